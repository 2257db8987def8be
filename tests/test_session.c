/* One ordinary session on a real model, for valgrind (memcheck): load from a file and by
   mmap, create a context, tokenize, encode texts and RGB8 / GRAY8 / GRAY16 images, score,
   and hit a few error paths. Memcheck sees what the sanitizers cannot (uninitialized reads
   in an uninstrumented build, leaks at exit); the program checks the results are sane.

   usage: valgrind --error-exitcode=1 --leak-check=full test_session MODEL.gguf */
#define REGIONCLIP_IMPLEMENTATION
#include "../regionclip.h"
#include <stdio.h>
#include <stdlib.h>

static int n_pass, n_fail;
static void check(int ok, const char *what, const char *msg) {
    if (ok) n_pass++;
    else { n_fail++; printf("FAIL %s (%s)\n", what, msg); }
}

static void session(rc_model *m) {
    rc_ctx *c; rc_error e; rc_model_info info = rc_model_get_info(m);
    const char *texts[3] = { "a chest x-ray showing a nodule", "normal lungs &amp; heart", "caf\xc3\xa9 \xe2\x80\x94 fracture" };
    int E = info.embed_dim, n_tok, top[2];
    float *text_emb = (float *)malloc(sizeof(float) * 3 * E), *image_emb = (float *)malloc(sizeof(float) * 3 * E);
    float probs[3], score[2];
    int32_t *ids = (int32_t *)malloc(sizeof(int32_t) * info.context_length);
    uint8_t rgb[3 * 40 * 23], gray[31 * 50]; uint16_t g16[17 * 9]; rc_image img[3]; size_t i;
    for (i = 0; i < sizeof rgb; i++) rgb[i] = (uint8_t)(i * 7);
    for (i = 0; i < sizeof gray; i++) gray[i] = (uint8_t)(i * 3);
    for (i = 0; i < sizeof g16 / 2; i++) g16[i] = (uint16_t)(i * 401);
    memset(img, 0, sizeof img);
    img[0].pixels = rgb; img[0].width = 40; img[0].height = 23; img[0].stride = 120; img[0].format = RC_PIXEL_RGB8;
    img[1].pixels = gray; img[1].width = 31; img[1].height = 50; img[1].stride = 31; img[1].format = RC_PIXEL_GRAY8;
    img[2].pixels = g16; img[2].width = 17; img[2].height = 9; img[2].stride = 34; img[2].format = RC_PIXEL_GRAY16;
    img[2].window_center = 30000.0f; img[2].window_width = 40000.0f;
    check(rc_ctx_create(&c, m, &e) == RC_OK, "ctx", e.message);
    if (!c) return;
    check(rc_tokenize(c, texts[2], (size_t)-1, ids, &n_tok) == RC_OK && n_tok > 2, "tokenize", rc_ctx_error(c));
    check(rc_encode_texts(c, texts, 3, text_emb, 1) == RC_OK, "encode texts", rc_ctx_error(c));
    check(rc_encode_images(c, img, 3, image_emb, 1) == RC_OK, "encode images", rc_ctx_error(c));
    check(rc_zeroshot(image_emb, text_emb, 3, E, info.logit_scale, probs) == RC_OK &&
          probs[0] + probs[1] + probs[2] > 0.999f && probs[0] + probs[1] + probs[2] < 1.001f, "zeroshot", "");
    check(rc_topk(text_emb, image_emb, 3, E, 2, top, score) == RC_OK && score[0] >= score[1], "topk", "");
    check(rc_tokenize(c, "bad \xff utf-8", (size_t)-1, ids, NULL) == RC_ERR_UTF8, "invalid UTF-8 refused", rc_ctx_error(c));
    img[2].window_width = 0.0f / 0.0f;
    check(rc_encode_images(c, &img[2], 1, image_emb, 1) == RC_ERR_VALUE, "NaN window refused", rc_ctx_error(c));
    rc_ctx_free(c);
    free(text_emb); free(image_emb); free(ids);
}

int main(int argc, char **argv) {
    rc_model *m; rc_error e;
    if (argc != 2) { fprintf(stderr, "usage: test_session MODEL.gguf\n"); return 2; }
    check(rc_model_load_file(&m, argv[1], NULL, &e) == RC_OK, "load file", e.message);
    if (m) { session(m); rc_model_free(m); }
    check(rc_model_load_mmap(&m, argv[1], NULL, &e) == RC_OK, "load mmap", e.message);
    if (m) { session(m); rc_model_free(m); }
    check(rc_model_load_file(&m, "/nonexistent.gguf", NULL, &e) == RC_ERR_IO && !m, "missing file", e.message);
    printf("session: %d passed, %d failed\n", n_pass, n_fail);
    return n_fail != 0;
}
