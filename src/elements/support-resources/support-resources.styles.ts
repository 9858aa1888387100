import { css } from 'lit';

export const supportResourcesStyles = css`
  section {
    display: grid;
    gap: 0.75rem;
  }
  .heading {
    margin: 0;
    font-size: 1.25em;
  }
  .resources {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  .resource {
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_raised);
  }
  /* Emphasis without alarm: a steady accent edge, never red, never moving. */
  .kind-emergency {
    border-inline-start: 0.4rem solid var(--_accent);
  }
  .name {
    display: block;
    margin: 0;
    font-size: 1em;
    font-weight: 700;
  }
  .description {
    margin: 0.25rem 0 0;
  }
  .contacts {
    list-style: none;
    margin: 0.5rem 0 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .contacts a {
    display: inline-block;
    /* Large enough to tap without aiming (WCAG 2.5.5). */
    min-block-size: 2.75rem;
    padding: 0.55rem 0.9rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    font-weight: 600;
    text-decoration: none;
    line-height: 1.4;
  }
  .contacts a:hover {
    text-decoration: underline;
  }
  .reviewed {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
`;
