import { z } from 'zod';
import type { DraftStore } from '../store/draft-store';
import { META_KEYS } from '../store/meta-keys';
import { mergeBindings } from './mapping-file';
import { TaughtBindingSchema, type TaughtBinding } from './taught-binding';

const TaughtBindingsSchema = z.array(TaughtBindingSchema).max(500);

/** The bindings the user taught on the page; a damaged list reads as none rather than breaking the page. */
export async function loadTaughtBindings(store: DraftStore): Promise<TaughtBinding[]> {
  const parsed = TaughtBindingsSchema.safeParse(await store.getMeta(META_KEYS.taughtBindings));
  return parsed.success ? parsed.data : [];
}

/** Adds bindings, each replacing an earlier one for the same page, field and option. */
export async function saveTaughtBindings(
  store: DraftStore,
  bindings: readonly TaughtBinding[],
): Promise<TaughtBinding[]> {
  const next = TaughtBindingsSchema.parse(mergeBindings(await loadTaughtBindings(store), bindings));
  await store.setMeta(META_KEYS.taughtBindings, next);
  return next;
}
