import { z } from 'zod';
import { UNIT_ROWS } from './unit-rows';

export const UnitCodeSchema = z.string().regex(/^31\d{5}$/, 'a BMA unit code is 7 digits starting with 31');

export const UnitSchema = z.strictObject({
  code: UnitCodeSchema,
  nameTh: z.string().min(1),
  /** Central offices and departments, or one of the 50 district offices (สำนักงานเขต…). */
  kind: z.enum(['central', 'district']),
});
export type Unit = z.infer<typeof UnitSchema>;

export const UNITS: readonly Unit[] = z
  .array(UnitSchema)
  .length(77)
  .parse(
    UNIT_ROWS.map(([code, nameTh]) => ({
      code,
      nameTh,
      kind: nameTh.startsWith('สำนักงานเขต') ? 'district' : 'central',
    })),
  );

const unitsByCode = new Map(UNITS.map((u) => [u.code, u]));

export function unitByCode(code: string): Unit | undefined {
  return unitsByCode.get(code);
}

/** A code that is one of the 77 units, for choices a person makes (stored records accept any valid code). */
export const KnownUnitCodeSchema = UnitCodeSchema.refine(
  (code) => unitsByCode.has(code),
  'not one of the 77 BMA units',
);
