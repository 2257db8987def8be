// `make bench-wasm`'s timer: the image tower of each model on one 3 x S x S input, in Node, one
// thread, SIMD on both sides: this library's wasm (web/regionclip.wasm, RegionClip.encodePixels)
// against ONNX Runtime Web's wasm backend (npm onnxruntime-web, numThreads = 1) on the same tower
// exported to ONNX by tests/bench_torch.py --prepare. Both outputs are checked to agree (cosine),
// so the two sides run the same model. The sides alternate run by run (a shared machine's load
// then falls on both alike); median of R runs each after 2 warm-up runs.
// Usage: node tests/bench_wasm.mjs OUTDIR REPEATS MODEL...   (OUTDIR/MODEL.gguf, OUTDIR/MODEL.image.onnx)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { RegionClip } from '../web/regionclip.js';

const [outdir, repeats, ...models] = process.argv.slice(2);
const R = +repeats || 7;
const require = createRequire(new URL('../web/package.json', import.meta.url));
const ort = await import(require.resolve('onnxruntime-web'));
ort.env.wasm.numThreads = 1;
ort.env.wasm.simd = true;
ort.env.logLevel = 'error';

async function timeBoth(a, b) {   // alternating runs of a and b: [median a, median b]
  for (let i = 0; i < 2; i++) { await a(); await b(); }
  const ta = [], tb = [];
  for (let i = 0; i < R; i++) {
    let t0 = performance.now(); await a(); ta.push(performance.now() - t0);
    t0 = performance.now(); await b(); tb.push(performance.now() - t0);
  }
  const med = (t) => t.sort((x, y) => x - y)[t.length >> 1];
  return [med(ta), med(tb)];
}
const cosine = (a, b) => { let d = 0, x = 0, y = 0; for (let i = 0; i < a.length; i++) { d += a[i] * b[i]; x += a[i] * a[i]; y += b[i] * b[i]; } return d / Math.sqrt(x * y); };

const rows = [];
let bad = 0;
for (const name of models) {
  const m = await RegionClip.load(readFileSync(`${outdir}/${name}.gguf`));
  const S = m.info.imageSize;
  const px = new Float32Array(3 * S * S);
  let s = 1; for (let i = 0; i < px.length; i++) { s = (s * 1103515245 + 12345) >>> 0; px[i] = (s / 4294967296) * 4 - 2; }
  const sess = await ort.InferenceSession.create(readFileSync(`${outdir}/${name}.image.onnx`), {
    executionProviders: ['wasm'], graphOptimizationLevel: 'all', intraOpNumThreads: 1, interOpNumThreads: 1 });
  const feeds = { [sess.inputNames[0]]: new ort.Tensor('float32', px, [1, 3, S, S]) };
  let ours, theirs;
  const [wasmMs, ortMs] = await timeBoth(() => { ours = m.encodePixels(px)[0]; },
    async () => { theirs = (await sess.run(feeds))[sess.outputNames[0]].data; });
  m.dispose();
  await sess.release();
  const c = cosine(ours, theirs);
  if (!(c >= 0.9999)) bad++;
  rows.push({ name, S, simd: m.info.simd, wasmMs, ortMs, c });
  console.error(`${name}: wasm ${wasmMs.toFixed(1)} ms, ORT Web ${ortMs.toFixed(1)} ms, outputs cosine ${c.toFixed(6)}`);
}
console.log(`${'model'.padEnd(10)} ${'case'.padEnd(10)} ${'wasm ms'.padStart(10)} ${'ORT Web ms'.padStart(11)} ${'wasm/ORT'.padStart(9)}  cos`);
for (const r of rows)
  console.log(`${r.name.padEnd(10)} ${'image B=1'.padEnd(10)} ${r.wasmMs.toFixed(1).padStart(10)} ${r.ortMs.toFixed(1).padStart(11)} ${(r.wasmMs / r.ortMs).toFixed(2).padStart(8)}x  ${r.c.toFixed(6)}`);
console.log(`(1 thread each; wasm: ${rows[0]?.simd}, ORT Web ${ort.env.versions?.web ?? ''} wasm backend, SIMD; Node ${process.versions.node})`);
process.exit(bad ? 1 : 0);
