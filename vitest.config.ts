import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Three projects:
// - unit: every pure and store test (fake-indexeddb), in the machine's own time zone;
// - tz: the time-sensitive tests again, run by `npm run test:unit` under TZ=UTC and TZ=America/Los_Angeles;
// - e2e: the built extension in real Chromium against the replica portal.
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
          setupFiles: ['test/unit/setup.ts'],
          environment: 'node',
        },
      },
      {
        plugins: [WxtVitest()],
        test: {
          name: 'tz',
          include: [
            'test/unit/calendar/**/*.test.ts',
            'test/unit/thai/**/*.test.ts',
            'test/unit/reminders/**/*.test.ts',
            'test/unit/tz.test.ts',
          ],
          setupFiles: ['test/unit/setup.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // What the extension does in the background (the badge a second after a change) takes its time.
          expect: { poll: { timeout: 5000 } },
          // One Chromium at a time: the machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
