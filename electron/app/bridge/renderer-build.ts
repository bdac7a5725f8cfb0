import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Finds the renderer build (out/renderer) from a module's folder: next to out/node when running
 * the built CLI, or under the project root when running from sources (tests, tsx).
 */
export function findRendererBuild(fromDir: string): string {
  let dir = fromDir;
  for (;;) {
    const sibling = join(dir, 'renderer', 'index.html');
    if (dir.endsWith('out') && existsSync(sibling)) return join(dir, 'renderer');
    const underOut = join(dir, 'out', 'renderer');
    if (existsSync(join(dir, 'package.json')) && existsSync(underOut)) return underOut;
    const parent = dirname(dir);
    if (parent === dir) return join(fromDir, '..', 'renderer');
    dir = parent;
  }
}
