import { useEffect, useState } from 'react';
import browser from 'webextension-polyfill';
import { downloadBackup, savedBackupText } from '../../components/download-backup';
import type { MessageKey } from '../../utils/i18n/strings';
import type { Language } from '../../utils/i18n/language';
import { useLanguage } from '../../utils/i18n/use-language';
import { deadlineTone } from '../../utils/reminders/badge';
import { daysLeftText, roundName, shortDate } from '../../utils/reminders/deadline-text';
import { PORTAL_REPORT_LIST_URL, WORKSPACE_PATH } from '../../utils/reminders/open-targets';
import type { RoundStanding } from '../../utils/reminders/round-standing';
import { openSidePanel, sidePanelAvailable } from '../../utils/side-panel/open-side-panel';
import { onStoreChange } from '../../utils/store/store-changes';
import { countUnreadableRecords } from '../../utils/reminders/reminder-inputs';
import { loadPopup, type PopupData } from './load-popup';
import { withEnglish } from '../../utils/i18n/accessible-name';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const COUNT_KEYS: [keyof RoundStanding['counts'], MessageKey][] = [
  ['noDraft', 'noDraft'],
  ['draft', 'lifecycleDraft'],
  ['ready', 'lifecycleReady'],
  ['submitted', 'lifecycleSubmitted'],
];

/** The toolbar popup: the next deadline, each tracked round's counts, and the ways onward. */
export function Popup() {
  const { language, t } = useLanguage();
  const [data, setData] = useState<PopupData | null>(null);
  const [unreadable, setUnreadable] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);
  const [actionNote, setActionNote] = useState<string | null>(null);
  // The side panel opens only in a click's own turn, so the window is looked up beforehand.
  const [windowId, setWindowId] = useState<number | undefined>();
  useEffect(() => {
    if (!sidePanelAvailable()) return;
    browser.windows.getCurrent().then(
      (w) => setWindowId(w.id),
      () => undefined, // no window to speak of: the button stays hidden
    );
  }, []);

  useEffect(() => {
    let current = true;
    loadPopup(Date.now())
      .then(async (loaded) => {
        if (!current) return;
        setData(loaded);
        // Counted after the rounds are shown: it reads every record whole.
        const rounds = loaded.standings.map((s) => s.schedule);
        const count = await countUnreadableRecords(loaded.store, rounds);
        if (current) setUnreadable(count);
      })
      .catch((e: unknown) => current && setError((e as Error).message));
    return () => {
      current = false;
    };
  }, [reloads]);
  useEffect(() => onStoreChange(() => setReloads((n) => n + 1)), []);
  useEffect(() => {
    document.title = t('appName');
  }, [t]);

  async function openTab(url: string) {
    await browser.tabs.create({ url });
    window.close();
  }

  function openBeside(id: number) {
    openSidePanel(id).then(
      () => window.close(),
      (e: unknown) => setActionNote(t('popupSidePanelFailed', { message: (e as Error).message })),
    );
  }

  async function backUp(store: PopupData['store']) {
    setActionNote(null);
    try {
      const { leftOut } = await downloadBackup(store);
      setActionNote(savedBackupText(t('popupBackupSaved'), leftOut, t));
    } catch (e) {
      setActionNote(t('popupBackupFailed', { message: (e as Error).message }));
    }
  }

  const next = data?.standings.find((s) => !s.overdue);

  return (
    <div className="popup">
      <header>
        <h1>{t('appName')}</h1>
        {data && (
          <p className="muted unit">{data.unit ? `${data.unit.nameTh} (${data.unit.code})` : t('noUnit')}</p>
        )}
      </header>

      {error && <p role="alert">{t('storeError', { message: error })}</p>}
      {!data && !error && <p>{t('loading')}</p>}
      {data && (
        <main>
          {next && (
            <section aria-labelledby="next-heading" className={`next tone-${deadlineTone(next.daysLeft)}`}>
              <h2 id="next-heading">{t('popupNextDeadline')}</h2>
              <p className="next-date">{shortDate(language, next.schedule.due)}</p>
              <p className="next-left">{daysLeftText(language, next.daysLeft)}</p>
              <p className="next-round">{roundName(language, next.schedule)}</p>
            </section>
          )}

          <section aria-labelledby="rounds-heading">
            <h2 id="rounds-heading">{t('popupRounds')}</h2>
            {data.projectCount === 0 ? (
              <p className="muted">{t('noProjects')}</p>
            ) : (
              <ul className="rounds">
                {data.standings.map((s) => (
                  <RoundCard
                    key={`${s.schedule.fiscalYear}-${s.schedule.round}`}
                    standing={s}
                    language={language}
                    t={t}
                  />
                ))}
              </ul>
            )}
            {unreadable > 0 && (
              <p role="alert" className="warn">
                {t('popupUnreadable', { count: unreadable })}
              </p>
            )}
            {data.settings.quiet && <p className="muted">{t('popupQuiet')}</p>}
          </section>

          <nav className="actions">
            <button
              type="button"
              className="primary"
              aria-label={withEnglish(t('reminderOpenPortal'), 'Open portal')}
              onClick={() => void openTab(PORTAL_REPORT_LIST_URL)}
            >
              {t('reminderOpenPortal')}
            </button>
            <button
              type="button"
              aria-label={withEnglish(t('popupOpenWorkspace'), 'Open workspace')}
              onClick={() => void openTab(browser.runtime.getURL(WORKSPACE_PATH))}
            >
              {t('popupOpenWorkspace')}
            </button>
            {windowId !== undefined && (
              <button
                type="button"
                aria-label={withEnglish(t('popupOpenSidePanel'), 'Open in side panel')}
                onClick={() => openBeside(windowId)}
              >
                {t('popupOpenSidePanel')}
              </button>
            )}
            <button
              type="button"
              aria-label={withEnglish(t('popupBackUpNow'), 'Back up now')}
              onClick={() => void backUp(data.store)}
            >
              {t('popupBackUpNow')}
            </button>
            <button
              type="button"
              aria-label={withEnglish(t('popupSettings'), 'Settings')}
              onClick={() => void browser.runtime.openOptionsPage().then(() => window.close())}
            >
              {t('popupSettings')}
            </button>
          </nav>
          <p className="muted backup-note" role="status">
            {actionNote ??
              (data.lastBackup
                ? t('popupLastBackup', { date: shortDate(language, data.lastBackup) })
                : t('popupNeverBackedUp'))}
          </p>
        </main>
      )}
    </div>
  );
}

function RoundCard({ standing, language, t }: { standing: RoundStanding; language: Language; t: Translate }) {
  const { schedule, daysLeft, counts, expected, outstanding } = standing;
  const tone = deadlineTone(daysLeft);
  const headingId = `round-${schedule.fiscalYear}-${schedule.round}`;
  return (
    <li className={`round tone-${outstanding > 0 ? tone : 'done'}`} aria-labelledby={headingId}>
      <h3 id={headingId}>{roundName(language, schedule)}</h3>
      <p className={`chip chip-${tone}`}>
        {t('dueOn', { date: shortDate(language, schedule.due) })} · {daysLeftText(language, daysLeft)}
      </p>
      {expected === 0 ? (
        <p className="muted">{t('popupNoProjectsInRound')}</p>
      ) : (
        <>
          <dl className="counts">
            {COUNT_KEYS.map(([count, label]) => (
              <div key={count} className={`count count-${count}`}>
                <dt>{t(label)}</dt>
                <dd>{counts[count]}</dd>
              </div>
            ))}
          </dl>
          {outstanding === 0 && <p className="ok">{t('popupAllSubmitted')}</p>}
        </>
      )}
    </li>
  );
}
