import { z } from 'zod';
import { RoundSchema } from '../calendar/rounds';
import { BeYearSchema } from '../model/fields';
import { RecordIdSchema } from '../model/record-meta';

/**
 * Which view of the workspace the address shows. The hash is the address, so the browser's back button,
 * a bookmark and a notification's link (`#outstanding`) all land on the right view.
 */
export type WorkspaceRoute =
  | { view: 'plan'; outstanding: boolean }
  | { view: 'project'; projectId: string | 'new' }
  | { view: 'report'; projectId: string; fiscalYear: number; round: 1 | 2 }
  | { view: 'trash' };

/** Digits only, so `0x9C4` or `2.57e3` in an address is no year or round. */
const digits = <T extends number>(schema: z.ZodType<T, number>) =>
  z
    .string()
    .regex(/^\d{1,4}$/)
    .transform(Number)
    .pipe(schema);

const ReportRouteSchema = z.tuple([RecordIdSchema, digits(BeYearSchema), digits(RoundSchema)]);

/** A part of the address as written; a broken escape (a link cut short) reads as nothing. */
function decodedPart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return '';
  }
}

/** Reads `#project/<id>`, `#project/new`, `#report/<projectId>/<year>/<round>`, `#trash`; anything else is the plan. */
export function parseRoute(hash: string): WorkspaceRoute {
  const [head, ...rest] = hash.replace(/^#/, '').split('/').map(decodedPart);
  if (head === 'trash' && rest.length === 0) return { view: 'trash' };
  if (head === 'project' && rest.length === 1) {
    if (rest[0] === 'new') return { view: 'project', projectId: 'new' };
    const id = RecordIdSchema.safeParse(rest[0]);
    if (id.success) return { view: 'project', projectId: id.data };
  }
  if (head === 'report') {
    const parts = ReportRouteSchema.safeParse(rest);
    if (parts.success) {
      const [projectId, fiscalYear, round] = parts.data;
      return { view: 'report', projectId, fiscalYear, round };
    }
  }
  return { view: 'plan', outstanding: head === 'outstanding' };
}

export function routeHash(route: WorkspaceRoute): string {
  switch (route.view) {
    case 'plan':
      return route.outstanding ? '#outstanding' : '#';
    case 'project':
      return `#project/${encodeURIComponent(route.projectId)}`;
    case 'report':
      return `#report/${encodeURIComponent(route.projectId)}/${route.fiscalYear}/${route.round}`;
    case 'trash':
      return '#trash';
  }
}
