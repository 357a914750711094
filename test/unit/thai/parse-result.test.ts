import { describe, expect, it } from 'vitest';
import { fail, ok, ThaiTextError } from '../../../utils/thai/parse-result';

describe('ParseResult helpers', () => {
  it('ok wraps a value', () => {
    expect(ok(5)).toEqual({ ok: true, value: 5 });
  });

  it('fail carries a ThaiTextError that quotes the input before saying what was wrong', () => {
    const result = fail('nonexistent-date', '31/02/2565', '31 February 2022 does not exist');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBeInstanceOf(ThaiTextError);
    expect(result.error).toBeInstanceOf(Error);
    expect(result.error.name).toBe('ThaiTextError');
    expect(result.error.code).toBe('nonexistent-date');
    expect(result.error.input).toBe('31/02/2565');
    expect(result.error.message).toBe('"31/02/2565": 31 February 2022 does not exist');
  });

  it('quotes awkward input unambiguously', () => {
    expect(new ThaiTextError('empty', ' \t', 'no amount was given').message).toBe(
      '" \\t": no amount was given',
    );
    expect(new ThaiTextError('invalid-format', '"x"', 'bad').message).toBe('"\\"x\\"": bad');
  });
});
