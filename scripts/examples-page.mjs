/**
 * Writes demo/examples.html: every example of every element (src/elements/<name>/
 * <name>.examples.ts, the same ones the stories and test/examples.test.ts use) on one
 * page, each under its name and description, as exampleMarkup writes it. The page loads
 * the built dist/cdn/emotional-safety.js like the demo, so `npm start` shows it at
 * /demo/examples.html. The quick exit is left out: exits on one page act as one, and
 * any of them would take the page away (its stories show it).
 *
 *   node scripts/examples-page.mjs [--check]   (--check: fail if the page is out of date)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const ELEMENTS = [
  ['practice', 'practiceExamples'],
  ['safety-compare', 'safetyCompareExamples'],
  ['reflection-card', 'reflectionCardExamples'],
  ['article-reader', 'articleReaderExamples'],
  ['contact-cta', 'contactCtaExamples'],
  ['support-resources', 'supportResourcesExamples'],
];

// The examples are TypeScript: bundled for Node in memory, then imported.
const entry = [
  "export { exampleMarkup } from './src/core/example-markup.ts';",
  ...ELEMENTS.map(([name, exported]) => `export { ${exported} } from './src/elements/${name}/${name}.examples.ts';`),
].join('\n');
const bundled = await build({ stdin: { contents: entry, resolveDir: '.', loader: 'ts' }, bundle: true, format: 'esm', platform: 'node', write: false });
const loaded = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);

const escapeText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const id = (tag, name) => `${tag.replace(/^es-/, '')}-${name.replace(/(?<!^)[A-Z]/g, (c) => `-${c}`).toLowerCase()}`;

/** The example, its narrow column by class: the demo's CSP refuses exampleMarkup's inline style. */
function markup(tag, example) {
  const written = loaded.exampleMarkup(tag, { ...example, column: undefined });
  return example.column === 'narrow' ? `<div class="es-example-narrow">${written}</div>` : written;
}

const sections = ELEMENTS.map(([, exported]) => {
  const { tag, examples } = loaded[exported];
  const items = examples.map(
    (example) => `      <section class="example" aria-labelledby="${id(tag, example.name)}">
        <h3 id="${id(tag, example.name)}">${example.name}${example.problem ? ' <span class="example-tag">(an error state)</span>' : ''}</h3>
        <p class="example-description">${escapeText(example.description)}</p>
        ${markup(tag, example)}
      </section>`,
  );
  return `    <section aria-labelledby="${tag}">
      <h2 id="${tag}">&lt;${tag}&gt;</h2>
${items.join('\n')}
    </section>`;
});

const page = `<!doctype html>
<!-- Written by scripts/examples-page.mjs from src/elements/*/*.examples.ts: do not edit by hand. -->
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Every example · emotional-safety-elements</title>
    <link rel="icon" href="favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="examples.css" />
    <link rel="stylesheet" href="../src/embed/reserve.css" />
    <script type="module" src="../dist/cdn/emotional-safety.js"></script>
  </head>
  <body>
    <main>
    <h1>Every example</h1>
    <p>Each element’s named configurations, error states included, as the stories and the tests show them.</p>
${sections.join('\n')}
    </main>
  </body>
</html>
`;

const target = 'demo/examples.html';
if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== page) {
    console.error(`${target} is out of date: run node scripts/examples-page.mjs`);
    process.exit(1);
  }
} else {
  writeFileSync(target, page);
  console.log(`${target}: ${ELEMENTS.length} elements`);
}
