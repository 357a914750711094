/**
 * One feature's strings in both languages. The type makes English name every key Thai has, so a string
 * can't be added in one language only.
 */
export function defineStrings<const K extends string>(table: {
  th: Record<K, string>;
  en: Record<NoInfer<K>, string>;
}) {
  return table;
}
