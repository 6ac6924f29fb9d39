// The certificate's print button (scripts are not inline: the page's security policy forbids it).
document.querySelectorAll('[data-print]').forEach(function (button) {
  button.addEventListener('click', function () { window.print(); });
});
