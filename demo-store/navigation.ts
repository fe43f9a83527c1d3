// The store's main menu (linklists['main-menu'] in Liquid): store data every theme's header prints.
export const MAIN_MENU: ReadonlyArray<{ title: string; url: string }> = [
  { title: 'Home', url: '/' },
  { title: 'Catalog', url: '/collections/all' },
  { title: 'Apparel', url: '/collections/apparel' },
  { title: 'Accessories', url: '/collections/accessories' },
  { title: 'Contact', url: '/pages/contact' },
];
