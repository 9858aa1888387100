import type { Article, Block } from './schemas.js';

/**
 * The text of a block as a reader would hear it read aloud. Terms are joined to their
 * descriptions with `separator` (a localised ": ").
 */
export function blockText(block: Block, separator = ': '): string {
  switch (block.type) {
    case 'paragraph':
      return block.text;
    case 'list':
      return block.items.join('\n');
    case 'terms':
      return block.items.map((item) => `${item.term}${separator}${item.description}`).join('\n');
    case 'quote':
      return [block.lead, block.text, block.cite].filter(Boolean).join(' ');
  }
}

/** Everything a reader reads, in order: title, intro, then each heading and its blocks. */
export function articleText(article: Article, separator = ': '): string {
  const parts = [article.title, ...(article.intro ?? []).map((b) => blockText(b, separator))];
  for (const section of article.sections) {
    parts.push(section.heading, ...section.blocks.map((b) => blockText(b, separator)));
  }
  return parts.join('\n');
}
