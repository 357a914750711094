/**
 * A control's accessible name: the visible text first, so a speech-input user who says what they see
 * reaches it (WCAG 2.5.3, "label in name"), then the stable English name that tests and English screen
 * readers know it by. In English the two are usually the same, and it is said once.
 */
export function withEnglish(visible: string, english: string): string {
  return visible.trim() === english ? english : `${visible} (${english})`;
}
