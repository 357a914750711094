import type { CollectedControl } from '../messaging/page-protocol';
import { labelContains, normaliseLabel } from './label-text';
import type { FieldSpec, PageProfile } from './profiles/page-profile';
import { identifiesControl, type TaughtBinding } from './taught-binding';

export type MatchedVia = 'taught' | 'name' | 'label';

export interface FieldMatch {
  spec: FieldSpec;
  via: MatchedVia;
  /** Text, textarea or single checkbox: the one control. */
  control?: CollectedControl;
  /** Radio or checkbox set: the control for each draft value. */
  optionControls?: Map<string, CollectedControl>;
}

export interface MatchResult {
  matched: FieldMatch[];
  /** Draft fields with no control on the page. */
  unmatchedFields: FieldSpec[];
  /** Draft fields the page holds in a hidden input: the portal sets them (a non-budget project's amounts). */
  fixedFields: FieldSpec[];
  /** Visible, enabled controls no field claimed: a field the portal added, or one the profile misses. */
  unmatchedControls: CollectedControl[];
}

const KIND_TYPES: Record<FieldSpec['kind'], readonly string[]> = {
  text: ['text', 'number', 'tel', 'search', ''],
  textarea: ['textarea'],
  radio: ['radio'],
  checkbox: ['checkbox'],
  select: ['select'],
  'checkbox-set': ['checkbox'],
};

/** Fields whose value picks one or several of a set of controls. */
const isChoiceSet = (spec: FieldSpec) => spec.kind === 'radio' || spec.kind === 'checkbox-set';

function fits(spec: FieldSpec, control: CollectedControl): boolean {
  return KIND_TYPES[spec.kind].includes(control.type);
}

/**
 * Finds the control for each field of a profile: first what the user taught, then by `name`, then by the
 * Thai words near the control. A control serves one field only. Pure: works on collected controls.
 */
export function matchControls(
  profile: PageProfile,
  controls: readonly CollectedControl[],
  taught: readonly TaughtBinding[] = [],
  hiddenNames: readonly string[] = [],
): MatchResult {
  const used = new Set<number>();
  const free = (c: CollectedControl) => !used.has(c.key);
  const matched: FieldMatch[] = [];
  const unmatchedFields: FieldSpec[] = [];
  const fixedFields: FieldSpec[] = [];

  for (const spec of profile.fields) {
    const candidates = controls.filter((c) => free(c) && fits(spec, c));
    const lessons = taught.filter((t) => t.pageKind === profile.pageKind && t.field === spec.field);
    // A control the user taught for another field is never this one's by name or words.
    const untaught = candidates.filter((c) => !taughtForOther(profile, taught, spec, c));
    const taughtMatch = matchTaught(spec, candidates, lessons);
    const found =
      taughtMatch && !isChoiceSet(spec)
        ? null
        : (matchByName(spec, untaught) ?? matchByLabel(spec, untaught, controls, matched));
    const match = taughtMatch ? withFoundOptions(taughtMatch, found) : found;
    if (!match) {
      (spec.names.some((n) => hiddenNames.includes(n)) ? fixedFields : unmatchedFields).push(spec);
      continue;
    }
    matched.push(match);
    if (match.control) used.add(match.control.key);
    for (const c of match.optionControls?.values() ?? []) used.add(c.key);
    // The rest of a matched radio group belongs to that field too.
    if (isChoiceSet(spec) && match.optionControls) {
      const names = new Set([...match.optionControls.values()].map((c) => c.name).filter(Boolean));
      for (const c of controls)
        if (c.type === spec.kind.replace('-set', '') && names.has(c.name)) used.add(c.key);
    }
  }
  const unmatchedControls = controls.filter((c) => free(c) && c.visible && !c.disabled);
  return { matched, unmatchedFields, fixedFields, unmatchedControls };
}

/** Whether a lesson for another field of the profile, one that field can use, names this control. */
function taughtForOther(
  profile: PageProfile,
  taught: readonly TaughtBinding[],
  spec: FieldSpec,
  control: CollectedControl,
): boolean {
  return taught.some((t) => {
    if (t.pageKind !== profile.pageKind || t.field === spec.field) return false;
    const other = profile.fields.find((f) => f.field === t.field);
    return (
      !!other &&
      fits(other, control) &&
      (!isChoiceSet(other) || !!t.option) &&
      identifiesControl(t.control, control)
    );
  });
}

function matchTaught(
  spec: FieldSpec,
  candidates: CollectedControl[],
  lessons: TaughtBinding[],
): FieldMatch | null {
  if (lessons.length === 0) return null;
  if (isChoiceSet(spec)) {
    const optionControls = new Map<string, CollectedControl>();
    for (const lesson of lessons) {
      const control = candidates.find((c) => identifiesControl(lesson.control, c));
      if (control && lesson.option) optionControls.set(lesson.option, control);
    }
    return optionControls.size > 0 ? { spec, via: 'taught', optionControls } : null;
  }
  const control = candidates.find((c) => identifiesControl(lessons[lessons.length - 1]!.control, c));
  return control ? { spec, via: 'taught', control } : null;
}

/**
 * A radio group or box set with some options taught: the taught options, and the options still found by
 * name or words that no taught option has taken (teaching the one option the portal changed keeps the
 * rest).
 */
function withFoundOptions(taught: FieldMatch, found: FieldMatch | null): FieldMatch {
  if (!taught.optionControls || !found?.optionControls) return taught;
  const taughtKeys = new Set([...taught.optionControls.values()].map((c) => c.key));
  const optionControls = new Map<string, CollectedControl>();
  for (const [option, control] of found.optionControls) {
    if (!taught.optionControls.has(option) && !taughtKeys.has(control.key))
      optionControls.set(option, control);
  }
  for (const [option, control] of taught.optionControls) optionControls.set(option, control);
  return { ...taught, optionControls };
}

function matchByName(spec: FieldSpec, candidates: CollectedControl[]): FieldMatch | null {
  for (const name of spec.names) {
    const named = candidates.filter((c) => c.name === name);
    if (named.length === 0) continue;
    if (spec.kind === 'checkbox-set') return matchSetByName(spec, candidates);
    if (spec.kind !== 'radio') return { spec, via: 'name', control: named[0]! };
    const optionControls = new Map<string, CollectedControl>();
    for (const option of spec.options) {
      const control = named.find((c) => c.value === option.portalValue);
      if (control) optionControls.set(option.value, control);
    }
    if (optionControls.size > 0) return { spec, via: 'name', optionControls };
  }
  return null;
}

/** A checkbox set by names: each option's own name, else a box of the set's names holding its value. */
function matchSetByName(spec: FieldSpec, candidates: CollectedControl[]): FieldMatch | null {
  const optionControls = new Map<string, CollectedControl>();
  for (const option of spec.options) {
    const control = option.names.length
      ? candidates.find((c) => option.names.includes(c.name))
      : candidates.find((c) => spec.names.includes(c.name) && c.value === option.portalValue);
    if (control) optionControls.set(option.value, control);
  }
  return optionControls.size > 0 ? { spec, via: 'name', optionControls } : null;
}

function matchByLabel(
  spec: FieldSpec,
  candidates: CollectedControl[],
  all: readonly CollectedControl[],
  matchedSoFar: readonly FieldMatch[],
): FieldMatch | null {
  if (spec.kind === 'checkbox-set') {
    // Boxes are known by their own words; a set is matched when any of its options is found.
    const optionControls = new Map<string, CollectedControl>();
    for (const option of spec.options) {
      const control = candidates.find((c) => option.labels.some((l) => sameWords(c.textAfter, l)));
      if (control) optionControls.set(option.value, control);
    }
    return optionControls.size > 0 ? { spec, via: 'label', optionControls } : null;
  }
  if (spec.kind === 'radio') {
    // A radio group is known by its options' own words; every option must be found.
    const optionControls = new Map<string, CollectedControl>();
    for (const option of spec.options) {
      const control = candidates.find(
        (c) => !optionControls.has(option.value) && option.labels.some((l) => sameWords(c.textAfter, l)),
      );
      if (control) optionControls.set(option.value, control);
    }
    return optionControls.size === spec.options.length && spec.options.length > 0
      ? { spec, via: 'label', optionControls }
      : null;
  }
  if (spec.kind === 'checkbox') {
    const control = candidates.find((c) => spec.labels.some((l) => labelContains(c.textAfter, l)));
    return control ? { spec, via: 'label', control } : null;
  }
  const byWords = candidates.find((c) =>
    spec.labels.some((l) => labelContains(c.textBefore, l) || labelContains(c.labelAbove, l)),
  );
  if (byWords) return { spec, via: 'label', control: byWords };
  if (spec.follows) {
    const anchor = matchedSoFar
      .find((m) => m.spec.field === spec.follows!.field)
      ?.optionControls?.get(spec.follows.option);
    const next = anchor ? all.find((c) => c.key > anchor.key && c.type !== 'radio') : undefined;
    if (next && candidates.includes(next)) return { spec, via: 'label', control: next };
  }
  return null;
}

/** A radio's words equal the option's, allowing spacing, digits and a trailing line break's leftovers. */
function sameWords(text: string, wanted: string): boolean {
  return normaliseLabel(text) === normaliseLabel(wanted);
}
