/* search.h — the archive index of rclip index / rclip search: file layout, checksums, the
   dot-product kernels and exact top-k (docs/search.md has the layout byte by byte).

   An index file is a 32-byte header followed by records, appended one at a time:

     header   "RCIDX001" | u32 embed_dim | u32 dtype (0 f32, 1 f16) | u64 model hash | u64 0
     record   u32 "RCRE" | u32 path_len | u64 file size | i64 mtime (ns) | i32 width | i32 height
              | i32 frame | u16 series_len | u16 instance_len | f64 slice position
              | path | series UID | instance UID | embedding (embed_dim x f32 or f16, L2-normalized)
              | u64 checksum of every byte of the record before it (the commit marker)

   The checksum (idx_hash) is four interleaved FNV-1a 64 lanes over little-endian 8-byte words.
   A record that does not parse or whose checksum does not match ends the valid part: what
   follows is the remnant of an interrupted run (rclip index drops it), and rclip search refuses
   a file with such bytes. Little-endian, packed, no alignment. No global state. */
#ifndef RCLIP_SEARCH_H
#define RCLIP_SEARCH_H
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#if !defined(SEARCH_NO_SIMD) && (defined(__AVX512F__) || (defined(__AVX2__) && defined(__F16C__) && defined(__FMA__)))
#include <immintrin.h>
#endif
#ifdef _OPENMP
#include <omp.h>
#endif

/* Header-only: not every program calls every function. */
#if defined(__GNUC__)
#define SEARCH_API static __attribute__((unused))
#else
#define SEARCH_API static
#endif

#define IDX_MAGIC "RCIDX001"
#define IDX_HEADER_BYTES 32
#define IDX_RECORD_MAGIC 0x45524352u       /* "RCRE" */
#define IDX_RECORD_FIXED 48                /* magic .. slice position */
#define IDX_MAX_PATH 4096
#define IDX_MAX_DIM 65536
#define IDX_F32 0
#define IDX_F16 1

typedef struct idx_header { uint32_t embed_dim, dtype; uint64_t model_hash; } idx_header;

/* The metadata of one record (strings not NUL-terminated; lengths beside them). */
typedef struct idx_record {
    const char *path, *series, *instance;
    uint32_t path_len, series_len, instance_len;
    uint64_t size; int64_t mtime_ns; int32_t width, height, frame;
    double slice_position;                 /* NaN when unknown */
    const void *embedding;                 /* [embed_dim] f32 or f16 */
    uint64_t offset, end;                  /* byte range in the file */
} idx_record;

#define IDX_HASH_SEED 14695981039104346037ull
#define IDX_HASH_PRIME 1099511628211ull

/* The checksum of data[n]: four FNV-1a 64 lanes (seed IDX_HASH_SEED) over its 8-byte
   little-endian words, word i into lane i % 4, the last n % 8 bytes one by one into lane 0;
   then h = lane 0 and, for lanes 1, 2, 3, h = (h ^ lane) * IDX_HASH_PRIME. Four lanes: four
   independent multiply chains (memory speed rather than one multiply latency per word). */
SEARCH_API uint64_t idx_hash(const void *data, size_t n) {
    const unsigned char *p = (const unsigned char *)data;
    uint64_t h[4] = {IDX_HASH_SEED, IDX_HASH_SEED, IDX_HASH_SEED, IDX_HASH_SEED}, w, r;
    size_t i = 0;
    int l;
    for (; i + 32 <= n; i += 32)
        for (l = 0; l < 4; l++) { memcpy(&w, p + i + 8 * l, 8); h[l] = (h[l] ^ w) * IDX_HASH_PRIME; }
    for (l = 0; i + 8 <= n; i += 8, l++) { memcpy(&w, p + i, 8); h[l] = (h[l] ^ w) * IDX_HASH_PRIME; }
    for (; i < n; i++) h[0] = (h[0] ^ p[i]) * IDX_HASH_PRIME;
    r = h[0];
    for (l = 1; l < 4; l++) r = (r ^ h[l]) * IDX_HASH_PRIME;
    return r;
}

SEARCH_API size_t idx_elem_bytes(uint32_t dtype) { return dtype == IDX_F16 ? 2 : 4; }

SEARCH_API uint32_t idx_rd32(const unsigned char *p) { uint32_t v; memcpy(&v, p, 4); return v; }
SEARCH_API uint64_t idx_rd64(const unsigned char *p) { uint64_t v; memcpy(&v, p, 8); return v; }

SEARCH_API void idx_header_bytes(const idx_header *h, unsigned char out[IDX_HEADER_BYTES]) {
    memset(out, 0, IDX_HEADER_BYTES);
    memcpy(out, IDX_MAGIC, 8);
    memcpy(out + 8, &h->embed_dim, 4); memcpy(out + 12, &h->dtype, 4); memcpy(out + 16, &h->model_hash, 8);
}

/* Parses the header of data[n]. Returns NULL, or why the bytes are not an index header. */
SEARCH_API const char *idx_parse_header(const unsigned char *data, size_t n, idx_header *h) {
    if (n < IDX_HEADER_BYTES) return "truncated header (not an rclip index)";
    if (memcmp(data, IDX_MAGIC, 8)) return "bad magic (not an rclip index)";
    h->embed_dim = idx_rd32(data + 8); h->dtype = idx_rd32(data + 12); h->model_hash = idx_rd64(data + 16);
    if (h->dtype != IDX_F32 && h->dtype != IDX_F16) return "unknown embedding type";
    if (h->embed_dim == 0 || h->embed_dim > IDX_MAX_DIM) return "embedding dimension out of range";
    if (idx_rd64(data + 24) != 0) return "reserved header bytes are not zero";
    return NULL;
}

/* The record at data[off..n), its checksum not verified (idx_record_ok does). Returns 0 (r
   filled), 1 if no whole record starts there. */
SEARCH_API int idx_parse_record(const unsigned char *data, size_t n, size_t off, const idx_header *h, idx_record *r) {
    const unsigned char *p = data + off;
    size_t emb = (size_t)h->embed_dim * idx_elem_bytes(h->dtype), len;
    uint16_t sl, il;
    if (n - off < IDX_RECORD_FIXED || idx_rd32(p) != IDX_RECORD_MAGIC) return 1;
    r->path_len = idx_rd32(p + 4);
    memcpy(&sl, p + 36, 2); memcpy(&il, p + 38, 2);
    r->series_len = sl; r->instance_len = il;
    if (r->path_len == 0 || r->path_len > IDX_MAX_PATH) return 1;
    len = IDX_RECORD_FIXED + r->path_len + r->series_len + r->instance_len + emb;
    if (n - off < len + 8) return 1;
    r->size = idx_rd64(p + 8); memcpy(&r->mtime_ns, p + 16, 8);
    memcpy(&r->width, p + 24, 4); memcpy(&r->height, p + 28, 4); memcpy(&r->frame, p + 32, 4);
    memcpy(&r->slice_position, p + 40, 8);
    r->path = (const char *)p + IDX_RECORD_FIXED;
    r->series = r->path + r->path_len;
    r->instance = r->series + r->series_len;
    r->embedding = r->instance + r->instance_len;
    r->offset = off; r->end = off + len + 8;
    return 0;
}

/* Whether the record's checksum matches its bytes. */
SEARCH_API int idx_record_ok(const unsigned char *data, const idx_record *r) {
    size_t len = (size_t)(r->end - r->offset) - 8;
    return idx_hash(data + r->offset, len) == idx_rd64(data + r->offset + len);
}

/* Every record of data[n] (a whole index file) into *records (malloc'd, *n_records);
   *valid_end: the end of the last valid record (the first record that does not parse or
   whose checksum does not match, and all after it, are not records). The checksums are
   verified on the OpenMP threads. Returns NULL, or why the file is unusable. */
SEARCH_API const char *idx_parse(const unsigned char *data, size_t n, idx_header *h, idx_record **records,
                             size_t *n_records, size_t *valid_end) {
    const char *why = idx_parse_header(data, n, h);
    size_t off = IDX_HEADER_BYTES, cap;
    *records = NULL; *n_records = 0; *valid_end = IDX_HEADER_BYTES;
    if (why) return why;
    /* every record takes at least this many bytes: one allocation, touched as it fills */
    cap = (n - IDX_HEADER_BYTES) / (IDX_RECORD_FIXED + 1 + (size_t)h->embed_dim * idx_elem_bytes(h->dtype) + 8) + 1;
    if (!(*records = (idx_record *)malloc(sizeof(idx_record) * cap))) return "out of memory";
    while (off < n) {
        idx_record r;
        if (idx_parse_record(data, n, off, h, &r)) break;
        (*records)[(*n_records)++] = r;
        off = (size_t)r.end;
    }
    *valid_end = off;
    {
        size_t first_bad = *n_records;
        long long i, nr = (long long)*n_records;
#ifdef _OPENMP
#pragma omp parallel for schedule(static) reduction(min:first_bad)
#endif
        for (i = 0; i < nr; i++)
            if ((size_t)i < first_bad && !idx_record_ok(data, &(*records)[i])) first_bad = (size_t)i;
        if (first_bad < *n_records) { *n_records = first_bad; *valid_end = (size_t)(*records)[first_bad].offset; }
    }
    return NULL;
}

/* IEEE half <-> float (round to nearest even), portable. */
SEARCH_API float half_to_float(uint16_t h) {
    uint32_t s = (uint32_t)(h >> 15) << 31, e = (h >> 10) & 31, m = h & 1023, bits;
    float f;
    if (e == 0) { f = ldexpf((float)m, -24); return s ? -f : f; }
    bits = e == 31 ? s | 0x7f800000u | (m << 13) : s | ((e + 112) << 23) | (m << 13);
    memcpy(&f, &bits, 4);
    return f;
}
SEARCH_API uint16_t float_to_half(float f) {
    uint32_t x, s, m; int e;
    memcpy(&x, &f, 4);
    s = (x >> 16) & 0x8000u; e = (int)((x >> 23) & 255) - 127 + 15; m = x & 0x7fffffu;
    if (((x >> 23) & 255) == 255) return (uint16_t)(s | 0x7c00u | (m ? 0x200u : 0));
    if (e >= 31) return (uint16_t)(s | 0x7c00u);
    if (e <= 0) {
        uint32_t shift, half, r;
        if (e < -10) return (uint16_t)s;
        m |= 0x800000u; shift = (uint32_t)(14 - e); half = 1u << (shift - 1);
        r = m >> shift;
        if ((m & ((1u << shift) - 1)) > half || ((m & ((1u << shift) - 1)) == half && (r & 1))) r++;
        return (uint16_t)(s | r);
    }
    {
        uint32_t r = ((uint32_t)e << 10) | (m >> 13), rest = m & 0x1fffu;
        if (rest > 0x1000u || (rest == 0x1000u && (r & 1))) r++;
        return (uint16_t)(s | r);
    }
}

/* Serializes one record into out (malloc'd, *n_out bytes). emb: embed_dim floats, stored as
   the header's dtype. Returns 0, 1 when out of memory or a length is out of range. */
SEARCH_API int idx_record_bytes(const idx_header *h, const idx_record *r, const float *emb, unsigned char **out,
                            size_t *n_out) {
    size_t eb = idx_elem_bytes(h->dtype), len, i;
    unsigned char *p;
    uint32_t magic = IDX_RECORD_MAGIC;
    uint16_t sl = (uint16_t)r->series_len, il = (uint16_t)r->instance_len;
    uint64_t sum;
    if (r->path_len == 0 || r->path_len > IDX_MAX_PATH || r->series_len > 65535 || r->instance_len > 65535) return 1;
    len = IDX_RECORD_FIXED + r->path_len + r->series_len + r->instance_len + (size_t)h->embed_dim * eb;
    if (!(p = (unsigned char *)malloc(len + 8))) return 1;
    memcpy(p, &magic, 4); memcpy(p + 4, &r->path_len, 4); memcpy(p + 8, &r->size, 8); memcpy(p + 16, &r->mtime_ns, 8);
    memcpy(p + 24, &r->width, 4); memcpy(p + 28, &r->height, 4); memcpy(p + 32, &r->frame, 4);
    memcpy(p + 36, &sl, 2); memcpy(p + 38, &il, 2); memcpy(p + 40, &r->slice_position, 8);
    memcpy(p + IDX_RECORD_FIXED, r->path, r->path_len);
    if (sl) memcpy(p + IDX_RECORD_FIXED + r->path_len, r->series, sl);
    if (il) memcpy(p + IDX_RECORD_FIXED + r->path_len + sl, r->instance, il);
    for (i = 0; i < h->embed_dim; i++) {
        unsigned char *e = p + len - (size_t)h->embed_dim * eb + i * eb;
        if (h->dtype == IDX_F16) { uint16_t v = float_to_half(emb[i]); memcpy(e, &v, 2); }
        else memcpy(e, &emb[i], 4);
    }
    sum = idx_hash(p, len);
    memcpy(p + len, &sum, 8);
    *out = p; *n_out = len + 8;
    return 0;
}

/* q[n] . v[n] with v in f32 or f16. The SIMD paths (AVX-512, or AVX2 + F16C + FMA, chosen at
   compile time; SEARCH_NO_SIMD: none) sum in 16 or 8 float lanes; the scalar fallback in one
   double. Results agree to rounding (tests/test_search.py checks both builds). */
SEARCH_API float dot_f32(const float *q, const void *row, size_t n) {
    const unsigned char *v = (const unsigned char *)row;     /* rows are not aligned */
    size_t i = 0;
    double acc = 0.0;
#if !defined(SEARCH_NO_SIMD) && defined(__AVX512F__)
    __m512 s = _mm512_setzero_ps();
    for (; i + 16 <= n; i += 16) s = _mm512_fmadd_ps(_mm512_loadu_ps(q + i), _mm512_loadu_ps(v + 4 * i), s);
    acc = _mm512_reduce_add_ps(s);
#elif !defined(SEARCH_NO_SIMD) && defined(__AVX2__) && defined(__FMA__)
    __m256 s = _mm256_setzero_ps();
    float lanes[8]; int k;
    for (; i + 8 <= n; i += 8) s = _mm256_fmadd_ps(_mm256_loadu_ps(q + i), _mm256_loadu_ps((const float *)(const void *)(v + 4 * i)), s);
    _mm256_storeu_ps(lanes, s);
    for (k = 0; k < 8; k++) acc += lanes[k];
#endif
    for (; i < n; i++) { float x; memcpy(&x, v + 4 * i, 4); acc += (double)q[i] * x; }
    return (float)acc;
}

SEARCH_API float dot_f16(const float *q, const void *row, size_t n) {
    const unsigned char *v = (const unsigned char *)row;
    size_t i = 0;
    double acc = 0.0;
#if !defined(SEARCH_NO_SIMD) && defined(__AVX512F__)
    __m512 s = _mm512_setzero_ps();
    for (; i + 16 <= n; i += 16)
        s = _mm512_fmadd_ps(_mm512_loadu_ps(q + i), _mm512_cvtph_ps(_mm256_loadu_si256((const __m256i *)(const void *)(v + 2 * i))), s);
    acc = _mm512_reduce_add_ps(s);
#elif !defined(SEARCH_NO_SIMD) && defined(__AVX2__) && defined(__F16C__) && defined(__FMA__)
    __m256 s = _mm256_setzero_ps();
    float lanes[8]; int k;
    for (; i + 8 <= n; i += 8)
        s = _mm256_fmadd_ps(_mm256_loadu_ps(q + i), _mm256_cvtph_ps(_mm_loadu_si128((const __m128i *)(const void *)(v + 2 * i))), s);
    _mm256_storeu_ps(lanes, s);
    for (k = 0; k < 8; k++) acc += lanes[k];
#endif
    for (; i < n; i++) { uint16_t x; memcpy(&x, v + 2 * i, 2); acc += (double)q[i] * half_to_float(x); }
    return (float)acc;
}

/* Which kernel this build uses (printed by rclip search --verbose and the bench). */
SEARCH_API const char *search_kernel_name(void) {
#if !defined(SEARCH_NO_SIMD) && defined(__AVX512F__)
    return "avx512";
#elif !defined(SEARCH_NO_SIMD) && defined(__AVX2__) && defined(__F16C__) && defined(__FMA__)
    return "avx2";
#else
    return "scalar";
#endif
}

/* The top k of a stream of (score, id): a min-heap of k entries. NaN scores rank last. */
typedef struct topk_hit { float score; size_t id; } topk_hit;
typedef struct topk { topk_hit *h; size_t n, k; } topk;

SEARCH_API int hit_worse(topk_hit a, topk_hit b) {
    if (a.score != a.score) return b.score == b.score || a.id > b.id;
    if (b.score != b.score) return 0;
    return a.score < b.score || (a.score == b.score && a.id > b.id);
}

SEARCH_API void topk_push(topk *t, topk_hit x) {
    size_t i;
    if (t->k == 0) return;
    if (t->n == t->k) {
        if (!hit_worse(t->h[0], x)) return;
        i = 0;
        for (;;) {                          /* sift x down from the root */
            size_t c = 2 * i + 1;
            if (c >= t->n) break;
            if (c + 1 < t->n && hit_worse(t->h[c + 1], t->h[c])) c++;
            if (!hit_worse(t->h[c], x)) break;
            t->h[i] = t->h[c]; i = c;
        }
        t->h[i] = x;
        return;
    }
    for (i = t->n++; i > 0 && hit_worse(x, t->h[(i - 1) / 2]); i = (i - 1) / 2) t->h[i] = t->h[(i - 1) / 2];
    t->h[i] = x;
}

SEARCH_API int hit_better_cmp(const void *a, const void *b) {
    topk_hit x = *(const topk_hit *)a, y = *(const topk_hit *)b;
    return hit_worse(y, x) ? -1 : hit_worse(x, y) ? 1 : 0;
}

/* The rows to score: rows[i] (n pointers) when rows is set, else the contiguous m[n][dim]. */
typedef struct search_rows { const void *const *rows; const void *m; size_t n, dim; uint32_t dtype; } search_rows;

SEARCH_API float search_score(const float *q, const search_rows *s, size_t i) {
    const void *row = s->rows ? s->rows[i] : (const unsigned char *)s->m + i * s->dim * idx_elem_bytes(s->dtype);
    return s->dtype == IDX_F16 ? dot_f16(q, row, s->dim) : dot_f32(q, row, s->dim);
}

/* Exact top k of q[dim] against every row, best first (ties: lower id first), on the OpenMP
   threads: one heap per thread over a contiguous share, merged. scores (optional, [n]): every
   score. Returns the number of hits (min(k, n)), or (size_t)-1 when out of memory. */
SEARCH_API size_t search_topk(const float *q, const search_rows *s, size_t k, topk_hit *hits, float *scores) {
    int n_threads = 1, t;
    topk_hit *part;
    topk all;
    if (k > s->n) k = s->n;
#ifdef _OPENMP
    n_threads = omp_get_max_threads();
#endif
    if (!(part = (topk_hit *)malloc(sizeof(topk_hit) * (k ? k : 1) * (size_t)n_threads))) return (size_t)-1;
    all.h = hits; all.n = 0; all.k = k;
    {
        size_t counts[256];
        int used = n_threads > 256 ? 256 : n_threads;
#ifdef _OPENMP
#pragma omp parallel num_threads(used)
#endif
        {
            int me = 0, nt = 1;
            size_t i, lo, hi;
            topk mine;
#ifdef _OPENMP
            me = omp_get_thread_num(); nt = omp_get_num_threads();
#endif
            lo = s->n * (size_t)me / (size_t)nt; hi = s->n * (size_t)(me + 1) / (size_t)nt;
            mine.h = part + (size_t)me * k; mine.n = 0; mine.k = k;
            for (i = lo; i < hi; i++) {
                topk_hit x;
                x.score = search_score(q, s, i); x.id = i;
                if (scores) scores[i] = x.score;
                topk_push(&mine, x);
            }
            counts[me] = mine.n;
            if (me == 0) used = nt;
        }
        for (t = 0; t < used; t++) {
            size_t j;
            for (j = 0; j < counts[t]; j++) topk_push(&all, part[(size_t)t * k + j]);
        }
    }
    free(part);
    qsort(hits, all.n, sizeof *hits, hit_better_cmp);
    return all.n;
}

#endif
