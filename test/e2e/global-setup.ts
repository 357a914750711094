import { wxtRelease } from './wxt-release';

// Builds the extension once for the whole E2E run, so every test loads exactly what users install.
export default function setup() {
  wxtRelease(['build'], 'inherit');
}
