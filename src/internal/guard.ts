import { noChange } from 'lit';
import { Directive, directive, type Part } from 'lit/directive.js';

/**
 * Lit's `guard`, for the one way the elements use it: `guard([deps…], () => value)`
 * renders `value` again only when one of the dependencies is no longer the same (===).
 * A few lines instead of `lit/directives/guard.js` in the one-file script.
 */
export const guard = directive(
  class extends Directive {
    #deps?: readonly unknown[];
    render(_deps: readonly unknown[], value: () => unknown) {
      return value();
    }
    override update(_part: Part, [deps, value]: [readonly unknown[], () => unknown]) {
      const last = this.#deps;
      if (last && last.length === deps.length && deps.every((dep, i) => dep === last[i])) return noChange;
      this.#deps = [...deps];
      return value();
    }
  },
);
