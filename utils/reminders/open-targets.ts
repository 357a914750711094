import { PORTAL_HOST } from '../portal/page-kind';

/** The portal's report list (menu โครงการ › บันทึกการรายงานผลการดำเนินงาน), where rounds are reported. */
export const PORTAL_REPORT_LIST_URL = `https://${PORTAL_HOST}/projectdisplay.php`;

/** The workspace showing only what is outstanding (the workspace reads the hash). */
export const WORKSPACE_OUTSTANDING_PATH = '/workspace.html#outstanding';
export const WORKSPACE_PATH = '/workspace.html';
