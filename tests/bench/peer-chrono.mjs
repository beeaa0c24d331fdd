// chrono-node: dates and times, resolved against a reference date.
import * as chrono from "chrono-node";

export async function load() {
  const ref = new Date(Date.UTC(2025, 0, 1));
  return (text) => chrono.parse(text, ref);
}
