/* Unit test of the tensor-op kernels against naive double-precision loops, at sizes that
   exercise every tail: the register tile (rows and columns), the depth blocking, the row
   blocks and the column chunks of the matmul, and vector tails of the attention. The matmul
   over F16, BF16, Q8_0 and Q4_0 weights (random bytes, decoded here from docs/format.md's
   table) must equal bit for bit the f32 matmul of the decoded values when no buffer for a
   converted input is given; with one (docs/performance.md "Weight types": Q8_0 / Q4_0 on q8
   input blocks, BF16 on bfloat16 inputs; the dot-product kernels where built, else the f32
   kernel on the converted inputs) the result must equal the double-precision sum of that rule
   computed here to 1e-5 of the sum of |products|, give the same bits at 1 and 3 threads, and
   turn an input block holding a NaN (Q8_0 / Q4_0: or an infinity) into NaN outputs of its row only.
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

static rc__mm mm_of(float *pack, void *qact, size_t qact_bytes, int n_threads) {
    rc__mm mm;
    mm.pack = pack; mm.qact = qact; mm.qact_bytes = qact_bytes; mm.n_threads = n_threads;
    return mm;
}

static rc__mat rc__f32mat_test(const float *w, int cols) {
    rc__mat m;
    m.data = (const uint8_t *)(const void *)w; m.type = RC__TYPE_F32; m.row_bytes = (size_t)cols * sizeof(float);
    return m;
}

/* IEEE half -> float by its definition (sign, 5-bit exponent, 10-bit mantissa), independent of
   the library's bit manipulation. */
static float half(unsigned h) {
    int e = (int)(h >> 10 & 31), man = (int)(h & 1023);
    double v = e == 0 ? ldexp(man, -24) : e == 31 ? (man ? NAN : INFINITY) : ldexp(1024 + man, e - 25);
    return (float)((h >> 15) ? -v : v);
}

/* A random weight matrix [dout][din] stored as `type` (random bytes: every scale, every code),
   and its values decoded here from docs/format.md's table into w[dout][din]. */
static uint8_t *random_typed(int type, int dout, int din, size_t *row_bytes, float *w, unsigned *seed) {
    size_t rb = type == RC__TYPE_Q8_0 ? (size_t)din / 32 * 34 : type == RC__TYPE_Q4_0 ? (size_t)din / 32 * 18 : (size_t)din * 2;
    uint8_t *data = (uint8_t *)malloc(rb * dout);
    size_t i; int r, c;
    for (i = 0; i < rb * dout; i++) { *seed = *seed * 1103515245u + 12345u; data[i] = (uint8_t)(*seed >> 16); }
    for (r = 0; r < dout; r++) {
        uint8_t *row = data + rb * r;
        for (c = 0; c < din; c++) {
            uint8_t *b = row + (size_t)c / 32 * (type == RC__TYPE_Q8_0 ? 34 : 18);
            if (type == RC__TYPE_F16 || type == RC__TYPE_BF16) {
                row[2 * c + 1] &= 0x3f;                                   /* finite, |x| < 2 */
                if (type == RC__TYPE_F16) w[(size_t)r * din + c] = half(row[2 * c] | row[2 * c + 1] << 8);
                else { uint32_t u = (uint32_t)(row[2 * c] | row[2 * c + 1] << 8) << 16; memcpy(&w[(size_t)r * din + c], &u, 4); }
                continue;
            }
            b[1] &= 0x3b;                                                 /* a finite, modest scale */
            if (type == RC__TYPE_Q8_0) w[(size_t)r * din + c] = half(b[0] | b[1] << 8) * (float)(int8_t)b[2 + c % 32];
            else w[(size_t)r * din + c] = half(b[0] | b[1] << 8) * (float)((c % 32 < 16 ? b[2 + c % 32] & 15 : b[2 + c % 32 - 16] >> 4) - 8);
        }
    }
    *row_bytes = rb;
    return data;
}

/* The matmul over weights stored as `type` gives exactly the f32 matmul of their values. */
static void test_matmul_typed(int type, const char *name, int n, int din, int dout, int n_threads) {
    unsigned seed = (unsigned)(type * 977 + n + din + dout);
    float *in = random_floats((size_t)n * din, &seed), *w = (float *)malloc(sizeof(float) * dout * din);
    float *bias = random_floats((size_t)dout, &seed), *got = (float *)malloc(sizeof(float) * n * dout);
    float *want = (float *)malloc(sizeof(float) * n * dout);
    float *scratch = (float *)malloc(sizeof(float) * RC__MATMUL_SCRATCH * n_threads);
    rc__mat m;
    char what[96];
    m.type = type;
    m.data = random_typed(type, dout, din, &m.row_bytes, w, &seed);
    rc__mm mm = mm_of(scratch, NULL, 0, n_threads);
    rc__matmul(got, in, m, bias, n, din, dout, 0, &mm);
    rc__matmul(want, in, rc__f32mat_test(w, din), bias, n, din, dout, 0, &mm);
    sprintf(what, "matmul %s %dx%dx%d threads=%d == f32 of its values", name, n, din, dout, n_threads);
    if (memcmp(got, want, sizeof(float) * n * dout)) n_fail++; else n_pass++;
    printf("  %s %s\n", memcmp(got, want, sizeof(float) * n * dout) ? "FAIL" : "ok  ", what);
    free((void *)m.data); free(in); free(w); free(bias); free(got); free(want); free(scratch);
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
    rc__mm mm = mm_of(scratch, NULL, 0, n_threads);
    rc__matmul(out, in, rc__f32mat_test(w, din), with_bias ? bias : NULL, n, din, dout, accumulate, &mm);
    sprintf(what, "matmul %dx%dx%d%s%s threads=%d", n, din, dout, with_bias ? " bias" : "", accumulate ? " +=" : "", n_threads);
    check(what, out, want, scale, (size_t)n * dout, 1e-5);
    free(in); free(w); free(bias); free(out); free(scratch); free(want); free(scale);
}

/* x rounded to bfloat16 by its definition (nearest, ties to even), computed in double. */
static float bf16_round(float x) {
    int e;
    double m = frexp((double)x, &e);                       /* x = m 2^e, 0.5 <= |m| < 1 */
    return (float)ldexp(nearbyint(ldexp(m, 8)), e - 8);   /* 8 significant bits */
}

/* The converting paths (a buffer for the converted input; Q8_0 / Q4_0: integers on q8 blocks,
   BF16: inputs rounded to bfloat16): docs/performance.md's rule computed here in double,
   bit-identity at 1 and 3 threads, and NaN containment. */
static void test_matmul_q(int type, const char *name, int n, int din, int dout, int accumulate) {
    unsigned seed = (unsigned)(type * 31 + n * 7 + din + dout);
    float *in = random_floats((size_t)n * din, &seed), *w = (float *)malloc(sizeof(float) * dout * din);
    float *bias = random_floats((size_t)dout, &seed), *out1 = random_floats((size_t)n * dout, &seed);
    float *out3 = (float *)malloc(sizeof(float) * n * dout), *pack = (float *)malloc(sizeof(float) * RC__MATMUL_SCRATCH * 3);
    double *want = (double *)malloc(sizeof(double) * n * dout), *scale = (double *)malloc(sizeof(double) * n * dout);
    int8_t *q = (int8_t *)malloc((size_t)n * din);
    float *d = (float *)malloc(sizeof(float) * n * (din / 32));
    size_t qbytes = rc__qact_bytes((size_t)n, (size_t)din);
    void *qact = malloc(qbytes);
    rc__mat m;
    rc__mm mm1 = mm_of(pack, qact, qbytes, 1), mm3 = mm_of(pack, qact, qbytes, 3);
    char what[96];
    int i, j, b, k, nan_ok = 1;
    m.type = type;
    m.data = random_typed(type, dout, din, &m.row_bytes, w, &seed);
    memcpy(out3, out1, sizeof(float) * n * dout);
    for (i = 0; i < n && type != RC__TYPE_BF16; i++)     /* the input rule: d = max|x| / 127 */
        for (b = 0; b < din / 32; b++) {
            const float *x = in + (size_t)i * din + b * 32;
            float amax = 0.0f, id;
            for (k = 0; k < 32; k++) amax = fabsf(x[k]) > amax ? fabsf(x[k]) : amax;
            d[i * (din / 32) + b] = amax / 127.0f;
            id = amax > 0.0f ? 1.0f / (amax / 127.0f) : 0.0f;
            for (k = 0; k < 32; k++) q[(size_t)i * din + b * 32 + k] = (int8_t)rint(x[k] * id);
        }
    for (i = 0; i < n; i++)
        for (j = 0; j < dout; j++) {
            double s = bias[j] + (accumulate ? out1[(size_t)i * dout + j] : 0.0), a = fabs(s);
            for (k = 0; k < din && type == RC__TYPE_BF16; k++) {   /* bf16(x) * w, products exact */
                double term = (double)bf16_round(in[(size_t)i * din + k]) * w[(size_t)j * din + k];
                s += term; a += fabs(term);
            }
            for (b = 0; b < din / 32 && type != RC__TYPE_BF16; b++) {
                /* the block's f16 scale and codes, read from the bytes (docs/format.md) */
                const uint8_t *blk = m.data + m.row_bytes * j + (size_t)b * (type == RC__TYPE_Q8_0 ? 34 : 18);
                double dw = half(blk[0] | blk[1] << 8), isum = 0.0, asum = 0.0, dd = dw * d[i * (din / 32) + b];
                for (k = 0; k < 32; k++) {
                    int code = type == RC__TYPE_Q8_0 ? (int8_t)blk[2 + k] : (k < 16 ? blk[2 + k] & 15 : blk[2 + k - 16] >> 4) - 8;
                    isum += (double)code * q[(size_t)i * din + b * 32 + k];
                    asum += fabs((double)code * q[(size_t)i * din + b * 32 + k]);
                }
                s += dd * isum; a += fabs(dd) * asum;     /* scale: the sum of |products| */
            }
            want[(size_t)i * dout + j] = s; scale[(size_t)i * dout + j] = a;
        }
    rc__matmul(out1, in, m, bias, n, din, dout, accumulate, &mm1);
    rc__matmul(out3, in, m, bias, n, din, dout, accumulate, &mm3);
    sprintf(what, "matmul %s converted input %dx%dx%d%s", name, n, din, dout, accumulate ? " +=" : "");
    check(what, out1, want, scale, (size_t)n * dout, 1e-5);   /* unconverted inputs miss by ~1e-3 */
    sprintf(what, "matmul %s converted input %dx%dx%d threads 1 == 3", name, n, din, dout);
    if (memcmp(out1, out3, sizeof(float) * n * dout)) n_fail++; else n_pass++;
    printf("  %s %s\n", memcmp(out1, out3, sizeof(float) * n * dout) ? "FAIL" : "ok  ", what);
    in[din + 5] = NAN; in[2 * din + 7] = type == RC__TYPE_BF16 ? NAN : INFINITY;   /* rows 1 and 2 */
    rc__matmul(out1, in, m, bias, n, din, dout, 0, &mm3);
    for (i = 0; i < n; i++)
        for (j = 0; j < dout; j++)
            if ((i == 1 || i == 2) != (out1[(size_t)i * dout + j] != out1[(size_t)i * dout + j])) nan_ok = 0;
    sprintf(what, "matmul %s converted input: NaN%s -> NaN in its row only", name, type == RC__TYPE_BF16 ? "" : " / inf");
    if (nan_ok) n_pass++; else n_fail++;
    printf("  %s %s\n", nan_ok ? "ok  " : "FAIL", what);
    free((void *)m.data); free(in); free(w); free(bias); free(out1); free(out3); free(pack);
    free(want); free(scale); free(q); free(d); free(qact);
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
        for (s = 0; s < 4; s++) {
            static const int types[4] = {RC__TYPE_F16, RC__TYPE_BF16, RC__TYPE_Q8_0, RC__TYPE_Q4_0};
            static const char *names[4] = {"f16", "bf16", "q8_0", "q4_0"};
            test_matmul_typed(types[s], names[s], 37, 96, 141, threads[t]);       /* tails of tile and block */
            test_matmul_typed(types[s], names[s], 200, 800, 33, threads[t]);      /* depth > RC__KC, row blocks */
        }
        if (t == 0) {
            test_matmul_q(RC__TYPE_Q8_0, "q8_0", 37, 96, 141, 0);      /* tails of tile, group and task */
            test_matmul_q(RC__TYPE_Q4_0, "q4_0", 37, 96, 141, 1);
            test_matmul_q(RC__TYPE_Q8_0, "q8_0", 200, 800, 33, 1);     /* depth chunks, row blocks */
            test_matmul_q(RC__TYPE_Q4_0, "q4_0", 130, 3072, 260, 0);   /* ViT-B MLP depth */
            test_matmul_q(RC__TYPE_BF16, "bf16", 37, 96, 141, 1);
            test_matmul_q(RC__TYPE_BF16, "bf16", 130, 3072, 260, 0);
        }
        test_attention(lens_a, 1, 8, 2, 0, threads[t]);
        test_attention(lens_b, 3, 12, 3, 1, threads[t]);
        test_attention(lens_b, 3, 64, 2, 0, threads[t]);
        test_attention(lens_c, 2, 96, 3, 1, threads[t]);
    }
    printf("kernels: %d passed, %d failed\n", n_pass, n_fail);
    return n_fail != 0;
}
