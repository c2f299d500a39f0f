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
      // A polar chart (the CARE radar) is round: in a box narrower than it is tall, its
      // height is a ceiling, lowered to the width its plot gets plus the top and bottom
      // margins, so a phone does not show the circle between two empty bands.
      if (figure && figure.layout && figure.layout.polar && figure.layout.height && el.clientWidth) {
        var m = figure.layout.margin || {};
        // (+8: the name at the bottom sits under the circle, in the margin.)
        var round = el.clientWidth - (m.l || 0) - (m.r || 0) + (m.t || 0) + (m.b || 0) + 8;
        figure.layout.height = Math.max(200, Math.min(figure.layout.height, round));
      }
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
