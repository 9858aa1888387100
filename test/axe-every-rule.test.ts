import { expect, fixture, fixtureCleanup, nextFrame } from '@open-wc/testing';
import '../src/index.js';
import type { EsElement } from '../src/core/es-element.js';
import { canEmulateMedia, emulateMedia } from './commands.js';

/**
 * axe with every rule it has, best practices included, over each element in its usual
 * configurations: light, dark, and (where the browser can be told to) forced colours.
 * The per-element tests run axe's WCAG rules; this one asks for the rest too (heading
 * order, landmark names, region, and so on), as an auditor's run of axe would. Each
 * element sits in a page's <main> under its <h1>, as on a practice's site.
 */
const ELEMENTS: Record<string, string> = {
  'es-article-reader': '<es-article-reader></es-article-reader>',
  'es-reflection-card': '<es-reflection-card journal persist></es-reflection-card>',
  'es-safety-compare': '<es-safety-compare></es-safety-compare>',
  'es-safety-compare interactive': '<es-safety-compare interactive></es-safety-compare>',
  'es-quick-exit': '<es-quick-exit clear-stored></es-quick-exit>',
  'es-support-resources': '<es-support-resources region="gb"></es-support-resources>',
  'es-contact-cta': '<es-contact-cta href="mailto:hello@example.org" label="Harbour Counselling"></es-contact-cta>',
};

describe('axe, every rule (best practices included)', () => {
  afterEach(async () => {
    fixtureCleanup();
    if (canEmulateMedia) await emulateMedia({ forcedColors: 'none', colorScheme: 'light' });
  });

  const looks = [
    { name: 'light', theme: 'light' },
    { name: 'dark', theme: 'dark' },
    { name: 'the page’s colours (no theme)', theme: '' },
    ...(canEmulateMedia ? [{ name: 'forced colours', theme: '', forced: true }] : []),
  ];

  for (const [name, markup] of Object.entries(ELEMENTS)) {
    for (const look of looks) {
      it(`<${name}> in ${look.name}: nothing to report`, async () => {
        if (look.forced) await emulateMedia({ forcedColors: 'active' });
        const themed = look.theme ? markup.replace(/^<([a-z-]+)/, `<$1 theme="${look.theme}"`) : markup;
        const page = await fixture<HTMLElement>(`<main><h1>A practice page</h1>${themed}</main>`);
        const el = page.querySelector<EsElement>(name.split(' ')[0]!)!;
        // Settled as a reader sees it: the comparison picks its layout from its measured
        // width a few frames after its first render (see compare-layout.ts).
        await el.updateComplete;
        for (let frame = 0; frame < 3; frame++) await nextFrame();
        await el.updateComplete;
        await expect(page).to.be.accessible();
      });
    }
  }
});
