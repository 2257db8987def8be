/* test_preprocess.c — regionclip's image preprocessing against open_clip's PIL pipeline.

   Reads the cases written by tests/gen_preprocess.py (format documented there), runs
   rc__preprocess_u8 / rc__preprocess_f32 on each, and reports per case the max |diff| and the
   number of differing values. Passes when every case is within 1 (of 255) in uint8 and within
   1e-6 in the normalized floats; also checks argument errors, allocation failures and leaks,
   and times a 4000x3000 RGB image to 224.

   cc -std=c99 -O2 -Wall -Wextra -pedantic -Werror tests/test_preprocess.c -lm -o test_preprocess
   ./test_preprocess [tests/preprocess_cases.bin] */
#define REGIONCLIP_IMPLEMENTATION
#include "../regionclip.h"
#include "test_util.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

/* ---- counting allocator: detects leaks, can fail the n-th allocation ---- */
typedef struct counting_alloc { long live, calls, fail_at; } counting_alloc;

static void *counting_malloc(void *user, size_t size) {
    counting_alloc *c = (counting_alloc *)user;
    if (c->fail_at >= 0 && c->calls++ == c->fail_at) return NULL;
    c->live++;
    return malloc(size);
}
static void counting_free(void *user, void *p) { ((counting_alloc *)user)->live--; free(p); }

static rc__alloc make_alloc(counting_alloc *c, long fail_at) {
    rc__alloc a;
    c->live = 0; c->calls = 0; c->fail_at = fail_at;
    a.alloc = counting_malloc; a.free = counting_free; a.user = c;
    return a;
}

/* Runs one case; returns 1 when it passed. */
static int run_case(reader *r, int *bit_identical, int *max_diff_all, double *max_float_diff_all) {
    char name[128];
    uint32_t name_len, fmt, width, height, stride, size, has_float;
    float center, window_width, mean[3], std_[3];
    const uint8_t *name_bytes, *pixels_le, *expected, *expected_f32 = NULL;
    uint8_t *pixels, *got;            /* [height][stride] native, [3][size][size] */
    float *got_f32 = NULL;            /* [3][size][size] */
    size_t plane, n, i;
    int max_diff = 0, ok = 1;
    long n_diff = 0;
    double max_float_diff = 0.0;
    rc_image img;
    rc_error err;
    counting_alloc counter;
    rc__alloc a = make_alloc(&counter, -1);
    rc_status st;
    const uint8_t *len2 = rd_bytes(r, 2);

    name_len = len2 ? (uint32_t)len2[0] | (uint32_t)len2[1] << 8 : 0;
    name_bytes = rd_bytes(r, name_len);
    fmt = rd_u32(r); width = rd_u32(r); height = rd_u32(r); stride = rd_u32(r);
    center = rd_f32(r); window_width = rd_f32(r); size = rd_u32(r); has_float = rd_u32(r);
    plane = (size_t)size * size;
    pixels_le = rd_bytes(r, (size_t)stride * height);
    expected = rd_bytes(r, 3 * plane);
    if (has_float) {
        for (i = 0; i < 3; i++) mean[i] = rd_f32(r);
        for (i = 0; i < 3; i++) std_[i] = rd_f32(r);
        expected_f32 = rd_bytes(r, 3 * plane * 4);
    }
    if (r->bad) { printf("FAIL case file truncated\n"); return 0; }
    n = name_len < sizeof name - 1 ? name_len : sizeof name - 1;
    memcpy(name, name_bytes, n);
    name[n] = 0;

    pixels = copy_pixels(pixels_le, fmt, width, height, stride);
    got = (uint8_t *)malloc(3 * plane);
    memset(&img, 0, sizeof img);
    img.pixels = pixels; img.width = (int)width; img.height = (int)height; img.stride = stride;
    img.format = (rc_pixel_format)fmt; img.window_center = center; img.window_width = window_width;

    st = rc__preprocess_u8(&img, NULL, (int)size, got, &a, &err);
    if (st != RC_OK) {
        printf("FAIL %-32s %s: %s\n", name, rc_status_name(st), err.message);
        ok = 0;
    } else {
        for (i = 0; i < 3 * plane; i++) {
            int d = abs((int)got[i] - (int)expected[i]);
            if (d) n_diff++;
            if (d > max_diff) max_diff = d;
        }
        if (max_diff > (fmt == RC_PIXEL_RGBA8 ? 0 : 1)) ok = 0;   /* RGBA8: bit-exact */
    }
    if (counter.live != 0) { printf("FAIL %s: %ld allocations leaked\n", name, counter.live); ok = 0; }

    if (has_float && ok) {
        got_f32 = (float *)malloc(3 * plane * sizeof(float));
        st = rc__preprocess_f32(&img, NULL, (int)size, mean, std_, got_f32, &a, &err);
        if (st != RC_OK) { printf("FAIL %s f32: %s\n", name, err.message); ok = 0; }
        for (i = 0; st == RC_OK && i < 3 * plane; i++) {
            double d = fabs((double)got_f32[i] - (double)le_f32_at(expected_f32, i));
            if (d > max_float_diff) max_float_diff = d;
        }
        if (max_float_diff > 1e-6) ok = 0;
        if (counter.live != 0) { printf("FAIL %s f32: allocations leaked\n", name); ok = 0; }
        free(got_f32);
    }

    printf("%-4s %-40s %5ux%-5u %-6s -> %3u  max|diff| %d  differing %ld",
           ok ? "ok" : "FAIL", name, width, height,
           fmt == 0 ? "rgb8" : fmt == 1 ? "gray8" : fmt == 2 ? "gray16" : "rgba8", size, max_diff, n_diff);
    if (has_float) printf("  float max|diff| %.3g", max_float_diff);
    printf("\n");
    if (ok && n_diff == 0) (*bit_identical)++;
    if (max_diff > *max_diff_all) *max_diff_all = max_diff;
    if (max_float_diff > *max_float_diff_all) *max_float_diff_all = max_float_diff;
    free(pixels);
    free(got);
    return ok;
}

static void test_reference_cases(const char *path) {
    size_t file_size = 0;
    uint8_t *file = read_file("", path, &file_size);
    reader r;
    uint32_t n_cases, i;
    int bit_identical = 0, max_diff = 0, case_passed = 0;
    double max_float_diff = 0.0;
    if (!file) {
        printf("FAIL cannot read %s (run: python tests/gen_preprocess.py %s)\n", path, path);
        g_failed++;
        return;
    }
    r.p = file; r.end = file + file_size; r.bad = 0;
    if (!rd_bytes(&r, 8) || memcmp(file, "RCPREP01", 8) != 0) {
        printf("FAIL %s: bad magic\n", path);
        g_failed++;
        free(file);
        return;
    }
    n_cases = rd_u32(&r);
    for (i = 0; i < n_cases && !r.bad; i++) {
        int ok = run_case(&r, &bit_identical, &max_diff, &max_float_diff);
        case_passed += ok;
        check(ok, "reference case");
    }
    printf("reference: %u cases, %d within 1/255, %d bit-identical, max|diff| %d (uint8), "
           "float max|diff| %.3g\n", n_cases, case_passed, bit_identical, max_diff, max_float_diff);
    free(file);
}

/* ---- argument errors ---- */
static void expect_status(rc_status got, rc_status want, const rc_error *err, const char *what) {
    char buf[200];
    int ok = got == want && (got == RC_OK || (err->code == want && err->message[0] != 0));
    sprintf(buf, "%s: got %s, want %s", what, rc_status_name(got), rc_status_name(want));
    check(ok, buf);
}

static void test_errors(void) {
    static uint8_t pixels[64 * 64 * 3];
    static uint8_t out[3 * 16 * 16];
    static float out_f32[3 * 16 * 16];
    const float mean[3] = {0.5f, 0.5f, 0.5f}, std_[3] = {0.25f, 0.25f, 0.25f};
    float bad[3] = {0.25f, 0.0f, 0.25f};
    counting_alloc counter;
    rc__alloc a = make_alloc(&counter, -1);
    rc_image good, img;
    rc_error err;
    memset(&good, 0, sizeof good);
    good.pixels = pixels; good.width = 64; good.height = 64; good.stride = 64 * 3; good.format = RC_PIXEL_RGB8;

    expect_status(rc__preprocess_u8(&good, NULL, 16, out, &a, &err), RC_OK, &err, "valid image");
    expect_status(rc__preprocess_u8(NULL, NULL, 16, out, &a, &err), RC_ERR_ARG, &err, "NULL image");
    img = good; img.pixels = NULL;
    expect_status(rc__preprocess_u8(&img, NULL, 16, out, &a, &err), RC_ERR_ARG, &err, "NULL pixels");
    expect_status(rc__preprocess_u8(&good, NULL, 16, NULL, &a, &err), RC_ERR_ARG, &err, "NULL out");
    img = good; img.width = 0;
    expect_status(rc__preprocess_u8(&img, NULL, 16, out, &a, &err), RC_ERR_IMAGE, &err, "zero width");
    img = good; img.height = -3;
    expect_status(rc__preprocess_u8(&img, NULL, 16, out, &a, &err), RC_ERR_IMAGE, &err, "negative height");
    img = good; img.width = 70000;
    expect_status(rc__preprocess_u8(&img, NULL, 16, out, &a, &err), RC_ERR_TOO_LONG, &err, "width > limit");
    img = good; img.height = INT_MAX;
    expect_status(rc__preprocess_u8(&img, NULL, 16, out, &a, &err), RC_ERR_TOO_LONG, &err, "height INT_MAX");
    img = good; img.stride = 64 * 3 - 1;
    expect_status(rc__preprocess_u8(&img, NULL, 16, out, &a, &err), RC_ERR_IMAGE, &err, "stride too small");
    img = good; img.format = RC_PIXEL_GRAY16; img.stride = 64 * 2 - 1;
    expect_status(rc__preprocess_u8(&img, NULL, 16, out, &a, &err), RC_ERR_IMAGE, &err, "gray16 stride too small");
    img = good; img.stride = SIZE_MAX / 2;
    expect_status(rc__preprocess_u8(&img, NULL, 16, out, &a, &err), RC_ERR_IMAGE, &err, "stride * height overflow");
    img = good; img.format = (rc_pixel_format)3;             /* 3: still a valid value in C++ */
    expect_status(rc__preprocess_u8(&img, NULL, 16, out, &a, &err), RC_ERR_IMAGE, &err, "unknown format");
    expect_status(rc__preprocess_u8(&good, NULL, 0, out, &a, &err), RC_ERR_ARG, &err, "output size 0");
    expect_status(rc__preprocess_u8(&good, NULL, -1, out, &a, &err), RC_ERR_ARG, &err, "output size -1");
    expect_status(rc__preprocess_u8(&good, NULL, 70000, out, &a, &err), RC_ERR_TOO_LONG, &err, "output size > limit");
    img = good; img.format = RC_PIXEL_GRAY16; img.window_center = (float)NAN; img.window_width = 100;
    expect_status(rc__preprocess_u8(&img, NULL, 16, out, &a, &err), RC_ERR_VALUE, &err, "NaN window center");
    img.window_center = 100; img.window_width = (float)NAN;
    expect_status(rc__preprocess_u8(&img, NULL, 16, out, &a, &err), RC_ERR_VALUE, &err, "NaN window width");
    img.window_width = (float)INFINITY;
    expect_status(rc__preprocess_u8(&img, NULL, 16, out, &a, &err), RC_ERR_VALUE, &err, "infinite window width");
    img = good; img.window_center = (float)NAN;                  /* window ignored for RGB8 */
    expect_status(rc__preprocess_u8(&img, NULL, 16, out, &a, &err), RC_OK, &err, "NaN window on RGB8 ignored");
    img = good; img.width = 1; img.height = 1;                 /* 1x1 upscaled */
    expect_status(rc__preprocess_u8(&img, NULL, 16, out, &a, &err), RC_OK, &err, "1x1 image");
    check(rc__preprocess_u8(&good, NULL, 16, out, &a, NULL) == RC_OK, "NULL rc_error, valid image");
    check(rc__preprocess_u8(NULL, NULL, 16, out, &a, NULL) == RC_ERR_ARG, "NULL rc_error, NULL image");

    expect_status(rc__preprocess_f32(&good, NULL, 16, mean, std_, out_f32, &a, &err), RC_OK, &err, "f32 valid");
    expect_status(rc__preprocess_f32(&good, NULL, 16, NULL, std_, out_f32, &a, &err), RC_ERR_ARG, &err, "f32 NULL mean");
    expect_status(rc__preprocess_f32(&good, NULL, 16, mean, std_, NULL, &a, &err), RC_ERR_ARG, &err, "f32 NULL out");
    expect_status(rc__preprocess_f32(&good, NULL, 16, mean, bad, out_f32, &a, &err), RC_ERR_VALUE, &err, "f32 std 0");
    bad[1] = (float)NAN;
    expect_status(rc__preprocess_f32(&good, NULL, 16, bad, std_, out_f32, &a, &err), RC_ERR_VALUE, &err, "f32 NaN mean");
    expect_status(rc__preprocess_f32(NULL, NULL, 16, mean, std_, out_f32, &a, &err), RC_ERR_ARG, &err, "f32 NULL image");
    check(counter.live == 0, "no leaks in error paths");
}

/* Every allocation failing in turn gives RC_ERR_NOMEM and frees everything. */
static void test_allocation_failures(void) {
    static uint16_t pixels[40 * 30];
    static float out[3 * 24 * 24];
    const float mean[3] = {0, 0, 0}, std_[3] = {1, 1, 1};
    rc_image img;
    rc_error err;
    counting_alloc counter;
    long fail_at;
    int all_ok = 1;
    size_t i;
    for (i = 0; i < sizeof pixels / sizeof pixels[0]; i++) pixels[i] = (uint16_t)(i * 37);
    memset(&img, 0, sizeof img);
    img.pixels = pixels; img.width = 40; img.height = 30; img.stride = 80; img.format = RC_PIXEL_GRAY16;
    for (fail_at = 0;; fail_at++) {
        rc__alloc a = make_alloc(&counter, fail_at);
        rc_status st = rc__preprocess_f32(&img, NULL, 24, mean, std_, out, &a, &err);
        if (counter.live != 0 || (st != RC_OK && st != RC_ERR_NOMEM)) all_ok = 0;
        if (st == RC_OK) break;
    }
    check(all_ok && fail_at > 3, "allocation failures: RC_ERR_NOMEM, no leaks");
}

/* Shapes no reference can run (PIL would allocate a 224 x 14.7M image): a constant image of
   any shape must come out constant, without sanitizer findings. */
static void test_extreme_shapes(void) {
    static uint8_t rgb[65535 * 3];
    static uint16_t gray16[65535];
    static uint8_t out[3 * 224 * 224];
    const uint8_t color[3] = {77, 150, 222};
    rc__alloc a = rc__resolve_alloc(NULL);
    rc_image img;
    rc_error err;
    size_t i;
    int c, shape, all_ok = 1;
    for (i = 0; i < 65535; i++) { memcpy(rgb + 3 * i, color, 3); gray16[i] = 40000; }
    for (shape = 0; shape < 4; shape++) {
        memset(&img, 0, sizeof img);
        img.width = shape % 2 ? 65535 : 1;
        img.height = shape % 2 ? 1 : 65535;
        if (shape < 2) { img.pixels = rgb; img.format = RC_PIXEL_RGB8; img.stride = img.width * (size_t)3; }
        else { img.pixels = gray16; img.format = RC_PIXEL_GRAY16; img.stride = img.width * (size_t)2;
               img.window_center = 30000; img.window_width = 40000; }     /* 40000 -> 0.75 -> 191 */
        if (rc__preprocess_u8(&img, NULL, 224, out, &a, &err) != RC_OK) { all_ok = 0; continue; }
        for (c = 0; c < 3; c++)
            for (i = 0; i < 224 * 224; i++)
                if (out[c * 224 * 224 + i] != (shape < 2 ? color[c] : 191)) all_ok = 0;
    }
    check(all_ok, "1x65535 and 65535x1 constant images stay constant");
}

static void test_timing(void) {
    const int width = 4000, height = 3000, size = 224, runs = 5;
    size_t n = (size_t)width * height * 3, i;
    uint8_t *pixels = (uint8_t *)malloc(n), *out = (uint8_t *)malloc(3 * size * size);
    uint32_t state = 12345;
    rc__alloc a = rc__resolve_alloc(NULL);
    rc_image img;
    rc_error err;
    double best = 1e30;
    int run;
    for (i = 0; i < n; i++) { state = state * 1664525u + 1013904223u; pixels[i] = (uint8_t)(state >> 24); }
    memset(&img, 0, sizeof img);
    img.pixels = pixels; img.width = width; img.height = height; img.stride = (size_t)width * 3;
    img.format = RC_PIXEL_RGB8;
    for (run = 0; run < runs; run++) {
        clock_t t0 = clock();
        rc_status st = rc__preprocess_u8(&img, NULL, size, out, &a, &err);
        double ms = 1000.0 * (double)(clock() - t0) / CLOCKS_PER_SEC;
        check(st == RC_OK, "timing run");
        if (ms < best) best = ms;
    }
    printf("timing: %dx%d RGB8 -> %d: %.1f ms (best of %d)\n", width, height, size, best, runs);
    img.format = RC_PIXEL_GRAY16; img.stride = (size_t)width * 2; img.window_width = 0;
    {
        clock_t t0 = clock();
        check(rc__preprocess_u8(&img, NULL, size, out, &a, &err) == RC_OK, "timing gray16");
        printf("timing: %dx%d GRAY16 (auto window) -> %d: %.1f ms\n", width, height, size,
               1000.0 * (double)(clock() - t0) / CLOCKS_PER_SEC);
    }
    free(pixels);
    free(out);
}

int main(int argc, char **argv) {
    const char *path = argc > 1 ? argv[1] : "tests/preprocess_cases.bin";
    (void)rc__str_eq;               /* basics helper not used by this test */
    test_reference_cases(path);
    test_errors();
    test_allocation_failures();
    test_extreme_shapes();
    test_timing();
    printf("preprocess: %d passed, %d failed\n", g_passed, g_failed);
    return g_failed ? 1 : 0;
}
