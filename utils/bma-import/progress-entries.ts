import { comparePlainDates, type PlainDate } from '../calendar/plain-date';
import { formatThaiDate, parseThaiDate } from '../thai/date';
import type { BmaEntryLayout, BmaProgressEntry } from './bma-report';
import { bmaProblem, type BmaImportProblem } from './import-problem';
import { matchDatedText, matchEntryLabel, matchProgressLine, type ProgressLine } from './progress-lines';
import { isCertificationLine, isTitleLine } from './report-landmarks';
import type { SourceLine } from './source-lines';
import { letterStartAtOrBefore } from './thai-characters';
import { TracedTextBuilder, type TracedText } from './traced-text';

/*
 * How section 2 of the printout is read (seed 004 shows both layouts):
 *
 * Layout "label-with-narrative" (reports 1–5 of the seed, first page):
 *     รายงานครั้งที่1  :: 29/12/2565 :  narrative…
 *                     :: ความก้าวหน้าของงานฯ = 30.00 % งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0 บาท : … : …
 *   The label starts the entry; the percent line under the text closes it and repeats its number in
 *   `(ครั้งที่ 1)`. Report 2 has no date (`รายงานครั้งที่2 :: อยู่ระหว่าง…`).
 *
 * Layout "label-with-percent" (after the page break):
 *     รายงานครั้งที่6 :: ความก้าวหน้าของงานฯ = 70.00 % งบประมาณที่เบิกใช้ (ครั้งที่ 5) = 0 บาท : … : …
 *     16/05/2566 : narrative…
 *     รายงานครั้งที่7 :: ความก้าวหน้าของงานฯ = 75.00 % งบประมาณที่เบิกใช้ (ครั้งที่ 6) = 0 บาท : … : …
 *   Here the label printed on a percent line is the NEXT report's: the line labelled 6 says `(ครั้งที่ 5)`,
 *   and it comes right after report 5's text (dated 18/04/2566, begun on page 1). So in both layouts a
 *   percent line closes the text above it, and its `(ครั้งที่ K)` names the report it belongs to; a label
 *   that differs from K introduces the text below. This reading keeps the percents rising with the dates
 *   (…55 % on 20/03, 70 % on 18/04 …) and gives 100 % to report 10, whose text says the work is done.
 *   The last line, `รายงานครั้งที่10 … (ครั้งที่ 10) = … 100.00 %`, repeats label 10 because no report 11
 *   follows: it closes report 10 (its K says so), and is flagged as a duplicate label.
 *
 * Either way, wherever the text disagrees with this reading, or the reading rests on it, a warning says so.
 */

type NumberSource = 'label' | 'previous-percent-label' | 'inferred';

interface EntryDraft {
  number: number;
  numberSource: NumberSource;
  layout: BmaEntryLayout;
  firstLine: number;
  lastLine: number;
  date: PlainDate | null;
  /** A date-shaped text that could not be read (the error is already recorded). */
  dateUnreadable: boolean;
  narrative: TracedTextBuilder;
  /** A page header met after the text began; the next text line continues across it. */
  pageBreakLine: number | null;
}

export interface EntriesRead {
  entries: BmaProgressEntry[];
  /** Each entry's narrative with where its characters came from, same order as `entries`. */
  narratives: TracedText[];
  problems: BmaImportProblem[];
  /** Whether the closing certification (ขอรับรองว่า…) was reached: without it the text may be cut short. */
  certificationFound: boolean;
}

/** Characters of context around a page-break join in its warning. */
const JOIN_CONTEXT = 15;

function tailOf(text: string): string {
  return text.slice(letterStartAtOrBefore(text, text.length - JOIN_CONTEXT));
}

class ProgressEntriesReader {
  readonly entries: BmaProgressEntry[] = [];
  readonly narratives: TracedText[] = [];
  readonly problems: BmaImportProblem[] = [];
  private open: EntryDraft | null = null;
  /** The label of the last percent line when it named the report that follows it. */
  private pendingLabel: number | null = null;
  /** Lines each `รายงานครั้งที่N` label was printed on, to spot a label printed twice. */
  private readonly labelLines = new Map<number, number[]>();

  /** Path of a field of the entry being read (it will be pushed next). */
  private openPath(field: keyof BmaProgressEntry): string {
    return `entries[${this.entries.length}].${field}`;
  }

  private get lastNumber(): number | null {
    return this.entries.at(-1)?.number ?? null;
  }

  private recordLabel(label: number, line: number): void {
    this.labelLines.set(label, [...(this.labelLines.get(label) ?? []), line]);
  }

  private startEntry(
    line: SourceLine,
    layout: BmaEntryLayout,
    number: number,
    source: NumberSource,
  ): EntryDraft {
    if (this.open) this.close(null, null);
    this.pendingLabel = null;
    const draft: EntryDraft = {
      number,
      numberSource: source,
      layout,
      firstLine: line.number,
      lastLine: line.number,
      date: null,
      dateUnreadable: false,
      narrative: new TracedTextBuilder(),
      pageBreakLine: null,
    };
    this.open = draft;
    return draft;
  }

  /** An entry without a label of its own: the one the last percent line announced, else the next number. */
  private startUnlabelledEntry(line: SourceLine): EntryDraft {
    const announced = this.pendingLabel;
    return announced !== null
      ? this.startEntry(line, 'label-with-percent', announced, 'previous-percent-label')
      : this.startEntry(line, 'label-with-percent', (this.lastNumber ?? 0) + 1, 'inferred');
  }

  /** Adds a line's text (from `from`, an index in line.text) to an entry, reading a leading date if allowed. */
  private addText(draft: EntryDraft, line: SourceLine, from: number): void {
    let textStart = from;
    const mayHoldDate = draft.date === null && !draft.dateUnreadable && draft.narrative.current === '';
    const dated = mayHoldDate ? matchDatedText(line.ascii.slice(from)) : null;
    if (dated) {
      const printed = line.text.slice(from, from + dated.dateText.length);
      // `29 / 12 / 2565`: the spaces a copy from a PDF can put around the separators are not the date's.
      const date = parseThaiDate(printed.replace(/(\d)\s*([/.-])\s*(?=\d)/g, '$1$2'));
      if (date.ok) {
        draft.date = date.value;
      } else {
        draft.dateUnreadable = true;
        this.problems.push(
          bmaProblem(
            'entry-date-unreadable',
            this.openPath('date'),
            { number: draft.number, value: printed, line: line.number },
            { line: line.number, column: line.start + from + 1 },
          ),
        );
      }
      textStart = from + dated.textStart;
    }
    const slice = line.text.slice(textStart).trim();
    if (slice !== '' && draft.pageBreakLine !== null) {
      this.problems.push(
        bmaProblem(
          'page-break-in-narrative',
          this.openPath('narrative'),
          {
            number: draft.number,
            line: draft.pageBreakLine,
            before: tailOf(draft.narrative.current),
            after: slice.slice(0, JOIN_CONTEXT),
          },
          { line: draft.pageBreakLine },
        ),
      );
      draft.pageBreakLine = null;
    }
    draft.narrative.appendLine(line, line.start + textStart);
    draft.lastLine = line.number;
  }

  private close(progress: ProgressLine | null, progressLine: SourceLine | null): BmaProgressEntry | null {
    const draft = this.open;
    if (draft === null) return null;
    this.open = null;
    const number = this.resolveNumber(draft, progress, progressLine);
    const path = (field: keyof BmaProgressEntry) => `entries[${this.entries.length}].${field}`;
    const lineOf = progressLine?.number ?? draft.lastLine;
    const narrative = draft.narrative.build();

    // An entry without text gets one error for that; a missing date on top would only repeat it.
    if (draft.date === null && !draft.dateUnreadable && narrative.text !== '') {
      this.problems.push(
        bmaProblem(
          'entry-date-missing',
          path('date'),
          { number, line: draft.firstLine },
          { line: draft.firstLine },
        ),
      );
    }
    if (narrative.text === '') {
      this.problems.push(
        bmaProblem('entry-narrative-missing', path('narrative'), { number, line: lineOf }, { line: lineOf }),
      );
    }
    if (progress === null) {
      this.problems.push(bmaProblem('entry-progress-missing', path('percent'), { number }, { line: lineOf }));
    } else {
      if (progress.percent === null) {
        this.problems.push(
          bmaProblem(
            'entry-percent-unreadable',
            path('percent'),
            { number, value: progress.percentText ?? '', line: lineOf },
            { line: lineOf },
          ),
        );
      }
      if (progress.disbursed === null) {
        this.problems.push(
          bmaProblem(
            'entry-disbursed-unreadable',
            path('disbursed'),
            { number, value: progress.disbursedText ?? '', line: lineOf },
            { line: lineOf },
          ),
        );
      }
      if (progress.onPlan === null || progress.onTarget === null) {
        this.problems.push(
          bmaProblem(
            'plan-status-unreadable',
            path(progress.onPlan === null ? 'onPlan' : 'onTarget'),
            { number, value: progress.statusText, line: lineOf },
            { line: lineOf },
          ),
        );
      }
    }

    const entry: BmaProgressEntry = {
      number,
      date: draft.date,
      narrative: narrative.text,
      percent: progress?.percent ?? null,
      disbursed: progress?.disbursed ?? null,
      onPlan: progress?.onPlan ?? null,
      onTarget: progress?.onTarget ?? null,
      layout: draft.layout,
      sourceLines: { first: draft.firstLine, last: Math.max(lineOf, draft.firstLine) },
      progressLine: progressLine?.number ?? null,
    };
    this.entries.push(entry);
    this.narratives.push(narrative);
    return entry;
  }

  /**
   * A label printed with the text wins (layout 1); otherwise the `(ครั้งที่ K)` of the closing percent line
   * does, since it is printed next to the entry's own numbers. Any disagreement is a warning.
   */
  private resolveNumber(draft: EntryDraft, progress: ProgressLine | null, progressLine: SourceLine | null) {
    const amountFor = progress?.amountFor ?? null;
    const line = progressLine?.number ?? draft.firstLine;
    const path = `entries[${this.entries.length}].number`;
    if (amountFor === null) {
      if (draft.numberSource === 'inferred') {
        this.problems.push(
          bmaProblem(
            'entry-number-inferred',
            path,
            { number: draft.number, line: draft.firstLine },
            { line: draft.firstLine },
          ),
        );
      }
      return draft.number;
    }
    const kept = draft.numberSource === 'label' ? draft.number : amountFor;
    const other = draft.numberSource === 'label' ? amountFor : draft.number;
    if (kept !== other && draft.numberSource !== 'inferred') {
      this.problems.push(bmaProblem('entry-number-mismatch', path, { kept, other, line }, { line }));
    }
    return kept;
  }

  readProgressLine(line: SourceLine, progress: ProgressLine): void {
    if (progress.label !== null) this.recordLabel(progress.label, line.number);
    if (this.open === null) {
      // A percent line with no text above it: the entry is kept, with an error for its missing text.
      const draft = this.startUnlabelledEntry(line);
      if (draft.numberSource === 'inferred' && progress.amountFor !== null) draft.number = progress.amountFor;
    }
    const closed = this.close(progress, line);
    if (closed === null || progress.label === null) return;
    const path = `entries[${this.entries.length - 1}].percent`;
    if (progress.label !== closed.number) {
      this.pendingLabel = progress.label;
      this.problems.push(
        bmaProblem(
          'percent-line-labelled-next',
          path,
          { number: closed.number, label: progress.label, line: line.number },
          { line: line.number },
        ),
      );
      return;
    }
    const printedOn = this.labelLines.get(progress.label) ?? [];
    if (printedOn.length > 1) {
      this.problems.push(
        bmaProblem(
          'duplicate-report-label',
          path,
          { label: progress.label, lines: printedOn.join(', '), line: line.number, number: closed.number },
          { line: line.number },
        ),
      );
    }
  }

  readEntryLabelLine(line: SourceLine, label: number | null, restStart: number): void {
    let draft: EntryDraft;
    if (label === null) {
      // A damaged number: the next one, or the one the last percent line announced; the entry's own percent
      // line then says which it is (resolveNumber).
      if (this.open !== null) this.close(null, null);
      const next = this.pendingLabel ?? (this.lastNumber ?? 0) + 1;
      draft = this.startEntry(line, 'label-with-narrative', next, 'inferred');
    } else {
      this.recordLabel(label, line.number);
      draft = this.startEntry(line, 'label-with-narrative', label, 'label');
    }
    this.addText(draft, line, restStart);
  }

  readTextLine(line: SourceLine): void {
    let draft = this.open;
    const dated = matchDatedText(line.ascii) !== null;
    // A dated line after an entry's text begins the next entry (the open one lost its percent line).
    if (draft && dated && (draft.date !== null || draft.dateUnreadable || draft.narrative.current !== '')) {
      this.close(null, null);
      draft = null;
    }
    if (draft === null) {
      if (this.pendingLabel === null && this.lastNumber === null && !dated) {
        this.problems.push(
          bmaProblem(
            'unrecognised-line',
            'report',
            { line: line.number, text: line.text },
            { line: line.number },
          ),
        );
        return;
      }
      draft = this.startUnlabelledEntry(line);
    }
    this.addText(draft, line, 0);
  }

  pageBreak(line: SourceLine): void {
    if (this.open && this.open.narrative.current !== '') this.open.pageBreakLine = line.number;
  }

  finish(): void {
    this.close(null, null);
    this.problems.push(...checkSequence(this.entries));
  }
}

/** Numbers, dates and percents should all move forward from one entry to the next. */
function checkSequence(entries: readonly BmaProgressEntry[]): BmaImportProblem[] {
  const problems: BmaImportProblem[] = [];
  let previousDate: PlainDate | null = null;
  let previousPercent: number | null = null;
  entries.forEach((entry, i) => {
    const at = { line: entry.sourceLines.first };
    const expected = i === 0 ? 1 : (entries[i - 1]?.number ?? 0) + 1;
    if (i > 0 && entry.number === entries[i - 1]?.number) {
      problems.push(
        bmaProblem('duplicate-entry-number', `entries[${i}].number`, { number: entry.number }, at),
      );
    } else if (entry.number !== expected) {
      problems.push(
        bmaProblem('entry-number-gap', `entries[${i}].number`, { expected, number: entry.number }, at),
      );
    }
    if (entry.date !== null) {
      if (previousDate !== null && comparePlainDates(entry.date, previousDate) < 0) {
        problems.push(
          bmaProblem(
            'entry-dates-out-of-order',
            `entries[${i}].date`,
            {
              number: entry.number,
              date: formatThaiDate(entry.date, { month: 'short' }),
              previous: formatThaiDate(previousDate, { month: 'short' }),
            },
            at,
          ),
        );
      }
      previousDate = entry.date;
    }
    if (entry.percent !== null) {
      if (entry.percent > 100) {
        problems.push(
          bmaProblem(
            'percent-out-of-range',
            `entries[${i}].percent`,
            { number: entry.number, percent: entry.percent },
            at,
          ),
        );
      }
      if (previousPercent !== null && entry.percent < previousPercent) {
        problems.push(
          bmaProblem(
            'percent-decreased',
            `entries[${i}].percent`,
            { number: entry.number, percent: entry.percent, previous: previousPercent },
            at,
          ),
        );
      }
      previousPercent = entry.percent;
    }
  });
  return problems;
}

/**
 * Reads section 2 from `start` (the line after its heading) to the certification at the end, in either
 * layout (see the comment at the top of this file). Page headers inside it are skipped.
 */
export function readProgressEntries(lines: readonly SourceLine[], start: number): EntriesRead {
  const reader = new ProgressEntriesReader();
  let certificationFound = false;
  for (const line of lines.slice(start)) {
    if (line.text === '') continue;
    if (isTitleLine(line)) {
      reader.pageBreak(line);
      continue;
    }
    if (isCertificationLine(line)) {
      certificationFound = true;
      break;
    }
    const progress = matchProgressLine(line);
    if (progress) {
      reader.readProgressLine(line, progress);
      continue;
    }
    const label = matchEntryLabel(line);
    if (label) {
      reader.readEntryLabelLine(line, label.label, label.restStart);
      continue;
    }
    reader.readTextLine(line);
  }
  reader.finish();
  return {
    entries: reader.entries,
    narratives: reader.narratives,
    problems: reader.problems,
    certificationFound,
  };
}
