import { defineStrings } from './define-strings';

/**
 * Strings of the import from BMA's monitoring system: what the reader could not read or found suspicious
 * (bmaImport…), and what the round proposal assumed (bmaImportNote…). Thai words quoted from the printout
 * (รายงานครั้งที่, ความก้าวหน้าของงานฯ) stay Thai in English too, so users can find them on the page.
 */
export const BMA_IMPORT_STRINGS = defineStrings({
  th: {
    bmaImportNotAReport:
      'ข้อความนี้ไม่ใช่แบบแสดงรายงานความก้าวหน้าจากระบบติดตามโครงการของกรุงเทพมหานคร เพราะไม่พบหัวข้อของรายงาน (แบบแสดงรายงานความก้าวหน้า… รหัสโครงการ หรือ รายงานครั้งที่)',
    bmaImportFieldMissing: 'ไม่พบ “{label}” ในข้อความ',
    bmaImportFieldUnreadable: 'บรรทัด {line}: อ่านค่า “{label}” ที่เป็น “{value}” ไม่ได้',
    bmaImportNoEntries: 'ไม่พบรายงานความก้าวหน้า (รายงานครั้งที่ …) ในข้อความ',
    bmaImportEntryProgressMissing:
      'รายงานครั้งที่ {number} ไม่มีบรรทัดความก้าวหน้า (ความก้าวหน้าของงานฯ = … %) จึงไม่ทราบร้อยละความก้าวหน้า งบประมาณที่เบิกใช้ และผลเทียบกับแผน ข้อความอาจถูกตัดมาไม่ครบ',
    bmaImportEntryNarrativeMissing:
      'บรรทัด {line}: รายงานครั้งที่ {number} มีบรรทัดความก้าวหน้าแต่ไม่มีรายละเอียดผลการดำเนินงาน',
    bmaImportEntryDateUnreadable: 'บรรทัด {line}: อ่านวันที่ “{value}” ของรายงานครั้งที่ {number} ไม่ได้',
    bmaImportEntryPercentUnreadable: 'บรรทัด {line}: อ่านร้อยละความก้าวหน้า “{value}” ของรายงานครั้งที่ {number} ไม่ได้',
    bmaImportEntryDisbursedUnreadable:
      'บรรทัด {line}: อ่านงบประมาณที่เบิกใช้ “{value}” ของรายงานครั้งที่ {number} ไม่ได้',
    bmaImportDamagedCharacter:
      'บรรทัด {line} ตำแหน่งที่ {column}: “{excerpt}” มีอักขระที่เสียหาย ({character}) ระบบคงข้อความไว้ตามต้นฉบับ โปรดตรวจกับเอกสารจริงก่อนบันทึก',
    bmaImportEntryDateMissing:
      'บรรทัด {line}: รายงานครั้งที่ {number} ไม่ระบุวันที่ ถือว่าอยู่ระหว่างรายงานครั้งก่อนหน้าและครั้งถัดไป',
    bmaImportPercentLineLabelledNext:
      'บรรทัด {line} ขึ้นต้นว่า รายงานครั้งที่{label} แต่งบประมาณที่เบิกใช้ระบุ (ครั้งที่ {number}) จึงอ่านเป็นบรรทัดความก้าวหน้าของรายงานครั้งที่ {number} และอ่านข้อความถัดไปเป็นรายงานครั้งที่ {label}',
    bmaImportDuplicateReportLabel:
      'รายงานครั้งที่{label} ปรากฏซ้ำในบรรทัด {lines} บรรทัด {line} ระบุ (ครั้งที่ {number}) จึงอ่านเป็นบรรทัดความก้าวหน้าของรายงานครั้งที่ {number}',
    bmaImportEntryNumberMismatch:
      'บรรทัด {line}: รายการนี้อ่านเป็นรายงานครั้งที่ {kept} แต่มีเลขครั้งที่ {other} กำกับด้วย โปรดตรวจว่าเลขใดถูกต้อง',
    bmaImportEntryNumberInferred:
      'บรรทัด {line}: ข้อความนี้ไม่มีเลขครั้งที่ของรายงาน จึงอ่านเป็นรายงานครั้งที่ {number} ซึ่งต่อจากครั้งก่อนหน้า',
    bmaImportEntryNumberGap: 'เลขครั้งที่ของรายงานข้ามไป: ควรเป็นครั้งที่ {expected} แต่พบครั้งที่ {number}',
    bmaImportDuplicateEntryNumber: 'พบรายงานครั้งที่ {number} มากกว่าหนึ่งรายการ',
    bmaImportEntryDatesOutOfOrder: 'รายงานครั้งที่ {number} ลงวันที่ {date} ซึ่งก่อนรายงานครั้งก่อนหน้า ({previous})',
    bmaImportPercentDecreased:
      'รายงานครั้งที่ {number} มีความก้าวหน้าร้อยละ {percent} น้อยกว่าครั้งก่อนหน้า (ร้อยละ {previous})',
    bmaImportPercentOutOfRange: 'รายงานครั้งที่ {number} มีความก้าวหน้าร้อยละ {percent} เกินร้อยละ 100',
    bmaImportPlanStatusUnreadable:
      'บรรทัด {line}: อ่านไม่ได้ว่ารายงานครั้งที่ {number} เป็นไปตามแผนและเป้าหมายหรือไม่ จาก “{value}”',
    bmaImportPageBreakInNarrative:
      'รายงานครั้งที่ {number} ต่อข้ามหน้าที่บรรทัด {line}: “…{before}” กับ “{after}…” โปรดตรวจว่าคำตรงรอยต่อไม่ขาดหายหรือซ้ำ',
    bmaImportUnrecognisedLine: 'บรรทัด {line} ไม่ได้นำเข้า: “{text}”',
    bmaImportCertificationMissing: 'ไม่พบคำรับรองท้ายรายงาน (ขอรับรองว่า…) ข้อความอาจถูกตัดมาไม่ครบ',
    bmaImportSpentExceedsReceived: 'งบประมาณที่ใช้ไป ({spent} บาท) มากกว่างบประมาณที่ได้รับ ({received} บาท)',
    bmaImportDatesReversed: 'วันสิ้นสุดโครงการ ({end}) อยู่ก่อนวันเริ่มต้นโครงการ ({start})',
    bmaImportProjectCodeUnusual:
      'รหัสโครงการ “{value}” ไม่อยู่ในรูปแบบปกติ (ตัวเลข 8 หลัก ขีด และตัวเลข 4 หลัก เช่น 03000000-6917)',
    bmaImportDatesOutsideFiscalYear:
      'ช่วงเวลาโครงการ ({start} ถึง {end}) ไม่อยู่ในปีงบประมาณ {fiscalYear} ที่รายงานระบุ',

    bmaImportNoteCutOff: 'รอบ {months} เดือน ใช้รายงานที่ลงวันที่ {from} ถึง {to}',
    bmaImportNoteUndatedPlaced:
      'รายงานครั้งที่ {number} ไม่ระบุวันที่ แต่รายงานถัดไป (ครั้งที่ {next} ลงวันที่ {date}) อยู่ในรอบนี้ จึงนับรวมด้วย',
    bmaImportNoteUndatedLeftOut:
      'รายงานครั้งที่ {number} ไม่ระบุวันที่ และไม่มีรายงานที่ลงวันที่ในรอบนี้ตามหลัง จึงไม่ได้นับรวม หากเป็นของรอบนี้โปรดเพิ่มเอง',
    bmaImportNoteAfterCutOff: 'รายงานครั้งที่ {numbers} ลงวันที่หลัง {date} จึงเป็นของรอบถัดไป',
    bmaImportNoteBeforeFiscalYear:
      'รายงานครั้งที่ {numbers} ลงวันที่ก่อน {date} ซึ่งเป็นวันเริ่มปีงบประมาณ {fiscalYear} จึงไม่ได้นับรวม',
    bmaImportNoteDisbursedPerReport:
      'งบประมาณที่เบิกจ่าย {amount} บาท คือผลรวมของรายงานครั้งที่ {numbers} (อ่าน “งบประมาณที่เบิกใช้ (ครั้งที่ N)” เป็นยอดเบิกของครั้งนั้น)',
    bmaImportNoteDisbursedCumulative: 'งบประมาณที่เบิกจ่าย {amount} บาท คือยอดสะสมในรายงานครั้งที่ {number}',
    bmaImportNoteDisbursedAllZero:
      'ทุกครั้งของรอบนี้ระบุงบประมาณที่เบิกใช้ 0 บาท ไม่ว่าจะอ่านเป็นยอดของแต่ละครั้งหรือยอดสะสม ผลก็คือ 0 บาท',
    bmaImportNoteDisbursedUnknown: 'อ่านงบประมาณที่เบิกใช้ของรายงานครั้งที่ {numbers} ไม่ได้ จึงไม่ได้นับรวม',
    bmaImportNoteDisbursedVsSpent:
      'งบประมาณที่เบิกจ่ายทั้งปี ({amount} บาท) ไม่ตรงกับงบประมาณที่ใช้ไปในหัวรายงาน ({spent} บาท) โปรดตรวจว่ายอดใดถูกต้อง',
    bmaImportNoteStatusCompleted:
      'รายงานครั้งที่ {number} มีความก้าวหน้าร้อยละ 100 สถานะจึงเป็น “ดำเนินการแล้วเสร็จ” เมื่อบันทึกในระบบแล้ว ทุกช่องของโครงการนี้ในปีงบประมาณนี้จะแก้ไขไม่ได้',
    bmaImportNoteStatusInProgress:
      'รายงานล่าสุดของรอบนี้ (ครั้งที่ {number}) มีความก้าวหน้าร้อยละ {percent} สถานะจึงเป็น “อยู่ระหว่างดำเนินการ”',
    bmaImportNoteStatusPercentImpossible:
      'รายงานครั้งที่ {number} มีความก้าวหน้าร้อยละ {percent} ซึ่งเกิน 100 จึงไม่ได้เสนอสถานะ โปรดตรวจตัวเลขในรายงานแล้วเลือกสถานะเอง',
    bmaImportNoteNoEntries: 'ไม่มีรายงานความก้าวหน้าในรอบนี้ จึงไม่ได้เสนอหมายเหตุ งบประมาณที่เบิกจ่าย และสถานะ',
    bmaImportNoteFiscalYearMismatch: 'รายงานนี้เป็นของปีงบประมาณ {reportYear} ไม่ใช่ {fiscalYear}',
    bmaImportNoteNoBudget: 'รายงานระบุงบประมาณที่ได้รับ 0 บาท จึงเว้นช่องงบประมาณตามข้อบัญญัติไว้',
    bmaImportNoteDamagedText:
      'ข้อความของรายงานครั้งที่ {numbers} มีอักขระที่เสียหาย (เช่น ? ที่หลงมา) และถูกคัดลอกลงหมายเหตุตามต้นฉบับ โปรดแก้ไขก่อนบันทึก',
    bmaImportNoteRemarksShortened:
      'ตัดรายงานครั้งที่ {numbers} ออกจากหมายเหตุ (ทั้งหมดหรือบางส่วน) เพื่อให้ความยาวไม่เกิน {limit} ตัวอักษร',
    bmaImportNoteProgressUnknown: 'รายงานครั้งที่ {number} ไม่มีร้อยละความก้าวหน้าที่อ่านได้ สถานะจึงอิงรายงานล่าสุดที่มีร้อยละ',
    bmaImportNoteFractionalDisbursed: 'งบประมาณที่เบิกจ่าย {amount} บาท มีเศษสตางค์ แต่ระบบรับเฉพาะจำนวนเต็มบาท',
  },
  en: {
    bmaImportNotAReport:
      'This text is not a progress report from BMA’s project-monitoring system: none of its headings (แบบแสดงรายงานความก้าวหน้า…, รหัสโครงการ, รายงานครั้งที่) was found',
    bmaImportFieldMissing: '“{label}” is not in the text',
    bmaImportFieldUnreadable: 'Line {line}: could not read “{label}” from “{value}”',
    bmaImportNoEntries: 'No progress entries (รายงานครั้งที่ …) were found',
    bmaImportEntryProgressMissing:
      'Report {number} has no progress line (ความก้าวหน้าของงานฯ = … %), so its percent, disbursed amount and plan status are unknown; the text may be cut short',
    bmaImportEntryNarrativeMissing: 'Line {line}: report {number} has a progress line but no text',
    bmaImportEntryDateUnreadable: 'Line {line}: could not read the date “{value}” of report {number}',
    bmaImportEntryPercentUnreadable: 'Line {line}: could not read the percent “{value}” of report {number}',
    bmaImportEntryDisbursedUnreadable:
      'Line {line}: could not read the disbursed amount “{value}” of report {number}',
    bmaImportDamagedCharacter:
      'Line {line}, column {column}: “{excerpt}” has a damaged character ({character}); it is kept as printed, check it against the original before saving',
    bmaImportEntryDateMissing:
      'Line {line}: report {number} has no date; it is taken to fall between the reports before and after it',
    bmaImportPercentLineLabelledNext:
      'Line {line} is labelled รายงานครั้งที่{label}, but its amount is for (ครั้งที่ {number}): it is read as the progress line of report {number}, and the text after it as report {label}',
    bmaImportDuplicateReportLabel:
      'รายงานครั้งที่{label} appears on lines {lines}; line {line} says (ครั้งที่ {number}), so it is read as the progress line of report {number}',
    bmaImportEntryNumberMismatch:
      'Line {line}: this entry is read as report {kept}, but it is also marked {other}; check which number is right',
    bmaImportEntryNumberInferred:
      'Line {line}: this text has no report number, so it is read as report {number}, the one after the previous report',
    bmaImportEntryNumberGap: 'The report numbers skip: expected report {expected}, found report {number}',
    bmaImportDuplicateEntryNumber: 'Report {number} appears more than once',
    bmaImportEntryDatesOutOfOrder: 'Report {number} is dated {date}, before the report above it ({previous})',
    bmaImportPercentDecreased: 'Report {number} shows {percent} %, less than the {previous} % before it',
    bmaImportPercentOutOfRange: 'Report {number} shows {percent} %, more than 100 %',
    bmaImportPlanStatusUnreadable:
      'Line {line}: could not tell from “{value}” whether report {number} is on plan and on target',
    bmaImportPageBreakInNarrative:
      'Report {number} continues across the page break at line {line}: “…{before}” then “{after}…”; check that no words were lost or repeated at the join',
    bmaImportUnrecognisedLine: 'Line {line} was not imported: “{text}”',
    bmaImportCertificationMissing:
      'The certification at the end of the report (ขอรับรองว่า…) is missing: the text may be cut short',
    bmaImportSpentExceedsReceived:
      'Budget spent ({spent} baht) is more than the budget received ({received} baht)',
    bmaImportDatesReversed: 'The project ends ({end}) before it starts ({start})',
    bmaImportProjectCodeUnusual:
      'The project code “{value}” is not in the usual form (8 digits, a dash, 4 digits, such as 03000000-6917)',
    bmaImportDatesOutsideFiscalYear:
      'The project’s dates ({start} to {end}) are outside fiscal year {fiscalYear}, the year the report names',

    bmaImportNoteCutOff: 'The {months}-month round uses the reports dated {from} to {to}',
    bmaImportNoteUndatedPlaced:
      'Report {number} has no date, but the report after it (report {next}, dated {date}) is in this round, so it is counted too',
    bmaImportNoteUndatedLeftOut:
      'Report {number} has no date and no dated report of this round comes after it, so it is left out; add it yourself if it belongs to this round',
    bmaImportNoteAfterCutOff: 'Report(s) {numbers} dated after {date} belong to a later round',
    bmaImportNoteBeforeFiscalYear:
      'Report(s) {numbers} dated before {date}, the start of fiscal year {fiscalYear}, are left out',
    bmaImportNoteDisbursedPerReport:
      'Disbursed: {amount} baht, the sum of report(s) {numbers} (each “งบประมาณที่เบิกใช้ (ครั้งที่ N)” is read as that report’s own spending)',
    bmaImportNoteDisbursedCumulative: 'Disbursed: {amount} baht, the running total in report {number}',
    bmaImportNoteDisbursedAllZero:
      'Every report of this round shows 0 baht disbursed, so reading the amounts per report or as running totals gives the same 0',
    bmaImportNoteDisbursedUnknown:
      'The disbursed amount of report(s) {numbers} could not be read, so it is not counted',
    bmaImportNoteDisbursedVsSpent:
      'The disbursed amount for the year ({amount} baht) differs from the budget spent in the report’s header ({spent} baht); check which is right',
    bmaImportNoteStatusCompleted:
      'Report {number} reached 100 %, so the status is “completed” (ดำเนินการแล้วเสร็จ). Once saved in the portal, every field of this project is locked for the year',
    bmaImportNoteStatusInProgress:
      'The latest report of this round (report {number}) is at {percent} %, so the status is “in progress”',
    bmaImportNoteStatusPercentImpossible:
      'Report {number} is at {percent} %, more than 100, so no status is proposed: check the figure in the report and choose the status yourself',
    bmaImportNoteNoEntries:
      'No progress report falls in this round, so no remarks, disbursed amount or status are proposed',
    bmaImportNoteFiscalYearMismatch: 'This report is for fiscal year {reportYear}, not {fiscalYear}',
    bmaImportNoteNoBudget:
      'The report shows no budget received (0 baht), so the budget under the ordinance is left empty',
    bmaImportNoteDamagedText:
      'The text of report(s) {numbers} has damaged characters (such as a stray ?) and is copied into the remarks as printed: correct it before saving',
    bmaImportNoteRemarksShortened:
      'Report(s) {numbers} were left out of (or cut short in) the remarks to keep them within {limit} characters',
    bmaImportNoteProgressUnknown:
      'Report {number} has no readable percent, so the status follows the latest report that has one',
    bmaImportNoteFractionalDisbursed:
      'The disbursed amount {amount} baht has satang, but the portal takes whole baht only',
  },
});
