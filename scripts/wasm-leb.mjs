// Reads an unsigned LEB128 number, as wasm encodes sizes and indices: its value and the
// offset after it. Shared by the scripts that read wasm files.
export function readLeb(bytes, at) {
  let value = 0, shift = 0, b;
  do {
    b = bytes[at++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
  } while (b & 0x80);
  return [value, at];
}
