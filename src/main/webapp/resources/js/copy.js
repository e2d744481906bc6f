/*
 * A button with data-copy-from="<element id>" copies that element's text to the clipboard and says
 * so in its own label (data-copied) for a moment; a script file, as the page's policy allows no
 * inline script.
 */
(function () {
  'use strict';

  function copied(button) {
    var label = button.textContent;
    button.textContent = button.dataset.copied;
    window.setTimeout(function () {
      button.textContent = label;
    }, 2000);
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-copy-from]');
    if (!button) {
      return;
    }
    var source = document.getElementById(button.dataset.copyFrom);
    var byHand = function () {
      var range = document.createRange();
      range.selectNodeContents(source);
      window.getSelection().removeAllRanges();
      window.getSelection().addRange(range);
      document.execCommand('copy');
      copied(button);
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(source.textContent.trim()).then(function () {
        copied(button);
      }, byHand);
    } else {
      byHand();
    }
  });
})();
