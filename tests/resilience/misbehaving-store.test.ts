// The store misbehaves, and the real suite copes: a 20 MB product page and a 5,000-product catalogue
// (the run completes, memory and stored evidence stay bounded), a cart endpoint answering what no
// script can read (a finding naming the endpoint, never a raw SyntaxError), and a store whose host does
// not resolve or whose certificate is self-signed (store.unreachable, categorised), and one that
// rate-limits every request (one back-off, then store.blocked_monitor).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { join } from 'node:path';
import { FAULT_REGISTRY } from '../../demo-store/faults/fault-registry';
import { hugeCatalogueFault } from '../../demo-store/faults/huge-catalogue';
import { startDemoStore, type DemoStore } from '../../demo-store/server';
import type { Finding } from '../../core/skill-record';
import { expect, test } from '../helpers/demo-store-fixture';
import { makeTempDir } from '../helpers/paths';
import { findingCodes, readRows, type CheckRow } from '../helpers/read-database';
import { runSuite } from '../helpers/run-suite';
import { sampleTreeMemory } from './process-tree-memory';

/** What a check row may hold at most, whatever the page weighed: findings, metrics and evidence, not pages. */
const MAX_DETAILS_BYTES = 64 * 1024;
/** One page of /products.json at Shopify's largest page size: more means discovery read the catalogue. */
const MAX_LISTING_ENTRIES = 250;
/** The runner and its worker take about 250 MB on a healthy journey; a page's bytes must not pile up in them. */
const MAX_NODE_PEAK_KB = 1024 * 1024;
/** These faults are about the shopper's journey: only the skill that shops runs, so other skills' verdicts cannot blur these. */
const shopperOnly = ['skills/headless-probe.skill.ts'];

function findingsOf(row: CheckRow): Finding[] {
  return (JSON.parse(row.details) as { findings: Finding[] }).findings;
}

test('a 20 MB product page and a 5,000-product catalogue: the run completes, memory and stored evidence stay bounded', async ({ demoStore }) => {
  demoStore.setFaults(['huge_page', 'huge_catalogue']);
  // The faults are what they claim: a working 20 MB page, and a listing Shopify-paged to 5,000.
  const page = await (await fetch(`${demoStore.url}/products/classic-tee`)).text();
  expect(Buffer.byteLength(page)).toBeGreaterThanOrEqual(20 * 1024 * 1024);
  expect(page).toContain('name="add"');
  const lastPage = (await (await fetch(`${demoStore.url}/products.json?limit=250&page=20`)).json()) as { products: Array<{ handle: string }> };
  expect(lastPage.products.at(-1)?.handle).toBe('archive-print-4999');

  const listedBefore = hugeCatalogueFault.entriesServed();
  const memory = sampleTreeMemory();
  let peaks: ReturnType<typeof memory.stop> | undefined;
  const run = await runSuite({ env: { STORE_URL: demoStore.url, DEVICES: 'desktop' }, args: shopperOnly }).finally(() => (peaks = memory.stop()));
  if (!peaks) throw new Error('the memory sampler did not stop');

  expect(run.exitCode, run.stdout + run.stderr).toBe(0);
  const [row] = readRows<CheckRow>(run.databasePath, `SELECT * FROM check_results WHERE skill_name = 'headless_probe'`);
  expect(row.status).toBe(FAULT_REGISTRY.huge_page.verdict.status);
  expect(findingCodes(row)).toContain(FAULT_REGISTRY.huge_page.verdict.code);
  expect(findingCodes(row)).toContain(FAULT_REGISTRY.huge_catalogue.verdict.code);
  const detailsBytes = Buffer.byteLength(row.details);
  expect(detailsBytes).toBeLessThan(MAX_DETAILS_BYTES);
  const listed = hugeCatalogueFault.entriesServed() - listedBefore;
  expect(listed).toBeGreaterThan(0);
  expect(listed).toBeLessThanOrEqual(MAX_LISTING_ENTRIES);
  // The browser parsed the page, so its renderer's peak is at least the page's size: the sampler saw it.
  expect(peaks.browserLargestKb).toBeGreaterThan(20 * 1024);
  expect(peaks.runnerKb).toBeLessThan(MAX_NODE_PEAK_KB);
  expect(peaks.workerKb).toBeLessThan(MAX_NODE_PEAK_KB);
  const numbers = { detailsBytes, listingEntriesRead: listed, ...peaks };
  test.info().annotations.push({ type: 'measured', description: JSON.stringify(numbers) });
  console.log(`huge_page + huge_catalogue: ${JSON.stringify(numbers)}`);
});

const cartJsonCases = [
  { fault: 'cart_json_malformed', problem: 'truncated or invalid JSON', rootCause: /cut off or emptied on its way/ },
  { fault: 'cart_json_html', problem: 'HTML page', rootCause: /an HTML page where JSON was expected/ },
  { fault: 'cart_json_empty', problem: 'empty body', rootCause: /cut off or emptied on its way/ },
] as const;

test('a cart endpoint answering broken JSON, an HTML page or nothing: a finding naming /cart.js, never a raw SyntaxError', async () => {
  // One store per fault (they would mask each other on one store), all monitored by one suite run.
  const stores: DemoStore[] = [];
  try {
    for (const { fault } of cartJsonCases) stores.push(await startDemoStore({ port: 0, faults: [fault] }));
    const run = await runSuite({ env: { STORE_URL: stores.map((store) => store.url).join(','), DEVICES: 'desktop' }, args: shopperOnly });

    expect(run.exitCode, run.stdout + run.stderr).toBe(1);
    expect(run.stdout + run.stderr).not.toContain('SyntaxError');
    for (const [index, { fault, problem, rootCause }] of cartJsonCases.entries()) {
      const [row] = readRows<CheckRow>(run.databasePath, `SELECT * FROM check_results WHERE skill_name = 'headless_probe' AND store_url = ?`, stores[index]?.url);
      const { verdict } = FAULT_REGISTRY[fault];
      expect(row?.status, fault).toBe(verdict.status);
      expect(findingCodes(row as CheckRow, ['fail']), fault).toEqual([verdict.code]);
      const finding = findingsOf(row as CheckRow).find((candidate) => candidate.code === verdict.code);
      expect(finding?.message, fault).toMatch(/^\/cart\.js answered HTTP 200 with /);
      expect(finding?.evidence, fault).toMatchObject({ endpoint: '/cart.js', status: 200, problem });
      expect(`${row?.summary} ${row?.details} ${row?.diagnosis}`, fault).not.toMatch(/SyntaxError|Unexpected (end|token)/);
      expect(JSON.parse(row?.diagnosis ?? '{}').rootCause, fault).toMatch(rootCause);
    }
  } finally {
    await Promise.all(stores.map((store) => store.close()));
  }
});

/** A loopback HTTPS server whose certificate nobody signed, made for this test and never stored. */
async function startSelfSignedServer(): Promise<{ server: Server; url: string }> {
  const folder = makeTempDir('nano-sre-tls-');
  const [key, cert] = [join(folder, 'key.pem'), join(folder, 'cert.pem')];
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
  const server = createServer({ key: readFileSync(key), cert: readFileSync(cert) }, (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Shop</title><h1>Shop</h1>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { server, url: `https://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` };
}

test('a host that does not resolve and a self-signed certificate: store.unreachable, each with its category and reason', async () => {
  const tls = await startSelfSignedServer();
  const unresolvable = 'https://nano-sre-test.invalid';
  try {
    const run = await runSuite({ env: { STORE_URL: `${unresolvable},${tls.url}`, DEVICES: 'desktop' }, args: shopperOnly });
    expect(run.exitCode, run.stdout + run.stderr).toBe(1);

    const cases = [
      { url: unresolvable, category: 'dns', reason: /ERR_NAME_NOT_RESOLVED/, message: /does not resolve/, rootCause: /does not resolve/ },
      { url: tls.url, category: 'tls', reason: /ERR_CERT_/, message: /certificate/, rootCause: /certificate was refused/ },
    ];
    for (const expected of cases) {
      const [row] = readRows<CheckRow>(run.databasePath, `SELECT * FROM check_results WHERE skill_name = 'headless_probe' AND store_url = ?`, expected.url);
      expect(row?.status, expected.url).toBe('FAIL');
      expect(findingCodes(row as CheckRow, ['fail']), expected.url).toEqual(['store.unreachable']);
      const [finding] = findingsOf(row as CheckRow);
      expect(finding?.evidence.category, expected.url).toBe(expected.category);
      expect(String(finding?.evidence.reason), expected.url).toMatch(expected.reason);
      expect(finding?.message, expected.url).toMatch(expected.message);
      expect(JSON.parse(row?.diagnosis ?? '{}').rootCause, expected.url).toMatch(expected.rootCause);
    }
  } finally {
    tls.server.closeAllConnections();
    await new Promise((resolve) => tls.server.close(resolve));
  }
});

test('a store answering 429 with Retry-After: 2 to every request: the shopper backs off once, then "the monitor was blocked", never "down"', async ({ demoStore }) => {
  const { rate_limited: rateLimited } = FAULT_REGISTRY;
  demoStore.setFaults([rateLimited.name]);
  const refusedBefore = rateLimited.refused;
  const run = await runSuite({ args: shopperOnly, env: { STORE_URL: demoStore.url, DEVICES: 'desktop' } });

  const [row] = readRows<CheckRow>(run.databasePath, 'SELECT * FROM check_results');
  expect(findingCodes(row, ['fail', 'warn']), run.stdout).toEqual([rateLimited.verdict.code]);
  expect(findingsOf(row).find((finding) => finding.code === rateLimited.verdict.code)?.message).toMatch(/429 Too Many Requests twice, even after waiting for Retry-After/);
  // One page load and exactly one retry of it: the monitor backs off, it does not hammer a store that asks it to slow down.
  expect(rateLimited.refused - refusedBefore).toBe(2);
  expect(JSON.parse(row.diagnosis ?? '{}')).toMatchObject({ category: 'monitor-misconfiguration', severity: 'P3' });
});
