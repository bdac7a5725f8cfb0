// `npm start`: build, then run the desktop app in Electron. Where the Electron binary cannot be
// had (offline machines like our CI), say so and run the same app in the system browser through
// the loopback bridge instead. Either way, with no Pinterest account configured the app offers
// the Sandbox sign-in, so everything can be tried without anything leaving the machine.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { appRoot, resolveElectronBinary } from './electron-binary.mjs';

const args = process.argv.slice(2);
const build = spawnSync(process.execPath, [join(appRoot, 'scripts/build.mjs')], { cwd: appRoot, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 2);

function run(command, commandArgs, env = process.env) {
  const child = spawn(command, commandArgs, { cwd: appRoot, stdio: 'inherit', env });
  // Ctrl-C reaches the child through the terminal's process group; just wait for it to finish.
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 130 : 0)));
}

process.stderr.write('Looking for Electron (the first run on a new machine downloads it)...\n');
const electron = resolveElectronBinary({ timeoutMs: 180_000 });
if (electron.path) {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  run(electron.path, [appRoot, ...args], env);
} else {
  process.stderr.write(
    `Electron cannot start here: ${electron.reason}.\n` +
      'Running the same app in your browser instead (a local server on 127.0.0.1 only).\n',
  );
  run(process.execPath, [join(appRoot, 'out/node/cli.js'), 'serve', '--open', ...args]);
}
