import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, posix } from 'node:path';

// Serving the built renderer, shared by the loopback bridge and Electron's app:// protocol.
// Only files listed in a manifest (written at build time by scripts/build.mjs, or built here by
// walking the folder, symlinks excluded) are ever served: a request path is looked up as a key,
// never joined onto the folder, so no traversal trick can reach another file.

/** Name of the manifest file inside the renderer build folder. */
export const manifestFileName = 'asset-manifest.json';

/** The files of the built renderer, by URL path without the leading slash. */
export interface StaticManifest {
  readonly dir: string;
  readonly files: ReadonlySet<string>;
}

function walk(dir: string, prefix: string, out: Set<string>): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    const full = join(dir, entry.name);
    // lstat, not stat: a symlink (even one pointing inside the folder) is never served.
    const stat = lstatSync(full);
    if (stat.isSymbolicLink()) continue;
    if (stat.isDirectory()) walk(full, rel, out);
    else if (stat.isFile() && rel !== manifestFileName) out.add(rel);
  }
}

/** Lists the servable files of a folder (what the build writes into the manifest). */
export function scanStaticFiles(dir: string): string[] {
  const out = new Set<string>();
  walk(dir, '', out);
  return [...out].sort();
}

/** Loads the build-time manifest, or scans the folder when there is none (development). */
export function loadStaticManifest(dir: string): StaticManifest {
  const manifestPath = join(dir, manifestFileName);
  if (existsSync(manifestPath)) {
    const listed = JSON.parse(readFileSync(manifestPath, 'utf8')) as unknown;
    if (!Array.isArray(listed) || !listed.every((f): f is string => typeof f === 'string')) {
      throw new Error(`${manifestPath} is not a list of file names.`);
    }
    return { dir, files: new Set(listed) };
  }
  return { dir, files: new Set(scanStaticFiles(dir)) };
}

/**
 * Maps a URL pathname (still percent-encoded) to a manifest file, or null (→ 404).
 * `/` is index.html. Anything odd (bad escapes, NUL, backslashes, dot segments) is refused
 * outright rather than normalised, so no two spellings ever reach the same file.
 */
export function resolveStaticPath(manifest: StaticManifest, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (!decoded.startsWith('/') || /[\0\\]/.test(decoded)) return null;
  const rel = decoded === '/' ? 'index.html' : decoded.slice(1);
  if (posix.normalize(rel) !== rel || rel.split('/').some((seg) => seg === '..' || seg === '.' || seg === '')) return null;
  return manifest.files.has(rel) ? join(manifest.dir, ...rel.split('/')) : null;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** Content type by file extension (unknown types download as bytes, never sniffed). */
export function contentTypeFor(file: string): string {
  return contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The renderer's Content-Security-Policy. In Electron the renderer talks only over IPC
 * (connect-src 'none'); the browser shell talks to the bridge on its own origin ('self').
 * style-src stays 'self': Gestalt ships one stylesheet and React sets styles through CSSOM,
 * which CSP does not restrict.
 */
export function rendererCsp(transport: 'ipc' | 'bridge'): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src ${transport === 'bridge' ? "'self'" : "'none'"}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}

/** Headers every served renderer file carries besides its CSP. */
export const hardeningHeaders: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'x-frame-options': 'DENY',
};
