import type { DraftStore } from '../store/draft-store';
import { META_KEYS } from '../store/meta-keys';
import { mergePortalRounds, PortalRoundsSchema, type PortalRoundState } from './portal-rounds';

/** Keeps what the portal showed of saved rounds, so a round it already has is not nagged about. */
export async function recordRoundsSeen(
  store: DraftStore,
  rounds: readonly PortalRoundState[],
): Promise<void> {
  const stored = PortalRoundsSchema.safeParse(await store.getMeta(META_KEYS.portalRounds));
  const known = stored.success ? stored.data : {};
  await store.setMeta(META_KEYS.portalRounds, mergePortalRounds(known, rounds));
}
