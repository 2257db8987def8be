// Types of web/regionclip.js (regionclip.h built for wasm32 by `make wasm`).

export type PixelFormat = 'rgba' | 'rgb' | 'gray' | 'gray16';

/** Raw pixels, rows top to bottom with no padding. gray16: a Uint16Array and a window. */
export interface RawImage {
  pixels: Uint8Array | Uint8ClampedArray | Uint16Array;
  width: number;
  height: number;
  /** default 'rgba' */
  format?: PixelFormat;
  /** gray16 only: value v -> clamp((v - (center - width/2)) / width) * 255; width <= 0: min..max */
  window?: { center: number; width: number };
}
/** An ImageData (canvas getImageData: RGBA) or raw pixels. */
export type ImageInput = ImageData | { data: Uint8ClampedArray; width: number; height: number } | RawImage;
/** [x0, y0, x1, y1] in pixels of the image (edges; x right, y down). */
export type Box = [number, number, number, number] | { x0: number; y0: number; x1: number; y1: number };

export interface Score { text: string; cosine: number; prob: number; }

export interface ModelInfo {
  family: 'clip' | 'biomedclip';
  embedDim: number; imageSize: number; patchSize: number; contextLength: number; vocabSize: number;
  roiHead: boolean; fusionHeads: number; vqaAnswers: number;
  visionWidth: number; visionLayers: number; textLayers: number;
  logitScale: number; name: string;
  /** the kernel layer the .wasm was built with: "wasm-simd128" or "scalar" */
  simd: string;
}

export interface LoadOptions {
  /** the .wasm (URL, path, bytes or a compiled module); default regionclip.wasm beside this file */
  wasm?: URL | string | ArrayBuffer | Uint8Array | WebAssembly.Module;
  /** pick regionclip.wasm (SIMD128) or regionclip-nosimd.wasm; default: what the engine supports */
  simd?: boolean;
}
export interface RegionOptions { mode?: 'align' | 'crop'; margin?: number; }

export interface RegionsResult {
  boxes: { box: Box; scores: Score[]; embedding: Float32Array }[];
  /** the whole image with its boxes fused in */
  fused: Score[];
  global: Float32Array;
  fusedEmbedding: Float32Array;
}
export interface GroundResult {
  /** cosine per pixel of the image, row-major; NaN where the center crop removed the pixel */
  map: Float32Array; width: number; height: number;
  grid: Float32Array; gridSize: number; min: number; max: number;
}

/** Every failure: message is the library's (rc_ctx_error), code its rc_status name. */
export class RegionClipError extends Error {
  status: number;
  code: string;
}

export class RegionClip {
  /** A GGUF model from bytes or a URL (fetch; file: URLs and paths in Node). */
  static load(model: ArrayBuffer | ArrayBufferView | URL | string, opts?: LoadOptions): Promise<RegionClip>;
  readonly info: ModelInfo;
  /** the VQA head's answers (empty without one) */
  readonly answers: readonly string[];
  tokenize(text: string): { ids: Int32Array; count: number };
  /** L2-normalized embeddings, one per text */
  encodeTexts(texts: string[]): Float32Array[];
  /** L2-normalized embedding */
  encodeImage(image: ImageInput): Float32Array;
  encodePixels(pixels: Float32Array, n?: number): Float32Array[];
  /** labels in the given order; prob: softmax over labels with the model's logit scale */
  zeroshot(image: ImageInput, labels: string[]): Score[];
  regions(image: ImageInput, boxes: Box[], texts: string[], opts?: RegionOptions): RegionsResult;
  ground(image: ImageInput, text: string): GroundResult;
  /** answers highest first */
  vqa(image: ImageInput, question: string, boxes?: Box[], opts?: RegionOptions): { answer: string; prob: number }[];
  memory(): { heapBytes: number; liveBlocks: number; liveBytes: number };
  /** frees the model, its context and its bytes; later calls throw */
  dispose(): void;
}
export default RegionClip;
