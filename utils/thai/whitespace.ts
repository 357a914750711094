/**
 * Text pasted from PDFs and Word carries non-breaking spaces, tabs and zero-width characters (Thai has no
 * spaces between words, so editors insert U+200B). Make them all plain single spaces, trimmed.
 */
export function collapseWhitespace(s: string): string {
  return s
    .replace(/\u200b|\u200c|\u200d|\u2060|\ufeff/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
