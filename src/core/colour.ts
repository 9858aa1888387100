/**
 * Colours as the browser computed them, read back as numbers: for choosing between the
 * page's own colours and the built-in ones by the contrast a reader will see.
 */

/** Red, green, blue (0–255) and alpha (0–1). */
export type Rgba = [number, number, number, number];

let context: CanvasRenderingContext2D | null | undefined;

/**
 * Any CSS colour the browser computed (`rgb()`, `color(srgb …)`, `oklch()`…) as sRGB
 * numbers, or undefined when it is not a colour. Read through a 1×1 canvas, which
 * understands every colour syntax the engine does; `rgb()` is read directly.
 */
export function parseColour(value: string): Rgba | undefined {
  const v = value.trim();
  if (!v) return undefined;
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%?))?\s*\)$/.exec(v);
  if (rgb) {
    const alpha = rgb[4] === undefined ? 1 : Number(rgb[4]) / (rgb[5] ? 100 : 1);
    return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), alpha];
  }
  if (v === 'transparent') return [0, 0, 0, 0];
  context ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!context) return undefined;
  context.clearRect(0, 0, 1, 1);
  // An unknown colour leaves the fill as it was: start from one no page would compute.
  context.fillStyle = '#010203';
  context.fillStyle = v;
  if (context.fillStyle === '#010203' && !/^#010203$/i.test(v)) return undefined;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!, a! / 255];
}

/** WCAG relative luminance of an opaque colour. */
export function luminance([r, g, b]: Rgba): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio of two opaque colours (1 to 21). */
export function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `top` drawn over an opaque `below`, by its alpha. */
export function over(top: Rgba, below: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => Math.round(top[i]! * a + below[i]! * (1 - a))).concat(1) as Rgba;
}
