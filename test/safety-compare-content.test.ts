/** <es-safety-compare>: its explanations, and its content: languages, a practice's own sets, errors. */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from './commands.js';
import type { EsSafetyCompare } from '../src/elements/safety-compare/safety-compare.js';
import { builtinArticles, type ComparisonSet } from '../src/content/index.js';
import { captureWarnings, visibleText } from './helpers.js';
import { $, $$, DEFAULT_SET, NARROW, WIDE, click, compare, container, layout, resize, root, settled, shown, text } from './safety-compare.helpers.js';

/** The language a piece of text is read in: the nearest `lang` around it. */
const langOf = (node: Element) => (node.closest('[lang]') as HTMLElement).lang;

describe('<es-safety-compare>', () => {
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
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${WIDE}px">
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
      const wrapper = await fixture<HTMLDivElement>(html`<div><es-practice locale="es"><es-safety-compare></es-safety-compare></es-practice></div>`);
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
      let first!: EsSafetyCompare;
      await captureWarnings(async () => {
        first = await compare(html`<es-safety-compare set="nope"></es-safety-compare>
          <es-safety-compare></es-safety-compare>`);
      });
      const [bad, good] = container(first).querySelectorAll('es-safety-compare');
      await (good as EsSafetyCompare).updateComplete;
      expect(bad!.shadowRoot!.querySelector('table')).to.equal(null);
      expect(good!.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(DEFAULT_SET.rows.length);
    });
  });
});
