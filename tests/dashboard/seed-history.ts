// A database with a day of history through the real saveRun: two stores, the probe with TTFB, LCP
// and CLS on both devices, the pixel auditor with its matrix, and an outage with a diagnosis and a screenshot.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SkillResult, SkillStatus } from '../../core/skill-result';
import { openDatabase } from '../../db/open-database';
import { saveRun } from '../../db/save-run';
import { findingCatalogue } from '../../reporters/finding-registry';

export const seededStores = ['https://shop-one.example.com', 'https://shop-two.example.com'];

const matrix = [
  { vendor: 'ga4', vendorIds: ['G-TEST'], knownFrom: 'run', cells: { home: { fired: ['page_view'], missing: [], duplicate: [], wrong: [] }, add_to_cart: { fired: [], missing: ['add_to_cart'], duplicate: [], wrong: [] } } },
  { vendor: 'meta', vendorIds: ['123'], knownFrom: 'run', cells: { home: { fired: ['page_view'], missing: [], duplicate: [], wrong: [] } } },
];

function result(storeUrl: string, skillName: string, device: string, status: SkillStatus, at: Date, extra: Partial<SkillResult> = {}): SkillResult {
  return {
    skillName, title: skillName, project: `${new URL(storeUrl).host} ${device}`, storeUrl, device, status,
    summary: status === 'FAIL' ? 'Adding Classic Tee to the cart failed: /cart/add answered HTTP 500.' : 'all steps passed',
    findings: status === 'FAIL' ? [{ code: 'cart.add_failed', level: 'fail', message: '/cart/add answered HTTP 500.', evidence: {} }] : [],
    metrics: {}, screenshots: [], evidence: { consoleErrors: [], pageErrors: [], failedRequests: [], pages: [] },
    durationMs: 4000, attempts: status === 'FAIL' ? 2 : 1, startedAt: at.toISOString(), ...extra,
  };
}

/** A PNG on disk, as Playwright leaves failure screenshots under reports/test-results. */
export function seedHistory(directory: string, screenshotPng: Buffer, now = new Date()): string {
  const databasePath = join(directory, 'nano.db');
  const screenshot = join(directory, 'cart-add-failed.png');
  writeFileSync(screenshot, screenshotPng);
  const database = openDatabase(databasePath);
  try {
    for (let hour = 24; hour >= 1; hour -= 1) {
      const at = new Date(now.getTime() - hour * 3_600_000);
      // shop-two's add to cart breaks 6 hours ago and stays broken.
      const results = seededStores.flatMap((storeUrl) =>
        ['desktop', 'mobile'].flatMap((device) => {
          const failing = storeUrl.includes('two') && hour <= 6;
          const probe = result(storeUrl, 'headless_probe', device, failing ? 'FAIL' : 'PASS', at, {
            metrics: { ttfb_ms: 150 + (hour % 5) * 20 + (device === 'mobile' ? 60 : 0), lcp_ms: 1200 + hour * 10, cls: 0.01 * (hour % 4) },
            screenshots: failing ? [screenshot] : [],
            diagnosis: failing ? { rootCause: 'The cart endpoint answers 500: an app hooked into /cart/add is failing.', category: 'store-defect', severity: 'P1', remediation: ['Disable the cart app installed yesterday and retry.'], docsLinks: [], confidence: 0.8, source: 'rules' } as never : undefined,
          });
          const pixels = result(storeUrl, 'pixel_auditor', device, hour === 3 ? 'WARN' : 'PASS', at, { details: { matrix } });
          return [probe, pixels];
        }),
      );
      saveRun(database, { runId: `run-${hour}`, startedAt: at.toISOString(), finishedAt: at.toISOString(), trigger: hour % 2 ? 'watch:interval' : 'watch:github', results, retentionDays: 90, evidenceRetentionDays: 0, isOutage: findingCatalogue.isOutage });
    }
  } finally {
    database.close();
  }
  return databasePath;
}
