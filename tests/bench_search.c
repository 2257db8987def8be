/* bench_search: examples/search.h's exact top-k on a synthetic archive, for tests/bench_search.py.

   usage: bench_search MATRIX.f16 QUERY.f32 N DIM K REPEATS [--write-index OUT.idx MODEL]
   Prints, after one warm-up run each, the median of REPEATS:
     "kernel NAME" and "threads T"
     "matrix <ms> ms"   search_topk over the contiguous f16 matrix (the kernel and the heap)
     "index <ms> ms"    the same rows as an index file in memory (RCIDX001, one record each):
                        idx_parse (every checksum) + search_topk over the records, what
                        rclip search does after mapping the file (not the model or the query)
     "ids I1 I2 ..."    the top K of the matrix run (the index run must give the same).
   --write-index: also writes that index to OUT.idx, with MODEL's hash (for timing rclip search). */
#define _POSIX_C_SOURCE 199309L
#include <time.h>
#include "examples/search.h"

static double now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return 1e3 * (double)t.tv_sec + 1e-6 * (double)t.tv_nsec;
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *v, int n) { qsort(v, (size_t)n, sizeof *v, cmp_double); return v[n / 2]; }

int main(int argc, char **argv) {
    size_t n, dim, k, i, eb = 2, cap, used = IDX_HEADER_BYTES, n_recs, valid_end;
    int repeats, r, ok = 1;
    uint16_t *m; float *q, *row; unsigned char *file;
    topk_hit *hits, *hits2;
    double *t_matrix, *t_index;
    idx_header h; idx_record *recs = NULL;
    search_rows s;
    FILE *f;
    if (argc != 7 && !(argc == 10 && !strcmp(argv[7], "--write-index"))) {
        fprintf(stderr, "usage: bench_search MATRIX.f16 QUERY.f32 N DIM K REPEATS [--write-index OUT.idx MODEL]\n");
        return 2;
    }
    n = strtoull(argv[3], NULL, 10); dim = strtoull(argv[4], NULL, 10); k = strtoull(argv[5], NULL, 10);
    repeats = atoi(argv[6]);
    m = (uint16_t *)malloc(n * dim * eb); q = (float *)malloc(dim * 4); row = (float *)malloc(dim * 4);
    hits = (topk_hit *)malloc(k * sizeof *hits); hits2 = (topk_hit *)malloc(k * sizeof *hits2);
    t_matrix = (double *)malloc(sizeof(double) * (size_t)repeats); t_index = (double *)malloc(sizeof(double) * (size_t)repeats);
    cap = IDX_HEADER_BYTES + n * (IDX_RECORD_FIXED + 32 + dim * eb + 8);
    file = (unsigned char *)malloc(cap);
    if (!m || !q || !row || !hits || !hits2 || !t_matrix || !t_index || !file || repeats < 1) { fprintf(stderr, "error: out of memory\n"); return 1; }
    if (!(f = fopen(argv[1], "rb")) || fread(m, eb, n * dim, f) != n * dim) { fprintf(stderr, "error: %s\n", argv[1]); return 1; }
    fclose(f);
    if (!(f = fopen(argv[2], "rb")) || fread(q, 4, dim, f) != dim) { fprintf(stderr, "error: %s\n", argv[2]); return 1; }
    fclose(f);

    /* The same rows as an index file: path "series/NNNNNNN.png", f16 (the floats round-trip). */
    h.embed_dim = (uint32_t)dim; h.dtype = IDX_F16; h.model_hash = 1;
    if (argc == 10) {                             /* the model's hash: idx_hash of its whole file */
        long len;
        unsigned char *model;
        if (!(f = fopen(argv[9], "rb")) || fseek(f, 0, SEEK_END) || (len = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) ||
            !(model = (unsigned char *)malloc((size_t)len + 1)) || fread(model, 1, (size_t)len, f) != (size_t)len) {
            fprintf(stderr, "error: %s\n", argv[9]);
            return 1;
        }
        fclose(f);
        h.model_hash = idx_hash(model, (size_t)len);
        free(model);
    }
    idx_header_bytes(&h, file);
    for (i = 0; i < n; i++) {
        char path[32]; idx_record rec; unsigned char *bytes; size_t nb, j;
        memset(&rec, 0, sizeof rec);
        snprintf(path, sizeof path, "s%03zu/%07zu.png", i / 500, i);
        rec.path = path; rec.path_len = (uint32_t)strlen(path); rec.slice_position = NAN;
        for (j = 0; j < dim; j++) row[j] = half_to_float(m[i * dim + j]);
        if (idx_record_bytes(&h, &rec, row, &bytes, &nb) || used + nb > cap) { fprintf(stderr, "error: record\n"); return 1; }
        memcpy(file + used, bytes, nb); used += nb;
        free(bytes);
    }

    if (argc == 10 && (!(f = fopen(argv[8], "wb")) || fwrite(file, 1, used, f) != used || fclose(f))) {
        fprintf(stderr, "error: cannot write %s\n", argv[8]);
        return 1;
    }
    s.rows = NULL; s.m = m; s.n = n; s.dim = dim; s.dtype = IDX_F16;
    for (r = -1; r < repeats; r++) {
        double t0 = now_ms();
        search_topk(q, &s, k, hits, NULL);
        if (r >= 0) t_matrix[r] = now_ms() - t0;
    }
    for (r = -1; r < repeats; r++) {
        double t0 = now_ms();
        const void **rows;
        if (idx_parse(file, used, &h, &recs, &n_recs, &valid_end) || n_recs != n || valid_end != used) { fprintf(stderr, "error: parse\n"); return 1; }
        rows = (const void **)malloc(sizeof(void *) * n);
        for (i = 0; i < n; i++) rows[i] = recs[i].embedding;
        s.rows = rows;
        search_topk(q, &s, k, hits2, NULL);
        if (r >= 0) t_index[r] = now_ms() - t0;
        s.rows = NULL; free(rows); free(recs);
    }
    for (i = 0; i < k; i++) ok &= hits[i].id == hits2[i].id;
    printf("kernel %s\n", search_kernel_name());
#ifdef _OPENMP
    printf("threads %d\n", omp_get_max_threads());
#else
    printf("threads 1\n");
#endif
    printf("matrix %.3f ms\nindex %.3f ms\n", median(t_matrix, repeats), median(t_index, repeats));
    printf("ids");
    for (i = 0; i < k; i++) printf(" %zu", hits[i].id);
    printf("\n");
    if (!ok) { fprintf(stderr, "error: the index run's top-k differs from the matrix run's\n"); return 1; }
    free(m); free(q); free(row); free(hits); free(hits2); free(t_matrix); free(t_index); free(file);
    return 0;
}
