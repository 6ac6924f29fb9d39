// The evaluation dashboard's trend chart, drawn from the JSON API (the page carries the URL and the
// translated series names), and the report's print button. No inline script: the CSP allows only ours.
(function () {
  'use strict';

  function drawTrend(el) {
    fetch(el.dataset.url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
      .then(function (months) {
        var pick = function (name) {
          return months.map(function (m) { return m.figures[name] ? m.figures[name].percent : m.figures[name]; });
        };
        var series = [
          [el.dataset.response, pick('response')],
          [el.dataset.resolution, pick('resolution')],
          [el.dataset.satisfaction, pick('satisfaction')],
          [el.dataset.final, pick('finalSatisfaction')],
          [el.dataset.ontime, pick('onTime')],
          [el.dataset.composite, months.map(function (m) { return m.figures.composite; })]
        ];
        var chart = echarts.init(el, null, { renderer: 'svg' });
        chart.setOption({
          animation: false,
          color: ['#b03a2e', '#2f7d4f', '#1d5fa8', '#7aa6d8', '#c77c02', '#444'],
          tooltip: { trigger: 'axis', valueFormatter: function (v) { return v == null ? '—' : v.toFixed(1); } },
          legend: { type: 'scroll', bottom: 0 },
          grid: { left: 40, right: 16, top: 16, bottom: 48 },
          xAxis: { type: 'category', data: months.map(function (m) { return m.month; }) },
          yAxis: { type: 'value', min: 0, max: 100 },
          series: series.map(function (s) {
            return { name: s[0], type: 'line', data: s[1], connectNulls: false, symbolSize: 6 };
          })
        });
        el.dataset.drawn = 'true';
        window.addEventListener('resize', function () { chart.resize(); });
      })
      .catch(function () { el.dataset.drawn = 'failed'; });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var trend = document.getElementById('pg-trend');
    if (trend && window.echarts) {
      drawTrend(trend);
    }
    document.querySelectorAll('[data-print]').forEach(function (b) {
      b.addEventListener('click', function () { window.print(); });
    });
  });
})();
