/**
 * The snippet builder's pure part: the choices a therapist makes in, the text to paste
 * out. No DOM, no network, no state: the page (builder.js) and the tests call it alike.
 *
 * Every value typed by the user ends up in an attribute, escaped; links are accepted only
 * with the schemes the elements follow (http, https, mailto, tel; the exit page http(s)).
 */

/** @typedef {'us' | 'ca' | 'gb' | 'au' | 'intl'} Region */
/** @typedef {'en' | 'es'} Locale */
/** @typedef {'' | 'auto' | 'light' | 'dark'} Theme  '' follows the host site's colours. */
/** @typedef {'html' | 'squarespace' | 'wix' | 'wordpress'} Platform */

/**
 * @typedef {object} Choices
 * @property {boolean} quickExit
 * @property {boolean} articleReader
 * @property {string} article      id of a built-in article
 * @property {boolean} reflectionCard
 * @property {boolean} journal
 * @property {boolean} persist
 * @property {boolean} safetyCompare
 * @property {string} compareSet   id of a built-in comparison set
 * @property {boolean} supportResources
 * @property {boolean} contactCta
 * @property {string} name
 * @property {string} contactUrl
 * @property {string} phone
 * @property {Region} region
 * @property {string} exitUrl
 * @property {Locale} locale
 * @property {Theme} theme
 * @property {string} scriptUrl    where emotional-safety.js is hosted
 * @property {string} reserveCss   the text of reserve.css (box reserves per element)
 */

/**
 * @typedef {object} Part  One piece of text to paste somewhere.
 * @property {string} id
 * @property {string} title   where it goes, in words
 * @property {string} copy    the copy button's words
 * @property {string} text
 */

/** @typedef {{ tag: string, attributes: Array<[string, string]> }} ElementSpec */

export const ARTICLES = /** @type {const} */ ({
  'what-emotional-safety-means': 'What Emotional Safety Actually Means in Relationships',
  'rebuilding-safety-and-trust': 'How Therapy Helps You Rebuild Emotional Safety and Trust',
});
export const COMPARE_SETS = /** @type {const} */ ({
  'safe-vs-unsafe': 'Safe and not safe, side by side',
  'is-vs-is-not': 'What emotional safety is, and is not',
});
export const REGIONS = /** @type {const} */ ({
  us: 'United States',
  ca: 'Canada',
  gb: 'United Kingdom',
  au: 'Australia',
  intl: 'Anywhere else (international)',
});
export const LOCALES = /** @type {const} */ ({ en: 'English', es: 'Español' });
export const THEMES = /** @type {const} */ ({ '': "My site's colours", auto: 'Automatic', light: 'Light', dark: 'Dark' });

/** The neutral page the README and the element use. */
export const DEFAULT_EXIT_URL = 'https://www.bbc.com/weather';
/** What the snippet says when no script address is given: the file at the top of the site. */
export const DEFAULT_SCRIPT_URL = '/emotional-safety.js';

/** The quick exit's fallback link text and the call to action's label, per language (the elements' own wording). */
const WORDS = {
  en: { leave: 'Leave this page', talkWith: 'Talk with {name}' },
  es: { leave: 'Salir de esta página', talkWith: 'Habla con {name}' },
};

/** @returns {Choices} */
export function defaultChoices() {
  return {
    quickExit: true,
    articleReader: false,
    article: 'what-emotional-safety-means',
    reflectionCard: false,
    journal: false,
    persist: false,
    safetyCompare: true,
    compareSet: 'safe-vs-unsafe',
    supportResources: true,
    contactCta: true,
    name: '',
    contactUrl: '',
    phone: '',
    region: 'intl',
    exitUrl: DEFAULT_EXIT_URL,
    locale: 'en',
    theme: '',
    scriptUrl: '',
    reserveCss: '',
  };
}

/** Escapes text for use inside a double-quoted HTML attribute (and as text). */
export function escapeAttribute(value) {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * The URL if it is absolute and has one of `schemes` (e.g. ['https:', 'http:']), else null.
 * Surrounding spaces are dropped; control characters and spaces inside are refused.
 *
 * @param {string} value
 * @param {readonly string[]} schemes
 * @returns {string | null}
 */
export function acceptUrl(value, schemes) {
  const text = String(value ?? '').trim();
  // Control characters are what this refuses, so the pattern names them on purpose.
  // eslint-disable-next-line no-control-regex
  if (!text || /[\s\u0000-\u001f\u007f]/.test(text)) return null;
  let url;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (!schemes.includes(url.protocol)) return null;
  if ((url.protocol === 'http:' || url.protocol === 'https:') && !url.hostname) return null;
  return text;
}

const LINK_SCHEMES = ['https:', 'http:', 'mailto:', 'tel:'];
const WEB_SCHEMES = ['https:', 'http:'];

/**
 * Checks the typed values. Returns the values to use (a refused value is left out) and,
 * per field, a kind message saying what to change.
 *
 * @param {Choices} choices
 * @returns {{ values: { contactUrl: string, exitUrl: string, scriptUrl: string }, problems: Record<string, string> }}
 */
export function check(choices) {
  /** @type {Record<string, string>} */
  const problems = {};
  const values = { contactUrl: '', exitUrl: '', scriptUrl: '' };

  const contact = String(choices.contactUrl ?? '').trim();
  if (contact) {
    const ok = acceptUrl(contact, LINK_SCHEMES);
    if (ok) values.contactUrl = ok;
    else problems.contactUrl = linkAdvice(contact, 'contact');
  }

  const exit = String(choices.exitUrl ?? '').trim();
  if (exit) {
    const ok = acceptUrl(exit, WEB_SCHEMES);
    if (ok) values.exitUrl = ok;
    else problems.exitUrl = linkAdvice(exit, 'exit');
  }

  const script = String(choices.scriptUrl ?? '').trim();
  if (script) {
    const ok = acceptUrl(script, WEB_SCHEMES) ?? (/^\/(?!\/)[^\s"'<>\\]*$/.test(script) ? script : null);
    if (ok) values.scriptUrl = ok;
    else problems.scriptUrl = linkAdvice(script, 'script');
  }
  return { values, problems };
}

/** A gentle suggestion for a link that cannot be used as typed. */
function linkAdvice(text, kind) {
  const email = /^[^\s@:/]+@[^\s@/]+\.[^\s@/]+$/.test(text);
  const bare = /^[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(text);
  if (kind === 'contact') {
    if (email) return `That looks like an email address. Write it as mailto:${text} so readers' email opens.`;
    if (bare) return `Almost: add https:// at the start, like https://${text}.`;
    return 'This link can’t be used yet. Please start it with https://, http://, mailto: (for email) or tel: (for a phone number).';
  }
  if (kind === 'exit') {
    if (bare) return `Almost: add https:// at the start, like https://${text}.`;
    return 'The exit page needs a web address starting with https:// (or http://), such as a weather or news page.';
  }
  if (bare) return `Almost: add https:// at the start, like https://${text}.`;
  return 'Please give the full web address of the uploaded file, starting with https://, or a path on your own site starting with /.';
}

/**
 * The elements chosen, in page order (the quick exit first), with their attributes.
 * `standalone` (Wix: each element on its own, no <es-practice> around it) copies the
 * practice settings onto each element that can take them.
 *
 * @param {Choices} choices
 * @param {{ standalone?: boolean }} [options]
 * @returns {ElementSpec[]}
 */
export function elementSpecs(choices, { standalone = false } = {}) {
  const { values } = check(choices);
  const name = String(choices.name ?? '').trim();
  const phone = String(choices.phone ?? '').trim();
  const locale = choices.locale in WORDS ? choices.locale : 'en';
  /** @type {ElementSpec[]} */
  const specs = [];
  /** @param {string} tag @param {Array<[string, string] | false>} attributes */
  const add = (tag, attributes) => {
    const list = /** @type {Array<[string, string]>} */ (attributes.filter(Boolean));
    if (standalone) {
      if (locale !== 'en') list.push(['lang', locale]);
      if (choices.theme) list.push(['theme', choices.theme]);
    }
    specs.push({ tag, attributes: list });
  };
  if (choices.quickExit) add('es-quick-exit', [standalone && values.exitUrl ? ['href', values.exitUrl] : false]);
  if (choices.articleReader) {
    add('es-article-reader', [choices.article in ARTICLES ? ['article', choices.article] : false]);
  }
  if (choices.reflectionCard) {
    add('es-reflection-card', [choices.journal ? ['journal', ''] : false, choices.journal && choices.persist ? ['persist', ''] : false]);
  }
  if (choices.safetyCompare) {
    add('es-safety-compare', [choices.compareSet in COMPARE_SETS ? ['set', choices.compareSet] : false]);
  }
  if (choices.supportResources) {
    add('es-support-resources', [standalone && choices.region in REGIONS ? ['region', choices.region] : false]);
  }
  if (choices.contactCta) {
    add('es-contact-cta', [
      standalone && values.contactUrl ? ['href', values.contactUrl] : false,
      standalone && name ? ['label', WORDS[locale].talkWith.replace('{name}', name)] : false,
      standalone && phone ? ['phone', phone] : false,
    ]);
  }
  return specs;
}

/**
 * The attributes of <es-practice>, in the contract's order; empty values are left out.
 *
 * @param {Choices} choices
 * @returns {Array<[string, string]>}
 */
export function practiceAttributes(choices) {
  const { values } = check(choices);
  /** @type {Array<[string, string]>} */
  const list = [];
  const name = String(choices.name ?? '').trim();
  const phone = String(choices.phone ?? '').trim();
  if (name) list.push(['name', name]);
  if (values.contactUrl) list.push(['contact-url', values.contactUrl]);
  if (phone) list.push(['phone', phone]);
  if (choices.region in REGIONS) list.push(['region', choices.region]);
  if (values.exitUrl) list.push(['exit-url', values.exitUrl]);
  if (choices.locale in LOCALES) list.push(['locale', choices.locale]);
  if (choices.theme && choices.theme in THEMES) list.push(['theme', choices.theme]);
  return list;
}

/** The quick exit's fallback link: where it goes and what it says. */
export function fallbackLink(choices) {
  const { values } = check(choices);
  const locale = choices.locale in WORDS ? choices.locale : 'en';
  return { href: values.exitUrl || DEFAULT_EXIT_URL, text: WORDS[locale].leave };
}

/** `<tag a="b" c>` opening tag: on one line when short, else one attribute a line. */
function openTag(tag, attributes, indent) {
  const parts = attributes.map(([key, value]) => (value === '' ? key : `${key}="${escapeAttribute(value)}"`));
  const oneLine = `<${[tag, ...parts].join(' ')}>`;
  if (indent.length + oneLine.length <= 88 || parts.length < 2) return `${indent}${oneLine}`;
  return [`${indent}<${tag}`, ...parts.map((part) => `${indent}  ${part}`), `${indent}>`].join('\n');
}

/** One element's lines, the quick exit with its fallback link inside. */
function elementLines(spec, choices, indent) {
  const open = openTag(spec.tag, spec.attributes, indent);
  if (spec.tag === 'es-quick-exit') {
    const link = fallbackLink(choices);
    const anchor = `<a href="${escapeAttribute(link.href)}">${escapeAttribute(link.text)}</a>`;
    if (!open.includes('\n')) return `${open}${anchor}</${spec.tag}>`;
    return `${open}\n${indent}  ${anchor}\n${indent}</${spec.tag}>`;
  }
  return `${open}</${spec.tag}>`;
}

/** The tags whose reserve rules the snippet needs: the chosen elements and the provider. */
function reserveTags(specs) {
  return new Set(['es-practice', ...specs.map((spec) => spec.tag)]);
}

/**
 * The rules of reserve.css that apply to `tags`, re-indented. The file holds
 * `es-…:not(:defined) { … }` rules (possibly grouped with commas, possibly inside
 * @media or @supports blocks); a selector is kept when every es-* tag it names is in
 * `tags`, and a group keeps only its kept selectors. With `attributes` (tag → the
 * element's attributes in the snippet), a selector such as `es-x[set='b']` is kept only
 * when the snippet's es-x has set="b".
 *
 * @param {string} css
 * @param {Iterable<string>} tags
 * @param {string} [indent]
 * @param {Map<string, Array<[string, string]>>} [attributes]
 * @returns {string}
 */
export function reserveRules(css, tags, indent = '', attributes = new Map()) {
  const wanted = new Set(tags);
  const blocks = parseBlocks(String(css ?? '').replace(/\/\*[\s\S]*?\*\//g, ''));
  return renderBlocks(blocks, { wanted, attributes }, indent).join('\n');
}

/**
 * False when the selector asks an element for an attribute value its tag does not
 * have in the snippet (`es-safety-compare[set='is-vs-is-not']` for set="safe-vs-unsafe").
 *
 * @param {string} selector
 * @param {Map<string, Array<[string, string]>>} attributes
 */
function attributesMatch(selector, attributes) {
  for (const [, tag, conditions] of selector.matchAll(/(?<![\w-])(es-[a-z][a-z0-9-]*)((?:\[[^\]]*\])+)/g)) {
    const has = attributes.get(tag);
    if (!has) continue;
    for (const condition of conditions.matchAll(/\[\s*([\w-]+)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([\w-]+))\s*)?\]/g)) {
      const [, name, double, single, bare] = condition;
      const found = has.find(([key]) => key === name);
      if (!found) return false;
      const expected = double ?? single ?? bare;
      if (expected !== undefined && found[1] !== expected) return false;
    }
  }
  return true;
}

/**
 * @typedef {{ prelude: string, body: string }} Block
 * @param {string} css
 * @returns {Block[]}
 */
function parseBlocks(css) {
  /** @type {Block[]} */
  const blocks = [];
  let depth = 0;
  let start = 0;
  let open = -1;
  for (let i = 0; i < css.length; i++) {
    const char = css[i];
    if (char === '{') {
      if (depth === 0) open = i;
      depth++;
    } else if (char === '}') {
      depth--;
      if (depth === 0) {
        blocks.push({ prelude: css.slice(start, open).trim(), body: css.slice(open + 1, i) });
        start = i + 1;
      }
      if (depth < 0) depth = 0;
    } else if (char === ';' && depth === 0) {
      // A statement at-rule (@charset, @import): not a reserve, dropped.
      start = i + 1;
    }
  }
  return blocks;
}

/** Splits on commas outside parentheses. */
function splitSelectors(prelude) {
  const out = [];
  let depth = 0;
  let current = '';
  for (const char of prelude) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (char === ',' && depth === 0) {
      out.push(current.trim());
      current = '';
    } else current += char;
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

/**
 * The es-* tags a selector applies to: those outside attribute selectors, strings and
 * `:not(…)` (`es-practice > :not(es-quick-exit)` concerns es-practice's children, quick exit or not).
 *
 * @param {string} selector
 * @returns {string[]}
 */
export function elementTags(selector) {
  let text = selector.replace(/"[^"]*"|'[^']*'/g, '').replace(/\[[^\]]*\]/g, '');
  for (let at = text.indexOf(':not('); at >= 0; at = text.indexOf(':not(')) {
    let depth = 0;
    let end = at + 4;
    for (; end < text.length; end++) {
      if (text[end] === '(') depth++;
      else if (text[end] === ')' && --depth === 0) break;
    }
    text = text.slice(0, at) + text.slice(end + 1);
  }
  return text.match(/(?<![\w-])es-[a-z][a-z0-9-]*/g) ?? [];
}

/**
 * Narrows `:is(…)` and `:where(…)` lists to their items about wanted elements
 * (`:is(es-a, es-b):not(:defined)` with only es-b chosen → `:is(es-b):not(:defined)`);
 * null when no item is left.
 *
 * @param {string} selector
 * @param {Set<string>} wanted
 * @returns {string | null}
 */
function narrowLists(selector, wanted) {
  let out = '';
  let rest = selector;
  for (let match = /:(is|where)\(/.exec(rest); match; match = /:(is|where)\(/.exec(rest)) {
    const open = match.index + match[0].length;
    let depth = 1;
    let end = open;
    for (; end < rest.length && depth > 0; end++) {
      if (rest[end] === '(') depth++;
      else if (rest[end] === ')') depth--;
    }
    const items = splitSelectors(rest.slice(open, end - 1)).filter((item) => elementTags(item).every((tag) => wanted.has(tag)));
    if (!items.length) return null;
    out += `${rest.slice(0, open)}${items.join(', ')})`;
    rest = rest.slice(end);
  }
  return out + rest;
}

/**
 * @param {Block[]} blocks
 * @param {{ wanted: Set<string>, attributes: Map<string, Array<[string, string]>> }} filter
 * @param {string} indent
 * @returns {string[]}
 */
function renderBlocks(blocks, filter, indent) {
  const { wanted, attributes } = filter;
  const out = [];
  for (const { prelude, body } of blocks) {
    if (prelude.startsWith('@')) {
      if (!/^@(media|supports|layer|container)\b/.test(prelude)) continue;
      const inner = renderBlocks(parseBlocks(body), filter, `${indent}  `);
      if (inner.length) out.push(`${indent}${prelude.replace(/\s+/g, ' ')} {`, ...inner, `${indent}}`);
      continue;
    }
    const kept = splitSelectors(prelude)
      .map((selector) => narrowLists(selector, wanted))
      .filter((selector) => {
        if (!selector) return false;
        const named = elementTags(selector);
        return named.length > 0 && named.every((tag) => wanted.has(tag)) && attributesMatch(selector, attributes);
      });
    if (!kept.length) continue;
    const declarations = body
      .split(';')
      .map((d) => d.trim().replace(/\s+/g, ' '))
      .filter(Boolean)
      .map((d) => d.replace(/^([\w-]+)\s*:\s*/, '$1: '));
    out.push(`${kept.map((s) => indent + s.replace(/\s+/g, ' ')).join(',\n')} {`);
    for (const declaration of declarations) out.push(`${indent}  ${declaration};`);
    out.push(`${indent}}`);
  }
  return out;
}

/** `<style>` with the reserves for these elements, or '' when reserve.css has none. */
function styleBlock(choices, specs) {
  const attributes = new Map(specs.map((spec) => [spec.tag, spec.attributes]));
  const rules = reserveRules(choices.reserveCss, reserveTags(specs), '  ', attributes);
  if (!rules) return '';
  // A `</style` inside the rules would end the element early: the file is ours, but be safe.
  return `<style>\n${rules.replace(/<\/style/gi, '<\\/style')}\n</style>`;
}

function scriptTag(choices) {
  const src = check(choices).values.scriptUrl || DEFAULT_SCRIPT_URL;
  return `<script type="module" src="${escapeAttribute(src)}"></script>`;
}

/** `<es-practice …>` around the given elements. */
function practiceBlock(choices, specs) {
  const lines = [openTag('es-practice', practiceAttributes(choices), '')];
  for (const spec of specs) lines.push(elementLines(spec, choices, '  '));
  lines.push('</es-practice>');
  return lines.join('\n');
}

/**
 * The snippet for a plain HTML page: the script tag, the box reserves, and
 * `<es-practice>` with the chosen elements (the quick exit first, with its fallback link).
 *
 * @param {Choices} choices
 * @returns {string}
 */
export function htmlSnippet(choices) {
  const specs = elementSpecs(choices);
  return [scriptTag(choices), styleBlock(choices, specs), practiceBlock(choices, specs)].filter(Boolean).join('\n') + '\n';
}

/**
 * What to paste where, for each platform.
 *
 * @param {Choices} choices
 * @param {Platform} platform
 * @returns {Part[]}
 */
export function snippetParts(choices, platform) {
  if (platform === 'squarespace') return squarespaceParts(choices);
  if (platform === 'wix') {
    return [{ id: 'wix', title: 'What to enter in Wix, element by element', copy: 'Copy the Wix settings', text: wixSheet(choices) }];
  }
  if (platform === 'wordpress') {
    /** @type {Part[]} */
    const parts = [{ id: 'wordpress-settings', title: 'The plugin’s settings page', copy: 'Copy the settings', text: wordpressSettings(choices) }];
    const blocks = wordpressBlocks(choices);
    if (blocks.trim()) parts.push({ id: 'wordpress-blocks', title: 'The blocks, for the Code editor (optional)', copy: 'Copy the blocks', text: blocks });
    return parts;
  }
  return [{ id: 'html', title: 'Paste this into your page’s HTML', copy: 'Copy the snippet', text: htmlSnippet(choices) }];
}

/**
 * Squarespace (README): Code Injection → Header takes the script line, the box reserves
 * and the quick exit (so its link works on every page even where the script does not);
 * a Code Block on the page takes the other elements.
 *
 * @param {Choices} choices
 * @returns {Part[]}
 */
function squarespaceParts(choices) {
  const specs = elementSpecs(choices);
  const exit = specs.filter((spec) => spec.tag === 'es-quick-exit');
  const rest = specs.filter((spec) => spec.tag !== 'es-quick-exit');
  const header = [scriptTag(choices), styleBlock(choices, specs), ...exit.map((spec) => elementLines(spec, choices, ''))];
  /** @type {Part[]} */
  const parts = [
    {
      id: 'squarespace-header',
      title: 'Code Injection → Header (every page)',
      copy: 'Copy the header code',
      text: header.filter(Boolean).join('\n') + '\n',
    },
  ];
  if (rest.length) {
    parts.push({ id: 'squarespace-block', title: 'A Code Block on your page', copy: 'Copy the Code Block', text: practiceBlock(choices, rest) + '\n' });
  }
  return parts;
}

/**
 * Wix cannot take a snippet with several tags: each element is a Custom Element of its
 * own (Add → Embed Code → Custom Element), loaded from a server URL, with its settings
 * typed into "Set Attributes". This is the sheet to copy from.
 *
 * @param {Choices} choices
 * @returns {string}
 */
export function wixSheet(choices) {
  const src = check(choices).values.scriptUrl || 'https://YOUR-FILE-HOST/emotional-safety.js';
  const lines = [`Server URL (for every element): ${src}`, ''];
  const specs = elementSpecs(choices, { standalone: true });
  specs.forEach((spec, index) => {
    lines.push(`${index + 1}. Tag Name: ${spec.tag}`);
    if (!spec.attributes.length) lines.push('   Attributes: none');
    for (const [key, value] of spec.attributes) lines.push(`   Attribute ${key} = ${value === '' ? 'true' : value}`);
    lines.push('');
  });
  return lines.join('\n');
}

/**
 * The practice settings as the plugin's settings page asks for them (contract: the
 * option `emotional_safety_elements`), in words.
 *
 * @param {Choices} choices
 * @returns {string}
 */
export function wordpressSettings(choices) {
  const { values } = check(choices);
  const wpThemes = { '': 'Follow the site (default)', light: 'Light', dark: 'Dark', auto: 'The reader’s device setting' };
  const lines = [
    'Settings → Emotional safety',
    '',
    `Practice name: ${String(choices.name ?? '').trim() || '(leave empty)'}`,
    `Contact link: ${values.contactUrl || '(leave empty)'}`,
    `Phone: ${String(choices.phone ?? '').trim() || '(leave empty)'}`,
    `Quick exit destination: ${values.exitUrl || DEFAULT_EXIT_URL}`,
    `Language of the elements: ${choices.locale in LOCALES ? choices.locale : 'en'}`,
    `Support lines for: ${REGIONS[choices.region] ?? REGIONS.intl}`,
    `Colours: ${wpThemes[choices.theme] ?? wpThemes['']}`,
    `Quick exit, “Show ‘Leave this page’ at the top of every page of the site”: ${choices.quickExit ? 'ticked' : 'not ticked'}`,
  ];
  return lines.join('\n') + '\n';
}

/** WordPress's own escaping of block attributes (serialize_block_attributes). */
function blockJson(attributes) {
  return JSON.stringify(attributes)
    .replace(/--/g, '\\u002d\\u002d')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\\"/g, '\\u0022');
}

/**
 * Block markup for the plugin's blocks (contract: one block per element, attributes in
 * camelCase). The practice's settings, and the quick exit on every page, live on the
 * plugin's settings page, not here.
 *
 * @param {Choices} choices
 * @returns {string}
 */
export function wordpressBlocks(choices) {
  const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
  return (
    elementSpecs(choices)
      // The quick exit is the settings page's "Quick exit on every page", printed first in <body>.
      .filter((spec) => spec.tag !== 'es-quick-exit')
      .map((spec) => {
        const attributes = Object.fromEntries(spec.attributes.map(([key, value]) => [camel(key), value === '' ? true : value]));
        const json = spec.attributes.length ? ` ${blockJson(attributes)}` : '';
        return `<!-- wp:emotional-safety/${spec.tag.slice(3)}${json} /-->`;
      })
      .join('\n\n') + '\n'
  );
}
