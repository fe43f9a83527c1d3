// Pure: an alert as Slack Block Kit for an incoming webhook: header, fields, diagnosis, a context
// line, and an image block when the screenshot has a public URL (Slack cannot take file uploads here).
import { alertTones, type AlertEvent, type AlertTone } from '../../../core/alert-event';
import { affectedStores, alertTitle, diagnosisLines, durationLine, findingLines, truncate } from './message-parts';

const toneEmoji: Record<AlertTone, string> = { failing: ':red_circle:', warning: ':large_orange_circle:', recovered: ':large_green_circle:', info: ':information_source:' };

type Block = Record<string, unknown>;

export interface SlackMessage {
  text: string;
  blocks: Block[];
}

const markdown = (text: string) => ({ type: 'mrkdwn', text: truncate(text, 3000) });

export function buildSlackMessage(event: AlertEvent): SlackMessage {
  const title = `${toneEmoji[alertTones[event.kind]]} ${alertTitle(event)}`;
  const devices = [...new Set(event.affected.map((check) => check.device))].join(', ');
  const duration = durationLine(event);
  const fields = [
    markdown(`*Store*\n${affectedStores(event)}`),
    markdown(`*Skill*\n${event.skillName}`),
    markdown(`*Device*\n${devices}`),
    markdown(`*Severity*\n${event.severity}`),
    ...(duration ? [markdown(`*${event.kind === 'incident-resolved' ? 'Downtime' : 'Duration'}*\n${duration}`)] : []),
  ];
  const blocks: Block[] = [
    { type: 'header', text: { type: 'plain_text', text: truncate(alertTitle(event), 150), emoji: true } },
    { type: 'section', text: markdown(event.summary), fields },
  ];
  const findings = findingLines(event);
  if (findings.length) blocks.push({ type: 'section', text: markdown(`*Top findings*\n${findings.join('\n')}`) });
  const diagnosis = diagnosisLines(event);
  if (diagnosis.length) blocks.push({ type: 'section', text: markdown(`*Diagnosis*\n${diagnosis.join('\n')}`) });
  if (event.screenshotUrl) blocks.push({ type: 'image', image_url: event.screenshotUrl, alt_text: `screenshot of ${event.skillName}` });
  const context = [`nano-sre · alert ${event.alertId}`, event.createdAt];
  if (event.reportUrl) context.push(`<${event.reportUrl}|HTML report>`);
  if (event.diagnosisUrl) context.push(`<${event.diagnosisUrl}|Diagnosis>`);
  blocks.push({ type: 'context', elements: [markdown(context.join(' · '))] });
  return { text: title, blocks };
}
