import { isServer, type ReactiveController, type ReactiveElement } from 'lit';
import type { Theme } from './practice-context.js';
import { autoPalette } from './styles/tokens.js';
import { rendersAsServer } from './as-server.js';
import { contrast, luminance, over, parseColour, type Rgba } from './colour.js';

/**
 * How the page around an element looks, so the element can look native in it:
 *
 * - `theme="auto"` follows the page's own colour scheme where the page has one (the
 *   background behind the element, else the root's `color-scheme` or
 *   `<meta name="color-scheme">` when it allows only one), and the reader's system
 *   setting only when the page gives nothing to go on. A cream page stays light on a
 *   phone in dark mode.
 * - With no theme, links and the accent take the page's own link colour (a hidden probe
 *   link beside the element, styled by the page's rules), when the page styles links and
 *   that colour keeps AA contrast (4.5:1) against the background behind the element;
 *   otherwise the built-in accent stays. `--es-color-accent` and a theme win over it.
 *
 * The result goes into one small constructed stylesheet in the element's shadow root:
 * nothing is added to the host's markup and no re-render is needed. The page is looked at
 * when the element connects, when the page loads, when the root's or body's attributes
 * change (a site's own dark-mode switch) and when the system setting changes.
 */

const WHITE: Rgba = [255, 255, 255, 1];
/** A dark canvas, as browsers paint one for `color-scheme: dark` (Chromium's #121212). */
const DARK_CANVAS: Rgba = [18, 18, 18, 1];
/** Where black text and white text have the same contrast: darker than this is a dark page. */
const MIDDLE = 0.179;

type Look = 'light' | 'dark';

/** The next box up the flat tree: the slot an element is shown in, its parent, or a shadow root's host. */
function up(node: Element): Element | null {
  return node.assignedSlot ?? node.parentElement ?? ((node.parentNode as ShadowRoot | null)?.host ?? null);
}

/** The only scheme the page allows (root `color-scheme`, then the meta tag), if one. */
function declaredScheme(): Look | undefined {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="color-scheme"]')?.content ?? '';
  for (const value of [getComputedStyle(document.documentElement).colorScheme, meta]) {
    const words = (value ?? '').split(/\s+/);
    const light = words.includes('light');
    const dark = words.includes('dark');
    if (light !== dark) return light ? 'light' : 'dark';
  }
  return undefined;
}

/** The colour behind `host` and whether the page said anything about it. */
export function pageBackground(host: Element): { colour: Rgba; known: boolean } {
  const layers: Rgba[] = [];
  for (let node = up(host); node; node = up(node)) {
    const bg = parseColour(getComputedStyle(node).backgroundColor);
    if (!bg || bg[3] === 0) continue;
    layers.push(bg);
    if (bg[3] === 1) break;
  }
  const opaque = layers.at(-1)?.[3] === 1;
  const scheme = opaque ? undefined : declaredScheme();
  const canvas = scheme === 'dark' ? DARK_CANVAS : WHITE;
  const colour = layers.reduceRight<Rgba>((below, top) => over(top, below), canvas);
  return { colour, known: opaque || scheme !== undefined || layers.length > 0 };
}

/** A hidden link and a span in the browser's own link colour, placed beside `host`. */
function linkProbes(host: Element): [HTMLAnchorElement, HTMLSpanElement] {
  const link = document.createElement('a');
  link.href = '#';
  const plain = document.createElement('span');
  // The browser's own link colour in the same place (it depends on the colour scheme).
  plain.style.color = 'LinkText';
  for (const probe of [link, plain]) {
    probe.setAttribute('aria-hidden', 'true');
    probe.style.position = 'absolute';
    probe.style.visibility = 'hidden';
  }
  host.after(link, plain);
  return [link, plain];
}

/**
 * The rules for each element's shadow root. Looks at every element waiting in one pass —
 * read the backgrounds, place every link probe, read them, remove them — so a page that
 * adds many elements at once recalculates its styles once, not once per element.
 */
function lookRules(looks: PageLook[]): Map<PageLook, string> {
  const rules = new Map<PageLook, string>();
  const wantLink: { look: PageLook; background: Rgba; probes?: Element[] }[] = [];
  // Reads only, for every element, before anything is added to the page.
  for (const look of looks) {
    const { host, theme } = look;
    if (theme === 'light' || theme === 'dark' || !host.isConnected) {
      rules.set(look, '');
      continue;
    }
    const background = pageBackground(host);
    if (theme === 'auto') {
      const scheme = luminance(background.colour) < MIDDLE ? 'dark' : 'light';
      rules.set(look, background.known ? autoPalette(scheme) : '');
    } else {
      wantLink.push({ look, background: background.colour });
    }
  }
  // Then every probe at once, so reading them costs one style recalculation.
  for (const entry of wantLink) entry.probes = linkProbes(entry.look.host);
  for (const { look, background, probes } of wantLink) {
    const [colour, browsers] = probes!.map((probe) => getComputedStyle(probe).color);
    const link = colour === browsers ? undefined : parseColour(colour!);
    const usable = link && link[3] === 1 && contrast(link, background) >= 4.5;
    rules.set(look, usable ? `:host{--_page-link:rgb(${link[0]},${link[1]},${link[2]})}` : '');
  }
  for (const { probes } of wantLink) for (const probe of probes!) probe.remove();
  return rules;
}

/** Elements waiting to be looked at, in the next microtask. */
const waiting = new Set<PageLook>();

function lookSoon(look: PageLook): void {
  if (!waiting.size) {
    queueMicrotask(() => {
      const looks = [...waiting];
      waiting.clear();
      for (const [each, rules] of lookRules(looks)) each.write(rules);
    });
  }
  waiting.add(look);
}

/** Every connected element's look, told when the page may have changed. */
const watching = new Set<PageLook>();
let stopWatching: (() => void) | undefined;

function watchPage(): () => void {
  const again = () => {
    for (const look of watching) look.refresh();
  };
  const observer = new MutationObserver(again);
  const targets = [document.documentElement, document.body].filter(Boolean);
  for (const target of targets) observer.observe(target, { attributes: true });
  const media = matchMedia('(prefers-color-scheme: dark)');
  media.addEventListener('change', again);
  if (document.readyState !== 'complete') addEventListener('load', again, { once: true });
  return () => {
    observer.disconnect();
    media.removeEventListener('change', again);
    removeEventListener('load', again);
  };
}

/** The page-look probe for one element (created by the base class for every element). */
export class PageLook implements ReactiveController {
  readonly host: ReactiveElement;
  readonly #theme: () => Theme | undefined;
  #sheet?: CSSStyleSheet;
  #rules = '';
  #probedFor?: Theme | 'none';

  constructor(host: ReactiveElement, theme: () => Theme | undefined) {
    this.host = host;
    this.#theme = theme;
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer) return;
    watching.add(this);
    stopWatching ??= watchPage();
    this.refresh();
  }

  hostDisconnected(): void {
    watching.delete(this);
    if (!watching.size) {
      stopWatching?.();
      stopWatching = undefined;
    }
  }

  /** A theme chosen or changed since the last look: look again. */
  hostUpdate(): void {
    if (isServer || rendersAsServer(this.host) || !this.host.isConnected) return;
    if ((this.#theme() ?? 'none') !== this.#probedFor) this.refresh();
  }

  /** The theme the element now has. */
  get theme(): Theme | undefined {
    return this.#theme();
  }

  /** Looks at the page again (with every other element waiting, before the next paint). */
  refresh(): void {
    this.#probedFor = this.#theme() ?? 'none';
    lookSoon(this);
  }

  /** Writes what the look found (called by the batch). */
  write(rules: string): void {
    if (rules === this.#rules) return;
    this.#rules = rules;
    const root = this.host.renderRoot as ShadowRoot;
    if (!root.adoptedStyleSheets) return;
    if (!this.#sheet) {
      this.#sheet = new CSSStyleSheet();
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.#sheet];
    }
    this.#sheet.replaceSync(rules);
  }
}
