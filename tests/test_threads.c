/* Many threads on one model: for each MODEL, one rc_model is shared by T threads (default 8),
   each with its own rc_ctx, each running every job R rounds (a different job order per
   thread). A job is one image (RGB8, GRAY8, GRAY16 or RGBA8 pixels) and three texts through
   tokenize + encode_texts, encode_images, encode_regions (align and crop, with fused),
   rc_ground, rc_zeroshot and, when the model has a VQA head, rc_vqa. Asserted: every call
   succeeds and every output is bit-identical to the same job run first on one thread.
   make test runs it built with -fsanitize=thread (no OpenMP: GCC's libgomp is not built for
   ThreadSanitizer and its barriers are reported as races), so a data race in the library is
   a report and a failed run; and built with -fopenmp, where each call's OpenMP team runs
   inside the T threads, for bit-identity.

   usage: test_threads [-t THREADS] [-r ROUNDS] MODEL.gguf...
   Prints "threads: N passed, M failed". */
#define _POSIX_C_SOURCE 200809L
#define REGIONCLIP_IMPLEMENTATION
#include "../regionclip.h"
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N_JOBS 4
#define N_TEXTS 3
#define N_BOXES 2

typedef struct job {
    rc_image image;
    void *pixels;
    rc_box boxes[N_BOXES];
} job;

typedef struct shared {
    const rc_model *model;
    job jobs[N_JOBS];
    float *want[N_JOBS];   /* [out_len] results of the single-thread run */
    size_t out_len;        /* floats per job */
    int rounds;
} shared;

typedef struct worker {
    shared *s;
    int id, n_calls, n_mismatch;
    char error[512];
} worker;

static const char *const texts[N_TEXTS] = {"a nodule in the right upper lobe", "normal lungs", "a small effusion"};

static size_t out_len(const rc_model *m) {
    rc_model_info info = rc_model_get_info(m);
    size_t E = (size_t)info.embed_dim, G = (size_t)(info.image_size / info.patch_size);
    return E * N_TEXTS + E + 2 * (E * N_BOXES + 2 * E) + G * G + N_TEXTS + (size_t)info.vqa_answers;
}

/* Runs job j on ctx into out[out_len]; returns 0, or 1 with why filled. */
static int run_job(rc_ctx *ctx, const rc_model *m, const job *jb, float *out, char *why, size_t cap) {
    rc_model_info info = rc_model_get_info(m);
    size_t E = (size_t)info.embed_dim, G = (size_t)(info.image_size / info.patch_size);
    float *text = out, *img = text + E * N_TEXTS, *p = img + E, *fused_align, *grid, *probs;
    rc_region_opts o = rc_region_opts_default();
    int mode;
    rc_status s;
#define RUN(call) do { if ((s = (call)) != RC_OK) { snprintf(why, cap, "%.60s: %.300s", #call, rc_ctx_error(ctx)); return 1; } } while (0)
    RUN(rc_encode_texts(ctx, texts, N_TEXTS, text, 1));
    RUN(rc_encode_images(ctx, &jb->image, 1, img, 1));
    fused_align = p + E * N_BOXES + E;
    for (mode = 0; mode < 2; mode++) {
        float *regions = p, *global = p + E * N_BOXES, *fused = global + E;
        o.mode = mode ? RC_REGION_CROP : RC_REGION_ALIGN;
        RUN(rc_encode_regions(ctx, &jb->image, jb->boxes, N_BOXES, &o, regions, global, fused, 1));
        p += E * N_BOXES + 2 * E;
    }
    grid = p;
    RUN(rc_ground(ctx, &jb->image, text, grid, NULL, 0.0f));
    probs = grid + G * G;
    if ((s = rc_zeroshot(img, text, N_TEXTS, (int)E, rc_model_get_info(m).logit_scale, probs)) != RC_OK) {
        snprintf(why, cap, "rc_zeroshot: %s", rc_status_name(s));
        return 1;
    }
    if (info.vqa_answers > 0) RUN(rc_vqa(ctx, fused_align, text, probs + N_TEXTS));
#undef RUN
    return 0;
}

static void *work(void *arg) {
    worker *w = (worker *)arg;
    shared *s = w->s;
    rc_ctx *ctx;
    rc_error err;
    float *got = (float *)malloc(s->out_len * sizeof(float));
    int r, k;
    if (!got || rc_ctx_create(&ctx, s->model, &err)) {
        snprintf(w->error, sizeof w->error, "context: %s", got ? err.message : "out of memory");
        free(got);
        return NULL;
    }
    for (r = 0; r < s->rounds && !w->error[0]; r++)
        for (k = 0; k < N_JOBS && !w->error[0]; k++) {
            int j = (k + w->id + r) % N_JOBS;
            memset(got, 0xff, s->out_len * sizeof(float));
            if (run_job(ctx, s->model, &s->jobs[j], got, w->error, sizeof w->error)) break;
            w->n_calls++;
            if (memcmp(got, s->want[j], s->out_len * sizeof(float))) w->n_mismatch++;
        }
    rc_ctx_free(ctx);
    free(got);
    return NULL;
}

/* Job j's image: 41 + 7j by 37 + 5j pixels, a fixed pseudo-random pattern, format by j. */
static int make_job(job *jb, int j) {
    static const rc_pixel_format formats[N_JOBS] = {RC_PIXEL_RGB8, RC_PIXEL_GRAY8, RC_PIXEL_GRAY16, RC_PIXEL_RGBA8};
    int w = 41 + 7 * j, h = 37 + 5 * j;
    size_t bpp = formats[j] == RC_PIXEL_RGB8 ? 3 : formats[j] == RC_PIXEL_RGBA8 ? 4 : formats[j] == RC_PIXEL_GRAY16 ? 2 : 1, i;
    uint32_t x = 2463534242u + (uint32_t)j;
    uint8_t *px = (uint8_t *)malloc((size_t)w * h * bpp);
    if (!px) return 1;
    for (i = 0; i < (size_t)w * h * bpp; i++) { x ^= x << 13; x ^= x >> 17; x ^= x << 5; px[i] = (uint8_t)(x >> 11); }
    memset(&jb->image, 0, sizeof jb->image);
    jb->pixels = px;
    jb->image.pixels = px;
    jb->image.width = w; jb->image.height = h;
    jb->image.stride = (size_t)w * bpp;
    jb->image.format = formats[j];
    jb->boxes[0].x0 = 0.25f * w; jb->boxes[0].y0 = 0.3f * h; jb->boxes[0].x1 = 0.6f * w; jb->boxes[0].y1 = 0.7f * h;
    jb->boxes[1].x0 = 0.5f * w; jb->boxes[1].y0 = 0.4f * h; jb->boxes[1].x1 = 0.75f * w; jb->boxes[1].y1 = 0.65f * h;
    return 0;
}

int main(int argc, char **argv) {
    int threads = 8, rounds = 2, a, n_pass = 0, n_fail = 0;
    for (a = 1; a < argc && argv[a][0] == '-'; a += 2) {
        if (a + 1 >= argc) break;
        if (!strcmp(argv[a], "-t")) threads = atoi(argv[a + 1]);
        else if (!strcmp(argv[a], "-r")) rounds = atoi(argv[a + 1]);
    }
    if (a >= argc || threads < 1 || threads > 64 || rounds < 1) {
        fprintf(stderr, "usage: test_threads [-t THREADS] [-r ROUNDS] MODEL.gguf...\n");
        return 2;
    }
    for (; a < argc; a++) {
        shared s;
        rc_model *m;
        rc_ctx *ctx;
        rc_error err;
        worker ws[64];
        pthread_t tid[64];
        char why[512] = "";
        int j, t, calls = 0, mismatches = 0, errors = 0;
        memset(&s, 0, sizeof s);
        if (rc_model_load_mmap(&m, argv[a], NULL, &err) || rc_ctx_create(&ctx, m, &err)) {
            printf("FAIL %s: %s\n", argv[a], err.message);
            n_fail++;
            continue;
        }
        s.model = m; s.rounds = rounds; s.out_len = out_len(m);
        for (j = 0; j < N_JOBS; j++) {
            if (make_job(&s.jobs[j], j) || !(s.want[j] = (float *)malloc(s.out_len * sizeof(float)))) { strcpy(why, "out of memory"); break; }
            if (run_job(ctx, m, &s.jobs[j], s.want[j], why, sizeof why)) break;
        }
        rc_ctx_free(ctx);
        if (!why[0]) {
            for (t = 0; t < threads; t++) {
                memset(&ws[t], 0, sizeof ws[t]);
                ws[t].s = &s; ws[t].id = t;
                if (pthread_create(&tid[t], NULL, work, &ws[t])) { threads = t; strcpy(why, "pthread_create failed"); break; }
            }
            for (t = 0; t < threads; t++) {
                pthread_join(tid[t], NULL);
                calls += ws[t].n_calls; mismatches += ws[t].n_mismatch;
                if (ws[t].error[0]) { errors++; printf("  thread %d: %s\n", t, ws[t].error); }
            }
        }
        if (!why[0] && !errors && !mismatches && calls == threads * rounds * N_JOBS) {
            n_pass++;
            printf("ok   %s: %d threads x %d rounds x %d jobs, every output bit-identical to one thread (vqa %s)\n",
                   argv[a], threads, rounds, N_JOBS, rc_model_get_info(m).vqa_answers ? "yes" : "none");
        } else {
            n_fail++;
            printf("FAIL %s: %s%d of %d job runs differ, %d threads failed\n", argv[a], why, mismatches, calls, errors);
        }
        for (j = 0; j < N_JOBS; j++) { free(s.jobs[j].pixels); free(s.want[j]); }
        rc_model_free(m);
    }
    printf("threads: %d passed, %d failed\n", n_pass, n_fail);
    return n_fail != 0;
}
