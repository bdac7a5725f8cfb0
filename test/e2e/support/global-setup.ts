import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Builds the app once before the end-to-end run when out/ is missing or stale. */
// eslint-disable-next-line no-restricted-syntax -- Playwright loads globalSetup from the default export.
export default function globalSetup(): void {
  const root = join(__dirname, '..', '..', '..');
  const result = spawnSync(process.execPath, [join(root, 'scripts/ensure-built.mjs')], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0 || !existsSync(join(root, 'out/node/cli.js'))) throw new Error('The app could not be built for the end-to-end tests.');
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) throw new Error(`Chromium is missing at ${chromium}: install it with \`apt-get install -y chromium\` (never \`npx playwright install\`).`);
}
