import type { DBSchema } from 'idb';
import { z } from 'zod';
import { ProjectSchema, type Project } from '../model/project';
import { RecordIdSchema, EpochMsSchema } from '../model/record-meta';
import { RoundReportSchema, type RoundReport } from '../model/round-report';

export type RecordKind = 'project' | 'report';
export type RecordOfKind<K extends RecordKind> = K extends 'project' ? Project : RoundReport;
export const STORE_OF_KIND = { project: 'projects', report: 'reports' } as const;
export const SCHEMA_OF_KIND = { project: ProjectSchema, report: RoundReportSchema } as const;

/** An earlier version of a record, kept when a later save replaced it. */
export const HistoryEntrySchema = z.discriminatedUnion('kind', [
  z.strictObject({
    seq: z.number().int().positive().optional(),
    kind: z.literal('project'),
    id: RecordIdSchema,
    replacedAt: EpochMsSchema,
    record: ProjectSchema,
  }),
  z.strictObject({
    seq: z.number().int().positive().optional(),
    kind: z.literal('report'),
    id: RecordIdSchema,
    replacedAt: EpochMsSchema,
    record: RoundReportSchema,
  }),
]);
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

/** A deleted record, restorable until the trash is emptied. Records deleted together share a batch. */
export const TrashEntrySchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('project'),
    id: RecordIdSchema,
    deletedAt: EpochMsSchema,
    batchId: z.string().max(200),
    record: ProjectSchema,
  }),
  z.strictObject({
    kind: z.literal('report'),
    id: RecordIdSchema,
    deletedAt: EpochMsSchema,
    batchId: z.string().max(200),
    record: RoundReportSchema,
  }),
]);
export type TrashEntry = z.infer<typeof TrashEntrySchema>;

export interface MetaEntry {
  key: string;
  value: unknown;
}

// Values are typed as `unknown` where they come from disk: every read is parsed with zod, because a record
// may have been written by an older version of the extension.
export interface DraftDb extends DBSchema {
  projects: {
    key: string;
    value: Record<string, unknown>;
    indexes: { byPortalId: string; byUnit: string; byPlanYear: number };
  };
  reports: {
    key: string;
    value: Record<string, unknown>;
    indexes: {
      byProject: string;
      byYearRound: [number, number];
      byRoundStanding: [number, number, string, string];
    };
  };
  history: { key: number; value: HistoryEntry; indexes: { byRecord: [string, string] } };
  trash: { key: [string, string]; value: TrashEntry; indexes: { byBatch: string } };
  meta: { key: string; value: MetaEntry };
}
