// docs/findings.md, written from the finding catalogue (reporters/finding-registry.ts) so the page
// can never drift from the codes the code raises. Run: npm run docs:findings
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FindingCatalogue } from '../core/finding-catalogue';
import { findingCatalogue } from '../reporters/finding-registry';

const introduction = `# Findings catalogue

Every finding a skill records has a stable \`code\` (\`area.what_happened\`). Codes are the keys
for incidents, diagnosis rules, the diagnosis cache and alert de-duplication, so they never
change meaning once shipped. Levels: **fail** ends the skill (status FAIL), **warn** lets it
finish (status WARN), **info** is kept as evidence only.

This page is written from the finding catalogue (\`npm run docs:findings\`): each owner (a skill,
the storefront fixture every skill shops through, or the reporter) declares its codes once, in a
\`finding-codes.ts\` file registered in \`reporters/finding-registry.ts\`, and a code has one owner.
Each code has a rule in \`reporters/diagnosis/rules/<prefix>.ts\` that turns it into a diagnosis
(root cause, category, severity, remediation, docs links) without any key or network; some codes
have several rules picked by evidence (the HTTP status, the response body, which host failed).
\`npm test\` fails when a code raised in the source is not in the catalogue, is raised by another
owner, has no rule, or when this page is out of date.

Categories: **store-defect** (the store is broken), **third-party** (an app or vendor host),
**monitor-misconfiguration** (the test is set up wrong), **transient** (noise). Severities: P0
nobody can buy, P1 buying broken for some, P2 degraded, P3 cosmetic/noise. **Outage**: a FAIL
with this code means shoppers cannot buy or reach the store (an incident is P1 when no diagnosis
says otherwise).
`;

export function renderFindingsDoc(catalogue: FindingCatalogue): string {
  const sections = catalogue.groups.map((group) => {
    const rows = group.codes.map((entry) => `| \`${entry.code}\` | ${entry.level} | ${entry.category}${entry.outage ? ', outage' : ''} | ${entry.meaning} | ${entry.whatToDo} |`);
    return [`## ${group.title}`, '', `Owner: \`${group.owner}\`.`, '', '| Code | Level | Category | Meaning | What to do |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
  });
  return `${introduction}\n${sections.join('\n\n')}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = fileURLToPath(new URL('../docs/findings.md', import.meta.url));
  writeFileSync(path, renderFindingsDoc(findingCatalogue));
  console.log(`wrote ${path}`);
}
