import { ContextRoot, createContext } from '@lit/context';
import { isServer } from 'lit';

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
 * The context key is a string, not a symbol, on purpose: when two copies of the package
 * meet on one page (the CDN file and an npm build), their providers and consumers still
 * find each other.
 */
export const practiceContext = createContext<PracticeSettings>('emotional-safety-elements:practice');

const rootKey = Symbol.for('emotional-safety-elements.context-root');
type RootGlobal = typeof globalThis & { [rootKey]?: ContextRoot };

/**
 * Tags written in the HTML before the script runs may upgrade before their provider. A
 * context root on the document remembers their requests and replays them when an
 * `<es-practice>` appears, so late consumers still receive the settings.
 */
export function ensureContextRoot(): void {
  const global = globalThis as RootGlobal;
  if (isServer || typeof document === 'undefined' || global[rootKey]) return;
  global[rootKey] = new ContextRoot();
  global[rootKey].attach(document.documentElement);
}
