// The pixel judge on pictures made here: identical pages are 0; a band pushed into the page counts as the
// rows it adds, not as everything below it; a changed block is one region around it; the verdicts combine
// as documented (the model lowers, never raises).
import { expect, test } from '@playwright/test';
import { decodePng, diffImages, encodePng, type RgbaImage } from '../../../skills/visual-auditor/image-diff';
import { judgedVerdict, pixelVerdict } from '../../../skills/visual-auditor/visual-verdict';

/** Striped "content" rows (each row distinct), optionally with a band of `bandRows` inserted at `bandAt`. */
function page(width: number, height: number, band?: { at: number; rows: number }): RgbaImage {
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    const inBand = band && y >= band.at && y < band.at + band.rows;
    const source = band && y >= band.at + band.rows ? y - band.rows : y;
    for (let x = 0; x < width; x++) {
      const colour = inBand ? [250, 200, 40] : [(source * 13) % 256, (x * 5 + source) % 256, 90];
      data.set([...colour, 255], (y * width + x) * 4);
    }
  }
  return { width, height, data };
}

test('identical pages change nothing; a PNG round trip keeps every pixel', () => {
  const baseline = page(200, 300);
  const current = decodePng(encodePng(page(200, 300)));
  const diff = diffImages(baseline, current);
  expect(diff.changedRatio).toBe(0);
  expect(diff.regions).toEqual([]);
});

test('a band pushed into the page counts as the rows it adds, not as everything below it', () => {
  const baseline = page(200, 300);
  const current = page(200, 340, { at: 100, rows: 40 });
  const diff = diffImages(baseline, current);
  expect(diff.changedRatio).toBeCloseTo(40 / 340, 3);
  expect(diff.sizeChanged).toBe(true);
  expect(diff.regions).toHaveLength(1);
  expect(diff.regions[0]).toMatchObject({ kind: 'added', x: 0, width: 200 });
  expect(diff.regions[0].y).toBeLessThanOrEqual(100);
  expect(diff.regions[0].y + diff.regions[0].height).toBeGreaterThanOrEqual(140);
});

test('a changed block is one region around it; rows removed are a line where they were', () => {
  const baseline = page(200, 300);
  const current = page(200, 300);
  for (let y = 150; y < 180; y++) for (let x = 40; x < 90; x++) current.data.set([0, 0, 0, 255], (y * 200 + x) * 4);
  const diff = diffImages(baseline, current);
  expect(diff.changedPixels).toBe(30 * 50);
  expect(diff.regions).toHaveLength(1);
  const [region] = diff.regions;
  expect(region.kind).toBe('changed');
  expect(region.x).toBeLessThanOrEqual(40);
  expect(region.x + region.width).toBeGreaterThanOrEqual(90);
  expect(region.y).toBeLessThanOrEqual(150);
  expect(region.y + region.height).toBeGreaterThanOrEqual(180);

  const shorter = diffImages(page(200, 340, { at: 100, rows: 40 }), page(200, 300));
  expect(shorter.regions).toEqual([{ kind: 'removed', x: 0, y: 100, width: 200, height: 0, removedRows: 40 }]);
});

test('the pixel share sets the verdict; a model calling it intended lowers it one step and never raises it', () => {
  const thresholds = { warnRatio: 0.01, failRatio: 0.25 };
  expect([0, 0.01, 0.0101, 0.25, 0.2501].map((ratio) => pixelVerdict(ratio, thresholds))).toEqual(['pass', 'pass', 'warn', 'warn', 'fail']);
  expect(judgedVerdict('fail', 'intended_change')).toBe('warn');
  expect(judgedVerdict('warn', 'intended_change')).toBe('pass');
  expect(judgedVerdict('warn', 'broken_layout')).toBe('warn');
  expect(judgedVerdict('pass', 'broken_layout')).toBe('pass');
  expect(judgedVerdict('fail', undefined)).toBe('fail');
});
