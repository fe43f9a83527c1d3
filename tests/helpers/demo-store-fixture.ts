// A demo store per test, on an ephemeral loopback port, closed when the test ends.
import { createServer } from 'node:net';
import { test as base } from '@playwright/test';
import { startDemoStore, type DemoStore } from '../../demo-store/server';

export const test = base.extend<{ demoStore: DemoStore }>({
  demoStore: async ({}, use) => {
    const store = await startDemoStore({ port: 0 });
    await use(store);
    await store.close();
  },
});

export { expect } from '@playwright/test';

/** A port nothing listens on: for the suite's own webServer, or for an unreachable store. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
