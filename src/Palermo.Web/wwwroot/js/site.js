// Invitation links carry their code in the fragment, which browsers never send to the server (so it is
// never logged); copy it into the form and clear it from the address bar.
(function () {
  var field = document.querySelector('[data-fill-from-fragment]');
  if (field && window.location.hash.length > 1 && !field.value) {
    field.value = decodeURIComponent(window.location.hash.substring(1));
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
})();

// Side panels (search facets) fold on a phone, so that what was asked for comes first on the screen; open on wider
// screens and without script.
(function () {
  if (!window.matchMedia || !window.matchMedia('(max-width: 40rem)').matches) return;
  document.querySelectorAll('details[data-fold-when-narrow]').forEach(function (panel) { panel.open = false; });
})();
