import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { EsSafetyCompare } from '../src/elements/safety-compare/safety-compare.js';
import { builtinComparisonSets } from '../src/content/index.js';
import { THEMES_TO_CHECK, captureWarnings, visibleText } from './helpers.js';

async function compare(template = html`<es-safety-compare></es-safety-compare>`): Promise<EsSafetyCompare> {
  const el = await fixture<EsSafetyCompare>(template);
  await el.updateComplete;
  return el;
}

describe('<es-safety-compare>', () => {
  it('shows the default set as a table with column headers and every row', async () => {
    const el = await compare();
    const table = el.shadowRoot!.querySelector('table')!;
    const set = builtinComparisonSets['safe-vs-unsafe']!;
    expect(table.querySelector('caption')!.textContent).to.equal(set.title);
    const headers = [...table.querySelectorAll('thead th[scope="col"]')].map((th) => th.textContent!.trim());
    expect(headers).to.deep.equal(['✓Emotionally safe', '✗Not safe']);
    const rows = table.querySelectorAll('tbody tr');
    expect(rows.length).to.equal(set.rows.length);
    for (const row of set.rows) {
      expect(visibleText(el)).to.include(row.safe);
      expect(visibleText(el)).to.include(row.unsafe);
    }
  });

  it('says "Not safe" on every unsafe item, so meaning never rests on colour', async () => {
    const el = await compare();
    const unsafeCells = el.shadowRoot!.querySelectorAll('tbody td:nth-child(2)');
    for (const cell of unsafeCells) {
      expect(cell.querySelector('.visually-hidden')!.textContent!.trim()).to.equal('Not safe:');
      expect(cell.querySelector('[aria-hidden="true"]')!.textContent).to.equal('✗');
    }
  });

  it('shows the is-vs-is-not set with its own column labels', async () => {
    const el = await compare(html`<es-safety-compare set="is-vs-is-not"></es-safety-compare>`);
    const headers = [...el.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(headers).to.deep.equal(['✓Emotional safety is', '✗Emotional safety is not']);
    expect(el.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(builtinComparisonSets['is-vs-is-not']!.rows.length);
  });

  it('lets safe-label and unsafe-label override the headings', async () => {
    const el = await compare(
      html`<es-safety-compare safe-label="Feels safe" unsafe-label="Feels unsafe"></es-safety-compare>`,
    );
    const headers = [...el.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(headers).to.deep.equal(['✓Feels safe', '✗Feels unsafe']);
  });

  it('uses Spanish labels under lang="es"', async () => {
    const el = await compare(html`<es-safety-compare lang="es"></es-safety-compare>`);
    expect(el.shadowRoot!.querySelector('thead th')!.textContent!.trim()).to.equal('✓Emocionalmente seguro');
    expect(el.shadowRoot!.querySelector('tbody td:nth-child(2) .visually-hidden')!.textContent!.trim()).to.equal('No seguro:');
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
    expect(el.shadowRoot!.querySelector('caption')!.textContent).to.equal('Our <b>comparison</b>');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(visibleText(el)).to.include('<img src=x onerror="window.__pwned=1">Listening');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('explains an unknown set id kindly, naming the ones that exist', async () => {
    let el!: EsSafetyCompare;
    const warnings = await captureWarnings(async () => {
      el = await compare(html`<es-safety-compare set="nope"></es-safety-compare>`);
    });
    const text = visibleText(el);
    expect(text).to.include('This part of the page could not be shown.');
    expect(text).to.include('There is no built-in comparison set called “nope”. The built-in ones are: safe-vs-unsafe, is-vs-is-not.');
    expect(warnings.length).to.equal(1);
  });

  it('explains broken JSON and schema problems, naming the field', async () => {
    let broken!: EsSafetyCompare;
    let invalid!: EsSafetyCompare;
    await captureWarnings(async () => {
      broken = await compare(html`<es-safety-compare><script type="application/json">{ "id": </script></es-safety-compare>`);
      invalid = await compare(html`<es-safety-compare
        ><script type="application/json">
          {"id": "x", "title": "T", "rows": [{"id": "a", "safe": "Yes"}]}
        </script></es-safety-compare
      >`);
    });
    expect(visibleText(broken)).to.include('The comparison set is not valid JSON');
    expect(visibleText(invalid)).to.include('“rows[0].unsafe” is missing: it should be text.');
  });

  it('fetches a set from src, and reports a file that is not there', async () => {
    const el = await compare(html`<es-safety-compare src="/test/fixtures/comparison-set.json"></es-safety-compare>`);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await waitUntil(() => el.shadowRoot!.querySelector('caption'), 'the fetched set renders');
    expect(el.shadowRoot!.querySelector('caption')!.textContent).to.equal('A practice’s own comparison');

    await captureWarnings(async () => {
      el.src = '/test/fixtures/does-not-exist.json';
      await oneEvent(el, 'es-content-error');
      await el.updateComplete;
    });
    expect(visibleText(el)).to.include('could not be loaded (HTTP 404)');
  });

  it('refuses to fetch from a javascript: URL', async () => {
    let el!: EsSafetyCompare;
    await captureWarnings(async () => {
      el = await compare(html`<es-safety-compare src="javascript:alert(1)"></es-safety-compare>`);
    });
    expect(visibleText(el)).to.include('only http: and https: addresses can be loaded');
  });

  it('does not break other elements on the page when its content is bad', async () => {
    let wrapper!: HTMLElement;
    await captureWarnings(async () => {
      wrapper = await fixture(html`<div>
        <es-safety-compare set="nope"></es-safety-compare>
        <es-safety-compare></es-safety-compare>
      </div>`);
    });
    const [bad, good] = wrapper.querySelectorAll('es-safety-compare');
    await (good as EsSafetyCompare).updateComplete;
    expect(bad!.shadowRoot!.querySelector('table')).to.equal(null);
    expect(good!.shadowRoot!.querySelectorAll('tbody tr').length).to.be.greaterThan(5);
  });

  for (const theme of THEMES_TO_CHECK) {
    it(`is accessible (axe) in the ${theme} theme`, async () => {
      const el = await compare(html`<es-safety-compare theme=${theme}></es-safety-compare>`);
      await expect(el).to.be.accessible();
    });
  }
});
