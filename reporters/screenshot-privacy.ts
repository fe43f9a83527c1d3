// Screenshots that may leave the machine (alerts, the LLM) are decided here, once per run:
// a checkout screenshot is replaced by a blurred copy, or dropped when it cannot be blurred.
// The originals stay on disk for the local HTML report and traces.
import { blurCheckoutScreenshot, isCheckoutScreenshot } from './redaction';
import type { SkillResult } from '../core/skill-result';
import { firstLineOf } from '../core/error-text';

/** The pages a result's screenshots were most likely taken on: where it failed, and where it ended. */
export function screenshotPageUrls(result: SkillResult): string[] {
  const findingUrls = result.findings.map((finding) => String(finding.evidence.url ?? ''));
  const lastPage = result.evidence.pages.at(-1)?.url ?? '';
  return [...findingUrls, lastPage].filter(Boolean);
}

export interface ProtectedScreenshots {
  results: SkillResult[];
  /** One line per screenshot that had to be dropped. */
  problems: string[];
}

export async function protectCheckoutScreenshots(results: SkillResult[]): Promise<ProtectedScreenshots> {
  const problems: string[] = [];
  const protectedResults: SkillResult[] = [];
  for (const result of results) {
    const urls = screenshotPageUrls(result);
    if (!result.screenshots.some((path) => isCheckoutScreenshot(path, urls))) {
      protectedResults.push(result);
      continue;
    }
    const screenshots: string[] = [];
    for (const path of result.screenshots) {
      if (!isCheckoutScreenshot(path, urls)) screenshots.push(path);
      else {
        try {
          screenshots.push(await blurCheckoutScreenshot(path));
        } catch (error) {
          problems.push(`a checkout screenshot of ${result.skillName} was left out of alerts and diagnosis (blurring failed: ${firstLineOf(error)})`);
        }
      }
    }
    protectedResults.push({ ...result, screenshots });
  }
  return { results: protectedResults, problems };
}
