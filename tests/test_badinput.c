/* Bad input: a catalogue of malformed weight files made by mutating a valid one in memory,
   bad calls, and allocation failure at every allocation of a load. Each case expects one
   specific status; nothing may crash, leak or succeed. Run under ASan + UBSan by make test.

   usage: test_badinput VALID_MODEL.gguf [VALID_BERT_MODEL.gguf] */
#define REGIONCLIP_IMPLEMENTATION
#include "../regionclip.h"
#include <stdio.h>
#include <stdlib.h>

static int n_pass, n_fail;
static unsigned char *orig; static size_t orig_size;

static void expect(const char *what, rc_status got, rc_status want, const char *msg) {
    if (got == want) n_pass++;
    else {
        n_fail++;
        printf("FAIL %-48s got %s, want %s (%s)\n", what, rc_status_name(got), rc_status_name(want), msg ? msg : "");
    }
}

/* Loads buf[0..size) from memory; returns the status (frees the model on success). */
static rc_status load(const unsigned char *buf, size_t size, char *msg) {
    rc_model *m = NULL; rc_error e; rc_status s;
    s = rc_model_load_memory(&m, buf, size, NULL, &e);
    if (msg) { strncpy(msg, e.message, 255); msg[255] = 0; }
    if (s == RC_OK && e.code != RC_OK) { printf("FAIL: status/err mismatch\n"); n_fail++; }
    if (s != RC_OK && m) { printf("FAIL: model returned on error\n"); n_fail++; }
    if (s != RC_OK && e.message[0] == 0) { printf("FAIL: error without a message\n"); n_fail++; }
    rc_model_free(m);
    return s;
}

/* A mutated copy of the valid file. */
static unsigned char *copy(void) {
    unsigned char *b = (unsigned char *)malloc(orig_size);
    memcpy(b, orig, orig_size);
    return b;
}
static void put32(unsigned char *p, uint32_t v) { int i; for (i = 0; i < 4; i++) p[i] = (unsigned char)(v >> (8 * i)); }
static void put64(unsigned char *p, uint64_t v) { int i; for (i = 0; i < 8; i++) p[i] = (unsigned char)(v >> (8 * i)); }

/* Loads a copy with `width` bytes at `at` replaced by value; the status must be `want` and,
   when `words` is not NULL, the message must contain it. */
static void mutate_expect_msg(const char *what, size_t at, int width, uint64_t value, rc_status want,
                              const char *words) {
    unsigned char *b = copy(); char msg[256];
    if (width == 4) put32(b + at, (uint32_t)value); else if (width == 8) put64(b + at, value); else b[at] = (unsigned char)value;
    expect(what, load(b, orig_size, msg), want, msg);
    if (words && !strstr(msg, words)) { n_fail++; printf("FAIL %-48s message '%s' lacks '%s'\n", what, msg, words); }
    free(b);
}
static void mutate_expect(const char *what, size_t at, int width, uint64_t value, rc_status want) {
    mutate_expect_msg(what, at, width, value, want, NULL);
}
static uint32_t f32_bits(float f) { uint32_t u; memcpy(&u, &f, 4); return u; }

/* Offsets of a tensor's info fields, found with the library's own parser. */
typedef struct tinfo { size_t name, n_dims, ne0, type, offset; } tinfo;
static tinfo tensor_info(const rc__gguf *g, const char *name) {
    const rc__gguf_tensor *t = rc__gguf_find_tensor(g, name);
    tinfo ti;
    ti.name = (size_t)((const unsigned char *)t->name.ptr - orig);
    ti.n_dims = ti.name + t->name.len;
    ti.ne0 = ti.n_dims + 4;
    ti.type = ti.ne0 + 8 * t->n_dims;
    ti.offset = ti.type + 4;
    return ti;
}
static size_t kv_value(const rc__gguf *g, const char *key) {
    return (size_t)(rc__gguf_find_kv(g, key)->value - orig);
}
static size_t kv_key(const rc__gguf *g, const char *key) {
    return (size_t)((const unsigned char *)rc__gguf_find_kv(g, key)->key.ptr - orig);
}

/* Allocator that fails at allocation number `fail_at` (counting from 0). */
typedef struct counting { long count, fail_at, live; } counting;
static void *c_alloc(void *u, size_t n) {
    counting *c = (counting *)u;
    if (c->count++ == c->fail_at) return NULL;
    c->live++;
    return malloc(n);
}
static void c_free(void *u, void *p) { ((counting *)u)->live--; free(p); }

static void file_catalogue(void) {
    rc__gguf g; rc__alloc a = rc__resolve_alloc(NULL); rc_error e;
    size_t data_start, data_end, cut, step; uint64_t i; tinfo qkv; char msg[256]; int bad_trunc = 0, n_trunc = 0;
    unsigned char *b;
    if (rc__gguf_parse(&g, orig, orig_size, &a, &e)) { printf("FAIL valid file does not parse: %s\n", e.message); n_fail++; return; }
    expect("valid file loads", load(orig, orig_size, msg), RC_OK, msg);

    /* truncation everywhere in the header and tables, sampled in the data */
    data_start = orig_size; data_end = 0;
    for (i = 0; i < g.n_tensors; i++) {
        size_t at = (size_t)(g.tensors[i].data - orig);
        if (at < data_start) data_start = at;
        if (at + g.tensors[i].nbytes > data_end) data_end = at + g.tensors[i].nbytes;
    }
    for (cut = 0; cut < orig_size; cut += step) {
        rc_status s = load(orig, cut, msg);
        rc_status want = cut < data_start ? RC_ERR_TRUNCATED : cut < data_end ? RC_ERR_BOUNDS : RC_OK;
        step = cut < 2048 ? 1 : cut + 64 >= data_start && cut < data_start + 64 ? 1 :
               cut < data_start ? data_start / 1500 + 1 : (orig_size - data_start) / 200 + 1;
        n_trunc++;
        if (s != want) {
            if (bad_trunc++ < 5) printf("FAIL truncated at %zu of %zu: %s (%s)\n", cut, orig_size, rc_status_name(s), msg);
        }
    }
    if (bad_trunc) n_fail++; else n_pass++;
    printf("  truncations tried: %d, wrong status: %d\n", n_trunc, bad_trunc);

    mutate_expect("bad magic", 0, 1, 'X', RC_ERR_MAGIC);
    mutate_expect("version 2", 4, 4, 2, RC_ERR_VERSION);
    mutate_expect("version 4", 4, 4, 4, RC_ERR_VERSION);
    mutate_expect("absurd tensor count", 8, 8, (uint64_t)1 << 60, RC_ERR_TRUNCATED);
    mutate_expect("absurd key count", 16, 8, (uint64_t)1 << 62, RC_ERR_TRUNCATED);
    mutate_expect("key length past the end", 24, 8, (uint64_t)-1, RC_ERR_TRUNCATED);
    mutate_expect("unknown value type", kv_value(&g, "regionclip.family") - 4, 4, 77, RC_ERR_FORMAT);
    mutate_expect("string length past the end", kv_value(&g, "regionclip.family"), 8, (uint64_t)1 << 40, RC_ERR_TRUNCATED);
    mutate_expect("wrong metadata type", kv_value(&g, "regionclip.embed_dim") - 4, 4, RC__GGUF_FLOAT32, RC_ERR_FORMAT);
    mutate_expect("missing metadata key", kv_key(&g, "regionclip.embed_dim"), 1, 'X', RC_ERR_MISSING);
    mutate_expect("architecture not regionclip", kv_value(&g, "general.architecture") + 8, 1, 'X', RC_ERR_UNSUPPORTED);
    mutate_expect("non-finite ln_eps", kv_value(&g, "regionclip.vision.ln_eps"), 4, 0x7fc00000u, RC_ERR_VALUE);
    mutate_expect("zero embed_dim", kv_value(&g, "regionclip.embed_dim"), 4, 0, RC_ERR_VALUE);
    mutate_expect("heads do not divide width", kv_value(&g, "regionclip.vision.heads"), 4, 3, RC_ERR_VALUE);
    mutate_expect("absurd width", kv_value(&g, "regionclip.vision.width"), 4, 0x7fffffffu, RC_ERR_VALUE);
    mutate_expect("vocab size disagrees", kv_value(&g, "regionclip.text.vocab_size"), 4, 1000, RC_ERR_SHAPE);
    mutate_expect("huge logit_scale", kv_value(&g, "regionclip.logit_scale"), 4, f32_bits(1e30f), RC_ERR_VALUE);
    mutate_expect("huge negative logit_scale", kv_value(&g, "regionclip.logit_scale"), 4, f32_bits(-1e30f), RC_ERR_VALUE);
    mutate_expect("NaN logit_scale", kv_value(&g, "regionclip.logit_scale"), 4, 0x7fc00000u, RC_ERR_VALUE);
    mutate_expect("infinite logit_scale", kv_value(&g, "regionclip.logit_scale"), 4, 0x7f800000u, RC_ERR_VALUE);
    mutate_expect("NaN image_mean", kv_value(&g, "regionclip.vision.image_mean"), 4, 0x7fc00000u, RC_ERR_VALUE);
    mutate_expect("zero image_std", kv_value(&g, "regionclip.vision.image_std") + 4, 4, 0, RC_ERR_VALUE);
    mutate_expect("denormal image_std", kv_value(&g, "regionclip.vision.image_std"), 4, 1, RC_ERR_VALUE);
    mutate_expect("4096 / 16: 256 patches per side", kv_value(&g, "regionclip.vision.image_size"), 4, 4096, RC_ERR_VALUE);
    {   /* every size in range, together 17 GB of scratch: refused before any tensor is read */
        unsigned char *b = copy(); char msg[256];
        put32(b + kv_value(&g, "regionclip.text.mlp_dim"), 65536);
        put32(b + kv_value(&g, "regionclip.text.context_length"), 8192);
        expect("absurd scratch (mlp 65536, context 8192)", load(b, orig_size, msg), RC_ERR_VALUE, msg);
        if (!strstr(msg, "scratch")) { n_fail++; printf("FAIL scratch message: %s\n", msg); }
        free(b);
    }

    qkv = tensor_info(&g, "v.blk.0.attn_qkv.weight");
    mutate_expect("tensor with 5 dimensions", qkv.n_dims, 4, 5, RC_ERR_FORMAT);
    mutate_expect("tensor with 0-size dimension", qkv.ne0, 8, 0, RC_ERR_FORMAT);
    mutate_expect("overflowing dimensions", qkv.ne0, 8, (uint64_t)1 << 62, RC_ERR_OVERFLOW);
    mutate_expect("unknown tensor type", qkv.type, 4, 99, RC_ERR_DTYPE);
    mutate_expect("unsupported tensor type (Q4_1)", qkv.type, 4, 3, RC_ERR_DTYPE);
    mutate_expect("misaligned tensor offset", qkv.offset, 8, rc__le64(orig + qkv.offset) + 4, RC_ERR_ALIGN);
    mutate_expect("tensor outside the file", qkv.offset, 8, (uint64_t)1 << 40, RC_ERR_BOUNDS);
    mutate_expect_msg("tensors sharing bytes", qkv.offset, 8,
                      rc__le64(orig + tensor_info(&g, "v.blk.0.attn_out.weight").offset), RC_ERR_BOUNDS, "share bytes");
    mutate_expect("tensor shape disagrees", qkv.ne0, 8, 32, RC_ERR_SHAPE);
    mutate_expect("missing tensor", qkv.name, 1, 'X', RC_ERR_MISSING);
    mutate_expect("duplicate tensor name", tensor_info(&g, "v.blk.1.attn_qkv.weight").name + 6, 1, '0', RC_ERR_FORMAT);

    /* alignment key set to a non power of two: append-free rewrite is not possible, so
       reuse the parser on a hand-made minimal file instead */
    {
        unsigned char mini[128]; size_t p = 0; rc__gguf mg;
        memcpy(mini, "GGUF", 4); p = 4; put32(mini + p, 3); p += 4; put64(mini + p, 0); p += 8; put64(mini + p, 1); p += 8;
        put64(mini + p, 17); p += 8; memcpy(mini + p, "general.alignment", 17); p += 17;
        put32(mini + p, RC__GGUF_UINT32); p += 4; put32(mini + p, 3); p += 4;
        expect("alignment not a power of two", rc__gguf_parse(&mg, mini, p, &a, &e), RC_ERR_ALIGN, e.message);
        put32(mini + p - 4, 64);
        expect("minimal file with 64-byte alignment parses", rc__gguf_parse(&mg, mini, p, &a, &e), RC_OK, e.message);
        rc__gguf_free(&mg, &a);
        expect("minimal file is not a model", load(mini, p, msg), RC_ERR_MISSING, msg);
    }
    /* unaligned caller buffer: must still load (f32 data copied, not misread) */
    b = (unsigned char *)malloc(orig_size + 1);
    memcpy(b + 1, orig, orig_size);
    expect("unaligned memory buffer loads", load(b + 1, orig_size, msg), RC_OK, msg);
    free(b);
    rc__gguf_free(&g, &a);
}

static void call_catalogue(const char *path) {
    rc_model *m = NULL; rc_ctx *c = NULL; rc_error e; rc_model_info info;
    int32_t ids[256]; float emb[64 * 4], probs[4]; uint8_t px[1] = {0};
    rc_image img; const char *texts[2]; char *big; float nanv[4]; int idx[4], n;
    memset(&img, 0, sizeof img);
    expect("load NULL path", rc_model_load_file(&m, NULL, NULL, &e), RC_ERR_ARG, e.message);
    expect("load missing file", rc_model_load_file(&m, "/nonexistent/x.gguf", NULL, &e), RC_ERR_IO, e.message);
    expect("mmap missing file", rc_model_load_mmap(&m, "/nonexistent/x.gguf", NULL, &e), RC_ERR_IO, e.message);
    {                                  /* an empty file: nothing to map, as the empty buffer */
        FILE *f = fopen("badinput-empty.gguf", "wb");
        if (f) fclose(f);
        expect("mmap empty file", rc_model_load_mmap(&m, "badinput-empty.gguf", NULL, &e), RC_ERR_TRUNCATED, e.message);
        expect("load empty file", rc_model_load_file(&m, "badinput-empty.gguf", NULL, &e), RC_ERR_TRUNCATED, e.message);
        remove("badinput-empty.gguf");
    }
    expect("load NULL out", rc_model_load_memory(NULL, orig, orig_size, NULL, &e), RC_ERR_ARG, e.message);
    expect("load NULL data", rc_model_load_memory(&m, NULL, 10, NULL, &e), RC_ERR_ARG, e.message);
    expect("load empty buffer", rc_model_load_memory(&m, orig, 0, NULL, &e), RC_ERR_TRUNCATED, e.message);
    expect("load from file", rc_model_load_file(&m, path, NULL, &e), RC_OK, e.message);
    rc_model_free(m);
    expect("load by mmap", rc_model_load_mmap(&m, path, NULL, &e), RC_OK, e.message);
    expect("ctx NULL model", rc_ctx_create(&c, NULL, &e), RC_ERR_ARG, e.message);
    expect("ctx", rc_ctx_create(&c, m, &e), RC_OK, e.message);
    info = rc_model_get_info(m);

    expect("tokenize NULL text", rc_tokenize(c, NULL, 0, ids, &n), RC_ERR_ARG, rc_ctx_error(c));
    expect("tokenize invalid UTF-8", rc_tokenize(c, "ab\xff\xfe", 4, ids, &n), RC_ERR_UTF8, rc_ctx_error(c));
    expect("tokenize overlong UTF-8", rc_tokenize(c, "\xc0\xaf", 2, ids, &n), RC_ERR_UTF8, rc_ctx_error(c));
    expect("tokenize surrogate", rc_tokenize(c, "\xed\xa0\x80", 3, ids, &n), RC_ERR_UTF8, rc_ctx_error(c));
    big = (char *)malloc(RC_TEXT_MAX_BYTES + 2);
    memset(big, 'a', RC_TEXT_MAX_BYTES + 1); big[RC_TEXT_MAX_BYTES + 1] = 0;
    expect("tokenize text over the limit", rc_tokenize(c, big, (size_t)-1, ids, &n), RC_ERR_TOO_LONG, rc_ctx_error(c));
    memset(big, ' ', 100000); memcpy(big + 100000, "x", 2);
    expect("tokenize long text (truncates)", rc_tokenize(c, "word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word", (size_t)-1, ids, &n), RC_OK, rc_ctx_error(c));
    expect("truncated text keeps the end token last", n == info.context_length && ids[n - 1] == info.vocab_size - 1 ? RC_OK : RC_ERR_VALUE, RC_OK, "");
    free(big);
    texts[0] = "fine"; texts[1] = NULL;
    expect("encode_texts NULL entry", rc_encode_texts(c, texts, 2, emb, 1), RC_ERR_ARG, rc_ctx_error(c));
    memset(ids, 0, sizeof ids); ids[0] = info.vocab_size;
    expect("token id outside the vocabulary", rc_encode_tokens(c, ids, 1, emb, 1), RC_ERR_VALUE, rc_ctx_error(c));
    ids[0] = -1;
    expect("negative token id", rc_encode_tokens(c, ids, 1, emb, 1), RC_ERR_VALUE, rc_ctx_error(c));
    expect("encode_pixels NULL", rc_encode_pixels(c, NULL, 1, emb, 1), RC_ERR_ARG, rc_ctx_error(c));

    memset(&img, 0, sizeof img);
    img.pixels = px; img.width = 0; img.height = 1; img.stride = 3; img.format = RC_PIXEL_RGB8;
    expect("zero-width image", rc_encode_images(c, &img, 1, emb, 1), RC_ERR_IMAGE, rc_ctx_error(c));
    img.width = 1; img.stride = 2;
    expect("stride too small", rc_encode_images(c, &img, 1, emb, 1), RC_ERR_IMAGE, rc_ctx_error(c));
    img.pixels = NULL; img.stride = 3;
    expect("NULL pixels", rc_encode_images(c, &img, 1, emb, 1), RC_ERR_ARG, rc_ctx_error(c));
    img.pixels = px; img.format = (rc_pixel_format)7;
    expect("unknown pixel format", rc_encode_images(c, &img, 1, emb, 1), RC_ERR_IMAGE, rc_ctx_error(c));
    img.format = RC_PIXEL_GRAY16; img.stride = 2; img.window_width = 10.0f; img.window_center = 0.0f / 0.0f;
    expect("NaN window", rc_encode_images(c, &img, 1, emb, 1), RC_ERR_VALUE, rc_ctx_error(c));

    img.window_center = 100.0f; img.window_width = 1.0f / 0.0f;
    expect("infinite window width", rc_encode_images(c, &img, 1, emb, 1), RC_ERR_VALUE, rc_ctx_error(c));

    /* NaN/Inf reaching the encoders or the scoring functions: RC_ERR_VALUE, nothing computed */
    {
        size_t per = (size_t)3 * info.image_size * info.image_size;
        float *pix = (float *)calloc(per, sizeof(float));
        expect("encode_pixels zeros", rc_encode_pixels(c, pix, 1, emb, 1), RC_OK, rc_ctx_error(c));
        pix[per / 2] = 0.0f / 0.0f;
        expect("encode_pixels with a NaN pixel", rc_encode_pixels(c, pix, 1, emb, 1), RC_ERR_VALUE, rc_ctx_error(c));
        pix[per / 2] = -1.0f / 0.0f;
        expect("encode_pixels with an infinite pixel", rc_encode_pixels(c, pix, 1, emb, 1), RC_ERR_VALUE, rc_ctx_error(c));
        free(pix);
    }
    nanv[0] = 0.0f / 0.0f; nanv[1] = nanv[2] = nanv[3] = 1.0f;
    expect("similarity with NaN", rc_similarity(nanv, 1, emb, 1, 4, 100.0f, probs), RC_ERR_VALUE, "");
    expect("similarity with NaN scale", rc_similarity(emb, 1, emb, 1, 4, 0.0f / 0.0f, probs), RC_ERR_VALUE, "");
    expect("similarity NULL", rc_similarity(NULL, 1, emb, 1, 4, 1.0f, probs), RC_ERR_ARG, "");
    expect("similarity finite", rc_similarity(emb, 1, emb, 1, 4, 1.0f, probs), RC_OK, "");
    expect("topk with a NaN query", rc_topk(nanv, emb, 1, 4, 1, idx, NULL), RC_ERR_VALUE, "");
    expect("topk with a NaN in the database", rc_topk(emb, nanv, 1, 4, 1, idx, NULL), RC_ERR_VALUE, "");
    expect("prompt ensemble with NaN", rc_prompt_ensemble(nanv, 1, 1, 4, probs), RC_ERR_VALUE, "");
    expect("zeroshot with infinite scale", rc_zeroshot(emb, emb, 1, 4, 1.0f / 0.0f, probs), RC_ERR_VALUE, "");
    expect("zeroshot with NaN", rc_zeroshot(nanv, emb, 1, 4, 100.0f, probs), RC_ERR_VALUE, "");
    expect("zeroshot NULL", rc_zeroshot(NULL, emb, 1, 4, 100.0f, probs), RC_ERR_ARG, "");
    expect("topk k > n", rc_topk(emb, emb, 1, 4, 2, idx, NULL), RC_ERR_ARG, "");
    rc_ctx_free(c);
    rc_model_free(m);
}

/* A file whose weights hold a NaN loads (the loader does not scan tensor data), but every
   embedding computed from it is refused with RC_ERR_VALUE instead of returned as garbage. */
static void nan_weights(void) {
    static const char *const poisoned[] = { "v.post_ln.weight", "t.final_ln.weight" };
    rc__gguf g; rc__alloc a = rc__resolve_alloc(NULL); rc_error e; int i;
    if (rc__gguf_parse(&g, orig, orig_size, &a, &e)) { n_fail++; return; }
    for (i = 0; i < 2; i++) {
        unsigned char *b = copy(); rc_model *m = NULL; rc_ctx *c = NULL; float emb[1024];
        uint8_t px[3 * 4 * 4]; rc_image img; const char *text = "a chest x-ray";
        rc_status s;
        memset(&img, 0, sizeof img);
        put32(b + (rc__gguf_find_tensor(&g, poisoned[i])->data - orig), 0x7fc00000u);
        memset(px, 7, sizeof px);
        img.pixels = px; img.width = 4; img.height = 4; img.stride = 12; img.format = RC_PIXEL_RGB8;
        img.window_center = img.window_width = 0.0f;
        if (rc_model_load_memory(&m, b, orig_size, NULL, &e) || rc_ctx_create(&c, m, &e)) {
            n_fail++; printf("FAIL NaN-weight model does not load: %s\n", e.message);
        } else {
            s = i == 0 ? rc_encode_images(c, &img, 1, emb, 1) : rc_encode_texts(c, &text, 1, emb, 1);
            expect(i == 0 ? "image from NaN weights" : "text from NaN weights", s, RC_ERR_VALUE, rc_ctx_error(c));
        }
        rc_ctx_free(c); rc_model_free(m); free(b);
    }
    rc__gguf_free(&g, &a);
}

/* An allocator refusing anything larger than `cap` bytes. */
static void *capped_alloc(void *u, size_t n) { return n > *(size_t *)u ? NULL : malloc(n); }
static void plain_free(void *u, void *p) { (void)u; free(p); }

static void scratch_nomem(void) {
    size_t cap = (size_t)-1; rc_allocator al; rc_model *m = NULL; rc_ctx *c = NULL; rc_error e;
    al.alloc = capped_alloc; al.free = plain_free; al.user = &cap;
    if (rc_model_load_memory(&m, orig, orig_size, &al, &e)) { n_fail++; printf("FAIL capped load: %s\n", e.message); return; }
    cap = 4096;
    expect("context scratch beyond the allocator", rc_ctx_create(&c, m, &e), RC_ERR_NOMEM, e.message);
    if (c || !strstr(e.message, "bytes of scratch")) { n_fail++; printf("FAIL scratch NOMEM: '%s'\n", e.message); }
    rc_model_free(m);
}

/* Everything a program does with a model, stopping at the first failure; frees all. */
static rc_status whole_session(const rc_allocator *al, rc_error *e) {
    rc_model *m = NULL; rc_ctx *c = NULL; rc_status s;
    int32_t ids[1024]; float emb[2 * 1024], grid[64 * 64], map[6 * 9]; uint8_t u8[3 * 64 * 64];
    const char *texts[2] = { "a nodule &amp; an effusion", "caf\xc3\xa9 \xe2\x80\x94 normal" };
    uint8_t rgb[3 * 5 * 7]; uint16_t g16[6 * 9]; rc_image img[2];
    memset(img, 0, sizeof img);
    memset(rgb, 90, sizeof rgb);
    for (s = RC_OK; (size_t)s < sizeof g16 / 2; s = (rc_status)(s + 1)) g16[s] = (uint16_t)(1000 * s);
    memset(img, 0, sizeof img);
    img[0].pixels = rgb; img[0].width = 5; img[0].height = 7; img[0].stride = 15; img[0].format = RC_PIXEL_RGB8;
    img[1].pixels = g16; img[1].width = 9; img[1].height = 6; img[1].stride = 18; img[1].format = RC_PIXEL_GRAY16;
    if ((s = rc_model_load_memory(&m, orig, orig_size, al, e)) == RC_OK && (s = rc_ctx_create(&c, m, e)) == RC_OK) {
        if (rc_model_get_info(m).image_size > 64 || rc_model_get_info(m).context_length > 1024 ||
            rc_model_get_info(m).embed_dim > 1024) s = RC_ERR_ARG;
        if (s == RC_OK) s = rc_tokenize(c, texts[1], (size_t)-1, ids, NULL);
        if (s == RC_OK) s = rc_encode_texts(c, texts, 2, emb, 1);
        if (s == RC_OK) s = rc_encode_images(c, img, 2, emb, 1);
        if (s == RC_OK) s = rc_preprocess_u8(c, &img[1], u8);
        if (s == RC_OK) s = rc_ground(c, &img[1], emb, grid, map, 0.0f);   /* emb: any vector */
        if (s != RC_OK) rc__fail(e, s, "%s", rc_ctx_error(c));
    }
    rc_ctx_free(c); rc_model_free(m);
    return s;
}

/* Fails allocation number k of a whole session, for k = 0, 1, 2, ... until a session
   succeeds: each must end in RC_ERR_NOMEM with every block freed. */
static void alloc_failures(void) {
    long k, bad = 0;
    rc_allocator al; rc_error e;
    al.alloc = c_alloc; al.free = c_free;
    for (k = 0;; k++) {
        counting cnt; rc_status s;
        memset(&cnt, 0, sizeof cnt); cnt.fail_at = k; al.user = &cnt;
        s = whole_session(&al, &e);
        if (cnt.count <= k) {   /* nothing failed: the session is complete */
            expect("session without a failing allocation", s, RC_OK, e.message);
            if (cnt.live) { n_fail++; printf("FAIL %ld blocks leaked by a whole session\n", cnt.live); }
            break;
        }
        if (s != RC_ERR_NOMEM || cnt.live != 0) {
            if (bad++ < 5) printf("FAIL allocation %ld failing gave %s (%s), %ld blocks leaked\n", k, rc_status_name(s), e.message, cnt.live);
        }
    }
    printf("  allocation failures tried: %ld, wrong: %ld\n", k, bad);
    if (bad) n_fail++; else n_pass++;
}

/* A BERT-family (biomedclip) file: its WordPiece vocabulary must be present and name every
   special token the text tower needs. */
static void bert_catalogue(const char *path) {
    static const char *specials[] = {"[PAD]", "[CLS]", "[SEP]", "[UNK]"};
    rc__gguf g; rc__alloc a = rc__resolve_alloc(NULL); rc_error e; rc__str *toks; uint32_t n_toks, i;
    rc_model *m = NULL; rc_ctx *c = NULL; int32_t *ids; float emb[4096]; int k, C;
    const char *texts[1] = {"a chest x-ray"};
    char msg[256];
    expect("bert: valid file loads", load(orig, orig_size, msg), RC_OK, msg);
    if (rc__gguf_parse(&g, orig, orig_size, &a, &e) ||
        rc__kv_str_array(&g, "tokenizer.ggml.tokens", &toks, &n_toks, &a, &e)) { n_fail++; return; }
    for (k = 0; k < 4; k++) {           /* [PAD] -> [PAX] etc.: the special token is gone */
        char what[64];
        for (i = 0; i < n_toks && !rc__str_eq(toks[i], specials[k]); i++) {}
        if (i == n_toks) { printf("FAIL bert: %s not in the vocabulary\n", specials[k]); n_fail++; continue; }
        snprintf(what, sizeof what, "bert: vocabulary without %s", specials[k]);
        mutate_expect(what, (size_t)((const unsigned char *)toks[i].ptr - orig) + 3, 1, 'X', RC_ERR_MISSING);
    }
    mutate_expect("bert: no tokenizer.ggml.tokens", kv_key(&g, "tokenizer.ggml.tokens") + 20, 1, 'z', RC_ERR_MISSING);
    mutate_expect("bert: tokenizer model bert_wordpiecz", kv_value(&g, "tokenizer.ggml.model") + 8 + 13, 1, 'z',
                  RC_ERR_UNSUPPORTED);
    rc__free(&a, toks);
    rc__gguf_free(&g, &a);
    if (rc_model_load_file(&m, path, NULL, &e) || rc_ctx_create(&c, m, &e)) { n_fail++; rc_model_free(m); return; }
    C = rc_model_get_info(m).context_length;
    ids = (int32_t *)calloc((size_t)C, sizeof *ids);
    expect("bert: rc_tokenize", rc_tokenize(c, texts[0], (size_t)-1, ids, NULL), RC_OK, rc_ctx_error(c));
    expect("bert: rc_encode_texts", rc_encode_texts(c, texts, 1, emb, 1), RC_OK, rc_ctx_error(c));
    expect("bert: rc_tokenize of invalid UTF-8", rc_tokenize(c, "\xff\xfe", (size_t)-1, ids, NULL), RC_ERR_UTF8, rc_ctx_error(c));
    expect("bert: rc_tokenize of empty text", rc_tokenize(c, "", 0, ids, NULL), RC_OK, rc_ctx_error(c));
    ids[0] = ids[C - 1];                /* [CLS] replaced by the padding that follows [SEP] */
    expect("bert: ids start with [PAD]", rc_encode_tokens(c, ids, 1, emb, 1), RC_ERR_VALUE, rc_ctx_error(c));
    free(ids);
    rc_ctx_free(c);
    rc_model_free(m);
}

/* A file with ROI-processor tensors (head and fusion): each part all or nothing, and the
   fusion's head count present and dividing embed_dim. */
static void roi_catalogue(void) {
    rc__gguf g; rc__alloc a = rc__resolve_alloc(NULL); rc_error e; char msg[256];
    expect("roi: valid file loads", load(orig, orig_size, msg), RC_OK, msg);
    if (rc__gguf_parse(&g, orig, orig_size, &a, &e)) { n_fail++; return; }
    mutate_expect_msg("roi: fusion without roi.gate.weight", tensor_info(&g, "roi.gate.weight").name, 1, 'X',
                      RC_ERR_MISSING, "5 of 6");
    mutate_expect_msg("roi: head bias without weight", tensor_info(&g, "roi.head.weight").name, 1, 'X',
                      RC_ERR_MISSING, "roi.head.weight");
    mutate_expect_msg("roi: head weight without bias", tensor_info(&g, "roi.head.bias").name, 1, 'X',
                      RC_ERR_MISSING, "roi.head.bias");
    mutate_expect_msg("roi: fusion without regionclip.roi.heads", kv_key(&g, "regionclip.roi.heads"), 1, 'X',
                      RC_ERR_MISSING, "roi.heads");
    mutate_expect("roi: 0 heads", kv_value(&g, "regionclip.roi.heads"), 4, 0, RC_ERR_VALUE);
    mutate_expect_msg("roi: heads not dividing embed_dim", kv_value(&g, "regionclip.roi.heads"), 4, 5,
                      RC_ERR_VALUE, "divide");
    mutate_expect("roi: roi.gate.weight of wrong shape", tensor_info(&g, "roi.gate.weight").ne0, 8, 7, RC_ERR_SHAPE);
    rc__gguf_free(&g, &a);
}

/* The same file's VQA head (tests/gen_regions.py ANSWERS: "yes", "no", "right upper lobe",
   "right lower lobe", ...): tensors and answers all or nothing, A agreeing, answers valid
   UTF-8 without NUL and distinct. */
static void vqa_catalogue(void) {
    rc__gguf g; rc__alloc a = rc__resolve_alloc(NULL); rc_error e; char msg[256];
    size_t ans, at[4]; int i;
    unsigned char *b;
    if (rc__gguf_parse(&g, orig, orig_size, &a, &e)) { n_fail++; return; }
    ans = kv_value(&g, "regionclip.vqa.answers");
    for (at[0] = ans + 8, i = 1; i < 4; i++)      /* first byte of answers 0..3 (u64 length, bytes) */
        at[i] = at[i - 1] + (size_t)rc__le64(orig + at[i - 1] - 8) + 8;
    mutate_expect_msg("vqa: head without its bias", tensor_info(&g, "vqa.head.bias").name, 1, 'X', RC_ERR_MISSING, "2 of 3");
    mutate_expect_msg("vqa: head without its answers", kv_key(&g, "regionclip.vqa.answers"), 1, 'X', RC_ERR_MISSING, "2 of 3");
    mutate_expect("vqa: weight rows != answers", tensor_info(&g, "vqa.head.weight").ne0 + 8, 8, 5, RC_ERR_SHAPE);
    mutate_expect("vqa: weight columns != 2 embed_dim", tensor_info(&g, "vqa.head.weight").ne0, 8, 7, RC_ERR_SHAPE);
    mutate_expect_msg("vqa: answer holding NUL", at[0], 1, 0, RC_ERR_UTF8, "answer 0");
    mutate_expect_msg("vqa: answer not UTF-8", at[1], 1, 0xff, RC_ERR_UTF8, "answer 1");
    b = copy();                                     /* "right lower lobe" -> "right upper lobe" */
    memcpy(b + at[3] + 6, "upper", 5);
    expect("vqa: repeated answer", load(b, orig_size, msg), RC_ERR_VALUE, msg);
    if (!strstr(msg, "twice")) { n_fail++; printf("FAIL vqa: repeated answer: message '%s'\n", msg); }
    free(b);
    rc__gguf_free(&g, &a);
}

static int read_model(const char *path) {
    FILE *f = fopen(path, "rb");
    free(orig);
    if (!f) { perror(path); return 0; }
    fseek(f, 0, SEEK_END); orig_size = (size_t)ftell(f); fseek(f, 0, SEEK_SET);
    orig = (unsigned char *)malloc(orig_size);
    if (fread(orig, 1, orig_size, f) != orig_size) { fclose(f); return 0; }
    fclose(f);
    return 1;
}

int main(int argc, char **argv) {
    if (argc < 2 || argc > 4) {
        fprintf(stderr, "usage: test_badinput VALID_MODEL.gguf [VALID_BERT_MODEL.gguf [VALID_ROI_MODEL.gguf]]\n");
        return 2;
    }
    if (!read_model(argv[1])) return 2;
    file_catalogue();
    call_catalogue(argv[1]);
    nan_weights();
    scratch_nomem();
    alloc_failures();
    if (argc >= 3) {
        if (!read_model(argv[2])) return 2;
        bert_catalogue(argv[2]);
    }
    if (argc >= 4) {
        if (!read_model(argv[3])) return 2;
        roi_catalogue();
        vqa_catalogue();
    }
    free(orig);
    printf("badinput: %d passed, %d failed\n", n_pass, n_fail);
    return n_fail != 0;
}
