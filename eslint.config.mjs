import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import wc from 'eslint-plugin-wc';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'node_modules/', 'custom-elements.json', 'bench/.tmp/', 'wordpress/.tmp/', 'wordpress/node_modules/', 'test/consumers/node_modules/', 'test/consumers/next/.next/', 'test/consumers/next/next-env.d.ts', 'src/frameworks/react-jsx.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  wc.configs['flat/recommended'],
  lit.configs['flat/recommended'],
  litA11y.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Content is always rendered as text: no HTML sinks anywhere in the package.
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'Render content as text with Lit templates.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Render content as text with Lit templates.' },
      ],
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Tests build hostile pages on purpose.
      'no-restricted-syntax': 'off',
    },
  },
  {
    // Scripts that run in a page: the snippet builder, the e2e pages' own scripts, and the
    // WordPress block editor's script (which gets WordPress's `wp` global).
    files: ['builder/**/*.js', 'test/e2e/pages/**/*.js', 'wordpress/plugin/assets/**/*.js'],
    languageOptions: { globals: { ...globals.browser, wp: 'readonly' } },
  },
  {
    files: ['**/*.mjs', '.storybook/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
