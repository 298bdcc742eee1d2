// ESLint flat config: typescript-eslint's recommended type-aware rules over src/ and test/.
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/, lowest first, and what each may import (ARCHITECTURE.md). A layer may
 * import itself and the layers listed for it; anything else is an error.
 */
const LAYERS = {
  core: [],
  model: ['core'],
  inputs: ['core', 'model'],
  sources: ['core', 'model', 'inputs'],
  policy: ['core', 'model', 'inputs'],
  live: ['core', 'model', 'inputs', 'sources'],
  config: ['core', 'model', 'inputs', 'policy'],
  suppress: ['core', 'model', 'policy', 'config'],
  pipeline: ['core', 'model', 'inputs', 'sources', 'policy', 'live', 'config', 'suppress', 'lint-result'],
  rules: ['core', 'model', 'inputs', 'sources', 'policy', 'live', 'suppress', 'pipeline'],
  lint: ['core', 'model', 'inputs', 'sources', 'policy', 'live', 'config', 'suppress', 'pipeline', 'rules', 'lint-result'],
  reporters: ['core', 'inputs', 'policy', 'rules', 'lint-result'],
  baseline: ['core', 'inputs', 'reporters', 'lint-result'],
  cli: ['core', 'model', 'inputs', 'policy', 'config', 'suppress', 'pipeline', 'rules', 'lint', 'lint-result', 'reporters', 'baseline'],
  action: ['core', 'inputs', 'rules', 'lint-result', 'reporters', 'cli'],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bench/out/**', 'test/**/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // The dependency rule: src/ layers import only downwards (LAYERS above).
    files: ['src/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts'] } },
      'boundaries/include': ['src/**/*.ts'],
      'boundaries/elements': [
        ...Object.keys(LAYERS).map((type) => ({ type, pattern: `src/${type}`, partialMatch: false })),
        // The result type: what reporters read, without the pipeline behind it.
        { type: 'lint-result', pattern: 'src/result', partialMatch: false },
      ],
    },
    rules: {
      'boundaries/no-unknown-files': 'error',
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: [
            ...Object.entries(LAYERS).map(([from, to]) => ({ from: { element: { type: from } }, allow: { to: { element: { types: { anyOf: [from, ...to] } } } } })),
            { from: { element: { type: 'lint-result' } }, allow: { to: { element: { types: { anyOf: ['core', 'model', 'inputs', 'policy', 'suppress'] } } } } },
          ],
        },
      ],
    },
  },
  {
    // Temporary directories of tests are removed after each test: only the helper makes them.
    files: ['test/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': ['error', { selector: "CallExpression[callee.property.name='mkdtempSync']", message: 'use tmpDir() or tmpTree() from test/helpers/tmp-tree.ts: they are removed after each test' }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
