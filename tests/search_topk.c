/* search_topk: examples/search.h's exact top-k over a raw matrix, for tests/test_search.py
   (built twice: with the SIMD kernel of -march=native, and with -DSEARCH_NO_SIMD).

   usage: search_topk f16|f32 N DIM K MATRIX.raw QUERY.raw   (little-endian, row-major; the
          query is DIM f32) -> K lines "id<TAB>score" (score %.9g), best first; then "kernel NAME". */
#include "examples/search.h"

static void *read_raw(const char *path, size_t n) {
    FILE *f = fopen(path, "rb");
    void *p = malloc(n ? n : 1);
    if (!f || !p || fread(p, 1, n, f) != n) { if (f) fclose(f); free(p); return NULL; }
    fclose(f);
    return p;
}

int main(int argc, char **argv) {
    search_rows s;
    size_t k, i, got;
    float *q;
    topk_hit *hits;
    if (argc != 7) { fprintf(stderr, "usage: search_topk f16|f32 N DIM K MATRIX QUERY\n"); return 2; }
    s.rows = NULL; s.dtype = !strcmp(argv[1], "f16") ? IDX_F16 : IDX_F32;
    s.n = (size_t)strtoull(argv[2], NULL, 10); s.dim = (size_t)strtoull(argv[3], NULL, 10);
    k = (size_t)strtoull(argv[4], NULL, 10);
    s.m = read_raw(argv[5], s.n * s.dim * idx_elem_bytes(s.dtype));
    q = (float *)read_raw(argv[6], s.dim * 4);
    hits = (topk_hit *)malloc(sizeof(topk_hit) * (k ? k : 1));
    if (!s.m || !q || !hits) { fprintf(stderr, "error: cannot read the inputs\n"); return 1; }
    got = search_topk(q, &s, k, hits, NULL);
    for (i = 0; i < got; i++) printf("%zu\t%.9g\n", hits[i].id, (double)hits[i].score);
    printf("kernel %s\n", search_kernel_name());
    free((void *)s.m); free(q); free(hits);
    return 0;
}
