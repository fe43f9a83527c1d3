// Stand-in for a "frequently bought together" app embed that reads the product through the Storefront
// API, as headless widgets do, with the public token from #shopify-features. On product pages only;
// it shows nothing the journey depends on and stays silent when the API refuses its query.
(function () {
  var page = (window.ShopifyAnalytics && window.ShopifyAnalytics.meta && window.ShopifyAnalytics.meta.page) || {};
  if (page.pageType !== 'product') return;
  var features = {};
  try { features = JSON.parse(document.getElementById('shopify-features').textContent); } catch (e) {}
  var query = 'query Bundles($id: ID!) { product(id: $id) { id title sellingPlanGroups(first: 1) { nodes { name } } } }';
  fetch((window.Shopify && Shopify.routes && Shopify.routes.root || '/') + 'api/2025-07/graphql.json', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Shopify-Storefront-Access-Token': features.accessToken || '' },
    body: JSON.stringify({ query: query, variables: { id: 'gid://shopify/Product/' + page.resourceId } })
  }).then(function (response) { return response.json(); }).then(function (body) {
    var block = document.getElementById('shopify-block-bundles-embed');
    if (block && body && body.data && body.data.product) block.dataset.loaded = 'true';
  }).catch(function () {});
})();
