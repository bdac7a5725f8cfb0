import { describe, expect, it } from 'vitest';
import { secureWebPreferences } from '../../../electron/main/web-preferences';

describe('secureWebPreferences', () => {
  it('is exactly the hardened set (SECURITY §1 items 2-4, 6, 8-11)', () => {
    expect(secureWebPreferences('/app/out/preload/preload.js')).toStrictEqual({
      preload: '/app/out/preload/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      disableDialogs: false,
      autoplayPolicy: 'user-gesture-required',
    });
  });

  it('never sets the dangerous switches', () => {
    const prefs = secureWebPreferences('/p.js') as Record<string, unknown>;
    for (const key of ['enableBlinkFeatures', 'additionalArguments', 'enableRemoteModule', 'partition', 'offscreen']) {
      expect(prefs).not.toHaveProperty(key);
    }
  });
});
