// Read a 3D tileset back with 3d-tiles-tools (npm): traverse every tile, resolve each content
// URI through the tools' resource resolver and check it is a glTF 2.0 GLB of the stated length.
// usage: node tiles-tools.js NPM_DIR TILESET_DIR  -> JSON on stdout
const path = require('path');
const [npm, dir] = process.argv.slice(2);
const tools = require('module').createRequire(path.join(path.resolve(npm), 'package.json'))('3d-tiles-tools');
(async () => {
  const resolver = tools.ResourceResolvers.createFileResourceResolver(dir);
  const tileset = JSON.parse((await resolver.resolveData('tileset.json')).toString('utf8'));
  const traverser = new tools.TilesetTraverser(dir, resolver, { depthFirst: true });
  const out = { version: tileset.asset.version, tiles: 0, contents: 0, glb: 0, levels: {}, bad: [] };
  await traverser.traverse(tileset, async (t) => {
    out.tiles++;
    const level = t.level;
    const e = t.asRawTile().geometricError;
    (out.levels[level] = out.levels[level] || []).push(e);
    for (const c of t.getFinalContents()) {
      out.contents++;
      const data = await resolver.resolveData(c.uri);
      if (!data) { out.bad.push(`${c.uri}: not found`); continue; }
      const ok = data.length >= 20 && data.toString('latin1', 0, 4) === 'glTF'
        && data.readUInt32LE(4) === 2 && data.readUInt32LE(8) === data.length;
      if (ok) out.glb++; else out.bad.push(`${c.uri}: not a GLB 2.0`);
    }
    return true;
  });
  console.log(JSON.stringify(out));
})().catch((e) => { console.error(e); process.exit(2); });
