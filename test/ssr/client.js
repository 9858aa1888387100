// What a server-rendered page loads: Lit's hydration support first, then the elements.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import 'emotional-safety-elements';
