/* libFuzzer: resuming training as `rclip train --resume CKPT` does, on arbitrary bytes: the
   checkpoint through rc_model_load_memory (allocator capped at 64 MB per block, 256 MB in
   all), rc_train_config_from, rc_trainer_create and rc_train_update (the step it restored);
   CKPT.rng through examples/train_point.h's train_point_find for that step; then, when the
   model is cheap to run, one rc_train_step on two captioned images. Checks: every status is
   one the API documents for the call, with a message; a found point has the checkpoint's step
   and a nonzero state, and train_point_write of it parses back to the same point; a step
   that succeeds leaves a finite loss and logit scale; nothing leaks.

   Input: [0..1] L (little-endian), [2..2+L) the CKPT.rng text, then the checkpoint's bytes.
   Seeds: tests/fuzz/make_checkpoints.c (checkpoints of make_seeds.py's micro models). */
#define _GNU_SOURCE           /* fmemopen */
#define REGIONCLIP_TRAINING
#include "fuzz_common.h"
#include "../../examples/train_point.h"

/* CKPT.rng for a checkpoint of `step` steps. */
static void check_points(const uint8_t *text, size_t len, int step) {
    char why[256], again[TRAIN_POINT_LINE];
    train_point p, q;
    FILE *f;
    if (len == 0 || !(f = fmemopen((void *)text, len, "r"))) return;
    if (train_point_find(f, "CKPT.rng", step, &p, why, sizeof why)) {
        FUZZ_CHECK(why[0] != 0, "train_point_find failed without a reason");
    } else {
        FUZZ_CHECK(p.step == step && (p.rng.s[0] | p.rng.s[1] | p.rng.s[2] | p.rng.s[3]), "point of step %d", p.step);
        fclose(f);
        FUZZ_CHECK((f = fmemopen(again, sizeof again, "w")) && train_point_write(f, &p), "train_point_write");
        fputc(0, f); fclose(f);
        FUZZ_CHECK(train_point_parse(again, &q) && q.step == p.step && !memcmp(&p.rng, &q.rng, sizeof p.rng), "point does not round-trip: %s", again);
        return;
    }
    fclose(f);
}

/* One step of two images captioned "a nodule" / "an effusion" (zero pixels: any finite
   input does). */
static void one_step(rc_trainer *t, int max_batch) {
    const rc_model *m = rc_trainer_model(t);
    const rc_model_info info = rc_model_get_info(m);
    const int B = max_batch < 2 ? max_batch : 2, S = info.image_size, C = info.context_length;
    const char *texts[2] = {"a nodule", "an effusion"};
    float *pixels = (float *)calloc((size_t)B * 3 * S * S, sizeof(float));
    int32_t *ids = (int32_t *)calloc((size_t)B * C, sizeof(int32_t));
    rc_ctx *c = NULL;
    rc_train_stats st;
    rc_error e;
    rc_status s;
    size_t n;
    int b;
    s = rc_ctx_create(&c, m, &e);
    FUZZ_CHECK(s == RC_OK || s == RC_ERR_NOMEM, "rc_ctx_create: %s", rc_status_name(s));
    for (b = 0; s == RC_OK && b < B; b++) {
        s = rc_tokenize(c, texts[b], (size_t)-1, ids + (size_t)b * C, NULL);
        FUZZ_CHECK(s == RC_OK || s == RC_ERR_NOMEM, "rc_tokenize: %s %s", rc_status_name(s), rc_ctx_error(c));
    }
    rc_ctx_free(c);
    if (s == RC_OK) {
        s = rc_train_step(t, pixels, ids, B, &st);
        FUZZ_CHECK(s == RC_OK || s == RC_ERR_VALUE || s == RC_ERR_NOMEM, "rc_train_step: %s %s", rc_status_name(s),
                   rc_trainer_error(t));
        FUZZ_CHECK(s == RC_OK || rc_trainer_error(t)[0], "rc_train_step failed without a message");
        if (s == RC_OK) {
            const float *scale = rc_trainer_param(t, "logit_scale", &n);
            FUZZ_CHECK(st.loss - st.loss == 0.0f && scale && n == 1 && *scale - *scale == 0.0f,
                       "step succeeded with loss %g, log scale %g", (double)st.loss, scale ? (double)*scale : 0.0);
        }
    }
    free(pixels); free(ids);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    fuzz_heap heap;
    rc_allocator al = fuzz_allocator(&heap, (size_t)64 << 20, (size_t)256 << 20);
    rc_model *m = NULL;
    rc_trainer *t = NULL;
    rc_train_config cfg;
    rc_train_stats st;
    rc_error e;
    rc_status s;
    size_t L;
    if (size < 2) return 0;
    L = (size_t)data[0] | (size_t)data[1] << 8;
    if (L > size - 2) L = size - 2;
    if (rc_model_load_memory(&m, data + 2 + L, size - 2 - L, &al, &e) == RC_OK) {
        s = rc_train_config_from(m, &cfg);
        FUZZ_CHECK(s == RC_OK || s == RC_ERR_MISSING || s == RC_ERR_FORMAT || s == RC_ERR_VALUE, "rc_train_config_from: %s",
                   rc_status_name(s));
        if (s == RC_OK) {
            s = rc_trainer_create(&t, m, &cfg, &e);
            FUZZ_CHECK(s == RC_OK || s == RC_ERR_VALUE || s == RC_ERR_NOMEM || s == RC_ERR_DTYPE || s == RC_ERR_FORMAT ||
                       s == RC_ERR_OVERFLOW, "rc_trainer_create: %s %s", rc_status_name(s), e.message);
            FUZZ_CHECK(s == RC_OK || (t == NULL && e.message[0]), "failed rc_trainer_create: no message or a trainer");
        }
        if (t) {
            FUZZ_CHECK(rc_train_update(t, &st) == RC_OK && !st.updated && st.step >= 0, "rc_train_update on a fresh trainer");
            check_points(data + 2, L, st.step);
            if (fuzz_model_cheap(m, 2e6)) one_step(t, cfg.max_batch);
            rc_trainer_free(t);
        }
        rc_model_free(m);
    }
    FUZZ_CHECK(heap.live_blocks == 0, "%ld blocks leaked", heap.live_blocks);
    return 0;
}
