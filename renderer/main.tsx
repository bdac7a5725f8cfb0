import 'gestalt/dist/gestalt.css';
import './styles.css';
import { StrictMode } from 'react';
import { config } from 'zod';
import { createRoot } from 'react-dom/client';
import { App } from './app';

// zod probes `new Function` to decide whether to compile validators; the CSP forbids eval, so
// say up front that it is unavailable instead of triggering a policy violation report.
config({ jitless: true });

const root = document.getElementById('root');
if (root) createRoot(root).render(<StrictMode><App /></StrictMode>);
