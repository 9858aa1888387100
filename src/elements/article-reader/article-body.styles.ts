import { css } from 'lit';

/**
 * A built-in article's body as render-article.ts writes it (paragraphs, lists, terms,
 * quotes, figures), and what follows it: the sentinel that marks the article's end for the
 * reading progress, and the end that holds the call to action. Placed inside the reader's
 * own styles (article-reader.styles.ts) where these rules have always stood, so the
 * cascade is the same as when they were written there.
 */
export const articleBodyStyles = css`
  .body p,
  .body ul,
  .body ol,
  .body dl,
  .body figure {
    margin-block: 0 1em;
  }
  .terms > div {
    margin-block-end: 0.75em;
  }
  .terms dt {
    display: inline;
    font-weight: 700;
  }
  .terms dd {
    display: inline;
    margin: 0;
  }
  .quote {
    margin-inline: 0;
  }
  blockquote {
    margin: 0;
    padding-inline-start: 1rem;
    border-inline-start: 0.25rem solid var(--_border);
  }
  figcaption {
    color: var(--_muted);
  }
  .sentinel {
    block-size: 1px;
  }
  .end {
    margin-block-start: 1.5rem;
  }
`;
