// `nano-sre dashboard`: the history page (uptime, timelines, incidents, speed charts, pixel matrix,
// failure screenshots) written as one self-contained HTML file; --markdown adds the GitHub job summary.
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { UserError } from '../../core/user-error';
import { ensureDirectory } from '../../config/paths';
import { parseDuration } from '../../config/maintenance-schedule';
import { readSettings } from '../../config/settings';
import { openDatabase } from '../../db/open-database';
import { readDashboard } from '../../dashboard/read-dashboard';
import { renderDashboardHtml } from '../../dashboard/render-dashboard-html';
import { renderDashboardMarkdown } from '../../dashboard/render-dashboard-markdown';

interface DashboardOptions {
  since: string;
  out?: string;
  markdown?: boolean;
}

export function registerDashboardCommand(program: Command): void {
  program
    .command('dashboard')
    .description('write the dashboard (one self-contained HTML file) from the history in NANO_SRE_DB')
    .option('--since <duration>', 'how far back: 24h, 7d, 30d', '7d')
    .option('--out <file>', 'where to write it (default <REPORTS_DIR>/dashboard.html)')
    .option('--markdown', 'also write the GitHub job summary ($GITHUB_STEP_SUMMARY, else stdout)')
    .action((options: DashboardOptions) => {
      const sinceMs = parseDuration(options.since);
      if (sinceMs === undefined) throw new UserError(`--since "${options.since}" is not a duration; use e.g. --since 24h, --since 7d or --since 90m`);
      const settings = readSettings();
      if (!existsSync(settings.NANO_SRE_DB)) throw new UserError(`there is no database at NANO_SRE_DB=${settings.NANO_SRE_DB} yet; run the suite first (npx nano-sre run) or point NANO_SRE_DB at it`);
      const out = resolve(options.out ?? join(settings.REPORTS_DIR, 'dashboard.html'));
      const database = openDatabase(settings.NANO_SRE_DB);
      try {
        const data = readDashboard(database, { sinceMs, now: new Date() });
        ensureDirectory(dirname(out));
        writeFileSync(out, renderDashboardHtml(data));
        console.log(`nano-sre dashboard: ${out}`);
        if (options.markdown) {
          const markdown = renderDashboardMarkdown(data);
          const summaryFile = process.env.GITHUB_STEP_SUMMARY;
          if (summaryFile) appendFileSync(summaryFile, markdown);
          else console.log(markdown);
        }
      } finally {
        database.close();
      }
    });
}
