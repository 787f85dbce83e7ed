// Validate every GLB given on the command line with the Khronos glTF validator (npm
// `gltf-validator`); print one JSON line per file with the issue counts and the first errors
// and warnings. usage: node validate-glb.js NPM_DIR FILE.glb...
const fs = require('fs');
const path = require('path');
const [npm, ...files] = process.argv.slice(2);
const validator = require('module').createRequire(path.join(path.resolve(npm), 'package.json'))('gltf-validator');
(async () => {
  let bad = 0;
  for (const f of files) {
    const r = await validator.validateBytes(new Uint8Array(fs.readFileSync(f)), {
      uri: path.basename(f), maxIssues: 0, format: 'glb',
    });
    const errors = r.issues.messages.filter((m) => m.severity === 0);
    const warnings = r.issues.messages.filter((m) => m.severity === 1);
    if (errors.length) bad++;
    console.log(JSON.stringify({
      file: f, errors: r.issues.numErrors, warnings: r.issues.numWarnings,
      infos: r.issues.numInfos, extensions: r.info && r.info.extensionsUsed,
      messages: errors.concat(warnings).slice(0, 8).map((m) => `${m.code} ${m.pointer || ''}: ${m.message}`),
    }));
  }
  process.exit(bad ? 1 : 0);
})().catch((e) => { console.error(e); process.exit(2); });
