// reports/results.json: every SkillResult of the run, written before anything that could fail,
// so a run whose database or alerting broke still leaves what it measured.
import { writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ensureDirectory } from '../config/paths';
import type { SkillResult } from '../core/skill-result';

export interface ResultsFile {
  runId: string;
  startedAt: string;
  finishedAt: string;
  results: SkillResult[];
  problems: string[];
}

export function writeResultsFile(path: string, content: ResultsFile): void {
  ensureDirectory(dirname(path));
  writeFileSync(path, `${JSON.stringify(content, null, 2)}\n`);
}
