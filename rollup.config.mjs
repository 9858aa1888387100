import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minify as esbuildMinify } from 'rollup-plugin-esbuild';

/**
 * Two builds from one source:
 * - dist/*.js: the npm entries (one per element, plus the whole set and the content),
 *   with `lit` and `@lit/context` left as dependencies so apps share one copy.
 * - dist/cdn/emotional-safety.js: the script-tag file, one self-contained minified ES
 *   module with Lit and all built-in content inside that registers every element.
 */
export const ELEMENTS = ['practice', 'safety-compare', 'reflection-card', 'article-reader', 'contact-cta', 'support-resources', 'quick-exit'];

// ES_BUILD_DIR builds elsewhere (e.g. to measure a change without touching a shared dist/).
const OUT = process.env.ES_BUILD_DIR ?? 'dist';

const input = {
  index: 'src/index.ts',
  content: 'src/content/index.ts',
  ...Object.fromEntries(ELEMENTS.map((name) => [name, `src/elements/${name}/${name}.ts`])),
  // `emotional-safety-elements/react`: @lit/react wrappers; imports the element entries above.
  react: 'src/frameworks/react.ts',
};

const ts = () =>
  typescript({
    tsconfig: './tsconfig.json',
    include: ['src/**/*.ts'],
    declaration: false,
    declarationMap: false,
    sourceMap: false,
    outDir: undefined,
    noEmitOnError: true,
  });

const terserOptions = {
  ecma: 2022,
  module: true,
  compress: { passes: 2 },
  format: { comments: false },
};

export default [
  {
    input,
    external: (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/') || id === 'react',
    plugins: [ts(), resolve(), minifyHTML(), terser(terserOptions)],
    output: {
      dir: OUT,
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      // No manual chunks: rollup splits what the entries share by which entries import it,
      // so an app that imports one element (and a bundler, which ships every chunk it
      // reaches) gets that element's code, messages and built-in content and no other's.
      // bench/consumer-size.mjs measures it.
    },
  },
  {
    input: { 'emotional-safety': 'src/cdn.ts' },
    // Keep the shared code inside emotional-safety.js itself rather than behind a facade.
    preserveEntrySignatures: 'allow-extension',
    // esbuild minifies first, terser last: esbuild's names and syntax give terser less to
    // say and brotli more to repeat (about 340 B brotli less than terser alone; see
    // bench/size.mjs for the figures a browser receives).
    plugins: [
      ts(),
      resolve({ exportConditions: ['production'] }),
      minifyHTML(),
      esbuildMinify({ target: 'es2022', format: 'esm' }),
      terser(terserOptions),
    ],
    // One file, always: the articles, the Spanish interface and the validator are imported
    // on demand in the npm build, but here they are inlined (a CMS upload is one file, and a
    // dated or renamed upload folder has nothing beside it to fetch).
    output: {
      dir: `${OUT}/cdn`,
      format: 'es',
      entryFileNames: '[name].js',
      inlineDynamicImports: true,
    },
  },
];
