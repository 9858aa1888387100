/**
 * Publishes the content schemas (defined once in src/content/schemas.ts) as JSON Schema
 * files under schema/. test/content.test.ts fails when these files are out of date.
 */
import { build } from 'esbuild';
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const out = 'node_modules/.cache/es-schema/schemas.mjs';
await build({ entryPoints: ['src/content/schemas.ts'], bundle: true, format: 'esm', outfile: out, logLevel: 'error' });
const { CONTENT_SCHEMAS } = await import(pathToFileURL(out).href);
rmSync(out);

mkdirSync('schema', { recursive: true });
for (const [kind, schema] of Object.entries(CONTENT_SCHEMAS)) {
  const json = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `urn:emotional-safety-elements:schema:${kind}`,
    ...schema.toJsonSchema(),
  };
  writeFileSync(`schema/${kind}.schema.json`, JSON.stringify(json, null, 2) + '\n');
  console.log(`schema/${kind}.schema.json`);
}
