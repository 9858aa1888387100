/**
 * <es-safety-compare>: never colour alone, its heading and names, and axe. The other parts:
 * safety-compare-layout (table or pairs), -interactive (reflection mode) and -content (sets,
 * languages, errors, explanations); what they share is in safety-compare.helpers.ts.
 */
import { expect, html } from '@open-wc/testing';
import { builtinComparisonSets } from '../src/content/index.js';
import { THEMES_TO_CHECK } from './helpers.js';
import { $, $$, DEFAULT_SET, NARROW, WIDE, click, compare, container, layout, resize, root, settled, text } from './safety-compare.helpers.js';

/** WCAG contrast of two computed colours (rgb() or color(srgb …)). */
function contrast(a: string, b: string): number {
  const channels = (c: string) => {
    const numbers = c.match(/[\d.]+/g)!.map(Number);
    return c.startsWith('color(') ? numbers.slice(0, 3) : numbers.slice(0, 3).map((n) => n / 255);
  };
  const luminance = (c: string) => {
    const [r, g, b] = channels(c).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('<es-safety-compare>', () => {
  describe('never colour alone', () => {
    it('says "Not safe" with every unsafe item (the column header in the table, a prefix in the pairs), and shows a symbol', async () => {
      const el = await compare();
      for (const width of [WIDE, NARROW]) {
        await resize(el, width);
        if (layout(el) === 'table') {
          expect($$(el, 'thead th').map(text)).to.deep.equal(['Emotionally safe', 'Not safe']);
        } else {
          const prefixes = $$(el, '.item.unsafe > .visually-hidden');
          expect(prefixes.length).to.equal(DEFAULT_SET.rows.length);
          for (const prefix of prefixes) expect(text(prefix)).to.equal('Not safe:');
          for (const prefix of $$(el, '.item.safe > .visually-hidden')) expect(text(prefix)).to.equal('Emotionally safe:');
        }
        // The symbol: on each item in the table, on each side's visible label in the pairs.
        const marked = layout(el) === 'table' ? $$(el, '.item.unsafe') : $$(el, '.side.unsafe > .side-label');
        expect(marked.length).to.equal(DEFAULT_SET.rows.length);
        for (const node of marked) expect(getComputedStyle(node, '::before').content, layout(el)).to.not.equal('none');
      }
    });

    it('gives the two sides different symbols and visible text labels', async () => {
      const el = await compare();
      const [safe, unsafe] = $$(el, 'thead th');
      expect(text(safe!)).to.equal('Emotionally safe');
      expect(text(unsafe!)).to.equal('Not safe');
      // A tick (one turned corner) and a cross (two turned strokes): different shapes.
      const safeIcon = safe!.querySelector('.mark')!;
      const unsafeIcon = unsafe!.querySelector('.mark')!;
      expect(getComputedStyle(safeIcon, '::before').content).to.not.equal('none');
      expect(getComputedStyle(safeIcon, '::before').borderBottomWidth).to.not.equal('0px');
      expect(getComputedStyle(safeIcon, '::after').display).to.equal('none');
      expect(getComputedStyle(unsafeIcon, '::before').borderBottomWidth).to.equal('0px');
      expect(getComputedStyle(unsafeIcon, '::after').display).to.not.equal('none');
      expect(getComputedStyle(unsafeIcon, '::after').transform).to.not.equal(getComputedStyle(unsafeIcon, '::before').transform);
    });

    it('lets safe-label and unsafe-label override the labels everywhere', async () => {
      const el = await compare(html`<es-safety-compare set="is-vs-is-not" safe-label="Feels safe" unsafe-label="Feels unsafe"></es-safety-compare>`);
      expect($$(el, 'thead th').map(text)).to.deep.equal(['Feels safe', 'Feels unsafe']);
      await resize(el, NARROW);
      expect($$(el, '.side-label').map(text).slice(0, 2)).to.deep.equal(['Feels safe', 'Feels unsafe']);
      expect(text($(el, '.item.unsafe > .visually-hidden'))).to.equal('Feels unsafe:');
      await resize(el, WIDE);
      el.safeLabel = '  ';
      await el.updateComplete;
      expect(text($(el, 'thead th'))).to.equal('Emotional safety is');
    });

    it('keeps its colours readable: themed palettes, a dark page without a theme, and --es-color-* tokens', async () => {
      for (const theme of THEMES_TO_CHECK) {
        const el = await compare(html`<es-safety-compare theme=${theme}></es-safety-compare>`);
        const surface = getComputedStyle($(el, '.base')).backgroundColor;
        for (const side of ['safe', 'unsafe']) {
          expect(contrast(getComputedStyle($(el, `thead th.${side} .heading`)).color, surface), `${theme} ${side}`).to.be.at.least(4.5);
        }
      }
      const el = await compare(html`<div class="dark-page"><es-safety-compare></es-safety-compare></div>`);
      const page = container(el).querySelector<HTMLElement>('.dark-page')!;
      page.style.background = 'rgb(18, 18, 18)';
      page.style.color = 'rgb(238, 238, 238)';
      for (const side of ['safe', 'unsafe']) {
        expect(contrast(getComputedStyle($(el, `thead th.${side} .heading`)).color, 'rgb(18, 18, 18)'), `dark page ${side}`).to.be.at.least(4.5);
      }
      el.style.setProperty('--es-color-safe', 'rgb(1, 2, 3)');
      expect(getComputedStyle($(el, 'tbody .item.safe'), '::before').color).to.equal('rgb(1, 2, 3)');
    });
  });

  describe('heading and names (#16 item 6)', () => {
    it('gives its title a heading at heading-level (default 2), in both layouts', async () => {
      const el = await compare();
      for (const width of [WIDE, NARROW]) {
        await resize(el, width);
        const heading = $(el, 'h1, h2, h3, h4, h5, h6');
        expect(heading.localName, layout(el)).to.equal('h2');
        expect(text(heading)).to.equal(DEFAULT_SET.title);
      }
      el.setAttribute('heading-level', '4');
      await settled(el);
      expect($(el, 'h1, h2, h3, h4, h5, h6').localName).to.equal('h4');
      const narrow = await compare(html`<es-safety-compare heading-level="3" interactive></es-safety-compare>`, NARROW);
      expect($(narrow, 'h1, h2, h3, h4, h5, h6').localName).to.equal('h3');
    });

    it('names the table once, by its heading, and describes it apart', async () => {
      const set = builtinComparisonSets['is-vs-is-not']!;
      const el = await compare(html`<es-safety-compare set="is-vs-is-not"></es-safety-compare>`);
      const table = $(el, 'table');
      expect(table.querySelector('caption'), 'no caption read besides the name').to.equal(null);
      expect(table.hasAttribute('aria-label')).to.equal(false);
      const name = root(el).getElementById(table.getAttribute('aria-labelledby')!)!;
      expect(name).to.equal($(el, 'h2'));
      expect(text(name)).to.equal(set.title);
      const describedBy = table.getAttribute('aria-describedby');
      if (set.description) {
        const description = root(el).getElementById(describedBy!)!;
        expect(text(description)).to.equal(set.description);
        expect(description.contains(name) || name.contains(description), 'name and description are apart').to.equal(false);
      } else {
        expect(describedBy).to.equal(null);
      }
    });

    it('says each table cell once: the column header gives the side, the cell its own words', async () => {
      for (const template of [html`<es-safety-compare></es-safety-compare>`, html`<es-safety-compare interactive></es-safety-compare>`]) {
        const el = await compare(template);
        $$<HTMLButtonElement>(el, 'button.reveal').forEach((b) => b.click());
        await el.updateComplete;
        expect($$(el, 'tbody .visually-hidden')).to.deep.equal([]);
        for (const [i, tr] of $$(el, 'tbody tr').entries()) {
          const cells = [...tr.children].map((cell) => cell.querySelector('.revealed .item') ?? cell);
          expect(cells.map(text)).to.deep.equal([DEFAULT_SET.rows[i]!.safe, DEFAULT_SET.rows[i]!.unsafe]);
        }
      }
    });

    it('names each explanation “More about this: …”, with no space before the colon', async () => {
      const el = await compare(html`<es-safety-compare explanations></es-safety-compare>`);
      for (const width of [WIDE, NARROW]) {
        await resize(el, width);
        const summaries = $$(el, 'summary');
        expect(summaries.length).to.equal(DEFAULT_SET.rows.length);
        summaries.forEach((summary, i) => {
          expect(summary.getAttribute('aria-label'), layout(el)).to.equal(`More about this: ${DEFAULT_SET.rows[i]!.safe}`);
          expect(text(summary)).to.equal('More about this');
        });
      }
      const es = await compare(html`<es-safety-compare lang="es" explanations></es-safety-compare>`);
      expect($(es, 'summary').getAttribute('aria-label')).to.equal(`Más sobre esto: ${DEFAULT_SET.rows[0]!.safe}`);
    });
  });

  describe('accessibility (axe)', () => {
    for (const theme of THEMES_TO_CHECK) {
      it(`is clean as a table and as pairs in the ${theme} theme`, async () => {
        const el = await compare(html`<es-safety-compare theme=${theme}></es-safety-compare>`);
        expect(layout(el)).to.equal('table');
        await expect(el).to.be.accessible();
        await resize(el, NARROW);
        expect(layout(el)).to.equal('pairs');
        await expect(el).to.be.accessible();
      });

      it(`is clean in interactive mode with explanations open in the ${theme} theme`, async () => {
        const el = await compare(html`<es-safety-compare theme=${theme} interactive explanations></es-safety-compare>`);
        await click(el, $$(el, '.table-view button.reveal')[0]!);
        await click(el, $(el, '.table-view .revealed:not([hidden]) summary'));
        await expect(el).to.be.accessible();
        await resize(el, NARROW);
        await expect(el).to.be.accessible();
      });

      it(`is clean with explanations as a third column in the ${theme} theme`, async () => {
        const el = await compare(html`<es-safety-compare theme=${theme} set="is-vs-is-not" explanations></es-safety-compare>`);
        await click(el, $(el, '.table-view summary'));
        await expect(el).to.be.accessible();
      });
    }
  });
});
