/**
 * Embedding on the sites therapists actually run (issue #18):
 * - one file: dist/cdn/emotional-safety.js uploaded alone, renamed, in a dated folder as a
 *   CMS puts it, runs every element with both articles, Spanish and content checking,
 *   and asks for nothing else;
 * - layout shift (Chromium reports it): bare tags with no CSS move the host text once,
 *   all elements together; the README's snippet moves nothing (CLS ≤ 0.01) at 390, 800
 *   and 1280 px, on a fast connection and on Slow 4G with a 4× slower CPU;
 * - host columns: inside `<es-practice>` or not, the elements stay in a WordPress-style
 *   constrained column and a `max-width; margin: auto` main, with space between them;
 * - the README's routes: Squarespace's header code injection (the snippet's top block in
 *   `<head>`), and Wix's cross-origin script (it runs only with CORS and a JavaScript
 *   content type, as the README says).
 */
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { ROOT, describeEachBrowser, foreignRequests, openPage } from './harness.mjs';
import { SCRATCH, UPLOADED, hostPage, readmeSnippet, writeEmbedPages } from './embed-pages.mjs';
import { startServer } from '../../scripts/static-server.mjs';
import { VIEWPORTS, measureLayoutShift } from '../../scripts/layout-shift.mjs';
import { reserveRules } from '../../scripts/reserve-css.mjs';

before(writeEmbedPages);


it("the README snippet carries every reserve of src/embed/reserve.css, as written there", async () => {
  const style = (await readmeSnippet('plain-top')).match(/<style>([\s\S]*?)<\/style>/)?.[1] ?? '';
  const lines = style.split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('/*'));
  assert.deepEqual(lines, reserveRules());
});

describeEachBrowser('one uploaded file', { server: {} }, (suite) => {
  it('renders every element with built-in content, Spanish and content checks, and asks for nothing else', async () => {
    const { page, errors, requests } = await openPage(suite.browser, `${suite.server.origin}/bench/.tmp/embed/one-file.html`);
    try {
      const seen = await page.evaluate(() => {
        const text = (el) => el.shadowRoot?.textContent.replace(/\s+/g, ' ') ?? '';
        const tags = ['es-practice', 'es-quick-exit', 'es-article-reader', 'es-reflection-card', 'es-safety-compare', 'es-support-resources', 'es-contact-cta'];
        return {
          undefinedTags: tags.filter((tag) => !customElements.get(tag)),
          exit: text(document.querySelector('es-quick-exit')),
          reader: text(document.querySelector('es-article-reader')),
          card: text(document.querySelector('es-reflection-card')),
          compare: text(document.querySelector('es-safety-compare[set]')),
          own: text(document.querySelector('#own')),
          broken: text(document.querySelector('#broken')),
          cta: text(document.querySelector('es-contact-cta')),
        };
      });
      assert.deepEqual(seen.undefinedTags, []);
      assert.match(seen.exit, /Salir de esta página/);
      assert.match(seen.reader, /Rebuild Emotional Safety and Trust/, 'the second built-in article is in the one file');
      assert.ok(seen.card.trim().length > 40, 'the reflection card shows a prompt');
      assert.match(seen.compare, /Emocionalmente seguro/);
      assert.match(seen.own, /Escuchar con calma/);
      assert.doesNotMatch(seen.own, /Cargando|Loading/);
      assert.match(seen.broken, /unsafe/, 'the content problem names the missing field');
      assert.match(seen.cta, /Consulta Puerto/);
      const paths = requests.filter((r) => /^https?:/.test(r.url)).map((r) => new URL(r.url).pathname).filter((path) => path !== '/favicon.ico');
      assert.deepEqual([...new Set(paths)].sort(), ['/bench/.tmp/embed/one-file.html', UPLOADED].sort());
      assert.deepEqual(foreignRequests(requests, suite.server.origin).filter((url) => !url.endsWith('/favicon.ico')), []);
      assert.deepEqual(
        errors.filter((e) => !e.includes('content')),
        [],
        'no page error (the broken comparison explains itself in the console)',
      );
    } finally {
      await page.close();
    }
  });
});

describeEachBrowser('Wix: the script from another site', { server: {} }, (suite) => {
  let files;
  before(async () => {
    // The file host: another origin, sending CORS headers for /cors/ only.
    files = await startServer({
      root: ROOT,
      port: 0,
      headers: (pathname) => (pathname.includes('/embed/cors/') ? { 'Access-Control-Allow-Origin': '*' } : {}),
    });
    for (const [name, src] of [
      ['cors', `${files.origin}/bench/.tmp/embed/cors/emotional-safety.js`],
      ['no-cors', `${files.origin}/bench/.tmp/embed/no-cors/emotional-safety.js`],
      ['wrong-type', `${files.origin}/bench/.tmp/embed/cors/emotional-safety.txt`],
    ]) {
      await writeFile(join(SCRATCH, `wix-${name}.html`), hostPage('Wix', `      <script type="module" src="${src}"></script>\n      <es-safety-compare></es-safety-compare>`));
    }
  });
  after(() => files?.close());
  const defined = async (name) => {
    const { page } = await openPage(suite.browser, `${suite.server.origin}/bench/.tmp/embed/wix-${name}.html`);
    try {
      // A module script runs (or fails to load) before the page's load event, which openPage
      // waited for, and the bundle defines its elements as it runs (no dynamic import): the
      // answer is known now.
      return await page.evaluate(() => Boolean(customElements.get('es-safety-compare')));
    } finally {
      await page.close();
    }
  };
  it('runs when the file host sends CORS headers and a JavaScript content type', async () => {
    assert.equal(await defined('cors'), true);
  });
  it('does not run without CORS headers, nor as text/plain', async () => {
    assert.equal(await defined('no-cors'), false);
    assert.equal(await defined('wrong-type'), false);
  });
});

describeEachBrowser('Squarespace: the top block under Code Injection → Header', { server: {} }, (suite) => {
  it('puts the quick exit first in <body> and renders the Code Block elements', async () => {
    const { page, errors } = await openPage(suite.browser, `${suite.server.origin}/bench/.tmp/embed/squarespace.html`);
    try {
      const seen = await page.evaluate(() => ({
        first: document.body.firstElementChild?.localName,
        label: document.querySelector('es-quick-exit')?.shadowRoot?.textContent ?? '',
        reader: Boolean(document.querySelector('es-article-reader')?.shadowRoot?.querySelector('h1, h2')),
      }));
      assert.equal(seen.first, 'es-quick-exit');
      assert.match(seen.label, /Leave this page/);
      assert.equal(seen.reader, true);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });
});

describeEachBrowser('host columns', { server: {} }, (suite) => {
  for (const [name, file] of [
    ['WordPress constrained layout', 'wordpress-column.html'],
    ['a max-width main', 'plain-column.html'],
  ]) {
    it(`keeps the elements in ${name}, with space between them`, async () => {
      const { page, errors } = await openPage(suite.browser, `${suite.server.origin}/test/e2e/pages/embed/${file}`, {
        viewport: { width: 1280, height: 900 },
      });
      try {
        const boxes = await page.evaluate(() => {
          const column = document.querySelector('[data-column]').getBoundingClientRect();
          const rect = (el) => {
            const r = el.getBoundingClientRect();
            return { tag: el.localName, left: Math.round(r.left), right: Math.round(r.right), top: r.top, bottom: r.bottom };
          };
          return {
            column: { left: Math.round(column.left), right: Math.round(column.right) },
            groups: [...document.querySelectorAll('[data-group]')].map((group) =>
              [...group.querySelectorAll('es-article-reader, es-reflection-card, es-safety-compare, es-support-resources, es-contact-cta')].map(rect),
            ),
          };
        });
        for (const elements of boxes.groups) {
          assert.ok(elements.length >= 3);
          for (const box of elements) {
            assert.ok(box.left >= boxes.column.left - 1 && box.right <= boxes.column.right + 1, `${box.tag} ${box.left}–${box.right} leaves the column ${boxes.column.left}–${boxes.column.right}`);
          }
          for (let i = 1; i < elements.length; i++) {
            const gap = elements[i].top - elements[i - 1].bottom;
            assert.ok(gap >= 16, `${elements[i - 1].tag} and ${elements[i].tag} are ${gap} px apart`);
          }
        }
        assert.deepEqual(errors, []);
      } finally {
        await page.close();
      }
    });
  }
});

// Chromium only: layout shifts are reported by the Layout Instability API, which Firefox and
// WebKit do not have.
describeEachBrowser('layout shift', { only: ['chromium'], server: {} }, (suite) => {
  for (const slow of [false, true]) {
    const how = slow ? 'Slow 4G and a 4× slower CPU' : 'a fast connection';
    it(`the README snippet shifts nothing (CLS ≤ 0.01) at 390, 800 and 1280 px, on ${how}`, async () => {
      for (const { width } of VIEWPORTS) {
        const { cls, shifts } = await measureLayoutShift(suite.browser, `${suite.server.origin}/bench/.tmp/embed/readme-snippet.html`, { width, slow });
        assert.ok(cls <= 0.01, `CLS ${cls.toFixed(4)} at ${width} px: ${JSON.stringify(shifts)}`);
      }
    });
    it(`the Squarespace route shifts nothing (CLS ≤ 0.01) at 390, 800 and 1280 px, on ${how}`, async () => {
      for (const { width } of VIEWPORTS) {
        const { cls, shifts } = await measureLayoutShift(suite.browser, `${suite.server.origin}/bench/.tmp/embed/squarespace.html`, { width, slow });
        assert.ok(cls <= 0.01, `CLS ${cls.toFixed(4)} at ${width} px: ${JSON.stringify(shifts)}`);
      }
    });
    it(`bare tags with no CSS move the host text once, all elements together, on ${how}`, async () => {
      for (const { width } of VIEWPORTS) {
        const { shifts } = await measureLayoutShift(suite.browser, `${suite.server.origin}/test/e2e/pages/embed/bare.html`, { width, slow });
        assert.ok(shifts.length <= 1, `${shifts.length} shifts at ${width} px: ${JSON.stringify(shifts)}`);
      }
    });
  }
});

