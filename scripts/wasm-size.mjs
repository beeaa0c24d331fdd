// Where the bytes of a wasm module go: sections, the largest functions, the data segments,
// and function bytes grouped by crate or module. Reads a module that still has its "name"
// section (the shipped one is stripped: build a copy before scripts/strip-wasm.mjs runs).
//
//   node scripts/wasm-size.mjs module.wasm [--top N] [--map lld.map]
//
// --map: a wasm-ld map file (`-C link-arg=--Map=FILE`) of the same build, to name the data
// symbols inside the merged data segments.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { readLeb } from "./wasm-leb.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const [value] = args.splice(i, 2).slice(1);
  return value;
};
const TOP = Number(option("--top", 30));
const MAP = option("--map", null);
const file = args[0];
if (!file) throw new Error("usage: node scripts/wasm-size.mjs module.wasm [--top N] [--map FILE]");
const bytes = readFileSync(file);
if (bytes.readUInt32LE(0) !== 0x6d736100) throw new Error(`${file} is not a wasm module`);

// ---- Reading ----

let at = 0;
function leb() {
  const [value, next] = readLeb(bytes, at);
  at = next;
  return value;
}
function sleb() {
  let value = 0n, shift = 0n, b;
  do {
    b = bytes[at++];
    value |= BigInt(b & 0x7f) << shift;
    shift += 7n;
  } while (b & 0x80);
  if (b & 0x40) value -= 1n << shift;
  return Number(value);
}
function name() {
  const n = leb();
  const s = bytes.toString("utf8", at, at + n);
  at += n;
  return s;
}
function limits() {
  const flags = leb();
  leb();
  if (flags & 1) leb();
}
// A constant expression: `i32.const n end` gives n; anything else gives null.
function constExpr() {
  let value = null;
  for (;;) {
    const op = bytes[at++];
    if (op === 0x0b) return value;
    if (op === 0x41 || op === 0x42) value = sleb();
    else if (op === 0x23 || op === 0xd2) leb();
    else if (op === 0xd0) at++;
    else throw new Error(`unexpected opcode 0x${op.toString(16)} in a constant expression`);
  }
}

const SECTION = ["custom", "type", "import", "function", "table", "memory", "global", "export", "start", "element", "code", "data", "datacount", "tag"];
const sections = [];
let importedFunctions = 0;
const bodies = []; // {index, size}
const segments = []; // {index, address, size, start}
const names = new Map(); // function index -> name
const segmentNames = new Map();

at = 8;
while (at < bytes.length) {
  const start = at;
  const id = bytes[at++];
  const size = leb();
  const end = at + size;
  let label = SECTION[id] ?? `unknown ${id}`;
  if (id === 0) label = `custom "${name()}"`;
  if (/^custom "(name|producers)"/.test(label)) label += " (not shipped)";
  sections.push({ label, size: end - start });
  if (id === 2) {
    for (let n = leb(); n > 0; n--) {
      name();
      name();
      const kind = bytes[at++];
      if (kind === 0) {
        leb();
        importedFunctions++;
      } else if (kind === 1) {
        at++;
        limits();
      } else if (kind === 2) limits();
      else if (kind === 3) at += 2;
      else if (kind === 4) {
        at++;
        leb();
      }
    }
  } else if (id === 10) {
    const count = leb();
    for (let i = 0; i < count; i++) {
      const size = leb();
      bodies.push({ index: importedFunctions + i, size });
      at += size;
    }
  } else if (id === 11) {
    const count = leb();
    for (let i = 0; i < count; i++) {
      const flags = leb();
      let address = null;
      if (flags === 2) leb();
      if (flags !== 1) address = constExpr();
      const size = leb();
      segments.push({ index: i, address, size, start: at });
      at += size;
    }
  } else if (label.startsWith('custom "name"')) {
    while (at < end) {
      const sub = bytes[at++];
      const subSize = leb();
      const subEnd = at + subSize;
      if (sub === 1 || sub === 9) {
        const target = sub === 1 ? names : segmentNames;
        for (let n = leb(); n > 0; n--) {
          const index = leb();
          target.set(index, name());
        }
      }
      at = subEnd;
    }
  }
  at = end;
}

// ---- Names ----

const LEGACY_ESCAPES = { SP: "@", BP: "*", RF: "&", LT: "<", GT: ">", LP: "(", RP: ")", C: "," };
// Rust legacy mangling (`_ZN…E`), hash dropped; v0 (`_R…`) names are left as they are
// (wasm-bindgen has usually demangled both already).
function demangle(raw) {
  let s = raw;
  if (/^_?_ZN/.test(s)) {
    let i = s.indexOf("ZN") + 2;
    const parts = [];
    while (i < s.length && s[i] !== "E") {
      const m = /^\d+/.exec(s.slice(i));
      if (!m) break;
      i += m[0].length;
      parts.push(s.slice(i, i + Number(m[0])));
      i += Number(m[0]);
    }
    s = parts
      .map((p) =>
        p
          .replace(/^_\$/, "$")
          .replace(/\$([A-Z]{1,2})\$/g, (all, e) => LEGACY_ESCAPES[e] ?? all)
          .replace(/\$u([0-9a-f]{2,})\$/g, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
          .replace(/\.\./g, "::"),
      )
      .join("::");
  }
  // Hashes, crate disambiguators (`core[c593…]`), LLVM suffixes.
  return s
    .replace(/::h[0-9a-f]{16}$/, "")
    .replace(/\[[0-9a-f]{6,16}\]/g, "")
    .replace(/\.llvm\.\d+$/, "");
}

// The group a function's bytes count towards: a few concerns by name, then the crate, with
// the standard library and this crate split by module.
const CONCERNS = [
  [/^core::slice::sort::|^alloc::slice::stable_sort|^core::slice::<impl \[T\]>::sort|^<\[[^\]]+\]>::sort/, "core::slice::sort (monomorphised)"],
  // Serialize impls count towards the serializer they were instantiated for.
  [/serde_wasm_bindgen::/, "serde_wasm_bindgen (+ Serialize impls for it)"],
  [/serde_json::/, "serde_json (+ Serialize impls for it)"],
  [/\bserde(?:_core)?::/, "serde"],
];
function group(fn) {
  for (const [re, label] of CONCERNS) if (re.test(fn)) return label;
  // `<T as Trait>::m`, `<T>::m`, `&T`: the type's path decides.
  const path = /[A-Za-z_][\w]*(?:::[A-Za-z_{][\w{}#]*)*/.exec(fn.replace(/^[<&*\s]+|^(?:mut|const|dyn) /g, ""))?.[0] ?? fn;
  const parts = path.split("::").filter((p) => !p.startsWith("{"));
  const [crate] = parts;
  if (crate === "reportage") return parts.slice(0, parts[1] === "annotate" || parts[1] === "lang" ? 3 : 2).join("::");
  if (crate === "core" || crate === "alloc" || crate === "std") return parts.slice(0, 2).join("::");
  if (/^(str|char|bool|[iuf](8|16|32|64|128|size)|T)$/.test(crate)) return `core (methods of ${crate === "T" ? "generic types" : crate})`;
  if (!fn.includes("::")) return "(unnamed or glue)";
  return crate;
}

// ---- Printing ----

const kb = (n) => (n / 1024).toFixed(1).padStart(7);
const pct = (n, total) => `${((100 * n) / total).toFixed(1).padStart(5)}%`;
function table(title, rows, columns) {
  console.log(`\n${title}`);
  for (const row of rows) console.log("  " + columns.map((c) => c(row)).join("  "));
}

const total = bytes.length;
const shipped = sections.filter((s) => !s.label.endsWith("(not shipped)")).reduce((a, s) => a + s.size, 8);
console.log(`${file}: ${total} bytes (${shipped} without the name and producers sections)`);
table("Sections (KB, share of the shipped module)", [...sections].sort((a, b) => b.size - a.size), [
  (s) => kb(s.size),
  (s) => pct(s.size, shipped),
  (s) => s.label,
]);

if (!names.size) console.log("\n(no name section: functions are unnamed; run this on a copy made before scripts/strip-wasm.mjs)");
const codeBytes = bodies.reduce((a, b) => a + b.size, 0);
const fns = bodies.map((b) => {
  const fn = demangle(names.get(b.index) ?? `function[${b.index}]`);
  return { ...b, name: fn, group: group(fn) };
});
const short = (s, n = 110) => (s.length > n ? s.slice(0, n - 1) + "…" : s);
table(`Largest functions of ${fns.length} (KB of body, share of code)`, [...fns].sort((a, b) => b.size - a.size).slice(0, TOP), [
  (f) => kb(f.size),
  (f) => pct(f.size, codeBytes),
  (f) => short(f.name),
]);

const groups = new Map();
for (const f of fns) {
  const g = groups.get(f.group) ?? { label: f.group, size: 0, count: 0 };
  g.size += f.size;
  g.count++;
  groups.set(f.group, g);
}
const groupRows = [...groups.values()].sort((a, b) => b.size - a.size);
const shown = groupRows.slice(0, TOP);
const rest = groupRows.slice(TOP);
if (rest.length) shown.push({ label: `(${rest.length} smaller groups)`, size: rest.reduce((a, g) => a + g.size, 0), count: rest.reduce((a, g) => a + g.count, 0) });
table(`Function bytes by crate / module (KB, share of code, functions); code total ${kb(codeBytes).trim()} KB`, shown, [
  (g) => kb(g.size),
  (g) => pct(g.size, codeBytes),
  (g) => String(g.count).padStart(5),
  (g) => g.label,
]);

// Monomorphised sorts, by the element type and comparison they were made for (only when the
// names carry generic arguments: a build with `-C symbol-mangling-version=v0`).
const sorts = fns.filter((f) => f.group.startsWith("core::slice::sort"));
if (sorts.some((f) => /^core::slice::sort::[\w:]+::</.test(f.name))) {
  const bySite = new Map();
  // The text between the brackets that open at `from`, and the same with every inner
  // generic argument list removed.
  const bracketed = (name, from) => {
    let depth = 0, i = from;
    for (; i < name.length; i++) {
      if (name[i] === "<") depth++;
      else if (name[i] === ">" && --depth === 0) break;
    }
    return name.slice(from + 1, i);
  };
  const flatten = (text) => {
    let out = "", depth = 0;
    for (const c of text) {
      if (c === "<") depth++;
      else if (c === ">") depth--;
      else if (depth === 0) out += c;
    }
    return out;
  };
  // Top-level items of a generic argument list (tuples and slices kept whole).
  const items = (text) => {
    const out = [""];
    let depth = 0;
    for (const c of text) {
      if ("([".includes(c)) depth++;
      else if (")]".includes(c)) depth--;
      if (c === "," && depth === 0) out.push("");
      else out[out.length - 1] += c;
    }
    return out.map((x) => x.trim());
  };
  // `<Type>::f` and `<Type as Trait>::f` read as `Type::f`.
  const unqualify = (name) => name.replace(/<([\w:]+)(?: as [\w:]+)?>::/g, "$1::");
  for (const f of sorts) {
    // The comparison a sort was made for: the closure given to `sort_by…` (a call site), or
    // for `sort()`, the element type.
    const name = unqualify(f.name);
    const by = /\]>::sort\w*</.exec(name);
    const site = by
      ? items(flatten(bracketed(name, by.index + by[0].length - 1))).pop() + `  (${by[0].slice(4, -1)})`
      : `${items(flatten(bracketed(name, name.indexOf("<"))))[0] || name}  (sort / Ord)`;
    const s = bySite.get(site) ?? { site, size: 0, count: 0 };
    s.size += f.size;
    s.count++;
    bySite.set(site, s);
  }
  table("Sort code by comparison (KB, functions, call site or element type)", [...bySite.values()].sort((a, b) => b.size - a.size).slice(0, TOP), [
    (s) => kb(s.size),
    (s) => String(s.count).padStart(4),
    (s) => short(s.site),
  ]);
}

// ---- Data ----

function printable(seg) {
  let ok = 0;
  for (let i = seg.start; i < seg.start + seg.size; i++) {
    const b = bytes[i];
    if ((b >= 0x20 && b < 0x7f) || b === 0x0a || b === 0x09 || b >= 0x80) ok++;
  }
  return seg.size ? ok / seg.size : 0;
}
const dataBytes = segments.reduce((a, s) => a + s.size, 0);
table(`Data segments (KB, printable share, address)`, [...segments].sort((a, b) => b.size - a.size), [
  (s) => kb(s.size),
  (s) => `${(100 * printable(s)).toFixed(0).padStart(3)}% text`,
  (s) => (s.address === null ? "passive" : `@${s.address}`),
  (s) => segmentNames.get(s.index) ?? "",
]);

// What the data holds. With a linker map: every input piece of the data segments, named
// when it is a named static, else described by its content (a file of data/ embedded
// verbatim, a table of char ranges, text, binary). Without: files of data/ found verbatim.
const dataFiles = [];
try {
  const { readdirSync } = await import("node:fs");
  const dir = new URL("../data/", import.meta.url);
  for (const f of readdirSync(dir)) if (/\.(tsv|txt)$/.test(f)) dataFiles.push([`data/${f}`, readFileSync(new URL(f, dir))]);
} catch {}
function describe(piece) {
  for (const [f, text] of dataFiles) if (text.length === piece.length && text.equals(piece)) return [`${f} (include_str!)`, "embedded data files"];
  // (char, char) pairs: u32 code points, sorted, ranges well formed.
  if (piece.length >= 64 && piece.length % 8 === 0) {
    let ok = true, last = -1;
    for (let i = 0; ok && i < piece.length; i += 8) {
      const a = piece.readUInt32LE(i), b = piece.readUInt32LE(i + 4);
      ok = a <= b && b <= 0x10ffff && a > last;
      last = b;
    }
    if (ok) return [`Unicode class: ${piece.length / 8} char ranges`, "Unicode range tables (regex-syntax)"];
    // (char, u32) entries, keys sorted: a case-mapping table.
    ok = true;
    last = -1;
    for (let i = 0; ok && i < piece.length; i += 8) {
      const c = piece.readUInt32LE(i);
      ok = c > last && c <= 0x10ffff;
      last = c;
    }
    if (ok) return [`case mapping: ${piece.length / 8} (char, u32) entries`, "Unicode case-mapping tables (core::unicode)"];
    // (pointer, length) entries pointing into the data: a table of &str.
    const [lo, hi] = [segments[0]?.address ?? 0, segments.reduce((a, s) => Math.max(a, (s.address ?? 0) + s.size), 0)];
    ok = true;
    for (let i = 0; ok && i < piece.length; i += 8) {
      const at = piece.readUInt32LE(i), len = piece.readUInt32LE(i + 4);
      ok = at >= lo && at + len <= hi && len < 4096;
    }
    if (ok) return [`table of ${piece.length / 8} &str`, "tables of &str"];
  }
  // (char, &[char]) entries of 12 bytes: a case-folding table.
  if (piece.length >= 1200 && piece.length % 12 === 0) {
    let ok = true, last = -1;
    for (let i = 0; ok && i < piece.length; i += 12) {
      const c = piece.readUInt32LE(i);
      ok = c > last && c <= 0x10ffff;
      last = c;
    }
    if (ok) return [`case folding: ${piece.length / 12} (char, &[char]) entries`, "Unicode case-folding table (regex-syntax)"];
  }
  if (piece.length <= 16) return ["small constant", "constants of ≤ 16 B (panic locations, &str and slice headers, vtables)"];
  let text = 0;
  for (const b of piece) if ((b >= 0x20 && b < 0x7f) || b === 0x0a || b === 0x09 || b >= 0x80) text++;
  const preview = JSON.stringify(piece.toString("latin1", 0, 60).replace(/[^\x20-\x7e]/g, "."));
  const size = piece.length > 4096 ? "> 4 KB" : "≤ 4 KB";
  if (text / piece.length > 0.9) return [`text ${preview}`, `other text constants ${size}`];
  return [`binary ${preview}`, `other binary constants ${size}`];
}
const C = { core: 1, alloc: 1, std: 1 };
// Rust v0 paths of statics (`_RNvNtCs…_4core7unicode…`): enough to read the simple ones.
function v0path(sym) {
  if (!sym.startsWith("_R")) return sym;
  let i = 2;
  const ident = () => {
    if (sym[i] === "s") while (sym[i++] !== "_");
    const m = /^(\d+)_?/.exec(sym.slice(i));
    if (!m) throw new Error();
    i += m[0].length;
    const id = sym.slice(i, i + Number(m[1]));
    i += Number(m[1]);
    return id;
  };
  const path = () => {
    const tag = sym[i++];
    if (tag === "C") return ident();
    if (tag === "N") {
      i++;
      const parent = path();
      const id = ident();
      return id ? `${parent}::${id}` : parent;
    }
    throw new Error();
  };
  try {
    return path();
  } catch {
    return sym;
  }
}
const pieces = [];
if (MAP) {
  let inData = false;
  for (const line of readFileSync(MAP, "utf8").split("\n")) {
    if (/^\s+-\s+[0-9a-f]+\s+[0-9a-f]+ [A-Z]/.test(line)) inData = / DATA$/.test(line);
    const m = inData && /^\s*([0-9a-f]+)\s+[0-9a-f]+\s+([0-9a-f]+)\s+(.*):\((\.\w+)\.?(.*)\)$/.exec(line);
    if (!m || m[4] === ".bss") continue;
    pieces.push({ address: parseInt(m[1], 16), size: parseInt(m[2], 16), section: m[4], symbol: m[5], file: m[3] });
  }
}
const contents = new Map();
const listed = [];
let attributed = 0;
const add = (label, n) => {
  contents.set(label, (contents.get(label) ?? 0) + n);
  attributed += n;
};
const segmentAt = (address) => segments.find((s) => s.address !== null && address >= s.address && address < s.address + s.size);
for (const p of pieces) {
  const seg = segmentAt(p.address);
  if (!seg || !p.size) continue;
  const from = seg.start + (p.address - seg.address);
  const piece = bytes.subarray(from, from + p.size);
  let label, kind;
  if (p.file === "<internal>") [label, kind] = ["merged string literals", "merged string literals"];
  else if (p.symbol && !p.symbol.startsWith(".L")) {
    label = demangle(v0path(p.symbol));
    const path = label.split("::");
    kind = label.startsWith("_R") ? "statics: other" : `statics: ${path.slice(0, path[0] === "reportage" || C[path[0]] ? 2 : 1).join("::")}`;
  } else [label, kind] = describe(piece);
  add(kind, p.size);
  if (label !== "small constant") listed.push({ label, size: p.size });
}
if (!MAP) {
  for (const [f, text] of dataFiles) if (segments.some((s) => bytes.subarray(s.start, s.start + s.size).indexOf(text) >= 0)) add(`${f} (embedded file)`, text.length);
}
const allRows = [...contents].map(([label, size]) => ({ label, size })).sort((a, b) => b.size - a.size);
const contentRows = allRows.filter((r) => r.size >= 1024);
const small = allRows.filter((r) => r.size < 1024);
if (small.length) contentRows.push({ label: `(${small.length} kinds under 1 KB: ${small.map((r) => r.label.replace(/^statics: /, "")).join(", ")})`, size: small.reduce((a, r) => a + r.size, 0) });
contentRows.push({ label: MAP ? "(padding, or not in the map)" : "(not attributed: pass --map)", size: dataBytes - attributed });
table(`What the data holds (KB, share of ${kb(dataBytes).trim()} KB of data)`, contentRows, [
  (r) => kb(r.size),
  (r) => pct(r.size, dataBytes),
  (r) => short(r.label),
]);
if (listed.length)
  table("Largest data items", listed.sort((a, b) => b.size - a.size).slice(0, Math.min(TOP, 15)), [(r) => kb(r.size), (r) => short(r.label, 100)]);

// How much each part weighs once compressed (the sections alone, gzip -9): compression
// ratios differ a lot between code and text.
const sectionBytes = (id) => {
  const parts = [];
  let p = 8;
  while (p < bytes.length) {
    at = p + 1;
    const size = leb();
    if (bytes[p] === id) parts.push(bytes.subarray(p, at + size));
    p = at + size;
  }
  return Buffer.concat(parts);
};
console.log(
  `\ngzip -9 of the code section ${kb(gzipSync(sectionBytes(10), { level: 9 }).length).trim()} KB, ` +
    `of the data section ${kb(gzipSync(sectionBytes(11), { level: 9 }).length).trim()} KB`,
);
