// Every payload tries to set window.__pwned; the tests assert it never becomes set and
// that each payload is shown to the reader as the plain text it is.
const flag = (name) => `window.__pwned=${JSON.stringify(name)}`;
const PAYLOADS = {
  img: `<img src=x onerror='${flag('img')}'>`,
  script: `<script>${flag('script')}</script>`,
  svg: `<svg onload='${flag('svg')}'><animate onbegin='${flag('animate')}' attributeName=x dur=1s></animate></svg>`,
  link: `<a href="javascript:${flag('link')}">click me</a>`,
  iframe: `<iframe srcdoc="<script>parent.${flag('srcdoc')}</script>"></iframe>`,
  breakout: `" onfocus='${flag('attr')}' autofocus data-x="`,
  template: `\${${flag('template-literal')}} {{constructor.constructor('${flag('mustache')}')()}}`,
  style: `<style>body{display:none}</style><b style="color:red">bold?</b>`,
};
const MARKUP = Object.values(PAYLOADS).join(' ');
const JS_URL = `javascript:${flag('js-url')}`;
const DATA_URL = `data:text/html,<script>parent.${flag('data-url')}</script>`;
const LONG_WORD = 'Emotionalsafetyisthefeltsense'.repeat(120);
const RTL = 'الأمان العاطفي هو الشعور بأنك تستطيع أن تكون نفسك ‮txet desrever‬ ביטחון רגשי';
const EMOJI = '👩‍❤️‍👨 🏳️‍🌈 🧘🏽‍♀️ 🫶🏿 Z̷̢̛a̸l̵g̶o̴ ﷽';
const MIXED = `${MARKUP} ${LONG_WORD} ${RTL} ${EMOJI}`;
window.__payloadMarkers = ['<img src=x onerror=', '<script>window.__pwned', '<iframe srcdoc=', 'onfocus=', '{{constructor.constructor', '<style>body{display:none}</style>', LONG_WORD.slice(0, 60), 'الأمان العاطفي', '👩‍❤️‍👨'];

const stage = document.getElementById('stage');
const practice = document.createElement('es-practice');
const set = (el, attrs) => {
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  return el;
};
set(practice, { name: MARKUP, 'contact-url': JS_URL, phone: `${PAYLOADS.img} +44 20 7946 0000`, 'exit-url': JS_URL, region: PAYLOADS.script, locale: PAYLOADS.breakout });
stage.append(practice);

/** An element with its content given inline, as a child <script type="application/json">. */
function add(tag, attrs, content, parent = practice) {
  const el = set(document.createElement(tag), attrs);
  el.dataset.case = attrs['data-case'] ?? tag;
  if (content !== undefined) {
    const json = document.createElement('script');
    json.type = 'application/json';
    json.textContent = typeof content === 'string' ? content : JSON.stringify(content);
    el.append(json);
  }
  parent.append(el);
  return el;
}

const rows = (n, text) =>
  Array.from({ length: n }, (_, i) => ({ id: `row-${i}`, safe: `${text} (safe ${i})`, unsafe: `${text} (unsafe ${i})`, explanation: `${text} (why ${i})` }));

add('es-safety-compare', { 'data-case': 'compare-markup', interactive: '', explanations: '', 'safe-label': PAYLOADS.img, 'unsafe-label': PAYLOADS.breakout }, {
  id: 'hostile',
  title: MIXED,
  description: MARKUP,
  safeLabel: PAYLOADS.svg,
  unsafeLabel: PAYLOADS.script,
  rows: [
    { id: 'markup', safe: PAYLOADS.img, unsafe: PAYLOADS.script, explanation: PAYLOADS.iframe },
    { id: 'long', safe: LONG_WORD, unsafe: LONG_WORD, explanation: LONG_WORD },
    { id: 'rtl', safe: RTL, unsafe: EMOJI, explanation: PAYLOADS.template },
  ],
});
add('es-safety-compare', { 'data-case': 'compare-rtl', lang: 'ar', dir: 'rtl' }, { id: 'rtl', title: RTL, lang: 'ar', rows: rows(3, RTL) });
add('es-safety-compare', { 'data-case': 'compare-huge' }, { id: 'huge', title: 'Two thousand rows', rows: rows(2000, `${EMOJI} ${PAYLOADS.link}`) });
add('es-safety-compare', { 'data-case': 'compare-bad-set', set: PAYLOADS.img });
add('es-safety-compare', { 'data-case': 'compare-js-src', src: JS_URL });
add('es-safety-compare', { 'data-case': 'compare-data-src', src: 'data:application/json,{"id":"x","title":"<img src=x onerror=window.__pwned=1>","rows":[]}' });
add('es-safety-compare', { 'data-case': 'compare-broken-json' }, `{ "id": "${PAYLOADS.script}", `);

add('es-reflection-card', { 'data-case': 'card-markup', journal: '', persist: '' }, {
  id: 'hostile',
  title: MIXED,
  intro: MARKUP,
  prompts: [
    { id: 'markup', text: MARKUP },
    { id: 'long', text: LONG_WORD },
    { id: 'rtl', text: RTL },
    { id: 'emoji', text: EMOJI },
  ],
});
add('es-reflection-card', { 'data-case': 'card-prompt-attribute', prompt: MIXED, journal: '' });
add('es-reflection-card', { 'data-case': 'card-huge' }, {
  id: 'huge',
  title: 'Many prompts',
  prompts: Array.from({ length: 3000 }, (_, i) => ({ id: `p${i}`, text: `${PAYLOADS.svg} ${i}` })),
});
add('es-reflection-card', { 'data-case': 'card-bad-set', set: PAYLOADS.breakout });

const paragraph = (text) => ({ type: 'paragraph', text });
add('es-article-reader', { 'data-case': 'article-markup', persist: '' }, {
  id: 'hostile',
  title: MIXED,
  summary: MARKUP,
  contentNote: PAYLOADS.iframe,
  author: PAYLOADS.img,
  intro: [paragraph(MARKUP)],
  sections: [
    { id: 'markup', heading: MARKUP, blocks: [paragraph(MARKUP), { type: 'list', items: [PAYLOADS.img, PAYLOADS.link, JS_URL] }] },
    { id: 'terms', heading: LONG_WORD, blocks: [{ type: 'terms', items: [{ term: PAYLOADS.svg, description: LONG_WORD }] }, { type: 'quote', lead: PAYLOADS.breakout, text: PAYLOADS.style, cite: JS_URL }] },
    { id: 'rtl', heading: RTL, blocks: [paragraph(RTL), paragraph(EMOJI)] },
  ],
});
add('es-article-reader', { 'data-case': 'article-huge' }, {
  id: 'huge',
  title: 'A very long article',
  sections: Array.from({ length: 300 }, (_, s) => ({
    id: `section-${s}`,
    heading: `Section ${s} ${EMOJI}`,
    blocks: Array.from({ length: 10 }, (_, b) => paragraph(`${s}.${b} ${'A calm sentence about emotional safety. '.repeat(8)}${PAYLOADS.img}`)),
  })),
});
add('es-article-reader', { 'data-case': 'article-bad-id', article: PAYLOADS.script });
add('es-article-reader', { 'data-case': 'article-js-src', src: JS_URL });
add('es-article-reader', { 'data-case': 'article-data-src', src: DATA_URL });

add('es-support-resources', { 'data-case': 'resources-markup', region: PAYLOADS.img }, {
  id: 'hostile',
  resources: [
    { id: 'markup', kind: 'support', name: MARKUP, description: MIXED, contacts: [{ type: 'web', value: JS_URL, label: PAYLOADS.img }, { type: 'call', value: PAYLOADS.script }, { type: 'web', value: DATA_URL }, { type: 'text', value: `${PAYLOADS.breakout}123` }] },
    { id: 'long', kind: 'crisis', name: LONG_WORD, description: RTL, contacts: [{ type: 'web', value: `https://example.org/${LONG_WORD}` }] },
  ],
});

add('es-contact-cta', { 'data-case': 'cta-markup', href: JS_URL, label: MIXED, phone: PAYLOADS.img });
add('es-contact-cta', { 'data-case': 'cta-data', href: DATA_URL, label: PAYLOADS.iframe });
add('es-contact-cta', { 'data-case': 'cta-from-practice' });
add('es-quick-exit', { 'data-case': 'exit-markup', href: JS_URL });
