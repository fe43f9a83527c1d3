// A fake Discord REST API on 127.0.0.1 for discord.js (pointed at it through DISCORD_API_BASE):
// answers POST /api/v10/webhooks/{id}/{token}?wait=true with a message object, and decodes what was sent.
import { startFakeSink, type FakeSink, type RecordedRequest } from './fake-webhook-sink';

/** discord.js only accepts discord.com webhook URLs: 17–19 digit id, 68 character token. */
export const fakeWebhookId = '123456789012345678';
export const fakeWebhookToken = 'T'.repeat(68);
export const fakeDiscordWebhookUrl = `https://discord.com/api/webhooks/${fakeWebhookId}/${fakeWebhookToken}`;

export interface DiscordPost {
  payload: { username?: string; embeds?: Array<Record<string, any>>; attachments?: unknown[] };
  files: Array<{ name: string; type: string; size: number }>;
}

export interface FakeDiscord extends FakeSink {
  /** DISCORD_API_BASE for discord.js. */
  apiBase: string;
  /** Accepted webhook posts, decoded (multipart when files were attached). */
  posts(): Promise<DiscordPost[]>;
}

const webhookPath = new RegExp(`^/api/v10/webhooks/${fakeWebhookId}/${fakeWebhookToken}\\?wait=true$`);

export async function decodeDiscordPost(request: RecordedRequest): Promise<DiscordPost> {
  const type = String(request.headers['content-type'] ?? '');
  if (!type.startsWith('multipart/form-data')) return { payload: JSON.parse(request.text), files: [] };
  const form = await new Response(new Uint8Array(request.body), { headers: { 'content-type': type } }).formData();
  const files: DiscordPost['files'] = [];
  for (const [name, value] of form) {
    if (name !== 'payload_json' && typeof value !== 'string') files.push({ name: value.name, type: value.type, size: value.size });
  }
  return { payload: JSON.parse(String(form.get('payload_json'))), files };
}

export async function startFakeDiscord(): Promise<FakeDiscord> {
  let messageId = 100000000000000000n;
  const sink = await startFakeSink((request) => {
    if (request.method !== 'POST' || !webhookPath.test(request.path)) return { status: 404, body: '{"message": "Unknown Webhook", "code": 10015}', headers: { 'content-type': 'application/json' } };
    messageId += 1n;
    const message = { id: String(messageId), type: 0, channel_id: '223456789012345678', webhook_id: fakeWebhookId, content: '', embeds: [], attachments: [], timestamp: new Date().toISOString() };
    return { status: 200, body: JSON.stringify(message), headers: { 'content-type': 'application/json' } };
  });
  return Object.assign(sink, {
    get apiBase() {
      return `${sink.url}/api`;
    },
    posts: () => Promise.all(sink.accepted().map(decodeDiscordPost)),
  }) as FakeDiscord;
}
