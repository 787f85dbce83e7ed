// The "Luftbild" base layer of the public map in headless Chromium (puppeteer-core): opens
// the map with ?style=luftbild at desktop (1280x800) and mobile (390x844) size, takes the
// screenshots, switches to "Stadtplan" and back with the base-map radio buttons, and prints
// one JSON document with the raster tile requests, console errors and failed requests,
// the attribution text and the base-map choices. cli/tests/raster.rs asserts on it.
//
// node luftbild-check.js NPM_DIR CHROMIUM BASE_URL ARTIFACT_DIR HASH
'use strict';
const path = require('path');
const [npmDir, chromium, base, artifacts, hash] = process.argv.slice(2);
const puppeteer = require(path.join(npmDir, 'node_modules', 'puppeteer-core'));

async function check(browser, viewport, shot, switchBack) {
  const page = await browser.newPage();
  const errors = [], failed = [], responses = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('requestfailed', (r) => failed.push(r.url()));
  page.on('response', (r) => {
    responses.push({ url: r.url(), status: r.status() });
    if (r.status() >= 400) failed.push(r.status() + ' ' + r.url());
  });
  await page.setViewport(viewport);
  await page.goto(base + '/?style=luftbild' + hash, { waitUntil: 'load', timeout: 60000 });
  await page.waitForFunction(() => document.body.dataset.idle === '1', { timeout: 60000 });
  await page.waitForFunction(() => document.body.dataset.basemaps === '2', { timeout: 20000 });
  await page.screenshot({ path: path.join(artifacts, shot) });
  const out = await page.evaluate(() => {
    const a = document.querySelector('.maplibregl-ctrl-attrib');
    const radios = Array.from(document.querySelectorAll('#basemap input[type=radio]'));
    return {
      style: window.saaleMap.getStyle().name,
      attribution: a ? a.textContent : '',
      basemaps: radios.map((r) => ({ value: r.value, checked: r.checked })),
      colours: Number(document.body.dataset.colours || 0),
    };
  });
  if (switchBack) {
    // To the Stadtplan and back to the Luftbild by the radio buttons.
    for (const [value, name] of [['stadtplan', 'Stadtplan (alle Themen)'], ['luftbild', 'Luftbild']]) {
      await page.click('#basemap input[value=' + value + ']');
      await page.waitForFunction((n) => window.saaleMap.getStyle().name === n && window.saaleMap.loaded(), { timeout: 30000 }, name);
    }
    out.switched = await page.evaluate(() => ({
      style: window.saaleMap.getStyle().name,
      url: location.search,
      layers: document.querySelectorAll('#layers label').length,
    }));
  }
  const raster = responses.filter((r) => /^\/tiles\/luftbild\/\d+\/\d+\/\d+\.(png|jpg|webp)$/.test(new URL(r.url).pathname));
  out.rasterTiles = { count: raster.length, ok: raster.filter((r) => r.status === 200).length };
  out.errors = errors;
  out.failed = failed;
  await page.close();
  return out;
}

(async () => {
  const browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader', '--disable-background-networking'],
  });
  try {
    const desktop = await check(browser, { width: 1280, height: 800 }, 'luftbild-desktop.png', true);
    const mobile = await check(browser, { width: 390, height: 844, isMobile: true, hasTouch: true }, 'luftbild-mobile.png', false);
    process.stdout.write(JSON.stringify({ desktop, mobile }));
  } finally {
    await browser.close();
  }
})().catch((e) => { process.stderr.write(String(e && e.stack || e)); process.exit(1); });
