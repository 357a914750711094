// Small regex helpers to read the replica's HTML without a DOM.
import { createReplicaPortal, type ReplicaOptions } from '../../fixtures/portal/replica';

export const ORIGIN = 'https://e-plan.nacc.go.th';

export function get(path: string, options?: ReplicaOptions) {
  const replica = createReplicaPortal(options);
  return replica.handle({ method: 'GET', url: `${ORIGIN}/${path}` });
}

/** Every opening tag of a control with this `name` (input, textarea, select, button). */
export function controls(html: string, name: string): string[] {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(
    `<(?:input|textarea|select|button)\\b[^>]*\\bname\\s*=\\s*['"]${escaped}['"][^>]*>`,
    'g',
  );
  return html.match(re) ?? [];
}

export function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:'([^']*)'|"([^"]*)")`).exec(tag);
  return m ? (m[1] ?? m[2]) : undefined;
}

export function hasFlag(tag: string, flag: string): boolean {
  return new RegExp(`\\s${flag}(?=[\\s>/])`).test(tag);
}

/** The report form only (between <form ...frmProject> and </form>). */
export function formOf(html: string): string {
  const start = html.indexOf('<form');
  const end = html.indexOf('</form>');
  if (start === -1 || end === -1) throw new Error('no form in page');
  return html.slice(start, end + '</form>'.length);
}

/** Visible (non-hidden) form controls, opening tags. */
export function visibleControls(form: string): string[] {
  const tags = form.match(/<(?:input|textarea|select)\b[^>]*>/g) ?? [];
  return tags.filter((t) => attr(t, 'type') !== 'hidden');
}

export function encodeForm(fields: [string, string][]): string {
  return new URLSearchParams(fields).toString();
}
