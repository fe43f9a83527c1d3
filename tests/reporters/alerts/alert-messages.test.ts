// Grouping and the pure message builders: one alert names every store and device, and each
// channel's message carries the evidence (findings, diagnosis, duration, screenshot, report link).
import { expect, test } from '@playwright/test';
import type { AlertEvent } from '../../../core/alert-event';
import { groupAlerts } from '../../../reporters/alerts/group-alerts';
import { buildDiscordMessage, discordColours } from '../../../reporters/alerts/messages/discord-message';
import { formatDuration } from '../../../core/durations';
import { buildSlackMessage } from '../../../reporters/alerts/messages/slack-message';
import { buildStdoutMessage } from '../../../reporters/alerts/messages/stdout-message';
import { buildWebhookPayload } from '../../../reporters/alerts/messages/webhook-payload';
import { incidentContext, openIncident, skillResult } from './sample-results';

const now = new Date('2026-11-26T11:00:00.000Z');
const diagnosis = {
  rootCause: 'The cart endpoint fails for every product',
  category: 'store-defect' as const,
  severity: 'P0' as const,
  remediation: ['Roll back the last theme publish', 'Check the cart app'],
  docsLinks: [],
  confidence: 0.8,
  source: 'rules' as const,
};
const grouping = { now, newId: () => 'alert-1', reportBaseUrl: 'https://reports.example.com/run', reportsDir: '/srv/reports' };

function openedFor(device: string, incidentId: number, screenshots: string[] = []) {
  const result = skillResult({ device, attempts: 2, screenshots, diagnosis });
  return { kind: 'incident-opened' as const, context: incidentContext({ kind: 'incident-opened', result, severity: 'P1' }, { incidentId }) };
}

test('failures of one skill and cause on several devices and stores become one alert naming them all', () => {
  const other = skillResult({ storeUrl: 'https://other.example.com', attempts: 2 });
  const planned = groupAlerts(
    [
      openedFor('mobile', 2, ['/srv/reports/test-results/cart/failure.png']),
      openedFor('desktop', 1),
      { kind: 'incident-opened', context: incidentContext({ kind: 'incident-opened', result: other, severity: 'P1' }, { incidentId: 3 }) },
      { kind: 'incident-opened', context: incidentContext({ kind: 'incident-opened', result: skillResult({ skillName: 'home', attempts: 2 }), severity: 'P2' }, { incidentId: 4 }) },
    ],
    grouping,
  );
  expect(planned).toHaveLength(2);
  const cart = planned.find((alert) => alert.event.skillName === 'cart_journey')!;
  expect(cart.event.affected.map((check) => `${check.storeUrl} ${check.device} #${check.incidentId}`)).toEqual([
    'https://other.example.com desktop #3',
    'https://shop.example.com desktop #1',
    'https://shop.example.com mobile #2',
  ]);
  expect(cart.screenshotPath).toBe('/srv/reports/test-results/cart/failure.png');
  expect(cart.event.screenshotUrl).toBe('https://reports.example.com/run/test-results/cart/failure.png');
  expect(cart.event.reportUrl).toBe('https://reports.example.com/run/html/index.html');
  expect(cart.event.diagnosis?.rootCause).toBe(diagnosis.rootCause);
  expect(buildStdoutMessage(cart.event)).toContain('where: other.example.com (desktop); shop.example.com (desktop, mobile)');
});

const openedEvent = (): AlertEvent => groupAlerts([openedFor('desktop', 1, ['/srv/reports/shot.png'])], grouping)[0].event;

test('Discord: a red embed with store, skill, device, findings, diagnosis, remediation, report and diagnosis links and the attached screenshot', () => {
  const message = buildDiscordMessage(openedEvent(), { withScreenshot: true });
  const [embed] = message.embeds;
  expect(embed.color).toBe(discordColours.failing);
  expect(embed.title).toBe('FAIL · incident opened: cart_journey on shop.example.com');
  expect(embed.url).toBe('https://reports.example.com/run/html/index.html');
  expect(embed.image).toEqual({ url: `attachment://${message.attachmentName}` });
  expect(Object.fromEntries(embed.fields!.map((field) => [field.name, field.value]))).toEqual({
    Store: 'shop.example.com (desktop)',
    Skill: 'cart_journey',
    Device: 'desktop',
    Severity: 'P1',
    Duration: 'Failed 1 consecutive run',
    'Top findings': '✖ cart.add_failed: Add to cart answered 500',
    Diagnosis: 'Root cause (P0, store-defect, rules): The cart endpoint fails for every product',
    Remediation: '1. Roll back the last theme publish\n2. Check the cart app',
    'Full diagnosis': 'https://reports.example.com/run/diagnosis.md',
  });
  expect(buildDiscordMessage(openedEvent(), { withScreenshot: false }).embeds[0].image).toBeUndefined();
});

test('recovery is green everywhere and says how long it was down', () => {
  const resolved = groupAlerts(
    [{ kind: 'incident-resolved', context: incidentContext({ kind: 'incident-resolved', incident: openIncident(), result: skillResult({ status: 'PASS' }), downtimeMs: 3_780_000 }), downtimeMs: 3_780_000 }],
    grouping,
  )[0].event;
  const [embed] = buildDiscordMessage(resolved, { withScreenshot: false }).embeds;
  expect(embed.color).toBe(discordColours.recovered);
  expect(embed.fields!.find((field) => field.name === 'Downtime')?.value).toBe('Down for 1h 3m');
  expect(buildSlackMessage(resolved).text).toContain(':large_green_circle: RECOVERED · incident resolved');
  expect(buildWebhookPayload(resolved)).toMatchObject({ state: 'resolved', downtimeMs: 3_780_000, affected: [{ dedupKey: 'nano-sre-incident-7' }] });
});

test('Slack: header, fields, findings, diagnosis, image block from the public screenshot URL, context line', () => {
  const message = buildSlackMessage(openedEvent());
  expect(message.blocks.map((block) => block.type)).toEqual(['header', 'section', 'section', 'section', 'image', 'context']);
  expect(message.blocks[4]).toMatchObject({ type: 'image', image_url: 'https://reports.example.com/run/shot.png' });
  expect(JSON.stringify(message.blocks[5])).toContain('<https://reports.example.com/run/html/index.html|HTML report>');
  const noUrl = buildSlackMessage({ ...openedEvent(), screenshotUrl: undefined });
  expect(noUrl.blocks.some((block) => block.type === 'image')).toBe(false);
});

test('the webhook payload is versioned and names state, severity, affected checks, findings and diagnosis', () => {
  const payload = buildWebhookPayload(openedEvent());
  expect(payload).toMatchObject({
    version: 1,
    id: 'alert-1',
    kind: 'incident-opened',
    state: 'firing',
    severity: 'P1',
    skill: 'cart_journey',
    affected: [{ storeUrl: 'https://shop.example.com', device: 'desktop', incidentId: 1, dedupKey: 'nano-sre-incident-1' }],
    findings: [{ code: 'cart.add_failed', level: 'fail' }],
    diagnosis: { severity: 'P0' },
    links: { report: 'https://reports.example.com/run/html/index.html', diagnosis: 'https://reports.example.com/run/diagnosis.md', screenshot: 'https://reports.example.com/run/shot.png' },
  });
});

test('durations read at a glance', () => {
  expect([42_000, 185_000, 3_780_000, 90_000_000].map(formatDuration)).toEqual(['42s', '3m 5s', '1h 3m', '1d 1h']);
});
