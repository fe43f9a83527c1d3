// Finds every finding code the code base can emit by reading its source, so a new skill's code
// without a rule (or without a line in docs/findings.md) fails the coverage test instead of slipping by.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repositoryRoot } from '../../helpers/paths';

/** Where codes are born: the skills, the fixtures they call, and the reporter's own verdicts. */
export const codeSources = ['skills', 'fixtures', 'reporters/skill-result-from-test.ts'];

/** The owner a file raises codes for: its skill (skills/headless-probe*.ts -> headless_probe), the storefront, or the reporter. */
export function ownerOfFile(file: string): string {
  if (file.startsWith('fixtures/')) return 'storefront';
  if (file.startsWith('reporters/')) return 'reporter';
  const skill = /^skills\/([a-z0-9-]+)/.exec(file)?.[1]?.replace(/\.skill$/, '') ?? file;
  return skill.replace(/-/g, '_');
}

/** Diagnosis rules live in reporters/diagnosis/rules/<prefix>.ts, one file per code prefix. */
export function ruleFileOf(code: string): string {
  return code.split('.')[0] ?? code;
}

export interface DiscoveredCode {
  code: string;
  /** fail | warn | info when the call says so (`skill.warn(...)`), else undefined. */
  level?: string;
  file: string;
}

// `skill.fail('cart.add_failed', …)`, `this.skill.warn("…")`, `recorder.finding({ code: '…' })`, `{ code: 'skill.flaky', level: 'warn' }`.
const callPattern = /\b(fail|warn|info|finding)\(\s*['"`]([a-z_]+\.[a-z0-9_]+)['"`]/g;
const fieldPattern = /\bcode:\s*['"`]([a-z_]+\.[a-z0-9_]+)['"`](?:[^}]*?\blevel:\s*['"`](fail|warn|info)['"`])?/g;

export function scanSource(text: string, file: string): DiscoveredCode[] {
  const found: DiscoveredCode[] = [];
  for (const match of text.matchAll(callPattern)) found.push({ code: match[2], level: match[1] === 'finding' ? undefined : match[1], file });
  for (const match of text.matchAll(fieldPattern)) found.push({ code: match[1], level: match[2], file });
  return found;
}

function sourceFiles(path: string): string[] {
  // The catalogue's own declarations are what the scan is checked against, not codes being raised.
  if (statSync(path).isFile()) return /\.[cm]?tsx?$/.test(path) && !/finding-codes\.ts$/.test(path) ? [path] : [];
  return readdirSync(path).flatMap((name) => sourceFiles(join(path, name)));
}

export function discoverFindingCodes(root = repositoryRoot, sources = codeSources): DiscoveredCode[] {
  return sources.flatMap((source) => sourceFiles(join(root, source)).flatMap((file) => scanSource(readFileSync(file, 'utf8'), relative(root, file))));
}
