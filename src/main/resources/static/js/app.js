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

// A chosen file over its limit (data-max-mb, data-max-files on the input) is refused here, before anything is
// sent: the server can only answer after the whole upload, and above the multipart limit it cannot give the form
// back with what was typed in it. The server still checks everything.
document.addEventListener("change", function (event) {
  var input = event.target;
  if (!(input instanceof HTMLInputElement) || input.type !== "file" || !input.dataset.maxMb) {
    return;
  }
  var maxMb = Number(input.dataset.maxMb);
  var maxFiles = Number(input.dataset.maxFiles || 0);
  var message = "";
  if (maxFiles && input.files.length > maxFiles) {
    message = (input.dataset.tooMany || "").replace("{0}", String(maxFiles));
  } else {
    for (var i = 0; i < input.files.length; i++) {
      if (input.files[i].size > maxMb * 1024 * 1024) {
        message = (input.dataset.tooLarge || "").replace("{0}", input.files[i].name);
        break;
      }
    }
  }
  input.setCustomValidity(message);
  if (message) {
    input.reportValidity();
  }
});

// Forms here are novalidate (the server's messages are the ones shown), so a refused file must stop the submit itself.
document.addEventListener("submit", function (event) {
  var refused = Array.prototype.find.call(event.target.querySelectorAll("input[type=file][data-max-mb]"),
      function (input) { return input.validationMessage; });
  if (refused) {
    event.preventDefault();
    event.stopImmediatePropagation();
    refused.reportValidity();
    refused.focus();
  }
}, true);
