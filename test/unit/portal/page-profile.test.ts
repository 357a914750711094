import { describe, expect, it } from 'vitest';
import { FieldSpecSchema, PageProfileSchema } from '../../../utils/portal/profiles/page-profile';

const TEXT_FIELD = {
  field: 'remarks',
  labelTh: 'หมายเหตุ',
  kind: 'textarea',
  names: ['txtRemarkReport'],
  labels: [],
};

describe('FieldSpecSchema', () => {
  it('fills in the defaults: not an amount, no options, no anchor', () => {
    const spec = FieldSpecSchema.parse(TEXT_FIELD);
    expect(spec.amount).toBe(false);
    expect(spec.options).toEqual([]);
    expect(spec.follows).toBeUndefined();
    expect(spec.enabledBy).toBeUndefined();
  });

  it('takes radio options and a follows anchor', () => {
    const spec = FieldSpecSchema.parse({
      ...TEXT_FIELD,
      kind: 'radio',
      follows: { field: 'status', option: '4' },
      options: [{ value: '1', portalValue: '1', labels: ['ไม่ได้รับงบประมาณ'] }],
    });
    expect(spec.options).toEqual([{ value: '1', portalValue: '1', labels: ['ไม่ได้รับงบประมาณ'], names: [] }]);
    expect(spec.follows).toEqual({ field: 'status', option: '4' });
  });

  it('refuses unknown keys, kinds and empty words', () => {
    expect(FieldSpecSchema.safeParse({ ...TEXT_FIELD, selector: '#txt' }).success).toBe(false);
    expect(FieldSpecSchema.safeParse({ ...TEXT_FIELD, kind: 'date' }).success).toBe(false);
    expect(FieldSpecSchema.safeParse({ ...TEXT_FIELD, labels: [''] }).success).toBe(false);
    expect(FieldSpecSchema.safeParse({ ...TEXT_FIELD, field: '' }).success).toBe(false);
    expect(
      FieldSpecSchema.safeParse({ ...TEXT_FIELD, options: [{ value: '1', portalValue: '1', labels: [''] }] })
        .success,
    ).toBe(false);
  });
});

describe('PageProfileSchema', () => {
  const profile = { id: 'report', pageKind: 'report', version: 1, fields: [TEXT_FIELD] };

  it('accepts a report or plan profile of version 1', () => {
    expect(PageProfileSchema.parse(profile).fields[0]?.amount).toBe(false);
    expect(PageProfileSchema.safeParse({ ...profile, pageKind: 'plan' }).success).toBe(true);
  });

  it('refuses another version, page kind, no fields, or unknown keys', () => {
    expect(PageProfileSchema.safeParse({ ...profile, version: 2 }).success).toBe(false);
    expect(PageProfileSchema.safeParse({ ...profile, pageKind: 'project-list' }).success).toBe(false);
    expect(PageProfileSchema.safeParse({ ...profile, fields: [] }).success).toBe(false);
    expect(PageProfileSchema.safeParse({ ...profile, author: 'x' }).success).toBe(false);
  });
});
