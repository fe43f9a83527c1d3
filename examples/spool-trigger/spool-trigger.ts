// An example custom trigger for `nano-sre watch --trigger examples/spool-trigger/spool-trigger.ts`:
// a queue poller. Anything that can write a file (a deploy script, cron, another service) asks for a run
// by dropping `<anything>.json` into SPOOL_DIR, optionally {"store": "https://…", "skills": ["headless_probe"]}.
// Each file is taken once (renamed, then deleted), so two pollers never run the same request.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import type { Trigger } from '../../watch/triggers/trigger';
import type { TriggerContext } from '../../watch/watch-service';

const spoolRequest = z.strictObject({ store: z.string().optional(), skills: z.array(z.string().regex(/^[a-z0-9_]+$/)).optional() });

export default function createSpoolTrigger(context: TriggerContext): Trigger {
  const directory = resolve(process.env.SPOOL_DIR || 'spool');
  const everyMs = Number(process.env.SPOOL_POLL_MS || 2000);
  let timer: NodeJS.Timeout | undefined;
  return {
    name: 'spool',
    start(requestRun) {
      mkdirSync(directory, { recursive: true });
      context.log(`spool trigger: watching ${directory} for *.json every ${everyMs} ms`);
      const poll = () => {
        for (const name of readdirSync(directory).filter((file) => file.endsWith('.json')).sort()) {
          const taken = join(directory, `${name}.taken`);
          try {
            renameSync(join(directory, name), taken); // atomic: whoever renames it owns it
          } catch {
            continue;
          }
          const parsed = spoolRequest.safeParse(JSON.parse(readFileSync(taken, 'utf8') || '{}'));
          rmSync(taken, { force: true });
          if (!parsed.success) {
            context.log(`spool trigger: ${name} ignored; write {} or {"store": "…", "skills": ["…"]}`);
            continue;
          }
          const store = context.stores.find((target) => target.url === parsed.data.store || target.label === parsed.data.store);
          const answer = requestRun({ trigger: 'watch:spool', stores: store ? [store.url] : undefined, skills: parsed.data.skills, reason: name });
          context.log(`spool trigger: ${name} → ${answer}`);
        }
        timer = setTimeout(poll, everyMs);
      };
      poll();
    },
    stop() {
      clearTimeout(timer);
    },
  };
}
