/**
 * The query parameter of the workspace's address when the background loads it out of sight, as an
 * offscreen document (offscreen-plan-drawing.ts). Its value is the extension's version: such a document
 * cannot read the manifest, and the plan it keeps is marked with the version that drew it.
 */
const OUT_OF_SIGHT_PARAMETER = 'out-of-sight';

/** The workspace's address, relative to the extension's root, as loaded out of sight by this version. */
export function outOfSightAddress(version: string): string {
  return `workspace.html?${OUT_OF_SIGHT_PARAMETER}=${encodeURIComponent(version)}`;
}

/** The version named in the address (its `search`) of the workspace loaded out of sight; else null. */
export function versionOutOfSight(search: string): string | null {
  return new URLSearchParams(search).get(OUT_OF_SIGHT_PARAMETER);
}

/** Whether the page at this address (its `search`) is the workspace loaded out of sight. */
export function isOutOfSight(search: string): boolean {
  return versionOutOfSight(search) !== null;
}
