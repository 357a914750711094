import type { DraftStore } from '../store/draft-store';
import { META_KEYS } from '../store/meta-keys';
import { mergeBindings } from './mapping-file';
import { TaughtBindingSchema, type TaughtBinding } from './taught-binding';

/** At most this many are kept; past it, the oldest go (one per field and option is far fewer). */
const MAX_TAUGHT_BINDINGS = 500;

/**
 * The bindings the user taught on the page, read one by one: a damaged one (or one another version wrote)
 * is left out and the others kept, so one bad entry never costs the unit every lesson.
 */
export async function loadTaughtBindings(store: DraftStore): Promise<TaughtBinding[]> {
  const raw = await store.getMeta(META_KEYS.taughtBindings);
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((entry) => {
    const binding = TaughtBindingSchema.safeParse(entry);
    return binding.success ? [binding.data] : [];
  });
}

/** Adds bindings, each replacing an earlier one for the same page, field and option, or the same control. */
export async function saveTaughtBindings(
  store: DraftStore,
  bindings: readonly TaughtBinding[],
): Promise<TaughtBinding[]> {
  const next = mergeBindings(await loadTaughtBindings(store), bindings).slice(-MAX_TAUGHT_BINDINGS);
  await store.setMeta(META_KEYS.taughtBindings, next);
  return next;
}
