import type { Article, Block, Section } from '../../content/schemas.js';
import type { ReadingMarker } from './reading-progress-controller.js';
import { slugify } from './slug.js';

/** A practice's own HTML article, read from the element's children (which stay where they are). */
export interface LightArticle {
  /** The same article as content, for the reading time, "Listen" and the public `article` API. */
  article: Article;
  /** The article's title heading, when the HTML starts with one above its section headings. */
  title?: HTMLElement;
  /** Every element a reader passes, in order, with the section it belongs to. */
  markers: ReadingMarker[];
}

const HEADING = /^h([1-6])$/;
const CONTAINERS = new Set(['div', 'article', 'section', 'main']);

function level(el: Element): number {
  return Number(HEADING.exec(el.localName)?.[1] ?? 0);
}

function textOf(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * True when the element holds an article written as HTML: a child with text that is not
 * an inline JSON script. (Page builders sometimes leave an empty <p> or <br> inside.)
 */
export function hasLightArticle(host: Element): boolean {
  return [...host.children].some((child) => child.localName !== 'script' && Boolean(child.textContent?.trim()));
}

/**
 * Reads the practice's HTML: the first heading is the title when the other headings are
 * deeper; the highest remaining level starts sections. Headings without an id get a
 * stable one from their text (so `page#section-id` links keep working between visits),
 * and `tabindex="-1"` so a deep link can move focus to them. Nothing else is changed:
 * the article stays the practice's own markup, readable without JavaScript.
 */
export function readLightArticle(host: HTMLElement): LightArticle {
  let children = [...host.children].filter((c) => c.localName !== 'script');
  // An article wrapped in one container (a page builder's <div>) is read from inside it.
  while (children.length === 1 && CONTAINERS.has(children[0]!.localName)) children = [...children[0]!.children];
  const elements = children.filter((c): c is HTMLElement => c instanceof HTMLElement);

  const headings = elements.filter((el) => level(el) > 0);
  const first = elements[0];
  const rest = headings.filter((h) => h !== first);
  const titleEl =
    first && level(first) > 0 && (rest.length === 0 || level(first) < Math.min(...rest.map(level))) ? first : undefined;
  const sectionLevel = Math.min(...headings.filter((h) => h !== titleEl).map(level));

  const used = new Set<string>();
  const uniqueId = (heading: HTMLElement): string => {
    if (heading.id) {
      used.add(heading.id);
      return heading.id;
    }
    const base = slugify(textOf(heading)) || 'section';
    let id = base;
    for (let n = 2; used.has(id) || host.ownerDocument.getElementById(id); n++) id = `${base}-${n}`;
    used.add(id);
    heading.id = id;
    return id;
  };

  const intro: Block[] = [];
  const sections: Section[] = [];
  const markers: ReadingMarker[] = [];
  let current: Section | undefined;
  for (const el of elements) {
    if (el === titleEl) continue;
    if (level(el) === sectionLevel) {
      current = { id: uniqueId(el), heading: textOf(el), blocks: [] };
      if (!el.hasAttribute('tabindex')) el.tabIndex = -1;
      sections.push(current);
    } else {
      const text = textOf(el);
      if (text) (current?.blocks ?? intro).push({ type: 'paragraph', text });
    }
    markers.push({ el, section: current?.id });
  }

  const title = titleEl ? textOf(titleEl) : '';
  const article: Article = {
    id: slugify(title) || 'article',
    title,
    lang: host.closest('[lang]')?.getAttribute('lang') || undefined,
    intro,
    sections,
  };
  return { article, title: titleEl, markers };
}
