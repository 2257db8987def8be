/* Golden-file parity: runs a converted model on the inputs stored by tests/gen_golden.py and
   compares every traced stage with the activations PyTorch (open_clip / transformers) wrote.

   usage: test_golden [--type f16|bf16|q8_0|q4_0] MODEL.gguf GOLDEN.gguf
   f32 weights: final embeddings cosine >= 0.99999 and max abs <= 1e-4 per row; intermediate
   stages cosine >= 0.9999, so a wrong block is named, not just a wrong end. --type T: a file
   whose weights are stored as T, compared with the f32 reference: every stage and the final
   embeddings cosine >= the bound in DRIFT below (docs/performance.md "Weight types"). */
#define REGIONCLIP_IMPLEMENTATION
#include "../regionclip.h"
#include <stdio.h>
#include <stdlib.h>

typedef struct golden {
    rc__gguf g;
    void *buf;
    const float *cur_ref;       /* per-trace comparison state */
} golden;

static int n_pass, n_fail;
static double drift_cos;        /* --type: the bound for every stage; 0 for f32 weights */
static const struct { const char *type; double min_cos; } DRIFT[] = {
    {"f16", 0.999}, {"bf16", 0.9995}, {"q8_0", 0.999}, {"q4_0", 0.95}};
static const rc__gguf *G;
static const unsigned char *live;   /* text: [n_seq][ctx_len] 1 = row computed (NULL: vision) */
static int n_seq, ctx_len;

static void *read_file(const char *path, size_t *size) {
    FILE *f = fopen(path, "rb"); long n; void *p;
    if (!f) return NULL;
    fseek(f, 0, SEEK_END); n = ftell(f); fseek(f, 0, SEEK_SET);
    p = malloc((size_t)n + 1);
    if (p && fread(p, 1, (size_t)n, f) != (size_t)n) { free(p); p = NULL; }
    fclose(f);
    *size = (size_t)n;
    return p;
}

static const rc__gguf_tensor *tensor(const char *name) {
    const rc__gguf_tensor *t = rc__gguf_find_tensor(G, name);
    if (!t) { fprintf(stderr, "golden file lacks %s\n", name); exit(2); }
    return t;
}

/* Compares got[rows][dim] with ref rows; rows map through live_len for text stages. */
static void compare(const char *label, const float *got, const float *ref, size_t rows, size_t dim,
                    double min_cos, double max_abs_allowed) {
    double worst_cos = 1.0, max_abs = 0.0; size_t r, k;
    for (r = 0; r < rows; r++) {
        double ab = 0, aa = 0, bb = 0, cs;
        for (k = 0; k < dim; k++) {
            double a = got[r * dim + k], b = ref[r * dim + k], d = a > b ? a - b : b - a;
            ab += a * b; aa += a * a; bb += b * b;
            if (d > max_abs || d != d) max_abs = d != d ? 1e30 : d;
        }
        cs = (aa > 0 && bb > 0) ? ab / sqrt(aa * bb) : (aa == bb ? 1.0 : 0.0);
        if (cs < worst_cos || cs != cs) worst_cos = cs != cs ? -2 : cs;
    }
    if (worst_cos >= min_cos && max_abs <= max_abs_allowed) n_pass++;
    else n_fail++;
    printf("  %-4s %-16s rows %-5zu worst cos %.8f  max abs %.3g\n",
           worst_cos >= min_cos && max_abs <= max_abs_allowed ? "ok" : "FAIL", label, rows, worst_cos, max_abs);
}

static void on_trace(void *user, const char *name, const float *data, size_t count) {
    char key[64]; const rc__gguf_tensor *t; size_t dim;
    int is_final = !strncmp(name, "out.", 4);
    double min_cos = drift_cos > 0 ? drift_cos : (is_final ? 0.99999 : 0.9999);
    double max_abs = (is_final && drift_cos == 0) ? 1e-4 : 1e30;
    (void)user;
    if (!strncmp(name, "out.", 4)) snprintf(key, sizeof key, "%s", name);
    else {
        size_t n = strlen(name);
        snprintf(key, sizeof key, "act.%s", name);
        if (n > 4 && !strcmp(name + n - 4, ".out")) key[strlen(key) - 4] = 0;  /* v.blk.3.out -> act.v.blk.3 */
    }
    t = rc__gguf_find_tensor(G, key);
    if (!t) { printf("  --   %-16s (no reference)\n", key); return; }
    dim = (size_t)t->ne[0];
    if (live && t->n_dims == 3) {    /* text stage [N][C][W] vs packed live rows */
        const float *ref = (const float *)(const void *)t->data;
        float *packed = (float *)malloc(count * sizeof(float));
        size_t off = 0; int s, p;
        for (s = 0; s < n_seq; s++)
            for (p = 0; p < ctx_len; p++)
                if (live[s * ctx_len + p] && off + dim <= count) {
                    memcpy(packed + off, ref + ((size_t)s * ctx_len + p) * dim, dim * sizeof(float));
                    off += dim;
                } else if (live[s * ctx_len + p]) off += dim;
        if (off != count) { printf("  FAIL %s: size %zu vs %zu\n", key, count, off); n_fail++; free(packed); return; }
        compare(key, data, packed, count / dim, dim, min_cos, max_abs);
        free(packed);
        return;
    }
    if ((size_t)t->n_elems != count) { printf("  FAIL %s: %zu values vs %llu\n", key, count, (unsigned long long)t->n_elems); n_fail++; return; }
    compare(key, data, (const float *)(const void *)t->data, count / dim, dim, min_cos, max_abs);
}

int main(int argc, char **argv) {
    rc_model *m = NULL; rc_ctx *c = NULL; rc_error e; rc__gguf g; rc__alloc a = rc__resolve_alloc(NULL);
    size_t gsize; void *gbuf; const rc__gguf_tensor *px, *tok, *ls;
    float *out; int B, N, i; int32_t *ids; unsigned char *keep;
    int argi = 1;
    const char *type = "f32";
    if (argc > 2 && !strcmp(argv[1], "--type")) {
        for (i = 0; i < (int)(sizeof DRIFT / sizeof DRIFT[0]); i++)
            if (!strcmp(argv[2], DRIFT[i].type)) { drift_cos = DRIFT[i].min_cos; type = DRIFT[i].type; }
        if (drift_cos == 0) { fprintf(stderr, "unknown --type %s\n", argv[2]); return 2; }
        argi += 2;
    }
    if (argc - argi != 2) { fprintf(stderr, "usage: test_golden [--type f16|bf16|q8_0|q4_0] MODEL GOLDEN\n"); return 2; }
    if (rc_model_load_mmap(&m, argv[argi], NULL, &e)) { fprintf(stderr, "load %s: %s\n", argv[argi], e.message); return 1; }
    if (rc_ctx_create(&c, m, &e)) { fprintf(stderr, "ctx: %s\n", e.message); return 1; }
    gbuf = read_file(argv[argi + 1], &gsize);
    if (!gbuf || rc__gguf_parse(&g, gbuf, gsize, &a, &e)) { fprintf(stderr, "golden %s unreadable\n", argv[argi + 1]); return 1; }
    G = &g;
    printf("%s (%s weights) vs %s\n", argv[argi], type, argv[argi + 1]);
    rc_ctx_set_trace(c, on_trace, NULL);

    px = tensor("in.pixels");
    B = (int)px->ne[3];
    out = (float *)malloc(sizeof(float) * 64 * 4096);
    if (B > RC_BATCH_CHUNK) { fprintf(stderr, "golden batch too large\n"); return 2; }
    if (rc_encode_pixels(c, (const float *)(const void *)px->data, B, out, 0)) { printf("FAIL encode_pixels: %s\n", rc_ctx_error(c)); n_fail++; }

    tok = tensor("in.tokens");
    N = (int)tok->ne[1]; ctx_len = (int)tok->ne[0]; n_seq = N;
    ids = (int32_t *)(void *)tok->data;
    /* rows the library computes: causal through the first maximal id (the end token),
       BERT every non-padding position */
    keep = (unsigned char *)calloc((size_t)N * ctx_len, 1);
    for (i = 0; i < N; i++) {
        int t, best = 0;
        for (t = 0; t < ctx_len; t++) if (ids[i * ctx_len + t] > ids[i * ctx_len + best]) best = t;
        for (t = 0; t < ctx_len; t++)
            keep[i * ctx_len + t] = m->text_arch == RC__TEXT_BERT ? ids[i * ctx_len + t] != (int32_t)m->wp.pad_id : t <= best;
    }
    live = keep;
    if (rc_encode_tokens(c, ids, N, out, 0)) { printf("FAIL encode_tokens: %s\n", rc_ctx_error(c)); n_fail++; }
    live = NULL;
    free(keep);

    ls = rc__gguf_find_tensor(&g, "out.logit_scale");
    if (ls) {
        float want = *(const float *)(const void *)ls->data, got = rc_model_get_info(m).logit_scale;
        int ok = fabsf(got - want) <= 1e-5f * fabsf(want);
        printf("  %-4s logit_scale %.6f vs %.6f\n", ok ? "ok" : "FAIL", got, want);
        if (ok) n_pass++; else n_fail++;
    }
    rc_ctx_free(c); rc_model_free(m); rc__gguf_free(&g, &a); free(gbuf); free(out);
    printf("golden: %d passed, %d failed\n", n_pass, n_fail);
    return n_fail != 0;
}
