// Dawn's assets/animations.js (animations_reveal_on_scroll, on by default): every `.scroll-trigger`
// element outside the viewport gets `scroll-trigger--offscreen` (transparent, shifted down 2rem
// by base.css) and loses it when it scrolls into view, which plays the slide-in animation.
// Grids marked `data-cascade` stagger their items by `--animation-order`.

const SCROLL_ANIMATION_TRIGGER_CLASSNAME = 'scroll-trigger';
const SCROLL_ANIMATION_OFFSCREEN_CLASSNAME = 'scroll-trigger--offscreen';
const SCROLL_ANIMATION_CANCEL_CLASSNAME = 'scroll-trigger--cancel';

function onIntersection(entries, observer) {
  entries.forEach((entry, index) => {
    const element = entry.target;
    if (entry.isIntersecting) {
      if (element.classList.contains(SCROLL_ANIMATION_OFFSCREEN_CLASSNAME)) {
        element.classList.remove(SCROLL_ANIMATION_OFFSCREEN_CLASSNAME);
        if (element.hasAttribute('data-cascade')) element.setAttribute('style', `--animation-order: ${index};`);
      }
      observer.unobserve(element);
    } else {
      element.classList.add(SCROLL_ANIMATION_OFFSCREEN_CLASSNAME);
      element.classList.remove(SCROLL_ANIMATION_CANCEL_CLASSNAME);
    }
  });
}

function initializeScrollAnimationTrigger(rootElement = document) {
  const elements = Array.from(rootElement.getElementsByClassName(SCROLL_ANIMATION_TRIGGER_CLASSNAME));
  if (elements.length === 0) return;
  const observer = new IntersectionObserver(onIntersection, { rootMargin: '0px 0px -50px 0px' });
  elements.forEach((element) => observer.observe(element));
}

window.addEventListener('DOMContentLoaded', () => initializeScrollAnimationTrigger());
