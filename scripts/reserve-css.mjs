/**
 * src/embed/reserve.css as a snippet carries it: comments dropped, one rule a line
 * (an @media block is one line too). The README's snippet holds exactly these lines
 * (test/e2e/embed.e2e.mjs checks it), so the reserves are written once.
 *
 *   node scripts/reserve-css.mjs    prints them
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const RESERVE_CSS = fileURLToPath(new URL('../src/embed/reserve.css', import.meta.url));

/** @returns {string[]} each top-level rule of reserve.css on one line */
export function reserveRules(css = readFileSync(RESERVE_CSS, 'utf8')) {
  const rules = [];
  let depth = 0;
  let rule = '';
  for (const ch of css.replace(/\/\*[\s\S]*?\*\//g, '')) {
    rule += ch;
    if (ch === '{') depth++;
    if (ch === '}' && --depth === 0) {
      rules.push(rule.trim().replace(/\s+/g, ' ').replace(/\s*([{};])\s*/g, '$1').replace(/;}/g, '}'));
      rule = '';
    }
  }
  return rules;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(reserveRules().join('\n'));
