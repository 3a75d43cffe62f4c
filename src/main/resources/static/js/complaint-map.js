// Complaint maps (Leaflet), as progressive enhancement: each map element holds a text that says what to do without
// JavaScript, and every page works without it (the list instead of the map, an address instead of a point).
//
// <div class="map" data-complaint-map="browse|point|pick" data-lat data-lon data-zoom data-tiles data-label-*>
//   browse: the public map; fetches data-url?bbox=south,west,north,east&zoom=Z&<data-query> on every move and draws
//           one circle per cluster (size: count; red ring: some overdue). A single complaint links to its page,
//           a group zooms in.
//   point:  one complaint's place.
//   pick:   the filing form; a tap or click (or "use my location", or "use the centre of the map") writes the point
//           into the inputs named by data-lat-input and data-lon-input, and loads the similar complaints near it
//           (data-similar-url?kategori=&lat=&lon=, an HTML fragment) into the element data-similar-target.
// No inline script or style anywhere (the Content-Security-Policy forbids them): Leaflet styles through the DOM.
(function () {
  "use strict";

  var BLUE = "#0b5cab";
  var DARK = "#084784";
  var RED = "#b3261e";
  var ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>';

  function label(el, name) {
    return el.getAttribute("data-label-" + name) || "";
  }

  function fill(template) {
    var args = Array.prototype.slice.call(arguments, 1);
    return template.replace(/\{(\d)\}/g, function (all, i) {
      return args[+i] !== undefined ? String(args[+i]) : all;
    });
  }

  function clamp(value, min, max) {
    return Math.max(min, Math.min(max, value));
  }

  function debounce(fn, ms) {
    var timer = null;
    return function () {
      clearTimeout(timer);
      timer = setTimeout(fn, ms);
    };
  }

  function baseMap(el, options) {
    while (el.firstChild) {
      el.removeChild(el.firstChild); // the no-script text
    }
    var lat = parseFloat(el.getAttribute("data-lat"));
    var lon = parseFloat(el.getAttribute("data-lon"));
    var zoom = parseInt(el.getAttribute("data-zoom"), 10) || 12;
    var map = L.map(el, Object.assign({ scrollWheelZoom: false, zoomControl: false }, options || {})).setView([lat, lon], zoom);
    L.control.zoom({
      zoomInTitle: label(el, "zoom-in") || "+",
      zoomOutTitle: label(el, "zoom-out") || "-"
    }).addTo(map);
    var tiles = el.getAttribute("data-tiles");
    if (tiles) {
      L.tileLayer(tiles, { maxZoom: 19, attribution: ATTRIBUTION }).addTo(map);
    }
    el.setAttribute("role", "region");
    el.setAttribute("aria-label", label(el, "map"));
    return map;
  }

  // ---- the public map ----

  function browse(el) {
    var map = baseMap(el);
    var layer = L.layerGroup().addTo(map);
    var status = document.getElementById((el.id || "peta") + "-status");
    var latest = 0;

    function say(message) {
      if (status) {
        status.textContent = message;
      }
    }

    function draw(clusters) {
      layer.clearLayers();
      var total = 0;
      clusters.forEach(function (c) {
        total += c.count;
        var late = c.overdue > 0;
        var marker = L.circleMarker([c.lat, c.lon], {
          radius: Math.min(26, 8 + 4 * Math.log(c.count) / Math.LN2),
          color: late ? RED : DARK,
          weight: late ? 4 : 2,
          fillColor: BLUE,
          fillOpacity: 0.6
        });
        var text = c.count === 1 ? label(el, "one") : fill(label(el, "many"), c.count);
        if (late) {
          text += " · " + fill(label(el, "overdue"), c.overdue);
        }
        if (c.url) {
          var box = document.createElement("div");
          var title = document.createElement("p");
          title.textContent = text;
          var link = document.createElement("a");
          link.href = c.url;
          link.textContent = fill(label(el, "open"), c.trackingCode);
          box.appendChild(title);
          box.appendChild(link);
          marker.bindPopup(box);
        } else {
          text += " · " + label(el, "zoom");
          marker.on("click", function () {
            map.setView([c.lat, c.lon], Math.min(map.getZoom() + 2, 19));
          });
        }
        marker.bindTooltip(text);
        layer.addLayer(marker);
      });
      say(fill(label(el, "count"), total));
    }

    function load() {
      var bounds = map.getBounds();
      var south = clamp(bounds.getSouth(), -90, 90);
      var north = clamp(bounds.getNorth(), -90, 90);
      var west = clamp(bounds.getWest(), -180, 180);
      var east = clamp(bounds.getEast(), -180, 180);
      if (!(south < north && west < east)) {
        return;
      }
      var query = el.getAttribute("data-query");
      var url = el.getAttribute("data-url") + "?bbox=" + [south, west, north, east].map(function (v) { return v.toFixed(6); }).join(",")
        + "&zoom=" + map.getZoom() + (query ? "&" + query : "");
      var mine = ++latest;
      fetch(url, { headers: { "Accept": "application/json" }, credentials: "same-origin" })
        .then(function (response) {
          if (!response.ok) {
            throw new Error("HTTP " + response.status);
          }
          return response.json();
        })
        .then(function (data) {
          if (mine === latest) {
            draw(data.clusters || []);
          }
        })
        .catch(function () {
          if (mine === latest) {
            say(label(el, "failed"));
          }
        });
    }

    map.on("moveend", debounce(load, 250));
    load();
  }

  // ---- one complaint's place ----

  function point(el) {
    var map = baseMap(el);
    L.circleMarker([parseFloat(el.getAttribute("data-lat")), parseFloat(el.getAttribute("data-lon"))],
      { radius: 10, color: DARK, weight: 3, fillColor: BLUE, fillOpacity: 0.6 }).addTo(map);
  }

  // ---- choosing the place on the filing form ----

  function pick(el) {
    var latInput = document.getElementById(el.getAttribute("data-lat-input"));
    var lonInput = document.getElementById(el.getAttribute("data-lon-input"));
    var category = document.getElementById(el.getAttribute("data-category-input"));
    var status = document.getElementById(el.getAttribute("data-status"));
    var target = document.getElementById(el.getAttribute("data-similar-target"));
    var similarUrl = el.getAttribute("data-similar-url");
    var map = baseMap(el);
    var marker = null;
    var latest = 0;

    function say(message) {
      if (status) {
        status.textContent = message;
      }
    }

    function similar() {
      if (!target || !similarUrl) {
        return;
      }
      var mine = ++latest;
      if (!category || !category.value || !latInput.value || !lonInput.value) {
        target.innerHTML = "";
        return;
      }
      var url = similarUrl + "?kategori=" + encodeURIComponent(category.value)
        + "&lat=" + encodeURIComponent(latInput.value) + "&lon=" + encodeURIComponent(lonInput.value);
      fetch(url, { credentials: "same-origin" })
        .then(function (response) { return response.ok ? response.text() : ""; })
        .then(function (html) {
          if (mine === latest) {
            target.innerHTML = html; // our own server's fragment: text and buttons, no script
          }
        })
        .catch(function () { /* suggestions are a help, not a step: the form still works */ });
    }

    function show(lat, lon) {
      if (marker) {
        marker.setLatLng([lat, lon]);
      } else {
        marker = L.circleMarker([lat, lon], { radius: 10, color: RED, weight: 3, fillColor: RED, fillOpacity: 0.5 }).addTo(map);
      }
    }

    function set(lat, lon, message) {
      latInput.value = lat.toFixed(6);
      lonInput.value = lon.toFixed(6);
      show(lat, lon);
      say(message || fill(label(el, "chosen"), lat.toFixed(5), lon.toFixed(5)));
      similar();
    }

    function clear() {
      latInput.value = "";
      lonInput.value = "";
      if (marker) {
        map.removeLayer(marker);
        marker = null;
      }
      say(label(el, "none"));
      similar();
    }

    map.on("click", function (event) {
      set(event.latlng.lat, event.latlng.lng);
    });
    if (category) {
      category.addEventListener("change", similar);
    }

    var lat = parseFloat(latInput.value);
    var lon = parseFloat(lonInput.value);
    if (isFinite(lat) && isFinite(lon)) {
      show(lat, lon);
      map.setView([lat, lon], 17);
      if (target && !target.querySelector(".similar")) {
        similar();
      }
    }

    document.querySelectorAll('[data-for="' + el.id + '"]').forEach(function (button) {
      var action = button.getAttribute("data-map-action");
      if (action === "locate" && !("geolocation" in navigator)) {
        button.hidden = true;
        return;
      }
      button.addEventListener("click", function () {
        if (action === "center") {
          var center = map.getCenter();
          set(center.lat, center.lng);
        } else if (action === "clear") {
          clear();
        } else if (action === "locate") {
          say(label(el, "locating"));
          navigator.geolocation.getCurrentPosition(function (position) {
            var here = position.coords;
            map.setView([here.latitude, here.longitude], 18);
            set(here.latitude, here.longitude, label(el, "located"));
          }, function () {
            say(label(el, "denied"));
          }, { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
        }
      });
      var tools = button.closest(".map-tools");
      if (tools) {
        tools.hidden = false;
      }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    if (typeof L === "undefined") {
      return; // Leaflet did not load: the no-script texts stay
    }
    document.querySelectorAll("[data-complaint-map]").forEach(function (el) {
      var kind = el.getAttribute("data-complaint-map");
      try {
        if (kind === "browse") {
          browse(el);
        } else if (kind === "point") {
          point(el);
        } else if (kind === "pick") {
          pick(el);
        }
      } catch (failure) {
        // a map that cannot start leaves the page as it is without JavaScript
        if (window.console) {
          console.warn("complaint map", failure);
        }
      }
    });
  });
}());
