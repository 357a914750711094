import type { DraftStore } from '../store/draft-store';
import { META_KEYS } from '../store/meta-keys';
import { mergePortalRounds, readablePortalRounds, type PortalRoundState } from './portal-rounds';

/** Keeps what the portal showed of saved rounds, so a round it already has is not nagged about. */
export async function recordRoundsSeen(
  store: DraftStore,
  rounds: readonly PortalRoundState[],
): Promise<void> {
  // Read entry by entry: a damaged one is dropped, never the others with it.
  const known = readablePortalRounds(await store.getMeta(META_KEYS.portalRounds));
  await store.setMeta(META_KEYS.portalRounds, mergePortalRounds(known, rounds));
}
