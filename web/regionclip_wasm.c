/* The thin C layer web/regionclip.js calls: one session (model + context + the model's bytes)
   per handle, plain int/float/pointer arguments only, every error kept in the session with
   the library's message (rcw_error). Built for wasm32-wasi by `make wasm` (build/wasm/
   regionclip.wasm, and regionclip-nosimd.wasm without -msimd128), and natively by the tests
   (tests/wasm_ref.c includes it) so both sides run the same calls.
   Memory: JS allocates with rcw_alloc / rcw_free; rcw_open takes ownership of the model bytes
   (rc_model_load_memory borrows them: f32 tensors are used in place) and frees them in
   rcw_close, also when loading fails. No mutable global state. */
#define REGIONCLIP_IMPLEMENTATION
#include "regionclip.h"
#include <stdlib.h>
#include <string.h>

#if defined(__wasm__)
#define RCW_EXPORT(name) __attribute__((export_name(#name))) 
#else
#define RCW_EXPORT(name)
#endif

typedef struct rcw_session {
    rc_allocator alloc;      /* counts the library's live blocks and bytes (rcw_live) */
    size_t live_blocks, live_bytes;
    rc_model *model;
    rc_ctx *ctx;
    void *bytes;
    rc_model_info info;
    int status;
    char message[512];
} rcw_session;

static int rcw_fail(rcw_session *s, int status, const char *msg) {
    size_t n = strlen(msg);
    if (n >= sizeof s->message) n = sizeof s->message - 1;
    memcpy(s->message, msg, n);
    s->message[n] = 0;
    s->status = status;
    return status;
}
static int rcw_check(rcw_session *s, rc_status st) {
    if (st == RC_OK) { s->status = 0; s->message[0] = 0; return 0; }
    return rcw_fail(s, (int)st, rc_ctx_error(s->ctx));
}
static rc_image rcw_image(const void *pixels, int width, int height, int format, float wc, float ww) {
    rc_image im;
    int bpp = format == RC_PIXEL_RGB8 ? 3 : format == RC_PIXEL_RGBA8 ? 4 : format == RC_PIXEL_GRAY16 ? 2 : 1;
    memset(&im, 0, sizeof im);
    im.pixels = pixels; im.width = width; im.height = height;
    im.stride = (size_t)(width > 0 ? width : 0) * (size_t)bpp;
    im.format = (rc_pixel_format)format;
    im.window_center = wc; im.window_width = ww;
    im.resample = RC_RESAMPLE_BICUBIC;
    return im;
}

/* The library's allocations, counted per session: a 16-byte header holds the size. */
static void *rcw_counted_alloc(void *user, size_t size) {
    rcw_session *s = (rcw_session *)user;
    unsigned char *p = size > (size_t)-1 - 16 ? NULL : (unsigned char *)malloc(size + 16);
    if (!p) return NULL;
    memcpy(p, &size, sizeof size);
    s->live_blocks++; s->live_bytes += size;
    return p + 16;
}
static void rcw_counted_free(void *user, void *ptr) {
    rcw_session *s = (rcw_session *)user;
    size_t size;
    if (!ptr) return;
    memcpy(&size, (unsigned char *)ptr - 16, sizeof size);
    s->live_blocks--; s->live_bytes -= size;
    free((unsigned char *)ptr - 16);
}

RCW_EXPORT(rcw_alloc) void *rcw_alloc(size_t n) { return malloc(n ? n : 1); }
RCW_EXPORT(rcw_free) void rcw_free(void *p) { free(p); }

/* A session for the model in bytes[size] (ownership passes to the session). NULL only when the
   session itself cannot be allocated; otherwise check rcw_status. */
RCW_EXPORT(rcw_open) rcw_session *rcw_open(void *bytes, size_t size) {
    rc_error err;
    rcw_session *s = (rcw_session *)calloc(1, sizeof *s);
    if (!s) { free(bytes); return NULL; }
    s->bytes = bytes;
    s->alloc.alloc = rcw_counted_alloc; s->alloc.free = rcw_counted_free; s->alloc.user = s;
    if (rc_model_load_memory(&s->model, bytes, size, &s->alloc, &err) != RC_OK) { rcw_fail(s, (int)err.code, err.message); return s; }
    if (rc_ctx_create(&s->ctx, s->model, &err) != RC_OK) { rcw_fail(s, (int)err.code, err.message); return s; }
    s->info = rc_model_get_info(s->model);
    return s;
}
RCW_EXPORT(rcw_close) void rcw_close(rcw_session *s) {
    if (!s) return;
    rc_ctx_free(s->ctx);
    rc_model_free(s->model);
    free(s->bytes);
    free(s);
}
RCW_EXPORT(rcw_status) int rcw_status(const rcw_session *s) { return s ? s->status : (int)RC_ERR_NOMEM; }
RCW_EXPORT(rcw_error) const char *rcw_error(const rcw_session *s) { return s ? s->message : "out of memory"; }
RCW_EXPORT(rcw_status_name) const char *rcw_status_name(int st) { return rc_status_name((rc_status)st); }
/* The library's live allocations of this session: blocks (which = 0) or bytes (which = 1). */
RCW_EXPORT(rcw_live) double rcw_live(const rcw_session *s, int which) {
    return which ? (double)s->live_bytes : (double)s->live_blocks;
}
RCW_EXPORT(rcw_simd) const char *rcw_simd(void) { return RC__SIMD_NAME; }

/* The model's configuration: out[0..11] = family, embed_dim, image_size, patch_size,
   context_length, vocab_size, roi_head, roi_fusion_heads, vqa_answers, vision_width,
   vision_layers, text_layers. */
RCW_EXPORT(rcw_info) void rcw_info(const rcw_session *s, int *out) {
    const rc_model_info *i = &s->info;
    out[0] = (int)i->family; out[1] = i->embed_dim; out[2] = i->image_size; out[3] = i->patch_size;
    out[4] = i->context_length; out[5] = i->vocab_size; out[6] = i->roi_head; out[7] = i->roi_fusion_heads;
    out[8] = i->vqa_answers; out[9] = i->vision_width; out[10] = i->vision_layers; out[11] = i->text_layers;
}
RCW_EXPORT(rcw_logit_scale) float rcw_logit_scale(const rcw_session *s) { return s->info.logit_scale; }
RCW_EXPORT(rcw_name) const char *rcw_name(const rcw_session *s) { return s->info.name ? s->info.name : ""; }
RCW_EXPORT(rcw_vqa_answer) const char *rcw_vqa_answer(const rcw_session *s, int i) { return rc_model_vqa_answer(s->model, i); }

RCW_EXPORT(rcw_tokenize) int rcw_tokenize(rcw_session *s, const char *text, int32_t *ids, int *n_tokens) {
    return rcw_check(s, rc_tokenize(s->ctx, text, (size_t)-1, ids, n_tokens));
}
RCW_EXPORT(rcw_encode_texts) int rcw_encode_texts(rcw_session *s, const char *const *texts, int n, float *out) {
    return rcw_check(s, rc_encode_texts(s->ctx, texts, n, out, 1));
}
RCW_EXPORT(rcw_encode_image) int rcw_encode_image(rcw_session *s, const void *pixels, int width, int height,
                                                  int format, float wc, float ww, float *out) {
    rc_image im = rcw_image(pixels, width, height, format, wc, ww);
    return rcw_check(s, rc_encode_images(s->ctx, &im, 1, out, 1));
}
RCW_EXPORT(rcw_encode_pixels) int rcw_encode_pixels(rcw_session *s, const float *pixels, int n, float *out) {
    return rcw_check(s, rc_encode_pixels(s->ctx, pixels, n, out, 1));
}
/* boxes[n][4] (x0, y0, x1, y1 in pixels); mode 0 align, 1 crop; margin < 0: the default. */
RCW_EXPORT(rcw_regions) int rcw_regions(rcw_session *s, const void *pixels, int width, int height, int format,
                                        float wc, float ww, const float *boxes, int n, int mode, float margin,
                                        float *regions, float *global, float *fused) {
    rc_image im = rcw_image(pixels, width, height, format, wc, ww);
    rc_region_opts o = rc_region_opts_default();
    o.mode = (rc_region_mode)mode;
    if (margin >= 0) o.margin = margin;
    return rcw_check(s, rc_encode_regions(s->ctx, &im, (const rc_box *)(const void *)boxes, n, &o,
                                          n > 0 ? regions : NULL, global, fused, 1));
}
/* grid[G][G] and map[height][width] (either may be NULL); NaN outside the center crop. */
RCW_EXPORT(rcw_ground) int rcw_ground(rcw_session *s, const void *pixels, int width, int height, int format,
                                      float wc, float ww, const float *text, float *grid, float *map) {
    rc_image im = rcw_image(pixels, width, height, format, wc, ww);
    return rcw_check(s, rc_ground(s->ctx, &im, text, grid, map, (float)NAN));
}
RCW_EXPORT(rcw_vqa) int rcw_vqa(rcw_session *s, const float *image, const float *question, float *probs) {
    return rcw_check(s, rc_vqa(s->ctx, image, question, probs));
}
/* What rclip prints for one embedding against n classes: each text's embedding renormalized
   (rc_prompt_ensemble of one prompt, as rclip does without --template) into cls_tmp[n][E],
   then cosine and the zero-shot probability (softmax with the model's logit scale). */
RCW_EXPORT(rcw_scores) int rcw_scores(rcw_session *s, const float *emb, const float *texts, int n, float *cls_tmp,
                                      float *cosv, float *probs) {
    int E = s->info.embed_dim;
    if (rc_prompt_ensemble(texts, n, 1, E, cls_tmp) || rc_similarity(emb, 1, cls_tmp, n, E, 1.0f, cosv) ||
        rc_zeroshot(emb, cls_tmp, n, E, s->info.logit_scale, probs))
        return rcw_fail(s, (int)RC_ERR_VALUE, "scoring failed (non-finite or zero embeddings)");
    s->status = 0; s->message[0] = 0;
    return 0;
}
