// Draws a call's world map of national activities from two files the site serves itself:
// the country shapes and the call's figures for the page's filters. Countries with
// activities are links a keyboard reaches with Tab (their figures are read out on focus);
// a dot marks each city where activities are held. The table beside the map says the same.
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  // The shapes' projection (see data/world_map_build.py): equirectangular, 84°N to 60°S.
  var SCALE = 1000 / 360, NORTH = 84, SOUTH = -60;
  var figure = document.querySelector(".activity-map");
  if (!figure || !window.fetch) return;

  function json(url) {
    return fetch(url, { credentials: "same-origin" }).then(function (answer) {
      if (!answer.ok) throw new Error(answer.status);
      return answer.json();
    });
  }

  function label(country, numbers) {
    return figure.dataset.label
      .replace("%(name)s", country.name)
      .replace("%(count)s", numbers.format(country.activities));
  }

  // Five shades by rank, so that one country with many activities does not leave every
  // other one in the palest shade.
  function levels(countries) {
    var counts = Object.keys(countries).map(function (code) { return countries[code].activities; });
    counts.sort(function (a, b) { return a - b; });
    return function (count) {
      var below = 0;
      while (below < counts.length && counts[below] < count) below += 1;
      return 1 + Math.min(4, Math.floor((5 * below) / Math.max(counts.length, 1)));
    };
  }

  function country(svg, code, shape, data, numbers, level, out) {
    var path = document.createElementNS(SVG, "path");
    path.setAttribute("d", shape);
    if (!data) {
      path.setAttribute("aria-hidden", "true");
      svg.appendChild(path);
      return;
    }
    var link = document.createElementNS(SVG, "a");
    var text = label(data, numbers);
    link.setAttribute("href", data.url);
    link.setAttribute("aria-label", text);
    link.setAttribute("data-code", code);
    path.setAttribute("class", "level-" + level(data.activities));
    var title = document.createElementNS(SVG, "title");
    title.textContent = text;
    path.appendChild(title);
    link.appendChild(path);
    function show() { out.textContent = text; }
    link.addEventListener("focus", show);
    link.addEventListener("mouseenter", show);
    svg.appendChild(link);
  }

  function dots(svg, places) {
    var group = document.createElementNS(SVG, "g");
    group.setAttribute("class", "activity-places");
    group.setAttribute("aria-hidden", "true");
    places.forEach(function (place) {
      var lat = Math.max(SOUTH, Math.min(NORTH, place[0]));
      var dot = document.createElementNS(SVG, "circle");
      dot.setAttribute("cx", ((place[1] + 180) * SCALE).toFixed(1));
      dot.setAttribute("cy", ((NORTH - lat) * SCALE).toFixed(1));
      dot.setAttribute("r", (1.2 + Math.min(4, Math.sqrt(place[2]) / 2)).toFixed(1));
      group.appendChild(dot);
    });
    svg.appendChild(group);
  }

  function draw(shapes, figures) {
    var numbers = new Intl.NumberFormat(document.documentElement.lang || undefined);
    var level = levels(figures.countries);
    var out = figure.querySelector(".map-figures");
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("viewBox", shapes.viewBox);
    svg.setAttribute("role", "group");
    svg.setAttribute("aria-label", figure.dataset.title);
    Object.keys(shapes.shapes).forEach(function (code) {
      country(svg, code, shapes.shapes[code], figures.countries[code], numbers, level, out);
    });
    dots(svg, figures.places);
    figure.insertBefore(svg, figure.firstChild);
    figure.querySelector(".map-legend").hidden = false;
    figure.classList.add("is-drawn");
  }

  Promise.all([json(figure.dataset.shapes), json(figure.dataset.figures)])
    .then(function (both) { draw(both[0], both[1]); })
    .catch(function () { /* the table beside the map carries the same figures */ });
})();
