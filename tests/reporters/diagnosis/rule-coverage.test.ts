// Every finding code the source can raise is in the catalogue, raised only by its owner, with a rule
// and a line in docs/findings.md; the evidence patterns pick the rule the issue names (422 on /cart/add.js, 503 everywhere, one failing vendor host, …).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Finding } from '../../../core/skill-record';
import { diagnosisSchema } from '../../../core/diagnosis-schema';
import { codesWithCatchAllRule, diagnoseFinding, diagnoseWithRules, findRule } from '../../../reporters/diagnosis/rule-engine';
import { diagnosisRules, findingCatalogue } from '../../../reporters/finding-registry';
import { createFindingCatalogue, defineFindingCodes } from '../../../core/finding-catalogue';
import { renderFindingsDoc } from '../../../scripts/findings-doc';
import type { SkillResult } from '../../../core/skill-result';
import { repositoryRoot } from '../../helpers/paths';
import { makeResult, storeUrl } from './diagnosis-fixtures';
import { discoverFindingCodes, ownerOfFile, ruleFileOf, scanSource } from './finding-code-scanner';

const discovered = discoverFindingCodes();

test('the scanner finds the codes the skills, fixtures and reporter raise today', () => {
  const codes = new Set(discovered.map((entry) => entry.code));
  expect([...codes]).toEqual(expect.arrayContaining(['store.unreachable', 'store.password_protected', 'page.http_error', 'cart.add_failed', 'checkout.unreachable', 'skill.flaky', 'skill.timeout', 'skill.error']));
  expect(codes.size).toBeGreaterThanOrEqual(23);
  // And it would see a new one, in either form a skill can write it.
  const invented = scanSource(`skill.warn('cart.teleported', 'x'); skill.finding({ code: 'pixel.doubled', level: 'warn', message: 'm' });`, 'skills/new.skill.ts');
  expect(invented).toEqual([
    { code: 'cart.teleported', level: 'warn', file: 'skills/new.skill.ts' },
    { code: 'pixel.doubled', level: 'warn', file: 'skills/new.skill.ts' },
  ]);
});

test('every code raised in the source is in the catalogue, raised by its owner at its level', () => {
  for (const { code, level, file } of discovered) {
    const entry = findingCatalogue.entry(code);
    expect(entry, `${file} raises ${code}: declare it in its owner's finding-codes.ts`).toBeDefined();
    expect(ownerOfFile(file), `${file} raises ${code}, which belongs to ${entry?.owner}: one cause, one code, one owner`).toBe(entry?.owner);
    if (level) expect(level, `${file} raises ${code} as ${level}`).toBe(entry?.level);
  }
});

test('every catalogue code has a catch-all rule, and every rule explains a catalogue code', () => {
  const covered = codesWithCatchAllRule();
  const missing = findingCatalogue.codes().filter((code) => !covered.has(code));
  expect(missing, `add a rule (without \`when\`) in reporters/diagnosis/rules/<prefix>.ts for: ${missing.join(', ')}`).toEqual([]);
  expect(codesWithCatchAllRule(diagnosisRules.filter((rule) => rule.code !== 'cart.empty')).has('cart.empty')).toBe(false);
  const strays = diagnosisRules.filter((rule) => !findingCatalogue.entry(rule.code)).map((rule) => rule.name);
  expect(strays, 'rules for codes nobody declares').toEqual([]);
  for (const rule of diagnosisRules) expect(rule.code.split('.')[0], `${rule.name} lives in rules/<prefix>.ts`).toBe(ruleFileOf(rule.code));
});

test('docs/findings.md is the catalogue as npm run docs:findings writes it', () => {
  const written = readFileSync(join(repositoryRoot, 'docs', 'findings.md'), 'utf8');
  expect(written, 'run npm run docs:findings').toBe(renderFindingsDoc(findingCatalogue));
});

test('a code declared by two owners is refused', () => {
  const entry = { code: 'cart.add_failed', level: 'fail', category: 'store-defect', meaning: 'm', whatToDo: 'w' } as const;
  expect(() => createFindingCatalogue([defineFindingCodes('a_skill', 'A', [entry]), defineFindingCodes('b_skill', 'B', [entry])])).toThrow(
    'finding code cart.add_failed is declared by both a_skill and b_skill; a code has one owner',
  );
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
    { code: 'vitals.poor', level: 'warn', evidence: { template: 'home', metric: 'cls', values: [0.4] } },
    { code: 'checkout.button_missing', level: 'fail' },
  ]);
  const diagnosis = diagnoseWithRules(result);
  expect(diagnosis).toMatchObject({ findingCode: 'checkout.button_missing', severity: 'P0', source: 'rules' });
  expect(diagnosis.remediation.at(-1)).toMatch(/^Also \(vitals\.poor\): /);
});
