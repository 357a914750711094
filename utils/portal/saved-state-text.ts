// What the portal's own words say about a round. Pure: the page features pass in text they read.
// The patterns are the portal's wording (PORTAL.md), including its typo "รายงาาน". Plain substring
// searches, not regular expressions, for the report page's words: they run as the page loads, in a fresh
// renderer where each regular expression would first have to be compiled.

/** The report page's status line: saved before, not yet, or no such line. */
export function savedStateOfStatusLine(text: string): 'saved' | 'not-saved' | null {
  if (text.includes('ยังไม่เคยบันทึกรายงาน')) return 'not-saved';
  if (text.includes('มีการบันทึกแล้ว')) return 'saved';
  return null;
}

/** A report page whose project was completed shows this, and every field is disabled. */
export function isLockedPageText(text: string): boolean {
  return text.includes('โครงการนี้ดำเนินการแล้วเสร็จ');
}

/** A round cell of the project list: reported or not, completed or not; null when the words are unknown. */
export function savedStateOfListCell(text: string): { saved: boolean; locked: boolean } | null {
  const t = text.replace(/\s+/g, ' ').trim();
  const locked = /ดำเนินการแล้วเสร็จ/.test(t);
  if (/ยังไม่รายงาน|ยังไม่ได้รายงาน|ยังไม่บันทึก/.test(t)) return { saved: false, locked };
  if (/รายงานแล้ว|บันทึกแล้ว/.test(t)) return { saved: true, locked };
  return locked ? { saved: false, locked: true } : null;
}
