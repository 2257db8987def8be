// regionclip in the browser and in Node: regionclip.h built for wasm32 (make wasm), no runtime,
// no imports. One RegionClip holds one model and one context in its own wasm instance; every
// call allocates its buffers on the wasm heap and frees them before returning; dispose() frees
// the model. Errors are RegionClipError exceptions carrying the library's message.

const FORMATS = { rgb: 0, rgb8: 0, gray: 1, gray8: 1, gray16: 2, rgba: 3, rgba8: 3 };
const BYTES_PER_PIXEL = [3, 1, 2, 4];
const isNode = typeof process !== 'undefined' && !!(process.versions && process.versions.node);

export class RegionClipError extends Error {
  constructor(message, status = 0, code = '') {
    super(message);
    this.name = 'RegionClipError';
    this.status = status; // rc_status number
    this.code = code;     // e.g. "RC_ERR_VALUE"
  }
}

async function readBytes(src) {
  if (src instanceof Uint8Array) return src;
  if (src instanceof ArrayBuffer) return new Uint8Array(src);
  if (ArrayBuffer.isView(src)) return new Uint8Array(src.buffer, src.byteOffset, src.byteLength);
  const url = src instanceof URL ? src : new URL(String(src), isNode ? `file://${process.cwd()}/` : globalThis.location.href);
  if (url.protocol === 'file:') {
    const fs = await import('node:fs/promises');
    return new Uint8Array(await fs.readFile(url));
  }
  const r = await fetch(url);
  if (!r.ok) throw new RegionClipError(`${url}: HTTP ${r.status}`);
  return new Uint8Array(await r.arrayBuffer());
}

function simdSupported() {
  // (module (func (result v128) i32.const 0 i8x16.splat i8x16.popcnt)): validates only with SIMD
  try {
    return WebAssembly.validate(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0,
      10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98, 11]));
  } catch { return false; }
}

const moduleCache = new Map();
async function compile(wasm, simd) {
  if (wasm instanceof WebAssembly.Module) return wasm;
  const src = wasm ?? new URL(simd ? './regionclip.wasm' : './regionclip-nosimd.wasm', import.meta.url);
  const key = src instanceof URL || typeof src === 'string' ? String(src) : null;
  if (key && moduleCache.has(key)) return moduleCache.get(key);
  const mod = await WebAssembly.compile(await readBytes(src));
  if (key) moduleCache.set(key, mod);
  return mod;
}

/** Pixels from an ImageData (RGBA), or {pixels, width, height, format, window}. */
function imageArgs(image) {
  if (!image || typeof image !== 'object') throw new RegionClipError('image: an ImageData or {pixels, width, height, format}', 1, 'RC_ERR_ARG');
  const width = image.width | 0, height = image.height | 0;
  const fmt = image.format === undefined ? 'rgba' : image.format;   // ImageData: RGBA
  const format = typeof fmt === 'number' ? fmt : FORMATS[String(fmt).toLowerCase()];
  if (format === undefined) throw new RegionClipError(`image: unknown format "${fmt}" (rgba, rgb, gray, gray16)`, 17, 'RC_ERR_IMAGE');
  const px = image.pixels ?? image.data;
  if (!px || !ArrayBuffer.isView(px)) throw new RegionClipError('image: pixels must be a typed array', 17, 'RC_ERR_IMAGE');
  const bytes = new Uint8Array(px.buffer, px.byteOffset, px.byteLength);
  const need = width * height * BYTES_PER_PIXEL[format];
  if (width < 1 || height < 1 || bytes.length < need)
    throw new RegionClipError(`image: ${width} x ${height} ${fmt} needs ${need} bytes, got ${bytes.length}`, 17, 'RC_ERR_IMAGE');
  const w = image.window || {};
  const center = w.center ?? image.windowCenter ?? 0, wwidth = w.width ?? image.windowWidth ?? 0;
  return { bytes: bytes.subarray(0, need), width, height, format, center: +center, wwidth: +wwidth };
}

export class RegionClip {
  /**
   * @param model  GGUF bytes (ArrayBuffer / typed array) or a URL / path to fetch.
   * @param opts   { wasm?: URL | string | bytes | WebAssembly.Module, simd?: boolean }
   */
  static async load(model, opts = {}) {
    const simd = opts.simd ?? simdSupported();
    const [mod, bytes] = await Promise.all([compile(opts.wasm, simd), readBytes(model)]);
    const inst = await WebAssembly.instantiate(mod, {});
    inst.exports._initialize?.();
    return new RegionClip(inst, bytes);
  }

  constructor(instance, bytes) {
    this._x = instance.exports;
    const x = this._x;
    // Reserve the model's bytes and room for the context in one growth step.
    const mem = x.memory, page = 65536;
    const want = Math.ceil(bytes.length * 1.5) + (16 << 20);
    if (mem.buffer.byteLength < want) {
      try { mem.grow(Math.ceil((want - mem.buffer.byteLength) / page)); } catch { /* malloc grows as needed */ }
    }
    const p = x.rcw_alloc(bytes.length);
    if (!p) throw new RegionClipError(`out of memory for a ${bytes.length}-byte model`, 2, 'RC_ERR_NOMEM');
    this._u8().set(bytes, p);
    this._s = x.rcw_open(p, bytes.length); // owns the bytes from here on
    if (!this._s) throw new RegionClipError('out of memory', 2, 'RC_ERR_NOMEM');
    if (x.rcw_status(this._s)) { const e = this._error(); x.rcw_close(this._s); this._s = 0; throw e; }
    const ip = x.rcw_alloc(12 * 4);
    x.rcw_info(this._s, ip);
    const v = Array.from(new Int32Array(x.memory.buffer, ip, 12));
    x.rcw_free(ip);
    this.info = Object.freeze({
      family: v[0] === 1 ? 'biomedclip' : 'clip', embedDim: v[1], imageSize: v[2], patchSize: v[3],
      contextLength: v[4], vocabSize: v[5], roiHead: !!v[6], fusionHeads: v[7], vqaAnswers: v[8],
      visionWidth: v[9], visionLayers: v[10], textLayers: v[11], logitScale: x.rcw_logit_scale(this._s),
      name: this._str(x.rcw_name(this._s)), simd: this._str(x.rcw_simd()),
    });
    this.answers = Object.freeze(Array.from({ length: v[8] }, (_, i) => this._str(x.rcw_vqa_answer(this._s, i))));
  }

  // --- heap helpers: views are made fresh after every call (memory growth detaches them) ---
  _u8() { return new Uint8Array(this._x.memory.buffer); }
  _str(p) { const u = this._u8(); let e = p; while (u[e]) e++; return new TextDecoder().decode(u.subarray(p, e)); }
  _error() {
    const st = this._x.rcw_status(this._s);
    return new RegionClipError(this._str(this._x.rcw_error(this._s)), st, this._str(this._x.rcw_status_name(st)));
  }
  _live() {
    if (!this._s) throw new RegionClipError('RegionClip: used after dispose()', 1, 'RC_ERR_ARG');
  }
  _scope(fn) { // allocations made through alloc() are freed when fn returns or throws
    const ptrs = [], x = this._x;
    const alloc = (n) => { const p = x.rcw_alloc(n); if (!p) throw new RegionClipError('out of memory', 2, 'RC_ERR_NOMEM'); ptrs.push(p); return p; };
    try { return fn(alloc); } finally { for (const p of ptrs) x.rcw_free(p); }
  }
  _call(st) { if (st) throw this._error(); }
  _f32(p, n) { return new Float32Array(this._x.memory.buffer, p, n).slice(); }
  _cstr(alloc, s) {
    const b = new TextEncoder().encode(String(s));
    const p = alloc(b.length + 1); const u = this._u8(); u.set(b, p); u[p + b.length] = 0; return p;
  }
  _image(alloc, image) {
    const a = imageArgs(image);
    const p = alloc(a.bytes.length);
    this._u8().set(a.bytes, p);
    return [p, a.width, a.height, a.format, a.center, a.wwidth, a];
  }
  _texts(alloc, texts) {
    if (!Array.isArray(texts) || texts.length < 1) throw new RegionClipError('texts: a non-empty array of strings', 1, 'RC_ERR_ARG');
    const arr = alloc(4 * texts.length);
    const ptrs = texts.map((t) => this._cstr(alloc, t));
    new Uint32Array(this._x.memory.buffer, arr, texts.length).set(ptrs);
    return arr;
  }

  /** {ids: Int32Array(contextLength), count} */
  tokenize(text) {
    this._live();
    return this._scope((alloc) => {
      const t = this._cstr(alloc, text), ids = alloc(4 * this.info.contextLength), n = alloc(4);
      this._call(this._x.rcw_tokenize(this._s, t, ids, n));
      return { ids: new Int32Array(this._x.memory.buffer, ids, this.info.contextLength).slice(), count: new Int32Array(this._x.memory.buffer, n, 1)[0] };
    });
  }

  /** L2-normalized text embeddings, one Float32Array per text. */
  encodeTexts(texts) {
    this._live();
    const E = this.info.embedDim;
    return this._scope((alloc) => {
      const arr = this._texts(alloc, texts), out = alloc(4 * E * texts.length);
      this._call(this._x.rcw_encode_texts(this._s, arr, texts.length, out));
      const all = this._f32(out, E * texts.length);
      return texts.map((_, i) => all.subarray(i * E, (i + 1) * E));
    });
  }

  /** L2-normalized image embedding. */
  encodeImage(image) {
    this._live();
    const E = this.info.embedDim;
    return this._scope((alloc) => {
      const im = this._image(alloc, image), out = alloc(4 * E);
      this._call(this._x.rcw_encode_image(this._s, ...im.slice(0, 6), out));
      return this._f32(out, E);
    });
  }

  /** Preprocessed pixels [n][3][S][S] -> embeddings (as rc_encode_pixels). */
  encodePixels(pixels, n = 1) {
    this._live();
    const E = this.info.embedDim;
    return this._scope((alloc) => {
      const p = alloc(pixels.byteLength), out = alloc(4 * E * n);
      new Float32Array(this._x.memory.buffer, p, pixels.length).set(pixels);
      this._call(this._x.rcw_encode_pixels(this._s, p, n, out));
      const all = this._f32(out, E * n);
      return Array.from({ length: n }, (_, i) => all.subarray(i * E, (i + 1) * E));
    });
  }

  // cosine and probability of emb against text embeddings, as rclip prints them (input order)
  _scores(alloc, embPtr, textPtr, texts) {
    const n = texts.length, E = this.info.embedDim;
    const cls = alloc(4 * E * n), cos = alloc(4 * n), prob = alloc(4 * n);
    this._call(this._x.rcw_scores(this._s, embPtr, textPtr, n, cls, cos, prob));
    const c = this._f32(cos, n), p = this._f32(prob, n);
    return texts.map((text, i) => ({ text, cosine: c[i], prob: p[i] }));
  }

  /** [{text, cosine, prob}] in the order of labels (softmax over labels with the logit scale). */
  zeroshot(image, labels) {
    this._live();
    const E = this.info.embedDim;
    return this._scope((alloc) => {
      const im = this._image(alloc, image), emb = alloc(4 * E);
      const arr = this._texts(alloc, labels), txt = alloc(4 * E * labels.length);
      this._call(this._x.rcw_encode_texts(this._s, arr, labels.length, txt));
      this._call(this._x.rcw_encode_image(this._s, ...im.slice(0, 6), emb));
      return this._scores(alloc, emb, txt, labels);
    });
  }

  _regions(alloc, image, boxes, opts) {
    const E = this.info.embedDim, n = boxes.length;
    const im = this._image(alloc, image);
    const bp = alloc(16 * Math.max(n, 1));
    const bf = new Float32Array(this._x.memory.buffer, bp, 4 * n);
    boxes.forEach((b, i) => bf.set(Array.isArray(b) ? b : [b.x0, b.y0, b.x1, b.y1], 4 * i));
    const regs = alloc(4 * E * Math.max(n, 1)), global = alloc(4 * E), fused = alloc(4 * E);
    const mode = opts.mode === 'crop' ? 1 : 0, margin = opts.margin ?? -1;
    this._call(this._x.rcw_regions(this._s, ...im.slice(0, 6), bp, n, mode, margin, regs, global, fused));
    return { regs, global, fused };
  }

  /**
   * Scores of each box (pixels of the image, [x0, y0, x1, y1]) and of the image with its boxes
   * fused in, against texts: {boxes: [{box, scores: [{text, cosine, prob}]}], fused: [...]}.
   * opts: {mode: 'align' | 'crop', margin}
   */
  regions(image, boxes, texts, opts = {}) {
    this._live();
    const E = this.info.embedDim;
    if (!Array.isArray(boxes)) throw new RegionClipError('boxes: an array of [x0, y0, x1, y1]', 1, 'RC_ERR_ARG');
    return this._scope((alloc) => {
      const arr = this._texts(alloc, texts), txt = alloc(4 * E * texts.length);
      this._call(this._x.rcw_encode_texts(this._s, arr, texts.length, txt));
      const r = this._regions(alloc, image, boxes, opts);
      return {
        boxes: boxes.map((box, i) => ({ box, scores: this._scores(alloc, r.regs + 4 * E * i, txt, texts),
          embedding: this._f32(r.regs + 4 * E * i, E) })),
        fused: this._scores(alloc, r.fused, txt, texts),
        global: this._f32(r.global, E), fusedEmbedding: this._f32(r.fused, E),
      };
    });
  }

  /**
   * Where text lands: {map: Float32Array(width*height) (NaN where the center crop removed the
   * pixel), width, height, grid: Float32Array(G*G), gridSize: G, min, max} (cosines in [-1, 1]).
   */
  ground(image, text) {
    this._live();
    const E = this.info.embedDim, G = Math.floor(this.info.imageSize / this.info.patchSize);
    return this._scope((alloc) => {
      const arr = this._texts(alloc, [text]), txt = alloc(4 * E);
      this._call(this._x.rcw_encode_texts(this._s, arr, 1, txt));
      const im = this._image(alloc, image), a = im[6];
      const grid = alloc(4 * G * G), map = alloc(4 * a.width * a.height);
      this._call(this._x.rcw_ground(this._s, ...im.slice(0, 6), txt, grid, map));
      const m = this._f32(map, a.width * a.height);
      let min = Infinity, max = -Infinity;
      for (const v of m) if (v === v) { if (v < min) min = v; if (v > max) max = v; }
      return { map: m, width: a.width, height: a.height, grid: this._f32(grid, G * G), gridSize: G, min, max };
    });
  }

  /** Every answer of the model's VQA head with its probability, highest first. */
  vqa(image, question, boxes = [], opts = {}) {
    this._live();
    const E = this.info.embedDim, A = this.info.vqaAnswers;
    if (!A) throw new RegionClipError('the model has no VQA head (convert it with --roi and --vqa-answers)', 12, 'RC_ERR_MISSING');
    return this._scope((alloc) => {
      const arr = this._texts(alloc, [question]), q = alloc(4 * E);
      this._call(this._x.rcw_encode_texts(this._s, arr, 1, q));
      const r = this._regions(alloc, image, boxes, opts);
      const probs = alloc(4 * A);
      this._call(this._x.rcw_vqa(this._s, r.fused, q, probs));
      const p = this._f32(probs, A);
      return this.answers.map((answer, i) => ({ answer, prob: p[i] })).sort((a, b) => b.prob - a.prob);
    });
  }

  /** Heap use: {heapBytes (the wasm memory), liveBlocks, liveBytes (the library's allocations)}. */
  memory() {
    this._live();
    return { heapBytes: this._x.memory.buffer.byteLength, liveBlocks: this._x.rcw_live(this._s, 0), liveBytes: this._x.rcw_live(this._s, 1) };
  }

  /** Frees the model, its context and its bytes. Further calls throw. */
  dispose() {
    if (this._s) { this._x.rcw_close(this._s); this._s = 0; }
  }
}

export default RegionClip;
