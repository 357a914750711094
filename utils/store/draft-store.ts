import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { ProjectFieldsSchema, type Project, type ProjectFields } from '../model/project';
import { RECORD_META_KEYS } from '../model/record-meta';
import {
  RoundReportFieldsSchema,
  restoredReportFields,
  type RoundReport,
  type RoundReportFields,
} from '../model/round-report';
import { openDraftDb } from './migrations';
import {
  HistoryEntrySchema,
  SCHEMA_OF_KIND,
  STORE_OF_KIND,
  TrashEntrySchema,
  type DraftDb,
  type HistoryEntry,
  type RecordKind,
  type RecordOfKind,
  type TrashEntry,
} from './schema';
import { metaKeyChangesPlan, stampPlanChange } from './plan-stamp';
import { stableJson } from './stable-json';
import { announceStoreChange } from './store-changes';
import { StoredRecordError } from './stored-record-error';
import { unreadableMetaKey } from './meta-keys';

type AnyRecord = Project | RoundReport;

/**
 * How many records a read of a whole store asks for at a time. The database serves each request whole, in
 * the order asked, whichever page asked: a page opening while another part of the extension reads every
 * record (the popup counting unreadable ones, a backup export) would otherwise wait for all of it.
 */
const READ_PART = 500;
type WriteTx = IDBPTransaction<DraftDb, StoreNames<DraftDb>[], 'readwrite'>;

const FIELDS_SCHEMA_OF_KIND = { project: ProjectFieldsSchema, report: RoundReportFieldsSchema } as const;

export interface DraftStoreOptions {
  now?: () => number;
  newId?: () => string;
}

/** One record to write as its newest version (see `putNewVersions`). */
export interface VersionToWrite {
  kind: RecordKind;
  fields: ProjectFields | RoundReportFields;
  id: string;
  keep?: AnyRecord;
}

/** What was written, and what the store held under that id before: nothing, the same fields, or others. */
export interface WrittenVersion {
  record: AnyRecord;
  before: 'absent' | 'same' | 'replaced';
}

type FieldsOf<R> = R extends Project ? ProjectFields : R extends RoundReport ? RoundReportFields : never;

/** Strips the store's bookkeeping, leaving what a person entered. */
export function fieldsOf<R extends AnyRecord>(record: R): FieldsOf<R> {
  const copy: Record<string, unknown> = { ...record };
  for (const key of RECORD_META_KEYS) delete copy[key];
  return copy as FieldsOf<R>;
}

/** A version can't be restored into a record deleted meanwhile: the record is restored from the trash. */
export class RecordInTrashError extends Error {
  override name = 'RecordInTrashError';
}

/**
 * The drafts: projects and round reports, every earlier version of each, and a trash. Lives in the
 * extension's own IndexedDB; the background and extension pages use it directly, content scripts through
 * messages. Every write is one transaction: it happens whole or not at all.
 */
export class DraftStore {
  private readonly now: () => number;
  private readonly newId: () => string;

  constructor(
    readonly db: IDBPDatabase<DraftDb>,
    options: DraftStoreOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.newId = options.newId ?? (() => crypto.randomUUID());
  }

  static async open(name?: string, options?: DraftStoreOptions): Promise<DraftStore> {
    return new DraftStore(await openDraftDb(name), options);
  }

  close(): void {
    this.db.close();
  }

  // ── Reading ────────────────────────────────────────────────────────────────────────────────────────

  async get<K extends RecordKind>(kind: K, id: string): Promise<RecordOfKind<K> | undefined> {
    const raw = await this.db.get(STORE_OF_KIND[kind], id);
    return raw === undefined ? undefined : parseStored(kind, id, raw);
  }

  /**
   * Every live record of a kind. A record that cannot be read is reported, never silently dropped. Read a
   * part at a time (`READ_PART`), in one transaction, so another page's reads are served in between.
   */
  async list<K extends RecordKind>(
    kind: K,
  ): Promise<{ records: RecordOfKind<K>[]; unreadable: StoredRecordError[] }> {
    const tx = this.db.transaction(STORE_OF_KIND[kind]);
    const raws: Record<string, unknown>[] = [];
    let part: Record<string, unknown>[] = [];
    do {
      const after = part.at(-1)?.id as IDBValidKey | undefined; // the store's key path: always a key
      part = await tx.store.getAll(
        after === undefined ? null : IDBKeyRange.lowerBound(after, true),
        READ_PART,
      );
      raws.push(...part);
    } while (part.length === READ_PART);
    await tx.done;
    return readableRecords(kind, raws);
  }

  async listReportsOfProject(projectId: string): Promise<RoundReport[]> {
    const raws = await this.db.getAllFromIndex('reports', 'byProject', projectId);
    return readableRecords('report', raws).records;
  }

  /**
   * One unit's live projects, through the unit index: a store may hold every unit's plan (an overseer's),
   * and a page showing one unit should not read and parse all of them. Unreadable ones are reported.
   */
  async listProjectsOfUnit(
    unitCode: string,
  ): Promise<{ records: Project[]; unreadable: StoredRecordError[] }> {
    const raws = await this.db.getAllFromIndex('projects', 'byUnit', unitCode);
    return readableRecords('project', raws);
  }

  /**
   * How many live projects the unit index does not reach (no usable unit code): such a project is damaged,
   * and a read by unit would never see it, so pages that read by unit count it from here, without reading
   * any record. Reports are not counted so: a report is only ever shown under its project, and counting
   * the reports store means a scan of all of them (a few hundred ms with every unit's reports).
   */
  async countProjectsWithoutUnit(): Promise<number> {
    const tx = this.db.transaction('projects');
    const [all, withUnit] = await Promise.all([tx.store.count(), tx.store.index('byUnit').count()]);
    await tx.done;
    return all - withUnit;
  }

  /**
   * The reports of some rounds (fiscal year and round), through the round index, in one transaction: the
   * popup counts the unreadable ones among the tracked rounds' reports (the reminders themselves count from
   * index keys, `readRoundStandingKeys`), without reading and parsing every year's reports. Through a
   * cursor, which the database serves a batch at a time, so another page's reads get their turn in between
   * (one `getAll` of a round is served whole, and a page opening waits for it).
   * Reports the index does not reach (their year or round is itself damaged) are not counted here: that
   * means a pass over every report's stored value, a few hundred ms with every unit's reports; the
   * workspace reports them under their project.
   */
  async listReportsOfRounds(
    rounds: readonly { fiscalYear: number; round: 1 | 2 }[],
  ): Promise<{ records: RoundReport[]; unreadable: StoredRecordError[] }> {
    const tx = this.db.transaction('reports');
    const index = tx.store.index('byYearRound');
    const raws: Record<string, unknown>[] = [];
    for (const { fiscalYear, round } of rounds) {
      for (let cursor = await index.openCursor([fiscalYear, round]); cursor; cursor = await cursor.continue())
        raws.push(cursor.value);
    }
    await tx.done;
    return readableRecords('report', raws);
  }

  /** Earlier versions of a record, newest first. */
  async history<K extends RecordKind>(kind: K, id: string): Promise<RecordOfKind<K>[]> {
    const entries = await this.db.getAllFromIndex('history', 'byRecord', [kind, id]);
    return entries
      .map((e) => e.record as RecordOfKind<K>)
      .sort((a, b) => b.revision - a.revision || b.updatedAt - a.updatedAt);
  }

  async listTrash(): Promise<TrashEntry[]> {
    const entries = await this.db.getAll('trash');
    return entries.sort((a, b) => b.deletedAt - a.deletedAt);
  }

  async getMeta<T>(key: string): Promise<T | undefined> {
    return (await this.db.get('meta', key))?.value as T | undefined;
  }

  /**
   * Writes a meta value. Writing what is already there writes nothing, and announces nothing: the plan as
   * last drawn stays current and the reminders are not recounted (a portal page seen again, a unit chosen
   * again). Says whether it wrote.
   */
  async setMeta(key: string, value: unknown): Promise<boolean> {
    const tx = this.db.transaction(['meta'], 'readwrite') as WriteTx;
    const meta = tx.objectStore('meta');
    const stored = await meta.get(key);
    if (stored !== undefined && stableJson(stored.value) === stableJson(value)) {
      await tx.done;
      return false;
    }
    const writes: Promise<unknown>[] = [meta.put({ key, value })];
    if (metaKeyChangesPlan(key)) writes.push(stampPlanChange(tx));
    await Promise.all([...writes, tx.done]);
    announceStoreChange({ kind: 'meta', id: key });
    return true;
  }

  // ── Writing ────────────────────────────────────────────────────────────────────────────────────────

  saveProject(fields: ProjectFields, id?: string): Promise<Project> {
    return this.save('project', fields, id);
  }

  saveReport(fields: RoundReportFields, id?: string): Promise<RoundReport> {
    return this.save('report', fields, id);
  }

  /**
   * Saves many records of one kind in one transaction: all of them, or (if any one fails) none. Each is
   * saved as `save` saves one: a new version with the replaced one in the history, nothing for unchanged
   * fields. Gives back the saved records in the order given.
   */
  async saveMany<K extends RecordKind>(
    kind: K,
    items: readonly { fields: K extends 'project' ? ProjectFields : RoundReportFields; id?: string }[],
  ): Promise<RecordOfKind<K>[]> {
    // Every item is checked before the transaction opens, so a bad one fails without writing anything.
    const parsed = items.map((item) => ({
      fields: FIELDS_SCHEMA_OF_KIND[kind].parse(item.fields),
      id: item.id ?? this.newId(),
    }));
    if (parsed.length === 0) return [];
    const tx = this.db.transaction([STORE_OF_KIND[kind], 'history', 'meta'], 'readwrite');
    const written = await this.putNewVersions(
      tx as WriteTx,
      parsed.map((item) => ({ kind, ...item })),
    );
    await tx.done;
    announceStoreChange({ kind });
    return written.map((w) => w.record) as RecordOfKind<K>[];
  }

  /**
   * Saves what a person entered as the record's newest version; the version it replaces goes to the
   * history. Two tabs saving the same record: the later save wins, the earlier stays in the history.
   * Saving unchanged fields changes nothing.
   */
  async save<K extends RecordKind>(
    kind: K,
    fields: K extends 'project' ? ProjectFields : RoundReportFields,
    id?: string,
  ): Promise<RecordOfKind<K>> {
    const parsed = FIELDS_SCHEMA_OF_KIND[kind].parse(fields);
    const tx = this.db.transaction([STORE_OF_KIND[kind], 'history', 'meta'], 'readwrite');
    const [written] = await this.putNewVersions(tx as WriteTx, [
      { kind, fields: parsed, id: id ?? this.newId() },
    ]);
    await tx.done;
    const saved = written!.record;
    announceStoreChange({ kind, id: saved.id });
    return saved as RecordOfKind<K>;
  }

  /**
   * Makes an earlier version the newest again (the version it replaces stays in the history too). A round
   * report keeps what the portal was sent (restoredReportFields).
   */
  async restoreRevision<K extends RecordKind>(
    kind: K,
    id: string,
    revision: number,
  ): Promise<RecordOfKind<K>> {
    const earlier = (await this.history(kind, id)).find((r) => r.revision === revision);
    if (!earlier) throw new Error(`No version ${revision} of ${kind} ${id} in the history`);
    const current = await this.get(kind, id);
    // Deleted meanwhile (say in another window): it comes back from the trash, with its history, not here
    // as a new record beside it.
    if (!current) throw new RecordInTrashError(`${kind} ${id} is in the trash`);
    const fields =
      kind === 'report'
        ? restoredReportFields(fieldsOf(current as RoundReport), fieldsOf(earlier as RoundReport))
        : fieldsOf(earlier);
    return this.save(kind, fields as never, id);
  }

  /** Moves a record to the trash; a project takes its round reports with it. */
  async delete(kind: RecordKind, id: string): Promise<void> {
    const tx = this.db.transaction(['projects', 'reports', 'trash', 'meta'], 'readwrite');
    const deletedAt = this.now();
    const batchId = `${kind}:${id}:${deletedAt}`;
    const raw = await tx.objectStore(STORE_OF_KIND[kind]).get(id);
    if (!raw) throw new Error(`No ${kind} ${id} to delete`);
    const moving: TrashEntry[] = [
      TrashEntrySchema.parse({ kind, id, deletedAt, batchId, record: parseStored(kind, id, raw) }),
    ];
    if (kind === 'project') {
      for (const rawReport of await tx.objectStore('reports').index('byProject').getAll(id)) {
        const report = parseStored('report', String(rawReport.id), rawReport);
        moving.push({ kind: 'report', id: report.id, deletedAt, batchId, record: report });
      }
    }
    for (const entry of moving) {
      await tx.objectStore('trash').put(entry);
      await tx.objectStore(STORE_OF_KIND[entry.kind]).delete(entry.id);
    }
    await stampPlanChange(tx as WriteTx);
    await tx.done;
    announceStoreChange({ kind, id });
  }

  /** Brings a trashed record back, with everything deleted together with it. */
  async restoreFromTrash(kind: RecordKind, id: string): Promise<void> {
    const tx = this.db.transaction(['projects', 'reports', 'trash', 'history', 'meta'], 'readwrite');
    const entry = await tx.objectStore('trash').get([kind, id]);
    if (!entry) throw new Error(`No ${kind} ${id} in the trash`);
    const batch = await tx.objectStore('trash').index('byBatch').getAll(entry.batchId);
    // A round report whose project is in the trash too brings its project back with it (and whatever was
    // deleted with the project): a report without its project would be listed nowhere.
    if (entry.kind === 'report') {
      const projectId = entry.record.projectId;
      const projectLive = (await tx.objectStore('projects').getKey(projectId)) !== undefined;
      const trashedProject = projectLive
        ? undefined
        : await tx.objectStore('trash').get(['project', projectId]);
      if (trashedProject && trashedProject.batchId !== entry.batchId) {
        const projectBatch = await tx.objectStore('trash').index('byBatch').getAll(trashedProject.batchId);
        batch.unshift(...projectBatch.filter((item) => !(item.kind === kind && item.id === id)));
      }
    }
    // A round keeps one report. When it was drafted again while this one was in the trash (or two of the
    // restored reports are of one round), the restored text becomes that report's newest version, what it
    // held goes to its history, and so do the restored report's own earlier versions.
    const slotOf = (r: RoundReport) => `${r.projectId}:${r.fiscalYear}:${r.round}`;
    const holders = new Map<string, string>();
    const projectIds = new Set(batch.flatMap((i) => (i.kind === 'report' ? [i.record.projectId] : [])));
    for (const projectId of projectIds) {
      for (const raw of await tx.objectStore('reports').index('byProject').getAll(projectId)) {
        const live = readableStored('report', String(raw.id), raw);
        if (live) holders.set(slotOf(live), live.id);
      }
    }
    const restored: VersionToWrite[] = [];
    const merged: { report: RoundReport; into: string }[] = [];
    for (const item of batch) {
      if (item.kind === 'report') {
        const slot = slotOf(item.record);
        const holder = holders.get(slot);
        if (holder !== undefined && holder !== item.id) {
          merged.push({ report: item.record, into: holder });
          continue;
        }
        holders.set(slot, item.id);
      }
      restored.push({ kind: item.kind, fields: fieldsOf(item.record), id: item.id, keep: item.record });
    }
    await this.putNewVersions(tx as WriteTx, restored);
    for (const { report, into } of merged) {
      const raw = await tx.objectStore('reports').get(into);
      const current = raw && readableStored('report', into, raw);
      const fields = current ? restoredReportFields(fieldsOf(current), fieldsOf(report)) : fieldsOf(report);
      const [written] = await this.putNewVersions(tx as WriteTx, [{ kind: 'report', fields, id: into }]);
      // The two reports' versions become one history, numbered again in the order they were written, so
      // no two share a number ("version 3" is one version to show and restore), and the newest is last.
      const history = tx.objectStore('history');
      const byRecord = history.index('byRecord');
      const versions = [
        ...(await byRecord.getAll(['report', into])),
        ...(await byRecord.getAll(['report', report.id])),
      ].sort((a, b) => a.record.updatedAt - b.record.updatedAt || (a.seq ?? 0) - (b.seq ?? 0));
      for (const [i, entry] of versions.entries()) {
        const record = { ...entry.record, id: into, revision: i + 1 };
        await history.put({ ...entry, id: into, record } as HistoryEntry);
      }
      // Never lower than it was: an open editor follows only a higher revision (its history may be
      // incomplete, say after a backup that left damaged versions out).
      const newest = {
        ...written!.record,
        revision: Math.max(versions.length + 1, written!.record.revision),
      };
      await tx.objectStore('reports').put(SCHEMA_OF_KIND.report.parse(newest) as Record<string, unknown>);
      await stampPlanChange(tx as WriteTx);
    }
    await Promise.all(batch.map((item) => tx.objectStore('trash').delete([item.kind, item.id])));
    await tx.done;
    announceStoreChange({ kind, id });
    // A report restored into another one changed that one: a window showing it follows.
    for (const into of new Set(merged.map((m) => m.into))) announceStoreChange({ kind: 'report', id: into });
  }

  /** Deletes the trash for good, with the history of what was in it. */
  async emptyTrash(): Promise<number> {
    const tx = this.db.transaction(['trash', 'history', 'projects', 'reports'], 'readwrite');
    const entries = await tx.objectStore('trash').getAll();
    for (const entry of entries) {
      const stillLive = await tx.objectStore(STORE_OF_KIND[entry.kind]).getKey(entry.id);
      if (stillLive === undefined) {
        const keys = await tx.objectStore('history').index('byRecord').getAllKeys([entry.kind, entry.id]);
        for (const key of keys) await tx.objectStore('history').delete(key);
      }
    }
    await tx.objectStore('trash').clear();
    await tx.done;
    announceStoreChange({ kind: 'all' });
    return entries.length;
  }

  /**
   * Writes each item as its record's newest version in the given transaction: the version it replaces goes
   * to the history, and unchanged fields write nothing. `keep` is a whole record to store as it is when its
   * id is new (a backup's, the trash's). Every read is asked for at once, then every write, so many records
   * cost a few trips to the database, not a few per record. If anything fails, the transaction is aborted:
   * nothing of it is written. The transaction must reach `meta` too: a write marks the plan as changed
   * (utils/store/plan-stamp.ts).
   */
  async putNewVersions(tx: WriteTx, items: readonly VersionToWrite[]): Promise<WrittenVersion[]> {
    const writes: Promise<unknown>[] = [];
    try {
      const raws = await Promise.all(items.map((i) => tx.objectStore(STORE_OF_KIND[i.kind]).get(i.id)));
      const now = this.now();
      const written = items.map(({ kind, fields, id, keep }, k): WrittenVersion => {
        const raw = raws[k];
        const current = raw === undefined ? undefined : readableStored(kind, id, raw);
        let record: AnyRecord;
        if (current) {
          if (stableJson(fieldsOf(current)) === stableJson(fields))
            return { record: current, before: 'same' };
          const replaced = HistoryEntrySchema.parse({ kind, id, replacedAt: now, record: current });
          writes.push(tx.objectStore('history').add(replaced as HistoryEntry));
          const revision = Math.max(current.revision, keep?.revision ?? 0) + 1;
          record = { id, revision, createdAt: current.createdAt, updatedAt: now, ...fields };
        } else {
          if (raw !== undefined) {
            // Stored but too damaged to read (or written by a version we don't know): the version written
            // now takes its place, and the stored one is kept aside as it was, never dropped.
            writes.push(tx.objectStore('meta').put({ key: unreadableMetaKey(kind, id, now), value: raw }));
          }
          record = keep ?? { id, revision: 1, createdAt: now, updatedAt: now, ...fields };
        }
        const checked = SCHEMA_OF_KIND[kind].parse(record) as AnyRecord;
        writes.push(tx.objectStore(STORE_OF_KIND[kind]).put(checked as Record<string, unknown>));
        return { record: checked, before: raw === undefined ? 'absent' : 'replaced' };
      });
      if (writes.length > 0) writes.push(stampPlanChange(tx));
      await Promise.all(writes);
      return written;
    } catch (error) {
      // IndexedDB commits what was asked once our code stops asking: only an abort undoes earlier writes.
      try {
        tx.abort();
      } catch {
        // Already aborted by the failing request.
      }
      await Promise.allSettled([...writes, tx.done]);
      throw error;
    }
  }
}

/** A stored record as today's schema reads it, or undefined when it can't. */
function readableStored<K extends RecordKind>(
  kind: K,
  id: string,
  raw: unknown,
): RecordOfKind<K> | undefined {
  try {
    return parseStored(kind, id, raw);
  } catch (error) {
    if (error instanceof StoredRecordError) return undefined;
    throw error;
  }
}

function parseStored<K extends RecordKind>(kind: K, id: string, raw: unknown): RecordOfKind<K> {
  const result = SCHEMA_OF_KIND[kind].safeParse(raw);
  if (!result.success) throw StoredRecordError.from(kind, id, result.error);
  return result.data as RecordOfKind<K>;
}

/** What checks stored records of a kind: `readableRecords`, or one that remembers (remembering-readable-records.ts). */
export type ReadableRecords = <K extends RecordKind>(
  kind: K,
  raws: readonly Record<string, unknown>[],
) => { records: RecordOfKind<K>[]; unreadable: StoredRecordError[] };

/** Stored records of a kind, checked: those that can be read, and what was wrong with each of the others. */
export function readableRecords<K extends RecordKind>(kind: K, raws: readonly Record<string, unknown>[]) {
  const records: RecordOfKind<K>[] = [];
  const unreadable: StoredRecordError[] = [];
  for (const raw of raws) {
    try {
      records.push(parseStored(kind, String(raw.id), raw));
    } catch (error) {
      if (error instanceof StoredRecordError) unreadable.push(error);
      else throw error;
    }
  }
  return { records, unreadable };
}
