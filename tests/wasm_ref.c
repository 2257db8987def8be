/* The native side of the wasm parity test (tests/test_wasm.mjs): runs web/regionclip_wasm.c's
   calls (the layer the wasm build exports) natively on one model and writes the inputs and
   outputs to OUT.bin for Node to replay on the wasm build.
   Usage: wasm_ref MODEL.gguf OUT.bin
   OUT.bin, little-endian int32 / float32:
     "RCWR", E, S, context_length, n_texts, n_images, has_regions, vqa_answers
     n_texts x { byte length, UTF-8 bytes (padded to 4), n_tokens, ids[context_length], emb[E] }
     n_images x { format, width, height, window center (f32), window width (f32), byte length,
                  bytes (padded to 4), emb[E] }
     has_regions: n_boxes, boxes[n_boxes][4], regions[n_boxes][E], global[E], fused[E],
                  G, grid[G][G] (text 0 on image 0), vqa probs[vqa_answers] (question: text 1) */
#include "../web/regionclip_wasm.c"
#include <stdio.h>

static const char *TEXTS[] = {
    "a photo of a cat",
    "A chest X-ray showing a small left-sided pleural effusion; no pneumothorax.",
    "Findings: the cardiomediastinal silhouette is within normal limits for size and contour. "
    "There is a moderate right pleural effusion with adjacent compressive atelectasis of the right "
    "lower lobe. No focal consolidation is seen in the left lung. There is no pneumothorax. Degenerative "
    "changes of the thoracic spine are noted, with mild anterior osteophytes at T7-T9. Impression: "
    "moderate right pleural effusion, recommend clinical correlation and follow-up radiographs in 2 weeks.",
    "Caf\xc3\xa9 MRI: T2-weighted 3.5mm slices &amp; <b>ADC</b> map, r\xc3\xa9sum\xc3\xa9 na\xc3\xafve \xc3\x9c" "BER \xf0\x9f\x98\x80 lesion #42!!",
    "dark square cyst in the right lower lobe",
};
enum { N_TEXTS = sizeof TEXTS / sizeof TEXTS[0], N_IMAGES = 4 };

static void w32(FILE *f, int32_t v) { fwrite(&v, 4, 1, f); }
static void wf(FILE *f, const float *v, size_t n) { fwrite(v, 4, n, f); }
static void wbytes(FILE *f, const void *p, size_t n) {
    static const char pad[4] = {0, 0, 0, 0};
    w32(f, (int32_t)n); fwrite(p, 1, n, f); fwrite(pad, 1, (4 - n % 4) % 4, f);
}
static int die(rcw_session *s, const char *what) {
    fprintf(stderr, "wasm_ref: %s: %s\n", what, rcw_error(s));
    return 1;
}

int main(int argc, char **argv) {
    FILE *f, *out;
    long size;
    unsigned char *bytes;
    rcw_session *s;
    int E, S, C, i, A, regions;
    float *emb;
    uint32_t rng = 12345;
    if (argc != 3) { fprintf(stderr, "usage: wasm_ref MODEL.gguf OUT.bin\n"); return 2; }
    if (!(f = fopen(argv[1], "rb")) || fseek(f, 0, SEEK_END) || (size = ftell(f)) <= 0 || fseek(f, 0, SEEK_SET)) {
        perror(argv[1]); return 1;
    }
    bytes = (unsigned char *)malloc((size_t)size);
    if (!bytes || fread(bytes, 1, (size_t)size, f) != (size_t)size) { perror(argv[1]); return 1; }
    fclose(f);
    s = rcw_open(bytes, (size_t)size);
    if (!s || rcw_status(s)) return die(s, "load");
    E = s->info.embed_dim; S = s->info.image_size; C = s->info.context_length; A = s->info.vqa_answers;
    regions = s->info.roi_head || s->info.roi_fusion_heads;
    emb = (float *)malloc(sizeof(float) * (size_t)E * N_TEXTS * 8);
    if (!emb || !(out = fopen(argv[2], "wb"))) { perror(argv[2]); return 1; }
    fwrite("RCWR", 1, 4, out);
    w32(out, E); w32(out, S); w32(out, C); w32(out, N_TEXTS); w32(out, N_IMAGES); w32(out, regions); w32(out, A);
    if (rcw_encode_texts(s, TEXTS, N_TEXTS, emb)) return die(s, "texts");
    for (i = 0; i < N_TEXTS; i++) {
        int32_t ids[8192]; int n = 0;
        if (rcw_tokenize(s, TEXTS[i], ids, &n)) return die(s, "tokenize");
        wbytes(out, TEXTS[i], strlen(TEXTS[i]));
        w32(out, n); fwrite(ids, 4, (size_t)C, out); wf(out, emb + (size_t)i * E, (size_t)E);
    }
    for (i = 0; i < N_IMAGES; i++) {
        /* RGB8 250x190, GRAY8 97x131, RGBA8 160x160 (alpha varies), GRAY16 120x90 windowed */
        static const int fmt[N_IMAGES] = {RC_PIXEL_RGB8, RC_PIXEL_GRAY8, RC_PIXEL_RGBA8, RC_PIXEL_GRAY16};
        static const int wd[N_IMAGES] = {250, 97, 160, 120}, ht[N_IMAGES] = {190, 131, 160, 90};
        int bpp = fmt[i] == RC_PIXEL_RGB8 ? 3 : fmt[i] == RC_PIXEL_RGBA8 ? 4 : fmt[i] == RC_PIXEL_GRAY16 ? 2 : 1;
        size_t n = (size_t)wd[i] * ht[i] * bpp, k;
        unsigned char *px = (unsigned char *)malloc(n);
        float wc = fmt[i] == RC_PIXEL_GRAY16 ? 2000.0f : 0.0f, ww = fmt[i] == RC_PIXEL_GRAY16 ? 3000.0f : 0.0f;
        if (!px) return 1;
        for (k = 0; k < n; k++) {   /* smooth gradients plus noise */
            size_t p = k / bpp; int x = (int)(p % wd[i]), y = (int)(p / wd[i]);
            rng = rng * 1664525u + 1013904223u;
            px[k] = (unsigned char)((x * 3 + y * 2 + (int)(k % bpp) * 60 + (int)(rng >> 27)) & 255);
            if (fmt[i] == RC_PIXEL_GRAY16 && k % 2 == 1) px[k] = (unsigned char)((x + y) / 12);   /* high byte */
        }
        if (rcw_encode_image(s, px, wd[i], ht[i], fmt[i], wc, ww, emb)) return die(s, "image");
        w32(out, fmt[i]); w32(out, wd[i]); w32(out, ht[i]); wf(out, &wc, 1); wf(out, &ww, 1);
        wbytes(out, px, n); wf(out, emb, (size_t)E);
        if (i == 0 && regions) {
            const float boxes[3][4] = {{10, 20, 90, 120}, {100, 30, 200, 150}, {40, 40, 60, 70}};
            int G = S / s->info.patch_size;
            float *buf = (float *)malloc(sizeof(float) * ((size_t)E * 8 + (size_t)G * G + (size_t)A + 1));
            float *regs = buf, *global = buf + 3 * E, *fused = buf + 4 * E, *q = buf + 5 * E, *grid = buf + 8 * E;
            if (!buf) return 1;
            if (rcw_regions(s, px, wd[i], ht[i], fmt[i], wc, ww, &boxes[0][0], 3, 0, -1.0f, regs, global, fused))
                return die(s, "regions");
            w32(out, 3); wf(out, &boxes[0][0], 12); wf(out, regs, (size_t)E * 3); wf(out, global, (size_t)E); wf(out, fused, (size_t)E);
            /* the grid of text 0 (re-encoded: emb holds the image now) */
            if (rcw_encode_texts(s, TEXTS, 2, q)) return die(s, "texts");
            if (rcw_ground(s, px, wd[i], ht[i], fmt[i], wc, ww, q, grid, NULL)) return die(s, "ground");
            w32(out, G); wf(out, grid, (size_t)G * G);
            if (A) {
                if (rcw_vqa(s, fused, q + E, grid)) return die(s, "vqa");
                wf(out, grid, (size_t)A);
            }
            free(buf);
        }
        free(px);
    }
    fclose(out);
    free(emb);
    rcw_close(s);
    return 0;
}
