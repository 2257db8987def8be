// Runs a wasm32-wasi command (a C test built with clang --target=wasm32-wasi) under Node's WASI,
// with the current directory preopened: node tests/run_wasi.mjs PROGRAM.wasm [ARGS...]
import { readFileSync } from 'node:fs';
import { WASI } from 'node:wasi';
const [prog, ...args] = process.argv.slice(2);
const wasi = new WASI({ version: 'preview1', args: [prog, ...args], env: {}, preopens: { '.': '.' }, returnOnExit: true });
const inst = await WebAssembly.instantiate(await WebAssembly.compile(readFileSync(prog)), wasi.getImportObject());
process.exitCode = wasi.start(inst);
