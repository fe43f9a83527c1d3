// A theme customisation (theme_js_error): "recently viewed" reads a container the templates never had.
class RecentlyViewed {
  constructor() {
    this.list = document.querySelector('recently-viewed-products').dataset.handles.split(',');
  }
}
new RecentlyViewed();
