/* test_faults.c — faults and resource bounds (docs/library.md "Errors" and "Limits").

   1. Allocation failure at every allocation. Each sequence below runs with an allocator that
      refuses allocation k (that one only), for k = 0, 1, 2, ... until a run completes without
      reaching k. Asserted for every run: exactly one call returns RC_ERR_NOMEM, with a message
      (a loader also leaves *out NULL); that call leaves nothing behind (live blocks, open file
      descriptors and mappings of .gguf files as before it; no file at a save's path nor at
      path.tmp); retried, the same call succeeds; every output of the run is bit-identical to
      the run without failures; at the end no block is live. The library's default allocator
      (RC_MALLOC) is never used when an allocator is passed.
      Sequences: rc_model_load_file / _memory / _mmap (+ context + one text); every inference
      call: tokenize, encode_tokens, encode_texts, preprocess (+_u8, _rect, _rect_u8),
      encode_pixels, encode_images (RGB8, GRAY8, GRAY16, RGBA8, NEAREST), encode_regions (align
      with 0 and 2 boxes, crop), ground, vqa, similarity / prompt_ensemble / zeroshot / topk
      (documented to allocate nothing: asserted); rc_trainer_create, a global step, a
      region + report + VQA step, a crop-mode step, rc_trainer_save, rc_trainer_export, reloading
      the checkpoint, rc_train_config_from, a resumed trainer and its step.
   2. Resource bounds (docs/library.md "Limits"), each at the limit (accepted) and just past it
      (the documented status): text bytes, tokens, image side, boxes per call, RoIAlign grid,
      margin, VQA answers (count and bytes), configuration ranges (vocabulary, widths, context,
      patches per side, scratch), GGUF tensor count, key count, array nesting, alignment,
      dimensions, tensor extent, string length, training configuration ranges; and the peak
      memory each at-limit input takes from the allocator, against the documented bound.

   usage: test_faults WORK_DIR MODEL.gguf...   (CLIP and BiomedCLIP files; ROI, fusion and VQA
          parts run where the model has them; WORK_DIR receives checkpoints)
   Prints "faults: N passed, M failed". make test runs it under ASan + UBSan (leak checker on). */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include <stdarg.h>
#include <dirent.h>
#include <sys/stat.h>

static long g_default_allocs;   /* allocations through RC_MALLOC (the default allocator) */
static void *default_malloc(size_t n) { g_default_allocs++; return malloc(n); }
#define RC_MALLOC(sz, user) ((void)(user), default_malloc(sz))
#define RC_FREE(p, user) ((void)(user), free(p))
#ifndef REGIONCLIP_TRAINING
#define REGIONCLIP_TRAINING
#endif
#define REGIONCLIP_IMPLEMENTATION
#include "../regionclip.h"

static int n_pass, n_fail;
static char work_dir[512];

static void check(int ok, const char *fmt, ...) {
    va_list ap;
    if (ok) { n_pass++; return; }
    n_fail++;
    printf("FAIL ");
    va_start(ap, fmt); vprintf(fmt, ap); va_end(ap);
    printf("\n");
}

/* ---- allocators ----------------------------------------------------------------------- */

/* Refuses allocation number fail_at (from 0; -1: none); counts live blocks. */
typedef struct injector { long count, fail_at, live; int refused; } injector;
static void *inj_alloc(void *u, size_t n) {
    injector *j = (injector *)u;
    void *p;
    if (j->count++ == j->fail_at) { j->refused = 1; return NULL; }
    p = malloc(n);
    if (p) j->live++;
    return p;
}
static void inj_free(void *u, void *p) { ((injector *)u)->live--; free(p); }

/* Tracks the bytes live and their peak (a 16-byte header holds each block's size); refuses
   any block larger than cap. */
typedef struct meter { size_t live, peak, cap; } meter;
static void *meter_alloc(void *u, size_t n) {
    meter *m = (meter *)u;
    unsigned char *p;
    if (n > m->cap || n > SIZE_MAX - 16 || !(p = (unsigned char *)malloc(n + 16))) return NULL;
    memcpy(p, &n, sizeof n);
    m->live += n;
    if (m->live > m->peak) m->peak = m->live;
    return p + 16;
}
static void meter_free(void *u, void *q) {
    unsigned char *p = (unsigned char *)q - 16;
    size_t n;
    memcpy(&n, p, sizeof n);
    ((meter *)u)->live -= n;
    free(p);
}
static rc_allocator meter_allocator(meter *m, size_t cap) {
    rc_allocator a;
    m->live = m->peak = 0; m->cap = cap;
    a.alloc = meter_alloc; a.free = meter_free; a.user = m;
    return a;
}

/* Open file descriptors plus mappings of .gguf files (Linux /proc; 0 elsewhere). */
static int resources(void) {
    int n = 0;
    DIR *d = opendir("/proc/self/fd");
    FILE *f;
    char line[1024];
    if (d) { while (readdir(d)) n++; closedir(d); }
    if ((f = fopen("/proc/self/maps", "r")) != NULL) {
        while (fgets(line, sizeof line, f)) n += strstr(line, ".gguf") != NULL;
        fclose(f);
    }
    return n;
}
static int file_exists(const char *path) {
    FILE *f = fopen(path, "rb");
    if (f) fclose(f);
    return f != NULL;
}

/* ---- one run of a sequence ------------------------------------------------------------ */

/* The outputs of the run without failures (recorded), compared by every later run. */
static unsigned char *tape; static size_t tape_len, tape_cap, tape_pos; static int recording;

typedef struct run {
    injector inj;
    rc_allocator al;
    int n_nomem;          /* calls that returned RC_ERR_NOMEM */
    int n_wrong;          /* anything else wrong */
    char why[400];        /* the first wrong thing */
} run;

static void wrong(run *r, const char *what, const char *detail) {
    if (!r->n_wrong++) snprintf(r->why, sizeof r->why, "%s: %s", what, detail ? detail : "");
}

/* Records (the reference run) or compares n bytes of output. */
static void out(run *r, const char *what, const void *p, size_t n) {
    if (recording) {
        if (tape_len + n > tape_cap) {
            tape_cap = (tape_len + n) * 2;
            tape = (unsigned char *)realloc(tape, tape_cap);
        }
        memcpy(tape + tape_len, p, n);
        tape_len += n;
        return;
    }
    if (tape_pos + n > tape_len || memcmp(tape + tape_pos, p, n)) wrong(r, what, "output differs from the run without failures");
    tape_pos += n;
}

/* After a call returned RC_ERR_NOMEM: one per run, a message, nothing left behind. */
static void nomem_seen(run *r, const char *what, long live0, int res0, const char *msg, int left_ok) {
    char d[300];
    r->n_nomem++;
    if (!r->inj.refused) wrong(r, what, "RC_ERR_NOMEM without a refused allocation");
    if (!msg || !msg[0]) wrong(r, what, "RC_ERR_NOMEM without a message");
    if (r->inj.live != live0) { snprintf(d, sizeof d, "%ld blocks left by the failing call", r->inj.live - live0); wrong(r, what, d); }
    if (resources() != res0) wrong(r, what, "a file descriptor or mapping left by the failing call");
    if (!left_ok) wrong(r, what, "output object or file left after the failure");
}

/* A call that may allocate: on RC_ERR_NOMEM checked as above and retried once (only one
   allocation is ever refused); any other failure ends the run. `gone` is evaluated after a
   failure: 1 when nothing is left (e.g. the loader's *out is NULL). */
#define CALL(r, what, call, msg, gone) do {                                                   \
        long live0_ = (r)->inj.live; int res0_ = resources(); rc_status s_ = (call);            \
        if (s_ == RC_ERR_NOMEM) { nomem_seen(r, what, live0_, res0_, (msg), (gone)); s_ = (call); } \
        if (s_ != RC_OK) { char d_[300]; snprintf(d_, sizeof d_, "%s (%s)", rc_status_name(s_), (msg)); \
                           wrong(r, what, d_); goto done; }                                    \
    } while (0)
/* A call documented to allocate nothing. */
#define PURE(r, what, call) do {                                                                 \
        long n0_ = (r)->inj.count; rc_status s_ = (call);                                       \
        if (s_ != RC_OK) wrong(r, what, rc_status_name(s_));                                    \
        if ((r)->inj.count != n0_) wrong(r, what, "allocated, documented not to");               \
    } while (0)

typedef void (*sequence)(run *r, const void *arg);

/* Runs seq with allocation k refused for k = 0, 1, ... until a run completes. */
static void inject(const char *name, sequence seq, const void *arg) {
    long k, bad = 0, total = 0, defaults0 = g_default_allocs;
    run r;
    /* the reference run */
    memset(&r, 0, sizeof r);
    r.inj.fail_at = -1; r.al.alloc = inj_alloc; r.al.free = inj_free; r.al.user = &r.inj;
    tape_len = 0; recording = 1;
    seq(&r, arg);
    recording = 0;
    total = r.inj.count;
    check(r.n_wrong == 0 && r.n_nomem == 0 && r.inj.live == 0, "%s: the run without failures: %s (%ld live)", name,
          r.why, r.inj.live);
    for (k = 0;; k++) {
        memset(&r, 0, sizeof r);
        r.inj.fail_at = k; r.al.alloc = inj_alloc; r.al.free = inj_free; r.al.user = &r.inj;
        tape_pos = 0;
        seq(&r, arg);
        if (!r.inj.refused) break;   /* the sequence took fewer than k + 1 allocations: done */
        if (r.n_nomem != 1) wrong(&r, "run", r.n_nomem ? "RC_ERR_NOMEM more than once" : "the refused allocation was not reported");
        if (tape_pos != tape_len) wrong(&r, "run", "fewer outputs than the run without failures");
        if (r.inj.live) wrong(&r, "run", "blocks live at the end");
        if (r.n_wrong && bad++ < 5) printf("FAIL %s, allocation %ld refused: %s\n", name, k, r.why);
    }
    printf("  %-34s %5ld allocations, %5ld runs, %ld wrong\n", name, total, k, bad);
    check(bad == 0 && k == total, "%s: %ld wrong runs (%ld runs for %ld allocations)", name, bad, k, total);
    check(g_default_allocs == defaults0, "%s: the default allocator was used %ld times", name, g_default_allocs - defaults0);
}

/* ---- inputs --------------------------------------------------------------------------- */

static const char *const texts[2] = { "a nodule &amp; an effusion in the right upper lobe", "caf\xc3\xa9 \xe2\x80\x94 normal" };
static uint8_t px_rgb[3 * 23 * 17], px_gray[19 * 31], px_rgba[4 * 9 * 13];
static uint16_t px_g16[21 * 15];
static rc_image images[5];

static void make_images(void) {
    size_t i;
    for (i = 0; i < sizeof px_rgb; i++) px_rgb[i] = (uint8_t)(i * 37 + (i >> 5));
    for (i = 0; i < sizeof px_gray; i++) px_gray[i] = (uint8_t)(i * 11);
    for (i = 0; i < sizeof px_rgba; i++) px_rgba[i] = (uint8_t)(i % 4 == 3 ? 40 + i : i * 53);
    for (i = 0; i < sizeof px_g16 / 2; i++) px_g16[i] = (uint16_t)(i * 997);
    memset(images, 0, sizeof images);
    images[0].pixels = px_rgb; images[0].width = 17; images[0].height = 23; images[0].stride = 51; images[0].format = RC_PIXEL_RGB8;
    images[1].pixels = px_gray; images[1].width = 31; images[1].height = 19; images[1].stride = 31; images[1].format = RC_PIXEL_GRAY8;
    images[2].pixels = px_g16; images[2].width = 15; images[2].height = 21; images[2].stride = 30; images[2].format = RC_PIXEL_GRAY16;
    images[2].window_center = 9000.0f; images[2].window_width = 20000.0f;
    images[3].pixels = px_rgba; images[3].width = 13; images[3].height = 9; images[3].stride = 52; images[3].format = RC_PIXEL_RGBA8;
    images[4] = images[1]; images[4].resample = RC_RESAMPLE_NEAREST;
}

/* ---- sequences ------------------------------------------------------------------------ */

typedef struct model_arg { const char *path; const unsigned char *bytes; size_t size; } model_arg;

/* A loader, a context and one text. */
static void seq_load(run *r, const void *arg, int how) {
    const model_arg *a = (const model_arg *)arg;
    rc_model *m = NULL; rc_ctx *c = NULL; rc_error e; float emb[16384];
    if (how == 0) CALL(r, "rc_model_load_file", rc_model_load_file(&m, a->path, &r->al, &e), e.message, m == NULL);
    else if (how == 1) CALL(r, "rc_model_load_memory", rc_model_load_memory(&m, a->bytes, a->size, &r->al, &e), e.message, m == NULL);
    else CALL(r, "rc_model_load_mmap", rc_model_load_mmap(&m, a->path, &r->al, &e), e.message, m == NULL);
    CALL(r, "rc_ctx_create", rc_ctx_create(&c, m, &e), e.message, c == NULL);
    CALL(r, "rc_encode_texts", rc_encode_texts(c, texts, 1, emb, 1), rc_ctx_error(c), 1);
    out(r, "text", emb, sizeof(float) * (size_t)rc_model_get_info(m).embed_dim);
done:
    rc_ctx_free(c); rc_model_free(m);
}
static void seq_load_file(run *r, const void *arg) { seq_load(r, arg, 0); }
static void seq_load_memory(run *r, const void *arg) { seq_load(r, arg, 1); }
static void seq_load_mmap(run *r, const void *arg) { seq_load(r, arg, 2); }

/* Every inference call. */
static void seq_infer(run *r, const void *arg) {
    const model_arg *a = (const model_arg *)arg;
    rc_model *m = NULL; rc_ctx *c = NULL; rc_error e; rc_model_info info;
    int32_t *ids = NULL; float *f = NULL, *pix, *txt, *img, *reg, *glob, *fused, *grid, *map, *probs, *scores, *ens;
    uint8_t *u8 = NULL; int n_tok = 0, mode, idx[2];
    size_t E, S, G, plane;
    rc_box boxes[2];
    rc_region_opts o = rc_region_opts_default();
    rc_rect rect;
    CALL(r, "rc_model_load_memory", rc_model_load_memory(&m, a->bytes, a->size, &r->al, &e), e.message, m == NULL);
    CALL(r, "rc_ctx_create", rc_ctx_create(&c, m, &e), e.message, c == NULL);
    info = rc_model_get_info(m);
    E = (size_t)info.embed_dim; S = (size_t)info.image_size; G = S / (size_t)info.patch_size; plane = 3 * S * S;
    ids = (int32_t *)malloc(sizeof(int32_t) * 2 * (size_t)info.context_length);
    f = (float *)malloc(sizeof(float) * (plane + 16 * E + G * G + (size_t)images[1].width * images[1].height + 64 + (size_t)info.vqa_answers));
    u8 = (uint8_t *)malloc(plane);
    if (!ids || !f || !u8) { wrong(r, "test", "out of memory"); goto done; }
    pix = f; txt = pix + plane; img = txt + 2 * E; reg = img + 5 * E; glob = reg + 2 * E; fused = glob + E; ens = fused + E;
    grid = ens + 2 * E; map = grid + G * G; probs = map + (size_t)images[1].width * images[1].height; scores = probs + 8;

    CALL(r, "rc_tokenize", rc_tokenize(c, texts[0], (size_t)-1, ids, &n_tok), rc_ctx_error(c), 1);
    out(r, "rc_tokenize", ids, sizeof(int32_t) * (size_t)info.context_length);
    out(r, "rc_tokenize count", &n_tok, sizeof n_tok);
    CALL(r, "rc_tokenize", rc_tokenize(c, texts[1], (size_t)-1, ids + info.context_length, NULL), rc_ctx_error(c), 1);
    CALL(r, "rc_encode_tokens", rc_encode_tokens(c, ids, 2, txt, 1), rc_ctx_error(c), 1);
    out(r, "rc_encode_tokens", txt, sizeof(float) * 2 * E);
    CALL(r, "rc_encode_texts", rc_encode_texts(c, texts, 2, txt, 0), rc_ctx_error(c), 1);
    out(r, "rc_encode_texts", txt, sizeof(float) * 2 * E);
    CALL(r, "rc_preprocess", rc_preprocess(c, &images[3], pix), rc_ctx_error(c), 1);
    out(r, "rc_preprocess", pix, sizeof(float) * plane);
    CALL(r, "rc_preprocess_u8", rc_preprocess_u8(c, &images[2], u8), rc_ctx_error(c), 1);
    out(r, "rc_preprocess_u8", u8, plane);
    rect.x = 2; rect.y = 3; rect.w = 11; rect.h = 13;
    CALL(r, "rc_preprocess_rect_u8", rc_preprocess_rect_u8(c, &images[0], rect, u8), rc_ctx_error(c), 1);
    out(r, "rc_preprocess_rect_u8", u8, plane);
    CALL(r, "rc_preprocess_rect", rc_preprocess_rect(c, &images[2], rect, pix), rc_ctx_error(c), 1);
    out(r, "rc_preprocess_rect", pix, sizeof(float) * plane);
    CALL(r, "rc_encode_pixels", rc_encode_pixels(c, pix, 1, img, 1), rc_ctx_error(c), 1);
    out(r, "rc_encode_pixels", img, sizeof(float) * E);
    CALL(r, "rc_encode_images", rc_encode_images(c, images, 5, img, 1), rc_ctx_error(c), 1);
    out(r, "rc_encode_images", img, sizeof(float) * 5 * E);
    boxes[0].x0 = 1.5f; boxes[0].y0 = 2.0f; boxes[0].x1 = 12.0f; boxes[0].y1 = 17.25f;
    boxes[1].x0 = 0.0f; boxes[1].y0 = 0.0f; boxes[1].x1 = 17.0f; boxes[1].y1 = 23.0f;
    for (mode = 0; mode < 2; mode++) {
        o.mode = mode ? RC_REGION_CROP : RC_REGION_ALIGN;
        CALL(r, "rc_encode_regions", rc_encode_regions(c, &images[0], boxes, 2, &o, reg, glob, fused, 1), rc_ctx_error(c), 1);
        out(r, "rc_encode_regions", reg, sizeof(float) * 4 * E);
    }
    o.mode = RC_REGION_ALIGN;
    CALL(r, "rc_encode_regions (no box)", rc_encode_regions(c, &images[1], NULL, 0, &o, NULL, glob, fused, 1), rc_ctx_error(c), 1);
    out(r, "rc_encode_regions (no box)", glob, sizeof(float) * 2 * E);
    CALL(r, "rc_ground", rc_ground(c, &images[1], txt, grid, map, -2.0f), rc_ctx_error(c), 1);
    out(r, "rc_ground", grid, sizeof(float) * (G * G + (size_t)images[1].width * images[1].height));
    if (info.vqa_answers) {
        CALL(r, "rc_vqa", rc_vqa(c, fused, txt, probs + 8), rc_ctx_error(c), 1);
        out(r, "rc_vqa", probs + 8, sizeof(float) * (size_t)info.vqa_answers);
    }
    PURE(r, "rc_similarity", rc_similarity(img, 2, txt, 2, (int)E, info.logit_scale, scores));
    PURE(r, "rc_prompt_ensemble", rc_prompt_ensemble(txt, 1, 2, (int)E, ens));
    PURE(r, "rc_zeroshot", rc_zeroshot(img, txt, 2, (int)E, info.logit_scale, probs));
    PURE(r, "rc_topk", rc_topk(img, txt, 2, (int)E, 2, idx, scores + 4));
    rc_l2_normalize(img, 5, (int)E);
    out(r, "scores", scores, sizeof(float) * 6);
    out(r, "probs", probs, sizeof(float) * 2);
    out(r, "ensemble", ens, sizeof(float) * E);
done:
    free(ids); free(f); free(u8);
    rc_ctx_free(c); rc_model_free(m);
}

/* Reads a whole file into the tape (compared with the run without failures). */
static void out_file(run *r, const char *what, const char *path) {
    FILE *f = fopen(path, "rb");
    unsigned char buf[65536];
    size_t n;
    if (!f) { wrong(r, what, "file missing"); return; }
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) out(r, what, buf, n);
    fclose(f);
}

/* Trainer create, steps, save, export, reload, resume. */
static void seq_train(run *r, const void *arg) {
    const model_arg *a = (const model_arg *)arg;
    rc_model *m = NULL, *m2 = NULL; rc_trainer *t = NULL, *t2 = NULL; rc_ctx *c = NULL; rc_error e;
    rc_model_info info; rc_train_config cfg, cfg2; rc_train_stats st; rc_train_batch bt;
    char ckpt[700], ckpt_tmp[704], exp[700], exp_tmp[704];
    float *pixels = NULL, *crops = NULL; int32_t *ids = NULL;
    int n_regions[2] = {1, 1}, n_questions[2] = {1, 0}, answers[1] = {0}, B = 2, i;
    size_t S, C, plane;
    rc_box boxes[2];
    rc_rect rect;
    snprintf(ckpt, sizeof ckpt, "%s/faults-ckpt.gguf", work_dir); snprintf(ckpt_tmp, sizeof ckpt_tmp, "%s.tmp", ckpt);
    snprintf(exp, sizeof exp, "%s/faults-export.gguf", work_dir); snprintf(exp_tmp, sizeof exp_tmp, "%s.tmp", exp);
    remove(ckpt); remove(ckpt_tmp); remove(exp); remove(exp_tmp);
    CALL(r, "rc_model_load_file", rc_model_load_file(&m, a->path, &r->al, &e), e.message, m == NULL);
    info = rc_model_get_info(m);
    S = (size_t)info.image_size; C = (size_t)info.context_length; plane = 3 * S * S;
    cfg = rc_train_config_default();
    cfg.max_batch = B; cfg.lr = 1e-3f; cfg.warmup_steps = 1; cfg.total_steps = 10; cfg.grad_clip = 1.0f;
    cfg.max_regions = 2; cfg.max_negatives = 1; cfg.crop_regions = 1; cfg.max_questions = info.vqa_answers ? 1 : 0;
    CALL(r, "rc_trainer_create", rc_trainer_create(&t, m, &cfg, &e), e.message, t == NULL);
    CALL(r, "rc_ctx_create", rc_ctx_create(&c, rc_trainer_model(t), &e), e.message, c == NULL);
    pixels = (float *)malloc(sizeof(float) * plane * 2);
    crops = (float *)malloc(sizeof(float) * plane * 2);
    ids = (int32_t *)malloc(sizeof(int32_t) * C * 8);
    if (!pixels || !crops || !ids) { wrong(r, "test", "out of memory"); goto done; }
    for (i = 0; i < 2; i++) {
        rect.x = i; rect.y = 1; rect.w = 14 - i; rect.h = 15;
        CALL(r, "rc_preprocess_rect", rc_preprocess_rect(c, &images[i], rect, pixels + plane * (size_t)i), rc_ctx_error(c), 1);
        CALL(r, "rc_preprocess (crop)", rc_preprocess(c, &images[2 + i], crops + plane * (size_t)i), rc_ctx_error(c), 1);
    }
    /* ids rows: 0-1 captions, 2-3 reports, 4-5 region captions, 6 negative... 7 question */
    for (i = 0; i < 8; i++)
        CALL(r, "rc_tokenize", rc_tokenize(c, texts[i % 2], (size_t)-1, ids + C * (size_t)i, NULL), rc_ctx_error(c), 1);
    CALL(r, "rc_train_step", rc_train_step(t, pixels, ids, B, &st), rc_trainer_error(t), 1);
    out(r, "rc_train_step", &st, sizeof st);
    boxes[0].x0 = 1; boxes[0].y0 = 2; boxes[0].x1 = (float)S - 3; boxes[0].y1 = (float)S / 2;
    boxes[1].x0 = 0; boxes[1].y0 = 0; boxes[1].x1 = (float)S; boxes[1].y1 = (float)S;
    memset(&bt, 0, sizeof bt);
    bt.B = B; bt.pixels = pixels; bt.ids = ids; bt.report_ids = ids + 2 * C;
    bt.n_regions = n_regions; bt.boxes = boxes; bt.region_ids = ids + 4 * C; bt.n_neg = 1; bt.neg_ids = ids + 5 * C;
    if (info.vqa_answers) { bt.n_questions = n_questions; bt.question_ids = ids + 7 * C; bt.answers = answers; }
    CALL(r, "rc_train_step_batch", rc_train_step_batch(t, &bt, &st), rc_trainer_error(t), 1);
    out(r, "rc_train_step_batch", &st, sizeof st);
    bt.crop_pixels = crops;
    CALL(r, "rc_train_step_batch (crops)", rc_train_step_batch(t, &bt, &st), rc_trainer_error(t), 1);
    out(r, "rc_train_step_batch (crops)", &st, sizeof st);
    CALL(r, "rc_trainer_save", rc_trainer_save(t, ckpt), rc_trainer_error(t), !file_exists(ckpt) && !file_exists(ckpt_tmp));
    out_file(r, "checkpoint", ckpt);
    CALL(r, "rc_trainer_export", rc_trainer_export(t, exp), rc_trainer_error(t), !file_exists(exp) && !file_exists(exp_tmp));
    out_file(r, "export", exp);
    rc_ctx_free(c); c = NULL;
    rc_trainer_free(t); t = NULL;
    CALL(r, "rc_model_load_file (checkpoint)", rc_model_load_file(&m2, ckpt, &r->al, &e), e.message, m2 == NULL);
    PURE(r, "rc_train_config_from", rc_train_config_from(m2, &cfg2));
    CALL(r, "rc_trainer_create (resume)", rc_trainer_create(&t2, m2, &cfg2, &e), e.message, t2 == NULL);
    bt.crop_pixels = NULL;
    CALL(r, "rc_train_step_batch (resumed)", rc_train_step_batch(t2, &bt, &st), rc_trainer_error(t2), 1);
    out(r, "rc_train_step_batch (resumed)", &st, sizeof st);
done:
    free(pixels); free(crops); free(ids);
    rc_ctx_free(c); rc_trainer_free(t); rc_trainer_free(t2); rc_model_free(m); rc_model_free(m2);
    remove(ckpt); remove(exp);
}

/* ---- GGUF building for the bounds ---------------------------------------------------- */

typedef struct wbuf { unsigned char *p; size_t n, cap; } wbuf;
static void wb_bytes(wbuf *w, const void *s, size_t n) {
    if (w->n + n > w->cap) {
        w->cap = (w->n + n) * 2 + 4096;
        w->p = (unsigned char *)realloc(w->p, w->cap);
    }
    if (n) memcpy(w->p + w->n, s, n);
    w->n += n;
}
static void wb_u32(wbuf *w, uint32_t v) { unsigned char b[4]; int i; for (i = 0; i < 4; i++) b[i] = (unsigned char)(v >> 8 * i); wb_bytes(w, b, 4); }
static void wb_u64(wbuf *w, uint64_t v) { unsigned char b[8]; int i; for (i = 0; i < 8; i++) b[i] = (unsigned char)(v >> 8 * i); wb_bytes(w, b, 8); }
static void wb_str(wbuf *w, const char *s, size_t n) { wb_u64(w, n); wb_bytes(w, s, n); }
static void wb_pad(wbuf *w, size_t align) { static const unsigned char z[64] = {0}; while (w->n % align) wb_bytes(w, z, 1); }

/* A replacement for a key (type + value bytes, raw NULL: the key removed) or a tensor. */
typedef struct new_kv { const char *key; const unsigned char *raw; size_t raw_len; } new_kv;
typedef struct new_tensor { const char *name; int nd; uint64_t ne[4]; const void *data; } new_tensor;   /* F32 */

static int named(rc__str s, const char *name) { return s.len == strlen(name) && !memcmp(s.ptr, name, s.len); }

/* g (a parsed file) rewritten: keys in kv replaced or removed (others kept), tensors in nt
   replaced or added (F32, data NULL: zeros), tensor `drop` (NULL: none) removed. */
static unsigned char *rewrite(const rc__gguf *g, const new_kv *kv, int n_kv, const new_tensor *nt, int n_nt,
                              const char *drop, size_t *size) {
    wbuf w = {NULL, 0, 0}, data = {NULL, 0, 0};
    uint64_t i, count_kv = 0, count_t = 0;
    int k;
    size_t off;
    for (i = 0; i < g->n_kv; i++) {
        for (k = 0; k < n_kv && !named(g->kv[i].key, kv[k].key); k++) {}
        count_kv += k == n_kv;
    }
    for (k = 0; k < n_kv; k++) count_kv += kv[k].raw != NULL;
    for (i = 0; i < g->n_tensors; i++) {
        for (k = 0; k < n_nt && !named(g->tensors[i].name, nt[k].name); k++) {}
        count_t += k == n_nt && !(drop && named(g->tensors[i].name, drop));
    }
    count_t += (uint64_t)n_nt;
    wb_bytes(&w, "GGUF", 4); wb_u32(&w, 3); wb_u64(&w, count_t); wb_u64(&w, count_kv);
    for (i = 0; i < g->n_kv; i++) {
        const rc__gguf_kv *x = &g->kv[i];
        const uint8_t *raw = x->type == RC__GGUF_ARRAY ? x->value - 12 : x->value;
        rc__reader rd;
        for (k = 0; k < n_kv && !named(x->key, kv[k].key); k++) {}
        if (k < n_kv) continue;
        rd.p = raw; rd.end = g->base + g->size; rd.err = NULL;
        (void)rc__skip_value(&rd, x->type, 0, "metadata");
        wb_str(&w, x->key.ptr, x->key.len); wb_u32(&w, x->type); wb_bytes(&w, raw, (size_t)(rd.p - raw));
    }
    for (k = 0; k < n_kv; k++)
        if (kv[k].raw) { wb_str(&w, kv[k].key, strlen(kv[k].key)); wb_bytes(&w, kv[k].raw, kv[k].raw_len); }
    for (i = 0; i < g->n_tensors; i++) {            /* tensor infos and their data, in order */
        const rc__gguf_tensor *t = &g->tensors[i];
        uint32_t d;
        for (k = 0; k < n_nt && !named(t->name, nt[k].name); k++) {}
        if (k < n_nt || (drop && named(t->name, drop))) continue;
        wb_pad(&data, g->alignment); off = data.n; wb_bytes(&data, t->data, t->nbytes);
        wb_str(&w, t->name.ptr, t->name.len); wb_u32(&w, t->n_dims);
        for (d = 0; d < t->n_dims; d++) wb_u64(&w, t->ne[d]);
        wb_u32(&w, t->type); wb_u64(&w, off);
    }
    for (k = 0; k < n_nt; k++) {
        uint64_t n = 1; int d;
        for (d = 0; d < nt[k].nd; d++) n *= nt[k].ne[d];
        wb_pad(&data, g->alignment); off = data.n;
        if (nt[k].data) wb_bytes(&data, nt[k].data, (size_t)n * 4);
        else { size_t j; for (j = 0; j < n; j++) wb_u32(&data, 0); }
        wb_str(&w, nt[k].name, strlen(nt[k].name)); wb_u32(&w, (uint32_t)nt[k].nd);
        for (d = 0; d < nt[k].nd; d++) wb_u64(&w, nt[k].ne[d]);
        wb_u32(&w, RC__TYPE_F32); wb_u64(&w, off);
    }
    wb_pad(&w, g->alignment);
    wb_bytes(&w, data.p, data.n);
    free(data.p);
    *size = w.n;
    return w.p;
}

/* A raw string-array value: type ARRAY, element type STRING, n strings given by name(i). */
static unsigned char *string_array(uint64_t n, void (*name)(uint64_t i, char *buf, size_t *len), size_t *len) {
    wbuf w = {NULL, 0, 0};
    uint64_t i;
    char buf[2048];
    wb_u32(&w, RC__GGUF_ARRAY); wb_u32(&w, RC__GGUF_STRING); wb_u64(&w, n);
    for (i = 0; i < n; i++) { size_t l; name(i, buf, &l); wb_str(&w, buf, l); }
    *len = w.n;
    return w.p;
}

/* ---- bounds --------------------------------------------------------------------------- */

static unsigned char *read_all(const char *path, size_t *size) {
    FILE *f = fopen(path, "rb");
    unsigned char *b;
    long n;
    if (!f) return NULL;
    fseek(f, 0, SEEK_END); n = ftell(f); fseek(f, 0, SEEK_SET);
    b = (unsigned char *)malloc((size_t)n + 1);
    if (b && fread(b, 1, (size_t)n, f) != (size_t)n) { free(b); b = NULL; }
    fclose(f);
    *size = (size_t)n;
    return b;
}

static rc_status load_msg(const unsigned char *b, size_t n, char *msg, size_t cap) {
    rc_model *m = NULL; rc_error e; rc_status s = rc_model_load_memory(&m, b, n, NULL, &e);
    snprintf(msg, cap, "%s", s ? e.message : "");
    rc_model_free(m);
    return s;
}

/* Text: RC_TEXT_MAX_BYTES accepted (and its memory), one byte more refused; tokens: a text
   of context_length - 2 words fills the context, longer ones are truncated to it. */
static void bounds_text(const rc_model *model_unused, const model_arg *a) {
    rc_model *m = NULL; rc_ctx *c = NULL; rc_error e; meter mt; rc_allocator al = meter_allocator(&mt, (size_t)-1);
    size_t N = RC_TEXT_MAX_BYTES, i, base;
    char *big = (char *)malloc(N + 2), *words;
    int32_t *ids = NULL; int n_tok = -1, C, k, kind;
    float emb[16384];
    const char *one[1];
    (void)model_unused;
    if (rc_model_load_memory(&m, a->bytes, a->size, &al, &e) || rc_ctx_create(&c, m, &e)) { check(0, "bounds: load %s", e.message); goto done; }
    C = rc_model_get_info(m).context_length;
    ids = (int32_t *)malloc(sizeof(int32_t) * (size_t)C);
    for (kind = 0; kind < 4; kind++) {   /* words; one word of N letters; N/2 2-byte, N/4 4-byte characters */
        static const char *const kinds[4] = {"words", "one word", "2-byte characters", "4-byte characters"};
        for (i = 0; i < N; i++)
            big[i] = kind == 0 ? "a chest x-ray with a nodule "[i % 28] : kind == 1 ? 'a' : kind == 2 ? "\xc3\xa9"[i % 2] : "\xf0\x9f\x98\x80"[i % 4];
        big[N] = 0;
        base = mt.live; mt.peak = mt.live;
        check(rc_tokenize(c, big, N, ids, &n_tok) == RC_OK && n_tok == C, "text of RC_TEXT_MAX_BYTES (kind %d) tokenizes: %s (%d tokens)",
              kind, rc_ctx_error(c), n_tok);
        printf("  text of %zu bytes (%s): %zu bytes of tokenizer memory\n", N, kinds[kind], mt.peak - base);
        check(mt.peak - base <= 96 * N, "text of RC_TEXT_MAX_BYTES (%s): %zu bytes of memory (bound 96 per byte)", kinds[kind], mt.peak - base);
        if (kind == 0) {
            one[0] = big;
            check(rc_encode_texts(c, one, 1, emb, 1) == RC_OK, "rc_encode_texts of RC_TEXT_MAX_BYTES: %s", rc_ctx_error(c));
        }
    }
    big[N] = 'a'; big[N + 1] = 0;
    check(rc_tokenize(c, big, N + 1, ids, &n_tok) == RC_ERR_TOO_LONG, "text of RC_TEXT_MAX_BYTES + 1 -> RC_ERR_TOO_LONG");
    check(rc_tokenize(c, big, (size_t)-1, ids, &n_tok) == RC_ERR_TOO_LONG, "NUL-terminated text of RC_TEXT_MAX_BYTES + 1 -> RC_ERR_TOO_LONG");
    one[0] = big;
    check(rc_encode_texts(c, one, 1, emb, 1) == RC_ERR_TOO_LONG, "rc_encode_texts of RC_TEXT_MAX_BYTES + 1 -> RC_ERR_TOO_LONG");
    /* tokens: C - 2 words + start + end fill the context exactly; one word more is cut to C
       tokens with the end token kept last (the id the exact fill ends with) */
    words = big;
    for (k = 0; k < C - 2; k++) memcpy(words + 2 * k, "x ", 2);
    words[2 * (C - 2)] = 0;
    check(rc_tokenize(c, words, (size_t)-1, ids, &n_tok) == RC_OK && n_tok == C, "%d words fill the context of %d", C - 2, C);
    {
        int32_t end = ids[C - 1];
        memcpy(words + 2 * (C - 2), "y ", 3);
        check(rc_tokenize(c, words, (size_t)-1, ids, &n_tok) == RC_OK && n_tok == C && ids[C - 1] == end,
              "%d words are truncated to %d tokens ending with the end token", C - 1, C);
    }
done:
    free(big); free(ids);
    rc_ctx_free(c); rc_model_free(m);
}

/* Image side: RC_IMAGE_MAX_SIDE accepted (each format, both orientations), one more refused;
   the preprocessing memory of the largest images. */
static void bounds_image(const model_arg *a) {
    rc_model *m = NULL; rc_ctx *c = NULL; rc_error e; meter mt; rc_allocator al = meter_allocator(&mt, (size_t)-1);
    const int MAX = RC_IMAGE_MAX_SIDE;
    rc_image im;
    float emb[16384];
    void *px = calloc((size_t)MAX * 8, 2);   /* 65535 x 4 RGBA8, 65535 x 2 GRAY16, ... */
    int f, o;
    if (rc_model_load_memory(&m, a->bytes, a->size, &al, &e) || rc_ctx_create(&c, m, &e)) { check(0, "bounds: load %s", e.message); goto done; }
    memset(&im, 0, sizeof im);
    im.pixels = px;
    for (f = 0; f < 4; f++)
        for (o = 0; o < 2; o++) {
            static const size_t bpp[4] = {3, 1, 2, 4};
            size_t base;
            im.format = (rc_pixel_format)f;
            im.width = o ? 4 : MAX; im.height = o ? MAX : 4;
            im.stride = (size_t)im.width * bpp[f];
            base = mt.live; mt.peak = mt.live;
            check(rc_encode_images(c, &im, 1, emb, 1) == RC_OK, "%dx%d image (format %d) encodes: %s", im.width, im.height, f, rc_ctx_error(c));
            check(mt.peak - base <= (size_t)8 << 20, "%dx%d image (format %d): %zu bytes of preprocessing memory (bound 8 MiB)",
                  im.width, im.height, f, mt.peak - base);
            if (o) im.height = MAX + 1; else { im.width = MAX + 1; im.stride = (size_t)im.width * bpp[f]; }
            check(rc_encode_images(c, &im, 1, emb, 1) == RC_ERR_TOO_LONG, "%dx%d image -> RC_ERR_TOO_LONG", im.width, im.height);
        }
    /* GRAY16 and RGBA8 are windowed / premultiplied over the source rows and columns the
       crop reads (the whole image for a square one) first: 1 and 4 bytes per pixel */
    for (f = 0; f < 2; f++) {
        const int side = 2048;
        size_t base, region = (size_t)side * side * (f ? 4 : 1);
        void *big = calloc((size_t)side * side, 4);
        memset(&im, 0, sizeof im);
        im.pixels = big; im.width = im.height = side;
        im.format = f ? RC_PIXEL_RGBA8 : RC_PIXEL_GRAY16; im.stride = (size_t)side * (f ? 4 : 2);
        base = mt.live; mt.peak = mt.live;
        check(big && rc_encode_images(c, &im, 1, emb, 1) == RC_OK, "%dx%d %s encodes", side, side, f ? "RGBA8" : "GRAY16");
        printf("  %dx%d %s: %zu bytes of preprocessing memory\n", side, side, f ? "RGBA8" : "GRAY16", mt.peak - base);
        check(mt.peak - base <= region + ((size_t)8 << 20), "%dx%d %s: %zu bytes of preprocessing memory (bound %zu + 8 MiB)",
              side, side, f ? "RGBA8" : "GRAY16", mt.peak - base, region);
        free(big);
    }
done:
    free(px);
    rc_ctx_free(c); rc_model_free(m);
}

/* Boxes: RC_ROI_MAX_BOXES accepted with no memory beyond one image's preprocessing, one more
   refused (both modes); RC_ROI_MAX_GRID sampling points per bin side; RC_ROI_MAX_MARGIN. */
static void bounds_regions(const model_arg *a) {
    rc_model *m = NULL; rc_ctx *c = NULL; rc_error e; meter mt; rc_allocator al = meter_allocator(&mt, (size_t)-1);
    int n = RC_ROI_MAX_BOXES, i, E;
    rc_box *boxes = (rc_box *)malloc(sizeof(rc_box) * ((size_t)n + 1));
    float *regions = NULL, glob[16384], fused[16384], feat[4 * 3], roi[4];
    rc_region_opts o = rc_region_opts_default();
    size_t base, one_box;
    rc_box b;
    if (rc_model_load_memory(&m, a->bytes, a->size, &al, &e) || rc_ctx_create(&c, m, &e)) { check(0, "bounds: load %s", e.message); goto done; }
    E = rc_model_get_info(m).embed_dim;
    regions = (float *)malloc(sizeof(float) * (size_t)E * ((size_t)n + 1));
    for (i = 0; i <= n; i++) { boxes[i].x0 = (float)(i % 7); boxes[i].y0 = (float)(i % 5); boxes[i].x1 = 12.0f + (float)(i % 5); boxes[i].y1 = 16.0f + (float)(i % 7); }
    base = mt.live; mt.peak = mt.live;
    check(rc_encode_regions(c, &images[0], boxes, 1, &o, regions, glob, fused, 1) == RC_OK, "1 box: %s", rc_ctx_error(c));
    one_box = mt.peak - base;
    mt.peak = mt.live;
    check(rc_encode_regions(c, &images[0], boxes, n, &o, regions, glob, fused, 1) == RC_OK, "RC_ROI_MAX_BOXES boxes (align): %s", rc_ctx_error(c));
    check(mt.peak - base == one_box, "RC_ROI_MAX_BOXES boxes take the memory of one (%zu vs %zu bytes)", mt.peak - base, one_box);
    check(rc_encode_regions(c, &images[0], boxes, n + 1, &o, regions, glob, fused, 1) == RC_ERR_TOO_LONG, "RC_ROI_MAX_BOXES + 1 boxes (align) -> RC_ERR_TOO_LONG");
    o.mode = RC_REGION_CROP;
    check(rc_encode_regions(c, &images[0], boxes, n + 1, &o, regions, glob, fused, 1) == RC_ERR_TOO_LONG, "RC_ROI_MAX_BOXES + 1 boxes (crop) -> RC_ERR_TOO_LONG");
    o.margin = RC_ROI_MAX_MARGIN;
    check(rc_encode_regions(c, &images[0], boxes, 2, &o, regions, glob, fused, 1) == RC_OK, "margin RC_ROI_MAX_MARGIN: %s", rc_ctx_error(c));
    o.margin = nextafterf(RC_ROI_MAX_MARGIN, 100.0f);
    check(rc_encode_regions(c, &images[0], boxes, 2, &o, regions, glob, fused, 1) == RC_ERR_VALUE, "margin just above RC_ROI_MAX_MARGIN -> RC_ERR_VALUE");
    /* RoIAlign: sampling_ratio RC_ROI_MAX_GRID, and the adaptive grid ceil(side / out) */
    for (i = 0; i < 12; i++) feat[i] = (float)i;
    b.x0 = 0; b.y0 = 0; b.x1 = 3; b.y1 = 2;
    check(rc_roi_align(feat, 1, 3, 4, &b, 1, 1.0f, 1, RC_ROI_MAX_GRID, roi) == RC_OK, "sampling ratio RC_ROI_MAX_GRID");
    check(rc_roi_align(feat, 1, 3, 4, &b, 1, 1.0f, 1, RC_ROI_MAX_GRID + 1, roi) == RC_ERR_TOO_LONG, "sampling ratio RC_ROI_MAX_GRID + 1 -> RC_ERR_TOO_LONG");
    b.x1 = (float)RC_ROI_MAX_GRID; b.y1 = 1.0f;   /* adaptive: ceil(1024 / 1) points per bin side */
    check(rc_roi_align(feat, 1, 3, 4, &b, 1, 1.0f, 1, 0, roi) == RC_OK, "adaptive grid of RC_ROI_MAX_GRID");
    b.x1 = (float)RC_ROI_MAX_GRID + 0.5f;
    check(rc_roi_align(feat, 1, 3, 4, &b, 1, 1.0f, 1, 0, roi) == RC_ERR_TOO_LONG, "adaptive grid of RC_ROI_MAX_GRID + 1 -> RC_ERR_TOO_LONG");
done:
    free(boxes); free(regions);
    rc_ctx_free(c); rc_model_free(m);
}

static void answer_name(uint64_t i, char *buf, size_t *len) { *len = (size_t)sprintf(buf, "answer %llu", (unsigned long long)i); }
static size_t long_answer;
static void answer_long(uint64_t i, char *buf, size_t *len) {
    if (i == 1) { memset(buf, 'x', long_answer); *len = long_answer; }
    else answer_name(i, buf, len);
}

/* The VQA head: RC_VQA_MAX_ANSWERS answers load and rc_vqa runs, one more is refused; an
   answer of 1024 bytes loads, 1025 is refused. */
static void bounds_vqa(const model_arg *a) {
    rc__gguf g; rc__alloc al = rc__resolve_alloc(NULL); rc_error e; char msg[256];
    int E, A, k;
    if (rc__gguf_parse(&g, a->bytes, a->size, &al, &e)) { check(0, "bounds: parse"); return; }
    E = (int)rc__gguf_find_tensor(&g, "vqa.head.weight")->ne[0] / 2;
    for (k = 0; k < 2; k++) {
        new_kv kv; new_tensor nt[2]; size_t n, raw_len; unsigned char *raw, *file;
        A = RC_VQA_MAX_ANSWERS + k;
        raw = string_array((uint64_t)A, answer_name, &raw_len);
        kv.key = "regionclip.vqa.answers"; kv.raw = raw; kv.raw_len = raw_len;
        memset(nt, 0, sizeof nt);
        nt[0].name = "vqa.head.weight"; nt[0].nd = 2; nt[0].ne[0] = (uint64_t)2 * E; nt[0].ne[1] = (uint64_t)A;
        nt[1].name = "vqa.head.bias"; nt[1].nd = 1; nt[1].ne[0] = (uint64_t)A;
        file = rewrite(&g, &kv, 1, nt, 2, NULL, &n);
        if (k == 0) {
            rc_model *m = NULL; rc_ctx *c = NULL; float *probs = (float *)malloc(sizeof(float) * (size_t)A), v[16384];
            int i;
            for (i = 0; i < E; i++) v[i] = 1.0f + (float)i;
            check(rc_model_load_memory(&m, file, n, NULL, &e) == RC_OK && rc_model_get_info(m).vqa_answers == A,
                  "RC_VQA_MAX_ANSWERS answers load: %s", e.message);
            if (m && rc_ctx_create(&c, m, &e) == RC_OK)
                check(rc_vqa(c, v, v, probs) == RC_OK && !strcmp(rc_model_vqa_answer(m, A - 1), "answer 65535"),
                      "rc_vqa over RC_VQA_MAX_ANSWERS answers: %s", rc_ctx_error(c));
            rc_ctx_free(c); rc_model_free(m); free(probs);
        } else
            check(load_msg(file, n, msg, sizeof msg) == RC_ERR_VALUE && strstr(msg, "entries"), "RC_VQA_MAX_ANSWERS + 1 answers -> RC_ERR_VALUE (%s)", msg);
        free(raw); free(file);
    }
    for (k = 0; k < 2; k++) {                 /* answer 1 of 1024 / 1025 bytes, 8 answers */
        new_kv kv; size_t n, raw_len; unsigned char *raw, *file;
        const rc__gguf_kv *old = rc__gguf_find_kv(&g, "regionclip.vqa.answers");
        long_answer = 1024 + (size_t)k;
        raw = string_array(old->count, answer_long, &raw_len);
        kv.key = "regionclip.vqa.answers"; kv.raw = raw; kv.raw_len = raw_len;
        file = rewrite(&g, &kv, 1, NULL, 0, NULL, &n);
        if (k == 0) check(load_msg(file, n, msg, sizeof msg) == RC_OK, "a VQA answer of 1024 bytes loads (%s)", msg);
        else check(load_msg(file, n, msg, sizeof msg) == RC_ERR_VALUE && strstr(msg, "1024"), "a VQA answer of 1025 bytes -> RC_ERR_VALUE (%s)", msg);
        free(raw); free(file);
    }
    rc__gguf_free(&g, &al);
}

/* A copy of bytes (g's file or a copy of it) with the integer key set to v, in its own width. */
static unsigned char *with_int(const rc__gguf *g, const unsigned char *bytes, size_t size, const char *key, uint64_t v) {
    const rc__gguf_kv *kv = rc__gguf_find_kv(g, key);
    unsigned char *b = (unsigned char *)malloc(size);
    size_t at = (size_t)(kv->value - g->base), w = rc__gguf_scalar_size(kv->type), i;
    memcpy(b, bytes, size);
    for (i = 0; i < w; i++) b[at + i] = (unsigned char)(v >> 8 * i);
    return b;
}

/* Configuration ranges: each key at its upper limit passes the range check (the load then
   fails for another reason: the tensors do not have that shape), one more is refused. */
static void bounds_config(const model_arg *a) {
    static const struct { const char *key; uint64_t hi; } keys[] = {
        {"regionclip.embed_dim", 16384}, {"regionclip.vision.width", 16384}, {"regionclip.text.width", 16384},
        {"regionclip.vision.layers", 256}, {"regionclip.text.layers", 256}, {"regionclip.vision.heads", 1024},
        {"regionclip.text.heads", 1024}, {"regionclip.vision.mlp_dim", 65536}, {"regionclip.text.mlp_dim", 65536},
        {"regionclip.vision.image_size", 4096}, {"regionclip.vision.patch_size", 1024},
        {"regionclip.text.context_length", 8192}, {"regionclip.text.vocab_size", 1 << 24}};
    rc__gguf g; rc__alloc al = rc__resolve_alloc(NULL); rc_error e; char msg[256], want[128];
    size_t k; uint64_t lo, hi, P;
    if (rc__gguf_parse(&g, a->bytes, a->size, &al, &e)) { check(0, "bounds: parse"); return; }
    for (k = 0; k < sizeof keys / sizeof keys[0]; k++) {
        unsigned char *b;
        rc_status s;
        b = with_int(&g, a->bytes, a->size, keys[k].key, keys[k].hi);
        s = load_msg(b, a->size, msg, sizeof msg);
        snprintf(want, sizeof want, "'%s' = ", keys[k].key);
        check(s != RC_OK && !strstr(msg, want), "%s = %llu passes the range check (then: %s)", keys[k].key,
              (unsigned long long)keys[k].hi, msg);
        free(b);
        b = with_int(&g, a->bytes, a->size, keys[k].key, keys[k].hi + 1);
        snprintf(want, sizeof want, "'%s' = %llu outside", keys[k].key, (unsigned long long)keys[k].hi + 1);
        s = load_msg(b, a->size, msg, sizeof msg);
        check(s == RC_ERR_VALUE && strstr(msg, want), "%s = %llu -> RC_ERR_VALUE (%s)", keys[k].key, (unsigned long long)keys[k].hi + 1, msg);
        free(b);
    }
    /* patches per side: 128 accepted, 129 refused */
    P = (uint64_t)rc__le32(rc__gguf_find_kv(&g, "regionclip.vision.patch_size")->value);
    if (129 * P <= 4096) {
        unsigned char *b = with_int(&g, a->bytes, a->size, "regionclip.vision.image_size", 128 * P);
        check(load_msg(b, a->size, msg, sizeof msg) != RC_OK && !strstr(msg, "patches per side"), "128 patches per side pass (then: %s)", msg);
        free(b);
        b = with_int(&g, a->bytes, a->size, "regionclip.vision.image_size", 129 * P);
        check(load_msg(b, a->size, msg, sizeof msg) == RC_ERR_VALUE && strstr(msg, "patches per side"), "129 patches per side -> RC_ERR_VALUE (%s)", msg);
        free(b);
    }
    /* scratch: with the text mlp_dim at 65536, the largest context whose scratch is within
       4 GiB passes, the next one is refused naming the bytes */
    {
        unsigned char *b = with_int(&g, a->bytes, a->size, "regionclip.text.mlp_dim", 65536), *b2;
        lo = 2; hi = 8192;   /* invariant: lo passes, hi is refused */
        while (hi - lo > 1) {
            uint64_t mid = (lo + hi) / 2;
            b2 = with_int(&g, b, a->size, "regionclip.text.context_length", mid);
            if (strstr((load_msg(b2, a->size, msg, sizeof msg), msg), "scratch")) hi = mid; else lo = mid;
            free(b2);
        }
        b2 = with_int(&g, b, a->size, "regionclip.text.context_length", hi);
        check(load_msg(b2, a->size, msg, sizeof msg) == RC_ERR_VALUE && strstr(msg, "scratch") && strstr(msg, "limit 4294967296"),
              "scratch: context %llu (mlp 65536) -> RC_ERR_VALUE (%s)", (unsigned long long)hi, msg);
        free(b2);
        b2 = with_int(&g, b, a->size, "regionclip.text.context_length", lo);
        check(load_msg(b2, a->size, msg, sizeof msg) != RC_OK && !strstr(msg, "scratch"), "scratch: context %llu (mlp 65536) passes (then: %s)",
              (unsigned long long)lo, msg);
        printf("  scratch limit: text mlp_dim 65536 allows context_length <= %llu\n", (unsigned long long)lo);
        free(b2); free(b);
    }
    rc__gguf_free(&g, &al);
}

/* A minimal GGUF: n_kv u32 keys, n_t one-float tensors, alignment (0: no key). */
static unsigned char *tiny_gguf(uint64_t n_kv, uint64_t n_t, uint32_t alignment, size_t *size) {
    wbuf w = {NULL, 0, 0};
    uint64_t i;
    char name[32];
    size_t al = alignment ? alignment : 32;
    wb_bytes(&w, "GGUF", 4); wb_u32(&w, 3); wb_u64(&w, n_t); wb_u64(&w, n_kv + (alignment != 0));
    if (alignment) { wb_str(&w, "general.alignment", 17); wb_u32(&w, RC__GGUF_UINT32); wb_u32(&w, alignment); }
    for (i = 0; i < n_kv; i++) { int l = sprintf(name, "k%llu", (unsigned long long)i); wb_str(&w, name, (size_t)l); wb_u32(&w, RC__GGUF_UINT32); wb_u32(&w, 1); }
    for (i = 0; i < n_t; i++) {
        int l = sprintf(name, "t%llu", (unsigned long long)i);
        wb_str(&w, name, (size_t)l); wb_u32(&w, 1); wb_u64(&w, 1); wb_u32(&w, RC__TYPE_F32); wb_u64(&w, i * al);
    }
    wb_pad(&w, al);
    for (i = 0; i < n_t; i++) { wb_u32(&w, 0x3f800000u); wb_pad(&w, al); }
    *size = w.n;
    return w.p;
}

static rc_status parse_peak(const unsigned char *b, size_t n, size_t *peak, char *msg) {
    meter mt; rc_allocator ra = meter_allocator(&mt, (size_t)-1); rc__alloc a = rc__resolve_alloc(&ra);
    rc__gguf g; rc_error e; rc_status s = rc__gguf_parse(&g, b, n, &a, &e);
    if (s == RC_OK) rc__gguf_free(&g, &a);
    strcpy(msg, s ? e.message : "");
    *peak = mt.peak;
    return s;
}

/* GGUF structure: tensor and key counts at RC__GGUF_MAX_TENSORS / RC__GGUF_MAX_KV and one
   more; array nesting; alignment; dimensions; a tensor ending at the end of the file; a string
   reaching it. The parser's tables at the count limits, against their documented size. */
static void bounds_gguf(void) {
    size_t n, peak; unsigned char *b; char msg[256]; rc__gguf g; rc__alloc a = rc__resolve_alloc(NULL); rc_error e;
    wbuf w = {NULL, 0, 0};
    int depth;
    b = tiny_gguf(0, RC__GGUF_MAX_TENSORS, 0, &n);
    check(parse_peak(b, n, &peak, msg) == RC_OK, "RC__GGUF_MAX_TENSORS tensors parse (%s)", msg);
    printf("  %d tensors: %zu bytes of parser tables for a %zu-byte file\n", RC__GGUF_MAX_TENSORS, peak, n);
    check(peak <= (size_t)RC__GGUF_MAX_TENSORS * 128, "tables of RC__GGUF_MAX_TENSORS tensors: %zu bytes (bound 128 per tensor)", peak);
    free(b);
    b = tiny_gguf(0, RC__GGUF_MAX_TENSORS + 1, 0, &n);
    check(parse_peak(b, n, &peak, msg) == RC_ERR_TOO_LONG && peak == 0, "RC__GGUF_MAX_TENSORS + 1 tensors -> RC_ERR_TOO_LONG before allocating (%s)", msg);
    free(b);
    b = tiny_gguf(RC__GGUF_MAX_KV, 0, 0, &n);
    check(parse_peak(b, n, &peak, msg) == RC_OK, "RC__GGUF_MAX_KV keys parse (%s)", msg);
    printf("  %d keys: %zu bytes of parser tables for a %zu-byte file\n", RC__GGUF_MAX_KV, peak, n);
    check(peak <= (size_t)RC__GGUF_MAX_KV * 48, "tables of RC__GGUF_MAX_KV keys: %zu bytes (bound 48 per key)", peak);
    free(b);
    b = tiny_gguf(RC__GGUF_MAX_KV + 1, 0, 0, &n);
    check(parse_peak(b, n, &peak, msg) == RC_ERR_TOO_LONG && peak == 0, "RC__GGUF_MAX_KV + 1 keys -> RC_ERR_TOO_LONG before allocating (%s)", msg);
    free(b);
    b = tiny_gguf(0, 3, 65536, &n);
    check(parse_peak(b, n, &peak, msg) == RC_OK, "alignment 65536 (%s)", msg);
    free(b);
    b = tiny_gguf(0, 1, 131072, &n);
    check(parse_peak(b, n, &peak, msg) == RC_ERR_ALIGN, "alignment 131072 -> RC_ERR_ALIGN (%s)", msg);
    free(b);
    /* a one-float tensor whose data ends at the last byte of the file; one byte less */
    b = tiny_gguf(0, 1, 0, &n);
    check(parse_peak(b, n - 28, &peak, msg) == RC_OK, "tensor ending at the end of the file (%s)", msg);
    check(parse_peak(b, n - 29, &peak, msg) == RC_ERR_BOUNDS, "tensor one byte past the end -> RC_ERR_BOUNDS (%s)", msg);
    free(b);
    for (depth = 1; depth <= 4; depth++) {     /* key "a": arrays nested `depth` deep, innermost [u8 7] */
        int d;
        w.n = 0;
        wb_bytes(&w, "GGUF", 4); wb_u32(&w, 3); wb_u64(&w, 0); wb_u64(&w, 1); wb_str(&w, "a", 1); wb_u32(&w, RC__GGUF_ARRAY);
        for (d = 1; d < depth; d++) { wb_u32(&w, RC__GGUF_ARRAY); wb_u64(&w, 1); }
        wb_u32(&w, RC__GGUF_UINT8); wb_u64(&w, 1); wb_bytes(&w, "\x07", 1);
        if (depth <= 3) check(parse_peak(w.p, w.n, &peak, msg) == RC_OK, "arrays nested %d deep (%s)", depth, msg);
        else check(parse_peak(w.p, w.n, &peak, msg) == RC_ERR_FORMAT, "arrays nested 4 deep -> RC_ERR_FORMAT (%s)", msg);
    }
    /* a string value reaching the last byte; one byte longer */
    w.n = 0;
    wb_bytes(&w, "GGUF", 4); wb_u32(&w, 3); wb_u64(&w, 0); wb_u64(&w, 1); wb_str(&w, "s", 1); wb_u32(&w, RC__GGUF_STRING);
    wb_str(&w, "hello", 5);
    check(parse_peak(w.p, w.n, &peak, msg) == RC_OK, "string ending at the end of the file (%s)", msg);
    w.p[w.n - 13] = 6;
    check(parse_peak(w.p, w.n, &peak, msg) == RC_ERR_TRUNCATED, "string one byte past the end -> RC_ERR_TRUNCATED (%s)", msg);
    /* dimensions: 4 accepted, 5 refused */
    for (depth = 4; depth <= 5; depth++) {
        int d;
        w.n = 0;
        wb_bytes(&w, "GGUF", 4); wb_u32(&w, 3); wb_u64(&w, 1); wb_u64(&w, 0); wb_str(&w, "t", 1); wb_u32(&w, (uint32_t)depth);
        for (d = 0; d < depth; d++) wb_u64(&w, 1);
        wb_u32(&w, RC__TYPE_F32); wb_u64(&w, 0); wb_pad(&w, 32); wb_u32(&w, 0);
        if (depth == 4) check(rc__gguf_parse(&g, w.p, w.n, &a, &e) == RC_OK, "a tensor of 4 dimensions");
        else check(rc__gguf_parse(&g, w.p, w.n, &a, &e) == RC_ERR_FORMAT, "a tensor of 5 dimensions -> RC_ERR_FORMAT");
        if (depth == 4) rc__gguf_free(&g, &a);
    }
    free(w.p);
}

/* The memory a load takes from the allocator, against the documented bound: at most 4 times
   the file's size plus 1 MiB (file loader: the file's copy included). */
static void bounds_load_memory(const model_arg *a) {
    meter mt; rc_allocator al = meter_allocator(&mt, (size_t)-1); rc_model *m = NULL; rc_error e;
    size_t bound = 4 * a->size + ((size_t)1 << 20), p_mem, p_file;
    rc_model_load_memory(&m, a->bytes, a->size, &al, &e); rc_model_free(m); m = NULL;
    p_mem = mt.peak; mt.peak = 0;
    rc_model_load_file(&m, a->path, &al, &e); rc_model_free(m);
    p_file = mt.peak;
    printf("  %s: %zu bytes, load from memory takes %zu, from the file %zu\n", a->path, a->size, p_mem, p_file);
    check(p_mem <= bound && p_file <= bound, "%s: loading takes at most 4 x the file + 1 MiB (%zu, %zu)", a->path, p_mem, p_file);
}

/* Training configuration: each range's upper end accepted (created, or RC_ERR_NOMEM from an
   allocator refusing blocks over 256 MiB: the range check passed), one more RC_ERR_VALUE. */
static void bounds_train(const model_arg *a) {
    rc_model *m = NULL; rc_error e; meter mt; rc_allocator al = meter_allocator(&mt, (size_t)256 << 20);
    int k, past;
    if (rc_model_load_memory(&m, a->bytes, a->size, &al, &e)) { check(0, "bounds: load %s", e.message); return; }
    for (k = 0; k < 5; k++)
        for (past = 0; past < 2; past++) {
            static const char *names[5] = {"max_batch 4096", "max_regions 65536", "max_negatives 1024", "max_questions 65536", "n_stages 8"};
            rc_train_config c = rc_train_config_default();
            rc_trainer *t = NULL;
            rc_status s;
            int i;
            if (k == 0) c.max_batch = 4096 + past;
            if (k == 1) c.max_regions = 65536 + past;
            if (k == 2) c.max_negatives = 1024 + past;
            if (k == 3) c.max_questions = 65536 + past;
            if (k == 4) {
                c.n_stages = 8 + past;
                for (i = 0; i < RC_TRAIN_MAX_STAGES; i++) { c.stages[i] = c.stages[0]; c.stages[i].steps = 1; c.stages[i].lr = 1e-4f; c.stages[i].w_global = 1.0f; }
            }
            s = rc_trainer_create(&t, m, &c, &e);
            if (!past) check(s == RC_OK || s == RC_ERR_NOMEM, "%s accepted (%s)", names[k], s ? e.message : "created");
            else check(s == RC_ERR_VALUE && t == NULL, "one past %s -> RC_ERR_VALUE (%s)", names[k], e.message);
            rc_trainer_free(t);
        }
    rc_model_free(m);
}

#include <time.h>
static void lap(const char *what) {
    static double last;
    double now = (double)clock() / CLOCKS_PER_SEC;
    if (getenv("FAULTS_TIMES")) printf("  [%s: %.1f s]\n", what, now - last);
    last = now;
}

int main(int argc, char **argv) {
    int i;
    if (argc < 3) { fprintf(stderr, "usage: test_faults WORK_DIR MODEL.gguf...\n"); return 2; }
    snprintf(work_dir, sizeof work_dir, "%s", argv[1]);
    mkdir(work_dir, 0777);                  /* may exist */
    setvbuf(stdout, NULL, _IOLBF, 0);       /* progress visible in the step's log */
    make_images();
    lap("start");
    bounds_gguf(); lap("gguf bounds");
    for (i = 2; i < argc; i++) {
        model_arg a;
        rc_model *m = NULL; rc_error e; rc_model_info info;
        a.path = argv[i];
        if (!(a.bytes = read_all(a.path, &a.size))) { printf("cannot read %s\n", a.path); return 2; }
        if (rc_model_load_memory(&m, a.bytes, a.size, NULL, &e)) { printf("%s: %s\n", a.path, e.message); return 2; }
        info = rc_model_get_info(m);
        rc_model_free(m);
        printf("%s\n", a.path);
        inject("rc_model_load_file", seq_load_file, &a); lap("load file");
        inject("rc_model_load_memory", seq_load_memory, &a); lap("load memory");
        inject("rc_model_load_mmap", seq_load_mmap, &a); lap("load mmap");
        inject("inference calls", seq_infer, &a); lap("inference");
        inject("training, checkpoint, resume", seq_train, &a); lap("training");
        bounds_load_memory(&a); lap("load memory bound");
        bounds_text(NULL, &a); lap("text bounds");
        bounds_image(&a); lap("image bounds");
        bounds_config(&a); lap("config bounds");
        bounds_train(&a); lap("train bounds");
        bounds_regions(&a); lap("region bounds");
        if (info.vqa_answers) { bounds_vqa(&a); lap("vqa bounds"); }
        free((void *)a.bytes);
    }
    free(tape);
    printf("faults: %d passed, %d failed\n", n_pass, n_fail);
    return n_fail != 0;
}
