// The main menu on a narrow screen: one "Menu" button opens and closes the list of pages
// (the stylesheet hides the list behind it below 861 px, where it wrapped to four rows).
// Without this script the button stays hidden and the list shows as it does on a desk.
(function () {
  function setUp() {
    var nav = document.querySelector(".topbar nav");
    var button = nav && nav.querySelector(".menu-toggle");
    if (!button) { return; }
    function show(open) { button.setAttribute("aria-expanded", open ? "true" : "false"); }
    button.addEventListener("click", function () {
      show(button.getAttribute("aria-expanded") !== "true");
    });
    // Escape closes the open menu and gives the focus back to its button.
    nav.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true") {
        show(false);
        button.focus();
      }
    });
    nav.classList.add("menu-ready");
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();
