// Documentation lookups through the Shopify Dev MCP server: the conversation handshake
// (learn_shopify_api) and search_docs_chunks, reduced to the links a diagnosis can cite.
import { randomUUID } from 'node:crypto';
import type { McpAdvisor } from './mcp-advisor';
import { errorText } from '../../core/error-text';

const uuidPattern = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const conversations = new WeakMap<McpAdvisor, Promise<string>>();

/**
 * The server wants learn_shopify_api called first and its conversationId passed on. Storefront
 * themes are Liquid, so that is the API we introduce. If the handshake fails, a fresh UUID still
 * works with 1.16 (it does not check ids) and the search itself will tell whether the server is usable.
 */
export function conversationId(advisor: McpAdvisor): Promise<string> {
  let pending = conversations.get(advisor);
  if (!pending) {
    pending = (async () => {
      const tools = await advisor.listTools().catch(() => []);
      if (!tools.some((tool) => tool.name === 'learn_shopify_api')) return randomUUID();
      const answer = await advisor.callTool('learn_shopify_api', { api: 'liquid' });
      return (answer.ok && answer.text.match(uuidPattern)?.[0]) || randomUUID();
    })();
    conversations.set(advisor, pending);
  }
  return pending;
}

const linkPattern = /https?:\/\/(?:shopify\.dev|help\.shopify\.com|(?:[a-z0-9-]+\.)*shopify\.com)\/[^\s"'<>)\]`]*/gi;

function collectUrlFields(value: unknown, into: string[]): void {
  if (Array.isArray(value)) value.forEach((item) => collectUrlFields(item, into));
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (/^(url|link|href|path)$/i.test(key) && typeof inner === 'string') into.push(inner.startsWith('/') ? `https://shopify.dev${inner}` : inner);
      else collectUrlFields(inner, into);
    }
  }
}

/** Links in a search answer, in order: its JSON `url` fields first (the hits), then links in the text. */
export function extractDocsLinks(text: string, limit = 3): string[] {
  const links: string[] = [];
  try {
    collectUrlFields(JSON.parse(text.replace(/\n\n\[Note:[\s\S]*$/, '')), links);
  } catch {
    // not JSON: the text scan below still finds links
  }
  links.push(...(text.match(linkPattern) ?? []));
  const cleaned = links.map((link) => link.replace(/[.,;:]+$/, '')).filter((link) => /^https?:\/\//.test(link));
  return [...new Set(cleaned)].slice(0, limit);
}

export interface DocsSearch {
  links: string[];
  /** Why there are no links, when there are none. */
  problem?: string;
}

export async function searchShopifyDocs(advisor: McpAdvisor, prompt: string, limit = 3): Promise<DocsSearch> {
  try {
    const tools = await advisor.listTools();
    if (!tools.some((tool) => tool.name === 'search_docs_chunks')) {
      return { links: [], problem: `the MCP server has no search_docs_chunks tool (it offers ${tools.map((tool) => tool.name).join(', ') || 'none'})` };
    }
  } catch (error) {
    return { links: [], problem: errorText(error) };
  }
  const answer = await advisor.callTool('search_docs_chunks', { conversationId: await conversationId(advisor), prompt: prompt.slice(0, 500) });
  if (!answer.ok) return { links: [], problem: answer.text };
  const links = extractDocsLinks(answer.text, limit);
  return links.length ? { links } : { links, problem: 'search_docs_chunks found no documentation links' };
}
