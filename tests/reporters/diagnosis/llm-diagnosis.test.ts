// The LLM path through the real @ai-sdk/openai provider against a fake OpenAI-compatible server on
// loopback: what is sent, what is stored, and every fallback (429, 500, slow, malformed) keeping the rules.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { diagnoseResults } from '../../../reporters/diagnosis/diagnose-stage';
import { startFakeOpenAi, type FakeOpenAi } from '../../helpers/fake-servers/fake-openai-server';
import { makeTempDir } from '../../helpers/paths';
import { goodAnswer, llmSettings, makeResult, soldOutResult, testSettings } from './diagnosis-fixtures';

let fake: FakeOpenAi;

test.beforeEach(async () => {
  fake = await startFakeOpenAi();
});

test.afterEach(async () => {
  await fake.close();
});

test('a scripted answer becomes the stored diagnosis; the request is Chat Completions with a strict JSON schema and the rules as a hint', async () => {
  fake.script({ kind: 'answer', content: goodAnswer });
  const result = soldOutResult();
  const notes = await diagnoseResults([result], { settings: testSettings({ llm: llmSettings(fake.baseUrl) }) });

  const { docsLinks, ...answerText } = goodAnswer;
  expect(result.diagnosis).toMatchObject({ ...answerText, source: 'llm', findingCode: 'cart.add_failed' });
  // The model's links first, then the rules' links: nothing a source found is dropped.
  expect(result.diagnosis?.docsLinks).toEqual([...docsLinks, 'https://help.shopify.com/en/manual/products/inventory']);
  expect(result.diagnosis?.fallbackReason).toBeUndefined();
  expect(notes[0]).toBe('diagnosis: 1 llm');

  expect(fake.requests).toHaveLength(1);
  const [request] = fake.requests;
  expect(request.path).toBe('/v1/chat/completions');
  expect(request.headers.authorization).toBe('Bearer sk-test-key-for-fake-server-0001');
  expect(request.body.model).toBe('fake-model');
  expect(request.body.response_format?.type).toBe('json_schema');
  expect(request.body.response_format?.json_schema?.strict).toBe(true);
  expect(JSON.stringify(request.body.response_format?.json_schema?.schema)).toContain('monitor-misconfiguration');
  expect(request.body.tools).toBeUndefined();
  const user = JSON.stringify(request.body.messages.find((message) => message.role === 'user'));
  expect(user).toContain('Rules engine diagnosis (hint)');
  expect(user).toContain('already sold out');
});

test('429 on every attempt: three calls (maxRetries 2), then the rules stand with the reason', async () => {
  fake.respondWith(() => ({ kind: 'status', status: 429, retryAfterMs: 10 }));
  const result = soldOutResult();
  await diagnoseResults([result], { settings: testSettings({ llm: llmSettings(fake.baseUrl) }) });

  expect(fake.requests).toHaveLength(3);
  expect(result.diagnosis?.source).toBe('rules');
  expect(result.diagnosis?.rootCause).toContain('already sold out');
  expect(result.diagnosis?.fallbackReason).toMatch(/HTTP 429 after 3 attempts/);
});

test('a 500 is retried and the second answer stands', async () => {
  fake.script({ kind: 'status', status: 500, retryAfterMs: 10 }, { kind: 'answer', content: goodAnswer });
  const result = soldOutResult();
  await diagnoseResults([result], { settings: testSettings({ llm: llmSettings(fake.baseUrl) }) });

  expect(fake.requests).toHaveLength(2);
  expect(result.diagnosis).toMatchObject({ source: 'llm', rootCause: goodAnswer.rootCause });
});

test('a slow model is cut off at LLM_TIMEOUT_MS and the rules stand', async () => {
  fake.respondWith(() => ({ kind: 'slow', delayMs: 8000, then: { kind: 'answer', content: goodAnswer } }));
  const result = soldOutResult();
  const started = Date.now();
  await diagnoseResults([result], { settings: testSettings({ llm: llmSettings(fake.baseUrl, { timeoutMs: 1000 }) }) });

  expect(Date.now() - started).toBeLessThan(4000);
  expect(result.diagnosis?.source).toBe('rules');
  expect(result.diagnosis?.fallbackReason).toBe('LLM did not answer within LLM_TIMEOUT_MS=1000');
});

test('malformed JSON falls back; JSON wrapped in a code fence is salvaged', async () => {
  fake.script({ kind: 'malformed' }, { kind: 'answer', content: `Here you go:\n\`\`\`json\n${JSON.stringify(goodAnswer)}\n\`\`\`` });
  const broken = soldOutResult();
  await diagnoseResults([broken], { settings: testSettings({ llm: llmSettings(fake.baseUrl) }) });
  expect(broken.diagnosis?.source).toBe('rules');
  expect(broken.diagnosis?.fallbackReason).toMatch(/did not match the diagnosis schema/);

  const fenced = soldOutResult();
  await diagnoseResults([fenced], { settings: testSettings({ llm: llmSettings(fake.baseUrl) }) });
  expect(fenced.diagnosis).toMatchObject({ source: 'llm', severity: 'P1' });
});

test('an answer outside the schema (severity P9) is refused and the rules stand', async () => {
  fake.script({ kind: 'answer', content: { ...goodAnswer, severity: 'P9' } });
  const result = soldOutResult();
  await diagnoseResults([result], { settings: testSettings({ llm: llmSettings(fake.baseUrl) }) });
  expect(result.diagnosis?.source).toBe('rules');
  expect(result.diagnosis?.severity).toBe('P1');
});

test('at most LLM_MAX_DIAGNOSES calls, most severe first, at most LLM_CONCURRENCY at once', async () => {
  fake.respondWith(() => ({ kind: 'slow', delayMs: 300, then: { kind: 'answer', content: goodAnswer } }));
  const slow = (index: number) => makeResult([{ code: 'vitals.poor', level: 'warn', message: `slow ${index}`, evidence: { ttfbMs: 1600, limitMs: 1500 } }], { skillName: `slow_${index}` });
  const down = (index: number) => makeResult([{ code: 'checkout.button_missing', message: `no checkout ${index}` }], { skillName: `checkout_${index}` });
  const results = [slow(1), slow(2), down(1), slow(3), down(2), down(3), down(4), slow(4)];
  await diagnoseResults(results, { settings: testSettings({ maxDiagnoses: 5, llm: llmSettings(fake.baseUrl, { concurrency: 3 }) }) });

  expect(fake.requests).toHaveLength(5);
  expect(fake.maxInFlight()).toBe(3);
  // The four P0 checkout results all went to the LLM; only one of the P3 warnings did.
  expect(results.filter((result) => result.skillName.startsWith('checkout_')).map((result) => result.diagnosis?.source)).toEqual(['llm', 'llm', 'llm', 'llm']);
  const slowSources = results.filter((result) => result.skillName.startsWith('slow_')).map((result) => result.diagnosis?.source);
  expect(slowSources.filter((source) => source === 'llm')).toHaveLength(1);
  expect(results.filter((result) => /over LLM_MAX_DIAGNOSES=5/.test(result.diagnosis?.fallbackReason ?? ''))).toHaveLength(3);
});

test('a repeat within DIAGNOSIS_CACHE_HOURS costs no LLM call; a cache of 0 hours always asks', async () => {
  fake.respondWith(() => ({ kind: 'answer', content: goodAnswer }));
  const settings = testSettings({ llm: llmSettings(fake.baseUrl) });
  const timed = (ms: number) => {
    const result = soldOutResult();
    result.findings[0].message = result.findings[0].message.replace('422', `422 after ${ms} ms`);
    return result;
  };
  await diagnoseResults([timed(1500)], { settings });
  expect(fake.requests).toHaveLength(1);

  // Same failure, different numbers in the message: same fingerprint.
  const repeat = timed(2034);
  const again = timed(911);
  await diagnoseResults([repeat], { settings });
  expect(fake.requests).toHaveLength(1);
  expect(repeat.diagnosis).toMatchObject({ source: 'llm', cached: true, rootCause: goodAnswer.rootCause });

  await diagnoseResults([again], { settings: { ...settings, cacheHours: 0 } });
  expect(fake.requests).toHaveLength(2);

  // Another skill or store is another fingerprint.
  const otherStore = timed(1500);
  otherStore.storeUrl = 'https://other-shop.example';
  await diagnoseResults([otherStore], { settings });
  expect(fake.requests).toHaveLength(3);
});

test('without LLM settings nothing is called and the rules diagnose', async () => {
  const result = soldOutResult();
  await diagnoseResults([result], { settings: testSettings() });
  expect(fake.requests).toHaveLength(0);
  expect(result.diagnosis).toMatchObject({ source: 'rules', category: 'store-defect', severity: 'P1' });
});

test('a bad setting degrades to rules with the one-line reason', async () => {
  const result = soldOutResult();
  await diagnoseResults([result], { environment: { LLM_BASE_URL: 'not a url', LLM_TIMEOUT_MS: 'soon', MCP_COMMAND: 'off' } });
  expect(result.diagnosis?.source).toBe('rules');
  expect(result.diagnosis?.fallbackReason).toMatch(/LLM_BASE_URL="not a url" is not valid/);
  expect(result.diagnosis?.fallbackReason).toMatch(/LLM_TIMEOUT_MS="soon" is not valid/);
});

test('LLM_VISION sends the screenshot; a checkout screenshot goes blurred, never the original', async ({ page }) => {
  fake.respondWith(() => ({ kind: 'answer', content: goodAnswer }));
  const directory = makeTempDir('nano-sre-vision-');
  await page.setContent('<form style="font:16px sans-serif"><input value="jane.doe@example.com"><p>There was a problem with our checkout</p></form>');
  const checkoutShot = join(directory, 'checkout-error.png');
  const productShot = join(directory, 'add-to-cart-error.png');
  await page.screenshot({ path: checkoutShot });
  await page.screenshot({ path: productShot });
  const checkout = makeResult([{ code: 'checkout.error', evidence: { status: 500, url: 'https://demo-shop.example/checkouts/cn/abc' } }], { screenshots: [checkoutShot] });
  const product = soldOutResult({ screenshots: [productShot], skillName: 'product' });
  await diagnoseResults([checkout, product], { settings: testSettings({ llm: llmSettings(fake.baseUrl, { vision: true, concurrency: 1 }) }) });

  const images = fake.requests.map((request) => JSON.stringify(request.body.messages).match(/data:image\/png;base64,([A-Za-z0-9+/=]+)/)?.[1]);
  expect(images).toHaveLength(2);
  const [checkoutSent, productSent] = images;
  expect(checkoutSent).toBeTruthy();
  expect(checkoutSent).not.toBe(readFileSync(checkoutShot).toString('base64'));
  expect(checkoutSent).toBe(readFileSync(join(directory, 'checkout-error.blurred.png')).toString('base64'));
  expect(productSent).toBe(readFileSync(productShot).toString('base64'));
});
