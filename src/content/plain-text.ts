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

/** A piece of an article's text, with the id of its section (none: the title and intro). */
export interface TextChunk {
  section?: string;
  text: string;
}

/** Everything a reader reads, in order, piece by piece: title, intro, then each heading and its blocks. */
export function articleChunks(article: Article, separator = ': '): TextChunk[] {
  const chunks: TextChunk[] = [{ text: article.title }, ...(article.intro ?? []).map((b) => ({ text: blockText(b, separator) }))];
  for (const { id, heading, blocks } of article.sections) {
    chunks.push({ section: id, text: heading }, ...blocks.map((b) => ({ section: id, text: blockText(b, separator) })));
  }
  return chunks;
}

/** Everything a reader reads, in order: title, intro, then each heading and its blocks. */
export function articleText(article: Article, separator = ': '): string {
  return articleChunks(article, separator)
    .map((chunk) => chunk.text)
    .join('\n');
}
