import { useCallback, useEffect, useId, useState } from 'react';
import { formatInstant } from '../utils/i18n/format-instant';
import type { Translator } from '../utils/i18n/translate';
import type { Language } from '../utils/i18n/language';
import type { Project } from '../utils/model/project';
import type { RoundReport } from '../utils/model/round-report';
import { RecordInTrashError, type DraftStore } from '../utils/store/draft-store';
import type { RecordKind } from '../utils/store/schema';
import { onStoreChange } from '../utils/store/store-changes';
import { changedFieldLabels, changedFields, versionValues } from '../utils/workspace/version-changes';
import { withEnglish } from '../utils/i18n/accessible-name';

interface Props {
  store: DraftStore;
  kind: RecordKind;
  /** The record's id; its current version is `current`. */
  id: string;
  current: Project | RoundReport;
  language: Language;
  /** After a restore, with the record as it now is (the restored version, saved as the newest). */
  onRestored: (record: Project | RoundReport) => void;
  t: Translator;
}

type AnyRecord = Project | RoundReport;

/** Autosave makes many versions: this many of the newest earlier ones show until asked for all. */
const SHOWN_AT_FIRST = 20;

interface Versions {
  current: AnyRecord;
  /** Earlier versions, newest first. */
  earlier: AnyRecord[];
}

/**
 * Every version of one draft, newest first: the current one, then each earlier one with when it was saved,
 * how it differs from the version after it, its values, and a button to make it the newest again. Restoring
 * loses nothing (the version it replaces joins the history), so it asks for no confirmation.
 */
export function HistoryPanel({ store, kind, id, current, language, onRestored, t }: Props) {
  const [versions, setVersions] = useState<Versions | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [restoredRevision, setRestoredRevision] = useState<number | null>(null);
  const [restoreError, setRestoreError] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<number | null>(null);
  const [showAll, setShowAll] = useState(false);
  const baseId = useId();

  const load = useCallback(async (): Promise<Versions> => {
    const [stored, earlier] = await Promise.all([store.get(kind, id), store.history(kind, id)]);
    // The page's copy may lag behind a save made elsewhere (another tab, the portal): the newer one counts.
    const newest = stored && stored.revision >= current.revision ? stored : current;
    return { current: newest, earlier: earlier.filter((v) => v.revision !== newest.revision) };
  }, [store, kind, id, current]);

  useEffect(() => {
    let live = true;
    const refresh = () =>
      load().then(
        (loaded) => {
          if (!live) return;
          setVersions(loaded);
          setLoadError(null);
        },
        (error: unknown) => live && setLoadError((error as Error).message),
      );
    void refresh();
    const stop = onStoreChange((change) => {
      if (change.kind === 'all' || (change.kind === kind && (change.id === undefined || change.id === id))) {
        void refresh();
      }
    });
    return () => {
      live = false;
      stop();
    };
  }, [load, kind, id]);

  async function restore(revision: number) {
    setRestoring(revision);
    setRestoreError(null);
    setRestoredRevision(null);
    try {
      const restored = await store.restoreRevision(kind, id, revision);
      // Told at once, before the page reads the store again: the new version is this form's own.
      onRestored(restored);
      setVersions(await load());
      setRestoredRevision(revision);
    } catch (error) {
      setRestoreError(error instanceof RecordInTrashError ? t('historyInTrash') : (error as Error).message);
    } finally {
      setRestoring(null);
    }
  }

  const headingId = `${baseId}-heading`;
  const earlier = versions?.earlier ?? [];
  const shown = showAll ? earlier : earlier.slice(0, SHOWN_AT_FIRST);

  return (
    <section aria-labelledby={headingId} className="panel history-panel">
      <h2 id={headingId}>{t('historyHeading')}</h2>
      <p className="muted small">{t('historyIntro')}</p>
      <p role="status" className="history-status">
        {restoredRevision !== null && t('historyRestored', { number: restoredRevision })}
      </p>
      {restoreError && (
        <p role="alert" className="problems">
          {t('historyRestoreFailed', { message: restoreError })}
        </p>
      )}
      {loadError && (
        <p role="alert" className="problems">
          {t('historyLoadFailed', { message: loadError })}
        </p>
      )}
      {!versions && !loadError && <p>{t('historyLoading')}</p>}
      {versions && (
        <ol className="history-list">
          <VersionItem
            kind={kind}
            version={versions.current}
            newer={undefined}
            isCurrent
            descriptionId={`${baseId}-v${versions.current.revision}-current`}
            language={language}
            t={t}
          />
          {shown.map((version, index) => (
            <VersionItem
              key={`${version.revision}-${version.updatedAt}`}
              kind={kind}
              version={version}
              newer={index === 0 ? versions.current : shown[index - 1]}
              isCurrent={false}
              descriptionId={`${baseId}-v${version.revision}-${index}`}
              busy={restoring !== null}
              onRestore={() => void restore(version.revision)}
              language={language}
              t={t}
            />
          ))}
        </ol>
      )}
      {versions && earlier.length === 0 && <p className="muted">{t('historyNoEarlier')}</p>}
      {earlier.length > SHOWN_AT_FIRST && (
        // One button that changes its words, so keyboard focus stays on it either way.
        <button type="button" className="history-more" onClick={() => setShowAll((all) => !all)}>
          {showAll
            ? t('historyShowFewer', { count: SHOWN_AT_FIRST })
            : t('historyShowAll', { count: earlier.length - SHOWN_AT_FIRST })}
        </button>
      )}
    </section>
  );
}

interface VersionItemProps {
  kind: RecordKind;
  version: AnyRecord;
  /** The version saved right after this one; none for the current version. */
  newer: AnyRecord | undefined;
  isCurrent: boolean;
  descriptionId: string;
  busy?: boolean;
  onRestore?: () => void;
  language: Language;
  t: Translator;
}

function VersionItem({
  kind,
  version,
  newer,
  isCurrent,
  descriptionId,
  busy,
  onRestore,
  language,
  t,
}: VersionItemProps) {
  const changed = newer ? changedFields(kind, version, newer) : [];
  const changedLabels = new Set(changedFieldLabels(kind, changed));
  const values = versionValues(kind, version, language);

  return (
    <li className={isCurrent ? 'history-item history-item-current' : 'history-item'}>
      <div className="history-item-head">
        <div id={descriptionId} className="history-item-text">
          <p className="history-item-title">
            <strong>{t('historyVersion', { number: version.revision })}</strong>
            {isCurrent && <span className="chip chip-ready history-current-chip">{t('historyCurrent')}</span>}
            <span className="muted">
              {' '}
              · {t('historySavedAt', { time: formatInstant(language, version.updatedAt) })}
            </span>
          </p>
          {newer && (
            <p className="history-item-changes small">
              {changedLabels.size === 0
                ? t('historySameAs', { number: newer.revision })
                : t('historyDiffersFrom', {
                    number: newer.revision,
                    fields: [...changedLabels].map((label) => t(label)).join(', '),
                  })}
            </p>
          )}
        </div>
        {onRestore && (
          <button
            type="button"
            className="history-restore"
            aria-label={withEnglish(t('historyRestore'), 'Restore')}
            aria-describedby={descriptionId}
            disabled={busy}
            onClick={onRestore}
          >
            {t('historyRestore')}
          </button>
        )}
      </div>
      <details className="history-details">
        <summary>{t('historyShowValues')}</summary>
        <dl className="history-values">
          {values.map((row) => (
            <div
              key={row.fields[0]}
              className={
                changedLabels.has(row.label) ? 'history-value history-value-changed' : 'history-value'
              }
            >
              <dt>
                {t(row.label)}
                {changedLabels.has(row.label) && (
                  <span className="history-changed-mark"> ({t('historyChangedMark')})</span>
                )}
              </dt>
              <dd>{row.text}</dd>
            </div>
          ))}
        </dl>
      </details>
    </li>
  );
}
