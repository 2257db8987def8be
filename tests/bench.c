/* Times image and text encoding of a model: prints one line per case,
   "image B=<n> <ms> ms" / "text B=<n> len=<tokens> <ms> ms" (median of repeats).
   usage: bench MODEL [REPEATS]   — the thread count comes from OMP_NUM_THREADS. */
#define _POSIX_C_SOURCE 199309L
#define REGIONCLIP_IMPLEMENTATION
#include "../regionclip.h"
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}
static int cmp_d(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv) {
    rc_model *m; rc_ctx *c; rc_error e; rc_model_info info;
    int reps = argc > 2 ? atoi(argv[2]) : 5, b, r, i, lens[2] = {8, 0};
    float *pix, *out; int32_t *ids; double t[64];
    if (argc < 2) { fprintf(stderr, "usage: bench MODEL [REPEATS]\n"); return 2; }
    if (rc_model_load_mmap(&m, argv[1], NULL, &e) || rc_ctx_create(&c, m, &e)) { fprintf(stderr, "%s\n", e.message); return 1; }
    info = rc_model_get_info(m);
    lens[1] = info.context_length;
    if (reps > 64) reps = 64;
    pix = (float *)malloc(sizeof(float) * 8 * 3 * info.image_size * info.image_size);
    out = (float *)malloc(sizeof(float) * 8 * info.embed_dim);
    ids = (int32_t *)calloc((size_t)8 * info.context_length, sizeof(int32_t));
    srand(1);
    for (i = 0; i < 8 * 3 * info.image_size * info.image_size; i++) pix[i] = (float)rand() / RAND_MAX - 0.5f;
    for (b = 1; b <= 8; b += 7) {
        rc_encode_pixels(c, pix, b, out, 1);   /* warm-up */
        for (r = 0; r < reps; r++) { double t0 = now_ms(); rc_encode_pixels(c, pix, b, out, 1); t[r] = now_ms() - t0; }
        qsort(t, (size_t)reps, sizeof t[0], cmp_d);
        printf("image B=%d %.2f ms\n", b, t[reps / 2]);
    }
    for (i = 0; i < 2; i++) {
        int L = lens[i], k, s;
        for (s = 0; s < 8; s++) {  /* start, L-2 ordinary ids, end token (the largest id) */
            for (k = 0; k < info.context_length; k++) ids[s * info.context_length + k] = 0;
            ids[s * info.context_length] = info.vocab_size - 2;
            for (k = 1; k < L - 1; k++) ids[s * info.context_length + k] = 1000 + k;
            ids[s * info.context_length + L - 1] = info.vocab_size - 1;
        }
        for (b = 1; b <= 8; b += 7) {
            rc_encode_tokens(c, ids, b, out, 1);
            for (r = 0; r < reps; r++) { double t0 = now_ms(); rc_encode_tokens(c, ids, b, out, 1); t[r] = now_ms() - t0; }
            qsort(t, (size_t)reps, sizeof t[0], cmp_d);
            printf("text B=%d len=%d %.2f ms\n", b, L, t[reps / 2]);
        }
    }
    rc_ctx_free(c); rc_model_free(m); free(pix); free(out); free(ids);
    return 0;
}
