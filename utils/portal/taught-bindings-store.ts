import { z } from 'zod';
import { TaughtBindingSchema, type TaughtBinding } from './taught-binding';
import type { DraftStore } from '../store/draft-store';
import { META_KEYS } from '../store/meta-keys';

const TaughtBindingsSchema = z.array(TaughtBindingSchema).max(500);

/** The bindings the user taught on the page; a damaged list reads as none rather than breaking the page. */
export async function loadTaughtBindings(store: DraftStore): Promise<TaughtBinding[]> {
  const parsed = TaughtBindingsSchema.safeParse(await store.getMeta(META_KEYS.taughtBindings));
  return parsed.success ? parsed.data : [];
}

/** Adds a binding, replacing an earlier one for the same field and option. */
export async function saveTaughtBinding(store: DraftStore, binding: TaughtBinding): Promise<TaughtBinding[]> {
  const kept = (await loadTaughtBindings(store)).filter(
    (b) => !(b.pageKind === binding.pageKind && b.field === binding.field && b.option === binding.option),
  );
  const next = TaughtBindingsSchema.parse([...kept, binding]);
  await store.setMeta(META_KEYS.taughtBindings, next);
  return next;
}
