// The browser side of the speed charts: one uPlot chart per store × device, TTFB and LCP on the
// left axis (ms), CLS on the right, each with its baseline dashed; sized to the screen, phones included.
// uPlot itself is inlined from node_modules (render-dashboard-html.ts), so the page needs no network.

export const chartScript = `
(function () {
  var data = JSON.parse(document.getElementById('dashboard-data').textContent);
  var colours = { ttfb_ms: '#2563eb', lcp_ms: '#d97706', cls: '#7c3aed' };
  var charts = [];
  function widthOf(element) { return Math.max(280, element.clientWidth); }
  var windowStart = Date.parse(data.since) / 1000;
  var windowEnd = Date.parse(data.generatedAt) / 1000;
  data.metrics.forEach(function (series, index) {
    var holder = document.getElementById('chart-' + index);
    if (!holder) return;
    var names = ['ttfb_ms', 'lcp_ms', 'cls'];
    var columns = [series.times];
    // The time axis is the dashboard's window, whatever the data: one run's point is not stretched over years.
    var options = { width: widthOf(holder), height: 220, series: [{}], scales: { x: { time: true, range: function () { return [windowStart, windowEnd]; } }, ms: {}, cls: { range: function (u, min, max) { return [0, Math.max(0.25, max || 0)]; } } },
      axes: [{}, { scale: 'ms', label: 'ms' }, { scale: 'cls', side: 1, label: 'CLS', grid: { show: false } }], legend: { live: true } };
    names.forEach(function (name) {
      var scale = name === 'cls' ? 'cls' : 'ms';
      columns.push(series.values[name]);
      options.series.push({ label: name, scale: scale, stroke: colours[name], width: 2, spanGaps: true });
      if (series.baseline[name] !== undefined) {
        columns.push(series.times.map(function () { return series.baseline[name]; }));
        options.series.push({ label: name + ' baseline', scale: scale, stroke: colours[name], width: 1, dash: [6, 4] });
      }
    });
    charts.push({ chart: new uPlot(options, columns, holder), holder: holder });
  });
  window.addEventListener('resize', function () {
    charts.forEach(function (entry) { entry.chart.setSize({ width: widthOf(entry.holder), height: 220 }); });
  });
  document.body.setAttribute('data-charts-ready', String(charts.length));
})();
`;
