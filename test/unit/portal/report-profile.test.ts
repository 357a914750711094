import { describe, expect, it } from 'vitest';
import { REASONS } from '../../../utils/catalogue/reasons';
import { REPORT_STATUSES } from '../../../utils/catalogue/report-statuses';
import { emptyRoundReport } from '../../../utils/model/round-report';
import { labelContains } from '../../../utils/portal/label-text';
import { PageProfileSchema } from '../../../utils/portal/profiles/page-profile';
import { REPORT_PROFILE } from '../../../utils/portal/profiles/report-profile';
import { REPORT_FORM_VARIANTS } from '../../fixtures/portal/variants';

const spec = (field: string) => REPORT_PROFILE.fields.find((f) => f.field === field)!;

describe('REPORT_PROFILE', () => {
  it('is a valid report page profile', () => {
    expect(PageProfileSchema.parse(REPORT_PROFILE)).toEqual(REPORT_PROFILE);
    expect(REPORT_PROFILE.pageKind).toBe('report');
  });

  it('binds the seven fields a person fills, in the order the page needs them', () => {
    const fields = REPORT_PROFILE.fields.map((f) => f.field);
    expect(fields).toEqual([
      'ordinanceBudget',
      'disbursed',
      'inPlan',
      'status',
      'reason',
      'otherReason',
      'remarks',
    ]);
    expect(fields.indexOf('status')).toBeLessThan(fields.indexOf('reason'));
    expect(fields.indexOf('reason')).toBeLessThan(fields.indexOf('otherReason'));
  });

  it('names draft fields that a round report has', () => {
    const draftKeys = Object.keys(emptyRoundReport('p', 2570, 1));
    for (const f of REPORT_PROFILE.fields) expect(draftKeys, f.field).toContain(f.field);
  });

  it("knows the portal's own names for each control (the replica's standard form)", () => {
    const n = REPORT_FORM_VARIANTS.standard.names;
    expect(REPORT_PROFILE.fields.map((f) => f.names)).toEqual([
      [n.amount],
      [n.paid],
      [n.inPlan],
      [n.status],
      [n.reason],
      [n.reasonText],
      [n.remark],
    ]);
  });

  it('writes only the two budget fields as whole-baht amounts', () => {
    expect(REPORT_PROFILE.fields.filter((f) => f.amount).map((f) => f.field)).toEqual([
      'ordinanceBudget',
      'disbursed',
    ]);
  });

  it("gives the radios the catalogue's values, posted as they are, with the portal's words", () => {
    expect(spec('status').options).toEqual(
      REPORT_STATUSES.map((s) => ({ value: s.value, portalValue: s.value, labels: [s.labelTh], names: [] })),
    );
    expect(spec('reason').options).toEqual(
      REASONS.map((r) => ({ value: r.value, portalValue: r.value, labels: [r.labelTh], names: [] })),
    );
  });

  it('finds the other-reason box after reason 4 ("other")', () => {
    expect(spec('otherReason').follows).toEqual({ field: 'reason', option: '4' });
    expect(spec('reason').options.find((o) => o.value === '4')?.labels).toEqual(['อื่นๆ']);
  });

  it("has label words that the replica's standard labels contain, and the unknown-labels ones do not", () => {
    const w = REPORT_FORM_VARIANTS.standard;
    const u = REPORT_FORM_VARIANTS['unknown-labels'];
    const pairs: [string, string, string][] = [
      ['ordinanceBudget', w.amountLabel, u.amountLabel],
      ['disbursed', w.paidLabel, u.paidLabel],
      ['inPlan', w.inPlanText, u.inPlanText],
      ['remarks', w.remarkLabel, u.remarkLabel],
    ];
    for (const [field, known, unknown] of pairs) {
      expect(
        spec(field).labels.some((l) => labelContains(known, l)),
        field,
      ).toBe(true);
      expect(
        spec(field).labels.some((l) => labelContains(unknown, l)),
        field,
      ).toBe(false);
    }
  });
});
