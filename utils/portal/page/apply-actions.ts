import type { ApplyResult, FillAction } from '../../messaging/page-protocol';
import type { FormControl } from './form-controls';

interface Before {
  el: FormControl;
  value: string;
  checked: boolean;
  /** For a radio: the radio of its group that was ticked before, if any. */
  groupChecked: HTMLInputElement | null;
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
): { result: ApplyResult; before: Before[] } {
  const before: Before[] = [];
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
    const box = el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox') ? el : null;
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
  return { result: { results }, before };
}

/** Puts back what a fill replaced, newest first, clicking so the page's handlers see it too. */
export function undoActions(before: readonly Before[]): number {
  let restored = 0;
  for (const item of [...before].reverse()) {
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
    restored++;
  }
  return restored;
}
