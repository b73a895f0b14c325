// @ts-check
import { defineConfig } from 'eslint/config';
import eslintPluginAstro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', '.scratch/', 'src/lib/dates/eras.json'] },
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Template literals with numbers are the normal way to build Chinese display strings (第3册).
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // Content data arrives as `unknown` from YAML; narrowing casts are deliberate and commented.
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
    },
  },
  ...eslintPluginAstro.configs.recommended,
  {
    files: ['**/*.astro'],
    // Astro files are type-checked by `astro check`; the typed rules cannot see their types.
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
