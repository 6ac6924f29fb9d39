// The main menu's groups are <details> elements: they open and close without script. This only
// closes an open group when another opens, on a tap outside, and on Escape, as people expect of a menu.
document.addEventListener('click', function (event) {
  document.querySelectorAll('.pg-menu details[open]').forEach(function (menu) {
    if (!menu.contains(event.target)) {
      menu.removeAttribute('open');
    }
  });
});
document.addEventListener('keydown', function (event) {
  if (event.key !== 'Escape') {
    return;
  }
  document.querySelectorAll('.pg-menu details[open]').forEach(function (menu) {
    menu.removeAttribute('open');
    menu.querySelector('summary').focus();
  });
});
