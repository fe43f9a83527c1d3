// Lines up the rows of two screenshots the way `diff` lines up lines of text, so a banner that pushes
// the page down reads as "these rows were added" instead of "everything below moved". Rows are
// compared by hash (exact pixels); rows that differ slightly end up in hunks the caller compares pixel by pixel.

/** A stretch of rows: `[baselineStart, baselineEnd)` in the baseline stands where `[currentStart, currentEnd)` stands now. */
export interface RowHunk {
  kind: 'same' | 'changed';
  baselineStart: number;
  baselineEnd: number;
  currentStart: number;
  currentEnd: number;
}

/** FNV-1a over each row's RGBA words: identical rows (the common case) hash alike. */
export function rowHashes(data: Uint8Array, width: number, height: number): Uint32Array {
  const words = new Uint32Array(data.buffer, data.byteOffset, (width * height * 4) >> 2);
  const hashes = new Uint32Array(height);
  for (let row = 0; row < height; row++) {
    let hash = 0x811c9dc5;
    for (let index = row * width, end = index + width; index < end; index++) hash = Math.imul(hash ^ words[index], 0x01000193);
    hashes[row] = hash >>> 0;
  }
  return hashes;
}

/**
 * Myers' O(ND) shortest edit script between two hash sequences, as matched index pairs. Null when the
 * sequences differ by more than `maxEdits` rows: the pages are too different for alignment to mean anything.
 */
function matchedPairs(a: Uint32Array, b: Uint32Array, maxEdits: number): Array<[number, number]> | null {
  const n = a.length;
  const m = b.length;
  const offset = maxEdits + 1;
  const frontier = new Int32Array(2 * offset + 1);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let edits = 0; edits <= maxEdits && found < 0; edits++) {
    trace.push(frontier.slice());
    for (let diagonal = -edits; diagonal <= edits; diagonal += 2) {
      const down = diagonal === -edits || (diagonal !== edits && frontier[offset + diagonal - 1] < frontier[offset + diagonal + 1]);
      let x = down ? frontier[offset + diagonal + 1] : frontier[offset + diagonal - 1] + 1;
      let y = x - diagonal;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      frontier[offset + diagonal] = x;
      if (x >= n && y >= m) {
        found = edits;
        break;
      }
    }
  }
  if (found < 0) return null;
  // Walk the trace back from the end, collecting the diagonal (matching) moves.
  const pairs: Array<[number, number]> = [];
  let x = n;
  let y = m;
  for (let edits = found; edits >= 0; edits--) {
    const previous = trace[edits];
    const diagonal = x - y;
    const down = diagonal === -edits || (diagonal !== edits && previous[offset + diagonal - 1] < previous[offset + diagonal + 1]);
    const previousDiagonal = down ? diagonal + 1 : diagonal - 1;
    const previousX = edits === 0 ? 0 : previous[offset + previousDiagonal];
    const previousY = edits === 0 ? 0 : previousX - previousDiagonal;
    while (x > previousX && y > previousY) pairs.push([--x, --y]);
    x = previousX;
    y = previousY;
  }
  return pairs.reverse();
}

/**
 * Hunks covering both images top to bottom. Identical leading and trailing rows are trimmed before
 * Myers runs, so a header and footer that did not change cost nothing. Without an alignment (pages
 * too different), rows are paired by position.
 */
export function alignRows(baseline: Uint32Array, current: Uint32Array, maxEdits = 1500): RowHunk[] {
  let prefix = 0;
  while (prefix < baseline.length && prefix < current.length && baseline[prefix] === current[prefix]) prefix++;
  let suffix = 0;
  while (suffix < baseline.length - prefix && suffix < current.length - prefix && baseline[baseline.length - 1 - suffix] === current[current.length - 1 - suffix]) suffix++;
  const middleA = baseline.subarray(prefix, baseline.length - suffix);
  const middleB = current.subarray(prefix, current.length - suffix);
  const pairs = matchedPairs(middleA, middleB, maxEdits);

  const hunks: RowHunk[] = [];
  const push = (kind: RowHunk['kind'], baselineStart: number, baselineEnd: number, currentStart: number, currentEnd: number) => {
    if (baselineEnd === baselineStart && currentEnd === currentStart) return;
    const last = hunks.at(-1);
    if (last && last.kind === kind && last.baselineEnd === baselineStart && last.currentEnd === currentStart) {
      last.baselineEnd = baselineEnd;
      last.currentEnd = currentEnd;
    } else hunks.push({ kind, baselineStart, baselineEnd, currentStart, currentEnd });
  };
  push('same', 0, prefix, 0, prefix);
  if (!pairs) {
    push('changed', prefix, baseline.length - suffix, prefix, current.length - suffix);
  } else {
    let a = 0;
    let b = 0;
    for (const [matchA, matchB] of pairs) {
      push('changed', prefix + a, prefix + matchA, prefix + b, prefix + matchB);
      push('same', prefix + matchA, prefix + matchA + 1, prefix + matchB, prefix + matchB + 1);
      a = matchA + 1;
      b = matchB + 1;
    }
    push('changed', prefix + a, prefix + middleA.length, prefix + b, prefix + middleB.length);
  }
  push('same', baseline.length - suffix, baseline.length, current.length - suffix, current.length);
  return hunks;
}
