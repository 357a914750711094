import type { CollectedControl } from '../../messaging/page-protocol';
import { fillableControls, type FormControl } from './form-controls';

const MAX_TEXT = 300;

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT);
}

/** Loose text beside a control on its line, stopping at a line break, a block or another control. */
function looseText(el: Element, direction: 'before' | 'after'): string {
  const parts: string[] = [];
  let node = direction === 'before' ? el.previousSibling : el.nextSibling;
  while (node) {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    else if (node instanceof HTMLElement) {
      if (/^(BR|DIV|P|TABLE|UL|OL|H\d|HR|INPUT|SELECT|TEXTAREA|BUTTON)$/.test(node.tagName)) break;
      if (node.querySelector('input, select, textarea')) break;
      parts.push(node.textContent ?? '');
    }
    node = direction === 'before' ? node.previousSibling : node.nextSibling;
  }
  return tidy((direction === 'before' ? parts.reverse() : parts).join(' '));
}

/**
 * Every fillable control of the page with what identifies it: its name, and the Thai words around it (the
 * label above, the text before, a radio's text after), read once in document order. No password is read.
 */
export function collectControls(root: Document): { elements: FormControl[]; controls: CollectedControl[] } {
  const elements = fillableControls(root);
  const wanted = new Set<Element>(elements);
  const labelAbove = new Map<Element, string>();
  let lastLabel = '';
  for (const el of root.querySelectorAll('label, input, textarea, select')) {
    if (el instanceof HTMLLabelElement) {
      // A label wrapping its control, or pointing at it with `for`, names that one only.
      if (!el.htmlFor && !el.querySelector('input, select, textarea')) lastLabel = tidy(el.textContent ?? '');
    } else if (wanted.has(el)) {
      labelAbove.set(el, lastLabel);
    }
  }
  const controls = elements.map((el, key): CollectedControl => {
    const isBox = el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox');
    const wrapping = el.closest('label');
    return {
      key,
      tag: el.tagName.toLowerCase() as CollectedControl['tag'],
      type: el instanceof HTMLInputElement ? el.type.toLowerCase() : el.tagName.toLowerCase(),
      name: el.name,
      id: el.id,
      value: el.value,
      checked: isBox ? (el as HTMLInputElement).checked : false,
      disabled: el.disabled,
      required: el.required,
      visible: el.getClientRects().length > 0,
      labelAbove: labelAbove.get(el) ?? '',
      textBefore: looseText(el, 'before'),
      textAfter: wrapping && !wrapping.htmlFor ? tidy(wrapping.textContent ?? '') : looseText(el, 'after'),
      options:
        el instanceof HTMLSelectElement
          ? [...el.options].map((o) => ({ value: o.value, text: tidy(o.text) }))
          : [],
    };
  });
  return { elements, controls };
}
