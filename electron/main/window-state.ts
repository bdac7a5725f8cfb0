import { readFileSync } from 'node:fs';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';

// The main window's size and position, remembered in `<userData>/window-state.json`. A saved
// position is used only if it is still on a connected display (monitors come and go).

/** A rectangle on the virtual screen. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const stateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(400).max(20_000),
  height: z.number().int().min(300).max(20_000),
  maximized: z.boolean(),
});

/** What is remembered about the window. */
export type WindowState = z.infer<typeof stateSchema>;

/** Size of a first window. */
export const defaultWindowSize = { width: 1280, height: 860 } as const;

/** Reads the saved state; undefined when absent or damaged (never throws). */
export function readWindowState(file: string): WindowState | undefined {
  try {
    const parsed = stateSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Saves the state atomically (best effort: a failure only costs the remembered size). */
export async function writeWindowState(file: string, state: WindowState): Promise<void> {
  try {
    await writeFileAtomic(file, JSON.stringify(state), { mode: 0o600 });
  } catch {
    // Not worth bothering the user about.
  }
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Bounds to open the window with: the saved ones if at least a quarter of the window (and 100
 * px of its title bar) is on a display's work area; otherwise the saved size (clamped) centred
 * by the OS, i.e. no x/y.
 */
export function restoreBounds(saved: WindowState | undefined, workAreas: readonly Rect[]): Partial<Rect> & { width: number; height: number } {
  if (!saved) return { ...defaultWindowSize };
  const titleBar = { x: saved.x, y: saved.y, width: saved.width, height: 32 };
  const visible = workAreas.some((area) => overlap(saved, area) >= (saved.width * saved.height) / 4 && overlap(titleBar, area) >= 100 * 32);
  if (visible) return { x: saved.x, y: saved.y, width: saved.width, height: saved.height };
  const biggest = workAreas.reduce<Rect | undefined>((best, a) => (!best || a.width * a.height > best.width * best.height ? a : best), undefined);
  return {
    width: Math.min(saved.width, biggest?.width ?? saved.width),
    height: Math.min(saved.height, biggest?.height ?? saved.height),
  };
}
