import { ZodError } from 'zod';
import type { DraftStore } from '../store/draft-store';
import { META_KEYS, recoveryMetaKey } from '../store/meta-keys';
import { ASSISTANT_REVIEW } from './assistant-review';
import { RecoverySnapshotSchema } from './content-protocol';
import { markPendingSubmitted } from '../portal/mark-pending-submitted';
import { isPlanSaveAnswer, markPlanSendAnswered } from '../portal/plan-send-answered';
import { recoveryKeyOf } from '../portal/recovery-key';
import { loadTaughtBindings, saveTaughtBindings } from '../portal/taught-bindings-store';
import { recordRoundsSeen } from '../portal/record-rounds-seen';
import { describeZodIssues } from '../validation/describe-zod-issues';
import {
  RequestSchema,
  type Envelope,
  type Request,
  type RequestOf,
  type RequestType,
  type ResponseData,
} from './protocol';

type Handlers = { [T in RequestType]: (request: RequestOf<T>) => Promise<ResponseData<T>> };

function handlersFor(store: DraftStore, version: string): Handlers {
  return {
    ping: async () => ({ version }),
    'page.seen': async ({ page, rounds }) => {
      await store.setMeta(META_KEYS.lastPortalPage, { ...page, seenAt: Date.now() });
      if (rounds?.length) await recordRoundsSeen(store, rounds);
      if (isPlanSaveAnswer(page.url)) await markPlanSendAnswered(store, Date.now());
      const recovery = RecoverySnapshotSchema.safeParse(
        await store.getMeta(recoveryMetaKey(recoveryKeyOf(page))),
      );
      // Text whose plan save the portal answered is offered only when the assistant is opened.
      return {
        recorded: true,
        recoveryAvailable: recovery.success && recovery.data.answeredAt === undefined,
      };
    },
    'portal.roundsSeen': async ({ rounds }) => {
      await recordRoundsSeen(store, rounds);
      return { recorded: rounds.length };
    },
    'recovery.save': async ({ snapshot }) => {
      await store.setMeta(recoveryMetaKey(snapshot.pageKey), snapshot);
      return { saved: true };
    },
    'report.submitting': async ({ submission }) => {
      await store.setMeta(META_KEYS.pendingSubmission, submission);
      return { recorded: true };
    },
    'portal.saveSucceeded': async ({ referrer }) => ({
      marked: await markPendingSubmitted(store, Date.now(), referrer),
    }),
    'assistant.load': async ({ pageKey }) => {
      const [projects, reports, taught, recovery, unitCode] = await Promise.all([
        store.list('project'),
        store.list('report'),
        loadTaughtBindings(store),
        store.getMeta(recoveryMetaKey(pageKey)),
        store.getMeta<string>(META_KEYS.unitCode),
      ]);
      const snapshot = RecoverySnapshotSchema.safeParse(recovery);
      return {
        projects: projects.records,
        reports: reports.records,
        taught,
        recovery: snapshot.success ? snapshot.data : null,
        unitCode: unitCode ?? null,
      };
    },
    'taught.save': async ({ binding }) => ({ taught: await saveTaughtBindings(store, [binding]) }),
    'unit.get': async () => ({ unitCode: (await store.getMeta<string>(META_KEYS.unitCode)) ?? null }),
    'unit.set': async ({ unitCode }) => {
      await store.setMeta(META_KEYS.unitCode, unitCode);
      return { unitCode };
    },
    'project.list': async () => ({ projects: (await store.list('project')).records }),
    'project.save': async ({ id, fields }) => ({ project: await store.saveProject(fields, id) }),
    'report.list': async ({ fiscalYear, round }) => {
      const { records } = await store.list('report');
      return {
        reports: records.filter(
          (r) =>
            (fiscalYear === undefined || r.fiscalYear === fiscalYear) &&
            (round === undefined || r.round === round),
        ),
      };
    },
    'report.get': async ({ id }) => ({ report: (await store.get('report', id)) ?? null }),
    'report.save': async ({ id, fields }) => ({ report: await store.saveReport(fields, id) }),
    'report.history': async ({ id }) => ({ versions: await store.history('report', id) }),
  };
}

/** Messages addressed to the assistant page in a portal tab, which the background leaves alone. */
export function isAssistantMessage(message: unknown): boolean {
  return (message as { type?: unknown } | null)?.type === ASSISTANT_REVIEW;
}

/** The background's answer to any message: parsed first, then handled, never a thrown error. */
export async function handleRequest(
  raw: unknown,
  store: DraftStore,
  version: string,
): Promise<Envelope<RequestType>> {
  const parsed = RequestSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      error: { code: 'invalid-request', message: describeZodIssues(parsed.error).join('; ') },
    };
  }
  const request: Request = parsed.data;
  const handler = handlersFor(store, version)[request.type] as (
    r: Request,
  ) => Promise<ResponseData<RequestType>>;
  try {
    return { ok: true, data: await handler(request) };
  } catch (error) {
    const message =
      error instanceof ZodError
        ? describeZodIssues(error).join('; ')
        : error instanceof Error
          ? error.message
          : String(error);
    return { ok: false, error: { code: 'store-failed', message } };
  }
}
