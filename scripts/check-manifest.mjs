/**
 * Checks custom-elements.json (npm run check:manifest; CI runs it right after the build):
 *
 * 1. It validates against the published JSON Schema of the version it declares
 *    (`schemaVersion`, from the `custom-elements-manifest` package's schema.json), with ajv.
 * 2. It describes the shipped package: every module path, and every module a declaration,
 *    superclass, inheritance or type reference names, is a file `npm pack` puts in the
 *    package and a target of package.json's `exports`; package.json's `customElements`
 *    names it and it is packed.
 * 3. Every element has its definition: each class with a tag name has a
 *    `custom-element-definition` export and a `js` export in its module, the definition
 *    names a class declared there, and the built module really defines that tag.
 * 4. It is public API only and typed: no private, protected, `#` or static members, no
 *    declaration a module does not export, every attribute, field and event typed, and no
 *    type names a name a consumer could not resolve (only the language's and the DOM's, and
 *    those in the type's `references`); every CSS custom property has its default.
 *
 * Needs `npm run build` first (the packed file list and the built modules). Prints what it
 * checked; exits 1 with every problem found.
 */
import Ajv from 'ajv';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const problems = [];
const fail = (message) => problems.push(message);
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const MANIFEST = pkg.customElements;
if (!MANIFEST) {
  console.error('check:manifest: package.json has no "customElements" field');
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));

/**
 * A built module and every file it imports statically, relative imports only (rollup
 * may leave an entry as a facade over a chunk: importing the entry still defines the tag).
 */
function staticGraph(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, spec] of code.matchAll(/(?:\bimport|\bfrom)\s*["'](\.{1,2}\/[^"']+)["']/g)) visit(join(dirname(file), spec));
  };
  visit(entry);
  return [...seen];
}

// 1. The schema.
const schemaPackage = require('custom-elements-manifest/package.json');
if (manifest.schemaVersion !== schemaPackage.version) {
  fail(`${MANIFEST} declares schemaVersion ${manifest.schemaVersion}, but the installed custom-elements-manifest schema is ${schemaPackage.version}: install the matching version`);
} else {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(require('custom-elements-manifest/schema.json'));
  if (!validate(manifest))
    for (const error of validate.errors) fail(`schema: ${error.instancePath || '/'} ${error.message} ${JSON.stringify(error.params)}`);
}

// 2. The shipped files.
const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
const packedFiles = new Set(packed.files.map((f) => f.path));
if (!packedFiles.has(MANIFEST)) fail(`${MANIFEST} is not in the packed package`);
const exportTargets = new Set(
  Object.values(pkg.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target))).map((t) => t.replace(/^\.\//, '')),
);
const modulePaths = new Set(manifest.modules.map((m) => m.path));
const shipped = (path, where) => {
  if (!packedFiles.has(path)) fail(`${where}: ${path} is not a file of the packed package (npm pack --dry-run)`);
};
for (const path of modulePaths) {
  shipped(path, 'module');
  if (!exportTargets.has(path)) fail(`module ${path} is not a target of package.json's "exports", so no consumer can import it`);
}

// Global names a type may use without a reference.
const GLOBAL_NAMES = new Set(['CustomEvent', 'Event', 'Array', 'ReadonlyArray', 'Record', 'Promise', 'FocusOptions', 'HTMLElement', 'Element']);
const KEYWORDS = new Set(['string', 'number', 'boolean', 'undefined', 'null', 'void', 'unknown', 'never', 'any', 'object', 'bigint', 'symbol', 'true', 'false']);
let typesChecked = 0;
function checkType(type, where) {
  if (!type?.text) return fail(`${where}: no type`);
  typesChecked++;
  const referenced = new Set((type.references ?? []).map((r) => r.name));
  for (const reference of type.references ?? []) {
    if (reference.module) shipped(reference.module, `${where}: reference ${reference.name}`);
    if (type.text.slice(reference.start, reference.end) !== reference.name) fail(`${where}: reference ${reference.name} is not at ${reference.start}–${reference.end} of "${type.text}"`);
  }
  // Identifiers outside string literals and outside `{ key:` positions.
  const code = type.text.replace(/'(?:[^'\\]|\\.)*'/g, "''").replace(/([{;]\s*)[\w$]+\??:/g, '$1');
  for (const [name] of code.matchAll(/[A-Za-z_$][\w$]*/g)) {
    if (KEYWORDS.has(name) || GLOBAL_NAMES.has(name) || referenced.has(name)) continue;
    fail(`${where}: the type "${type.text}" names ${name}, which a consumer cannot resolve (write it out, or export it and reference it)`);
  }
}

let elements = 0;
for (const module of manifest.modules) {
  const exports = module.exports ?? [];
  const declarations = module.declarations ?? [];
  for (const e of exports) {
    const target = e.declaration?.module;
    if (!target) continue;
    shipped(target, `${module.path} export ${e.name}`);
    const home = manifest.modules.find((m) => m.path === target);
    if (!home) fail(`${module.path} export ${e.name}: its module ${target} is not in ${MANIFEST}`);
    else if (!(home.declarations ?? []).some((d) => d.name === e.declaration.name))
      fail(`${module.path} export ${e.name}: ${target} declares no ${e.declaration.name}`);
  }
  for (const d of declarations) {
    const where = `${module.path} ${d.name}`;
    if (!exports.some((e) => e.kind === 'js' && e.declaration?.name === d.name && e.declaration?.module === module.path))
      fail(`${where}: declared but not exported by the module (internal, or a local variable)`);
    if (d.superclass?.module) shipped(d.superclass.module, `${where} superclass`);
    if (d.kind !== 'class') continue;
    for (const m of d.members ?? []) {
      if (m.name.startsWith('#') || m.privacy === 'private' || m.privacy === 'protected' || m.static) fail(`${where}.${m.name}: not public API`);
      if (m.inheritedFrom?.module) shipped(m.inheritedFrom.module, `${where}.${m.name} inheritedFrom`);
      if (m.kind === 'field') checkType(m.type, `${where}.${m.name}`);
      if (m.kind === 'method') {
        checkType(m.return?.type, `${where}.${m.name}() return`);
        for (const p of m.parameters ?? []) checkType(p.type, `${where}.${m.name}(${p.name})`);
      }
    }
    if (!d.customElement || !d.tagName) continue;
    elements++;
    const definitions = exports.filter((e) => e.kind === 'custom-element-definition' && e.name === d.tagName);
    if (definitions.length !== 1) fail(`<${d.tagName}>: ${definitions.length} custom-element-definition exports in ${module.path}, not 1`);
    for (const def of definitions)
      if (def.declaration.name !== d.name || def.declaration.module !== module.path) fail(`<${d.tagName}>: its definition names ${def.declaration.module} ${def.declaration.name}, not ${module.path} ${d.name}`);
    if (existsSync(module.path) && !staticGraph(module.path).some((file) => readFileSync(file, 'utf8').includes(`"${d.tagName}"`)))
      fail(`<${d.tagName}>: the built ${module.path} does not define it (nor does any module it imports)`);
    for (const a of d.attributes ?? []) checkType(a.type, `<${d.tagName} ${a.name}>`);
    for (const e of d.events ?? []) checkType(e.type, `<${d.tagName}> event ${e.name}`);
    for (const p of d.cssProperties ?? []) if (p.default === undefined) fail(`<${d.tagName}> ${p.name}: no default (write @cssprop [${p.name}=value])`);
  }
  for (const def of exports.filter((e) => e.kind === 'custom-element-definition')) {
    if (!declarations.some((d) => d.name === def.declaration.name && d.tagName === def.name)) fail(`${module.path}: definition of <${def.name}> names no element class declared there`);
  }
}
if (elements === 0) fail(`${MANIFEST} describes no elements`);

if (problems.length) {
  console.error(`check:manifest: ${MANIFEST} has ${problems.length} problem${problems.length === 1 ? '' : 's'}:`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log(
  `check:manifest: ${MANIFEST} is valid against the custom-elements-manifest ${manifest.schemaVersion} schema; ` +
    `its ${modulePaths.size} modules are files of the packed package and targets of "exports"; ` +
    `${elements} elements, each with its custom-element-definition; ${typesChecked} types resolvable; ` +
    'public API only; every CSS custom property has a default.',
);
