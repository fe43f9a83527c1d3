// @theme/component: the base class of Horizon's custom elements. `refs` collects descendants
// marked ref="name" (or ref="name[]" for lists) that belong to this component, and one
// document-level listener per event type routes declarative on:click / on:submit / on:blur
// attributes: "/method" calls the closest component, "#id/method" the element with that id,
// "tag-name/method" the closest such element; a trailing "/arg" is passed to the method.

const DECLARATIVE_EVENTS = ['click', 'submit', 'change', 'blur', 'focus'];

export class Component extends HTMLElement {
  get refs() {
    const refs = {};
    for (const element of this.querySelectorAll('[ref]')) {
      // A ref inside a nested component belongs to that component, not to this one.
      if (closestComponent(element.parentElement) !== this) continue;
      const name = element.getAttribute('ref');
      if (name.endsWith('[]')) (refs[name.slice(0, -2)] ??= []).push(element);
      else refs[name] ??= element;
    }
    return refs;
  }

  connectedCallback() {
    for (const name of this.requiredRefs ?? []) {
      if (!this.refs[name]) throw new Error(`Required ref "${name}" not found in ${this.tagName.toLowerCase()}`);
    }
  }

  disconnectedCallback() {}
}

function closestComponent(element) {
  let node = element;
  while (node && !(node instanceof Component)) node = node.parentElement;
  return node;
}

function targetFor(element, selector) {
  if (selector === '') return closestComponent(element);
  if (selector.startsWith('#')) return document.getElementById(selector.slice(1));
  return element.closest(selector);
}

function route(event) {
  const attribute = `on:${event.type}`;
  const origin = event.target instanceof Element ? event.target.closest(`[${CSS.escape(attribute)}]`) : null;
  if (!origin) return;
  const [selector, method, ...args] = origin.getAttribute(attribute).split('/');
  const target = targetFor(origin, selector);
  if (target && typeof target[method] === 'function') target[method](...args.map((value) => (/^\d+$/.test(value) ? Number(value) : value)), event);
}

if (!window.__horizonDeclarativeEvents) {
  window.__horizonDeclarativeEvents = true;
  for (const type of DECLARATIVE_EVENTS) document.addEventListener(type, route, { capture: type === 'blur' || type === 'focus' });
}
