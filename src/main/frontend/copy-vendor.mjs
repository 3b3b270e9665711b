// Build step (run by exec-maven-plugin in generate-resources, after `npm ci`): copies the browser bundles of the
// pinned scorm-again package, and its licence, into the directory given as the only argument
// (target/classes/content-player/vendor/scorm-again). Nothing else from node_modules is shipped.
// Exits non-zero when an input is missing, e.g. after -Dhocso.skipFrontend on a tree that never ran `npm ci`.
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const pkgDir = join(here, 'node_modules', 'scorm-again');
const files = [['dist/scorm12.min.js', 'scorm12.min.js'], ['dist/scorm2004.min.js', 'scorm2004.min.js'],
  ['LICENSE', 'LICENSE']];

const target = process.argv[2];
if (!target) {
  console.error('usage: node copy-vendor.mjs <target directory>');
  process.exit(2);
}
const missing = files.map(([from]) => join(pkgDir, from)).filter((f) => !existsSync(f));
if (missing.length > 0) {
  console.error(`scorm-again is not installed (missing ${missing.join(', ')}); run the build without `
    + '-Dhocso.skipFrontend (it runs `npm ci` in src/main/frontend).');
  process.exit(1);
}
const wanted = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8')).dependencies['scorm-again'];
const installed = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version;
if (installed !== wanted) {
  console.error(`node_modules has scorm-again ${installed}, package.json pins ${wanted}: run \`npm ci\`.`);
  process.exit(1);
}
mkdirSync(target, { recursive: true });
for (const [from, to] of files) {
  copyFileSync(join(pkgDir, from), join(target, to));
}
console.log(`scorm-again ${installed}: copied ${files.map(([, to]) => to).join(', ')} to ${target}`);
