// Maintenance windows and mutes: while one covers a store its checks still run and are stored,
// but its alerts are held. MAINTENANCE="0 3 * * * 1h; 30 22 * * 5 90m shop.example.com"
import { Cron } from 'croner';
import { parseStoreUrl } from '../../config/stores';
import { errorText } from '../../core/error-text';
import type { Mute } from '../../db/mute-queries';

export interface MaintenanceWindow {
  /** Five-field cron for the start, in the machine's time zone (set TZ to change it). */
  cron: string;
  durationMs: number;
  /** A store URL, or '*' for every store. */
  store: string;
}

export interface Hold {
  until: Date;
  reason: string;
}

const durationUnits: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `90m`, `2h`, `1d` → milliseconds; undefined when it is not a duration. */
export function parseDuration(text: string): number | undefined {
  const match = /^(\d+)\s*([mhd])$/i.exec(text.trim());
  return match ? Number(match[1]) * durationUnits[match[2].toLowerCase()] : undefined;
}

/** '*' and 'all' mean every store; anything else is normalised the way STORE_URL is. */
export function normaliseStore(text: string): string {
  return text === '*' || text.toLowerCase() === 'all' ? '*' : parseStoreUrl(text).url;
}

export function parseMaintenance(text: string): MaintenanceWindow[] {
  return text
    .split(/[;\n]/)
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const parts = entry.split(/\s+/);
      const durationMs = parts[5] ? parseDuration(parts[5]) : undefined;
      if (parts.length < 6 || parts.length > 7 || durationMs === undefined) {
        throw new Error(`window "${entry}" should read "MIN HOUR DAY MONTH WEEKDAY DURATION [STORE]", e.g. "0 3 * * * 1h"`);
      }
      const cron = parts.slice(0, 5).join(' ');
      try {
        new Cron(cron, { paused: true });
      } catch (error) {
        throw new Error(`window "${entry}" has a bad cron (${errorText(error)})`);
      }
      return { cron, durationMs, store: parts[6] ? normaliseStore(parts[6]) : '*' };
    });
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
