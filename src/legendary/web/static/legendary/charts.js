// Draws every Plotly chart whose figure the server embedded as JSON:
// <div class="chart" data-figure="ID"> next to <script type="application/json" id="ID">.
(function () {
  function draw() {
    if (!window.Plotly) { return; }
    document.querySelectorAll("[data-figure]").forEach(function (el) {
      var source = document.getElementById(el.dataset.figure);
      if (!source || el.dataset.drawn) { return; }
      var figure = JSON.parse(source.textContent);
      // The figure knows how tall its content is: the box takes that height, so the
      // stylesheet's placeholder height neither leaves a gap nor crops a taller chart.
      if (figure && figure.layout && figure.layout.height) {
        el.style.minHeight = "0";
        el.style.height = figure.layout.height + "px";
      }
      window.Plotly.newPlot(el, figure.data, figure.layout, { displayModeBar: false, responsive: true });
      el.dataset.drawn = "1";
    });
  }
  document.addEventListener("DOMContentLoaded", draw);
  document.addEventListener("htmx:afterSettle", draw);
})();
