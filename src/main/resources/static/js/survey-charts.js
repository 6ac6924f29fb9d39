// Draws one bar chart per survey question from the counts the page already shows. Hidden counts
// ("< 10") come as null and are drawn as no bar, so the chart never shows more than the table.
document.addEventListener('DOMContentLoaded', function () {
  if (typeof echarts === 'undefined') {
    return;
  }
  document.querySelectorAll('.pg-chart').forEach(function (el) {
    var labels = JSON.parse(el.dataset.labels || '[]');
    var values = JSON.parse(el.dataset.values || '[]');
    var chart = echarts.init(el, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      grid: { left: 40, right: 16, top: 16, bottom: 48, containLabel: true },
      xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, overflow: 'break', width: 80 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{
        type: 'bar', data: values, itemStyle: { color: '#b0263b' },
        label: { show: true, position: 'top', formatter: function (p) { return p.value == null ? '< 10' : p.value; } }
      }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
});
