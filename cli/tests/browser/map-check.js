// Drives headless Chromium (puppeteer-core) over the public map and the OGC HTML pages of a
// running `saale serve`: runs axe-core on each page, takes the desktop (1280x800) and mobile
// (390x844) screenshots, checks keyboard use, the permalink and the print layout, and prints
// one JSON document with what it saw. The Rust test (cli/tests/map.rs) asserts on it.
//
// node map-check.js NPM_DIR CHROMIUM BASE_URL ARTIFACT_DIR
'use strict';
const path = require('path');
const [npmDir, chromium, base, artifacts] = process.argv.slice(2);
const puppeteer = require(path.join(npmDir, 'node_modules', 'puppeteer-core'));
const axePath = path.join(npmDir, 'node_modules', 'axe-core', 'axe.min.js');

async function open(browser, url, viewport, waitIdle, acceptLanguage) {
  const page = await browser.newPage();
  await page.setExtraHTTPHeaders({ 'Accept-Language': acceptLanguage || 'de-DE,de;q=0.9' });
  const errors = [];
  const failed = [];
  const responses = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('requestfailed', (r) => failed.push(r.url()));
  page.on('response', (r) => {
    responses.push({ url: r.url(), status: r.status() });
    if (r.status() >= 400) failed.push(r.status() + ' ' + r.url());
  });
  await page.setViewport(viewport);
  await page.goto(url, { waitUntil: 'load', timeout: 60000 });
  if (waitIdle) {
    await page.waitForFunction(() => document.body.dataset.idle === '1', { timeout: 60000 });
  }
  return { page, errors, failed, responses };
}

// Requests of one kind (glyphs, sprite, vector tiles): how many, how many answered 200.
function requests(responses, re) {
  const all = responses.filter((r) => re.test(new URL(r.url).pathname));
  return { count: all.length, ok: all.filter((r) => r.status === 200).length };
}

// What the map drew: rendered features of some style layers, the attribution text.
async function drawn(page, layers) {
  return page.evaluate((ids) => {
    const m = window.saaleMap, out = {};
    ids.forEach((id) => {
      const fs = m.getLayer(id) ? m.queryRenderedFeatures(undefined, { layers: [id] }) : [];
      out[id] = { count: fs.length, names: Array.from(new Set(fs.map((f) => f.properties.name).filter(Boolean))).slice(0, 10) };
    });
    const a = document.querySelector('.maplibregl-ctrl-attrib');
    out.attribution = a ? a.textContent : '';
    return out;
  }, layers);
}

const LABEL_LAYERS = ['street-labels', 'place-labels', 'water-labels', 'amenity-points', 'bus-stops', 'tram-stops', 'streets-major', 'streets-minor', 'water-area', 'waterway'];

// The map at another view (a new page): screenshot, what was drawn, the requests.
async function view(browser, url, viewport, shot) {
  const { page, errors, failed, responses } = await open(browser, url, viewport, true);
  await page.screenshot({ path: path.join(artifacts, shot) });
  const d = await drawn(page, LABEL_LAYERS);
  d.errors = errors; d.failed = failed;
  d.glyphs = requests(responses, /^\/fonts\/.+\/\d+-\d+\.pbf$/);
  d.sprite = requests(responses, /^\/sprites\/saale(@2x)?\.(json|png)$/);
  d.tiles = requests(responses, /^\/tiles\/[^/]+\/\d+\/\d+\/\d+(\.mvt)?$/);
  await page.close();
  return d;
}

async function axe(page) {
  await page.addScriptTag({ path: axePath });
  const r = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const res = await axe.run(document, { resultTypes: ['violations'] });
    return res.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
  });
  return r;
}

(async () => {
  const browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader', '--disable-background-networking'],
  });
  const out = { pages: {} };
  try {
    // The map on the desktop.
    const mapUrl = base + '/#13/50.927/11.589';
    let { page, errors, failed, responses } = await open(browser, mapUrl, { width: 1280, height: 800 }, true);
    await page.screenshot({ path: path.join(artifacts, 'map-desktop.png') });
    const cityDrawn = await drawn(page, LABEL_LAYERS);
    cityDrawn.glyphs = requests(responses, /^\/fonts\/.+\/\d+-\d+\.pbf$/);
    cityDrawn.sprite = requests(responses, /^\/sprites\/saale(@2x)?\.(json|png)$/);
    cityDrawn.tiles = requests(responses, /^\/tiles\/[^/]+\/\d+\/\d+\/\d+(\.mvt)?$/);
    const desktop = await page.evaluate(() => ({
      idle: document.body.dataset.idle,
      colours: Number(document.body.dataset.colours || 0),
      lang: document.documentElement.lang,
      switcher: Array.from(document.querySelectorAll('#layers label')).map((l) => l.textContent),
      legendHeads: Array.from(document.querySelectorAll('#legend h3')).map((h) => h.textContent),
      legendItems: Array.from(document.querySelectorAll('#legend li')).map((l) => ({
        label: l.textContent,
        colour: getComputedStyle(l.querySelector('.sw')).backgroundColor,
        line: getComputedStyle(l.querySelector('.sw')).borderTopColor,
        kind: l.querySelector('.sw').className,
      })),
      listCount: document.getElementById('list-count').textContent,
      listItems: document.querySelectorAll('#list button').length,
      hash: location.hash,
    }));
    // Keyboard: Tab through the page and note what takes the focus.
    const reached = new Set();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const what = await page.evaluate(() => {
        const a = document.activeElement;
        if (!a) return '';
        if (a.classList.contains('maplibregl-canvas')) return 'canvas';
        if (a.id) return '#' + a.id;
        if (a.closest('#layers')) return 'layer-checkbox';
        if (a.closest('#list')) return 'list-button';
        return a.tagName.toLowerCase();
      });
      reached.add(what);
    }
    desktop.tabbed = Array.from(reached);
    // Keyboard zoom on the focused map changes the permalink.
    await page.focus('.maplibregl-canvas');
    await page.keyboard.press('Equal');
    await page.waitForFunction((h) => location.hash !== h, { timeout: 20000 }, desktop.hash).catch(() => {});
    desktop.hashAfterZoom = await page.evaluate(() => location.hash);
    // A feature of the list opens its details, and the focus goes there.
    const btn = await page.$('#list button');
    if (btn) {
      await btn.focus();
      await page.keyboard.press('Enter');
      desktop.infoFocus = await page.evaluate(() => document.activeElement && document.activeElement.id);
      desktop.infoRows = await page.evaluate(() => document.querySelectorAll('#info dt').length);
    }
    desktop.axe = await axe(page);
    // Print (A4): legend, scale and attribution visible, controls hidden.
    await page.emulateMediaType('print');
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    desktop.print = await page.evaluate(() => {
      const shown = (sel) => {
        const e = document.querySelector(sel);
        if (!e) return false;
        const s = getComputedStyle(e), r = e.getBoundingClientRect();
        return s.display !== 'none' && s.visibility !== 'hidden' && r.width > 0 && r.height > 0;
      };
      return {
        legend: shown('#legend'), scale: shown('.maplibregl-ctrl-scale'), attribution: shown('.maplibregl-ctrl-attrib'),
        map: shown('#map'), navigation: shown('.maplibregl-ctrl-zoom-in'), search: shown('#search'),
        layers: shown('#layers'),
      };
    });
    await page.pdf({ path: path.join(artifacts, 'map-print.pdf'), format: 'A4', landscape: true, printBackground: true });
    desktop.errors = errors; desktop.failed = failed;
    desktop.drawn = cityDrawn;
    out.pages.map = desktop;
    await page.close();

    // The map on a phone: the map first.
    ({ page, errors, failed, responses } = await open(browser, mapUrl, { width: 390, height: 844, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }, true));
    await page.screenshot({ path: path.join(artifacts, 'map-mobile.png') });
    const mobileDrawn = await drawn(page, LABEL_LAYERS);
    mobileDrawn.glyphs = requests(responses, /^\/fonts\/.+\/\d+-\d+\.pbf$/);
    mobileDrawn.sprite = requests(responses, /^\/sprites\/saale(@2x)?\.(json|png)$/);
    out.pages.mobile = await page.evaluate(() => {
      const m = document.getElementById('map').getBoundingClientRect();
      const p = document.getElementById('panel').getBoundingClientRect();
      return { mapTop: m.top, mapHeight: m.height, mapWidth: m.width, panelTop: p.top, vh: innerHeight };
    });
    out.pages.mobile.drawn = mobileDrawn;
    out.pages.mobile.axe = await axe(page);
    out.pages.mobile.errors = errors; out.pages.mobile.failed = failed;
    await page.close();

    // Street zoom (the old town around Löbdergraben), desktop and phone; the city on a phone
    // was taken above.
    const streetUrl = base + '/#16.5/50.9262/11.5905';
    out.pages.street = await view(browser, streetUrl, { width: 1280, height: 800 }, 'map-desktop-street.png');
    out.pages.street_mobile = await view(browser, streetUrl, { width: 390, height: 844, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }, 'map-mobile-street.png');

    // The OGC pages.
    // German by the browser's Accept-Language, English by ?lang=en and by Accept-Language.
    for (const [key, url, al] of [
      ['collections', '/ogc/collections?f=html'],
      ['collection', '/ogc/collections/statbez?f=html'],
      ['items', '/ogc/collections/statbez/items?f=html'],
      ['item', '/ogc/collections/statbez/items/1?f=html'],
      ['items_en', '/ogc/collections/statbez/items?f=html&lang=en'],
      ['item_en', '/ogc/collections/statbez/items/1?f=html', 'en-US,en;q=0.9'],
    ]) {
      ({ page, errors, failed } = await open(browser, base + url, { width: 1280, height: 800 }, false, al));
      const info = await page.evaluate(() => ({ lang: document.documentElement.lang, h1: document.querySelector('h1').textContent, svg: !!document.querySelector('svg.feature-map') }));
      info.axe = await axe(page);
      info.errors = errors; info.failed = failed;
      out.pages[key] = info;
      await page.close();
    }
  } finally {
    await browser.close();
  }
  process.stdout.write(JSON.stringify(out));
})().catch((e) => { process.stderr.write(String(e && e.stack || e)); process.exit(1); });
