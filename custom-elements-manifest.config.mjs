import { readFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import ts from 'typescript';

/**
 * Settings for `cem analyze` (npm run analyze). The manifest describes the package as npm
 * ships it, not the source tree:
 *
 * - Modules are the shipped entries, by the paths package.json's `exports` give them
 *   (`dist/index.js`, `dist/article-reader.js`, …); an entry's source is the file its
 *   `types` were compiled from (`dist/types/X.d.ts` ← `src/X.ts`). Internal modules (the
 *   helpers, the shared base class, the quick exit's internal skip link) are left out.
 * - A module lists what it exports at run time (type-only exports are left out), each
 *   declaration in the module that exports it; every element module has its
 *   `custom-element-definition` (tag → class) beside the class's `js` export.
 * - Types are the ones a consumer sees, from TypeScript's checker: string-literal aliases
 *   written out (`Region | undefined` is `'us' | 'ca' | 'gb' | 'au' | 'intl' | undefined`),
 *   events typed from src/events.ts's `EsEventMap` with their detail inline
 *   (`CustomEvent<{ id: string | null }>`), and any other named type given a `references`
 *   entry to the shipped entry that exports it.
 * - Public API only: no private (#) or protected members, no statics. Members inherited
 *   from the internal base class are listed as the element's own, and the superclass
 *   named is Lit's `LitElement`, which every element is.
 *
 * CSS custom properties carry their default in the JSDoc (`@cssprop [--es-radius=0.5rem]`).
 * scripts/check-manifest.mjs (npm run check:manifest) validates the result.
 */
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** Source module → shipped module, from package.json's exports (`types` names the source). */
const SHIPPED = new Map();
for (const target of Object.values(pkg.exports)) {
  if (typeof target !== 'object' || !target.types?.startsWith('./dist/types/') || !target.default?.startsWith('./dist/')) continue;
  SHIPPED.set(target.types.replace('./dist/types/', 'src/').replace(/\.d\.ts$/, '.ts'), target.default.slice(2));
}

/** The entries described: the package entry and one per element. */
const DESCRIBED = ['src/index.ts', ...[...SHIPPED.keys()].filter((source) => source.startsWith('src/elements/'))];

/** Names a consumer has without importing anything: the language's and the DOM's. */
const isGlobalName = (name) => /^(CustomEvent|Event|Array|ReadonlyArray|Record|Promise|FocusOptions|HTMLElement|Element)$/.test(name);

const byName = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

export default {
  globs: [
    ...DESCRIBED,
    'src/elements/**/*.ts',
    'src/core/es-element.ts',
    // Declarations the package entry re-exports, copied into dist/index.js's module.
    'src/core/device-storage.ts',
    'src/core/l10n/index.ts',
    'src/version.ts',
  ],
  // Styles and each element's examples (stories, tests and pages read them; no app does).
  exclude: ['src/**/*.styles.ts', 'src/**/*.examples.ts'],
  litelement: true,
  plugins: [
    {
      name: 'shipped-package',
      packageLinkPhase({ customElementsManifest: manifest }) {
        const program = ts.createProgram(
          [...SHIPPED.keys()],
          ts.parseJsonConfigFileContent(ts.readConfigFile('tsconfig.json', ts.sys.readFile).config, ts.sys, '.').options,
        );
        const checker = program.getTypeChecker();
        const sourceOf = (path) => program.getSourceFile(resolvePath(path));
        const relative = (file) => file.fileName.slice(resolvePath('.').length + 1);

        /** Which shipped entry exports a named type, for a type's `references`. */
        const typeHome = new Map();
        for (const source of SHIPPED.keys()) {
          const file = sourceOf(source) ?? program.getSourceFile(resolvePath(source));
          const moduleSymbol = file && checker.getSymbolAtLocation(file);
          if (!moduleSymbol) continue;
          for (const exported of checker.getExportsOfModule(moduleSymbol)) {
            const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
            if (!typeHome.has(target)) typeHome.set(target, { name: exported.name, module: SHIPPED.get(source) });
          }
        }

        /**
         * A type as text a consumer can use, from the type as written where there is one:
         * an alias of string literals is written out (`Region` is `'us' | 'ca' | …`), a named
         * type that a shipped entry exports keeps its name and is noted in `references`, an
         * interface the package does not export is written out, and a type the package
         * neither exports nor can write out is an error (no consumer could name it).
         */
        function nodeText(node, references) {
          if (ts.isParenthesizedTypeNode(node)) return `(${nodeText(node.type, references)})`;
          if (ts.isUnionTypeNode(node)) return node.types.map((t) => nodeText(t, references)).join(' | ');
          if (ts.isArrayTypeNode(node)) {
            const element = nodeText(node.elementType, references);
            return /[ |]/.test(element) ? `(${element})[]` : `${element}[]`;
          }
          if (ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal)) return `'${node.literal.text}'`;
          if (ts.isTypeReferenceNode(node)) {
            let symbol = checker.getSymbolAtLocation(node.typeName);
            if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
            const type = checker.getTypeFromTypeNode(node);
            if (isLiterals(type)) return typeText(type, references);
            const home = symbol && typeHome.get(symbol);
            const args = node.typeArguments ? `<${node.typeArguments.map((t) => nodeText(t, references)).join(', ')}>` : '';
            if (home) {
              references.push({ name: home.name, module: home.module });
              return home.name + args;
            }
            const name = node.typeName.getText();
            if (isGlobalName(name)) return name + args;
            if (symbol && symbol.flags & ts.SymbolFlags.Interface) return objectText(type, references);
            const declared = symbol?.declarations?.[0];
            if (declared && ts.isTypeAliasDeclaration(declared) && !declared.typeParameters) return nodeText(declared.type, references);
            throw new Error(`custom-elements.json: the type ${name} is exported by no entry in package.json, so no consumer could name it`);
          }
          if (ts.isTypeLiteralNode(node)) return objectText(checker.getTypeFromTypeNode(node), references);
          return node.getText();
        }

        /** Unions of string literals (and `undefined`/`null`), and single literals. */
        const isLiterals = (type) =>
          (type.isUnion() ? type.types : [type]).every((t) => t.flags & (ts.TypeFlags.StringLiteral | ts.TypeFlags.Undefined | ts.TypeFlags.Null)) &&
          (type.isUnion() || type.isStringLiteral());

        /** An object type written out, each property as declared. */
        function objectText(type, references) {
          const props = checker.getPropertiesOfType(type).map((p) => {
            const declaration = p.valueDeclaration;
            const optional = p.flags & ts.SymbolFlags.Optional ? '?' : '';
            const text = declaration?.type ? nodeText(declaration.type, references) : typeText(checker.getTypeOfSymbol(p), references);
            return `${p.name}${optional}: ${text}`;
          });
          return `{ ${props.join('; ')} }`;
        }

        /** A type with nothing written to go by (inferred): primitives and literal unions. */
        function typeText(type, references) {
          if (type.isUnion()) {
            let parts = type.types;
            const texts = [];
            if (parts.filter((t) => t.flags & ts.TypeFlags.BooleanLiteral).length === 2) {
              parts = parts.filter((t) => !(t.flags & ts.TypeFlags.BooleanLiteral));
              texts.push('boolean');
            }
            const nullish = parts.filter((t) => t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null));
            texts.push(...parts.filter((t) => !nullish.includes(t)).map((t) => typeText(t, references)));
            texts.push(...nullish.map((t) => checker.typeToString(t)));
            return texts.join(' | ');
          }
          if (type.isStringLiteral()) return `'${type.value}'`;
          if (type.flags & (ts.TypeFlags.Intrinsic | ts.TypeFlags.NumberLiteral | ts.TypeFlags.BooleanLiteral)) return checker.typeToString(type);
          const text = checker.typeToString(type);
          if (isGlobalName(text)) return text;
          throw new Error(`custom-elements.json: cannot write the inferred type ${text} for a consumer; declare it`);
        }

        /** `{ text, references? }` for the manifest, from a type node or else the type. */
        function manifestType(node, type, optional = false) {
          const references = [];
          let text = node ? nodeText(node, references) : typeText(type, references);
          if (optional && !/\bundefined\b/.test(text)) text += ' | undefined';
          for (const reference of references) {
            const start = text.indexOf(reference.name);
            Object.assign(reference, { start, end: start + reference.name.length });
          }
          return references.length ? { text, references } : { text };
        }

        // Event types, by name, from EsEventMap: `CustomEvent<{ …detail }>`, or the type itself.
        const eventsFile = sourceOf('src/events.ts');
        const eventMap = checker.getSymbolAtLocation(eventsFile).exports.get('EsEventMap');
        const eventTypes = new Map();
        for (const property of eventMap.declarations[0].members) {
          // `SectionChangeEvent` is `CustomEvent<SectionChangeDetail>`: the alias, then its detail, written out.
          const alias = checker.getSymbolAtLocation(property.type.typeName).declarations[0];
          const written = alias.type;
          const text =
            ts.isTypeReferenceNode(written) && written.typeName.getText() === 'CustomEvent'
              ? (refs) => `CustomEvent<${objectText(checker.getTypeFromTypeNode(written.typeArguments[0]), refs)}>`
              : (refs) => nodeText(written, refs);
          const references = [];
          const result = { text: text(references) };
          for (const reference of references) {
            const start = result.text.indexOf(reference.name);
            Object.assign(reference, { start, end: start + reference.name.length });
          }
          if (references.length) result.references = references;
          eventTypes.set(property.name.text, result);
        }

        const analyzed = new Map(manifest.modules.map((module) => [module.path, module]));
        const modules = [];
        for (const source of DESCRIBED) {
          const path = SHIPPED.get(source);
          const analyzedModule = analyzed.get(source);
          if (!analyzedModule) throw new Error(`custom-elements.json: ${source} (the source of ${path}) was not analyzed`);
          const file = sourceOf(source);
          const module = { kind: 'javascript-module', path, declarations: [], exports: [] };

          // What the module exports at run time, each from where it is declared.
          for (const exported of checker.getExportsOfModule(checker.getSymbolAtLocation(file))) {
            const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
            const typeOnly = exported.declarations?.some((d) => ts.isTypeOnlyImportOrExportDeclaration?.(d));
            if (!(target.flags & ts.SymbolFlags.Value) || typeOnly) continue;
            const declaredIn = relative(target.declarations[0].getSourceFile());
            if (SHIPPED.has(declaredIn) && DESCRIBED.includes(declaredIn) && declaredIn !== source) {
              module.exports.push({ kind: 'js', name: exported.name, declaration: { name: target.name, module: SHIPPED.get(declaredIn) } });
              continue;
            }
            const declaration = analyzed.get(declaredIn)?.declarations?.find((d) => d.name === target.name);
            if (!declaration) throw new Error(`custom-elements.json: ${path} exports ${exported.name}, declared in ${declaredIn}, which the analyzer did not describe`);
            module.declarations.push(structuredClone(declaration));
            module.exports.push({ kind: 'js', name: exported.name, declaration: { name: target.name, module: path } });
          }

          for (const declaration of module.declarations) {
            if (declaration.kind !== 'class') continue;
            publicClass(declaration, file);
            if (declaration.customElement && declaration.tagName)
              module.exports.push({ kind: 'custom-element-definition', name: declaration.tagName, declaration: { name: declaration.name, module: path } });
          }
          if (!module.declarations.length) delete module.declarations;
          modules.push(module);
        }
        modules.sort((a, b) => byName(a.path, b.path));
        manifest.modules = modules;

        /** A class as its public API: resolved types, typed events, nothing internal. */
        function publicClass(declaration, file) {
          const classSymbol = checker.getSymbolAtLocation(file).exports.get(declaration.name);
          const instance = checker.getDeclaredTypeOfSymbol(classSymbol);
          declaration.members = (declaration.members ?? []).filter(
            (member) => !member.name.startsWith('#') && member.privacy !== 'private' && member.privacy !== 'protected' && !member.static,
          );
          for (const member of declaration.members) {
            // Public is the default: fields declared for `static properties` say so, and
            // decorated ones did not; the manifest reads the same either way.
            if (member.privacy === 'public') delete member.privacy;
            const property = instance.getProperty(member.name);
            if (!property) throw new Error(`${declaration.name}.${member.name}: not a property of the class`);
            const type = checker.getTypeOfSymbol(property);
            const written = property.declarations.find((d) => d.type) ?? property.valueDeclaration;
            if (member.kind === 'field') member.type = manifestType(written?.type, type, Boolean(written?.questionToken));
            else if (member.kind === 'method') {
              const [signature] = type.getCallSignatures();
              member.return = { type: manifestType(written?.type, signature.getReturnType()) };
              for (const [i, parameter] of (member.parameters ?? []).entries()) {
                const node = written?.parameters?.[i];
                parameter.type = manifestType(node?.type, checker.getTypeOfSymbol(signature.parameters[i]));
              }
            }
          }
          for (const attribute of declaration.attributes ?? []) {
            const field = attribute.fieldName && declaration.members.find((m) => m.name === attribute.fieldName);
            if (field) attribute.type = structuredClone(field.type);
          }
          for (const event of declaration.events ?? []) {
            const type = eventTypes.get(event.name);
            if (!type) throw new Error(`${declaration.tagName} fires ${event.name}, which src/events.ts's EsEventMap does not type`);
            event.type = structuredClone(type);
          }
          // Inherited from the internal base class: listed as the element's own.
          for (const list of [declaration.members, declaration.attributes, declaration.events]) {
            for (const item of list ?? []) {
              if (!item.inheritedFrom) continue;
              if (DESCRIBED.includes(item.inheritedFrom.module)) item.inheritedFrom.module = SHIPPED.get(item.inheritedFrom.module);
              else delete item.inheritedFrom;
            }
          }
          if (declaration.superclass?.module) declaration.superclass = { name: 'LitElement', package: 'lit' };
        }
      },
    },
  ],
};
