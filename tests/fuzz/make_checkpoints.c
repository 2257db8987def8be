#define _POSIX_C_SOURCE 200809L   /* fmemopen */
/* Seeds for fuzz_resume.c: for each MODEL (make_seeds.py's micro models), a checkpoint after
   one rc_train_step of two captioned images (max_batch 2, one stage), written by
   rc_trainer_save (to OUT_DIR/NAME.ckpt.gguf, removed afterwards), prefixed as fuzz_resume.c reads its input: a little-endian u16 L, then L
   bytes of CKPT.rng text (the points of steps 0 and 1, as train.h writes them), then the
   checkpoint. Usage: make_checkpoints OUT_DIR MODEL.gguf... */
#define REGIONCLIP_TRAINING
#define REGIONCLIP_IMPLEMENTATION
#include "../../regionclip.h"
#include "../../examples/train_point.h"

static int fail(const char *what, const char *why) {
    fprintf(stderr, "make_checkpoints: %s: %s\n", what, why);
    return 1;
}

/* OUT_DIR/NAME.seed from the checkpoint file at ckpt and the points text. */
static int write_seed(const char *out_dir, const char *name, const char *ckpt, const char *points) {
    char path[4096];
    FILE *in = fopen(ckpt, "rb"), *out;
    size_t L = strlen(points), n;
    char buf[1 << 14];
    int ok;
    if (!in) return fail(ckpt, "cannot read");
    snprintf(path, sizeof path, "%s/%s.seed", out_dir, name);
    if (!(out = fopen(path, "wb"))) { fclose(in); return fail(path, "cannot write"); }
    ok = fputc((int)(L & 255), out) != EOF && fputc((int)(L >> 8), out) != EOF && fwrite(points, 1, L, out) == L;
    while (ok && (n = fread(buf, 1, sizeof buf, in)) > 0) ok = fwrite(buf, 1, n, out) == n;
    fclose(in);
    if (fclose(out) != 0 || !ok) return fail(path, "write failed");
    return 0;
}

static int one_model(const char *out_dir, const char *model_path) {
    const char *base = strrchr(model_path, '/') ? strrchr(model_path, '/') + 1 : model_path;
    const char *texts[2] = {"a nodule", "an effusion"};
    char ckpt[4096], name[256], points[512];
    rc_model *m = NULL; rc_trainer *t = NULL; rc_ctx *c = NULL; rc_error e;
    rc_train_config cfg = rc_train_config_default();
    train_point p[2];
    float *pixels = NULL; int32_t *ids = NULL;
    int S, C, b, k, rc = 1;
    FILE *f;
    snprintf(name, sizeof name, "%.*s", (int)(strlen(base) > 5 ? strlen(base) - 5 : strlen(base)), base);
    snprintf(ckpt, sizeof ckpt, "%s/%s.ckpt.gguf", out_dir, name);
    cfg.max_batch = 2; cfg.warmup_steps = 1; cfg.total_steps = 4;
    if (rc_model_load_file(&m, model_path, NULL, &e)) return fail(model_path, e.message);
    S = rc_model_get_info(m).image_size; C = rc_model_get_info(m).context_length;
    pixels = (float *)calloc((size_t)2 * 3 * S * S, sizeof *pixels);
    ids = (int32_t *)calloc((size_t)2 * C, sizeof *ids);
    if (!pixels || !ids) { fail(model_path, "out of memory"); goto done; }
    for (k = 0; k < 2 * 3 * S * S; k++) pixels[k] = (float)((k * 7919) % 200) / 100.0f - 1.0f;
    if (rc_ctx_create(&c, m, &e)) { fail(model_path, e.message); goto done; }
    for (b = 0; b < 2; b++)
        if (rc_tokenize(c, texts[b], (size_t)-1, ids + (size_t)b * C, NULL)) { fail(texts[b], rc_ctx_error(c)); goto done; }
    if (rc_trainer_create(&t, m, &cfg, &e)) { fail(model_path, e.message); goto done; }
    if (rc_train_step(t, pixels, ids, 2, NULL)) { fail("rc_train_step", rc_trainer_error(t)); goto done; }
    if (rc_trainer_save(t, ckpt)) { fail("rc_trainer_save", rc_trainer_error(t)); goto done; }
    for (k = 0; k < 2; k++) { rc_rng_seed(&p[k].rng, (uint64_t)k + 1); p[k].step = k; }
    if (!(f = fmemopen(points, sizeof points, "w"))) { fail("fmemopen", "failed"); goto done; }
    for (k = 0; k < 2; k++) train_point_write(f, &p[k]);
    fputc(0, f); fclose(f);
    rc = write_seed(out_dir, name, ckpt, points);
    remove(ckpt);
done:
    rc_trainer_free(t); rc_ctx_free(c); rc_model_free(m); free(pixels); free(ids);
    return rc;
}

int main(int argc, char **argv) {
    int i;
    if (argc < 3) return fail("usage", "make_checkpoints OUT_DIR MODEL.gguf...");
    for (i = 2; i < argc; i++) if (one_model(argv[1], argv[i])) return 1;
    return 0;
}
