/** <es-safety-compare interactive>: reflection mode, each safe side revealed by the reader. */
import { expect, html, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys } from './commands.js';
import type { EsSafetyCompare } from '../src/elements/safety-compare/safety-compare.js';
import { builtinComparisonSets } from '../src/content/index.js';
import { visibleText } from './helpers.js';
import { $, $$, DEFAULT_SET, NARROW, WIDE, click, compare, container, layout, resize, root, shown, text } from './safety-compare.helpers.js';


describe('<es-safety-compare>', () => {
  describe('interactive', () => {
    const interactive = (width = WIDE) =>
      compare(html`<es-safety-compare interactive></es-safety-compare>`, width);
    const reveals = (el: EsSafetyCompare, view = '.table-view') => $$<HTMLButtonElement>(el, `${view} button.reveal`);
    const region = (el: EsSafetyCompare, button: Element) => root(el).getElementById(button.getAttribute('aria-controls')!)!;

    it('hides what is safe behind a disclosure button named for its row, each pattern its row header', async () => {
      const el = await interactive();
      expect(text($(el, 'tbody th[scope="row"]'))).to.equal(DEFAULT_SET.rows[0]!.unsafe);
      const buttons = reveals(el);
      expect(buttons.length).to.equal(DEFAULT_SET.rows.length);
      for (const button of buttons) {
        expect(button.getAttribute('aria-expanded')).to.equal('false');
        // One short word on each card, not the sentence eleven times over; the name says the rest.
        expect(text(button)).to.equal('Show');
        expect(region(el, button).hidden).to.equal(true);
      }
      expect(visibleText(el)).to.not.include(DEFAULT_SET.rows[0]!.safe);
      expect(text($(el, '.hint'))).to.include('Take your time');
    });

    it('reveals one safe side at a time with the mouse, and hides it again', async () => {
      const el = await interactive();
      const [first, second] = reveals(el);
      await click(el, first!);
      expect(first!.getAttribute('aria-expanded')).to.equal('true');
      expect(text(first!)).to.equal('Hide');
      expect(first!.getAttribute('aria-label')).to.equal(`Hide what safety looks like instead of ${DEFAULT_SET.rows[0]!.unsafe}`);
      expect(shown(region(el, first!))).to.equal(true);
      expect(visibleText(el)).to.include(`${DEFAULT_SET.rows[0]!.safe}`);
      expect(text(region(el, first!)), 'the column header says the side').to.equal(DEFAULT_SET.rows[0]!.safe);
      expect(second!.getAttribute('aria-expanded')).to.equal('false');
      expect(visibleText(el)).to.not.include(DEFAULT_SET.rows[1]!.safe);
      await click(el, first!);
      expect(first!.getAttribute('aria-expanded')).to.equal('false');
      expect(visibleText(el)).to.not.include(DEFAULT_SET.rows[0]!.safe);
    });

    it('works from the keyboard: Tab reaches each button, Enter and Space reveal', async () => {
      const el = await interactive();
      const hideAll = $$<HTMLButtonElement>(el, '.controls button')[1]!;
      hideAll.focus();
      await sendKeys({ press: 'Tab' });
      const [first, second] = reveals(el);
      expect(root(el).activeElement).to.equal(first);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(first!.getAttribute('aria-expanded')).to.equal('true');
      expect(root(el).activeElement, 'focus stays on the button').to.equal(first);
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(second);
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(second!.getAttribute('aria-expanded')).to.equal('true');
      expect(visibleText(el)).to.include(DEFAULT_SET.rows[1]!.safe);
    });

    it('shows and hides everything at once, saying so politely', async () => {
      const el = await interactive();
      const [showAll, hideAll] = $$<HTMLButtonElement>(el, '.controls button');
      expect($(el, '.controls').getAttribute('role')).to.equal('group');
      const status = $(el, '[role="status"]');
      expect(text(status)).to.equal('');
      await click(el, showAll!);
      for (const button of reveals(el)) expect(button.getAttribute('aria-expanded')).to.equal('true');
      for (const row of DEFAULT_SET.rows) expect(visibleText(el)).to.include(row.safe);
      expect(text(status)).to.equal(`All ${DEFAULT_SET.rows.length} safe sides are showing now.`);
      await click(el, hideAll!);
      for (const button of reveals(el)) expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(text(status)).to.equal('The safe sides are hidden again.');
      await click(el, reveals(el)[0]!);
      expect(text(status), 'a single reveal is not announced twice').to.equal('');
    });

    it('keeps what was revealed when the layout changes, and only the shown layout is in the tab order', async () => {
      const el = await interactive();
      await click(el, reveals(el)[2]!);
      await resize(el, NARROW);
      expect(layout(el)).to.equal('pairs');
      const pairButtons = reveals(el, '.pairs-view');
      expect(pairButtons[2]!.getAttribute('aria-expanded')).to.equal('true');
      expect(shown(region(el, pairButtons[2]!))).to.equal(true);
      expect(pairButtons[0]!.getAttribute('aria-expanded')).to.equal('false');
      $$<HTMLButtonElement>(el, '.controls button')[1]!.focus();
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(pairButtons[0]);
    });

    it('keeps keyboard focus on the same control when the layout changes under it', async () => {
      const el = await interactive();
      const tableButton = reveals(el)[3]!;
      tableButton.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await resize(el, NARROW);
      await waitUntil(() => root(el).activeElement === reveals(el, '.pairs-view')[3], 'focus follows to the pairs');
      expect(root(el).activeElement!.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(reveals(el, '.pairs-view')[4]);
      await resize(el, WIDE);
      await waitUntil(() => root(el).activeElement === reveals(el)[4], 'focus follows back to the table');
    });

    it('does not pull focus back once the reader has moved on', async () => {
      const el = await interactive();
      const outside = document.createElement('button');
      outside.textContent = 'Elsewhere';
      container(el).append(outside);
      reveals(el)[0]!.focus();
      outside.focus();
      await resize(el, NARROW);
      await nextFrame();
      await nextFrame();
      expect(document.activeElement).to.equal(outside);
    });

    it('starts afresh when the set changes', async () => {
      const el = await interactive();
      await click(el, reveals(el)[0]!);
      el.set = 'is-vs-is-not';
      await el.updateComplete;
      expect(reveals(el).every((b) => b.getAttribute('aria-expanded') === 'false')).to.equal(true);
      expect(reveals(el).length).to.equal(builtinComparisonSets['is-vs-is-not']!.rows.length);
    });

    it('reveals without any movement', async () => {
      const el = await interactive();
      const button = reveals(el)[0]!;
      await click(el, button);
      expect(getComputedStyle(region(el, button)).animationName).to.equal('none');
      expect(getComputedStyle(region(el, button)).transitionDuration).to.match(/^0s/);
      expect(root(el).getAnimations()).to.deep.equal([]);
    });
  });

  describe('reflection mode reads like turning cards (#16 item 5)', () => {
    const interactive = (width = WIDE) => compare(html`<es-safety-compare interactive></es-safety-compare>`, width);

    it('keeps the column order of plain mode, in the table and in the pairs', async () => {
      const plain = await compare();
      const plainHeaders = $$(plain, 'thead th').map(text);
      const el = await interactive();
      expect($$(el, 'thead th').map(text)).to.deep.equal(plainHeaders);
      expect(plainHeaders).to.deep.equal(['Emotionally safe', 'Not safe']);
      // Each row: the safe side's card first, then the pattern, as in plain mode.
      const cells = [...$(el, 'tbody tr').children];
      expect(cells[0]!.querySelector('button.reveal'), 'the safe side comes first').to.not.equal(null);
      expect(text(cells[1]!)).to.equal(DEFAULT_SET.rows[0]!.unsafe);
      await resize(el, NARROW);
      const sides = [...$(el, 'li.pair').querySelectorAll('.side-label')].map(text);
      expect(sides).to.deep.equal(['Emotionally safe', 'Not safe']);
    });

    it('names each reveal button for its row, beginning with its visible words', async () => {
      const el = await interactive();
      for (const width of [WIDE, NARROW]) {
        await resize(el, width);
        const buttons = $$<HTMLButtonElement>(el, 'button.reveal');
        const names = buttons.map((b) => b.getAttribute('aria-label') ?? text(b));
        expect(new Set(names).size, `${layout(el)}: no two buttons share a name`).to.equal(DEFAULT_SET.rows.length);
        names.forEach((name, i) => {
          expect(name).to.equal(`Show what safety looks like instead of ${DEFAULT_SET.rows[i]!.unsafe}`);
          expect(name.startsWith(text(buttons[i]!)), 'the visible words are in the name').to.equal(true);
        });
      }
    });

    it('shows the revealed answer larger than the control above it', async () => {
      const el = await interactive();
      for (const width of [WIDE, NARROW]) {
        await resize(el, width);
        const button = $<HTMLButtonElement>(el, 'button.reveal');
        if (button.getAttribute('aria-expanded') !== 'true') await click(el, button);
        const answer = [...root(el).getElementById(button.getAttribute('aria-controls')!)!.querySelectorAll('.item')].at(-1)!;
        expect(shown(answer)).to.equal(true);
        const size = (node: Element) => parseFloat(getComputedStyle(node).fontSize);
        expect(size(answer), `${layout(el)}: the answer's text`).to.be.greaterThan(size(button));
      }
    });

    it('names the comparison before offering what to do with it, in both layouts', async () => {
      const el = await interactive();
      for (const width of [WIDE, NARROW]) {
        await resize(el, width);
        const title = root(el).querySelector('[role="heading"], h1, h2, h3, h4, h5, h6')!;
        const showAll = $$<HTMLButtonElement>(el, '[part~="controls"] button')[0]!;
        expect(text(showAll)).to.equal('Show all');
        const titleFirst = title.compareDocumentPosition(showAll) & Node.DOCUMENT_POSITION_FOLLOWING;
        expect(titleFirst, `${layout(el)}: the title is read before Show all`).to.not.equal(0);
        expect(showAll.getBoundingClientRect().top, 'and shown below it').to.be.greaterThan(title.getBoundingClientRect().bottom - 1);
        expect(showAll.closest('[lang]')!.getAttribute('lang'), 'in the interface language').to.equal('en');
      }
    });

    it('sets each pattern on the same baseline as its reveal button', async () => {
      const el = await interactive();
      /**
       * Where an empty inline-block put first lands: on the first line's baseline (a
       * label that wraps, in a narrower font, still starts level with its button).
       */
      const baseline = (node: Element) => {
        const probe = document.createElement('span');
        probe.style.cssText = 'display: inline-block; width: 0; height: 0';
        node.prepend(probe);
        const y = probe.getBoundingClientRect().bottom;
        probe.remove();
        return y;
      };
      for (const row of $$(el, 'tbody tr')) {
        const button = row.querySelector('button.reveal')!;
        const label = row.querySelector('th[scope="row"]')!;
        const target = label.querySelector('.item') ?? label;
        expect(Math.abs(baseline(target) - baseline(button)), text(label)).to.be.below(1.5);
      }
    });
  });
});
