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
} as const;
