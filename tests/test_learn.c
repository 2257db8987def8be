/* test_learn.c — the training unit learns a task whose answer is known by construction, and
   resuming from a checkpoint reproduces an uninterrupted run bit for bit.

   Corpus (generated here, seeded): S x S noise images with one bright square (the "finding")
   in one of four quadrants; caption "a finding in the <upper left|upper right|lower left|
   lower right>", the same text as the square's region caption, and the three other
   positions as its hard negatives; one VQA question per image, "where is the finding?", whose
   answer is the quadrant as index 0..3 of the model's VQA head (the file's answer strings do
   not name quadrants; only the indices matter here). Training (progressive schedule): stage 1
   L_region and L_vqa with the text tower frozen (from random weights the image tower must
   learn; L_global alone collapses on four captions: its loss pins at ln 4), stage 2 adds
   L_global with both towers frozen. Held out: new images; for the square's box the region
   embedding (rc_encode_regions on the trainer's model, align mode) must pick the right caption
   among the four (chance 25%), and rc_vqa over the fused embedding of the image with that box
   the right quadrant among the head's answers (chance 25% at best), each for at least
   LEARN_MIN of them.

   cc -std=c99 -O2 -fopenmp -DREGIONCLIP_TRAINING tests/test_learn.c -lm -o test_learn
   ./test_learn build/train/train-gelu.gguf CHECKPOINT_PATH */
#define REGIONCLIP_IMPLEMENTATION
#include "../regionclip.h"
#include "test_util.h"
#include <math.h>

#define LEARN_MIN 0.6      /* held-out accuracy required (chance: 0.25) */
#define N_HELD 64
#define NB 4               /* images per step: each position once (a repeated caption would
                              be its own negative) */

static const char *const POS[4] = {"upper left", "upper right", "lower left", "lower right"};

typedef struct rng { uint64_t s; } rng;
static double uniform(rng *r) {       /* xorshift64*, [0, 1) */
    r->s ^= r->s >> 12; r->s ^= r->s << 25; r->s ^= r->s >> 27;
    return (double)((r->s * 2685821657736338717ull) >> 11) / 9007199254740992.0;
}

/* One image: rgb[S][S][3] noise, a bright square of side 5..9 inside quadrant q; box = the square. */
static void make_image(rng *r, int S, int q, unsigned char *rgb, rc_box *box) {
    int side = 5 + (int)(uniform(r) * 5), half = S / 2;
    int x0 = (q % 2) * half + (int)(uniform(r) * (half - side)), y0 = (q / 2) * half + (int)(uniform(r) * (half - side));
    int x, y, c, level = 170 + (int)(uniform(r) * 80);
    for (y = 0; y < S; y++)
        for (x = 0; x < S; x++)
            for (c = 0; c < 3; c++) {
                int inside = x >= x0 && x < x0 + side && y >= y0 && y < y0 + side;
                rgb[(y * S + x) * 3 + c] = (unsigned char)(inside ? level : (int)(uniform(r) * 90));
            }
    box->x0 = (float)x0; box->y0 = (float)y0; box->x1 = (float)(x0 + side); box->y1 = (float)(y0 + side);
}

typedef struct corpus {
    int S, C;
    int32_t ids[4][64], neg[4][3][64];   /* per position: caption; the other three */
    int32_t question[64];                /* "where is the finding?"                */
} corpus;

static int tokenize(rc_ctx *ctx, const char *text, int32_t *ids) { return rc_tokenize(ctx, text, (size_t)-1, ids, NULL) == RC_OK; }

/* One training batch: NB images (preprocessed), their captions, one box each with caption and
   negatives. */
static int make_batch(rng *r, rc_ctx *ctx, const corpus *cp, float *pix, int32_t *ids, rc_box *boxes,
                      int32_t *rids, int32_t *nids, int32_t *qids, int *answers) {
    int b, k, S = cp->S, C = cp->C;
    unsigned char rgb[64 * 64 * 3];
    int perm[4] = {0, 1, 2, 3};
    for (b = 3; b > 0; b--) { int j = (int)(uniform(r) * (b + 1)), tmp = perm[b]; perm[b] = perm[j]; perm[j] = tmp; }
    for (b = 0; b < NB; b++) {
        int q = perm[b];
        rc_image im;
        make_image(r, S, q, rgb, &boxes[b]);
        im.pixels = rgb; im.width = S; im.height = S; im.stride = (size_t)S * 3; im.format = RC_PIXEL_RGB8;
        im.window_center = 0; im.window_width = 0;
        if (rc_preprocess(ctx, &im, pix + (size_t)b * 3 * S * S)) return 0;
        memcpy(ids + (size_t)b * C, cp->ids[q], (size_t)C * sizeof(int32_t));
        memcpy(rids + (size_t)b * C, cp->ids[q], (size_t)C * sizeof(int32_t));
        for (k = 0; k < 3; k++) memcpy(nids + ((size_t)b * 3 + k) * C, cp->neg[q][k], (size_t)C * sizeof(int32_t));
        memcpy(qids + (size_t)b * C, cp->question, (size_t)C * sizeof(int32_t));
        answers[b] = q;
    }
    return 1;
}

/* Runs steps [from, to) of the schedule on the batches of rng seed (batch k always the same). */
static int train(rc_trainer *t, rc_ctx *ctx, const corpus *cp, int from, int to, rc_train_stats *st) {
    int S = cp->S, k, n_regions[NB], answers[NB], b, ok = 1;
    float *pix = (float *)malloc(sizeof(float) * NB * 3 * S * S);
    int32_t ids[NB * 64], rids[NB * 64], nids[NB * 3 * 64], qids[NB * 64];
    rc_box boxes[NB];
    rc_train_batch bt;
    for (b = 0; b < NB; b++) n_regions[b] = 1;
    for (k = from; ok && k < to; k++) {
        rng r; r.s = 0x9E3779B97F4A7C15ull ^ (uint64_t)(k + 1) * 0xD1B54A32D192ED03ull;
        ok = make_batch(&r, ctx, cp, pix, ids, boxes, rids, nids, qids, answers);
        memset(&bt, 0, sizeof bt);
        bt.B = NB; bt.pixels = pix; bt.ids = ids; bt.n_regions = n_regions; bt.boxes = boxes;
        bt.region_ids = rids; bt.n_neg = 3; bt.neg_ids = nids;
        bt.n_questions = n_regions; bt.question_ids = qids; bt.answers = answers;   /* one per image */
        ok = ok && rc_train_step_batch(t, &bt, st) == RC_OK;
        if (getenv("LEARN_VERBOSE") && k % 20 == 0)
            printf("  step %3d: loss %.4f (global %.4f, region %.4f, vqa %.4f) lr %.2e |g| %.3f scale %.2f\n", k, st->loss,
                   st->loss_global, st->loss_region, st->loss_vqa, st->lr, st->grad_norm, st->logit_scale);
        if (!ok) printf("step %d: %s\n", k, rc_trainer_error(t));
    }
    free(pix);
    return ok;
}

/* Held-out region -> caption accuracy and VQA accuracy (*vqa) with the inference API on the
   trainer's model. */
static double held_out(const rc_model *m, const corpus *cp, double *vqa) {
    rc_ctx *ctx = NULL;
    rng r; int i, q, E = rc_model_get_info(m).embed_dim, A = rc_model_get_info(m).vqa_answers, right = 0, right_vqa = 0;
    const char *texts[4], *question = "where is the finding?";
    float cap[4 * 64], reg[64], glob[64], fused[64], qemb[64], probs[16];
    unsigned char rgb[64 * 64 * 3];
    char buf[4][64];
    if (rc_ctx_create(&ctx, m, NULL) || E > 64 || A > 16) return -1.0;
    for (q = 0; q < 4; q++) { snprintf(buf[q], sizeof buf[q], "a finding in the %s", POS[q]); texts[q] = buf[q]; }
    if (rc_encode_texts(ctx, texts, 4, cap, 1) || rc_encode_texts(ctx, &question, 1, qemb, 1)) return -1.0;
    r.s = 0xABCDEF12345ull;
    for (i = 0; i < N_HELD; i++) {
        rc_image im; rc_box box; int best = 0;
        q = i % 4;
        make_image(&r, cp->S, q, rgb, &box);
        im.pixels = rgb; im.width = cp->S; im.height = cp->S; im.stride = (size_t)cp->S * 3; im.format = RC_PIXEL_RGB8;
        im.window_center = 0; im.window_width = 0;
        if (rc_encode_regions(ctx, &im, &box, 1, NULL, reg, glob, fused, 1) ||
            rc_zeroshot(reg, cap, 4, E, rc_model_get_info(m).logit_scale, probs)) { rc_ctx_free(ctx); return -1.0; }
        for (q = 1; q < 4; q++) if (probs[q] > probs[best]) best = q;
        right += best == i % 4;
        if (rc_vqa(ctx, fused, qemb, probs)) { rc_ctx_free(ctx); return -1.0; }
        for (best = 0, q = 1; q < A; q++) if (probs[q] > probs[best]) best = q;
        right_vqa += best == i % 4;
    }
    rc_ctx_free(ctx);
    *vqa = (double)right_vqa / N_HELD;
    return (double)right / N_HELD;
}

int main(int argc, char **argv) {
    rc_model *m = NULL, *ck = NULL;
    rc_trainer *t = NULL, *u = NULL;
    rc_ctx *ctx = NULL;
    rc_error err;
    rc_train_config c = rc_train_config_default(), c2;
    rc_train_stats st;
    corpus cp;
    int q, k, j, total, half;
    double before, after, vqa_before, vqa_after;
    size_t n1 = 0, n2 = 0, i;
    char msg[200], text[64];
    if (argc != 3) { printf("usage: %s MODEL.gguf CHECKPOINT\n", argv[0]); return 2; }
    if (rc_model_load_file(&m, argv[1], NULL, &err) || rc_ctx_create(&ctx, m, &err)) { printf("%s\n0 passed, 1 failed\n", err.message); return 1; }
    cp.S = rc_model_get_info(m).image_size; cp.C = rc_model_get_info(m).context_length;
    if (cp.S > 64 || cp.C > 64 || rc_model_get_info(m).embed_dim > 64) { printf("model too large for this test\n0 passed, 1 failed\n"); return 1; }
    for (q = 0; q < 4; q++) {
        snprintf(text, sizeof text, "a finding in the %s", POS[q]);
        check(tokenize(ctx, text, cp.ids[q]), "tokenize caption");
        for (k = 0, j = 0; k < 4; k++) if (k != q) {
            snprintf(text, sizeof text, "a finding in the %s", POS[k]);
            check(tokenize(ctx, text, cp.neg[q][j++]), "tokenize negative");
        }
    }
    check(tokenize(ctx, "where is the finding?", cp.question), "tokenize question");
    if (rc_model_get_info(m).vqa_answers < 4) { printf("the model needs a VQA head of >= 4 answers\n0 passed, 1 failed\n"); return 1; }
    c.max_batch = NB; c.max_regions = NB; c.max_negatives = 3; c.max_questions = NB; c.grad_clip = 1.0f; c.weight_decay = 0.1f;
    c.n_stages = 2;   /* stage 1: L_region, image tower and projections learn (text frozen);
                         stage 2: + L_global, towers frozen, lower lr */
    c.stages[0].steps = 300; c.stages[0].lr = 1e-3f; c.stages[0].warmup_steps = 10;
    c.stages[0].w_region = 1.0f; c.stages[0].w_vqa = 1.0f; c.stages[0].frozen = RC_GROUP_TEXT;
    c.stages[1].steps = 40; c.stages[1].lr = 1e-4f; c.stages[1].warmup_steps = 0;
    c.stages[1].w_global = 1.0f; c.stages[1].w_region = 1.0f; c.stages[1].w_vqa = 1.0f;
    c.stages[1].frozen = RC_GROUP_IMAGE | RC_GROUP_TEXT;
    total = c.stages[0].steps + c.stages[1].steps; half = total / 2;
    if (rc_trainer_create(&t, m, &c, &err)) { printf("%s\n0 passed, 1 failed\n", err.message); return 1; }
    before = held_out(rc_trainer_model(t), &cp, &vqa_before);
    check(train(t, ctx, &cp, 0, half, &st), "train to the middle");
    check(rc_trainer_save(t, argv[2]) == RC_OK, "checkpoint in the middle");
    check(train(t, ctx, &cp, half, total, &st), "train to the end");
    after = held_out(rc_trainer_model(t), &cp, &vqa_after);
    snprintf(msg, sizeof msg, "held-out region -> caption accuracy %.3f (before training %.3f, chance 0.25, required %.2f); "
             "last loss %.4f (global %.4f, region %.4f, vqa %.4f)", after, before, LEARN_MIN, st.loss, st.loss_global,
             st.loss_region, st.loss_vqa);
    printf("%s\n", msg);
    check(after >= LEARN_MIN, msg);
    snprintf(msg, sizeof msg, "held-out VQA accuracy %.3f (before training %.3f, chance 0.25, required %.2f)", vqa_after,
             vqa_before, LEARN_MIN);
    printf("%s\n", msg);
    check(vqa_after >= LEARN_MIN, msg);
    /* resume from the middle: the same final weights, bit for bit */
    check(rc_model_load_file(&ck, argv[2], NULL, &err) == RC_OK && rc_train_config_from(ck, &c2) == RC_OK &&
          rc_trainer_create(&u, ck, &c2, &err) == RC_OK, "resume from the checkpoint");
    if (u) {
        int same = 1;
        check(train(u, ctx, &cp, half, total, &st), "resumed run to the end");
        for (i = 0; i < (size_t)t->n_params; i++) {
            char name[96];
            const float *a, *b2;
            size_t len = t->params[i].name.len < sizeof name - 1 ? t->params[i].name.len : sizeof name - 1;
            memcpy(name, t->params[i].name.ptr, len); name[len] = 0;
            a = rc_trainer_param(t, name, &n1); b2 = rc_trainer_param(u, name, &n2);
            if (!a || !b2 || n1 != n2 || memcmp(a, b2, n1 * sizeof(float))) { same = 0; printf("  differs: %s\n", name); }
        }
        check(same, "resumed run ends with the uninterrupted run's weights, bit for bit");
    }
    rc_trainer_free(u); rc_trainer_free(t); rc_model_free(ck); rc_ctx_free(ctx); rc_model_free(m);
    remove(argv[2]);
    printf("%d passed, %d failed\n", g_passed, g_failed);
    return g_failed != 0;
}
