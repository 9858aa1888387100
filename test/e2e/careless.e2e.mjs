/**
 * 3. A careless site: the script tag twice (under two URLs, so it really runs twice),
 *    the npm build beside it (Lit through an import map), tags written before any
 *    script, inside another custom element's shadow root, in a <template> cloned later,
 *    and added, removed and moved again and again. No errors, and the practice's
 *    settings (`<es-practice locale="es" theme="dark">`) still reach every element.
 */
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { describeEachBrowser, foreignRequests, installHelpers, openPage, PAGES, registeredTags, settle } from './harness.mjs';

/**
 * Every registered element with what reached it: the theme class on its wrapper, its
 * language (its text compared with the same tag under the English provider), and the
 * provider it sits in (walking up through shadow roots).
 */
async function contexts(page) {
  await installHelpers(page);
  return page.evaluate(() => {
    const providerOf = (el) => {
      let node = el;
      while (node) {
        node = node.parentNode ?? null;
        if (node instanceof ShadowRoot) node = node.host;
        if (node?.localName === 'es-practice') return node;
      }
      return null;
    };
    // Numbers are state (reading progress, "Prompt 1 of 6"), not language: they are masked.
    const textOf = (el) => el.shadowRoot.textContent.replace(/\s+/g, ' ').replace(/\d+/g, '#').trim();
    const english = new Map(
      [...document.querySelectorAll('#english > *')].filter((el) => el.shadowRoot).map((el) => [el.localName, textOf(el)]),
    );
    return window.__e2e
      .deepAll(document, '*')
      .filter((el) => el.localName.startsWith('es-') && el.localName !== 'es-practice' && customElements.get(el.localName) && el.shadowRoot)
      .filter((el) => el.localName !== 'es-quick-exit-skip')
      .map((el) => {
        const provider = providerOf(el);
        const base = el.shadowRoot.querySelector('[part=base]');
        return {
          who: window.__e2e.describe(el).slice(0, 80),
          tag: el.localName,
          cloned: Boolean(el.closest('#later-target')),
          expectedTheme: provider?.getAttribute('theme') ?? null,
          expectedLocale: provider?.getAttribute('locale') ?? null,
          theme: base ? (/\btheme-(\w+)/.exec(base.className)?.[1] ?? null) : 'no [part=base]',
          text: textOf(el),
          english: english.get(el.localName),
        };
      });
  });
}

function assertContextReached(list) {
  assert.ok(list.length > 0);
  for (const el of list) {
    assert.ok(el.text.length > 20, `${el.who} rendered`);
    assert.equal(el.theme, el.expectedTheme, `${el.who}: theme from its <es-practice>`);
    if (el.expectedLocale === 'es') assert.notEqual(el.text, el.english, `${el.who}: speaks Spanish, as its <es-practice locale="es"> says`);
    if (el.expectedLocale === 'en') assert.equal(el.text, el.english, `${el.who}: speaks English`);
  }
}

describeEachBrowser('careless site: included twice, beside the npm build, tags everywhere', { vendor: true }, (suite) => {
  let run;
  let tags;
  before(async () => {
    run = await openPage(suite.browser, `${suite.server.origin}${PAGES}/careless.html`);
    tags = await registeredTags(run.page);
  });

  it('loads everything without an error or a warning', async () => {
    assert.deepEqual(run.errors, []);
    assert.deepEqual(await run.page.evaluate(() => window.__pageErrors), []);
    // The same version twice is silent; only two different versions would be worth a warning.
    assert.deepEqual(run.console.filter((m) => m.type === 'warn' || m.type === 'warning'), []);
    assert.ok(tags.includes('es-practice') && tags.includes('es-safety-compare'));
  });

  it('contacts only its own origin', () => {
    assert.ok(run.requests.length >= 2);
    assert.deepEqual(foreignRequests(run.requests, suite.server.origin), []);
  });

  it('really ran two copies: the provider from the npm build, the quick exit from the script tag', async () => {
    // The script tag defines the quick exit at once and the other elements a frame later,
    // so those may come from either copy; the quick exit is always the script tag's.
    const copies = await run.page.evaluate(async () => {
      const npm = await import('/dist/index.js');
      return {
        provider: customElements.get('es-practice') === npm.EsPractice,
        quickExit: customElements.get('es-quick-exit') === npm.EsQuickExit,
      };
    });
    assert.deepEqual(copies, { provider: true, quickExit: false });
  });

  it('gives settings to tags written before the script, and inside another element’s shadow root', async () => {
    const list = await contexts(run.page);
    for (const tag of tags.filter((t) => t !== 'es-practice')) {
      // Two providers in the light DOM, one in a shadow root, and consumers in a shadow root.
      assert.ok(list.filter((el) => el.tag === tag).length >= 4, `${tag} appears in every place`);
    }
    assertContextReached(list);
  });

  it('gives settings to elements cloned from a <template> later', async () => {
    await run.page.evaluate(() => {
      const template = document.getElementById('later');
      document.getElementById('later-target').append(document.importNode(template.content, true));
    });
    await settle(run.page);
    const list = await contexts(run.page);
    const cloned = await run.page.evaluate(
      () =>
        [...document.querySelectorAll('#later-target *')].filter(
          (el) => el.localName.startsWith('es-') && el.localName !== 'es-practice' && customElements.get(el.localName),
        ).length,
    );
    assert.ok(cloned > 0, 'the template holds elements');
    assert.equal(list.filter((el) => el.cloned).length, cloned, 'every cloned element rendered');
    assertContextReached(list);
    assert.deepEqual(run.errors, []);
  });

  it('survives being added, removed and moved again and again, and follows its new provider', async () => {
    const { page } = run;
    // One browser call a step, not one long call: a slow engine (WebKitGTK on a busy
    // machine) would pass the driver's script timeout.
    for (let i = 0; i < 40; i++) {
      await page.evaluate(async (i) => {
        const target = document.getElementById('later-target');
        target.append(document.importNode(document.getElementById('later').content, true));
        if (i % 3 === 0) await new Promise((done) => requestAnimationFrame(done));
        // Remove the oldest provider with everything in it, then put it back later.
        const oldest = target.firstElementChild;
        oldest.remove();
        if (i % 2 === 0) target.append(oldest);
      }, i);
    }
    // Move each element of the Spanish provider into the English one, and back again.
    const count = await page.evaluate(() => [...document.getElementById('spanish').children].filter((c) => c.localName.startsWith('es-')).length);
    for (let i = 0; i < count; i++) {
      await page.evaluate(async (i) => {
        const spanish = document.getElementById('spanish');
        const el = [...spanish.children].filter((c) => c.localName.startsWith('es-'))[i];
        document.getElementById('english').append(el);
        await new Promise((done) => requestAnimationFrame(done));
        spanish.insertBefore(el, [...spanish.children].filter((c) => c.localName.startsWith('es-'))[i] ?? null);
      }, i);
    }
    // Finally one copy of each moves to the English provider, and stays.
    await page.evaluate(() => {
      const english = document.getElementById('english');
      const moved = [...document.getElementById('later-target').querySelectorAll('es-practice')].pop();
      for (const el of [...moved.children]) {
        el.dataset.moved = 'yes';
        english.append(el);
      }
    });
    await settle(page);
    assertContextReached(await contexts(page));
    const nowEnglish = await page.evaluate(() =>
      [...document.querySelectorAll('#english > [data-moved]')]
        .filter((el) => el.shadowRoot)
        .map((el) => /\btheme-(\w+)/.exec(el.shadowRoot.querySelector('[part=base]')?.className ?? '')?.[1]),
    );
    assert.ok(nowEnglish.length > 0);
    assert.ok(nowEnglish.every((theme) => theme === 'light'), `moved elements follow their new provider: ${nowEnglish}`);
    assert.deepEqual(run.errors, []);
    assert.deepEqual(await page.evaluate(() => window.__pageErrors), []);
  });
});
