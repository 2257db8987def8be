/* Unit test of the tensor-op kernels against naive double-precision loops, at sizes that
   exercise every tail: the register tile (rows and columns), the depth blocking, the row
   blocks and the column chunks of the matmul, and vector tails of the attention.
   Run in the SIMD and the REGIONCLIP_NO_SIMD builds; prints "kernels: N passed, M failed". */
#define REGIONCLIP_IMPLEMENTATION
#include "../regionclip.h"
#include <stdio.h>
#include <stdlib.h>

static int n_pass, n_fail;

static float *random_floats(size_t n, unsigned *seed) {
    float *p = (float *)malloc(sizeof(float) * (n ? n : 1));
    size_t i;
    for (i = 0; i < n; i++) { *seed = *seed * 1103515245u + 12345u; p[i] = (float)((*seed >> 8) & 0xffff) / 32768.0f - 1.0f; }
    return p;
}

/* Checks got[n] against want[n] with |got - want| <= tol * scale[i] (the sum of |terms|). */
static void check(const char *what, const float *got, const double *want, const double *scale, size_t n, double tol) {
    size_t i, bad = 0; double worst = 0.0;
    for (i = 0; i < n; i++) {
        double e = fabs(got[i] - want[i]) / (scale[i] > 1e-30 ? scale[i] : 1e-30);
        if (e > worst) worst = e;
        if (!(e <= tol)) bad++;
    }
    if (bad) n_fail++; else n_pass++;
    printf("  %s %-44s worst relative error %.2e (tol %.0e)\n", bad ? "FAIL" : "ok  ", what, worst, tol);
}

static void test_matmul(int n, int din, int dout, int with_bias, int accumulate, int n_threads) {
    unsigned seed = (unsigned)(n * 131 + din * 7 + dout);
    float *in = random_floats((size_t)n * din, &seed), *w = random_floats((size_t)dout * din, &seed);
    float *bias = random_floats((size_t)dout, &seed), *out = random_floats((size_t)n * dout, &seed);
    float *scratch = (float *)malloc(sizeof(float) * RC__MATMUL_SCRATCH * n_threads);
    double *want = (double *)malloc(sizeof(double) * n * dout + 1), *scale = (double *)malloc(sizeof(double) * n * dout + 1);
    char what[96];
    int i, j, k;
    for (i = 0; i < n; i++)
        for (j = 0; j < dout; j++) {
            double s = with_bias ? bias[j] : 0.0, a = fabs(s);
            for (k = 0; k < din; k++) { s += (double)in[(size_t)i * din + k] * w[(size_t)j * din + k]; a += fabs((double)in[(size_t)i * din + k] * w[(size_t)j * din + k]); }
            if (accumulate) { s += out[(size_t)i * dout + j]; a += fabs(out[(size_t)i * dout + j]); }
            want[(size_t)i * dout + j] = s; scale[(size_t)i * dout + j] = a;
        }
    rc__matmul(out, in, w, with_bias ? bias : NULL, n, din, dout, accumulate, scratch, n_threads);
    sprintf(what, "matmul %dx%dx%d%s%s threads=%d", n, din, dout, with_bias ? " bias" : "", accumulate ? " +=" : "", n_threads);
    check(what, out, want, scale, (size_t)n * dout, 1e-5);
    free(in); free(w); free(bias); free(out); free(scratch); free(want); free(scale);
}

static void test_attention(const int *lens, int n_seq, int width, int heads, int causal, int n_threads) {
    unsigned seed = (unsigned)(width * 17 + heads + causal);
    int starts[8], rows = 0, max_len = 0, s, h, i, j, d, hd = width / heads;
    float *qkv, *out, *scratch; double *want, *scale, *p;
    char what[96];
    for (s = 0; s < n_seq; s++) { starts[s] = rows; rows += lens[s]; if (lens[s] > max_len) max_len = lens[s]; }
    qkv = random_floats((size_t)rows * 3 * width, &seed);
    out = (float *)malloc(sizeof(float) * rows * width);
    scratch = (float *)malloc(sizeof(float) * rc__attention_scratch((size_t)max_len, (size_t)hd) * n_threads);
    want = (double *)malloc(sizeof(double) * rows * width); scale = (double *)malloc(sizeof(double) * rows * width);
    p = (double *)malloc(sizeof(double) * max_len);
    for (s = 0; s < n_seq; s++)
        for (h = 0; h < heads; h++)
            for (i = 0; i < lens[s]; i++) {
                const float *q = qkv + (size_t)(starts[s] + i) * 3 * width + h * hd;
                int nk = causal ? i + 1 : lens[s];
                double mx = -1e300, sum = 0.0;
                for (j = 0; j < nk; j++) {
                    const float *k = qkv + (size_t)(starts[s] + j) * 3 * width + width + h * hd;
                    for (p[j] = 0.0, d = 0; d < hd; d++) p[j] += (double)q[d] * k[d];
                    p[j] /= sqrt((double)hd);
                    if (p[j] > mx) mx = p[j];
                }
                for (j = 0; j < nk; j++) { p[j] = exp(p[j] - mx); sum += p[j]; }
                for (d = 0; d < hd; d++) {
                    double o = 0.0, a = 0.0;
                    for (j = 0; j < nk; j++) {
                        double v = qkv[(size_t)(starts[s] + j) * 3 * width + 2 * width + h * hd + d];
                        o += p[j] / sum * v; a += fabs(p[j] / sum * v);
                    }
                    want[(size_t)(starts[s] + i) * width + h * hd + d] = o;
                    scale[(size_t)(starts[s] + i) * width + h * hd + d] = a;
                }
            }
    rc__attention(out, qkv, starts, lens, n_seq, width, heads, causal, scratch, max_len, n_threads);
    sprintf(what, "attention seqs=%d width=%d heads=%d%s threads=%d", n_seq, width, heads, causal ? " causal" : "", n_threads);
    check(what, out, want, scale, (size_t)rows * width, 1e-5);
    free(qkv); free(out); free(scratch); free(want); free(scale); free(p);
}

int main(void) {
    static const int shapes[][3] = {
        {1, 1, 1}, {3, 7, 5}, {17, 33, 65}, {2, 300, 13}, {49, 257, 129},   /* tile, depth tails */
        {200, 513, 131}, {97, 64, 300}, {50, 768, 24}, {1, 1024, 3},        /* row blocks, chunks */
    };
    static const int lens_a[] = {1}, lens_b[] = {5, 17, 3}, lens_c[] = {50, 33};
    int t, s, threads[2] = {1, 3};
    printf("kernels (%s):\n", RC__SIMD_NAME);
    for (t = 0; t < 2; t++) {
        for (s = 0; s < (int)(sizeof shapes / sizeof shapes[0]); s++)
            test_matmul(shapes[s][0], shapes[s][1], shapes[s][2], s % 2, s % 3 == 1, threads[t]);
        test_matmul(33, 70, 40, 1, 1, threads[t]);
        test_attention(lens_a, 1, 8, 2, 0, threads[t]);
        test_attention(lens_b, 3, 12, 3, 1, threads[t]);
        test_attention(lens_b, 3, 64, 2, 0, threads[t]);
        test_attention(lens_c, 2, 96, 3, 1, threads[t]);
    }
    printf("kernels: %d passed, %d failed\n", n_pass, n_fail);
    return n_fail != 0;
}
