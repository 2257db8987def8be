/* `make bench`, first table: the matmul kernel alone on ViT-B/16's shapes (M = 197 rows: one
   image's tokens; K x N = 768 x 2304 qkv, 768 x 768 out, 768 x 3072 fc, 3072 x 768 proj), one
   thread, for each weight type, in GFLOP/s (int8 paths: GOP/s) and as a share of the core's peak
   for the instruction that type's kernel uses, measured here first by a register-only loop (f32
   FMA; with AVX512-VNNI vpdpbusd for Q8_0 / Q4_0; with AVX512_BF16 vdpbf16ps for BF16; a type
   whose kernel is not built is measured against the f32 FMA peak). Weights and inputs are arbitrary (speed does not depend on them).
   cc -std=c99 -O3 -march=native -fopenmp tests/bench_matmul.c -o bench_matmul -lm  */
#define REGIONCLIP_IMPLEMENTATION
#include "../regionclip.h"
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static volatile float sink[12];   /* the peak loops write their accumulators here */
/* Peaks: 12 independent accumulators of the widest FMA / dot instruction, ops per second. */
#if defined(__AVX512F__)
#define PEAK_LOOP(type, init, step, per)                                                          \
    do {                                                                                          \
        type acc[12]; long it; int a; double t0;                                                  \
        for (a = 0; a < 12; a++) acc[a] = init;                                                   \
        t0 = now();                                                                               \
        for (it = 0; it < iters; it++) RC__UNROLL for (a = 0; a < 12; a++) acc[a] = step;        \
        peak = 12.0 * (per) * (double)iters / (now() - t0);                                       \
        for (a = 0; a < 12; a++) { float f; memcpy(&f, &acc[a], sizeof f); sink[a] = f; } /* live */ \
    } while (0)
#endif
static double peak_of(const char *what) {   /* 0: not on this build */
    double peak = 0.0; long iters = 50000000;

    (void)iters; (void)what;
#if defined(__AVX512F__)
    if (!strcmp(what, "fma")) {
        __m512 b = _mm512_set1_ps(0.999f), c = _mm512_set1_ps(0.001f);
        PEAK_LOOP(__m512, _mm512_set1_ps((float)a), _mm512_fmadd_ps(acc[a], b, c), 32);
    }
#if defined(__AVX512VNNI__)
    if (!strcmp(what, "vnni")) {
        __m512i b = _mm512_set1_epi8(3), c = _mm512_set1_epi8(5);
        PEAK_LOOP(__m512i, _mm512_set1_epi32(a), _mm512_dpbusd_epi32(acc[a], b, c), 128);
    }
#endif
#if defined(__AVX512BF16__)
    if (!strcmp(what, "bf16")) {
        __m512bh b = (__m512bh)_mm512_set1_epi16(0x3f80), c = (__m512bh)_mm512_set1_epi16(0x3a83);
        PEAK_LOOP(__m512, _mm512_set1_ps((float)a), _mm512_dpbf16_ps(acc[a], b, c), 64);
    }
#endif
#endif
    return peak / 1e9;
}

int main(void) {
    static const int shapes[4][2] = {{768, 2304}, {768, 768}, {768, 3072}, {3072, 768}};
    static const struct { int type; const char *name, *peak; } types[] = {
        {RC__TYPE_F32, "f32", "fma"}, {RC__TYPE_BF16, "bf16", "bf16"},
        {RC__TYPE_Q8_0, "q8_0", "vnni"}, {RC__TYPE_Q4_0, "q4_0", "vnni"}};
    const int n = 197;
    double fma = peak_of("fma"), vnni = peak_of("vnni"), bf16 = peak_of("bf16");
    int s, t, r;
    printf("matmul kernel (%s), 1 thread, M=%d; peaks measured here (AVX-512 only): f32 FMA %.1f GFLOP/s", RC__SIMD_NAME, n, fma);
    if (vnni > 0) printf(", int8 vpdpbusd %.1f GOP/s", vnni);
    if (bf16 > 0) printf(", bf16 vdpbf16ps %.1f GFLOP/s", bf16);
    printf("\n%-6s %-12s %10s %10s %8s\n", "type", "K x N", "ms", "GFLOP/s", "of peak");
    for (t = 0; t < 4; t++)
        for (s = 0; s < 4; s++) {
            int din = shapes[s][0], dout = shapes[s][1];
            size_t rb = types[t].type == RC__TYPE_F32 ? (size_t)din * 4 : types[t].type == RC__TYPE_BF16 ? (size_t)din * 2
                      : types[t].type == RC__TYPE_Q8_0 ? (size_t)din / 32 * 34 : (size_t)din / 32 * 18;
            float *in = (float *)malloc(sizeof(float) * n * din), *out = (float *)malloc(sizeof(float) * n * dout);
            float *pack = (float *)malloc(sizeof(float) * rc__matmul_scratch(1, (size_t)din));
            uint8_t *w = (uint8_t *)malloc(rb * dout);
            size_t qbytes = rc__qact_bytes((size_t)n, (size_t)din), i;
            void *qact = malloc(qbytes);
            rc__mm mm; rc__mat m;
            double best = 1e30, peak = !strcmp(types[t].peak, "vnni") && vnni > 0 ? vnni
                                     : !strcmp(types[t].peak, "bf16") && bf16 > 0 ? bf16 : fma;
            for (i = 0; i < (size_t)n * din; i++) in[i] = (float)(i * 7919 % 1000) / 1000.0f - 0.5f;
            for (i = 0; i < rb * dout; i++) w[i] = (uint8_t)(i * 31 % 251);
            if (types[t].type == RC__TYPE_F32)    /* finite floats in [-0.5, 0.5) */
                for (i = 0; i < (size_t)din * dout; i++) ((float *)(void *)w)[i] = (float)(i * 104729 % 1000) / 1000.0f - 0.5f;
            mm = rc__mm_over(pack, 1, (size_t)din, qact, qbytes);
            m.data = w; m.type = types[t].type; m.row_bytes = rb;
            for (r = 0; r < 7; r++) {
                double t0 = now(), dt;
                rc__matmul(out, in, m, NULL, n, din, dout, 0, &mm);
                dt = now() - t0;
                if (r && dt < best) best = dt;     /* the first run warms caches and pages */
            }
            printf("%-6s %4d x %-5d %10.3f %10.1f", types[t].name, din, dout, best * 1e3, 2.0 * n * din * dout / best / 1e9);
            if (peak > 0) printf(" %7.0f%%\n", 100.0 * 2.0 * n * din * dout / best / 1e9 / peak);
            else printf(" %8s\n", "-");      /* no peak loop for this ISA */
            free(in); free(out); free(pack); free(w); free(qact);
        }
    return 0;
}
