// Pure: an alert as a Discord embed (red failing, amber warning, green recovered), with the
// screenshot shown in the embed from the attached file. Limits are Discord's documented ones.
import type { APIEmbed, APIEmbedField } from 'discord.js';
import { alertTones, type AlertEvent, type AlertTone } from '../../../core/alert-event';
import { affectedStores, alertTitle, diagnosisLines, durationLine, findingLines, truncate } from './message-parts';

export const discordColours: Record<AlertTone, number> = {
  failing: 0xd93f0b,
  warning: 0xf5a623,
  recovered: 0x2ea043,
  info: 0x5865f2,
};

export interface DiscordMessage {
  embeds: APIEmbed[];
  /** The file name the screenshot must be attached under for the embed image to show it. */
  attachmentName?: string;
}

function field(name: string, value: string, inline = false): APIEmbedField {
  return { name, value: truncate(value, 1024), inline };
}

export function buildDiscordMessage(event: AlertEvent, options: { withScreenshot: boolean }): DiscordMessage {
  const devices = [...new Set(event.affected.map((check) => check.device))].join(', ');
  const fields: APIEmbedField[] = [
    field('Store', affectedStores(event)),
    field('Skill', event.skillName, true),
    field('Device', devices, true),
    field('Severity', event.severity, true),
  ];
  const duration = durationLine(event);
  if (duration) fields.push(field(event.kind === 'incident-resolved' ? 'Downtime' : 'Duration', duration));
  const findings = findingLines(event);
  if (findings.length) fields.push(field('Top findings', findings.join('\n')));
  const [rootCause, ...steps] = diagnosisLines(event);
  if (rootCause) fields.push(field('Diagnosis', rootCause), field('Remediation', steps.join('\n') || '—'));
  if (event.diagnosisUrl) fields.push(field('Full diagnosis', event.diagnosisUrl));
  const attachmentName = options.withScreenshot ? event.screenshotName : undefined;
  const embed: APIEmbed = {
    title: truncate(alertTitle(event), 256),
    description: truncate(event.summary, 4096),
    color: discordColours[alertTones[event.kind]],
    fields,
    timestamp: event.createdAt,
    footer: { text: `nano-sre · alert ${event.alertId}` },
  };
  if (event.reportUrl) embed.url = event.reportUrl;
  if (attachmentName) embed.image = { url: `attachment://${attachmentName}` };
  return { embeds: [embed], attachmentName };
}
