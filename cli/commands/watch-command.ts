// `nano-sre watch`: the suite every interval and on signed webhooks, as a long-running service.
// SIGTERM/SIGINT: finish the current run (killed after --grace), flush the outbox, exit 0; a second signal kills the run now.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Command } from 'commander';
import { UserError } from '../../core/user-error';
import { startWatch, type TriggerFactory } from '../../watch/watch-service';
import { readWatchSettings, type WatchOptions } from '../../watch/watch-settings';

interface WatchCommandOptions extends WatchOptions {
  trigger: string[];
}

function log(line: string): void {
  console.log(`nano-sre watch ${new Date().toISOString()} ${line}`);
}

/** A custom trigger module: its default export (or `createTrigger`) takes the trigger context (docs/triggers.md). */
async function loadTrigger(path: string): Promise<TriggerFactory> {
  let module: { default?: unknown; createTrigger?: unknown };
  try {
    module = await import(pathToFileURL(resolve(path)).href);
  } catch (error) {
    throw new UserError(`--trigger ${path} could not be loaded (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); give the path of a trigger module (docs/triggers.md)`);
  }
  const factory = module.default ?? module.createTrigger;
  if (typeof factory !== 'function') throw new UserError(`--trigger ${path} exports no trigger factory; export default a function that returns { name, start, stop } (docs/triggers.md)`);
  return factory as TriggerFactory;
}

export function registerWatchCommand(program: Command): void {
  program
    .command('watch')
    .description('run the skills every interval and on signed webhooks (GitHub, Shopify, POST /hooks/run); dashboard at /')
    .option('--interval <duration>', 'time between runs, e.g. 30m (CHECK_INTERVAL_MINUTES)')
    .option('--port <port>', 'port of the hooks, /healthz and the dashboard', '8787')
    .option('--host <host>', 'address to listen on; loopback unless you put a proxy in front', '127.0.0.1')
    .option('--run-timeout <duration>', 'kill a run after this, e.g. 20m (RUN_TIMEOUT_MINUTES)')
    .option('--grace <duration>', 'on SIGTERM, how long the current run may still take', '60s')
    .option('--trigger <module>', 'a custom trigger module (repeatable; docs/triggers.md)', (value: string, previous: string[]) => [...previous, value], [] as string[])
    .action(async (options: WatchCommandOptions) => {
      const settings = readWatchSettings(options);
      const customTriggers = await Promise.all(options.trigger.map(loadTrigger));
      const service = await startWatch(settings, { log, customTriggers });
      await new Promise<void>((resolveStop) => {
        let stopping = false;
        const onSignal = (signal: NodeJS.Signals) => {
          if (stopping) {
            log(`${signal} again: killing the current run now`);
            service.killNow();
            return;
          }
          stopping = true;
          log(`${signal} received`);
          void service.stop().then(resolveStop);
        };
        process.on('SIGTERM', onSignal);
        process.on('SIGINT', onSignal);
      });
      // Clients (discord.js) may hold timers; the service is done, so leave now with success.
      process.exit(0);
    });
}
