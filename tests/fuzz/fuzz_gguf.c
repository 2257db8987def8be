/* libFuzzer: rc_model_load_memory on arbitrary bytes, and rc_model_load_file /
   rc_model_load_mmap on the same bytes written to a file (same status, same model info). Whatever loads must also create a
   context, tokenize, and (when the model is small enough to run in a millisecond) encode a
   text and an image, ground the image's embedding in the image (rc_ground) and, with a VQA
   head, answer it as a question about itself (rc_vqa). Every failure must be a known status with a message, free everything,
   and a loaded model must be usable. Seeds: tests/fuzz/make_seeds.py. */
#include "fuzz_common.h"
#include <unistd.h>   /* getpid, access */

static void use_model(const rc_model *m) {
    rc_model_info info = rc_model_get_info(m);
    rc_ctx *c = NULL; rc_error e; rc_status s;
    int32_t *ids; float *emb; int n = -1;
    const char *text = "a photo of a nodule &amp; an effusion";
    uint8_t px[3 * 6 * 5];
    rc_image img;
    s = rc_ctx_create(&c, m, &e);
    FUZZ_CHECK(s == RC_OK || s == RC_ERR_NOMEM, "rc_ctx_create: %s", rc_status_name(s));
    if (s) { FUZZ_CHECK(c == NULL && e.message[0], "failed ctx_create left a context or no message"); return; }
    ids = (int32_t *)malloc((size_t)info.context_length * sizeof *ids);
    emb = (float *)malloc((size_t)info.embed_dim * sizeof *emb);
    s = rc_tokenize(c, text, (size_t)-1, ids, &n);
    FUZZ_CHECK(s == RC_OK || s == RC_ERR_NOMEM, "rc_tokenize: %s %s", rc_status_name(s), rc_ctx_error(c));
    if (s == RC_OK) {
        int i;
        FUZZ_CHECK(n >= 2 && n <= info.context_length, "token count %d", n);
        for (i = 0; i < info.context_length; i++) FUZZ_CHECK(ids[i] >= 0 && ids[i] < info.vocab_size, "id %d", ids[i]);
    }
    if (fuzz_model_cheap(m, 2e6)) {
        s = rc_encode_texts(c, &text, 1, emb, 1);
        FUZZ_CHECK(s == RC_OK || s == RC_ERR_VALUE || s == RC_ERR_NOMEM, "rc_encode_texts: %s %s", rc_status_name(s), rc_ctx_error(c));
        memset(px, 200, sizeof px);
        memset(&img, 0, sizeof img);
        img.pixels = px; img.width = 6; img.height = 5; img.stride = 18; img.format = RC_PIXEL_RGB8;
        s = rc_encode_images(c, &img, 1, emb, 1);
        FUZZ_CHECK(s == RC_OK || s == RC_ERR_VALUE || s == RC_ERR_NOMEM, "rc_encode_images: %s %s", rc_status_name(s), rc_ctx_error(c));
        if (s == RC_OK) {   /* grounding map with the image embedding as the text: cosines or an error */
            float *grid = (float *)malloc((size_t)m->n_patches * sizeof *grid), map[6 * 5];
            int k;
            s = rc_ground(c, &img, emb, grid, map, 0.0f);
            FUZZ_CHECK(s == RC_OK || s == RC_ERR_VALUE || s == RC_ERR_NOMEM, "rc_ground: %s %s", rc_status_name(s), rc_ctx_error(c));
            for (k = 0; s == RC_OK && k < m->n_patches; k++)
                FUZZ_CHECK(grid[k] >= -1.0001f && grid[k] <= 1.0001f, "rc_ground: grid value %g", (double)grid[k]);
            for (k = 0; s == RC_OK && k < 6 * 5; k++)
                FUZZ_CHECK(map[k] >= -1.0001f && map[k] <= 1.0001f, "rc_ground: map value %g", (double)map[k]);
            free(grid);
        }
        if (s == RC_OK && info.vqa_answers > 0) {   /* VQA head: every answer a string, probabilities or an error */
            float *probs = (float *)malloc((size_t)info.vqa_answers * sizeof *probs);
            double sum = 0.0;
            int k;
            for (k = 0; k < info.vqa_answers; k++)
                FUZZ_CHECK(rc_model_vqa_answer(m, k) && rc_model_vqa_answer(m, k)[0], "VQA answer %d missing or empty", k);
            s = rc_vqa(c, emb, emb, probs);
            FUZZ_CHECK(s == RC_OK || s == RC_ERR_VALUE, "rc_vqa: %s %s", rc_status_name(s), rc_ctx_error(c));
            for (k = 0; s == RC_OK && k < info.vqa_answers; k++) sum += probs[k];
            FUZZ_CHECK(s != RC_OK || fabs(sum - 1.0) < 1e-3, "rc_vqa: probabilities sum to %g", sum);
            free(probs);
        }
    }
    free(ids); free(emb);
    rc_ctx_free(c);
}

/* The same bytes as a file: rc_model_load_file and rc_model_load_mmap give the status of the
   memory load (a message too), the same model info on success, and leak nothing. */
static void same_from_file(const uint8_t *data, size_t size, rc_status want, const rc_model_info *info) {
    static char path[64];
    fuzz_heap heap; rc_allocator al = fuzz_allocator(&heap, (size_t)64 << 20, (size_t)256 << 20);
    rc_model *m = NULL; rc_error e; rc_status s;
    FILE *f;
    int k;
    if (!path[0]) snprintf(path, sizeof path, "%s/rc-fuzz-gguf-%ld.gguf", access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp",
                           (long)getpid());
    FUZZ_CHECK((f = fopen(path, "wb")) && fwrite(data, 1, size, f) == size && fclose(f) == 0, "cannot write %s", path);
    for (k = 0; k < 2; k++) {
        s = k ? rc_model_load_mmap(&m, path, &al, &e) : rc_model_load_file(&m, path, &al, &e);
        /* an empty file cannot be mapped: RC_ERR_TRUNCATED, as the memory load of 0 bytes */
        FUZZ_CHECK(s == want && s == e.code && (s == RC_OK || e.message[0]), "%s: %s, memory load %s (%s)",
                   k ? "rc_model_load_mmap" : "rc_model_load_file", rc_status_name(s), rc_status_name(want), e.message);
        if (m) {
            rc_model_info got = rc_model_get_info(m);
            FUZZ_CHECK(got.embed_dim == info->embed_dim && got.vocab_size == info->vocab_size &&
                       got.context_length == info->context_length && got.image_size == info->image_size &&
                       !strcmp(got.name, info->name), "file-loaded model info differs");
            rc_model_free(m); m = NULL;
        }
    }
    remove(path);
    FUZZ_CHECK(heap.live_blocks == 0, "%ld blocks leaked by the file loads", heap.live_blocks);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    fuzz_heap heap; rc_allocator al = fuzz_allocator(&heap, (size_t)64 << 20, (size_t)256 << 20);
    rc_model *m = (rc_model *)&heap; rc_error e;   /* not NULL: a failed load must clear it */ rc_status s;
    s = rc_model_load_memory(&m, data, size, &al, &e);
    FUZZ_CHECK(fuzz_valid_status(s) && s == e.code, "status %d, err.code %d", (int)s, (int)e.code);
    if (s != RC_OK) {
        FUZZ_CHECK(m == NULL, "failed load returned a model");
        FUZZ_CHECK(e.message[0] != 0, "%s without a message", rc_status_name(s));
        same_from_file(data, size, s, NULL);
    } else {
        rc_model_info info = rc_model_get_info(m);
        FUZZ_CHECK(info.embed_dim > 0 && info.context_length >= 2 && info.vocab_size > 0, "info of a loaded model");
        same_from_file(data, size, s, &info);
        use_model(m);
        rc_model_free(m);
    }
    FUZZ_CHECK(heap.live_blocks == 0, "%ld blocks leaked (%s)", heap.live_blocks, rc_status_name(s));
    return 0;
}
