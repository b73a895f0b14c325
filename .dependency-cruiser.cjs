/**
 * The direction data flows in, enforced (`npm run lint`):
 *   content → src/schemas → src/lib → src/views → src/pages, src/layouts → src/components
 * with src/integrations (Astro hooks), src/render (Node-side rendering) and src/client (browser
 * code) beside it. ARCHITECTURE.md explains each room. dependency-cruiser cannot read .astro files;
 * the rule that components receive props is an ESLint rule (eslint.config.js).
 */
const rooms = (...names) => `^src/(${names.join('|')})/`;

/** A rule forbidding imports from `from` to `to`, with the reason a newcomer reads when it fails. */
const forbid = (name, comment, from, to) => ({ name, comment, severity: 'error', from, to });

module.exports = {
  forbidden: [
    forbid(
      'no-cycles',
      'A cycle means two modules cannot be understood or tested apart.',
      {},
      { circular: true },
    ),
    forbid(
      'schemas-stand-first',
      'Schemas describe content; of our code they use only the date grammar they validate with and the site settings.',
      { path: '^src/schemas/' },
      { path: '^src/', pathNot: ['^src/schemas/', '^src/lib/dates/', '^src/site\\.config\\.ts$'] },
    ),
    forbid(
      'lib-is-pure',
      'src/lib is pure logic: schemas and its own modules, never views, pages, components, hooks or Astro virtual modules.',
      { path: '^src/lib/' },
      {
        path: [
          rooms('views', 'pages', 'components', 'layouts', 'integrations', 'render', 'client'),
          '^astro:',
          '^virtual:',
        ],
      },
    ),
    forbid(
      'lib-has-no-file-system',
      'src/lib receives text and data as arguments; integrations, views and scripts read files.',
      { path: '^src/lib/' },
      { path: '^(node:)?(fs|fs/promises|child_process)$', dependencyTypes: ['core'] },
    ),
    forbid(
      'views-serve-pages',
      'The archive API (src/views) is read by pages and layouts; it never reaches back into them or into build hooks.',
      { path: '^src/views/' },
      { path: rooms('pages', 'components', 'layouts', 'client', 'integrations') },
    ),
    forbid(
      'integrations-call-into-lib',
      'Build hooks use lib, schemas, render and settings; pages and views are not theirs to call.',
      { path: '^src/integrations/' },
      { path: rooms('views', 'pages', 'components', 'layouts', 'client') },
    ),
    forbid(
      'render-below-views',
      'Node-side rendering turns models into bytes; it does not load the archive or call hooks.',
      { path: '^src/render/' },
      { path: rooms('views', 'pages', 'components', 'layouts', 'client', 'integrations') },
    ),
    forbid(
      'client-stays-in-the-browser',
      'Browser code may use pure lib modules (and types from anywhere), never Node-side code.',
      { path: '^src/client/' },
      // A type is erased before the browser sees it.
      {
        path: rooms('views', 'pages', 'components', 'layouts', 'integrations', 'render', 'schemas'),
        dependencyTypesNot: ['type-only'],
      },
    ),
    forbid(
      'product-without-tools',
      'The site never imports test helpers or command-line tools; the tools never import test helpers.',
      { path: '^(src|scripts)/' },
      { path: '^tests/' },
    ),
    forbid(
      'src-without-scripts',
      'The site never imports command-line tools.',
      { path: '^src/' },
      { path: '^scripts/' },
    ),
    forbid(
      'no-orphans',
      'A module nothing imports is dead. Entry points (pages, browser scripts, configs, tools) are exempt.',
      {
        orphan: true,
        pathNot: [
          '^src/(pages|client)/',
          '^src/content\\.config\\.ts$',
          '^src/lib/cms/admin\\.ts$',
          '\\.astro$',
          '\\.d\\.ts$',
          '\\.(c|m)?js$',
          '^(scripts|tests)/',
          '^[^/]+$',
        ],
      },
      {},
    ),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^dist/', '^\\.astro/', '^node_modules/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    extraExtensionsToScan: ['.astro'],
  },
};
