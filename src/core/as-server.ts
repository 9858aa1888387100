import { isServer, type LitElement } from 'lit';

/** Elements drawing their first client render over server-rendered HTML (see EsElement). */
export const hydrating = new WeakSet<object>();

/**
 * True while an element renders what a server could render: on the server, and in its
 * first client render over server-rendered HTML (hydration must draw exactly what the
 * server drew). Nothing the server cannot see is read then: the element's children, the
 * page's `lang`, storage, the viewport. The element renders again at once with all of it.
 */
export const rendersAsServer = (host: object): boolean => isServer || hydrating.has(host);

/**
 * On the server, gives an element the shadow root Lit's SSR only attaches when it calls
 * `connectedCallback` (which it does not by default): events from the elements rendered
 * inside it, and from those slotted into it (a context request), then find their way up.
 */
export function serverShadow(host: LitElement): void {
  if (!host.shadowRoot) host.attachShadow((host.constructor as typeof LitElement).shadowRootOptions);
}
