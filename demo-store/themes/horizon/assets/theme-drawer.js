// @theme/theme-drawer: a side drawer around a <dialog>. Below 990px it opens as a modal
// (showModal, page behind inert); from 990px up as a non-modal sidebar that squeezes the page
// wrapper. Open drawers are remembered in sessionStorage ("theme-drawer-open") so the layout's
// inline script can reopen them on the next page (wide viewports only).
import { Component } from '@theme/component';

const MODAL_QUERY = window.matchMedia('(max-width: 989px)');

export class DrawerOpenEvent extends CustomEvent {
  static eventName = 'theme-drawer:open';
  constructor() {
    super(DrawerOpenEvent.eventName, { bubbles: true });
  }
}

export class DrawerCloseEvent extends CustomEvent {
  static eventName = 'theme-drawer:close';
  constructor() {
    super(DrawerCloseEvent.eventName, { bubbles: true });
  }
}

export class ThemeDrawer extends Component {
  requiredRefs = ['panel'];

  get isOpen() {
    return this.hasAttribute('open');
  }

  connectedCallback() {
    super.connectedCallback();
    this.refs.panel.addEventListener('click', this.#onBackdropClick);
    this.refs.panel.addEventListener('cancel', (event) => {
      event.preventDefault();
      this.close();
    });
    document.addEventListener('keydown', this.#onKeyDown);
  }

  open() {
    if (this.isOpen) return;
    const { panel } = this.refs;
    if (MODAL_QUERY.matches) panel.showModal();
    else panel.show();
    panel.classList.add('theme-drawer__dialog--opening');
    setTimeout(() => panel.classList.remove('theme-drawer__dialog--opening'), 300);
    this.setAttribute('open', '');
    this.querySelector('.theme-drawer__close-button')?.focus();
    this.dispatchEvent(new DrawerOpenEvent());
  }

  close() {
    if (!this.isOpen) return;
    this.removeAttribute('open');
    this.refs.panel.close();
    this.dispatchEvent(new DrawerCloseEvent());
  }

  toggle() {
    return this.isOpen ? this.close() : this.open();
  }

  #onKeyDown = (event) => {
    if (event.key === 'Escape' && this.isOpen) this.close();
  };

  #onBackdropClick = (event) => {
    const box = this.refs.panel.getBoundingClientRect();
    const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
    if (!inside && event.target === this.refs.panel) this.close();
  };
}

if (!customElements.get('theme-drawer')) customElements.define('theme-drawer', ThemeDrawer);

// Squeeze the page on wide viewports and persist which drawers are open.
function syncPage() {
  const open = [...document.querySelectorAll('theme-drawer[open]')];
  document.querySelector('.page-wrapper')?.classList.toggle('page-wrapper--drawer-open', open.length > 0 && !MODAL_QUERY.matches);
  if (open.length === 0) sessionStorage.removeItem('theme-drawer-open');
  else sessionStorage.setItem('theme-drawer-open', open.map((drawer) => drawer.id).join(','));
  for (const trigger of document.querySelectorAll('[aria-controls]')) {
    const drawer = document.getElementById(trigger.getAttribute('aria-controls'));
    if (drawer instanceof ThemeDrawer) trigger.setAttribute('aria-expanded', String(drawer.isOpen));
  }
}
document.addEventListener(DrawerOpenEvent.eventName, syncPage);
document.addEventListener(DrawerCloseEvent.eventName, syncPage);
