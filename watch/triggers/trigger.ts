// The trigger seam: on one side the watch loop (its run queue), on the other anything that decides
// a run is due (a timer, a signed webhook, a queue poller). A trigger only asks; the queue decides.
import type { RequestRun } from '../run-request';

export interface Trigger {
  /** For logs: `interval`, `github webhook`, `queue poller`, … */
  name: string;
  /** Begin asking for runs; `requestRun` says how each request was taken. */
  start(requestRun: RequestRun): void | Promise<void>;
  /** Stop asking (timers cleared, routes removed, connections closed). */
  stop(): void | Promise<void>;
}
