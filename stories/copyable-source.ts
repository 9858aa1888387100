/**
 * What "Show code" in Storybook's docs gives a therapist or developer: the script tag and
 * the story's markup, readable and ready to paste — not one long line wrapped in the
 * Storybook practice's details. The same shape as the README's snippet (see also the
 * snippet builder, /builder/, which adds each element's reserve).
 */
const SCRIPT = '<script type="module" src="/emotional-safety.js"></script>';

export function copyableSource(code: string): string {
  // Storybook may hand the transformed code back in: leave it as it is.
  if (code.startsWith(SCRIPT)) return code;
  const markup = code
    .replace(/<!--[\s\S]*?-->/g, '')
    // The decorator's provider holds the Storybook practice's details: ours goes round instead.
    .replace(/^\s*<es-practice[^>]*>([\s\S]*)<\/es-practice\s*>\s*$/, '$1')
    .replace(/>\s+</g, '>\n<')
    .replace(/\s+(?=[a-z-]+=")/g, ' ')
    .trim();
  const body = markup
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => `  ${line.trim()}`)
    .join('\n');
  return `${SCRIPT}

<es-practice name="Your practice" contact-url="mailto:you@example.com">
${body}
</es-practice>`;
}
