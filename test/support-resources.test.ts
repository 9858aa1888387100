import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from './commands.js';
import '../src/elements/practice/practice.js';
import '../src/elements/support-resources/support-resources.js';
import type { EsSupportResources } from '../src/elements/support-resources/support-resources.js';
import { HELPLINE_DIRECTORY_URL } from '../src/content/index.js';
import { registerMessages } from '../src/core/l10n/index.js';
import { THEMES_TO_CHECK, captureWarnings, normalize, visibleText } from './helpers.js';

async function resources(template = html`<es-support-resources></es-support-resources>`): Promise<EsSupportResources> {
  const el = await fixture<EsSupportResources>(template);
  await el.updateComplete;
  return el;
}

/** Each service as the reader meets it: its name, then its links as "text → href". */
function listed(el: EsSupportResources): { name: string; links: string[] }[] {
  return [...el.shadowRoot!.querySelectorAll('[part="resource"]')].map((item) => ({
    name: item.querySelector('h1, h2, h3, h4, h5, h6')!.textContent!,
    links: [...item.querySelectorAll('a')].map((a) => `${normalize(a.textContent!)} → ${a.getAttribute('href')}`),
  }));
}

const EXPECTED = {
  us: [
    { name: 'Emergency services', links: ['Call 911 → tel:911'] },
    { name: '988 Suicide & Crisis Lifeline', links: ['Call 988 → tel:988', 'Text 988 → sms:988'] },
    { name: 'National Domestic Violence Hotline', links: ['Call 1-800-799-7233 → tel:18007997233'] },
  ],
  ca: [
    { name: 'Emergency services', links: ['Call 911 → tel:911'] },
    { name: '988 Suicide Crisis Helpline', links: ['Call 988 → tel:988', 'Text 988 → sms:988'] },
  ],
  gb: [
    { name: 'Emergency services', links: ['Call 999 → tel:999'] },
    { name: 'Samaritans', links: ['Call 116 123 → tel:116123'] },
    { name: 'National Domestic Abuse Helpline', links: ['Call 0808 2000 247 → tel:08082000247'] },
  ],
  au: [
    { name: 'Emergency services', links: ['Call 000 → tel:000'] },
    { name: 'Lifeline', links: ['Call 13 11 14 → tel:131114'] },
    { name: '1800RESPECT', links: ['Call 1800 737 732 → tel:1800737732'] },
  ],
  intl: [
    { name: 'Your local emergency number', links: [] },
    { name: 'Find A Helpline', links: [`Find a helpline near you → ${HELPLINE_DIRECTORY_URL}`] },
  ],
};

describe('<es-support-resources>', () => {
  for (const [region, expected] of Object.entries(EXPECTED)) {
    it(`lists ${region}: emergency help first, then crisis and domestic-abuse lines`, async () => {
      const el = await resources(html`<es-support-resources region=${region}></es-support-resources>`);
      expect(listed(el)).to.deep.equal(expected);
      expect(el.shadowRoot!.querySelector('[part="resource"]')!.classList.contains('kind-emergency')).to.equal(true);
    });
  }

  it('shows the international list by default, with the local emergency number explained', async () => {
    const el = await resources();
    expect(listed(el)).to.deep.equal(EXPECTED.intl);
    expect(visibleText(el)).to.include('call your local emergency number');
    const directory = el.shadowRoot!.querySelector('a[href^="https:"]')!;
    expect(directory.getAttribute('rel')).to.equal('noreferrer');
  });

  it('takes the region from the provider, and its own region attribute wins', async () => {
    const wrapper = await fixture(html`<es-practice region="au">
      <es-support-resources></es-support-resources>
      <es-support-resources region="gb"></es-support-resources>
    </es-practice>`);
    const [fromProvider, own] = [...wrapper.querySelectorAll('es-support-resources')];
    await fromProvider!.updateComplete;
    await own!.updateComplete;
    expect(listed(fromProvider!)).to.deep.equal(EXPECTED.au);
    expect(listed(own!)).to.deep.equal(EXPECTED.gb);
  });

  it('shows a heading with hidden context, and the date the list was last reviewed under it', async () => {
    const el = await resources(html`<es-support-resources region="gb"></es-support-resources>`);
    const heading = el.shadowRoot!.querySelector('h2')!;
    expect(normalize(heading.textContent!)).to.equal('Urgent support: If you need help now');
    expect(heading.querySelector('.visually-hidden')!.textContent!.trim()).to.equal('Urgent support:');
    expect(el.shadowRoot!.querySelector('section')!.getAttribute('aria-labelledby')).to.equal(heading.id);
    const reviewed = el.shadowRoot!.querySelector('[part="reviewed"]')!;
    expect(normalize(reviewed.textContent!)).to.equal('Last reviewed 22 November 2026.');
    const list = el.shadowRoot!.querySelector('[part="list"]')!;
    expect(list.compareDocumentPosition(reviewed) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
  });

  /** The level of every heading in the element, as assistive technology gets it: from the tag. */
  function outline(el: EsSupportResources): string[] {
    return [...el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => `${h.localName} ${normalize(h.textContent!)}`);
  }

  it('makes each service’s name a heading one level below its own heading', async () => {
    const el = await resources(html`<es-support-resources region="gb"></es-support-resources>`);
    expect(outline(el)).to.deep.equal([
      'h2 Urgent support: If you need help now',
      'h3 Emergency services',
      'h3 Samaritans',
      'h3 National Domestic Abuse Helpline',
    ]);
    const deeper = await resources(html`<es-support-resources region="gb" heading-level="4"></es-support-resources>`);
    expect(outline(deeper).map((h) => h.slice(0, 2))).to.deep.equal(['h4', 'h5', 'h5', 'h5']);
    const deepest = await resources(html`<es-support-resources region="gb" heading-level="6"></es-support-resources>`);
    expect(outline(deepest).map((h) => h.slice(0, 2))).to.deep.equal(['h6', 'h6', 'h6', 'h6']);
  });

  it('keeps list semantics on its unstyled lists (role="list", which Safari needs)', async () => {
    const el = await resources(html`<es-support-resources region="us"></es-support-resources>`);
    const lists = [...el.shadowRoot!.querySelectorAll('ul')];
    expect(lists.length).to.equal(4);
    for (const list of lists) expect(list.getAttribute('role'), list.outerHTML.slice(0, 60)).to.equal('list');
  });

  it('names every call, text and web link with its service, starting with the words shown', async () => {
    const names = (el: EsSupportResources) =>
      [...el.shadowRoot!.querySelectorAll('a')].map((a) => `${a.getAttribute('aria-label')} | ${normalize(a.textContent!)}`);
    const gb = await resources(html`<es-support-resources region="gb"></es-support-resources>`);
    expect(names(gb)).to.deep.equal([
      'Call 999 (Emergency services) | Call 999',
      'Call 116 123 (Samaritans) | Call 116 123',
      'Call 0808 2000 247 (National Domestic Abuse Helpline) | Call 0808 2000 247',
    ]);
    const es = await resources(html`<es-support-resources lang="es" region="us"></es-support-resources>`);
    expect(names(es).slice(1, 3)).to.deep.equal([
      'Llamar al 988 (988 Suicide & Crisis Lifeline) | Llamar al 988',
      'Enviar un mensaje al 988 (988 Suicide & Crisis Lifeline) | Enviar un mensaje al 988',
    ]);
    const intl = await resources();
    expect(names(intl)).to.deep.equal(['Find a helpline near you (Find A Helpline) | Find a helpline near you']);
  });

  it('writes the review date as the region writes dates, in the reader’s language', async () => {
    const reviewed = async (region: string, lang = 'en') => {
      const el = await resources(html`<es-support-resources region=${region} lang=${lang}></es-support-resources>`);
      return normalize(el.shadowRoot!.querySelector('[part="reviewed"]')!.textContent!);
    };
    expect(await reviewed('gb')).to.equal('Last reviewed 22 November 2026.');
    expect(await reviewed('au')).to.equal('Last reviewed 22 November 2026.');
    expect(await reviewed('us')).to.equal('Last reviewed November 22, 2026.');
    expect(await reviewed('gb', 'es')).to.equal('Última revisión: 22 de noviembre de 2026.');
  });

  it('lets the page replace the heading’s text, by attribute or by slot, keeping the region named by it', async () => {
    const byAttribute = await resources(html`<es-support-resources heading="Crisis lines" heading-level="3"></es-support-resources>`);
    expect(outline(byAttribute)[0]).to.equal('h3 Crisis lines');
    const section = byAttribute.shadowRoot!.querySelector('section')!;
    expect(byAttribute.shadowRoot!.getElementById(section.getAttribute('aria-labelledby')!)!.localName).to.equal('h3');

    const bySlot = await resources(html`<es-support-resources><span slot="heading">Help, today</span></es-support-resources>`);
    const h2 = bySlot.shadowRoot!.querySelector('h2')!;
    const slotted = h2.querySelector('slot')!.assignedNodes({ flatten: true });
    expect(normalize(slotted.map((n) => n.textContent).join(''))).to.equal('Help, today');
    expect(bySlot.shadowRoot!.querySelector('section')!.getAttribute('aria-labelledby')).to.equal(h2.id);
  });

  it('hide-heading leaves the heading out for the page’s own, keeping the region named and the services below it', async () => {
    const el = await resources(html`<es-support-resources region="gb" hide-heading heading-level="2"></es-support-resources>`);
    expect(outline(el).map((h) => h.slice(0, 2))).to.deep.equal(['h3', 'h3', 'h3']);
    const section = el.shadowRoot!.querySelector('section')!;
    expect(section.hasAttribute('aria-labelledby')).to.equal(false);
    expect(section.getAttribute('aria-label')).to.equal('Urgent support: If you need help now');
    const named = await resources(html`<es-support-resources hide-heading heading="Crisis lines"></es-support-resources>`);
    expect(named.shadowRoot!.querySelector('section')!.getAttribute('aria-label')).to.equal('Crisis lines');
    await expect(el).to.be.accessible();
  });

  it('uses the heading level it is given', async () => {
    const el = await resources(html`<es-support-resources heading-level="3"></es-support-resources>`);
    expect(el.shadowRoot!.querySelector('h3')).to.not.equal(null);
    expect(el.shadowRoot!.querySelector('h2')).to.equal(null);
  });

  it('writes the date in a language a practice added, through the browser, when its messages have no date', async () => {
    registerMessages('de', { 'supportResources.lastReviewed': 'Zuletzt geprüft am {date}.' });
    const el = await resources(html`<es-support-resources lang="de" region="us"></es-support-resources>`);
    expect(normalize(el.shadowRoot!.querySelector('[part="reviewed"]')!.textContent!)).to.equal(
      'Zuletzt geprüft am 22. November 2026.',
    );
  });

  it('speaks Spanish under lang="es", keeping the entries marked as English', async () => {
    const el = await resources(html`<es-support-resources lang="es" region="us"></es-support-resources>`);
    expect(normalize(el.shadowRoot!.querySelector('h2')!.textContent!)).to.equal('Ayuda urgente: Si necesitas ayuda ahora');
    expect(listed(el)[1]!.links).to.deep.equal(['Llamar al 988 → tel:988', 'Enviar un mensaje al 988 → sms:988']);
    expect(el.shadowRoot!.querySelector('[part="resource"]')!.getAttribute('lang')).to.equal('en');
    expect(normalize(el.shadowRoot!.querySelector('[part="reviewed"]')!.textContent!)).to.equal(
      'Última revisión: 22 de noviembre de 2026.',
    );
  });

  it('falls back to the international list for an unknown region, with one warning', async () => {
    let el!: EsSupportResources;
    const warnings = await captureWarnings(async () => {
      el = await resources(html`<es-support-resources region="mars"></es-support-resources>`);
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(listed(el)).to.deep.equal(EXPECTED.intl);
    expect(warnings.length).to.equal(1);
    expect(String(warnings[0]![0])).to.include('no list for the region “mars”');
  });

  it('adds a practice’s own entries from src, sorted in by kind, and shows the older review date', async () => {
    const el = await resources(html`<es-support-resources region="gb" src="/test/fixtures/resources-practice.json"></es-support-resources>`);
    await waitUntil(() => listed(el).length === 5, 'the practice entries arrive');
    expect(listed(el).map((r) => r.name)).to.deep.equal([
      'Emergency services',
      'Samaritans',
      'National Domestic Abuse Helpline',
      'Riverside Refuge',
      'Harbour Counselling out-of-hours line',
    ]);
    expect(listed(el)[3]!.links).to.deep.equal(['Call 020 7946 0999 → tel:02079460999', 'Visit refuge.example.org → https://refuge.example.org/']);
    expect(normalize(el.shadowRoot!.querySelector('[part="reviewed"]')!.textContent!)).to.equal('Last reviewed 1 October 2026.');
  });

  it('adds inline entries, rendering any HTML in them as text; a custom emergency entry joins the top', async () => {
    const own = {
      id: 'ours',
      resources: [
        { id: 'campus', kind: 'emergency', name: 'Campus security <b>now</b>', contacts: [{ type: 'call', value: '555 0100' }] },
      ],
    };
    const el = await resources(html`<es-support-resources region="us"
      ><script type="application/json">
        ${JSON.stringify(own)}
      </script></es-support-resources
    >`);
    expect(listed(el).map((r) => r.name)).to.deep.equal([
      'Emergency services',
      'Campus security <b>now</b>',
      '988 Suicide & Crisis Lifeline',
      'National Domestic Violence Hotline',
    ]);
    expect(el.shadowRoot!.querySelector('b')).to.equal(null);
  });

  it('explains invalid entries kindly and still shows the built-in help', async () => {
    let el!: EsSupportResources;
    const warnings = await captureWarnings(async () => {
      el = await resources(html`<es-support-resources region="gb"
        ><script type="application/json">
          {"id": "ours", "resources": [{"id": "x", "kind": "hotline", "name": "X"}]}
        </script></es-support-resources
      >`);
    });
    expect(listed(el)).to.deep.equal(EXPECTED.gb);
    expect(visibleText(el)).to.include('The resource list does not follow the content format');
    expect(visibleText(el)).to.include('“resources[0].kind” is “hotline”, but it should be one of: emergency, crisis, domestic-abuse, support.');
    expect(warnings.length).to.equal(1);
  });

  it('reports a missing file without hiding the built-in help', async () => {
    let el!: EsSupportResources;
    await captureWarnings(async () => {
      el = await resources(html`<es-support-resources region="ca" src="/test/fixtures/none.json"></es-support-resources>`);
      await waitUntil(() => visibleText(el).includes('could not be loaded'), 'the problem is shown');
    });
    expect(listed(el)).to.deep.equal(EXPECTED.ca);
    expect(visibleText(el)).to.include('could not be loaded (HTTP 404)');
  });

  it('refuses links that are not web or phone links in a practice’s entries', async () => {
    const own = {
      id: 'ours',
      resources: [
        {
          id: 'bad',
          kind: 'support',
          name: 'Sketchy',
          contacts: [
            { type: 'web', value: 'javascript:alert(1)' },
            { type: 'web', value: 'mailto:a@example.com' },
            { type: 'call', value: '0800 000 000' },
          ],
        },
      ],
    };
    let el!: EsSupportResources;
    const warnings = await captureWarnings(async () => {
      el = await resources(html`<es-support-resources region="gb"
        ><script type="application/json">
          ${JSON.stringify(own)}
        </script></es-support-resources
      >`);
    });
    const sketchy = listed(el).find((r) => r.name === 'Sketchy')!;
    expect(sketchy.links).to.deep.equal(['Call 0800 000 000 → tel:0800000000']);
    expect(el.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
    // The schema refuses javascript: itself; mailto: passes the schema but is not a web page.
    expect(warnings.length).to.be.greaterThan(0);
  });

  it('can be used with the keyboard alone, link by link in reading order', async () => {
    const el = await resources(html`<es-support-resources region="us"></es-support-resources>`);
    (document.activeElement as HTMLElement | null)?.blur();
    const links = [...el.shadowRoot!.querySelectorAll('a')];
    for (const link of links) {
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(link);
    }
  });

  for (const theme of THEMES_TO_CHECK) {
    it(`is accessible (axe) in the ${theme} theme`, async () => {
      const el = await resources(html`<es-support-resources theme=${theme} region="us"></es-support-resources>`);
      await expect(el).to.be.accessible();
      const intl = await resources(html`<es-support-resources theme=${theme}></es-support-resources>`);
      await expect(intl).to.be.accessible();
    });
  }
});
