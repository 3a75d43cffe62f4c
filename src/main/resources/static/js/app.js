// Sends the CSRF token with every htmx request (forms already carry it as a hidden field).
document.addEventListener("htmx:configRequest", function (event) {
  var header = document.querySelector('meta[name="csrf-header"]');
  var token = document.querySelector('meta[name="csrf-token"]');
  if (header && token && token.content) {
    event.detail.headers[header.content] = token.content;
  }
});

// GOV.UK pattern: a page with errors moves focus to its error summary; a form marked submit-once disables its
// button after the first click (the server is still the guard against a second submission).
document.addEventListener("DOMContentLoaded", function () {
  var summary = document.querySelector(".error-summary");
  if (summary) {
    summary.focus();
  }
  document.querySelectorAll("form.submit-once").forEach(function (form) {
    form.addEventListener("submit", function () {
      var button = form.querySelector("button[type=submit]");
      if (button) {
        setTimeout(function () { button.disabled = true; }, 0);
      }
    });
  });
});
