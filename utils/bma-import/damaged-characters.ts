import { bmaProblem, type BmaImportProblem } from './import-problem';
import {
  isCombiningThaiMark,
  isControlCharacter,
  isPrivateUse,
  isThai,
  isThaiConsonant,
  letterStartAtOrBefore,
} from './thai-characters';
import { originOf, type TracedText } from './traced-text';

/** U+FFFD: the decoder met bytes it could not read. */
const REPLACEMENT = '\ufffd';
/** Characters of context either side in the message. */
const EXCERPT_RADIUS = 12;

function codePointLabel(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The nearest character that is neither a space nor another `?`, looking from `index` in `step` direction. */
function neighbour(text: string, index: number, step: 1 | -1): string | undefined {
  for (let i = index + step; i >= 0 && i < text.length; i += step) {
    const character = text[i];
    if (character !== undefined && character !== '?' && !/\s/.test(character)) return character;
  }
  return undefined;
}

/**
 * A `?` stands for a lost character when Thai is its nearest neighbour (`ที่ ๕ ?ส่งเสริม`, `ชื่อ ? สกุล`):
 * Thai writing has no question mark, while `?` in Latin text may be meant.
 */
function isStrayQuestionMark(text: string, index: number): boolean {
  return isThai(neighbour(text, index, -1)) || isThai(neighbour(text, index, 1));
}

function damageAt(text: string, index: number): string | null {
  const character = text[index];
  if (character === undefined) return null;
  if (character === '?') return isStrayQuestionMark(text, index) ? '?' : null;
  if (character === REPLACEMENT) return `${codePointLabel(character)} ${REPLACEMENT}`;
  if (isPrivateUse(character) || isControlCharacter(character)) return codePointLabel(character);
  // Above/below vowels and tone marks must sit on a consonant (or on another such mark).
  if (isCombiningThaiMark(character)) {
    const before = text[index - 1];
    if (!isThaiConsonant(before) && !isCombiningThaiMark(before))
      return `${codePointLabel(character)} ◌${character}`;
  }
  return null;
}

/** Indexes of the damaged characters in a text, by the same rules as findDamagedCharacters. */
export function damagedCharacterIndexes(text: string): number[] {
  const indexes: number[] = [];
  for (let index = 0; index < text.length; index++) if (damageAt(text, index) !== null) indexes.push(index);
  return indexes;
}

/**
 * One warning per damaged character in a value, at its exact place both in the pasted text (line,
 * column) and in the value (index). The value itself is left as printed: the user decides the fix.
 */
export function findDamagedCharacters(field: string, value: TracedText): BmaImportProblem[] {
  const problems: BmaImportProblem[] = [];
  for (let index = 0; index < value.text.length; index++) {
    const character = damageAt(value.text, index);
    if (character === null) continue;
    const origin = originOf(value, index);
    const excerpt = value.text.slice(
      letterStartAtOrBefore(value.text, index - EXCERPT_RADIUS),
      index + EXCERPT_RADIUS + 1,
    );
    problems.push(
      bmaProblem(
        'damaged-character',
        field,
        { character, excerpt, line: origin?.line ?? '?', column: origin?.column ?? '?' },
        { line: origin?.line ?? null, column: origin?.column ?? null, index },
      ),
    );
  }
  return problems;
}
