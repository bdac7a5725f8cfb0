// Preview scroll benchmark: the longest main-thread task while scrolling the preview of a
// 1,000,000-row file in Chromium (target < 50 ms). It serves the real app (backend + bridge),
// signs in to the embedded Sandbox, opens a generated CSV, accepts the suggested mapping and
// scrolls the virtualized preview with the mouse wheel and with scrollbar-like jumps across the
// whole file, while the page records long tasks (PerformanceObserver 'longtask') and the gaps
// between animation frames. Needs `npm run build` (npm run bench does it) and /usr/bin/chromium.
/* global window, requestAnimationFrame -- functions passed to page.evaluate run in the browser */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';

const root = resolve(import.meta.dirname, '..');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const header = 'Order ID,Email,Phone,First Name,Last Name,Country,Order Date,Total,Currency';

/** Writes `rows` recent conversions (a few malformed) as CSV, streaming, and resolves its path. */
async function writeCsv(dir, rows) {
  const path = join(dir, `preview-${rows}.csv`);
  const out = createWriteStream(path);
  const now = Date.now();
  out.write(`${header}\n`);
  let chunk = '';
  for (let i = 0; i < rows; i += 1) {
    const time = new Date(now - (1 + (i % 96)) * 3600_000).toISOString();
    const email = i % 97 === 0 ? `user${i} at example.com` : `user${i}@example.com`;
    chunk += `O-${i},${email},+1 415 555 ${String(i % 10000).padStart(4, '0')},Ann,Lee,US,${time},${(i % 500) + 0.99},USD\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await new Promise((r) => out.once('drain', r));
      chunk = '';
    }
  }
  out.end(chunk);
  await new Promise((r, j) => out.on('finish', r).on('error', j));
  return path;
}

/** Starts `serve` on a free port with a fresh data folder; resolves with its URL and a stop(). */
function serve(dataDir) {
  const child = spawn(process.execPath, [join(root, 'out/node/cli.js'), 'serve', '--port', '0', '--data-dir', dataDir, '--json'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const stop = () =>
    new Promise((r) => {
      if (child.exitCode !== null) return r();
      child.once('exit', r);
      child.kill('SIGINT');
    });
  return new Promise((r, j) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes('\n')) r({ url: JSON.parse(out.split('\n')[0]).url, stop });
    });
    child.once('exit', (code) => j(new Error(`serve exited with ${code}`)));
  });
}

const step = (page, name, states) => page.locator(states.map((s) => `[data-step="${name}"][data-state="${s}"]`).join(', ')).waitFor({ timeout: 600_000 });

/** Walks from sign-in to a ready preview of `file`; resolves the ms spent opening the file. */
async function openPreview(page, url, file, log) {
  await page.goto(url);
  await page.getByRole('button', { name: 'Use the Sandbox' }).click();
  await step(page, 'account', ['ready']);
  await page.getByRole('radio', { name: 'Sandbox Shop US' }).check();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await step(page, 'file', ['empty']);
  const started = Date.now();
  await page.locator('[data-testid="file-input"]').setInputFiles(file);
  await step(page, 'file', ['ready']);
  const openMs = Date.now() - started;
  log(`  file opened in ${(openMs / 1000).toFixed(1)} s`);
  await page.locator('[data-step="file"]').getByRole('button', { name: 'Continue', exact: true }).click();
  await step(page, 'map', ['ready']);
  await page.getByRole('button', { name: 'Continue to preview' }).click();
  await step(page, 'preview', ['ready']);
  // Measure the steady state: once the backend has finished checking the whole file, its CPU
  // no longer competes with the browser (the figure would otherwise be the backend's).
  const checking = Date.now();
  await page.locator('[data-testid="match-quality"][data-state="ready"]').waitFor({ timeout: 900_000 });
  log(`  whole file checked ${((Date.now() - checking) / 1000).toFixed(1)} s after the preview appeared`);
  return openMs;
}

/** In the page: records long tasks and frame gaps until `stop()` returns them. */
function installProbe() {
  const probe = { longTasks: [], gaps: [], running: true };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: false });
  let last = performance.now();
  const frame = (t) => {
    probe.gaps.push(t - last);
    last = t;
    if (probe.running) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  window.__probe = probe;
}

/** Stops the probe and summarizes it: longest task, task count, frame gaps. */
async function readProbe(page) {
  const probe = await page.evaluate(() => {
    window.__probe.running = false;
    return window.__probe;
  });
  const gaps = probe.gaps.slice(1).sort((a, b) => a - b);
  return {
    longestTaskMs: probe.longTasks.length ? Math.max(...probe.longTasks) : 0,
    longTasks: probe.longTasks.length,
    maxFrameGapMs: gaps.at(-1) ?? 0,
    p95FrameGapMs: gaps.length ? gaps[Math.min(gaps.length - 1, Math.floor(0.95 * gaps.length))] : 0,
    frames: gaps.length,
  };
}

/** Scrolls like a user: wheel bursts, then jumps across the whole file (scrollbar drags). */
async function scrollAround(page, steps) {
  const scroller = page.locator('[data-testid="preview-grid"]');
  const box = await scroller.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < steps; i += 1) await page.mouse.wheel(0, 600);
  for (let i = 0; i < steps; i += 1) {
    const where = ((i * 7919) % 1000) / 1000;
    await scroller.evaluate((el, f) => {
      el.scrollTop = f * (el.scrollHeight - el.clientHeight);
    }, where);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }
  // Let the pages requested by the last jumps arrive and render.
  await page.locator('[data-testid="preview-grid"] [role="row"][data-row]').first().waitFor();
}

/**
 * Same probe while the page sits idle for as long as the scroll took: on a shared machine the
 * OS alone produces "long tasks" (the main thread waits for a CPU), so this baseline tells how
 * much of the scroll figure is the machine rather than the app.
 */
async function measureIdle(page, ms) {
  await page.evaluate(installProbe);
  await page.evaluate((wait) => new Promise((r) => setTimeout(r, wait)), ms);
  return readProbe(page);
}

/** Scrolls the preview of `file` and measures it; returns the figures. */
async function measure(browser, url, file, log) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  const openMs = await openPreview(page, url, file, log);
  await page.evaluate(installProbe);
  const steps = 150;
  const started = Date.now();
  await scrollAround(page, steps);
  const scrollMs = Date.now() - started;
  const scroll = await readProbe(page);
  const idle = await measureIdle(page, Math.min(scrollMs, 15_000));
  const scale = Number(await page.locator('[data-testid="preview-grid"]').getAttribute('data-scale'));
  const domRows = await page.locator('[data-testid="preview-grid"] [role="row"]').count();
  return {
    ...scroll,
    idleLongestTaskMs: idle.longestTaskMs,
    idleMaxFrameGapMs: idle.maxFrameGapMs,
    scrollActions: steps * 2,
    scrollSeconds: scrollMs / 1000,
    openFileSeconds: openMs / 1000,
    scrollbarScale: scale,
    rowsInPage: domRows,
    targetLongestTaskMs: 50,
  };
}

/** The benchmark entry point called by bench/run.mjs. */
export async function runPreviewScrollBench({ rows = 1_000_000, log = () => {} } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'cu-bench-preview-'));
  let app;
  let browser;
  try {
    log(`  writing ${rows.toLocaleString('en')} rows`);
    const file = await writeCsv(dir, rows);
    app = await serve(join(dir, 'data'));
    browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
    return { rows, ...(await measure(browser, app.url, file, log)) };
  } finally {
    await browser?.close();
    await app?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
