// Pure: the message `nano-sre alert test` sends, shaped like a real alert so every field and the
// attachment path are exercised, and worded so nobody mistakes it for an outage.
import type { AlertScreenshot } from './alert-channel';
import type { AlertEvent } from '../../core/alert-event';

/** A 1×1 PNG: enough to prove attachments reach the channel. */
const pixelPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

export function buildTestAlert(options: { alertId: string; now: Date; storeUrl: string; reportUrl?: string }): { event: AlertEvent; screenshot: AlertScreenshot } {
  const event: AlertEvent = {
    kind: 'test',
    alertId: options.alertId,
    createdAt: options.now.toISOString(),
    skillName: 'alert_test',
    summary: 'This is a test message from `nano-sre alert test`: this channel is set up and reaches you. Nothing is broken.',
    severity: 'P3',
    findings: [{ code: 'alert.test', level: 'info', message: 'Test finding: real alerts list their top findings here.' }],
    affected: [{ storeUrl: options.storeUrl, device: 'desktop' }],
    screenshotName: 'nano-sre-test.png',
    reportUrl: options.reportUrl,
  };
  return { event, screenshot: { name: 'nano-sre-test.png', png: pixelPng } };
}
