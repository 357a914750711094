/** The extension's one draft database. */
export const DB_NAME = 'eplan-assistant';
/**
 * v1: projects, reports, meta. v2: every record carries revision/createdAt; history and trash stores.
 * v3: projects indexed by unit, so the workspace reads one unit's plan without reading every unit's.
 * v4: projects indexed by plan year, reports by round, project and lifecycle, so the reminders count from
 * index keys alone.
 */
export const DB_VERSION = 4;
