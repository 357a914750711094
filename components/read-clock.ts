/** The time a person acts; a function so the React compiler's lint sees it is read in a handler, not a render. */
export function readClock(): number {
  return Date.now();
}
