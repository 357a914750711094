/** Thai documents count years in the Buddhist Era: BE = CE + 543 (2564 BE = 2021 CE). */
export const BE_OFFSET = 543;

export function beToCe(be: number): number {
  return be - BE_OFFSET;
}

export function ceToBe(ce: number): number {
  return ce + BE_OFFSET;
}
