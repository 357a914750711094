import type { RecoverySnapshot } from '../messaging/content-protocol';
import type { CollectedControl, FillAction } from '../messaging/page-protocol';

/**
 * The fill actions that put a recovery snapshot back into the page's form: text as it was typed, the radio
 * that was chosen, boxes ticked or not. Disabled controls are left alone, except a text box after a click
 * that may enable it (the plan form's amount, enabled by its budget radio): the page decides when the
 * actions run, and one still disabled then is skipped. Empty when the page already holds exactly that, so
 * the assistant only offers recovery when there is something to recover.
 */
export function planRecovery(
  snapshot: RecoverySnapshot,
  controls: readonly CollectedControl[],
): FillAction[] {
  const saved = new Map<string, string[]>();
  for (const [name, value] of snapshot.fields) saved.set(name, [...(saved.get(name) ?? []), value]);
  const actions: FillAction[] = [];
  const textSeen = new Map<string, number>();
  for (const control of controls) {
    // Repeated names keep their order: the n-th box of a name gets the n-th value. Disabled boxes count
    // too, as the snapshot holds their values.
    const isBox = control.type === 'radio' || control.type === 'checkbox';
    const index = textSeen.get(control.name) ?? 0;
    if (!isBox) textSeen.set(control.name, index + 1);
    const enabledByClick = control.disabled && !isBox && actions.some((a) => a.op === 'check');
    if ((control.disabled && !enabledByClick) || !control.name || !saved.has(control.name)) {
      if (control.type === 'checkbox' && control.checked && !control.disabled && control.name) {
        // Unticked boxes leave no trace in a snapshot: a box ticked now but not in it was not ticked then.
        actions.push({ key: control.key, op: 'check', value: 'false' });
      }
      continue;
    }
    const values = saved.get(control.name)!;
    if (isBox) {
      const wanted = values.includes(control.value);
      if (wanted !== control.checked && (wanted || control.type === 'checkbox')) {
        actions.push({ key: control.key, op: 'check', value: String(wanted) });
      }
      continue;
    }
    const value = values[index];
    if (enabledByClick && !value) continue;
    // A list that no longer offers the value is left as it is: setting it would empty it.
    if (control.tag === 'select' && !control.options.some((o) => o.value === value)) continue;
    if (value !== undefined && value !== control.value) actions.push({ key: control.key, op: 'set', value });
  }
  return actions;
}
