// What a skill's run amounts to, for every side after the worker: the reporter builds it, the
// database stores it, diagnosis and alerts read it. Statuses and their order live here too.
import type { BrowserEvidence, Finding } from './skill-record';
import type { Diagnosis } from './diagnosis-schema';

export type SkillStatus = 'PASS' | 'WARN' | 'FAIL' | 'SKIP';

export interface SkillResult {
  skillName: string;
  title: string;
  project: string;
  storeUrl: string;
  device: string;
  status: SkillStatus;
  summary: string;
  findings: Finding[];
  metrics: Record<string, number>;
  /** The skill's own details (see SkillRecorder.details), as its schema checked them. */
  details?: Record<string, unknown>;
  screenshots: string[];
  evidence: BrowserEvidence;
  error?: string;
  durationMs: number;
  attempts: number;
  startedAt: string;
  diagnosis?: Diagnosis;
}

export const statusRank: Record<SkillStatus, number> = { SKIP: 0, PASS: 1, WARN: 2, FAIL: 3 };

export function worstStatus(statuses: SkillStatus[]): SkillStatus {
  return statuses.reduce<SkillStatus>((worst, status) => (statusRank[status] > statusRank[worst] ? status : worst), 'SKIP');
}

/** skills/headless-probe.skill.ts -> headless_probe */
export function skillNameFromFile(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.(skill|spec|test)?\.?[cm]?[jt]s$/, '').replace(/[^a-z0-9]+/gi, '_').toLowerCase();
}

