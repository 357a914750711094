/** Keys of the `meta` store: small settings and facts kept beside the drafts. */
export const META_KEYS = {
  /** The unit this browser works for (one of the 77 codes). */
  unitCode: 'unitCode',
  /** The portal page the content script last recognised, with when. */
  lastPortalPage: 'lastPortalPage',
  /** When a backup was last exported (epoch ms). */
  lastBackupAt: 'lastBackupAt',
  /** What the portal showed about each round (utils/portal/portal-rounds.ts). */
  portalRounds: 'portalRounds',
  /** Field bindings the user taught on the portal's pages ("Fix field mapping"). */
  taughtBindings: 'taughtBindings',
  /** A report sent after the review, waiting for the portal's success text (utils/portal/pending-submission.ts). */
  pendingSubmission: 'pendingSubmission',
  /** Reminder and interface settings (utils/settings/settings.ts). */
  settings: 'settings',
  /** Which deadline reminders were shown, on which Bangkok day (utils/reminders/notification-log.ts). */
  notificationLog: 'notificationLog',
  /**
   * A new value, naming the moment, with every write that changes what the workspace's plan shows
   * (utils/store/plan-stamp.ts): a plan drawn from the store is current while the stamp it was read with is.
   */
  planStamp: 'planStamp',
  /** The workspace's plan as last drawn, shown at once on opening while still current (utils/store/plan-snapshot.ts). */
  planSnapshot: 'planSnapshot',
  /** A new project's form with text but no name yet (utils/workspace/unnamed-project.ts). */
  unnamedProject: 'unnamedProject',
} as const;

const RECOVERY_PREFIX = 'recovery:';

/** Where the text typed into one portal form is kept for recovery. */
export function recoveryMetaKey(pageKey: string): string {
  return `${RECOVERY_PREFIX}${pageKey}`;
}

/** Whether a meta key is one of those recovery slots. */
export function isRecoveryMetaKey(key: string): boolean {
  return key.startsWith(RECOVERY_PREFIX);
}

/**
 * Where a stored record too damaged to read is kept aside, as it was, when a backup or a restore writes a
 * readable version in its place (utils/store/draft-store.ts putNewVersions).
 */
export function unreadableMetaKey(kind: string, id: string, at: number): string {
  return `unreadable:${kind}:${id}:${at}`;
}
