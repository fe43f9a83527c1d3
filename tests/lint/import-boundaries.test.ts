// The import-boundaries rule of `npm run lint`: it reports an import that points the wrong way and
// lets a right-way import pass. Code is linted as a string under a made-up path, so no file is written.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { ESLint } from 'eslint';
import { repositoryRoot } from '../helpers/paths';

const boundariesRule = 'boundaries/dependencies';

// Uses the repository's own eslint.config.js, exactly as `npm run lint` does.
const eslint = new ESLint({ cwd: repositoryRoot });

/** What the boundaries rule says about `code` if it lived at `filePath` (relative to the repository root). */
async function boundaryMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((message) => message.ruleId === boundariesRule).map((message) => message.message);
}

/** An import specifier, from a file one folder deep, of a real module in `folder` (whatever it is called today). */
function someModuleIn(folder: string): string {
  const fileName = readdirSync(resolve(repositoryRoot, folder)).filter((name) => /\.ts$/.test(name) && !name.endsWith('.d.ts')).sort()[0];
  if (!fileName) throw new Error(`no .ts file in ${folder}/ to import in this test`);
  return `../${folder}/${fileName.replace(/\.ts$/, '')}`;
}

test('db/ importing reporters/ is reported, naming both layers', async () => {
  const messages = await boundaryMessages('db/example.ts', `import { something } from '${someModuleIn('reporters')}';\nvoid something;\n`);
  expect(messages).toHaveLength(1);
  // "(reporters/)" shows the import was resolved and classified, not merely unresolvable.
  expect(messages[0]).toMatch(/^db\/ may not import '\.\.\/reporters\/[^']+' \(reporters\/\)/);
});

test('db/ importing config/ passes', async () => {
  expect(await boundaryMessages('db/example.ts', `import { something } from '${someModuleIn('config')}';\nvoid something;\n`)).toEqual([]);
});

test('fixtures/ importing reporters/ is reported; type-only imports and re-exports count too', async () => {
  const reporterModule = someModuleIn('reporters');
  for (const code of [
    `import { something } from '${reporterModule}';\nvoid something;\n`,
    `import type { Something } from '${reporterModule}';\nexport type Alias = Something;\n`,
    `export { something } from '${reporterModule}';\n`,
  ]) {
    expect(await boundaryMessages('fixtures/example.ts', code), code).toEqual([expect.stringContaining('(reporters/)')]);
  }
});

test('core/ may import zod and nothing else from outside core/', async () => {
  expect(await boundaryMessages('core/example.ts', `import { z } from 'zod';\nexport const name = z.string();\n`)).toEqual([]);
  expect(await boundaryMessages('core/example.ts', `import { readFileSync } from 'node:fs';\nvoid readFileSync;\n`)).toEqual([
    expect.stringContaining("core/ may not import 'node:fs'"),
  ]);
  expect(await boundaryMessages('core/example.ts', `import { something } from '${someModuleIn('config')}';\nvoid something;\n`)).toEqual([
    expect.stringContaining('(config/)'),
  ]);
});

test('the demo store and the product never import each other; tests may import both', async () => {
  const demoStoreModule = someModuleIn('demo-store');
  expect(await boundaryMessages('cli/example.ts', `import { something } from '${demoStoreModule}';\nvoid something;\n`)).toEqual([
    expect.stringContaining('(demo-store/)'),
  ]);
  expect(await boundaryMessages('demo-store/example.ts', `import { something } from '${someModuleIn('config')}';\nvoid something;\n`)).toEqual([
    expect.stringContaining('(config/)'),
  ]);
  expect(await boundaryMessages('tests/example.test.ts', `import { something } from '${demoStoreModule}';\nvoid something;\n`)).toEqual([]);
});
