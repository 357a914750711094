import { z } from 'zod';
import { RoundSchema } from '../calendar/rounds';
import { KnownUnitCodeSchema, UnitCodeSchema } from '../catalogue/units';
import { ProjectFieldsSchema, ProjectSchema } from '../model/project';
import { RecordIdSchema } from '../model/record-meta';
import { RoundReportFieldsSchema, RoundReportSchema } from '../model/round-report';
import { PendingSubmissionSchema } from '../portal/pending-submission';
import { TaughtBindingSchema } from '../portal/taught-binding';
import { CONTENT_REQUEST_SHAPES, CONTENT_RESPONSE_SCHEMAS, RecoverySnapshotSchema } from './content-protocol';

// The one protocol between the content script (portal origin, no IndexedDB) and the background, which
// owns the draft store. Both sides parse every message with these schemas.

const request = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.strictObject({ type: z.literal(type), ...shape });

export const RequestSchema = z.discriminatedUnion('type', [
  request('ping', {}),
  request('page.seen', CONTENT_REQUEST_SHAPES['page.seen']),
  request('portal.roundsSeen', CONTENT_REQUEST_SHAPES['portal.roundsSeen']),
  request('recovery.save', CONTENT_REQUEST_SHAPES['recovery.save']),
  request('portal.saveSucceeded', CONTENT_REQUEST_SHAPES['portal.saveSucceeded']),
  request('report.submitting', { submission: PendingSubmissionSchema }),
  request('assistant.load', { pageKey: z.string().max(200) }),
  request('taught.save', { binding: TaughtBindingSchema }),
  request('unit.get', {}),
  request('unit.set', { unitCode: KnownUnitCodeSchema }),
  request('project.list', {}),
  request('project.save', { id: RecordIdSchema.optional(), fields: ProjectFieldsSchema }),
  request('report.list', { fiscalYear: z.number().int().optional(), round: RoundSchema.optional() }),
  request('report.get', { id: RecordIdSchema }),
  request('report.save', { id: RecordIdSchema.optional(), fields: RoundReportFieldsSchema }),
  request('report.history', { id: RecordIdSchema }),
]);
export type Request = z.infer<typeof RequestSchema>;
export type RequestType = Request['type'];
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

export const RESPONSE_DATA_SCHEMAS = {
  ping: z.strictObject({ version: z.string() }),
  ...CONTENT_RESPONSE_SCHEMAS,
  'report.submitting': z.strictObject({ recorded: z.literal(true) }),
  'assistant.load': z.strictObject({
    projects: z.array(ProjectSchema),
    reports: z.array(RoundReportSchema),
    taught: z.array(TaughtBindingSchema),
    recovery: z.nullable(RecoverySnapshotSchema),
    unitCode: UnitCodeSchema.nullable(),
  }),
  'taught.save': z.strictObject({ taught: z.array(TaughtBindingSchema) }),
  'unit.get': z.strictObject({ unitCode: UnitCodeSchema.nullable() }),
  'unit.set': z.strictObject({ unitCode: UnitCodeSchema }),
  'project.list': z.strictObject({ projects: z.array(ProjectSchema) }),
  'project.save': z.strictObject({ project: ProjectSchema }),
  'report.list': z.strictObject({ reports: z.array(RoundReportSchema) }),
  'report.get': z.strictObject({ report: RoundReportSchema.nullable() }),
  'report.save': z.strictObject({ report: RoundReportSchema }),
  'report.history': z.strictObject({ versions: z.array(RoundReportSchema) }),
} satisfies Record<RequestType, z.core.$ZodType>;
export type ResponseData<T extends RequestType> = z.infer<(typeof RESPONSE_DATA_SCHEMAS)[T]>;

export const MessageErrorSchema = z.strictObject({
  code: z.enum(['invalid-request', 'not-found', 'store-failed', 'invalid-response']),
  message: z.string(),
});
export type MessageErrorInfo = z.infer<typeof MessageErrorSchema>;

export type Envelope<T extends RequestType> =
  { ok: true; data: ResponseData<T> } | { ok: false; error: MessageErrorInfo };

export function envelopeSchema<T extends RequestType>(type: T) {
  return z.discriminatedUnion('ok', [
    z.strictObject({ ok: z.literal(true), data: RESPONSE_DATA_SCHEMAS[type] }),
    z.strictObject({ ok: z.literal(false), error: MessageErrorSchema }),
  ]);
}

/** A request the other side refused or could not answer, with what it said. */
export class MessageError extends Error {
  constructor(readonly info: MessageErrorInfo) {
    super(info.message);
    this.name = 'MessageError';
  }
}
