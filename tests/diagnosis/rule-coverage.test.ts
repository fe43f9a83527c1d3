// Every finding code the source can emit has a rule and a line in docs/findings.md; the evidence
// patterns pick the rule the issue names (422 on /cart/add.js, 503 everywhere, one failing vendor host, …).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Finding } from '../../fixtures/skill-record';
import { diagnosisSchema } from '../../reporters/diagnosis/diagnosis-schema';
import { codesWithCatchAllRule, diagnoseFinding, diagnoseWithRules, diagnosisRules, findRule } from '../../reporters/diagnosis/rule-engine';
import type { SkillResult } from '../../reporters/skill-result';
import { repositoryRoot } from '../helpers/run-suite';
import { makeResult, storeUrl } from './diagnosis-fixtures';
import { discoverFindingCodes, documentedCodes, scanSource } from './finding-code-scanner';

const discovered = discoverFindingCodes();
const codes = [...new Set(discovered.map((entry) => entry.code))].sort();
const catalogue = readFileSync(join(repositoryRoot, 'docs', 'findings.md'), 'utf8');

test('the scanner finds the codes the skills, fixtures and reporter emit today', () => {
  expect(codes).toEqual(expect.arrayContaining(['store.unreachable', 'store.password_protected', 'page.http_error', 'cart.add_failed', 'checkout.unreachable', 'skill.flaky', 'skill.timeout', 'skill.error']));
  expect(codes.length).toBeGreaterThanOrEqual(23);
  // And it would see a new one, in either form a skill can write it.
  const invented = scanSource(`skill.warn('cart.teleported', 'x'); skill.finding({ code: 'pixel.doubled', level: 'warn', message: 'm' });`, 'new.skill.ts');
  expect(invented).toEqual([
    { code: 'cart.teleported', level: 'warn', file: 'new.skill.ts' },
    { code: 'pixel.doubled', level: 'warn', file: 'new.skill.ts' },
  ]);
});

test('every emitted finding code has a catch-all rule', () => {
  const covered = codesWithCatchAllRule();
  const missing = codes.filter((code) => !covered.has(code));
  expect(missing, `add a rule (without \`when\`) in reporters/diagnosis/rules/ for: ${missing.join(', ')}`).toEqual([]);
  expect(codesWithCatchAllRule(diagnosisRules.filter((rule) => rule.code !== 'cart.empty')).has('cart.empty')).toBe(false);
});

test('every emitted finding code is in docs/findings.md, with the level it is emitted at', () => {
  const documented = documentedCodes(catalogue);
  const missing = codes.filter((code) => !documented.has(code));
  expect(missing, `document in docs/findings.md: ${missing.join(', ')}`).toEqual([]);
  for (const { code, level } of discovered.filter((entry) => entry.level)) {
    expect(catalogue, `${code} is emitted as ${level}`).toMatch(new RegExp(`^\\|\\s*\`${code.replace('.', '\\.')}\`\\s*\\|[^|\\n]*\\b${level}\\b`, 'm'));
  }
});

test('every rule renders a valid diagnosis even from empty evidence', () => {
  for (const rule of diagnosisRules) {
    const finding: Finding = { code: rule.code, level: 'fail', message: `${rule.code} happened`, evidence: {} };
    const diagnosis = diagnoseFinding(finding, makeResult([finding]));
    expect(diagnosisSchema.safeParse(diagnosis).success, rule.name).toBe(true);
    for (const link of diagnosis.docsLinks) expect(link, rule.name).toMatch(/^https:\/\//);
  }
  expect(new Set(diagnosisRules.map((rule) => rule.name)).size).toBe(diagnosisRules.length);
});

const failing = (url: string, failure = 'net::ERR_TIMED_OUT') => ({ url, method: 'GET', status: null, failure });

const cases: Array<{ finding: Partial<Finding> & Pick<Finding, 'code'>; result?: Partial<SkillResult>; rule: string; category: string; severity: string }> = [
  { finding: { code: 'cart.add_failed', evidence: { status: 422, body: '{"status":422,"description":"The product \'Tee\' is already sold out."}' } }, rule: 'cart.add_failed/sold-out', category: 'store-defect', severity: 'P1' },
  { finding: { code: 'cart.add_failed', evidence: { status: 400, body: '{"status":400,"description":"Required parameter missing or invalid: items"}' } }, rule: 'cart.add_failed/missing-id', category: 'store-defect', severity: 'P0' },
  { finding: { code: 'cart.add_failed', evidence: { status: 500, body: '<h1>Internal error</h1>' } }, rule: 'cart.add_failed/server-error', category: 'store-defect', severity: 'P0' },
  { finding: { code: 'cart.add_failed', evidence: { status: 200, body: 'Liquid error (snippets/cart-drawer line 12): undefined method' } }, rule: 'cart.add_failed/liquid-error', category: 'store-defect', severity: 'P0' },
  { finding: { code: 'cart.add_failed', evidence: { status: 429 } }, rule: 'cart.add_failed/rate-limited', category: 'transient', severity: 'P3' },
  {
    finding: { code: 'store.unavailable', evidence: { status: 503, url: `${storeUrl}/` } },
    result: { evidence: { consoleErrors: [], pageErrors: [], failedRequests: [], pages: [{ url: `${storeUrl}/`, status: 503, ttfbMs: 20 }, { url: `${storeUrl}/products/a`, status: 503, ttfbMs: 20 }] } },
    rule: 'store.unavailable/every-page', category: 'store-defect', severity: 'P0',
  },
  { finding: { code: 'product.not_found', evidence: { status: 404, handle: 'classic-tee', handleSource: 'catalogue' } }, rule: 'product.not_found/listed-product', category: 'store-defect', severity: 'P1' },
  { finding: { code: 'product.not_found', evidence: { status: 404, handle: 'clasic-tee', handleSource: 'PRODUCT_HANDLE' } }, rule: 'product.not_found', category: 'monitor-misconfiguration', severity: 'P2' },
  { finding: { code: 'store.password_protected', evidence: { url: `${storeUrl}/` } }, rule: 'store.password_protected/locked', category: 'store-defect', severity: 'P0' },
  { finding: { code: 'store.password_rejected' }, rule: 'store.password_rejected', category: 'monitor-misconfiguration', severity: 'P2' },
  { finding: { code: 'store.unreachable', evidence: { reason: 'net::ERR_NAME_NOT_RESOLVED at https://demo-shop.example/' } }, rule: 'store.unreachable/dns', category: 'monitor-misconfiguration', severity: 'P1' },
  { finding: { code: 'page.http_error', evidence: { status: 429 } }, rule: 'page.http_error/rate-limited-or-blocked', category: 'monitor-misconfiguration', severity: 'P3' },
  {
    finding: { code: 'skill.timeout' },
    result: { evidence: { consoleErrors: [], pageErrors: [], failedRequests: [failing('https://cdn.reviews-vendor.example/widget.js'), failing('https://cdn.reviews-vendor.example/api/reviews'), failing(`${storeUrl}/cart.js`, 'net::ERR_ABORTED')], pages: [] } },
    rule: 'skill.timeout/third-party-host', category: 'third-party', severity: 'P2',
  },
  { finding: { code: 'cart.add_no_request' }, result: { evidence: { consoleErrors: [], pageErrors: [{ message: "TypeError: Cannot read properties of null (reading 'addEventListener')" }], failedRequests: [], pages: [] } }, rule: 'cart.add_no_request/script-error', category: 'store-defect', severity: 'P0' },
];

for (const example of cases) {
  test(`evidence pattern → ${example.rule}`, () => {
    const result = makeResult([example.finding], example.result);
    const finding = result.findings[0];
    expect(findRule({ finding, result })?.name).toBe(example.rule);
    const diagnosis = diagnoseFinding(finding, result);
    expect({ category: diagnosis.category, severity: diagnosis.severity }).toEqual({ category: example.category, severity: example.severity });
    if (example.rule.endsWith('third-party-host')) expect(diagnosis.rootCause).toContain('cdn.reviews-vendor.example');
  });
}

test('a result is diagnosed by its most severe finding; the others add a step each', () => {
  const result = makeResult([
    { code: 'store.slow_ttfb', level: 'warn', evidence: { ttfbMs: 1600, limitMs: 1500 } },
    { code: 'checkout.button_missing', level: 'fail' },
  ]);
  const diagnosis = diagnoseWithRules(result);
  expect(diagnosis).toMatchObject({ findingCode: 'checkout.button_missing', severity: 'P0', source: 'rules' });
  expect(diagnosis.remediation.at(-1)).toMatch(/^Also \(store\.slow_ttfb\): /);
});
