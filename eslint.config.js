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
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Components receive data as props; only pages and layouts load the archive. Module-level rules
    // for .ts files are in .dependency-cruiser.cjs, which cannot read .astro files.
    files: ['src/components/**/*.astro'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'astro:content',
              importNames: ['getCollection', 'getEntry', 'getEntries'],
              message: '组件通过 props 接收数据，由页面或布局读取内容。',
            },
          ],
          patterns: [
            {
              regex: '/views/archive\\.ts$',
              importNames: ['getArchive'],
              message: '组件通过 props 接收数据，由页面或布局调用 getArchive()。',
            },
            { regex: '/(integrations|pages)/', message: '组件不依赖构建钩子或页面。' },
          ],
        },
      ],
    },
  },
);
