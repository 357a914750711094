import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wxtRelease } from './wxt-release';

const root = resolve(import.meta.dirname, '../..');
const wxt = (...args: string[]) => wxtRelease(args);

describe('release builds', () => {
  it('builds for Firefox with the same narrow access and a fixed id for its storage', () => {
    wxt('build', '-b', 'firefox');
    const manifest = JSON.parse(readFileSync(resolve(root, '.output/firefox-mv2/manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({
      manifest_version: 2,
      default_locale: 'th',
      permissions: ['unlimitedStorage', 'alarms', 'notifications', 'https://e-plan.nacc.go.th/*'],
      browser_specific_settings: { gecko: { id: 'eplan-assistant@eplan-assistant' } },
      browser_action: { default_title: '__MSG_extName__', default_popup: 'popup.html' },
      sidebar_action: { default_panel: 'workspace.html' },
      options_ui: { page: 'options.html' },
      icons: { 128: 'icon/128.png' },
      content_scripts: [
        {
          matches: ['https://e-plan.nacc.go.th/*'],
          exclude_matches: ['https://e-plan.nacc.go.th/login.php*'],
        },
      ],
    });
  });

  it('makes a store-ready zip holding the manifest, locales and scripts', () => {
    wxt('zip');
    const zip = readdirSync(resolve(root, '.output')).find((f) => /-chrome\.zip$/.test(f));
    expect(zip).toBeDefined();
    const bytes = readFileSync(resolve(root, '.output', zip!));
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    // A zip's directory names its files in plain text.
    for (const file of [
      'manifest.json',
      '_locales/th/messages.json',
      'background.js',
      'portal.js',
      'portal-wake.js',
      'portal-form.js',
      'workspace-plan-snapshot.js',
    ]) {
      expect(bytes.includes(Buffer.from(file)), file).toBe(true);
    }
  });
});
