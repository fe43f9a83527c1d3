// CLI entry: `npm run demo-store` (tsx demo-store/main.ts). Reads its settings
// from the environment, prints one line, and exits cleanly on SIGINT/SIGTERM.

import { parseArgs } from 'node:util';
import { z } from 'zod';
import { CART_TYPES, THEME_NAMES } from './themes/demo-theme.js';
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
  DEMO_THEME: z.preprocess(blankAsDefault('dawn'), z.enum(THEME_NAMES, { error: `DEMO_THEME must be one of ${THEME_NAMES.join(', ')}` })),
  DEMO_CART_TYPE: z.preprocess(blankAsDefault('notification'), z.enum(CART_TYPES, { error: `DEMO_CART_TYPE must be one of ${CART_TYPES.join(', ')}` })),
  DEMO_NOISE: z.string().optional().transform((value) => (value ?? '').split(',').map((name) => name.trim()).filter(Boolean)),
  DEMO_SLOW_TTFB_MS: z
    .string()
    .optional()
    .transform((value, context) => {
      if (value === undefined || value.trim() === '') return 2500;
      const ms = Number(value);
      if (!Number.isInteger(ms) || ms < 0 || ms > 60_000) {
        context.addIssue({ code: 'custom', message: `DEMO_SLOW_TTFB_MS must be milliseconds 0-60000, got "${value}"` });
        return z.NEVER;
      }
      return ms;
    }),
  DEMO_CONSENT_REQUIRED: z.preprocess(blankAsDefault('false'), z.enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'DEMO_CONSENT_REQUIRED must be true or false' })).transform((value) => ['true', '1', 'yes'].includes(value)),
});

function blankAsDefault(fallback: string) {
  return (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim().toLowerCase() : fallback);
}

/** `npm run demo-store -- --theme horizon --noise all --faults atc_500`: flags win over the environment. */
function readFlags(): NodeJS.ProcessEnv {
  const { values } = parseArgs({
    options: { theme: { type: 'string' }, 'cart-type': { type: 'string' }, noise: { type: 'string' }, faults: { type: 'string' }, port: { type: 'string' }, 'consent-required': { type: 'boolean' } },
    strict: true,
  });
  return {
    ...(values.theme !== undefined ? { DEMO_THEME: values.theme } : {}),
    ...(values['cart-type'] !== undefined ? { DEMO_CART_TYPE: values['cart-type'] } : {}),
    ...(values.noise !== undefined ? { DEMO_NOISE: values.noise } : {}),
    ...(values.faults !== undefined ? { DEMO_FAULTS: values.faults } : {}),
    ...(values.port !== undefined ? { DEMO_STORE_PORT: values.port } : {}),
    ...(values['consent-required'] ? { DEMO_CONSENT_REQUIRED: 'true' } : {}),
  };
}

function fail(message: string): never {
  console.error(`demo-store: ${message}`);
  process.exit(2);
}

async function main(): Promise<void> {
  let flags: NodeJS.ProcessEnv;
  try {
    flags = readFlags();
  } catch (error) {
    fail(`${(error as Error).message}; flags are --theme, --cart-type, --noise, --faults, --port, --consent-required`);
  }
  const parsed = environment.safeParse({ ...process.env, ...flags });
  if (!parsed.success) fail(parsed.error.issues.map((issue) => issue.message).join('; '));
  const settings = parsed.data;
  let store;
  try {
    store = await startDemoStore({
      port: settings.DEMO_STORE_PORT,
      faults: settings.DEMO_FAULTS,
      password: settings.DEMO_STORE_PASSWORD,
      theme: settings.DEMO_THEME,
      cartType: settings.DEMO_CART_TYPE,
      noise: settings.DEMO_NOISE,
      consentRequired: settings.DEMO_CONSENT_REQUIRED,
      slowTtfbMs: settings.DEMO_SLOW_TTFB_MS,
    });
  } catch (error) {
    const message = (error as Error).message;
    if (message.startsWith('unknown demo-store fault')) fail(`DEMO_FAULTS: ${message}`);
    if (message.startsWith('unknown demo-store noise')) fail(`DEMO_NOISE: ${message}`);
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') fail(`DEMO_STORE_PORT ${settings.DEMO_STORE_PORT} is already in use; set DEMO_STORE_PORT to a free port`);
    throw error;
  }
  const faults = store.faults();
  console.log(`demo store listening on ${store.url} (theme: ${store.theme}${settings.DEMO_CONSENT_REQUIRED ? ', consent required' : ''}, faults: ${faults.length > 0 ? faults.join(', ') : 'none'}, noise: ${settings.DEMO_NOISE.join(', ') || 'none'})`);
  const stop = (): void => {
    void store.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

void main();
