import { VERSION } from '../version.js';
import { warn } from './warn.js';

/** Marks a class as ours and records which version of the package defined it. */
export interface VersionedElement extends CustomElementConstructor {
  esVersion?: string;
}

const warnedKey = Symbol.for('emotional-safety-elements.version-warning');
type WarnedGlobal = typeof globalThis & { [warnedKey]?: boolean };

/**
 * Registers a custom element once. Therapists' sites often include the script tag twice,
 * or mix the npm build with the CDN file: a second `customElements.define` would throw,
 * so a tag that is already defined is left alone. When the existing definition comes from
 * another version of the package we say so once, because the page then runs whichever
 * version loaded first.
 */
export function defineElement(tag: string, ctor: VersionedElement): void {
  if (typeof customElements === 'undefined') return;
  ctor.esVersion = VERSION;
  const existing = customElements.get(tag) as VersionedElement | undefined;
  if (!existing) {
    customElements.define(tag, ctor);
    return;
  }
  const global = globalThis as WarnedGlobal;
  if (existing.esVersion && existing.esVersion !== VERSION && !global[warnedKey]) {
    global[warnedKey] = true;
    warn(
      `version ${existing.esVersion} is already on this page, so version ${VERSION} was not registered. ` +
        'Include the package once (one script tag or one npm import) to avoid surprises.',
    );
  }
}
