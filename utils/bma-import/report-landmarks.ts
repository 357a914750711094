import type { SourceLine } from './source-lines';

/**
 * The fixed lines of the printout that are not data: the title (which every page repeats, as
 * `**** แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ ****`), the numbered section headings, and the
 * certification and signature lines at the end.
 */

const TITLE = /^\**\s*แบบแสดงรายงานความก้าวหน้า(?:และข้อมูลเกี่ยวกับโครงการ)?\s*\**$/;
const HEADING = /^(\d{1,2})\.(?:(\d{1,2})\.?)?\s*(\S.*)$/;
/** ขอรับรองว่า ข้อมูลที่ปรากฏ…, or a signature line when the certification was cut off. */
const CERTIFICATION = /^ขอรับรองว่า/;
const SIGNATURE = /^ลงชื่อ\s*\.{2,}/;

/** Where the lines under a heading go. */
export type ReportSection = 'labelled' | 'rationale' | 'objective' | 'target' | 'entries';

/** Headings are known by their words, not their numbers, so a numbered list in a text cannot pass for one. */
const SECTION_BY_HEADING: readonly (readonly [string, ReportSection])[] = [
  ['ชื่อโครงการและหน่วยงาน', 'labelled'],
  ['รหัสโครงการ', 'labelled'],
  ['หน่วยงานที่รับผิดชอบ', 'labelled'],
  ['หลักการและเหตุผล', 'rationale'],
  ['วัตถุประสงค์', 'objective'],
  ['เป้าหมาย', 'target'],
  ['สนับสนุนแผนพัฒนา', 'labelled'],
  ['รายงานความก้าวหน้า', 'entries'],
];

export function isTitleLine(line: SourceLine): boolean {
  return TITLE.test(line.text);
}

/** The section a heading line opens, or null when the line is not one of the report's headings. */
export function sectionOfHeading(line: SourceLine): ReportSection | null {
  const match = HEADING.exec(line.ascii);
  if (!match) return null;
  const title = match[3] ?? '';
  return SECTION_BY_HEADING.find(([words]) => title.startsWith(words))?.[1] ?? null;
}

export function isCertificationLine(line: SourceLine): boolean {
  return CERTIFICATION.test(line.text) || SIGNATURE.test(line.text);
}
