import type { ApplyResult, FillAction } from '../../messaging/page-protocol';
import { isChoiceBox, type FormControl } from './form-controls';

interface Before {
  el: FormControl;
  value: string;
  checked: boolean;
  /** For a radio: the radio of its group that was ticked before, if any. */
  groupChecked: HTMLInputElement | null;
}

/** What a fill changed, to put back: the controls it set, and every text box's value before it. */
export interface FillUndo {
  acted: Before[];
  /**
   * A click may make the page clear a box the fill never touched (the plan form's amount, by its radio):
   * each text box's value before the fill and right after it.
   */
  texts: { el: FormControl; value: string; after: string }[];
}

/**
 * Writes text the way typing would be seen: the element's own value setter, then input and change. No
 * focus and blur: each one forces the page's style and layout, which on a long form costs more than
 * everything else the fill does (measured by scripts/bench-prefill.ts), and the portal listens to neither.
 */
function setText(el: FormControl, value: string): void {
  const proto = Object.getPrototypeOf(el) as object;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(el, value);
  else el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

function radioGroupChecked(el: HTMLInputElement): HTMLInputElement | null {
  if (el.type !== 'radio' || !el.form) return el.type === 'radio' && el.checked ? el : null;
  const group = [...el.form.querySelectorAll<HTMLInputElement>('input[type=radio]')].filter(
    (r) => r.name === el.name,
  );
  return group.find((r) => r.checked) ?? null;
}

/**
 * Carries out a fill plan on the page. Boxes and radios are clicked, so the page's own handlers run (they
 * reveal the reason fields). Disabled controls are skipped and said so. Returns what it did, and keeps what
 * was there before for undo. Never submits anything.
 */
export function applyActions(
  elements: readonly FormControl[],
  expectedNames: ReadonlyMap<number, string>,
  actions: readonly FillAction[],
): { result: ApplyResult; before: FillUndo } {
  const before: Before[] = [];
  const texts = elements.filter((el) => !isChoiceBox(el)).map((el) => ({ el, value: el.value, after: '' }));
  const results: ApplyResult['results'] = [];
  for (const action of actions) {
    const el = elements[action.key];
    if (!el || !el.isConnected) {
      results.push({ key: action.key, ok: false, reason: 'missing' });
      continue;
    }
    if (expectedNames.get(action.key) !== el.name) {
      results.push({ key: action.key, ok: false, reason: 'changed' });
      continue;
    }
    if (el.disabled) {
      results.push({ key: action.key, ok: false, reason: 'disabled' });
      continue;
    }
    const box = isChoiceBox(el) ? el : null;
    before.push({
      el,
      value: el.value,
      checked: box?.checked ?? false,
      groupChecked: box ? radioGroupChecked(box) : null,
    });
    if (action.op === 'set') setText(el, action.value);
    else if (box && box.checked !== (action.value === 'true')) box.click();
    results.push({ key: action.key, ok: true });
  }
  for (const text of texts) text.after = text.el.value;
  return { result: { results }, before: { acted: before, texts } };
}

/**
 * Puts back what a fill replaced, newest first, clicking so the page's handlers see it too; then any text
 * box those handlers changed on the way (cleared, or enabled again empty) gets its earlier text back, unless
 * the person has typed in it since the fill. Returns how many controls were put back.
 */
export function undoActions(undo: FillUndo): number {
  const restored = new Set<FormControl>();
  for (const item of [...undo.acted].reverse()) {
    const el = item.el;
    if (!el.isConnected || el.disabled) continue;
    if (el instanceof HTMLInputElement && el.type === 'radio') {
      if (item.groupChecked && !item.groupChecked.checked) item.groupChecked.click();
      else if (!item.groupChecked) el.checked = false;
    } else if (el instanceof HTMLInputElement && el.type === 'checkbox') {
      if (el.checked !== item.checked) el.click();
    } else {
      setText(el, item.value);
    }
    restored.add(el);
  }
  const acted = new Set<FormControl>(undo.acted.map((item) => item.el));
  for (const { el, value, after } of undo.texts) {
    if (acted.has(el) || after === value) continue; // set by the fill itself, or not changed by it
    if (el.value !== after) continue; // typed in since the fill: the person's text stays
    if (!el.isConnected || el.disabled) continue;
    setText(el, value);
    restored.add(el);
  }
  return restored.size;
}
