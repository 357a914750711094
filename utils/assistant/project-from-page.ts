import { DIMENSIONS } from '../catalogue/dimensions';
import { WORK_TYPES } from '../catalogue/work-types';
import type { PageSnapshot } from '../messaging/page-protocol';
import type { ProjectFields } from '../model/project';
import { normaliseLabel } from '../portal/label-text';
import { parseBahtAmount } from '../thai/amount';

/**
 * A project draft from what a report page shows about its project (the h2 name and the disabled echoes of
 * years, type, dimension and budget), for "Save as draft" on a project that has no draft yet. Returns null
 * when the page does not say the type or dimension: we don't guess them.
 */
export function projectFromPage(snapshot: PageSnapshot, unitCode: string): ProjectFields | null {
  const checked = snapshot.controls.filter((c) => c.checked);
  const workType = WORK_TYPES.find((w) =>
    checked.some((c) => normaliseLabel(c.textAfter) === normaliseLabel(w.labelTh)),
  );
  const dimension = DIMENSIONS.find((d) =>
    checked.some((c) => normaliseLabel(c.textAfter).startsWith(normaliseLabel(`มิติที่ ${d.value}`))),
  );
  if (!snapshot.heading || !workType || !dimension) return null;
  const years = checked
    .filter((c) => c.type === 'checkbox' && /^25\d\d$/.test(c.value))
    .map((c) => Number(c.value));
  return {
    name: snapshot.heading,
    portalId: snapshot.page.projectId,
    unitCode,
    planYears: years.length > 0 ? years : snapshot.page.fiscalYear ? [snapshot.page.fiscalYear] : [],
    workType: workType.value,
    dimension: dimension.value,
    plannedBudget: plannedBudgetFromPage(snapshot),
    targetGroups: [],
    objective: '',
    remark: '',
  };
}

/** The planned budget a report page echoes (`ดำเนินการโดยใช้งบประมาณ จำนวน 50,000 บาท`); null without one. */
export function plannedBudgetFromPage(snapshot: PageSnapshot): number | null {
  const budgetText =
    snapshot.controls
      .filter((c) => c.checked)
      .map((c) => c.textAfter)
      .find((t) => /งบประมาณ/.test(t)) ?? '';
  const amount = /จำนวน\s*([\d๐-๙,.]+)\s*บาท/.exec(budgetText)?.[1];
  const parsed = amount ? parseBahtAmount(amount) : null;
  return parsed?.ok ? parsed.value : null;
}
