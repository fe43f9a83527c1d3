// MAINTENANCE's windows and `nano-sre mute`'s durations, parsed where the variable is declared, so a
// bad window is refused before any browser starts; reporters/alerts/maintenance-windows.ts applies them.
import { Cron } from 'croner';
import { errorText } from '../core/error-text';
import { parseStoreUrl } from './stores';

export interface MaintenanceWindow {
  /** Five-field cron for the start, in the machine's time zone (set TZ to change it). */
  cron: string;
  durationMs: number;
  /** A store URL, or '*' for every store. */
  store: string;
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

/** MAINTENANCE="0 3 * * * 1h; 30 22 * * 5 90m shop.example.com" */
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
