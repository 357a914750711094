import { isFillableControl, type FormControl } from './form-controls';

/**
 * "Fix field mapping": the next control the person clicks is the answer, outlined while the pointer is on
 * it. The click is caught before the page sees it, so picking a radio changes nothing. Escape cancels.
 */
export function pickControl(signal: AbortSignal): Promise<FormControl | null> {
  return new Promise((resolve) => {
    const done = new AbortController();
    const options = { capture: true, signal: AbortSignal.any([signal, done.signal]) };
    let outlined: FormControl | null = null;
    let outlineBefore = '';
    const unoutline = () => {
      if (outlined) outlined.style.outline = outlineBefore;
      outlined = null;
    };
    const finish = (control: FormControl | null) => {
      unoutline();
      done.abort();
      resolve(control);
    };
    document.addEventListener(
      'mouseover',
      (event) => {
        const target = event.target as Element;
        if (!isFillableControl(target) || target === outlined) return;
        unoutline();
        outlined = target;
        outlineBefore = target.style.outline;
        target.style.outline = '3px solid #d97706';
      },
      options,
    );
    for (const type of ['mousedown', 'click'] as const) {
      document.addEventListener(
        type,
        (event) => {
          const target = event.target as Element;
          const control = isFillableControl(target)
            ? target
            : target instanceof HTMLLabelElement && target.control && isFillableControl(target.control)
              ? target.control
              : null;
          if (!control) return;
          event.preventDefault();
          event.stopImmediatePropagation();
          if (type === 'click') finish(control);
        },
        options,
      );
    }
    document.addEventListener('keydown', (event) => event.key === 'Escape' && finish(null), options);
    signal.addEventListener('abort', () => finish(null), { once: true });
  });
}
