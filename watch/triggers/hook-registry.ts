// The webhook routes, one factory per kind, typed over HookKind so a kind without a route does not
// compile. A factory returns undefined when its secret is not set: that route is refused (404), never open.
import type { Router } from '../http/router';
import type { WatchSettings } from '../watch-settings';
import { githubHook } from './github-hook';
import { manualHook } from './manual-hook';
import { shopifyHook } from './shopify-hook';
import type { Trigger } from './trigger';
import { createWebhookTrigger, type WebhookDefinition } from './webhook-trigger';

export const hookKinds = ['github', 'shopify', 'manual'] as const;
export type HookKind = (typeof hookKinds)[number];

interface HookContext {
  settings: WatchSettings;
  skills?: string[];
  log: (line: string) => void;
}

interface HookEntry {
  path: string;
  /** The variable that turns the route on, named in the refusal's log line. */
  variable: string;
  create(context: HookContext): WebhookDefinition | undefined;
}

const hooks = {
  github: {
    path: '/hooks/github',
    variable: 'GITHUB_WEBHOOK_SECRET',
    create: ({ settings }) => (settings.githubSecret ? githubHook({ secret: settings.githubSecret, stores: settings.stores }) : undefined),
  },
  shopify: {
    path: '/hooks/shopify',
    variable: 'SHOPIFY_WEBHOOK_SECRET',
    create: ({ settings, log }) =>
      settings.shopifySecret ? shopifyHook({ secret: settings.shopifySecret, stores: settings.stores, myshopifyStores: settings.myshopifyStores, log }) : undefined,
  },
  manual: {
    path: '/hooks/run',
    variable: 'WATCH_TOKEN',
    create: ({ settings, skills }) => (settings.token ? manualHook({ token: settings.token, stores: settings.stores, skills }) : undefined),
  },
} satisfies Record<HookKind, HookEntry>;

/** The configured hooks as triggers; the others refused on the router. Returns the triggers and one line per hook. */
export function createHookTriggers(router: Router, context: HookContext): { triggers: Trigger[]; lines: string[] } {
  const triggers: Trigger[] = [];
  const lines: string[] = [];
  for (const kind of hookKinds) {
    const entry: HookEntry = hooks[kind];
    const definition = entry.create(context);
    if (definition) {
      triggers.push(createWebhookTrigger(definition, router, context.log));
      lines.push(`POST ${entry.path} on`);
    } else {
      router.refuse('POST', entry.path, `${entry.variable} is not set, so this hook is off`);
      lines.push(`POST ${entry.path} off (set ${entry.variable})`);
    }
  }
  return { triggers, lines };
}
