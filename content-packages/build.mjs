// Build step (run by exec-maven-plugin in generate-resources, after `npm ci` in src/main/frontend): turns every module
// folder of content-packages/ (a folder with a module.json) into an importable zip in the directory given as the first
// argument (target/classes/content-packages/). A zip holds the module's src/ tree plus the runtime files its
// module.json lists under "vendor", copied from the build's node_modules (second argument) — third-party code is
// never committed. Entries are sorted and dated 2026-01-01 so that the same sources give the same bytes.
//
// module.json: {"zip": "an-toan-thong-tin.zip", "vendor": [{"from": "@rusticisoftware/cmi5/dist/cmi5.js",
//               "to": "lib/cmi5.js"}]}
// Exits non-zero on a missing source or vendor file.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const [target, nodeModules] = process.argv.slice(2);
if (!target || !nodeModules) {
  console.error('usage: node build.mjs <target directory> <node_modules directory>');
  process.exit(2);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) {
    c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) {
    c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  }
  return (c ^ 0xffffffff) >>> 0;
}

// MS-DOS date/time of 2026-01-01 00:00
const DOS_TIME = 0;
const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1;

/** A zip (deflate) of [name, bytes] entries. */
function zip(entries) {
  const locals = [];
  const central = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const packed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    locals.push(local, nameBytes, packed);
    const head = Buffer.alloc(46);
    head.writeUInt32LE(0x02014b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(20, 6);
    head.writeUInt16LE(0x0800, 8);
    head.writeUInt16LE(8, 10);
    head.writeUInt16LE(DOS_TIME, 12);
    head.writeUInt16LE(DOS_DATE, 14);
    head.writeUInt32LE(crc, 16);
    head.writeUInt32LE(packed.length, 20);
    head.writeUInt32LE(data.length, 24);
    head.writeUInt16LE(nameBytes.length, 28);
    head.writeUInt32LE(offset, 42);
    central.push(head, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const centralBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, centralBytes, end]);
}

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

mkdirSync(target, { recursive: true });
const modules = readdirSync(here).filter((d) => existsSync(join(here, d, 'module.json'))).sort();
for (const module of modules) {
  const dir = join(here, module);
  const spec = JSON.parse(readFileSync(join(dir, 'module.json'), 'utf8'));
  const entries = new Map();
  for (const file of files(join(dir, 'src'))) {
    entries.set(relative(join(dir, 'src'), file).split(sep).join('/'), readFileSync(file));
  }
  for (const { from, to } of spec.vendor || []) {
    const source = join(nodeModules, from);
    if (!existsSync(source)) {
      console.error(`${module}: vendor file ${from} is not installed; run the build without -Dhocso.skipFrontend`);
      process.exit(1);
    }
    entries.set(to, readFileSync(source));
  }
  const sorted = [...entries.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  writeFileSync(join(target, spec.zip), zip(sorted));
  console.log(`content-packages: ${module} -> ${spec.zip} (${sorted.length} files)`);
}
