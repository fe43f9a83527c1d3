// The real suite in a child process against the demo store leaking secrets (leak_secrets): the failure
// is diagnosed by the fake LLM through the fake MCP server, and no seeded value reaches anything downstream.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LEAKED } from '../../../demo-store/faults/leak-secrets';
import { startDemoStore, type DemoStore } from '../../../demo-store/server';
import { expect, test } from '../alerts/alert-fixtures';
import { fakeConversationId, fakeMcpCommand } from '../../helpers/fake-servers/fake-mcp-server';
import { startFakeOpenAi, type FakeOpenAi } from '../../helpers/fake-servers/fake-openai-server';
import { readRows, type CheckRow } from '../../helpers/read-database';
import { runSuite } from '../../helpers/run-suite';
import { makeTempDir } from '../../helpers/paths';

test.describe.configure({ timeout: 300_000 });

const diagnosedCause = 'A cart validation app refuses every add to cart with a 422 and echoes customer data into the error.';

let store: DemoStore;
let openAi: FakeOpenAi;
test.beforeAll(async () => {
  store = await startDemoStore({ port: 0, faults: ['leak_secrets'] });
  // learn_shopify_api, then search_docs_chunks, then the answer: the order the system prompt asks for.
  openAi = await startFakeOpenAi((request) => {
    const toolMessages = request.body.messages.filter((message) => message.role === 'tool').length;
    if (toolMessages === 0) return { kind: 'tool-calls', calls: [{ name: 'learn_shopify_api', arguments: { api: 'liquid' } }] };
    if (toolMessages === 1) return { kind: 'tool-calls', calls: [{ name: 'search_docs_chunks', arguments: { conversationId: fakeConversationId, prompt: 'cart add 422 app validation' } }] };
    return { kind: 'answer', content: { rootCause: diagnosedCause, category: 'third-party', severity: 'P0', remediation: ['Disable the cart validation app and retest add to cart.'], docsLinks: [], confidence: 0.7 } };
  });
});
test.afterAll(async () => {
  await store?.close();
  await openAi?.close();
});

/** Distinctive parts of every seeded value, as they would appear in text or JSON. */
const seeds = [
  'jane.leak',
  'jane.leak%40example.com',
  '555-0199',
  '4111 1111 1111 1111',
  LEAKED.bearerToken.split('.')[1],
  LEAKED.adminToken,
  LEAKED.accessToken,
  LEAKED.checkoutToken,
  LEAKED.checkoutKey,
];

function expectNoSeeds(where: string, text: string): void {
  for (const seed of seeds) expect(text.includes(seed), `${seed} leaked into ${where}`).toBe(false);
}

test('a leaking store is diagnosed by LLM + MCP, and no secret reaches the LLM, MCP, alerts, results.json or SQLite', async ({ databasePath, alertEnvironment, discord, slack, webhook }) => {
  const mcpLog = join(makeTempDir('nano-sre-e2e-mcp-'), 'calls.jsonl');
  const mcp = fakeMcpCommand('normal', mcpLog);
  const run = await runSuite({
    databasePath,
    args: ['skills/headless-probe.skill.ts'],
    env: {
      STORE_URL: store.url,
      DEVICES: 'desktop',
      ...alertEnvironment,
      ALERT_AFTER_FAILURES: '1',
      LLM_BASE_URL: openAi.baseUrl,
      LLM_API_KEY: 'sk-test-e2e-key-000000000000',
      LLM_MODEL: 'fake-model',
      MCP_COMMAND: mcp.command,
      MCP_ARGS: JSON.stringify(mcp.args),
      REDACT_PII: undefined,
    },
  });
  expect(run.exitCode, run.stdout + run.stderr).toBe(1);

  // Stored with the check run and shown in the summary.
  const [row] = readRows<CheckRow>(databasePath, "SELECT * FROM check_results WHERE skill_name = 'headless_probe'");
  expect(row.status).toBe('FAIL');
  const diagnosis = JSON.parse(row.diagnosis ?? '{}');
  expect(diagnosis).toMatchObject({ source: 'llm+mcp', rootCause: diagnosedCause, category: 'third-party', severity: 'P0', findingCode: 'cart.add_failed' });
  expect(diagnosis.docsLinks).toContain('https://shopify.dev/docs/api/ajax/reference/cart');
  expect(run.stdout).toContain(`→ P0 third-party: ${diagnosedCause} (llm+mcp)`);
  expect(run.stdout).toMatch(/note: diagnosis: 1 llm\+mcp/);

  // The seeds were captured (and masked), so their absence below means something.
  const details = row.details;
  expect(details).toContain('/apps/reviews/widget.json?access_token=[REDACTED]');
  expect(details).toContain('Authorization: [REDACTED]');
  expect(details).toContain('[REDACTED:email]');
  expect(details).toContain('[REDACTED:card]');
  expect(openAi.requests.length).toBe(3);
  expect(readFileSync(mcpLog, 'utf8')).toContain('search_docs_chunks');
  expect(webhook.accepted().length + slack.accepted().length + discord.requests.length).toBeGreaterThanOrEqual(3);

  expectNoSeeds('the LLM requests', openAi.requests.map((request) => request.text).join('\n'));
  expectNoSeeds('the MCP server', readFileSync(mcpLog, 'utf8'));
  expectNoSeeds('the webhook alert', webhook.requests.map((request) => request.text).join('\n'));
  expectNoSeeds('the Slack alert', slack.requests.map((request) => request.text).join('\n'));
  expectNoSeeds('the Discord alert', JSON.stringify((await discord.posts()).map((post) => post.payload)));
  expectNoSeeds('results.json', readFileSync(join(run.reportsDir, 'results.json'), 'utf8'));
  for (const file of [databasePath, `${databasePath}-wal`].filter(existsSync)) expectNoSeeds(file, readFileSync(file).toString('latin1'));
  expectNoSeeds('the terminal summary', run.stdout.slice(run.stdout.indexOf('Nano-SRE summary')));
});
