// The result as files: the JSON, and the events as CSV with the columns the command line's
// --events-csv writes (ACLED's names), built the same way.

import { due, yieldToBrowser } from "./slices.js";

/** The columns of the events CSV, as the command line writes them (without its `document`). */
export const EVENT_COLUMNS = [
  "event_date", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1", "location",
  "fatalities", "source", "notes",
];

/** `names` joined by "; ", each once, in order. */
function joinDistinct(names) {
  return [...new Set(names)].join("; ");
}

/**
 * Each event as a row of EVENT_COLUMNS: actors by their entity's name (else their words), one
 * column per role (associates have none); fatalities 0 when the text gives no figure (ACLED's
 * convention); the sources by the words that name them; in the notes, the event's sentence.
 */
export function eventRows(result) {
  const entities = new Map(result.entities.map((e) => [e.id, e]));
  return (result.events ?? []).map((event) => {
    const actors = (role) =>
      joinDistinct(event.actors.filter((a) => a.role === role).map((a) => entities.get(a.entity)?.name ?? a.text.text));
    const place = event.location;
    return [
      event.date?.value ?? "",
      event.type,
      event.sub_type,
      actors("actor1"),
      actors("actor2"),
      place?.country ?? "",
      place?.admin1 ?? "",
      place?.name ?? "",
      String(event.fatalities?.value ?? 0),
      joinDistinct(event.sources.map((s) => s.text.text)),
      result.sentences[event.sentence]?.text ?? "",
    ];
  });
}

/** One CSV record (RFC 4180): a field holding a comma, a double quote, a CR or an LF is quoted, its quotes doubled. */
export function csvRecord(fields) {
  return fields.map((f) => (/[",\r\n]/.test(f) ? `"${f.replaceAll('"', '""')}"` : f)).join(",");
}

/** The events CSV: a header, then a line per event, each ending with LF. */
export function eventsCsv(result) {
  return [EVENT_COLUMNS, ...eventRows(result)].map((r) => `${csvRecord(r)}\n`).join("");
}

/**
 * The result as compact JSON, in pieces of about 64 kB to join or to put in a Blob, written
 * between paints: the JSON of a 2 MB article's result is 26 MB, too much to write in one go
 * without blocking the page.
 */
export async function jsonPieces(result) {
  const pieces = [];
  let piece = "{";
  const add = (json) => {
    piece += json;
    if (piece.length >= 65_536) {
      pieces.push(piece);
      piece = "";
    }
  };
  let first = true;
  for (const [key, value] of Object.entries(result)) {
    if (value === undefined) continue;
    add(`${first ? "" : ","}${JSON.stringify(key)}:`);
    first = false;
    if (!Array.isArray(value)) {
      add(JSON.stringify(value));
      continue;
    }
    add("[");
    for (let i = 0; i < value.length; i++) {
      if (due()) await yieldToBrowser();
      add((i ? "," : "") + JSON.stringify(value[i]));
    }
    add("]");
  }
  pieces.push(`${piece}}`);
  return pieces;
}

/** Offers `parts` (strings or Blobs) as a file to save. */
export function download(name, type, parts) {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started from the URL by the time a task has passed; give it a while.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
