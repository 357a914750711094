import { wrappedLineSeparator } from './line-join';
import type { SourceLine } from './source-lines';

/** Where a character of a read value stands in the pasted text (both 1-based). */
export interface TextOrigin {
  line: number;
  column: number;
}

interface TracedSegment {
  /** Index in the value where this piece starts. */
  start: number;
  length: number;
  line: number;
  /** 1-based column of the piece's first character in its line. */
  column: number;
}

/** A value read from several lines, which still knows where each of its characters came from. */
export interface TracedText {
  readonly text: string;
  readonly segments: readonly TracedSegment[];
  /** Every line a piece of the value came from, in order. */
  readonly lines: readonly number[];
}

export function originOf(traced: TracedText, index: number): TextOrigin | null {
  for (const segment of traced.segments) {
    if (index >= segment.start && index < segment.start + segment.length) {
      return { line: segment.line, column: segment.column + (index - segment.start) };
    }
  }
  return null;
}

/**
 * Builds a value out of slices of lines: the words of each slice with single spaces between them (tabs and
 * runs of spaces are layout, not content), and wrapped lines joined as line-join.ts decides.
 */
export class TracedTextBuilder {
  private text = '';
  private readonly segments: TracedSegment[] = [];
  private readonly lines: number[] = [];

  get current(): string {
    return this.text;
  }

  /** Appends `line.raw` from `from` (default: the line's text) to `to` (default: its end). */
  appendLine(line: SourceLine, from = line.start, to = line.start + line.text.length): void {
    const words = [...line.raw.slice(from, to).matchAll(/\S+/g)];
    words.forEach((word, i) => {
      const separator = i === 0 ? wrappedLineSeparator(this.text, word[0]) : ' ';
      this.text += separator;
      this.segments.push({
        start: this.text.length,
        length: word[0].length,
        line: line.number,
        column: from + word.index + 1,
      });
      this.text += word[0];
    });
    if (words.length > 0 && this.lines.at(-1) !== line.number) this.lines.push(line.number);
  }

  build(): TracedText {
    return { text: this.text, segments: [...this.segments], lines: [...this.lines] };
  }
}
