// Stand-in for a loyalty app's theme app extension script (console_error_flood): its points API is
// gone, so it logs an error for every retry, dozens per page load.
(function () {
  for (var attempt = 1; attempt <= 40; attempt++) {
    console.error('Loyalty widget: could not load points balance (attempt ' + attempt + ' of 40): 503 Service Unavailable');
  }
})();
