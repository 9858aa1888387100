/**
 * The host pages of the embedding checks, written into the git-ignored bench/.tmp/embed/
 * from the README's own snippets (so the tests and the bench try exactly what the README
 * hands out): test/e2e/embed.e2e.mjs and bench/embed.mjs share them.
 */
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BUNDLE, ROOT } from './harness.mjs';

export const SCRATCH = join(ROOT, 'bench/.tmp/embed');
export const UPLOADED = '/bench/.tmp/embed/wp-content/uploads/2026/11/emotional-safety-elements-1.js';

/** One of the README's plain-page snippets: the ```html block after `<!-- snippet:NAME -->`. */
export async function readmeSnippet(name) {
  const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
  const block = readme.split(`<!-- snippet:${name} -->`)[1]?.split('<!-- /snippet -->')[0];
  const html = block?.match(/```html\n([\s\S]*?)```/)?.[1];
  if (!html) throw new Error(`README.md has no snippet between <!-- snippet:${name} --> and <!-- /snippet -->`);
  return html;
}

/** A host page: its own header and text around `body`, and nothing for our elements. */
export const hostPage = (title, body, lang = 'en', top = '') => `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <style>
      body { font: 18px/1.6 Georgia, serif; margin: 0; color: #222; background: #fff; }
      main { max-width: 40rem; margin: 0 auto; padding: 1rem; }
    </style>
  </head>
  <body>
${top}
    <main>
      <h1>Harbour Counselling</h1>
${body}
      <h2>About the practice</h2>
      <p>We offer individual and couples therapy in a calm, unhurried space. Sessions are fifty minutes, in person or online.</p>
      <p>If you are not sure where to start, write to us: we answer every message within two working days.</p>
    </main>
  </body>
</html>
`;

/** Writes every page (and the copies of the script they load) under bench/.tmp/embed/. */
export async function writeEmbedPages() {
  await mkdir(join(SCRATCH, 'wp-content/uploads/2026/11'), { recursive: true });
  await cp(BUNDLE, join(ROOT, UPLOADED.slice(1)));
  const top = (await readmeSnippet('plain-top')).replace('src="/emotional-safety.js"', 'src="/dist/cdn/emotional-safety.js"');
  await writeFile(join(SCRATCH, 'readme-snippet.html'), hostPage('The README snippet', await readmeSnippet('plain-content'), 'en', top));
  // Squarespace: Code Injection → Header puts the top block in <head> (the parser moves the
  // quick exit to the start of <body>); a Code Block holds the elements inside the page.
  const page = hostPage('Squarespace', `      <div class="sqs-block code-block"><div class="sqs-block-content">\n${await readmeSnippet('plain-content')}</div></div>`);
  await writeFile(join(SCRATCH, 'squarespace.html'), page.replace('</head>', `${top}\n  </head>`));
  for (const folder of ['cors', 'no-cors']) {
    await mkdir(join(SCRATCH, folder), { recursive: true });
    await cp(BUNDLE, join(SCRATCH, folder, 'emotional-safety.js'));
  }
  await cp(BUNDLE, join(SCRATCH, 'cors/emotional-safety.txt'));
  // Every element, in Spanish, from the one uploaded file: built-in content, a practice's
  // own comparison as inline JSON, and one whose JSON fails the schema.
  const own = JSON.stringify({ id: 'propia', title: 'Nuestra comparación', rows: [{ id: 'a', safe: 'Escuchar con calma', unsafe: 'Interrumpir con prisa' }] });
  const broken = JSON.stringify({ id: 'rota', title: 'Rota', rows: [{ id: 'a', safe: 'Solo un lado' }] });
  await writeFile(
    join(SCRATCH, 'one-file.html'),
    hostPage(
      'One uploaded file',
      `      <script type="module" src="${UPLOADED}"></script>
      <es-practice name="Consulta Puerto" contact-url="mailto:hola@example.org" region="intl">
        <es-quick-exit><a href="https://www.bbc.com/weather">Salir de esta página</a></es-quick-exit>
        <es-article-reader article="rebuilding-safety-and-trust"></es-article-reader>
        <es-reflection-card journal></es-reflection-card>
        <es-safety-compare set="safe-vs-unsafe"></es-safety-compare>
        <es-safety-compare id="own"><script type="application/json">${own}</script></es-safety-compare>
        <es-safety-compare id="broken"><script type="application/json">${broken}</script></es-safety-compare>
        <es-support-resources></es-support-resources>
        <es-contact-cta></es-contact-cta>
      </es-practice>`,
      'es',
    ),
  );
}
