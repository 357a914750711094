import { z } from 'zod';
import { KnownUnitCodeSchema, UnitCodeSchema } from '../catalogue/units';
import { ProjectSchema } from '../model/project';
import { RoundReportSchema } from '../model/round-report';
import { describeZodIssues } from '../validation/describe-zod-issues';
import { fieldsOf, readableRecords, type DraftStore } from './draft-store';
import { META_KEYS } from './meta-keys';
import { HistoryEntrySchema, TrashEntrySchema, type HistoryEntry } from './schema';
import { stableJson } from './stable-json';
import { stampPlanChange } from './plan-stamp';
import { announceStoreChange } from './store-changes';

export const BACKUP_FORMAT = 'eplan-assistant-backup';
export const BACKUP_FORMAT_VERSION = 1;
/** Far above any real unit's drafts (20,000 reports with history is a few MB); a bigger file is not ours. */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

export const BackupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  exportedAt: z.iso.datetime(),
  unitCode: UnitCodeSchema.nullable(),
  projects: z.array(ProjectSchema).max(100_000),
  reports: z.array(RoundReportSchema).max(500_000),
  history: z.array(HistoryEntrySchema).max(5_000_000),
  trash: z.array(TrashEntrySchema).max(500_000),
});
export type Backup = z.infer<typeof BackupSchema>;

export type BackupParseResult = { ok: true; backup: Backup } | { ok: false; problems: string[] };

export interface ImportSummary {
  added: number;
  updated: number;
  unchanged: number;
  historyAdded: number;
  trashAdded: number;
}

export interface ExportedBackup {
  backup: Backup;
  /** Stored entries too damaged to read, left out so the file can be imported again; each says why. */
  leftOut: string[];
}

/**
 * Everything in the store that can be read, as one object ready to be written to a file. A damaged record
 * never stops a backup: it is left out and named (with the reports of a project left out, which could
 * not be imported without it).
 */
export async function exportBackup(store: DraftStore, now = Date.now()): Promise<ExportedBackup> {
  const tx = store.db.transaction(['projects', 'reports', 'history', 'trash', 'meta'], 'readonly');
  const [projects, reports, history, trash, unit] = await Promise.all([
    tx.objectStore('projects').getAll(),
    tx.objectStore('reports').getAll(),
    tx.objectStore('history').getAll(),
    tx.objectStore('trash').getAll(),
    tx.objectStore('meta').get(META_KEYS.unitCode),
  ]);
  await tx.done;
  const readableProjects = readableRecords('project', projects);
  const readableReports = readableRecords('report', reports);
  const leftOut = [...readableProjects.unreadable, ...readableReports.unreadable].map((e) => e.message);
  const projectIds = new Set(readableProjects.records.map((p) => p.id));
  for (const t of trash) if (t.kind === 'project') projectIds.add(String(t.id));
  const keptReports = readableReports.records.filter((r) => {
    if (projectIds.has(r.projectId)) return true;
    leftOut.push(`Stored report ${r.id} is left out: its project ${r.projectId} cannot be read`);
    return false;
  });
  const readable = <T>(schema: z.ZodType<T>, what: string, entries: readonly unknown[]): T[] =>
    entries.flatMap((entry, i) => {
      const parsed = schema.safeParse(entry);
      if (parsed.success) return [parsed.data];
      leftOut.push(`Stored ${what} ${i + 1} cannot be read: ${describeZodIssues(parsed.error).join('; ')}`);
      return [];
    });
  // Parsing on the way out means a backup never carries a record that could not be imported again.
  const backup = BackupSchema.parse({
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    exportedAt: new Date(now).toISOString(),
    unitCode: typeof unit?.value === 'string' ? unit.value : null,
    projects: readableProjects.records,
    reports: keptReports,
    history: readable(
      HistoryEntrySchema,
      'version',
      history.map(({ seq: _seq, ...entry }) => entry),
    ),
    trash: readable(TrashEntrySchema, 'trash entry', trash),
  });
  return { backup, leftOut };
}

export function serializeBackup(backup: Backup): string {
  return JSON.stringify(backup, null, 1);
}

/** Reads a backup file's text and checks all of it; nothing is written. Each problem names its path. */
export function parseBackup(text: string): BackupParseResult {
  if (text.length > MAX_BACKUP_BYTES)
    return { ok: false, problems: ['The file is too large to be a backup.'] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      problems: [`The file is not valid JSON; it may be cut short or damaged (${(error as Error).message}).`],
    };
  }
  const head = z.looseObject({ format: z.unknown(), formatVersion: z.unknown() }).safeParse(json);
  if (!head.success || head.data.format !== BACKUP_FORMAT) {
    return { ok: false, problems: ['This file is not an e-Plan Assistant backup.'] };
  }
  if (head.data.formatVersion !== BACKUP_FORMAT_VERSION) {
    const version = head.data.formatVersion;
    return {
      ok: false,
      problems: [
        typeof version === 'number' && version > BACKUP_FORMAT_VERSION
          ? `This backup was made by a newer version of e-Plan Assistant (format ${version}); update the extension first.`
          : `formatVersion: unknown backup format ${JSON.stringify(version)}.`,
      ],
    };
  }
  const parsed = BackupSchema.safeParse(json);
  if (!parsed.success) return { ok: false, problems: describeZodIssues(parsed.error) };
  const problems = crossCheck(parsed.data);
  return problems.length ? { ok: false, problems } : { ok: true, backup: parsed.data };
}

/** What zod cannot see one record at a time: repeated ids, reports whose project is missing. */
function crossCheck(backup: Backup): string[] {
  const problems: string[] = [];
  const projectIds = new Set<string>();
  backup.projects.forEach((p, i) => {
    if (projectIds.has(p.id)) problems.push(`projects[${i}].id: the id ${p.id} appears twice`);
    projectIds.add(p.id);
  });
  for (const t of backup.trash) if (t.kind === 'project') projectIds.add(t.id);
  const reportIds = new Set<string>();
  backup.reports.forEach((r, i) => {
    if (reportIds.has(r.id)) problems.push(`reports[${i}].id: the id ${r.id} appears twice`);
    reportIds.add(r.id);
    if (!projectIds.has(r.projectId)) {
      problems.push(`reports[${i}].projectId: no project with id ${r.projectId} in this backup`);
    }
  });
  return problems;
}

/**
 * Applies a parsed backup in one transaction: all of it or, on any failure, none of it. Nothing in the
 * store is lost: a record that differs from the backup's keeps its current version in the history and
 * takes the backup's as its newest.
 */
export async function importBackup(
  store: DraftStore,
  backup: Backup,
  options: { allowOtherUnit?: boolean } = {},
): Promise<ImportSummary> {
  const ownUnit = await store.getMeta<string>(META_KEYS.unitCode);
  if (ownUnit && backup.unitCode && ownUnit !== backup.unitCode && !options.allowOtherUnit) {
    throw new BackupUnitMismatchError(ownUnit, backup.unitCode);
  }
  const summary: ImportSummary = { added: 0, updated: 0, unchanged: 0, historyAdded: 0, trashAdded: 0 };
  const tx = store.db.transaction(['projects', 'reports', 'history', 'trash', 'meta'], 'readwrite');
  try {
    const records = [
      ...backup.projects.map((record) => ({ kind: 'project' as const, record })),
      ...backup.reports.map((record) => ({ kind: 'report' as const, record })),
    ];
    const written = await store.putNewVersions(
      tx,
      records.map(({ kind, record }) => ({ kind, fields: fieldsOf(record), id: record.id, keep: record })),
    );
    for (const { before } of written) {
      if (before === 'absent') summary.added++;
      else if (before === 'same') summary.unchanged++;
      else summary.updated++;
    }
    const known = new Set((await tx.objectStore('history').getAll()).map(historyKey));
    const newToHistory = backup.history.filter((entry) => {
      const key = historyKey(entry);
      if (known.has(key)) return false;
      known.add(key);
      return true;
    });
    await Promise.all(newToHistory.map((entry) => tx.objectStore('history').add(entry)));
    summary.historyAdded = newToHistory.length;
    const inTrash = await Promise.all(
      backup.trash.map((entry) => tx.objectStore('trash').getKey([entry.kind, entry.id])),
    );
    const newToTrash = backup.trash.filter((_, k) => inTrash[k] === undefined);
    await Promise.all(newToTrash.map((entry) => tx.objectStore('trash').put(entry)));
    summary.trashAdded = newToTrash.length;
    // The user's unit is set from the file only when it is one of the 77: a code that merely looks like one
    // would leave the settings page unable to save and the popup with no unit.
    const knownUnit = KnownUnitCodeSchema.safeParse(backup.unitCode).success;
    if (knownUnit && !(await tx.objectStore('meta').get(META_KEYS.unitCode))) {
      await tx.objectStore('meta').put({ key: META_KEYS.unitCode, value: backup.unitCode });
      await stampPlanChange(tx);
    }
    await tx.done;
    announceStoreChange({ kind: 'all' });
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already aborted by the failing request.
    }
    await tx.done.catch(() => undefined);
    throw error;
  }
  return summary;
}

/** The backup belongs to another unit than the one this browser works for. */
export class BackupUnitMismatchError extends Error {
  constructor(
    readonly ownUnit: string,
    readonly backupUnit: string,
  ) {
    super(`This backup is for unit ${backupUnit}, but this browser works for unit ${ownUnit}.`);
    this.name = 'BackupUnitMismatchError';
  }
}

function historyKey(entry: HistoryEntry): string {
  return stableJson({ kind: entry.kind, id: entry.id, record: entry.record });
}
