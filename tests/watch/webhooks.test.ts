// Signed webhooks end to end against a running `nano-sre watch`: a right signature asks for a run
// that is recorded with its trigger; a wrong, missing or replayed one does not; bodies over 1 MiB get
// 413; a hook whose secret is not set answers 404 and says why in the log, never accepting unsigned.
import { expect, test } from '@playwright/test';
import { githubSignature, shopifySignature } from '../../watch/http/signatures';
import { readRows } from '../helpers/read-database';
import { eventually, startWatchProcess } from './watch-process';

const githubSecret = 'github-secret-0123456789';
const shopifySecret = 'shopify-secret-0123456789';
const token = 'watch-token-0123456789';

function post(url: string, body: string | Buffer, headers: Record<string, string>): Promise<Response> {
  return fetch(url, { method: 'POST', body: typeof body === 'string' ? body : new Uint8Array(body), headers: { 'content-type': 'application/json', ...headers } });
}

const runTriggers = (databasePath: string) => readRows<{ trigger: string }>(databasePath, 'SELECT trigger FROM runs ORDER BY started_at').map((row) => row.trigger);

test('GitHub and /hooks/run: right, wrong, missing, replayed, oversized; Shopify unconfigured is refused', async () => {
  const watch = await startWatchProcess({ env: { GITHUB_WEBHOOK_SECRET: githubSecret, WATCH_TOKEN: token } });
  try {
    await watch.waitFor(/run ended/); // the start-up run, so each accepted hook below is a run of its own
    const github = `${watch.url}/hooks/github`;
    const deployment = Buffer.from(JSON.stringify({ deployment_status: { state: 'success', environment_url: 'https://shop.example.com' }, deployment: { environment: 'production' } }));
    const signed = (body: Buffer, id: string, event = 'deployment_status') => ({ 'x-github-event': event, 'x-github-delivery': id, 'x-hub-signature-256': githubSignature(githubSecret, body) });

    const ping = Buffer.from('{"zen":"Keep it logically awesome."}');
    expect(await (await post(github, ping, signed(ping, 'ping-1', 'ping'))).json()).toEqual({ pong: true });

    const accepted = await post(github, deployment, signed(deployment, 'delivery-1'));
    expect(accepted.status).toBe(202);
    expect(await accepted.json()).toMatchObject({ trigger: 'watch:github' });

    // The same delivery again (GitHub's "redeliver"): acknowledged, not run.
    const replayed = await post(github, deployment, signed(deployment, 'delivery-1'));
    expect(replayed.status).toBe(200);
    expect(await replayed.json()).toMatchObject({ ignored: 'delivery already received' });

    // Wrong secret, and a body that is not even JSON: refused before anything parses it.
    const garbage = Buffer.from('{not json');
    const wrong = await post(github, garbage, { 'x-github-event': 'deployment_status', 'x-github-delivery': 'delivery-2', 'x-hub-signature-256': githubSignature('another-secret-0123456789', garbage) });
    expect(wrong.status).toBe(401);
    const tampered = await post(github, Buffer.from(deployment.toString().replace('success', 'failure')), signed(deployment, 'delivery-3'));
    expect(tampered.status).toBe(401);
    const missing = await post(github, deployment, { 'x-github-event': 'deployment_status', 'x-github-delivery': 'delivery-4' });
    expect(missing.status).toBe(401);

    const huge = Buffer.alloc(1024 * 1024 + 1, 'a');
    expect((await post(github, huge, signed(huge, 'delivery-5'))).status).toBe(413);

    const failedDeployment = Buffer.from(JSON.stringify({ deployment_status: { state: 'failure' } }));
    expect(await (await post(github, failedDeployment, signed(failedDeployment, 'delivery-6'))).json()).toEqual({ ignored: 'deployment failure' });

    // /hooks/run takes the bearer token, and refuses another one or a store it does not monitor.
    expect((await post(`${watch.url}/hooks/run`, '', { authorization: 'Bearer not-the-token-at-all' })).status).toBe(401);
    expect((await post(`${watch.url}/hooks/run`, '', {})).status).toBe(401);
    const unknownStore = await post(`${watch.url}/hooks/run`, '{"store":"other.example.com"}', { authorization: `Bearer ${token}` });
    expect(unknownStore.status).toBe(400);
    const manual = await post(`${watch.url}/hooks/run`, '{"skills":["cart_journey"]}', { authorization: `Bearer ${token}` });
    expect(manual.status).toBe(202);
    expect(await manual.json()).toEqual({ run: 'queued', trigger: 'watch:manual' }); // the deployment's run is still going

    // No SHOPIFY_WEBHOOK_SECRET: 404 for a perfectly signed request, and the log says what to set.
    const shopifyBody = Buffer.from('{"id":1}');
    const unconfigured = await post(`${watch.url}/hooks/shopify`, shopifyBody, { 'x-shopify-topic': 'themes/publish', 'x-shopify-hmac-sha256': shopifySignature('anything-0123456789', shopifyBody) });
    expect(unconfigured.status).toBe(404);
    await watch.waitFor(/POST \/hooks\/shopify refused with 404: SHOPIFY_WEBHOOK_SECRET is not set/);

    // The start-up run, the deployment, the manual run: each recorded with its trigger, nothing for the refused ones.
    const triggers = await eventually(() => {
      const found = runTriggers(watch.databasePath);
      return found.includes('watch:github') && found.includes('watch:manual') && found;
    }, 60_000, 'the github and manual runs');
    await eventually(() => !/run started(?![\s\S]*run ended)/.test(watch.output()), 30_000, 'the last run to end');
    expect(runTriggers(watch.databasePath).sort()).toEqual(['watch:github', 'watch:interval', 'watch:manual']);
    expect(triggers[0]).toBe('watch:interval');
  } finally {
    await watch.stop();
    await test.info().attach('watch output', { body: watch.output(), contentType: 'text/plain' });
  }
});

test('Shopify: the shop domain picks the store; wrong and replayed deliveries do not run; GitHub unconfigured is refused', async () => {
  const stores = 'https://shop.example.com,https://other.example.com';
  const watch = await startWatchProcess({ env: { SHOPIFY_WEBHOOK_SECRET: shopifySecret, STORE_URL: stores, STORE_MYSHOPIFY_DOMAINS: 'shop-one.myshopify.com,shop-two.myshopify.com' } });
  try {
    await watch.waitFor(/run ended/);
    const shopify = `${watch.url}/hooks/shopify`;
    const theme = Buffer.from(JSON.stringify({ id: 123, name: 'Dawn', role: 'main' }));
    const headers = (id: string, body = theme) => ({ 'x-shopify-topic': 'themes/publish', 'x-shopify-shop-domain': 'shop-one.myshopify.com', 'x-shopify-webhook-id': id, 'x-shopify-hmac-sha256': shopifySignature(shopifySecret, body) });

    const accepted = await post(shopify, theme, headers('webhook-1'));
    expect(accepted.status).toBe(202);
    expect(await accepted.json()).toEqual({ run: 'started', trigger: 'watch:shopify' });
    expect((await post(shopify, theme, headers('webhook-1'))).status).toBe(200);
    expect((await post(shopify, theme, { ...headers('webhook-2'), 'x-shopify-hmac-sha256': shopifySignature('wrong-secret-0123456789', theme) })).status).toBe(401);
    expect((await post(shopify, theme, { 'x-shopify-topic': 'themes/publish', 'x-shopify-webhook-id': 'webhook-3' })).status).toBe(401);
    const orders = Buffer.from('{"id":9}');
    expect(await (await post(shopify, orders, { ...headers('webhook-4', orders), 'x-shopify-topic': 'orders/create' })).json()).toEqual({ ignored: 'topic orders/create' });

    const github = await post(`${watch.url}/hooks/github`, theme, { 'x-github-event': 'ping', 'x-hub-signature-256': githubSignature('x'.repeat(20), theme) });
    expect(github.status).toBe(404);
    await watch.waitFor(/POST \/hooks\/github refused with 404: GITHUB_WEBHOOK_SECRET is not set/);

    // The run asked for by shop-one covers shop-one only (STORE_URL narrowed for the child).
    await watch.waitFor(/run started: watch:shopify: https:\/\/shop\.example\.com · themes\/publish on shop-one\.myshopify\.com/);
    await eventually(() => runTriggers(watch.databasePath).includes('watch:shopify'), 60_000, 'the shopify run');
    expect(runTriggers(watch.databasePath)).toEqual(['watch:interval', 'watch:shopify']);
  } finally {
    await watch.stop();
    await test.info().attach('watch output', { body: watch.output(), contentType: 'text/plain' });
  }
});
