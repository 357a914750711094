import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Seed 004 (a BMA monitoring-system progress report extracted from PDF), kept byte-identical as our own
 * fixture so the tests run from a clone without the shared folder beside it.
 */
export const SEED_004 = readFileSync(join(import.meta.dirname, '../../fixtures/bma/seed-004.txt'), 'utf8');

/** The seed's lines as an editor numbers them: SEED_004_LINES[40] is line 41. */
export const SEED_004_LINES = SEED_004.split('\n');
