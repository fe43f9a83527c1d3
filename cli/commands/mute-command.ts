// `nano-sre mute STORE --for 2h`: checks keep running and are stored; the store's alerts are held.
// Recoveries of incidents announced before the mute are delivered when it ends.
import type { Command } from 'commander';
import { UserError } from '../../core/user-error';
import { readSettings } from '../../config/settings';
import { openDatabase } from '../../db/open-database';
import { addMute, endMutes, listActiveMutes } from '../../db/mute-queries';
import { normaliseStore, parseDuration } from '../../config/maintenance-schedule';

interface MuteOptions {
  for?: string;
  reason?: string;
  off?: boolean;
  list?: boolean;
}

function muteStore(store: string | undefined, options: MuteOptions): string[] {
  const database = openDatabase(readSettings().NANO_SRE_DB);
  const now = new Date();
  try {
    if (options.list || !store) {
      const mutes = listActiveMutes(database, now.toISOString());
      return mutes.length ? mutes.map((mute) => `  ${mute.store === '*' ? 'all stores' : mute.store} until ${mute.until}${mute.reason ? ` (${mute.reason})` : ''}`) : ['  no store is muted'];
    }
    const target = normaliseStore(store);
    if (options.off) return [`  ${endMutes(database, target, now.toISOString())} mute(s) ended for ${target}`];
    const durationMs = parseDuration(options.for ?? '');
    if (durationMs === undefined) throw new UserError(`--for "${options.for ?? ''}" is not a duration; use e.g. --for 90m, --for 2h or --for 1d`);
    const until = new Date(now.getTime() + durationMs).toISOString();
    addMute(database, { store: target, until, reason: options.reason }, now.toISOString());
    return [`  ${target === '*' ? 'all stores' : target} muted until ${until}`];
  } finally {
    database.close();
  }
}

export function registerMuteCommand(program: Command): void {
  program
    .command('mute')
    .description('hold alerts for a store (or "all") for a while; checks still run and are stored')
    .argument('[store]', 'store URL or host as in STORE_URL, or "all"')
    .option('--for <duration>', 'how long: 90m, 2h, 1d', '1h')
    .option('--reason <text>', 'shown in `nano-sre mute --list`')
    .option('--off', 'end the store\'s mutes now')
    .option('--list', 'show active mutes')
    .action((store: string | undefined, options: MuteOptions) => {
      console.log(['nano-sre mute', ...muteStore(store, options)].join('\n'));
    });
}
