/** The form controls a person can type into or choose, never a password or a file. */
export type FormControl = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

const SKIPPED_INPUT_TYPES = new Set(['password', 'hidden', 'submit', 'button', 'reset', 'image', 'file']);

export function isFillableControl(el: Element): el is FormControl {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
  return el instanceof HTMLInputElement && !SKIPPED_INPUT_TYPES.has(el.type.toLowerCase());
}

/** A radio or a checkbox: a choice, not text. */
export function isChoiceBox(el: EventTarget | null): el is HTMLInputElement {
  return el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox');
}

/** A box the person types text into (not a choice, a list or a password). */
export function isTextBox(el: EventTarget | null): el is HTMLInputElement | HTMLTextAreaElement {
  if (el instanceof HTMLTextAreaElement) return true;
  return el instanceof HTMLInputElement && isFillableControl(el) && !isChoiceBox(el);
}

/** Every fillable control on the page, in document order. */
export function fillableControls(root: ParentNode): FormControl[] {
  return [...root.querySelectorAll('input, textarea, select')].filter(isFillableControl);
}

/** Name → value of what a person entered: text as typed, the chosen radio, ticked boxes. */
export function snapshotValues(root: ParentNode): [string, string][] {
  const values: [string, string][] = [];
  for (const el of fillableControls(root)) {
    if (!el.name) continue;
    if (isChoiceBox(el)) {
      if (el.checked) values.push([el.name, el.value]);
    } else {
      values.push([el.name, el.value]);
    }
  }
  return values;
}
