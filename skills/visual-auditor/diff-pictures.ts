// The pictures a person looks at: the diff (the current shot faded, changes in red) for the HTML
// report, the current shot with the changed regions outlined for the alert, and a smaller copy of any
// of them for the vision model. Plain RGBA arithmetic: no image library beyond pngjs is needed.
import type { ChangedRegion, ImageDiff, RgbaImage } from './image-diff';

const outlineColour = [230, 0, 60, 255] as const;
const outlineWidth = 3;

/** The current shot at 20% strength with every changed pixel in red: where to look, at a glance. */
export function diffPicture(current: RgbaImage, diff: ImageDiff): RgbaImage {
  const width = diff.width;
  const data = new Uint8Array(width * diff.height * 4);
  for (let y = 0; y < diff.height; y++) {
    for (let x = 0; x < width; x++) {
      const pixel = y * width + x;
      const target = pixel * 4;
      if (diff.mask[pixel]) {
        data.set([255, 0, 0, 255], target);
        continue;
      }
      const source = x < current.width ? (y * current.width + x) * 4 : -1;
      for (let channel = 0; channel < 3; channel++) data[target + channel] = source < 0 ? 255 : 204 + ((current.data[source + channel] * 51) / 255) | 0;
      data[target + 3] = 255;
    }
  }
  for (const region of diff.regions) if (region.kind === 'removed') drawRectangle({ width, height: diff.height, data }, region);
  return { width, height: diff.height, data };
}

/** The current shot as it is, with a box around each changed region (a line where rows were removed). */
export function outlinedPicture(current: RgbaImage, regions: readonly ChangedRegion[]): RgbaImage {
  const copy: RgbaImage = { width: current.width, height: current.height, data: new Uint8Array(current.data) };
  for (const region of regions) drawRectangle(copy, region);
  return copy;
}

function drawRectangle(image: RgbaImage, region: ChangedRegion): void {
  const pad = region.kind === 'removed' ? 0 : outlineWidth;
  const left = Math.max(0, region.x - pad);
  const top = Math.max(0, region.y - pad);
  const right = Math.min(image.width - 1, region.x + region.width + pad - 1);
  const bottom = Math.min(image.height - 1, region.y + Math.max(region.height, 1) + pad - 1);
  const paint = (x: number, y: number) => {
    if (x >= 0 && y >= 0 && x < image.width && y < image.height) image.data.set(outlineColour, (y * image.width + x) * 4);
  };
  for (let line = 0; line < outlineWidth; line++) {
    for (let x = left; x <= right; x++) {
      paint(x, top + line);
      paint(x, bottom - line);
    }
    for (let y = top; y <= bottom; y++) {
      paint(left + line, y);
      paint(right - line, y);
    }
  }
}

/** A box-filtered copy no larger than `maxWidth` × `maxHeight` (vision models downscale anyway; this keeps requests small). */
export function shrinkPicture(image: RgbaImage, maxWidth: number, maxHeight: number): RgbaImage {
  const factor = Math.max(1, Math.ceil(Math.max(image.width / maxWidth, image.height / maxHeight)));
  if (factor === 1) return image;
  const width = Math.max(1, Math.floor(image.width / factor));
  const height = Math.max(1, Math.floor(image.height / factor));
  const data = new Uint8Array(width * height * 4);
  const samples = factor * factor;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const sums = [0, 0, 0, 0];
      for (let dy = 0; dy < factor; dy++) {
        const row = (y * factor + dy) * image.width;
        for (let dx = 0; dx < factor; dx++) {
          const source = (row + x * factor + dx) * 4;
          for (let channel = 0; channel < 4; channel++) sums[channel] += image.data[source + channel];
        }
      }
      data.set(sums.map((sum) => Math.round(sum / samples)), (y * width + x) * 4);
    }
  }
  return { width, height, data };
}
