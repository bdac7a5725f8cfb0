// Lint enforces the layering of docs/ARCHITECTURE (see README "Design"):
// core is pure, the renderer only speaks the contract, raw IPC lives in two wrapper files.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeIo = ['node:fs', 'node:fs/promises', 'node:net', 'node:http', 'node:https', 'node:child_process',
  'node:worker_threads', 'node:os', 'node:dgram', 'node:tls', 'fs', 'fs/promises', 'net', 'http', 'https',
  'child_process', 'worker_threads', 'os'];
const restrictedIpc = {
  name: 'electron',
  importNames: ['ipcMain', 'ipcRenderer'],
  message: 'Use the typed wrappers (electron/main/ipc-handlers.ts, electron/preload/preload.ts).',
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', { paths: [restrictedIpc] }],
    },
  },
  {
    files: ['electron/core/**/*.ts', 'electron/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'electron', message: 'core and shared are pure: no Electron.' },
          ...nodeIo.map((name) => ({ name, message: 'core and shared are pure: I/O arrives through ports.' })),
        ],
        patterns: [
          { group: ['**/app/**', '**/main/**', '**/preload/**', '**/cli/**', '**/sandbox/**'], message: 'core depends on nothing but shared.' },
        ],
      }],
    },
  },
  {
    files: ['electron/app/**/*.ts', 'electron/sandbox/**/*.ts', 'electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'Only electron/main and electron/preload may import Electron.' }],
        patterns: [{ group: ['**/main/**', '**/preload/**', '**/renderer/**'], message: 'Shells depend on app, never the reverse.' }],
      }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'The renderer talks only to the Api.' }],
        patterns: [
          { group: ['node:*'], message: 'The renderer has no Node.' },
          { group: ['**/electron/core/**', '**/electron/app/**', '**/electron/main/**', '**/electron/sandbox/**', '**/electron/cli/**'],
            message: 'The renderer imports types from electron/shared only.' },
        ],
      }],
    },
  },
  {
    files: ['bin/**/*.js', 'scripts/**/*.{js,mjs}', 'bench/**/*.{js,mjs}'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['electron/main/ipc-handlers.ts', 'electron/preload/preload.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['**/*.{ts,tsx,mts}'],
    ignores: ['*.config.ts', '*.config.mts'],
    rules: {
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Named exports only.' }],
    },
  },
);
