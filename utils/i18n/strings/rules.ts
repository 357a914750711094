import { defineStrings } from './define-strings';

/**
 * What the report checks say (utils/rules). Each message says what is wrong and what to do about it, in the
 * words of the portal's own labels, because the user reads it beside the portal's form.
 */
export const RULE_STRINGS = defineStrings({
  th: {
    rulePageMismatch:
      'หน้านี้เป็นการรายงานรอบ {pageMonths} เดือน ปีงบประมาณ {pageYear} แต่ข้อมูลที่กรอกไว้มาจากร่างรอบ {draftMonths} เดือน ปีงบประมาณ {draftYear} โปรดอย่าเพิ่งกดบันทึก กรุณาเปิดหน้ารายงานที่ตรงกับร่าง หรือกรอกข้อมูลใหม่จากร่างของรอบและปีงบประมาณนี้',
    ruleStatusMissing:
      'กรุณาเลือกสถานะการดำเนินงานของปีงบประมาณนี้ ได้แก่ อยู่ระหว่างดำเนินการ ดำเนินการแล้วเสร็จ หรือไม่สามารถดำเนินการได้',
    ruleReasonMissing: 'เมื่อเลือกสถานะ "ไม่สามารถดำเนินการได้" กรุณาเลือกเหตุผลที่ไม่สามารถดำเนินการได้ด้วย',
    ruleOtherReasonMissing: 'เมื่อเลือกเหตุผล "อื่นๆ" กรุณาระบุเหตุผลที่ไม่สามารถดำเนินการได้ในช่องที่กำหนด',
    ruleCompletedLocks:
      'เมื่อบันทึกสถานะ "ดำเนินการแล้วเสร็จ" ระบบจะล็อกทุกช่องของโครงการนี้ตลอดปีงบประมาณ {fiscalYear} ทั้งรอบ 6 เดือนและรอบ 12 เดือน และจะแก้ไขหรือรายงานเพิ่มเติมไม่ได้อีก กรุณาตรวจสอบให้แน่ใจว่าโครงการเสร็จสิ้นแล้วจริงและข้อมูลทุกช่องถูกต้อง แล้วจึงยืนยัน',
    ruleAmountEmptyOrdinanceBudget:
      'กรุณากรอกงบประมาณตามข้อบัญญัติ/เทศบัญญัติเป็นตัวเลขจำนวนเต็มบาท หากไม่ได้รับงบประมาณให้กรอก 0',
    ruleAmountEmptyDisbursed: 'กรุณากรอกยอดการเบิกจ่ายงบประมาณเป็นตัวเลขจำนวนเต็มบาท หากยังไม่มีการเบิกจ่ายให้กรอก 0',
    ruleAmountUnreadableOrdinanceBudget:
      'ไม่สามารถอ่าน "{typed}" ในช่องงบประมาณตามข้อบัญญัติ/เทศบัญญัติเป็นจำนวนเงินได้ กรุณากรอกเฉพาะตัวเลขจำนวนเต็มบาทที่ไม่ติดลบ เช่น 50000',
    ruleAmountUnreadableDisbursed:
      'ไม่สามารถอ่าน "{typed}" ในช่องการเบิกจ่ายงบประมาณเป็นจำนวนเงินได้ กรุณากรอกเฉพาะตัวเลขจำนวนเต็มบาทที่ไม่ติดลบ เช่น 12500',
    ruleAmountFractionalOrdinanceBudget:
      'งบประมาณตามข้อบัญญัติ/เทศบัญญัติ "{typed}" มีเศษสตางค์ แต่ระบบรับเฉพาะจำนวนเต็มบาท กรุณาปัดเศษตามหลักเกณฑ์ของหน่วยงานแล้วกรอกใหม่',
    ruleAmountFractionalDisbursed:
      'ยอดการเบิกจ่าย "{typed}" มีเศษสตางค์ แต่ระบบรับเฉพาะจำนวนเต็มบาท กรุณาปัดเศษตามหลักเกณฑ์ของหน่วยงานแล้วกรอกใหม่',
    ruleAmountNormalisedOrdinanceBudget:
      'งบประมาณตามข้อบัญญัติ/เทศบัญญัติที่กรอกไว้ "{typed}" จะส่งเข้าระบบเป็น {portalValue} (ตัวเลขล้วน) กรุณาตรวจสอบว่าจำนวนเงินถูกต้อง',
    ruleAmountNormalisedDisbursed:
      'ยอดการเบิกจ่ายที่กรอกไว้ "{typed}" จะส่งเข้าระบบเป็น {portalValue} (ตัวเลขล้วน) กรุณาตรวจสอบว่าจำนวนเงินถูกต้อง',
    ruleDisbursedOverOrdinance:
      'ยอดการเบิกจ่าย {disbursed} บาท สูงกว่างบประมาณตามข้อบัญญัติ/เทศบัญญัติ {ordinanceBudget} บาท ซึ่งเป็นไปไม่ได้ กรุณาตรวจสอบตัวเลขทั้งสองช่องและแก้ไขให้ถูกต้อง',
    ruleOrdinanceOverPlanned:
      'งบประมาณตามข้อบัญญัติ/เทศบัญญัติ {ordinanceBudget} บาท สูงกว่างบประมาณตามแผน {plannedBudget} บาท กรุณาตรวจสอบตัวเลข หากได้รับจัดสรรเพิ่มจริง ควรชี้แจงในช่องหมายเหตุ',
    ruleDisbursedOverPlanned:
      'ยอดการเบิกจ่าย {disbursed} บาท สูงกว่างบประมาณตามแผน {plannedBudget} บาท กรุณาตรวจสอบตัวเลข หากเบิกจ่ายเกินแผนจริง ควรชี้แจงเหตุผลในช่องหมายเหตุ',
    ruleTwelveMonthBelowSubmitted:
      'ยอดการเบิกจ่ายรอบ 12 เดือน {disbursed} บาท ต่ำกว่ายอดที่รายงานไว้ในรอบ 6 เดือน {sixMonthDisbursed} บาท ทั้งที่เป็นยอดสะสมของทั้งปีงบประมาณ กรุณาตรวจสอบตัวเลข หากมีการคืนเงินหรือปรับปรุงยอด ควรชี้แจงในช่องหมายเหตุ',
    ruleTwelveMonthBelowDraft:
      'ยอดการเบิกจ่ายรอบ 12 เดือน {disbursed} บาท ต่ำกว่ายอดในร่างรอบ 6 เดือนที่บันทึกไว้ {sixMonthDisbursed} บาท ทั้งที่เป็นยอดสะสมของทั้งปีงบประมาณ กรุณาตรวจสอบตัวเลขทั้งสองรอบให้ถูกต้อง',
    ruleInPlanUnticked:
      'โครงการนี้ดำเนินการโดยใช้งบประมาณ แต่ยังไม่ได้ทำเครื่องหมาย "บรรจุไว้ในข้อบัญญัติ/เทศบัญญัติ/แผนการดำเนินงาน" หากโครงการบรรจุไว้แล้ว กรุณาทำเครื่องหมายในช่องนี้',
    ruleCompletedRoundOneNothingDisbursed:
      'รายงานว่าดำเนินการแล้วเสร็จในรอบ 6 เดือน แต่ยอดการเบิกจ่ายเป็น 0 บาท ทั้งที่โครงการนี้ใช้งบประมาณ กรุณาตรวจสอบยอดการเบิกจ่ายก่อนบันทึก เพราะหลังบันทึกแล้วจะแก้ไขไม่ได้อีก',
    ruleRemarksEmptyInProgress: 'กรุณาระบุความคืบหน้าในช่องหมายเหตุ เช่น ขั้นตอนที่ดำเนินการแล้ว และสิ่งที่จะดำเนินการต่อไป',
    ruleRemarksEmptyCannotProceed:
      'กรุณาชี้แจงในช่องหมายเหตุว่าเหตุใดจึงไม่สามารถดำเนินการได้ และหน่วยงานมีแนวทางดำเนินการต่อไปอย่างไร',
    ruleRemarksDamaged:
      'หมายเหตุมีอักขระที่อาจเสียหาย {count} แห่ง เช่น "{excerpt}" ซึ่งมักเกิดจากการคัดลอกข้อความจากไฟล์ PDF กรุณาตรวจสอบและแก้ไขให้ถูกต้องก่อนบันทึก',
    ruleOtherReasonDamaged:
      'เหตุผลที่ระบุมีอักขระที่อาจเสียหาย {count} แห่ง เช่น "{excerpt}" ซึ่งมักเกิดจากการคัดลอกข้อความจากไฟล์ PDF กรุณาตรวจสอบและแก้ไขให้ถูกต้องก่อนบันทึก',
    ruleRemarksPlaceholder:
      'หมายเหตุมีข้อความที่ดูเหมือนข้อความทดสอบหรือข้อความที่ยังกรอกไม่ครบ "{excerpt}" กรุณาแทนที่ด้วยข้อมูลจริงก่อนบันทึก เนื่องจากรายงานนี้เผยแพร่ต่อสาธารณะ',
    ruleOtherReasonPlaceholder:
      'เหตุผลที่ระบุดูเหมือนข้อความทดสอบหรือข้อความที่ยังกรอกไม่ครบ "{excerpt}" กรุณาระบุเหตุผลที่แท้จริงก่อนบันทึก เนื่องจากรายงานนี้เผยแพร่ต่อสาธารณะ',
    ruleCheckFailed:
      'ส่วนขยายตรวจสอบข้อ {ruleId} ไม่สำเร็จเนื่องจากข้อผิดพลาดภายใน กรุณาตรวจสอบข้อมูลในรายงานด้วยตนเองก่อนบันทึก',
  },
  en: {
    rulePageMismatch:
      'This page is the {pageMonths}-month report for fiscal year {pageYear}, but what is filled in comes from the {draftMonths}-month draft for fiscal year {draftYear}. Do not save yet: open the report page that matches the draft, or fill this page again from the draft for this round and year.',
    ruleStatusMissing: "Choose this fiscal year's status: in progress, completed, or could not proceed.",
    ruleReasonMissing: 'You chose "could not proceed": also choose the reason why.',
    ruleOtherReasonMissing: 'You chose the reason "other": write the reason in its box.',
    ruleCompletedLocks:
      'Saving the status "completed" locks every field of this project for fiscal year {fiscalYear}, in both the 6-month and the 12-month round: nothing can be corrected or added afterwards. Confirm only if the project really is finished and every field is right.',
    ruleAmountEmptyOrdinanceBudget:
      'Enter the ordinance budget in whole baht; enter 0 if no budget was received.',
    ruleAmountEmptyDisbursed:
      'Enter the amount disbursed in whole baht; enter 0 if nothing has been disbursed.',
    ruleAmountUnreadableOrdinanceBudget:
      'The ordinance budget "{typed}" cannot be read as an amount. Enter whole baht in digits, not negative, e.g. 50000.',
    ruleAmountUnreadableDisbursed:
      'The amount disbursed "{typed}" cannot be read as an amount. Enter whole baht in digits, not negative, e.g. 12500.',
    ruleAmountFractionalOrdinanceBudget:
      'The ordinance budget "{typed}" has satang, but the portal takes whole baht only. Round it as your unit\'s rules say and enter it again.',
    ruleAmountFractionalDisbursed:
      'The amount disbursed "{typed}" has satang, but the portal takes whole baht only. Round it as your unit\'s rules say and enter it again.',
    ruleAmountNormalisedOrdinanceBudget:
      'The ordinance budget "{typed}" will be sent to the portal as {portalValue} (digits only). Check that the amount is right.',
    ruleAmountNormalisedDisbursed:
      'The amount disbursed "{typed}" will be sent to the portal as {portalValue} (digits only). Check that the amount is right.',
    ruleDisbursedOverOrdinance:
      'The amount disbursed ({disbursed} baht) is more than the ordinance budget ({ordinanceBudget} baht), which cannot be. Check both figures and correct them.',
    ruleOrdinanceOverPlanned:
      'The ordinance budget ({ordinanceBudget} baht) is more than the planned budget ({plannedBudget} baht). Check the figure; if the allocation really grew, explain it in the remarks.',
    ruleDisbursedOverPlanned:
      'The amount disbursed ({disbursed} baht) is more than the planned budget ({plannedBudget} baht). Check the figure; if spending really exceeded the plan, explain why in the remarks.',
    ruleTwelveMonthBelowSubmitted:
      'The 12-month amount disbursed ({disbursed} baht) is below what was reported in the 6-month round ({sixMonthDisbursed} baht), though it counts the whole fiscal year. Check the figure; if money was returned or the figure corrected, explain it in the remarks.',
    ruleTwelveMonthBelowDraft:
      'The 12-month amount disbursed ({disbursed} baht) is below the saved 6-month draft ({sixMonthDisbursed} baht), though it counts the whole fiscal year. Check the figures of both rounds.',
    ruleInPlanUnticked:
      'This project runs on a budget, but "included in the ordinance/plan" is not ticked. If the project is included, tick the box.',
    ruleCompletedRoundOneNothingDisbursed:
      'Completed in the 6-month round with 0 baht disbursed, on a project that has a budget. Check the amount disbursed before saving: it cannot be changed afterwards.',
    ruleRemarksEmptyInProgress:
      'Describe the progress in the remarks: what has been done, and what comes next.',
    ruleRemarksEmptyCannotProceed:
      'Explain in the remarks why the project could not proceed, and what the unit will do next.',
    ruleRemarksDamaged:
      'The remarks have {count} damaged-looking {count:character|characters}, e.g. "{excerpt}", often left by copying text from a PDF. Check and correct them before saving.',
    ruleOtherReasonDamaged:
      'The reason has {count} damaged-looking {count:character|characters}, e.g. "{excerpt}", often left by copying text from a PDF. Check and correct them before saving.',
    ruleRemarksPlaceholder:
      'The remarks contain what looks like test or unfinished text ("{excerpt}"). Replace it with the real information before saving: this report is public.',
    ruleOtherReasonPlaceholder:
      'The reason looks like test or unfinished text ("{excerpt}"). Write the real reason before saving: this report is public.',
    ruleCheckFailed:
      'The extension could not run the check {ruleId} because of an internal error. Check the report yourself before saving.',
  },
});
