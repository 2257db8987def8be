// The viewer page (web/index.html) in a real headless Chromium (make test step web-chromium):
// Debian's /usr/bin/chromium driven by playwright-core (web/package.json; nothing downloads a
// browser), the page served by a static server this test starts on loopback and stops.
//   1. the page loads the shipped demo model by default;
//   2. weights/demo-scan.png is opened through the file input, README's two boxes are drawn with
//      the mouse, and every score shown (cosine, probability per box and for the fused image)
//      equals `rclip regions` on the same input to 1e-5;
//   3. a screenshot with the heatmap differs from one without it where the map is high (and is
//      equal where the center crop removed the pixels: no map there);
//   4. weights/demo-scan.dcm (DICOM, through dicom-parser, its window) shows the same scores.
// Usage: node tests/test_web.mjs RCLIP [CHROMIUM]   Prints "web: N passed, M failed".
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from '../web/node_modules/playwright-core/index.mjs';

const ROOT = resolve(new URL('..', import.meta.url).pathname);
const rclip = process.argv[2] || './rclip', browserPath = process.argv[3] || '/usr/bin/chromium';
const BOXES = [[29, 64, 42, 77], [65, 63, 76, 74]];
const TEXTS = ['dark square cyst in the right lower lobe', 'bright round nodule in the left lower lobe',
  'bright round nodule in the right lower lobe', 'ring-shaped mass in the right upper lobe'];
let pass = 0, fail = 0;
function check(ok, what) { if (ok) { pass++; console.log(`  ok   ${what}`); } else { fail++; console.log(`  FAIL ${what}`); } }

// rclip regions' blocks: {"box 0 (...)": Map(text -> [cos, prob]), ..., "image (fused)": ...}
function rclipScores(image) {
  const args = ['regions', 'weights/regionclip-demo.gguf', image, ...BOXES.flatMap((b) => ['--box', b.join(',')]), ...TEXTS];
  const out = execFileSync(rclip, args, { cwd: ROOT, encoding: 'utf8' });
  const blocks = []; let cur = null;
  for (const line of out.split('\n')) {
    if (!line) continue;
    const f = line.split('\t');
    if (f.length === 1) { cur = { title: line, scores: new Map() }; blocks.push(cur); } else cur.scores.set(f[0], [+f[1], +f[2]]);
  }
  return blocks;
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm',
  '.png': 'image/png', '.json': 'application/json', '.gguf': 'application/octet-stream', '.dcm': 'application/dicom' };
const server = createServer(async (req, res) => {
  const path = normalize(join(ROOT, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
  if (!path.startsWith(ROOT)) { res.writeHead(403); res.end(); return; }
  try {
    const body = await readFile(path);
    res.writeHead(200, { 'content-type': TYPES[extname(path)] || 'application/octet-stream' }); res.end(body);
  } catch { res.writeHead(404); res.end('not found'); }
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${server.address().port}`;
console.log(`static server on ${base} (loopback)`);

const browser = await chromium.launch({ executablePath: browserPath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`${base}/web/index.html?image=`);
  await page.waitForSelector('body[data-model="ready"]', { timeout: 60000 });
  const st = await page.textContent('#status');
  check(/regionclip-demo/.test(st), `demo model loaded by default: ${st}`);

  async function openAndDraw(file) {
    await page.fill('#boxes', '');
    await page.setInputFiles('#file', join(ROOT, file));
    await page.waitForFunction((f) => document.body.dataset.image === f && document.body.dataset.scored === '0', file.split('/').pop(), { timeout: 60000 });
    const r = await page.$eval('#view', (c) => { const b = c.getBoundingClientRect(); return { x: b.left, y: b.top }; });
    const scale = await page.evaluate(() => window.viewer.scale);
    for (const [i, b] of BOXES.entries()) {   // drag from corner to corner, in canvas pixels
      await page.mouse.move(r.x + b[0] * scale, r.y + b[1] * scale);
      await page.mouse.down();
      await page.mouse.move(r.x + (b[0] + b[2]) / 2 * scale, r.y + (b[1] + b[3]) / 2 * scale, { steps: 3 });
      await page.mouse.move(r.x + b[2] * scale, r.y + b[3] * scale, { steps: 3 });
      await page.mouse.up();
      await page.waitForFunction((n) => document.body.dataset.scored === String(n), i + 1, { timeout: 60000 });
    }
    return page.evaluate(() => [...document.querySelectorAll('#results table')].map((t) => ({
      title: t.previousElementSibling.textContent,
      rows: [...t.querySelectorAll('tr.heat')].map((tr) => [tr.dataset.text, +tr.querySelector('.cos').textContent, +tr.querySelector('.prob').textContent]),
    })));
  }
  function compare(shown, file) {
    const ref = rclipScores(file);
    check(shown.length === ref.length && shown.every((s, i) => s.title === ref[i].title),
      `${file}: blocks shown ${shown.map((s) => s.title).join(' | ')}`);
    let worst = 0, n = 0;
    for (const [i, s] of shown.entries()) {
      for (const [text, cos, prob] of s.rows) {
        const r = ref[i]?.scores.get(text);
        if (!r) { worst = Infinity; continue; }
        worst = Math.max(worst, Math.abs(cos - r[0]), Math.abs(prob - r[1])); n++;
      }
    }
    check(n === ref.length * TEXTS.length && worst <= 1e-5, `${file}: ${n} scores shown equal rclip regions' (max abs difference ${worst.toExponential(2)})`);
    const b0 = shown[0]?.rows[0], b1 = shown[1]?.rows[0];
    console.log(`       box 0 best: ${b0?.join('  ')}\n       box 1 best: ${b1?.join('  ')}`);
  }

  compare(await openAndDraw('weights/demo-scan.png'), 'weights/demo-scan.png');

  // Heatmap: screenshots of the canvas with and without it, read back in the page.
  await page.click(`#results table.box1 tr.heat[data-text="${TEXTS[1]}"]`);
  await page.waitForFunction((t) => document.body.dataset.scored === '2' && window.viewer.heatText === t, TEXTS[1]);
  const withHeat = await page.locator('#view').screenshot();
  await page.uncheck('#showheat');
  const plain = await page.locator('#view').screenshot();
  await page.check('#showheat');
  const h = await page.evaluate(async ([a, b]) => {
    const load = async (b64) => { const bmp = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
      const c = new OffscreenCanvas(bmp.width, bmp.height), g = c.getContext('2d'); g.drawImage(bmp, 0, 0); return g.getImageData(0, 0, bmp.width, bmp.height); };
    const A = await load(a), B = await load(b), v = window.viewer, gr = v.ground, s = v.scale;
    const thr = gr.max - 0.2 * (gr.max - gr.min);
    let high = 0, highDiff = 0, outside = 0, outsideDiff = 0;
    for (let y = 0; y < v.height; y++) for (let x = 0; x < v.width; x++) {
      const m = gr.map[y * v.width + x];
      const inBox = v.boxes.some((b) => x >= b[0] - 1 && x <= b[2] + 1 && y >= b[1] - 1 && y <= b[3] + 1);
      if (inBox) continue;   // box outlines are drawn on both
      const i = 4 * ((y * s + (s >> 1)) * A.width + x * s + (s >> 1));
      const d = Math.abs(A.data[i] - B.data[i]) + Math.abs(A.data[i + 1] - B.data[i + 1]) + Math.abs(A.data[i + 2] - B.data[i + 2]);
      if (m !== m) { outside++; outsideDiff += d > 0; } else if (m >= thr) { high++; highDiff += d > 30; }
    }
    return { high, highDiff, outside, outsideDiff, w: A.width, h: A.height, min: gr.min, max: gr.max };
  }, [withHeat.toString('base64'), plain.toString('base64')]);
  check(h.high > 0 && h.highDiff === h.high, `heatmap: ${h.highDiff} of ${h.high} pixels where the map is high (>= max - 20% of its range ${h.min.toFixed(3)}..${h.max.toFixed(3)}) differ from the plain image (screenshot ${h.w}x${h.h})`);
  check(h.outside > 0 && h.outsideDiff === 0, `heatmap: the ${h.outside} pixels the center crop removed are unchanged`);

  compare(await openAndDraw('weights/demo-scan.dcm'), 'weights/demo-scan.dcm');
  check(errors.length === 0, `no errors in the page${errors.length ? ': ' + errors.join('; ') : ''}`);
} finally {
  await browser.close();
  await new Promise((ok) => server.close(ok));
}
console.log(`web: ${pass} passed, ${fail} failed`);
process.exit(fail ? 1 : 0);
