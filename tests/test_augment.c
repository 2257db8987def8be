/* test_augment.c — regionclip's training augmentation against torchvision / PIL.

   1. Views: every rectangle of tests/gen_augment.py's cases through rc__preprocess_u8 (rect
      path) against F.resized_crop on the PIL image (uint8, max |diff| reported, must be <= 1;
      RGBA8 bit-exact) and, for one rectangle per image, the normalized floats (<= 1e-6).
   2. rc_random_resized_crop: 10,000 draws per setting lie in the image with area and ratio in
      range up to rounding (or equal the fallback); same seed -> same stream, other seeds differ;
      an rc_rng copied mid-stream resumes the same stream; torchvision's fallback on shapes where
      every attempt fails; argument errors.
   3. rc_box_to_view; rc_preprocess_rect(_u8) through a context (tiny model) and its errors.

   cc -std=c99 -O2 -DREGIONCLIP_TRAINING tests/test_augment.c -lm -o test_augment
   ./test_augment build/augment_cases.bin [build/tiny/tiny.gguf] */
#define REGIONCLIP_TRAINING
#define REGIONCLIP_IMPLEMENTATION
#include "../regionclip.h"
#include "test_util.h"

#include <math.h>

static uint32_t take_u32(reader *r) { return rd_u32(r); }
static double take_f64(reader *r) {
    const unsigned char *p = rd_bytes(r, 8);
    uint64_t u = 0;
    double d;
    int i;
    for (i = 7; p && i >= 0; i--) u = u << 8 | p[i];
    memcpy(&d, &u, 8);
    return d;
}

static rc__alloc plain_alloc(void) { return rc__resolve_alloc(NULL); }

/* ---- 1. views against F.resized_crop ---- */
static void check_views(reader *r, int *worst_u8, double *worst_f32, long *n_differing) {
    char name[128];
    uint32_t name_len = take_u32(r), fmt, width, height, stride, n_rects, k;
    const unsigned char *name_bytes = rd_bytes(r, name_len), *pixels_le;
    float center, window_width;
    uint8_t *pixels, *got;
    rc_image img;
    rc__alloc a = plain_alloc();
    rc_error err;
    size_t n;
    fmt = take_u32(r); width = take_u32(r); height = take_u32(r); stride = take_u32(r);
    center = rd_f32(r); window_width = rd_f32(r);
    pixels_le = rd_bytes(r, (size_t)stride * height);
    n_rects = take_u32(r);
    if (r->bad) { check(0, "case file truncated (image)"); return; }
    n = name_len < sizeof name - 1 ? name_len : sizeof name - 1;
    memcpy(name, name_bytes, n); name[n] = 0;
    pixels = copy_pixels(pixels_le, fmt, width, height, stride);
    memset(&img, 0, sizeof img);
    img.pixels = pixels; img.width = (int)width; img.height = (int)height; img.stride = stride;
    img.format = (rc_pixel_format)fmt; img.window_center = center; img.window_width = window_width;
    {
        int image_max = 0; long image_diff = 0; double image_fmax = 0.0;
        for (k = 0; k < n_rects; k++) {
            rc__rect rect;
            uint32_t size, has_float, i;
            const unsigned char *expected, *expected_f32 = NULL;
            float mean[3], std_[3];
            int max_diff = 0;
            char what[256];
            rect.x = (int)take_u32(r); rect.y = (int)take_u32(r); rect.w = (int)take_u32(r); rect.h = (int)take_u32(r);
            size = take_u32(r); has_float = take_u32(r);
            expected = rd_bytes(r, 3 * (size_t)size * size);
            if (has_float) {
                for (i = 0; i < 3; i++) mean[i] = rd_f32(r);
                for (i = 0; i < 3; i++) std_[i] = rd_f32(r);
                expected_f32 = rd_bytes(r, 3 * (size_t)size * size * 4);
            }
            if (r->bad) { check(0, "case file truncated (rect)"); break; }
            snprintf(what, sizeof what, "%s rect x %d y %d w %d h %d -> %u", name, rect.x, rect.y, rect.w, rect.h, size);
            got = (uint8_t *)malloc(3 * (size_t)size * size);
            if (rc__preprocess_u8(&img, &rect, (int)size, got, &a, &err) != RC_OK) {
                printf("  %s: %s\n", what, err.message);
                check(0, what);
                free(got);
                continue;
            }
            for (i = 0; i < 3 * size * size; i++) {
                int d = abs((int)got[i] - (int)expected[i]);
                if (d) image_diff++;
                if (d > max_diff) max_diff = d;
            }
            if (max_diff > image_max) image_max = max_diff;
            check(max_diff <= (fmt == RC_PIXEL_RGBA8 ? 0 : 1), what);
            if (has_float) {
                float *got_f32 = (float *)malloc(3 * (size_t)size * size * sizeof(float));
                rc_status st = rc__preprocess_f32(&img, &rect, (int)size, mean, std_, got_f32, &a, &err);
                double fmax = 0.0;
                for (i = 0; st == RC_OK && i < 3 * size * size; i++) {
                    float want = le_f32_at(expected_f32, i);
                    if (fabs((double)got_f32[i] - want) > fmax) fmax = fabs((double)got_f32[i] - want);
                }
                check(st == RC_OK && fmax <= 1e-6, "normalized floats within 1e-6");
                if (fmax > image_fmax) image_fmax = fmax;
                free(got_f32);
            }
            free(got);
        }
        printf("%-22s %5ux%-5u fmt %u: %3u rects  max|diff| u8 %d  differing values %ld  max|diff| f32 %.3g\n",
               name, width, height, fmt, n_rects, image_max, image_diff, image_fmax);
        if (image_max > *worst_u8) *worst_u8 = image_max;
        if (image_fmax > *worst_f32) *worst_f32 = image_fmax;
        *n_differing += image_diff;
    }
    free(pixels);
}

/* ---- 2. random resized crop ---- */
static rc_rect fallback_rect(int W, int H, const rc_crop_opts *o) {   /* recomputed independently */
    rc_rect f;
    double in_ratio = (double)W / H;
    f.w = W; f.h = H;
    if (in_ratio < o->ratio_min) f.h = (int)rc__round_half_even(W / o->ratio_min);
    else if (in_ratio > o->ratio_max) f.w = (int)rc__round_half_even(H * o->ratio_max);
    if (f.w < 1) f.w = 1;
    if (f.h < 1) f.h = 1;
    f.x = (W - f.w) / 2; f.y = (H - f.h) / 2;
    return f;
}

static void check_rrc_ranges(int W, int H, rc_crop_opts o, uint64_t seed) {
    rc_rng rng;
    int i, inside = 1, in_range = 1, n_fallback = 0;
    double A = (double)W * H;
    char what[160];
    rc_rng_seed(&rng, seed);
    for (i = 0; i < 10000; i++) {
        rc_rect c;
        double slack_area, ratio;
        if (rc_random_resized_crop(&rng, W, H, &o, &c) != RC_OK) { inside = 0; break; }
        if (c.w < 1 || c.h < 1 || c.x < 0 || c.y < 0 || c.x + c.w > W || c.y + c.h > H) inside = 0;
        /* rounding each side by <= 0.5 moves the area by <= (w + h) / 2 + 1/4 and the ratio by
           a factor within (1 +- 0.5 / w)(1 +- 0.5 / h) */
        slack_area = 0.5 * (c.w + c.h) + 0.25;
        ratio = (double)c.w / c.h;
        if ((double)c.w * c.h < o.scale_min * A - slack_area || (double)c.w * c.h > o.scale_max * A + slack_area ||
            ratio < o.ratio_min * (1 - 0.5 / c.w) / (1 + 0.5 / c.h) - 1e-12 ||
            ratio > o.ratio_max * (1 + 0.5 / c.w) / (1 - 0.5 / c.h + 1e-300) + 1e-12) {
            rc_rect f = fallback_rect(W, H, &o);
            if (memcmp(&f, &c, sizeof f) == 0) n_fallback++;
            else in_range = 0;
        }
    }
    snprintf(what, sizeof what, "rrc %dx%d scale %.2f..%.2f: 10000 draws inside the image", W, H, o.scale_min, o.scale_max);
    check(inside, what);
    snprintf(what, sizeof what, "rrc %dx%d scale %.2f..%.2f: area and ratio in range (or the fallback)", W, H,
             o.scale_min, o.scale_max);
    check(in_range, what);
    printf("rrc %4dx%-4d scale %.2f..%.2f ratio %.3f..%.3f: 10000 draws, %d fallbacks\n", W, H, o.scale_min,
           o.scale_max, o.ratio_min, o.ratio_max, n_fallback);
}

static void check_rng(void) {
    rc_rng a, b, saved;
    int i, same = 1, differ = 0, below_ok = 1;
    double sum = 0.0;
    long hist[7] = {0};
    rc_rng_seed(&a, 42); rc_rng_seed(&b, 42);
    for (i = 0; i < 1000; i++) if (rc_rng_u64(&a) != rc_rng_u64(&b)) same = 0;
    check(same, "rng: same seed -> same stream");
    rc_rng_seed(&a, 42); rc_rng_seed(&b, 43);
    for (i = 0; i < 1000; i++) if (rc_rng_u64(&a) != rc_rng_u64(&b)) differ++;
    check(differ == 1000, "rng: seeds 42 and 43 differ at every draw");
    rc_rng_seed(&a, 0);
    check(a.s[0] | a.s[1] | a.s[2] | a.s[3], "rng: seed 0 gives a non-zero state");
    for (i = 0; i < 500; i++) rc_rng_u64(&a);
    saved = a;                                   /* a checkpoint stores the plain struct */
    for (i = 0; i < 100; i++) rc_rng_u64(&a);
    b = saved; same = 1;
    rc_rng_seed(&saved, 1);                      /* the copy is independent of the original */
    {
        rc_rng replay = b;
        rc_rng_seed(&a, 0);
        for (i = 0; i < 500; i++) rc_rng_u64(&a);
        for (i = 0; i < 100; i++) if (rc_rng_u64(&a) != rc_rng_u64(&replay)) same = 0;
    }
    check(same, "rng: a copied state resumes the same stream");
    rc_rng_seed(&a, 7);
    for (i = 0; i < 70000; i++) {
        double u = rc_rng_uniform(&a);
        uint64_t k = rc_rng_below(&a, 7);
        if (!(u >= 0.0 && u < 1.0) || k >= 7) below_ok = 0;
        sum += u;
        hist[k < 7 ? k : 0]++;
    }
    check(below_ok, "rng: uniform in [0, 1), below(7) in 0..6");
    check(fabs(sum / 70000 - 0.5) < 0.01, "rng: uniform mean 0.5 +- 0.01");
    for (i = 0; i < 7; i++) check(labs(hist[i] - 10000) < 500, "rng: below(7) histogram within 5%");
    check(rc_rng_below(&a, 0) == 0 && rc_rng_below(&a, 1) == 0, "rng: below(0) and below(1) are 0");
    printf("rng: uniform mean %.4f over 70000, below(7) counts %ld %ld %ld %ld %ld %ld %ld\n", sum / 70000,
           hist[0], hist[1], hist[2], hist[3], hist[4], hist[5], hist[6]);
}

static void check_rrc_errors_and_streams(void) {
    rc_rng a, b, before;
    rc_rect c1, c2, c;
    rc_crop_opts o = rc_crop_opts_default(), bad;
    int i, same = 1, differ = 0;
    check(o.scale_min == 0.9 && o.scale_max == 1.0 && o.ratio_min == 3.0 / 4.0 && o.ratio_max == 4.0 / 3.0,
          "rrc defaults are open_clip's (0.9, 1.0), (3/4, 4/3)");
    rc_rng_seed(&a, 5); rc_rng_seed(&b, 5);
    for (i = 0; i < 1000; i++) {
        rc_random_resized_crop(&a, 640, 480, &o, &c1);
        rc_random_resized_crop(&b, 640, 480, &o, &c2);
        if (memcmp(&c1, &c2, sizeof c1) != 0) same = 0;
    }
    check(same, "rrc: same seed -> same rectangles");
    rc_rng_seed(&a, 5); rc_rng_seed(&b, 6);
    o.scale_min = 0.08;                 /* (0.9, 1.0) on 640x480 has few distinct outcomes */
    for (i = 0; i < 1000; i++) {
        rc_random_resized_crop(&a, 640, 480, &o, &c1);
        rc_random_resized_crop(&b, 640, 480, &o, &c2);
        if (memcmp(&c1, &c2, sizeof c1) != 0) differ++;
    }
    check(differ > 990, "rrc: different seeds -> different rectangles");
    printf("rrc: seeds 5 and 6 give different rectangles in %d of 1000 draws\n", differ);
    o = rc_crop_opts_default();
    rc_rng_seed(&a, 9); before = a;
    check(rc_random_resized_crop(NULL, 10, 10, &o, &c) == RC_ERR_ARG, "rrc: NULL rng");
    check(rc_random_resized_crop(&a, 10, 10, NULL, &c) == RC_ERR_ARG, "rrc: NULL opts");
    check(rc_random_resized_crop(&a, 10, 10, &o, NULL) == RC_ERR_ARG, "rrc: NULL out");
    check(rc_random_resized_crop(&a, 0, 10, &o, &c) == RC_ERR_IMAGE, "rrc: width 0");
    check(rc_random_resized_crop(&a, 10, -1, &o, &c) == RC_ERR_IMAGE, "rrc: height -1");
    bad = o; bad.scale_min = 1.1;
    check(rc_random_resized_crop(&a, 10, 10, &bad, &c) == RC_ERR_VALUE, "rrc: scale min > max");
    bad = o; bad.scale_min = 0.0;
    check(rc_random_resized_crop(&a, 10, 10, &bad, &c) == RC_ERR_VALUE, "rrc: scale min 0");
    bad = o; bad.ratio_max = NAN;
    check(rc_random_resized_crop(&a, 10, 10, &bad, &c) == RC_ERR_VALUE, "rrc: ratio NaN");
    bad = o; bad.ratio_max = INFINITY;
    check(rc_random_resized_crop(&a, 10, 10, &bad, &c) == RC_ERR_VALUE, "rrc: ratio inf");
    bad = o; bad.ratio_min = -1.0;
    check(rc_random_resized_crop(&a, 10, 10, &bad, &c) == RC_ERR_VALUE, "rrc: negative ratio");
    check(memcmp(&a, &before, sizeof a) == 0, "rrc: errors leave the rng untouched");
}

static void check_fallbacks(reader *r) {
    uint32_t n = take_u32(r), i;
    for (i = 0; i < n && !r->bad; i++) {
        rc_crop_opts o;
        rc_rect want, got;
        rc_rng rng;
        int W = (int)take_u32(r), H = (int)take_u32(r), k, all = 1;
        char what[160];
        o.scale_min = take_f64(r); o.scale_max = take_f64(r); o.ratio_min = take_f64(r); o.ratio_max = take_f64(r);
        want.x = (int)take_u32(r); want.y = (int)take_u32(r); want.w = (int)take_u32(r); want.h = (int)take_u32(r);
        rc_rng_seed(&rng, 100 + i);
        for (k = 0; k < 100; k++) {
            if (rc_random_resized_crop(&rng, W, H, &o, &got) != RC_OK || memcmp(&got, &want, sizeof got) != 0) all = 0;
        }
        snprintf(what, sizeof what, "rrc fallback %dx%d = torchvision's x %d y %d w %d h %d (got x %d y %d w %d h %d)",
                 W, H, want.x, want.y, want.w, want.h, got.x, got.y, got.w, got.h);
        check(all, what);
        printf("%s: %s\n", all ? "ok" : "FAIL", what);
    }
    check(!r->bad, "case file: fallbacks complete");
}

/* ---- 3. box mapping and the public wrappers ---- */
static void check_box_mapping(void) {
    rc_rect v = {100, 50, 200, 100};
    rc_box b = {150, 75, 250, 100}, out, nan_box = {NAN, 0, 10, 10}, inv = {10, 10, 5, 20};
    rc_box outside = {0, 0, 100, 50}, partly = {80, 40, 120, 60};
    check(rc_box_to_view(&b, v, 224, &out) == 1 && out.x0 == 56.0f && out.y0 == 56.0f &&
          out.x1 == 168.0f && out.y1 == 112.0f, "box -> view: (x - rect.x) * S / rect.w");
    check(rc_box_to_view(&partly, v, 224, &out) == 1 && out.x0 == 0.0f && out.y0 == 0.0f &&
          out.x1 == 22.4f && out.y1 == 22.4f, "box -> view: clipped at the view's edge");
    check(rc_box_to_view(&outside, v, 224, &out) == 0, "box -> view: outside the view has no area");
    check(rc_box_to_view(&nan_box, v, 224, &out) == 0, "box -> view: NaN");
    check(rc_box_to_view(&inv, v, 224, &out) == 0, "box -> view: inverted");
    v.w = 0;
    check(rc_box_to_view(&b, v, 224, &out) == 0, "box -> view: empty rect");
    v.w = 200;
    check(rc_box_to_view(NULL, v, 224, &out) == 0 && rc_box_to_view(&b, v, 0, &out) == 0, "box -> view: NULL, size 0");
}

static void check_rect_errors(void) {
    uint8_t px[12 * 10 * 3], out[3 * 16 * 16];
    rc_image img;
    rc__rect r;
    rc__alloc a = plain_alloc();
    rc_error err;
    int i;
    for (i = 0; i < (int)sizeof px; i++) px[i] = (uint8_t)(i * 37);
    memset(&img, 0, sizeof img);
    img.pixels = px; img.width = 12; img.height = 10; img.stride = 36; img.format = RC_PIXEL_RGB8;
    r.x = 0; r.y = 0; r.w = 12; r.h = 10;
    check(rc__preprocess_u8(&img, &r, 16, out, &a, &err) == RC_OK, "rect: full image ok");
    r.x = 1;
    check(rc__preprocess_u8(&img, &r, 16, out, &a, &err) == RC_ERR_VALUE, "rect: x + w > width");
    check(strstr(err.message, "not inside") != NULL, "rect: message says not inside");
    r.x = -1; r.w = 5;
    check(rc__preprocess_u8(&img, &r, 16, out, &a, &err) == RC_ERR_VALUE, "rect: negative x");
    r.x = 0; r.w = 0;
    check(rc__preprocess_u8(&img, &r, 16, out, &a, &err) == RC_ERR_VALUE, "rect: w 0");
    r.w = 3; r.y = 2; r.h = INT_MAX;
    check(rc__preprocess_u8(&img, &r, 16, out, &a, &err) == RC_ERR_VALUE, "rect: h INT_MAX (no overflow)");
    r.y = INT_MAX; r.h = 1;
    check(rc__preprocess_u8(&img, &r, 16, out, &a, &err) == RC_ERR_VALUE, "rect: y INT_MAX");
    img.width = 0; r.y = 0;
    check(rc__preprocess_u8(&img, &r, 16, out, &a, &err) == RC_ERR_IMAGE, "rect: bad image first");
}

static void check_public(const char *model_path) {
    rc_model *m = NULL;
    rc_ctx *c = NULL;
    rc_error err;
    rc_image img;
    uint8_t px[40 * 30], *u8 = NULL, *want_u8 = NULL;
    float *f = NULL, *want = NULL;
    rc_rect r = {3, 4, 20, 17}, bad = {30, 0, 20, 17};
    rc__rect ir = {3, 4, 20, 17};
    int S, i;
    size_t n;
    rc__alloc a = plain_alloc();
    if (rc_model_load_file(&m, model_path, NULL, &err) != RC_OK || rc_ctx_create(&c, m, &err) != RC_OK) {
        printf("FAIL cannot load %s: %s\n", model_path, err.message);
        check(0, "load the tiny model");
        rc_model_free(m);
        return;
    }
    S = rc_model_get_info(m).image_size;
    n = 3 * (size_t)S * S;
    for (i = 0; i < (int)sizeof px; i++) px[i] = (uint8_t)(i * 13 + i / 40);
    memset(&img, 0, sizeof img);
    img.pixels = px; img.width = 40; img.height = 30; img.stride = 40; img.format = RC_PIXEL_GRAY8;
    f = (float *)malloc(n * sizeof(float)); want = (float *)malloc(n * sizeof(float));
    u8 = (uint8_t *)malloc(n); want_u8 = (uint8_t *)malloc(n);
    check(rc_preprocess_rect(c, &img, r, f) == RC_OK, "rc_preprocess_rect ok");
    check(rc_preprocess_rect_u8(c, &img, r, u8) == RC_OK, "rc_preprocess_rect_u8 ok");
    check(rc__preprocess_f32(&img, &ir, S, m->mean, m->std, want, &a, &err) == RC_OK &&
          memcmp(f, want, n * sizeof(float)) == 0, "rc_preprocess_rect = the rect pipeline with the model's mean/std");
    check(rc__preprocess_u8(&img, &ir, S, want_u8, &a, &err) == RC_OK && memcmp(u8, want_u8, n) == 0,
          "rc_preprocess_rect_u8 = the rect pipeline");
    check(rc_preprocess_rect(c, &img, bad, f) == RC_ERR_VALUE, "rc_preprocess_rect outside -> RC_ERR_VALUE");
    check(strstr(rc_ctx_error(c), "not inside") != NULL, "rc_preprocess_rect message");
    check(rc_preprocess_rect(NULL, &img, r, f) == RC_ERR_ARG, "rc_preprocess_rect NULL ctx");
    check(rc_preprocess_rect(c, &img, r, NULL) == RC_ERR_ARG, "rc_preprocess_rect NULL out");
    check(rc_preprocess_rect_u8(c, NULL, r, u8) == RC_ERR_ARG, "rc_preprocess_rect_u8 NULL image");
    free(f); free(want); free(u8); free(want_u8);
    rc_ctx_free(c);
    rc_model_free(m);
}

int main(int argc, char **argv) {
    size_t size;
    unsigned char *buf;
    reader r;
    uint32_t n_images, i;
    int worst_u8 = 0;
    double worst_f32 = 0.0;
    long n_differing = 0;
    rc_crop_opts o = rc_crop_opts_default();
    if (argc < 2) { printf("usage: %s augment_cases.bin [tiny.gguf]\n", argv[0]); return 2; }
    buf = read_file("", argv[1], &size);
    if (!buf) { printf("0 passed, 1 failed\n"); return 1; }
    r.p = buf; r.end = buf + size; r.bad = 0;
    check(size >= 12 && memcmp(buf, "RCAUG001", 8) == 0, "case file magic");
    r.p += 8;
    n_images = take_u32(&r);
    for (i = 0; i < n_images && !r.bad; i++) check_views(&r, &worst_u8, &worst_f32, &n_differing);
    printf("views: worst max|diff| u8 %d (of 255), %ld differing values; worst f32 %.3g\n",
           worst_u8, n_differing, worst_f32);
    check_fallbacks(&r);
    free(buf);

    check_rng();
    check_rrc_ranges(640, 480, o, 1);
    check_rrc_ranges(97, 300, o, 2);
    check_rrc_ranges(1, 1, o, 3);
    check_rrc_ranges(1000, 10, o, 4);                          /* every draw falls back */
    o.scale_min = 0.08;                                         /* torchvision's default scale */
    check_rrc_ranges(640, 480, o, 5);
    check_rrc_ranges(50, 120, o, 6);
    check_rrc_errors_and_streams();
    check_box_mapping();
    check_rect_errors();
    if (argc > 2) check_public(argv[2]);
    else printf("(no model given: rc_preprocess_rect through a context not checked)\n");
    printf("augment: %d passed, %d failed\n", g_passed, g_failed);
    return g_failed != 0;
}
