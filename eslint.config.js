// Lint rules: the recommended sets, plus the few that guard money and the core's independence.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'dist/', 'coverage/', '.bench/', '.scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests read loosely typed JSON answers.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The domain core knows nothing of HTTP or of which database.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['fastify', 'fastify/*', '@fastify/*'], message: 'The core does not know HTTP.' },
            { group: ['kysely', 'better-sqlite3', 'pg', 'ioredis'], message: 'The core does not know the database.' },
            { group: ['**/http/**', '**/storage/**'], message: 'The core does not import outer layers.' },
          ],
        },
      ],
    },
  },
);
