// Peak memory of a process tree, read from /proc while it runs: each descendant's VmHWM (the kernel's
// record of its peak resident set), grouped into the Playwright runner, its workers and the browser.
import { readdirSync, readFileSync } from 'node:fs';

export interface TreeMemoryPeaks {
  /** The `playwright test` process (it also runs the reporters). */
  runnerKb: number;
  /** The largest test worker. */
  workerKb: number;
  /** The largest single browser process (usually the renderer of the big page). */
  browserLargestKb: number;
  /** Every browser process's peak added up: an upper bound on the browser's peak footprint. */
  browserSumKb: number;
  processes: number;
}

type Kind = 'runner' | 'worker' | 'browser' | 'other';

function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

function peakKbOf(pid: number): number | undefined {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

function kindOf(pid: number): Kind {
  let commandLine = '';
  try {
    commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return 'other';
  }
  if (/chrom|headless_shell/i.test(commandLine)) return 'browser';
  if (/@playwright\/test\/cli\.js/.test(commandLine)) return 'runner';
  if (/node/.test(commandLine)) return 'worker';
  return 'other';
}

function descendantsOf(rootPid: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const parent = parentOf(Number(entry));
    if (parent !== undefined) parents.set(Number(entry), parent);
  }
  const inTree = (pid: number): boolean => {
    for (let current = parents.get(pid); current !== undefined && current > 1; current = parents.get(current)) if (current === rootPid) return true;
    return false;
  };
  return [...parents.keys()].filter(inTree);
}

/** Samples every `intervalMs` until stopped; a process's VmHWM only grows, so the last sample before it exits is its peak. */
export function sampleTreeMemory(rootPid = process.pid, intervalMs = 100): { stop(): TreeMemoryPeaks } {
  const peaks = new Map<number, { kind: Kind; kb: number }>();
  const sample = () => {
    for (const pid of descendantsOf(rootPid)) {
      const kb = peakKbOf(pid);
      if (kb === undefined) continue;
      const known = peaks.get(pid);
      peaks.set(pid, { kind: known?.kind ?? kindOf(pid), kb: Math.max(kb, known?.kb ?? 0) });
    }
  };
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      const of = (kind: Kind) => [...peaks.values()].filter((entry) => entry.kind === kind).map((entry) => entry.kb);
      return {
        runnerKb: Math.max(0, ...of('runner')),
        workerKb: Math.max(0, ...of('worker')),
        browserLargestKb: Math.max(0, ...of('browser')),
        browserSumKb: of('browser').reduce((sum, kb) => sum + kb, 0),
        processes: peaks.size,
      };
    },
  };
}
