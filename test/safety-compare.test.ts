import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { canEmulateMedia, emulateMedia, resetMouse, sendKeys, sendMouse } from './commands.js';
import type { TemplateResult } from 'lit';
import '../src/elements/practice/practice.js';
import '../src/elements/safety-compare/safety-compare.js';
import type { EsSafetyCompare } from '../src/elements/safety-compare/safety-compare.js';
import { CROWD_SIZE } from '../src/elements/safety-compare/crowd.js';
import { builtinArticles, builtinComparisonSets, type ComparisonSet } from '../src/content/index.js';
import { THEMES_TO_CHECK, captureWarnings, normalize, visibleText } from './helpers.js';

const WIDE = 700;
const NARROW = 320;
const SETS = Object.keys(builtinComparisonSets);
const DEFAULT_SET = builtinComparisonSets['safe-vs-unsafe']!;

let wrapper: HTMLDivElement;

/** Renders the element inside a wrapper of the given width: the element follows its own space, not the viewport. */
async function compare(template: TemplateResult = html`<es-safety-compare></es-safety-compare>`, width = WIDE) {
  wrapper = await fixture<HTMLDivElement>(html`<div>${template}</div>`);
  wrapper.style.width = `${width}px`;
  const el = wrapper.querySelector('es-safety-compare') as EsSafetyCompare;
  await settled(el);
  return el;
}

/** The layout is chosen once the browser has measured the element: a few frames later. */
async function settled(el: EsSafetyCompare) {
  await el.updateComplete;
  for (let frame = 0; frame < 3; frame++) await nextFrame();
  await el.updateComplete;
}

async function resize(el: EsSafetyCompare, width: number) {
  wrapper.style.width = `${width}px`;
  await settled(el);
}

const root = (el: EsSafetyCompare) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: EsSafetyCompare, selector: string) => root(el).querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: EsSafetyCompare, selector: string) => [...root(el).querySelectorAll<T>(selector)];
const text = (node: Element) => normalize(node.textContent ?? '');
const shown = (node: Element) => getComputedStyle(node).display !== 'none' && (node as HTMLElement).offsetParent !== null;

/** Which layout a reader sees (and assistive technology gets): exactly one of the two is rendered, and shown. */
function layout(el: EsSafetyCompare): 'table' | 'pairs' {
  const table = root(el).querySelector('.table-view');
  const pairs = root(el).querySelector('.pairs-view');
  expect(Boolean(table), 'exactly one layout is rendered').to.not.equal(Boolean(pairs));
  const view = (table ?? pairs)!;
  expect(shown(view), 'and it is displayed').to.equal(true);
  return table ? 'table' : 'pairs';
}

/** The language a piece of text is read in: the nearest `lang` around it. */
const langOf = (node: Element) => (node.closest('[lang]') as HTMLElement).lang;

/** Clicks the middle of an element with the real mouse. */
async function click(el: EsSafetyCompare, target: Element) {
  target.scrollIntoView({ block: 'center' });
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
  await resetMouse();
  await el.updateComplete;
}

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
      (wrapper.querySelector('.shrink') as HTMLElement).style.display = 'inline-block';
      await settled(el);
      expect(el.getBoundingClientRect().width).to.be.at.least(270);
      expect(layout(el)).to.equal('pairs');
    });
  });

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
      const page = wrapper.querySelector<HTMLElement>('.dark-page')!;
      page.style.background = 'rgb(18, 18, 18)';
      page.style.color = 'rgb(238, 238, 238)';
      for (const side of ['safe', 'unsafe']) {
        expect(contrast(getComputedStyle($(el, `thead th.${side} .heading`)).color, 'rgb(18, 18, 18)'), `dark page ${side}`).to.be.at.least(4.5);
      }
      el.style.setProperty('--es-color-safe', 'rgb(1, 2, 3)');
      expect(getComputedStyle($(el, 'tbody .item.safe'), '::before').color).to.equal('rgb(1, 2, 3)');
    });
  });

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
      wrapper.append(outside);
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

  describe('explanations', () => {
    const explained = (attributes = html`<es-safety-compare explanations></es-safety-compare>`, width = WIDE) =>
      compare(attributes, width);

    it('are not offered unless asked for', async () => {
      const el = await compare();
      expect($$(el, 'details').length).to.equal(0);
      expect($$(el, 'thead th').length).to.equal(2);
    });

    it('open on demand with the mouse, quoting the article and naming its section', async () => {
      const el = await explained();
      expect(layout(el)).to.equal('table');
      expect(text($$(el, 'thead th')[2]!)).to.equal('About this');
      const details = $$<HTMLDetailsElement>(el, '.table-view details');
      expect(details.length).to.equal(DEFAULT_SET.rows.length);
      const row = DEFAULT_SET.rows[0]!;
      expect(visibleText(el)).to.not.include(row.explanation!);
      const summary = details[0]!.querySelector('summary')!;
      expect(text(summary)).to.equal('More about this');
      expect(summary.getAttribute('aria-label')).to.equal(`More about this: ${row.safe}`);
      await click(el, summary);
      expect(details[0]!.open).to.equal(true);
      expect(visibleText(el)).to.include(row.explanation!);
      const article = builtinArticles[row.source!.article]!;
      const section = article.sections.find((s) => s.id === row.source!.section)!;
      expect(visibleText(el)).to.include(`From “${section.heading}”, in “${article.title}”.`);
      expect(details[1]!.open).to.equal(false);
    });

    it('open from the keyboard, and stay open when the layout changes', async () => {
      const el = await explained();
      const summary = $$(el, '.table-view summary')[1]!;
      summary.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $$<HTMLDetailsElement>(el, '.table-view details')[1]!.open, 'the explanation opens');
      await el.updateComplete;
      await resize(el, NARROW);
      expect(layout(el)).to.equal('pairs');
      const pairDetails = $$<HTMLDetailsElement>(el, '.pairs-view details');
      expect(pairDetails[1]!.open).to.equal(true);
      expect(pairDetails[0]!.open).to.equal(false);
      expect(visibleText(el)).to.include(DEFAULT_SET.rows[1]!.explanation!);
    });

    it('use the pairs until there is room for a third column', async () => {
      const el = await explained(undefined, 520);
      expect(layout(el)).to.equal('pairs');
      el.explanations = false;
      await el.updateComplete;
      expect(layout(el)).to.equal('table');
    });

    it('wait inside the safe side in interactive mode, so they do not give the answer away', async () => {
      const el = await explained(html`<es-safety-compare explanations interactive></es-safety-compare>`);
      expect($$(el, 'thead th').length).to.equal(2);
      const button = $(el, '.table-view button.reveal');
      const region = root(el).getElementById(button.getAttribute('aria-controls')!)!;
      expect(region.querySelector('details')).to.not.equal(null);
      expect(shown(region.querySelector('summary')!)).to.equal(false);
      await click(el, button);
      expect(shown(region.querySelector('summary')!)).to.equal(true);
    });
  });

  describe('content', () => {
    it('uses Spanish labels under lang="es", keeping the English content marked as English', async () => {
      const el = await compare(html`<es-safety-compare lang="es" interactive></es-safety-compare>`);
      expect($(el, '.base').lang).to.equal('es');
      expect($$(el, 'thead th').map(text)).to.deep.equal(['Emocionalmente seguro', 'No seguro']);
      expect(text($(el, 'button.reveal'))).to.equal('Mostrar');
      expect($(el, 'button.reveal').getAttribute('aria-label')).to.equal(`Mostrar cómo se ve la seguridad en lugar de ${DEFAULT_SET.rows[0]!.unsafe}`);
      expect(langOf($(el, 'h2'))).to.equal('en');
      expect(langOf($(el, 'tbody th'))).to.equal('en');
      expect(langOf($(el, 'button.reveal'))).to.equal('es');
      await resize(el, NARROW);
      expect(text($(el, '.item.unsafe > .visually-hidden'))).to.equal('No seguro:');
      expect(langOf($(el, '.item.unsafe > .visually-hidden'))).to.equal('es');
    });

    it('shows the same set in several comparisons on a page, each with its own labels', async () => {
      wrapper = await fixture(html`<div style="width: ${WIDE}px">
        <es-safety-compare></es-safety-compare>
        <es-safety-compare></es-safety-compare>
        <es-safety-compare unsafe-label="Hurts"></es-safety-compare>
        <es-safety-compare></es-safety-compare>
      </div>`);
      const all = [...wrapper.querySelectorAll('es-safety-compare')];
      await Promise.all(all.map(settled));
      const rows = (el: EsSafetyCompare) => $$(el, 'tbody tr').map(text);
      expect(rows(all[0]!)).to.have.length(DEFAULT_SET.rows.length);
      expect(rows(all[1]!), 'the second shows the whole set too').to.deep.equal(rows(all[0]!));
      expect(rows(all[3]!), 'and so does the fourth').to.deep.equal(rows(all[0]!));
      expect(text($(all[2]!, 'thead th:last-child'))).to.equal('Hurts');
      expect(text($(all[0]!, 'thead th:last-child'))).to.equal('Not safe');
      all[0]!.unsafeLabel = 'Harmful';
      await all[0]!.updateComplete;
      expect(text($(all[0]!, 'thead th:last-child'))).to.equal('Harmful');
      expect(text($(all[1]!, 'thead th:last-child')), 'the others keep their own labels').to.equal('Not safe');
      expect(text($(all[3]!, 'thead th:last-child'))).to.equal('Not safe');
      expect(text($(all[2]!, 'thead th:last-child'))).to.equal('Hurts');
    });

    it('follows <es-practice locale>', async () => {
      wrapper = await fixture(html`<div><es-practice locale="es"><es-safety-compare></es-safety-compare></es-practice></div>`);
      wrapper.style.width = `${WIDE}px`;
      const el = wrapper.querySelector('es-safety-compare')!;
      await settled(el);
      expect(text($(el, 'thead th'))).to.equal('Emocionalmente seguro');
    });

    it('uses a practice’s own set from inline JSON, rendering HTML in it as text', async () => {
      const set = {
        id: 'ours',
        title: 'Our <b>comparison</b>',
        rows: [{ id: 'one', safe: '<img src=x onerror="window.__pwned=1">Listening', unsafe: 'Ignoring' }],
      };
      const el = await compare(html`<es-safety-compare
        ><script type="application/json">
          ${JSON.stringify(set)}
        </script></es-safety-compare
      >`);
      expect(text($(el, '[part~="heading"]'))).to.equal('Our <b>comparison</b>');
      expect($(el, 'img')).to.equal(null);
      expect(visibleText(el)).to.include('<img src=x onerror="window.__pwned=1">Listening');
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
      expect($$(el, '[style]').length, 'no inline styles (strict CSP)').to.equal(0);
    });

    it('fetches a set from src, with its own labels, language and explanations', async () => {
      const el = await compare(html`<es-safety-compare explanations src="/test/fixtures/comparison-explained.json"></es-safety-compare>`);
      await waitUntil(() => root(el).querySelector('[part~="heading"]'), 'the fetched set renders');
      const set = (el.comparison as ComparisonSet)!;
      expect(set.id).to.equal('practice-explained');
      expect($$(el, 'thead th').map(text)).to.deep.equal(['Se siente seguro', 'No se siente seguro', 'About this']);
      expect(langOf($(el, '[part~="heading"]'))).to.equal('es');
      expect($$(el, '.table-view details').length, 'only rows with an explanation offer one').to.equal(1);
      await click(el, $(el, '.table-view summary'));
      expect(visibleText(el)).to.include(set.rows[0]!.explanation!);
      expect($(el, '.table-view .about .source'), 'a source that is not a built-in article is not cited').to.equal(null);
    });

    it('fetches the foundation fixture, and reports a file that is not there', async () => {
      const el = await compare(html`<es-safety-compare src="/test/fixtures/comparison-set.json"></es-safety-compare>`);
      await waitUntil(() => root(el).querySelector('[part~="heading"]'), 'the fetched set renders');
      expect(text($(el, '[part~="heading"]'))).to.equal('A practice’s own comparison');
      await captureWarnings(async () => {
        el.src = '/test/fixtures/does-not-exist.json';
        await oneEvent(el, 'es-content-error');
        await el.updateComplete;
      });
      expect(visibleText(el)).to.include('could not be loaded (HTTP 404)');
    });

    it('explains an unknown set id kindly, naming the ones that exist', async () => {
      let el!: EsSafetyCompare;
      const warnings = await captureWarnings(async () => {
        el = await compare(html`<es-safety-compare set="nope"></es-safety-compare>`);
      });
      const shownText = visibleText(el);
      expect(shownText).to.include('This part of the page could not be shown.');
      expect(shownText).to.include('There is no built-in comparison set called “nope”. The built-in ones are: safe-vs-unsafe, is-vs-is-not.');
      expect(warnings.length).to.equal(1);
      expect($(el, '[part="error"]')).to.not.equal(null);
    });

    it('explains broken JSON and schema problems, inline and from src, naming the field', async () => {
      let broken!: EsSafetyCompare;
      let invalid!: EsSafetyCompare;
      let fetched!: EsSafetyCompare;
      await captureWarnings(async () => {
        broken = await compare(html`<es-safety-compare><script type="application/json">{ "id": </script></es-safety-compare>`);
        invalid = await compare(html`<es-safety-compare
          ><script type="application/json">
            {"id": "x", "title": "T", "rows": [{"id": "a", "safe": "Yes"}]}
          </script></es-safety-compare
        >`);
        fetched = await compare(html`<es-safety-compare src="/test/fixtures/comparison-invalid.json"></es-safety-compare>`);
        await waitUntil(() => root(fetched).querySelector('[part="error"]'), 'the fetched set is reported');
      });
      expect(visibleText(broken)).to.include('The comparison set is not valid JSON');
      expect(visibleText(invalid)).to.include('“rows[0].unsafe” is missing: it should be text.');
      const problems = visibleText(fetched);
      expect(problems).to.include('“id” is “Not An Id”');
      expect(problems).to.include('“rows[0].unsafe” should be text, but it is a number.');
      expect(problems).to.include('“rows[1].safe” is empty: it should be text with something in it.');
    });

    it('refuses to fetch from a javascript: URL', async () => {
      let el!: EsSafetyCompare;
      await captureWarnings(async () => {
        el = await compare(html`<es-safety-compare src="javascript:alert(1)"></es-safety-compare>`);
      });
      expect(visibleText(el)).to.include('only http: and https: addresses can be loaded');
    });

    it('does not break other elements on the page when its content is bad', async () => {
      await captureWarnings(async () => {
        await compare(html`<es-safety-compare set="nope"></es-safety-compare>
          <es-safety-compare></es-safety-compare>`);
      });
      const [bad, good] = wrapper.querySelectorAll('es-safety-compare');
      await (good as EsSafetyCompare).updateComplete;
      expect(bad!.shadowRoot!.querySelector('table')).to.equal(null);
      expect(good!.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(DEFAULT_SET.rows.length);
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
