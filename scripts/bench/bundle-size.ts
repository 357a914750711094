// What the built extension makes a portal page download and run: the content script's bytes (minified, as
// WXT builds them) and the form script that follows it on the first stir, and for context the page service
// imported on demand and the assistant page's scripts.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Strings only React's own code carries (package name, element symbols, React 19's internals, error URLs). */
const REACT_MARKERS = [
  'react-dom',
  'react.transitional.element',
  'react.element',
  '__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE',
  'react.dev/errors',
];

export interface FileSize {
  /** Path inside the extension, e.g. `portal.js`. */
  path: string;
  bytes: number;
  gzipBytes: number;
  /** The React markers found in it (none for a file without React). */
  reactMarkers: string[];
}

export interface BundleSizes {
  /** The content script the manifest runs on the report page as it loads. */
  contentScript: FileSize;
  /** The form script the background puts on a form page once the person stirs there (Chrome's build). */
  formScript: FileSize | null;
  pageService: FileSize;
  /** The assistant page's own chunk and every chunk it imports, in load order. */
  assistant: { html: string; chunks: FileSize[]; totalBytes: number; totalGzipBytes: number };
}

/** Whether a manifest match pattern (`https://host/path*`, `*` for anything) covers a URL. */
function patternCovers(pattern: string, url: string): boolean {
  const source = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${source}$`).test(url);
}

function sizeOf(extensionDir: string, path: string): FileSize {
  const text = readFileSync(join(extensionDir, path));
  const source = text.toString('utf8');
  return {
    path,
    bytes: text.byteLength,
    gzipBytes: gzipSync(text, { level: 9 }).byteLength,
    reactMarkers: REACT_MARKERS.filter((m) => source.includes(m)),
  };
}

/** Module scripts an HTML page loads (its entry and preloads), as paths inside the extension. */
function htmlModules(html: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+\.js)"[^>]*>/g)) {
    found.push(match[1]!.replace(/^\//, ''));
  }
  return found;
}

/** Static and dynamic imports of a built chunk (`from"./x.js"`, `import"./x.js"`, `import("./x.js")`). */
function chunkImports(source: string, path: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
    found.push(posix.normalize(posix.join(posix.dirname(path), match[1]!)));
  }
  return found;
}

export function measureBundle(extensionDir: string, pageUrl: string): BundleSizes {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: { matches?: string[]; exclude_matches?: string[]; js?: string[] }[];
  };
  const onPage = (manifest.content_scripts ?? []).filter(
    (c) =>
      (c.matches ?? []).some((m) => patternCovers(m, pageUrl)) &&
      !(c.exclude_matches ?? []).some((m) => patternCovers(m, pageUrl)),
  );
  const atLoad = onPage.flatMap((c) => c.js ?? []);
  if (atLoad.length !== 1)
    throw new Error(`expected one content script on ${pageUrl}, found ${atLoad.length}`);

  const html = 'assistant.html';
  const seen = new Set<string>();
  const queue = htmlModules(readFileSync(join(extensionDir, html), 'utf8'));
  const chunks: FileSize[] = [];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path) || !existsSync(join(extensionDir, path))) continue;
    seen.add(path);
    chunks.push(sizeOf(extensionDir, path));
    queue.push(...chunkImports(readFileSync(join(extensionDir, path), 'utf8'), path));
  }
  return {
    contentScript: sizeOf(extensionDir, atLoad[0]!),
    formScript: existsSync(join(extensionDir, 'portal-form.js'))
      ? sizeOf(extensionDir, 'portal-form.js')
      : null,
    pageService: sizeOf(extensionDir, 'page-service.js'),
    assistant: {
      html,
      chunks,
      totalBytes: chunks.reduce((sum, c) => sum + c.bytes, 0),
      totalGzipBytes: chunks.reduce((sum, c) => sum + c.gzipBytes, 0),
    },
  };
}

/** Sources (under `roots`) changed after the build: the figures would be for older code. */
export function staleSources(extensionDir: string, roots: readonly string[]): string[] {
  const built = statSync(join(extensionDir, 'manifest.json')).mtimeMs;
  const stale: string[] = [];
  const visit = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (/\.(tsx?|css|html)$/.test(entry.name) && statSync(path).mtimeMs > built) stale.push(path);
    }
  };
  for (const root of roots) visit(root);
  return stale;
}
