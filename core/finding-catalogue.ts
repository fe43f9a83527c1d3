// The seam between the code that raises findings (a skill, the storefront fixture, the reporter)
// and every side that reasons about codes (the incident policy, theme validation, docs, rule coverage):
// each owner declares its codes here once, and nobody else matches codes by pattern.
import { z } from 'zod';
import { diagnosisCategories } from './diagnosis-schema';

export const findingCodeEntrySchema = z.object({
  /** `area.what_happened`; the key for incidents, rules, the diagnosis cache and alert de-duplication. */
  code: z.string().regex(/^[a-z_]+\.[a-z0-9_]+$/, 'codes look like area.what_happened'),
  /** The level the owner raises it at (fail ends the skill, warn lets it finish, info is evidence). */
  level: z.enum(['fail', 'warn', 'info']),
  /** What it usually means, before the evidence says more. */
  category: z.enum(diagnosisCategories),
  /** A FAIL with this code means shoppers cannot buy or reach the store: incidents take P1 without a diagnosis. */
  outage: z.boolean().default(false),
  /** The Shopify Dev MCP server's theme-check (THEME_DIR) can point at the cause. */
  themeValidationHelps: z.boolean().default(false),
  /** docs/findings.md: what it means, and what to do. */
  meaning: z.string().min(1),
  whatToDo: z.string().min(1),
});
export type FindingCodeEntry = z.input<typeof findingCodeEntrySchema>;
export type FindingCode = z.output<typeof findingCodeEntrySchema>;

/** The codes one owner raises; `owner` is a skill name (`headless_probe`), `storefront` or `reporter`. */
export interface FindingCodeGroup {
  owner: string;
  /** The heading these codes stand under in docs/findings.md. */
  title: string;
  codes: readonly FindingCodeEntry[];
}

export function defineFindingCodes(owner: string, title: string, codes: readonly FindingCodeEntry[]): FindingCodeGroup {
  return { owner, title, codes };
}

export interface FindingCatalogue {
  readonly groups: ReadonlyArray<FindingCodeGroup & { codes: readonly FindingCode[] }>;
  entry(code: string): (FindingCode & { owner: string }) | undefined;
  isOutage(code: string): boolean;
  themeValidationHelps(code: string): boolean;
  codes(): string[];
}

/** One catalogue of every owner's codes; a code declared twice (by one owner or two) is refused. */
export function createFindingCatalogue(groups: readonly FindingCodeGroup[]): FindingCatalogue {
  const byCode = new Map<string, FindingCode & { owner: string }>();
  const parsedGroups = groups.map((group) => ({ ...group, codes: group.codes.map((entry) => findingCodeEntrySchema.parse(entry)) }));
  for (const group of parsedGroups) {
    for (const entry of group.codes) {
      const existing = byCode.get(entry.code);
      if (existing) throw new Error(`finding code ${entry.code} is declared by both ${existing.owner} and ${group.owner}; a code has one owner`);
      byCode.set(entry.code, { ...entry, owner: group.owner });
    }
  }
  return {
    groups: parsedGroups,
    entry: (code) => byCode.get(code),
    isOutage: (code) => byCode.get(code)?.outage ?? false,
    themeValidationHelps: (code) => byCode.get(code)?.themeValidationHelps ?? false,
    codes: () => [...byCode.keys()],
  };
}
