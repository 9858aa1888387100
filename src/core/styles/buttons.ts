import { css } from 'lit';

/** The shared button family (`.btn`): what each class means is said in the rules below. */
export const buttonStyles = css`
  /*
   * One family for the elements with everyday buttons (the reader, the card, the
   * comparison; the quick exit and the call to action have one control each, styled as
   * its own): \`btn\` is a calm secondary action, with
   * \`primary\` for the one main action of a group and \`quiet\` for one that reads as a
   * link. Each is at least 44 × 44 px (WCAG 2.5.5). \`aria-disabled\` (with the reason in
   * words nearby) looks plainly inactive; the button stays focusable, so it can be found.
   */
  .btn {
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding: 0.4rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_text);
    font-weight: 600;
    line-height: 1.3;
    cursor: pointer;
  }
  .btn:hover {
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
  }
  .btn.primary {
    border: 2px solid var(--_accent);
    background: color-mix(in srgb, var(--_accent) 14%, transparent);
    font-weight: 700;
  }
  .btn.primary:hover {
    background: color-mix(in srgb, var(--_accent) 24%, transparent);
  }
  .btn.quiet,
  .btn.quiet:hover {
    /* None rather than transparent: forced colours would paint a transparent border. */
    border: none;
    background: transparent;
    padding-inline: 0.5rem;
    color: var(--_accent);
    font-weight: 400;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .btn.quiet:hover {
    text-decoration-thickness: 2px;
  }
  .btn[aria-disabled='true'],
  .btn[aria-disabled='true']:hover {
    border: 1px solid color-mix(in srgb, var(--_border) 60%, transparent);
    background: transparent;
    color: var(--_muted);
    font-weight: 400;
    cursor: default;
  }
  @media (forced-colors: active) {
    .btn {
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }
    .btn.primary {
      border-width: 3px;
    }
    .btn.quiet,
    .btn.quiet:hover {
      color: LinkText;
      background: transparent;
    }
    .btn[aria-disabled='true'],
    .btn[aria-disabled='true']:hover {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
