// `nano-sre incidents`: what is broken now (and, with --all, what was), straight from SQLite.
import type { Command } from 'commander';
import { readSettings } from '../../config/settings';
import { listIncidents, type IncidentSummary } from '../../db/incident-history';
import { openDatabase } from '../../db/open-database';
import { CliError } from '../cli-error';

function formatDuration(milliseconds: number): string {
  const minutes = Math.max(0, Math.round(milliseconds / 60_000));
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  return hours < 48 ? `${hours}h ${minutes % 60}m` : `${Math.floor(hours / 24)}d ${hours % 24}h`;
}

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
    .action((options: { all?: boolean; limit: string }) => {
      const limit = Number(options.limit);
      if (!Number.isInteger(limit) || limit < 1) throw new CliError(`--limit "${options.limit}" is not a whole number above 0`);
      const database = openDatabase(readSettings().NANO_SRE_DB);
      try {
        const incidents = listIncidents(database, { includeResolved: !!options.all, limit });
        console.log(incidents.length ? incidents.map(formatIncident).join('\n') : options.all ? '  no incidents recorded' : '  no open incidents');
        if (!options.all && incidents.length) process.exitCode = 1;
      } finally {
        database.close();
      }
    });
}
