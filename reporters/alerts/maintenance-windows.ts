// Maintenance windows and mutes: while one covers a store its checks still run and are stored,
// but its alerts are held. MAINTENANCE is parsed where it is declared, in config/maintenance-schedule.ts.
import { Cron } from 'croner';
import type { MaintenanceWindow } from '../../config/maintenance-schedule';
import type { Mute } from '../../db/mute-queries';

export interface Hold {
  until: Date;
  reason: string;
}

function covers(store: string, storeUrl: string): boolean {
  return store === '*' || store === storeUrl;
}

/** The hold that lasts longest among those covering the store now, if any. */
export function findHold(storeUrl: string, now: Date, windows: MaintenanceWindow[], mutes: Mute[]): Hold | undefined {
  const holds: Hold[] = [];
  for (const window of windows.filter((candidate) => covers(candidate.store, storeUrl))) {
    const [start] = new Cron(window.cron, { paused: true }).previousRuns(1, now);
    if (start && start.getTime() + window.durationMs > now.getTime()) {
      holds.push({ until: new Date(start.getTime() + window.durationMs), reason: `maintenance window "${window.cron}"` });
    }
  }
  for (const mute of mutes.filter((candidate) => covers(candidate.store, storeUrl) && Date.parse(candidate.until) > now.getTime())) {
    holds.push({ until: new Date(mute.until), reason: `muted${mute.reason ? ` (${mute.reason})` : ''}` });
  }
  return holds.sort((a, b) => b.until.getTime() - a.until.getTime())[0];
}
