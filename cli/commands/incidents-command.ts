// `nano-sre incidents`: what is broken now (and, with --all, what was), straight from SQLite.
import type { Command } from 'commander';
import { formatDuration } from '../../core/durations';
import { UserError } from '../../core/user-error';
import { readSettings } from '../../config/settings';
import { listIncidents, type IncidentSummary } from '../../db/incident-history';
import { openDatabase } from '../../db/open-database';
import { printJson } from '../json-output';

export function formatIncident(incident: IncidentSummary): string {
  const state = incident.status === 'open' ? `OPEN for ${formatDuration(incident.durationMs)}` : `resolved after ${formatDuration(incident.durationMs)}`;
  return `  #${incident.id} ${incident.severity} ${state} · ${incident.skillName} on ${incident.storeUrl} (${incident.device}) · ${incident.summary.split('\n')[0]}`;
}

export function registerIncidentsCommand(program: Command): void {
  program
    .command('incidents')
    .description('list open incidents (--all: resolved ones too)')
    .option('--all', 'include resolved incidents')
    .option('--limit <n>', 'how many at most', '50')
    .option('--json', 'print { version, command, data } (data: the incidents) instead of lines')
    .action((options: { all?: boolean; limit: string; json?: boolean }) => {
      const limit = Number(options.limit);
      if (!Number.isInteger(limit) || limit < 1) throw new UserError(`--limit "${options.limit}" is not a whole number above 0`);
      const database = openDatabase(readSettings().NANO_SRE_DB);
      try {
        const incidents = listIncidents(database, { includeResolved: !!options.all, limit });
        if (options.json) printJson('incidents', incidents);
        else console.log(incidents.length ? incidents.map(formatIncident).join('\n') : options.all ? '  no incidents recorded' : '  no open incidents');
        if (!options.all && incidents.length) process.exitCode = 1;
      } finally {
        database.close();
      }
    });
}
