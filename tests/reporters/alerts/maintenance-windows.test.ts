// MAINTENANCE windows and mutes: parsed with a clear message when wrong, and holding alerts
// exactly while a window or mute covers the store.
import { expect, test } from '@playwright/test';
import { readAlertSettings } from '../../../reporters/alerts/alert-settings';
import { parseMaintenance } from '../../../config/maintenance-schedule';
import { findHold } from '../../../reporters/alerts/maintenance-windows';

test('windows parse to cron, duration and store (every store by default)', () => {
  expect(parseMaintenance('0 3 * * * 1h; 30 22 * * 5 90m shop.example.com')).toEqual([
    { cron: '0 3 * * *', durationMs: 3_600_000, store: '*' },
    { cron: '30 22 * * 5', durationMs: 5_400_000, store: 'https://shop.example.com' },
  ]);
  expect(parseMaintenance('')).toEqual([]);
});

test('a bad window is one line naming MAINTENANCE and the expected shape', () => {
  expect(() => readAlertSettings({ MAINTENANCE: '0 3 * * *' })).toThrow(/^MAINTENANCE=.*should read "MIN HOUR DAY MONTH WEEKDAY DURATION \[STORE\]"/);
  expect(() => readAlertSettings({ MAINTENANCE: '0 99 * * * 1h' })).toThrow(/MAINTENANCE=.*bad cron/);
});

test('a window holds alerts from its start for its duration, only for the stores it names', () => {
  const zone = process.env.TZ;
  process.env.TZ = 'UTC'; // windows are in the machine's time zone; pin it for the assertions
  const windows = parseMaintenance('0 3 * * * 1h; 0 12 * * * 30m https://shop.example.com');
  expect(findHold('https://any.example.com', new Date('2026-11-26T03:30:00Z'), windows, [])?.until.toISOString()).toBe('2026-11-26T04:00:00.000Z');
  expect(findHold('https://any.example.com', new Date('2026-11-26T04:00:01Z'), windows, [])).toBeUndefined();
  expect(findHold('https://shop.example.com', new Date('2026-11-26T12:10:00Z'), windows, [])?.reason).toBe('maintenance window "0 12 * * *"');
  expect(findHold('https://any.example.com', new Date('2026-11-26T12:10:00Z'), windows, [])).toBeUndefined();
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

test('a mute holds until it ends; "*" mutes every store', () => {
  const mutes = [{ store: 'https://shop.example.com', until: '2026-11-26T12:00:00.000Z', reason: 'deploy' }];
  expect(findHold('https://shop.example.com', new Date('2026-11-26T11:00:00Z'), [], mutes)).toEqual({ until: new Date('2026-11-26T12:00:00.000Z'), reason: 'muted (deploy)' });
  expect(findHold('https://shop.example.com', new Date('2026-11-26T12:00:00Z'), [], mutes)).toBeUndefined();
  expect(findHold('https://other.example.com', new Date('2026-11-26T11:00:00Z'), [], [{ store: '*', until: '2026-11-26T12:00:00.000Z' }])).toBeDefined();
});

test('alert settings: defaults, and every bad variable named at once', () => {
  const defaults = readAlertSettings({});
  expect(defaults).toMatchObject({ ALERT_AFTER_FAILURES: 2, ALERT_ON_WARN: false, ALERT_COOLDOWN_MINUTES: 60, ALERT_REMIND_MINUTES: 240, ALERT_DELIVERY_STRICT: false });
  let message = '';
  try {
    readAlertSettings({ ALERT_AFTER_FAILURES: '0', ALERT_ON_WARN: 'maybe', DISCORD_WEBHOOK_URL: 'https://example.com/hook', SLACK_WEBHOOK_URL: 'hooks.slack.com' });
  } catch (error) {
    message = (error as Error).message;
  }
  const lines = message.split('\n');
  expect(lines.map((line) => line.split('=')[0]).sort()).toEqual(['ALERT_AFTER_FAILURES', 'ALERT_ON_WARN', 'DISCORD_WEBHOOK_URL', 'SLACK_WEBHOOK_URL']);
  expect(message).not.toContain('example.com/hook'); // webhook URLs are credentials
});
