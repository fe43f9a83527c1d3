// The Shopify Dev MCP server seen from a run: one stdio server, started lazily, every call time-boxed,
// arguments redacted. Whatever goes wrong (missing, crash, hang, isError) degrades to "no links".
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { getDefaultEnvironment, StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { redactDeep } from '../redaction';
import type { McpSettings } from './diagnosis-settings';
import { firstLineOf } from '../../core/error-text';

export interface McpTool {
  name: string;
  description?: string;
  inputSchema: Record<string, unknown>;
}

export interface McpCallOutcome {
  ok: boolean;
  text: string;
}

/** Variables the server process needs beyond the SDK's safe defaults (npx behind a proxy, telemetry off). */
function serverEnvironment(): Record<string, string> {
  const passed = Object.entries(process.env).filter(
    ([name, value]) => value !== undefined && /^(npm_config_|NPM_CONFIG_|HTTPS?_PROXY$|https?_proxy$|NO_PROXY$|no_proxy$|NODE_EXTRA_CA_CERTS$|XDG_)/.test(name),
  ) as Array<[string, string]>;
  return { ...getDefaultEnvironment(), ...Object.fromEntries(passed), OPT_OUT_INSTRUMENTATION: 'true', DO_NOT_TRACK: '1' };
}

function withTimeout<T>(work: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${timeoutMs} ms`)), timeoutMs);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export class McpAdvisor {
  private client: Client | undefined;
  private starting: Promise<Client> | undefined;
  private stderrTail = '';
  /** Set once the server is known to be unusable; later calls return at once instead of waiting again. */
  problem: string | undefined;
  readonly calls: Array<{ tool: string; ok: boolean }> = [];

  constructor(private readonly settings: McpSettings) {}

  private get label(): string {
    return `Shopify Dev MCP (${[this.settings.command, ...this.settings.args].join(' ')})`;
  }

  private start(): Promise<Client> {
    this.starting ??= (async () => {
      const transport = new StdioClientTransport({ command: this.settings.command, args: this.settings.args, env: serverEnvironment(), stderr: 'pipe' });
      transport.stderr?.on('data', (chunk: Buffer) => {
        this.stderrTail = (this.stderrTail + chunk.toString('utf8')).slice(-600);
      });
      const client = new Client({ name: 'nano-sre', version: '0.1.0' });
      client.onclose = () => {
        // Before the handshake finished, start() reports the cause (spawn ENOENT, timeout) itself.
        if (this.client) this.problem ??= `${this.label} exited${this.stderrTail ? `: ${this.stderrTail.trim().split('\n').pop()}` : ''}`;
      };
      try {
        await withTimeout(client.connect(transport), this.settings.timeoutMs, `${this.label} start`);
      } catch (error) {
        await transport.close().catch(() => undefined);
        throw error;
      }
      this.client = client;
      return client;
    })();
    return this.starting;
  }

  private async connected(): Promise<Client> {
    if (this.problem) throw new Error(this.problem);
    try {
      return await this.start();
    } catch (error) {
      this.problem ??= `${this.label} could not start: ${firstLineOf(error).replace(`${this.label} `, '')}`;
      throw new Error(this.problem);
    }
  }

  /** The server's own tool list: names change between versions, so nothing here is hard-coded. */
  async listTools(): Promise<McpTool[]> {
    const client = await this.connected();
    try {
      const listed = await withTimeout(client.listTools(), this.settings.timeoutMs, `${this.label} tools/list`);
      return listed.tools.map((tool) => ({ name: tool.name, description: tool.description, inputSchema: tool.inputSchema as Record<string, unknown> }));
    } catch (error) {
      this.problem ??= firstLineOf(error);
      throw error;
    }
  }

  /** Never throws: an error, an isError answer or a timeout comes back as `ok: false` with the reason. */
  async callTool(name: string, args: Record<string, unknown>, timeoutMs = this.settings.timeoutMs): Promise<McpCallOutcome> {
    let outcome: McpCallOutcome;
    try {
      const client = await this.connected();
      const answer = await withTimeout(client.callTool({ name, arguments: redactDeep(args) }, undefined, { timeout: timeoutMs }), timeoutMs, `${this.label} ${name}`);
      const content = (answer.content ?? []) as Array<{ type: string; text?: string }>;
      const text = content.filter((part) => part.type === 'text' && part.text).map((part) => part.text).join('\n');
      outcome = answer.isError ? { ok: false, text: `${name} failed: ${text.split('\n')[0] || 'isError'}` } : { ok: true, text };
    } catch (error) {
      const raw = firstLineOf(error);
      const reason = /timed out/i.test(raw) ? `${this.label} ${name} did not answer within ${timeoutMs} ms` : raw;
      // A hang or a crash will not get better within this run: stop asking.
      if (/did not answer|closed|exited|not connected/i.test(reason)) this.problem ??= reason;
      outcome = { ok: false, text: `${name} failed: ${reason}` };
    }
    this.calls.push({ tool: name, ok: outcome.ok });
    return outcome;
  }

  async close(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.problem ??= 'closed';
    if (client) await withTimeout(client.close(), 5000, `${this.label} close`).catch(() => undefined);
  }
}
