// The wasm build equals the native library (make test steps wasm-parity*): for each MODEL REF
// pair (REF written by build/bin/wasm_ref MODEL REF, natively), Node replays the same calls
// through web/regionclip.js on the given .wasm and compares: token ids identical, every
// embedding cos >= 0.99999 and max abs <= 1e-5, region/fused/global embeddings, the grounding
// grid and VQA probabilities max abs <= 1e-5.
// Usage: node tests/test_wasm.mjs WASM MODEL REF [MODEL REF ...]
// Prints "wasm parity (<simd>): N passed, M failed".
import { readFileSync } from 'node:fs';
import { RegionClip, RegionClipError } from '../web/regionclip.js';

const [wasmPath, ...pairs] = process.argv.slice(2);
if (!wasmPath || pairs.length < 2 || pairs.length % 2) {
  console.error('usage: node tests/test_wasm.mjs WASM MODEL REF [MODEL REF ...]'); process.exit(2);
}
const wasm = await WebAssembly.compile(readFileSync(wasmPath));
let pass = 0, fail = 0, simd = '?';
const worst = { cos: 1, abs: 0 };
function check(ok, what) { if (ok) pass++; else { fail++; console.log(`  FAIL ${what}`); } }

function compare(a, b, what, cosToo = true) {
  let dot = 0, na = 0, nb = 0, mx = 0;
  for (let i = 0; i < a.length; i++) { dot += a[i] * b[i]; na += a[i] * a[i]; nb += b[i] * b[i]; mx = Math.max(mx, Math.abs(a[i] - b[i])); }
  const cos = na && nb ? dot / Math.sqrt(na * nb) : (na === nb ? 1 : 0);
  if (cosToo) worst.cos = Math.min(worst.cos, cos);
  worst.abs = Math.max(worst.abs, mx);
  check(a.length === b.length && (!cosToo || cos >= 0.99999) && mx <= 1e-5 && Number.isFinite(mx),
    `${what}: cos ${cos.toFixed(8)} max abs ${mx.toExponential(2)}`);
}

class Reader {
  constructor(buf) { this.b = buf; this.o = 0; this.dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength); }
  i32() { const v = this.dv.getInt32(this.o, true); this.o += 4; return v; }
  f32s(n) { const v = new Float32Array(n); for (let i = 0; i < n; i++) v[i] = this.dv.getFloat32(this.o + 4 * i, true); this.o += 4 * n; return v; }
  i32s(n) { const v = new Int32Array(n); for (let i = 0; i < n; i++) v[i] = this.dv.getInt32(this.o + 4 * i, true); this.o += 4 * n; return v; }
  bytes() { const n = this.i32(); const v = this.b.slice(this.o, this.o + n); this.o += n + ((4 - n % 4) % 4); return v; }
}

const FMT = ['rgb', 'gray', 'gray16', 'rgba'];
for (let p = 0; p < pairs.length; p += 2) {
  const [modelPath, refPath] = [pairs[p], pairs[p + 1]];
  const name = modelPath.split('/').pop();
  const r = new Reader(readFileSync(refPath));
  if (new TextDecoder().decode(r.b.slice(0, 4)) !== 'RCWR') throw new Error(`${refPath}: not a wasm_ref file`);
  r.o = 4;
  const [E, S, C, nT, nI, hasRegions, A] = [r.i32(), r.i32(), r.i32(), r.i32(), r.i32(), r.i32(), r.i32()];
  const t0 = Date.now();
  const m = await RegionClip.load(readFileSync(modelPath), { wasm });
  simd = m.info.simd;
  check(m.info.embedDim === E && m.info.imageSize === S && m.info.contextLength === C, `${name}: info`);
  const texts = [];
  const refText = [];
  for (let i = 0; i < nT; i++) {
    const t = new TextDecoder().decode(r.bytes()); texts.push(t);
    refText.push({ n: r.i32(), ids: r.i32s(C), emb: r.f32s(E) });
  }
  const embs = m.encodeTexts(texts);
  texts.forEach((t, i) => {
    const tok = m.tokenize(t);
    check(tok.count === refText[i].n && tok.ids.every((v, k) => v === refText[i].ids[k]), `${name}: token ids of text ${i}`);
    compare(embs[i], refText[i].emb, `${name}: text ${i}`);
  });
  for (let i = 0; i < nI; i++) {
    const fmt = r.i32(), width = r.i32(), height = r.i32(), [wc, ww] = r.f32s(2);
    const bytes = r.bytes();
    const pixels = FMT[fmt] === 'gray16' ? new Uint16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length)) : bytes;
    const image = { pixels, width, height, format: FMT[fmt], window: { center: wc, width: ww } };
    compare(m.encodeImage(image), r.f32s(E), `${name}: image ${i} (${FMT[fmt]} ${width}x${height})`);
    if (i === 0 && hasRegions) {
      const nb = r.i32(), bf = r.f32s(4 * nb);
      const boxes = Array.from({ length: nb }, (_, k) => Array.from(bf.subarray(4 * k, 4 * k + 4)));
      const regs = r.f32s(E * nb), global = r.f32s(E), fused = r.f32s(E);
      const got = m.regions(image, boxes, [texts[0]]);
      got.boxes.forEach((b, k) => compare(b.embedding, regs.subarray(k * E, (k + 1) * E), `${name}: region ${k}`));
      compare(got.global, global, `${name}: global`);
      compare(got.fusedEmbedding, fused, `${name}: fused`);
      const G = r.i32();
      compare(m.ground(image, texts[0]).grid, r.f32s(G * G), `${name}: grounding grid`, false);
      if (A) {
        const probs = r.f32s(A);
        const v = m.vqa(image, texts[1], boxes);
        const byAnswer = new Map(v.map((x) => [x.answer, x.prob]));
        compare(Float32Array.from(m.answers.map((a) => byAnswer.get(a))), probs, `${name}: vqa probabilities`, false);
      }
    }
  }
  const mem = m.memory();
  m.dispose();
  let threw = false;
  try { m.encodeTexts(['x']); } catch (e) { threw = e instanceof RegionClipError; }
  check(threw, `${name}: calls after dispose() throw`);
  console.log(`${name}: ${((Date.now() - t0) / 1000).toFixed(1)} s, wasm heap ${(mem.heapBytes / 1048576).toFixed(0)} MiB`);
}

// A corrupt model is an exception with the library's message.
try {
  await RegionClip.load(new Uint8Array([71, 71, 85, 70, 3, 0, 0, 0, 1]), { wasm });
  check(false, 'truncated model refused');
} catch (e) {
  check(e instanceof RegionClipError && e.code === 'RC_ERR_TRUNCATED' && e.message.length > 0, `truncated model refused: ${e.code}: ${e.message}`);
}
console.log(`worst: cos ${worst.cos.toFixed(8)}, max abs ${worst.abs.toExponential(2)}`);
console.log(`wasm parity (${simd}): ${pass} passed, ${fail} failed`);
process.exit(fail ? 1 : 0);
