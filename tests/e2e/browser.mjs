// Launches Debian's Chromium through playwright-core (no browser download) and serves www/.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { existsSync } from "node:fs";
import { chromium } from "playwright-core";
import { startServer } from "../../scripts/serve.mjs";

export function chromiumPath() {
  const candidates = [process.env.CHROMIUM, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
  const found = candidates.find((p) => p && existsSync(p));
  if (!found) throw new Error("no Chromium found: run `npm run setup` or set CHROMIUM=/path/to/chrome");
  return found;
}

/** A fresh headless browser with a profile of its own; call close() when done. */
export async function launchBrowser() {
  const profile = mkdtempSync(join(tmpdir(), "reportage-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A served demo and a fresh headless browser; call close() when done. */
export async function openDemo() {
  const { server, url } = await startServer(0);
  const browser = await launchBrowser();
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  return {
    url,
    page,
    async close() {
      await browser.close();
      server.close();
    },
  };
}
