// Load a 3D tileset served by `saale serve --3dtiles` in CesiumJS (npm `cesium`) in headless
// Chromium (puppeteer-core): no Cesium ion (no token, no base layer, ellipsoid terrain), the
// Cesium build itself served from node_modules through request interception, every other
// request to anywhere but the saale server refused and counted. Refines to the leaves, reads
// `gml_id` of every loaded feature through Cesium's EXT_structural_metadata support and keeps
// a screenshot.
// usage: node cesium-check.js NPM_DIR CHROMIUM TILESET_URL SCREENSHOT  -> JSON on stdout
const fs = require('fs');
const path = require('path');
const [npm, chromium, tilesetUrl, shot] = process.argv.slice(2);
const req = require('module').createRequire(path.join(path.resolve(npm), 'package.json'));
const puppeteer = req('puppeteer-core');
const cesiumDir = path.join(path.resolve(npm), 'node_modules', 'cesium', 'Build', 'Cesium');
const saale = new URL(tilesetUrl).origin;
// The page and the Cesium build under a path of the saale server's origin (answered by the
// interception, never by the server), so the tileset requests are same-origin.
const ORIGIN = `${saale}/__cesium-test`;

const PAGE = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>3D</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="${ORIGIN}/Cesium/Widgets/widgets.css">
<style>html,body,#c{margin:0;width:100%;height:100%;overflow:hidden}</style></head>
<body><div id="c"></div>
<script>window.CESIUM_BASE_URL = '${ORIGIN}/Cesium/';</script>
<script src="${ORIGIN}/Cesium/Cesium.js"></script>
<script>
window.result = (async () => {
  const viewer = new Cesium.Viewer('c', {
    baseLayer: false, baseLayerPicker: false, geocoder: false, timeline: false,
    animation: false, homeButton: false, sceneModePicker: false, navigationHelpButton: false,
    fullscreenButton: false, infoBox: false, selectionIndicator: false,
    terrainProvider: new Cesium.EllipsoidTerrainProvider(),
  });
  viewer.scene.globe.baseColor = Cesium.Color.fromCssColorString('#e8e4da');
  const tileset = await Cesium.Cesium3DTileset.fromUrl(${JSON.stringify(tilesetUrl)}, {
    maximumScreenSpaceError: 0.001,
  });
  viewer.scene.primitives.add(tileset);
  await viewer.zoomTo(tileset, new Cesium.HeadingPitchRange(0.3, -0.6, tileset.boundingSphere.radius * 2.2));
  await new Promise((resolve) => {
    const start = Date.now();
    const check = () => {
      if (tileset.tilesLoaded || Date.now() - start > 60000) resolve();
      else setTimeout(check, 250);
    };
    tileset.allTilesLoaded.addEventListener(resolve);
    check();
  });
  for (let i = 0; i < 10; i++) { viewer.render(); await new Promise((r) => setTimeout(r, 100)); }
  const ids = new Set();
  let contents = 0;
  const heights = [];
  const walk = (tile) => {
    const c = tile.content;
    if (c && c.featuresLength > 0) {
      contents++;
      for (let i = 0; i < c.featuresLength; i++) {
        const f = c.getFeature(i);
        ids.add(f.getProperty('gml_id'));
        const h = f.getProperty('measured_height');
        if (typeof h === 'number') heights.push(h);
      }
    }
    tile.children.forEach(walk);
  };
  walk(tileset.root);
  // For the close-up: the leaf with the most features.
  let best = null;
  const leaves = (tile) => {
    if (tile.content && tile.content.featuresLength > (best ? best.content.featuresLength : 0)) best = tile;
    tile.children.forEach(leaves);
  };
  leaves(tileset.root);
  window.closeUp = async () => {
    const s = best.boundingSphere;
    viewer.camera.flyToBoundingSphere(s, { duration: 0,
      offset: new Cesium.HeadingPitchRange(0.6, -0.45, s.radius * 1.6) });
    for (let i = 0; i < 20; i++) { viewer.render(); await new Promise((r) => setTimeout(r, 100)); }
  };
  return {
    loaded: tileset.tilesLoaded, contents, features: ids.size, heights: heights.length,
    ion_token_used: false,
  };
})().catch((e) => ({ error: String(e && e.stack || e) }));
</script></body></html>`;

(async () => {
  const browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: ['--no-sandbox', '--enable-unsafe-swiftshader', '--use-angle=swiftshader',
      '--disable-background-networking', '--window-size=1200,800'],
  });
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 800 });
  const errors = [];
  const failed = [];
  const outside = [];
  const served = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('requestfailed', (r) => {
    if (!r.url().startsWith('data:') && !outside.includes(r.url())) failed.push(r.url());
  });
  page.on('response', (r) => {
    if (r.url().startsWith(saale) && !r.url().startsWith(ORIGIN)) {
      served.push(r.url());
      if (r.status() >= 400) failed.push(`${r.url()} ${r.status()}`);
    }
  });
  await page.setRequestInterception(true);
  page.on('request', (r) => {
    const u = r.url();
    if (u === `${ORIGIN}/`) return r.respond({ status: 200, contentType: 'text/html', body: PAGE });
    if (u.startsWith(`${ORIGIN}/Cesium/`)) {
      const rel = decodeURIComponent(new URL(u).pathname.slice('/__cesium-test/Cesium/'.length));
      const f = path.join(cesiumDir, rel);
      if (!f.startsWith(cesiumDir) || !fs.existsSync(f)) return r.respond({ status: 404, body: '' });
      const type = f.endsWith('.js') ? 'application/javascript' : f.endsWith('.css') ? 'text/css'
        : f.endsWith('.json') ? 'application/json' : f.endsWith('.wasm') ? 'application/wasm'
        : f.endsWith('.png') ? 'image/png' : f.endsWith('.svg') ? 'image/svg+xml' : 'application/octet-stream';
      return r.respond({ status: 200, contentType: type, body: fs.readFileSync(f),
        headers: { 'Access-Control-Allow-Origin': '*' } });
    }
    if (u.startsWith(ORIGIN)) return r.respond({ status: 404, body: '' });
    if (u.startsWith(saale) || u.startsWith('data:') || u.startsWith('blob:')) return r.continue();
    outside.push(u);
    return r.abort();
  });
  await page.goto(`${ORIGIN}/`, { waitUntil: 'load', timeout: 60000 });
  const result = await page.evaluate(() => window.result);
  await page.screenshot({ path: shot });
  if (!result.error) {
    await page.evaluate(() => window.closeUp());
    await page.screenshot({ path: shot.replace(/\.png$/, '-close.png') });
  }
  await browser.close();
  const glb = served.filter((u) => u.endsWith('.glb')).length;
  console.log(JSON.stringify({ result, errors, failed, outside, glb_requests: glb }));
})().catch((e) => { console.error(e); process.exit(2); });
