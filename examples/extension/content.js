// The content script, injected into a tab when the reader clicks the toolbar button. It loads
// no WebAssembly (the page's Content-Security-Policy may forbid it): it collects the article's
// text for the service worker, paints the result it gets back with the CSS Custom Highlight
// API, and shows a fact in the page when the side panel asks. It changes no markup.
//
// Messages (from the service worker or the side panel, through chrome.tabs.sendMessage):
//   { type: "reportage:collect" }                  -> { ok, id, text, title, url }
//   { type: "reportage:show", id, result }         -> { ok, painted }
//   { type: "reportage:reveal", start, end }       -> { ok, text }
//   { type: "reportage:clear" }                    -> { ok }
//   { type: "reportage:ping" }                     -> { ok, analysed }
// A failure answers { ok: false, error }.
import { clearHighlights, collectText, findArticle, highlight, rangeFor, reveal } from "reportage/dom";

// Injected again at each click: the second copy finds the first one listening and stops.
if (!globalThis.reportageListening) {
  globalThis.reportageListening = true;

  /** The last collected text: `{ id, collected }`; its result once painted. */
  let current = null;
  let nextId = 1;

  const handlers = {
    "reportage:collect"() {
      const collected = collectText(findArticle(document));
      current = { id: nextId++, collected, result: null };
      return { id: current.id, text: collected.text, title: document.title, url: location.href };
    },
    "reportage:show"({ id, result }) {
      if (!current || current.id !== id) throw new Error("the page was read again meanwhile");
      current.result = result;
      return { painted: highlight(result, current.collected).length };
    },
    "reportage:reveal"({ start, end }) {
      const range = current?.result ? rangeFor(current.collected, { start, end }) : null;
      if (!range) throw new Error("this passage is no longer on the page; analyse it again");
      return { text: reveal(range) };
    },
    "reportage:ping"() {
      return { analysed: Boolean(current?.result) };
    },
    "reportage:clear"() {
      clearHighlights();
      return {};
    },
  };

  chrome.runtime.onMessage.addListener((message, sender, reply) => {
    if (sender.id !== chrome.runtime.id) return false;
    const handle = handlers[message?.type];
    if (!handle) return false;
    try {
      reply({ ok: true, ...handle(message) });
    } catch (e) {
      reply({ ok: false, error: String(e?.message ?? e) });
    }
    return false;
  });
}
