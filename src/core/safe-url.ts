import { isServer } from 'lit';

/** Link schemes the package will ever follow. Anything else (javascript:, data:, …) is refused. */
export const SAFE_LINK_PROTOCOLS = ['http:', 'https:', 'mailto:', 'tel:'] as const;

/**
 * The address relative links resolve against: the page's, or on a server (no page) a
 * stand-in http: one, so that `/contact` is still known to be an http: link.
 */
export const pageBase = (): string => (isServer ? 'http://localhost/' : document.baseURI);

/**
 * Returns the URL when it uses one of the allowed protocols, otherwise `undefined`.
 * Relative URLs resolve against the page, so `/contact` and `contact.html` are fine.
 */
export function safeUrl(
  value: string | null | undefined,
  allowed: readonly string[] = SAFE_LINK_PROTOCOLS,
): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(trimmed, pageBase());
  } catch {
    return undefined;
  }
  return allowed.includes(parsed.protocol) ? trimmed : undefined;
}

/** Turns a phone number as people write it ("0808 2000 247") into a `tel:` link. */
export function telHref(phone: string): string | undefined {
  const digits = phone.replace(/[^\d+]/g, '');
  return digits ? `tel:${digits}` : undefined;
}
