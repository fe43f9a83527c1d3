// Problems a page reading finds (broken images, untranslated keys, leaked credentials, SEO tags),
// gathered across the pages of a run so each becomes one finding naming every page it was on.
import type { DoctorFinding } from './observation-findings';

type PageProblemCode = 'doctor.broken_image' | 'doctor.translation_missing' | 'doctor.secret_in_source' | 'doctor.seo';

const describe: Record<PageProblemCode, { level: DoctorFinding['level']; message: (what: string[], pages: string[]) => string }> = {
  'doctor.broken_image': { level: 'warn', message: (what, pages) => `${what.length} image(s) did not load on ${pages.join(', ')}: ${what.slice(0, 3).map(shortUrl).join(', ')}.` },
  'doctor.translation_missing': { level: 'warn', message: (what, pages) => `Untranslated theme text on ${pages.join(', ')}: ${what.join(', ')}.` },
  'doctor.secret_in_source': { level: 'fail', message: (what, pages) => `The page source of ${pages.join(', ')} contains Shopify credentials (${what.join(', ')}): anyone can read them and act on the store.` },
  'doctor.seo': { level: 'warn', message: (what, pages) => `SEO tags missing or doubled on ${pages.join(', ')}: ${what.join('; ')}.` },
};

function shortUrl(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

export class PerPageProblems {
  private readonly byCode = new Map<PageProblemCode, Map<string, string[]>>();

  note(code: PageProblemCode, page: string, what: string[]): void {
    const pages = this.byCode.get(code) ?? new Map<string, string[]>();
    pages.set(page, [...(pages.get(page) ?? []), ...what]);
    this.byCode.set(code, pages);
  }

  findings(): DoctorFinding[] {
    return [...this.byCode].map(([code, pages]) => {
      const what = [...new Set([...pages.values()].flat())];
      const seo = code === 'doctor.seo' ? [...pages].map(([page, problems]) => `${page}: ${problems.join(', ')}`) : what;
      return { code, level: describe[code].level, message: describe[code].message(seo, [...pages.keys()]), evidence: { pages: Object.fromEntries(pages), ...(code === 'doctor.seo' ? { problems: seo } : {}) } };
    });
  }
}
