// Stand-in for Shopify's web pixels manager plus the three channel pixels a
// typical store installs (Google & YouTube → GA4, Facebook & Instagram → Meta,
// TikTok). Not vendor code: it sends the same kinds of requests to the same
// endpoints so a monitor's interception and pixel audit see realistic traffic.
// Standard events come from the server (config.events), from watching
// successful /cart/add responses, and from /cart/add form posts (classic themes),
// which is how Shopify's manager observes adds. Each standard event is logged to
// monorail (web_pixels_manager_event_publish). Vendors wait for the visitor's
// cookie answer where consent is required (config.consentRequired) and stop
// after a "no". config.demoFaults switches on the demo store's pixel faults.
(function () {
  var wpm = window.webPixelsManager;
  if (!wpm || wpm.loaded) return;
  wpm.loaded = true;
  var config = wpm.config;
  var currency = (config.initData.shop.paymentSettings || {}).currencyCode || 'USD';

  function pixelConfig(name) {
    var entry = config.webPixelsConfigList.filter(function (pixel) { return pixel.name === name; })[0];
    try { return entry ? JSON.parse(entry.configuration) : null; } catch (e) { return null; }
  }
  var faults = config.demoFaults || [];
  function faulty(name) { return faults.indexOf(name) >= 0; }
  var google = pixelConfig('Google & YouTube');
  var googleSettings = google ? JSON.parse(google.config) : null;
  var pageType = ((window.ShopifyAnalytics && window.ShopifyAnalytics.meta.page) || {}).pageType;
  // ga4_two_ids: a leftover hard-coded tag sends product pages to an old property.
  var googleTagId = googleSettings ? (faulty('ga4_two_ids') && pageType === 'product' ? 'G-LEGACY9876' : googleSettings.google_tag_ids[0]) : null;
  // The Google channel sends only the events its configuration maps (gtag_events).
  var googleEvents = googleSettings ? googleSettings.gtag_events.map(function (entry) { return entry.type; }) : [];
  var metaPixelId = (pixelConfig('Facebook & Instagram') || {}).pixel_id;
  var tiktokCode = (pixelConfig('TikTok') || {}).pixelCode;

  function cookie(name, create) {
    var match = document.cookie.match(new RegExp('(?:^|; )' + name + '=([^;]*)'));
    if (match) return decodeURIComponent(match[1]);
    var value = create();
    document.cookie = name + '=' + encodeURIComponent(value) + '; path=/; max-age=63072000; SameSite=Lax';
    return value;
  }
  function uuid() { return crypto.randomUUID ? crypto.randomUUID() : String(Math.random()).slice(2); }
  var now = Math.floor(Date.now() / 1000);
  var clientId = cookie('_ga', function () { return 'GA1.1.' + Math.floor(Math.random() * 2147483647) + '.' + now; }).split('.').slice(-2).join('.');
  var sessionId = cookie('_ga_session', function () { return String(now); });
  var fbp = cookie('_fbp', function () { return 'fb.1.' + Date.now() + '.' + Math.floor(Math.random() * 2147483647); });
  var uniqToken = cookie('_shopify_y', uuid);
  var visitToken = cookie('_shopify_s', uuid);
  var hitCount = 0;

  // Consent: the _tracking_consent cookie's purposes ("1" yes, "0" no, "" unanswered); unanswered means
  // allowed unless the region requires consent, where sends wait for the banner's answer.
  var consentRequired = !!config.consentRequired;
  function consentPurposes() {
    var match = document.cookie.match(/(?:^|;\s*)_tracking_consent=([^;]*)/);
    try { return match ? JSON.parse(decodeURIComponent(match[1])).con.CMP : null; } catch (e) { return null; }
  }
  function answered() { var given = consentPurposes(); return !!given && given.m !== ''; }
  function purposeAllowed(purpose) {
    var given = consentPurposes();
    return given && given[purpose] !== '' && given[purpose] !== undefined ? given[purpose] === '1' : !consentRequired;
  }
  var waitingForConsent = [];
  function gated(purpose, deliver) {
    if (consentRequired && !answered()) { waitingForConsent.push([purpose, deliver]); return; }
    if (purposeAllowed(purpose)) deliver();
  }
  document.addEventListener('visitorConsentCollected', function () {
    var queued = waitingForConsent;
    waitingForConsent = [];
    queued.forEach(function (entry) { if (purposeAllowed(entry[0])) entry[1](); });
  });

  // Vendor hosts are unreachable offline (or intercepted by the monitor): never let a failure surface.
  function send(url, options) {
    try { fetch(url, Object.assign({ mode: 'no-cors', keepalive: true, credentials: 'include' }, options || {})).catch(function () {}); } catch (e) {}
  }
  function decimal(amount) { return Number(amount).toFixed(2); }
  function variantItems(variants, quantity) {
    return variants.map(function (variant) {
      return { id: variant.id, name: variant.product.title, variant: variant.title, brand: variant.product.vendor, category: variant.product.type, price: variant.price.amount, quantity: quantity || 1, sku: variant.sku };
    });
  }
  function lineItems(lines) {
    return lines.map(function (line) { return variantItems([line.merchandise || line.variant], line.quantity)[0]; });
  }

  function ga4(eventName, value, items, extra) {
    if (!googleTagId || googleEvents.indexOf(eventName) < 0) return;
    var query = new URLSearchParams({ v: '2', tid: googleTagId, gtm: '45je5000', _p: String(Date.now()), cid: clientId, ul: navigator.language.toLowerCase(), sid: sessionId, sct: '1', seg: '1', dl: location.href, dr: document.referrer, dt: document.title, en: eventName, _s: String(++hitCount) });
    if (value !== undefined && value !== null) { query.set('cu', faulty('pixel_wrong_currency') ? 'EUR' : currency); query.set('epn.value', decimal(value)); }
    (items || []).forEach(function (item, index) {
      query.set('pr' + (index + 1), 'id' + item.id + '~nm' + item.name + '~va' + item.variant + '~br' + item.brand + '~ca' + item.category + '~pr' + decimal(item.price) + '~qt' + item.quantity);
    });
    Object.keys(extra || {}).forEach(function (key) { query.set(key, extra[key]); });
    gated('a', function () { send('https://www.google-analytics.com/g/collect?' + query.toString(), { method: 'GET' }); });
  }

  function meta(eventName, value, items) {
    if (!metaPixelId) return;
    var query = new URLSearchParams({ id: metaPixelId, ev: eventName, dl: location.href, rl: document.referrer, if: 'false', ts: String(Date.now()), v: '2.9.180', r: 'stable', ec: String(hitCount), o: '4126', fbp: fbp, eid: 'sh-' + uuid() });
    if (items && items.length) {
      query.set('cd[value]', decimal(faulty('pixel_wrong_value') ? value * 100 : value));
      query.set('cd[currency]', currency);
      query.set('cd[content_ids]', JSON.stringify(items.map(function (item) { return String(item.id); })));
      query.set('cd[content_type]', 'product_group');
      query.set('cd[num_items]', String(items.reduce(function (sum, item) { return sum + item.quantity; }, 0)));
    }
    var deliver = function () { new Image().src = 'https://www.facebook.com/tr/?' + query.toString(); };
    // pixel_before_consent: a Meta snippet pasted in the theme, outside Shopify's consent handling.
    if (faulty('pixel_before_consent')) deliver(); else gated('m', deliver);
  }

  function tiktok(eventName, value, items) {
    if (!tiktokCode || faulty('tiktok_missing')) return;
    var properties = items && items.length ? { value: Number(decimal(value)), currency: currency, contents: items.map(function (item) { return { content_id: faulty('pixel_wrong_item_id') ? item.name : String(item.id), content_type: 'product', content_name: item.name, quantity: item.quantity, price: item.price }; }) } : {};
    gated('m', function () { send('https://analytics.tiktok.com/api/v2/pixel', { method: 'POST', body: JSON.stringify({ event: eventName, event_id: uuid(), timestamp: new Date().toISOString(), context: { pixel: { code: tiktokCode }, page: { url: location.href, referrer: document.referrer }, library: { name: 'pixel.js', version: '2.2.1' } }, properties: properties }) }); });
  }

  function monorail(schemaId, payload) {
    var body = JSON.stringify({ metadata: { event_sent_at_ms: Date.now() }, events: [{ schema_id: schemaId, payload: payload, metadata: { event_created_at_ms: Date.now() } }] });
    var endpoint = config.monorailEndpoint;
    if (navigator.sendBeacon && navigator.sendBeacon(endpoint, new Blob([body], { type: 'text/plain' }))) return;
    fetch(endpoint, { method: 'POST', body: body, keepalive: true, headers: { 'Content-Type': 'text/plain' } }).catch(function () {});
  }

  var handlers = {
    page_viewed: function () {
      var page = (window.ShopifyAnalytics && window.ShopifyAnalytics.meta.page) || {};
      monorail('trekkie_storefront_page_view/1.1', { shopId: config.shopId, currency: currency, uniqToken: uniqToken, visitToken: visitToken, microSessionId: uuid(), microSessionCount: 1, url: location.href, path: location.pathname, search: location.search, referrer: document.referrer, title: document.title, appClientId: '12875497473', isMerchantRequest: false, hasRequestId: true, pageType: page.pageType || config.surface, resourceType: page.resourceType || null, resourceId: page.resourceId || null });
      ga4('page_view');
      meta('PageView');
      if (faulty('meta_duplicate_pageview')) meta('PageView');
      tiktok('Pageview');
    },
    product_viewed: function (data) {
      var items = variantItems([data.productVariant]);
      ga4('view_item', items[0].price, items);
      meta('ViewContent', items[0].price, items);
      tiktok('ViewContent', items[0].price, items);
    },
    collection_viewed: function (data) {
      ga4('view_item_list', null, variantItems(data.collection.productVariants), { 'ep.item_list_name': data.collection.title });
    },
    search_submitted: function (data) {
      ga4('search', null, [], { 'ep.search_term': data.searchResult.query });
      meta('Search');
      tiktok('Search');
    },
    cart_viewed: function (data) {
      if (!data.cart) return;
      ga4('view_cart', data.cart.cost.totalAmount.amount, lineItems(data.cart.lines));
    },
    product_added_to_cart: function (data) {
      var line = data.cartLine;
      var items = lineItems([line]);
      ga4('add_to_cart', line.cost.totalAmount.amount, items);
      meta('AddToCart', line.cost.totalAmount.amount, items);
      tiktok('AddToCart', line.cost.totalAmount.amount, items);
    },
    checkout_started: function (data) {
      var checkout = data.checkout;
      var items = lineItems(checkout.lineItems);
      ga4('begin_checkout', checkout.totalPrice.amount, items);
      meta('InitiateCheckout', checkout.totalPrice.amount, items);
      tiktok('InitiateCheckout', checkout.totalPrice.amount, items);
    },
  };

  function emit(name, data) {
    if (!(faulty('monorail_missing_checkout_started') && name === 'checkout_started')) {
      monorail('web_pixels_manager_event_publish/1.7', { event_name: name, event_type: 'standard', event_id: 'sh-' + uuid(), user_can_be_tracked: String(purposeAllowed('m')) });
    }
    try { if (handlers[name]) handlers[name](data || {}); } catch (error) { console.warn('[web-pixels]', name, error); }
  }

  // Line JSON from /cart/add → the CartLine of product_added_to_cart (decimal money).
  function cartLineFromAjax(line, addedQuantity) {
    var quantity = addedQuantity || line.quantity;
    return {
      cost: { totalAmount: { amount: (line.final_price * quantity) / 100, currencyCode: currency } },
      merchandise: { id: String(line.variant_id), title: line.variant_title || 'Default Title', sku: line.sku, price: { amount: line.final_price / 100, currencyCode: currency }, product: { id: String(line.product_id), title: line.product_title, type: line.product_type, vendor: line.vendor, url: line.url } },
      quantity: quantity,
    };
  }
  function requestedQuantity(body) {
    try {
      if (body instanceof FormData) return Number(body.get('quantity')) || 1;
      if (typeof body === 'string') return Number(JSON.parse(body).quantity) || undefined;
    } catch (e) {}
    return undefined;
  }
  var originalFetch = window.fetch;
  window.fetch = function (input, init) {
    var url = typeof input === 'string' ? input : input && input.url;
    var promise = originalFetch.apply(this, arguments);
    if (url && /\/cart\/add(\.js)?(\?|$)/.test(new URL(url, location.href).pathname + '?') && init && String(init.method).toUpperCase() === 'POST') {
      var quantity = requestedQuantity(init.body);
      promise.then(function (response) {
        if (!response.ok) return;
        response.clone().json().then(function (body) {
          var lines = body.items || (body.variant_id ? [body] : []);
          lines.forEach(function (line) { emit('product_added_to_cart', { cartLine: cartLineFromAjax(line, lines.length === 1 ? quantity : undefined) }); });
        }).catch(function () {});
      }).catch(function () {});
    }
    return promise;
  };

  // A classic theme's add to cart is a form post to /cart/add: remember it, and publish the add on the
  // page it lands on, from the cart the server printed. A theme that adds by fetch prevents the default.
  var PENDING_ADD = 'demo-wpm-pending-add';
  window.addEventListener('submit', function (event) {
    var form = event.target;
    if (event.defaultPrevented || !form || !form.action || !/\/cart\/add\/?$/.test(new URL(form.action, location.href).pathname)) return;
    var data = new FormData(form);
    try { sessionStorage.setItem(PENDING_ADD, JSON.stringify({ id: String(data.get('id')), quantity: Number(data.get('quantity')) || 1 })); } catch (e) {}
  });
  function publishPendingAdd() {
    var pending = null;
    try { pending = JSON.parse(sessionStorage.getItem(PENDING_ADD) || 'null'); sessionStorage.removeItem(PENDING_ADD); } catch (e) {}
    var cart = config.initData.cart;
    if (!pending || !cart) return;
    cart.lines.filter(function (line) { return line.merchandise.id === pending.id; }).forEach(function (line) {
      var price = line.merchandise.price;
      emit('product_added_to_cart', { cartLine: { cost: { totalAmount: { amount: price.amount * pending.quantity, currencyCode: price.currencyCode } }, merchandise: line.merchandise, quantity: pending.quantity } });
    });
  }

  // Shopify.analytics.publish: replay what themes queued before we loaded, then publish directly.
  var analytics = (window.Shopify = window.Shopify || {}).analytics = window.Shopify.analytics || { replayQueue: [] };
  var queued = analytics.replayQueue || [];
  analytics.publish = function (name, data) { emit(name, data); wpm.subscribers.forEach(function (callback) { callback(name, data); }); };
  analytics.initialized = true;
  wpm.publish = analytics.publish;
  wpm.subscribe = function (callback) { wpm.subscribers.push(callback); };

  config.events.forEach(function (event) { emit(event.name, event.data); });
  publishPendingAdd();
  queued.forEach(function (entry) { analytics.publish(entry[0], entry[1]); });
  analytics.replayQueue = [];
})();
