// ESLint (flat config): typescript-eslint's recommended rules, React hooks, and the
// architecture's one hard line — nothing under src/domain imports Office, exceljs, React,
// the DOM or an adapter. Formatting belongs to Prettier (eslint-config-prettier turns off
// every stylistic rule that would disagree with it).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const DOMAIN_FORBIDDEN_MODULES = [
  { group: ['exceljs', 'exceljs/*'], message: 'src/domain is pure: exceljs belongs to src/adapters/exceljs.' },
  {
    group: ['react', 'react/*', 'react-dom', 'react-dom/*'],
    message: 'src/domain is pure: React belongs to src/taskpane.',
  },
  { group: ['@fluentui/*'], message: 'src/domain is pure: Fluent UI belongs to src/taskpane.' },
  {
    group: ['@microsoft/office-js', 'office-js', '@types/office-js'],
    message: 'src/domain is pure: Office.js belongs to src/adapters/office.',
  },
  {
    group: ['node:*', 'fs', 'path', 'os', 'child_process', 'zlib', 'crypto'],
    message: 'src/domain runs in every host: no Node built-ins.',
  },
  {
    group: ['**/adapters/**', '**/taskpane/**', '**/commands/**', '**/cli/**', '**/playground/**', '**/app/**'],
    message: 'src/domain depends on nothing outside it (ports and adapters: adapters depend on the domain).',
  },
];

const DOMAIN_FORBIDDEN_GLOBALS = [
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'navigator',
  'Office',
  'Excel',
  'OfficeExtension',
  'HTMLElement',
  'fetch',
  'process',
  'require',
].map((name) => ({
  name,
  message: 'src/domain is pure TypeScript: no DOM, no Office, no Node globals.',
}));

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'dist-cli/**',
      'dist-bench/**',
      'coverage/**',
      'test-artifacts/**',
      'assets/**',
      '**/*.min.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-constant-condition': ['error', { checkLoops: false }],
      eqeqeq: ['error', 'smart'],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-require-imports': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    // The boundary: the domain reads like the spec and runs anywhere.
    files: ['src/domain/**/*.{ts,tsx}'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: DOMAIN_FORBIDDEN_MODULES }],
      'no-restricted-globals': ['error', ...DOMAIN_FORBIDDEN_GLOBALS],
    },
  },
  {
    // Fluent's AccordionPanel passes inert={true}, which React 18 rejects with a warning on
    // every load (and leaves a collapsing panel reachable by Tab): use our wrapper.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/domain/**', 'src/taskpane/components/AccordionPanel/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@fluentui/react-components',
              importNames: ['AccordionPanel'],
              message: 'Use AccordionPanel from src/taskpane/components/AccordionPanel (inert under React 18).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.{ts,tsx}', '**/*.test.{ts,tsx}', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  prettier,
);
