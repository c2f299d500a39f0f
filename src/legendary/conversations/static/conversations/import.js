// The import page: says at once when a chosen file is over the size limit, instead of
// sending megabytes the server will refuse. The server checks again (this is a courtesy).
// Listens on the document, so it keeps working after htmx swaps the page in.
(function () {
  document.addEventListener("change", function (event) {
    var input = event.target;
    if (!input.matches || !input.matches("input[type=file][data-max-bytes]")) { return; }
    var form = input.form;
    var note = document.getElementById(input.dataset.noteId);
    var file = input.files && input.files[0];
    var tooBig = !!file && file.size > Number(input.dataset.maxBytes);
    form.querySelectorAll("button[type=submit]").forEach(function (button) {
      button.disabled = tooBig;
    });
    note.hidden = !tooBig;
    note.textContent = tooBig
      ? file.name + " is " + (file.size / 1048576).toFixed(1) + " MB, " + input.dataset.tooBig
      : "";
  });
})();
