#!/usr/bin/env node
// Installed command: runs the built CLI (npm run build creates it; `npm run cli` builds when needed).
require('../out/node/cli.js');
