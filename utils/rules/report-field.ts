/**
 * The parts of a round report a finding can point at. The page maps each to a portal control through its
 * page profile, the workspace to a draft field; `page` is the report page itself (its fiscal year and round).
 */
export const REPORT_FIELDS = [
  'page',
  'ordinanceBudget',
  'disbursed',
  'inPlan',
  'status',
  'reason',
  'otherReason',
  'remarks',
] as const;

export type ReportField = (typeof REPORT_FIELDS)[number];
