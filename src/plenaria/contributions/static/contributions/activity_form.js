/* The activity form: when the country changes, the city field suggests that country's
   cities (a <datalist> filled from the site's own list). Without JavaScript the field stays
   a plain text field, with the suggestions of the country the page was drawn with. */
(function () {
  "use strict";

  function fill(list, names) {
    list.textContent = "";
    names.forEach(function (name) {
      var option = document.createElement("option");
      option.value = name;
      list.appendChild(option);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var list = document.getElementById("activity-cities");
    var country = document.getElementById("id_country");
    if (!list || !country) return;
    country.addEventListener("change", function () {
      var code = country.value;
      if (!/^[A-Z]{2}$/.test(code)) { fill(list, []); return; }
      fetch(list.getAttribute("data-url").replace("XX", code), { credentials: "same-origin" })
        .then(function (response) { return response.ok ? response.json() : { cities: [] }; })
        .then(function (data) { fill(list, data.cities || []); })
        .catch(function () { fill(list, []); });
    });
  });
})();
