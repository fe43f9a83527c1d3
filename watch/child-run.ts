// One run as a child process in its own process group, so a crash never reaches the loop and a hung
// run is killed whole (Playwright, its workers and their browsers), not just its parent.
import { spawn } from 'node:child_process';

export interface ChildRunSpec {
  command: string;
  args: string[];
  /** Run through the shell (WATCH_COMMAND is a command line). */
  shell: boolean;
  cwd: string;
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
}

export interface ChildRunOutcome {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** Killed at RUN_TIMEOUT_MINUTES. */
  timedOut: boolean;
  /** Killed because the watch was stopping and the grace period ended. */
  killedOnStop: boolean;
  /** Could not start at all (a WATCH_COMMAND that does not exist). */
  spawnError?: string;
  durationMs: number;
}

export interface ChildRun {
  done: Promise<ChildRunOutcome>;
  /** Kills the whole group now (the stop's grace period is over). */
  kill(): void;
}

function killGroup(pid: number | undefined): void {
  if (!pid) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

export function startChildRun(spec: ChildRunSpec): ChildRun {
  const started = performance.now();
  const child = spawn(spec.command, spec.args, { cwd: spec.cwd, env: spec.env, shell: spec.shell, detached: true, stdio: ['ignore', 'inherit', 'inherit'] });
  let timedOut = false;
  let killedOnStop = false;
  const timer = setTimeout(() => {
    timedOut = true;
    killGroup(child.pid);
  }, spec.timeoutMs);
  const done = new Promise<ChildRunOutcome>((resolve) => {
    let spawnError: string | undefined;
    child.on('error', (error) => (spawnError = error.message));
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer);
      // The group may still hold workers whose parent died: they go with it.
      killGroup(child.pid);
      resolve({ exitCode, signal, timedOut, killedOnStop, spawnError, durationMs: performance.now() - started });
    });
  });
  return {
    done,
    kill: () => {
      killedOnStop = true;
      killGroup(child.pid);
    },
  };
}
