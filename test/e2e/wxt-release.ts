import { execFileSync, type StdioOptions } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

/**
 * Runs `wxt` (a build, a zip) as a release is made: in production mode. Under vitest NODE_ENV is `test`,
 * which Vite would follow, building React's development code and JSX: not what users install.
 */
export function wxtRelease(args: string[], stdio: StdioOptions = 'pipe'): Buffer {
  return execFileSync('npx', ['wxt', ...args], {
    cwd: root,
    stdio,
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
