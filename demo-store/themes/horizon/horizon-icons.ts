// The few inline icons Horizon prints next to its buttons (icon-add-to-cart, the "added"
// checkmark burst, minus/plus, delete, error), drawn fresh in Horizon's thin-stroke style.

export const ICON_ADD_TO_CART = '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16" fill="none" aria-hidden="true"><path d="M3 5h10l-.8 8.2a1 1 0 0 1-1 .8H4.8a1 1 0 0 1-1-.8z" stroke="currentColor" stroke-width="1.2" stroke-linejoin="round"/><path d="M5.6 5V4a2.4 2.4 0 0 1 4.8 0v1" stroke="currentColor" stroke-width="1.2"/></svg>';

export const ICON_CHECKMARK_BURST = '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16" fill="none" aria-hidden="true"><circle cx="8" cy="8" r="7" fill="currentColor"/><path d="m4.8 8.2 2.1 2.1 4.3-4.6" stroke="var(--color-background, #fff)" stroke-width="1.4" stroke-linecap="round" stroke-linejoin="round"/></svg>';

export const ICON_MINUS = '<svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true"><path d="M2 6h8" stroke="currentColor" stroke-width="1.2"/></svg>';

export const ICON_PLUS = '<svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true"><path d="M2 6h8M6 2v8" stroke="currentColor" stroke-width="1.2"/></svg>';

export const ICON_DELETE = '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16" fill="none" aria-hidden="true"><path d="M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.6 8.5h5.8l.6-8.5" stroke="currentColor" stroke-width="1.1" stroke-linejoin="round"/></svg>';

export const ICON_ERROR = '<svg xmlns="http://www.w3.org/2000/svg" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true"><circle cx="7" cy="7" r="6.5" fill="#c0392b"/><path d="M7 3.6v4.2M7 9.6v.8" stroke="#fff" stroke-width="1.4" stroke-linecap="round"/></svg>';

export const ICON_CART = '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20" viewBox="0 0 20 20" fill="none" aria-hidden="true"><path d="M3.5 6.5h13l-1 10a1 1 0 0 1-1 .9H5.5a1 1 0 0 1-1-.9z" stroke="currentColor" stroke-width="1.2" stroke-linejoin="round"/><path d="M7 6.5V5a3 3 0 0 1 6 0v1.5" stroke="currentColor" stroke-width="1.2"/></svg>';

export const ICON_SEARCH = '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20" viewBox="0 0 20 20" fill="none" aria-hidden="true"><circle cx="8.5" cy="8.5" r="5.5" stroke="currentColor" stroke-width="1.2"/><path d="m12.5 12.5 4.5 4.5" stroke="currentColor" stroke-width="1.2"/></svg>';

export const ICON_ACCOUNT = '<svg xmlns="http://www.w3.org/2000/svg" width="15" height="17" viewBox="0 0 15 17" fill="none" aria-hidden="true"><path stroke="currentColor" stroke-linejoin="round" stroke-width="1.2" d="M10.375 3.813a3.063 3.063 0 1 1-6.125 0 3.063 3.063 0 0 1 6.125 0ZM7.313 9.5c-3.667 0-6.24 2.691-6.563 6.125h13.125C13.552 12.191 10.979 9.5 7.312 9.5Z"/></svg>';

export const ICON_CLOSE = '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d="m3 3 10 10M13 3 3 13" stroke="currentColor" stroke-width="1.2"/></svg>';
