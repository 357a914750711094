import { thaiDigitsToAscii } from '../thai/digits';

/** One line of the pasted text, numbered as the user's editor numbers it. */
export interface SourceLine {
  /** 1-based */
  number: number;
  /** The line as given (without its line ending). */
  raw: string;
  /** `raw` without leading and trailing whitespace (tabs, a byte-order mark). */
  text: string;
  /** Where `text` starts in `raw`, so positions found in `text` map back to columns of the input. */
  start: number;
  /** `text` with Thai digits as 0–9: same length, so indexes found in it are valid in `text`. */
  ascii: string;
}

/** Splits on Windows, Unix and old Mac line endings alike, keeping every line (blank ones too) so numbers match. */
export function splitSourceLines(input: string): SourceLine[] {
  return input.split(/\r\n|\r|\n/).map((raw, i) => {
    const text = raw.trim();
    const start = text === '' ? 0 : raw.indexOf(text);
    return { number: i + 1, raw, text, start, ascii: thaiDigitsToAscii(text) };
  });
}
