/* test_roi_align.c — rc_roi_align against torchvision.ops.roi_align(aligned=True).

   Reads the cases written by tests/gen_roi_align.py (format documented there), runs
   rc_roi_align on each and passes when every output is within 1e-5 of torchvision's. Then
   checks the argument errors (NULL, sizes < 1, NaN/Inf, inverted boxes, bad scale, a
   sampling grid over RC_ROI_MAX_GRID) and that a refused call writes nothing.

   cc -std=c99 -O2 -Wall -Wextra -pedantic -Werror tests/test_roi_align.c -lm -o test_roi_align
   ./test_roi_align build/roi_align_cases.bin */
#define REGIONCLIP_IMPLEMENTATION
#include "../regionclip.h"
#include "test_util.h"

#define TOLERANCE 1e-5f

/* n floats from the reader into a malloc'd array (NULL when the file is short). */
static float *rd_floats(reader *r, size_t n) {
    float *x = (float *)malloc(n * sizeof *x + 1);
    size_t i;
    if (!x) { r->bad = 1; return NULL; }
    for (i = 0; i < n; i++) x[i] = rd_f32(r);
    if (r->bad) { free(x); return NULL; }
    return x;
}

/* Runs every case of the file; returns the largest |difference| seen. */
static float run_cases(reader *r) {
    uint32_t n_cases = rd_u32(r), ci;
    float worst = 0.0f;
    for (ci = 0; ci < n_cases && !r->bad; ci++) {
        int C = (int)rd_u32(r), H = (int)rd_u32(r), W = (int)rd_u32(r), n = (int)rd_u32(r);
        int k = (int)rd_u32(r), sr = (int)rd_u32(r);
        float scale = rd_f32(r);
        size_t n_out = (size_t)n * C * k * k, i;
        float *feat = rd_floats(r, (size_t)C * H * W);            /* [C][H][W]      */
        float *boxes = rd_floats(r, (size_t)n * 4);                /* [n][4]         */
        float *want = rd_floats(r, n_out);                         /* [n][C][k][k]   */
        float *got = (float *)malloc(n_out * sizeof *got);         /* [n][C][k][k]   */
        char what[160];
        rc_status s;
        float diff = 0.0f;
        if (r->bad || !got) { check(0, "case file truncated"); free(feat); free(boxes); free(want); free(got); break; }
        s = rc_roi_align(feat, C, H, W, (const rc_box *)(const void *)boxes, n, scale, k, sr, got);
        for (i = 0; s == RC_OK && i < n_out; i++) {
            float d = (float)fabs(got[i] - want[i]);
            if (!(d <= diff)) diff = d;
        }
        snprintf(what, sizeof what, "case %u: C=%d H=%d W=%d n=%d k=%d sr=%d scale=%g: %s, max |diff| %.3g",
                 (unsigned)ci, C, H, W, n, k, sr, scale, rc_status_name(s), diff);
        check(s == RC_OK && diff <= TOLERANCE, what);
        if (diff > worst) worst = diff;
        free(feat); free(boxes); free(want); free(got);
    }
    check(!r->bad && r->p == r->end, "case file read to its end");
    printf("%u cases, max |diff| vs torchvision %.3g (tolerance %.0e)\n", (unsigned)n_cases, worst, TOLERANCE);
    return worst;
}

/* Calls rc_roi_align on a 2 x 4 x 5 map with one box; expects `want` and, on error, that the
   output was left untouched. */
static void expect(rc_status want, const char *what, const float *feat, int C, int H, int W,
                   rc_box box, int n, float scale, int k, int sr) {
    float out[2 * 3 * 3];
    int i, untouched = 1;
    char msg[160];
    rc_status s;
    for (i = 0; i < 2 * 3 * 3; i++) out[i] = 12345.0f;
    s = rc_roi_align(feat, C, H, W, &box, n, scale, k, sr, out);
    for (i = 0; i < 2 * 3 * 3; i++) untouched &= out[i] == 12345.0f;
    snprintf(msg, sizeof msg, "%s: want %s, got %s%s", what, rc_status_name(want), rc_status_name(s),
             s != RC_OK && !untouched ? " (output written)" : "");
    check(s == want && (s == RC_OK || untouched), msg);
}

static void test_errors(void) {
    float feat[2 * 4 * 5];
    const float nan = (float)NAN, inf = (float)INFINITY;
    rc_box ok = {0.5f, 1.0f, 3.0f, 2.5f}, b;
    float out[1];
    int i;
    for (i = 0; i < 2 * 4 * 5; i++) feat[i] = (float)i * 0.25f - 3.0f;
    expect(RC_OK, "valid box", feat, 2, 4, 5, ok, 1, 1.0f, 3, -1);
    expect(RC_OK, "zero-size box", feat, 2, 4, 5, (b = ok, b.x1 = b.x0, b), 1, 1.0f, 3, 2);
    expect(RC_ERR_ARG, "NULL feat", NULL, 2, 4, 5, ok, 1, 1.0f, 3, -1);
    expect(RC_ERR_ARG, "C = 0", feat, 0, 4, 5, ok, 1, 1.0f, 3, -1);
    expect(RC_ERR_ARG, "H = 0", feat, 2, 0, 5, ok, 1, 1.0f, 3, -1);
    expect(RC_ERR_ARG, "W = -1", feat, 2, 4, -1, ok, 1, 1.0f, 3, -1);
    expect(RC_ERR_ARG, "n = 0", feat, 2, 4, 5, ok, 0, 1.0f, 3, -1);
    expect(RC_ERR_ARG, "out_size = 0", feat, 2, 4, 5, ok, 1, 1.0f, 0, -1);
    check(rc_roi_align(feat, 2, 4, 5, NULL, 1, 1.0f, 3, -1, out) == RC_ERR_ARG, "NULL boxes");
    check(rc_roi_align(feat, 2, 4, 5, &ok, 1, 1.0f, 3, -1, NULL) == RC_ERR_ARG, "NULL out");
    expect(RC_ERR_VALUE, "x0 NaN", feat, 2, 4, 5, (b = ok, b.x0 = nan, b), 1, 1.0f, 3, -1);
    expect(RC_ERR_VALUE, "y0 -Inf", feat, 2, 4, 5, (b = ok, b.y0 = -inf, b), 1, 1.0f, 3, -1);
    expect(RC_ERR_VALUE, "x1 Inf", feat, 2, 4, 5, (b = ok, b.x1 = inf, b), 1, 1.0f, 3, -1);
    expect(RC_ERR_VALUE, "y1 NaN", feat, 2, 4, 5, (b = ok, b.y1 = nan, b), 1, 1.0f, 3, -1);
    expect(RC_ERR_VALUE, "x1 < x0", feat, 2, 4, 5, (b = ok, b.x1 = b.x0 - 0.01f, b), 1, 1.0f, 3, -1);
    expect(RC_ERR_VALUE, "y1 < y0", feat, 2, 4, 5, (b = ok, b.y1 = b.y0 - 1.0f, b), 1, 1.0f, 3, -1);
    expect(RC_ERR_VALUE, "spatial_scale 0", feat, 2, 4, 5, ok, 1, 0.0f, 3, -1);
    expect(RC_ERR_VALUE, "spatial_scale < 0", feat, 2, 4, 5, ok, 1, -0.5f, 3, -1);
    expect(RC_ERR_VALUE, "spatial_scale NaN", feat, 2, 4, 5, ok, 1, nan, 3, -1);
    expect(RC_ERR_VALUE, "spatial_scale Inf", feat, 2, 4, 5, ok, 1, inf, 3, -1);
    expect(RC_ERR_TOO_LONG, "adaptive grid over the limit", feat, 2, 4, 5,
           (b = ok, b.x1 = b.x0 + 3.0f * (RC_ROI_MAX_GRID + 1), b), 1, 1.0f, 3, -1);
    expect(RC_OK, "adaptive grid at the limit", feat, 2, 4, 5,
           (b = ok, b.y1 = b.y0 + 3.0f * RC_ROI_MAX_GRID, b), 1, 1.0f, 3, 0);
    expect(RC_ERR_TOO_LONG, "sampling_ratio over the limit", feat, 2, 4, 5, ok, 1, 1.0f, 3, RC_ROI_MAX_GRID + 1);
    feat[7] = nan;
    expect(RC_ERR_VALUE, "NaN in the feature map", feat, 2, 4, 5, ok, 1, 1.0f, 3, -1);
}

int main(int argc, char **argv) {
    size_t size = 0;
    unsigned char *data;
    reader r;
    if (argc != 2) { printf("usage: %s roi_align_cases.bin\n", argv[0]); return 2; }
    data = read_file("", argv[1], &size);
    if (!data) { printf("0 passed, 1 failed\n"); return 1; }
    r.p = data; r.end = data + size; r.bad = 0;
    check(size >= 8 && memcmp(data, "RCROI001", 8) == 0, "magic RCROI001");
    r.p += 8;
    run_cases(&r);
    free(data);
    test_errors();
    printf("%d passed, %d failed\n", g_passed, g_failed);
    return g_failed != 0;
}
