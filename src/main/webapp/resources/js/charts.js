/*
 * Draws every <canvas data-chart="...">. The Chart.js configuration travels as JSON in that
 * attribute, which Faces escapes like any other, so nothing users typed (a term, an agent) is ever
 * part of a script: no label can close one or add markup. Canvases that an Ajax update brings in
 * later are drawn as they appear.
 */
(function () {
  'use strict';

  function drawAll() {
    document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
      if (canvas.dataset.chartDrawn) {
        return;
      }
      canvas.dataset.chartDrawn = 'true';
      new window.Chart(canvas, JSON.parse(canvas.dataset.chart));
    });
  }

  /* A button with data-download-chart="<id of the chart's box>" saves that chart as a PNG. */
  function download(event) {
    var button = event.target.closest('[data-download-chart]');
    if (!button) {
      return;
    }
    event.preventDefault();
    var canvas = document.querySelector('#' + CSS.escape(button.dataset.downloadChart) + ' canvas');
    var link = document.createElement('a');
    link.href = canvas.toDataURL('image/png');
    link.download = button.dataset.filename || 'chart.png';
    document.body.appendChild(link);
    link.click();
    link.remove();
  }

  function start() {
    drawAll();
    document.addEventListener('click', download);
    new MutationObserver(drawAll).observe(document.body, {childList: true, subtree: true});
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
