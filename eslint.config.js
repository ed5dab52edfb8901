// Lint: TypeScript and React hooks rules, and the architecture's layers (docs/ARCHITECTURE.md) as
// import boundaries: src/core imports nothing of ours; src/scene and src/ui never import each other;
// app code never imports src/anatomy.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';

/** Each layer and what it may import (besides itself). */
const LAYERS = {
  core: [],
  anatomy: ['core'],
  state: ['core'],
  scene: ['core', 'state'],
  ui: ['core', 'state'],
  embed: ['core', 'state'],
  testing: ['core', 'state'],
  app: ['core', 'state', 'scene', 'ui', 'embed', 'testing', 'styles', 'asset'],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'shots/**', '.cache/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
      'boundaries/include': ['src/**/*', 'assets/**/*', 'data/**/*'],
      'boundaries/elements': [
        { type: 'core', pattern: 'src/core/**', partialMatch: false },
        { type: 'anatomy', pattern: 'src/anatomy/**', partialMatch: false },
        { type: 'state', pattern: 'src/state/**', partialMatch: false },
        { type: 'scene', pattern: 'src/scene/**', partialMatch: false },
        { type: 'ui', pattern: 'src/ui/**', partialMatch: false },
        { type: 'embed', pattern: 'src/embed/**', partialMatch: false },
        { type: 'testing', pattern: 'src/testing/**', partialMatch: false },
        { type: 'app', pattern: 'src', partialMatch: false },
        { type: 'styles', pattern: 'src/styles/**', partialMatch: false },
        { type: 'asset', pattern: '{assets,data}/**', partialMatch: false },
      ],
    },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: Object.entries(LAYERS).map(([from, allow]) => ({
            from: { element: { type: from } },
            allow: { to: { element: { types: { anyOf: [from, ...allow] } } } },
          })),
        },
      ],
      'boundaries/no-unknown-dependencies': 'error',
    },
  },
  {
    // Vite's `?url` asset imports do not resolve for the linter; this file only names the shipped assets.
    files: ['src/config.ts'],
    rules: { 'boundaries/no-unknown-dependencies': 'off' },
  },
);
