export type Theme = 'light' | 'dark' | 'auto';
export type Region = 'us' | 'ca' | 'gb' | 'au' | 'intl';
export const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];
export const REGIONS: readonly Region[] = ['us', 'ca', 'gb', 'au', 'intl'];

/** What `<es-practice>` tells the elements inside it. Every field is optional. */
export interface PracticeSettings {
  /** The practice's name, e.g. "Harbour Counselling". */
  name?: string;
  /** Where to contact the practice: an https:, mailto: or tel: link. */
  contactUrl?: string;
  /** The practice's phone number as people write it. */
  phone?: string;
  /** Which built-in list of support lines to show. */
  region?: Region;
  /** Where the quick exit goes. */
  exitUrl?: string;
  /** UI language, a BCP 47 tag such as "en" or "es". */
  locale?: string;
  /** Colour scheme: follow the host page (unset), light, dark, or auto (the reader's setting). */
  theme?: Theme;
}

/**
 * The settings travel by the community context protocol (the one `@lit/context` speaks):
 * an element asks with a bubbling `context-request` event, the nearest `<es-practice>`
 * answers and calls back again whenever its settings change. Written out here for this one
 * context: the package's only use of it, in a fraction of the library's size.
 *
 * The context key is a string, not a symbol, on purpose: when two copies of the package
 * meet on one page (the CDN file and an npm build), their providers and consumers still
 * find each other.
 */
export const practiceContext = 'emotional-safety-elements:practice';

/** Called with the settings, and how to stop receiving them. */
export type SettingsCallback = (settings: PracticeSettings, unsubscribe?: () => void) => void;

/** The protocol's events, as they arrive. */
export interface ContextEvent extends Event {
  context: unknown;
  contextTarget?: Element;
  callback: SettingsCallback;
  subscribe?: boolean;
}

function contextEvent(type: string, fields: object): Event {
  return Object.assign(new Event(type, { bubbles: true, composed: true }), { context: practiceContext, ...fields });
}

/** Asks, from `element`, for the settings of the nearest provider, and for every change. */
export function requestSettings(element: Element, callback: SettingsCallback): void {
  element.dispatchEvent(contextEvent('context-request', { contextTarget: element, callback, subscribe: true }));
}

/** Tells the consumers around a provider that has just arrived to ask again (see `ensureContextRoot`). */
export function announceProvider(provider: Element): void {
  provider.dispatchEvent(contextEvent('context-provider', { contextTarget: provider }));
}

/** Whom an event of the protocol is from: `contextTarget`, else where it started. */
export const eventSource = (event: ContextEvent) => event.contextTarget ?? (event.composedPath()[0] as Element);

const rootKey = Symbol.for('emotional-safety-elements.context-root');
type RootGlobal = typeof globalThis & { [rootKey]?: unknown };

/**
 * Tags written in the HTML before the script runs may upgrade before their provider. A
 * context root on the document remembers their requests and replays them when an
 * `<es-practice>` appears, so late consumers still receive the settings. It holds them
 * weakly: a removed element is not kept alive by a request nobody answered.
 */
export function ensureContextRoot(): void {
  const global = globalThis as RootGlobal;
  if (typeof document === 'undefined' || global[rootKey]) return;
  let asked = new WeakSet<SettingsCallback>();
  let waiting: [WeakRef<Element>, WeakRef<SettingsCallback>][] = [];
  const root = document.documentElement;
  root.addEventListener('context-request', (event) => {
    const { context, subscribe, callback } = event as ContextEvent;
    if (context !== practiceContext || !subscribe || asked.has(callback)) return;
    asked.add(callback);
    waiting.push([new WeakRef(eventSource(event as ContextEvent)), new WeakRef(callback)]);
  });
  root.addEventListener('context-provider', (event) => {
    if ((event as ContextEvent).context !== practiceContext) return;
    // Asked again; whoever still finds no provider is remembered again.
    const replay = waiting;
    asked = new WeakSet();
    waiting = [];
    for (const [element, callback] of replay) {
      const e = element.deref();
      const c = callback.deref();
      if (e && c) requestSettings(e, c);
    }
  });
  global[rootKey] = root;
}
