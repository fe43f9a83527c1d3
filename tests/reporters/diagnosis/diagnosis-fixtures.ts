// Shared by the diagnosis tests: SkillResults shaped like the reporter makes them, settings shaped like
// readDiagnosisSettings makes them, and a temp folder per test for SQLite files and logs.
import { join } from 'node:path';
import type { Finding } from '../../../core/skill-record';
import type { DiagnosisSettings } from '../../../reporters/diagnosis/diagnosis-settings';
import type { SkillResult } from '../../../core/skill-result';
import { makeTempDir } from '../../helpers/paths';

export const storeUrl = 'https://demo-shop.example';

export function makeResult(findings: Array<Partial<Finding> & Pick<Finding, 'code'>>, overrides: Partial<SkillResult> = {}): SkillResult {
  const full: Finding[] = findings.map((finding) => ({ level: 'fail', message: `${finding.code} happened`, evidence: {}, ...finding }));
  const failed = full.some((finding) => finding.level === 'fail');
  return {
    skillName: 'headless_probe',
    title: 'a shopper can find a product, add it to the cart and reach checkout',
    project: 'demo-desktop',
    storeUrl,
    device: 'desktop',
    status: failed ? 'FAIL' : 'WARN',
    summary: full[0]?.message ?? 'all steps passed',
    findings: full,
    metrics: {},
    screenshots: [],
    evidence: { consoleErrors: [], pageErrors: [], failedRequests: [], pages: [] },
    durationMs: 1200,
    attempts: 1,
    startedAt: new Date().toISOString(),
    ...overrides,
  };
}

/** The 422 a real store answers when the variant sold out between page load and click. */
export function soldOutResult(extra: Partial<SkillResult> = {}): SkillResult {
  return makeResult(
    [{ code: 'cart.add_failed', message: 'Adding Classic Tee to the cart failed: /cart/add answered HTTP 422.', step: 'Add to cart', evidence: { url: `${storeUrl}/cart/add`, status: 422, body: '{"status":422,"message":"Cart Error","description":"The product \'Classic Tee - M\' is already sold out."}', variantId: 44012345678901 } }],
    extra,
  );
}

export function testSettings(overrides: Partial<DiagnosisSettings> = {}): DiagnosisSettings {
  const directory = makeTempDir('nano-sre-diagnosis-');
  return { cacheHours: 24, maxDiagnoses: 10, personalData: true, databasePath: join(directory, 'nano_sre.db'), ...overrides };
}

export function llmSettings(baseUrl: string, overrides: Partial<NonNullable<DiagnosisSettings['llm']>> = {}): NonNullable<DiagnosisSettings['llm']> {
  return { apiKey: 'sk-test-key-for-fake-server-0001', model: 'fake-model', baseUrl, api: 'chat', vision: false, timeoutMs: 10_000, concurrency: 3, maxRetries: 2, maxSteps: 5, ...overrides };
}

export const goodAnswer = {
  rootCause: 'The variant sold out between page load and add to cart; the theme still offers it.',
  category: 'store-defect',
  severity: 'P1',
  remediation: ['Restock the variant.', 'Make the theme read variant.available.'],
  docsLinks: ['https://shopify.dev/docs/api/ajax/reference/cart'],
  confidence: 0.85,
} as const;
