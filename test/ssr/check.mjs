/**
 * Server rendering, then hydration, of every element, from the package as npm delivers it:
 * `npm pack` of the root (built first: `npm run build`), installed here with
 * `npm install --no-save` over this folder's own lockfile (`npm ci` first).
 *
 * - Node (@lit-labs/ssr 4, with and without its global DOM shim; render.mjs): every element
 *   renders its real content in its declarative shadow root (the article's title and section
 *   headings, a prompt, the comparison rows, the emergency line first, the contact link with
 *   its mailto:), the settings of an <es-practice> reach the elements inside it, `lang="es"`
 *   and `<es-practice locale="es">` render Spanish, and no host gains an attribute it was not
 *   given (no default is reflected).
 * - Chromium: that HTML hydrates (lit/experimental-hydrate-support.js before the elements)
 *   with no error or warning in the console, the text is the server's, the hydrated shadow
 *   DOM is exactly what a fresh client render of the same markup gives (hydration keeps what
 *   the server drew, so any silent difference would stay on screen), hosts still carry only
 *   their own attributes, and the card is interactive (Next shows the second prompt).
 *
 * Usage: node test/ssr/check.mjs [--no-pack]   (from the root or here). Reports in TAP (node:test); exits with 1 when a check fails.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CASES } from './cases.mjs';
import { check, need } from '../node-checks.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');

function run(cmd, args, cwd) {
  return new Promise((done) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, FORCE_COLOR: '0' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => done({ code, out, err }));
  });
}

if (!existsSync(join(root, 'dist/index.js'))) {
  console.error('dist/ is empty: run `npm run build` first.');
  process.exit(1);
}
if (!existsSync(join(here, 'node_modules/@lit-labs/ssr'))) {
  console.error('test/ssr has no node_modules: run `npm --prefix test/ssr ci` first.');
  process.exit(1);
}

// ── The package as npm delivers it ────────────────────────────────────────────────────────
if (!process.argv.includes('--no-pack')) {
  const packDir = mkdtempSync(join(tmpdir(), 'es-pack-'));
  try {
    const pack = await run('npm', ['pack', '--silent', '--pack-destination', packDir], root);
    const tgz = readdirSync(packDir).find((f) => f.endsWith('.tgz'));
    need('npm pack', pack.code === 0 && !!tgz, pack.out + pack.err);
    const install = await run('npm', ['install', '--no-save', '--no-audit', '--no-fund', join(packDir, tgz)], here);
    need('npm install --no-save <tarball> in test/ssr', install.code === 0, install.out + install.err);
  } finally {
    rmSync(packDir, { recursive: true, force: true });
  }
}

// ── Node: @lit-labs/ssr ──────────────────────────────────────────────────────────────────
/** The text a reader would see: styles, markers and tags dropped, spaces collapsed. */
const textOf = (markup) =>
  markup
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
/** The markup of one host element (from its start tag to its closing tag), first match. */
function hostOf(markup, tag, from = 0) {
  const start = markup.indexOf(`<${tag}`, from);
  if (start < 0) return '';
  const end = markup.indexOf(`</${tag}>`, start);
  return markup.slice(start, end < 0 ? undefined : end + tag.length + 3);
}
/** The attributes written on every es-* start tag of the page itself (not inside a shadow root), in order. */
function hostAttributes(markup) {
  const found = [];
  let depth = 0;
  for (const [token, tag, attrs] of markup.matchAll(/<\/template>|<template\b[^>]*>|<(es-[a-z-]+)((?:\s+[a-z-]+(?:="[^"]*")?)*)\s*>/g)) {
    if (token.startsWith('</template')) depth--;
    else if (token.startsWith('<template')) depth++;
    else if (depth === 0) {
      const names = [...attrs.matchAll(/([a-z-]+)(?:="[^"]*")?/g)].map((m) => m[1]).filter((a) => a !== 'defer-hydration');
      found.push(`${tag}:${names.join(',')}`);
    }
  }
  return found;
}

let pages;
for (const mode of ['', '--global-shim']) {
  const label = mode ? 'with the global DOM shim' : 'without a global DOM shim';
  const result = await run(process.execPath, [join(here, 'render.mjs'), ...(mode ? [mode] : [])], here);
  let out;
  try {
    out = JSON.parse(result.out);
  } catch {
    check(`render.mjs ${label} runs`, false, result.err || result.out);
    continue;
  }
  check(`SSR ${label}: no element throws`, out.errors.length === 0, out.errors.join('\n'));
  check(`SSR ${label}: nothing in the console`, !result.err.trim(), result.err);
  pages ??= out.pages;
  const { bare = '', practice = '', spanish = '' } = out.pages;
  const expect = (what, markup, ...texts) => {
    const text = textOf(markup);
    const missing = texts.filter((t) => !(t instanceof RegExp ? t.test(text) : text.includes(t)));
    check(`SSR ${label}: ${what}`, missing.length === 0 && !text.includes('Loading…'), `missing ${missing.join(' | ')}${text.includes('Loading…') ? ' (shows Loading…)' : ''}\n${text.slice(0, 600)}`);
  };
  expect('the article reader: title, reading time, contents and section headings', hostOf(bare, 'es-article-reader'),
    'What Emotional Safety Actually Means in Relationships', /min read/, 'Contents', 'What Emotional Safety Is Not', 'How Therapy Can Help Build Emotional Safety');
  check(`SSR ${label}: section headings carry their stable ids`, /<h3[^>]*id="what-emotional-safety-is-not"/.test(hostOf(bare, 'es-article-reader')));
  expect('the reflection card: its first prompt and the Next button', hostOf(bare, 'es-reflection-card'),
    'Prompt 1 of 6', 'Are there places in your closest relationships where you feel free to be yourself?', 'Next');
  expect('the comparison: its rows', hostOf(bare, 'es-safety-compare'), 'Emotionally safe', 'Responsiveness', 'Curiosity', 'Contempt');
  expect('the quick exit: its button', hostOf(bare, 'es-quick-exit'), 'Leave this page');
  const support = textOf(hostOf(bare, 'es-support-resources'));
  check(`SSR ${label}: support resources show the emergency line first`, /^Urgent support[^]*emergency number/.test(support), support.slice(0, 300));
  check(`SSR ${label}: the contact link keeps its mailto: href`, /<a[^>]*href="mailto:hello@example.org"/.test(hostOf(bare, 'es-contact-cta')), hostOf(bare, 'es-contact-cta').replace(/<style>[\s\S]*?<\/style>/, '').slice(0, 400));
  // Inside <es-practice>: the provider's settings reach every element.
  const cta = hostOf(practice, 'es-contact-cta');
  check(`SSR ${label}: <es-practice> settings reach <es-contact-cta> (name, contact-url, phone)`,
    /href="mailto:hello@harbour.example"/.test(cta) && textOf(cta).includes('Harbour Counselling') && /href="tel:08082000247"/.test(cta), textOf(cta));
  expect('<es-practice region="gb"> reaches <es-support-resources>', hostOf(practice, 'es-support-resources'), 'Samaritans');
  const reader = hostOf(practice, 'es-article-reader');
  expect('the article attribute, and the reader\'s own call to action from the provider', reader, 'How Therapy Helps You Rebuild Emotional Safety and Trust', 'Harbour Counselling');
  check(`SSR ${label}: the reader's call to action links to the practice`, /href="mailto:hello@harbour.example"/.test(reader));
  expect('lang="es" on the element renders Spanish', hostOf(spanish, 'es-reflection-card'), 'Siguiente', 'Pregunta 1 de 6');
  expect('<es-practice locale="es"> renders Spanish inside', hostOf(spanish, 'es-safety-compare'), 'Emocionalmente seguro', 'No seguro');
  const attrs = Object.values(out.pages).flatMap(hostAttributes);
  const given = Object.values(CASES).flatMap(hostAttributes);
  check(`SSR ${label}: no host gains an attribute (no default is reflected, e.g. position on the quick exit)`,
    JSON.stringify(attrs) === JSON.stringify(given), `rendered ${attrs.join(' ')}\nwritten  ${given.join(' ')}`);
}

// ── Chromium: hydration ──────────────────────────────────────────────────────────────────
need('server rendering gave pages to hydrate', Boolean(pages), 'see the failed checks above');
const { build } = await import('esbuild');
const { default: puppeteer } = await import('puppeteer-core');
const { findBrowser, CHROMIUM_ARGS } = await import(join(root, 'scripts/browsers.mjs'));

const outdir = mkdtempSync(join(tmpdir(), 'es-ssr-client-'));
await build({
  entryPoints: [join(here, 'client.js')],
  absWorkingDir: here,
  // One file, so that the hydration support runs before Lit's element class is defined
  // (with code splitting, a shared chunk could define it first, and nothing would hydrate).
  bundle: true,
  format: 'esm',
  outdir,
  logLevel: 'error',
});
// The fresh client render is a page of its own, in a frame as wide as the tab: elements that
// look at the rest of the page (the call to action says its built-in line once a page)
// see only their own copy of the markup, as on the server.
const page = (name) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title></head>
<body>${pages[name]}<iframe id="fresh" src="/fresh/${name}" title="fresh" style="position:absolute;left:-10000px;width:420px;height:800px;border:0"></iframe></body></html>`;
const freshPage = (name) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>fresh ${name}</title>
<script type="module" src="/client.js"></script></head><body>${CASES[name]}</body></html>`;
const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  if (path === '/favicon.ico') {
    res.writeHead(204);
    return res.end();
  }
  if (path.startsWith('/page/') || path.startsWith('/fresh/')) {
    const [, kind, name] = path.split('/');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    return res.end(kind === 'page' ? page(name) : freshPage(name));
  }
  const file = join(outdir, path);
  if (!file.startsWith(outdir) || !existsSync(file)) {
    res.writeHead(404);
    return res.end();
  }
  res.writeHead(200, { 'content-type': extname(file) === '.js' ? 'text/javascript' : 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({ executablePath: findBrowser('chromium'), args: CHROMIUM_ARGS });
try {
  for (const name of Object.keys(CASES)) {
    const tab = await browser.newPage();
    // Narrow, as a phone: the server renders the narrow layouts, so nothing moves after hydration.
    await tab.setViewport({ width: 420, height: 800 });
    const messages = [];
    tab.on('console', (m) => ['error', 'warn', 'warning'].includes(m.type()) && messages.push(`${m.type()}: ${m.text()}`));
    tab.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
    await tab.goto(`${origin}/page/${name}`, { waitUntil: 'load' });
    const report = await tab.evaluate(async () => {
      const settle = async (scope) => {
        for (let i = 0; i < 3; i++) {
          const all = [];
          const walk = (node) => {
            for (const el of node.querySelectorAll('*')) {
              if (el.localName.startsWith('es-')) all.push(el);
              if (el.shadowRoot) walk(el.shadowRoot);
            }
          };
          walk(scope);
          await Promise.all(all.map((el) => el.updateComplete));
          // A rendered frame: what an update started (content loaded, a child defined) has begun.
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        }
      };
      /** Elements, attributes and text, shadow roots included; no comments, styles or hydration flags. */
      const shape = (node) => {
        let out = '';
        for (const child of node.childNodes) {
          if (child.nodeType === Node.TEXT_NODE) {
            const text = child.data.replace(/\s+/g, ' ').trim();
            if (text) out += text + ' ';
          } else if (child.nodeType === Node.ELEMENT_NODE && child.localName !== 'style') {
            const attrs = [...child.attributes].filter((a) => a.name !== 'defer-hydration').map((a) => `${a.name}="${a.value}"`).sort();
            out += `<${child.localName}${attrs.length ? ' ' + attrs.join(' ') : ''}>`;
            if (child.shadowRoot) out += `#shadow{${shape(child.shadowRoot)}}`;
            out += `${shape(child)}</${child.localName}>`;
          }
        }
        return out;
      };
      const hosts = () => [...document.body.querySelectorAll(':scope > *, es-practice > *')].filter((el) => el.localName.startsWith('es-'));
      // The server's text, read before the elements' code arrives; then the code, as a page loads it.
      /** The text a reader sees in a shadow root (not its style sheet). */
      const textIn = (root) => {
        if (!root) return undefined;
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, { acceptNode: (n) => (n.parentElement?.closest('style') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT) });
        let text = '';
        while (walker.nextNode()) text += walker.currentNode.data;
        return text.replace(/\s+/g, ' ').trim();
      };
      const served = hosts();
      const serverText = served.map((el) => textIn(el.shadowRoot));
      await import('/client.js');
      await customElements.whenDefined('es-reflection-card');
      await settle(document.body);
      const hydrated = served.map((el) => ({ tag: el.localName, text: textIn(el.shadowRoot), attrs: el.getAttributeNames().filter((a) => a !== 'defer-hydration').join(',') }));
      const body = [...document.body.children].filter((el) => el.localName.startsWith('es-'));
      const hydratedShape = body.map(shape).join('');
      const frame = document.getElementById('fresh');
      const freshLoaded = () => frame.contentWindow?.location.pathname.startsWith('/fresh/') && frame.contentDocument.readyState === 'complete';
      if (!freshLoaded()) await new Promise((done) => frame.addEventListener('load', done, { once: true }));
      await frame.contentWindow.customElements.whenDefined('es-reflection-card');
      const fresh = frame.contentDocument.body;
      await settle(fresh);
      const freshShape = [...fresh.children].filter((el) => el.localName.startsWith('es-')).map(shape).join('');
      let next;
      const card = document.querySelector('body > es-reflection-card');
      if (card) {
        const before = card.shadowRoot.textContent;
        const button = [...card.shadowRoot.querySelectorAll('button')].find((b) => /^(Next|Siguiente)$/.test(b.textContent.trim()));
        button?.click();
        await card.updateComplete;
        next = { found: !!button, moved: card.shadowRoot.textContent !== before, text: card.shadowRoot.textContent.replace(/\s+/g, ' ') };
      }
      return { serverText, hydrated, hydratedShape, freshShape, next };
    });
    check(`hydrate "${name}": no console error or warning (no hydration mismatch)`, messages.length === 0, messages.join('\n'));
    const changed = report.hydrated.filter((h, i) => h.text !== report.serverText[i]);
    check(`hydrate "${name}": every element still shows the server's text`, changed.length === 0, changed.map((h) => `${h.tag}: ${firstDifference(h.text, report.serverText[report.hydrated.indexOf(h)])}`).join('\n'));
    check(`hydrate "${name}": the hydrated DOM is what a fresh client render draws`, report.hydratedShape === report.freshShape, firstDifference(report.hydratedShape, report.freshShape));
    const given = hostAttributes(CASES[name]);
    // The quick exit's skip link is an element of its own at the start of the page, by design.
    const now = report.hydrated.filter((h) => h.tag !== 'es-quick-exit-skip').map((h) => `${h.tag}:${h.attrs}`);
    check(`hydrate "${name}": hosts carry only the attributes they were given`, JSON.stringify(now) === JSON.stringify(given), `now   ${now.join(' ')}\ngiven ${given.join(' ')}`);
    if (report.next) {
      check(`hydrate "${name}": the card is interactive (Next shows the second prompt)`, report.next.found && report.next.moved && /(Prompt|Pregunta) 2 (of|de) 6/.test(report.next.text), report.next.text.slice(0, 300));
    }
    await tab.close();
  }
} finally {
  await browser.close();
  server.close();
  rmSync(outdir, { recursive: true, force: true });
}

function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `hydrated …${a.slice(Math.max(0, i - 150), i + 150)}…\nexpected …${b.slice(Math.max(0, i - 150), i + 150)}…`;
}
