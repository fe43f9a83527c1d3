// A small stdio MCP server built with the SDK, standing in for @shopify/dev-mcp: learn_shopify_api,
// search_docs_chunks (canned docs) and feedback. Run as a child: `node --import tsx fake-mcp-server.ts --mode=… --log=…`.
import { appendFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { z } from 'zod';
import { repositoryRoot } from '../paths';

/** normal: answers; search-error: search answers isError; hang: tool calls never answer; crash: exits on the first tool call. */
export type FakeMcpMode = 'normal' | 'search-error' | 'hang' | 'crash';

export const fakeConversationId = '11111111-2222-4333-8444-555555555555';

export const cannedDocs = [
  { match: /cart|add to cart|422|sold out/i, url: 'https://shopify.dev/docs/api/ajax/reference/cart', title: 'Cart API reference', content: 'POST /cart/add.js returns 422 with a description when the variant is sold out or the quantity is not available.' },
  { match: /password/i, url: 'https://help.shopify.com/en/manual/online-store/themes/password-page', title: 'Password page', content: 'Remove the password in Online Store > Preferences.' },
  { match: /./, url: 'https://shopify.dev/docs/storefronts/themes/architecture', title: 'Theme architecture', content: 'Themes are built from layouts, templates, sections and blocks.' },
];

const thisFile = fileURLToPath(import.meta.url);

/** MCP_COMMAND / MCP_ARGS that start this fake, the way settings would give them. */
export function fakeMcpCommand(mode: FakeMcpMode, logPath: string): { command: string; args: string[] } {
  const tsx = pathToFileURL(join(repositoryRoot, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
  return { command: process.execPath, args: ['--import', tsx, thisFile, `--mode=${mode}`, `--log=${logPath}`] };
}

function option(name: string): string | undefined {
  return process.argv.find((argument) => argument.startsWith(`--${name}=`))?.slice(name.length + 3);
}

async function main(): Promise<void> {
  const mode = (option('mode') ?? 'normal') as FakeMcpMode;
  const logPath = option('log');
  // Every call is logged as one JSON line: tests read what reached the "MCP server".
  const log = (tool: string, args: unknown) => {
    if (logPath) appendFileSync(logPath, `${JSON.stringify({ tool, args })}\n`);
  };
  const misbehave = async () => {
    if (mode === 'crash') process.exit(3);
    if (mode === 'hang') await new Promise(() => undefined);
  };

  const server = new McpServer({ name: 'fake-shopify-dev-mcp', version: '0.0.1' });
  server.registerTool(
    'learn_shopify_api',
    { description: 'Call first: returns a conversationId and instructions for a Shopify API.', inputSchema: { api: z.enum(['liquid', 'admin', 'storefront-graphql']), conversationId: z.string().optional() } },
    async (args) => {
      log('learn_shopify_api', args);
      await misbehave();
      return { content: [{ type: 'text', text: `🔗 **IMPORTANT - SAVE THIS CONVERSATION ID:** ${fakeConversationId}\nLiquid instructions.` }] };
    },
  );
  server.registerTool(
    'search_docs_chunks',
    { description: 'Search shopify.dev documentation.', inputSchema: { conversationId: z.string(), prompt: z.string(), max_num_results: z.number().optional() } },
    async (args) => {
      log('search_docs_chunks', args);
      await misbehave();
      if (mode === 'search-error') {
        return { isError: true, content: [{ type: 'text', text: 'Error in search_docs_chunks: Search failed on both backends. Please try again later.' }] };
      }
      const hits = cannedDocs.filter((doc) => doc.match.test(args.prompt)).slice(0, 2);
      return { content: [{ type: 'text', text: JSON.stringify(hits.map(({ url, title, content }) => ({ url, title, content })), null, 2) }] };
    },
  );
  server.registerTool('feedback', { description: 'Scorecard for the docs.', inputSchema: { overall: z.enum(['up', 'down', 'mixed']) } }, async (args) => {
    log('feedback', args);
    return { content: [{ type: 'text', text: 'thanks' }] };
  });
  await server.connect(new StdioServerTransport());
  // Stops by itself when its client goes away.
  process.stdin.on('close', () => process.exit(0));
}

if (process.argv[1] && resolve(process.argv[1]) === thisFile) void main();
