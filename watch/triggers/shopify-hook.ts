// POST /hooks/shopify: a theme published or updated, or a product updated, asks for a run of the
// store that sent it (X-Shopify-Shop-Domain through STORE_MYSHOPIFY_DOMAINS, or the only store).
// Signed with SHOPIFY_WEBHOOK_SECRET (X-Shopify-Hmac-Sha256, base64).
import type { StoreTarget } from '../../config/stores';
import { verifyShopify } from '../http/signatures';
import { header, parseJson, type WebhookDefinition } from './webhook-trigger';

export interface ShopifyHookSettings {
  secret: string;
  stores: StoreTarget[];
  myshopifyStores: Map<string, StoreTarget>;
  log: (line: string) => void;
}

export const shopifyTopics = ['themes/publish', 'themes/update', 'products/update'] as const;

export function shopifyHook(settings: ShopifyHookSettings): WebhookDefinition {
  const storeOf = (domain: string): StoreTarget | undefined =>
    settings.myshopifyStores.get(domain) ?? (settings.stores.length === 1 ? settings.stores[0] : undefined);
  return {
    name: 'shopify webhook',
    path: '/hooks/shopify',
    verify: (body, headers) => verifyShopify(settings.secret, body, header(headers, 'x-shopify-hmac-sha256')),
    deliveryId: (headers) => header(headers, 'x-shopify-webhook-id'),
    decide(body, headers) {
      const topic = header(headers, 'x-shopify-topic') ?? '';
      const domain = (header(headers, 'x-shopify-shop-domain') ?? '').toLowerCase();
      // Shopify retries anything but a 2xx for hours: events we do not act on are acknowledged.
      if (!(shopifyTopics as readonly string[]).includes(topic)) return { kind: 'answer', status: 200, body: { ignored: `topic ${topic || '(none)'}` } };
      if (parseJson(body) === undefined) return { kind: 'answer', status: 400, body: { error: 'the body is not JSON' } };
      const store = storeOf(domain);
      if (!store) {
        settings.log(`shopify webhook: ${domain || 'a request without X-Shopify-Shop-Domain'} is not one of the stores; add it to STORE_MYSHOPIFY_DOMAINS`);
        return { kind: 'answer', status: 200, body: { ignored: `unknown shop ${domain}` } };
      }
      return { kind: 'run', request: { trigger: 'watch:shopify', stores: [store.url], reason: `${topic} on ${domain}` } };
    },
  };
}
