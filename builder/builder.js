/**
 * The snippet builder page: reads the form, shows kind messages for links that cannot be
 * used, rebuilds the live preview (the real elements, in preview.html) with DOM calls,
 * and shows the code to copy for the chosen platform. Nothing is stored or sent: the
 * only requests are the page's own files.
 */
import { check, elementSpecs, fallbackLink, practiceAttributes, snippetParts } from './snippet.js';

/** @typedef {import('./snippet.js').Choices} Choices */
/** @typedef {import('./snippet.js').Platform} Platform */

const form = /** @type {HTMLFormElement} */ (document.getElementById('choices'));
const frame = /** @type {HTMLIFrameElement} */ (document.getElementById('preview'));
const partsBox = /** @type {HTMLElement} */ (document.getElementById('parts'));
const reloadButton = /** @type {HTMLButtonElement} */ (document.getElementById('reload-preview'));

/** The text of reserve.css, once fetched ('' until then, or when it cannot be read). */
let reserveCss = '';
/** Fields whose problem is shown: a message appears once the person leaves the field, not while typing. */
const shown = new Set();

/** @param {string} name */
const field = (name) => /** @type {HTMLInputElement | HTMLSelectElement} */ (form.elements.namedItem(name));
/** @param {string} name */
const ticked = (name) => /** @type {HTMLInputElement} */ (field(name)).checked;
/** @param {string} name */
const value = (name) => field(name).value;

/** @returns {Platform} */
function platform() {
  const chosen = /** @type {HTMLInputElement | null} */ (form.querySelector('input[name=platform]:checked'));
  return /** @type {Platform} */ (chosen?.value ?? 'html');
}

/** @returns {Choices} */
function readChoices() {
  return {
    quickExit: ticked('quickExit'),
    articleReader: ticked('articleReader'),
    article: value('article'),
    reflectionCard: ticked('reflectionCard'),
    journal: ticked('journal'),
    persist: ticked('persist'),
    safetyCompare: ticked('safetyCompare'),
    compareSet: value('compareSet'),
    supportResources: ticked('supportResources'),
    contactCta: ticked('contactCta'),
    name: value('name'),
    contactUrl: value('contactUrl'),
    phone: value('phone'),
    region: /** @type {Choices['region']} */ (value('region')),
    exitUrl: value('exitUrl'),
    locale: /** @type {Choices['locale']} */ (value('locale')),
    theme: /** @type {Choices['theme']} */ (value('theme')),
    scriptUrl: value('scriptUrl'),
    reserveCss,
  };
}

/** Shows the sub-options of ticked elements only, and "persist" only with a note. */
function showDependents() {
  for (const name of ['articleReader', 'reflectionCard', 'safetyCompare']) {
    const more = /** @type {HTMLElement} */ (document.getElementById(`${name}-more`));
    more.hidden = !ticked(name);
  }
  const persist = /** @type {HTMLInputElement} */ (field('persist'));
  persist.disabled = !ticked('journal');
  if (persist.disabled) persist.checked = false;
  const which = platform();
  for (const steps of document.querySelectorAll('.steps')) {
    /** @type {HTMLElement} */ (steps).hidden = /** @type {HTMLElement} */ (steps).dataset.platform !== which;
  }
  /** @type {HTMLElement} */ (document.getElementById('scriptUrl-field')).hidden = which === 'wordpress';
}

/** The kind messages under the link fields. */
function showProblems(choices) {
  const { problems } = check(choices);
  for (const name of ['contactUrl', 'exitUrl', 'scriptUrl']) {
    const input = field(name);
    const message = /** @type {HTMLElement} */ (document.getElementById(`${name}-problem`));
    const problem = problems[name];
    if (!problem) shown.delete(name);
    const visible = Boolean(problem) && shown.has(name);
    message.hidden = !visible;
    message.textContent = visible ? problem : '';
    if (visible) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }
}

/** One block per piece of code: its heading, the code in a readonly text box, a copy button and its status. */
function showParts(choices) {
  const parts = snippetParts(choices, platform());
  const existing = new Map([...partsBox.children].map((el) => [/** @type {HTMLElement} */ (el).dataset.part, el]));
  const keep = [];
  for (const part of parts) {
    let box = /** @type {HTMLElement | undefined} */ (existing.get(part.id));
    if (!box) box = makePart(part);
    const textarea = /** @type {HTMLTextAreaElement} */ (box.querySelector('textarea'));
    if (textarea.value !== part.text) {
      textarea.value = part.text;
      /** @type {HTMLElement} */ (box.querySelector('[role=status]')).textContent = '';
    }
    textarea.rows = Math.min(Math.max(part.text.split('\n').length, 3), 28);
    keep.push(box);
  }
  partsBox.replaceChildren(...keep);
}

/** @param {import('./snippet.js').Part} part */
function makePart(part) {
  const box = document.createElement('div');
  box.className = 'part';
  box.dataset.part = part.id;
  const heading = document.createElement('h3');
  heading.id = `${part.id}-title`;
  heading.textContent = part.title;
  const textarea = document.createElement('textarea');
  textarea.id = `${part.id}-code`;
  textarea.readOnly = true;
  textarea.spellcheck = false;
  textarea.wrap = 'off';
  textarea.setAttribute('autocapitalize', 'off');
  textarea.setAttribute('aria-labelledby', heading.id);
  const row = document.createElement('div');
  row.className = 'copy-row';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy';
  button.textContent = part.copy;
  const status = document.createElement('p');
  status.className = 'status';
  status.setAttribute('role', 'status');
  status.id = `${part.id}-status`;
  button.addEventListener('click', () => copy(textarea, status));
  row.append(button, status);
  box.append(heading, textarea, row);
  return box;
}

/**
 * Puts the code on the clipboard and says so; where the browser does not allow it (an
 * insecure page, a refused permission), selects the code for the person to copy.
 *
 * @param {HTMLTextAreaElement} textarea
 * @param {HTMLElement} status
 */
async function copy(textarea, status) {
  status.textContent = '';
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
    await navigator.clipboard.writeText(textarea.value);
    // A new text node after a tick, so screen readers announce a second "Copied" too.
    await new Promise((done) => setTimeout(done, 50));
    status.textContent = 'Copied. Now paste it into your website.';
    status.dataset.state = 'copied';
  } catch {
    textarea.focus();
    textarea.select();
    await new Promise((done) => setTimeout(done, 50));
    status.textContent = 'Your browser did not let this page copy. The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.';
    status.dataset.state = 'selected';
  }
}

/** The preview's document, when preview.html is what the frame shows. */
function previewDocument() {
  try {
    const doc = frame.contentDocument;
    if (doc && doc.readyState !== 'loading' && doc.location.pathname.endsWith('/preview.html')) return doc;
  } catch {
    // Not our page any more.
  }
  return null;
}

/** Rebuilds the preview from the choices, with DOM calls only: every value is an attribute or text. */
function renderPreview(choices) {
  const doc = previewDocument();
  if (!doc) {
    // The frame left for the stand-in exit page (its quick exit was used): a change
    // brings the preview back, which renders once loaded. While preview.html is still
    // loading, its load event renders.
    let path;
    try {
      path = frame.contentDocument?.location.pathname ?? '';
    } catch {
      path = 'elsewhere.html';
    }
    if (/\.html$/.test(path) && !path.endsWith('/preview.html')) frame.src = 'preview.html';
    return;
  }
  const host = /** @type {HTMLElement} */ (doc.getElementById('host'));
  const specs = elementSpecs(choices);
  if (!specs.length) {
    const empty = doc.createElement('p');
    empty.className = 'empty';
    empty.textContent = 'Choose at least one element to see it here.';
    host.replaceChildren(empty);
    return;
  }
  const practice = doc.createElement('es-practice');
  for (const [name, text] of practiceAttributes(choices)) practice.setAttribute(name, text);
  for (const spec of specs) {
    const el = doc.createElement(spec.tag);
    for (const [name, text] of spec.attributes) el.setAttribute(name, text);
    if (spec.tag === 'es-quick-exit') {
      const link = fallbackLink(choices);
      const anchor = doc.createElement('a');
      anchor.setAttribute('href', link.href);
      anchor.textContent = link.text;
      el.append(anchor);
      // In the preview, leaving goes to a stand-in page in the frame (the element's
      // href wins over the link's), not to the exit page on another site.
      el.setAttribute('href', new URL('exit-preview.html', doc.baseURI).href);
    }
    practice.append(el);
  }
  host.replaceChildren(practice);
}

let previewTimer = 0;
/** Every change: messages and code at once, the preview a moment later (not on every key). */
function update({ now = false } = {}) {
  showDependents();
  const choices = readChoices();
  showProblems(choices);
  showParts(choices);
  clearTimeout(previewTimer);
  if (now) renderPreview(choices);
  else previewTimer = window.setTimeout(() => renderPreview(readChoices()), 300);
}

form.addEventListener('input', () => update());
form.addEventListener('change', (event) => {
  const target = /** @type {HTMLInputElement} */ (event.target);
  if (target.name) shown.add(target.name);
  update();
});
form.addEventListener('submit', (event) => event.preventDefault());
frame.addEventListener('load', () => {
  const here = Boolean(previewDocument());
  /** @type {HTMLElement} */ (document.getElementById('reload-row')).hidden = here;
  if (here) renderPreview(readChoices());
});
reloadButton.addEventListener('click', () => {
  frame.src = 'preview.html';
});

async function loadReserves() {
  const address = document.querySelector('meta[name="es-reserve-css"]')?.getAttribute('content');
  if (!address) return;
  try {
    const response = await fetch(address, { credentials: 'same-origin' });
    if (response.ok) reserveCss = await response.text();
  } catch {
    // Without the file the code has no box reserves; everything else still works.
  }
  update({ now: true });
}

update({ now: true });
loadReserves();
