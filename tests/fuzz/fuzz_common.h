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
   $FUZZ_MODEL_ENV (default: RC_FUZZ_MODEL, else FUZZ_MODEL_DEFAULT) before the first input. */
#ifdef FUZZ_WITH_MODEL
#ifndef FUZZ_MODEL_ENV
#define FUZZ_MODEL_ENV "RC_FUZZ_MODEL"
#define FUZZ_MODEL_DEFAULT "build/tiny/tiny.gguf"
#endif
static rc_model *model;
static rc_ctx *ctx;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    const char *path = getenv(FUZZ_MODEL_ENV);
    rc_error e;
    (void)argc; (void)argv;
    if (!path) path = FUZZ_MODEL_DEFAULT;
    if (rc_model_load_file(&model, path, NULL, &e) || rc_ctx_create(&ctx, model, &e)) {
        fprintf(stderr, "fuzz: %s: %s (set %s)\n", path, e.message, FUZZ_MODEL_ENV); exit(2);
    }
    return 0;
}
#endif

/* Multiply-adds of one forward pass of a tower over T rows (rough; for time budgets only). */
static double tower_cost(int width, int mlp, int layers, int rows) {
    return (double)layers * rows * ((double)width * width * 4 + (double)width * mlp * 2 + (double)rows * width * 2);
}
/* Whether one forward pass of model m costs under `budget` multiply-adds in both towers. */
static int fuzz_model_cheap(const rc_model *m, double budget) {
    return tower_cost(m->txt.width, m->txt.mlp_dim, m->txt.layers, m->context_length) < budget &&
           tower_cost(m->vis.width, m->vis.mlp_dim, m->vis.layers, m->n_patches + 1) < budget;
}

static int fuzz_valid_status(rc_status s) { return s >= RC_OK && s <= RC_ERR_VALUE; }
#endif
