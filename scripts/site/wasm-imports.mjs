// Short names for the wasm's imports, and a check of the wasm's memory
// layout. wasm-bindgen names each import after its JS function and a
// 16-digit hash (`__wbg_set_value_cb7e77c93a95e491`), written twice: in the
// wasm's import section and as a key of the glue's import object. The
// hashes do not compress: 188 imports made 6 KB of names in each file.
// Renamed to `$0`, `$1`, … `$a`, … (the import's index in base 36) in both
// (the same mapping, checked both ways:
// every name is one key of the glue, no new name is in it already), they
// take about 5 KiB off the brotli of the two. Deterministic.
//
// The exports wasm-bindgen names after a closure's Rust types
// (`wasm_bindgen_<hash>___convert__closures_____invoke___…`, over 100
// characters each, written in the wasm's export section and in the glue)
// are renamed the same way, to `_0`, `_1`, …: about 0.4 KiB of brotli.
//
// This project's own code, written from the WebAssembly binary format
// (sections, LEB128). binaryen's `--minify-imports` does not do this: in
// binaryen 132 it renames only the imports of emscripten's modules
// (`env`, `wasi_*`), not wasm-bindgen's. The custom sections go too: they
// only name the tools that built the wasm (`producers`,
// `target_features`); the browser does not read them.

/** LEB128, as the wasm binary format writes sizes and counts. */
function readU32(bytes, at) {
  let value = 0, shift = 0, byte;
  do { byte = bytes[at++]; value += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80);
  return [value, at];
}
function writeU32(value) {
  const out = [];
  do { let byte = value & 0x7f; value = Math.floor(value / 128); if (value) byte |= 0x80; out.push(byte); } while (value);
  return Buffer.from(out);
}
const shortName = (k) => `$${k.toString(36)}`;
const shortExport = (k) => `_${k.toString(36)}`;
/** The exports renamed: wasm-bindgen's closure adapters, named after types. */
const LONG_EXPORT = /^wasm_bindgen_[0-9a-f]+___convert__closures_\w+$/;

/** The wasm with its function imports from `module` renamed and without
 * custom sections; the mapping. Also checks that the linker still puts
 * the stack first (data at 1 MiB and up): scripts/build.sh tells wasm-opt the
 * lowest 1 KiB is unused, which holds only then. */
function rewriteWasm(wasm, module) {
  const parts = [wasm.subarray(0, 8)];
  const renamed = new Map();
  const exports = new Map();
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, body] = readU32(wasm, at + 1);
    let section = wasm.subarray(body, body + size);
    if (id === 0) {
      at = body + size;
      continue;
    }
    if (id === 11) {
      const [count, first] = readU32(section, 0);
      let i = first;
      for (let n = 0; n < count; n++) {
        const flags = section[i];
        if (flags !== 0) throw new Error(`data segment ${n} is not active in memory 0 (flags ${flags})`);
        if (section[i + 1] !== 0x41) throw new Error(`data segment ${n} has no constant offset`);
        const [offset, end] = readU32(section, i + 2);
        if (section[end] !== 0x0b) throw new Error(`data segment ${n} has an unexpected offset expression`);
        if (offset < 1 << 20) throw new Error(`data segment ${n} starts at ${offset}: the stack is no longer first, and --low-memory-unused (scripts/build.sh) is unsafe`);
        const [length, bytes] = readU32(section, end + 1);
        i = bytes + length;
      }
    }
    if (id === 2) {
      const [count, first] = readU32(section, 0);
      const entries = [writeU32(count)];
      let i = first;
      for (let n = 0; n < count; n++) {
        const [moduleLength, m] = readU32(section, i);
        const from = section.subarray(m, m + moduleLength).toString();
        const [nameLength, f] = readU32(section, m + moduleLength);
        const name = section.subarray(f, f + nameLength).toString();
        const kind = section[f + nameLength];
        if (kind !== 0) throw new Error(`import ${name} is not a function`);
        const [, next] = readU32(section, f + nameLength + 1);
        const tail = section.subarray(f + nameLength, next);
        const newName = from === module ? shortName(renamed.size) : name;
        if (from === module) renamed.set(name, newName);
        entries.push(section.subarray(i, m + moduleLength), writeU32(Buffer.byteLength(newName)), Buffer.from(newName), tail);
        i = next;
      }
      section = Buffer.concat(entries);
    }
    if (id === 7) {
      const [count, first] = readU32(section, 0);
      const entries = [writeU32(count)];
      let i = first;
      for (let n = 0; n < count; n++) {
        const [nameLength, f] = readU32(section, i);
        const name = section.subarray(f, f + nameLength).toString();
        const [, next] = readU32(section, f + nameLength + 1);
        const newName = LONG_EXPORT.test(name) ? shortExport(exports.size) : name;
        if (newName !== name) exports.set(name, newName);
        entries.push(writeU32(Buffer.byteLength(newName)), Buffer.from(newName), section.subarray(f + nameLength, next));
        i = next;
      }
      section = Buffer.concat(entries);
    }
    parts.push(Buffer.from([id]), writeU32(section.length), section);
    at = body + size;
  }
  return { wasm: Buffer.concat(parts), renamed, exports };
}


/**
 * The wasm with its imports from the glue renamed short, and the glue
 * with the same keys renamed. Throws if the two do not match one to one.
 */
export function shortenImports(wasmBytes, glue, module = './ninh-binh-industry_bg.js') {
  const { wasm, renamed, exports } = rewriteWasm(wasmBytes, module);
  if (renamed.size < 50) throw new Error(`only ${renamed.size} imports to rename: has wasm-bindgen changed?`);
  let renamedGlue = glue;
  for (const [name, newName] of renamed) {
    const key = new RegExp(`(?<![\\w$])${name}(?![\\w$])`, 'g');
    const uses = glue.match(key)?.length ?? 0;
    if (uses !== 1 || !new RegExp(`^\\s*${name}: function\\(`, 'm').test(glue)) {
      throw new Error(`${name} is not exactly one key of the glue's imports (${uses} uses)`);
    }
    if (glue.includes(newName)) throw new Error(`${newName} is already in the glue`);
    renamedGlue = renamedGlue.replace(key, newName);
  }
  for (const [name, newName] of exports) {
    // Read as a property of the instance's exports (`wasm.<name>`).
    const use = new RegExp(`(?<=\\.)${name}(?![\\w$])`, 'g');
    if (!use.test(renamedGlue)) throw new Error(`export ${name} is not used by the glue`);
    if (new RegExp(`\\.${newName.replace('$', '\\$')}(?![\\w$])`).test(renamedGlue)) {
      throw new Error(`export ${newName} is already in the glue`);
    }
    renamedGlue = renamedGlue.replace(use, newName);
  }
  return { wasm, glue: renamedGlue };
}
