/* libFuzzer: examples/image_io.h's image_decode, as the CLI reads a file, on arbitrary bytes
   (every reader: PNG, JPEG, TIFF, BMP, TGA, PBM/PGM/PPM, dispatched by the first bytes).
   Checks: a refusal has a reason and leaves no pixels; a decoded image has a known mode, a
   size within the pixel limit, a pixel buffer of exactly the size it claims (ASan sees any
   read past it), and preprocesses (rc_preprocess_u8 on the tiny model) without error.
   LeakSanitizer checks that nothing outlives loaded_image_free. */
#include "fuzz_common.h"
#include "../../examples/image_io.h"

#define FUZZ_MAX_PIXELS (1u << 22)        /* keeps bombs within libFuzzer's RSS limit */

static rc_model *fuzz_model(void) {
    static rc_model *model;               /* loaded once per fuzzing process */
    if (!model) {
        const char *path = getenv("RC_FUZZ_MODEL");
        rc_error err;
        if (rc_model_load_mmap(&model, path ? path : "build/tiny/tiny.gguf", NULL, &err)) {
            fprintf(stderr, "fuzz_image: %s\n", err.message);
            abort();
        }
    }
    return model;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const char *modes[] = {"1", "L", "P", "LA", "RGB", "RGBA", "I;16", "I;16B"};
    image_options opt;
    loaded_image li;
    char why[256] = "";
    rc_model *model = fuzz_model();
    int S = rc_model_get_info(model).image_size, known = 0;
    size_t i, bpp;
    memset(&opt, 0, sizeof opt);
    opt.max_pixels = FUZZ_MAX_PIXELS;
    if (image_decode(data, size, &opt, &li, why, sizeof why)) {
        FUZZ_CHECK(why[0] != 0, "refused without a reason");
        FUZZ_CHECK(li.pixels == NULL, "refused, pixels left allocated");
        return 0;
    }
    for (i = 0; i < sizeof modes / sizeof modes[0]; i++) known |= !strcmp(li.mode, modes[i]);
    FUZZ_CHECK(known, "unknown mode '%s'", li.mode);
    FUZZ_CHECK(li.img.width >= 1 && li.img.height >= 1 &&
               (uint64_t)li.img.width * (uint64_t)li.img.height <= FUZZ_MAX_PIXELS, "size %dx%d", li.img.width, li.img.height);
    bpp = li.img.format == RC_PIXEL_RGB8 ? 3 : li.img.format == RC_PIXEL_RGBA8 ? 4 : li.img.format == RC_PIXEL_GRAY16 ? 2 : 1;
    FUZZ_CHECK(li.img.pixels == li.pixels && li.img.stride == (size_t)li.img.width * bpp, "pixel layout");
    {
        rc_ctx *ctx;
        rc_error err;
        uint8_t *out = (uint8_t *)malloc((size_t)3 * S * S);
        FUZZ_CHECK(out && !rc_ctx_create(&ctx, model, &err), "context");
        FUZZ_CHECK(!rc_preprocess_u8(ctx, &li.img, out), "decoded image does not preprocess: %s", rc_ctx_error(ctx));
        rc_ctx_free(ctx);
        free(out);
    }
    loaded_image_free(&li);
    return 0;
}
