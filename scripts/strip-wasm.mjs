// Removes the custom sections a browser does not need ("name", "producers") from a wasm file,
// in place. wasm-bindgen needs the module's "target_features" section, so Cargo's own
// `strip` cannot be used before it; this runs after it instead.
import { readFileSync, writeFileSync } from "node:fs";
import { readLeb } from "./wasm-leb.mjs";

const DROP = new Set(["name", "producers"]);

const file = process.argv[2];
const bytes = readFileSync(file);
if (bytes.readUInt32LE(0) !== 0x6d736100) throw new Error(`${file} is not a wasm module`);
const kept = [bytes.subarray(0, 8)];
let at = 8;
while (at < bytes.length) {
  const start = at;
  const id = bytes[at++];
  let size;
  [size, at] = readLeb(bytes, at);
  const end = at + size;
  let drop = false;
  if (id === 0) {
    const [nameLen, nameAt] = readLeb(bytes, at);
    drop = DROP.has(bytes.subarray(nameAt, nameAt + nameLen).toString("utf8"));
  }
  if (!drop) kept.push(bytes.subarray(start, end));
  at = end;
}
const out = Buffer.concat(kept);
writeFileSync(file, out);
console.error(`[build] stripped ${bytes.length - out.length} bytes of custom sections from ${file}`);
