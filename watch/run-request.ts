// What a trigger asks for (a run of some or all stores and skills, and why), and how requests that
// arrive while a run is going merge into the one follow-up run.

/** runs.trigger, in the project's vocabulary. Custom triggers use `watch:<their name>`. */
export type TriggerName = `watch:${string}`;

export interface RunRequest {
  trigger: TriggerName;
  /** Store URLs as in STORE_URL; absent: every store. */
  stores?: string[];
  /** Skill names (headless_probe); absent: every skill. */
  skills?: string[];
  /** For the log: the event that asked (a GitHub delivery, a Shopify topic). */
  reason?: string;
}

/** How the queue took a request: run now, queued as the follow-up, or merged into the queued follow-up. */
export type RunAcceptance = 'started' | 'queued' | 'coalesced' | 'refused';

/** A trigger's only door into the loop. */
export type RequestRun = (request: RunRequest) => RunAcceptance;

function union(first: string[] | undefined, second: string[] | undefined): string[] | undefined {
  // Absent means "all": all merged with anything is still all.
  if (!first || !second) return undefined;
  return [...new Set([...first, ...second])];
}

/** The follow-up covers everything either request asked for; it keeps the trigger of the first. */
export function mergeRequests(queued: RunRequest, next: RunRequest): RunRequest {
  return {
    trigger: queued.trigger,
    stores: union(queued.stores, next.stores),
    skills: union(queued.skills, next.skills),
    reason: queued.reason === next.reason ? queued.reason : [queued.reason, next.reason].filter(Boolean).join('; '),
  };
}

export function describeRequest(request: RunRequest): string {
  const stores = request.stores ? request.stores.join(', ') : 'every store';
  const skills = request.skills ? ` (${request.skills.join(', ')})` : '';
  return `${request.trigger}: ${stores}${skills}${request.reason ? ` · ${request.reason}` : ''}`;
}
