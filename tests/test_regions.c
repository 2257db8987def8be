/* test_regions.c — rc_encode_regions (align and crop modes, region head, fusion) against the
   PyTorch reference of tests/gen_regions.py (open_clip, torchvision.ops.roi_align and
   nn.MultiheadAttention through convert/roi_processor.py, written from docs/roi.md).

   Passes when every global, region and fused embedding has cosine >= 0.99999 and max |diff|
   <= 1e-4 with the reference, for every model given; then (on the first model) checks the box
   errors (NaN/Inf, inverted, empty, outside the image, outside the model's view, too many
   boxes), bad modes and margins, and normalization.

   cc -std=c99 -O2 -Wall -Wextra -pedantic -Werror tests/test_regions.c -lm -o test_regions
   ./test_regions build/regions/clip.gguf build/regions/clip_cases.bin [MODEL CASES]... */
#define REGIONCLIP_IMPLEMENTATION
#include "../regionclip.h"
#include "test_util.h"

#define MIN_COS 0.99999
#define MAX_ABS 1e-4

/* Compares got[n][E] with the file's next n*E floats; returns 1 when all rows pass. */
static int compare(reader *r, const float *got, int n, int E, double *worst_cos, double *worst_abs) {
    int i, k, ok = 1;
    for (i = 0; i < n; i++) {
        double ab = 0, aa = 0, bb = 0, mx = 0, cosv;
        for (k = 0; k < E; k++) {
            double a = got[(size_t)i * E + k], b = rd_f32(r);
            ab += a * b; aa += a * a; bb += b * b;
            if (fabs(a - b) > mx) mx = fabs(a - b);
        }
        cosv = ab / sqrt(aa * bb);
        if (!(cosv >= MIN_COS && mx <= MAX_ABS)) ok = 0;
        if (cosv < *worst_cos) *worst_cos = cosv;
        if (mx > *worst_abs) *worst_abs = mx;
    }
    return ok;
}

static void run_cases(rc_ctx *ctx, int E, reader *r) {
    uint32_t n_cases = rd_u32(r), ci;
    double worst_cos = 1.0, worst_abs = 0.0;
    for (ci = 0; ci < n_cases && !r->bad; ci++) {
        int w = (int)rd_u32(r), h = (int)rd_u32(r), n = (int)rd_u32(r), mode;
        rc_image img;
        memset(&img, 0, sizeof img);
        rc_box *boxes = (rc_box *)malloc(sizeof(rc_box) * (size_t)(n + 1));
        float *regions = (float *)malloc(sizeof(float) * ((size_t)n * E + 1));
        float *global = (float *)malloc(sizeof(float) * (size_t)E), fused[64];
        char what[400];
        rc_status s;
        int ok;
        if (!boxes || !regions || !global || !rd_rgb_image(r, w, h, &img)) { free(boxes); free(regions); free(global); break; }
        rd_boxes(r, boxes, n);
        for (mode = RC_REGION_ALIGN; mode <= RC_REGION_CROP; mode++) {
            rc_region_opts opts = rc_region_opts_default();
            opts.mode = (rc_region_mode)mode;
            s = rc_encode_regions(ctx, &img, boxes, n, mode == RC_REGION_ALIGN ? NULL : &opts, regions, global,
                                  fused, 0);
            ok = s == RC_OK;
            if (mode == RC_REGION_ALIGN) ok &= compare(r, global, 1, E, &worst_cos, &worst_abs);
            ok &= compare(r, regions, n, E, &worst_cos, &worst_abs);
            ok &= compare(r, fused, 1, E, &worst_cos, &worst_abs);
            snprintf(what, sizeof what, "case %u (%s): %dx%d image, R = %d: %s %s", (unsigned)ci,
                     mode == RC_REGION_ALIGN ? "align" : "crop", w, h, n, rc_status_name(s), rc_ctx_error(ctx));
            check(ok, what);
        }
        free(boxes); free(regions); free(global);
    }
    check(!r->bad && r->p == r->end, "case file read to its end");
    printf("%u cases: worst cosine %.8f, worst max |diff| %.3g (need >= %.5f, <= %.0e)\n",
           (unsigned)n_cases, worst_cos, worst_abs, MIN_COS, MAX_ABS);
}

/* One call with one box on an 80 x 56 RGB image (the center crop removes 12 columns each side). */
static void expect_box(rc_ctx *ctx, rc_status want, const char *what, float x0, float y0, float x1,
                       float y1, rc_region_mode mode, float margin, const char *message_part) {
    static unsigned char pixels[56 * 80 * 3];
    rc_image img;
    rc_box box;
    rc_region_opts opts;
    float regions[64], global[64];
    rc_status s;
    char msg[400];
    memset(&img, 0, sizeof img);
    img.pixels = pixels; img.width = 80; img.height = 56; img.stride = 80 * 3;
    img.format = RC_PIXEL_RGB8; img.window_center = img.window_width = 0.0f;
    box.x0 = x0; box.y0 = y0; box.x1 = x1; box.y1 = y1;
    opts.mode = mode; opts.margin = margin;
    s = rc_encode_regions(ctx, &img, &box, 1, &opts, regions, global, NULL, 1);
    snprintf(msg, sizeof msg, "%s: want %s, got %s (%s)", what, rc_status_name(want), rc_status_name(s), rc_ctx_error(ctx));
    check(s == want && (!message_part || strstr(rc_ctx_error(ctx), message_part)), msg);
}

static void test_errors(rc_ctx *ctx, int E) {
    const float nan = (float)NAN, inf = (float)INFINITY;
    const rc_region_mode A = RC_REGION_ALIGN, C = RC_REGION_CROP;
    expect_box(ctx, RC_OK, "valid box", 20, 10, 50, 40, A, 0.1f, NULL);
    expect_box(ctx, RC_ERR_VALUE, "NaN x0", nan, 10, 50, 40, A, 0.1f, "box 0");
    expect_box(ctx, RC_ERR_VALUE, "Inf y1", 20, 10, 50, inf, C, 0.1f, "box 0");
    expect_box(ctx, RC_ERR_VALUE, "inverted x", 50, 10, 20, 40, A, 0.1f, "inverted");
    expect_box(ctx, RC_ERR_VALUE, "empty y", 20, 10, 50, 10, C, 0.1f, "inverted");
    expect_box(ctx, RC_ERR_VALUE, "outside the image", 90, 10, 120, 40, A, 0.1f, "outside the image");
    expect_box(ctx, RC_ERR_VALUE, "outside the image (crop)", -30, 10, -1, 40, C, 0.1f, "outside the image");
    expect_box(ctx, RC_ERR_VALUE, "outside the view", 0, 10, 11, 40, A, 0.1f, "crop mode");
    expect_box(ctx, RC_OK, "outside the view, crop mode", 0, 10, 11, 40, C, 0.1f, NULL);
    expect_box(ctx, RC_OK, "crop, margin 0, 1 pixel", 3, 4, 3.5f, 4.5f, C, 0.0f, NULL);
    expect_box(ctx, RC_ERR_VALUE, "margin NaN", 20, 10, 50, 40, C, nan, "margin");
    expect_box(ctx, RC_ERR_VALUE, "margin < 0", 20, 10, 50, 40, C, -0.1f, "margin");
    expect_box(ctx, RC_ERR_VALUE, "margin too large", 20, 10, 50, 40, C, RC_ROI_MAX_MARGIN * 2, "margin");
    expect_box(ctx, RC_ERR_ARG, "unknown mode", 20, 10, 50, 40, (rc_region_mode)7, 0.1f, NULL);
    {   /* crop offsets use the format's pixel size: opaque RGBA8 gives what RGB8 gives */
        static unsigned char rgb[30 * 40 * 3], rgba[30 * 40 * 4];
        rc_image a, b;
        rc_box boxes[2] = {{21.5f, 3, 37, 17}, {2, 12, 9, 29}};
        rc_region_opts opts = rc_region_opts_default();
        float ra[2 * 64], rb[2 * 64], g[64];
        double mx = 0;
        int k;
        for (k = 0; k < 30 * 40; k++) {
            rgb[3 * k] = rgba[4 * k] = (unsigned char)(k * 7); rgb[3 * k + 1] = rgba[4 * k + 1] = (unsigned char)(k * 13);
            rgb[3 * k + 2] = rgba[4 * k + 2] = (unsigned char)(k / 5); rgba[4 * k + 3] = 255;
        }
        memset(&a, 0, sizeof a);
        a.pixels = rgb; a.width = 40; a.height = 30; a.stride = 40 * 3; a.format = RC_PIXEL_RGB8;
        a.window_center = a.window_width = 0.0f;
        b = a; b.pixels = rgba; b.stride = 40 * 4; b.format = RC_PIXEL_RGBA8;
        opts.mode = RC_REGION_CROP;
        check(rc_encode_regions(ctx, &a, boxes, 2, &opts, ra, g, NULL, 0) == RC_OK &&
              rc_encode_regions(ctx, &b, boxes, 2, &opts, rb, g, NULL, 0) == RC_OK, "crop RGB8 and RGBA8");
        for (k = 0; k < 2 * E; k++) if (fabs(ra[k] - rb[k]) > mx) mx = fabs(ra[k] - rb[k]);
        check(mx <= 1e-6, "crop: opaque RGBA8 regions equal RGB8 regions");
    }
    {   /* the second box is named; R = 0 needs no boxes; normalized outputs have norm 1 */
        static unsigned char pixels[40 * 30];
        rc_image img;
        rc_box boxes[2] = {{1, 1, 20, 20}, {5, 5, 5, 9}};
        float regions[2 * 64], global[64], fused[64];
        double n2 = 0, nf = 0;
        int k;
        memset(&img, 0, sizeof img);
        img.pixels = pixels; img.width = 40; img.height = 30; img.stride = 40;
        img.format = RC_PIXEL_GRAY8; img.window_center = img.window_width = 0.0f;
        for (k = 0; k < 40 * 30; k++) pixels[k] = (unsigned char)(k * 7);
        check(rc_encode_regions(ctx, &img, boxes, 2, NULL, regions, global, fused, 1) == RC_ERR_VALUE &&
              strstr(rc_ctx_error(ctx), "box 1") != NULL, "error names box 1");
        check(rc_encode_regions(ctx, &img, NULL, 0, NULL, NULL, global, fused, 1) == RC_OK, "R = 0");
        check(rc_encode_regions(ctx, &img, boxes, 1, NULL, regions, NULL, fused, 1) == RC_ERR_ARG, "global NULL");
        check(rc_encode_regions(ctx, &img, boxes, -1, NULL, regions, global, fused, 1) == RC_ERR_ARG, "n < 0");
        check(rc_encode_regions(ctx, &img, boxes, RC_ROI_MAX_BOXES + 1, NULL, regions, global, fused, 1) ==
              RC_ERR_TOO_LONG && strstr(rc_ctx_error(ctx), "boxes"), "too many boxes: RC_ERR_TOO_LONG");
        check(rc_encode_regions(ctx, &img, boxes, 1, NULL, regions, global, fused, 1) == RC_OK, "one box");
        for (k = 0; k < E; k++) { n2 += (double)regions[k] * regions[k]; nf += (double)fused[k] * fused[k]; }
        check(fabs(n2 - 1.0) < 1e-5 && fabs(nf - 1.0) < 1e-5, "normalized region and fused have norm 1");
    }
}

int main(int argc, char **argv) {
    int a;
    if (argc < 3 || argc % 2 == 0) { printf("usage: %s MODEL.gguf CASES.bin [MODEL CASES]...\n", argv[0]); return 2; }
    for (a = 1; a + 1 < argc; a += 2) {
        size_t size = 0;
        unsigned char *data = read_file("", argv[a + 1], &size);
        rc_model *model = NULL;
        rc_ctx *ctx = NULL;
        rc_error err;
        reader r;
        int E;
        if (!data || rc_model_load_file(&model, argv[a], NULL, &err) || rc_ctx_create(&ctx, model, &err)) {
            printf("cannot load %s / %s\n0 passed, 1 failed\n", argv[a], argv[a + 1]);
            return 1;
        }
        E = rc_model_get_info(model).embed_dim;
        printf("%s: head %d, fusion heads %d\n", argv[a], rc_model_get_info(model).roi_head,
               rc_model_get_info(model).roi_fusion_heads);
        r.p = data; r.end = data + size; r.bad = 0;
        check(size >= 16 && memcmp(data, "RCREG002", 8) == 0, "magic RCREG002");
        r.p += 8;
        check((int)rd_u32(&r) == E && E <= 64, "embed_dim matches the model");
        run_cases(ctx, E, &r);
        if (a == 1) test_errors(ctx, E);
        free(data);
        rc_ctx_free(ctx);
        rc_model_free(model);
    }
    printf("%d passed, %d failed\n", g_passed, g_failed);
    return g_failed != 0;
}
