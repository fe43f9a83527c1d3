// What `nano-sre watch` needs, typed: the watch variables (config/watch-variables.ts), the stores and
// storage they refer to, and the command-line overrides. Cross-variable problems are one line each.
import { resolve } from 'node:path';
import { readSettings } from '../config/settings';
import { namesOf, readVariables } from '../config/settings-schema';
import { SettingsError } from '../config/settings-error';
import { resolveStores, type StoreTarget } from '../config/stores';
import { watchVariables } from '../config/watch-variables';

export interface WatchSettings {
  intervalMs: number;
  runTimeoutMs: number;
  /** How long SIGTERM waits for the current run before killing it. */
  graceMs: number;
  host: string;
  port: number;
  stores: StoreTarget[];
  /** *.myshopify.com → the STORE_URL entry it belongs to. */
  myshopifyStores: Map<string, StoreTarget>;
  githubSecret?: string;
  shopifySecret?: string;
  token?: string;
  /** WATCH_COMMAND; absent: the suite itself. */
  command?: string;
  databasePath: string;
  reportsDir: string;
  retentionDays: number;
  evidenceRetentionDays: number;
}

export interface WatchOptions {
  interval?: string;
  runTimeout?: string;
  grace?: string;
  port?: string;
  host?: string;
}

const units: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000 };

/** `45s`, `30m`, `2h` → milliseconds; undefined when it is not one. */
export function parseWatchDuration(text: string): number | undefined {
  const match = /^(\d+)\s*([smh])$/i.exec(text.trim());
  const ms = match ? Number(match[1]) * units[match[2].toLowerCase()] : undefined;
  return ms ? ms : undefined;
}

function durationOption(flag: string, text: string | undefined, fallbackMs: number, problems: string[]): number {
  if (text === undefined) return fallbackMs;
  const ms = parseWatchDuration(text);
  if (ms === undefined) problems.push(`${flag} "${text}" is not a duration; use e.g. ${flag} 90s, ${flag} 30m or ${flag} 2h`);
  return ms ?? fallbackMs;
}

export function readWatchSettings(options: WatchOptions = {}, environment: NodeJS.ProcessEnv = process.env): WatchSettings {
  const core = readSettings(environment);
  const watch = readVariables(namesOf(watchVariables), environment);
  const stores = resolveStores(core);
  const problems: string[] = [];
  const intervalMs = durationOption('--interval', options.interval, watch.CHECK_INTERVAL_MINUTES * 60_000, problems);
  const runTimeoutMs = durationOption('--run-timeout', options.runTimeout, watch.RUN_TIMEOUT_MINUTES * 60_000, problems);
  const graceMs = durationOption('--grace', options.grace, 60_000, problems);
  const port = Number(options.port ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) problems.push(`--port "${options.port}" is not a port; use a whole number from 0 to 65535`);

  const domains = watch.STORE_MYSHOPIFY_DOMAINS;
  if (domains.length && domains.length !== stores.length) {
    problems.push(
      `STORE_MYSHOPIFY_DOMAINS lists ${domains.length} domain(s) but STORE_URL ${stores.length} store(s); list one *.myshopify.com domain per STORE_URL entry, in the same order`,
    );
  }
  if (problems.length) throw new SettingsError(problems.join('\n'));
  return {
    intervalMs,
    runTimeoutMs,
    graceMs,
    host: options.host ?? '127.0.0.1',
    port,
    stores,
    myshopifyStores: new Map(domains.map((domain, index) => [domain, stores[index]])),
    githubSecret: watch.GITHUB_WEBHOOK_SECRET,
    shopifySecret: watch.SHOPIFY_WEBHOOK_SECRET,
    token: watch.WATCH_TOKEN,
    command: watch.WATCH_COMMAND,
    databasePath: resolve(core.NANO_SRE_DB),
    reportsDir: resolve(core.REPORTS_DIR),
    retentionDays: core.RETENTION_DAYS,
    evidenceRetentionDays: core.EVIDENCE_RETENTION_DAYS,
  };
}
