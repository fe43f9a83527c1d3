// CLI entry: `npm run demo-store` (tsx demo-store/main.ts). Reads its settings
// from the environment, prints one line, and exits cleanly on SIGINT/SIGTERM.

import { z } from 'zod';
import { startDemoStore } from './server.js';

const DEFAULT_PORT = 4311;

const environment = z.object({
  DEMO_STORE_PORT: z
    .string()
    .optional()
    .transform((value, context) => {
      if (value === undefined || value.trim() === '') return DEFAULT_PORT;
      const port = Number(value);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        context.addIssue({ code: 'custom', message: `DEMO_STORE_PORT must be a port number 0-65535, got "${value}"` });
        return z.NEVER;
      }
      return port;
    }),
  DEMO_FAULTS: z.string().optional().transform((value) => (value ?? '').split(',').map((name) => name.trim()).filter(Boolean)),
  DEMO_STORE_PASSWORD: z.string().optional().transform((value) => (value && value.length > 0 ? value : 'nano')),
});

function fail(message: string): never {
  console.error(`demo-store: ${message}`);
  process.exit(2);
}

async function main(): Promise<void> {
  const parsed = environment.safeParse(process.env);
  if (!parsed.success) fail(parsed.error.issues.map((issue) => issue.message).join('; '));
  const settings = parsed.data;
  let store;
  try {
    store = await startDemoStore({ port: settings.DEMO_STORE_PORT, faults: settings.DEMO_FAULTS, password: settings.DEMO_STORE_PASSWORD });
  } catch (error) {
    const message = (error as Error).message;
    if (message.startsWith('unknown demo-store fault')) fail(`DEMO_FAULTS: ${message}`);
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') fail(`DEMO_STORE_PORT ${settings.DEMO_STORE_PORT} is already in use; set DEMO_STORE_PORT to a free port`);
    throw error;
  }
  const faults = store.faults();
  console.log(`demo store listening on ${store.url} (faults: ${faults.length > 0 ? faults.join(', ') : 'none'})`);
  const stop = (): void => {
    void store.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

void main();
