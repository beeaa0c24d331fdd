// Builds the extension into examples/extension/dist/, the folder to load unpacked:
//
//   node examples/extension/build.mjs
//
// Copies the extension's own files, bundles content.js with the DOM helpers into one classic
// script (content scripts cannot be modules), writes the highlight stylesheet from the DOM
// helpers' HIGHLIGHT_CSS, and copies the built module (reportage.js, reportage_bg.wasm) into
// dist/vendor/. The module and the DOM helpers come from the npm package's pkg/ when it has
// been built, else from www/pkg/ (and js/dom.js when www/pkg/ has no dom.js yet).
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, "../..");
/** The extension's own files, copied as they are. */
const OWN_FILES = ["manifest.json", "background.js", "panel.html", "panel.js", "panel.css"];

/** Where the built module and the DOM helpers are taken from. */
export function sources(root = ROOT) {
  const built = [join(root, "pkg"), join(root, "www/pkg")].find(
    (dir) => existsSync(join(dir, "reportage.js")) && existsSync(join(dir, "reportage_bg.wasm")),
  );
  if (!built) throw new Error("no built module in pkg/ or www/pkg/: run `bash scripts/build.sh` first");
  const dom = existsSync(join(built, "dom.js")) ? join(built, "dom.js") : join(root, "js/dom.js");
  return { built, dom };
}

/** Builds the extension into `out` (default examples/extension/dist); resolves to `out`. */
export async function buildExtension(out = join(HERE, "dist")) {
  const { built, dom } = sources();
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, "vendor"), { recursive: true });
  for (const file of OWN_FILES) copyFileSync(join(HERE, file), join(out, file));
  for (const file of ["reportage.js", "reportage_bg.wasm"]) copyFileSync(join(built, file), join(out, "vendor", file));

  // content.js imports "reportage/dom", as a project using the npm package would. The DOM
  // helpers' lazy import of the module (for extractFromElement, which the content script does
  // not use) is left out of the bundle.
  const useDom = {
    name: "reportage-dom",
    setup(b) {
      b.onResolve({ filter: /^reportage\/dom$/ }, () => ({ path: dom }));
      b.onResolve({ filter: /^\.\/reportage\.js$/ }, (args) => ({ path: args.path, external: true }));
    },
  };
  const bundle = await build({
    entryPoints: [join(HERE, "content.js")],
    bundle: true,
    format: "iife",
    target: "chrome116",
    outfile: join(out, "content.js"),
    plugins: [useDom],
    logLevel: "silent",
    metafile: true,
  });
  // The content script must not load the module: pages with a strict CSP could not compile it.
  const imports = Object.values(bundle.metafile.outputs).flatMap((o) => o.imports.map((i) => i.path));
  if (imports.length > 0) throw new Error(`content.js still imports ${imports.join(", ")}`);

  const { HIGHLIGHT_CSS } = await import(pathToFileURL(dom).href);
  writeFileSync(join(out, "highlights.css"), `/* From reportage/dom's HIGHLIGHT_CSS. */\n${HIGHLIGHT_CSS.trim()}\n`);
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = await buildExtension(process.argv[2] ? resolve(process.argv[2]) : undefined);
  console.error(`[extension] built ${out} (module from ${sources().built})`);
}
