import { describe, expect, it } from 'vitest';
import { normaliseAmounts, portalAmounts, readAmount } from '../../../utils/rules/normalise-amounts';

describe('readAmount', () => {
  it.each([
    ['50000', { state: 'whole', typed: '50000', baht: 50_000, portalValue: '50000', changed: false }],
    [
      '๕๐,๐๐๐ บาท',
      { state: 'whole', typed: '๕๐,๐๐๐ บาท', baht: 50_000, portalValue: '50000', changed: true },
    ],
    ['0', { state: 'whole', typed: '0', baht: 0, portalValue: '0', changed: false }],
    ['', { state: 'empty', typed: '' }],
    ['1,234.50', { state: 'fractional', typed: '1,234.50', baht: 1234.5 }],
    ['1,5OO', { state: 'unreadable', typed: '1,5OO', code: 'invalid-characters' }],
    ['-1', { state: 'unreadable', typed: '-1', code: 'negative' }],
    [
      '99,999,999,999,999,999',
      { state: 'unreadable', typed: '99,999,999,999,999,999', code: 'out-of-range' },
    ],
  ])('%j', (typed, reading) => {
    expect(readAmount(typed)).toEqual(reading);
  });
});

describe('normaliseAmounts and portalAmounts', () => {
  it('reads both fields and gives digits-only values to send', () => {
    const readings = normaliseAmounts({
      amountFieldsPresent: true,
      ordinanceBudgetText: '๕๐,๐๐๐',
      disbursedText: '12.5',
    });
    expect(portalAmounts(readings)).toEqual({ ordinanceBudget: '50000', disbursed: null });
  });

  it('reads nothing when the page has no amount inputs', () => {
    const readings = normaliseAmounts({
      amountFieldsPresent: false,
      ordinanceBudgetText: '5',
      disbursedText: '5',
    });
    expect(readings).toEqual({ ordinanceBudget: { state: 'absent' }, disbursed: { state: 'absent' } });
  });
});
