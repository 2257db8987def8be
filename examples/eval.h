/* eval.h — the paper's tasks measured on a manifest (docs/eval.md): `rclip eval`, and what
   `rclip train --heldout` prints. Needs regionclip.h, image_io.h (decoding; its die()),
   manifest.h (docs/data.md) and json_out.h; no training code.

     eval_report rep;
     eval_options o = eval_options_default();
     if (eval_manifest(ctx, model, &mf, &o, &rep) == 0) eval_print_table(stdout, &rep);
     eval_report_free(&rep);

   Tasks, each a row with its value, hits / items and chance level, or "absent" with the reason
   (the model lacks the head, or the manifest the data):
   - image->text and text->image retrieval, Recall@1/5/10, over the distinct summaries: an
     image's text is its summary's entry; a text's images are all records with that summary.
     Scores: cosine of the whole image's embedding and the summary's. Ranks break ties by
     position (manifest order of first appearance), so R@1 image->text is argmax accuracy.
   - zero-shot classification, one row per `label TASK CLASS` task: the classes are the task's
     distinct CLASS values, each encoded through the prompt templates (rc_prompt_ensemble);
     a record is a hit when its class has the highest cosine with the whole image.
   - region->caption: each region with at least one negative caption; a hit when its region
     embedding (rc_encode_regions) scores its caption above every one of its negatives.
   - grounding (pointing game): each region's caption through rc_ground; a hit when the peak
     pixel of the map (first maximum, row-major, over the pixels the model sees) has its centre
     inside the box. Chance: the share of the seen pixels whose centre lies inside the box.
   - vqa: each question whose answer is in the model's answer set; argmax of rc_vqa over the
     fused image embedding (with the record's boxes). Chance 1/A; the majority answer's share
     is given too.
   Models without a region head score regions and maps with the training-free path (align
   mode, docs/roi.md); that is said in the row's note, not treated as absent. */
#ifndef REGIONCLIP_EVAL_H
#define REGIONCLIP_EVAL_H
#include "json_out.h"

enum { EVAL_RETRIEVAL = 1, EVAL_ZEROSHOT = 2, EVAL_REGION = 4, EVAL_GROUNDING = 8, EVAL_VQA = 16, EVAL_ALL = 31,
       EVAL_MAX_TEMPLATES = 64 };
static const int eval_recall_k[3] = {1, 5, 10};

typedef struct eval_options {
    unsigned tasks;                 /* EVAL_* bits (0: all)                                */
    const char *const *templates;   /* zero-shot prompts, "{}" replaced by the class       */
    int n_templates;                /* 0: the class itself                                 */
    rc_region_opts region;          /* rc_encode_regions' mode and margin                  */
    const image_options *io;        /* window, frame (NULL: defaults)                      */
    FILE *log;                      /* records skipped (image or box refused); NULL: quiet */
} eval_options;

typedef struct eval_row {
    char task[96];                  /* "image->text", "zero-shot plane", "vqa", ...        */
    char metric[16];                /* "R@1", "accuracy", "pointing"                       */
    unsigned kind;                  /* EVAL_* bit                                          */
    int present;                    /* 0: absent (why in note)                             */
    int hits, items;
    double value, chance;           /* hits / items; expected value of a random guess      */
    double majority;                /* zero-shot and vqa: the commonest class's share (-1) */
    char majority_name[96];
    char note[160];
} eval_row;

typedef struct eval_report {
    eval_row *rows; int n_rows;
    int n_records, n_skipped, n_texts;   /* records scored, skipped; distinct summaries   */
} eval_report;

static eval_options eval_options_default(void) {
    eval_options o;
    memset(&o, 0, sizeof o);
    o.tasks = EVAL_ALL;
    o.region = rc_region_opts_default();
    return o;
}

/* Replaces the first "{}" in tmpl with label into a new string. */
static char *fill_template(const char *tmpl, const char *label) {
    const char *at = strstr(tmpl, "{}");
    size_t n = strlen(tmpl) + strlen(label) + 1;
    char *s = (char *)malloc(n);
    if (!s) return NULL;
    if (!at) { snprintf(s, n, "%s", tmpl); return s; }
    snprintf(s, n, "%.*s%s%s", (int)(at - tmpl), tmpl, label, at + 2);
    return s;
}

/* One embedding per label: the normalized mean of its prompts (templates filled with the
   label; rc_prompt_ensemble) -> cls[n_labels][E]. Returns 0, or 1 after printing why. */
static int encode_labels(rc_ctx *ctx, int E, char **labels, int n_labels, const char *const *templates,
                         int n_templates, float *cls) {
    int i, t, rc = 1, n = n_labels * n_templates;
    float *txt = (float *)malloc(sizeof(float) * E * (size_t)n);
    char **prompts = (char **)calloc((size_t)n, sizeof(char *));
    if (!txt || !prompts) { die("out of memory", NULL); goto done; }
    for (i = 0; i < n_labels; i++)
        for (t = 0; t < n_templates; t++)
            if (!(prompts[i * n_templates + t] = fill_template(templates[t], labels[i]))) { die("out of memory", NULL); goto done; }
    if (rc_encode_texts(ctx, (const char *const *)prompts, n, txt, 1)) { die("text", rc_ctx_error(ctx)); goto done; }
    if (rc_prompt_ensemble(txt, n_labels, n_templates, E, cls)) { die("scoring failed (non-finite embeddings)", NULL); goto done; }
    rc = 0;
done:
    if (prompts) for (i = 0; i < n; i++) free(prompts[i]);
    free(prompts); free(txt);
    return rc;
}

/* Index of answer in the model's VQA answer set, or -1. */
static int eval_answer_index(const rc_model *model, const char *answer) {
    int i, n = rc_model_get_info(model).vqa_answers;
    for (i = 0; i < n; i++) if (!strcmp(rc_model_vqa_answer(model, i), answer)) return i;
    return -1;
}

static double eval_dot(const float *a, const float *b, int E) {
    double d = 0.0;
    int k;
    for (k = 0; k < E; k++) d += (double)a[k] * b[k];
    return d;
}

/* Index of the row of cand[n][E] most similar to q[E] (the first of equal ones). */
static int eval_best(const float *q, const float *cand, int n, int E) {
    int i, best = 0;
    double top = -INFINITY;
    for (i = 0; i < n; i++) {
        double d = eval_dot(q, cand + (size_t)i * E, E);
        if (d > top) { top = d; best = i; }
    }
    return best;
}

/* Index of s in list[n], or -1. */
static int eval_find(const char *const *list, int n, const char *s) {
    int i;
    for (i = 0; i < n; i++) if (!strcmp(list[i], s)) return i;
    return -1;
}

static eval_row *eval_add_row(eval_report *r, unsigned kind, const char *task, const char *metric) {
    eval_row *row, *q = (eval_row *)realloc(r->rows, sizeof *r->rows * (size_t)(r->n_rows + 1));
    if (!q) return NULL;
    r->rows = q;
    row = &r->rows[r->n_rows++];
    memset(row, 0, sizeof *row);
    row->kind = kind; row->majority = -1.0;
    snprintf(row->task, sizeof row->task, "%s", task);
    snprintf(row->metric, sizeof row->metric, "%s", metric);
    return row;
}

/* A row's figures, or absent with why (then nothing else counts). */
static void eval_set(eval_row *row, int hits, int items, double chance_sum, const char *absent) {
    row->hits = hits; row->items = items;
    if (absent || items == 0) {
        row->present = 0;
        snprintf(row->note, sizeof row->note, "%s", absent ? absent : "no items");
        return;
    }
    row->present = 1;
    row->value = (double)hits / items;
    row->chance = chance_sum / items;
}

/* Chance that a set of m of n candidates has one in the first k of a random order. */
static double eval_chance_any(int n, int m, int k) {
    double miss = 1.0;
    int i;
    for (i = 0; i < k && i < n; i++) miss *= n - m - i > 0 ? (double)(n - m - i) / (n - i) : 0.0;
    return 1.0 - miss;
}

static void eval_report_free(eval_report *r) {
    free(r->rows);
    memset(r, 0, sizeof *r);
}

/* What one record gave: its whole image embedding (retrieval, zero-shot) kept per record. */
typedef struct eval_acc {
    int reg_hits, reg_items; double reg_chance;
    int pt_hits, pt_items; double pt_chance;
    int vqa_hits, vqa_items, vqa_outside;
    int *answer_count;               /* [A]                                               */
} eval_acc;

/* Region->caption, pointing game and VQA of one decoded record into acc. regs[n][E], fused[E];
   work holds (1 + MF_MAX_NEGATIVES) * E floats, map the image's pixels. 0, or 1 after why. */
static int eval_record(rc_ctx *ctx, const rc_model *model, const mf_record *rec, const rc_image *img, const float *regs, const float *fused,
                       unsigned tasks, float *work, float *map, eval_acc *acc) {
    const int E = rc_model_get_info(model).embed_dim, A = rc_model_get_info(model).vqa_answers;
    const size_t n_px = (size_t)img->width * img->height;
    const char *texts[1 + MF_MAX_NEGATIVES];
    int i, k;
    for (i = 0; i < rec->n_regions && (tasks & (EVAL_REGION | EVAL_GROUNDING)); i++) {
        const mf_region *g = &rec->regions[i];
        const int n = (tasks & EVAL_REGION) ? g->n_negatives : 0;
        texts[0] = g->caption;
        for (k = 0; k < n; k++) texts[1 + k] = g->negatives[k];
        if (!(tasks & EVAL_GROUNDING) && n == 0) continue;
        if (rc_encode_texts(ctx, texts, 1 + n, work, 1)) return die(rec->path, rc_ctx_error(ctx));
        if (n) {
            acc->reg_hits += eval_best(regs + (size_t)i * E, work, 1 + n, E) == 0;
            acc->reg_items++; acc->reg_chance += 1.0 / (1 + n);
        }
        if (tasks & EVAL_GROUNDING) {
            size_t p, peak = n_px, seen = 0, inside = 0;
            if (rc_ground(ctx, img, work, NULL, map, NAN)) return die(rec->path, rc_ctx_error(ctx));
            for (p = 0; p < n_px; p++) {
                const double cx = (double)(p % img->width) + 0.5, cy = (double)(p / img->width) + 0.5;
                if (map[p] != map[p]) continue;               /* outside the model's view */
                seen++;
                inside += cx >= g->x0 && cx <= g->x1 && cy >= g->y0 && cy <= g->y1;
                if (peak == n_px || map[p] > map[peak]) peak = p;
            }
            if (peak < n_px) {
                const double px = (double)(peak % img->width) + 0.5, py = (double)(peak / img->width) + 0.5;
                acc->pt_hits += px >= g->x0 && px <= g->x1 && py >= g->y0 && py <= g->y1;
                acc->pt_items++; acc->pt_chance += (double)inside / seen;
            }
        }
    }
    for (i = 0; (tasks & EVAL_VQA) && A && i < rec->n_vqa; i++) {
        const int want = eval_answer_index(model, rec->vqa[i].answer);
        float *probs = work + E;
        int best = 0;
        if (want < 0) { acc->vqa_outside++; continue; }
        if (rc_encode_texts(ctx, (const char *const *)&rec->vqa[i].question, 1, work, 1) ||
            rc_vqa(ctx, fused, work, probs)) return die(rec->path, rc_ctx_error(ctx));
        for (k = 1; k < A; k++) if (probs[k] > probs[best]) best = k;
        acc->vqa_hits += best == want; acc->vqa_items++;
        acc->answer_count[want]++;
    }
    return 0;
}

/* The labels' tasks (in order of first appearance) and each task's classes into the report:
   zero-shot rows. global[N][E] are the scored records' whole-image embeddings, rec_of[N]
   their records. 0, or 1 after printing why. */
static int eval_zeroshot(rc_ctx *ctx, const rc_model *model, const manifest *mf, const float *global, const int *rec_of, int N,
                         const eval_options *o, eval_report *rep) {
    const int E = rc_model_get_info(model).embed_dim;
    static const char *const plain[1] = {"{}"};
    const char *const *templates = o->n_templates ? o->templates : plain;
    const int n_templates = o->n_templates ? o->n_templates : 1;
    const char **tasks = NULL, **classes = NULL;
    int n_tasks = 0, r, t, i, rc = 1, *count = NULL;
    float *cls = NULL;
    for (r = 0; r < mf->n_records; r++) n_tasks += mf->records[r].n_labels;
    if (n_tasks == 0) {
        eval_row *row = eval_add_row(rep, EVAL_ZEROSHOT, "zero-shot", "accuracy");
        if (!row) return die("out of memory", NULL);
        eval_set(row, 0, 0, 0.0, "the manifest has no 'label' lines");
        return 0;
    }
    tasks = (const char **)malloc(sizeof *tasks * (size_t)n_tasks);
    classes = (const char **)malloc(sizeof *classes * (size_t)mf->n_records);
    count = (int *)malloc(sizeof(int) * (size_t)mf->n_records);
    cls = (float *)malloc(sizeof(float) * (size_t)mf->n_records * E);
    if (!tasks || !classes || !count || !cls) { die("out of memory", NULL); goto done; }
    for (r = 0, n_tasks = 0; r < mf->n_records; r++)
        for (i = 0; i < mf->records[r].n_labels; i++)
            if (eval_find(tasks, n_tasks, mf->records[r].labels[i].task) < 0) tasks[n_tasks++] = mf->records[r].labels[i].task;
    for (t = 0; t < n_tasks; t++) {
        int n_cls = 0, hits = 0, items = 0, top = 0, want;
        char name[96];
        eval_row *row;
        for (r = 0; r < mf->n_records; r++)
            for (i = 0; i < mf->records[r].n_labels; i++)
                if (!strcmp(mf->records[r].labels[i].task, tasks[t]) && eval_find(classes, n_cls, mf->records[r].labels[i].value) < 0)
                    count[n_cls] = 0, classes[n_cls++] = mf->records[r].labels[i].value;
        snprintf(name, sizeof name, "zero-shot %s", tasks[t]);
        if (!(row = eval_add_row(rep, EVAL_ZEROSHOT, name, "accuracy"))) { die("out of memory", NULL); goto done; }
        if (encode_labels(ctx, E, (char **)classes, n_cls, templates, n_templates, cls)) goto done;
        for (r = 0; r < N; r++) {
            const mf_record *rec = &mf->records[rec_of[r]];
            for (i = 0; i < rec->n_labels && strcmp(rec->labels[i].task, tasks[t]); i++) {}
            if (i == rec->n_labels) continue;
            want = eval_find(classes, n_cls, rec->labels[i].value);
            hits += eval_best(global + (size_t)r * E, cls, n_cls, E) == want;
            items++; count[want]++;
        }
        eval_set(row, hits, items, (double)items / n_cls, NULL);
        for (i = 1; i < n_cls; i++) if (count[i] > count[top]) top = i;
        if (items) {
            row->majority = (double)count[top] / items;
            snprintf(row->majority_name, sizeof row->majority_name, "%s", classes[top]);
        }
        snprintf(row->note, sizeof row->note, "%d classes, %d template%s", n_cls, n_templates, n_templates > 1 ? "s" : "");
        if (!items) snprintf(row->note, sizeof row->note, "no scored record has this label");
    }
    rc = 0;
done:
    free(tasks); free(classes); free(count); free(cls);
    return rc;
}

/* Every task of o->tasks over the manifest's records into *rep (free it with
   eval_report_free in every case); model is ctx's model. Returns 0, or 1 after printing why (out of memory, a text
   the model cannot encode); a record whose image or boxes the model refuses is skipped,
   counted in n_skipped and logged. */
static int eval_manifest(rc_ctx *ctx, const rc_model *model, const manifest *mf, const eval_options *opts, eval_report *rep) {
    const rc_model_info info = rc_model_get_info(model);
    const int E = info.embed_dim, A = info.vqa_answers;
    eval_options o = opts ? *opts : eval_options_default();
    const unsigned tasks = o.tasks ? o.tasks : EVAL_ALL;
    const char **texts = (const char **)malloc(sizeof(char *) * (size_t)(mf->n_records + 1));
    int *text_of = (int *)malloc(sizeof(int) * (size_t)(mf->n_records + 1));
    int *rec_of = (int *)malloc(sizeof(int) * (size_t)(mf->n_records + 1));
    float *global = (float *)malloc(sizeof(float) * (size_t)(mf->n_records + 1) * E);
    float *text_emb = (float *)malloc(sizeof(float) * (size_t)(mf->n_records + 1) * E);
    float *work = (float *)malloc(sizeof(float) * ((size_t)(2 + MF_MAX_NEGATIVES) * E + (size_t)A));
    int r, i, k, N = 0, T = 0, rc = 1, regions_total = 0, negatives_total = 0, vqa_total = 0;
    eval_acc acc;
    eval_row *row;
    memset(rep, 0, sizeof *rep);
    memset(&acc, 0, sizeof acc);
    acc.answer_count = (int *)calloc((size_t)A + 1, sizeof(int));
    if (!texts || !text_of || !rec_of || !global || !text_emb || !work || !acc.answer_count) { die("out of memory", NULL); goto done; }
    for (r = 0; r < mf->n_records; r++) {
        const mf_record *rec = &mf->records[r];
        regions_total += rec->n_regions; vqa_total += rec->n_vqa;
        for (i = 0; i < rec->n_regions; i++) negatives_total += rec->regions[i].n_negatives > 0;
    }
    for (r = 0; r < mf->n_records; r++) {
        const mf_record *rec = &mf->records[r];
        loaded_image li;
        char why[256];
        float *regs = NULL, *fused = work, *map = NULL;
        rc_box *boxes = (rc_box *)malloc(sizeof(rc_box) * (size_t)(rec->n_regions + 1));
        int bad;
        if (!boxes) { die("out of memory", NULL); goto done; }
        if (load_image_opts(rec->path, o.io, &li, why, sizeof why)) {
            if (o.log) fprintf(o.log, "%s: %s (record skipped)\n", rec->path, why);
            rep->n_skipped++; free(boxes); continue;
        }
        regs = (float *)malloc(sizeof(float) * (size_t)(rec->n_regions + 2) * E);
        map = (tasks & EVAL_GROUNDING) && rec->n_regions ?
              (float *)malloc(sizeof(float) * (size_t)li.img.width * li.img.height) : NULL;
        if (!regs || ((tasks & EVAL_GROUNDING) && rec->n_regions && !map)) {
            free(boxes); free(regs); free(map); loaded_image_free(&li); die("out of memory", NULL); goto done;
        }
        fused = regs + (size_t)(rec->n_regions + 1) * E;
        for (i = 0; i < rec->n_regions; i++) {
            boxes[i].x0 = rec->regions[i].x0; boxes[i].y0 = rec->regions[i].y0;
            boxes[i].x1 = rec->regions[i].x1; boxes[i].y1 = rec->regions[i].y1;
        }
        if (rc_encode_regions(ctx, &li.img, boxes, rec->n_regions, &o.region, regs + E, global + (size_t)N * E, fused, 1)) {
            if (o.log) fprintf(o.log, "%s: %s (record skipped)\n", rec->path, rc_ctx_error(ctx));
            rep->n_skipped++; free(boxes); free(regs); free(map); loaded_image_free(&li); continue;
        }
        bad = eval_record(ctx, model, rec, &li.img, regs + E, fused, tasks, work, map, &acc);
        free(boxes); free(regs); free(map); loaded_image_free(&li);
        if (bad) goto done;
        if ((k = eval_find(texts, T, rec->summary)) < 0) { k = T; texts[T++] = rec->summary; }
        text_of[N] = k; rec_of[N++] = r;
    }
    rep->n_records = N; rep->n_texts = T;
    if (N == 0) { die("no record could be scored", NULL); goto done; }
    if (tasks & EVAL_RETRIEVAL) {                      /* image->text, then text->image */
        int hits[2][3] = {{0, 0, 0}, {0, 0, 0}};
        double chance[3] = {0, 0, 0};
        char name[2][16] = {"image->text", "text->image"}, note[2][96];
        if (rc_encode_texts(ctx, texts, T, text_emb, 1)) { die("summary", rc_ctx_error(ctx)); goto done; }
        for (r = 0; r < N; r++) {                      /* rank of the record's summary among all */
            const double s = eval_dot(global + (size_t)r * E, text_emb + (size_t)text_of[r] * E, E);
            int rank = 1;
            for (i = 0; i < T; i++) {
                const double d = eval_dot(global + (size_t)r * E, text_emb + (size_t)i * E, E);
                rank += d > s || (d == s && i < text_of[r]);
            }
            for (k = 0; k < 3; k++) hits[0][k] += rank <= eval_recall_k[k];
        }
        for (i = 0; i < T; i++) {                      /* rank of the first of the text's images */
            int best = -1, rank = 1, m = 0;
            double top = -INFINITY;
            for (r = 0; r < N; r++) {
                const double d = eval_dot(global + (size_t)r * E, text_emb + (size_t)i * E, E);
                if (text_of[r] == i && (best < 0 || d > top)) { best = r; top = d; }
                m += text_of[r] == i;
            }
            for (r = 0; r < N; r++) {
                const double d = eval_dot(global + (size_t)r * E, text_emb + (size_t)i * E, E);
                rank += text_of[r] != i && (d > top || (d == top && r < best));
            }
            for (k = 0; k < 3; k++) { hits[1][k] += rank <= eval_recall_k[k]; chance[k] += eval_chance_any(N, m, eval_recall_k[k]); }
        }
        snprintf(note[0], sizeof note[0], "%d images against %d distinct summaries", N, T);
        snprintf(note[1], sizeof note[1], "%d distinct summaries against %d images", T, N);
        for (i = 0; i < 2; i++)
            for (k = 0; k < 3; k++) {
                char metric[16];
                snprintf(metric, sizeof metric, "R@%d", eval_recall_k[k]);
                if (!(row = eval_add_row(rep, EVAL_RETRIEVAL, name[i], metric))) { die("out of memory", NULL); goto done; }
                eval_set(row, hits[i][k], i ? T : N,
                         i ? chance[k] : (double)N * (eval_recall_k[k] < T ? eval_recall_k[k] : T) / T, NULL);
                snprintf(row->note, sizeof row->note, "%.150s", note[i]);
            }
    }
    if ((tasks & EVAL_ZEROSHOT) && eval_zeroshot(ctx, model, mf, global, rec_of, N, &o, rep)) goto done;
    if (tasks & EVAL_REGION) {
        if (!(row = eval_add_row(rep, EVAL_REGION, "region->caption", "accuracy"))) { die("out of memory", NULL); goto done; }
        eval_set(row, acc.reg_hits, acc.reg_items, acc.reg_chance,
                 !regions_total ? "the manifest has no regions" : !negatives_total ? "no region has a negative caption" : NULL);
        if (row->present)
            snprintf(row->note, sizeof row->note, "against the region's hard negatives%s",
                     info.roi_head ? "" : "; training-free regions (the model has no region head)");
    }
    if (tasks & EVAL_GROUNDING) {
        if (!(row = eval_add_row(rep, EVAL_GROUNDING, "grounding", "pointing"))) { die("out of memory", NULL); goto done; }
        eval_set(row, acc.pt_hits, acc.pt_items, acc.pt_chance, !regions_total ? "the manifest has no regions" : NULL);
        if (row->present)
            snprintf(row->note, sizeof row->note, "peak of the caption's map inside the box%s",
                     info.roi_head ? "" : "; training-free map (no region head)");
    }
    if (tasks & EVAL_VQA) {
        if (!(row = eval_add_row(rep, EVAL_VQA, "vqa", "accuracy"))) { die("out of memory", NULL); goto done; }
        eval_set(row, acc.vqa_hits, acc.vqa_items, (double)acc.vqa_items / (A ? A : 1),
                 !A ? "the model has no VQA head (vqa.* tensors)" : !vqa_total ? "the manifest has no vqa lines" :
                 !acc.vqa_items ? "no question's answer is in the model's answer set" : NULL);
        if (row->present) {
            int top = 0;
            for (k = 1; k < A; k++) if (acc.answer_count[k] > acc.answer_count[top]) top = k;
            row->majority = (double)acc.answer_count[top] / acc.vqa_items;
            snprintf(row->majority_name, sizeof row->majority_name, "%s", rc_model_vqa_answer(model, top));
            snprintf(row->note, sizeof row->note, "%d answers%s", A, acc.vqa_outside ? "; questions with other answers left out" : "");
            if (acc.vqa_outside)
                snprintf(row->note, sizeof row->note, "%d answers; %d question(s) with an answer outside the set left out", A, acc.vqa_outside);
        }
    }
    rc = 0;
done:
    free(texts); free(text_of); free(rec_of); free(global); free(text_emb); free(work); free(acc.answer_count);
    return rc;
}

/* The report as a table: task, metric, value, hits/items, chance, note. */
static void eval_print_table(FILE *f, const eval_report *rep) {
    int i;
    fprintf(f, "%-24s %-9s %7s %13s %7s  %s\n", "task", "metric", "value", "hits/items", "chance", "note");
    for (i = 0; i < rep->n_rows; i++) {
        const eval_row *w = &rep->rows[i];
        char count[32];
        if (!w->present) { fprintf(f, "%-24s %-9s %7s %13s %7s  %s\n", w->task, w->metric, "absent", "-", "-", w->note); continue; }
        snprintf(count, sizeof count, "%d/%d", w->hits, w->items);
        fprintf(f, "%-24s %-9s %7.3f %13s %7.3f  %s", w->task, w->metric, w->value, count, w->chance, w->note);
        if (w->majority >= 0) fprintf(f, "; majority '%s' %.3f", w->majority_name, w->majority);
        fputc('\n', f);
    }
}

/* The report as one JSON object (values with 17 significant digits). */
static void eval_print_json(FILE *f, const eval_report *rep, const char *model, const char *manifest_path) {
    int i;
    fprintf(f, "{\"model\": "); json_string(f, model, strlen(model));
    fprintf(f, ", \"manifest\": "); json_string(f, manifest_path, strlen(manifest_path));
    fprintf(f, ", \"records\": %d, \"skipped\": %d, \"distinct_summaries\": %d, \"tasks\": [", rep->n_records, rep->n_skipped, rep->n_texts);
    for (i = 0; i < rep->n_rows; i++) {
        const eval_row *w = &rep->rows[i];
        fprintf(f, "%s\n  {\"task\": ", i ? "," : "");
        json_string(f, w->task, strlen(w->task));
        fprintf(f, ", \"metric\": \"%s\", \"present\": %s", w->metric, w->present ? "true" : "false");
        if (w->present) {
            fprintf(f, ", \"value\": %.17g, \"hits\": %d, \"items\": %d, \"chance\": %.17g", w->value, w->hits, w->items, w->chance);
            if (w->majority >= 0) {
                fprintf(f, ", \"majority\": %.17g, \"majority_class\": ", w->majority);
                json_string(f, w->majority_name, strlen(w->majority_name));
            }
            fprintf(f, ", \"note\": ");
        } else fprintf(f, ", \"absent\": ");
        json_string(f, w->note, strlen(w->note));
        fputc('}', f);
    }
    fprintf(f, "\n]}\n");
}

/* ---- rclip eval MODEL MANIFEST [--json] [--template T]... [--templates FILE] [--tasks LIST]
        [--mode align|crop] [--margin M] [--skip-bad] ---- */

static const char *const eval_task_names[5] = {"retrieval", "zeroshot", "region", "grounding", "vqa"};

/* "retrieval,vqa" -> EVAL_* bits; 0 when a name is unknown. */
static unsigned eval_parse_tasks(const char *s) {
    unsigned bits = 0;
    while (*s) {
        size_t n = strcspn(s, ",");
        int k, found = 0;
        for (k = 0; k < 5; k++)
            if (strlen(eval_task_names[k]) == n && !strncmp(s, eval_task_names[k], n)) { bits |= 1u << k; found = 1; }
        if (!found) return 0;
        s += n + (s[n] == ',');
    }
    return bits;
}

/* The lines of path (blank lines and '#' comments dropped) appended to templates[*n] (they
   point into *text, which the caller frees). 0, or 1 after printing why. */
static int eval_read_templates(const char *path, char **text, const char **templates, int *n) {
    FILE *f = fopen(path, "rb");
    size_t len = 0, cap = 0, got;
    char *line;
    if (!f) { fprintf(stderr, "error: %s: %s\n", path, strerror(errno)); return 1; }
    for (;;) {
        if (len + 1 >= cap) {
            char *q = (char *)realloc(*text, cap = cap ? 2 * cap : 4096);
            if (!q) { fclose(f); return die("out of memory", NULL); }
            *text = q;
        }
        if (!(got = fread(*text + len, 1, cap - len - 1, f))) break;
        len += got;
    }
    fclose(f);
    (*text)[len] = 0;
    for (line = strtok(*text, "\r\n"); line; line = strtok(NULL, "\r\n")) {
        if (!*line || *line == '#') continue;
        if (*n == EVAL_MAX_TEMPLATES) return die(path, "more than 64 templates");
        templates[(*n)++] = line;
    }
    return 0;
}

static int eval_command(int argc, char **argv, const char *const *templates, int n_templates, const image_options *io) {
    const char *all[EVAL_MAX_TEMPLATES], *model_path, *manifest_path;
    char *template_text = NULL;
    int i, n_all = 0, json = 0, skip_bad = 0, rc = 1;
    unsigned asked = 0;
    eval_options o = eval_options_default();
    rc_model *model = NULL; rc_ctx *ctx = NULL; rc_error err;
    manifest mf;
    mf_options mo;
    eval_report rep;
    memset(&mf, 0, sizeof mf); memset(&rep, 0, sizeof rep);
    for (i = 0; i < n_templates && i < EVAL_MAX_TEMPLATES; i++) all[n_all++] = templates[i];
    if (argc < 2 || !strncmp(argv[0], "--", 2) || !strncmp(argv[1], "--", 2)) goto usage;
    model_path = argv[0]; manifest_path = argv[1];
    for (i = 2; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "--json")) { json = 1; continue; }
        if (!strcmp(a, "--skip-bad")) { skip_bad = 1; continue; }
        if (!v) goto usage;
        i++;
        if (!strcmp(a, "--template")) {
            if (n_all == EVAL_MAX_TEMPLATES) { die("too many templates", NULL); goto done; }
            all[n_all++] = v;
        } else if (!strcmp(a, "--templates")) { if (eval_read_templates(v, &template_text, all, &n_all)) goto done; }
        else if (!strcmp(a, "--tasks")) { if (!(asked = eval_parse_tasks(v))) { die("--tasks wants a comma list of retrieval, zeroshot, region, grounding, vqa", v); goto done; } }
        else if (!strcmp(a, "--mode")) {
            if (!strcmp(v, "align")) o.region.mode = RC_REGION_ALIGN;
            else if (!strcmp(v, "crop")) o.region.mode = RC_REGION_CROP;
            else { die("--mode wants crop or align", v); goto done; }
        } else if (!strcmp(a, "--margin")) {
            char *end;
            o.region.margin = strtof(v, &end);
            if (end == v || *end || !(o.region.margin >= 0.0f && o.region.margin <= RC_ROI_MAX_MARGIN)) {
                die("--margin wants a number in [0, 10]", v); goto done;
            }
        } else goto usage;
    }
    o.tasks = asked ? asked : EVAL_ALL; o.templates = all; o.n_templates = n_all; o.io = io; o.log = stderr;
    if (rc_model_load_mmap(&model, model_path, NULL, &err)) { die(model_path, err.message); goto done; }
    if (rc_ctx_create(&ctx, model, &err)) { die("context", err.message); goto done; }
    memset(&mo, 0, sizeof mo);
    mo.policy = MF_SKIP; mo.image_size = image_size_of_file; mo.log = stderr;
    i = manifest_load(manifest_path, &mo, &mf);
    if (i < 0) { die("out of memory", NULL); goto done; }
    if (mf.n_problems_total && (!skip_bad || mf.n_records == 0)) {
        fprintf(stderr, "error: %s: %d problem(s), listed above as FILE:LINE%s\n", manifest_path, mf.n_problems_total,
                mf.n_records ? "; --skip-bad evaluates the records without one" : "");
        goto done;
    }
    if (mf.n_records == 0) { die(manifest_path, "no record"); goto done; }
    if (mf.n_skipped) fprintf(stderr, "%s: %d bad record(s) skipped (--skip-bad)\n", manifest_path, mf.n_skipped);
    if (eval_manifest(ctx, model, &mf, &o, &rep)) goto done;
    if (json) eval_print_json(stdout, &rep, model_path, manifest_path);
    else {
        printf("%s on %s: %d records (%d skipped), %d distinct summaries, regions by %s\n", model_path, manifest_path,
               rep.n_records, rep.n_skipped, rep.n_texts, o.region.mode == RC_REGION_CROP ? "crop" : "align");
        eval_print_table(stdout, &rep);
    }
    rc = 0;
    for (i = 0; i < rep.n_rows; i++)                  /* a task asked for by --tasks must be there */
        if (asked && !rep.rows[i].present) { fprintf(stderr, "error: %s: absent: %s\n", rep.rows[i].task, rep.rows[i].note); rc = 1; }
    goto done;
usage:
    fprintf(stderr, "usage: rclip eval MODEL MANIFEST [--json] [--template T]... [--templates FILE]\n"
                    "       [--tasks retrieval,zeroshot,region,grounding,vqa] [--mode align|crop] [--margin M] [--skip-bad]\n");
    rc = 2;
done:
    eval_report_free(&rep); manifest_free(&mf); rc_ctx_free(ctx); rc_model_free(model); free(template_text);
    return rc;
}

#endif
