// POST /hooks/run: a run now, for people and scripts (`curl -H "Authorization: Bearer $WATCH_TOKEN"`),
// optionally of one store and some skills: {"store": "shop.example.com", "skills": ["headless_probe"]}.
import { z } from 'zod';
import { parseStoreUrl, type StoreTarget } from '../../config/stores';
import { verifyBearer } from '../http/signatures';
import { header, parseJson, type WebhookDefinition } from './webhook-trigger';

export interface ManualHookSettings {
  token: string;
  stores: StoreTarget[];
  /** The skills a request may name; undefined when the command is WATCH_COMMAND (any name is passed on). */
  skills?: string[];
}

// Strict: this body is ours, so a misspelt field is an error rather than a run of everything.
const manualRunBody = z.strictObject({ store: z.string().min(1).optional(), skills: z.array(z.string().regex(/^[a-z0-9_]+$/)).min(1).optional() });

function findStore(stores: StoreTarget[], text: string): StoreTarget | undefined {
  try {
    const wanted = parseStoreUrl(text);
    return stores.find((store) => store.url === wanted.url || store.label === wanted.label);
  } catch {
    return stores.find((store) => store.label === text);
  }
}

export function manualHook(settings: ManualHookSettings): WebhookDefinition {
  return {
    name: 'manual run hook',
    path: '/hooks/run',
    verify: (_body, headers) => verifyBearer(settings.token, header(headers, 'authorization')),
    decide(body) {
      const parsed = manualRunBody.safeParse(parseJson(body));
      if (!parsed.success) return { kind: 'answer', status: 400, body: { error: 'the body must be empty or {"store": "<STORE_URL entry>", "skills": ["<skill name>"]}' } };
      const { store, skills } = parsed.data;
      const target = store === undefined ? undefined : findStore(settings.stores, store);
      if (store !== undefined && !target) return { kind: 'answer', status: 400, body: { error: `store "${store}" is not in STORE_URL`, stores: settings.stores.map((entry) => entry.url) } };
      const unknown = settings.skills ? (skills ?? []).filter((skill) => !settings.skills!.includes(skill)) : [];
      if (unknown.length) return { kind: 'answer', status: 400, body: { error: `unknown skill ${unknown.join(', ')}`, skills: settings.skills } };
      return { kind: 'run', request: { trigger: 'watch:manual', stores: target ? [target.url] : undefined, skills, reason: 'POST /hooks/run' } };
    },
  };
}
