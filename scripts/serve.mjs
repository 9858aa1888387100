/**
 * Serves the repository on 127.0.0.1 for the demo practice page (`npm start`), so the
 * demo loads the built dist/cdn/emotional-safety.js exactly as a therapist's site would,
 * under a strict Content-Security-Policy that allows nothing but this origin.
 *
 *   node scripts/serve.mjs [start-folder] [--port 8080]
 */
import { STRICT_CSP, startServer } from './static-server.mjs';

const args = process.argv.slice(2);
const startPage = (args.find((arg) => !arg.startsWith('--') && !/^\d+$/.test(arg)) ?? 'demo').replace(/^\/|\/$/g, '');
const portIndex = args.indexOf('--port');
const port = Number(portIndex >= 0 ? args[portIndex + 1] : process.env.PORT || 8080);

const { origin } = await startServer({
  root: '.',
  port,
  // Storybook's static build needs inline scripts; everything else gets the strict policy.
  headers: (pathname) => (pathname.startsWith('/storybook-static/') ? {} : { 'Content-Security-Policy': STRICT_CSP }),
});
console.log(`\n  Demo practice page: ${origin}/${startPage}/\n  Snippet builder:    ${origin}/builder/\n  (Ctrl+C to stop)\n`);
