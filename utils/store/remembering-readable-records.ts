import { dequal } from 'dequal';
import { readableRecords, type ReadableRecords } from './draft-store';
import type { RecordKind, RecordOfKind } from './schema';
import type { StoredRecordError } from './stored-record-error';

/** What one stored record was, and what checking it gave. */
interface Checked {
  raw: Record<string, unknown>;
  record?: unknown;
  problem?: StoredRecordError;
}

/**
 * `readableRecords` that remembers what it checked last: a record read again with exactly the same stored
 * content (compared value by value, `dequal`) gives what checking it gave then, and is not checked again;
 * any other record is checked afresh. For the background, which reads and checks the unit's few hundred
 * records to draw the plan after every change (entrypoints/workspace/draw-plan-ahead.ts), when one or two of
 * them differ from the time before: checking them all was the largest part of that drawing, and it runs
 * while a workspace opened just after the change loads.
 *
 * It remembers the records of its last call for each kind only: one plan's worth. The answers it gives are
 * shared with the earlier calls, so they are read, never changed.
 */
export function rememberingReadableRecords(): ReadableRecords {
  const last = new Map<RecordKind, Map<string, Checked>>();
  return <K extends RecordKind>(kind: K, raws: readonly Record<string, unknown>[]) => {
    const before = last.get(kind);
    const now = new Map<string, Checked>();
    const records: RecordOfKind<K>[] = [];
    const unreadable: StoredRecordError[] = [];
    for (const raw of raws) {
      const id = String(raw.id);
      let checked = before?.get(id);
      if (checked === undefined || !dequal(checked.raw, raw)) {
        const { records: read, unreadable: problems } = readableRecords(kind, [raw]);
        checked = { raw, record: read[0], problem: problems[0] };
      }
      now.set(id, checked);
      if (checked.problem) unreadable.push(checked.problem);
      else records.push(checked.record as RecordOfKind<K>);
    }
    last.set(kind, now);
    return { records, unreadable };
  };
}
