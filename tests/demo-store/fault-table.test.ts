// The fault registry is the one list: demo-store/README.md's fault table must name exactly its faults,
// in its order, with the verdict each module declares, and each module must point at files that exist.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { provenIn } from '../../demo-store/faults/demo-fault';
import { DEMO_FAULTS, FAULT_NAMES, parseFaultNames } from '../../demo-store/faults/fault-registry';

const demoStoreFolder = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'demo-store');

/** Rows of the table under "## Faults": fault name and the Verdict cell, as written. */
function readmeFaultRows(): Array<{ name: string; verdict: string }> {
  const readme = readFileSync(join(demoStoreFolder, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Faults'), readme.indexOf('\n## ', readme.indexOf('## Faults') + 1));
  const header = section.split('\n').find((line) => line.startsWith('| Fault |')) ?? '';
  const verdictColumn = header.split(' | ').findIndex((cell) => cell.trim() === 'Verdict');
  return section
    .split('\n')
    .filter((line) => /^\| `\w+` \|/.test(line))
    .map((line) => {
      const cells = line.split(' | ');
      return { name: /`(\w+)`/.exec(cells[0] ?? '')?.[1] ?? '', verdict: (cells[verdictColumn] ?? '').trim() };
    });
}

test('the README fault table lists exactly the registry faults, in order, with their verdicts', () => {
  const expected = DEMO_FAULTS.map((fault) => ({
    name: fault.name,
    verdict: `${fault.verdict.status} \`${fault.verdict.code}\`${fault.verdict.perTheme ? ' (per theme)' : ''}`,
  }));
  expect(readmeFaultRows()).toEqual(expected);
});

test('every fault has its own module, and every place it names as its home exists', () => {
  for (const fault of DEMO_FAULTS) {
    expect(existsSync(join(demoStoreFolder, 'faults', `${fault.name.replace(/_/g, '-')}.ts`)), fault.name).toBe(true);
    for (const place of fault.livesIn) expect(existsSync(join(demoStoreFolder, place.split(' ')[0] ?? '')), `${fault.name}: ${place}`).toBe(true);
    expect(existsSync(join(demoStoreFolder, '..', provenIn(fault))), `${fault.name} is proven in ${provenIn(fault)}`).toBe(true);
  }
});

test('fault names parse as before: blanks ignored, duplicates dropped, unknown names listed with the valid ones', () => {
  expect(parseFaultNames([' atc_500', '', 'atc_500', 'slow_ttfb '])).toEqual(['atc_500', 'slow_ttfb']);
  expect(() => parseFaultNames(['atc_500', 'nope', 'toString'])).toThrow(`unknown demo-store fault "nope", "toString"; valid faults: ${FAULT_NAMES.join(', ')}`);
  expect(FAULT_NAMES[0]).toBe('atc_500');
});
