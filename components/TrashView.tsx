import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { formatInstant } from '../utils/i18n/format-instant';
import type { Translator } from '../utils/i18n/translate';
import type { Language } from '../utils/i18n/language';
import type { RoundReport } from '../utils/model/round-report';
import { roundName } from '../utils/reminders/deadline-text';
import type { DraftStore } from '../utils/store/draft-store';
import type { TrashEntry } from '../utils/store/schema';
import { onStoreChange } from '../utils/store/store-changes';
import { routeHash, type WorkspaceRoute } from '../utils/workspace/route';
import { withEnglish } from '../utils/i18n/accessible-name';

interface Props {
  store: DraftStore;
  language: Language;
  t: Translator;
}

/** What was deleted together: a project with its round reports, or one round report alone. */
interface TrashBatch {
  batchId: string;
  /** The record the person deleted. */
  head: TrashEntry;
  /** Round reports that went with a deleted project. */
  reportCount: number;
  deletedAt: number;
}

/** Where a lone round report's project is: on this computer, in the trash too, or nowhere. */
type ProjectOfReport = { where: 'live' | 'trash'; name: string } | { where: 'unknown' };

interface TrashContents {
  batches: TrashBatch[];
  entryCount: number;
  projectsOfReports: Map<string, ProjectOfReport>;
}

/** What the last restore brought back, kept as data so the message follows a change of language. */
interface Restored {
  head: TrashEntry;
  projectOfReport: ProjectOfReport | undefined;
}

/**
 * The trash: every deleted project (with the round reports that went with it) and every round report
 * deleted on its own, newest first, each restorable; and emptying it for good, which asks first.
 */
export function TrashView({ store, language, t }: Props) {
  const [contents, setContents] = useState<TrashContents | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [emptiedCount, setEmptiedCount] = useState<number | null>(null);
  const [restored, setRestored] = useState<Restored | null>(null);
  const [problem, setProblem] = useState<{
    key: 'trashRestoreFailed' | 'trashEmptyFailed';
    message: string;
  } | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const baseId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const emptyButtonRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const openLinkRef = useRef<HTMLAnchorElement>(null);

  const load = useCallback(() => readTrash(store), [store]);

  useEffect(() => {
    let live = true;
    const refresh = () =>
      load().then(
        (loaded) => {
          if (!live) return;
          setContents(loaded);
          setLoadError(null);
        },
        (error: unknown) => live && setLoadError((error as Error).message),
      );
    void refresh();
    const stop = onStoreChange(() => void refresh());
    return () => {
      live = false;
      stop();
    };
  }, [load]);

  // Focus follows the person: into the confirmation (on its safe choice), back to the button when they
  // cancel, to the link to what they restored, or to the heading when the item they were on is gone.
  const returnToEmptyButton = useRef(false);
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
    else if (returnToEmptyButton.current) emptyButtonRef.current?.focus();
    returnToEmptyButton.current = false;
  }, [confirming]);

  useEffect(() => {
    if (!restored) return;
    if (openLinkRef.current) openLinkRef.current.focus();
    else headingRef.current?.focus();
  }, [restored]);

  async function restore(batch: TrashBatch) {
    setBusy(true);
    setProblem(null);
    setEmptiedCount(null);
    setRestored(null);
    try {
      await store.restoreFromTrash(batch.head.kind, batch.head.id);
      const projectOfReport = contents?.projectsOfReports.get(batch.head.id);
      setContents(await load());
      setRestored({ head: batch.head, projectOfReport });
    } catch (error) {
      setProblem({ key: 'trashRestoreFailed', message: (error as Error).message });
    } finally {
      setBusy(false);
    }
  }

  async function emptyTrash() {
    setBusy(true);
    setProblem(null);
    setRestored(null);
    try {
      const count = await store.emptyTrash();
      setConfirming(false);
      setEmptiedCount(count);
      setContents(await load());
      headingRef.current?.focus();
    } catch (error) {
      setProblem({ key: 'trashEmptyFailed', message: (error as Error).message });
    } finally {
      setBusy(false);
    }
  }

  function cancelEmptying() {
    returnToEmptyButton.current = true;
    setConfirming(false);
  }

  function cancelOnEscape(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape' && !busy) cancelEmptying();
  }

  const headingId = `${baseId}-heading`;
  const questionId = `${baseId}-question`;
  const planRoute: WorkspaceRoute = { view: 'plan', outstanding: false };

  return (
    <section aria-labelledby={headingId} className="panel trash-view">
      <div className="panel-head trash-head">
        <h2 id={headingId} ref={headingRef} tabIndex={-1}>
          {t('trashHeading')}
        </h2>
        <a href={routeHash(planRoute)}>{t('trashBackToPlan')}</a>
      </div>
      <p className="muted small">{t('trashIntro')}</p>

      <div role="status" className="trash-status">
        {restored && <RestoredLine restored={restored} linkRef={openLinkRef} language={language} t={t} />}
        {emptiedCount !== null && <p>{t('trashEmptied', { count: emptiedCount })}</p>}
      </div>
      {problem && (
        <p role="alert" className="problems">
          {t(problem.key, { message: problem.message })}
        </p>
      )}
      {loadError && (
        <p role="alert" className="problems">
          {t('trashLoadFailed', { message: loadError })}
        </p>
      )}
      {!contents && !loadError && <p>{t('trashLoading')}</p>}

      {contents && contents.batches.length === 0 && <p className="trash-empty-note">{t('trashIsEmpty')}</p>}
      {contents && contents.batches.length > 0 && (
        <>
          <ul className="trash-list">
            {contents.batches.map((batch) => (
              <TrashItem
                key={batch.batchId}
                batch={batch}
                projectOfReport={contents.projectsOfReports.get(batch.head.id)}
                descriptionId={`${baseId}-${batch.batchId}`}
                busy={busy}
                onRestore={() => void restore(batch)}
                language={language}
                t={t}
              />
            ))}
          </ul>
          {!confirming && (
            <button
              type="button"
              ref={emptyButtonRef}
              className="trash-empty-button"
              aria-label={withEnglish(t('trashEmptyAll'), 'Empty trash')}
              disabled={busy}
              onClick={() => setConfirming(true)}
            >
              {t('trashEmptyAll')}
            </button>
          )}
          {confirming && (
            <div
              className="trash-confirm"
              role="group"
              aria-labelledby={questionId}
              onKeyDown={cancelOnEscape}
            >
              <p id={questionId}>{t('trashConfirmQuestion', { count: contents.entryCount })}</p>
              <div className="row">
                <button
                  type="button"
                  className="trash-confirm-delete"
                  aria-label={withEnglish(t('trashConfirmDelete'), 'Delete for good')}
                  disabled={busy}
                  onClick={() => void emptyTrash()}
                >
                  {t('trashConfirmDelete')}
                </button>
                <button
                  type="button"
                  ref={cancelRef}
                  aria-label={withEnglish(t('trashConfirmCancel'), 'Cancel')}
                  disabled={busy}
                  onClick={cancelEmptying}
                >
                  {t('trashConfirmCancel')}
                </button>
              </div>
            </div>
          )}
        </>
      )}
    </section>
  );
}

interface TrashItemProps {
  batch: TrashBatch;
  projectOfReport: ProjectOfReport | undefined;
  descriptionId: string;
  busy: boolean;
  onRestore: () => void;
  language: Language;
  t: Translator;
}

function TrashItem({ batch, projectOfReport, descriptionId, busy, onRestore, language, t }: TrashItemProps) {
  const { head } = batch;
  return (
    <li className="trash-item">
      <div id={descriptionId} className="trash-item-text">
        <p className="trash-item-title">
          <span className="chip chip-none">
            {t(head.kind === 'project' ? 'trashKindProject' : 'trashKindReport')}
          </span>{' '}
          <strong>{head.kind === 'project' ? head.record.name : roundName(language, head.record)}</strong>
        </p>
        <p className="small">
          {head.kind === 'project' ? reportCountText(batch.reportCount, t) : projectText(projectOfReport, t)}
          <span className="muted">
            {' '}
            · {t('trashDeletedAt', { time: formatInstant(language, batch.deletedAt) })}
          </span>
        </p>
      </div>
      <button
        type="button"
        className="trash-restore"
        aria-label={withEnglish(t('trashRestore'), 'Restore')}
        aria-describedby={descriptionId}
        disabled={busy}
        onClick={onRestore}
      >
        {t('trashRestore')}
      </button>
    </li>
  );
}

function reportCountText(count: number, t: Translator): string {
  if (count === 0) return t('trashWithNoReports');
  if (count === 1) return t('trashWithOneReport');
  return t('trashWithReports', { count });
}

function projectText(project: ProjectOfReport | undefined, t: Translator): string {
  if (!project || project.where === 'unknown') return t('trashOfUnknownProject');
  if (project.where === 'trash') return t('trashOfProjectInTrash', { name: project.name });
  return t('trashOfProject', { name: project.name });
}

/** `กู้คืนโครงการ … แล้ว  เปิดโครงการ`: what came back, with a link to open it when it has a page. */
function RestoredLine({
  restored: { head, projectOfReport },
  linkRef,
  language,
  t,
}: {
  restored: Restored;
  linkRef: Ref<HTMLAnchorElement>;
  language: Language;
  t: Translator;
}) {
  if (head.kind === 'project') {
    return (
      <p>
        {t('trashRestoredProject', { name: head.record.name })}{' '}
        <a href={routeHash({ view: 'project', projectId: head.id })} ref={linkRef}>
          {t('trashOpenProject')}
        </a>
      </p>
    );
  }
  const report: RoundReport = head.record;
  return (
    <p>
      {t('trashRestoredReport', { round: roundName(language, report) })}
      {/* A report whose project is not on this computer has no page to open. */}
      {projectOfReport?.where === 'live' && (
        <>
          {' '}
          <a
            href={routeHash({
              view: 'report',
              projectId: report.projectId,
              fiscalYear: report.fiscalYear,
              round: report.round,
            })}
            ref={linkRef}
          >
            {t('trashOpenReport')}
          </a>
        </>
      )}
    </p>
  );
}

/** The trash grouped by what was deleted together, newest first, with each lone report's project found. */
async function readTrash(store: DraftStore): Promise<TrashContents> {
  const entries = await store.listTrash();
  const byBatch = new Map<string, TrashEntry[]>();
  for (const entry of entries) byBatch.set(entry.batchId, [...(byBatch.get(entry.batchId) ?? []), entry]);

  const batches: TrashBatch[] = [...byBatch].map(([batchId, members]) => {
    const head =
      members.find((m) => batchId === `${m.kind}:${m.id}:${m.deletedAt}`) ??
      members.find((m) => m.kind === 'project') ??
      members[0]!;
    const reportCount = head.kind === 'project' ? members.filter((m) => m.kind === 'report').length : 0;
    return { batchId, head, reportCount, deletedAt: head.deletedAt };
  });

  const trashedProjects = new Map(
    entries.flatMap((e) => (e.kind === 'project' ? [[e.id, e.record.name] as const] : [])),
  );
  const projectsOfReports = new Map<string, ProjectOfReport>();
  for (const { head } of batches) {
    if (head.kind !== 'report') continue;
    const live = await store.get('project', head.record.projectId).catch(() => undefined);
    const inTrash = trashedProjects.get(head.record.projectId);
    projectsOfReports.set(
      head.id,
      live
        ? { where: 'live', name: live.name }
        : inTrash !== undefined
          ? { where: 'trash', name: inTrash }
          : { where: 'unknown' },
    );
  }
  return { batches, entryCount: entries.length, projectsOfReports };
}
