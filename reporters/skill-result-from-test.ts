// Pure mapping from Playwright's view of a test (all its attempts) to Nano-SRE's SkillResult.
// No I/O beyond reading the record attachment's body: this is where PASS/WARN/FAIL/SKIP is decided.
import { readFileSync } from 'node:fs';
import type { TestCase, TestResult } from '@playwright/test/reporter';
import { SKILL_RECORD_ATTACHMENT, skillRecordSchema, type Finding, type SkillRecord } from '../core/skill-record';
import { skillNameFromFile, type SkillResult, type SkillStatus } from '../core/skill-result';

const ansiPattern = /\u001b\[[0-9;]*m/g;

export function plainErrorText(result: TestResult): string | undefined {
  const messages = result.errors.map((error) => (error.message ?? error.value ?? '').replace(ansiPattern, '').trim());
  const text = messages.filter(Boolean).join('\n');
  return text ? text.split('\n').slice(0, 12).join('\n') : undefined;
}

export function readSkillRecord(result: TestResult): SkillRecord | undefined {
  const attachment = result.attachments.find((candidate) => candidate.name === SKILL_RECORD_ATTACHMENT);
  if (!attachment) return undefined;
  const body = attachment.body ?? (attachment.path ? readFileSync(attachment.path) : undefined);
  if (!body) return undefined;
  // A record that does not parse is treated as missing: the outcome still maps, as skill.error if it failed.
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
  const parsed = skillRecordSchema.safeParse(json);
  return parsed.success ? parsed.data : undefined;
}

interface ProjectFacts {
  project: string;
  storeUrl: string;
  device: string;
}

export function projectFacts(test: TestCase): ProjectFacts {
  const project = test.parent.project();
  const metadata = (project?.metadata ?? {}) as Record<string, unknown>;
  return {
    project: project?.name ?? '',
    storeUrl: typeof metadata.storeUrl === 'string' ? metadata.storeUrl : '',
    device: typeof metadata.device === 'string' ? metadata.device : 'desktop',
  };
}

function failureFinding(result: TestResult): Finding {
  const message = plainErrorText(result) ?? 'the skill failed without an error message';
  if (result.status === 'timedOut') {
    return { code: 'skill.timeout', level: 'fail', message: `The skill ran out of time: ${message.split('\n')[0]}`, evidence: {} };
  }
  return { code: 'skill.error', level: 'fail', message: message.split('\n')[0], evidence: { error: message } };
}

function summarise(status: SkillStatus, findings: Finding[], skipReason?: string): string {
  if (status === 'SKIP') return skipReason ?? 'skipped';
  const worst = findings.find((finding) => finding.level === 'fail') ?? findings.find((finding) => finding.level === 'warn');
  if (worst && status !== 'PASS') return worst.message;
  return 'all steps passed';
}

/** Builds the SkillResult from every attempt; the last attempt decides, earlier failures become evidence. */
export function toSkillResult(test: TestCase, attempts: readonly TestResult[]): SkillResult {
  const final = attempts[attempts.length - 1];
  const facts = projectFacts(test);
  const record = readSkillRecord(final);
  const findings: Finding[] = [...(record?.findings ?? [])];
  let status: SkillStatus;

  if (final.status === 'skipped') {
    status = 'SKIP';
  } else if (final.status === 'passed') {
    const flaky = attempts.length > 1;
    if (flaky) {
      const firstFailure = attempts.find((attempt) => attempt.status !== 'passed');
      const earlier = firstFailure ? readSkillRecord(firstFailure)?.findings.find((finding) => finding.level === 'fail') : undefined;
      findings.push({
        code: 'skill.flaky',
        level: 'warn',
        message: `Passed only on retry; the first attempt failed: ${earlier?.message ?? (firstFailure ? plainErrorText(firstFailure) : 'unknown')}`,
        evidence: { firstFailure: earlier ?? null },
      });
    }
    status = findings.some((finding) => finding.level !== 'info') ? 'WARN' : 'PASS';
  } else {
    status = 'FAIL';
    if (!findings.some((finding) => finding.level === 'fail')) findings.push(failureFinding(final));
  }

  const imagePaths = final.attachments
    .filter((attachment) => attachment.contentType.startsWith('image/') && attachment.path)
    .map((attachment) => attachment.path as string);
  const skipReason = test.annotations.find((annotation) => annotation.type === 'skip')?.description;

  return {
    skillName: record?.skillName ?? skillNameFromFile(test.location.file),
    title: test.title,
    project: facts.project,
    storeUrl: record?.storeUrl ?? facts.storeUrl,
    device: record?.device ?? facts.device,
    status,
    summary: summarise(status, findings, skipReason),
    findings,
    metrics: record?.metrics ?? {},
    details: record?.details ?? {},
    screenshots: [...new Set([...(record?.screenshots ?? []), ...imagePaths])],
    evidence: record?.evidence ?? { consoleErrors: [], pageErrors: [], failedRequests: [], pages: [] },
    error: status === 'FAIL' ? plainErrorText(final) : undefined,
    durationMs: attempts.reduce((total, attempt) => total + attempt.duration, 0),
    attempts: attempts.length,
    startedAt: (attempts[0]?.startTime ?? new Date()).toISOString(),
  };
}
