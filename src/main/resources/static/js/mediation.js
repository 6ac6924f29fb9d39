// Print buttons of the mediation pages (the case list, the agreement): no inline script under the CSP.
(function () {
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-print]').forEach(function (b) {
      b.addEventListener('click', function () { window.print(); });
    });
  });
})();
