import { defineStrings } from './define-strings';

/**
 * Strings of the screen that imports a project list from a CSV file (csvImport…) and of what the reader
 * found in the file (csvProblem…). Column headers quoted from the template stay Thai in English too, since
 * they are what the file says.
 */
export const CSV_IMPORT_STRINGS = defineStrings({
  th: {
    csvImportTitle: 'นำเข้ารายชื่อโครงการจากไฟล์ CSV',
    csvImportIntro:
      'เลือกไฟล์ CSV (UTF-8) ที่มีหัวตารางตามแบบฟอร์ม ระบบจะแสดงสิ่งที่อ่านได้และข้อควรตรวจสอบของแต่ละแถว และจะยังไม่บันทึกจนกว่าจะกด “บันทึกโครงการ”',
    csvImportColumns: 'คอลัมน์ที่ต้องมี: {required} คอลัมน์อื่นไม่บังคับ และเรียงลำดับอย่างไรก็ได้',
    csvImportDownloadTemplate: 'ดาวน์โหลดแบบฟอร์ม CSV',
    csvImportChooseFile: 'เลือกไฟล์ CSV',
    csvImportClose: 'ปิด',
    csvImportReading: 'กำลังอ่านไฟล์…',
    csvImportReadFailed: 'อ่านไฟล์ไม่ได้: {message}',
    csvImportFileRead: 'ไฟล์ {file}: {rows} แถว อ่านเป็น {encoding}',
    csvImportEncodingUtf8: 'UTF-8',
    csvImportEncodingUtf16: 'UTF-16 (Unicode)',
    csvImportEncodingWindows874: 'ภาษาไทยแบบ Windows (windows-874)',
    csvImportFileProblems: 'เกี่ยวกับไฟล์',
    csvImportRejected: 'นำเข้าไฟล์นี้ไม่ได้',
    csvImportError: 'ข้อผิดพลาด',
    csvImportWarning: 'โปรดตรวจสอบ',
    csvImportPlaceRow: 'แถว {row}',
    csvImportPlaceCell: 'แถว {row} คอลัมน์ {column} “{header}”',
    csvImportPlaceColumn: 'คอลัมน์ {column} “{header}”',
    csvImportPreview: 'โครงการในไฟล์ {count} แถว',
    csvImportRowNumber: 'แถว',
    csvImportOutcome: 'ผลการนำเข้า',
    csvImportProblems: 'ข้อควรตรวจสอบ',
    csvImportNoProblems: 'ไม่มี',
    csvImportActionAdd: 'เพิ่มใหม่',
    csvImportActionUpdate: 'ปรับปรุง',
    csvImportActionUnchanged: 'ไม่เปลี่ยนแปลง',
    csvImportActionDuplicate: 'ซ้ำ ข้ามแถวนี้',
    csvImportActionInvalid: 'มีข้อผิดพลาด ไม่บันทึก',
    csvImportUpdates: 'ปรับปรุง: {name}',
    csvImportNoBudget: 'ไม่ใช้งบประมาณ',
    csvImportBaht: '{amount} บาท',
    csvImportKeptFields: 'โครงการที่มีอยู่แล้วจะคงค่าเดิมของช่องที่ไฟล์ไม่มีคอลัมน์: {fields}',
    csvImportSummary:
      'จะบันทึก {save} จาก {total} แถว: เพิ่มใหม่ {add} ปรับปรุง {update} (ไม่เปลี่ยนแปลง {unchanged} ไม่บันทึก {skipped})',
    csvImportNothingToSave: 'ไม่มีโครงการที่ต้องบันทึก: ทุกแถวตรงกับที่บันทึกไว้แล้ว หรือมีข้อผิดพลาด',
    csvImportSave: 'บันทึกโครงการ',
    csvImportSaving: 'กำลังบันทึก…',
    csvImportSaved: 'บันทึกแล้ว: เพิ่มใหม่ {added} ปรับปรุง {updated} ไม่เปลี่ยนแปลง {unchanged}',
    csvImportSaveFailed: 'บันทึกไม่สำเร็จ ไม่มีโครงการใดถูกบันทึก: {message}',

    csvProblemFileEmpty: 'ไฟล์ว่างเปล่า ไม่มีข้อมูล',
    csvProblemFileTooLarge: 'ไฟล์มีขนาด {size} MB เกินขนาดสูงสุด {max} MB ของรายชื่อโครงการ',
    csvProblemFileIsWorkbook:
      'ไฟล์นี้เป็นสมุดงาน Excel (.xlsx หรือ .xls) ไม่ใช่ CSV: ใน Excel เลือก “บันทึกเป็น” ชนิด “CSV UTF-8 (Comma delimited)” แล้วนำเข้าไฟล์นั้น',
    csvProblemFileNotText: 'ไฟล์นี้ไม่ใช่ข้อความ CSV (อ่านเป็น UTF-8 หรือภาษาไทยแบบ Windows ไม่ได้)',
    csvProblemReadAsWindows874:
      'ไฟล์ไม่ได้บันทึกเป็น UTF-8 จึงอ่านเป็นภาษาไทยแบบ Windows (windows-874/TIS-620) โปรดตรวจว่าภาษาไทยในตารางถูกต้อง ครั้งต่อไปบันทึกเป็น “CSV UTF-8” ได้',
    csvProblemCsvSyntax: 'แถว {row}: เครื่องหมายคำพูด (") ไม่ครบคู่ จึงอ่านไฟล์ต่อไม่ได้',
    csvProblemMissingColumns: 'ไม่พบคอลัมน์ที่ต้องมี: {columns} โปรดใช้หัวตารางตามแบบฟอร์ม CSV',
    csvProblemDuplicateColumn: 'คอลัมน์ “{header}” ซ้ำกับคอลัมน์ {first} จึงไม่ทราบว่าจะใช้ค่าใด',
    csvProblemUnknownColumn: 'ไม่รู้จักคอลัมน์ “{header}” จะไม่นำเข้าค่าในคอลัมน์นี้',
    csvProblemUnnamedColumn: 'คอลัมน์นี้มีข้อมูลแต่ไม่มีหัวตาราง จะไม่นำเข้าค่าในคอลัมน์นี้',
    csvProblemNoRows: 'มีหัวตารางแต่ไม่มีแถวของโครงการ',
    csvProblemTooManyRows: 'ไฟล์มี {count} แถว เกิน {max} แถวที่นำเข้าได้ในครั้งเดียว',
    csvProblemRequiredEmpty: 'ต้องกรอกช่องนี้',
    csvProblemWorkTypeUnknown: 'ไม่รู้จักประเภท “{value}”: ใช้ 1–4 หรือ โครงการ กิจกรรม มาตรการ แนวปฏิบัติงาน',
    csvProblemDimensionUnknown: 'ไม่รู้จักมิติ “{value}”: ใช้ 1–4 หรือ มิติที่ 1 ถึง มิติที่ 4',
    csvProblemChoiceLabelDiffers: 'อ่าน “{value}” ตามหมายเลขเป็น “{label}” แต่ข้อความต่อท้ายไม่ตรงกับชื่อนี้ โปรดตรวจสอบ',
    csvProblemTargetGroupUnknown:
      'ไม่รู้จักกลุ่มเป้าหมาย “{value}”: ใช้หมายเลข 1–9 หรือชื่อกลุ่มตามแบบฟอร์มของระบบ คั่นแต่ละกลุ่มด้วยจุลภาค',
    csvProblemYearUnreadable: 'อ่านปี “{value}” ไม่ได้: เขียนปี พ.ศ. 4 หลัก เช่น 2569 2570',
    csvProblemYearLooksCe: '“{value}” เป็นปี ค.ศ.: โปรดเขียนเป็นปี พ.ศ. ({be})',
    csvProblemBudgetUnreadable: 'อ่านงบประมาณ “{value}” ไม่ได้: เขียนจำนวนเงิน เช่น 150,000 หรือ ไม่ใช้งบประมาณ',
    csvProblemBudgetZero: 'งบประมาณ 0 บาท: หากโครงการไม่ใช้งบประมาณ ให้เว้นว่างหรือเขียนว่า ไม่ใช้งบประมาณ',
    csvProblemQuarterUnknown: 'ไม่รู้จักไตรมาส “{value}”: ใช้ 1–4',
    csvProblemBmaCodeInvalid:
      'รหัสโครงการ “{value}” ไม่อยู่ในรูปแบบตัวเลข 8 หลัก ขีด และตัวเลข 4 หลัก (เช่น 03000000-6917)',
    csvProblemPortalIdInvalid: 'รหัสโครงการ e-PlanNACC “{value}” ต้องเป็นตัวเลขเท่านั้น',
    csvProblemTextTooLong: 'ข้อความยาวเกิน {max} ตัวอักษร',
    csvProblemValueInvalid: 'ค่าไม่ถูกต้อง ({detail})',
    csvProblemQuestionMarks:
      'ข้อความมีเครื่องหมาย ? แทนตัวอักษรที่อาจสูญหายตอนบันทึกไฟล์: บันทึกไฟล์ใหม่เป็น “CSV UTF-8” แล้วนำเข้าอีกครั้ง',
    csvProblemExtraCells: 'มีข้อมูล {count} ช่องเกินคอลัมน์สุดท้ายของหัวตาราง จะไม่นำเข้า',
    csvProblemDuplicateRow: 'ซ้ำกับแถว {row} ทุกช่อง จะบันทึกครั้งเดียว',
    csvProblemConflictingRow: 'เป็นโครงการเดียวกับแถว {rows} แต่ค่าต่างกัน จึงไม่บันทึก โปรดเหลือไว้แถวเดียว',
    csvProblemAmbiguousMatch:
      'ชื่อนี้ตรงกับโครงการที่บันทึกไว้ {count} โครงการ จึงไม่ทราบว่าจะปรับปรุงโครงการใด: โปรดใส่รหัสโครงการ กทม.',
    csvProblemSameNameOtherCode: 'มีโครงการชื่อเดียวกันที่มีรหัสโครงการ กทม. {code} อยู่แล้ว แถวนี้จะเพิ่มเป็นโครงการใหม่',
  },
  en: {
    csvImportTitle: 'Import projects from a CSV file',
    csvImportIntro:
      'Choose a CSV file (UTF-8) whose header row follows the template. You see what was read and what to check in each row; nothing is saved until “Save projects”',
    csvImportColumns: 'Required columns: {required}. Other columns are optional, in any order',
    csvImportDownloadTemplate: 'Download CSV template',
    csvImportChooseFile: 'Choose CSV file',
    csvImportClose: 'Close',
    csvImportReading: 'Reading the file…',
    csvImportReadFailed: 'The file could not be read: {message}',
    csvImportFileRead: 'File {file}: {rows} rows, read as {encoding}',
    csvImportEncodingUtf8: 'UTF-8',
    csvImportEncodingUtf16: 'UTF-16 (Unicode)',
    csvImportEncodingWindows874: 'Thai Windows (windows-874)',
    csvImportFileProblems: 'About the file',
    csvImportRejected: 'This file cannot be imported',
    csvImportError: 'Error',
    csvImportWarning: 'Check',
    csvImportPlaceRow: 'Row {row}',
    csvImportPlaceCell: 'Row {row}, column {column} “{header}”',
    csvImportPlaceColumn: 'Column {column} “{header}”',
    csvImportPreview: '{count} {count:row|rows} of projects in the file',
    csvImportRowNumber: 'Row',
    csvImportOutcome: 'Outcome',
    csvImportProblems: 'To check',
    csvImportNoProblems: 'none',
    csvImportActionAdd: 'New',
    csvImportActionUpdate: 'Update',
    csvImportActionUnchanged: 'Unchanged',
    csvImportActionDuplicate: 'Repeated, skipped',
    csvImportActionInvalid: 'Error, not saved',
    csvImportUpdates: 'Updates: {name}',
    csvImportNoBudget: 'No budget',
    csvImportBaht: '{amount} baht',
    csvImportKeptFields:
      'Projects already saved keep their values of the fields the file has no column for: {fields}',
    csvImportSummary:
      '{save} of {total} rows will be saved: {add} new, {update} updated ({unchanged} unchanged, {skipped} not saved)',
    csvImportNothingToSave: 'Nothing to save: every row matches what is saved already, or has an error',
    csvImportSave: 'Save projects',
    csvImportSaving: 'Saving…',
    csvImportSaved: 'Saved: {added} new, {updated} updated, {unchanged} unchanged',
    csvImportSaveFailed: 'Could not save; no project was saved: {message}',

    csvProblemFileEmpty: 'The file is empty',
    csvProblemFileTooLarge: 'The file is {size} MB, more than the {max} MB a project list can be',
    csvProblemFileIsWorkbook:
      'This is an Excel workbook (.xlsx or .xls), not a CSV file: in Excel choose “Save As”, type “CSV UTF-8 (Comma delimited)”, and import that file',
    csvProblemFileNotText: 'This is not a CSV text file (it reads neither as UTF-8 nor as Thai Windows text)',
    csvProblemReadAsWindows874:
      'The file is not UTF-8, so it was read as Thai Windows text (windows-874/TIS-620): check that the Thai in the table is right. Saving as “CSV UTF-8” avoids this',
    csvProblemCsvSyntax:
      'Row {row}: a quotation mark (") is not closed, so the rest of the file cannot be read',
    csvProblemMissingColumns:
      'Required columns are missing: {columns}. Use the header row of the CSV template',
    csvProblemDuplicateColumn: 'Column “{header}” repeats column {first}, so it is unclear which to use',
    csvProblemUnknownColumn: 'Unknown column “{header}”: its values are not imported',
    csvProblemUnnamedColumn: 'This column has values but no header: they are not imported',
    csvProblemNoRows: 'There is a header row but no project rows',
    csvProblemTooManyRows: 'The file has {count} rows, more than the {max} that can be imported at once',
    csvProblemRequiredEmpty: 'This cell must be filled in',
    csvProblemWorkTypeUnknown:
      'Unknown type “{value}”: use 1–4, or โครงการ, กิจกรรม, มาตรการ, แนวปฏิบัติงาน (Project, Activity, Measure, Practice)',
    csvProblemDimensionUnknown: 'Unknown dimension “{value}”: use 1–4, or มิติที่ 1 to มิติที่ 4',
    csvProblemChoiceLabelDiffers:
      '“{value}” was read by its number as “{label}”, but the words after it differ from that name: check it',
    csvProblemTargetGroupUnknown:
      'Unknown target group “{value}”: use the numbers 1–9 or the groups’ names as the portal gives them, separated by commas',
    csvProblemYearUnreadable: 'The year “{value}” cannot be read: write 4-digit BE years, such as 2569 2570',
    csvProblemYearLooksCe: '“{value}” is a CE year: write the BE year ({be})',
    csvProblemBudgetUnreadable:
      'The budget “{value}” cannot be read: write an amount such as 150,000, or ไม่ใช้งบประมาณ (no budget)',
    csvProblemBudgetZero:
      'A budget of 0 baht: if the project runs without a budget, leave the cell empty or write ไม่ใช้งบประมาณ',
    csvProblemQuarterUnknown: 'Unknown quarter “{value}”: use 1–4',
    csvProblemBmaCodeInvalid:
      'The project code “{value}” is not 8 digits, a dash and 4 digits (e.g. 03000000-6917)',
    csvProblemPortalIdInvalid: 'The e-PlanNACC id “{value}” must be digits only',
    csvProblemTextTooLong: 'The text is longer than {max} characters',
    csvProblemValueInvalid: 'Invalid value ({detail})',
    csvProblemQuestionMarks:
      'The text has ? where characters may have been lost when the file was saved: save it again as “CSV UTF-8” and import that',
    csvProblemExtraCells:
      '{count} {count:cell|cells} beyond the last column of the header {count:is|are} not imported',
    csvProblemDuplicateRow: 'Repeats row {row} exactly: saved once',
    csvProblemConflictingRow:
      'The same project as row {rows} with different values, so not saved: keep one row',
    csvProblemAmbiguousMatch:
      'This name matches {count} saved projects, so it is unclear which to update: add the BMA project code',
    csvProblemSameNameOtherCode:
      'A saved project with the same name has BMA code {code}: this row will be added as a new project',
  },
});
