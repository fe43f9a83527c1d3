// DEMO_NOISE=chat: a Shopify Inbox-like chat widget. Like Inbox it is a custom element
// (`<inbox-online-store-chat id="ShopifyChat">`) whose button and window live in an open shadow
// root, so the theme's CSS cannot reach it (Playwright's locators pierce open shadow roots;
// document.querySelector does not). A round bubble sits in the bottom-right corner; clicking it
// opens a small, non-modal chat window. It never opens by itself and has no backdrop.

import { jsonForScript } from '../rendering/html.js';

const SHADOW_STYLE = `
:host{all:initial}
.chat-toggle{position:fixed;right:20px;bottom:20px;z-index:2147482000;width:60px;height:60px;margin:0;padding:0;border:0;border-radius:50%;background:#2c6ecb;color:#fff;box-shadow:0 4px 12px rgba(0,0,0,.25);cursor:pointer;display:flex;align-items:center;justify-content:center}
.chat-toggle svg{width:28px;height:28px}
.chat-window{position:fixed;right:20px;bottom:92px;z-index:2147482000;width:340px;max-width:calc(100vw - 40px);height:440px;max-height:calc(100vh - 120px);display:flex;flex-direction:column;background:#fff;color:#202223;border-radius:12px;box-shadow:0 8px 30px rgba(0,0,0,.25);overflow:hidden;font:14px/1.4 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Helvetica,Arial,sans-serif}
.chat-window[hidden]{display:none}
.chat-header{display:flex;align-items:flex-start;justify-content:space-between;padding:16px;background:#2c6ecb;color:#fff}
.chat-header h2{margin:0;font-size:16px}.chat-header p{margin:2px 0 0;opacity:.85;font-size:13px}
.chat-close{border:0;background:transparent;color:#fff;font-size:22px;line-height:1;cursor:pointer;padding:0 4px}
.chat-messages{flex:1;padding:16px;overflow:auto;background:#f6f6f7}
.chat-message{display:inline-block;max-width:80%;padding:8px 12px;border-radius:12px;background:#fff;box-shadow:0 1px 2px rgba(0,0,0,.1)}
.chat-composer{display:flex;gap:8px;padding:12px;border-top:1px solid #e1e3e5}
.chat-composer textarea{flex:1;resize:none;height:38px;padding:8px;border:1px solid #c9cccf;border-radius:8px;font:inherit}
.chat-composer button{border:0;border-radius:8px;padding:0 14px;background:#2c6ecb;color:#fff;font:inherit;cursor:pointer}
`;

const SHADOW_MARKUP = `
<div class="chat-window" id="chat-window" role="dialog" aria-modal="false" aria-label="Chat window" hidden>
  <div class="chat-header"><div><h2>Nano Demo</h2><p>We typically reply in a few minutes</p></div>
  <button type="button" class="chat-close" aria-label="Close chat window">&times;</button></div>
  <div class="chat-messages" data-spec="messages"><div class="chat-message">Hi there! How can we help you today?</div></div>
  <form class="chat-composer"><textarea data-spec="message-input" placeholder="Write message" aria-label="Write message"></textarea>
  <button type="submit" data-spec="message-submit">Send</button></form>
</div>
<button type="button" class="chat-toggle" aria-label="Chat with us" aria-expanded="false" aria-controls="chat-window">
  <svg viewBox="0 0 24 24" fill="currentColor" aria-hidden="true" focusable="false"><path d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z"/></svg>
</button>`;

const SCRIPT = `<script>
(function () {
  if (window.customElements.get('inbox-online-store-chat')) return;
  var template = document.createElement('template');
  template.innerHTML = ${jsonForScript(`<style>${SHADOW_STYLE}</style>${SHADOW_MARKUP}`)};

  class InboxOnlineStoreChat extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      var root = this.attachShadow({ mode: 'open' });
      root.appendChild(template.content.cloneNode(true));
      var host = this;
      var toggle = root.querySelector('.chat-toggle');
      var chatWindow = root.querySelector('.chat-window');
      function setOpen(open) {
        chatWindow.hidden = !open;
        toggle.setAttribute('aria-expanded', String(open));
        host.setAttribute('is-open', String(open));
        if (open) root.querySelector('textarea').focus();
      }
      toggle.addEventListener('click', function () { setOpen(chatWindow.hidden); });
      root.querySelector('.chat-close').addEventListener('click', function () { setOpen(false); });
      root.querySelector('form').addEventListener('submit', function (event) {
        event.preventDefault();
        var input = root.querySelector('textarea');
        if (!input.value.trim()) return;
        var message = document.createElement('div');
        message.className = 'chat-message';
        message.textContent = 'Thanks! We will get back to you here shortly.';
        root.querySelector('.chat-messages').appendChild(message);
        input.value = '';
      });
    }
  }
  window.customElements.define('inbox-online-store-chat', InboxOnlineStoreChat);
})();
</script>`;

export function renderInboxChat(): string {
  return `<div id="shopify-block-inbox-chat" class="shopify-block shopify-app-block"><inbox-online-store-chat id="ShopifyChat" is-open="false"></inbox-online-store-chat></div>\n${SCRIPT}`;
}
