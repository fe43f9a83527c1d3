// `nano-sre baselines list|approve|reset [--store] [--template] [--device]`: the visual auditor's
// baselines (images beside NANO_SRE_DB, rows in it). `approve` accepts the latest shots after an intended
// redesign; `reset` deletes baselines so the next run creates new ones, and only when told which.
import type { Command } from 'commander';
import { deviceNames } from '../../config/core-variables';
import { readSettings } from '../../config/settings';
import { UserError } from '../../core/user-error';
import { visualStoreKey, visualTemplates } from '../../core/visual-shots';
import { openDatabase } from '../../db/open-database';
import { approveVisualBaselines, listVisualBaselines, resetVisualBaselines, visualBaselineFolder, type VisualBaselineFilter, type VisualBaselineRow } from '../../db/visual-baselines';

interface BaselineOptions {
  store?: string;
  template?: string;
  device?: string;
  all?: boolean;
}

/** The filter the options name; each value checked, with a line that says what is accepted. */
function filterFrom(options: BaselineOptions): VisualBaselineFilter {
  if (options.template !== undefined && !(visualTemplates as readonly string[]).includes(options.template)) {
    throw new UserError(`--template "${options.template}" is not a page the visual auditor shoots; use ${visualTemplates.join(', ')}`);
  }
  if (options.device !== undefined && !(deviceNames as readonly string[]).includes(options.device)) {
    throw new UserError(`--device "${options.device}" is not a device; use ${deviceNames.join(', ')}`);
  }
  let storeKey: string | undefined;
  if (options.store !== undefined) {
    try {
      storeKey = visualStoreKey(/^https?:\/\//i.test(options.store) ? options.store : `https://${options.store}`);
    } catch {
      throw new UserError(`--store "${options.store}" is not a store URL or host; use it as in STORE_URL, e.g. --store shop.example.com`);
    }
  }
  return { storeKey, template: options.template, device: options.device };
}

function describe(row: VisualBaselineRow): string {
  const baseline = row.baseline_sha256 ? `${row.baseline_source ?? 'baseline'} ${row.baseline_at ?? ''}`.trim() : 'no baseline';
  const latest = row.latest_at ? `latest ${row.latest_at} ${row.latest_verdict ?? ''}${row.latest_ratio !== null ? ` (${(row.latest_ratio * 100).toFixed(1)}% changed)` : ''}` : 'no shot yet';
  return `  ${row.store_key}  ${row.device.padEnd(7)}  ${row.template.padEnd(10)}  ${baseline}; ${latest}`;
}

function baselines(action: 'list' | 'approve' | 'reset', options: BaselineOptions): string[] {
  const filter = filterFrom(options);
  const named = filter.storeKey !== undefined || filter.template !== undefined || filter.device !== undefined;
  if (action === 'reset' && !named && !options.all) {
    throw new UserError('baselines reset deletes baseline images; name what to reset with --store, --template or --device (or --all for every baseline)');
  }
  const { NANO_SRE_DB: databasePath } = readSettings();
  const database = openDatabase(databasePath);
  try {
    const folder = visualBaselineFolder(databasePath);
    if (action === 'list') {
      const rows = listVisualBaselines(database, filter);
      return rows.length ? [`  in ${folder}`, ...rows.map(describe)] : ['  no visual baselines yet: the next run of visual_auditor creates them'];
    }
    if (action === 'approve') {
      const outcomes = approveVisualBaselines(database, databasePath, filter, new Date().toISOString());
      if (!outcomes.length) return ['  nothing matched: no shot of that store, template and device was kept yet'];
      return outcomes.map(({ row, kind }) => {
        const what = `${row.store_key} ${row.device} ${row.template}`;
        if (kind === 'approved') return `  approved ${what}: its latest shot (${row.latest_at}) is the baseline now`;
        if (kind === 'already-baseline') return `  ${what}: the latest shot already is the baseline`;
        return `  ${what}: no latest shot to approve (run the visual auditor first)`;
      });
    }
    const removed = resetVisualBaselines(database, databasePath, filter);
    if (!removed.length) return ['  nothing matched: no baseline was reset'];
    return [...removed.map((row) => `  reset ${row.store_key} ${row.device} ${row.template}: baseline and latest shot deleted`), '  the next run creates new baselines'];
  } finally {
    database.close();
  }
}

export function registerBaselinesCommand(program: Command): void {
  const group = program.command('baselines').description("the visual auditor's baselines: list, approve the latest shots, reset");
  const withFilters = (command: Command) =>
    command
      .option('--store <url>', 'store URL or host, as in STORE_URL')
      .option('--template <name>', `page: ${visualTemplates.join(', ')}`)
      .option('--device <name>', `device: ${deviceNames.join(', ')}`);
  withFilters(group.command('list').description('baselines and the latest shots, per store, device and page')).action((options: BaselineOptions) => {
    console.log(['nano-sre baselines list', ...baselines('list', options)].join('\n'));
  });
  withFilters(group.command('approve').description('accept the latest shots as the baselines (after an intended redesign)')).action((options: BaselineOptions) => {
    console.log(['nano-sre baselines approve', ...baselines('approve', options)].join('\n'));
  });
  withFilters(group.command('reset').description('delete baselines so the next run creates new ones'))
    .option('--all', 'reset every baseline of every store')
    .action((options: BaselineOptions) => {
      console.log(['nano-sre baselines reset', ...baselines('reset', options)].join('\n'));
    });
}
