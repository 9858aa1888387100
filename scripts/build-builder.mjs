/**
 * Ships the snippet builder (builder/) as a static page inside the package:
 * dist/builder/, beside dist/cdn/, with its references rewritten so it works from
 * there — the script tag to ../cdn/emotional-safety.js and the box reserves to a copy
 * of src/embed/reserve.css beside the page.
 *
 *   node scripts/build-builder.mjs [--out dist/builder] [--reserve src/embed/reserve.css]
 */
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index >= 0 && args[index + 1] ? resolve(args[index + 1]) : fallback;
};
const source = join(ROOT, 'builder');
const out = option('--out', join(ROOT, 'dist/builder'));
const reserve = option('--reserve', join(ROOT, 'src/embed/reserve.css'));

/** What the page refers to in the repository (served by `npm start`) → what it refers to in dist/builder/. */
const REWRITES = [
  ['../dist/cdn/emotional-safety.js', '../cdn/emotional-safety.js'],
  ['../src/embed/reserve.css', 'reserve.css'],
];
/** Files that must carry each reference, so a renamed path fails the build instead of shipping a broken page. */
const MUST_REWRITE = { 'index.html': ['../src/embed/reserve.css'], 'preview.html': REWRITES.map(([from]) => from) };

if (!existsSync(reserve)) {
  console.error(`build-builder: ${reserve} is missing: the snippets would carry no box reserves.`);
  process.exit(1);
}

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
const files = (await readdir(source, { withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => entry.name);
for (const file of files) {
  if (!['.html', '.js', '.css'].includes(extname(file))) continue;
  let text = await readFile(join(source, file), 'utf8');
  if (extname(file) === '.html') {
    for (const from of MUST_REWRITE[file] ?? []) {
      if (!text.includes(from)) {
        console.error(`build-builder: builder/${file} no longer refers to ${from}; update scripts/build-builder.mjs.`);
        process.exit(1);
      }
    }
    for (const [from, to] of REWRITES) text = text.split(`"${from}"`).join(`"${to}"`);
  }
  await writeFile(join(out, file), text);
}
await copyFile(reserve, join(out, 'reserve.css'));
console.log(`build-builder: ${files.length} files and reserve.css → ${out}`);
