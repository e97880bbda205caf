// The analytical report's "Print or save as PDF" button: the browser's print dialog saves the page as PDF,
// with the report's print stylesheet (an inline handler would be refused by the content security policy).
(function () {
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.addEventListener('click', function () { window.print(); });
  });
})();
