// A result sent from the worker as JSON in pieces, and read back a piece at a time.
//
// A message's data is read (deserialized) in one go on the thread that receives it: the result for
// a 2 MB article holds some 300,000 objects (26 MB as JSON), which the page would take 300 ms or
// more to read, blocking it; and Chromium copies strings between threads slowly too (as long
// again for 26 MB of JSON text). So the worker sends the JSON as UTF-8 bytes in one transferred
// buffer, which arrives at once, and the page decodes and parses it a piece (about 64 KB) at a
// time between paints.

import { due, yieldToBrowser, Superseded } from "./slices.js";

/** Marks a packed result. */
const FORMAT = "reportage/chunked-json";
/** About how much JSON one piece holds. */
const PIECE = 64 * 1024;

/**
 * `result` with each array field's items written as JSON arrays of about PIECE characters, in
 * UTF-8, one after the other in `bytes`: { format, bytes, ends, fields } where `ends` are the
 * byte offsets at which the pieces end and `fields` lists [key, value] for the other fields and
 * [key, undefined, [first, last]] (piece indices, last excluded) for the arrays, in key order.
 * Send `bytes` in the transfer list.
 */
export function pack(result) {
  const encoder = new TextEncoder();
  const encoded = [];
  const fields = [];
  const flush = (items) => encoded.push(encoder.encode(`[${items.join(",")}]`));
  for (const [key, value] of Object.entries(result)) {
    if (!Array.isArray(value) || value.length === 0) {
      fields.push([key, value]);
      continue;
    }
    const first = encoded.length;
    let items = [];
    let size = 0;
    for (const item of value) {
      const json = JSON.stringify(item);
      items.push(json);
      size += json.length;
      if (size >= PIECE) {
        flush(items);
        items = [];
        size = 0;
      }
    }
    if (items.length) flush(items);
    fields.push([key, undefined, [first, encoded.length]]);
  }
  const bytes = new Uint8Array(encoded.reduce((n, e) => n + e.length, 0));
  const ends = [];
  let at = 0;
  for (const e of encoded) {
    bytes.set(e, at);
    at += e.length;
    ends.push(at);
  }
  return { format: FORMAT, bytes: bytes.buffer, ends, fields };
}

/**
 * The result `pack` packed, rebuilt between paints; a result that is not packed is returned as it
 * is. `current()` is asked between pieces: once it is false, the work stops with `Superseded`.
 */
export async function unpack(data, current = () => true) {
  if (data?.format !== FORMAT) return data;
  const decoder = new TextDecoder();
  const bytes = new Uint8Array(data.bytes);
  const result = {};
  for (const [key, value, range] of data.fields) {
    if (!range) {
      result[key] = value;
      continue;
    }
    const items = [];
    for (let i = range[0]; i < range[1]; i++) {
      if (due()) {
        await yieldToBrowser();
        if (!current()) throw new Superseded();
      }
      const piece = decoder.decode(bytes.subarray(i ? data.ends[i - 1] : 0, data.ends[i]));
      for (const item of JSON.parse(piece)) items.push(item);
    }
    result[key] = items;
  }
  return result;
}
