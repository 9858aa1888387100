import { expect, fixture } from '@open-wc/testing';
import '../src/index.js';
import type { EsElement } from '../src/core/es-element.js';
import { captureWarnings } from './helpers.js';

/**
 * The conventions every element keeps, written once in the base class (EsElement):
 * `heading-level` takes a whole number from 1 to 6 on every element with a heading; any
 * other value warns once, naming the attribute, and gives 2.
 */
const ELEMENTS_WITH_A_HEADING = ['es-article-reader', 'es-support-resources', 'es-reflection-card'];

/** The element's first heading as assistive technology gets it: its level, from the tag. */
function firstHeadingLevel(el: Element): number {
  const h = el.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"]');
  expect(h, `${el.localName} has a heading`).to.not.equal(null);
  return Number(h!.getAttribute('aria-level') ?? h!.localName.slice(1));
}

async function render(tag: string, level?: string): Promise<EsElement> {
  const el = await fixture<EsElement>(level === undefined ? `<${tag}></${tag}>` : `<${tag} heading-level="${level}"></${tag}>`);
  await el.updateComplete;
  return el;
}

const EVERY_ELEMENT = ['es-article-reader', 'es-reflection-card', 'es-safety-compare', 'es-quick-exit', 'es-support-resources', 'es-contact-cta'];

describe('conventions shared by every element', () => {
  for (const tag of EVERY_ELEMENT) {
    it(`<${tag} theme="purple"> warns once, naming the attribute, and keeps the page's colours`, async () => {
      // The call to action shows nothing until it has somewhere to send the reader.
      const needs = tag === 'es-contact-cta' ? 'href="mailto:hello@example.org"' : '';
      const warnings = await captureWarnings(async () => {
        const plain = await fixture<EsElement>(`<${tag} ${needs}></${tag}>`);
        const odd = await fixture<EsElement>(`<${tag} ${needs} theme="purple"></${tag}>`);
        await plain.updateComplete;
        odd.requestUpdate();
        await odd.updateComplete;
        const look = (el: EsElement) => getComputedStyle(el.shadowRoot!.querySelector('.base, [part~="base"]') ?? el).backgroundColor;
        expect(look(odd), 'the same colours as with no theme').to.equal(look(plain));
      });
      const ours = warnings.filter((w) => String(w[0]).includes('theme'));
      expect(ours.length, JSON.stringify(warnings.map((w) => String(w[0])))).to.equal(1);
      expect(String(ours[0]![0])).to.include(`<${tag}> theme`).and.include('“purple”');
    });
  }

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

describe('one family of buttons', () => {
  /** What makes a button look like the others: its shape, edge, weight and size. */
  const look = (button: Element) => {
    const s = getComputedStyle(button);
    return {
      padding: [s.paddingTop, s.paddingRight, s.paddingBottom, s.paddingLeft].join(' '),
      border: `${s.borderTopWidth} ${s.borderTopStyle} ${s.borderTopColor}`,
      radius: s.borderTopLeftRadius,
      background: s.backgroundColor,
      weight: s.fontWeight,
      minHeight: s.minHeight,
    };
  };
  const shadow = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector)!;

  for (const theme of ['', 'light', 'dark']) {
    it(`the everyday buttons of the reader, the card and the comparison look alike${theme ? ` (theme="${theme}")` : ''}`, async () => {
      const page = await fixture<HTMLElement>(`<div>
          <es-article-reader ${theme && `theme="${theme}"`}></es-article-reader>
          <es-reflection-card journal ${theme && `theme="${theme}"`}></es-reflection-card>
          <es-safety-compare interactive ${theme && `theme="${theme}"`}></es-safety-compare>
        </div>`);
      const [reader, card, compare] = [...page.children] as EsElement[];
      await Promise.all([reader, card, compare].map((el) => el!.updateComplete));
      // On the second prompt, Previous is an everyday (enabled, secondary) button.
      (shadow(card!, '#next') as HTMLButtonElement).click();
      await card!.updateComplete;
      const secondary = {
        'reader: Text size and colours': look(shadow(reader!, 'summary')),
        'card: Previous': look(shadow(card!, '#previous')),
        'comparison: Show all': look([...compare!.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Show all')!),
      };
      const [first, ...others] = Object.entries(secondary);
      for (const [who, style] of others) expect(style, `${who} looks like ${first![0]}`).to.deep.equal(first![1]);
    });
  }
});
