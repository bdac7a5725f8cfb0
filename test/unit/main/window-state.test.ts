import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultWindowSize, readWindowState, restoreBounds, writeWindowState } from '../../../electron/main/window-state';

const screen = { x: 0, y: 0, width: 1920, height: 1080 };
const second = { x: 1920, y: 0, width: 2560, height: 1440 };

describe('window state', () => {
  it('round-trips through a private file and survives damage', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cu-ws-'));
    try {
      const file = join(dir, 'window-state.json');
      expect(readWindowState(file)).toBeUndefined();
      const state = { x: 10, y: 20, width: 1000, height: 700, maximized: false };
      await writeWindowState(file, state);
      expect(readWindowState(file)).toEqual(state);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      for (const damaged of ['{', '[]', JSON.stringify({ ...state, width: 5 }), JSON.stringify({ ...state, x: 'a' })]) {
        writeFileSync(file, damaged);
        expect(readWindowState(file)).toBeUndefined();
      }
      expect(readFileSync(file, 'utf8')).toContain('"x":"a"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('uses the default size the first time', () => {
    expect(restoreBounds(undefined, [screen])).toEqual(defaultWindowSize);
  });

  it('restores a position that is still on a display', () => {
    const saved = { x: 2000, y: 100, width: 1200, height: 800, maximized: false };
    expect(restoreBounds(saved, [screen, second])).toEqual({ x: 2000, y: 100, width: 1200, height: 800 });
  });

  it('lets the OS place a window whose display is gone, shrunk to fit', () => {
    const saved = { x: 2000, y: 100, width: 2400, height: 1300, maximized: false };
    expect(restoreBounds(saved, [screen])).toEqual({ width: 1920, height: 1080 });
  });

  it('does not restore a window whose title bar is off screen', () => {
    const saved = { x: 100, y: -700, width: 1200, height: 800, maximized: false };
    expect(restoreBounds(saved, [screen])).toEqual({ width: 1200, height: 800 });
  });
});
