// How a finding reads, the same everywhere a person meets it: the terminal summary, the HTML
// report's annotations and record text, diagnosis.md and every alert channel.
import type { Finding } from './skill-record';

/** `cart.add_failed: Adding Classic Tee to the cart failed: …` (first line of the message). */
export function findingText(finding: Pick<Finding, 'code' | 'message'>): string {
  return `${finding.code}: ${finding.message.split('\n')[0]}`;
}

/** The marker in front of a finding in text lists: ✖ for fail, ! for warn, · for info. */
export function findingMarker(level: Finding['level']): string {
  return level === 'fail' ? '✖' : level === 'warn' ? '!' : '·';
}
