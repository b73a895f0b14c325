/**
 * The direction data flows in, enforced (`npm run lint`):
 *   content → src/schemas → src/lib → src/views → src/pages, src/layouts, src/components
 * with src/integrations (Astro hooks), src/render (Node-side rendering) and src/client (browser
 * code) beside it. ARCHITECTURE.md explains each room; a rule here names the room it guards.
 */
const room = (path) => `^src/${path}`;

module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'A cycle means two modules cannot be understood or tested apart.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'schemas-stand-first',
      comment:
        'Schemas describe content and depend on nothing of ours but the date grammar they validate with and the settings.',
      severity: 'error',
      from: { path: room('schemas/') },
      to: { path: '^src/', pathNot: [room('schemas/'), room('lib/dates/'), room('site\\.config\\.ts$')] },
    },
    {
      name: 'lib-is-pure',
      comment:
        'src/lib is pure logic: it reads schemas and its own modules, never views, pages, components, integrations or Astro virtual modules.',
      severity: 'error',
      from: { path: room('lib/') },
      to: {
        path: [room('(views|pages|components|layouts|integrations|render|client)/'), '^astro:', '^virtual:'],
      },
    },
    {
      name: 'lib-has-no-file-system',
      comment:
        'src/lib receives text and data as arguments; reading files is the job of integrations, views and scripts.',
      severity: 'error',
      from: { path: room('lib/') },
      to: { path: '^(node:)?(fs|fs/promises|child_process)$', dependencyTypes: ['core'] },
    },
    {
      name: 'views-serve-pages',
      comment: 'The archive API (src/views) is read by pages and layouts; it never reaches back into them.',
      severity: 'error',
      from: { path: room('views/') },
      to: { path: room('(pages|components|layouts|client|integrations)/') },
    },
    {
      name: 'components-receive-props',
      comment: 'Components receive data as props; only pages and layouts load the archive.',
      severity: 'error',
      from: { path: room('components/') },
      to: { path: [room('views/archive\\.ts$'), '^astro:content$'] },
    },
    {
      name: 'integrations-call-into-lib',
      comment: 'Build hooks use lib, schemas, render and settings; pages and views are not theirs to call.',
      severity: 'error',
      from: { path: room('integrations/') },
      to: { path: room('(views|pages|components|layouts|client)/') },
    },
    {
      name: 'render-below-views',
      comment:
        'Node-side rendering (share images, Markdown) turns models into bytes; it does not load the archive.',
      severity: 'error',
      from: { path: room('render/') },
      to: { path: room('(views|pages|components|layouts|client|integrations)/') },
    },
    {
      name: 'client-stays-in-the-browser',
      comment: 'Browser code may use pure lib modules, never Node-side rooms.',
      severity: 'error',
      from: { path: room('client/') },
      to: { path: room('(views|pages|components|layouts|integrations|render|schemas)/') },
    },
    {
      name: 'src-does-not-use-tests-or-scripts',
      comment: 'The product never imports test helpers or command-line tools.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(tests|scripts)/' },
    },
    {
      name: 'scripts-do-not-use-tests',
      comment: 'Command-line tools (the benchmark included) do not depend on test helpers.',
      severity: 'error',
      from: { path: '^scripts/' },
      to: { path: '^tests/' },
    },
    {
      name: 'no-orphans',
      comment: 'A module nothing imports is dead (knip reports the details).',
      severity: 'error',
      from: {
        orphan: true,
        pathNot: [
          '^src/client/',
          '\\.astro$',
          '\\.d\\.ts$',
          '^(scripts|tests)/',
          '^src/(pages|content\\.config\\.ts$)',
          '^src/lib/cms/admin\\.ts$',
          '\\.(c|m)?js$',
          '^[^/]+$',
        ],
      },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^dist/', '^\\.astro/', '^node_modules/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    extraExtensionsToScan: ['.astro'],
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
