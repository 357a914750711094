import { describe, expect, it } from 'vitest';
import { matchUnits } from '../../../components/UnitChooser';

describe('searching the 77 units', () => {
  it('finds a unit by its Thai name, spaces and sara am typed either way', () => {
    expect(matchUnits('สำนักการแพทย์').map((u) => u.code)).toEqual(['3100600']);
    expect(matchUnits('ส\u0e4d\u0e32นัก การแพทย์').map((u) => u.code)).toEqual(['3100600']);
  });

  it('finds a unit by its code in ASCII or Thai digits, and lists all for an empty search', () => {
    expect(matchUnits('3100600').map((u) => u.code)).toEqual(['3100600']);
    expect(matchUnits('๓๑๐๐๖๐๐').map((u) => u.code)).toEqual(['3100600']);
    expect(matchUnits('  ')).toHaveLength(77);
  });
});
