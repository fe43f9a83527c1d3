// `npm run lint`: the import boundaries of DESIGN.md's layout, plus typescript-eslint's recommended
// rules where the code already passes them. No type information (no parserOptions.project): it stays fast.
import { fileURLToPath } from 'node:url';
import { defineConfig, globalIgnores } from 'eslint/config';
import boundaries from 'eslint-plugin-boundaries';
import typescriptEslint from 'typescript-eslint';

const repositoryRoot = fileURLToPath(new URL('.', import.meta.url));

// Every file belongs to one layer: its top-level folder. `partialMatch: false` matches the pattern
// from the repository root, so tests/core/ is a test and not core/.
const layers = [
  'core', 'config', 'db', 'fixtures', 'skills', 'reporters', 'watch', 'dashboard', 'cli', 'demo-store',
  'tests', 'bench', 'scripts', 'examples', 'docs', 'bin',
].map((folder) => ({ type: folder, pattern: folder, partialMatch: false }));

// Two kinds of file a lower or sideways layer may reach into without seeing the rest of their folder.
const singleFiles = [
  // The read-only query module workers use for baselines: the one piece of db/ fixtures and skills see.
  { category: 'baseline-reads', pattern: 'db/baseline-reads.ts' },
  // A skill's or fixture's finding-code catalogue, which the reporter reads (never a test file):
  // skills/headless-probe/finding-codes.ts, fixtures/storefront-finding-codes.ts.
  { category: 'finding-codes', pattern: ['skills/**/*finding-codes.ts', 'fixtures/**/*finding-codes.ts'] },
];

const workerSide = ['fixtures', 'skills'];
const productLayers = ['core', 'config', 'db', ...workerSide, 'reporters', 'watch', 'dashboard', 'cli'];
const tooling = ['tests', 'bench', 'scripts', 'examples', 'docs', 'bin'];

/** Files of the `from` layers may import files of the `to` layers, and the single files described after them. */
function mayImport(fromTypes, toTypes, ...toFiles) {
  return { from: { element: { type: fromTypes } }, allow: { to: [{ element: { type: toTypes } }, ...toFiles] } };
}

export default defineConfig([
  globalIgnores([
    'reports/',
    'test-results/',
    'playwright-report/',
    'blob-report/',
    '.scratch/',
    '.work/',
    // Scripts the demo store serves to the browser as theme assets: copies of theme code, not ours to restyle.
    'demo-store/themes/*/assets/',
    'demo-store/assets/',
  ]),
  {
    files: ['**/*.{ts,mts,cts,js,mjs,cjs}'],
    extends: [typescriptEslint.configs.recommended],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      // The code marks what it drops on purpose with a leading underscore (`const { $schema: _ignored, ...rest }`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Off: `base.extend<{}, WorkerFixtures>()` is Playwright's own idiom for "no test-scoped fixtures".
      '@typescript-eslint/no-empty-object-type': 'off',
    },
  },
  {
    // Off in tests only: fake servers type third-party payloads (Discord embeds) loosely on purpose.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.{ts,mts,cts,js,mjs,cjs}'],
    plugins: { boundaries },
    settings: {
      'boundaries/root-path': repositoryRoot,
      'boundaries/elements': layers,
      'boundaries/files': singleFiles,
      // Relative imports are written without extensions, or with `.js` for a `.ts` file (demo-store/).
      'import/resolver': { typescript: { project: `${repositoryRoot}tsconfig.json` } },
    },
    rules: {
      // A file outside every layer would escape the rule below: a new top-level folder needs a line above.
      'boundaries/no-unknown-files': 'error',
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          // Also check packages and node: modules, so core/ can be held to zod alone.
          checkAllOrigins: true,
          checkUnknownLocals: true,
          message:
            "{{from.element.type}}/ may not import '{{dependency.source}}'{{#if to.element.type}} ({{to.element.type}}/){{/if}}: " +
            'imports point one way, down the layers listed in eslint.config.js (DESIGN.md, Layout).',
          policies: [
            // Packages: core/ imports only zod; every other file any package or node: module.
            { from: { element: { type: 'core' } }, allow: { to: { module: { origin: 'external', source: 'zod' } } } },
            { from: { element: { type: '!core' } }, allow: { to: { module: { origin: ['external', 'core'] } } } },

            // Our own files, lowest layer first. Imports within a layer's own folder are not checked, and
            // the root's config files (outside every layer) are not checked as importers.
            mayImport('config', ['core']),
            mayImport('db', ['core', 'config']),
            mayImport(workerSide, ['core', 'config', ...workerSide], {
              element: { type: 'db' },
              file: { categories: 'baseline-reads' },
            }),
            mayImport('reporters', ['core', 'config', 'db'], {
              element: { type: workerSide },
              file: { categories: 'finding-codes' },
            }),
            mayImport(['watch', 'dashboard'], ['core', 'config', 'db', ...workerSide, 'reporters', 'watch', 'dashboard']),
            // cli/ on top wires everything, but never the tests and never the separate demo-store program.
            mayImport('cli', [...productLayers, 'bench', 'scripts', 'examples', 'docs', 'bin']),
            // demo-store/ is a separate program: only its own files and the shared core.
            mayImport('demo-store', ['core']),
            // Tests, benchmarks, scripts, examples and docs may import anything, root config files included.
            mayImport(tooling, [...productLayers, 'demo-store', ...tooling], { element: { isUnknown: true } }),
          ],
        },
      ],
    },
  },
  {
    // The root's config files (playwright.config.ts, this file) sit above every layer and wire them.
    files: ['*.{ts,mts,cts,js,mjs,cjs}'],
    rules: { 'boundaries/no-unknown-files': 'off' },
  },
]);
