// Creates and removes elements in batches, the way a single-page site swaps views:
// each batch is an <es-practice> holding a mix of every registered element, added,
// rendered, then removed. bench/memory.mjs and the e2e suite measure the heap around it.
const SETUP = {
  'es-reflection-card': { journal: '', persist: '' },
  'es-safety-compare': { interactive: '', explanations: '' },
  'es-article-reader': { article: 'what-emotional-safety-means' },
  'es-quick-exit': { 'clear-stored': '' },
  'es-support-resources': { region: 'gb' },
  'es-contact-cta': {},
};

// `retain` keeps every removed batch referenced: a deliberate leak, for the control check.
window.churn = async (total, batchSize, tags, retain = false) => {
  window.__retained ??= [];
  const stage = document.getElementById('stage');
  const leaves = tags.filter((tag) => tag !== 'es-practice');
  let made = 0;
  while (made < total) {
    const practice = document.createElement('es-practice');
    practice.setAttribute('name', 'Harbour Counselling');
    practice.setAttribute('contact-url', 'mailto:hello@example.com');
    made += 1;
    for (let i = 0; i < batchSize - 1 && made < total; i++, made++) {
      const tag = leaves[made % leaves.length];
      const el = document.createElement(tag);
      for (const [name, value] of Object.entries(SETUP[tag] ?? {})) el.setAttribute(name, value);
      practice.append(el);
    }
    stage.append(practice);
    await Promise.all([practice, ...practice.children].map((el) => el.updateComplete));
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
    practice.remove();
    if (retain) window.__retained.push(practice);
  }
  return made;
};
