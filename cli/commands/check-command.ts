// `nano-sre check`: is this set-up ready to monitor? Settings, the browser, the database, each store,
// each alert channel: one line each, nothing sent to anyone (channels are probed, not messaged).
import type { Command } from 'commander';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../config/browser';
import { checkEnvironment } from '../../config/check-environment';
import { readSettings } from '../../config/settings';
import { resolveStores, type StoreTarget } from '../../config/stores';
import { discordWebhookPattern } from '../../config/alert-variables';
import { errorText, firstLineOf } from '../../core/error-text';
import { openDatabase } from '../../db/open-database';
import { readAlertSettings } from '../../reporters/alerts/alert-settings';
import { readWatchSettings } from '../../watch/watch-settings';
import { printJson } from '../json-output';

export interface CheckLine {
  name: string;
  status: 'ok' | 'fail' | 'skip';
  detail: string;
}

const timeoutMs = 10_000;
const mark: Record<CheckLine['status'], string> = { ok: '✔', fail: '✖', skip: '–' };

function checkSettings(): CheckLine {
  const problems = checkEnvironment(process.env);
  if (!problems.length) {
    try {
      readWatchSettings(); // the cross-variable rules of watch (STORE_MYSHOPIFY_DOMAINS against STORE_URL)
    } catch (error) {
      problems.push(errorText(error));
    }
  }
  return problems.length ? { name: 'settings', status: 'fail', detail: problems.join(' · ') } : { name: 'settings', status: 'ok', detail: 'every variable is valid' };
}

async function checkBrowser(chromiumPath: string | undefined): Promise<CheckLine> {
  try {
    const browser = await chromium.launch({ ...chromiumLaunchOptions(chromiumPath), timeout: 30_000 });
    const version = browser.version();
    await browser.close();
    return { name: 'browser', status: 'ok', detail: `Chromium ${version} starts${chromiumPath ? ` (${chromiumPath})` : ''}` };
  } catch (error) {
    return { name: 'browser', status: 'fail', detail: `Chromium does not start (${firstLineOf(error)}); run \`npx playwright install chromium\` or set CHROMIUM_PATH` };
  }
}

function checkDatabase(path: string): CheckLine {
  try {
    const database = openDatabase(path);
    try {
      database.exec('BEGIN IMMEDIATE; ROLLBACK'); // takes the write lock, so a read-only file shows here
      const version = database.pragma('user_version', { simple: true });
      const { checks } = database.prepare('SELECT count(*) AS checks FROM check_runs').get() as { checks: number };
      const { open } = database.prepare(`SELECT count(*) AS open FROM incidents WHERE status = 'open'`).get() as { open: number };
      return { name: 'database', status: 'ok', detail: `${path} is writable (schema ${version}, ${checks} checks, ${open} open incidents)` };
    } finally {
      database.close();
    }
  } catch (error) {
    return { name: 'database', status: 'fail', detail: firstLineOf(error) };
  }
}

async function checkStore(store: StoreTarget): Promise<CheckLine> {
  const name = `store ${store.label}`;
  if (store.isDemo) return { name, status: 'skip', detail: 'the built-in demo store starts with each run (set STORE_URL to monitor yours)' };
  const started = performance.now();
  try {
    const response = await fetch(store.url, { redirect: 'manual', signal: AbortSignal.timeout(timeoutMs), headers: { 'user-agent': 'nano-sre check' } });
    await response.body?.cancel();
    const took = `${Math.round(performance.now() - started)} ms`;
    const location = response.headers.get('location') ?? '';
    if (response.status >= 500) return { name, status: 'fail', detail: `${store.url} answered HTTP ${response.status} (${took}); the store is down or erroring` };
    if (/\/password/.test(location)) return { name, status: 'ok', detail: `${store.url} is password-protected (HTTP ${response.status}); set STORE_PASSWORD` };
    return { name, status: 'ok', detail: `${store.url} answered HTTP ${response.status} in ${took}` };
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause;
    return { name, status: 'fail', detail: `${store.url} cannot be reached (${firstLineOf(cause ?? error)}); check STORE_URL and the network` };
  }
}

async function probe(url: string, init: RequestInit): Promise<Response> {
  const response = await fetch(url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
  await response.body?.cancel();
  return response;
}

async function checkChannels(): Promise<CheckLine[]> {
  let settings: ReturnType<typeof readAlertSettings>;
  try {
    settings = readAlertSettings();
  } catch {
    return [{ name: 'alerts', status: 'fail', detail: 'alert settings are not valid (see the settings line)' }];
  }
  const lines: CheckLine[] = [{ name: 'alerts stdout', status: 'ok', detail: 'always on' }];
  const attempt = async (name: string, url: string | undefined, variable: string, run: (url: string) => Promise<CheckLine>) => {
    if (!url) return lines.push({ name, status: 'skip', detail: `not configured (set ${variable})` });
    try {
      lines.push(await run(url));
    } catch (error) {
      const cause = (error as { cause?: unknown }).cause;
      lines.push({ name, status: 'fail', detail: `cannot be reached (${firstLineOf(cause ?? error)})` });
    }
  };
  await attempt('alerts discord', settings.DISCORD_WEBHOOK_URL, 'DISCORD_WEBHOOK_URL', async (url) => {
    // GET on a webhook describes it without posting anything.
    const [, id, token] = discordWebhookPattern.exec(url) ?? [];
    const response = await probe(`${settings.DISCORD_API_BASE?.replace(/\/+$/, '') ?? 'https://discord.com/api'}/v10/webhooks/${id}/${token}`, { method: 'GET' });
    if (response.ok) return { name: 'alerts discord', status: 'ok', detail: `webhook ${id} exists` };
    return { name: 'alerts discord', status: 'fail', detail: `Discord answered HTTP ${response.status} for webhook ${id}; create a new webhook and update DISCORD_WEBHOOK_URL` };
  });
  await attempt('alerts slack', settings.SLACK_WEBHOOK_URL, 'SLACK_WEBHOOK_URL', async (url) => {
    // An empty message is refused with 400 by a live webhook (nothing is posted); a dead one answers 403/404.
    const response = await probe(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    if (response.ok || response.status === 400) return { name: 'alerts slack', status: 'ok', detail: `${new URL(url).host} answers (HTTP ${response.status} to an empty message)` };
    return { name: 'alerts slack', status: 'fail', detail: `Slack answered HTTP ${response.status}; the webhook was revoked or mistyped, update SLACK_WEBHOOK_URL` };
  });
  await attempt('alerts webhook', settings.ALERT_WEBHOOK_URL, 'ALERT_WEBHOOK_URL', async (url) => {
    const response = await probe(url, { method: 'HEAD' });
    if (response.status >= 500) return { name: 'alerts webhook', status: 'fail', detail: `${new URL(url).host} answered HTTP ${response.status}` };
    return { name: 'alerts webhook', status: 'ok', detail: `${new URL(url).host} answers (HTTP ${response.status} to HEAD)` };
  });
  return lines;
}

export async function runChecks(): Promise<CheckLine[]> {
  const settingsLine = checkSettings();
  let core: ReturnType<typeof readSettings> | undefined;
  try {
    core = readSettings();
  } catch {
    core = undefined;
  }
  if (!core) return [settingsLine, { name: 'browser, database, stores', status: 'skip', detail: 'not checked until the settings are fixed' }];
  let stores: StoreTarget[] = [];
  try {
    stores = resolveStores(core);
  } catch {
    stores = [];
  }
  const [browser, storeLines, channelLines] = await Promise.all([checkBrowser(core.CHROMIUM_PATH), Promise.all(stores.map(checkStore)), checkChannels()]);
  return [settingsLine, browser, checkDatabase(core.NANO_SRE_DB), ...storeLines, ...channelLines];
}

export function registerCheckCommand(program: Command): void {
  program
    .command('check')
    .description('check the set-up: settings, browser, database, each store, each alert channel (nothing is sent)')
    .option('--json', 'print { version, command, data } instead of lines')
    .action(async (options: { json?: boolean }) => {
      const lines = await runChecks();
      const ok = lines.every((line) => line.status !== 'fail');
      if (options.json) printJson('check', { ok, checks: lines });
      else console.log(['nano-sre check', ...lines.map((line) => `  ${mark[line.status]} ${line.name}: ${line.detail}`)].join('\n'));
      process.exitCode = ok ? 0 : 1;
    });
}
