import { expect, fixture } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../src/index.js';
import type { EsElement } from '../src/internal/es-element.js';
import { captureWarnings } from './helpers.js';

/**
 * The conventions every element keeps, written once in the base class (EsElement):
 * `heading-level` takes a whole number from 1 to 6 on every element with a heading; any
 * other value warns once, naming the attribute, and gives 2.
 */
const ELEMENTS_WITH_A_HEADING = ['es-article-reader', 'es-support-resources'];

/** The element's first heading as assistive technology gets it: its level, from the tag. */
function firstHeadingLevel(el: Element): number {
  const h = el.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"]');
  expect(h, `${el.localName} has a heading`).to.exist;
  return Number(h!.getAttribute('aria-level') ?? h!.localName.slice(1));
}

async function render(tag: string, level?: string): Promise<EsElement> {
  const name = unsafeStatic(tag);
  const el = await fixture<EsElement>(
    level === undefined ? html`<${name}></${name}>` : html`<${name} heading-level=${level}></${name}>`,
  );
  await el.updateComplete;
  return el;
}

describe('conventions shared by every element', () => {
  for (const tag of ELEMENTS_WITH_A_HEADING) {
    describe(`<${tag}> heading-level`, () => {
      it('is 2 when unset, with no warning', async () => {
        const warnings = await captureWarnings(async () => expect(firstHeadingLevel(await render(tag))).to.equal(2));
        expect(warnings).to.deep.equal([]);
      });

      for (const level of [1, 3, 6]) {
        it(`gives the heading level ${level} when asked for ${level}`, async () => {
          expect(firstHeadingLevel(await render(tag, String(level)))).to.equal(level);
        });
      }

      for (const odd of ['0', '7', 'nine', '2.5', '-1']) {
        it(`refuses “${odd}”: one warning that names the attribute, and level 2`, async () => {
          const warnings = await captureWarnings(async () => {
            const el = await render(tag, odd);
            expect(firstHeadingLevel(el)).to.equal(2);
            el.requestUpdate();
            await el.updateComplete;
          });
          expect(warnings.length, `warnings: ${JSON.stringify(warnings.map((w) => String(w[0])))}`).to.equal(1);
          expect(String(warnings[0]![0])).to.include(`<${tag}> heading-level`).and.include(`“${odd}”`);
        });
      }
    });
  }
});
