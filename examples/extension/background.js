// The service worker: runs the extraction. The page's own Content-Security-Policy does not
// apply here, only the extension's (`'wasm-unsafe-eval'` in the manifest), so the module
// compiles even for pages that forbid WebAssembly or any script at all.
//
// A click on the toolbar button (or Alt+Shift+R) opens the side panel and analyses the tab:
//   1. inject highlights.css and content.js into the tab (allowed by activeTab for this click);
//   2. ask the content script for the article's text ("reportage:collect");
//   3. extract here;
//   4. send the result back to be painted ("reportage:show");
//   5. keep the result in chrome.storage.session under "tab:<id>", where the side panel reads it.
// The side panel's "Analyse again" asks for step 1 to 5 with { type: "reportage:analyse", tabId }.
import init, { extract } from "./vendor/reportage.js";

/** Settles once the module is compiled; compiled on first use, not at each wake-up. */
let loading = null;
function ready() {
  loading ??= init({ module_or_path: fetch(chrome.runtime.getURL("vendor/reportage_bg.wasm")) }).catch((e) => {
    loading = null;
    throw new Error(`the extraction module could not be loaded: ${e?.message ?? e}`);
  });
  return loading;
}

const key = (tabId) => `tab:${tabId}`;

/** The latest analysis started per tab: an older one that ends later must not overwrite it. */
const latest = new Map();

/**
 * Records a tab's state for the side panel: `{ status: "working" | "done" | "error", url?,
 * title?, result?, painted?, ms?, error?, at }`.
 */
async function record(tabId, run, state) {
  if (latest.get(tabId) !== run) return;
  const value = { ...state, at: Date.now() };
  try {
    await chrome.storage.session.set({ [key(tabId)]: value });
  } catch (e) {
    // Session storage holds 10 MB: a huge article's result may not fit.
    await chrome.storage.session.set({
      [key(tabId)]: { status: "error", url: state.url, error: `The result could not be kept: ${e?.message ?? e}`, at: Date.now() },
    });
  }
}

/** A message a reader can act on, for the errors the browser gives in its own words. */
function explain(error) {
  const message = String(error?.message ?? error);
  if (/Cannot access contents of|must request permission|Cannot access a chrome|cannot be scripted|Missing host permission/i.test(message)) {
    return "reportage may not read this page yet: click its button in the toolbar (or press Alt+Shift+R) while the page is open. Browser pages and the extension store cannot be read.";
  }
  if (/Receiving end does not exist|message port closed/i.test(message)) {
    return "The page did not answer: it may still be loading, or it was reloaded. Try again.";
  }
  return message;
}

/** Sends a message to the content script and returns its answer, or throws its error. */
async function ask(tabId, message) {
  const answer = await chrome.tabs.sendMessage(tabId, message);
  if (!answer?.ok) throw new Error(answer?.error ?? "the page did not answer");
  return answer;
}

/** Reads, extracts and highlights the article in a tab, recording each step for the panel. */
async function analyse(tabId) {
  const run = Symbol(tabId);
  latest.set(tabId, run);
  let page = null;
  await record(tabId, run, { status: "working" });
  try {
    const [{ result: listening } = {}] = await chrome.scripting.executeScript({
      target: { tabId },
      func: () => globalThis.reportageListening === true,
    });
    if (!listening) {
      await chrome.scripting.insertCSS({ target: { tabId }, files: ["highlights.css"] });
      await chrome.scripting.executeScript({ target: { tabId }, files: ["content.js"] });
    }
    page = await ask(tabId, { type: "reportage:collect" });
    if (page.text.trim() === "") {
      await record(tabId, run, { status: "error", url: page.url, title: page.title, error: "No article text was found on this page." });
      return;
    }
    await ready();
    const started = performance.now();
    const result = extract(page.text, {});
    const ms = Math.round(performance.now() - started);
    const { painted } = await ask(tabId, { type: "reportage:show", id: page.id, result });
    await record(tabId, run, { status: "done", url: page.url, title: page.title, result, painted, ms });
  } catch (e) {
    await record(tabId, run, { status: "error", url: page?.url, title: page?.title, error: explain(e) });
  }
}

chrome.action.onClicked.addListener((tab) => {
  // Opened first, while the click still counts as the reader's gesture.
  chrome.sidePanel.open({ tabId: tab.id }).catch(() => {});
  analyse(tab.id);
});

chrome.runtime.onMessage.addListener((message, sender, reply) => {
  // Only the extension's own pages (the side panel) may ask, not the content scripts.
  if (sender.id !== chrome.runtime.id || !sender.url?.startsWith(chrome.runtime.getURL(""))) return false;
  if (message?.type === "reportage:analyse" && Number.isInteger(message.tabId)) {
    analyse(message.tabId).then(() => reply({ ok: true }));
    return true;
  }
  return false;
});

/** Forgets a tab's analysis. */
function forget(tabId) {
  latest.delete(tabId);
  return chrome.storage.session.remove(key(tabId));
}

// A page that was reloaded or left has lost its highlights with its content script: once the
// tab has loaded, an analysis whose content script no longer answers is forgotten. (A change of
// the URL's #fragment keeps the document, its script and its highlights.)
chrome.tabs.onUpdated.addListener(async (tabId, change) => {
  if (change.status !== "complete") return;
  const stored = await chrome.storage.session.get(key(tabId));
  if (!stored[key(tabId)] || stored[key(tabId)].status === "working") return;
  try {
    await ask(tabId, { type: "reportage:ping" });
  } catch {
    await forget(tabId);
  }
});
chrome.tabs.onRemoved.addListener((tabId) => forget(tabId));
