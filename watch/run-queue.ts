// Single flight with coalescing: at most one run at a time, and everything asked for meanwhile
// becomes one follow-up run. One suite run covers every store (Playwright runs the stores' projects
// in parallel), so one flight overall is also one flight per store, without two browsers fleets.
import { describeRequest, mergeRequests, type RunAcceptance, type RunRequest } from './run-request';

export interface RunQueueState<Outcome> {
  running?: { request: RunRequest; startedAt: string };
  queued?: RunRequest;
  last?: { request: RunRequest; startedAt: string; finishedAt: string; outcome: Outcome };
}

export interface RunQueueOptions<Outcome> {
  execute: (request: RunRequest) => Promise<Outcome>;
  log?: (line: string) => void;
  now?: () => Date;
}

export class RunQueue<Outcome> {
  private readonly current: RunQueueState<Outcome> = {};
  private closed = false;
  private flight?: Promise<void>;

  constructor(private readonly options: RunQueueOptions<Outcome>) {}

  request(request: RunRequest): RunAcceptance {
    if (this.closed) return 'refused';
    if (!this.current.running) {
      this.start(request);
      return 'started';
    }
    if (this.current.queued) {
      this.current.queued = mergeRequests(this.current.queued, request);
      this.log(`coalesced into the queued run: ${describeRequest(request)}`);
      return 'coalesced';
    }
    this.current.queued = request;
    this.log(`queued after the current run: ${describeRequest(request)}`);
    return 'queued';
  }

  state(): RunQueueState<Outcome> {
    return { ...this.current };
  }

  /** No new runs; the queued follow-up is dropped (the next start runs one anyway). */
  close(): RunRequest | undefined {
    this.closed = true;
    const dropped = this.current.queued;
    this.current.queued = undefined;
    return dropped;
  }

  /** Settles when nothing runs and nothing is queued. */
  async idle(): Promise<void> {
    while (this.flight) await this.flight;
  }

  private start(request: RunRequest): void {
    const startedAt = (this.options.now?.() ?? new Date()).toISOString();
    this.current.running = { request, startedAt };
    this.log(`run started: ${describeRequest(request)}`);
    this.flight = this.options.execute(request).then(
      (outcome) => this.finish(request, startedAt, outcome),
      // execute never throws by contract; if it does, the loop still goes on.
      (error: unknown) => this.finish(request, startedAt, error as Outcome),
    );
  }

  private finish(request: RunRequest, startedAt: string, outcome: Outcome): void {
    this.current.last = { request, startedAt, finishedAt: (this.options.now?.() ?? new Date()).toISOString(), outcome };
    this.current.running = undefined;
    this.flight = undefined;
    const next = this.current.queued;
    this.current.queued = undefined;
    if (next && !this.closed) this.start(next);
  }

  private log(line: string): void {
    this.options.log?.(line);
  }
}
