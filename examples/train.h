/* train.h — `rclip train`: the progressive global-then-region recipe (docs/training.md) over a
   training manifest (docs/data.md). Included by rclip.c after its drawing helpers; needs
   REGIONCLIP_TRAINING, image_io.h (decoding) and stb_image_write (the loss curve).

   rclip train MODEL MANIFEST -o OUT.gguf [--steps S1,S2,S3] [--batch B] [--lr LR|L1,L2,L3] [--seed N]
               [--log CSV] [--curve PNG] [--save-every N] [--until STEP] [--resume CKPT]
               [--heldout MANIFEST] [--export MODEL.gguf [--export-dtype T]] [--grad-clip G] [--stop-on-bad]

   Per step: B records drawn with rc_rng; each image through open_clip's random resized crop
   (rc_random_resized_crop + rc_preprocess_rect), its boxes mapped into the crop
   (rc_box_to_view; boxes that leave it are dropped), summary as caption, report for the fused
   loss, region captions with up to TRAIN_NEG hard negatives each, and (models with a VQA head)
   up to TRAIN_QUESTIONS of the record's questions whose answer is in the model's answer set;
   rc_train_step_batch. Stages: 1 global InfoNCE; 2 adds the region, fused and VQA losses with
   both towers frozen; 3 everything at a tenth of the learning rate (--lr L1,L2,L3: one per
   stage). --grad-clip: the global gradient norm's bound (default none). OUT.gguf (written
   every --save-every steps and at the end, atomically) is a checkpoint every rclip command
   loads; OUT.gguf.rng (written just before it) holds the step and RNG state of the last two
   saves, so --resume OUT.gguf continues the same run, also after a kill at any point (--until
   STEP ends this invocation there; single-threaded, the resumed run's checkpoint equals the
   uninterrupted one byte for byte; the --log CSV loses the rows past the checkpoint). --heldout: at the end, on the trained model, three of
   rclip eval's rows (examples/eval.h): region -> caption accuracy (each box's region embedding
   against its caption and its negatives), image -> summary accuracy (R@1 against every distinct
   summary of the held-out set), with their chance levels, and VQA accuracy (argmax of rc_vqa
   over the fused image) with the majority answer's share.
   --export: at the end also the trained model alone (rc_trainer_export_as: no optimizer state),
   its weights as --export-dtype f32 (default), f16, bf16, q8_0 or q4_0, rounded as
   convert.py --dtype rounds them. */
#ifndef REGIONCLIP_TRAIN_H
#define REGIONCLIP_TRAIN_H
#include <time.h>
#include "train_point.h"

enum { TRAIN_MAX_BATCH = 64, TRAIN_REGIONS_PER_IMAGE = 4, TRAIN_NEG = 3, TRAIN_QUESTIONS = 2, TRAIN_TERMS = 5,
       TRAIN_CURVE_W = 720, TRAIN_CURVE_H = 400 };

typedef struct train_args {
    const char *model, *manifest, *out, *log, *curve, *resume, *heldout, *export_path, *export_dtype;
    int steps[3], batch, save_every, until, stop_on_bad;
    float lr[3], grad_clip;
    unsigned long long seed;
} train_args;

/* What one step feeds the trainer; sized for the batch once. */
typedef struct train_buffers {
    float *pixels;                    /* [B][3][S][S]                         */
    int32_t *ids, *report_ids;        /* [B][C]                               */
    int n_regions[TRAIN_MAX_BATCH];
    rc_box *boxes;                    /* [B * TRAIN_REGIONS_PER_IMAGE]        */
    int32_t *region_ids, *neg_ids;    /* [R][C], [R][TRAIN_NEG][C]            */
    const mf_region *src[TRAIN_MAX_BATCH * TRAIN_REGIONS_PER_IMAGE];
    int n_questions[TRAIN_MAX_BATCH];
    int32_t *question_ids;            /* [Q][C], Q <= B * TRAIN_QUESTIONS     */
    int answers[TRAIN_MAX_BATCH * TRAIN_QUESTIONS];
} train_buffers;

static int train_parse(int argc, char **argv, train_args *a) {
    int i;
    memset(a, 0, sizeof *a);
    a->steps[0] = 100; a->steps[1] = 100; a->steps[2] = 50; a->batch = 8; a->seed = 1;
    a->lr[0] = a->lr[1] = 1e-4f; a->lr[2] = 1e-5f;
    if (argc < 2) return 1;
    a->model = argv[0]; a->manifest = argv[1];
    for (i = 2; i < argc; i++) {
        const char *o = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(o, "--stop-on-bad")) { a->stop_on_bad = 1; continue; }
        if (!v) return 1;
        i++;
        if (!strcmp(o, "-o")) a->out = v;
        else if (!strcmp(o, "--log")) a->log = v;
        else if (!strcmp(o, "--curve")) a->curve = v;
        else if (!strcmp(o, "--resume")) a->resume = v;
        else if (!strcmp(o, "--heldout")) a->heldout = v;
        else if (!strcmp(o, "--export")) a->export_path = v;
        else if (!strcmp(o, "--export-dtype")) a->export_dtype = v;
        else if (!strcmp(o, "--steps")) {
            int used = 0;
            if (sscanf(v, "%d,%d,%d%n", &a->steps[0], &a->steps[1], &a->steps[2], &used) != 3 || v[used]) return 1;
        }
        else if (!strcmp(o, "--batch")) a->batch = atoi(v);
        else if (!strcmp(o, "--save-every")) a->save_every = atoi(v);
        else if (!strcmp(o, "--until")) a->until = atoi(v);
        else if (!strcmp(o, "--lr")) {      /* L1,L2,L3, or LR: stages LR, LR, LR/10 */
            int used = 0;
            if (sscanf(v, "%f,%f,%f%n", &a->lr[0], &a->lr[1], &a->lr[2], &used) == 3 && !v[used]) continue;
            if (sscanf(v, "%f%n", &a->lr[0], &used) != 1 || v[used]) return 1;
            a->lr[1] = a->lr[0]; a->lr[2] = a->lr[0] / 10;
        }
        else if (!strcmp(o, "--grad-clip")) { if (parse_float(v, &a->grad_clip)) return 1; }
        else if (!strcmp(o, "--seed")) a->seed = strtoull(v, NULL, 10);
        else return 1;
    }
    if (!a->out || a->batch < 2 || a->batch > TRAIN_MAX_BATCH || !(a->grad_clip >= 0.0f) || a->save_every < 0 ||
        a->until < 0) return 1;
    for (i = 0; i < 3; i++) if (a->steps[i] < 1 || !(a->lr[i] > 0.0f)) return 1;
    if (a->export_dtype && (!a->export_path || (strcmp(a->export_dtype, "f32") && strcmp(a->export_dtype, "f16") &&
        strcmp(a->export_dtype, "bf16") && strcmp(a->export_dtype, "q8_0") && strcmp(a->export_dtype, "q4_0"))))
        return 1;
    return 0;
}

/* The recipe of DESIGN.md 2.3 as three stages. */
static rc_train_config train_config(const train_args *a) {
    rc_train_config cfg = rc_train_config_default();
    int k;
    cfg.max_batch = a->batch;
    cfg.max_regions = a->batch * TRAIN_REGIONS_PER_IMAGE;
    cfg.max_negatives = TRAIN_NEG;
    cfg.grad_clip = a->grad_clip;
    cfg.n_stages = 3;
    for (k = 0; k < 3; k++) {
        rc_train_stage *s = &cfg.stages[k];
        s->steps = a->steps[k];
        s->lr = a->lr[k];
        s->warmup_steps = a->steps[k] / 10;
        s->w_global = 1.0f; s->w_region = s->w_fused = s->w_vqa = k ? 1.0f : 0.0f;
        s->frozen = k == 1 ? RC_GROUP_IMAGE | RC_GROUP_TEXT : 0;
    }
    return cfg;
}

/* Seconds on a monotonic clock (sub-second, for the images/s of the progress line). */
static double train_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

static int train_tokenize(rc_ctx *ctx, const char *text, int32_t *ids, const char *what) {
    if (rc_tokenize(ctx, text, (size_t)-1, ids, NULL)) return die(what, rc_ctx_error(ctx));
    return 0;
}

/* Fills bf for one step: B records, augmented; returns 0, or 1 after printing why. */
static int train_batch(rc_ctx *ctx, const rc_model *model, const manifest *mf, const loaded_image *images, int B,
                       int with_regions, rc_rng *rng, train_buffers *bf, rc_train_batch *bt) {
    const rc_model_info info = rc_model_get_info(model);
    const int S = info.image_size, C = info.context_length;
    const rc_crop_opts crop = rc_crop_opts_default();
    int b, i, k, R = 0, Q = 0, n_neg = TRAIN_NEG;
    for (b = 0; b < B; b++) {
        const int r = (int)rc_rng_below(rng, (uint64_t)mf->n_records);
        const mf_record *rec = &mf->records[r];
        rc_rect rect;
        if (rc_random_resized_crop(rng, images[r].img.width, images[r].img.height, &crop, &rect) ||
            rc_preprocess_rect(ctx, &images[r].img, rect, bf->pixels + (size_t)b * 3 * S * S))
            return die(rec->path, rc_ctx_error(ctx));
        if (train_tokenize(ctx, rec->summary, bf->ids + (size_t)b * C, rec->path) ||
            train_tokenize(ctx, rec->report ? rec->report : rec->summary, bf->report_ids + (size_t)b * C, rec->path))
            return 1;
        bf->n_regions[b] = 0;
        for (i = 0; with_regions && i < rec->n_regions && bf->n_regions[b] < TRAIN_REGIONS_PER_IMAGE; i++) {
            const mf_region *g = &rec->regions[i];
            rc_box box = {0, 0, 0, 0};
            box.x0 = g->x0; box.y0 = g->y0; box.x1 = g->x1; box.y1 = g->y1;
            if (!rc_box_to_view(&box, rect, S, &bf->boxes[R])) continue;
            if (train_tokenize(ctx, g->caption, bf->region_ids + (size_t)R * C, rec->path)) return 1;
            if (g->n_negatives < n_neg) n_neg = g->n_negatives;
            bf->src[R++] = g; bf->n_regions[b]++;
        }
        bf->n_questions[b] = 0;           /* random questions of the record with a known answer */
        for (i = 0; with_regions && info.vqa_answers && rec->n_vqa && i < TRAIN_QUESTIONS; i++) {
            const mf_vqa *v = &rec->vqa[rc_rng_below(rng, (uint64_t)rec->n_vqa)];
            if ((bf->answers[Q] = eval_answer_index(model, v->answer)) < 0) continue;
            if (train_tokenize(ctx, v->question, bf->question_ids + (size_t)Q * C, rec->path)) return 1;
            Q++; bf->n_questions[b]++;
        }
    }
    for (i = 0; i < R; i++)
        for (k = 0; k < n_neg; k++)
            if (train_tokenize(ctx, bf->src[i]->negatives[k], bf->neg_ids + ((size_t)i * n_neg + k) * C, "negative"))
                return 1;
    memset(bt, 0, sizeof *bt);
    bt->B = B; bt->pixels = bf->pixels; bt->ids = bf->ids;
    if (with_regions) {
        bt->report_ids = bf->report_ids;
        bt->n_regions = R ? bf->n_regions : NULL; bt->boxes = bf->boxes; bt->region_ids = bf->region_ids;
        bt->n_neg = R ? n_neg : 0; bt->neg_ids = bf->neg_ids;
        bt->n_questions = Q ? bf->n_questions : NULL; bt->question_ids = bf->question_ids; bt->answers = bf->answers;
    }
    return 0;
}

/* The loss curve: one polyline per loss term over the steps, on a dark plot with labels. */
static int train_curve(const char *path, const float *loss, int n) {
    static const unsigned char colours[TRAIN_TERMS][3] = {{255, 255, 255}, {80, 170, 255}, {255, 160, 40},
                                                          {120, 220, 120}, {230, 100, 200}};
    static const char *names[TRAIN_TERMS] = {"loss", "global", "region", "fused", "vqa"};
    const int W = TRAIN_CURVE_W, H = TRAIN_CURVE_H, x0 = 60, y0 = 20, x1 = W - 20, y1 = H - 40;
    unsigned char *rgb = (unsigned char *)calloc((size_t)W * H, 3);
    static const unsigned char axis[3] = {128, 128, 128};
    float hi = 0.0f;
    char label[64];
    int i, k, ok;
    if (!rgb) return die("out of memory", NULL);
    for (i = 0; i < TRAIN_TERMS * n; i++) if (loss[i] > hi) hi = loss[i];
    if (!(hi > 0.0f)) hi = 1.0f;
    fill_rect(rgb, W, H, x0, y1, x1, y1 + 1, axis, 1.0);
    fill_rect(rgb, W, H, x0, y0, x0 + 1, y1, axis, 1.0);
    for (k = 0; k < TRAIN_TERMS; k++)
        for (i = 1; i < n; i++) {       /* a segment from step i - 1 to step i, as 2 x 2 dots */
            const double xa = x0 + (double)(x1 - x0) * (i - 1) / (n - 1), xb = x0 + (double)(x1 - x0) * i / (n - 1);
            const double ya = y1 - (y1 - y0) * loss[TRAIN_TERMS * (i - 1) + k] / hi, yb = y1 - (y1 - y0) * loss[TRAIN_TERMS * i + k] / hi;
            int d, len = (int)(fabs(xb - xa) > fabs(yb - ya) ? fabs(xb - xa) : fabs(yb - ya)) + 1;
            if (k && (loss[TRAIN_TERMS * (i - 1) + k] == 0.0f || loss[TRAIN_TERMS * i + k] == 0.0f)) continue;   /* term absent */
            for (d = 0; d <= len; d++) {
                int x = (int)(xa + (xb - xa) * d / len), y = (int)(ya + (yb - ya) * d / len);
                fill_rect(rgb, W, H, x, y, x + 2, y + 2, colours[k], 1.0);
            }
        }
    for (k = 0; k < TRAIN_TERMS; k++) {
        fill_rect(rgb, W, H, x0 + 10 + 110 * k, H - 22, x0 + 22 + 110 * k, H - 10, colours[k], 1.0);
        draw_text(rgb, W, H, x0 + 28 + 110 * k, H - 24, 2, (char *)names[k]);
    }
    snprintf(label, sizeof label, "%.2f", (double)hi);
    draw_text(rgb, W, H, 4, y0, 2, label);
    draw_text(rgb, W, H, 4, y1 - 14, 2, (char *)"0");
    snprintf(label, sizeof label, "%d steps", n);
    draw_text(rgb, W, H, x1 - 100, y1 + 4, 2, label);
    ok = write_png(path, W, H, rgb);
    free(rgb);
    return ok;
}

/* --heldout: rclip eval's region->caption, image->text R@1 (image -> summary accuracy) and VQA
   rows (examples/eval.h) of the trained model, as two lines. */
static int train_eval(rc_ctx *ctx, const rc_model *model, const char *path, const mf_options *mo) {
    eval_options o = eval_options_default();
    eval_report rep;
    const eval_row *reg = NULL, *img = NULL, *vqa = NULL;
    manifest mf;
    int i, rc = 1;
    memset(&rep, 0, sizeof rep);
    o.tasks = EVAL_RETRIEVAL | EVAL_REGION | EVAL_VQA; o.log = stderr;
    if (manifest_load(path, mo, &mf) || mf.n_records == 0) { fprintf(stderr, "error: %s: no usable record\n", path); goto done; }
    if (eval_manifest(ctx, model, &mf, &o, &rep)) goto done;
    for (i = 0; i < rep.n_rows; i++) {
        const eval_row *w = &rep.rows[i];
        if (w->kind == EVAL_REGION) reg = w;
        else if (w->kind == EVAL_RETRIEVAL && !img) img = w;      /* image->text R@1 */
        else if (w->kind == EVAL_VQA && w->present) vqa = w;
    }
    printf("held-out %s: region->caption %.3f (%d/%d, chance %.3f), image->summary %.3f (%d/%d, chance %.3f)\n", path,
           reg->value, reg->hits, reg->items, reg->chance, img->value, img->hits, img->items, img->chance);
    if (vqa)
        printf("held-out %s: vqa %.3f (%d/%d, chance %.3f, majority answer '%s' %.3f)\n", path, vqa->value, vqa->hits,
               vqa->items, vqa->chance, vqa->majority_name, vqa->majority);
    rc = 0;
done:
    eval_report_free(&rep); manifest_free(&mf);
    return rc;
}

/* OUT.rng, then OUT, each written to a temporary name and renamed: OUT.rng gets the last
   saved point and this one, so a run killed between the two renames leaves a checkpoint
   whose step one of the lines names, and --resume finds the state that goes with it (the
   caller flushes its log first, so the log holds every row up to the checkpoint). */
static int train_save(rc_trainer *t, const char *out, train_point *saved, int step, const rc_rng *rng) {
    char tmp[4096], rng_path[4096];
    train_point now;
    FILE *f;
    int ok, k;
    now.step = step; now.rng = *rng;
    snprintf(rng_path, sizeof rng_path, "%s.rng", out);
    snprintf(tmp, sizeof tmp, "%s.rng.tmp", out);
    ok = (f = fopen(tmp, "w")) != NULL;
    for (k = 0; k < 2 && ok; k++) {
        const train_point *p = k ? &now : saved;
        if (p->step >= 0 && (k || p->step != step)) ok = train_point_write(f, p);
    }
    if (f && fclose(f) != 0) ok = 0;
    if (!ok || rename(tmp, rng_path) != 0) { remove(tmp); return die("cannot write", rng_path); }
    if (rc_trainer_save(t, out)) {
        if (!(f = fopen(out, "rb"))) remove(rng_path);   /* no checkpoint: no state for one */
        else fclose(f);
        return die("save", rc_trainer_error(t));
    }
    *saved = now;
    return 0;
}

/* The point of CKPT.rng that belongs to a checkpoint of `step` steps. */
static int train_read_point(const char *ckpt, int step, train_point *p) {
    char path[4096], why[4096 + 128];
    FILE *f;
    int bad;
    snprintf(path, sizeof path, "%s.rng", ckpt);
    if (!(f = fopen(path, "r"))) return die("cannot read", path);
    bad = train_point_find(f, path, step, p, why, sizeof why);
    fclose(f);
    return bad ? die(why, NULL) : 0;
}

/* A resumed run's log: the rows of the steps done (a killed run may have logged more). */
static int train_trim_log(const char *path, int step) {
    char tmp[4096], line[1024];
    FILE *in = fopen(path, "r"), *out;
    int ok = 1;
    if (!in) return 0;                 /* no log yet: the run starts one */
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    if (!(out = fopen(tmp, "w"))) { fclose(in); return die("cannot write", tmp); }
    while (ok && fgets(line, sizeof line, in))
        if (line[0] < '0' || line[0] > '9' || atoi(line) <= step) ok = fputs(line, out) >= 0;
    fclose(in);
    if (fclose(out) != 0) ok = 0;
    if (!ok || rename(tmp, path) != 0) { remove(tmp); return die("cannot write", path); }
    return 0;
}

static int train_command(int argc, char **argv) {
    train_args a;
    rc_train_config cfg;
    rc_model *model = NULL; rc_trainer *t = NULL; rc_ctx *ctx = NULL; rc_error err;
    manifest mf;
    mf_options mo;
    loaded_image *images = NULL;
    train_buffers bf;
    rc_rng rng;
    train_point saved;
    FILE *log = NULL;
    float *curve = NULL;
    int i, step = 0, first, total, rc = 1, S, C;
    double t0;
    memset(&mf, 0, sizeof mf); memset(&bf, 0, sizeof bf);
    (void)manifest_write;              /* manifest.h's writer: the tests use it, rclip does not */
    if (train_parse(argc, argv, &a)) {
        fprintf(stderr, "usage: rclip train MODEL MANIFEST -o OUT.gguf [--steps S1,S2,S3] [--batch B] [--lr LR|L1,L2,L3] [--seed N]\n"
                        "       [--log CSV] [--curve PNG] [--save-every N] [--until STEP] [--resume CKPT]\n"
                        "       [--heldout MANIFEST] [--export MODEL.gguf [--export-dtype T]] [--grad-clip G] [--stop-on-bad]\n");
        return 2;
    }
    memset(&mo, 0, sizeof mo);
    mo.policy = a.stop_on_bad ? MF_STOP : MF_SKIP; mo.image_size = image_size_of_file; mo.log = stderr;
    if (manifest_load(a.manifest, &mo, &mf) || mf.n_records == 0) {
        fprintf(stderr, "error: %s: %s\n", a.manifest, mf.n_records ? "stopped at a problem (--stop-on-bad)" : "no usable record");
        manifest_free(&mf);
        return 1;
    }
    if (mf.n_skipped) fprintf(stderr, "%s: %d bad record(s) skipped\n", a.manifest, mf.n_skipped);
    rc_rng_seed(&rng, a.seed);
    saved.step = -1;
    cfg = train_config(&a);
    if (a.resume) a.model = a.resume;  /* the checkpoint's weights, moments, schedule; its RNG state */
    if (rc_model_load_file(&model, a.model, NULL, &err)) { die(a.model, err.message); goto done; }
    if (a.resume && rc_train_config_from(model, &cfg)) { die(a.resume, "not a checkpoint"); goto done; }
    if (!a.resume && rc_model_get_info(model).vqa_answers) cfg.max_questions = a.batch * TRAIN_QUESTIONS;
    if (rc_trainer_create(&t, model, &cfg, &err)) { die("trainer", err.message); goto done; }
    if (a.resume) {
        rc_train_stats st;
        rc_train_update(t, &st);       /* nothing accumulated: only reports the checkpoint's step */
        if (train_read_point(a.resume, st.step, &saved) || (a.log && train_trim_log(a.log, st.step))) goto done;
        step = saved.step; rng = saved.rng;
    }
    if (rc_ctx_create(&ctx, rc_trainer_model(t), &err)) { die("context", err.message); goto done; }
    S = rc_model_get_info(model).image_size; C = rc_model_get_info(model).context_length;
    images = (loaded_image *)calloc((size_t)mf.n_records, sizeof *images);
    bf.pixels = (float *)malloc(sizeof(float) * (size_t)cfg.max_batch * 3 * S * S);
    bf.ids = (int32_t *)malloc(sizeof(int32_t) * (size_t)cfg.max_batch * C * 2);
    bf.boxes = (rc_box *)malloc(sizeof(rc_box) * (size_t)cfg.max_regions);
    bf.region_ids = (int32_t *)malloc(sizeof(int32_t) * (size_t)cfg.max_regions * C * (1 + TRAIN_NEG));
    bf.question_ids = (int32_t *)malloc(sizeof(int32_t) * (size_t)cfg.max_batch * TRAIN_QUESTIONS * C);
    total = cfg.stages[0].steps + cfg.stages[1].steps + cfg.stages[2].steps;
    if (a.until > 0 && a.until < total) total = a.until;
    curve = (float *)calloc((size_t)total * TRAIN_TERMS, sizeof(float));
    if (!images || !bf.pixels || !bf.ids || !bf.boxes || !bf.region_ids || !bf.question_ids || !curve) { die("out of memory", NULL); goto done; }
    bf.report_ids = bf.ids + (size_t)cfg.max_batch * C;
    bf.neg_ids = bf.region_ids + (size_t)cfg.max_regions * C;
    for (i = 0; i < mf.n_records; i++)
        if (load_image(mf.records[i].path, NULL, &images[i])) goto done;
    if (a.log && !(log = fopen(a.log, step ? "a" : "w"))) { die("cannot write", a.log); goto done; }
    if (log && !step) fprintf(log, "step,stage,loss,loss_global,loss_region,loss_fused,loss_vqa,lr,grad_norm,logit_scale,images_per_s\n");
    t0 = train_now();
    for (first = step; step < total; step++) {
        const int stage = step < cfg.stages[0].steps ? 0 : step < cfg.stages[0].steps + cfg.stages[1].steps ? 1 : 2;
        rc_train_batch bt;
        rc_train_stats st;
        double secs, rate;
        if (train_batch(ctx, model, &mf, images, a.batch, stage > 0, &rng, &bf, &bt)) goto done;
        if (rc_train_step_batch(t, &bt, &st)) { die("train step", rc_trainer_error(t)); goto done; }
        secs = train_now() - t0;
        rate = secs > 0 ? (step + 1 - first) * a.batch / secs : 0.0;
        curve[TRAIN_TERMS * step] = st.loss; curve[TRAIN_TERMS * step + 1] = st.loss_global;
        curve[TRAIN_TERMS * step + 2] = st.loss_region; curve[TRAIN_TERMS * step + 3] = st.loss_fused;
        curve[TRAIN_TERMS * step + 4] = st.loss_vqa;
        fprintf(stderr, "\rstage %d  step %d/%d  loss %.4f (global %.4f region %.4f fused %.4f vqa %.4f)  lr %.2e  %.1f img/s  ETA %.0f s   ",
                stage + 1, step + 1, total, st.loss, st.loss_global, st.loss_region, st.loss_fused, st.loss_vqa, st.lr, rate,
                rate > 0 ? (total - step - 1) * a.batch / rate : 0.0);
        if (log) fprintf(log, "%d,%d,%.6f,%.6f,%.6f,%.6f,%.6f,%.6g,%.6f,%.6f,%.2f\n", step + 1, stage + 1, st.loss, st.loss_global,
                         st.loss_region, st.loss_fused, st.loss_vqa, st.lr, st.grad_norm, st.logit_scale, rate);
        if (a.save_every && (step + 1) % a.save_every == 0 && step + 1 < total &&
            ((log && fflush(log)) || train_save(t, a.out, &saved, step + 1, &rng))) goto done;
    }
    fprintf(stderr, "\n");
    if ((log && fflush(log)) || train_save(t, a.out, &saved, step, &rng)) goto done;
    if (a.curve && train_curve(a.curve, curve, total)) goto done;
    if (a.export_path && rc_trainer_export_as(t, a.export_path, a.export_dtype ? a.export_dtype : "f32")) {
        die("export", rc_trainer_error(t)); goto done;
    }
    printf("wrote %s (%d steps)\n", a.out, total);
    if (a.heldout && train_eval(ctx, rc_trainer_model(t), a.heldout, &mo)) goto done;
    rc = 0;
done:
    if (log) fclose(log);
    if (images) for (i = 0; i < mf.n_records; i++) loaded_image_free(&images[i]);
    free(images); free(bf.pixels); free(bf.ids); free(bf.boxes); free(bf.region_ids); free(bf.question_ids); free(curve);
    rc_ctx_free(ctx); rc_trainer_free(t); rc_model_free(model); manifest_free(&mf);
    return rc;
}

#endif
