/* train_steps — the C side of tests/test_torch_train.py: runs the C trainer over fixed
   batches written by that test, so the PyTorch trainer (train/) can be compared with it step
   by step.

   usage: train_steps MODEL BATCHES OUT [SAVE_STEP...]

   BATCHES (little-endian, written by tests/test_torch_train.py): int32 header
   "RCTB", n_steps, S, C, n_stages, max_batch, max_regions, max_negatives, max_questions;
   float32 grad_clip, weight_decay; per stage int32 steps, warmup, frozen and float32 lr,
   w_global, w_region, w_fused, w_vqa; then per step int32 B, R, K, Q, has_report,
   float32 pixels[B][3][S][S], int32 ids[B][C], (has_report) report_ids[B][C],
   (R > 0) n_regions[B], float32 boxes[R][4], int32 region_ids[R][C], neg_ids[R][K][C],
   (Q > 0) n_questions[B], question_ids[Q][C], answers[Q].
   Prints one line per step: "step N loss L global G region R fused F vqa V lr LR norm N";
   writes OUT.stepK.gguf (rc_trainer_save) after step K for every SAVE_STEP. */
#define REGIONCLIP_IMPLEMENTATION
#define REGIONCLIP_TRAINING
#include "../regionclip.h"
#include <stdio.h>
#include <stdlib.h>

static FILE *in;

static int32_t get_i32(void) {
    int32_t v = 0;
    if (fread(&v, 4, 1, in) != 1) { fprintf(stderr, "train_steps: truncated batches file\n"); exit(1); }
    return v;
}
static float get_f32(void) {
    float v = 0;
    if (fread(&v, 4, 1, in) != 1) { fprintf(stderr, "train_steps: truncated batches file\n"); exit(1); }
    return v;
}
static void *get_block(size_t n, size_t size) {     /* n items of size bytes (n may be 0) */
    void *p = malloc(n * size + 1);
    if (!p || fread(p, size, n, in) != n) { fprintf(stderr, "train_steps: truncated batches file\n"); exit(1); }
    return p;
}

int main(int argc, char **argv) {
    rc_model *model; rc_trainer *t; rc_error err;
    rc_train_config cfg = rc_train_config_default();
    int n_steps, S, C, k, step, a;
    if (argc < 4) { fprintf(stderr, "usage: train_steps MODEL BATCHES OUT [SAVE_STEP...]\n"); return 2; }
    if (!(in = fopen(argv[2], "rb"))) { perror(argv[2]); return 1; }
    if (get_i32() != 0x42544352) { fprintf(stderr, "%s: not a batches file\n", argv[2]); return 1; }
    n_steps = get_i32(); S = get_i32(); C = get_i32();
    cfg.n_stages = get_i32(); cfg.max_batch = get_i32(); cfg.max_regions = get_i32();
    cfg.max_negatives = get_i32(); cfg.max_questions = get_i32();
    cfg.grad_clip = get_f32(); cfg.weight_decay = get_f32();
    if (cfg.n_stages < 1 || cfg.n_stages > RC_TRAIN_MAX_STAGES) { fprintf(stderr, "bad stage count\n"); return 1; }
    for (k = 0; k < cfg.n_stages; k++) {
        rc_train_stage *s = &cfg.stages[k];
        s->steps = get_i32(); s->warmup_steps = get_i32(); s->frozen = (unsigned)get_i32();
        s->lr = get_f32(); s->w_global = get_f32(); s->w_region = get_f32(); s->w_fused = get_f32(); s->w_vqa = get_f32();
    }
    if (rc_model_load_file(&model, argv[1], NULL, &err)) { fprintf(stderr, "%s: %s\n", argv[1], err.message); return 1; }
    if (rc_trainer_create(&t, model, &cfg, &err)) { fprintf(stderr, "trainer: %s\n", err.message); return 1; }
    for (step = 0; step < n_steps; step++) {
        rc_train_batch bt;
        rc_train_stats st;
        int B = get_i32(), R = get_i32(), K = get_i32(), Q = get_i32(), has_report = get_i32();
        memset(&bt, 0, sizeof bt);
        bt.B = B;
        bt.pixels = (float *)get_block((size_t)B * 3 * S * S, 4);
        bt.ids = (int32_t *)get_block((size_t)B * C, 4);
        if (has_report) bt.report_ids = (int32_t *)get_block((size_t)B * C, 4);
        if (R > 0) {
            bt.n_regions = (int *)get_block((size_t)B, 4);
            bt.boxes = (rc_box *)get_block((size_t)R * 4, 4);
            bt.region_ids = (int32_t *)get_block((size_t)R * C, 4);
            bt.n_neg = K;
            bt.neg_ids = (int32_t *)get_block((size_t)R * K * C, 4);
        }
        if (Q > 0) {
            bt.n_questions = (int *)get_block((size_t)B, 4);
            bt.question_ids = (int32_t *)get_block((size_t)Q * C, 4);
            bt.answers = (int *)get_block((size_t)Q, 4);
        }
        if (rc_train_step_batch(t, &bt, &st)) { fprintf(stderr, "step %d: %s\n", step + 1, rc_trainer_error(t)); return 1; }
        printf("step %d loss %.9g global %.9g region %.9g fused %.9g vqa %.9g lr %.9g norm %.9g\n", step + 1, st.loss,
               st.loss_global, st.loss_region, st.loss_fused, st.loss_vqa, st.lr, st.grad_norm);
        free((void *)bt.pixels); free((void *)bt.ids); free((void *)bt.report_ids); free((void *)bt.n_regions);
        free((void *)bt.boxes); free((void *)bt.region_ids); free((void *)bt.neg_ids); free((void *)bt.n_questions);
        free((void *)bt.question_ids); free((void *)bt.answers);
        for (a = 4; a < argc; a++)
            if (atoi(argv[a]) == step + 1) {
                char path[4096];
                snprintf(path, sizeof path, "%s.step%d.gguf", argv[3], step + 1);
                if (rc_trainer_save(t, path)) { fprintf(stderr, "%s\n", rc_trainer_error(t)); return 1; }
            }
    }
    rc_trainer_free(t);
    rc_model_free(model);
    fclose(in);
    return 0;
}
