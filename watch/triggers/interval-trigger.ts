// Every interval, a run of everything; the first one at start. A run longer than the interval is
// not doubled: the queue folds the tick into the follow-up.
import type { RequestRun } from '../run-request';
import type { Trigger } from './trigger';

export interface IntervalTriggerSettings {
  intervalMs: number;
  /** Called with the time of the next tick, for /healthz. */
  onSchedule?: (next: Date) => void;
}

export function createIntervalTrigger(settings: IntervalTriggerSettings): Trigger {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  return {
    name: 'interval',
    start(requestRun: RequestRun) {
      const tick = (first: boolean) => {
        if (stopped) return;
        requestRun({ trigger: 'watch:interval', reason: first ? 'first run at start' : undefined });
        settings.onSchedule?.(new Date(Date.now() + settings.intervalMs));
        timer = setTimeout(() => tick(false), settings.intervalMs);
      };
      tick(true);
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
