// ESLint for the TypeScript of the server, the workers, the bench and the tests (the UI under web/ui is checked by
// vue-tsc). Type-aware: what matters most here is that no promise is left floating or handed to a callback that
// ignores it (an engine call or a transaction that fails unseen), so those two rules are named even though the
// recommended set has them.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'engine/**', 'web/ui/**', '.tmp/**', 'artifacts/**', 'coverage/**'] },
  {
    files: ['**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // `_name` marks what is left out on purpose (a field dropped by destructuring, a handler's unused argument).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      // An async function without await still keeps a Promise-returning interface (a sender, a form's apply).
      '@typescript-eslint/require-await': 'off',
      // Values are narrowed by typeof/instanceof before String(v); the rule does not follow that for `unknown`.
      '@typescript-eslint/no-base-to-string': 'off',
      // The forms quote the seed's ideographic spaces (U+3000) in their texts.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipComments: true }],
    },
  },
  {
    // The scripts that start, test, bench and break the system: plain ES modules for Node.
    files: ['**/*.mjs', '**/*.js'],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.node },
    rules: { 'no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }] },
  },
  {
    // Tests read answers as JSON: `any` is the point there, and an assertion fails on a wrong shape anyway.
    files: ['test/**/*.ts', '**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
