// The Shopify Dev MCP path with real stdio servers: our fake (tool loop, docs links, misbehaviour)
// and the real @shopify/dev-mcp started offline (tool list loads, searches fail, validate_theme works).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { diagnoseResults } from '../../../reporters/diagnosis/diagnose-stage';
import { readDiagnosisSettings, type McpSettings } from '../../../reporters/diagnosis/diagnosis-settings';
import { McpAdvisor } from '../../../reporters/diagnosis/mcp-advisor';
import { startFakeOpenAi, type FakeOpenAi } from '../../helpers/fake-servers/fake-openai-server';
import { fakeConversationId, fakeMcpCommand, type FakeMcpMode } from '../../helpers/fake-servers/fake-mcp-server';
import { makeTempDir } from '../../helpers/paths';
import { goodAnswer, llmSettings, makeResult, soldOutResult, testSettings } from './diagnosis-fixtures';

const cartDocs = 'https://shopify.dev/docs/api/ajax/reference/cart';
const themeDir = join(import.meta.dirname, 'broken-theme');

function fakeMcp(mode: FakeMcpMode, timeoutMs = 15_000): { mcp: McpSettings; calls: () => Array<{ tool: string; args: Record<string, unknown> }> } {
  const logPath = join(makeTempDir('nano-sre-mcp-'), 'calls.jsonl');
  return {
    mcp: { ...fakeMcpCommand(mode, logPath), timeoutMs },
    calls: () => {
      try {
        return readFileSync(logPath, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line));
      } catch {
        return [];
      }
    },
  };
}

/** The installed package, run from node_modules the way the default MCP_COMMAND resolves it: never downloaded. */
const realDevMcp = (): McpSettings => ({ ...readDiagnosisSettings({}).mcp!, timeoutMs: 30_000 });

let openAi: FakeOpenAi;
test.beforeEach(async () => {
  openAi = await startFakeOpenAi();
});
test.afterEach(async () => {
  await openAi.close();
});

test('the model looks up Shopify docs through the MCP tools: learn_shopify_api, then search_docs_chunks, then answers', async () => {
  const server = fakeMcp('normal');
  openAi.script(
    { kind: 'tool-calls', calls: [{ name: 'learn_shopify_api', arguments: { api: 'liquid' } }] },
    { kind: 'tool-calls', calls: [{ name: 'search_docs_chunks', arguments: { conversationId: fakeConversationId, prompt: 'cart add 422 sold out' } }] },
    { kind: 'answer', content: { ...goodAnswer, docsLinks: [] } },
  );
  const result = soldOutResult();
  await diagnoseResults([result], { settings: testSettings({ llm: llmSettings(openAi.baseUrl), mcp: server.mcp }) });

  expect(result.diagnosis).toMatchObject({ source: 'llm+mcp', rootCause: goodAnswer.rootCause });
  expect(result.diagnosis?.docsLinks[0]).toBe(cartDocs);
  expect(result.diagnosis?.fallbackReason).toBeUndefined();

  expect(openAi.requests).toHaveLength(3);
  // Tools come from the server's list, minus the ones a diagnosis has no business calling.
  expect(openAi.requests[0].body.tools?.map((tool) => tool.function.name).sort()).toEqual(['learn_shopify_api', 'search_docs_chunks']);
  const toolMessages = openAi.requests[2].body.messages.filter((message) => message.role === 'tool');
  expect(JSON.stringify(toolMessages)).toContain(fakeConversationId);
  expect(JSON.stringify(toolMessages)).toContain(cartDocs);
  expect(server.calls().map((call) => call.tool)).toEqual(['learn_shopify_api', 'search_docs_chunks']);
  expect(server.calls()[1].args.conversationId).toBe(fakeConversationId);
});

test('a model that keeps calling tools is made to answer on the last of LLM_MAX_STEPS', async () => {
  const server = fakeMcp('normal');
  openAi.respondWith((request) =>
    request.body.tool_choice === 'none'
      ? { kind: 'answer', content: goodAnswer }
      : { kind: 'tool-calls', calls: [{ name: 'search_docs_chunks', arguments: { conversationId: fakeConversationId, prompt: 'cart' } }] },
  );
  const result = soldOutResult();
  await diagnoseResults([result], { settings: testSettings({ llm: llmSettings(openAi.baseUrl, { maxSteps: 3 }), mcp: server.mcp }) });

  expect(openAi.requests).toHaveLength(3);
  expect(openAi.requests[2].body.tool_choice).toBe('none');
  expect(result.diagnosis?.source).toBe('llm+mcp');
  expect(server.calls().filter((call) => call.tool === 'search_docs_chunks')).toHaveLength(2);
});

test('without an LLM the advisor searches the docs with the finding\'s (redacted) message and attaches the top links', async () => {
  const server = fakeMcp('normal');
  const result = soldOutResult();
  result.findings[0].message += ' Reported by jane.doe@example.com';
  await diagnoseResults([result], { settings: testSettings({ mcp: server.mcp }) });

  expect(result.diagnosis).toMatchObject({ source: 'rules', category: 'store-defect', severity: 'P1' });
  expect(result.diagnosis?.docsLinks[0]).toBe(cartDocs);
  expect(result.diagnosis?.fallbackReason).toBeUndefined();
  const calls = server.calls();
  expect(calls.map((call) => call.tool)).toEqual(['learn_shopify_api', 'search_docs_chunks']);
  expect(calls[1].args.prompt).toContain('/cart/add answered HTTP 422');
  expect(JSON.stringify(calls)).not.toContain('jane.doe@example.com');
});

for (const { mode, reason } of [
  { mode: 'search-error', reason: /search_docs_chunks failed: Error in search_docs_chunks: Search failed on both backends/ },
  { mode: 'hang', reason: /did not answer within 1500 ms/ },
  { mode: 'crash', reason: /Shopify Dev MCP|closed|exited/ },
] as const) {
  test(`an MCP server that answers ${mode} degrades to no links, in bounded time`, async () => {
    const server = fakeMcp(mode, 1500);
    const results = [soldOutResult(), makeResult([{ code: 'checkout.button_missing' }], { skillName: 'second' })];
    const started = Date.now();
    await diagnoseResults(results, { settings: testSettings({ mcp: server.mcp }) });

    expect(Date.now() - started).toBeLessThan(8000);
    for (const result of results) {
      expect(result.diagnosis?.source).toBe('rules');
      expect(result.diagnosis?.fallbackReason).toMatch(reason);
    }
  });
}

test('a missing MCP command degrades to no links; the LLM still diagnoses without tools', async () => {
  openAi.script({ kind: 'answer', content: goodAnswer });
  const result = soldOutResult();
  await diagnoseResults([result], { settings: testSettings({ llm: llmSettings(openAi.baseUrl), mcp: { command: '/nonexistent/shopify-dev-mcp', args: [], timeoutMs: 5000 } }) });

  expect(result.diagnosis?.source).toBe('llm');
  expect(result.diagnosis?.fallbackReason).toMatch(/Shopify Dev MCP unavailable: .*could not start/);
  expect(openAi.requests[0].body.tools).toBeUndefined();
});

test('the real @shopify/dev-mcp offline: its tool list loads, the docs search fails, the run degrades to the rules', async () => {
  const advisor = new McpAdvisor(realDevMcp());
  try {
    const names = (await advisor.listTools()).map((tool) => tool.name);
    expect(names).toEqual(expect.arrayContaining(['learn_shopify_api', 'search_docs_chunks']));
  } finally {
    await advisor.close();
  }

  const result = soldOutResult();
  await diagnoseResults([result], { settings: testSettings({ mcp: realDevMcp() }) });
  expect(result.diagnosis?.source).toBe('rules');
  // Offline (this machine, CI) the search fails; with shopify.dev reachable it would bring links instead.
  const foundDocs = (result.diagnosis?.docsLinks ?? []).some((link) => link.startsWith('https://shopify.dev/') && link !== cartDocs);
  expect(foundDocs || /search_docs_chunks failed/.test(result.diagnosis?.fallbackReason ?? '')).toBe(true);
});

test('THEME_DIR: the real validate_theme runs once, offline, and its problems go only on codes the catalogue marks as theme-caused', async () => {
  const liquid = makeResult([{ code: 'doctor.liquid_error', message: 'Liquid error (sections/main-product line 3) on /products/tee' }], { skillName: 'shopify_doctor' });
  const cart = soldOutResult();
  // A skill's catalogue entry says whether theme-check can explain its code; here a doctor-like skill's.
  const catalogue = { themeValidationHelps: (code: string) => code === 'doctor.liquid_error' };
  const notes = await diagnoseResults([liquid, cart], { settings: testSettings({ mcp: realDevMcp(), themeDir }), catalogue });

  const problems = liquid.diagnosis?.themeProblems ?? [];
  expect(problems, notes.join('\n')).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ file: 'sections/main-product.liquid', level: 'error', message: expect.stringContaining('bogus_filter') }),
      expect.objectContaining({ file: 'sections/main-product.liquid', level: 'error', message: expect.stringContaining('nope.liquid') }),
    ]),
  );
  expect(cart.diagnosis?.themeProblems).toBeUndefined();
});
