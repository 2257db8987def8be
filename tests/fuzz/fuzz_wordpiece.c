/* libFuzzer: BERT WordPiece tokenization with a real BERT-base-uncased vocabulary
   ($RC_FUZZ_BERT_MODEL, default build/wordpiece/wp_bert.gguf from make test's gen-wordpiece
   step) on arbitrary bytes: through rc_tokenize (open_clip's whitespace clean first, as the
   model's default) and through the bare tokenizer (clean off) with an allocator capped at
   1 MB. Checks for both: a known status with a message; on success [CLS] first, [SEP] last,
   [PAD] padding, ids in the vocabulary; no leak. */
#define FUZZ_WITH_MODEL
#define FUZZ_MODEL_ENV "RC_FUZZ_BERT_MODEL"
#define FUZZ_MODEL_DEFAULT "build/wordpiece/wp_bert.gguf"
#include "fuzz_common.h"

/* The contract of one tokenization of ctx_len ids. */
static void check_ids(const rc__wordpiece *wp, rc_status s, const char *msg, const int32_t *ids, int n, int ctx_len,
                      int vocab) {
    int i;
    FUZZ_CHECK(s == RC_OK || s == RC_ERR_UTF8 || s == RC_ERR_TOO_LONG || s == RC_ERR_NOMEM, "status %s: %s",
               rc_status_name(s), msg);
    if (s != RC_OK) { FUZZ_CHECK(msg[0] != 0, "%s without a message", rc_status_name(s)); return; }
    FUZZ_CHECK(n >= 2 && n <= ctx_len, "n_tokens %d", n);
    FUZZ_CHECK(ids[0] == (int32_t)wp->cls_id && ids[n - 1] == (int32_t)wp->sep_id, "[CLS]/[SEP] placement");
    for (i = 0; i < n; i++) FUZZ_CHECK(ids[i] >= 0 && ids[i] < vocab, "id %d at %d", ids[i], i);
    for (i = n; i < ctx_len; i++) FUZZ_CHECK(ids[i] == (int32_t)wp->pad_id, "padding %d at %d", ids[i], i);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const rc_model_info info = rc_model_get_info(model);
    const int C = info.context_length;
    rc__wordpiece bare = model->wp;
    fuzz_heap heap;
    rc_allocator capped = fuzz_allocator(&heap, 1u << 20, 1u << 20);
    rc__alloc a = rc__resolve_alloc(&capped);
    int32_t *ids = (int32_t *)malloc((size_t)C * sizeof *ids);
    rc_error err;
    rc_status s;
    int n = -1;
    s = rc_tokenize(ctx, (const char *)data, size, ids, &n);
    check_ids(&model->wp, s, rc_ctx_error(ctx), ids, n, C, info.vocab_size);
    bare.clean_whitespace = 0;
    err.message[0] = 0;
    s = rc__wp_encode(&bare, (const char *)data, size, ids, C, &n, &a, &err);
    check_ids(&bare, s, err.message, ids, n, C, info.vocab_size);
    FUZZ_CHECK(heap.live_blocks == 0, "%ld block(s) leaked", heap.live_blocks);
    free(ids);
    return 0;
}
