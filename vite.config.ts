import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };

// One build for every runtime: the renderer (browser), the Node side (CLI, workers) and the
// Electron shell (main, preload). Node-side bundles are CommonJS with every dependency left
// external, so `npm ci` alone is enough to run them and electron-builder packs `dependencies`.
const root = __dirname;
const nodeExternals = [
  'electron',
  ...builtinModules,
  ...builtinModules.map((m) => `node:${m}`),
  ...Object.keys(pkg.dependencies ?? {}),
].map((name) => new RegExp(`^${name.replace(/[/]/g, '\\/')}(\\/.*)?$`));

const nodeOutput = { format: 'cjs' as const, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' };

export default defineConfig({
  root: resolve(root, 'renderer'),
  base: './',
  plugins: [react()],
  builder: {
    async buildApp(builder) {
      for (const environment of Object.values(builder.environments)) await builder.build(environment);
    },
  },
  environments: {
    client: {
      // Gestalt's CSS carries CSS-modules ':import' rules that lightningcss warns about; esbuild minifies it quietly.
      build: { outDir: resolve(root, 'out/renderer'), emptyOutDir: true, chunkSizeWarningLimit: 4096, cssMinify: 'esbuild' },
    },
    node: {
      consumer: 'server',
      build: {
        ssr: true,
        outDir: resolve(root, 'out/node'),
        emptyOutDir: true,
        target: 'node20',
        rollupOptions: {
          input: {
            cli: resolve(root, 'electron/cli/cli.ts'),
            'events-worker': resolve(root, 'electron/app/pipeline/events-worker.ts'),
          },
          external: nodeExternals,
          output: nodeOutput,
        },
      },
    },
    electron: {
      consumer: 'server',
      build: {
        ssr: true,
        outDir: resolve(root, 'out/main'),
        emptyOutDir: true,
        target: 'node22',
        rollupOptions: {
          input: {
            main: resolve(root, 'electron/main/main.ts'),
          },
          external: nodeExternals,
          output: nodeOutput,
        },
      },
    },
    // The sandboxed preload can require nothing but `electron`: one self-contained CJS file.
    preload: {
      consumer: 'server',
      resolve: { noExternal: true },
      build: {
        ssr: true,
        outDir: resolve(root, 'out/preload'),
        emptyOutDir: true,
        target: 'node22',
        rollupOptions: {
          input: { preload: resolve(root, 'electron/preload/preload.ts') },
          external: ['electron'],
          output: { ...nodeOutput, codeSplitting: false },
        },
      },
    },
  },
});
