/* test_train.c — the training unit against torch autograd and a PyTorch training loop.

   Reads MODEL.gguf and GOLDEN.gguf written by tests/gen_train.py and checks:
   - gradients: rc_train_backward on the golden batch; every parameter's gradient has relative
     error ||g_c - g_t|| / ||g_t|| <= 1e-3 against loss.backward() in float64 (printed per
     tensor with its worst element), the loss within 1e-5 relative;
   - trajectory: 10 rc_train_step calls (AdamW, warmup + cosine, clipping, clamp) give the
     reference loop's loss within 1e-4 relative at every step (and its log scale within 1e-5),
     and every parameter afterwards within 1e-4 relative (this checks the weight-decay sets);
   - checkpoints: rc_trainer_save writes a GGUF the inference loader opens (same embeddings
     as the trainer's model) and a trainer resumed from it continues bit for bit;
   - accumulation, freezing and argument errors.

   cc -std=c99 -O2 -fopenmp -DREGIONCLIP_TRAINING tests/test_train.c -lm -o test_train
   ./test_train build/train/train-gelu.gguf build/train/train-gelu.golden.gguf [train-gelu.{f16,q8_0}.gguf...] */
#define REGIONCLIP_IMPLEMENTATION
#include "../regionclip.h"
#include "test_util.h"
#include <math.h>

#define GRAD_TOL 1e-3
#define LOSS_TOL 1e-5
#define TRAJ_TOL 1e-4
#define PARAM_TOL 1e-4     /* every parameter after the 10 steps: float noise reaches ~1e-5 (Adam
                              normalizes tiny gradients), a wrong decay decision ~6e-4 */

static rc__gguf G;

static const rc__gguf_tensor *golden(const char *name) {
    const rc__gguf_tensor *t = rc__gguf_find_tensor(&G, name);
    if (!t) { printf("golden file lacks %s\n0 passed, 1 failed\n", name); exit(1); }
    return t;
}
static const float *golden_f32(const char *name) { return (const float *)(const void *)golden(name)->data; }
static const int32_t *golden_i32(const char *name) { return (const int32_t *)(const void *)golden(name)->data; }
static float golden_kv(const char *key) {
    float v = 0.0f;
    if (rc__kv_f32(&G, key, &v, 1, NULL)) { printf("golden file lacks %s\n", key); exit(1); }
    return v;
}

static rc_train_config golden_config(void) {
    rc_train_config c = rc_train_config_default();
    uint32_t steps = 0;
    rc__kv_u32(&G, "train.steps", &steps, 1, NULL);
    c.max_batch = (int)golden("in.ids")->ne[1];
    c.lr = golden_kv("train.lr"); c.warmup_steps = (int)golden_kv("train.warmup"); c.total_steps = (int)steps;
    c.weight_decay = golden_kv("train.weight_decay"); c.beta1 = golden_kv("train.beta1");
    c.beta2 = golden_kv("train.beta2"); c.eps = golden_kv("train.eps"); c.grad_clip = golden_kv("train.grad_clip");
    return c;
}

static rc_trainer *make_trainer(const rc_model *m, const rc_train_config *c) {
    rc_trainer *t = NULL; rc_error err;
    if (rc_trainer_create(&t, m, c, &err)) { printf("rc_trainer_create: %s\n0 passed, 1 failed\n", err.message); exit(1); }
    return t;
}

/* Relative error ||got - ref|| / ||ref|| of every golden tensor named prefix + NAME against
   the trainer's gradient (grads != 0) or parameter NAME, each at most tol; prints each when
   verbose (and every failure). Every trained parameter must have a golden tensor. */
static void compare_tensors(const rc_trainer *t, const char *prefix, int grads, double tol, int verbose,
                            const char *label, int with_roi) {
    double all_d = 0.0, all_r = 0.0, worst_rel = 0.0;
    uint64_t i; int n = 0, trained;
    char msg[200];
    for (i = 0; i < G.n_tensors; i++) {
        const rc__gguf_tensor *gt = &G.tensors[i];
        char name[96];
        const float *ref, *got; size_t count = 0, k, worst = 0;
        double d2 = 0.0, r2 = 0.0, rel, wd = -1.0;
        size_t pl = strlen(prefix);
        if (gt->name.len <= pl || memcmp(gt->name.ptr, prefix, pl) || gt->name.len - pl >= sizeof name) continue;
        memcpy(name, gt->name.ptr + pl, gt->name.len - pl); name[gt->name.len - pl] = 0;
        ref = (const float *)(const void *)gt->data;
        got = grads ? rc_trainer_grad(t, name, &count) : rc_trainer_param(t, name, &count);
        snprintf(msg, sizeof msg, "%s: trainer has %s of %llu elements", label, name, (unsigned long long)gt->n_elems);
        if (!got || count != gt->n_elems) { check(0, msg); continue; }
        for (k = 0; k < count; k++) {
            double d = (double)got[k] - ref[k];
            d2 += d * d; r2 += (double)ref[k] * ref[k];
            if (fabs(d) > wd) { wd = fabs(d); worst = k; }
        }
        rel = r2 > 0 ? sqrt(d2 / r2) : sqrt(d2);
        all_d += d2; all_r += r2; n++;
        if (rel > worst_rel) worst_rel = rel;
        if (verbose || rel > tol)
            printf("  %-4s %-26s rel %.2e  worst [%zu] %.6g vs %.6g (norm %.3g)\n", rel <= tol ? "ok" : "FAIL",
                   name, rel, worst, got[worst], ref[worst], sqrt(r2));
        snprintf(msg, sizeof msg, "%s: %s, relative error %.3g", label, name, rel);
        check(rel <= tol, msg);
    }
    for (i = 0, trained = 0; i < (uint64_t)t->n_params; i++)
        trained += with_roi || (t->params[i].group != RC_GROUP_ROI && t->params[i].group != RC_GROUP_VQA);
    snprintf(msg, sizeof msg, "%s: a golden tensor for every trained parameter (%d of %d)", label, n, trained);
    check(n == trained, msg);
    printf("%s: %d tensors, aggregate relative error %.3g, worst tensor %.3g (tolerance %.0e)\n", label, n,
           all_r > 0 ? sqrt(all_d / all_r) : 0.0, worst_rel, tol);
}

static void test_gradients(const rc_model *m) {
    rc_train_config c = golden_config();
    rc_trainer *t = make_trainer(m, &c);
    int B = c.max_batch;
    float loss = 0.0f, ref = golden_f32("loss")[0];
    char msg[160];
    rc_status s = rc_train_backward(t, golden_f32("in.pixels"), golden_i32("in.ids"), B, &loss);
    snprintf(msg, sizeof msg, "backward: %s; loss %.7f vs torch %.7f", rc_status_name(s), loss, ref);
    printf("%s\n", msg);
    check(s == RC_OK && fabs(loss - ref) <= LOSS_TOL * fabs(ref), msg);
    compare_tensors(t, "grad.", 1, GRAD_TOL, 1, "gradients", 0);
    rc_trainer_free(t);

    c.accum_steps = 2;                 /* the same batch twice, each adding half */
    t = make_trainer(m, &c);
    check(rc_train_backward(t, golden_f32("in.pixels"), golden_i32("in.ids"), B, NULL) == RC_OK &&
          rc_train_backward(t, golden_f32("in.pixels"), golden_i32("in.ids"), B, NULL) == RC_OK, "accumulation: two backward calls");
    compare_tensors(t, "grad.", 1, GRAD_TOL, 0, "accumulated gradients", 0);
    rc_trainer_free(t);
}

/* n floats of a and b identical */
static int same(const float *a, const float *b, size_t n) { return a && b && memcmp(a, b, n * sizeof(float)) == 0; }

/* A checkpoint whose optimizer state no run can produce (each value patched in the file's
   bytes) is refused by rc_trainer_create with RC_ERR_FORMAT; the unpatched bytes resume. */
static void test_bad_optimizer_state(const char *ckpt, const rc_train_config *c) {
    static const struct { const char *tensor; int index; float value; } cases[] = {
        {"train.adam_v", 0, -1.0f}, {"train.adam_v", 5, INFINITY}, {"train.adam_m", 3, NAN},
        {"train.param_steps", 0, 1e20f}, {"train.param_steps", 1, 0.5f}, {"train.param_steps", 2, -1.0f},
    };
    size_t size = 0, k;
    unsigned char *data = read_file("", ckpt, &size), *copy = (unsigned char *)malloc(size ? size : 1);
    rc__alloc alloc = rc__resolve_alloc(NULL);
    rc__gguf g;
    rc_error err;
    if (!data || !copy || rc__gguf_parse(&g, data, size, &alloc, &err) != RC_OK) {
        check(0, "checkpoint re-read for patching"); free(data); free(copy); return;
    }
    for (k = 0; k <= sizeof cases / sizeof cases[0]; k++) {
        rc_model *m = NULL; rc_trainer *t = NULL; rc_status s;
        char msg[200];
        memcpy(copy, data, size);
        if (k < sizeof cases / sizeof cases[0]) {
            const rc__gguf_tensor *x = rc__gguf_find_tensor(&g, cases[k].tensor);
            if (!x || x->type != RC__TYPE_F32) { check(0, cases[k].tensor); continue; }
            memcpy(copy + (x->data - data) + 4 * (size_t)cases[k].index, &cases[k].value, 4);
            snprintf(msg, sizeof msg, "%s[%d] = %g -> RC_ERR_FORMAT", cases[k].tensor, cases[k].index, (double)cases[k].value);
        } else snprintf(msg, sizeof msg, "the unpatched checkpoint resumes");
        s = rc_model_load_memory(&m, copy, size, NULL, &err);
        if (s == RC_OK) s = rc_trainer_create(&t, m, c, &err);
        check(k < sizeof cases / sizeof cases[0] ? s == RC_ERR_FORMAT && !t && strstr(err.message, "checkpoint: ")
                                                  : s == RC_OK && t, msg);
        rc_trainer_free(t); rc_model_free(m);
    }
    {                                  /* train.adam_m renamed: train.adam_v alone */
        rc_model *m = NULL; rc_trainer *t = NULL; rc_status s;
        unsigned char *at = NULL;
        memcpy(copy, data, size);
        for (k = 0; k + 12 <= size && !at; k++) if (!memcmp(copy + k, "train.adam_m", 12)) at = copy + k;
        if (at) at[11] = 'x';
        s = rc_model_load_memory(&m, copy, size, NULL, &err);
        if (s == RC_OK) s = rc_trainer_create(&t, m, c, &err);
        check(at && s == RC_ERR_FORMAT && !t, "second moments without first moments -> RC_ERR_FORMAT");
        rc_trainer_free(t); rc_model_free(m);
    }
    rc__gguf_free(&g, &alloc);
    free(data); free(copy);
}

static void test_trajectory(const rc_model *m, const char *ckpt) {
    rc_train_config c = golden_config();
    rc_trainer *t = make_trainer(m, &c), *r;
    const float *pix = golden_f32("traj.pixels"), *ref = golden_f32("traj.loss"), *lr = golden_f32("traj.lr");
    const float *ls = golden_f32("traj.logit_scale");
    const int32_t *ids = golden_i32("traj.ids");
    int B = c.max_batch, S = rc_model_get_info(m).image_size, C = rc_model_get_info(m).context_length, k;
    size_t per_pix = (size_t)B * 3 * S * S, per_ids = (size_t)B * C, n;
    double worst = 0.0;
    rc_train_stats st;
    rc_model *loaded = NULL; rc_error err;
    char msg[200];
    for (k = 0; k < c.total_steps; k++) {
        rc_status s = rc_train_step(t, pix + k * per_pix, ids + k * per_ids, B, &st);
        double rel = fabs(st.loss - ref[k]) / fabs(ref[k]);
        printf("  step %2d: loss %.7f vs torch %.7f (rel %.1e), lr %.3e vs %.3e, |g| %.4f, log scale %.6f vs %.6f\n",
               k, st.loss, ref[k], rel, st.lr, lr[k], st.grad_norm, log(st.logit_scale), ls[k]);
        snprintf(msg, sizeof msg, "trajectory step %d: %s, loss rel error %.3g, log scale %.7f vs %.7f", k,
                 rc_status_name(s), rel, log(st.logit_scale), ls[k]);
        check(s == RC_OK && st.updated && rel <= TRAJ_TOL && fabs(log(st.logit_scale) - ls[k]) <= 1e-5, msg);
        if (rel > worst) worst = rel;
    }
    printf("trajectory: %d steps, worst loss relative error %.3g (tolerance %.0e)\n", c.total_steps, worst, TRAJ_TOL);
    compare_tensors(t, "final.", 0, PARAM_TOL, 0, "parameters after the trajectory", 0);
    if (m->roi_head_w.data) {               /* ROI tensors: no gradient yet, so never touched */
        const float *roi = rc_trainer_param(t, "roi.head.weight", &n);
        check(n == (size_t)m->info.embed_dim * m->info.embed_dim && same(roi, rc__mat_f32(m->roi_head_w), n),
              "ROI-processor tensors unchanged by training");
    }

    /* checkpoint: inference loads it and sees the trained weights */
    check(rc_trainer_save(t, ckpt) == RC_OK, "rc_trainer_save");
    check(rc_model_load_file(&loaded, ckpt, NULL, &err) == RC_OK, "checkpoint loads for inference");
    if (loaded) {
        rc_ctx *a = NULL, *b = NULL;
        float ea[64], eb[64];
        int E = rc_model_get_info(loaded).embed_dim;
        check(E <= 64 && rc_ctx_create(&a, rc_trainer_model(t), NULL) == RC_OK && rc_ctx_create(&b, loaded, NULL) == RC_OK,
              "contexts on the trainer's model and the checkpoint");
        if (a && b) {
            check(rc_encode_pixels(a, pix, 1, ea, 1) == RC_OK && rc_encode_pixels(b, pix, 1, eb, 1) == RC_OK &&
                  same(ea, eb, (size_t)E), "checkpoint embeds like the trainer's model");
            check(rc_encode_tokens(a, ids, 1, ea, 1) == RC_OK && rc_encode_tokens(b, ids, 1, eb, 1) == RC_OK &&
                  same(ea, eb, (size_t)E), "checkpoint text embedding like the trainer's model");
        }
        check(rc_model_get_info(loaded).logit_scale == rc_model_get_info(rc_trainer_model(t)).logit_scale,
              "checkpoint keeps the trained logit scale");
        {
            rc_train_config c2;
            check(rc_train_config_from(loaded, &c2) == RC_OK && !memcmp(&c, &c2, sizeof c),
                  "checkpoint keeps the training configuration (rc_train_config_from)");
            check(rc_train_config_from(m, &c2) == RC_ERR_MISSING, "rc_train_config_from on a plain model -> RC_ERR_MISSING");
        }
        check(rc_model_get_info(loaded).roi_head == rc_model_get_info(m).roi_head &&
              rc_model_get_info(loaded).roi_fusion_heads == rc_model_get_info(m).roi_fusion_heads &&
              rc_model_get_info(loaded).vqa_answers == rc_model_get_info(m).vqa_answers,
              "checkpoint keeps the ROI processor and the VQA head");
        {                              /* the export: the same model, no optimizer state */
            char path[1100];
            rc_model *ex = NULL;
            rc_ctx *x = NULL;
            rc_train_config c3;
            FILE *f1, *f2;
            long s1 = -1, s2 = -1;
            snprintf(path, sizeof path, "%s.export.gguf", ckpt);
            check(rc_trainer_export(t, path) == RC_OK && rc_model_load_file(&ex, path, NULL, &err) == RC_OK &&
                  rc_ctx_create(&x, ex, NULL) == RC_OK, "rc_trainer_export writes a model inference loads");
            if (x && b) {
                float ex_emb[64];
                check(rc_encode_pixels(x, pix, 1, ex_emb, 1) == RC_OK && rc_encode_pixels(b, pix, 1, eb, 1) == RC_OK &&
                      same(ex_emb, eb, (size_t)E) && rc_model_get_info(ex).logit_scale == rc_model_get_info(loaded).logit_scale,
                      "export embeds like the checkpoint, same logit scale");
                check(rc_train_config_from(ex, &c3) == RC_ERR_MISSING, "export holds no training configuration");
            }
            f1 = fopen(ckpt, "rb"); f2 = fopen(path, "rb");
            if (f1 && f2 && !fseek(f1, 0, SEEK_END) && !fseek(f2, 0, SEEK_END)) { s1 = ftell(f1); s2 = ftell(f2); }
            if (f1) fclose(f1);
            if (f2) fclose(f2);
            snprintf(msg, sizeof msg, "export without the moments: %ld bytes vs checkpoint %ld", s2, s1);
            printf("%s\n", msg);
            check(s2 > 0 && s2 * 5 < s1 * 2, msg);
            check(rc_trainer_export(t, "/nonexistent-dir/x.gguf") == RC_ERR_IO, "export into a missing directory -> RC_ERR_IO");
            check(rc_trainer_export_as(t, path, "q5_1") == RC_ERR_ARG && strstr(rc_trainer_error(t), "q5_1") &&
                  rc_trainer_export_as(t, path, NULL) == RC_ERR_ARG, "rc_trainer_export_as: unknown dtype -> RC_ERR_ARG");
            {                          /* a weight past f16's range: refused where f16 is involved */
                float *w = (float *)(uintptr_t)rc_trainer_param(t, "v.blk.0.attn_qkv.weight", &n), keep = w[3];
                FILE *gone;
                remove(path);
                w[3] = 70000.0f;
                check(rc_trainer_export_as(t, path, "q8_0") == RC_ERR_VALUE && strstr(rc_trainer_error(t), "v.blk.0.attn_qkv.weight") &&
                      rc_trainer_export_as(t, path, "f16") == RC_ERR_VALUE && !(gone = fopen(path, "rb")),
                      "a weight of 70000 under q8_0 / f16 -> RC_ERR_VALUE naming it, no file");
                check(rc_trainer_export_as(t, path, "bf16") == RC_OK, "... and bf16 exports it");
                w[3] = keep;
                remove(path);
            }
            rc_ctx_free(x); rc_model_free(ex); remove(path);
        }
        rc_ctx_free(a); rc_ctx_free(b);
        test_bad_optimizer_state(ckpt, &c);
        /* resume: one more step on the original and on a trainer made from the checkpoint */
        r = make_trainer(loaded, &c);
        rc_model_free(loaded);
        {
            rc_train_stats s1, s2;
            size_t cn = 0;
            const float *p1, *p2;
            rc_train_step(t, pix, ids, B, &s1);
            rc_train_step(r, pix, ids, B, &s2);
            p1 = rc_trainer_param(t, "v.blk.0.attn_qkv.weight", &n);
            p2 = rc_trainer_param(r, "v.blk.0.attn_qkv.weight", &cn);
            snprintf(msg, sizeof msg, "resumed trainer continues bit for bit (step %d vs %d, loss %.7f vs %.7f)",
                     s1.step, s2.step, s1.loss, s2.loss);
            check(s1.step == s2.step && s1.loss == s2.loss && n == cn && same(p1, p2, n) &&
                  same(rc_trainer_param(t, "logit_scale", NULL), rc_trainer_param(r, "logit_scale", NULL), 1), msg);
        }
        rc_trainer_free(r);
    }
    rc_trainer_free(t);
}

/* Refused batches: each error code, and nothing accumulated (the gradients stay zero). */
static void test_batch_errors(const rc_model *m, const rc_train_config *c, const rc_train_batch *good) {
    rc_trainer *t = make_trainer(m, c);
    rc_train_batch bt;
    rc_box boxes[64];
    int n_regions[64], n_questions[64], answers[64], R = 0, Q = 0, b, k;
    float S = (float)rc_model_get_info(m).image_size, nan = (float)NAN;
    double gsum = 0.0;
    size_t n = 0, i;
    const float *g;
    char msg[400];
    for (b = 0; b < good->B; b++) { R += good->n_regions[b]; Q += good->n_questions[b]; }
    if (R > 64 || Q > 64 || good->B > 64) { check(0, "batch errors: test sizes"); rc_trainer_free(t); return; }
    for (k = 0; k < 16; k++) {
        rc_status want = RC_ERR_VALUE, got;
        bt = *good;
        memcpy(boxes, good->boxes, (size_t)R * sizeof *boxes);
        memcpy(n_regions, good->n_regions, (size_t)good->B * sizeof *n_regions);
        memcpy(n_questions, good->n_questions, (size_t)good->B * sizeof *n_questions);
        memcpy(answers, good->answers, (size_t)Q * sizeof *answers);
        bt.boxes = boxes; bt.n_regions = n_regions; bt.n_questions = n_questions; bt.answers = answers;
        switch (k) {
        case 0: boxes[R - 1].x1 = S + 0.5f; break;                      /* outside the view */
        case 1: boxes[0].y0 = -0.1f; break;
        case 2: boxes[1].x1 = boxes[1].x0; break;                        /* empty */
        case 3: boxes[2].y0 = nan; break;
        case 4: n_regions[0] += 1; break;                                /* more than max_regions */
        case 5: n_regions[1] = -1; break;
        case 6: bt.n_neg = c->max_negatives + 1; break;
        case 7: bt.neg_ids = NULL; break;
        case 8: bt.boxes = NULL; want = RC_ERR_ARG; break;
        case 9: bt.region_ids = NULL; want = RC_ERR_ARG; break;
        case 10: bt.B = c->max_batch + 1; want = RC_ERR_ARG; break;
        case 11: answers[Q - 1] = rc_model_get_info(m).vqa_answers; break;   /* answer out of range */
        case 12: answers[0] = -1; break;
        case 13: n_questions[0] += 1; break;                             /* more than max_questions */
        case 14: n_questions[2] = -1; break;
        case 15: bt.question_ids = NULL; want = RC_ERR_ARG; break;
        }
        got = rc_train_backward_batch(t, &bt, NULL);
        snprintf(msg, sizeof msg, "bad batch %d: want %s, got %s (%s)", k, rc_status_name(want), rc_status_name(got), rc_trainer_error(t));
        check(got == want, msg);
    }
    g = rc_trainer_grad(t, "roi.head.weight", &n);
    for (i = 0; g && i < n; i++) gsum += fabs(g[i]);
    g = rc_trainer_grad(t, "v.blk.0.mlp_fc.weight", &n);
    for (i = 0; g && i < n; i++) gsum += fabs(g[i]);
    g = rc_trainer_grad(t, "vqa.head.weight", &n);
    for (i = 0; g && i < n; i++) gsum += fabs(g[i]);
    check(gsum == 0.0, "refused batches accumulate nothing");
    rc_trainer_free(t);
}

/* One batch on a fresh trainer: the loss and its four terms (stats) against golden LOSS [5]
   within LOSS_TOL, and every gradient against golden PREFIX* within GRAD_TOL. */
static void check_batch_step(const rc_model *m, const rc_train_config *c, const rc_train_batch *bt,
                             const char *loss, const char *prefix, const char *label) {
    const char *what[5] = {"total", "global", "region", "fused", "vqa"};
    const float *ref = golden_f32(loss);
    rc_trainer *t = make_trainer(m, c);
    rc_train_stats st;
    rc_status s = rc_train_backward_batch(t, bt, &st);
    float got[5];
    char msg[200];
    int k;
    got[0] = st.loss; got[1] = st.loss_global; got[2] = st.loss_region; got[3] = st.loss_fused; got[4] = st.loss_vqa;
    for (k = 0; k < 5; k++) {
        snprintf(msg, sizeof msg, "%s: %s, loss %s %.7f vs torch %.7f", label, rc_status_name(s), what[k], got[k], ref[k]);
        printf("%s\n", msg);
        check(s == RC_OK && fabs(got[k] - ref[k]) <= LOSS_TOL * fabs(ref[k]), msg);
    }
    snprintf(msg, sizeof msg, "%s gradients", label);
    compare_tensors(t, prefix, 1, GRAD_TOL, 0, msg, 1);
    rc_trainer_free(t);
}

/* The steps with every loss (gen_train.py's region_golden), align and crop mode: loss terms
   and every gradient, the ROI processor's included; then a 3-update trajectory. */
static void test_region_step(const rc_model *m) {
    rc_train_config c = golden_config();
    rc_train_batch bt, cb;
    rc_train_stats st;
    rc_trainer *t;
    uint32_t n_neg = 0;
    if (!rc__gguf_find_tensor(&G, "region.pixels")) return;
    rc__kv_u32(&G, "region.n_neg", &n_neg, 1, NULL);
    c.max_regions = (int)golden("region.boxes")->ne[1]; c.max_negatives = (int)n_neg;
    c.w_global = golden_kv("region.w_global"); c.w_region = golden_kv("region.w_region"); c.w_fused = golden_kv("region.w_fused");
    c.w_vqa = golden_kv("region.w_vqa"); c.max_questions = (int)golden("region.answers")->ne[0];
    memset(&bt, 0, sizeof bt);
    bt.B = c.max_batch; bt.pixels = golden_f32("region.pixels"); bt.ids = golden_i32("region.ids");
    bt.report_ids = golden_i32("region.report_ids"); bt.n_regions = (const int *)golden_i32("region.n_regions");
    bt.boxes = (const rc_box *)(const void *)golden_f32("region.boxes"); bt.region_ids = golden_i32("region.region_ids");
    bt.n_neg = (int)n_neg; bt.neg_ids = golden_i32("region.neg_ids");
    bt.n_questions = (const int *)golden_i32("region.n_questions"); bt.question_ids = golden_i32("region.question_ids");
    bt.answers = (const int *)golden_i32("region.answers");
    check_batch_step(m, &c, &bt, "region.loss", "rgrad.", "region step");
    cb = bt;                           /* crop mode: the boxes' crops through the image tower */
    cb.boxes = NULL; cb.crop_pixels = golden_f32("region.crop_pixels");
    c.crop_regions = 1;
    check_batch_step(m, &c, &cb, "crop.loss", "cgrad.", "crop step");
    c.crop_regions = 0;
    /* 3 updates: region step, global-only step (no ROI gradient: the ROI tensors are skipped),
       region step; every parameter against torch's */
    t = make_trainer(m, &c);
    {
        rc_train_batch global = bt;
        global.report_ids = NULL; global.n_regions = NULL; global.boxes = NULL;
        global.region_ids = NULL; global.n_neg = 0; global.neg_ids = NULL; global.n_questions = NULL;
        check(rc_train_step_batch(t, &bt, &st) == RC_OK && rc_train_step_batch(t, &global, &st) == RC_OK &&
              rc_train_step_batch(t, &bt, &st) == RC_OK && st.step == 3, "region trajectory: 3 steps");
    }
    compare_tensors(t, "rfinal.", 0, PARAM_TOL, 0, "parameters after region, global, region steps", 1);
    rc_trainer_free(t);
    test_batch_errors(m, &c, &bt);
}

/* A progressive schedule (stages from the golden file): the learning rate of every step
   against open_clip's cosine_lr per stage; stage 0 freezes the image tower and the scale,
   stage 1 the text tower; the stages survive a checkpoint. */
static void test_stages(const rc_model *m, const char *ckpt) {
    rc_train_config c = golden_config();
    rc_trainer *t;
    rc_train_stats st;
    const float *lrs = golden_f32("stages.lr"), *p;
    size_t n_lr = (size_t)golden("stages.lr")->n_elems, n = 0, k;
    uint32_t n_stages = 0, v;
    float img0[16], txt0[16], img1[16], txt1[16];
    double worst = 0.0;
    int ok = 1, i;
    char key[64], msg[200];
    rc__kv_u32(&G, "stages.n", &n_stages, 1, NULL);
    c.n_stages = (int)n_stages;
    for (i = 0; i < c.n_stages; i++) {
        snprintf(key, sizeof key, "stages.%d.steps", i); rc__kv_u32(&G, key, &v, 1, NULL); c.stages[i].steps = (int)v;
        snprintf(key, sizeof key, "stages.%d.warmup", i); rc__kv_u32(&G, key, &v, 1, NULL); c.stages[i].warmup_steps = (int)v;
        snprintf(key, sizeof key, "stages.%d.lr", i); c.stages[i].lr = golden_kv(key);
        c.stages[i].w_global = 1.0f;
        c.stages[i].frozen = i == 0 ? RC_GROUP_IMAGE | RC_GROUP_LOGIT_SCALE : i == 1 ? RC_GROUP_TEXT : 0;
    }
    t = make_trainer(m, &c);
    memcpy(img0, rc_trainer_param(t, "v.blk.0.mlp_fc.weight", &n), sizeof img0);
    memcpy(txt0, rc_trainer_param(t, "t.blk.0.mlp_fc.weight", &n), sizeof txt0);
    for (k = 0; k < n_lr; k++) {
        double rel;
        if (rc_train_step(t, golden_f32("in.pixels"), golden_i32("in.ids"), c.max_batch, &st)) { ok = 0; break; }
        rel = fabs(st.lr - lrs[k]) / (lrs[k] > 0 ? lrs[k] : 1.0);
        if (rel > worst) worst = rel;
        if (k + 1 == (size_t)c.stages[0].steps) {      /* end of stage 0: image frozen, text trained */
            p = rc_trainer_param(t, "v.blk.0.mlp_fc.weight", &n);
            check(!memcmp(p, img0, sizeof img0), "stage 0: frozen image tower unchanged");
            p = rc_trainer_param(t, "t.blk.0.mlp_fc.weight", &n);
            check(memcmp(p, txt0, sizeof txt0) != 0, "stage 0: text tower trained");
            memcpy(txt1, p, sizeof txt1);
            memcpy(img1, rc_trainer_param(t, "v.blk.0.mlp_fc.weight", &n), sizeof img1);
        }
        if (k + 1 == (size_t)(c.stages[0].steps + c.stages[1].steps)) {   /* end of stage 1 */
            check(!memcmp(rc_trainer_param(t, "t.blk.0.mlp_fc.weight", &n), txt1, sizeof txt1), "stage 1: frozen text tower unchanged");
            check(memcmp(rc_trainer_param(t, "v.blk.0.mlp_fc.weight", &n), img1, sizeof img1) != 0, "stage 1: image tower trained");
            check(rc_trainer_save(t, ckpt) == RC_OK, "stage 1: checkpoint written");
        }
    }
    snprintf(msg, sizeof msg, "stages: %zu steps, learning rate vs open_clip's cosine_lr per stage: worst relative error %.2g", n_lr, worst);
    printf("%s\n", msg);
    check(ok && worst <= 1e-6, msg);
    {
        rc_model *loaded = NULL;
        rc_train_config c2;
        rc_error err;
        check(rc_model_load_file(&loaded, ckpt, NULL, &err) == RC_OK && rc_train_config_from(loaded, &c2) == RC_OK &&
              !memcmp(&c, &c2, sizeof c), "stages survive a checkpoint");
        rc_model_free(loaded);
    }
    rc_trainer_free(t);
}

/* A trainer from a file of other weight types (convert.py --dtype f16 / q8_0 of the same
   checkpoint): its f32 parameters are exactly what the inference matmul decodes from the file,
   and a step runs with a loss near the f32 model's. */
static void test_typed(const char *path) {
    rc_train_config c = golden_config();
    rc_model *m = NULL;
    rc_trainer *t = NULL;
    rc_error err;
    size_t n = 0;
    float loss = 0.0f;
    if (rc_model_load_file(&m, path, NULL, &err)) { check(0, err.message); return; }
    check(rc_trainer_create(&t, m, &c, &err) == RC_OK, path);
    if (t) {
        const float *p = rc_trainer_param(t, "v.blk.0.attn_qkv.weight", &n);
        int W = m->vis.width, r, same_rows = p && n == (size_t)3 * W * W;
        float *row = (float *)malloc(sizeof(float) * W);
        for (r = 0; same_rows && r < 3 * W; r++) {          /* as the inference matmul decodes them */
            rc__mat_dequant(m->vis.blocks[0].qkv_w, (size_t)r, 0, (size_t)W, row);
            same_rows = !memcmp(p + (size_t)r * W, row, sizeof(float) * W);
        }
        free(row);
        check(same_rows, "typed weights converted as the inference matmul converts them");
        check(rc_train_backward(t, golden_f32("in.pixels"), golden_i32("in.ids"), c.max_batch, &loss) == RC_OK &&
              fabs(loss - golden_f32("loss")[0]) < 1e-2 * fabs(golden_f32("loss")[0]), "typed model: a step, loss near the f32 one");
    }
    rc_trainer_free(t);
    rc_model_free(m);
}

/* Every allocation of loading and rc_trainer_create failed in turn: RC_ERR_NOMEM, nothing
   leaks (the failing allocator counts live blocks), and the first run that gets all it asks
   for succeeds. */
static void test_alloc_failures(const char *path) {
    rc_train_config c = golden_config();
    long fail_at;
    int nomem_ok = 1, leaks = 0, done = 0;
    char msg[160];
    for (fail_at = 0; fail_at < 10000 && !done; fail_at++) {
        failing_alloc fa;
        rc_allocator al;
        rc_model *m = NULL;
        rc_trainer *t = NULL;
        rc_error err;
        rc_status s;
        fa.count = 0; fa.fail_at = fail_at; fa.live = 0;
        al.alloc = fa_alloc; al.free = fa_free; al.user = &fa;
        s = rc_model_load_file(&m, path, &al, &err);
        if (s == RC_OK) s = rc_trainer_create(&t, m, &c, &err);
        if (s == RC_OK) done = 1;
        else if (s != RC_ERR_NOMEM) nomem_ok = 0;
        rc_trainer_free(t);
        rc_model_free(m);
        if (fa.live != 0) leaks++;
    }
    snprintf(msg, sizeof msg, "allocation failures: %ld runs, all RC_ERR_NOMEM until success (%s), %d leaking", fail_at,
             done ? "reached" : "not reached", leaks);
    printf("%s\n", msg);
    check(done && nomem_ok && leaks == 0, msg);
}

static void test_freeze_and_errors(const rc_model *m) {
    rc_train_config c = golden_config(), bad;
    rc_trainer *t, *x = NULL;
    const float *pix = golden_f32("in.pixels");
    const int32_t *ids = golden_i32("in.ids");
    int B = c.max_batch, C = rc_model_get_info(m).context_length, k;
    size_t n = 0, i;
    float before[64], *nan_pix, loss;
    int32_t *bad_ids;
    const float *g, *p;
    rc_error err;
    double gsum = 0.0;
    c.frozen = RC_GROUP_IMAGE | RC_GROUP_LOGIT_SCALE;
    t = make_trainer(m, &c);
    check(rc_train_backward(t, pix, ids, B, &loss) == RC_OK, "frozen image tower: backward");
    g = rc_trainer_grad(t, "v.blk.1.mlp_fc.weight", &n);
    for (i = 0; g && i < n; i++) gsum += fabs(g[i]);
    check(g && gsum == 0.0, "frozen image tower: no gradient");
    g = rc_trainer_grad(t, "t.blk.1.mlp_fc.weight", &n);
    for (gsum = 0.0, i = 0; g && i < n; i++) gsum += fabs(g[i]);
    check(g && gsum > 0.0, "frozen image tower: text tower has a gradient");
    p = rc_trainer_param(t, "v.blk.0.ln1.weight", &n);
    memcpy(before, p, (n < 63 ? n : 63) * sizeof(float));
    before[63] = rc_trainer_param(t, "logit_scale", NULL)[0];
    check(rc_train_update(t, NULL) == RC_OK && !memcmp(before, p, (n < 63 ? n : 63) * sizeof(float)) &&
          rc_trainer_param(t, "logit_scale", NULL)[0] == before[63],
          "frozen image tower and scale: parameters unchanged by the update");

    /* errors: nothing accumulated */
    nan_pix = (float *)malloc(golden("in.pixels")->n_elems * sizeof(float));
    bad_ids = (int32_t *)malloc((size_t)B * C * sizeof(int32_t));
    memcpy(nan_pix, pix, golden("in.pixels")->n_elems * sizeof(float));
    memcpy(bad_ids, ids, (size_t)B * C * sizeof(int32_t));
    nan_pix[5] = (float)NAN;
    bad_ids[C + 1] = 49408;
    check(rc_train_step(t, pix, ids, 0, NULL) == RC_ERR_ARG, "B = 0 -> RC_ERR_ARG");
    check(rc_train_step(t, pix, ids, B + 1, NULL) == RC_ERR_ARG, "B > max_batch -> RC_ERR_ARG");
    check(rc_train_step(t, NULL, ids, B, NULL) == RC_ERR_ARG, "NULL pixels -> RC_ERR_ARG");
    check(rc_train_step(t, nan_pix, ids, B, NULL) == RC_ERR_VALUE, "NaN pixel -> RC_ERR_VALUE");
    check(rc_train_step(t, pix, bad_ids, B, NULL) == RC_ERR_VALUE && strstr(rc_trainer_error(t), "text 1") != NULL,
          "id outside the vocabulary -> RC_ERR_VALUE naming the text");
    g = rc_trainer_grad(t, "t.blk.1.mlp_fc.weight", &n);
    for (gsum = 0.0, i = 0; g && i < n; i++) gsum += fabs(g[i]);
    check(gsum == 0.0, "refused steps accumulate nothing");
    check(rc_trainer_grad(t, "no.such.tensor", &n) == NULL && n == 0, "unknown tensor name -> NULL");
    {
        rc_train_stats us;
        float before2[8];
        memcpy(before2, rc_trainer_param(t, "t.blk.0.mlp_fc.weight", &n), sizeof before2);
        check(rc_train_update(t, &us) == RC_OK && !us.updated &&
              !memcmp(before2, rc_trainer_param(t, "t.blk.0.mlp_fc.weight", &n), sizeof before2),
              "update with nothing accumulated changes nothing");
    }
    {
        FILE *f;
        check(rc_trainer_save(t, "/nonexistent-dir/ckpt.gguf") == RC_ERR_IO && strstr(rc_trainer_error(t), "cannot write"),
              "save into a missing directory -> RC_ERR_IO");
        check(!(f = fopen("/nonexistent-dir/ckpt.gguf.tmp", "rb")), "no temporary file left");
        if (f) fclose(f);
    }
    if (rc_model_get_info(m).vqa_answers == 0) {       /* questions for a model without a VQA head */
        rc_train_batch qb;
        int nq[64] = {1}, ans[1] = {0};
        rc_trainer *tq;
        rc_status sq;
        c.frozen = 0; c.max_questions = 1;
        tq = make_trainer(m, &c);
        memset(&qb, 0, sizeof qb);
        qb.B = B; qb.pixels = pix; qb.ids = ids; qb.n_questions = nq; qb.question_ids = ids; qb.answers = ans;
        sq = rc_train_backward_batch(tq, &qb, NULL);
        check(sq == RC_ERR_MISSING && strstr(rc_trainer_error(tq), "VQA head"), "questions without a VQA head -> RC_ERR_MISSING");
        rc_trainer_free(tq);
    }
    free(nan_pix); free(bad_ids);
    rc_trainer_free(t);

    for (k = 0; k < 8; k++) {
        bad = rc_train_config_default();
        if (k == 0) bad.max_batch = 0;
        if (k == 1) bad.accum_steps = 0;
        if (k == 2) bad.warmup_steps = bad.total_steps;
        if (k == 3) bad.lr = (float)NAN;
        if (k == 4) bad.beta2 = 1.0f;
        if (k == 5) bad.frozen = 64;   /* not a group bit */
        if (k == 6) bad.max_questions = -1;
        if (k == 7) bad.w_vqa = (float)NAN;
        check(rc_trainer_create(&x, m, &bad, &err) == RC_ERR_VALUE && x == NULL, "bad configuration -> RC_ERR_VALUE");
    }
    check(rc_trainer_create(&x, NULL, &c, &err) == RC_ERR_ARG, "NULL model -> RC_ERR_ARG");
}

int main(int argc, char **argv) {
    size_t size = 0;
    unsigned char *data;
    rc_model *m = NULL;
    rc_error err;
    char ckpt[1024];
    int i;
    rc__alloc alloc = rc__resolve_alloc(NULL);
    if (argc < 3) { printf("usage: %s MODEL.gguf GOLDEN.gguf [MODEL.TYPE.gguf...]\n", argv[0]); return 2; }
    data = read_file("", argv[2], &size);
    if (!data || rc__gguf_parse(&G, data, size, &alloc, &err) != RC_OK) {
        printf("cannot read %s\n0 passed, 1 failed\n", argv[2]);
        return 1;
    }
    if (rc_model_load_file(&m, argv[1], NULL, &err)) { printf("%s\n0 passed, 1 failed\n", err.message); return 1; }
    snprintf(ckpt, sizeof ckpt, "%s.ckpt.gguf", argv[2]);
    test_gradients(m);
    test_trajectory(m, ckpt);
    test_region_step(m);
    test_stages(m, ckpt);
    test_freeze_and_errors(m);
    test_alloc_failures(argv[1]);
    for (i = 3; i < argc; i++) test_typed(argv[i]);
    remove(ckpt);
    rc_model_free(m);
    rc__gguf_free(&G, &alloc);
    free(data);
    printf("%d passed, %d failed\n", g_passed, g_failed);
    return g_failed != 0;
}
