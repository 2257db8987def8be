/* libFuzzer: rc_encode_regions with fuzzed boxes (NaN/Inf/huge floats, inverted, empty,
   partly or wholly outside the image or the model's center crop), margin, mode, image size
   and pixel format, on a micro CLIP model with a region head and fusion
   ($RC_FUZZ_ROI_MODEL, default build/fuzz/seeds/gguf/clip-roi-vqa.gguf from make_seeds.py).
   Checks: the status is RC_OK or RC_ERR_VALUE with a message; it is RC_ERR_VALUE whenever the
   margin is outside [0, RC_ROI_MAX_MARGIN], a box has a non-finite coordinate, x0 >= x1 or
   y0 >= y1, or lies wholly outside the image; it is RC_OK when every box lies inside the image
   (crop mode) or also contains the image's center (align mode); on an error no output was
   written; on success every output is finite, the global embedding equals rc_encode_images
   of the image bit for bit, and in align mode the first box's vector equals a call with that
   box alone bit for bit.

   Input: [0] flags (bit 0 crop mode, 1 fused wanted, 2 normalize, 3-4 pixel format, 5 raw
   margin), [1] width - 1, [2] height - 1, [3..6] margin (raw float bits, or [3] / 25 when
   bit 5 is clear), then boxes: a selector byte, then 16 bytes of raw floats (selector >= 128)
   or 4 bytes each scaled to [-w/4, 5w/4] x [-h/4, 5h/4]. Pixels are a fixed pattern. */
#define FUZZ_WITH_MODEL
#define FUZZ_MODEL_ENV "RC_FUZZ_ROI_MODEL"
#define FUZZ_MODEL_DEFAULT "build/fuzz/seeds/gguf/clip-roi-vqa.gguf"
#include "fuzz_common.h"

#define MAX_BOXES 64
#define SENTINEL 12345.0f

static float f32_at(const uint8_t *p) { float f; memcpy(&f, p, 4); return f; }

static int all_finite(const float *v, size_t n) {
    size_t i;
    for (i = 0; i < n; i++) if (!(v[i] - v[i] == 0.0f)) return 0;
    return 1;
}
static int untouched(const float *v, size_t n) {
    size_t i;
    for (i = 0; i < n; i++) if (v[i] != SENTINEL) return 0;
    return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static float regions[MAX_BOXES * 64], global[64], fused[64], check[64 * 2];
    static uint8_t pixels[64 * 64 * 4 * 2];
    static const int bpp[4] = {3, 1, 2, 4};
    const int E = rc_model_get_info(model).embed_dim;
    rc_box boxes[MAX_BOXES];
    rc_image img;
    rc_region_opts o;
    int flags, n = 0, must_fail, must_pass, crop, i, k;
    size_t at = 7;
    rc_status s;
    FUZZ_CHECK(E <= 64, "embed_dim %d > 64", E);
    if (size < 7) return 0;
    flags = data[0]; crop = flags & 1;
    memset(&img, 0, sizeof img);
    img.format = (rc_pixel_format)((flags >> 3) & 3);
    img.width = 1 + data[1] % 64; img.height = 1 + data[2] % 64;
    img.stride = (size_t)img.width * bpp[img.format];
    for (i = 0; i < img.height * (int)img.stride; i++) pixels[i] = (uint8_t)(i * 37 + (i >> 7) * 11);
    img.pixels = pixels;
    o.mode = crop ? RC_REGION_CROP : RC_REGION_ALIGN;
    o.margin = flags & 32 ? f32_at(data + 3) : data[3] / 25.0f;
    must_fail = !(o.margin >= 0.0f && o.margin <= RC_ROI_MAX_MARGIN);
    must_pass = !must_fail;
    while (n < MAX_BOXES && at < size) {
        rc_box *b = &boxes[n];
        const int raw = data[at] >= 128;
        const float w = (float)img.width, h = (float)img.height;
        if (at + 1 + (raw ? 16 : 4) > size) break;
        if (raw) {
            b->x0 = f32_at(data + at + 1); b->y0 = f32_at(data + at + 5);
            b->x1 = f32_at(data + at + 9); b->y1 = f32_at(data + at + 13);
        } else {
            b->x0 = data[at + 1] / 255.0f * 1.5f * w - 0.25f * w; b->y0 = data[at + 2] / 255.0f * 1.5f * h - 0.25f * h;
            b->x1 = data[at + 3] / 255.0f * 1.5f * w - 0.25f * w; b->y1 = data[at + 4] / 255.0f * 1.5f * h - 0.25f * h;
        }
        at += 1 + (raw ? 16 : 4);
        if (!(all_finite(&b->x0, 4) && b->x0 < b->x1 && b->y0 < b->y1) ||
            b->x1 <= 0.0f || b->y1 <= 0.0f || b->x0 >= w || b->y0 >= h) must_fail = 1;
        if (!(b->x0 >= 0.0f && b->y0 >= 0.0f && b->x1 <= w && b->y1 <= h) ||
            (!crop && !(b->x0 < w / 2 && w / 2 < b->x1 && b->y0 < h / 2 && h / 2 < b->y1))) must_pass = 0;
        n++;
    }
    must_pass = must_pass && !must_fail;
    for (i = 0; i < MAX_BOXES * E; i++) regions[i] = SENTINEL;
    for (i = 0; i < E; i++) global[i] = fused[i] = SENTINEL;
    s = rc_encode_regions(ctx, &img, boxes, n, &o, n ? regions : NULL, global, flags & 2 ? fused : NULL, flags & 4);
    FUZZ_CHECK(s == RC_OK || s == RC_ERR_VALUE, "status %s: %s", rc_status_name(s), rc_ctx_error(ctx));
    FUZZ_CHECK(!(must_fail && s == RC_OK), "an invalid margin or box was accepted");
    FUZZ_CHECK(!(must_pass && s != RC_OK), "valid boxes refused: %s", rc_ctx_error(ctx));
    if (s != RC_OK) {
        FUZZ_CHECK(rc_ctx_error(ctx)[0] != 0, "RC_ERR_VALUE without a message");
        FUZZ_CHECK(untouched(regions, (size_t)MAX_BOXES * E) && untouched(global, E) && untouched(fused, E),
                   "a failed call wrote its outputs: %s", rc_ctx_error(ctx));
        return 0;
    }
    FUZZ_CHECK(all_finite(regions, (size_t)n * E) && all_finite(global, E), "non-finite output");
    FUZZ_CHECK(!(flags & 2) || all_finite(fused, E), "non-finite fused output");
    FUZZ_CHECK(rc_encode_images(ctx, &img, 1, check, flags & 4) == RC_OK && !memcmp(check, global, E * sizeof(float)),
               "global embedding differs from rc_encode_images");
    if (!crop && n > 0) {
        FUZZ_CHECK(rc_encode_regions(ctx, &img, boxes, 1, &o, check, check + E, NULL, flags & 4) == RC_OK,
                   "first box alone refused: %s", rc_ctx_error(ctx));
        for (k = 0; k < E; k++) FUZZ_CHECK(check[k] == regions[k], "box 0 alone differs at %d", k);
    }
    return 0;
}
