// `nano-sre watch` as a value: the HTTP server (hooks, /healthz, the dashboard at /), the triggers and
// the run queue, started together; stop() ends them in the order that loses nothing.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Database from 'better-sqlite3';
import { errorText } from '../core/error-text';
import { renderDashboardHtml } from '../dashboard/render-dashboard-html';
import { readDashboard } from '../dashboard/read-dashboard';
import { listOpenIncidents } from '../db/incident-queries';
import { openDatabase } from '../db/open-database';
import { readAlertSettings } from '../reporters/alerts/alert-settings';
import { closeChannels, createChannels } from '../reporters/alerts/channel-registry';
import { deliverOutbox } from '../reporters/alerts/deliver-outbox';
import { summariseDelivery } from '../reporters/alerts/delivery-summary';
import { Router, sendJson } from './http/router';
import { RunQueue } from './run-queue';
import type { RunRequest } from './run-request';
import { createSuiteRunner, listSuiteSkills, type RunOutcome } from './suite-runner';
import { createHookTriggers } from './triggers/hook-registry';
import { createIntervalTrigger } from './triggers/interval-trigger';
import type { Trigger } from './triggers/trigger';
import type { WatchSettings } from './watch-settings';

/** What a custom trigger module's default export receives (docs/triggers.md). */
export interface TriggerContext {
  stores: WatchSettings['stores'];
  log: (line: string) => void;
}

export type TriggerFactory = (context: TriggerContext) => Trigger | Promise<Trigger>;

export interface WatchServiceOptions {
  log: (line: string) => void;
  customTriggers?: TriggerFactory[];
}

export interface WatchService {
  url: string;
  /** Finishes the current run (killed after the grace period), drops the queued one, flushes the outbox. */
  stop(): Promise<void>;
  /** Kill the run in flight now (a second signal). */
  killNow(): void;
}

function readOnly<T>(databasePath: string, read: (database: Database.Database) => T): T {
  const database = new Database(databasePath, { readonly: true, fileMustExist: true, timeout: 5000 });
  try {
    return read(database);
  } finally {
    database.close();
  }
}

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server.address() as AddressInfo));
  });
}

async function flushOutbox(databasePath: string, log: (line: string) => void): Promise<void> {
  try {
    const settings = readAlertSettings();
    const database = openDatabase(databasePath);
    const channels = createChannels(settings);
    try {
      const report = await deliverOutbox(database, channels, { timeBoxMs: settings.ALERT_DELIVERY_TIMEOUT_SECONDS * 1000, retentionDays: settings.RETENTION_DAYS });
      const { notes } = summariseDelivery(report, false);
      log(`outbox flushed${notes.length ? `: ${notes.join('; ')}` : ': nothing was due'}`);
    } finally {
      closeChannels(channels);
      database.close();
    }
  } catch (error) {
    log(`the outbox could not be flushed (${errorText(error)}); \`nano-sre alerts flush\` delivers it later`);
  }
}

export async function startWatch(settings: WatchSettings, options: WatchServiceOptions): Promise<WatchService> {
  const { log } = options;
  // Create and migrate the database once; every read after this is read-only.
  openDatabase(settings.databasePath).close();

  const runner = createSuiteRunner(settings, log);
  const queue = new RunQueue<RunOutcome>({ execute: (request) => runner.execute(request), log });
  const requestRun = (request: RunRequest) => queue.request(request);
  const router = new Router(log);
  let nextIntervalRun: Date | undefined;
  const startedAt = new Date().toISOString();

  router.add('GET', '/healthz', (_request, response) => {
    const state = queue.state();
    const openIncidents = readOnly(settings.databasePath, (database) => listOpenIncidents(database));
    sendJson(response, 200, {
      status: 'ok',
      startedAt,
      running: state.running ?? null,
      queued: state.queued ?? null,
      lastRun: state.last ?? null,
      nextRunAt: nextIntervalRun?.toISOString() ?? null,
      intervalMinutes: settings.intervalMs / 60_000,
      openIncidents,
    });
  });
  router.add('GET', '/', (_request, response) => {
    const html = readOnly(settings.databasePath, (database) => renderDashboardHtml(readDashboard(database, { sinceMs: 7 * 86_400_000, now: new Date() })));
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(html);
  });

  const hooks = createHookTriggers(router, { settings, skills: settings.command ? undefined : listSuiteSkills(), log });
  const context: TriggerContext = { stores: settings.stores, log };
  const custom = await Promise.all((options.customTriggers ?? []).map((factory) => factory(context)));
  const triggers: Trigger[] = [
    ...hooks.triggers,
    ...custom,
    createIntervalTrigger({ intervalMs: settings.intervalMs, onSchedule: (next) => (nextIntervalRun = next) }),
  ];

  const server = createServer((request, response) => void router.handle(request, response));
  server.requestTimeout = 30_000;
  const address = await listen(server, settings.port, settings.host);
  const url = `http://${address.address.includes(':') ? `[${address.address}]` : address.address}:${address.port}`;
  log(`listening on ${url} (dashboard at /, health at /healthz); ${hooks.lines.join('; ')}`);
  for (const trigger of triggers) await trigger.start(requestRun);

  return {
    url,
    killNow: () => runner.killCurrent(),
    async stop() {
      log('stopping: no new runs; the current one may finish');
      for (const trigger of triggers) await trigger.stop();
      const dropped = queue.close();
      if (dropped) log('the queued follow-up run was dropped (the next start runs one)');
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const grace = setTimeout(() => {
        log(`the current run did not finish within the grace period (${settings.graceMs / 1000}s); killing it`);
        runner.killCurrent();
      }, settings.graceMs);
      await queue.idle();
      clearTimeout(grace);
      server.closeAllConnections();
      await closed;
      await flushOutbox(settings.databasePath, log);
      log('stopped');
    },
  };
}
