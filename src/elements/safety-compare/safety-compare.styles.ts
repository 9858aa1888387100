import { css } from 'lit';

export const safetyCompareStyles = css`
  table {
    width: 100%;
    border-collapse: collapse;
  }
  caption {
    text-align: start;
    font-family: var(--es-font-heading, inherit);
    font-weight: 700;
    font-size: 1.15em;
    padding-block-end: 0.5rem;
  }
  .description {
    margin: 0 0 0.75rem;
    color: var(--_muted);
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.6rem 0.75rem;
    border-block-end: 1px solid var(--_border);
  }
  thead th {
    border-block-end-width: 2px;
  }
  .safe {
    color: var(--_safe);
  }
  .unsafe {
    color: var(--_unsafe);
  }
  .icon {
    display: inline-block;
    inline-size: 1.25em;
    font-weight: 700;
  }
`;
