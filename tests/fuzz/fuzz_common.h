/* Shared by the libFuzzer harnesses: the library, a capped allocator and the check that
   turns a contract violation into a crash libFuzzer records. */
#ifndef FUZZ_COMMON_H
#define FUZZ_COMMON_H
#define REGIONCLIP_IMPLEMENTATION
#include "../../regionclip.h"
#include <stdio.h>
#include <stdlib.h>

/* A broken promise of the API (not a crash the sanitizers see): report and abort. */
#define FUZZ_CHECK(cond, ...) do { if (!(cond)) { fprintf(stderr, "contract: " __VA_ARGS__); \
    fprintf(stderr, "\n"); abort(); } } while (0)

/* Allocator refusing blocks over `cap` bytes and more than `budget` bytes live: hostile sizes
   exercise the library's RC_ERR_NOMEM paths instead of libFuzzer's malloc limit. Counts
   blocks so that leaks are caught per input, not only at exit. */
typedef struct fuzz_heap { size_t cap, budget, live_bytes; long live_blocks; } fuzz_heap;

static void *fuzz_alloc(void *user, size_t n) {
    fuzz_heap *h = (fuzz_heap *)user;
    size_t *p;
    if (n > h->cap || n > h->budget - h->live_bytes) return NULL;
    p = (size_t *)malloc(n + sizeof(size_t) * 2);       /* header keeps 16-byte alignment */
    if (!p) return NULL;
    p[0] = n; h->live_bytes += n; h->live_blocks++;
    return p + 2;
}
static void fuzz_free(void *user, void *ptr) {
    fuzz_heap *h = (fuzz_heap *)user;
    size_t *p = (size_t *)ptr - 2;
    h->live_bytes -= p[0]; h->live_blocks--;
    free(p);
}
static rc_allocator fuzz_allocator(fuzz_heap *h, size_t cap, size_t budget) {
    rc_allocator a;
    h->cap = cap; h->budget = budget; h->live_bytes = 0; h->live_blocks = 0;
    a.alloc = fuzz_alloc; a.free = fuzz_free; a.user = h;
    return a;
}

/* FUZZ_WITH_MODEL: the harness shares one model and context across inputs, loaded from
   $RC_FUZZ_MODEL (default build/tiny/tiny.gguf) before the first input. */
#ifdef FUZZ_WITH_MODEL
static rc_model *model;
static rc_ctx *ctx;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    const char *path = getenv("RC_FUZZ_MODEL");
    rc_error e;
    (void)argc; (void)argv;
    if (!path) path = "build/tiny/tiny.gguf";
    if (rc_model_load_file(&model, path, NULL, &e) || rc_ctx_create(&ctx, model, &e)) {
        fprintf(stderr, "fuzz: %s: %s (set RC_FUZZ_MODEL)\n", path, e.message); exit(2);
    }
    return 0;
}
#endif

static int fuzz_valid_status(rc_status s) { return s >= RC_OK && s <= RC_ERR_VALUE; }
#endif
