// What a healthy pixel audit looks like in the database: PASS with info only, every journey step
// reached, and the demo store's four vendors with nothing missing, doubled or wrong at any step.
import { expect } from '@playwright/test';
import { journeySteps, type MatrixRow } from '../../skills/pixel-auditor/funnel-audit';
import { readRows, type CheckRow } from './read-database';

/** The vendors the demo store's pixels runtime sends to. */
export const demoStoreVendors = ['shopify', 'ga4', 'meta', 'tiktok'];

export function pixelRows(databasePath: string): CheckRow[] {
  return readRows<CheckRow>(databasePath, "SELECT * FROM check_results WHERE skill_name = 'pixel_auditor' ORDER BY device");
}

export function pixelDetails(row: CheckRow): { matrix: MatrixRow[]; stepsReached: string[]; vendorsSeen: string[]; mode: string; consent: Record<string, unknown> } {
  return JSON.parse(row.details).skillDetails;
}

export function expectFullPixelMatrix(databasePath: string): void {
  const rows = pixelRows(databasePath);
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    const { findings } = JSON.parse(row.details) as { findings: Array<{ level: string }> };
    expect(row.status, row.details).toBe('PASS');
    expect(findings.every((finding) => finding.level === 'info'), JSON.stringify(findings)).toBe(true);
    const details = pixelDetails(row);
    expect(details.stepsReached).toEqual([...journeySteps]);
    expect(details.vendorsSeen.sort()).toEqual([...demoStoreVendors].sort());
    for (const vendor of demoStoreVendors) {
      const matrixRow = details.matrix.find((entry) => entry.vendor === vendor);
      for (const step of journeySteps) {
        const cell = matrixRow?.cells[step];
        expect(cell, `${row.device} ${vendor} ${step}`).toMatchObject({ missing: [], duplicate: [], wrong: [] });
        expect(cell?.fired.length, `${row.device} ${vendor} ${step} fired nothing`).toBeGreaterThan(0);
      }
    }
  }
}
