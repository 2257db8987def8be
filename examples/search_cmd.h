/* search_cmd.h — rclip index and rclip search (docs/search.md). Included by rclip.c after its
   helpers (encode_labels, parse_box, heatmap_png); the file layout and kernels are search.h's.

     rclip index  MODEL -o ARCHIVE.idx [--f16] [--batch B] PATH...
     rclip search ARCHIVE.idx MODEL [TEXT | --image FILE [--box x0,y0,x1,y1]] [--top K] [--json]
                  [--per-series] [--heatmaps DIR]

   PATH: an image file, a directory (walked recursively, entries in strcmp order, names starting
   with '.' skipped) or @LIST (a text file of PATHs, one per line). */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include "search.h"
#include "json_out.h"

/* A growable list of malloc'd strings. */
typedef struct str_list { char **v; size_t n, cap; } str_list;

static int str_list_add(str_list *l, const char *s, size_t len) {
    char *c;
    if (l->n == l->cap) {
        char **more = (char **)realloc(l->v, sizeof(char *) * (l->cap = l->cap ? 2 * l->cap : 256));
        if (!more) return 1;
        l->v = more;
    }
    if (!(c = (char *)malloc(len + 1))) return 1;
    memcpy(c, s, len); c[len] = 0;
    l->v[l->n++] = c;
    return 0;
}

static void str_list_free(str_list *l) {
    size_t i;
    for (i = 0; i < l->n; i++) free(l->v[i]);
    free(l->v);
    l->v = NULL; l->n = l->cap = 0;
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* Adds path to files: a directory's files recursively (sorted), @LIST's paths, or the path itself
   (a missing path too: index reports it as unreadable). Returns 0, 1 when out of memory. */
static int collect_paths(const char *path, str_list *files, int depth) {
    struct stat st;
    if (path[0] == '@' && depth == 0) {
        FILE *f = fopen(path + 1, "r");
        char line[IDX_MAX_PATH + 2];
        if (!f) { fprintf(stderr, "error: %s: %s\n", path + 1, strerror(errno)); return 2; }
        while (fgets(line, sizeof line, f)) {
            size_t n = strcspn(line, "\r\n");
            int rc;
            line[n] = 0;
            if (n && (rc = collect_paths(line, files, depth + 1))) { fclose(f); return rc; }
        }
        fclose(f);
        return 0;
    }
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode) && depth < 64) {
        DIR *d = opendir(path);
        struct dirent *e;
        str_list names = {NULL, 0, 0};
        size_t i;
        int rc = 0;
        if (!d) return str_list_add(files, path, strlen(path));     /* reported when read */
        while ((e = readdir(d)))
            if (e->d_name[0] != '.' && str_list_add(&names, e->d_name, strlen(e->d_name))) { rc = 1; break; }
        closedir(d);
        if (names.n) qsort(names.v, names.n, sizeof(char *), cmp_str);
        for (i = 0; i < names.n && !rc; i++) {
            size_t len = strlen(path) + strlen(names.v[i]) + 2;
            char *child = (char *)malloc(len);
            if (!child) { rc = 1; break; }
            snprintf(child, len, "%s%s%s", path, path[strlen(path) - 1] == '/' ? "" : "/", names.v[i]);
            rc = collect_paths(child, files, depth + 1);
            free(child);
        }
        str_list_free(&names);
        return rc;
    }
    return str_list_add(files, path, strlen(path));
}

/* A whole file, mapped read-only (or empty when its size is 0). */
typedef struct mapped { unsigned char *data; size_t size; } mapped;

static const char *map_file(const char *path, mapped *m) {
    struct stat st;
    int fd = open(path, O_RDONLY);
    m->data = NULL; m->size = 0;
    if (fd < 0) return strerror(errno);
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) { close(fd); return "not a regular file"; }
    m->size = (size_t)st.st_size;
    if (m->size) {
        void *p = mmap(NULL, m->size, PROT_READ, MAP_PRIVATE, fd, 0);
        if (p == MAP_FAILED) { close(fd); return strerror(errno); }
        (void)posix_madvise(p, m->size, POSIX_MADV_WILLNEED);   /* read ahead: every byte is read */
        m->data = (unsigned char *)p;
    }
    close(fd);
    return NULL;
}

static void unmap_file(mapped *m) {
    if (m->data) munmap(m->data, m->size);
    m->data = NULL;
}

/* The model's identity: idx_hash of its whole file (mapped, not read into memory). 0 on success. */
static int model_hash(const char *path, uint64_t *hash) {
    mapped m;
    if (map_file(path, &m)) return 1;
    *hash = idx_hash(m.data, m.size);
    unmap_file(&m);
    return 0;
}

/* What follows the valid records of an index: NULL (nothing), "torn" (a prefix of one record:
   an interrupted run), or why it is corrupt. */
static const char *idx_tail(const mapped *m, const idx_header *h, size_t valid_end) {
    const unsigned char *p = m->data + valid_end;
    size_t rem = m->size - valid_end, len;
    if (rem == 0) return NULL;
    if (rem < IDX_RECORD_FIXED) return "torn";
    if (idx_rd32(p) != IDX_RECORD_MAGIC) return "a record with a bad magic";
    len = IDX_RECORD_FIXED + (size_t)idx_rd32(p + 4) + (size_t)(p[36] | p[37] << 8) + (size_t)(p[38] | p[39] << 8) +
          (size_t)h->embed_dim * idx_elem_bytes(h->dtype) + 8;
    if (idx_rd32(p + 4) == 0 || idx_rd32(p + 4) > IDX_MAX_PATH) return "a record with a bad path length";
    return rem < len ? "torn" : "a record whose checksum does not match";
}

/* Opens the index at path: header, every record, and the check that nothing but a torn record
   follows them (allow_torn) or nothing at all. Returns 0, or 1 after printing why. */
static int open_index(const char *path, int allow_torn, mapped *m, idx_header *h, idx_record **recs, size_t *n,
                      size_t *valid_end) {
    const char *why = map_file(path, m), *tail;
    *recs = NULL; *n = 0;
    if (why) return die(path, why);
    if ((why = idx_parse(m->data, m->size, h, recs, n, valid_end))) { unmap_file(m); return die(path, why); }
    if ((tail = idx_tail(m, h, *valid_end)) && (!allow_torn || strcmp(tail, "torn"))) {
        char msg[160];
        snprintf(msg, sizeof msg, "corrupt index: %s at byte %zu (of %zu)%s", !strcmp(tail, "torn") ?
                 "a truncated record" : tail, *valid_end, m->size, !strcmp(tail, "torn") ?
                 "; an interrupted rclip index? rerun it" : "");
        free(*recs); *recs = NULL; unmap_file(m);
        return die(path, msg);
    }
    return 0;
}

/* The model's identity and dimension against an index header. Returns 0, or 1 after printing. */
static int check_model(const char *index_path, const idx_header *h, const char *model_path, uint64_t model_hash,
                       int embed_dim) {
    char msg[256];
    if ((int)h->embed_dim != embed_dim) {
        snprintf(msg, sizeof msg, "built with a model of embedding dimension %u; %s has %d", h->embed_dim,
                 model_path, embed_dim);
        return die(index_path, msg);
    }
    if (h->model_hash != model_hash) {
        snprintf(msg, sizeof msg, "built with another model (weights hash %016llx; %s has %016llx)",
                 (unsigned long long)h->model_hash, model_path, (unsigned long long)model_hash);
        return die(index_path, msg);
    }
    return 0;
}

static double now_seconds(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

/* A file to index: its path, stat, and whether it is new, unchanged or unreadable. */
typedef struct index_item { const char *path; uint64_t size; int64_t mtime_ns; int state; } index_item;
enum { ITEM_NEW, ITEM_UNCHANGED, ITEM_CHANGED, ITEM_BAD };

typedef struct rec_ref { const char *path; uint32_t len; size_t i; } rec_ref;
static int cmp_rec_ref(const void *a, const void *b) {
    const rec_ref *x = (const rec_ref *)a, *y = (const rec_ref *)b;
    uint32_t n = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->path, y->path, n);
    return c ? c : (x->len > y->len) - (x->len < y->len);
}

/* Writes all of data[n] to f; 0 on success. */
static int write_all(FILE *f, const void *data, size_t n) { return fwrite(data, 1, n, f) != n; }

/* Embeds items[lo..hi) that are new or changed, in one batch, and appends their records.
   Unreadable files are reported and marked ITEM_BAD. Returns 0, or 1 on a write error. */
static int index_batch(rc_ctx *ctx, const idx_header *h, index_item *items, size_t lo, size_t hi,
                       const image_options *io, loaded_image *li, rc_image *imgs, float *emb, FILE *out,
                       size_t *added) {
    size_t i, k = 0, *which = (size_t *)malloc(sizeof(size_t) * (hi - lo + 1));
    int rc = 0;
    char why[256];
    if (!which) return die("out of memory", NULL);
    for (i = lo; i < hi; i++) {
        if (items[i].state != ITEM_NEW && items[i].state != ITEM_CHANGED) continue;
        if (load_image_opts(items[i].path, io, &li[k], why, sizeof why)) {
            fprintf(stderr, "\nskipped: %s: %s\n", items[i].path, why);
            items[i].state = ITEM_BAD;
            continue;
        }
        imgs[k] = li[k].img; which[k++] = i;
    }
    if (k && rc_encode_images(ctx, imgs, (int)k, emb, 1)) {      /* find the one that fails */
        size_t j;
        for (j = 0; j < k; j++)
            if (rc_encode_images(ctx, &imgs[j], 1, emb + j * h->embed_dim, 1)) {
                fprintf(stderr, "\nskipped: %s: %s\n", items[which[j]].path, rc_ctx_error(ctx));
                items[which[j]].state = ITEM_BAD;
            }
    }
    for (i = 0; i < k && !rc; i++) {
        idx_record r;
        unsigned char *bytes; size_t nb;
        if (items[which[i]].state == ITEM_BAD) continue;
        memset(&r, 0, sizeof r);
        r.path = items[which[i]].path; r.path_len = (uint32_t)strlen(r.path);
        r.size = items[which[i]].size; r.mtime_ns = items[which[i]].mtime_ns;
        r.width = imgs[i].width; r.height = imgs[i].height; r.frame = li[i].frame;
        r.slice_position = li[i].has_slice_position ? li[i].slice_position : NAN;
        r.series = li[i].series_uid; r.series_len = (uint32_t)strlen(li[i].series_uid);
        r.instance = li[i].instance_uid; r.instance_len = (uint32_t)strlen(li[i].instance_uid);
        if (idx_record_bytes(h, &r, emb + i * h->embed_dim, &bytes, &nb)) { rc = die(r.path, "path too long or out of memory"); break; }
        if (write_all(out, bytes, nb)) rc = die("write error", strerror(errno));
        free(bytes);
        (*added)++;
    }
    for (i = 0; i < k; i++) loaded_image_free(&li[i]);
    if (!rc && fflush(out) != 0) rc = die("write error", strerror(errno));
    free(which);
    return rc;
}

static int index_command(int argc, char **argv, const image_options *io) {
    const char *model_path = argv[0], *out_path = NULL;
    char tmp_path[IDX_MAX_PATH + 8];
    int f16 = 0, batch = 16, rc = 1, i, rewrite = 0;
    str_list files = {NULL, 0, 0};
    index_item *items = NULL;
    rec_ref *refs = NULL;
    idx_record *recs = NULL;
    size_t n_recs = 0, valid_end = 0, j, added = 0, unchanged = 0, bad = 0, todo = 0, done = 0;
    mapped old = {NULL, 0};
    idx_header h;
    rc_model *model = NULL; rc_ctx *ctx = NULL; rc_error err; rc_model_info info;
    uint64_t hash;
    FILE *out = NULL;
    loaded_image *li = NULL; rc_image *imgs = NULL; float *emb = NULL;
    double t0;
    struct stat st;
    for (i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-o") && i + 1 < argc) out_path = argv[++i];
        else if (!strcmp(argv[i], "--f16")) f16 = 1;
        else if (!strcmp(argv[i], "--batch") && i + 1 < argc) {
            char *end; long b = strtol(argv[++i], &end, 10);
            if (*end || b < 1 || b > 1024) return die("--batch wants a number in 1..1024", argv[i]);
            batch = (int)b;
        } else if (!strncmp(argv[i], "--", 2)) return die("unknown index option", argv[i]);
        else {
            int c = collect_paths(argv[i], &files, 0);
            if (c) { str_list_free(&files); return c == 1 ? die("out of memory", NULL) : 1; }
        }
    }
    if (!out_path) { str_list_free(&files); fprintf(stderr, "usage: rclip index MODEL -o ARCHIVE.idx [--f16] [--batch B] PATH...\n"); return 2; }
    if (files.n == 0) { str_list_free(&files); return die("nothing to index", "no files under the given paths"); }
    if (strlen(out_path) > IDX_MAX_PATH) { str_list_free(&files); return die("output path too long", NULL); }
    snprintf(tmp_path, sizeof tmp_path, "%s.tmp", out_path);
    if (model_hash(model_path, &hash)) { str_list_free(&files); return die(model_path, "cannot read the model file"); }
    if (rc_model_load_mmap(&model, model_path, NULL, &err)) { str_list_free(&files); return die(model_path, err.message); }
    if (rc_ctx_create(&ctx, model, &err)) { die("context", err.message); goto done; }
    info = rc_model_get_info(model);
    h.embed_dim = (uint32_t)info.embed_dim; h.dtype = f16 ? IDX_F16 : IDX_F32; h.model_hash = hash;

    if (stat(out_path, &st) == 0) {                    /* an existing index: resume / update it */
        idx_header oh;
        if (open_index(out_path, 1, &old, &oh, &recs, &n_recs, &valid_end)) goto done;
        if (check_model(out_path, &oh, model_path, hash, info.embed_dim)) goto done;
        if (oh.dtype != h.dtype) { die(out_path, oh.dtype == IDX_F16 ? "holds f16 embeddings: add --f16" : "holds f32 embeddings: drop --f16"); goto done; }
        if (valid_end < old.size) fprintf(stderr, "%s: dropping a torn last record (%zu bytes)\n", out_path, old.size - valid_end);
    }
    if (!(items = (index_item *)calloc(files.n, sizeof *items)) || (n_recs && !(refs = (rec_ref *)malloc(sizeof *refs * n_recs)))) {
        die("out of memory", NULL); goto done;
    }
    for (j = 0; j < n_recs; j++) { refs[j].path = recs[j].path; refs[j].len = recs[j].path_len; refs[j].i = j; }
    if (n_recs) qsort(refs, n_recs, sizeof *refs, cmp_rec_ref);
    {
        rec_ref *seen = (rec_ref *)malloc(sizeof(rec_ref) * files.n);   /* duplicates in the list */
        if (!seen) { die("out of memory", NULL); goto done; }
        for (j = 0; j < files.n; j++) { seen[j].path = files.v[j]; seen[j].len = (uint32_t)strlen(files.v[j]); seen[j].i = j; }
        qsort(seen, files.n, sizeof *seen, cmp_rec_ref);
        for (j = 1; j < files.n; j++)
            if (!cmp_rec_ref(&seen[j - 1], &seen[j])) items[seen[j].i > seen[j - 1].i ? seen[j].i : seen[j - 1].i].state = -1;
        free(seen);
    }
    for (j = 0; j < files.n; j++) {
        index_item *it = &items[j];
        rec_ref key, *hit;
        if (it->state == -1) { it->state = ITEM_UNCHANGED; continue; }    /* listed twice: once */
        it->path = files.v[j];
        if (stat(it->path, &st) != 0 || !S_ISREG(st.st_mode)) {
            fprintf(stderr, "skipped: %s: %s\n", it->path, stat(it->path, &st) != 0 ? strerror(errno) : "not a regular file");
            it->state = ITEM_BAD; bad++;
            continue;
        }
        it->size = (uint64_t)st.st_size;
        it->mtime_ns = (int64_t)st.st_mtim.tv_sec * 1000000000 + st.st_mtim.tv_nsec;
        key.path = it->path; key.len = (uint32_t)strlen(it->path);
        hit = n_recs ? (rec_ref *)bsearch(&key, refs, n_recs, sizeof *refs, cmp_rec_ref) : NULL;
        if (!hit) { it->state = ITEM_NEW; todo++; }
        else if (recs[hit->i].size == it->size && recs[hit->i].mtime_ns == it->mtime_ns) { it->state = ITEM_UNCHANGED; unchanged++; }
        else { it->state = ITEM_CHANGED; todo++; rewrite = 1; recs[hit->i].path_len = 0; }   /* drop the old record */
    }

    /* Append in place (kill -9 leaves at most a torn last record, dropped on the next run), or,
       when a changed file replaces its record, write ARCHIVE.idx.tmp and rename it over. */
    if (!old.data || rewrite) {
        unsigned char hb[IDX_HEADER_BYTES];
        idx_header_bytes(&h, hb);
        if (!(out = fopen(tmp_path, "wb"))) { die(tmp_path, strerror(errno)); goto done; }
        if (write_all(out, hb, sizeof hb)) { die("write error", strerror(errno)); goto done; }
        for (j = 0; j < n_recs; j++)
            if (recs[j].path_len && write_all(out, old.data + recs[j].offset, (size_t)(recs[j].end - recs[j].offset))) {
                die("write error", strerror(errno)); goto done;
            }
        if (fflush(out) != 0 || (!rewrite && (fsync(fileno(out)) != 0 || rename(tmp_path, out_path) != 0))) {
            die(out_path, strerror(errno)); goto done;
        }
    } else {
        if (valid_end < old.size && truncate(out_path, (off_t)valid_end) != 0) { die(out_path, strerror(errno)); goto done; }
        if (!(out = fopen(out_path, "ab"))) { die(out_path, strerror(errno)); goto done; }
    }
    li = (loaded_image *)calloc((size_t)batch, sizeof *li);
    imgs = (rc_image *)calloc((size_t)batch, sizeof *imgs);
    emb = (float *)malloc(sizeof(float) * info.embed_dim * (size_t)batch);
    if (!li || !imgs || !emb) { die("out of memory", NULL); goto done; }
    t0 = now_seconds();
    for (j = 0; j < files.n;) {
        size_t lo = j, n_todo = 0, before = added;
        while (j < files.n && n_todo < (size_t)batch) { n_todo += items[j].state == ITEM_NEW || items[j].state == ITEM_CHANGED; j++; }
        if (!n_todo) continue;
        if (index_batch(ctx, &h, items, lo, j, io, li, imgs, emb, out, &added)) goto done;
        bad += n_todo - (added - before);
        done += n_todo;
        {
            double dt = now_seconds() - t0, rate = dt > 0 ? (double)done / dt : 0.0;
            fprintf(stderr, "\rindex: %zu/%zu images  %.1f images/s  ETA %.0f s   ", done, todo, rate,
                    rate > 0 ? (double)(todo - done) / rate : 0.0);
        }
    }
    if (todo) fprintf(stderr, "\n");
    if (fflush(out) != 0 || fsync(fileno(out)) != 0) { die(out_path, strerror(errno)); goto done; }
    if (fclose(out) != 0) { out = NULL; die(out_path, strerror(errno)); goto done; }
    out = NULL;
    if (rewrite && rename(tmp_path, out_path) != 0) { die(out_path, strerror(errno)); goto done; }
    {
        size_t kept = 0;
        for (j = 0; j < n_recs; j++) kept += recs[j].path_len != 0;
        printf("%s: %zu added, %zu unchanged, %zu unreadable; %zu records\n", out_path, added, unchanged, bad, kept + added);
    }
    rc = 0;
done:
    if (out) { fclose(out); if (rewrite || !old.data) remove(tmp_path); }
    free(li); free(imgs); free(emb); free(items); free(refs); free(recs);
    unmap_file(&old);
    str_list_free(&files);
    rc_ctx_free(ctx); rc_model_free(model);
    return rc;
}

/* A search hit as printed: the record, its score, and (--per-series) its series' size. */
typedef struct shown_hit { size_t id; float score; size_t slices; } shown_hit;

/* The series of a record: its series UID, else its path's directory. */
static void series_of(const idx_record *r, const char **s, size_t *n) {
    size_t k;
    if (r->series_len) { *s = r->series; *n = r->series_len; return; }
    for (k = r->path_len; k > 0 && r->path[k - 1] != '/'; k--) {}
    if (k == 0) { *s = "."; *n = 1; return; }
    *s = r->path; *n = k > 1 ? k - 1 : 1;
}

typedef struct series_key { const idx_record *recs; const float *scores; } series_key;

/* Orders record ids by series, then best score first (ties: lower id). */
static int cmp_by_series(const void *a, const void *b, const series_key *k) {
    size_t x = *(const size_t *)a, y = *(const size_t *)b, nx, ny;
    const char *sx, *sy;
    int c;
    topk_hit hx, hy;
    series_of(&k->recs[x], &sx, &nx); series_of(&k->recs[y], &sy, &ny);
    c = memcmp(sx, sy, nx < ny ? nx : ny);
    if (c || nx != ny) return c ? c : (nx > ny) - (nx < ny);
    hx.score = k->scores[x]; hx.id = x; hy.score = k->scores[y]; hy.id = y;
    return hit_worse(hy, hx) ? -1 : 1;
}

/* qsort has no context argument: a merge sort that passes one. */
static void sort_by_series(size_t *ids, size_t *tmp, size_t n, const series_key *k) {
    size_t m = n / 2, i = 0, j = m, o = 0;
    if (n < 2) return;
    sort_by_series(ids, tmp, m, k); sort_by_series(ids + m, tmp, n - m, k);
    while (i < m && j < n) tmp[o++] = cmp_by_series(&ids[j], &ids[i], k) < 0 ? ids[j++] : ids[i++];
    while (i < m) tmp[o++] = ids[i++];
    while (j < n) tmp[o++] = ids[j++];
    memcpy(ids, tmp, sizeof(size_t) * n);
}

/* The best record of each series, best series first, into hits (at most k). */
static size_t best_per_series(const idx_record *recs, size_t n, const float *scores, size_t k, shown_hit *hits) {
    size_t *ids = (size_t *)malloc(sizeof(size_t) * n), *tmp = (size_t *)malloc(sizeof(size_t) * n), i, g = 0, shown;
    topk_hit *best;
    topk t;
    series_key key;
    if (!ids || !tmp || !(best = (topk_hit *)malloc(sizeof(topk_hit) * (k ? k : 1)))) { free(ids); free(tmp); return (size_t)-1; }
    key.recs = recs; key.scores = scores;
    for (i = 0; i < n; i++) ids[i] = i;
    sort_by_series(ids, tmp, n, &key);
    t.h = best; t.n = 0; t.k = k;
    for (i = 0; i < n; i = g) {
        topk_hit x;
        const char *s0, *s1; size_t n0, n1;
        series_of(&recs[ids[i]], &s0, &n0);
        for (g = i + 1; g < n; g++) {
            series_of(&recs[ids[g]], &s1, &n1);
            if (n1 != n0 || memcmp(s0, s1, n0)) break;
        }
        x.score = scores[ids[i]]; x.id = ids[i];
        tmp[ids[i]] = g - i;                       /* the series' size, by its best record */
        topk_push(&t, x);
    }
    qsort(best, t.n, sizeof *best, hit_better_cmp);
    for (i = 0; i < t.n; i++) { hits[i].id = best[i].id; hits[i].score = best[i].score; hits[i].slices = tmp[best[i].id]; }
    shown = t.n;
    free(ids); free(tmp); free(best);
    return shown;
}

static void print_hit(const idx_record *r, const shown_hit *hit, int rank, int json, int per_series) {
    const char *s; size_t sn;
    series_of(r, &s, &sn);
    if (json) {
        printf("%s{\"rank\": %d, \"score\": %.9g, \"path\": ", rank > 1 ? ",\n " : "", rank, (double)hit->score);
        json_string(stdout, r->path, r->path_len);
        printf(", \"width\": %d, \"height\": %d, \"frame\": %d, ", (int)r->width, (int)r->height, (int)r->frame);
        if (r->slice_position == r->slice_position) printf("\"slice_position\": %.9g, ", r->slice_position);
        printf("\"series\": "); json_string(stdout, s, sn);
        printf(", \"instance\": "); json_string(stdout, r->instance, r->instance_len);
        if (per_series) printf(", \"slices\": %zu", hit->slices);
        printf("}");
        return;
    }
    printf("%d\t%.6f\t%.*s", rank, (double)hit->score, (int)r->path_len, r->path);
    if (r->frame > 0) printf("\tframe %d", (int)r->frame);
    if (r->slice_position == r->slice_position) printf("\tslice %g", r->slice_position);
    if (per_series) printf("\tseries %.*s (%zu slices)", (int)sn, s, hit->slices);
    printf("\n");
}

static int search_usage(void) {
    fprintf(stderr, "usage: rclip [--template T]... search ARCHIVE.idx MODEL [TEXT | --image FILE [--box x0,y0,x1,y1]]\n"
                    "       [--top K] [--json] [--per-series] [--heatmaps DIR]\n");
    return 2;
}

static int search_command(int argc, char **argv, const char **templates, int n_templates, const image_options *io) {
    const char *index_path = argv[0], *model_path = argc > 1 ? argv[1] : NULL, *image_path = NULL, *heat_dir = NULL;
    char *text = NULL;
    int i, rc = 1, json = 0, per_series = 0, has_box = 0;
    long top = 10;
    rc_box box;
    mapped m = {NULL, 0};
    idx_header h;
    idx_record *recs = NULL;
    size_t n_recs = 0, valid_end, j, n_hits = 0;
    const void **rows = NULL;
    float *q = NULL, *scores = NULL;
    topk_hit *hits = NULL;
    shown_hit *shown = NULL;
    uint64_t hash;
    rc_model *model = NULL; rc_ctx *ctx = NULL; rc_error err; rc_model_info info;
    search_rows sr;
    double t0;
    if (!model_path) return search_usage();
    for (i = 2; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "--json")) json = 1;
        else if (!strcmp(a, "--per-series")) per_series = 1;
        else if (!strcmp(a, "--image") || !strcmp(a, "--box") || !strcmp(a, "--top") || !strcmp(a, "--heatmaps")) {
            if (!v) return die(a, "needs a value");
            i++;
            if (!strcmp(a, "--image")) image_path = v;
            else if (!strcmp(a, "--heatmaps")) heat_dir = v;
            else if (!strcmp(a, "--box")) { if (parse_box(v, &box)) return die("--box wants x0,y0,x1,y1", v); has_box = 1; }
            else {
                char *end; top = strtol(v, &end, 10);
                if (*end || top < 1 || top > 1000000) return die("--top wants a number in 1..1000000", v);
            }
        } else if (!strncmp(a, "--", 2)) return die("unknown search option", a);
        else if (text) return die("search takes one TEXT (quote it)", a);
        else text = argv[i];
    }
    if (!text == !image_path) return die("search wants a TEXT or --image FILE (one of them)", NULL);
    if (has_box && !image_path) return die("--box needs --image", NULL);
    if (heat_dir && !text) return die("--heatmaps needs a TEXT query", NULL);
    if (open_index(index_path, 0, &m, &h, &recs, &n_recs, &valid_end)) return 1;
    if (n_recs == 0) { die(index_path, "the index has no records (an empty archive)"); goto done; }
    if (model_hash(model_path, &hash)) { die(model_path, "cannot read the model file"); goto done; }
    if (rc_model_load_mmap(&model, model_path, NULL, &err)) { die(model_path, err.message); goto done; }
    if (rc_ctx_create(&ctx, model, &err)) { die("context", err.message); goto done; }
    info = rc_model_get_info(model);
    if (check_model(index_path, &h, model_path, hash, info.embed_dim)) goto done;
    if (!(q = (float *)malloc(sizeof(float) * 3 * info.embed_dim))) { die("out of memory", NULL); goto done; }
    if (text) {
        if (encode_labels(ctx, info.embed_dim, &text, 1, templates, n_templates, q)) goto done;
    } else {
        loaded_image li;
        int bad;
        if (load_image(image_path, io, &li)) goto done;
        bad = has_box ? rc_encode_regions(ctx, &li.img, &box, 1, NULL, q, q + info.embed_dim, NULL, 1) != RC_OK
                      : rc_encode_images(ctx, &li.img, 1, q, 1) != RC_OK;
        loaded_image_free(&li);
        if (bad) { die(image_path, rc_ctx_error(ctx)); goto done; }
    }
    rows = (const void **)malloc(sizeof(void *) * n_recs);
    hits = (topk_hit *)malloc(sizeof(topk_hit) * (size_t)top);
    shown = (shown_hit *)malloc(sizeof(shown_hit) * (size_t)top);
    scores = per_series ? (float *)malloc(sizeof(float) * n_recs) : NULL;
    if (!rows || !hits || !shown || (per_series && !scores)) { die("out of memory", NULL); goto done; }
    for (j = 0; j < n_recs; j++) rows[j] = recs[j].embedding;
    sr.rows = rows; sr.m = NULL; sr.n = n_recs; sr.dim = h.embed_dim; sr.dtype = h.dtype;
    t0 = now_seconds();
    if ((n_hits = search_topk(q, &sr, (size_t)top, hits, scores)) == (size_t)-1) { die("out of memory", NULL); goto done; }
    fprintf(stderr, "searched %zu records in %.2f ms (%s kernel)\n", n_recs, 1e3 * (now_seconds() - t0), search_kernel_name());
    if (per_series) {
        if ((n_hits = best_per_series(recs, n_recs, scores, (size_t)top, shown)) == (size_t)-1) { die("out of memory", NULL); goto done; }
    } else
        for (j = 0; j < n_hits; j++) { shown[j].id = hits[j].id; shown[j].score = hits[j].score; shown[j].slices = 1; }
    if (json) printf("[");
    for (j = 0; j < n_hits; j++) print_hit(&recs[shown[j].id], &shown[j], (int)j + 1, json, per_series);
    if (json) printf("]\n");
    rc = 0;
    if (heat_dir) {
        if (mkdir(heat_dir, 0777) != 0 && errno != EEXIST) { rc = die(heat_dir, strerror(errno)); goto done; }
        for (j = 0; j < n_hits && !rc; j++) {
            const idx_record *r = &recs[shown[j].id];
            char out[IDX_MAX_PATH + 64], *path = (char *)malloc(r->path_len + 1);
            heatmap_stats st;
            image_options hio = *io;
            if (!path) { rc = die("out of memory", NULL); break; }
            memcpy(path, r->path, r->path_len); path[r->path_len] = 0;
            hio.frame = r->frame;
            snprintf(out, sizeof out, "%s/%zu.png", heat_dir, j + 1);
            rc = heatmap_png(ctx, info, q, path, out, 0.5f, &hio, &st);
            free(path);
        }
    }
done:
    free(q); free(rows); free(hits); free(shown); free(scores); free(recs);
    unmap_file(&m);
    rc_ctx_free(ctx); rc_model_free(model);
    return rc;
}

/* rclip index-export ARCHIVE.idx OUT: the index for other tools (docs/search.md, "Export"):
   OUT.npy the embeddings [records][embed_dim] as stored (<f4 or <f2), OUT.jsonl one JSON object
   per record in row order, OUT.json the index's dimension, type, model hash and record count.
   Each file is written to NAME.tmp and renamed. */
static int export_write(const char *out, const char *ext, const idx_header *h, const idx_record *recs, size_t n) {
    char path[IDX_MAX_PATH + 16], tmp[IDX_MAX_PATH + 24], head[128];
    const size_t row = (size_t)h->embed_dim * idx_elem_bytes(h->dtype);
    size_t i, len;
    FILE *f;
    int bad = 0;
    snprintf(path, sizeof path, "%s.%s", out, ext);
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    if (!(f = fopen(tmp, "wb"))) return die(tmp, strerror(errno));
    if (!strcmp(ext, "npy")) {               /* NPY 1.0: magic, version, header padded to 64 */
        len = (size_t)snprintf(head, sizeof head, "{'descr': '%s', 'fortran_order': False, 'shape': (%zu, %u), }",
                               h->dtype == IDX_F16 ? "<f2" : "<f4", n, h->embed_dim);
        while ((10 + len + 1) % 64) head[len++] = ' ';
        head[len++] = '\n';
        bad = write_all(f, "\x93NUMPY\x01\x00", 8) || fputc((int)(len & 255), f) == EOF || fputc((int)(len >> 8), f) == EOF ||
              write_all(f, head, len);
        for (i = 0; i < n && !bad; i++) bad = write_all(f, recs[i].embedding, row);
    } else if (!strcmp(ext, "jsonl")) {
        for (i = 0; i < n && !bad; i++) {
            const idx_record *r = &recs[i];
            fprintf(f, "{\"row\": %zu, \"path\": ", i);
            json_string(f, r->path, r->path_len);
            fprintf(f, ", \"size\": %llu, \"mtime_ns\": %lld, \"width\": %d, \"height\": %d, \"frame\": %d, \"series\": ",
                    (unsigned long long)r->size, (long long)r->mtime_ns, (int)r->width, (int)r->height, (int)r->frame);
            json_string(f, r->series, r->series_len);
            fprintf(f, ", \"instance\": ");
            json_string(f, r->instance, r->instance_len);
            if (r->slice_position == r->slice_position) fprintf(f, ", \"slice_position\": %.17g}\n", r->slice_position);
            else fprintf(f, ", \"slice_position\": null}\n");
            bad = ferror(f);
        }
    } else {
        fprintf(f, "{\"format\": \"regionclip index export 1\", \"embed_dim\": %u, \"dtype\": \"%s\", "
                   "\"model_hash\": \"%016llx\", \"records\": %zu}\n", h->embed_dim, h->dtype == IDX_F16 ? "f16" : "f32",
                (unsigned long long)h->model_hash, n);
    }
    bad = bad || ferror(f);
    if (fclose(f) != 0 || bad || rename(tmp, path) != 0) {
        remove(tmp);
        return die(path, "write failed");
    }
    return 0;
}

static int export_command(int argc, char **argv) {
    mapped m = {NULL, 0};
    idx_header h;
    idx_record *recs = NULL;
    size_t n = 0, valid_end;
    int rc;
    if (argc != 2) {
        fprintf(stderr, "usage: rclip index-export ARCHIVE.idx OUT   (writes OUT.npy, OUT.jsonl, OUT.json)\n");
        return 2;
    }
    if (open_index(argv[0], 0, &m, &h, &recs, &n, &valid_end)) return 1;
    rc = export_write(argv[1], "npy", &h, recs, n) || export_write(argv[1], "jsonl", &h, recs, n) ||
         export_write(argv[1], "json", &h, recs, n);   /* recs point into m: unmapped after */
    if (!rc) fprintf(stderr, "exported %zu records of %u dimensions to %s.npy, .jsonl, .json\n", n, h.embed_dim, argv[1]);
    free(recs); unmap_file(&m);
    return rc;
}
