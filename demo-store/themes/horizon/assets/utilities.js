// @theme/utilities: the helpers Horizon's modules share (fetch headers, animation waits).

/** Headers Horizon sends: JSON by default; "javascript" adds X-Requested-With and lets FormData set its type. */
export function fetchConfig(type = 'json', config = {}) {
  const headers = { 'Content-Type': 'application/json', Accept: `application/${type}`, ...config.headers };
  if (type === 'javascript') {
    headers['X-Requested-With'] = 'XMLHttpRequest';
    delete headers['Content-Type'];
  }
  return { method: 'POST', headers, body: config.body };
}

export function yieldToMainThread() {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Resolves when the element's running animations finish (at once when there are none). */
export function onAnimationEnd(element, callback) {
  const animations = element.getAnimations ? element.getAnimations({ subtree: true }) : [];
  const done = Promise.allSettled(animations.map((animation) => animation.finished));
  return done.then(() => callback?.());
}

export function preloadImage(src) {
  const image = new Image();
  image.src = src;
}

/** Parses an HTML response the way section renders are read. */
export function parseHtml(text) {
  return new DOMParser().parseFromString(text, 'text/html');
}
