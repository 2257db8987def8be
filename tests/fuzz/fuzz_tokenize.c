/* libFuzzer: rc_tokenize with a real CLIP vocabulary ($RC_FUZZ_MODEL, default
   build/tiny/tiny.gguf) on arbitrary bytes, including invalid UTF-8 and embedded NULs.
   Checks: a known status with a message; on success SOT first, EOT last, ids in the
   vocabulary, zero padding; the NUL-terminated form agrees with the explicit length; a
   failure leaves the ids zeroed. */
#define FUZZ_WITH_MODEL
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    rc_model_info info = rc_model_get_info(model);
    int C = info.context_length, n = -1, n2 = -1, i;
    int32_t *ids = (int32_t *)malloc((size_t)C * sizeof *ids), *ids2 = (int32_t *)malloc((size_t)C * sizeof *ids2);
    char *text = (char *)malloc(size + 1);
    rc_status s, s2;
    memcpy(text, data, size); text[size] = 0;
    s = rc_tokenize(ctx, text, size, ids, &n);
    FUZZ_CHECK(s == RC_OK || s == RC_ERR_UTF8 || s == RC_ERR_TOO_LONG, "status %s: %s", rc_status_name(s), rc_ctx_error(ctx));
    if (s != RC_OK) {
        FUZZ_CHECK(rc_ctx_error(ctx)[0] != 0, "%s without a message", rc_status_name(s));
        for (i = 0; i < C; i++) FUZZ_CHECK(ids[i] == 0, "failed tokenize left id %d at %d", ids[i], i);
    } else {
        FUZZ_CHECK(n >= 2 && n <= C, "n_tokens %d", n);
        FUZZ_CHECK(ids[0] == info.vocab_size - 2 && ids[n - 1] == info.vocab_size - 1, "SOT/EOT placement");
        for (i = 0; i < C; i++) FUZZ_CHECK(ids[i] >= 0 && ids[i] < info.vocab_size, "id %d at %d", ids[i], i);
        for (i = n; i < C; i++) FUZZ_CHECK(ids[i] == 0, "padding %d at %d", ids[i], i);
    }
    if (!memchr(data, 0, size)) {   /* the NUL-terminated form reads the same bytes */
        s2 = rc_tokenize(ctx, text, (size_t)-1, ids2, &n2);
        FUZZ_CHECK(s2 == s && (s || (n2 == n && !memcmp(ids, ids2, (size_t)C * sizeof *ids))), "len -1 disagrees");
    }
    free(ids); free(ids2); free(text);
    return 0;
}
