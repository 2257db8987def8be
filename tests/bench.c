/* Times image and text encoding of a model: prints one line per case (median of repeats after
   one warm-up run), in the format tests/bench_torch.py prints for the reference:
       image B=<n> <ms> ms                (B random images at the model's size)
       text B=<n> len=<tokens> <ms> ms    (B copies of TEXT, tokenized by the model's tokenizer)
       regions MODE R=<n> <ms> ms         (--regions: rc_encode_regions of a REGION_W x REGION_H
                                           RGB8 image with R boxes, region_box(), align and crop)
       train B=8 len=<tokens> <ms> ms     (--train: one rc_train_step of 8 random images and 8
                                           copies of TEXT: InfoNCE, backward, AdamW; images/s
                                           on stderr)
   usage: bench [--regions] MODEL [REPEATS [TEXT...]]
          bench --train MODEL REPEATS TEXT       — threads come from OMP_NUM_THREADS. */
#define _POSIX_C_SOURCE 199309L
#define REGIONCLIP_TRAINING
#define REGIONCLIP_IMPLEMENTATION
#include "../regionclip.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { MAX_REPEATS = 64, MAX_BATCH = 8, MAX_BOXES = 16, REGION_W = 640, REGION_H = 480 };

static double now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}
static int cmp_d(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

typedef rc_status (*encode_fn)(rc_ctx *c, const void *in, int n, float *out);
static rc_status encode_pixels(rc_ctx *c, const void *in, int n, float *out) { return rc_encode_pixels(c, (const float *)in, n, out, 1); }
static rc_status encode_tokens(rc_ctx *c, const void *in, int n, float *out) { return rc_encode_tokens(c, (const int32_t *)in, n, out, 1); }

/* Box i of the region cases (the same formula as tests/bench_torch.py's region_box). */
static rc_box region_box(int i) {
    rc_box b;
    float side = 96.0f + (float)(i * 13 % 64);
    b.x0 = (float)(i * 37 % (REGION_W - 160)); b.y0 = (float)(i * 53 % (REGION_H - 160));
    b.x1 = b.x0 + side; b.y1 = b.y0 + side;
    return b;
}

/* One timed call: the regions of `image`, the fused embedding included when the model has
   fusion tensors (identity otherwise), as a user asking for both would call it. */
typedef struct region_job { rc_image image; rc_box boxes[MAX_BOXES]; rc_region_opts opts; float *global, *fused; } region_job;
static rc_status encode_regions(rc_ctx *c, const void *in, int n, float *out) {
    const region_job *j = (const region_job *)in;
    return rc_encode_regions(c, &j->image, j->boxes, n, &j->opts, out, j->global, j->fused, 1);
}

/* Median time in ms of encode(c, in, n, out) over reps runs after one warm-up; < 0 on error. */
static double median_ms(rc_ctx *c, encode_fn encode, const void *in, int n, float *out, int reps) {
    double t[MAX_REPEATS]; int r;
    if (encode(c, in, n, out)) return -1.0;
    for (r = 0; r < reps; r++) {
        double t0 = now_ms();
        if (encode(c, in, n, out)) return -1.0;
        t[r] = now_ms() - t0;
    }
    qsort(t, (size_t)reps, sizeof t[0], cmp_d);
    return t[reps / 2];
}

/* --train: the median of reps training steps (after one warm-up step) at batch MAX_BATCH. */
static int bench_train(const char *path, int reps, const char *text) {
    rc_model *m; rc_ctx *c; rc_trainer *t; rc_error e; rc_model_info info;
    rc_train_config cfg = rc_train_config_default();
    rc_train_stats st = {0};
    double times[MAX_REPEATS];
    int i, n_tokens = 0;
    size_t n_pix;
    float *pix; int32_t *ids;
    if (rc_model_load_mmap(&m, path, NULL, &e) || rc_ctx_create(&c, m, &e)) { fprintf(stderr, "%s\n", e.message); return 1; }
    info = rc_model_get_info(m);
    cfg.max_batch = MAX_BATCH; cfg.lr = 1e-5f; cfg.warmup_steps = 1; cfg.total_steps = 1000;
    if (rc_trainer_create(&t, m, &cfg, &e)) { fprintf(stderr, "%s\n", e.message); return 1; }
    n_pix = (size_t)MAX_BATCH * 3 * info.image_size * info.image_size;
    pix = (float *)malloc(sizeof(float) * n_pix);
    ids = (int32_t *)malloc(sizeof(int32_t) * MAX_BATCH * info.context_length);
    if (!pix || !ids) { fprintf(stderr, "out of memory\n"); return 1; }
    srand(1);
    for (i = 0; i < (int)n_pix; i++) pix[i] = (float)rand() / RAND_MAX - 0.5f;
    if (rc_tokenize(c, text, (size_t)-1, ids, &n_tokens)) { fprintf(stderr, "%s\n", rc_ctx_error(c)); return 1; }
    for (i = 1; i < MAX_BATCH; i++) memcpy(ids + (size_t)i * info.context_length, ids, sizeof(int32_t) * info.context_length);
    for (i = -1; i < reps; i++) {          /* i = -1: warm-up */
        double t0 = now_ms();
        if (rc_train_step(t, pix, ids, MAX_BATCH, &st)) { fprintf(stderr, "%s\n", rc_trainer_error(t)); return 1; }
        if (i >= 0) times[i] = now_ms() - t0;
    }
    qsort(times, (size_t)reps, sizeof times[0], cmp_d);
    printf("train B=%d len=%d %.2f ms\n", MAX_BATCH, n_tokens, times[reps / 2]);
    fprintf(stderr, "regionclip: %.2f images/s (loss %.4f)\n", MAX_BATCH * 1e3 / times[reps / 2], st.loss);
    rc_trainer_free(t); rc_ctx_free(c); rc_model_free(m); free(pix); free(ids);
    return 0;
}

int main(int argc, char **argv) {
    static const int batches[] = {1, MAX_BATCH};
    static const int n_boxes[] = {1, 4, MAX_BOXES};
    rc_model *m; rc_ctx *c; rc_error e; rc_model_info info;
    int with_regions = argc > 1 && !strcmp(argv[1], "--regions");
    int reps, a, b, i, n_tokens, status = 0;
    size_t n_pix;
    float *pix, *out; int32_t *ids;
    if (argc == 5 && !strcmp(argv[1], "--train")) {
        reps = atoi(argv[3]);
        if (reps < 1 || reps > MAX_REPEATS) { fprintf(stderr, "REPEATS must be 1..%d\n", MAX_REPEATS); return 2; }
        return bench_train(argv[2], reps, argv[4]);
    }
    argc -= with_regions; argv += with_regions;
    reps = argc > 2 ? atoi(argv[2]) : 5;
    if (argc < 2) { fprintf(stderr, "usage: bench [--regions] MODEL [REPEATS [TEXT...]]\n"); return 2; }
    if (reps < 1 || reps > MAX_REPEATS) { fprintf(stderr, "REPEATS must be 1..%d\n", MAX_REPEATS); return 2; }
    if (rc_model_load_mmap(&m, argv[1], NULL, &e) || rc_ctx_create(&c, m, &e)) { fprintf(stderr, "%s\n", e.message); return 1; }
    info = rc_model_get_info(m);
    n_pix = (size_t)MAX_BATCH * 3 * info.image_size * info.image_size;
    pix = (float *)malloc(sizeof(float) * n_pix);
    out = (float *)malloc(sizeof(float) * MAX_BOXES * info.embed_dim);
    ids = (int32_t *)malloc(sizeof(int32_t) * MAX_BATCH * info.context_length);
    if (!pix || !out || !ids) { fprintf(stderr, "out of memory\n"); return 1; }
    srand(1);
    for (i = 0; i < (int)n_pix; i++) pix[i] = (float)rand() / RAND_MAX - 0.5f;
    for (i = 0; i < 2 && !status; i++) {
        double ms = median_ms(c, encode_pixels, pix, batches[i], out, reps);
        if (ms < 0) status = 1;
        else printf("image B=%d %.2f ms\n", batches[i], ms);
        fflush(stdout);
    }
    for (a = 3; a < argc && !status; a++) {
        if (rc_tokenize(c, argv[a], (size_t)-1, ids, &n_tokens)) { status = 1; break; }
        for (b = 1; b < MAX_BATCH; b++) memcpy(ids + (size_t)b * info.context_length, ids, sizeof(int32_t) * info.context_length);
        for (i = 0; i < 2 && !status; i++) {
            double ms = median_ms(c, encode_tokens, ids, batches[i], out, reps);
            if (ms < 0) status = 1;
            else printf("text B=%d len=%d %.2f ms\n", batches[i], n_tokens, ms);
            fflush(stdout);
        }
    }
    if (with_regions && !status) {
        static unsigned char rgb[REGION_H][REGION_W][3];
        static region_job job;
        float *global = (float *)malloc(sizeof(float) * 2 * info.embed_dim);
        int mode;
        for (i = 0; i < REGION_W * REGION_H * 3; i++) (&rgb[0][0][0])[i] = (unsigned char)rand();
        job.image.pixels = rgb; job.image.width = REGION_W; job.image.height = REGION_H;
        job.image.stride = REGION_W * 3; job.image.format = RC_PIXEL_RGB8; job.global = global; job.fused = global + info.embed_dim;
        for (i = 0; i < MAX_BOXES; i++) job.boxes[i] = region_box(i);
        for (mode = RC_REGION_ALIGN; mode <= RC_REGION_CROP && global && !status; mode++)
            for (i = 0; i < 3 && !status; i++) {
                double ms;
                job.opts = rc_region_opts_default(); job.opts.mode = (rc_region_mode)mode;
                ms = median_ms(c, encode_regions, &job, n_boxes[i], out, reps);
                if (ms < 0) status = 1;
                else printf("regions %s R=%d %.2f ms\n", mode == RC_REGION_ALIGN ? "align" : "crop", n_boxes[i], ms);
                fflush(stdout);
            }
        free(global);
    }
    if (status) fprintf(stderr, "%s\n", rc_ctx_error(c));
    rc_ctx_free(c); rc_model_free(m); free(pix); free(out); free(ids);
    return status;
}
