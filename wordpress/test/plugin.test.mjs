/**
 * The WordPress plugin in real WordPress: WordPress 6.5 in Playground (PHP-WASM in Node,
 * on SQLite, served on 127.0.0.1 only), with the built zip installed through the admin's
 * "Upload Plugin" form, activated, configured through REST, and used by an Author (no
 * unfiltered_html) who publishes a post with every block through REST with their own
 * login. The post is then read as served (before any script) and in Chromium at 390 and
 * 1280 px: every element defined and rendered, nothing missing, nothing off the site,
 * cumulative layout shift ≤ 0.01, axe clean, the quick exit first in <body>.
 *
 * Run: npm --prefix wordpress test   (after `npm run build`, or `npx rollup -c && node scripts/build-wordpress.mjs`)
 * By default WordPress 6.5 (script modules, PHP 8.3) then 6.4 (the classic-script fallback
 * for 6.1–6.4, on PHP 7.4, the plugin's oldest); WP_TEST_VERSIONS=6.5 runs one.
 * Progress goes to stdout, one line per step, so a CI log never stays silent for long.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';

const HERE = dirname(fileURLToPath(import.meta.url));
const WP_DIR = resolve(HERE, '..');
const ROOT = resolve(WP_DIR, '..');
const ZIP = join(ROOT, 'dist/wordpress/emotional-safety-elements.zip');
const TMP = join(WP_DIR, '.tmp');
const BUILDS = join(WP_DIR, 'node_modules/@wp-playground/wordpress-builds');
const CLI = join(WP_DIR, 'node_modules/@wp-playground/cli/wp-playground.js');
const require = createRequire(import.meta.url);
const { launchChromium } = await import(pathToFileURL(join(ROOT, 'scripts/chromium.mjs')).href);
const { readLayoutShifts, recordLayoutShifts } = await import(pathToFileURL(join(ROOT, 'scripts/layout-shift.mjs')).href);
// The end-to-end suite's wait: every element defined and done rendering (also in shadow roots).
const { settle } = await import(pathToFileURL(join(ROOT, 'test/e2e/harness.mjs')).href);
const { builtinArticles } = await import(pathToFileURL(join(ROOT, 'dist/content.js')).href);
const AXE_SOURCE = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

const PLUGIN = 'emotional-safety-elements/emotional-safety-elements';
const ELEMENTS = ['article-reader', 'reflection-card', 'safety-compare', 'quick-exit', 'support-resources', 'contact-cta'];
const VERSIONS = (process.env.WP_TEST_VERSIONS || '6.5,6.4').split(',').map((v) => v.trim()).filter(Boolean);
// PHP 7.4 (the plugin's oldest) with the older WordPress, so both ends are covered.
const PHP_FOR = { '6.5': '8.3', '6.4': '7.4', '6.3': '7.4', '6.2': '7.4' };
const CLS_LIMIT = 0.01;
const SETTINGS = {
  name: 'Harbour Counselling',
  contactUrl: 'mailto:hello@example.org',
  phone: '+44 20 7946 0000',
  region: 'gb',
  exitUrl: 'https://www.bbc.com/weather',
  locale: 'en',
  theme: '',
  quickExitEverywhere: true,
};
// Every block, with attributes as an author sets them; the reader after an introduction,
// the article being the longest thing on the page.
const POST_CONTENT = [
  '<!-- wp:paragraph --><p>Some writing from the practice on feeling safe with each other.</p><!-- /wp:paragraph -->',
  '<!-- wp:emotional-safety/quick-exit {"clearNotes":true} /-->',
  '<!-- wp:emotional-safety/safety-compare {"set":"is-vs-is-not"} /-->',
  '<!-- wp:emotional-safety/reflection-card {"journal":true,"persist":true} /-->',
  '<!-- wp:emotional-safety/support-resources {"region":"gb"} /-->',
  '<!-- wp:emotional-safety/contact-cta /-->',
  '<!-- wp:emotional-safety/article-reader {"article":"rebuilding-safety-and-trust"} /-->',
  '<!-- wp:paragraph --><p>Thank you for reading.</p><!-- /wp:paragraph -->',
].join('\n\n');
const SHORTCODE_CONTENT =
  '<p>The classic editor way.</p>\n\n[emotional_safety element="safety-compare" set="is-vs-is-not"]\n\n[emotional_safety element="reflection-card" journal persist]';

const started = Date.now();
let zipBytes;
function step(message) {
  console.log(`[wordpress ${((Date.now() - started) / 1000).toFixed(1).padStart(5)}s] ${message}`);
}

/** A free port on 127.0.0.1. */
function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

/** fetch with a cookie jar: one per user, as a browser would keep. */
class Client {
  cookies = new Map();
  constructor(base) {
    this.base = base;
  }
  async fetch(path, options = {}) {
    const headers = new Headers(options.headers);
    if (this.cookies.size) headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    if (this.nonce) headers.set('x-wp-nonce', this.nonce);
    const response = await fetch(new URL(path, this.base), { ...options, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      if (/expires=Thu, 01[- ]Jan[- ]1970/i.test(line) || value === 'deleted' || value === '+') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }
  /** Logs in through wp-login.php and gets a REST nonce for this user (cookie authentication). */
  async login(user, password) {
    this.cookies.set('wordpress_test_cookie', 'WP%20Cookie%20check');
    const body = new URLSearchParams({ log: user, pwd: password, testcookie: '1', redirect_to: '/wp-admin/' });
    const response = await this.fetch('/wp-login.php', { method: 'POST', body });
    assert.equal(response.status, 302, `logging in as ${user}: HTTP ${response.status} ${(await response.text()).slice(0, 300)}`);
    assert.ok([...this.cookies.keys()].some((k) => k.startsWith('wordpress_logged_in_')), `no login cookie for ${user}`);
    const nonce = await this.fetch('/wp-admin/admin-ajax.php?action=rest-nonce');
    this.nonce = (await nonce.text()).trim();
    assert.match(this.nonce, /^[0-9a-f]{10}$/, `REST nonce for ${user}`);
  }
  /** A REST call (`?rest_route=`, no pretty permalinks needed); throws with the body on errors. */
  async rest(route, { method = 'GET', body, expect = [200, 201] } = {}) {
    const [path, query] = route.split('?');
    const url = `/?rest_route=${encodeURIComponent(path)}${query ? `&${query}` : ''}`;
    const response = await this.fetch(url, {
      method,
      headers: body ? { 'content-type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    if (!expect.includes(response.status)) throw new Error(`${method} ${route}: HTTP ${response.status} ${text.slice(0, 500)}`);
    return text ? JSON.parse(text) : null;
  }
}

/** WordPress `version` unpacked from the builds package into `dir`, static assets included. */
async function unpackWordPress(version, dir) {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const files = unzipSync(new Uint8Array(await readFile(join(BUILDS, `src/wordpress/wp-${version}.zip`))));
  for (const [name, data] of Object.entries(files)) {
    if (name.endsWith('/')) continue;
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), data);
  }
  // The PHP-only build refers to its images, CSS and JS here (a browser asks for them).
  await cp(join(BUILDS, `public/wp-${version}`), dir, { recursive: true, force: false });
  // Test-only helper: reads the plugin's option even once the plugin is gone (uninstall).
  await mkdir(join(dir, 'wp-content/mu-plugins'), { recursive: true });
  await writeFile(
    join(dir, 'wp-content/mu-plugins/es-test-probe.php'),
    `<?php
add_action( 'rest_api_init', function () {
\tregister_rest_route( 'es-test/v1', '/outbound', array(
\t\t'methods'             => 'GET',
\t\t'permission_callback' => function () { return current_user_can( 'manage_options' ); },
\t\t'callback'            => function () { return get_option( 'es_test_outbound', array() ); },
\t) );
\tregister_rest_route( 'es-test/v1', '/option', array(
\t\t'methods'             => 'GET',
\t\t'permission_callback' => function () { return current_user_can( 'manage_options' ); },
\t\t'callback'            => function () { return array( 'exists' => false !== get_option( 'emotional_safety_elements', false ), 'value' => get_option( 'emotional_safety_elements', null ) ); },
\t) );
} );
// Every HTTP request PHP tries to make to another host is refused here, and noted, so the
// test shows that the plugin attempts none (WordPress's own attempts are listed too).
add_filter( 'pre_http_request', function ( $pre, $args, $url ) {
\t$host = wp_parse_url( $url, PHP_URL_HOST );
\tif ( in_array( $host, array( '127.0.0.1', 'localhost' ), true ) ) {
\t\treturn $pre;
\t}
\t$seen   = get_option( 'es_test_outbound', array() );
\t$seen[] = $url;
\tupdate_option( 'es_test_outbound', array_slice( array_values( array_unique( $seen ) ), -50 ), false );
\treturn new WP_Error( 'es_test_offline', 'No requests off this machine in the test.' );
}, 0, 3 );
`,
  );
}

/** Starts Playground on `dir`; resolves once WordPress answers. */
async function startWordPress(version, dir, port) {
  const args = [
    CLI,
    'server',
    `--port=${port}`,
    `--php=${PHP_FOR[version] ?? '8.3'}`,
    `--mount-before-install=${dir}:/wordpress`,
    '--wordpress-install-mode=install-from-existing-files',
    '--verbosity=normal',
    // No request leaves the machine: WordPress refuses every HTTP request to another host
    // (update checks, pattern directory, …) instead of waiting on a network that is not there.
    '--define-bool',
    'WP_HTTP_BLOCK_EXTERNAL',
    'true',
    // No background jobs (update checks…) competing with the test for the one PHP worker.
    '--define-bool',
    'DISABLE_WP_CRON',
    'true',
  ];
  // Its own process group, so stopping it stops everything it started.
  const child = spawn(process.execPath, args, { cwd: WP_DIR, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const collect = (chunk) => {
    const text = chunk.toString();
    log += text;
    for (const line of text.split('\n').filter((l) => l.trim())) step(`  playground: ${line.trim().slice(0, 160)}`);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  await new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`WordPress ${version} did not start within 150 s:\n${log}`)), 150_000);
    const tick = setInterval(() => step(`  still booting WordPress ${version}…`), 15_000);
    const finish = (error) => {
      clearTimeout(timer);
      clearInterval(tick);
      if (error) fail(error);
      else done();
    };
    child.once('exit', (code) => finish(new Error(`Playground exited (${code}) before it was ready:\n${log}`)));
    child.stdout.on('data', () => {
      if (/Ready!/.test(log)) finish();
    });
  });
  return child;
}

function stopWordPress(child) {
  if (!child || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

/** Every `es-*` element in the page, also inside shadow roots, with whether it is defined and shows something. */
/**
 * Waits until the page's layout is at rest: the document's height and every element's box
 * unchanged for 10 rendered frames in a row (at most 5 s), so a late shift (an element that
 * grows after its content arrives) is recorded before the shifts are read.
 */
async function layoutAtRest(page) {
  await page.evaluate(async () => {
    const measure = () =>
      [document.documentElement.scrollHeight, ...[...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('es-')).map((el) => el.getBoundingClientRect().height)].join();
    const frame = () => new Promise((done) => requestAnimationFrame(done));
    const until = performance.now() + 5000;
    let last = measure();
    for (let still = 0; still < 10 && performance.now() < until; ) {
      await frame();
      const now = measure();
      still = now === last ? still + 1 : 0;
      last = now;
    }
  });
}

async function elementStates(page) {
  await settle(page);
  return page.evaluate(() => {
    const deep = (root, found = []) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.localName.startsWith('es-')) found.push(el);
        if (el.shadowRoot) deep(el.shadowRoot, found);
      }
      return found;
    };
    return deep(document)
      .filter((el) => el.getRootNode() === document)
      .map((el) => {
        const shadow = el.shadowRoot;
        const text = shadow ? (shadow.textContent || '').replace(/\s+/g, ' ').trim() : '';
        const error = shadow?.querySelector('[part~="error"]');
        return {
          tag: el.localName,
          defined: Boolean(customElements.get(el.localName)),
          rendered: Boolean(shadow && shadow.childElementCount > 0),
          text: text.length,
          error: error ? error.textContent.trim().slice(0, 200) : '',
          height: Math.round(el.getBoundingClientRect().height),
        };
      });
  });
}

for (const version of VERSIONS) {
  describe(`WordPress ${version}`, () => {
    const dir = join(TMP, `wp-${version}`);
    let wp;
    let base;
    let origin;
    let admin;
    let author;
    let post;
    let shortcodePost;
    let browser;

    before(async () => {
      assert.ok(existsSync(ZIP), `${ZIP} is missing: run "npm run build" (or "npx rollup -c && node scripts/build-wordpress.mjs") first.`);
      assert.ok(existsSync(CLI), 'Playground is missing: run "npm --prefix wordpress ci" first.');
      // Read now: a rebuild during the run (dist/ is cleaned first) must not pull it away.
      zipBytes ??= await readFile(ZIP);
      step(`unpacking WordPress ${version} into ${dir}`);
      await unpackWordPress(version, dir);
      const port = await freePort();
      base = `http://127.0.0.1:${port}/`;
      origin = new URL(base).origin;
      step(`starting WordPress ${version} (PHP ${PHP_FOR[version] ?? '8.3'}) on ${base}`);
      wp = await startWordPress(version, dir, port);
      // Playground answers its very first request with a redirect to the same address.
      await fetch(base, { redirect: 'manual' });
      admin = new Client(base);
      step('logging in as the administrator');
      await admin.login('admin', 'password');
    });

    after(async () => {
      await browser?.close();
      stopWordPress(wp);
      // WordPress's own 1 500 files would otherwise sit in the repository for linters and
      // editors to trip over; WP_TEST_KEEP=1 keeps them to look at.
      if (!process.env.WP_TEST_KEEP) await rm(dir, { recursive: true, force: true, maxRetries: 3 });
      step(`WordPress ${version} stopped`);
    });

    test('the zip installs through Plugins → Add New → Upload, and activates', async () => {
      step('uploading the plugin zip through the admin form');
      const form = await (await admin.fetch('/wp-admin/plugin-install.php?tab=upload')).text();
      const nonce = /id="_wpnonce" name="_wpnonce" value="([0-9a-f]+)"/.exec(form)?.[1];
      assert.ok(nonce, 'the upload form has a nonce');
      const body = new FormData();
      body.set('_wpnonce', nonce);
      body.set('_wp_http_referer', '/wp-admin/plugin-install.php?tab=upload');
      body.set('pluginzip', new Blob([zipBytes], { type: 'application/zip' }), 'emotional-safety-elements.zip');
      body.set('install-plugin-submit', 'Install Now');
      const response = await admin.fetch('/wp-admin/update.php?action=upload-plugin', { method: 'POST', body });
      const page = await response.text();
      assert.match(page, /Plugin installed successfully/, page.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').slice(-1500));
      step('activating through REST');
      const plugin = await admin.rest(`/wp/v2/plugins/${PLUGIN}`, { method: 'POST', body: { status: 'active' } });
      assert.equal(plugin.status, 'active');
      assert.equal(plugin.requires_wp, '6.1');
      assert.equal(plugin.requires_php, '7.4');
    });

    test('the practice settings are in /wp/v2/settings and sanitized', async () => {
      step('setting the practice settings through REST');
      const saved = await admin.rest('/wp/v2/settings', {
        method: 'POST',
        body: { emotional_safety_elements: { ...SETTINGS, name: ` ${SETTINGS.name} <b>x</b>` } },
      });
      assert.equal(saved.emotional_safety_elements.name, `${SETTINGS.name} x`, 'tags are stripped from the name');
      // Links the elements would refuse never reach them.
      const refused = await admin.rest('/wp/v2/settings', {
        method: 'POST',
        body: { emotional_safety_elements: { ...SETTINGS, exitUrl: 'javascript:alert(1)', contactUrl: 'data:text/html,x' } },
      });
      assert.equal(refused.emotional_safety_elements.exitUrl, '');
      assert.equal(refused.emotional_safety_elements.contactUrl, '');
      const final = await admin.rest('/wp/v2/settings', { method: 'POST', body: { emotional_safety_elements: SETTINGS } });
      assert.deepEqual(final.emotional_safety_elements, SETTINGS);
      const page = await (await admin.fetch('/wp-admin/options-general.php?page=emotional-safety-elements')).text();
      assert.match(page, /name="emotional_safety_elements\[name\]" value="Harbour Counselling"/, 'the settings page shows the saved name');
    });

    test('an Author, without unfiltered_html, publishes every block through REST', async () => {
      step('creating an Author');
      const user = await admin.rest('/wp/v2/users', {
        method: 'POST',
        body: { username: 'writer', password: 'a-long-author-password-1', email: 'writer@example.org', roles: ['author'] },
      });
      assert.deepEqual(user.roles, ['author']);
      author = new Client(base);
      step('logging in as the Author');
      await author.login('writer', 'a-long-author-password-1');
      const me = await author.rest('/wp/v2/users/me?context=edit');
      assert.equal(me.capabilities.unfiltered_html, undefined, 'an Author cannot save unfiltered HTML');
      step('publishing, as the Author, a post with every block');
      post = await author.rest('/wp/v2/posts', {
        method: 'POST',
        body: { title: 'Feeling safe with each other', content: POST_CONTENT, status: 'publish' },
      });
      assert.equal(post.status, 'publish');
      const stored = await author.rest(`/wp/v2/posts/${post.id}?context=edit`);
      assert.equal(stored.content.raw, POST_CONTENT, 'the blocks are stored as written (nothing stripped)');
      for (const element of ELEMENTS) assert.ok(stored.content.raw.includes(`wp:emotional-safety/${element}`));
      step('publishing, as the Author, a classic post with the shortcode');
      shortcodePost = await author.rest('/wp/v2/posts', {
        method: 'POST',
        body: { title: 'Shortcodes', content: SHORTCODE_CONTENT, status: 'publish' },
      });
      // The live preview: the block renderer endpoint, as the editor calls it.
      const preview = await author.rest(
        `/wp/v2/block-renderer/emotional-safety/safety-compare?context=edit&post_id=${post.id}&attributes[set]=is-vs-is-not`,
      );
      assert.match(preview.rendered, /<es-safety-compare set="is-vs-is-not"><\/es-safety-compare>/);
      const exitPreview = await author.rest(`/wp/v2/block-renderer/emotional-safety/quick-exit?context=edit&post_id=${post.id}`);
      assert.doesNotMatch(exitPreview.rendered, /<es-quick-exit/, 'no live quick exit (Shift ×3) inside the editor');
    });

    test('the HTML as served carries the words: the article and the quick-exit link, first in <body>', async () => {
      step('reading the post as served, before any script');
      const response = await fetch(post.link.startsWith('http') ? post.link : new URL(post.link, base));
      assert.equal(response.status, 200);
      const html = await response.text();
      // The <body> tag itself (the reserve CSS in <head> mentions "<body>" in a comment).
      const body = html.slice(html.indexOf('</head>')).replace(/^[^]*?<body\b/, '<body');
      const afterBody = body.replace(/^<body[^>]*>\s*/, '');
      assert.match(
        afterBody,
        /^<es-quick-exit clear-stored lang="en"><a href="https:\/\/www\.bbc\.com\/weather">Leave this page<\/a><\/es-quick-exit>/,
        `the quick exit is first in <body>: ${afterBody.slice(0, 300)}`,
      );
      assert.equal(body.match(/<es-quick-exit/g).length, 1, 'one quick exit: the block gives its options to the one on every page');
      const article = builtinArticles['rebuilding-safety-and-trust'];
      assert.ok(html.includes('<es-article-reader article="rebuilding-safety-and-trust">'));
      const decode = (s) => s.replace(/&#8217;/g, '’').replace(/&#8220;/g, '“').replace(/&#8221;/g, '”').replace(/&#039;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
      const text = decode(html);
      for (const section of article.sections) {
        assert.ok(html.includes(`id="${section.id}"`), `section id ${section.id}`);
        assert.ok(text.includes(section.heading), `section heading ${section.heading}`);
        for (const block of section.blocks.filter((b) => b.type === 'paragraph')) {
          assert.ok(text.includes(block.text), `paragraph "${block.text.slice(0, 60)}…" is in the HTML`);
        }
      }
      for (const element of ELEMENTS) assert.match(html, new RegExp(`<es-${element}[ >]`), `es-${element} is in the page`);
      assert.match(html, /<es-safety-compare set="is-vs-is-not">/);
      assert.match(html, /<es-reflection-card journal persist>/);
      assert.match(html, /<es-practice class="wp-block-emotional-safety-[a-z-]+" name="Harbour Counselling" contact-url="mailto:hello@example.org" phone="\+44 20 7946 0000" region="gb" exit-url="https:\/\/www.bbc.com\/weather" locale="en" style="display:block">/);
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => tag.includes('emotional-safety'));
      assert.equal(scripts.length, 1, `one element script: ${scripts.join(' ')}`);
      assert.match(scripts[0], /type="module"/);
      assert.match(html, /es-quick-exit:not\(:defined\)/, 'the reserve CSS is in <head>');
      assert.ok(html.indexOf('es-quick-exit:not(:defined)') < html.indexOf('</head>'));
    });

    test('the shortcode renders in the classic editor’s content', async () => {
      const html = await (await fetch(new URL(shortcodePost.link, base))).text();
      assert.match(html, /<es-safety-compare set="is-vs-is-not"><\/es-safety-compare>/);
      assert.match(html, /<es-reflection-card journal persist><\/es-reflection-card>/);
      assert.doesNotMatch(html, /\[emotional_safety/);
    });

    test('pages without an element load no script', async () => {
      await admin.rest('/wp/v2/settings', { method: 'POST', body: { emotional_safety_elements: { ...SETTINGS, quickExitEverywhere: false } } });
      const plain = await admin.rest('/wp/v2/posts', { method: 'POST', body: { title: 'Plain', content: '<!-- wp:paragraph --><p>Nothing here.</p><!-- /wp:paragraph -->', status: 'publish' } });
      const html = await (await fetch(new URL(plain.link, base))).text();
      assert.doesNotMatch(html, /emotional-safety\.js/);
      assert.doesNotMatch(html, /<es-/);
      await admin.rest('/wp/v2/settings', { method: 'POST', body: { emotional_safety_elements: SETTINGS } });
    });

    // The quick exit on every page (first in <body>) at both widths; then, with that setting
    // off, the quick-exit block where the author put it, inside the post.
    for (const { width, everywhere } of [
      { width: 390, everywhere: true },
      { width: 1280, everywhere: true },
      { width: 390, everywhere: false },
    ]) {
      const where = everywhere ? 'quick exit on every page' : 'quick exit block in the post';
      test(`in Chromium at ${width} px, ${where}: every element defined and rendered, nothing missing or off-site, CLS ≤ ${CLS_LIMIT}, axe clean`, async (t) => {
        browser ??= await launchChromium();
        await admin.rest('/wp/v2/settings', { method: 'POST', body: { emotional_safety_elements: { ...SETTINGS, quickExitEverywhere: everywhere } } });
        // Put the settings back even when an assertion fails, so the next test starts from them.
        t.after(() => admin.rest('/wp/v2/settings', { method: 'POST', body: { emotional_safety_elements: SETTINGS } }));
        step(`opening the post in Chromium at ${width} px (${where})`);
        const page = await browser.newPage();
        const requests = [];
        const problems = [];
        page.on('request', (r) => requests.push(r.url()));
        page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
        page.on('response', (r) => {
          if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
        });
        page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
        page.on('console', (m) => {
          if (m.type() === 'error') problems.push(`console.error: ${m.text()}`);
        });
        await page.setViewport({ width, height: width < 500 ? 844 : 800 });
        // A phone's CPU, four times slower: the parser then yields, and Chromium paints the
        // page before it has reached the post (a busy CI machine showed this first).
        await page.emulateCPUThrottling(4);
        await recordLayoutShifts(page);
        await page.goto(new URL(post.link, base).href, { waitUntil: 'load' });
        const states = await elementStates(page);
        await layoutAtRest(page);
        const { cls, shifts } = await readLayoutShifts(page);
        step(`  ${width} px, ${where}: CLS ${cls.toFixed(4)} (${shifts.length} shift${shifts.length === 1 ? '' : 's'}); elements ${states.map((s) => `${s.tag}${s.defined ? '' : ' UNDEFINED'}`).join(', ')}`);
        for (const s of shifts) step(`    shift ${s.value.toFixed(4)} at ${s.at} ms: ${s.sources.join(' | ')}`);

        const tags = new Set(states.map((s) => s.tag));
        for (const element of ELEMENTS) assert.ok(tags.has(`es-${element}`), `es-${element} is on the page`);
        for (const s of states) {
          assert.ok(s.defined, `${s.tag} is defined`);
          if (s.tag === 'es-practice') continue;
          assert.ok(s.rendered && s.text > 0, `${s.tag} rendered something (${JSON.stringify(s)})`);
          assert.equal(s.error, '', `${s.tag} shows no error`);
        }
        assert.deepEqual(problems, [], 'no failed request, no 404, no script error');
        const foreign = requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin);
        assert.deepEqual(foreign, [], 'no request to any host but WordPress itself');
        assert.ok(cls <= CLS_LIMIT, `CLS ${cls.toFixed(4)} > ${CLS_LIMIT}`);

        const first = await page.evaluate(() => {
          const el = document.body.firstElementChild;
          return { tag: el?.localName, link: el?.querySelector(':scope > a')?.getAttribute('href') };
        });
        if (everywhere) assert.deepEqual(first, { tag: 'es-quick-exit', link: SETTINGS.exitUrl }, 'the quick exit is the first thing in <body>');
        else assert.notEqual(first.tag, 'es-quick-exit');

        step(`  running axe at ${width} px`);
        await page.evaluate(AXE_SOURCE);
        const violations = await page.evaluate(async () => {
          // Twenty Twenty-Four's header menu, as WordPress 6.5 renders its page-list
          // fallback, nests <ul> in <ul> (axe "list") on every page, with or without the
          // plugin: core's markup, not ours, so it is left out.
          const result = await window.axe.run({ exclude: [['.wp-block-navigation']] }, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
            resultTypes: ['violations'],
          });
          return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 4).join(', ')}`);
        });
        assert.deepEqual(violations, [], 'axe: WCAG 2.2 A/AA');
        await page.close();
      });
    }

    // Once is enough: the editor is WordPress's, the same on both versions, and slow to load
    // on one PHP worker (about 45 s on 6.4 with PHP 7.4).
    test('without JavaScript: the article and the quick-exit link are there to read and use; with it, the light DOM gives way', async () => {
      browser ??= await launchChromium();
      step('opening the post in Chromium with JavaScript off');
      const page = await browser.newPage();
      await page.setViewport({ width: 390, height: 844 });
      await page.setJavaScriptEnabled(false);
      await page.goto(new URL(post.link, base).href, { waitUntil: 'load' });
      const article = builtinArticles['rebuilding-safety-and-trust'];
      const seen = await page.evaluate(() => ({
        text: document.body.innerText,
        exit: (() => {
          const a = document.querySelector('body > es-quick-exit > a');
          const r = a?.getBoundingClientRect();
          return a && { href: a.href, visible: r.width > 0 && r.height > 0 && r.top < innerHeight };
        })(),
        sectionIds: [...document.querySelectorAll('es-article-reader [id]')].map((h) => h.id),
      }));
      assert.deepEqual(seen.exit, { href: SETTINGS.exitUrl, visible: true }, 'the exit link is on screen');
      assert.ok(seen.text.includes(article.title), 'the article title is shown');
      for (const section of article.sections) {
        assert.ok(seen.text.includes(section.heading), `heading "${section.heading}" is shown`);
        const first = section.blocks.find((b) => b.type === 'paragraph');
        if (first) assert.ok(seen.text.includes(first.text), `"${first.text.slice(0, 50)}…" is shown`);
      }
      assert.deepEqual(seen.sectionIds, article.sections.map((section) => section.id), 'deep links (page#section-id) work');
      await page.close();

      const live = await browser.newPage();
      await live.setViewport({ width: 390, height: 844 });
      await live.goto(new URL(post.link, base).href, { waitUntil: 'load' });
      await elementStates(live);
      const hidden = await live.evaluate(() => {
        const reader = document.querySelector('es-article-reader');
        return [...reader.children].every((child) => !child.checkVisibility());
      });
      assert.equal(hidden, true, 'the upgraded reader shows its own rendering, not the light DOM too');
      await live.close();
    });

    // The editor is the slow part (a whole block editor in a browser): on the newest version only.
    if (version === VERSIONS[0]) {
      test('the block editor, as the Author: every block valid, sidebar controls, a live server-rendered preview', async () => {
        browser ??= await launchChromium();
        step('opening the post in the block editor as the Author');
        const page = await browser.newPage();
        const errors = [];
        page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
        await page.setViewport({ width: 1280, height: 900 });
        await page.setCookie(...[...author.cookies].map(([name, value]) => ({ name, value: decodeURIComponent(value), url: base })));
        await page.goto(new URL(`/wp-admin/post.php?post=${post.id}&action=edit`, base).href, { waitUntil: 'load', timeout: 60_000 });
        await page.waitForFunction(() => window.wp?.data?.select('core/block-editor')?.getBlocks().length > 0, { timeout: 60_000 });
        const blocks = await page.evaluate(() =>
          window.wp.data
            .select('core/block-editor')
            .getBlocks()
            .map((b) => ({ name: b.name, valid: b.isValid, clientId: b.clientId })),
        );
        for (const element of ELEMENTS) {
          const block = blocks.find((b) => b.name === `emotional-safety/${element}`);
          assert.ok(block, `emotional-safety/${element} is in the editor`);
          assert.equal(block.valid, true, `emotional-safety/${element} is valid`);
        }
        step('  selecting the comparison block: its controls in the sidebar');
        const compare = blocks.find((b) => b.name === 'emotional-safety/safety-compare');
        await page.evaluate((id) => {
          window.wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
          window.wp.data.dispatch('core/block-editor').selectBlock(id);
        }, compare.clientId);
        await page.waitForFunction(
          () => [...document.querySelectorAll('.block-editor-block-inspector label')].some((l) => l.textContent.trim() === 'Comparison'),
          { timeout: 20_000 },
        );
        const selected = await page.$eval('.block-editor-block-inspector select', (s) => s.value);
        assert.equal(selected, 'is-vs-is-not', 'the control shows the block’s attribute');
        step('  waiting for the live previews in the editor canvas');
        // The canvas is an iframe when every block uses API version 3, else the page itself.
        const preview = await page.waitForFunction(
          () => {
            const frame = document.querySelector('iframe[name="editor-canvas"]');
            const doc = frame ? frame.contentDocument : document;
            const win = frame ? frame.contentWindow : window;
            // Each preview is its own request to the block renderer: wait for all of them.
            const tags = ['es-safety-compare', 'es-reflection-card', 'es-support-resources', 'es-contact-cta', 'es-article-reader'];
            const rendered = tags.filter((tag) => win?.customElements.get(tag) && doc.querySelector(tag)?.shadowRoot?.childElementCount);
            if (rendered.length < tags.length) return false;
            return {
              iframe: Boolean(frame),
              rendered,
              liveExit: doc.querySelectorAll('es-quick-exit').length,
              exitPreview: [...doc.querySelectorAll('[data-type="emotional-safety/quick-exit"] a')].map((a) => a.textContent),
            };
          },
          { timeout: 120_000, polling: 250 },
        );
        const state = await preview.jsonValue();
        step(`  editor canvas: ${JSON.stringify(state)}`);
        assert.equal(state.liveExit, 0, 'no live quick exit in the editor (Shift ×3 would leave it)');
        assert.deepEqual(state.exitPreview, ['Leave this page']);
        assert.deepEqual(errors, [], 'no script error in the editor');
        await page.close();
      });
    }

    test('the settings page saves through options.php', async () => {
      step('saving the settings page form');
      const form = await (await admin.fetch('/wp-admin/options-general.php?page=emotional-safety-elements')).text();
      const field = (name) => new RegExp(`name=["']${name}["'] value=["']([^"']*)["']`).exec(form)?.[1];
      const body = new URLSearchParams({
        option_page: field('option_page'),
        action: 'update',
        _wpnonce: field('_wpnonce'),
        _wp_http_referer: '/wp-admin/options-general.php?page=emotional-safety-elements',
        'emotional_safety_elements[name]': 'Willow Counselling',
        'emotional_safety_elements[contactUrl]': 'https://example.org/contact',
        'emotional_safety_elements[phone]': '',
        'emotional_safety_elements[exitUrl]': '',
        'emotional_safety_elements[locale]': 'es',
        'emotional_safety_elements[region]': 'us',
        'emotional_safety_elements[theme]': 'dark',
      });
      const response = await admin.fetch('/wp-admin/options.php', { method: 'POST', body });
      assert.equal(response.status, 302, 'options.php redirects back after saving');
      const saved = await admin.rest('/wp/v2/settings');
      assert.deepEqual(saved.emotional_safety_elements, {
        name: 'Willow Counselling',
        contactUrl: 'https://example.org/contact',
        phone: '',
        region: 'us',
        exitUrl: '',
        locale: 'es',
        theme: 'dark',
        quickExitEverywhere: false,
      });
    });

    test('deleting the plugin removes its option (uninstall.php)', async () => {
      const outbound = await admin.rest('/es-test/v1/outbound');
      step(`requests PHP tried to make off the machine (all refused): ${outbound.length ? outbound.map((u) => new URL(u).host + new URL(u).pathname).join(', ') : 'none'}`);
      assert.deepEqual(outbound.filter((u) => /emotional|safety/i.test(u)), [], 'the plugin asks nothing of other hosts');
      step('deactivating and deleting the plugin');
      const before = await admin.rest('/es-test/v1/option');
      assert.equal(before.exists, true);
      await admin.rest(`/wp/v2/plugins/${PLUGIN}`, { method: 'POST', body: { status: 'inactive' } });
      await admin.rest(`/wp/v2/plugins/${PLUGIN}`, { method: 'DELETE' });
      const afterDelete = await admin.rest('/es-test/v1/option');
      assert.equal(afterDelete.exists, false, `the option is gone: ${JSON.stringify(afterDelete.value)}`);
      step('done');
    });
  });
}
