/* test_wordpiece.c — BERT WordPiece parity against transformers.BertTokenizer and open_clip.

   For each vocabulary (bert: BERT-base-uncased; med: trained locally, special tokens at other
   ids) loads DIR/wp_<name>.gguf, a tiny BERT-family model written by tests/gen_wordpiece_corpus.py,
   and compares every string of DIR/wp_<name>_corpus.bin with its reference ids: kinds 0 and 2
   (transformers.BertTokenizer) with the bare tokenizer, kinds 4 and 5 (open_clip's HFTokenizer,
   clean='whitespace') with the open_clip clean turned on, and the same strings once more through
   the public rc_tokenize of the loaded model (whose default clean is open_clip's). Kind 1 must be
   RC_ERR_UTF8. Then: long text, bad models (no vocabulary, no [SEP] / [PAD], unknown tokenizer),
   allocation failures. Prints "wordpiece: N passed, M failed".
   Usage: test_wordpiece DIR */
#define REGIONCLIP_IMPLEMENTATION
#include "../regionclip.h"

#include <time.h>
#include "test_util.h"

#define MAX_CTX 512

/* The model's tokenizer with the open_clip clean switched on or off (shares the index). */
static rc__wordpiece with_clean(const rc_model *m, int clean) {
    rc__wordpiece wp = m->wp;
    wp.clean_whitespace = clean;
    return wp;
}

static int same_row(const int32_t *got, int n_got, const int32_t *want, int n_want, int ctx, int32_t pad) {
    int i;
    if (n_got != n_want || memcmp(got, want, (size_t)n_want * sizeof(int32_t))) return 0;
    for (i = n_want; i < ctx; i++) if (got[i] != pad) return 0;
    return 1;
}

static void report(long *mismatches, uint32_t c, const rc__str *text, rc_status st, const char *msg,
                   const int32_t *want, int n_want, const int32_t *got, int n_got) {
    if (++*mismatches > 6) return;
    printf("mismatch (case %u, status %s %s):\n", c, rc_status_name(st), msg);
    print_text(text->ptr, text->len);
    print_ids("expected", want, n_want);
    print_ids("got     ", got, n_got > 0 ? n_got : 0);
}

static void test_corpus(const char *name, rc_model *model, const unsigned char *buf, size_t size) {
    rc__alloc a = rc__resolve_alloc(NULL);
    rc__wordpiece bare = with_clean(model, 0), oc = with_clean(model, 1);
    rc_ctx *ctx = NULL;
    rc_error err;
    reader r;
    uint32_t C, n_cases, c;
    long compared[6] = {0}, bad[6] = {0}, api_compared = 0, api_bad = 0, n_general = 0;
    int32_t ids[MAX_CTX], api_ids[1024], want[MAX_CTX];
    double secs = 0;
    int model_ctx = rc_model_get_info(model).context_length;
    r.p = buf; r.end = buf + size; r.bad = 0;
    if (size < 8 || memcmp(buf, "RCWPCOR1", 8) || rc_ctx_create(&ctx, model, &err)) { check(0, "corpus header / context"); return; }
    r.p += 8;
    C = rd_u32(&r); n_cases = rd_u32(&r);
    if (r.bad || C < 2 || C > MAX_CTX || model_ctx > 1024) { check(0, "corpus header"); rc_ctx_free(ctx); return; }
    for (c = 0; c < n_cases && !r.bad; c++) {
        uint32_t kind = rd_u32(&r), n_want, i;
        rc__str text = rd_str(&r);
        int n = -1;
        rc_status st;
        clock_t t0;
        n_want = rd_u32(&r);
        if (r.bad || kind > 5 || n_want > C) { r.bad = 1; break; }
        for (i = 0; i < n_want; i++) want[i] = (int32_t)rd_u32(&r);
        err.code = RC_OK; err.message[0] = 0;
        t0 = clock();
        st = rc__wp_encode(kind >= 4 ? &oc : &bare, text.ptr, text.len, ids, (int)C, &n, &a, &err);
        if (kind == 0) { secs += (double)(clock() - t0) / CLOCKS_PER_SEC; n_general++; }
        compared[kind]++;
        if (kind == 1) {
            if (st != RC_ERR_UTF8) { bad[1]++; printf("invalid UTF-8 not rejected (%s)\n", rc_status_name(st)); print_text(text.ptr, text.len); }
            continue;
        }
        if (st != RC_OK || !same_row(ids, n, want, (int)n_want, (int)C, (int32_t)bare.pad_id))
            report(&bad[kind], c, &text, st, err.message, want, (int)n_want, ids, n);
        /* the public path: model context, open_clip clean by default; untruncated strings only */
        if (kind >= 4 && n_want < C) {
            api_compared++;
            st = rc_tokenize(ctx, text.ptr, text.len, api_ids, &n);
            if (st != RC_OK || !same_row(api_ids, n, want, (int)n_want, model_ctx, (int32_t)bare.pad_id))
                report(&api_bad, c, &text, st, rc_ctx_error(ctx), want, (int)n_want, api_ids, n);
        }
    }
    check(!r.bad, "corpus file well formed");
    printf("%s: transformers.BertTokenizer: %ld generated strings, %ld mismatches; code point sweep: %ld strings, "
           "%ld mismatches\n", name, compared[0], bad[0], compared[2], bad[2]);
    printf("%s: open_clip HFTokenizer: %ld strings, %ld mismatches; %ld mojibake strings vs fix_encoding=False, %ld "
           "mismatches; via rc_tokenize: %ld strings, %ld mismatches\n", name, compared[4], bad[4], compared[5], bad[5],
           api_compared, api_bad);
    printf("%s: invalid UTF-8: %ld strings, %ld not rejected; speed %.0f strings/s (generated strings)\n", name,
           compared[1], bad[1], n_general / (secs > 0 ? secs : 1e-9));
    check(compared[0] > 0 && bad[0] == 0, "parity with transformers.BertTokenizer");
    check(compared[2] > 0 && bad[2] == 0, "code point sweep parity");
    check(compared[4] > 0 && bad[4] == 0 && bad[5] == 0, "parity with open_clip's HFTokenizer");
    check(api_compared > 0 && api_bad == 0, "rc_tokenize parity");
    check(compared[1] > 0 && bad[1] == 0, "invalid UTF-8 rejected");
    rc_ctx_free(ctx);
}

/* Long text is truncated to the context with [SEP] last; beyond RC_TEXT_MAX_BYTES it is an error. */
static void test_limits(rc_model *model) {
    rc__alloc a = rc__resolve_alloc(NULL);
    rc__wordpiece wp = with_clean(model, 0);
    size_t n = RC_TEXT_MAX_BYTES + 1, i;
    char *big = (char *)malloc(n);
    int32_t ids[256];
    int nt = -1;
    rc_error err;
    clock_t t0 = clock();
    if (!big) { check(0, "malloc"); return; }
    for (i = 0; i < n; i++) big[i] = "nodule \xc3\xa9. "[i % 12];
    big[n - 2] = ' ';
    check(rc__wp_encode(&wp, big, n, ids, 256, &nt, &a, &err) == RC_ERR_TOO_LONG, "over-long text -> RC_ERR_TOO_LONG");
    check(rc__wp_encode(&wp, big, n - 1, ids, 256, &nt, &a, &err) == RC_OK && nt == 256 &&
          ids[0] == (int32_t)wp.cls_id && ids[255] == (int32_t)wp.sep_id, "1 MB text truncated, [SEP] last");
    memset(big, 'a', n - 1);
    check(rc__wp_encode(&wp, big, n - 1, ids, 256, &nt, &a, &err) == RC_OK && nt == 3 && ids[1] == (int32_t)wp.unk_id,
          "1 MB single word -> [CLS] [UNK] [SEP]");
    printf("limits: 1 MB inputs took %.2f s\n", (double)(clock() - t0) / CLOCKS_PER_SEC);
    free(big);
    check(rc__wp_encode(&wp, "x", 1, ids, 1, &nt, &a, &err) == RC_ERR_ARG, "context 1 -> RC_ERR_ARG");
    check(rc__wp_encode(&wp, "hello world", 11, ids, 2, &nt, &a, &err) == RC_OK && nt == 2 &&
          ids[0] == (int32_t)wp.cls_id && ids[1] == (int32_t)wp.sep_id, "context 2 -> [CLS] [SEP]");
    check(rc__wp_encode(&wp, NULL, 0, ids, 8, &nt, &a, &err) == RC_OK && nt == 2 && ids[2] == (int32_t)wp.pad_id,
          "empty text -> [CLS] [SEP] [PAD]...");
}

/* A copy of buf with the first occurrence of `from` replaced by `to` (same length). */
static unsigned char *replaced(const unsigned char *buf, size_t size, const char *from, const char *to) {
    size_t k = strlen(from), i;
    unsigned char *b = (unsigned char *)malloc(size);
    if (!b) return NULL;
    memcpy(b, buf, size);
    for (i = 0; i + k <= size; i++)
        if (!memcmp(b + i, from, k)) { memcpy(b + i, to, k); return b; }
    free(b);
    return NULL;
}

static void expect_load(const unsigned char *buf, size_t size, const char *from, const char *to, rc_status want,
                        const char *what) {
    unsigned char *b = replaced(buf, size, from, to);
    rc_model *m = NULL;
    rc_error err;
    rc_status st = b ? rc_model_load_memory(&m, b, size, NULL, &err) : RC_ERR_ARG;
    if (st != want) printf("%s: got %s (%s)\n", what, rc_status_name(st), b ? err.message : "pattern not found");
    else printf("%s: %s\n", what, err.message);
    check(st == want && !m, what);
    rc_model_free(m);
    free(b);
}

static void test_bad_models(const unsigned char *buf, size_t size) {
    expect_load(buf, size, "tokenizer.ggml.tokens", "tokenizer.ggml.tokenz", RC_ERR_MISSING, "no vocabulary -> RC_ERR_MISSING");
    expect_load(buf, size, "[SEP]", "[SEQ]", RC_ERR_MISSING, "no [SEP] -> RC_ERR_MISSING");
    expect_load(buf, size, "[PAD]", "[PAF]", RC_ERR_MISSING, "no [PAD] -> RC_ERR_MISSING");
    expect_load(buf, size, "bert_wordpiece", "bert_wordpieca", RC_ERR_UNSUPPORTED, "unknown tokenizer -> RC_ERR_UNSUPPORTED");
}

static void test_alloc_failures(const unsigned char *buf, size_t size) {
    failing_alloc fa;
    rc_allocator al;
    int ok = 0, leaks = 0, wrong = 0;
    long k;
    const char *text = "Caf\xc3\xa9 &amp; [CLS] na\xc3\xafve \xe4\xb8\xad\xe6\x96\x87 5mm nodules supercalifragilistic";
    al.alloc = fa_alloc; al.free = fa_free; al.user = &fa;
    for (k = 0; k < 200 && !ok; k++) {
        rc_model *m = NULL;
        rc_ctx *ctx = NULL;
        rc_error err;
        int32_t ids[256];
        rc_status st;
        fa.count = 0; fa.fail_at = k; fa.live = 0;
        st = rc_model_load_memory(&m, buf, size, &al, &err);
        if (st == RC_OK) st = rc_ctx_create(&ctx, m, &err);
        if (st == RC_OK) { st = rc_tokenize(ctx, text, (size_t)-1, ids, NULL); ok = st == RC_OK; }
        wrong += st != RC_OK && st != RC_ERR_NOMEM;
        rc_ctx_free(ctx);
        rc_model_free(m);
        leaks += fa.live != 0;
    }
    check(ok && !wrong && !leaks, "allocation failures -> RC_ERR_NOMEM, no leaks");
}

int main(int argc, char **argv) {
    static const char *const names[] = { "bert", "med" };
    const char *dir = argc > 1 ? argv[1] : "build/wordpiece";
    int v;
    for (v = 0; v < 2; v++) {
        char model_name[64], corpus_name[64];
        size_t model_size = 0, corpus_size = 0;
        unsigned char *model_buf, *corpus_buf;
        rc_model *model = NULL;
        rc_error err;
        snprintf(model_name, sizeof model_name, "wp_%s.gguf", names[v]);
        snprintf(corpus_name, sizeof corpus_name, "wp_%s_corpus.bin", names[v]);
        model_buf = read_file(dir, model_name, &model_size);
        corpus_buf = read_file(dir, corpus_name, &corpus_size);
        if (!model_buf || !corpus_buf || rc_model_load_memory(&model, model_buf, model_size, NULL, &err)) {
            printf("%s: %s\n", names[v], model_buf && corpus_buf ? err.message : "missing data files");
            check(0, "load the model");
        } else {
            printf("%s: %d tokens; [CLS] %u [SEP] %u [PAD] %u [UNK] %u\n", names[v], rc_model_get_info(model).vocab_size,
                   model->wp.cls_id, model->wp.sep_id, model->wp.pad_id, model->wp.unk_id);
            test_corpus(names[v], model, corpus_buf, corpus_size);
            if (v == 0) test_limits(model);
            if (v == 1) { test_bad_models(model_buf, model_size); test_alloc_failures(model_buf, model_size); }
        }
        rc_model_free(model);
        free(model_buf); free(corpus_buf);
    }
    printf("wordpiece: %d passed, %d failed\n", g_passed, g_failed);
    return g_failed != 0;
}
