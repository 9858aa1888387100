/** <es-safety-compare>: a table when wide, pairs when narrow, and laid out in full. */
import { expect, fixture, html } from '@open-wc/testing';
import { canEmulateMedia, emulateMedia } from './commands.js';
import type { EsSafetyCompare } from '../src/elements/safety-compare/safety-compare.js';
import { CROWD_SIZE } from '../src/elements/safety-compare/crowd.js';
import { builtinComparisonSets } from '../src/content/index.js';
import { visibleText } from './helpers.js';
import { $, NARROW, WIDE, compare, container, layout, resize, root, settled, text } from './safety-compare.helpers.js';

const SETS = Object.keys(builtinComparisonSets);

describe('<es-safety-compare>', () => {
  describe('layout', () => {
    for (const id of SETS) {
      it(`shows “${id}” as a table with column and row headers when wide`, async () => {
        const set = builtinComparisonSets[id]!;
        const el = await compare(html`<es-safety-compare set=${id}></es-safety-compare>`);
        expect(layout(el)).to.equal('table');
        const table = $(el, 'table');
        expect(text($(el, 'h2')), 'its title is a heading').to.equal(set.title);
        expect(text(root(el).getElementById(table.getAttribute('aria-labelledby')!)!), 'named by its title').to.equal(set.title);
        if (set.description) expect(text(root(el).getElementById(table.getAttribute('aria-describedby')!)!)).to.equal(set.description);
        const headers = [...table.querySelectorAll('thead th')];
        expect(headers.map((th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col']);
        const rows = [...table.querySelectorAll('tbody tr')];
        expect(rows.length).to.equal(set.rows.length);
        rows.forEach((tr, i) => {
          const [header, cell, ...rest] = [...tr.children];
          expect(rest).to.deep.equal([]);
          expect(header!.localName).to.equal('th');
          expect(header!.getAttribute('scope')).to.equal('row');
          expect(text(header!)).to.equal(set.rows[i]!.safe);
          expect(cell!.localName).to.equal('td');
          expect(text(cell!)).to.equal(set.rows[i]!.unsafe);
        });
        for (const row of set.rows) {
          expect(visibleText(el)).to.include(row.safe);
          expect(visibleText(el)).to.include(row.unsafe);
        }
      });

      it(`shows “${id}” as a list of labelled pairs when narrow`, async () => {
        const set = builtinComparisonSets[id]!;
        const el = await compare(html`<es-safety-compare set=${id}></es-safety-compare>`, NARROW);
        expect(layout(el)).to.equal('pairs');
        const list = $(el, 'ul.pairs');
        expect(list.getAttribute('role')).to.equal('list');
        expect(text(root(el).getElementById(list.getAttribute('aria-labelledby')!)!)).to.equal(set.title);
        const pairs = [...list.children];
        expect(pairs.map((li) => li.localName)).to.deep.equal(set.rows.map(() => 'li'));
        pairs.forEach((li, i) => {
          const safe = li.querySelector('.side.safe')!;
          const unsafe = li.querySelector('.side.unsafe')!;
          expect(text(safe.querySelector('.side-label')!)).to.equal(set.safeLabel ?? 'Emotionally safe');
          expect(text(unsafe.querySelector('.side-label')!)).to.equal(set.unsafeLabel ?? 'Not safe');
          expect(text(safe.querySelector('.item')!)).to.equal(`${set.safeLabel ?? 'Emotionally safe'}: ${set.rows[i]!.safe}`);
          expect(text(unsafe.querySelector('.item')!)).to.equal(`${set.unsafeLabel ?? 'Not safe'}: ${set.rows[i]!.unsafe}`);
        });
        expect($(el, 'table'), 'the table is not rendered as well').to.equal(null);
      });
    }

    it('changes layout when its container is resized, not the viewport', async () => {
      const el = await compare();
      expect(layout(el)).to.equal('table');
      await resize(el, NARROW);
      expect(layout(el)).to.equal('pairs');
      await resize(el, WIDE);
      expect(layout(el)).to.equal('table');
    });

    it('fits 280 px without sideways scrolling', async () => {
      const el = await compare(html`<es-safety-compare interactive explanations></es-safety-compare>`, 280);
      expect(layout(el)).to.equal('pairs');
      expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
      expect($(el, '.pairs').getBoundingClientRect().width).to.be.at.most(280);
    });

    it('keeps a readable width inside a shrink-to-fit container', async () => {
      const el = await compare(html`<span class="shrink"><es-safety-compare></es-safety-compare></span>`, WIDE);
      (container(el).querySelector('.shrink') as HTMLElement).style.display = 'inline-block';
      await settled(el);
      expect(el.getBoundingClientRect().width).to.be.at.least(270);
      expect(layout(el)).to.equal('pairs');
    });
  });

  describe('laid out in full (#16 item 7)', () => {
    it('is not a size container: no container style pass per comparison', async () => {
      for (const width of [WIDE, NARROW]) {
        const el = await compare(html`<es-safety-compare style="--es-content-visibility: visible"></es-safety-compare>`, width);
        const containers = [...root(el).querySelectorAll('*')].filter((node) => getComputedStyle(node).containerType !== 'normal');
        expect(containers.map((node) => node.localName), layout(el)).to.deep.equal([]);
      }
    });

    it('lays a few comparisons out at once (a full-page capture shows them); only a page crowded with them skips those off screen', async () => {
      const visibility = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('.frame')!).contentVisibility;
      const page = await fixture<HTMLElement>(html`<div>${Array.from({ length: 3 }, () => html`<es-safety-compare></es-safety-compare>`)}</div>`);
      const comparisons = () => [...page.querySelectorAll<EsSafetyCompare>('es-safety-compare')];
      await Promise.all(comparisons().map((el) => el.updateComplete));
      expect(comparisons().map(visibility), 'a practice page: laid out in full').to.deep.equal(['visible', 'visible', 'visible']);
      // Where the engine can skip them (content-visibility with overflow-clip-margin, custom states).
      const canSkip = CSS.supports('overflow-clip-margin: 1px') && CSS.supports('selector(:state(crowded))');
      page.append(...Array.from({ length: CROWD_SIZE }, () => document.createElement('es-safety-compare')));
      await Promise.all(comparisons().map((el) => el.updateComplete));
      expect(new Set(comparisons().map(visibility)), `${comparisons().length} on the page`).to.deep.equal(new Set([canSkip ? 'auto' : 'visible']));
      // The page's own choice wins, whatever the count.
      page.style.setProperty('--es-content-visibility', 'visible');
      expect(new Set(comparisons().map(visibility))).to.deep.equal(new Set(['visible']));
      page.style.removeProperty('--es-content-visibility');
      // Back to a few: laid out in full again.
      for (const el of comparisons().slice(3)) el.remove();
      expect(comparisons().map(visibility)).to.deep.equal(['visible', 'visible', 'visible']);
    });

    it('lays every comparison out for print, however far off screen', async () => {
      const el = await compare();
      if (canEmulateMedia) {
        await emulateMedia({ media: 'print' });
        try {
          const skipped = [...root(el).querySelectorAll('*')].filter((node) => getComputedStyle(node).contentVisibility !== 'visible');
          expect(skipped.map((node) => node.localName)).to.deep.equal([]);
        } finally {
          await emulateMedia({ media: 'screen' });
        }
      } else {
        // Firefox and WebKit cannot be told to print here: read the print rules instead.
        const rules = root(el).adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
        const print = rules.filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === 'print');
        const inner = print.flatMap((rule) => [...rule.cssRules]).filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule);
        expect(inner.some((rule) => rule.style.getPropertyValue('content-visibility') === 'visible')).to.equal(true);
      }
    });
  });
});
