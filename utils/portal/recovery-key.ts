/** One recovery slot per form: a report page's project, year and round, or the plan form. */
export function recoveryKeyOf(page: {
  kind: string;
  projectId?: string;
  fiscalYear?: number;
  round?: number;
}): string {
  return page.kind === 'report'
    ? `report:${page.projectId ?? '?'}:${page.fiscalYear ?? '?'}:${page.round ?? '?'}`
    : page.kind;
}
