// The pixel judge: compares a page's current full-page shot with its baseline and says how much
// changed and where. Rows are lined up first (row-alignment.ts), so content pushed down by a new
// banner counts once, as the rows added, not as every pixel below; rows that differ are compared
// with pixelmatch (anti-aliasing ignored). Regions are boxes in the current shot's coordinates.
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { alignRows, rowHashes, type RowHunk } from './row-alignment';

export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8Array;
}

export interface ChangedRegion {
  /** `changed`: pixels differ; `added`: rows only the current shot has; `removed`: rows of the baseline gone here (height 0). */
  kind: 'changed' | 'added' | 'removed';
  x: number;
  y: number;
  width: number;
  height: number;
  /** For `removed`: how many baseline rows are gone at this point. */
  removedRows?: number;
}

export interface ImageDiff {
  /** Changed pixels over the larger image's area, 0 to 1. */
  changedRatio: number;
  changedPixels: number;
  regions: ChangedRegion[];
  /** True when the two shots are not the same size (the page grew, shrank or the viewport changed). */
  sizeChanged: boolean;
  /** Where the changes are, in the current shot's coordinates: 1 changed, 0 not (one byte per pixel). */
  mask: Uint8Array;
  width: number;
  height: number;
}

/** pixelmatch's colour distance threshold: 0.1 is its default and ignores font smoothing noise. */
const colourThreshold = 0.1;
/** Regions are found on a grid of cells this many pixels wide; boxes closer than `mergeCells` cells merge. */
const cellSize = 8;
const mergeCells = 3;
const maxRegions = 12;

export function decodePng(buffer: Buffer): RgbaImage {
  const png = PNG.sync.read(buffer);
  return { width: png.width, height: png.height, data: png.data };
}

export function encodePng(image: RgbaImage): Buffer {
  const png = new PNG({ width: image.width, height: image.height });
  png.data = Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength);
  // Fast deflate: these pictures are looked at once; size matters less than the seconds spent per changed page.
  return PNG.sync.write(png, { deflateLevel: 1, filterType: 1 });
}

/** The image at `width` pixels wide (cropped or padded with magenta, a colour no page is made of). */
function toWidth(image: RgbaImage, width: number): RgbaImage {
  if (image.width === width) return image;
  const data = new Uint8Array(width * image.height * 4);
  for (let index = 0; index < data.length; index += 4) data.set([255, 0, 255, 255], index);
  const copied = Math.min(width, image.width) * 4;
  for (let row = 0; row < image.height; row++) data.set(image.data.subarray(row * image.width * 4, row * image.width * 4 + copied), row * width * 4);
  return { width, height: image.height, data };
}

function rows(image: RgbaImage, start: number, end: number): Uint8Array {
  return image.data.subarray(start * image.width * 4, end * image.width * 4);
}

export function diffImages(baselineImage: RgbaImage, currentImage: RgbaImage): ImageDiff {
  const aligned = alignedDiff(baselineImage, currentImage);
  if (baselineImage.width !== currentImage.width || baselineImage.height !== currentImage.height || aligned.changedPixels === 0) return aligned;
  // Same size: nothing moved, so compare pixel for pixel too. Text re-rasterised a fraction of a pixel off
  // (a lazy row settling at a fractional height) breaks the row hashes, and the alignment then pairs blank
  // rows across lines and counts whole rows as added; pixelmatch sees only anti-aliasing there.
  const direct = directDiff(baselineImage, currentImage);
  return direct.changedPixels < aligned.changedPixels ? direct : aligned;
}

function directDiff(baseline: RgbaImage, current: RgbaImage): ImageDiff {
  const { width, height } = current;
  const mask = new Uint8Array(width * height);
  const whole = { kind: 'changed' as const, baselineStart: 0, baselineEnd: height, currentStart: 0, currentEnd: height };
  const changedPixels = comparePairedRows(baseline, current, whole, height, mask);
  return { changedRatio: width * height === 0 ? 0 : changedPixels / (width * height), changedPixels, regions: regionsFromMask(mask, width, height, [whole]).slice(0, maxRegions), sizeChanged: false, mask, width, height };
}

function alignedDiff(baselineImage: RgbaImage, currentImage: RgbaImage): ImageDiff {
  const width = Math.max(baselineImage.width, currentImage.width);
  const baseline = toWidth(baselineImage, width);
  const current = toWidth(currentImage, width);
  const hunks = alignRows(rowHashes(baseline.data, width, baseline.height), rowHashes(current.data, width, current.height));
  const mask = new Uint8Array(width * current.height);
  const removed: ChangedRegion[] = [];
  let changedPixels = 0;

  for (const hunk of hunks) {
    if (hunk.kind === 'same') continue;
    const paired = Math.min(hunk.baselineEnd - hunk.baselineStart, hunk.currentEnd - hunk.currentStart);
    if (paired > 0) changedPixels += comparePairedRows(baseline, current, hunk, paired, mask);
    for (let row = hunk.currentStart + paired; row < hunk.currentEnd; row++) mask.fill(1, row * width, (row + 1) * width);
    changedPixels += (hunk.currentEnd - hunk.currentStart - paired) * width;
    const gone = hunk.baselineEnd - hunk.baselineStart - paired;
    if (gone > 0) {
      changedPixels += gone * width;
      removed.push({ kind: 'removed', x: 0, y: hunk.currentStart + paired, width, height: 0, removedRows: gone });
    }
  }
  const area = width * Math.max(baseline.height, current.height);
  return {
    changedRatio: area === 0 ? 0 : changedPixels / area,
    changedPixels,
    regions: [...regionsFromMask(mask, width, current.height, hunks), ...removed].slice(0, maxRegions),
    sizeChanged: baselineImage.width !== currentImage.width || baselineImage.height !== currentImage.height,
    mask,
    width,
    height: current.height,
  };
}

/** pixelmatch on the rows a hunk pairs up; marks the changed pixels in `mask`. */
function comparePairedRows(baseline: RgbaImage, current: RgbaImage, hunk: RowHunk, paired: number, mask: Uint8Array): number {
  const width = current.width;
  const output = new Uint8Array(width * paired * 4);
  const count = pixelmatch(rows(baseline, hunk.baselineStart, hunk.baselineStart + paired), rows(current, hunk.currentStart, hunk.currentStart + paired), output, width, paired, {
    threshold: colourThreshold,
    diffMask: true,
    aaColor: [0, 0, 0],
  });
  if (count === 0) return 0;
  const offset = hunk.currentStart * width;
  // diffMask leaves unchanged pixels transparent; changed ones are diffColor (red), anti-aliasing black.
  for (let pixel = 0; pixel < width * paired; pixel++) if (output[pixel * 4 + 3] !== 0 && output[pixel * 4] === 255) mask[offset + pixel] = 1;
  return count;
}

/** Connected groups of changed cells as boxes, biggest first; rows only the current shot has are `added`. */
function regionsFromMask(mask: Uint8Array, width: number, height: number, hunks: RowHunk[]): ChangedRegion[] {
  const columns = Math.ceil(width / cellSize);
  const cellRows = Math.ceil(height / cellSize);
  const cells = new Uint8Array(columns * cellRows);
  for (let y = 0; y < height; y++) {
    const rowOffset = y * width;
    const cellRow = ((y / cellSize) | 0) * columns;
    for (let x = 0; x < width; x++) if (mask[rowOffset + x]) cells[cellRow + ((x / cellSize) | 0)] = 1;
  }
  const seen = new Uint8Array(cells.length);
  const boxes: Array<{ left: number; top: number; right: number; bottom: number }> = [];
  for (let start = 0; start < cells.length; start++) {
    if (!cells[start] || seen[start]) continue;
    const box = { left: columns, top: cellRows, right: 0, bottom: 0 };
    const stack = [start];
    seen[start] = 1;
    while (stack.length) {
      const cell = stack.pop() as number;
      const column = cell % columns;
      const row = (cell / columns) | 0;
      box.left = Math.min(box.left, column);
      box.right = Math.max(box.right, column);
      box.top = Math.min(box.top, row);
      box.bottom = Math.max(box.bottom, row);
      for (let dy = -mergeCells; dy <= mergeCells; dy++) {
        for (let dx = -mergeCells; dx <= mergeCells; dx++) {
          const nextColumn = column + dx;
          const nextRow = row + dy;
          if (nextColumn < 0 || nextRow < 0 || nextColumn >= columns || nextRow >= cellRows) continue;
          const next = nextRow * columns + nextColumn;
          if (cells[next] && !seen[next]) {
            seen[next] = 1;
            stack.push(next);
          }
        }
      }
    }
    boxes.push(box);
  }
  // A box whose middle row lies in rows only the current shot has is new content, not changed content.
  const added = (middle: number) => hunks.some((hunk) => hunk.kind === 'changed' && middle >= hunk.currentStart + Math.min(hunk.baselineEnd - hunk.baselineStart, hunk.currentEnd - hunk.currentStart) && middle < hunk.currentEnd);
  return boxes
    .map((box): ChangedRegion => {
      const x = box.left * cellSize;
      const y = box.top * cellSize;
      const region = { x, y, width: Math.min(width, (box.right + 1) * cellSize) - x, height: Math.min(height, (box.bottom + 1) * cellSize) - y };
      return { kind: added(region.y + region.height / 2) ? 'added' : 'changed', ...region };
    })
    .sort((first, second) => second.width * second.height - first.width * first.height);
}
