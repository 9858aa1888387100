// The site's own custom element, as a page builder might have: it renders our tags
// inside its shadow root (with or without a provider of ours around them).
const LEAF_TAGS = ['es-safety-compare', 'es-reflection-card', 'es-article-reader', 'es-quick-exit', 'es-support-resources', 'es-contact-cta'];

customElements.define(
  'site-widget',
  class extends HTMLElement {
    // Built on connection, not in the constructor: a parser-created element has no
    // attributes yet while its constructor runs.
    connectedCallback() {
      if (this.shadowRoot) return;
      const root = this.attachShadow({ mode: 'open' });
      let parent = root;
      if (this.hasAttribute('with-provider')) {
        const practice = document.createElement('es-practice');
        for (const [name, value] of Object.entries({ locale: 'es', theme: 'dark', name: 'Consulta Puerto', 'contact-url': 'mailto:hola@example.com', region: 'us' })) {
          practice.setAttribute(name, value);
        }
        root.append(practice);
        parent = practice;
      }
      for (const tag of LEAF_TAGS) {
        const el = document.createElement(tag);
        if (tag === 'es-article-reader') el.setAttribute('article', 'what-emotional-safety-means');
        if (tag === 'es-reflection-card') el.setAttribute('journal', '');
        parent.append(el);
      }
    }
  },
);
