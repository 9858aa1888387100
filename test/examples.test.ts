import { expect, fixture, fixtureCleanup, nextFrame } from '@open-wc/testing';
import '../src/index.js';
import type { ElementExamples, Example } from '../src/core/example.js';
import { exampleMarkup } from '../src/core/example-markup.js';
import { articleReaderExamples } from '../src/elements/article-reader/article-reader.examples.js';
import { contactCtaExamples } from '../src/elements/contact-cta/contact-cta.examples.js';
import { practiceExamples } from '../src/elements/practice/practice.examples.js';
import { quickExitExamples } from '../src/elements/quick-exit/quick-exit.examples.js';
import { reflectionCardExamples } from '../src/elements/reflection-card/reflection-card.examples.js';
import { safetyCompareExamples } from '../src/elements/safety-compare/safety-compare.examples.js';
import { supportResourcesExamples } from '../src/elements/support-resources/support-resources.examples.js';
import { canEmulateMedia, emulateMedia } from './commands.js';
import { normalize, visibleText } from './helpers.js';

/**
 * Every example of every element (src/elements/<name>/<name>.examples.ts, the same ones
 * the stories show): it renders something to read, it shows the in-place problem message
 * exactly when it is marked `problem`, and axe (every rule, as in axe-every-rule.test.ts)
 * finds nothing in the light, dark and auto themes. Each sits in a page's <main> under
 * its <h1>, as on a practice's site.
 */
const ALL: readonly ElementExamples[] = [
  practiceExamples,
  safetyCompareExamples,
  reflectionCardExamples,
  articleReaderExamples,
  contactCtaExamples,
  supportResourcesExamples,
  quickExitExamples,
];

/** The title of the in-place problem message (src/core/l10n/messages/common.ts). */
const PROBLEM_TITLE = 'This part of the page could not be shown.';

/** The example's elements: the one it is for and any inside it (a provider's children). */
function elementsOf(page: HTMLElement, tag: string): HTMLElement[] {
  const el = page.querySelector<HTMLElement>(tag)!;
  return [el, ...el.querySelectorAll<HTMLElement>('*')].filter((e) => e.localName.startsWith('es-'));
}

/** What a reader sees of the example: the text of each of its elements' shadow roots (slotted light DOM included). */
function textOf(elements: HTMLElement[]): string {
  return normalize(elements.map((e) => (e.shadowRoot ? visibleText(e) : '')).join(' '));
}

const problemsIn = (elements: HTMLElement[]) => elements.flatMap((e) => [...(e.shadowRoot?.querySelectorAll('[part="error"]') ?? [])]);

/** The example in the theme being checked, given to the element (or, for a provider, to it). */
function themed(example: Example, theme: string): Example {
  return { ...example, attributes: { ...example.attributes, theme } };
}

async function settled(elements: HTMLElement[]) {
  for (const el of elements) await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  // The comparison picks its layout from its measured width a few frames after its first render.
  for (let frame = 0; frame < 3; frame++) await nextFrame();
  for (const el of elements) await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
}

describe('examples: each renders, shows a problem only when it should, and is axe-clean', () => {
  afterEach(async () => {
    fixtureCleanup();
    if (canEmulateMedia) await emulateMedia({ colorScheme: 'light' });
  });

  it('every example has a unique name and a description', () => {
    for (const { tag, examples } of ALL) {
      const names = examples.map((e) => e.name);
      expect(new Set(names).size, `${tag}: names are unique`).to.equal(names.length);
      for (const e of examples) expect(e.description.trim(), `${tag} ${e.name}`).to.not.equal('');
      expect(examples.some((e) => e.problem) || tag === 'es-contact-cta' || tag === 'es-quick-exit' || tag === 'es-practice', `${tag} has an error state`).to.equal(true);
    }
  });

  for (const { tag, examples } of ALL) {
    describe(`<${tag}>`, () => {
      for (const example of examples) {
        for (const theme of ['light', 'dark', 'auto']) {
          it(`${example.name}, ${theme}: ${example.problem ? 'the problem message' : example.empty ? 'nothing shown' : 'renders'}, axe-clean`, async () => {
            // "auto" follows the reader's setting: ask for dark where the browser can be told to.
            if (theme === 'auto' && canEmulateMedia) await emulateMedia({ colorScheme: 'dark' });
            const page = await fixture<HTMLElement>(`<main><h1>A practice page</h1>${exampleMarkup(tag, themed(example, theme))}</main>`);
            const elements = elementsOf(page, tag);
            await settled(elements);
            const text = textOf(elements);
            const problems = problemsIn(elements);
            if (example.empty) expect(text, 'nothing is shown').to.equal('');
            else expect(text, 'something to read').to.not.equal('');
            if (example.problem) {
              expect(problems.length, 'the in-place problem message').to.be.greaterThan(0);
              expect(text).to.include(PROBLEM_TITLE);
            } else {
              expect(problems.length, 'no problem message').to.equal(0);
              expect(text).to.not.include(PROBLEM_TITLE);
            }
            await expect(page).to.be.accessible();
          });
        }
      }
    });
  }
});
