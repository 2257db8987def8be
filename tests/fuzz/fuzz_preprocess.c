/* libFuzzer: image preprocessing with fuzzed pixel format, size, stride, GRAY16 window and
   output size, through the public calls (model from $RC_FUZZ_MODEL, default
   build/tiny/tiny.gguf) and the internal one at any output size 1..128 (whole image, and a
   rectangle of it as the training augmentation uses), optionally with an allocator that
   refuses large blocks. The pixel buffer is exactly as large as the image
   claims, so any read outside it is an AddressSanitizer report. Valid images must succeed,
   invalid ones get their documented status; nothing leaks.

   Input: [0] format (low 2 bits: RGB8, GRAY8, GRAY16, RGBA8; FLAG_UNKNOWN: an unknown one) | flags, [1..2] width, [3..4] height,
   [5] stride padding, [6..9] window center, [10..13] window width (float bits),
   [14..15] output size, [16] allocator cap (log2, 0 = none), then the pixels (repeated). */
#define FUZZ_WITH_MODEL
#include "fuzz_common.h"

enum { FLAG_BAD_WIDTH = 4, FLAG_BAD_HEIGHT = 8, FLAG_SHORT_STRIDE = 16, FLAG_WIDE = 32, FLAG_UNKNOWN = 64 };
#define MAX_PIXEL_BYTES ((size_t)512 << 10)

static uint16_t u16_at(const uint8_t *p) { return (uint16_t)(p[0] | p[1] << 8); }
static float f32_at(const uint8_t *p) { uint32_t u = (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24; float f; memcpy(&f, &u, 4); return f; }

/* The status the documentation promises for img (allocation aside). */
static rc_status expected(const rc_image *img, size_t bpp) {
    if (img->format != RC_PIXEL_RGB8 && img->format != RC_PIXEL_GRAY8 && img->format != RC_PIXEL_GRAY16 &&
        img->format != RC_PIXEL_RGBA8) return RC_ERR_IMAGE;
    if (img->width < 1 || img->height < 1) return RC_ERR_IMAGE;
    if (img->stride < (size_t)img->width * bpp) return RC_ERR_IMAGE;
    if (img->format == RC_PIXEL_GRAY16 && !(rc__pp_finite(img->window_center) && rc__pp_finite(img->window_width)))
        return RC_ERR_VALUE;
    return RC_OK;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    rc_image img; rc_status want, s; size_t bpp, row, need, i, plane;
    int S = rc_model_get_info(model).image_size, size2;
    uint8_t *pixels, *u8; float *f32; unsigned flags;
    fuzz_heap heap; rc_allocator al; rc__alloc ra; rc_error e;
    if (size < 17) return 0;
    flags = data[0];
    memset(&img, 0, sizeof img);
    img.format = flags & FLAG_UNKNOWN ? (rc_pixel_format)7 : (rc_pixel_format)(flags & 3);
    bpp = rc__channels(img.format) * (img.format == RC_PIXEL_GRAY16 ? 2 : 1);
    img.width = 1 + u16_at(data + 1) % (flags & FLAG_WIDE ? 65535 : 300);
    img.height = 1 + u16_at(data + 3) % (flags & FLAG_WIDE ? 65535 : 300);
    row = (size_t)img.width * bpp;
    img.stride = row + data[5];
    if (row > MAX_PIXEL_BYTES / 2) return 0;
    if (img.stride * (size_t)(img.height - 1) + row > MAX_PIXEL_BYTES)      /* keep buffers small */
        img.height = (int)((MAX_PIXEL_BYTES - row) / img.stride) + 1;
    need = img.stride * (size_t)(img.height - 1) + row;
    if (flags & FLAG_SHORT_STRIDE) img.stride = row - 1;
    if (flags & FLAG_BAD_WIDTH) img.width = -(int)(data[1] % 3);         /* 0, -1, -2 */
    if (flags & FLAG_BAD_HEIGHT) img.height = -(int)(data[3] % 3);
    img.window_center = f32_at(data + 6);
    img.window_width = f32_at(data + 10);
    size2 = 1 + u16_at(data + 14) % 128;
    pixels = (uint8_t *)malloc(need);
    memset(pixels, 0, need);
    for (i = 0; size > 17 && i < need; i += size - 17)       /* the tail of the input, repeated */
        memcpy(pixels + i, data + 17, need - i < size - 17 ? need - i : size - 17);
    img.pixels = pixels;
    want = expected(&img, bpp);

    plane = (size_t)S * S;
    u8 = (uint8_t *)malloc(3 * plane); f32 = (float *)malloc(3 * plane * sizeof(float));
    s = rc_preprocess_u8(ctx, &img, u8);
    FUZZ_CHECK(s == want, "rc_preprocess_u8: %s, want %s (%s)", rc_status_name(s), rc_status_name(want), rc_ctx_error(ctx));
    s = rc_preprocess(ctx, &img, f32);
    FUZZ_CHECK(s == want, "rc_preprocess: %s, want %s (%s)", rc_status_name(s), rc_status_name(want), rc_ctx_error(ctx));
    if (s == RC_OK) {
        FUZZ_CHECK(rc__finite(f32, 3 * plane), "non-finite preprocessed pixel");
        for (i = 0; i < 3 * plane; i++) {   /* the float output is the u8 output, normalized */
            const rc_model *m = model; int c = (int)(i / plane);
            FUZZ_CHECK(f32[i] == ((float)u8[i] / 255.0f - m->mean[c]) / m->std[c], "f32 and u8 outputs disagree at %zu", i);
        }
    }
    free(u8); free(f32);

    /* internal entry: any output size, optionally a stingy allocator */
    al = fuzz_allocator(&heap, data[16] ? (size_t)1 << (data[16] % 26) : (size_t)-1, (size_t)-1);
    ra = rc__resolve_alloc(&al);
    u8 = (uint8_t *)malloc(3 * (size_t)size2 * size2);
    s = rc__preprocess_u8(&img, NULL, size2, u8, &ra, &e);
    FUZZ_CHECK(s == want || (want == RC_OK && s == RC_ERR_NOMEM && data[16]), "rc__preprocess_u8 size %d: %s, want %s (%s)",
               size2, rc_status_name(s), rc_status_name(want), e.message);
    FUZZ_CHECK(s == RC_OK || e.message[0], "failure without a message");
    FUZZ_CHECK(heap.live_blocks == 0, "%ld blocks leaked", heap.live_blocks);

    /* a rectangle of the image resized to size2 x size2 (training augmentation), sometimes
       sticking out by a pixel or empty: RC_ERR_VALUE then, after the image's own checks */
    if (img.width > 0 && img.height > 0) {
        rc__rect r;
        rc_status want_rect = want;
        r.x = (int)((data[1] ^ data[14]) % (img.width + 2)) - 1;
        r.y = (int)((data[3] ^ data[15]) % (img.height + 2)) - 1;
        r.w = (int)(u16_at(data + 6) % (img.width + 2));
        r.h = (int)(u16_at(data + 10) % (img.height + 2));
        if (want == RC_OK && (r.x < 0 || r.y < 0 || r.w < 1 || r.h < 1 || r.x + r.w > img.width || r.y + r.h > img.height))
            want_rect = RC_ERR_VALUE;
        s = rc__preprocess_u8(&img, &r, size2, u8, &ra, &e);
        FUZZ_CHECK(s == want_rect || (want_rect == RC_OK && s == RC_ERR_NOMEM && data[16]),
                   "rect x %d y %d w %d h %d: %s, want %s (%s)", r.x, r.y, r.w, r.h, rc_status_name(s),
                   rc_status_name(want_rect), e.message);
        FUZZ_CHECK(heap.live_blocks == 0, "%ld blocks leaked (rect)", heap.live_blocks);
    }
    free(u8); free(pixels);
    return 0;
}
