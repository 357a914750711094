import { z } from 'zod';

/** A Buddhist Era year as the portal writes it (2561, 2570, …). */
export const BeYearSchema = z.number().int().min(2500).max(2700);

/** Whole or fractional baht as read from a document; the rules decide what the portal may receive. */
export const BahtSchema = z.number().nonnegative().max(1e13).finite();

/** Free Thai text typed by a person: kept exactly, bounded so a hostile file cannot blow up the store. */
export const longText = (max = 20_000) => z.string().max(max);
