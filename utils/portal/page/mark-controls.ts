import type { FormControl } from './form-controls';

export interface ControlMark {
  key: number;
  text: string;
  severity: 'error' | 'warning';
}

const COLOURS = { error: '#c62828', warning: '#b26a00' } as const;

/**
 * Outlines problem controls and writes each problem beside its control, on a layer of our own over the
 * page: the page's layout and values are not touched. Returns a function that removes the layer.
 */
export function markControls(elements: readonly FormControl[], marks: readonly ControlMark[]): () => void {
  const host = document.createElement('eplan-marks');
  const shadow = host.attachShadow({ mode: 'closed' });
  const draw = () => {
    shadow.replaceChildren();
    for (const mark of marks) {
      const el = elements[mark.key];
      if (!el?.isConnected) continue;
      const rect = el.getBoundingClientRect();
      const top = rect.top + window.scrollY;
      const left = rect.left + window.scrollX;
      const outline = document.createElement('div');
      outline.style.cssText = `position:absolute;top:${top - 3}px;left:${left - 3}px;width:${rect.width + 6}px;height:${rect.height + 6}px;border:3px solid ${COLOURS[mark.severity]};border-radius:4px;pointer-events:none;z-index:2147483646;box-sizing:border-box`;
      const note = document.createElement('div');
      note.textContent = mark.text;
      note.setAttribute('role', 'note');
      note.style.cssText = `position:absolute;top:${top + rect.height + 4}px;left:${left}px;max-width:420px;background:${COLOURS[mark.severity]};color:#fff;font:13px/1.4 Sarabun,Loma,sans-serif;padding:3px 8px;border-radius:4px;pointer-events:none;z-index:2147483646`;
      shadow.append(outline, note);
    }
  };
  draw();
  document.documentElement.append(host);
  window.addEventListener('resize', draw);
  return () => {
    window.removeEventListener('resize', draw);
    host.remove();
  };
}
