// The fixture builder must stay true to the replica: same controls, in the same order, with the same names,
// ids, values and flags, and words that the replica's HTML really shows.
import { describe, expect, it } from 'vitest';
import {
  createReplicaPortal,
  SAMPLE_IDS,
  sampleProjects,
  type ReplicaProject,
  type ReplicaVariant,
} from '../../fixtures/portal/replica';
import { attr, formOf, hasFlag } from '../replica/helpers';
import { reportForm, type ReportFormOptions } from './collected-controls';

function replicaForm(variant: ReplicaVariant, project: ReplicaProject, year = 2570): string {
  const replica = createReplicaPortal({ variant, projects: [project] });
  const res = replica.handle({
    method: 'GET',
    url: `https://e-plan.nacc.go.th/projectreport.php?id=${project.id}&r=1&y=${year}`,
  });
  expect(res.status).toBe(200);
  return formOf(res.body);
}

function sample(id: number): ReplicaProject {
  return sampleProjects().find((p) => p.id === id)!;
}

function unescape(html: string): string {
  return html
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** Compares the fixture with the replica's form: every non-hidden control tag, then the hidden names. */
function expectSameControls(form: string, options: ReportFormOptions): void {
  const { controls, hiddenNames } = reportForm(options);
  const tags = form.match(/<(?:input|textarea|select)\b[^>]*>/g) ?? [];
  const visible = tags.filter((t) => attr(t, 'type') !== 'hidden');
  const hidden = tags.filter((t) => attr(t, 'type') === 'hidden');

  expect(controls.map((c) => c.name)).toEqual(visible.map((t) => attr(t, 'name')));
  for (const [i, tag] of visible.entries()) {
    const c = controls[i]!;
    const isTextarea = tag.startsWith('<textarea');
    expect(c.key, c.name).toBe(i);
    expect(c.type, c.name).toBe(isTextarea ? 'textarea' : attr(tag, 'type'));
    expect(c.id, c.name).toBe(attr(tag, 'id') ?? '');
    expect(c.disabled, c.name).toBe(hasFlag(tag, 'disabled'));
    expect(c.checked, c.name).toBe(hasFlag(tag, 'checked'));
    if (!isTextarea) expect(c.value, c.name).toBe(unescape(attr(tag, 'value') ?? ''));
  }
  expect(hiddenNames).toEqual(hidden.map((t) => attr(t, 'name')));
  // The words the fixture puts around each control are words the page shows.
  const text = unescape(form);
  for (const c of controls) {
    for (const words of [c.labelAbove, c.textBefore, c.textAfter]) expect(text, c.name).toContain(words);
  }
}

describe('reportForm fixture', () => {
  for (const variant of ['standard', 'renamed', 'unknown-labels'] as const) {
    it(`matches the replica's budget report form (${variant})`, () => {
      expectSameControls(replicaForm(variant, sample(SAMPLE_IDS.budget)), { variant });
    });
  }

  it("matches the replica's non-budget form, whose amounts are hidden inputs", () => {
    expectSameControls(replicaForm('standard', sample(SAMPLE_IDS.nonBudget)), { budget: null, dimension: 3 });
  });

  it("matches the replica's locked form (completed project): every visible control disabled", () => {
    const project = sample(SAMPLE_IDS.completed);
    expectSameControls(replicaForm('standard', project), {
      budget: 30_000,
      projectType: 3,
      dimension: 2,
      locked: true,
      state: {
        amount: '30000',
        paid: '28750',
        inPlan: true,
        status: '3',
        remark: project.reports[2570]![1]!.remark,
      },
    });
    expect(reportForm({ locked: true }).controls.every((c) => c.disabled)).toBe(true);
  });

  it('matches a saved round that could not proceed for another reason, with its reason parts shown', () => {
    const project: ReplicaProject = {
      ...sample(SAMPLE_IDS.budget),
      reports: {
        2570: {
          1: {
            budgetTrue: 50_000,
            paid: 0,
            inPlan: false,
            status: 4,
            reason: 4,
            reasonText: 'รอผลการพิจารณา',
            remark: '',
          },
        },
      },
    };
    const state = { amount: '50000', status: '4', reason: '4', reasonText: 'รอผลการพิจารณา' } as const;
    expectSameControls(replicaForm('renamed', project), { variant: 'renamed', state });
    const { controls } = reportForm({ state });
    expect(controls.filter((c) => c.name === 'cant_process').every((c) => c.visible)).toBe(true);
    expect(controls.find((c) => c.name === 'cant_reason')?.visible).toBe(true);
  });

  it('hides the reason radios and the other-reason box unless the page shows them', () => {
    const { controls } = reportForm();
    expect(controls.filter((c) => !c.visible).map((c) => c.name)).toEqual([
      'cant_process',
      'cant_process',
      'cant_process',
      'cant_process',
      'cant_reason',
    ]);
  });
});
