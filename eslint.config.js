import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly' } },
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Processes start only through src/tools/exec.ts, with an argv array.
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'node:child_process', message: 'Start processes through src/tools/exec.ts.' }] },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/runner/**', 'src/actions/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'node:child_process', message: 'Start processes through src/tools/exec.ts.' },
            { name: '@actions/core', message: 'Only src/runner and src/actions talk to the runner.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/tools/exec.ts', 'test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
