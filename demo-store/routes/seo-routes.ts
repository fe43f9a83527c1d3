// robots.txt and the sitemap index with its sub-sitemaps, in the shape Shopify
// generates them (SHOPIFY-FACTS §1.8), with absolute URLs on the request host.

import { SHOP } from '../catalogue.js';
import { escapeHtml } from '../rendering/html.js';
import { imagePath } from '../rendering/product-images.js';
import type { RequestContext } from '../request-context.js';
import { sendBytes } from './respond.js';

function robotsTxt(origin: string): string {
  const disallows = [
    '/a/downloads/-/*', '/admin', '/cart', '/orders', '/checkouts/', '/checkout', `/${SHOP.id}/checkouts`, `/${SHOP.id}/orders`, '/carts', '/account',
    '/collections/*sort_by*', '/*/collections/*sort_by*', '/collections/*+*', '/collections/*%2B*', '/collections/*%2b*', '*/collections/*filter*&*filter*',
    '/blogs/*+*', '/blogs/*%2B*', '/blogs/*%2b*', '/*/blogs/*+*', '/*?*oseid=*', '/*preview_theme_id*', '/*preview_script_id*', '/policies/', '/*/policies/',
    '/*/*?*ls=*&ls=*', '/*/*?*ls%3D*%3Fls%3D*', '/*/*?*ls%3d*%3fls%3d*', '/search', '/sf_private_access_tokens', '/apple-app-site-association',
    '/.well-known/shopify/monorail', '/cdn/wpm/*.js', '/recommendations/products', '/*/recommendations/products', '/services/login_with_shop',
  ];
  return `# we use Shopify as our ecommerce platform

# Crawling rules generated for the Nano demo store

User-agent: *
${disallows.map((path) => `Disallow: ${path}`).join('\n')}
Sitemap: ${origin}/sitemap.xml

# Google adsbot ignores robots.txt unless specifically named!
User-agent: adsbot-google
Disallow: /checkouts/
Disallow: /checkout
Disallow: /carts
Disallow: /orders
Disallow: /*?*oseid=*
Disallow: /*preview_theme_id*
Disallow: /*preview_script_id*
Disallow: /cdn/wpm/*.js

User-agent: Nutch
Disallow: /

User-agent: AhrefsBot
Crawl-delay: 10
${disallows.slice(0, 10).map((path) => `Disallow: ${path}`).join('\n')}
Sitemap: ${origin}/sitemap.xml

User-agent: AhrefsSiteAudit
Crawl-delay: 10

User-agent: MJ12bot
Crawl-Delay: 10

User-agent: Pinterest
Crawl-delay: 1
`;
}

function urlset(entries: string[], withImages: boolean): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"${withImages ? ' xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"' : ''}>
${entries.join('\n')}
</urlset>`;
}

function sitemapFor(context: RequestContext, name: string): string | undefined {
  const { origin, catalogue } = context;
  const ids = catalogue.products.map((product) => product.id);
  switch (name) {
    case 'sitemap.xml':
      return `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>${escapeHtml(`${origin}/sitemap_products_1.xml?from=${Math.min(...ids)}&to=${Math.max(...ids)}`)}</loc></sitemap>
<sitemap><loc>${origin}/sitemap_pages_1.xml</loc></sitemap>
<sitemap><loc>${origin}/sitemap_collections_1.xml</loc></sitemap>
<sitemap><loc>${origin}/sitemap_blogs_1.xml</loc></sitemap>
</sitemapindex>`;
    case 'sitemap_products_1.xml':
      return urlset(
        [
          `<url><loc>${origin}/</loc><changefreq>daily</changefreq></url>`,
          ...catalogue.products.map((product) => {
            const image = product.images[0];
            const imageTag = image ? `<image:image><image:loc>${origin}${escapeHtml(imagePath(image))}</image:loc><image:title>${escapeHtml(product.title)}</image:title></image:image>` : '';
            return `<url><loc>${origin}/products/${product.handle}</loc><lastmod>${product.updatedAt}</lastmod><changefreq>daily</changefreq>${imageTag}</url>`;
          }),
        ],
        true,
      );
    case 'sitemap_pages_1.xml':
      return urlset([`<url><loc>${origin}/pages/contact</loc><changefreq>weekly</changefreq></url>`], false);
    case 'sitemap_collections_1.xml':
      return urlset(catalogue.collections.map((collection) => `<url><loc>${origin}/collections/${collection.handle}</loc><changefreq>daily</changefreq></url>`), false);
    case 'sitemap_blogs_1.xml':
      return urlset([], false);
    default:
      return undefined;
  }
}

/** Handles robots.txt and sitemaps; returns false for other paths. */
export function handleSeoRoute(context: RequestContext): boolean {
  if (context.method !== 'GET' && context.method !== 'HEAD') return false;
  const { pathname } = context.url;
  if (pathname === '/robots.txt') {
    sendBytes(context, 200, 'text/plain; charset=utf-8', robotsTxt(context.origin));
    return true;
  }
  const sitemap = /^\/(sitemap[a-z_0-9]*\.xml)$/.exec(pathname);
  const body = sitemap ? sitemapFor(context, sitemap[1] ?? '') : undefined;
  if (!body) return false;
  sendBytes(context, 200, 'application/xml; charset=utf-8', body);
  return true;
}
