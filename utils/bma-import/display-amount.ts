const BAHT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** `40,000.75`: an amount of baht as messages show it (Thai writing groups digits the same way). */
export function displayBaht(baht: number): string {
  return BAHT.format(baht);
}
