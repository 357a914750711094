import { execFileSync } from 'node:child_process';

// Builds the extension once for the whole E2E run, so every test loads exactly what users install.
export default function setup() {
  execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
}
