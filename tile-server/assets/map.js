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
    // The view is kept in the URL (#zoom/lat/lon): a permalink.
    hash: true,
    attributionControl: false,
    locale: {
      'Map.Title': 'Karte',
      'NavigationControl.ZoomIn': 'Vergrößern',
      'NavigationControl.ZoomOut': 'Verkleinern',
      'NavigationControl.ResetBearing': 'Nach Norden ausrichten',
      'AttributionControl.ToggleAttribution': 'Quellenangaben ein- und ausblenden',
      'AttributionControl.MapFeedback': 'Rückmeldung zur Karte',
      'ScaleControl.Meters': 'm',
      'ScaleControl.Kilometers': 'km',
      'Popup.Close': 'Schließen'
    },
    canvasContextAttributes: { preserveDrawingBuffer: true }
  });
  // For the browser test: which labels and symbols were drawn.
  window.saaleMap = map;
  map.addControl(new maplibregl.NavigationControl(), 'top-right');
  map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
  map.addControl(new maplibregl.AttributionControl({ compact: false }), 'bottom-right');
  // Printing: the map is drawn again at the size of the page.
  window.addEventListener('beforeprint', function () { map.resize(); });
  window.addEventListener('afterprint', function () { map.resize(); });
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
    fetch(location.origin + '/sprites/saale.json')
      .then(function (r) { return r.json(); })
      .then(function (idx) { spriteIndex = idx; buildLegend(); })
      .catch(function (e) { status.errors.push('sprite: ' + e); });
    buildLayerSwitcher();
    buildLegend();
    buildBaseSwitch();
  });
  map.on('zoomend', function () { buildLegend(); });

  // Base maps: "Stadtplan" (the vector basemap) and "Luftbild" (the orthophoto raster layer
  // with the hillshade), offered when the server has the raster layers for this view.
  var BASES = [{ id: 'stadtplan', title: 'Stadtplan' }, { id: 'luftbild', title: 'Luftbild' }];
  function buildBaseSwitch() {
    var box = document.getElementById('basemap');
    if (!box || box.dataset.built) return;
    box.dataset.built = '1';
    fetch(location.origin + '/styles/luftbild.json').then(function (r) { return r.json(); }).then(function (st) {
      var srcs = st.sources || {};
      if (!Object.keys(srcs).some(function (k) { return srcs[k].type === 'raster'; })) return;
      BASES.forEach(function (b) {
        var label = document.createElement('label'), rb = document.createElement('input');
        rb.type = 'radio'; rb.name = 'basemap'; rb.value = b.id; rb.checked = b.id === styleName;
        rb.addEventListener('change', function () {
          if (!rb.checked) return;
          styleName = b.id;
          var q = new URLSearchParams(location.search); q.set('style', b.id);
          history.replaceState(null, '', location.pathname + '?' + q.toString() + location.hash);
          map.setStyle(location.origin + '/styles/' + b.id + '.json');
          map.once('style.load', function () { buildLayerSwitcher(); buildLegend(); refreshList(); });
        });
        label.appendChild(rb); label.appendChild(make('span', b.title));
        box.appendChild(label);
      });
      box.hidden = false;
      document.body.dataset.basemaps = String(BASES.length);
    }).catch(function (e) { status.errors.push('basemap: ' + e); });
  }

  // Titles and descriptions of the layers, from the catalog (served in the style's metadata).
  function layerInfo(name) {
    var m = (map.getStyle().metadata || {})['saale:layers'] || {};
    return m[name] || { title: name };
  }
  function sourceLayerOf(src) {
    var ls = map.getStyle().layers;
    for (var i = 0; i < ls.length; i++) if (ls[i].source === src && ls[i]['source-layer']) return ls[i]['source-layer'];
    return src;
  }

  // Layer switcher: one checkbox per source of the style, named by the layer's title.
  function buildLayerSwitcher() {
    var box = document.getElementById('layers');
    box.querySelectorAll('label').forEach(function (l) { l.remove(); });
    var bySource = {};
    map.getStyle().layers.forEach(function (l) {
      if (!l.source) return;
      (bySource[l.source] = bySource[l.source] || []).push(l.id);
    });
    Object.keys(bySource).forEach(function (src) {
      var info = layerInfo(sourceLayerOf(src));
      var label = document.createElement('label');
      var cb = document.createElement('input');
      cb.type = 'checkbox'; cb.checked = true; cb.dataset.source = src;
      cb.addEventListener('change', function () {
        bySource[src].forEach(function (id) { map.setLayoutProperty(id, 'visibility', cb.checked ? 'visible' : 'none'); });
        buildLegend();
        refreshList();
      });
      var span = make('span', info.title);
      if (info.description) span.appendChild(make('span', info.description)).className = 'desc';
      label.appendChild(cb); label.appendChild(span);
      box.appendChild(label);
    });
  }

  // Legend, generated from the style: per visible style layer its swatches by type, and for
  // a `match` on a property one entry per category.
  var KIND = { fill: 'Fläche', line: 'Linie', circle: 'Punkt', 'fill-extrusion': 'Gebäude (3D)' };
  var LABELS = {
    residential: 'Wohnen', commercial: 'Gewerbe', retail: 'Handel', industrial: 'Industrie', railway: 'Bahn',
    quarry: 'Steinbruch', brownfield: 'Brache', forest: 'Wald', wood: 'Wald', meadow: 'Wiese', grass: 'Rasen',
    greenfield: 'Bauerwartungsland', village_green: 'Dorfanger', heath: 'Heide', scrub: 'Gebüsch',
    farmland: 'Acker', farmyard: 'Hof', farm: 'Landwirtschaft', orchard: 'Obstwiese', vineyard: 'Weinberg',
    allotments: 'Kleingärten', garden: 'Garten', park: 'Park', golf_course: 'Golfplatz',
    nature_reserve: 'Naturschutzgebiet', cemetery: 'Friedhof', water: 'Wasser', riverbank: 'Flussufer',
    basin: 'Becken', reservoir: 'Speicher', military: 'Militär',
    school: 'Schule', kindergarten: 'Kindergarten', university: 'Universität', college: 'Hochschule',
    library: 'Bibliothek', hospital: 'Krankenhaus', clinic: 'Klinik', doctors: 'Arztpraxis',
    pharmacy: 'Apotheke', dentist: 'Zahnarzt', restaurant: 'Restaurant', cafe: 'Café',
    fast_food: 'Imbiss', bar: 'Bar', pub: 'Kneipe', biergarten: 'Biergarten', ice_cream: 'Eiscafé',
    bank: 'Bank', atm: 'Geldautomat', post_office: 'Post', townhall: 'Rathaus', police: 'Polizei',
    fire_station: 'Feuerwehr', courthouse: 'Gericht', parking: 'Parkplatz',
    bicycle_parking: 'Fahrradstellplatz', fuel: 'Tankstelle', car_sharing: 'Carsharing', taxi: 'Taxi',
    // Art der baulichen Nutzung (XPlanGML codes), by the first code of a group.
    1000: 'Wohngebiete', 1400: 'Dorf- und Mischgebiete', 1600: 'Kerngebiete',
    1700: 'Gewerbe und Industrie', 2000: 'Sondergebiete'
  };
  function categoryLabel(values) {
    values = Array.isArray(values) ? values : [values];
    if (typeof values[0] === 'number') return LABELS[values[0]] || values.join(', ');
    var seen = {}, out = [];
    values.forEach(function (v) { var l = LABELS[v] || String(v); if (!seen[l]) { seen[l] = true; out.push(l); } });
    return out.join(', ');
  }
  function colourOf(v) { return typeof v === 'string' ? v : null; }
  // The sprite index (/sprites/saale.json): icons in the legend are cut from the sprite sheet.
  var spriteIndex = null;
  function legendEntries(l) {
    var type = l.type, paint = l.paint || {}, meta = l.metadata || {};
    if (meta['saale:legend'] === false) return [];
    if (type === 'symbol') {
      var img = (l.layout || {})['icon-image'];
      if (typeof img === 'string') return [{ icon: img, label: meta['saale:legend'] || LABELS[img] || 'Symbol' }];
      if (Array.isArray(img) && img[0] === 'match') {
        var icons = [];
        for (var k = 2; k + 1 < img.length; k += 2) icons.push({ icon: img[k + 1], label: categoryLabel(img[k]) });
        icons.push({ icon: img[img.length - 1], label: 'Sonstige' });
        return icons;
      }
      return [];
    }
    if (type === 'raster') {
      return typeof meta['saale:legend'] === 'string' ? [{ colour: '#9a9a8a', label: meta['saale:legend'] }] : [];
    }
    if (typeof meta['saale:legend'] === 'string') {
      var mc = colourOf(paint[type + '-color']);
      return mc ? [{ colour: mc, label: meta['saale:legend'] }] : [];
    }
    var c = paint[type + '-color'];
    if (c === undefined) return [];
    if (Array.isArray(c) && c[0] === 'match') {
      var out = [];
      for (var i = 2; i + 1 < c.length; i += 2) {
        if (colourOf(c[i + 1])) out.push({ colour: c[i + 1], label: categoryLabel(c[i]) });
      }
      if (c.length % 2 === 1 && colourOf(c[c.length - 1])) out.push({ colour: c[c.length - 1], label: 'Sonstige' });
      return out;
    }
    var colour = colourOf(c) || '#888888';
    return [{ colour: colour, label: KIND[type] || type }];
  }
  function swatch(type, colour, icon) {
    var s = document.createElement('span');
    if (icon) {
      var d = spriteIndex && spriteIndex[icon];
      s.className = 'sw icon';
      s.setAttribute('aria-hidden', 'true');
      if (d) {
        s.style.width = d.width + 'px';
        s.style.height = d.height + 'px';
        s.style.backgroundImage = 'url(' + location.origin + '/sprites/saale.png)';
        s.style.backgroundPosition = (-d.x) + 'px ' + (-d.y) + 'px';
      }
      return s;
    }
    s.className = 'sw ' + (type === 'line' ? 'line' : type === 'circle' ? 'circle' : 'fill');
    s.setAttribute('aria-hidden', 'true');
    if (type === 'line') s.style.borderTopColor = colour; else s.style.background = colour;
    return s;
  }
  function buildLegend() {
    var box = document.getElementById('legend');
    if (!box || !map.getStyle()) return;
    box.replaceChildren();
    var z = map.getZoom(), groups = {}, order = [];
    map.getStyle().layers.forEach(function (l) {
      if (!l.source || (l.layout && l.layout.visibility === 'none')) return;
      if (map.getLayoutProperty(l.id, 'visibility') === 'none') return;
      var name = l['source-layer'] || l.source;
      if (!groups[name]) { groups[name] = []; order.push(name); }
      groups[name].push(l);
    });
    order.forEach(function (name) {
      var entries = [];
      groups[name].forEach(function (l) {
        var later = (l.minzoom || 0) > z ? ' (ab Zoomstufe ' + l.minzoom + ')' : '';
        legendEntries(l).forEach(function (e) { entries.push({ type: l.type, colour: e.colour, icon: e.icon, label: e.label + later }); });
      });
      if (!entries.length) return;
      box.appendChild(make('h3', layerInfo(name).title));
      var ul = document.createElement('ul');
      entries.forEach(function (e) {
        var li = document.createElement('li');
        li.appendChild(swatch(e.type, e.colour, e.icon));
        li.appendChild(make('span', e.label));
        ul.appendChild(li);
      });
      box.appendChild(ul);
    });
    document.body.dataset.legend = String(box.querySelectorAll('li').length);
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
    dl.appendChild(make('dt', 'Ebene')); dl.appendChild(make('dd', layerInfo(f.sourceLayer || f.source).title));
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
    div.appendChild(make('div', layerInfo(f.sourceLayer || f.source).title));
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
      var li = document.createElement('li'), b = make('button', featureName(f) + ' (' + layerInfo(f.sourceLayer || f.source).title + ')');
      b.type = 'button';
      b.addEventListener('click', function () {
        showInfo(f);
        var h = document.getElementById('info-title');
        h.tabIndex = -1; h.focus();
      });
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
    var say = function (msg) { text(document.getElementById('status'), msg); };
    if (q.length < 2) { ul.appendChild(make('li', 'Bitte mindestens zwei Zeichen eingeben.')); say('Bitte mindestens zwei Zeichen eingeben.'); return; }
    fetch('/search?q=' + encodeURIComponent(q)).then(function (r) { return r.json(); }).then(function (j) {
      if (!j.results || !j.results.length) { ul.appendChild(make('li', 'Nichts gefunden.')); say('Keine Treffer für „' + q + '“.'); return; }
      say(j.results.length + (j.results.length === 1 ? ' Treffer' : ' Treffer') + ' für „' + q + '“.');
      j.results.forEach(function (r) {
        var li = document.createElement('li'), b = make('button', r.label + ' (' + layerInfo(r.layer).title + ')');
        b.type = 'button';
        b.addEventListener('click', function () {
          map.fitBounds([[r.bbox[0], r.bbox[1]], [r.bbox[2], r.bbox[3]]], { padding: 40, maxZoom: 17 });
          document.getElementById('list').focus();
        });
        li.appendChild(b); ul.appendChild(li);
      });
      ul.querySelector('button').focus();
    }).catch(function (e) { ul.appendChild(make('li', 'Suche fehlgeschlagen: ' + e)); say('Suche fehlgeschlagen.'); });
  });
})();
