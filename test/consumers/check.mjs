/**
 * Type-checks a tiny React 19, Vue 3, Svelte 5 and Next.js 16 app against the package as npm would
 * deliver it: `npm pack` of the root (built first: `npm run build`), installed here with
 * `npm install --no-save` over this folder's own lockfile (`npm ci` first).
 *
 * - React (tsc, strict): App.tsx uses the wrappers of `emotional-safety-elements/react`, Tags.tsx
 *   the bare tags; Wrong.tsx's `@ts-expect-error` lines (a number for `set`, an unknown prop, a
 *   detail the event does not have, an unknown tag) must each be an error, or tsc fails.
 * - Vue (vue-tsc, strictTemplates) and Svelte (svelte-check), one run each over App.* and
 *   Wrong.*: App.* must have no error, and Wrong.* each expected error on its line, no other.
 * - Next.js 16 (next/): `next build` type-checks and prerenders the app, then `next start` serves
 *   it to Chromium, where it must hydrate with no React error (#418 is a hydration mismatch).
 * - Node imports each entry of the installed package (exports map, externals).
 * - The README's "Frameworks" examples are App.tsx, Tags.tsx, App.vue and App.svelte as they are.
 *
 * Usage: node test/consumers/check.mjs   (from the root or here). Reports in TAP (node:test); exits with 1 when a check fails.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, need } from '../node-checks.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const bin = (name) => join(here, 'node_modules/.bin', name);

function run(cmd, args, cwd, env = {}) {
  return new Promise((done) => {
    const started = Date.now();
    const child = spawn(cmd, args, { cwd, env: { ...process.env, FORCE_COLOR: '0', ...env } });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => done({ code, out, seconds: ((Date.now() - started) / 1000).toFixed(1) }));
  });
}

if (!existsSync(join(root, 'dist/react.js')) || !existsSync(join(root, 'dist/types/frameworks/vue.d.ts'))) {
  console.error('dist/ has no framework entries: run `npm run build` first.');
  process.exit(1);
}
if (!existsSync(bin('vue-tsc'))) {
  console.error('test/consumers has no node_modules: run `npm --prefix test/consumers ci` first.');
  process.exit(1);
}

// ── The README's examples are these apps, to the byte ────────────────────────────────────
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const shown = [...readme.matchAll(/<!-- consumer:(\S+) -->\n```\w*\n([\s\S]*?)```\n<!-- \/consumer -->/g)];
for (const file of ['react/App.tsx', 'react/Tags.tsx', 'vue/App.vue', 'svelte/App.svelte', 'next/app/page.tsx']) {
  const block = shown.find((m) => m[1] === file);
  check(`README's "Frameworks" shows ${file} as it is`, !!block && block[2] === readFileSync(join(here, file), 'utf8'), block ? 'differs: copy the file into the README' : 'no <!-- consumer:' + file + ' --> block');
}

// ── The package as npm delivers it ────────────────────────────────────────────────────────
const packDir = mkdtempSync(join(tmpdir(), 'es-pack-'));
try {
  const pack = await run('npm', ['pack', '--silent', '--pack-destination', packDir], root);
  const tgz = readdirSync(packDir).find((f) => f.endsWith('.tgz'));
  need('npm pack', pack.code === 0 && !!tgz, pack.out);
  const install = await run('npm', ['install', '--no-save', '--no-audit', '--no-fund', join(packDir, tgz)], here);
  need('npm install --no-save <tarball> in test/consumers', install.code === 0, install.out);
} finally {
  rmSync(packDir, { recursive: true, force: true });
}

const imports = await run(
  process.execPath,
  [
    '--input-type=module',
    '-e',
    `const r = await import('emotional-safety-elements/react');
     const names = ['EsArticleReader','EsReflectionCard','EsSafetyCompare','EsQuickExit','EsSupportResources','EsContactCta','EsPractice'];
     const missing = names.filter((n) => !r[n] || typeof r[n] !== 'object');
     if (missing.length) throw new Error('missing: ' + missing);
     await import('emotional-safety-elements/vue');
     await import('emotional-safety-elements/svelte');`,
  ],
  here,
);
check('Node imports /react (all seven components), /vue and /svelte from the tarball', imports.code === 0, imports.out);

// ── The three type checks (one after the other: side by side is no faster on 2 cores) ──
const react = await run(bin('tsc'), ['-p', 'react/tsconfig.json'], here);
const vue = await run(bin('vue-tsc'), ['--noEmit', '-p', 'vue/tsconfig.json'], here);
const svelte = await run(bin('svelte-check'), ['--workspace', 'svelte', '--tsconfig', './tsconfig.json', '--output', 'machine'], here);

check(
  `React 19 (tsc, ${react.seconds} s): App.tsx and Tags.tsx type-check, and each @ts-expect-error line of Wrong.tsx (set={123}, an unknown prop, a wrong detail, an unknown tag…) is an error`,
  react.code === 0 && react.out.trim() === '',
  react.out,
);

/** Errors as [file, line, message]: tsc's `file(line,col): error …` or svelte-check's machine output. */
const tscErrors = (out) => [...out.matchAll(/^(\S+?)\((\d+),\d+\): error (TS\d+: .*)$/gm)].map((m) => [m[1].split('/').pop(), +m[2], m[3]]);
const svelteErrors = (out) => [...out.matchAll(/^\d+ ERROR "(.+?)" (\d+):\d+ "(.*)"$/gm)].map((m) => [m[1].split('/').pop(), +m[2], m[3]]);

function mustFail(tool, result, errors, file, expected) {
  const mine = errors.filter(([f]) => f === file);
  const others = errors.filter(([f]) => f !== file);
  check(`${tool}: App passes (no error outside ${file})`, others.length === 0 && (errors.length > 0 || result.code === 0), others.length ? others.map((e) => e.join(': ')).join('\n') : result.out);
  check(`${tool}: ${file} fails`, result.code !== 0 && mine.length > 0, result.out);
  for (const [line, text, what] of expected) {
    check(
      `${tool}: ${file}:${line} ${what}`,
      mine.some(([, l, message]) => l === line && message.includes(text)),
      mine.map((e) => e.join(': ')).join('\n') || result.out,
    );
  }
  check(`${tool}: ${file} has no other error`, mine.length === expected.length, mine.map((e) => e.join(': ')).join('\n'));
}

mustFail(`Vue (vue-tsc, strictTemplates, ${vue.seconds} s)`, vue, tscErrors(vue.out), 'Wrong.vue', [
  [7, "Type 'number' is not assignable to type 'string'", ':set="123" is refused'],
  [8, "'bogusProp' does not exist", ':bogus-prop is refused'],
  [9, "Property 'id' does not exist on type 'PromptChangeDetail'", '@es-prompt-change gets the typed detail'],
]);

mustFail(`Svelte 5 (svelte-check, ${svelte.seconds} s)`, svelte, svelteErrors(svelte.out), 'Wrong.svelte', [
  [6, "Type 'number' is not assignable to type 'string'", 'set={123} is refused'],
  [7, 'bogus-prop', 'bogus-prop is refused'],
  [8, "Property 'id' does not exist on type 'PromptChangeDetail'", 'ones-prompt-change gets the typed detail'],
]);

// ── Next.js 16: `next build` (its own type check), then the real server in Chromium ──────
// The app (next/app/page.tsx, a client component with the React wrappers, prerendered on the
// server) must build under Next's strict type check, and its page must hydrate in Chromium
// with no React error (a hydration mismatch is React error #418) and show every element.
const nextEnv = { NEXT_TELEMETRY_DISABLED: '1' };
const nextBuild = await run(bin('next'), ['build'], join(here, 'next'), nextEnv);
check(`Next.js (next build, ${nextBuild.seconds} s): the app type-checks and prerenders`, nextBuild.code === 0 && /Finished TypeScript/.test(nextBuild.out), nextBuild.out);
if (nextBuild.code === 0) await checkNextPage();

async function checkNextPage() {
  const { default: puppeteer } = await import('puppeteer-core');
  const { findBrowser, CHROMIUM_ARGS } = await import(join(root, 'scripts/browsers.mjs'));
  const port = await freePort();
  const server = spawn(bin('next'), ['start', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: join(here, 'next'),
    env: { ...process.env, ...nextEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let serverOut = '';
  server.stdout.on('data', (d) => (serverOut += d));
  server.stderr.on('data', (d) => (serverOut += d));
  const origin = `http://127.0.0.1:${port}`;
  const browser = await puppeteer.launch({ executablePath: findBrowser('chromium'), args: CHROMIUM_ARGS });
  try {
    const html = await waitForHtml(origin, () => serverOut);
    const quickExitTag = html.match(/<es-quick-exit\b[^>]*>/)?.[0] ?? '';
    check('Next.js: the server HTML has every element, and the quick exit no reflected default (no position attribute before React hydrates)',
      ['es-practice', 'es-quick-exit', 'es-article-reader', 'es-reflection-card', 'es-contact-cta'].every((tag) => html.includes(`<${tag}`)) && !/\bposition=/.test(quickExitTag),
      quickExitTag || html.slice(0, 2000));

    const tab = await browser.newPage();
    const problems = [];
    // A failed load is reported by its address below (the browser's own favicon request is no error of ours).
    tab.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && problems.push(`console.error: ${m.text()}`));
    tab.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && problems.push(`${r.status()}: ${r.url()}`));
    tab.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await tab.goto(origin, { waitUntil: 'load' });
    // Hydrated: the wrappers have set the practice's name, which the call to action shows.
    const shown = await tab
      .waitForFunction(() => {
        const cta = document.querySelector('es-contact-cta')?.shadowRoot?.textContent ?? '';
        const title = document.querySelector('es-article-reader')?.shadowRoot?.querySelector('h1')?.textContent ?? '';
        return cta.includes('Harbour Counselling') && title.length > 0 ? { title } : false;
      }, { timeout: 15_000 })
      .then((handle) => handle.jsonValue())
      .catch(() => null);
    check('Next.js: in Chromium the page hydrates, the call to action names the practice and the reader shows its article at heading level 1',
      shown?.title === 'What Emotional Safety Actually Means in Relationships', JSON.stringify(shown));
    // What React reports after hydration arrives a moment later than the render.
    await new Promise((done) => setTimeout(done, 500));
    check('Next.js: no React error in the console (no hydration mismatch), no uncaught error, no failed request', problems.length === 0, problems.join('\n'));
  } finally {
    await browser.close();
    server.kill();
  }
}

function freePort() {
  return new Promise((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

/** The page's HTML once `next start` answers (it takes a second or two), or a failed check. */
async function waitForHtml(origin, log) {
  for (let tries = 0; tries < 100; tries++) {
    const response = await fetch(origin).catch(() => null);
    if (response?.ok) return response.text();
    await new Promise((done) => setTimeout(done, 200));
  }
  need('Next.js: next start answers', false, log());
}
