// Draws the world map of pledges from two files the site serves itself: the country shapes
// and the figures per country for the page's filters. Countries with pledges are links that
// a keyboard reaches with Tab; their figures are read out as they get focus.
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var figure = document.querySelector(".world-map");
  if (!figure || !window.fetch) return;

  function json(url) {
    return fetch(url, { credentials: "same-origin" }).then(function (answer) {
      if (!answer.ok) throw new Error(answer.status);
      return answer.json();
    });
  }

  function label(country, numbers) {
    var pattern = country.pledges === 1 ? figure.dataset.labelOne : figure.dataset.label;
    return pattern
      .replace("%(name)s", country.name)
      .replace("%(pledges)s", numbers.format(country.pledges))
      .replace("%(usd)s", numbers.format(Math.round(Number(country.usd))));
  }

  // Five shades by rank of the number of pledges, so that one large country does not
  // leave every other one in the palest shade.
  function levels(countries) {
    var counts = Object.keys(countries).map(function (code) { return countries[code].pledges; });
    counts.sort(function (a, b) { return a - b; });
    return function (count) {
      var below = 0;
      while (below < counts.length && counts[below] < count) below += 1;
      return 1 + Math.min(4, Math.floor((5 * below) / Math.max(counts.length, 1)));
    };
  }

  function draw(shapes, figures) {
    var countries = figures.countries;
    var numbers = new Intl.NumberFormat(document.documentElement.lang || undefined);
    var level = levels(countries);
    var out = figure.querySelector(".map-figures");
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("viewBox", shapes.viewBox);
    svg.setAttribute("role", "group");
    svg.setAttribute("aria-label", figure.dataset.title);
    Object.keys(shapes.shapes).forEach(function (code) {
      var path = document.createElementNS(SVG, "path");
      path.setAttribute("d", shapes.shapes[code]);
      var country = countries[code];
      if (!country) {
        path.setAttribute("aria-hidden", "true");
        svg.appendChild(path);
        return;
      }
      var link = document.createElementNS(SVG, "a");
      var text = label(country, numbers);
      link.setAttribute("href", country.url);
      link.setAttribute("aria-label", text);
      link.setAttribute("data-code", code);
      path.setAttribute("class", "level-" + level(country.pledges));
      var title = document.createElementNS(SVG, "title");
      title.textContent = text;
      path.appendChild(title);
      link.appendChild(path);
      function show() { out.textContent = text; }
      link.addEventListener("focus", show);
      link.addEventListener("mouseenter", show);
      svg.appendChild(link);
    });
    figure.insertBefore(svg, figure.firstChild);
    figure.querySelector(".map-legend").hidden = false;
    figure.classList.add("is-drawn");
  }

  Promise.all([json(figure.dataset.shapes), json(figure.dataset.figures)])
    .then(function (both) { draw(both[0], both[1]); })
    .catch(function () { /* the table beside the map carries the same figures */ });
})();
