import { z } from 'zod';
import { MAX_AMOUNT_BAHT } from '../thai/amount';

/** A Buddhist Era year as the portal writes it (2561, 2570, …). */
export const BeYearSchema = z.number().int().min(2500).max(2700);

/** Whole or fractional baht as read from a document; the rules decide what the portal may receive. */
export const BahtSchema = z.number().nonnegative().max(MAX_AMOUNT_BAHT).finite();

/** The most characters a narrative field (remarks, objective) keeps. */
export const LONG_TEXT_MAX = 20_000;
/** The most characters a short text (a project's name, the other reason) keeps. */
export const SHORT_TEXT_MAX = 2_000;

/** Free Thai text typed by a person: kept exactly, bounded so a hostile file cannot blow up the store. */
export const longText = (max = LONG_TEXT_MAX) => z.string().max(max);
