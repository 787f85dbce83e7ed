// The public map of saale: MapLibre GL JS against the server's own styles and tiles.
// window.saaleStatus is read by the browser test (errors, drawn colours).
(function () {
  'use strict';
  var status = { errors: [], idle: false, colours: 0 };
  window.saaleStatus = status;
  window.addEventListener('error', function (e) { status.errors.push(String(e.message)); });

  var params = new URLSearchParams(location.search);
  var styleName = params.get('style') || 'stadtplan';
  var map = new maplibregl.Map({
    container: 'map',
    style: location.origin + '/styles/' + encodeURIComponent(styleName) + '.json',
    center: [11.589, 50.927],
    zoom: 12,
    hash: true,
    canvasContextAttributes: { preserveDrawingBuffer: true }
  });
  map.addControl(new maplibregl.NavigationControl(), 'top-right');
  map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
  map.on('error', function (e) {
    status.errors.push(String((e && e.error && e.error.message) || e));
    document.body.dataset.errors = String(status.errors.length);
  });

  function text(el, s) { el.textContent = s == null ? '' : String(s); return el; }
  function make(tag, s) { return text(document.createElement(tag), s); }

  // Fit to the data once: the union of the TileJSON bounds of the style's sources.
  map.once('load', function () {
    var srcs = map.getStyle().sources, urls = [];
    Object.keys(srcs).forEach(function (k) { if (srcs[k].url) urls.push(srcs[k].url); });
    Promise.all(urls.map(function (u) { return fetch(u).then(function (r) { return r.json(); }); }))
      .then(function (tjs) {
        var b = null;
        tjs.forEach(function (t) {
          if (!t.bounds) return;
          b = b ? [Math.min(b[0], t.bounds[0]), Math.min(b[1], t.bounds[1]), Math.max(b[2], t.bounds[2]), Math.max(b[3], t.bounds[3])] : t.bounds.slice();
        });
        if (b && !location.hash) map.fitBounds([[b[0], b[1]], [b[2], b[3]]], { padding: 20, animate: false });
      })
      .catch(function (e) { status.errors.push('bounds: ' + e); });
    buildLayerSwitcher();
  });

  // Layer switcher: one checkbox per source of the style.
  function buildLayerSwitcher() {
    var box = document.getElementById('layers');
    var bySource = {};
    map.getStyle().layers.forEach(function (l) {
      if (!l.source) return;
      (bySource[l.source] = bySource[l.source] || []).push(l.id);
    });
    Object.keys(bySource).forEach(function (src) {
      var label = document.createElement('label');
      var cb = document.createElement('input');
      cb.type = 'checkbox'; cb.checked = true;
      cb.addEventListener('change', function () {
        bySource[src].forEach(function (id) { map.setLayoutProperty(id, 'visibility', cb.checked ? 'visible' : 'none'); });
        refreshList();
      });
      label.appendChild(cb); label.appendChild(make('span', src));
      box.appendChild(label);
    });
  }

  function featureName(f) {
    var p = f.properties || {};
    var keys = ['name', 'statbez_name', 'label', 'address', 'function_label', 'use_special_label', 'amenity', 'landuse', 'natural', 'leisure'];
    for (var i = 0; i < keys.length; i++) if (p[keys[i]]) return String(p[keys[i]]);
    return (f.sourceLayer || f.source) + ' ' + (f.id != null ? f.id : '');
  }

  function showInfo(f) {
    var box = document.getElementById('info'), dl = box.querySelector('dl');
    dl.replaceChildren();
    dl.appendChild(make('dt', 'Ebene')); dl.appendChild(make('dd', f.sourceLayer || f.source));
    Object.keys(f.properties || {}).forEach(function (k) {
      dl.appendChild(make('dt', k)); dl.appendChild(make('dd', f.properties[k]));
    });
    box.hidden = false;
  }

  // Feature info on click (popup plus the panel, which screen readers announce).
  map.on('click', function (e) {
    var fs = map.queryRenderedFeatures(e.point);
    if (!fs.length) return;
    var f = fs[0];
    showInfo(f);
    var div = document.createElement('div');
    div.appendChild(make('strong', featureName(f)));
    div.appendChild(make('div', f.sourceLayer || f.source));
    new maplibregl.Popup({ maxWidth: '18rem' }).setLngLat(e.lngLat).setDOMContent(div).addTo(map);
  });

  // Accessible list of the features in view: a text alternative to the map.
  var listTimer = null;
  function fillList() {
    var seen = {}, items = [];
    map.queryRenderedFeatures().forEach(function (f) {
      var key = (f.sourceLayer || f.source) + '/' + f.id;
      if (seen[key]) return;
      seen[key] = true; items.push(f);
    });
    items.sort(function (a, b) { return featureName(a).localeCompare(featureName(b), 'de'); });
    var ul = document.getElementById('list');
    ul.replaceChildren();
    items.slice(0, 200).forEach(function (f) {
      var li = document.createElement('li'), b = make('button', featureName(f) + ' (' + (f.sourceLayer || f.source) + ')');
      b.type = 'button';
      b.addEventListener('click', function () { showInfo(f); document.getElementById('info').scrollIntoView(); });
      li.appendChild(b); ul.appendChild(li);
    });
    text(document.getElementById('list-count'), items.length + ' Objekte sichtbar' + (items.length > 200 ? ', die ersten 200 aufgelistet' : ''));
  }
  function refreshList() {
    clearTimeout(listTimer);
    listTimer = setTimeout(fillList, 150);
  }
  map.on('moveend', refreshList);
  map.on('idle', function () {
    if (!status.idle) fillList();
    status.idle = true;
    status.colours = countColours();
    document.body.dataset.idle = '1';
    document.body.dataset.colours = String(status.colours);
    document.body.dataset.errors = String(status.errors.length);
  });

  // Distinct colours on a sample of the canvas (a blank map has one).
  function countColours() {
    try {
      var c = map.getCanvas(), w = 64, h = 64;
      var t = document.createElement('canvas'); t.width = w; t.height = h;
      var ctx = t.getContext('2d'); ctx.drawImage(c, 0, 0, w, h);
      var d = ctx.getImageData(0, 0, w, h).data, set = {};
      for (var i = 0; i < d.length; i += 4) set[d[i] + ',' + d[i + 1] + ',' + d[i + 2]] = true;
      return Object.keys(set).length;
    } catch (e) { status.errors.push('canvas: ' + e); return 0; }
  }

  // Search by name or address.
  document.getElementById('search').addEventListener('submit', function (ev) {
    ev.preventDefault();
    var q = document.getElementById('q').value.trim();
    var box = document.getElementById('results'), ul = box.querySelector('ul');
    ul.replaceChildren(); box.hidden = false;
    if (q.length < 2) { ul.appendChild(make('li', 'Bitte mindestens zwei Zeichen eingeben.')); return; }
    fetch('/search?q=' + encodeURIComponent(q)).then(function (r) { return r.json(); }).then(function (j) {
      if (!j.results || !j.results.length) { ul.appendChild(make('li', 'Nichts gefunden.')); return; }
      j.results.forEach(function (r) {
        var li = document.createElement('li'), b = make('button', r.label + ' (' + r.layer + ')');
        b.type = 'button';
        b.addEventListener('click', function () {
          map.fitBounds([[r.bbox[0], r.bbox[1]], [r.bbox[2], r.bbox[3]]], { padding: 40, maxZoom: 17 });
          document.getElementById('list').focus();
        });
        li.appendChild(b); ul.appendChild(li);
      });
      ul.querySelector('button').focus();
    }).catch(function (e) { ul.appendChild(make('li', 'Suche fehlgeschlagen: ' + e)); });
  });
})();
