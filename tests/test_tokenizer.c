/* test_tokenizer.c — CLIP BPE tokenizer parity against open_clip 3.3.0.

   Builds the rc__bpe from a converted model's GGUF vocabulary (so the converter's vocabulary is
   checked too), tokenizes every string of DATA_DIR/tokenizer_corpus.bin (written by
   tests/gen_tokenizer_corpus.py) and compares the 77 ids with open_clip's; checks invalid
   UTF-8, over-long input, vocabulary validation and allocation failures.
   Prints "tokenizer: N passed, M failed"; exits non-zero on any failure.
   Usage: test_tokenizer MODEL.gguf [DATA_DIR] */
#define REGIONCLIP_IMPLEMENTATION
#include "../regionclip.h"

#include <time.h>
#include "test_util.h"

/* The tokenizer's inputs exactly as the model loader has them: the token and merge strings
   of a converted model's GGUF metadata (tokenizer.ggml.tokens / tokenizer.ggml.merges). */
typedef struct vocab { rc__gguf g; rc__str *tokens, *merges; uint32_t n_tokens, n_merges; } vocab;

static int load_vocab(const unsigned char *buf, size_t size, vocab *v) {
    rc__alloc a = rc__resolve_alloc(NULL);
    rc_error e;
    if (rc__gguf_parse(&v->g, buf, size, &a, &e) ||
        rc__kv_str_array(&v->g, "tokenizer.ggml.tokens", &v->tokens, &v->n_tokens, &a, &e) ||
        rc__kv_str_array(&v->g, "tokenizer.ggml.merges", &v->merges, &v->n_merges, &a, &e)) {
        printf("vocabulary: %s\n", e.message);
        return 0;
    }
    return 1;
}

static void test_corpus(const rc__bpe *bpe, const unsigned char *buf, size_t size, const rc__alloc *a) {
    reader r;
    uint32_t ctx, n_cases, c;
    long compared = 0, mismatches = 0, utf8_ok = 0, utf8_bad = 0, general = 0, sweep = 0, mojibake = 0, mojibake_bad = 0;
    double general_secs = 0, short_secs = 0;
    long n_short = 0;
    int32_t ids[512], expect[512];
    double secs;
    clock_t t0;
    size_t bytes = 0;
    r.p = buf; r.end = buf + size; r.bad = 0;
    if (size < 8 || memcmp(buf, "RCTKCOR1", 8)) { check(0, "corpus header"); return; }
    r.p += 8;
    ctx = rd_u32(&r); n_cases = rd_u32(&r);
    if (r.bad || ctx == 0 || ctx > 512) { check(0, "corpus header"); return; }
    for (c = 0; c < n_cases && !r.bad; c++) {
        uint32_t kind = rd_u32(&r), i;
        rc__str text = rd_str(&r);
        rc_error err;
        int n = -1;
        rc_status st;
        if (kind != 1) for (i = 0; i < ctx; i++) expect[i] = (int32_t)rd_u32(&r);
        if (r.bad || kind > 3) { r.bad = 1; break; }
        err.code = RC_OK; err.message[0] = 0;
        t0 = clock();
        st = rc__bpe_encode(bpe, text.ptr, text.len, ids, (int)ctx, &n, a, &err);
        if (kind == 0) {
            double dt = (double)(clock() - t0) / CLOCKS_PER_SEC;
            general_secs += dt; general++; bytes += text.len;
            if (text.len <= 1000) { short_secs += dt; n_short++; }
        }
        if (kind == 2) sweep++;
        if (kind == 3) {   /* mojibake that ftfy would repair: we match open_clip with fix_encoding=False */
            mojibake++;
            mojibake_bad += st != RC_OK || memcmp(ids, expect, ctx * sizeof(int32_t)) != 0;
            continue;
        }
        if (kind == 1) {
            if (st == RC_ERR_UTF8) utf8_ok++;
            else { utf8_bad++; printf("invalid UTF-8 not rejected (status %s)\n", rc_status_name(st)); print_text(text.ptr, text.len); }
            continue;
        }
        compared++;
        if (st != RC_OK || memcmp(ids, expect, ctx * sizeof(int32_t)) != 0) {
            int want_n = 0;
            while (want_n < (int)ctx && expect[want_n]) want_n++;
            if (++mismatches <= 8) {
                printf("mismatch #%ld (case %u, status %s %s):\n", mismatches, c, rc_status_name(st), err.message);
                print_text(text.ptr, text.len);
                print_ids("expected", expect, want_n);
                print_ids("got     ", ids, n > 0 ? n : 0);
            }
        } else if (n < 2 || ids[n - 1] != (int32_t)bpe->eot_id) {
            mismatches++;
            printf("case %u: n_tokens %d inconsistent with ids\n", c, n);
        }
    }
    secs = general_secs > 0 ? general_secs : 1e-9;
    check(!r.bad, "corpus file well formed");
    printf("parity: %ld strings compared (%ld generated, %ld code point sweep), %ld mismatches\n",
           compared, general, sweep, mismatches);
    printf("excluded (ftfy mojibake repair): %ld strings; vs open_clip with fix_encoding=False: %ld mismatches\n",
           mojibake, mojibake_bad);
    printf("invalid UTF-8: %ld rejected with RC_ERR_UTF8, %ld not\n", utf8_ok, utf8_bad);
    printf("speed (generated strings): %.0f strings/s, %.1f MB/s (%ld strings, %.3f s)\n",
           general / secs, bytes / 1e6 / secs, general, general_secs);
    printf("speed (generated strings <= 1000 bytes): %.0f strings/s (%ld strings)\n",
           n_short / (short_secs > 0 ? short_secs : 1e-9), n_short);
    check(compared > 0 && mismatches == 0, "corpus parity with open_clip");
    check(mojibake_bad == 0, "excluded strings match open_clip with fix_encoding=False");
    check(utf8_bad == 0 && utf8_ok > 0, "invalid UTF-8 rejected");
}

static void test_limits(const rc__bpe *bpe, const rc__alloc *a) {
    size_t n = RC_TEXT_MAX_BYTES + 1, i;
    char *big = (char *)malloc(n);
    int32_t ids[77], one[1];
    int nt = -1;
    rc_error err;
    clock_t t0;
    if (!big) { check(0, "malloc"); return; }
    for (i = 0; i < n; i++) big[i] = "ab c&#;\xc3\xa9"[i % 9];   /* valid UTF-8 */
    check(rc__bpe_encode(bpe, big, n, ids, 77, &nt, a, &err) == RC_ERR_TOO_LONG, "over-long text -> RC_ERR_TOO_LONG");
    /* the largest allowed text works; a hostile single "word" stays fast */
    t0 = clock();
    check(rc__bpe_encode(bpe, big, n - 1, ids, 77, &nt, a, &err) == RC_OK && nt == 77, "1 MB text tokenizes");
    for (i = 0; i < n - 1; i++) big[i] = (char)('a' + (i * 7 + i / 13) % 26);
    check(rc__bpe_encode(bpe, big, n - 1, ids, 77, &nt, a, &err) == RC_OK && nt == 77, "1 MB single word tokenizes");
    big[0] = '&';
    for (i = 1; i + 4 <= n - 1; i += 4) memcpy(big + i, "amp;", 4);
    check(rc__bpe_encode(bpe, big, i, ids, 77, &nt, a, &err) == RC_OK, "deeply nested &amp; tokenizes");
    printf("limits: hostile 1 MB inputs took %.2f s\n", (double)(clock() - t0) / CLOCKS_PER_SEC);
    free(big);
    check(rc__bpe_encode(bpe, "\xff", 1, ids, 77, &nt, a, &err) == RC_ERR_UTF8 && err.code == RC_ERR_UTF8, "0xff -> RC_ERR_UTF8");
    check(rc__bpe_encode(bpe, "x", 1, ids, 0, &nt, a, &err) == RC_ERR_ARG, "context 0 -> RC_ERR_ARG");
    check(rc__bpe_encode(bpe, NULL, 0, ids, 77, &nt, a, &err) == RC_OK && nt == 2 && ids[0] == (int32_t)bpe->sot_id &&
          ids[1] == (int32_t)bpe->eot_id && ids[2] == 0, "empty text -> [SOT, EOT]");
    check(rc__bpe_encode(bpe, "hello world", 11, one, 1, &nt, a, &err) == RC_OK && nt == 1 && one[0] == (int32_t)bpe->eot_id,
          "context 1 -> [EOT] as open_clip");
}

static void test_build_errors(const vocab *v, const rc__alloc *a) {
    rc__str *t = (rc__str *)malloc((v->n_tokens + 1) * sizeof(rc__str));
    rc__str *m = (rc__str *)malloc((v->n_merges + 1) * sizeof(rc__str));
    rc__bpe bpe;
    rc_error err;
    rc__str saved;
    if (!t || !m) { check(0, "malloc"); free(t); free(m); return; }
    memcpy(t, v->tokens, v->n_tokens * sizeof(rc__str));
    memcpy(m, v->merges, v->n_merges * sizeof(rc__str));
    saved = t[1000]; t[1000] = t[999];
    check(rc__bpe_build(&bpe, t, v->n_tokens, m, v->n_merges, a, &err) == RC_ERR_FORMAT, "duplicate token -> RC_ERR_FORMAT");
    t[1000] = saved;
    check(rc__bpe_build(&bpe, t, v->n_tokens - 2, m, v->n_merges, a, &err) == RC_ERR_MISSING, "no specials -> RC_ERR_MISSING");
    check(rc__bpe_build(&bpe, t + 1, v->n_tokens - 1, m, 0, a, &err) == RC_ERR_MISSING, "missing byte token -> RC_ERR_MISSING");
    saved = t[1000]; t[1000].ptr = "\xc3("; t[1000].len = 2;
    check(rc__bpe_build(&bpe, t, v->n_tokens, m, v->n_merges, a, &err) == RC_ERR_FORMAT, "invalid UTF-8 token -> RC_ERR_FORMAT");
    t[1000] = saved;
    saved = m[5]; m[5].ptr = "ab"; m[5].len = 2;
    check(rc__bpe_build(&bpe, t, v->n_tokens, m, v->n_merges, a, &err) == RC_ERR_FORMAT, "merge without space -> RC_ERR_FORMAT");
    m[5].ptr = "q zzzzzz"; m[5].len = 8;
    check(rc__bpe_build(&bpe, t, v->n_tokens, m, v->n_merges, a, &err) == RC_ERR_FORMAT, "merge of non-token -> RC_ERR_FORMAT");
    m[5] = m[4];
    check(rc__bpe_build(&bpe, t, v->n_tokens, m, v->n_merges, a, &err) == RC_ERR_FORMAT, "duplicate merge -> RC_ERR_FORMAT");
    m[5] = saved;
    printf("last build error message: %s\n", err.message);
    free(t); free(m);
}

static void test_alloc_failures(const vocab *v, const rc__bpe *bpe) {
    failing_alloc fa;
    rc__alloc a;
    rc__bpe b2;
    rc_error err;
    int32_t ids[77];
    int nt, ok_build = 0, ok_encode = 0, leaks = 0;
    long k;
    const char *text = "Caf\xc3\xa9 &amp; na\xc3\xafve \xe2\x80\x9cquoted\xe2\x80\x9d 5mm nodules aren't \xce\xa3\xce\xa3 "
                       "supercalifragilistic \xef\xac\x81 \xef\xbc\xa1";
    a.alloc = fa_alloc; a.free = fa_free; a.user = &fa;
    for (k = 0; k < 64; k++) {
        rc_status st;
        fa.count = 0; fa.fail_at = k; fa.live = 0;
        st = rc__bpe_build(&b2, v->tokens, v->n_tokens, v->merges, v->n_merges, &a, &err);
        if (st == RC_OK) { rc__bpe_free(&b2, &a); ok_build = 1; }
        else if (st != RC_ERR_NOMEM) break;
        leaks += fa.live != 0;
        fa.count = 0; fa.fail_at = k; fa.live = 0;
        st = rc__bpe_encode(bpe, text, strlen(text), ids, 77, &nt, &a, &err);
        if (st == RC_OK) ok_encode = 1;
        else if (st != RC_ERR_NOMEM) break;
        leaks += fa.live != 0;
    }
    check(ok_build && ok_encode && leaks == 0 && k == 64, "allocation failures -> RC_ERR_NOMEM, no leaks");
}

int main(int argc, char **argv) {
    const char *dir = argc > 2 ? argv[2] : "build/tokenizer";
    size_t vocab_size = 0, corpus_size = 0;
    unsigned char *vocab_buf = argc > 1 ? read_file("", argv[1], &vocab_size) : NULL;
    unsigned char *corpus_buf = read_file(dir, "tokenizer_corpus.bin", &corpus_size);
    rc__alloc a = rc__resolve_alloc(NULL);
    vocab v;
    rc__bpe bpe;
    rc_error err;
    clock_t t0;
    memset(&v, 0, sizeof v);
    if (!vocab_buf || !corpus_buf || !load_vocab(vocab_buf, vocab_size, &v)) {
        printf("tokenizer: 0 passed, 1 failed (missing or malformed data files)\n");
        return 1;
    }
    t0 = clock();
    check(rc__bpe_build(&bpe, v.tokens, v.n_tokens, v.merges, v.n_merges, &a, &err) == RC_OK, "build the CLIP vocabulary");
    printf("build: %u tokens, %u merges in %.3f s (sot %u, eot %u)\n", v.n_tokens, v.n_merges,
           (double)(clock() - t0) / CLOCKS_PER_SEC, bpe.sot_id, bpe.eot_id);
    check(rc__str_eq(v.tokens[bpe.sot_id], "<start_of_text>"), "SOT id");
    if (g_failed == 0) {
        test_corpus(&bpe, corpus_buf, corpus_size, &a);
        test_limits(&bpe, &a);
        test_build_errors(&v, &a);
        test_alloc_failures(&v, &bpe);
        rc__bpe_free(&bpe, &a);
    }
    free(v.tokens); free(v.merges); rc__gguf_free(&v.g, &a); free(vocab_buf); free(corpus_buf);
    printf("tokenizer: %d passed, %d failed\n", g_passed, g_failed);
    return g_failed != 0;
}
