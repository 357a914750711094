/** A stretch of a string, as UTF-16 indices [start, end), so it can be handed to setSelectionRange. */
export interface TextRange {
  start: number;
  end: number;
}
