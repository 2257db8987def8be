/* Unit test of the tensor-op kernels against naive double-precision loops, at sizes that
   exercise every tail: the register tile (rows and columns), the depth blocking, the row
   blocks and the column chunks of the matmul, and vector tails of the attention. The matmul
   over F16, BF16, Q8_0 and Q4_0 weights (random bytes, decoded here from docs/format.md's
   table) must equal bit for bit the f32 matmul of the decoded values when no buffer for a
   converted input is given; with one (docs/performance.md "Weight types": Q8_0 / Q4_0 on q8
   input blocks, BF16 on bfloat16 inputs; the dot-product kernels where built, else the f32
   kernel on the converted inputs) the result must equal the double-precision sum of that rule
   computed here to 1e-5 of the sum of |products|, give the same bits at 1 and 3 threads, and
   turn an input block holding a NaN (Q8_0 / Q4_0: or an infinity) into NaN outputs of its row only;
   Q8_0 / Q4_0 must also equal bit for bit their rule computed here in plain C (exact int sums,
   fmaf per block in order, per RC__KC chunk), whichever integer layer the build has.
   The attention (rc__attention, f32 and bfloat16 paths: test_attention says what each asserts).
   The activations (rc__activate: GELU and QuickGELU through rc__vexp) over every 509th float of
   |x| <= 20 against double precision and against GELU with libm's erff, at the bounds
   regionclip.h states, and their NaN / infinity results.
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

/* A matmul scratch for n_threads threads packing depth-deep passes (*scratch: free it). */
static rc__mm mm_of(float **scratch, size_t depth, void *qact, size_t qact_bytes, int n_threads) {
    *scratch = (float *)malloc(sizeof(float) * rc__matmul_scratch((size_t)n_threads, depth));
    return rc__mm_over(*scratch, n_threads, depth, qact, qact_bytes);
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
    float *scratch;
    rc__mat m;
    char what[96];
    m.type = type;
    m.data = random_typed(type, dout, din, &m.row_bytes, w, &seed);
    rc__mm mm = mm_of(&scratch, (size_t)din, NULL, 0, n_threads);
    rc__matmul(got, in, m, bias, n, din, dout, 0, &mm);
    rc__matmul(want, in, rc__f32mat_test(w, din), bias, n, din, dout, 0, &mm);
    sprintf(what, "matmul %s %dx%dx%d threads=%d == f32 of its values", name, n, din, dout, n_threads);
    if (memcmp(got, want, sizeof(float) * n * dout)) n_fail++; else n_pass++;
    printf("  %s %s\n", memcmp(got, want, sizeof(float) * n * dout) ? "FAIL" : "ok  ", what);
    free((void *)m.data); free(in); free(w); free(bias); free(got); free(want); free(scratch);
}

/* depth: of one packing pass (din or more: one pass; less: passes adding into out). With
   n_threads > 1, also the same bits as one thread. */
static void test_matmul(int n, int din, int dout, int with_bias, int accumulate, int n_threads, int depth) {
    unsigned seed = (unsigned)(n * 131 + din * 7 + dout);
    float *in = random_floats((size_t)n * din, &seed), *w = random_floats((size_t)dout * din, &seed);
    float *bias = random_floats((size_t)dout, &seed), *out = random_floats((size_t)n * dout, &seed);
    float *out1 = (float *)malloc(sizeof(float) * n * dout), *scratch, *scratch1;
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
    rc__mm mm = mm_of(&scratch, (size_t)depth, NULL, 0, n_threads), mm1 = mm_of(&scratch1, (size_t)depth, NULL, 0, 1);
    memcpy(out1, out, sizeof(float) * n * dout);
    rc__matmul(out, in, rc__f32mat_test(w, din), with_bias ? bias : NULL, n, din, dout, accumulate, &mm);
    rc__matmul(out1, in, rc__f32mat_test(w, din), with_bias ? bias : NULL, n, din, dout, accumulate, &mm1);
    if (n_threads > 1) {
        int same = !memcmp(out, out1, sizeof(float) * n * dout);
        printf("  %s matmul %dx%dx%d threads=%d: the same bits as 1 thread\n", same ? "ok  " : "FAIL", n, din, dout, n_threads);
        if (same) n_pass++; else n_fail++;
    }
    sprintf(what, "matmul %dx%dx%d%s%s threads=%d", n, din, dout, with_bias ? " bias" : "", accumulate ? " +=" : "", n_threads);
    if (mm.pack_depth < din) sprintf(what + strlen(what), " passes=%d", (din + mm.pack_depth - 1) / mm.pack_depth);
    check(what, out, want, scale, (size_t)n * dout, 1e-5);
    free(in); free(w); free(bias); free(out); free(out1); free(scratch); free(scratch1); free(want); free(scale);
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
/* The integer rule of Q8_0 / Q4_0 in plain C, in the order regionclip.h states: per RC__KC-deep
   chunk acc = fmaf(float(isum), d_w * d_x, acc) block by block, the chunks added into out (the
   first with the bias). q[n][din], d[n][din / 32]: the input blocks; out[n][dout] holds the
   values accumulated into (accumulate != 0). */
static void qrule(float *out, const int8_t *q, const float *d, rc__mat m, const float *bias,
                  int n, int din, int dout, int accumulate) {
    int i, j, k0, b, k, nb = din / 32;
    for (i = 0; i < n; i++)
        for (j = 0; j < dout; j++) {
            float o = out[(size_t)i * dout + j];
            for (k0 = 0; k0 < din; k0 += RC__KC) {
                float acc = 0.0f;
                for (b = k0 / 32; b < (k0 + RC__KC < din ? k0 + RC__KC : din) / 32; b++) {
                    const uint8_t *blk = m.data + m.row_bytes * j + (size_t)b * (m.type == RC__TYPE_Q8_0 ? 34 : 18);
                    int32_t isum = 0;
                    for (k = 0; k < 32; k++) {
                        int code = m.type == RC__TYPE_Q8_0 ? (int8_t)blk[2 + k] : (k < 16 ? blk[2 + k] & 15 : blk[2 + k - 16] >> 4) - 8;
                        isum += code * q[(size_t)i * din + b * 32 + k];
                    }
                    acc = fmaf((float)isum, half(blk[0] | blk[1] << 8) * d[i * nb + b], acc);
                }
                if (k0 > 0) o += acc;
                else o = accumulate ? o + (acc + bias[j]) : acc + bias[j];
            }
            out[(size_t)i * dout + j] = o;
        }
}

#if RC__HAVE_QDOT
#define QLAYER RC__QSIMD
#else
#define QLAYER "none"
#endif
static void test_matmul_q(int type, const char *name, int n, int din, int dout, int accumulate) {
    unsigned seed = (unsigned)(type * 31 + n * 7 + din + dout);
    float *in = random_floats((size_t)n * din, &seed), *w = (float *)malloc(sizeof(float) * dout * din);
    float *bias = random_floats((size_t)dout, &seed), *out1 = random_floats((size_t)n * dout, &seed);
    float *out3 = (float *)malloc(sizeof(float) * n * dout), *exact = (float *)malloc(sizeof(float) * n * dout), *pack, *pack3;
    double *want = (double *)malloc(sizeof(double) * n * dout), *scale = (double *)malloc(sizeof(double) * n * dout);
    int8_t *q = (int8_t *)malloc((size_t)n * din);
    float *d = (float *)malloc(sizeof(float) * n * (din / 32));
    size_t qbytes = rc__qact_bytes((size_t)n, (size_t)din);
    void *qact = malloc(qbytes);
    rc__mat m;
    rc__mm mm1 = mm_of(&pack, (size_t)din, qact, qbytes, 1), mm3 = mm_of(&pack3, (size_t)din, qact, qbytes, 3);
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
    if (type != RC__TYPE_BF16) {
        memcpy(exact, out1, sizeof(float) * n * dout);
        qrule(exact, q, d, m, bias, n, din, dout, accumulate);
    }
    rc__matmul(out1, in, m, bias, n, din, dout, accumulate, &mm1);
    rc__matmul(out3, in, m, bias, n, din, dout, accumulate, &mm3);
    sprintf(what, "matmul %s converted input %dx%dx%d%s", name, n, din, dout, accumulate ? " +=" : "");
    check(what, out1, want, scale, (size_t)n * dout, 1e-5);   /* unconverted inputs miss by ~1e-3 */
    if (type != RC__TYPE_BF16 && RC__HAVE_QDOT) {   /* not wasm32: f32 kernel on d * q */
        int same = !memcmp(out1, exact, sizeof(float) * n * dout);
        sprintf(what, "matmul %s %dx%dx%d == the plain-C integer rule, bit for bit (%s)", name, n, din, dout, QLAYER);
        if (same) n_pass++; else n_fail++;
        printf("  %s %s\n", same ? "ok  " : "FAIL", what);
    }
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
    free((void *)m.data); free(in); free(w); free(bias); free(out1); free(out3); free(exact); free(pack); free(pack3);
    free(want); free(scale); free(q); free(d); free(qact);
}

/* rc__attention against softmax(q k^T / sqrt(hd)) v in double, to 1e-5 of the sum of |p v|.
   bf16 asks for the bfloat16 path: where it runs (vdpbf16ps, hd a multiple of 16) the reference
   takes q, k and v rounded to bfloat16, the tolerance adds 2^-8 (the rounding of the
   probabilities), and the result must differ from the f32 path's; elsewhere it must equal the
   f32 path's bit for bit. */
static void test_attention(const int *lens, int n_seq, int width, int heads, int causal, int n_threads, int bf16) {
    unsigned seed = (unsigned)(width * 17 + heads + causal);
    int starts[8], rows = 0, max_len = 0, s, h, i, j, d, hd = width / heads, runs = bf16 && RC__HAVE_DPBF16 && hd % 16 == 0;
    float *qkv, *out, *out32, *scratch; double *want, *scale, *p;
    char what[112];
    for (s = 0; s < n_seq; s++) { starts[s] = rows; rows += lens[s]; if (lens[s] > max_len) max_len = lens[s]; }
    qkv = random_floats((size_t)rows * 3 * width, &seed);
    out = (float *)malloc(sizeof(float) * rows * width); out32 = (float *)malloc(sizeof(float) * rows * width);
    scratch = (float *)malloc(sizeof(float) * rc__attention_scratch((size_t)max_len, (size_t)hd) * n_threads);
    want = (double *)malloc(sizeof(double) * rows * width); scale = (double *)malloc(sizeof(double) * rows * width);
    p = (double *)malloc(sizeof(double) * max_len);
#define RC_T_AT(row, col) (runs ? bf16_round(qkv[(size_t)(row) * 3 * width + (col)]) : qkv[(size_t)(row) * 3 * width + (col)])
    for (s = 0; s < n_seq; s++)
        for (h = 0; h < heads; h++)
            for (i = 0; i < lens[s]; i++) {
                int nk = causal ? i + 1 : lens[s];
                double mx = -1e300, sum = 0.0;
                for (j = 0; j < nk; j++) {
                    for (p[j] = 0.0, d = 0; d < hd; d++) p[j] += (double)RC_T_AT(starts[s] + i, h * hd + d) * RC_T_AT(starts[s] + j, width + h * hd + d);
                    p[j] /= sqrt((double)hd);
                    if (p[j] > mx) mx = p[j];
                }
                for (j = 0; j < nk; j++) { p[j] = exp(p[j] - mx); sum += p[j]; }
                for (d = 0; d < hd; d++) {
                    double o = 0.0, a = 0.0;
                    for (j = 0; j < nk; j++) {
                        double v = RC_T_AT(starts[s] + j, 2 * width + h * hd + d);
                        o += p[j] / sum * v; a += fabs(p[j] / sum * v);
                    }
                    want[(size_t)(starts[s] + i) * width + h * hd + d] = o;
                    scale[(size_t)(starts[s] + i) * width + h * hd + d] = a;
                }
            }
#undef RC_T_AT
    rc__attention(out32, qkv, starts, lens, n_seq, width, heads, causal, scratch, max_len, n_threads, 0);
    if (bf16) rc__attention(out, qkv, starts, lens, n_seq, width, heads, causal, scratch, max_len, n_threads, 1);
    else memcpy(out, out32, sizeof(float) * rows * width);
    sprintf(what, "attention%s seqs=%d width=%d heads=%d%s threads=%d", bf16 ? (runs ? " bf16" : " bf16->f32") : "",
            n_seq, width, heads, causal ? " causal" : "", n_threads);
    if (bf16 && !runs) {
        int same = memcmp(out, out32, sizeof(float) * rows * width) == 0;
        if (same) n_pass++; else n_fail++;
        printf("  %s %s: the f32 path's bits\n", same ? "ok  " : "FAIL", what);
    } else check(what, out, want, scale, (size_t)rows * width, runs ? 1.0 / 256 + 1e-5 : 1e-5);
    if (runs) {
        int differs = memcmp(out, out32, sizeof(float) * rows * width) != 0;
        if (differs) n_pass++; else n_fail++;
        printf("  %s %s differs from f32\n", differs ? "ok  " : "FAIL", what);
    }
    free(qkv); free(out); free(out32); free(scratch); free(want); free(scale); free(p);
}

/* Relative error of got against want, where want is a normal float (else 0). */
static double rel_err(double got, double want) { return fabs(want) >= 1e-37 ? fabs(got - want) / fabs(want) : 0.0; }

/* rc__activate(act) over every 509th float with |x| <= 20 (plus +-0, +-inf, NaN), in chunks
   with vector tails. GELU: against 0.5 x erfc(-x / sqrt 2) in double, relative error <= 5e-6
   for x >= -6, <= 2e-5 for -13 <= x < -6, absolute <= 4e-7 everywhere (x < -13: values below
   1e-37), and within 5e-7 of 0.5 x (1 + erff(x / sqrt 2)). QuickGELU: relative <= 4e-6
   against x / (1 + exp(-1.702 x)) in double (the rounding of 1.702 x, amplified by exp, as with expf).
   NaN -> NaN, +inf -> +inf, +-0 -> +-0. */
static void test_activation(int act, const char *name) {
    enum { CHUNK = 4093 };
    static float x[CHUNK], y[CHUNK];      /* off the stack: wasm's is 64 KiB with no guard */
    double worst6 = 0, worst13 = 0, worst_abs = 0, worst_erff = 0;
    uint32_t u = 0;
    int bad = 0, done = 0, n, i;
    while (!done) {
        for (n = 0; n < CHUNK && !done; u += 509) {
            float v = rc__f32_from_bits(u);
            if (u >= 0xffffffffu - 509) done = 1;
            if (fabsf(v) <= 20.0f) x[n++] = v;
        }
        memcpy(y, x, sizeof(float) * n);
        rc__activate(y, (size_t)n, act);
        for (i = 0; i < n; i++) {
            double v = x[i];
            if (act == RC__ACT_GELU) {
                double want = 0.5 * v * erfc(-v / sqrt(2.0)), e = rel_err(y[i], want);
                double with_erff = 0.5f * x[i] * (1.0f + erff(x[i] * 0.70710678118654752f));
                if (v >= -6.0 && e > worst6) worst6 = e;
                if (v < -6.0 && v >= -13.0 && e > worst13) worst13 = e;
                if (fabs(y[i] - want) > worst_abs) worst_abs = fabs(y[i] - want);
                if (fabs(y[i] - with_erff) > worst_erff) worst_erff = fabs(y[i] - with_erff);
            } else {
                double e = rel_err(y[i], v / (1.0 + exp(-1.702 * v)));
                if (e > worst6) worst6 = e;
            }
        }
    }
    x[0] = NAN; x[1] = INFINITY; x[2] = 0.0f; x[3] = -0.0f;
    rc__activate(x, 4, act);
    bad = !isnan(x[0]) || x[1] != INFINITY || x[2] != 0.0f || signbit(x[2]) || x[3] != 0.0f || !signbit(x[3]);
    if (act == RC__ACT_GELU) {
        bad |= !(worst6 <= 5e-6 && worst13 <= 2e-5 && worst_abs <= 4e-7 && worst_erff <= 5e-7);
        printf("  %s %s: relative error %.2e (x >= -6), %.2e (x >= -13), absolute %.2e, against erff %.2e\n",
               bad ? "FAIL" : "ok  ", name, worst6, worst13, worst_abs, worst_erff);
    } else {
        bad |= !(worst6 <= 4e-6);
        printf("  %s %s: relative error %.2e\n", bad ? "FAIL" : "ok  ", name, worst6);
    }
    if (bad) n_fail++; else n_pass++;
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
            test_matmul(shapes[s][0], shapes[s][1], shapes[s][2], s % 2, s % 3 == 1, threads[t], shapes[s][1]);
        test_matmul(33, 70, 40, 1, 1, threads[t], 70);
        test_matmul(200, 513, 131, 1, 1, threads[t], RC__KC);      /* depth in passes */
        test_matmul(50, 768, 24, 0, 0, threads[t], RC__KC);
        test_matmul(1, 1024, 3, 1, 0, threads[t], 2 * RC__KC);
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
        for (s = 0; s < 2; s++) {          /* f32, then the bfloat16 path where it runs */
            test_attention(lens_a, 1, 8, 2, 0, threads[t], s);
            test_attention(lens_b, 3, 12, 3, 1, threads[t], s);
            test_attention(lens_b, 3, 64, 2, 0, threads[t], s);
            test_attention(lens_c, 2, 96, 3, 1, threads[t], s);
        }
    }
    test_activation(RC__ACT_GELU, "gelu");
    test_activation(RC__ACT_QUICK_GELU, "quick_gelu");
    printf("kernels: %d passed, %d failed\n", n_pass, n_fail);
    return n_fail != 0;
}
