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

  function start() {
    drawAll();
    new MutationObserver(drawAll).observe(document.body, {childList: true, subtree: true});
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
