// web/regionclip.js's API on the demo model (make test step wasm-js): every entry point, the
// image forms (ImageData-like RGBA, RGB, GRAY8, GRAY16 with a window), errors as
// RegionClipError with the library's message, dispose(), and no heap growth over 1,000 calls.
// Usage: node tests/test_wasm_js.mjs [WASM] [MODEL]   Prints "wasm js: N passed, M failed".
import { readFileSync } from 'node:fs';
import { RegionClip, RegionClipError } from '../web/regionclip.js';

const wasmPath = process.argv[2] || 'web/regionclip.wasm';
const modelPath = process.argv[3] || 'weights/regionclip-demo.gguf';
const wasm = await WebAssembly.compile(readFileSync(wasmPath));
let pass = 0, fail = 0;
function check(ok, what) { if (ok) { pass++; console.log(`  ok   ${what}`); } else { fail++; console.log(`  FAIL ${what}`); } }
function throws(fn, code, what) {
  try { fn(); check(false, `${what}: no exception`); } catch (e) {
    check(e instanceof RegionClipError && (!code || e.code === code) && e.message.length > 0, `${what}: ${e.code}: ${e.message}`);
  }
}

// A synthetic scan: dark background, a bright disc and a dark square.
const W = 128, H = 128;
const gray = new Uint8Array(W * H);
for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) {
  let v = 90 + ((x * 7 + y * 3) % 11);
  if ((x - 70) ** 2 + (y - 68) ** 2 < 30) v = 230;
  if (x >= 31 && x < 40 && y >= 66 && y < 75) v = 20;
  gray[y * W + x] = v;
}
const rgba = new Uint8ClampedArray(W * H * 4);
gray.forEach((v, i) => rgba.set([v, v, v, 255], 4 * i));
const imageData = { data: rgba, width: W, height: H };            // what a canvas's getImageData gives
const g16 = Uint16Array.from(gray, (v) => v * 16 + 1000);        // 12-bit style, window gives back gray
const texts = ['dark square cyst in the right lower lobe', 'bright round nodule in the left lower lobe'];
const boxes = [[29, 64, 42, 77], [65, 63, 76, 74]];

const m = await RegionClip.load(readFileSync(modelPath), { wasm });
check(m.info.embedDim > 0 && m.answers.length === m.info.vqaAnswers, `load: ${m.info.name}, E=${m.info.embedDim}, ${m.info.simd}`);
const eGray = m.encodeImage({ pixels: gray, width: W, height: H, format: 'gray' });
const eRgba = m.encodeImage(imageData);
const eG16 = m.encodeImage({ pixels: g16, width: W, height: H, format: 'gray16', window: { center: 1000 + 127.5 * 16, width: 255 * 16 } });
const maxdiff = (a, b) => a.reduce((mx, v, i) => Math.max(mx, Math.abs(v - b[i])), 0);
check(maxdiff(eGray, eRgba) <= 1e-5, `ImageData RGBA = GRAY8 (max abs ${maxdiff(eGray, eRgba).toExponential(2)})`);
check(maxdiff(eGray, eG16) <= 1e-5, `GRAY16 through its window = GRAY8 (max abs ${maxdiff(eGray, eG16).toExponential(2)})`);
const norm = Math.hypot(...eGray);
check(Math.abs(norm - 1) < 1e-5, `embeddings are L2-normalized (${norm.toFixed(6)})`);
const z = m.zeroshot(imageData, texts);
check(z.length === 2 && Math.abs(z[0].prob + z[1].prob - 1) < 1e-5, `zeroshot: ${z.map((s) => s.prob.toFixed(4)).join(' ')}`);
const r = m.regions(imageData, boxes, texts);
const sum = (s) => s.reduce((a, x) => a + x.prob, 0);
check(r.boxes.length === 2 && r.boxes.every((b) => Math.abs(sum(b.scores) - 1) < 1e-5) && Math.abs(sum(r.fused) - 1) < 1e-5 &&
  r.boxes[0].scores.every((x) => x.cosine >= -1 && x.cosine <= 1),
  `regions: box 0 ${r.boxes[0].scores.map((x) => x.cosine.toFixed(4)).join('/')}, box 1 ${r.boxes[1].scores.map((x) => x.cosine.toFixed(4)).join('/')}`);
const g = m.ground(imageData, texts[1]);
check(g.map.length === W * H && g.grid.length === g.gridSize ** 2 && g.max > g.min, `ground: ${g.gridSize}^2 grid, map ${g.width}x${g.height}, ${g.min.toFixed(3)}..${g.max.toFixed(3)}`);
const v = m.vqa(imageData, 'is there a nodule?', boxes);
check(v.length === m.info.vqaAnswers && v[0].prob >= v[1].prob, `vqa: ${v[0].answer} ${v[0].prob.toFixed(4)}`);
const tok = m.tokenize(texts[0]);
check(tok.ids.length === m.info.contextLength && tok.count > 2, `tokenize: ${tok.count} tokens`);

throws(() => m.regions(imageData, [[50, 50, 10, 10]], texts), 'RC_ERR_VALUE', 'inverted box');
throws(() => m.regions(imageData, [[500, 500, 600, 600]], texts), 'RC_ERR_VALUE', 'box outside the image');
throws(() => m.encodeTexts([]), 'RC_ERR_ARG', 'no texts');
throws(() => m.encodeImage({ pixels: gray, width: W, height: H, format: 'cmyk' }), 'RC_ERR_IMAGE', 'unknown format');
throws(() => m.encodeImage({ pixels: gray, width: W, height: H + 1, format: 'gray' }), 'RC_ERR_IMAGE', 'too few pixels');
throws(() => m.encodeImage({ pixels: g16, width: W, height: H, format: 'gray16', window: { center: NaN, width: 10 } }), 'RC_ERR_VALUE', 'NaN window');
throws(() => m.regions(imageData, boxes, texts, { margin: 99, mode: 'crop' }), 'RC_ERR_VALUE', 'margin out of range');

// No leak: 1,000 calls (every entry point, failing ones too) leave the heap and the library's
// live allocations exactly where they were after the first round.
const round = (i) => {
  switch (i % 8) {
    case 0: return m.encodeImage(imageData);
    case 1: return m.encodeTexts(texts);
    case 2: return m.regions(imageData, boxes, texts);
    case 3: return m.ground(imageData, texts[i & 1]);
    case 4: return m.vqa(imageData, 'is there a nodule?', boxes);
    case 5: return m.zeroshot({ pixels: g16, width: W, height: H, format: 'gray16' }, texts);
    case 6: try { m.regions(imageData, [[50, 50, 10, 10]], texts); } catch { /* expected */ } return null;
    default: return m.tokenize(texts[0]);
  }
};
for (let i = 0; i < 16; i++) round(i);
const before = m.memory();
const t0 = Date.now();
for (let i = 0; i < 1000; i++) round(i);
const after = m.memory();
check(after.heapBytes === before.heapBytes && after.liveBlocks === before.liveBlocks && after.liveBytes === before.liveBytes,
  `1,000 calls in ${((Date.now() - t0) / 1000).toFixed(1)} s: heap ${before.heapBytes} -> ${after.heapBytes} bytes, ` +
  `library live ${before.liveBlocks} blocks / ${before.liveBytes} bytes -> ${after.liveBlocks} / ${after.liveBytes}`);
// dispose() frees everything the model and context held; later calls throw.
m.dispose();
m.dispose();
throws(() => m.encodeImage(imageData), 'RC_ERR_ARG', 'call after dispose()');
// Load/dispose cycles reuse the freed heap: 20 sessions in one instance do not grow it.
{
  const bytes = readFileSync(modelPath);
  const inst = await WebAssembly.instantiate(wasm, {});
  inst.exports._initialize();
  const sizes = [];
  for (let i = 0; i < 20; i++) { const s = new RegionClip(inst, bytes); s.encodeImage(imageData); s.dispose(); sizes.push(inst.exports.memory.buffer.byteLength); }
  check(sizes[19] === sizes[1], `20 load/dispose cycles in one instance: heap ${sizes[1]} -> ${sizes[19]} bytes`);
}
// The module picks its .wasm beside regionclip.js: SIMD128 when the engine validates it, the
// plain build with simd: false; models load from a path (Node) as from bytes.
{
  const a = await RegionClip.load(modelPath), b = await RegionClip.load(modelPath, { simd: false });
  const ea = a.encodeImage(imageData), eb = b.encodeImage(imageData);
  check(a.info.simd === 'wasm-simd128' && b.info.simd === 'scalar' && maxdiff(ea, eb) <= 1e-5,
    `default .wasm ${a.info.simd}, simd: false ${b.info.simd}, same embedding (max abs ${maxdiff(ea, eb).toExponential(2)})`);
  a.dispose(); b.dispose();
}
console.log(`wasm js: ${pass} passed, ${fail} failed`);
process.exit(fail ? 1 : 0);
