// Lint: typescript-eslint's recommended rules, plus the one-way data flow of src/ (STYLE.md):
// extract never imports graph/api, graph never imports api.
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './src/extract', from: ['./src/graph', './src/api', './src/ingest', './src/cli'] },
            { target: './src/domain', from: ['./src/extract', './src/graph', './src/api', './src/ingest', './src/cli'] },
            { target: './src/graph', from: ['./src/api', './src/ingest', './src/cli'] },
            { target: './src/api', from: ['./src/cli'] },
          ],
        },
      ],
    },
  },
);
