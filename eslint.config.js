import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.cache/**', 'coverage/**', 'build/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
    rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }] },
  },
  {
    files: ['src/engine/**/*.ts', 'src/policy/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@actions/*', 'axios', 'node:fs', 'fs', 'node:http', 'node:https', 'node:child_process'] }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/github/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['@actions/*'] }] },
  },
);
