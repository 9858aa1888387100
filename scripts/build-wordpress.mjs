/**
 * Builds the WordPress plugin: dist/wordpress/emotional-safety-elements.zip, an
 * installable plugin (folder `emotional-safety-elements/`, main file
 * `emotional-safety-elements.php`) that carries its own script, so nobody uploads a .js
 * file (WordPress refuses them) and Authors need no unfiltered HTML.
 *
 * Run after `rollup -c` (it is the last step of `npm run build`). It adds to the plugin's
 * source (wordpress/plugin/):
 * - assets/emotional-safety.js: dist/cdn/emotional-safety.js, the one self-contained file;
 * - content/articles.json: the built-in articles from dist/content.js, the single source
 *   of truth being src/content/articles/*.ts, so the blocks print the same text as light
 *   DOM for readers without JavaScript;
 * - assets/reserve.css: src/embed/reserve.css when it exists, printed in <head> so each
 *   element has its box before the script runs.
 * The zip is made with fflate: a fresh machine has no `zip` program.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { zipSync } from 'fflate';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = join(ROOT, 'wordpress/plugin');
const SLUG = 'emotional-safety-elements';
const OUT = join(ROOT, 'dist/wordpress');
const SCRIPT = join(ROOT, 'dist/cdn/emotional-safety.js');
const CONTENT = join(ROOT, 'dist/content.js');
const RESERVE = join(ROOT, 'src/embed/reserve.css');

/** Every file under `dir`, as paths relative to it, in a stable order. */
async function filesUnder(dir) {
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    found.push(relative(dir, join(entry.parentPath ?? entry.path, entry.name)).split('\\').join('/'));
  }
  return found.sort();
}

/** The built-in articles as plain JSON, keyed by id, straight from the built content module. */
async function articlesJson() {
  const { builtinArticles } = await import(pathToFileURL(CONTENT).href);
  if (!builtinArticles || !Object.keys(builtinArticles).length) throw new Error(`${CONTENT} exports no builtinArticles.`);
  return `${JSON.stringify(builtinArticles, null, 1)}\n`;
}

export async function buildWordPressPlugin({ quiet = false } = {}) {
  for (const [file, what] of [
    [SCRIPT, 'the script-tag build'],
    [CONTENT, 'the content module'],
  ]) {
    if (!existsSync(file)) throw new Error(`${relative(ROOT, file)} (${what}) is missing: run "npx rollup -c" (or "npm run build") first.`);
  }
  const encoder = new TextEncoder();
  // Fixed dates: the same sources give the same zip.
  const mtime = new Date('2026-01-01T00:00:00Z');
  const files = {};
  for (const path of await filesUnder(SOURCE)) {
    files[`${SLUG}/${path}`] = [new Uint8Array(await readFile(join(SOURCE, path))), { mtime }];
  }
  files[`${SLUG}/assets/emotional-safety.js`] = [new Uint8Array(await readFile(SCRIPT)), { mtime }];
  files[`${SLUG}/content/articles.json`] = [encoder.encode(await articlesJson()), { mtime }];
  if (existsSync(RESERVE)) files[`${SLUG}/assets/reserve.css`] = [new Uint8Array(await readFile(RESERVE)), { mtime }];
  else if (!quiet) console.warn(`[wordpress] ${relative(ROOT, RESERVE)} not found: the plugin is built without reserve CSS.`);

  const zip = zipSync(files, { level: 9 });
  await mkdir(OUT, { recursive: true });
  const target = join(OUT, `${SLUG}.zip`);
  await writeFile(target, zip);
  if (!quiet) {
    const size = (await stat(target)).size;
    console.log(`[wordpress] ${relative(ROOT, target)}: ${Object.keys(files).length} files, ${(size / 1024).toFixed(1)} KB`);
  }
  return target;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  buildWordPressPlugin().catch((error) => {
    console.error(`[wordpress] ${error.message}`);
    process.exit(1);
  });
}
