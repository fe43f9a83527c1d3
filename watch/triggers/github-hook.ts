// POST /hooks/github: a successful deployment or a successful workflow run asks for a run; `ping`
// (sent when the webhook is created) is answered. Signed with GITHUB_WEBHOOK_SECRET (X-Hub-Signature-256).
import { z } from 'zod';
import type { StoreTarget } from '../../config/stores';
import { verifyGithub } from '../http/signatures';
import { header, parseJson, type HookDecision, type WebhookDefinition } from './webhook-trigger';

export interface GithubHookSettings {
  secret: string;
  stores: StoreTarget[];
}

// Lenient: GitHub's payloads carry far more; only what decides is read.
const deploymentStatusEvent = z.object({
  deployment_status: z.object({ state: z.string(), environment_url: z.string().optional().nullable() }),
  deployment: z.object({ environment: z.string().optional() }).optional(),
});
const workflowRunEvent = z.object({
  action: z.string(),
  workflow_run: z.object({ conclusion: z.string().nullable().optional(), name: z.string().optional() }),
});

const ignored = (why: string): HookDecision => ({ kind: 'answer', status: 200, body: { ignored: why } });
const badPayload = (event: string): HookDecision => ({ kind: 'answer', status: 400, body: { error: `not a ${event} payload` } });

/** A deployment whose URL is one of the stores runs that store; any other deployment, every store. */
function storesDeployed(stores: StoreTarget[], environmentUrl: string | null | undefined): string[] | undefined {
  if (!environmentUrl) return undefined;
  try {
    const host = new URL(environmentUrl).host;
    const matched = stores.filter((store) => new URL(store.url).host === host);
    return matched.length ? matched.map((store) => store.url) : undefined;
  } catch {
    return undefined;
  }
}

export function githubHook(settings: GithubHookSettings): WebhookDefinition {
  return {
    name: 'github webhook',
    path: '/hooks/github',
    verify: (body, headers) => verifyGithub(settings.secret, body, header(headers, 'x-hub-signature-256')),
    deliveryId: (headers) => header(headers, 'x-github-delivery'),
    decide(body, headers) {
      const event = header(headers, 'x-github-event') ?? '';
      const payload = parseJson(body);
      if (event === 'ping') return { kind: 'answer', status: 200, body: { pong: true } };
      if (event === 'deployment_status') {
        const parsed = deploymentStatusEvent.safeParse(payload);
        if (!parsed.success) return badPayload(event);
        if (parsed.data.deployment_status.state !== 'success') return ignored(`deployment ${parsed.data.deployment_status.state}`);
        const environment = parsed.data.deployment?.environment;
        return {
          kind: 'run',
          request: { trigger: 'watch:github', stores: storesDeployed(settings.stores, parsed.data.deployment_status.environment_url), reason: `deployment${environment ? ` to ${environment}` : ''} succeeded` },
        };
      }
      if (event === 'workflow_run') {
        const parsed = workflowRunEvent.safeParse(payload);
        if (!parsed.success) return badPayload(event);
        const { action, workflow_run: run } = parsed.data;
        if (action !== 'completed' || run.conclusion !== 'success') return ignored(`workflow run ${action}${run.conclusion ? ` (${run.conclusion})` : ''}`);
        return { kind: 'run', request: { trigger: 'watch:github', reason: `workflow ${run.name ?? ''} succeeded`.replace('  ', ' ') } };
      }
      return ignored(`event ${event || '(none)'}`);
    },
  };
}
