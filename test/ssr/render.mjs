/**
 * Renders every element with @lit-labs/ssr, from the package as installed in this folder
 * (node_modules/emotional-safety-elements, put there by check.mjs from `npm pack`).
 * Prints one JSON object: { pages: { name: html }, errors: [] }. Run in a child process
 * so that each mode (with or without the global DOM shim) starts from a clean Node.
 *
 * The markup comes from cases.mjs. Usage: node render.mjs [--global-shim]
 */
if (process.argv.includes('--global-shim')) await import('@lit-labs/ssr/lib/install-global-dom-shim.js');
const { render } = await import('@lit-labs/ssr');
const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
const { html } = await import('lit');
await import('emotional-safety-elements');
// The built-in articles and the Spanish messages are read in as the modules load (in the
// npm build they are files of their own), as a server's first request would find them:
// wait until a probe shows both (at most 5 s; if they never come, the checks say so).
const probe = (markup) => collectResult(render(html(Object.assign([markup], { raw: [markup] }))));
for (let waited = 0; waited < 5000; waited += 20) {
  const shown = await probe('<es-article-reader></es-article-reader><es-reflection-card lang="es"></es-reflection-card>');
  if (!shown.includes('Loading…') && shown.includes('Siguiente')) break;
  await new Promise((resolve) => setTimeout(resolve, 20));
}

const { CASES } = await import('./cases.mjs');

const pages = {};
const errors = [];
for (const [name, markup] of Object.entries(CASES)) {
  try {
    // Custom elements are rendered when they are in a template's own strings: make one.
    const strings = Object.assign([markup], { raw: [markup] });
    pages[name] = await collectResult(render(html(strings)));
  } catch (error) {
    errors.push(`${name}: ${error?.stack ?? error}`);
  }
}
process.stdout.write(JSON.stringify({ pages, errors }));
