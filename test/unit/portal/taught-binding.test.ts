import { describe, expect, it } from 'vitest';
import { TaughtBindingSchema } from '../../../utils/portal/taught-binding';

const BINDING = {
  pageKind: 'report',
  field: 'status',
  option: '4',
  control: {
    type: 'radio',
    name: 'fld_d',
    id: 'rdoStatus',
    labelAbove: 'ความคืบหน้าในปี 2570',
    textAfter: 'ทำต่อไม่ได้',
  },
};

describe('TaughtBindingSchema', () => {
  it('keeps what identifies the clicked control, and the option a radio stands for', () => {
    expect(TaughtBindingSchema.parse(BINDING)).toEqual(BINDING);
  });

  it('takes a binding without an option (a text box or checkbox)', () => {
    const { option: _option, ...box } = BINDING;
    expect(TaughtBindingSchema.parse(box).option).toBeUndefined();
  });

  it('refuses a binding for an unknown page, without a field, or missing part of the control', () => {
    expect(TaughtBindingSchema.safeParse({ ...BINDING, pageKind: 'login' }).success).toBe(false);
    expect(TaughtBindingSchema.safeParse({ ...BINDING, field: '' }).success).toBe(false);
    const { labelAbove: _labelAbove, ...partial } = BINDING.control;
    expect(TaughtBindingSchema.safeParse({ ...BINDING, control: partial }).success).toBe(false);
  });

  it('refuses extra keys, so a shared file carries nothing else (no selector, no script)', () => {
    expect(TaughtBindingSchema.safeParse({ ...BINDING, selector: '#x' }).success).toBe(false);
    expect(
      TaughtBindingSchema.safeParse({ ...BINDING, control: { ...BINDING.control, xpath: '//input' } })
        .success,
    ).toBe(false);
  });

  it('refuses over-long words', () => {
    const long = 'ก'.repeat(301);
    expect(
      TaughtBindingSchema.safeParse({ ...BINDING, control: { ...BINDING.control, textAfter: long } }).success,
    ).toBe(false);
  });
});
