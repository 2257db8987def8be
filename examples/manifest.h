/* manifest.h — reads (and writes) the training manifest of docs/data.md: one record per image
   with its summary, report, regions (box + caption + negative captions) and VQA pairs.

   A line-oriented text format, one keyword per line, blank lines between records:

       # comment
       image scans/0001.png
       summary nodule in the right upper lobe
       report a bright round nodule of 9 px in the right upper lobe; no other finding
       region 12 8 30 26 bright round nodule in the right upper lobe
       negative bright round nodule in the left lower lobe
       vqa is there a nodule?<TAB>yes
       label nodule a nodule

   Every problem is reported as "FILE:LINE: message"; a bad record is skipped (and counted) or
   stops the reading, as the caller chooses. Hostile input never crashes it (fuzzed by
   tests/fuzz/fuzz_manifest.c). Image sizes come from a callback, so the parser itself reads no
   image: image_size_of_file of examples/image_io.h decodes the file as training will.

   Plain C99 + libc; not part of regionclip.h. */
#ifndef REGIONCLIP_MANIFEST_H
#define REGIONCLIP_MANIFEST_H
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MF_MAX_LINE 65536        /* bytes per line, '\n' excluded                          */
#define MF_MAX_REGIONS 1024      /* regions per record                                      */
#define MF_MAX_NEGATIVES 256     /* negative captions per region                            */
#define MF_MAX_VQA 256           /* question/answer pairs per record                        */
#define MF_MAX_LABELS 256        /* labels (classification tasks) per record                */
#define MF_MAX_PROBLEMS 1000     /* problems kept in the list (all are counted)             */

typedef struct mf_region {
    float x0, y0, x1, y1;        /* box in pixels of the original image, edges (docs/roi.md) */
    char *caption;
    char **negatives;            /* [n_negatives] hard negative captions                    */
    int n_negatives;
    int line;
} mf_region;

typedef struct mf_vqa { char *question, *answer; } mf_vqa;

/* "label TASK CLASS": the record's class for one classification task (rclip eval's zero-shot
   classification; docs/data.md). task is one word, class the rest of the line. */
typedef struct mf_label { char *task, *value; int line; } mf_label;

typedef struct mf_record {
    char *image;                 /* the path as written (relative to the manifest's dir)    */
    char *path;                  /* the path to open: manifest dir + image (or image if absolute) */
    char *summary;
    char *report;                /* NULL when the record has none (then use the summary)    */
    mf_region *regions; int n_regions;
    mf_vqa *vqa; int n_vqa;
    mf_label *labels; int n_labels;   /* at most one per task                              */
    int width, height;           /* from the image-size callback                            */
    int line;                    /* line of the record's first keyword                      */
} mf_record;

typedef struct mf_problem { int line; char message[240]; } mf_problem;

typedef struct manifest {
    mf_record *records; int n_records;
    int n_skipped;               /* bad records dropped (policy MF_SKIP)                    */
    mf_problem *problems; int n_problems;   /* kept (at most MF_MAX_PROBLEMS)               */
    int n_problems_total;        /* all problems found                                      */
} manifest;

typedef enum mf_policy { MF_SKIP = 0, MF_STOP = 1 } mf_policy;

/* Size of the image at path: 0 and *w, *h >= 1, or nonzero with a reason in why[why_cap]. */
typedef int (*mf_image_size_fn)(void *user, const char *path, int *w, int *h, char *why, size_t why_cap);

typedef struct mf_options {
    mf_policy policy;
    mf_image_size_fn image_size; /* NULL: images are not opened, boxes not checked against them */
    void *user;
    FILE *log;                   /* each problem is also printed here ("FILE:LINE: message"); NULL: quiet */
} mf_options;

/* Parses text[len] (need not be NUL-terminated). name is used in messages, base_dir (may be
   "" or NULL) prefixes relative image paths. Returns 0 when everything read is usable (bad
   records skipped under MF_SKIP), 1 when MF_STOP stopped at a problem (the records before it
   are kept), -1 on out of memory. Free *out with manifest_free in every case. */
static int manifest_parse(const char *text, size_t len, const char *name, const char *base_dir,
                          const mf_options *opts, manifest *out);
/* Reads the file at path and parses it with base_dir = the file's directory. A file that
   cannot be read is one problem at line 0 and returns 1. */
static int manifest_load(const char *path, const mf_options *opts, manifest *out);
static void manifest_free(manifest *m);
/* Writes records in the canonical form (floats as %.9g: they read back identically). */
static int manifest_write(FILE *f, const mf_record *records, int n_records);

/* ---- implementation ---- */

typedef struct mf__parser {
    const char *name, *base_dir;
    const mf_options *opts;
    manifest *m;
    mf_record rec;               /* the record being read                                   */
    int rec_open, rec_bad, stopped, oom;
} mf__parser;

static char *mf__strndup(const char *s, size_t n) {
    char *p = (char *)malloc(n + 1);
    if (p) { memcpy(p, s, n); p[n] = 0; }
    return p;
}

static void mf__record_free(mf_record *r) {
    int i, j;
    free(r->image); free(r->path); free(r->summary); free(r->report);
    for (i = 0; i < r->n_regions; i++) {
        free(r->regions[i].caption);
        for (j = 0; j < r->regions[i].n_negatives; j++) free(r->regions[i].negatives[j]);
        free(r->regions[i].negatives);
    }
    free(r->regions);
    for (i = 0; i < r->n_vqa; i++) { free(r->vqa[i].question); free(r->vqa[i].answer); }
    free(r->vqa);
    for (i = 0; i < r->n_labels; i++) { free(r->labels[i].task); free(r->labels[i].value); }
    free(r->labels);
    memset(r, 0, sizeof *r);
}

static void manifest_free(manifest *m) {
    int i;
    if (!m) return;
    for (i = 0; i < m->n_records; i++) mf__record_free(&m->records[i]);
    free(m->records); free(m->problems);
    memset(m, 0, sizeof *m);
}

/* Records a problem at line (and marks the current record bad). */
static void mf__problem(mf__parser *p, int line, const char *fmt, ...) {
    manifest *m = p->m;
    mf_problem pr;
    va_list ap;
    pr.line = line;
    va_start(ap, fmt);
    vsnprintf(pr.message, sizeof pr.message, fmt, ap);
    va_end(ap);
    if (p->opts && p->opts->log) fprintf(p->opts->log, "%s:%d: %s\n", p->name, line, pr.message);
    m->n_problems_total++;
    if (m->n_problems < MF_MAX_PROBLEMS) {
        if (m->n_problems == 0) {
            m->problems = (mf_problem *)malloc(MF_MAX_PROBLEMS * sizeof *m->problems);
            if (!m->problems) { p->oom = 1; return; }
        }
        m->problems[m->n_problems++] = pr;
    }
    p->rec_bad = 1;
    if (p->opts && p->opts->policy == MF_STOP) p->stopped = 1;
}

/* Grows *arr (elements of size elem) to hold n + 1; 0 on out of memory. */
static int mf__grow(void **arr, int n, size_t elem) {
    void *q;
    if ((n & (n - 1)) != 0 && n != 0) return 1;               /* capacity = next power of two */
    q = realloc(*arr, (size_t)(n ? 2 * n : 1) * elem);
    if (!q) return 0;
    *arr = q;
    return 1;
}

/* Valid UTF-8 (no overlongs, surrogates or code points > U+10FFFF), no control characters
   other than tab. Returns the offset of the first bad byte, or n. */
static size_t mf__check_text(const unsigned char *s, size_t n, const char **why) {
    size_t i = 0;
    while (i < n) {
        unsigned c = s[i], need, cp, k;
        if (c < 0x80) {
            if ((c < 0x20 && c != '\t') || c == 0x7f) { *why = "control character"; return i; }
            i++; continue;
        }
        if (c >= 0xc2 && c <= 0xdf) { need = 1; cp = c & 0x1f; }
        else if (c >= 0xe0 && c <= 0xef) { need = 2; cp = c & 0x0f; }
        else if (c >= 0xf0 && c <= 0xf4) { need = 3; cp = c & 0x07; }
        else { *why = "invalid UTF-8"; return i; }
        if (n - i <= need) { *why = "invalid UTF-8 (truncated sequence)"; return i; }
        for (k = 1; k <= need; k++) {
            if ((s[i + k] & 0xc0) != 0x80) { *why = "invalid UTF-8"; return i; }
            cp = cp << 6 | (s[i + k] & 0x3f);
        }
        if ((need == 2 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) || (need == 3 && (cp < 0x10000 || cp > 0x10ffff))) {
            *why = "invalid UTF-8 (overlong, surrogate or beyond U+10FFFF)"; return i;
        }
        i += need + 1;
    }
    return n;
}

static int mf__is_space(char c) { return c == ' ' || c == '\t'; }

static int mf__keyword(const char *kw, size_t kw_len, const char *name) {
    return kw_len == strlen(name) && memcmp(kw, name, kw_len) == 0;
}

/* Ends the current record: checks what needs the whole record, then keeps or drops it. */
static void mf__end_record(mf__parser *p) {
    mf_record *r = &p->rec;
    manifest *m = p->m;
    int i;
    if (!p->rec_open) return;
    if (!r->image) mf__problem(p, r->line, "record without an image (every record starts with 'image PATH')");
    else if (!r->summary) mf__problem(p, r->line, "record for %s has no summary", r->image);
    if (!p->rec_bad && p->opts && p->opts->image_size) {
        char why[160] = "";
        if (p->opts->image_size(p->opts->user, r->path, &r->width, &r->height, why, sizeof why) != 0 ||
            r->width < 1 || r->height < 1) {
            mf__problem(p, r->line, "cannot read image %s: %s", r->path, why[0] ? why : "unknown reason");
        } else {
            for (i = 0; i < r->n_regions; i++) {
                const mf_region *g = &r->regions[i];
                if (g->x0 < 0 || g->y0 < 0 || g->x1 > (float)r->width || g->y1 > (float)r->height)
                    mf__problem(p, g->line, "box %.9g %.9g %.9g %.9g lies (partly) outside the %dx%d image %s",
                                g->x0, g->y0, g->x1, g->y1, r->width, r->height, r->image);
            }
        }
    }
    if (p->rec_bad) {
        if (!p->stopped) m->n_skipped++;
        mf__record_free(r);
    } else if (!mf__grow((void **)&m->records, m->n_records, sizeof *m->records)) {
        p->oom = 1;
        mf__record_free(r);
    } else {
        m->records[m->n_records++] = *r;
        memset(r, 0, sizeof *r);
    }
    p->rec_open = 0; p->rec_bad = 0;
}

/* Parses "X0 Y0 X1 Y1 CAPTION" of value (NUL-terminated); 0 and a problem if malformed. */
static int mf__parse_box(mf__parser *p, int line, char *value, float box[4], char **caption) {
    static const char *const names[4] = {"x0", "y0", "x1", "y1"};
    char *s = value, *end;
    int k;
    for (k = 0; k < 4; k++) {
        double v;
        while (mf__is_space(*s)) s++;
        if (!*s) { mf__problem(p, line, "region needs 'x0 y0 x1 y1 caption': %s missing", names[k]); return 0; }
        errno = 0;
        v = strtod(s, &end);
        if (end == s || (*end && !mf__is_space(*end))) {
            mf__problem(p, line, "region: %s is not a number", names[k]); return 0;
        }
        if (v != v || v - v != 0.0 || (float)v - (float)v != 0.0f) {
            mf__problem(p, line, "region: %s is NaN or infinite", names[k]); return 0;
        }
        box[k] = (float)v;
        s = end;
    }
    while (mf__is_space(*s)) s++;
    if (!*s) { mf__problem(p, line, "region has an empty caption"); return 0; }
    if (!(box[0] < box[2]) || !(box[1] < box[3])) {
        mf__problem(p, line, "region box %.9g %.9g %.9g %.9g is inverted or empty (need x0 < x1, y0 < y1)",
                    box[0], box[1], box[2], box[3]);
        return 0;
    }
    *caption = s;
    return 1;
}

static char *mf__join_path(const char *base_dir, const char *image) {
    size_t nb = base_dir ? strlen(base_dir) : 0, ni = strlen(image);
    char *s;
    if (image[0] == '/' || nb == 0) return mf__strndup(image, ni);
    s = (char *)malloc(nb + ni + 2);
    if (!s) return NULL;
    memcpy(s, base_dir, nb); s[nb] = '/';
    memcpy(s + nb + 1, image, ni + 1);
    return s;
}

/* Stores a copy of text in *slot (keyword kw); problems for duplicates and empty text. */
static void mf__set_text(mf__parser *p, int line, const char *kw, char **slot, const char *text) {
    if (*slot) { mf__problem(p, line, "second '%s' in one record (missing blank line between records?)", kw); return; }
    if (!*text) { mf__problem(p, line, "empty %s", kw); return; }
    if (!(*slot = mf__strndup(text, strlen(text)))) p->oom = 1;
}

/* One line (NUL-terminated, no '\n', '\r' stripped, UTF-8 already checked). */
static void mf__line(mf__parser *p, int line, char *s) {
    mf_record *r = &p->rec;
    char *kw, *value, *end;
    size_t kw_len;
    while (mf__is_space(*s)) s++;
    end = s + strlen(s);
    while (end > s && mf__is_space(end[-1])) *--end = 0;
    if (!*s) { mf__end_record(p); return; }                 /* blank line: end of record */
    if (*s == '#') return;                                   /* comment */
    kw = s;
    while (*s && !mf__is_space(*s)) s++;
    kw_len = (size_t)(s - kw);
    while (*s == ' ') s++;               /* spaces separate keyword and value; a tab stays in it */
    value = s;
    if (!p->rec_open) { p->rec_open = 1; r->line = line; }
    if (mf__keyword(kw, kw_len, "image")) {
        if (r->image) { mf__problem(p, line, "second 'image' in one record (missing blank line between records?)"); return; }
        if (!*value) { mf__problem(p, line, "empty image path"); return; }
        r->image = mf__strndup(value, strlen(value));
        r->path = r->image ? mf__join_path(p->base_dir, value) : NULL;
        if (!r->image || !r->path) p->oom = 1;
    } else if (mf__keyword(kw, kw_len, "summary")) {
        mf__set_text(p, line, "summary", &r->summary, value);
    } else if (mf__keyword(kw, kw_len, "report")) {
        mf__set_text(p, line, "report", &r->report, value);
    } else if (mf__keyword(kw, kw_len, "region")) {
        float box[4];
        char *caption;
        mf_region *g;
        if (!mf__parse_box(p, line, value, box, &caption)) return;
        if (r->n_regions >= MF_MAX_REGIONS) { mf__problem(p, line, "more than %d regions in one record", MF_MAX_REGIONS); return; }
        if (!mf__grow((void **)&r->regions, r->n_regions, sizeof *r->regions)) { p->oom = 1; return; }
        g = &r->regions[r->n_regions];
        memset(g, 0, sizeof *g);
        g->x0 = box[0]; g->y0 = box[1]; g->x1 = box[2]; g->y1 = box[3];
        g->line = line;
        if (!(g->caption = mf__strndup(caption, strlen(caption)))) { p->oom = 1; return; }
        r->n_regions++;
    } else if (mf__keyword(kw, kw_len, "negative")) {
        mf_region *g = r->n_regions ? &r->regions[r->n_regions - 1] : NULL;
        char *copy;
        if (!g) { mf__problem(p, line, "'negative' before any 'region' of the record"); return; }
        if (!*value) { mf__problem(p, line, "empty negative caption"); return; }
        if (g->n_negatives >= MF_MAX_NEGATIVES) { mf__problem(p, line, "more than %d negatives for one region", MF_MAX_NEGATIVES); return; }
        if (!mf__grow((void **)&g->negatives, g->n_negatives, sizeof *g->negatives) ||
            !(copy = mf__strndup(value, strlen(value)))) { p->oom = 1; return; }
        g->negatives[g->n_negatives++] = copy;
    } else if (mf__keyword(kw, kw_len, "vqa")) {
        char *tab = strchr(value, '\t'), *q_end, *answer;
        mf_vqa *v;
        if (!tab) { mf__problem(p, line, "vqa needs QUESTION<TAB>ANSWER (no tab found)"); return; }
        answer = tab + 1;
        while (mf__is_space(*answer)) answer++;
        q_end = tab;
        while (q_end > value && mf__is_space(q_end[-1])) q_end--;
        if (q_end == value || !*answer) { mf__problem(p, line, "vqa with an empty question or answer"); return; }
        if (strchr(answer, '\t')) { mf__problem(p, line, "vqa answer contains a tab (one tab separates question and answer)"); return; }
        if (r->n_vqa >= MF_MAX_VQA) { mf__problem(p, line, "more than %d vqa pairs in one record", MF_MAX_VQA); return; }
        if (!mf__grow((void **)&r->vqa, r->n_vqa, sizeof *r->vqa)) { p->oom = 1; return; }
        v = &r->vqa[r->n_vqa];
        v->question = mf__strndup(value, (size_t)(q_end - value));
        v->answer = mf__strndup(answer, strlen(answer));
        r->n_vqa++;
        if (!v->question || !v->answer) p->oom = 1;
    } else if (mf__keyword(kw, kw_len, "label")) {
        char *task_end = value, *cls;
        mf_label *l;
        int i;
        while (*task_end && !mf__is_space(*task_end)) task_end++;
        cls = task_end;
        while (mf__is_space(*cls)) cls++;
        if (task_end == value || !*cls) { mf__problem(p, line, "label needs 'TASK CLASS' (a task word, then its class)"); return; }
        for (i = 0; i < r->n_labels; i++)
            if (strlen(r->labels[i].task) == (size_t)(task_end - value) && !memcmp(r->labels[i].task, value, (size_t)(task_end - value))) {
                mf__problem(p, line, "second label '%s' in one record (one class per task)", r->labels[i].task); return;
            }
        if (r->n_labels >= MF_MAX_LABELS) { mf__problem(p, line, "more than %d labels in one record", MF_MAX_LABELS); return; }
        if (!mf__grow((void **)&r->labels, r->n_labels, sizeof *r->labels)) { p->oom = 1; return; }
        l = &r->labels[r->n_labels];
        l->task = mf__strndup(value, (size_t)(task_end - value));
        l->value = mf__strndup(cls, strlen(cls));
        l->line = line;
        r->n_labels++;
        if (!l->task || !l->value) p->oom = 1;
    } else {
        mf__problem(p, line, "unknown keyword '%.*s' (image, summary, report, region, negative, vqa, label, or # comment)",
                    (int)(kw_len > 40 ? 40 : kw_len), kw);
    }
}

static int manifest_parse(const char *text, size_t len, const char *name, const char *base_dir,
                          const mf_options *opts, manifest *out) {
    mf__parser p;
    char *buf = (char *)malloc(MF_MAX_LINE + 1);
    size_t pos = 0;
    int line = 0;
    memset(out, 0, sizeof *out);
    memset(&p, 0, sizeof p);
    p.name = name ? name : "manifest"; p.base_dir = base_dir; p.opts = opts; p.m = out;
    if (!buf) return -1;
    while (pos < len && !p.stopped && !p.oom) {
        const char *start = text + pos, *nl = (const char *)memchr(start, '\n', len - pos);
        size_t n = nl ? (size_t)(nl - start) : len - pos, bad;
        const char *why = "";
        line++;
        pos += n + (nl ? 1 : 0);
        if (n > 0 && start[n - 1] == '\r') n--;              /* CRLF */
        if (n > MF_MAX_LINE) {
            if (!p.rec_open) { p.rec_open = 1; p.rec.line = line; }
            mf__problem(&p, line, "line longer than %d bytes", MF_MAX_LINE);
            continue;
        }
        bad = mf__check_text((const unsigned char *)start, n, &why);
        if (bad < n) {
            if (!p.rec_open) { p.rec_open = 1; p.rec.line = line; }
            mf__problem(&p, line, "%s at byte %d of the line", why, (int)bad + 1);
            continue;
        }
        memcpy(buf, start, n); buf[n] = 0;
        mf__line(&p, line, buf);
    }
    if (!p.stopped && !p.oom) mf__end_record(&p);            /* the last record needs no blank line */
    mf__record_free(&p.rec);
    free(buf);
    if (p.oom) return -1;
    return p.stopped ? 1 : 0;
}

static int manifest_load(const char *path, const mf_options *opts, manifest *out) {
    FILE *f = fopen(path, "rb");
    char *text = NULL, *dir;
    const char *slash = strrchr(path, '/');
    size_t len = 0, cap = 0, got;
    int rc;
    memset(out, 0, sizeof *out);
    if (f) {
        for (;;) {
            if (len == cap) {
                char *q = (char *)realloc(text, cap = cap ? 2 * cap : 65536);
                if (!q) { free(text); fclose(f); return -1; }
                text = q;
            }
            got = fread(text + len, 1, cap - len, f);
            len += got;
            if (got == 0) break;
        }
        if (ferror(f)) { free(text); text = NULL; }
        fclose(f);
    }
    if (!text) {
        out->problems = (mf_problem *)malloc(sizeof *out->problems);
        if (!out->problems) return -1;
        out->problems[0].line = 0;
        snprintf(out->problems[0].message, sizeof out->problems[0].message, "cannot read the manifest: %s", strerror(errno));
        out->n_problems = out->n_problems_total = 1;
        if (opts && opts->log) fprintf(opts->log, "%s:0: %s\n", path, out->problems[0].message);
        return 1;
    }
    if (!slash) dir = mf__strndup("", 0);
    else if (slash == path) dir = mf__strndup("/", 1);        /* "/x.txt": the root */
    else dir = mf__strndup(path, (size_t)(slash - path));
    if (!dir) { free(text); return -1; }
    rc = manifest_parse(text, len, path, dir, opts, out);
    free(dir); free(text);
    return rc;
}

static int manifest_write(FILE *f, const mf_record *records, int n_records) {
    int i, j, k;
    for (i = 0; i < n_records; i++) {
        const mf_record *r = &records[i];
        if (i) fputc('\n', f);
        fprintf(f, "image %s\nsummary %s\n", r->image, r->summary);
        if (r->report) fprintf(f, "report %s\n", r->report);
        for (j = 0; j < r->n_regions; j++) {
            const mf_region *g = &r->regions[j];
            fprintf(f, "region %.9g %.9g %.9g %.9g %s\n", g->x0, g->y0, g->x1, g->y1, g->caption);
            for (k = 0; k < g->n_negatives; k++) fprintf(f, "negative %s\n", g->negatives[k]);
        }
        for (j = 0; j < r->n_vqa; j++) fprintf(f, "vqa %s\t%s\n", r->vqa[j].question, r->vqa[j].answer);
        for (j = 0; j < r->n_labels; j++) fprintf(f, "label %s %s\n", r->labels[j].task, r->labels[j].value);
    }
    return ferror(f) ? -1 : 0;
}


#ifdef REGIONCLIP_IMAGE_IO_H
/* mf_image_size_fn (examples/manifest.h): the size of the image as decoded (the whole file is
   decoded, so a manifest never names an image that training would then refuse). */
static int image_size_of_file(void *user, const char *path, int *w, int *h, char *why, size_t cap) {
    loaded_image li;
    (void)user;
    if (load_image_opts(path, NULL, &li, why, cap)) return 1;
    *w = li.img.width; *h = li.img.height;
    loaded_image_free(&li);
    return 0;
}
#endif

#endif
