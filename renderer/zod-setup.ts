import { config } from 'zod';

// zod probes `new Function` to decide whether to compile validators; the CSP forbids eval, so
// say up front that it is unavailable instead of triggering a policy violation report. This
// module is imported first by main.tsx, before any schema exists.
config({ jitless: true });
