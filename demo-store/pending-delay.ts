// A response held back on purpose (a slow render, a slow app server), cancelled when the store closes
// so the process can exit at once.
import type { RequestContext } from './request-context.js';

export function holdResponse(context: RequestContext, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const entry = {
      timer: setTimeout(() => {
        context.state.pendingDelays.delete(entry);
        resolve();
      }, ms),
      finish: () => resolve(),
    };
    context.state.pendingDelays.add(entry);
  });
}
