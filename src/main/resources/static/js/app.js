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
function checkChosenFiles(input) {
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
  return message;
}

// Photos are scaled down here before they are sent (data-scale-to: the longest edge the server keeps anyway): a
// phone photo of 4-12 MB becomes a few hundred KB, which matters on mobile data, and one above the size limit is
// sent scaled instead of refused. Drawing to a canvas also drops the file's EXIF data (GPS) before it leaves the
// phone. A photo the browser cannot decode is sent as it is, and the server decides.
function scaledPhoto(file, edge) {
  if (!/^image\/(jpeg|png)$/.test(file.type)) {
    return Promise.resolve(file);
  }
  return createImageBitmap(file, { imageOrientation: "from-image" }).then(function (bitmap) {
    var longest = Math.max(bitmap.width, bitmap.height);
    if (longest <= edge && file.size <= 1024 * 1024) {
      bitmap.close();
      return file;
    }
    var ratio = Math.min(1, edge / longest);
    var canvas = document.createElement("canvas");
    canvas.width = Math.max(1, Math.round(bitmap.width * ratio));
    canvas.height = Math.max(1, Math.round(bitmap.height * ratio));
    var context = canvas.getContext("2d");
    context.fillStyle = "#fff"; // a transparent PNG becomes a JPEG on white, not on black
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    return new Promise(function (resolve) {
      canvas.toBlob(function (blob) {
        resolve(blob && blob.size < file.size
            ? new File([blob], file.name.replace(/\.[^.]*$/, "") + ".jpg", { type: "image/jpeg", lastModified: Date.now() })
            : file);
      }, "image/jpeg", 0.85);
    });
  }).catch(function () {
    return file;
  });
}

function scaleChosenPhotos(input) {
  var status = input.dataset.status ? document.getElementById(input.dataset.status) : null;
  var files = Array.prototype.slice.call(input.files);
  // until the photos are ready, the form cannot be sent (the submit guard below reads this)
  input.setCustomValidity(input.dataset.scaling || "...");
  if (status) {
    status.textContent = input.dataset.scaling || "";
  }
  return Promise.all(files.map(function (file) { return scaledPhoto(file, Number(input.dataset.scaleTo)); }))
      .then(function (photos) {
        var transfer = new DataTransfer();
        photos.forEach(function (photo) { transfer.items.add(photo); });
        input.files = transfer.files; // setting files fires no change event
        input.setCustomValidity("");
        if (status) {
          var kb = Math.round(photos.reduce(function (sum, photo) { return sum + photo.size; }, 0) / 1024);
          status.textContent = (input.dataset.scaled || "").replace("{0}", String(kb));
        }
      }, function () {
        input.setCustomValidity("");
      });
}

document.addEventListener("change", function (event) {
  var input = event.target;
  if (!(input instanceof HTMLInputElement) || input.type !== "file" || !input.dataset.maxMb) {
    return;
  }
  var tooMany = Number(input.dataset.maxFiles || 0) && input.files.length > Number(input.dataset.maxFiles);
  if (input.dataset.scaleTo && input.files.length && !tooMany && window.createImageBitmap && window.DataTransfer) {
    scaleChosenPhotos(input).then(function () { checkChosenFiles(input); });
  } else {
    checkChosenFiles(input);
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
