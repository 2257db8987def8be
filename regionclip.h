/* regionclip.h — region-aware medical CLIP (RegionMed-CLIP) in one C99 header.

   Runs CLIP-family image/text encoders exactly like their references (open_clip,
   Hugging Face transformers), scores image-text similarity, and (later issues) encodes
   regions of interest and trains the model. Dependencies: libc, libm, optional OpenMP.

   Use:
       #define REGIONCLIP_IMPLEMENTATION     // in exactly one C or C++ file
       #include "regionclip.h"

   Options (define before including the implementation):
       REGIONCLIP_STATIC        every function static (private copy per translation unit)
       RC_MALLOC(sz, user)      allocator used when no rc_allocator is passed
       RC_FREE(p, user)           (both or neither; default malloc/free, user ignored)
       REGIONCLIP_NO_STDIO      no file or mmap loaders (embedded builds: load from memory)
       REGIONCLIP_NO_MMAP       no mmap loader (it is compiled only on POSIX anyway)

   Threads: a loaded rc_model is immutable and may be shared by any number of threads.
   Every call that computes something takes an rc_ctx, which owns scratch memory and the
   last error message; use one rc_ctx per thread. With -fopenmp the heavy loops use all
   cores; without it the library is single-threaded and otherwise identical.

   Errors: every fallible call returns an rc_status (RC_OK == 0). The message for the
   last failure is in rc_ctx_error(ctx), or for loading in the rc_error the caller passes.
   The library never prints, exits or aborts on bad input.

   License: MIT (see LICENSE). */

#ifndef REGIONCLIP_H
#define REGIONCLIP_H

#include <stddef.h>
#include <stdint.h>

#ifdef REGIONCLIP_STATIC
#define RCDEF static
#else
#ifdef __cplusplus
#define RCDEF extern "C"
#else
#define RCDEF extern
#endif
#endif

/* ---------------------------------------------------------------------------------------
   Public API: status codes and errors
   Every fallible call returns one of these; a message with details goes to the rc_error
   (loading) or the rc_ctx (everything else). */

typedef enum rc_status {
    RC_OK = 0,
    RC_ERR_ARG,          /* invalid argument: NULL pointer, zero size, bad enum value      */
    RC_ERR_NOMEM,        /* the allocator returned NULL                                    */
    RC_ERR_IO,           /* a file could not be opened, read or mapped                     */
    RC_ERR_MAGIC,        /* not a GGUF file                                                */
    RC_ERR_VERSION,      /* GGUF version other than 3                                      */
    RC_ERR_TRUNCATED,    /* the file ends inside a header, key/value or tensor table       */
    RC_ERR_FORMAT,       /* malformed content: absurd count, bad string, bad value type    */
    RC_ERR_OVERFLOW,     /* a size computed from the file overflows                        */
    RC_ERR_ALIGN,        /* alignment key invalid, or a tensor offset not aligned          */
    RC_ERR_BOUNDS,       /* a tensor's data lies (partly) outside the file                 */
    RC_ERR_DTYPE,        /* tensor type unknown or not allowed for that tensor             */
    RC_ERR_MISSING,      /* a required key or tensor is absent                             */
    RC_ERR_SHAPE,        /* a tensor's shape disagrees with the configuration              */
    RC_ERR_UNSUPPORTED,  /* valid file, but describes something this library cannot run   */
    RC_ERR_UTF8,         /* text is not valid UTF-8                                        */
    RC_ERR_TOO_LONG,     /* input larger than the documented limit                         */
    RC_ERR_IMAGE,        /* image buffer unusable: zero size, stride too small, bad format */
    RC_ERR_VALUE         /* a number is NaN/Inf or out of its documented range             */
} rc_status;

typedef struct rc_error {
    rc_status code;
    char message[256];
} rc_error;

/* Short constant name of a status, e.g. "RC_ERR_TRUNCATED". Never NULL. */
RCDEF const char *rc_status_name(rc_status s);

/* ---------------------------------------------------------------------------------------
   Public API: memory
   Pass an rc_allocator to route every allocation of a model (and its contexts) through
   your functions; NULL means RC_MALLOC/RC_FREE. alloc may return NULL: that is an error. */

typedef struct rc_allocator {
    void *(*alloc)(void *user, size_t size);
    void (*free)(void *user, void *ptr);
    void *user;
} rc_allocator;

/* ---------------------------------------------------------------------------------------
   Public API: models
   A model is loaded once, is immutable afterwards and can be shared across threads.
   Loading validates every size in the file before using it. */

typedef struct rc_model rc_model;

typedef enum rc_family { RC_FAMILY_CLIP = 0, RC_FAMILY_BIOMEDCLIP = 1 } rc_family;

/* What a model is; filled from the weight file's metadata. */
typedef struct rc_model_info {
    rc_family family;
    int embed_dim;          /* joint embedding size (512 for ViT-B)                  */
    int image_size;         /* square input side the image tower expects             */
    int patch_size;
    int vision_width, vision_layers, vision_heads;
    int text_width, text_layers, text_heads;
    int context_length;     /* tokens per text, including start/end tokens           */
    int vocab_size;
    float logit_scale;      /* exp() of the stored log scale (scores' multiplier)    */
    const char *name;       /* general.name, or "" (owned by the model)              */
} rc_model_info;

/* Load from a file (read into memory owned by the model). On failure *out is NULL, err
   (if not NULL) holds the code and a message, and nothing leaks. */
RCDEF rc_status rc_model_load_file(rc_model **out, const char *path,
                                   const rc_allocator *alloc, rc_error *err);

/* Load from a caller-owned buffer without copying f32 tensors: data must stay valid and
   unchanged until rc_model_free. Useful on devices without a filesystem. */
RCDEF rc_status rc_model_load_memory(rc_model **out, const void *data, size_t size,
                                     const rc_allocator *alloc, rc_error *err);

/* Load by mapping the file read-only (POSIX); falls back to rc_model_load_file where
   mmap is unavailable. The mapping lives until rc_model_free. */
RCDEF rc_status rc_model_load_mmap(rc_model **out, const char *path,
                                   const rc_allocator *alloc, rc_error *err);

/* Free a model and everything it owns. NULL is a no-op. All contexts must be freed first. */
RCDEF void rc_model_free(rc_model *model);

RCDEF rc_model_info rc_model_get_info(const rc_model *model);

/* ---------------------------------------------------------------------------------------
   Public API: contexts
   A context holds scratch memory and the last error of one thread's calls on one model.
   Not thread-safe itself: one per thread. */

typedef struct rc_ctx rc_ctx;

RCDEF rc_status rc_ctx_create(rc_ctx **out, const rc_model *model, rc_error *err);
RCDEF void rc_ctx_free(rc_ctx *ctx);
/* Message of the last failed call on ctx ("" if none). Owned by ctx. */
RCDEF const char *rc_ctx_error(const rc_ctx *ctx);

/* Debugging hook: after each stage of a forward pass, fn(user, name, data, count) sees the
   activations of the current chunk (at most RC_BATCH_CHUNK inputs): "v.embd", "v.blk.N.out",
   "v.pooled", "out.image", "t.embd", "t.blk.N.out", "t.pooled", "out.text". Text stages hold
   only each text's live rows (up to its end token), packed. fn = NULL turns it off. */
typedef void (*rc_trace_fn)(void *user, const char *name, const float *data, size_t count);
RCDEF void rc_ctx_set_trace(rc_ctx *ctx, rc_trace_fn fn, void *user);

/* ---------------------------------------------------------------------------------------
   Public API: text
   Tokenizes exactly like the model's reference tokenizer. Text is UTF-8 (len bytes, or
   NUL-terminated when len == (size_t)-1). Invalid UTF-8 is RC_ERR_UTF8. Text longer than
   the context is truncated with the end token kept last, as open_clip does. */

#define RC_TEXT_MAX_BYTES (1u << 20)   /* larger texts are RC_ERR_TOO_LONG */

/* Writes context_length ids to ids (padded with the pad id, 0 for CLIP) and the number of
   real tokens (start and end included) to *n_tokens (may be NULL). */
RCDEF rc_status rc_tokenize(rc_ctx *ctx, const char *text, size_t len,
                            int32_t *ids, int *n_tokens);

/* Encodes n texts (each context_length ids) into out[n][embed_dim], L2-normalized when
   normalize != 0. */
RCDEF rc_status rc_encode_tokens(rc_ctx *ctx, const int32_t *ids, int n, float *out,
                                 int normalize);

/* Tokenizes and encodes n NUL-terminated UTF-8 texts into out[n][embed_dim]. */
RCDEF rc_status rc_encode_texts(rc_ctx *ctx, const char *const *texts, int n, float *out,
                                int normalize);

/* ---------------------------------------------------------------------------------------
   Public API: images
   An rc_image describes caller-owned pixels; nothing is copied until preprocessing.
   Preprocessing is the reference's: shortest side resized to image_size with PIL's
   antialiased bicubic, center crop, /255, normalize with the file's mean/std. */

typedef enum rc_pixel_format {
    RC_PIXEL_RGB8 = 0,   /* 3 bytes per pixel, R G B                                      */
    RC_PIXEL_GRAY8 = 1,  /* 1 byte per pixel                                              */
    RC_PIXEL_GRAY16 = 2  /* 1 uint16 per pixel, native endianness; windowed to 8 bits     */
} rc_pixel_format;

#define RC_IMAGE_MAX_SIDE 65535   /* larger width, height or output size: RC_ERR_TOO_LONG */

typedef struct rc_image {
    const void *pixels;     /* first pixel of the top row (no alignment required)        */
    int width, height;      /* 1..RC_IMAGE_MAX_SIDE                                       */
    size_t stride;          /* bytes from one row to the next (>= width * bytes/pixel)   */
    rc_pixel_format format;
    /* GRAY16 only: linear window, value v -> floor(clamp((v - (center - width/2)) / width,
       0, 1) * 255 + 0.5) computed in double, then handled as GRAY8. width <= 0 means the
       full range of the data: center is ignored, the window is min..max of the image, and
       a constant image maps to 0. NaN or infinite center/width: RC_ERR_VALUE. Ignored for
       other formats. (This is not DICOM's center - 0.5 / width - 1 convention.) */
    float window_center, window_width;
} rc_image;

/* Preprocesses one image into out[3][image_size][image_size] (normalized floats):
   resize so the short side is S = image_size and the long side int(S * long / short)
   (PIL antialiased bicubic, bit-exact with Pillow 13), center crop S x S (offsets rounded
   half to even like torchvision), gray replicated to R, G, B, then (x / 255 - mean) / std
   in float32, exactly like open_clip's inference transform.
   Errors: NULL -> RC_ERR_ARG; bad format, width/height < 1, stride too small -> RC_ERR_IMAGE;
   a side > RC_IMAGE_MAX_SIDE -> RC_ERR_TOO_LONG; non-finite window -> RC_ERR_VALUE. */
RCDEF rc_status rc_preprocess(rc_ctx *ctx, const rc_image *image, float *out);

/* Same pipeline, stopped before /255 and normalization: out[3][S][S] uint8 (what PIL
   produces). For tests and for viewers that want to show what the model sees. */
RCDEF rc_status rc_preprocess_u8(rc_ctx *ctx, const rc_image *image, uint8_t *out);

/* Encodes n preprocessed images in[n][3][S][S] into out[n][embed_dim]. */
RCDEF rc_status rc_encode_pixels(rc_ctx *ctx, const float *pixels, int n, float *out,
                                 int normalize);

/* Preprocesses and encodes n images into out[n][embed_dim]. */
RCDEF rc_status rc_encode_images(rc_ctx *ctx, const rc_image *images, int n, float *out,
                                 int normalize);

/* ---------------------------------------------------------------------------------------
   Public API: similarity
   Pure functions on embeddings; they never allocate. */

/* L2-normalizes x[n][dim] in place (zero vectors stay zero). */
RCDEF void rc_l2_normalize(float *x, int n, int dim);

/* logits[i][j] = scale * cos(a_i, b_j) for a[na][dim], b[nb][dim]. */
RCDEF void rc_similarity(const float *a, int na, const float *b, int nb, int dim,
                         float scale, float *logits);

/* Prompt ensemble: out[c] = normalize(mean_p normalize(text[c*per_class + p])) for
   text[n_classes*per_class][dim] -> out[n_classes][dim] (must not overlap text). */
RCDEF rc_status rc_prompt_ensemble(const float *text, int n_classes, int per_class, int dim,
                                   float *out);

/* Zero-shot: probs[c] = softmax_c(scale * cos(image, classes[c])) for classes[n][dim]
   (one text embedding per class, or rc_prompt_ensemble's output). RC_ERR_VALUE on NaN/Inf. */
RCDEF rc_status rc_zeroshot(const float *image, const float *classes, int n_classes, int dim,
                            float scale, float *probs);

/* Indices (and scores, if not NULL) of the k entries of db[n][dim] most similar to
   query[dim] by cosine, best first; ties keep the lower index first. */
RCDEF rc_status rc_topk(const float *query, const float *db, int n, int dim, int k,
                        int *index, float *score);

#endif /* REGIONCLIP_H */

/* =======================================================================================
   Implementation
   ======================================================================================= */
#ifdef REGIONCLIP_IMPLEMENTATION
#ifndef REGIONCLIP_IMPLEMENTATION_DONE
#define REGIONCLIP_IMPLEMENTATION_DONE

#include <math.h>
#include <string.h>
#include <limits.h>
#include <float.h>
#include <stdarg.h>
#ifndef REGIONCLIP_NO_STDIO
#include <stdio.h>
#endif
#if !defined(RC_MALLOC)
#include <stdlib.h>
#define RC_MALLOC(sz, user) ((void)(user), malloc(sz))
#define RC_FREE(p, user) ((void)(user), free(p))
#endif
#if !defined(REGIONCLIP_NO_STDIO) && !defined(REGIONCLIP_NO_MMAP) && defined(__unix__)
#include <sys/mman.h>
#include <sys/stat.h>
#include <fcntl.h>
#include <unistd.h>
#endif

/* ---------------------------------------------------------------------------------------
   Basics: allocation, errors, checked arithmetic
   Every size derived from input goes through rc__mul/rc__add, which refuse overflow. */

/* ===== SECTION: basics (owner: core) ===== */

typedef struct rc__alloc {          /* resolved allocator: never NULL function pointers */
    void *(*alloc)(void *user, size_t size);
    void (*free)(void *user, void *ptr);
    void *user;
} rc__alloc;

static void *rc__default_alloc(void *user, size_t size) { (void)user; return RC_MALLOC(size, user); }
static void rc__default_free(void *user, void *ptr) { (void)user; RC_FREE(ptr, user); }

static rc__alloc rc__resolve_alloc(const rc_allocator *a) {
    rc__alloc r;
    if (a && a->alloc && a->free) { r.alloc = a->alloc; r.free = a->free; r.user = a->user; }
    else { r.alloc = rc__default_alloc; r.free = rc__default_free; r.user = NULL; }
    return r;
}

/* Zero-initialized allocation; size 0 allocates 1 byte so NULL always means failure. */
static void *rc__calloc(const rc__alloc *a, size_t size) {
    void *p = a->alloc(a->user, size ? size : 1);
    if (p) memset(p, 0, size ? size : 1);
    return p;
}
static void rc__free(const rc__alloc *a, void *p) { if (p) a->free(a->user, p); }

/* Checked size arithmetic: return 0 on overflow, leaving *r untouched. */
static int rc__mul(size_t a, size_t b, size_t *r) {
    if (a && b > SIZE_MAX / a) return 0;
    *r = a * b; return 1;
}
static int rc__add(size_t a, size_t b, size_t *r) {
    if (b > SIZE_MAX - a) return 0;
    *r = a + b; return 1;
}

/* Formats a message into err (may be NULL) and returns code, so callers can
   `return rc__fail(err, RC_ERR_X, "...", ...)`. Uses only a minimal formatter so that
   REGIONCLIP_NO_STDIO builds do not need snprintf. */
static void rc__append(char *buf, size_t cap, size_t *len, const char *s) {
    while (*s && *len + 1 < cap) buf[(*len)++] = *s++;
    buf[*len] = 0;
}
static void rc__append_u64(char *buf, size_t cap, size_t *len, uint64_t v, int neg) {
    char tmp[24]; int n = 0;
    if (neg) rc__append(buf, cap, len, "-");
    do { tmp[n++] = (char)('0' + v % 10); v /= 10; } while (v);
    while (n) { char c[2]; c[0] = tmp[--n]; c[1] = 0; rc__append(buf, cap, len, c); }
}
/* Supported conversions: %s %.*s %d %u %zu %llu %lld %%. Anything else is copied literally. */
static void rc__vformat(char *buf, size_t cap, const char *fmt, va_list ap) {
    size_t len = 0;
    buf[0] = 0;
    while (*fmt) {
        if (*fmt != '%') { char c[2]; c[0] = *fmt++; c[1] = 0; rc__append(buf, cap, &len, c); continue; }
        fmt++;
        if (*fmt == 's') { const char *s = va_arg(ap, const char *); rc__append(buf, cap, &len, s ? s : "(null)"); fmt++; }
        else if (*fmt == 'd') { int v = va_arg(ap, int); rc__append_u64(buf, cap, &len, v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v, v < 0); fmt++; }
        else if (*fmt == 'u') { unsigned v = va_arg(ap, unsigned); rc__append_u64(buf, cap, &len, v, 0); fmt++; }
        else if (fmt[0] == 'z' && fmt[1] == 'u') { size_t v = va_arg(ap, size_t); rc__append_u64(buf, cap, &len, v, 0); fmt += 2; }
        else if (fmt[0] == 'l' && fmt[1] == 'l' && fmt[2] == 'u') { unsigned long long v = va_arg(ap, unsigned long long); rc__append_u64(buf, cap, &len, v, 0); fmt += 3; }
        else if (fmt[0] == 'l' && fmt[1] == 'l' && fmt[2] == 'd') { long long v = va_arg(ap, long long); rc__append_u64(buf, cap, &len, v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v, v < 0); fmt += 3; }
        else if (fmt[0] == '.' && fmt[1] == '*' && fmt[2] == 's') {
            int n = va_arg(ap, int); const char *str = va_arg(ap, const char *);
            while (n-- > 0 && str && *str && len + 1 < cap) buf[len++] = *str++;
            buf[len] = 0; fmt += 3;
        }
        else if (*fmt == '%') { rc__append(buf, cap, &len, "%"); fmt++; }
        else rc__append(buf, cap, &len, "%");
    }
}

static rc_status rc__fail(rc_error *err, rc_status code, const char *fmt, ...) {
    if (err) {
        va_list ap;
        va_start(ap, fmt);
        err->code = code;
        rc__vformat(err->message, sizeof err->message, fmt, ap);
        va_end(ap);
    }
    return code;
}

RCDEF const char *rc_status_name(rc_status s) {
    static const char *const names[] = {
        "RC_OK", "RC_ERR_ARG", "RC_ERR_NOMEM", "RC_ERR_IO", "RC_ERR_MAGIC", "RC_ERR_VERSION",
        "RC_ERR_TRUNCATED", "RC_ERR_FORMAT", "RC_ERR_OVERFLOW", "RC_ERR_ALIGN", "RC_ERR_BOUNDS",
        "RC_ERR_DTYPE", "RC_ERR_MISSING", "RC_ERR_SHAPE", "RC_ERR_UNSUPPORTED", "RC_ERR_UTF8",
        "RC_ERR_TOO_LONG", "RC_ERR_IMAGE", "RC_ERR_VALUE"
    };
    if ((unsigned)s < sizeof names / sizeof names[0]) return names[s];
    return "RC_ERR_UNKNOWN";
}

/* Byte strings borrowed from a buffer (not NUL-terminated). */
typedef struct rc__str { const char *ptr; size_t len; } rc__str;

static int rc__str_eq(rc__str a, const char *b) {
    size_t n = strlen(b);
    return a.len == n && memcmp(a.ptr, b, n) == 0;
}

/* ===== SECTION: gguf (owner: core) ===== */
/* ---------------------------------------------------------------------------------------
   GGUF v3 reader
   Parses a whole file held in memory; every count, length, type, offset and alignment is
   checked against the bytes that remain before it is used. Nothing is copied. */

enum { RC__GGUF_UINT8, RC__GGUF_INT8, RC__GGUF_UINT16, RC__GGUF_INT16, RC__GGUF_UINT32,
       RC__GGUF_INT32, RC__GGUF_FLOAT32, RC__GGUF_BOOL, RC__GGUF_STRING, RC__GGUF_ARRAY,
       RC__GGUF_UINT64, RC__GGUF_INT64, RC__GGUF_FLOAT64, RC__GGUF_NTYPES };

enum { RC__TYPE_F32 = 0, RC__TYPE_F16 = 1, RC__TYPE_I32 = 26 };  /* ggml tensor types used */

#define RC__GGUF_MAX_DIMS 4
#define RC__GGUF_MAX_DEPTH 3          /* arrays of arrays of ... deeper is RC_ERR_FORMAT */

typedef struct rc__gguf_kv {
    rc__str key;
    uint32_t type;              /* RC__GGUF_*                                      */
    uint32_t elem_type;         /* arrays: element type; else == type              */
    uint64_t count;             /* arrays: element count; else 1                   */
    const uint8_t *value;       /* first byte of the value (array: first element)  */
} rc__gguf_kv;

typedef struct rc__gguf_tensor {
    rc__str name;
    uint32_t n_dims;
    uint64_t ne[RC__GGUF_MAX_DIMS];  /* innermost first, unused dims = 1           */
    uint32_t type;                   /* ggml type id                               */
    uint64_t n_elems;
    size_t nbytes;
    const uint8_t *data;             /* inside the file buffer, aligned as declared */
} rc__gguf_tensor;

typedef struct rc__gguf {
    const uint8_t *base; size_t size;   /* the whole file                         */
    uint64_t n_kv, n_tensors;
    rc__gguf_kv *kv;                    /* [n_kv], owned, sorted by key           */
    rc__gguf_tensor *tensors;           /* [n_tensors], owned, sorted by name     */
    size_t alignment;
} rc__gguf;

typedef struct rc__reader { const uint8_t *p, *end; rc_error *err; } rc__reader;

static rc_status rc__need(rc__reader *r, size_t n, const char *what) {
    if ((size_t)(r->end - r->p) < n)
        return rc__fail(r->err, RC_ERR_TRUNCATED, "file ends inside %s", what);
    return RC_OK;
}
static uint32_t rc__le32(const uint8_t *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}
static uint64_t rc__le64(const uint8_t *p) { return rc__le32(p) | (uint64_t)rc__le32(p + 4) << 32; }

static rc_status rc__read_u32(rc__reader *r, uint32_t *v, const char *what) {
    rc_status s = rc__need(r, 4, what);
    if (s) return s;
    *v = rc__le32(r->p); r->p += 4; return RC_OK;
}
static rc_status rc__read_u64(rc__reader *r, uint64_t *v, const char *what) {
    rc_status s = rc__need(r, 8, what);
    if (s) return s;
    *v = rc__le64(r->p); r->p += 8; return RC_OK;
}
static rc_status rc__read_str(rc__reader *r, rc__str *out, const char *what) {
    uint64_t n; rc_status s = rc__read_u64(r, &n, what);
    if (s) return s;
    if (n > (uint64_t)(r->end - r->p))
        return rc__fail(r->err, RC_ERR_TRUNCATED, "string length %llu in %s exceeds the file",
                        (unsigned long long)n, what);
    out->ptr = (const char *)r->p; out->len = (size_t)n; r->p += n;
    return RC_OK;
}

static size_t rc__gguf_scalar_size(uint32_t t) {
    static const unsigned char sz[RC__GGUF_NTYPES] = {1, 1, 2, 2, 4, 4, 4, 1, 0, 0, 8, 8, 8};
    return t < RC__GGUF_NTYPES ? sz[t] : 0;
}

/* Skips one value of type t (validating strings and nested arrays). */
static rc_status rc__skip_value(rc__reader *r, uint32_t t, int depth, const char *what) {
    rc_status s;
    if (t == RC__GGUF_STRING) { rc__str tmp; return rc__read_str(r, &tmp, what); }
    if (t == RC__GGUF_ARRAY) {
        uint32_t et; uint64_t n, i;
        if (depth >= RC__GGUF_MAX_DEPTH)
            return rc__fail(r->err, RC_ERR_FORMAT, "arrays nested too deeply in %s", what);
        if ((s = rc__read_u32(r, &et, what)) || (s = rc__read_u64(r, &n, what))) return s;
        if (et >= RC__GGUF_NTYPES)
            return rc__fail(r->err, RC_ERR_FORMAT, "unknown array element type %u in %s", et, what);
        if (et != RC__GGUF_STRING && et != RC__GGUF_ARRAY) {
            size_t bytes;
            if (!rc__mul((size_t)n, rc__gguf_scalar_size(et), &bytes) || n > SIZE_MAX)
                return rc__fail(r->err, RC_ERR_OVERFLOW, "array size overflows in %s", what);
            if ((s = rc__need(r, bytes, what))) return s;
            r->p += bytes;
            return RC_OK;
        }
        /* each element takes at least 8 bytes: refuse counts the file cannot hold */
        if (n > (uint64_t)(r->end - r->p) / 8)
            return rc__fail(r->err, RC_ERR_TRUNCATED, "array count %llu in %s exceeds the file",
                            (unsigned long long)n, what);
        for (i = 0; i < n; i++)
            if ((s = rc__skip_value(r, et, depth + 1, what))) return s;
        return RC_OK;
    }
    if (t >= RC__GGUF_NTYPES)
        return rc__fail(r->err, RC_ERR_FORMAT, "unknown value type %u in %s", t, what);
    if ((s = rc__need(r, rc__gguf_scalar_size(t), what))) return s;
    r->p += rc__gguf_scalar_size(t);
    return RC_OK;
}

/* Block size and bytes per block of ggml tensor types (0 = unknown to this reader). */
static void rc__ggml_type_size(uint32_t type, size_t *block, size_t *bytes) {
    static const struct { unsigned char id, block_log2; unsigned short bytes; } tab[] = {
        {0, 0, 4}, {1, 0, 2}, {2, 5, 18}, {3, 5, 20}, {6, 5, 22}, {7, 5, 24}, {8, 5, 34},
        {9, 5, 36}, {10, 8, 84}, {11, 8, 110}, {12, 8, 144}, {13, 8, 176}, {14, 8, 210},
        {15, 8, 292}, {24, 0, 1}, {25, 0, 2}, {26, 0, 4}, {27, 0, 8}, {28, 0, 8}, {30, 0, 2}};
    size_t i;
    *block = 0; *bytes = 0;
    for (i = 0; i < sizeof tab / sizeof tab[0]; i++)
        if (tab[i].id == type) { *block = (size_t)1 << tab[i].block_log2; *bytes = tab[i].bytes; }
}

static void rc__gguf_free(rc__gguf *g, const rc__alloc *a) {
    rc__free(a, g->kv); rc__free(a, g->tensors);
    g->kv = NULL; g->tensors = NULL;
}

/* Byte-wise order of names; the arrays are sorted once so lookups are binary searches
   and duplicates are neighbours (a hostile file with millions of entries stays cheap). */
static int rc__str_cmp(rc__str a, rc__str b) {
    size_t n = a.len < b.len ? a.len : b.len;
    int c = n ? memcmp(a.ptr, b.ptr, n) : 0;
    return c ? c : (a.len > b.len) - (a.len < b.len);
}
static int rc__kv_order(const void *a, const void *b) {
    return rc__str_cmp(((const rc__gguf_kv *)a)->key, ((const rc__gguf_kv *)b)->key);
}
static int rc__tensor_order(const void *a, const void *b) {
    return rc__str_cmp(((const rc__gguf_tensor *)a)->name, ((const rc__gguf_tensor *)b)->name);
}
static const rc__gguf_kv *rc__gguf_find_kv(const rc__gguf *g, const char *key) {
    rc__gguf_kv probe;
    probe.key.ptr = key; probe.key.len = strlen(key);
    return (const rc__gguf_kv *)bsearch(&probe, g->kv, (size_t)g->n_kv, sizeof probe, rc__kv_order);
}
static const rc__gguf_tensor *rc__gguf_find_tensor(const rc__gguf *g, const char *name) {
    rc__gguf_tensor probe;
    probe.name.ptr = name; probe.name.len = strlen(name);
    return (const rc__gguf_tensor *)bsearch(&probe, g->tensors, (size_t)g->n_tensors, sizeof probe, rc__tensor_order);
}

static rc_status rc__gguf_parse_tensor(rc__reader *r, rc__gguf_tensor *t, uint64_t *offset) {
    uint32_t d; rc_status s; size_t block, bsize, n = 1, nbytes;
    if ((s = rc__read_str(r, &t->name, "a tensor name"))) return s;
    if ((s = rc__read_u32(r, &t->n_dims, "a tensor's dimension count"))) return s;
    if (t->n_dims == 0 || t->n_dims > RC__GGUF_MAX_DIMS)
        return rc__fail(r->err, RC_ERR_FORMAT, "tensor '%.*s' has %u dimensions (1..4 allowed)",
                        (int)t->name.len, t->name.ptr, t->n_dims);
    for (d = 0; d < RC__GGUF_MAX_DIMS; d++) t->ne[d] = 1;
    for (d = 0; d < t->n_dims; d++) {
        if ((s = rc__read_u64(r, &t->ne[d], "a tensor's dimensions"))) return s;
        if (t->ne[d] == 0 || t->ne[d] > SIZE_MAX || !rc__mul(n, (size_t)t->ne[d], &n))
            return rc__fail(r->err, t->ne[d] == 0 ? RC_ERR_FORMAT : RC_ERR_OVERFLOW,
                            "tensor dimension %llu invalid or overflowing", (unsigned long long)t->ne[d]);
    }
    if ((s = rc__read_u32(r, &t->type, "a tensor's type"))) return s;
    if ((s = rc__read_u64(r, offset, "a tensor's offset"))) return s;
    rc__ggml_type_size(t->type, &block, &bsize);
    if (!block) return rc__fail(r->err, RC_ERR_DTYPE, "unknown tensor type %u", t->type);
    if (t->ne[0] % block)
        return rc__fail(r->err, RC_ERR_FORMAT, "tensor row of %llu not a multiple of its block %zu",
                        (unsigned long long)t->ne[0], block);
    if (!rc__mul(n / block, bsize, &nbytes))
        return rc__fail(r->err, RC_ERR_OVERFLOW, "tensor byte size overflows");
    t->n_elems = n; t->nbytes = nbytes;
    return RC_OK;
}

/* Parses base[0..size). On success g owns two arrays (free with rc__gguf_free). */
static rc_status rc__gguf_parse(rc__gguf *g, const void *base, size_t size, const rc__alloc *a,
                                rc_error *err) {
    rc__reader r; uint32_t version; rc_status s; uint64_t i;
    uint64_t *offsets = NULL; size_t data_start, data_size;
    memset(g, 0, sizeof *g);
    g->base = (const uint8_t *)base; g->size = size; g->alignment = 32;
    r.p = g->base; r.end = g->base + size; r.err = err;
    if (!base) return rc__fail(err, RC_ERR_ARG, "no data");
    if (size < 4 || memcmp(base, "GGUF", 4) != 0)
        return rc__fail(err, size < 4 ? RC_ERR_TRUNCATED : RC_ERR_MAGIC, "not a GGUF file (bad magic)");
    r.p += 4;
    if ((s = rc__read_u32(&r, &version, "the header"))) return s;
    if (version != 3) return rc__fail(err, RC_ERR_VERSION, "GGUF version %u (only 3 is read)", version);
    if ((s = rc__read_u64(&r, &g->n_tensors, "the header")) || (s = rc__read_u64(&r, &g->n_kv, "the header")))
        return s;
    /* a key/value takes >= 8+4+1 bytes, a tensor info >= 8+4+8+4+8: refuse impossible counts
       before allocating for them */
    if (g->n_kv > (uint64_t)(r.end - r.p) / 13 || g->n_tensors > (uint64_t)(r.end - r.p) / 32)
        return rc__fail(err, RC_ERR_TRUNCATED, "header counts (%llu tensors, %llu keys) exceed the file",
                        (unsigned long long)g->n_tensors, (unsigned long long)g->n_kv);
    g->kv = (rc__gguf_kv *)rc__calloc(a, (size_t)g->n_kv * sizeof *g->kv);
    g->tensors = (rc__gguf_tensor *)rc__calloc(a, (size_t)g->n_tensors * sizeof *g->tensors);
    offsets = (uint64_t *)rc__calloc(a, (size_t)g->n_tensors * sizeof *offsets);
    if (!g->kv || !g->tensors || !offsets) { s = rc__fail(err, RC_ERR_NOMEM, "out of memory parsing GGUF"); goto fail; }

    for (i = 0; i < g->n_kv; i++) {
        rc__gguf_kv *kv = &g->kv[i];
        if ((s = rc__read_str(&r, &kv->key, "a metadata key"))) goto fail;
        if ((s = rc__read_u32(&r, &kv->type, "a metadata value type"))) goto fail;
        kv->elem_type = kv->type; kv->count = 1;
        if (kv->type == RC__GGUF_ARRAY) {
            const uint8_t *start = r.p;
            if ((s = rc__read_u32(&r, &kv->elem_type, "an array header"))) goto fail;
            if ((s = rc__read_u64(&r, &kv->count, "an array header"))) goto fail;
            r.p = start;
            kv->value = start + 12;
        } else kv->value = r.p;
        if ((s = rc__skip_value(&r, kv->type, 0, "metadata"))) goto fail;
        if (rc__str_eq(kv->key, "general.alignment")) {
            uint32_t al;
            if (kv->type != RC__GGUF_UINT32) { s = rc__fail(err, RC_ERR_ALIGN, "general.alignment is not a u32"); goto fail; }
            al = rc__le32(kv->value);
            if (al == 0 || (al & (al - 1)) || al > 65536) { s = rc__fail(err, RC_ERR_ALIGN, "alignment %u is not a power of two <= 65536", al); goto fail; }
            g->alignment = al;
        }
    }
    for (i = 0; i < g->n_tensors; i++)
        if ((s = rc__gguf_parse_tensor(&r, &g->tensors[i], &offsets[i]))) goto fail;
    data_start = (size_t)(r.p - g->base);
    data_start = (data_start + g->alignment - 1) / g->alignment * g->alignment;
    if (g->n_tensors && data_start > size) { s = rc__fail(err, RC_ERR_TRUNCATED, "file ends before the tensor data"); goto fail; }
    data_size = data_start <= size ? size - data_start : 0;
    for (i = 0; i < g->n_tensors; i++) {
        rc__gguf_tensor *t = &g->tensors[i];
        if (offsets[i] % g->alignment) {
            s = rc__fail(err, RC_ERR_ALIGN, "tensor data offset %llu not aligned to %zu",
                         (unsigned long long)offsets[i], g->alignment); goto fail;
        }
        if (offsets[i] > data_size || t->nbytes > data_size - (size_t)offsets[i]) {
            s = rc__fail(err, RC_ERR_BOUNDS, "tensor data (offset %llu, %zu bytes) lies outside the file",
                         (unsigned long long)offsets[i], t->nbytes); goto fail;
        }
        t->data = g->base + data_start + (size_t)offsets[i];
    }
    qsort(g->kv, (size_t)g->n_kv, sizeof *g->kv, rc__kv_order);
    qsort(g->tensors, (size_t)g->n_tensors, sizeof *g->tensors, rc__tensor_order);
    for (i = 1; i < g->n_kv; i++)
        if (!rc__kv_order(&g->kv[i - 1], &g->kv[i])) {
            s = rc__fail(err, RC_ERR_FORMAT, "duplicate metadata key '%.*s'", (int)g->kv[i].key.len, g->kv[i].key.ptr); goto fail;
        }
    for (i = 1; i < g->n_tensors; i++)
        if (!rc__tensor_order(&g->tensors[i - 1], &g->tensors[i])) {
            s = rc__fail(err, RC_ERR_FORMAT, "duplicate tensor name '%.*s'", (int)g->tensors[i].name.len, g->tensors[i].name.ptr); goto fail;
        }
    rc__free(a, offsets);
    return RC_OK;
fail:
    rc__free(a, offsets);
    rc__gguf_free(g, a);
    return s;
}

/* Typed metadata access: RC_ERR_MISSING if absent (and required), RC_ERR_FORMAT if the
   type is wrong. Integers of any width are accepted when the value fits. */
static rc_status rc__kv_u32(const rc__gguf *g, const char *key, uint32_t *out, int required, rc_error *err) {
    const rc__gguf_kv *kv = rc__gguf_find_kv(g, key);
    uint64_t v;
    if (!kv) return required ? rc__fail(err, RC_ERR_MISSING, "metadata '%s' is missing", key) : RC_OK;
    switch (kv->type) {
    case RC__GGUF_UINT8: v = kv->value[0]; break;
    case RC__GGUF_UINT16: v = (uint64_t)kv->value[0] | (uint64_t)kv->value[1] << 8; break;
    case RC__GGUF_UINT32: case RC__GGUF_INT32: v = rc__le32(kv->value); if (kv->type == RC__GGUF_INT32 && v >> 31) v = UINT64_MAX; break;
    case RC__GGUF_UINT64: case RC__GGUF_INT64: v = rc__le64(kv->value); break;
    default: return rc__fail(err, RC_ERR_FORMAT, "metadata '%s' is not an integer", key);
    }
    if (v > 0x7fffffffu) return rc__fail(err, RC_ERR_VALUE, "metadata '%s' = %llu is out of range", key, (unsigned long long)v);
    *out = (uint32_t)v;
    return RC_OK;
}
static float rc__f32_from_bits(uint32_t u) { float f; memcpy(&f, &u, 4); return f; }
static rc_status rc__kv_f32(const rc__gguf *g, const char *key, float *out, int required, rc_error *err) {
    const rc__gguf_kv *kv = rc__gguf_find_kv(g, key);
    if (!kv) return required ? rc__fail(err, RC_ERR_MISSING, "metadata '%s' is missing", key) : RC_OK;
    if (kv->type == RC__GGUF_FLOAT32) *out = rc__f32_from_bits(rc__le32(kv->value));
    else if (kv->type == RC__GGUF_FLOAT64) { uint64_t u = rc__le64(kv->value); double d; memcpy(&d, &u, 8); *out = (float)d; }
    else return rc__fail(err, RC_ERR_FORMAT, "metadata '%s' is not a float", key);
    if (!(*out == *out) || *out > FLT_MAX || *out < -FLT_MAX)
        return rc__fail(err, RC_ERR_VALUE, "metadata '%s' is not finite", key);
    return RC_OK;
}
static rc_status rc__kv_f32_array(const rc__gguf *g, const char *key, float *out, uint64_t n, rc_error *err) {
    const rc__gguf_kv *kv = rc__gguf_find_kv(g, key);
    uint64_t i;
    if (!kv) return rc__fail(err, RC_ERR_MISSING, "metadata '%s' is missing", key);
    if (kv->type != RC__GGUF_ARRAY || kv->elem_type != RC__GGUF_FLOAT32 || kv->count != n)
        return rc__fail(err, RC_ERR_FORMAT, "metadata '%s' is not an array of %llu floats", key, (unsigned long long)n);
    for (i = 0; i < n; i++) {
        out[i] = rc__f32_from_bits(rc__le32(kv->value + 4 * i));
        if (!(out[i] == out[i]) || out[i] > FLT_MAX || out[i] < -FLT_MAX)
            return rc__fail(err, RC_ERR_VALUE, "metadata '%s' holds a non-finite value", key);
    }
    return RC_OK;
}
static rc_status rc__kv_str(const rc__gguf *g, const char *key, rc__str *out, int required, rc_error *err) {
    const rc__gguf_kv *kv = rc__gguf_find_kv(g, key);
    if (!kv) return required ? rc__fail(err, RC_ERR_MISSING, "metadata '%s' is missing", key) : RC_OK;
    if (kv->type != RC__GGUF_STRING) return rc__fail(err, RC_ERR_FORMAT, "metadata '%s' is not a string", key);
    out->len = (size_t)rc__le64(kv->value);
    out->ptr = (const char *)kv->value + 8;
    return RC_OK;
}
/* String arrays: fills out[count] (allocated from a) with views into the file. */
static rc_status rc__kv_str_array(const rc__gguf *g, const char *key, rc__str **out, uint32_t *count,
                                  const rc__alloc *a, rc_error *err) {
    const rc__gguf_kv *kv = rc__gguf_find_kv(g, key);
    const uint8_t *p; uint64_t i;
    *out = NULL; *count = 0;
    if (!kv) return rc__fail(err, RC_ERR_MISSING, "metadata '%s' is missing", key);
    if (kv->type != RC__GGUF_ARRAY || kv->elem_type != RC__GGUF_STRING)
        return rc__fail(err, RC_ERR_FORMAT, "metadata '%s' is not a string array", key);
    if (kv->count > 0x7fffffffu) return rc__fail(err, RC_ERR_VALUE, "metadata '%s' has too many strings", key);
    *out = (rc__str *)rc__calloc(a, (size_t)kv->count * sizeof **out);
    if (!*out) return rc__fail(err, RC_ERR_NOMEM, "out of memory reading '%s'", key);
    for (p = kv->value, i = 0; i < kv->count; i++) {   /* lengths were validated by the parser */
        (*out)[i].len = (size_t)rc__le64(p);
        (*out)[i].ptr = (const char *)p + 8;
        p += 8 + (*out)[i].len;
    }
    *count = (uint32_t)kv->count;
    return RC_OK;
}


/* ===== SECTION: unicode tables (owner: tokenizer; generated by tests/gen_unicode.py) ===== */

/* ===== SECTION: clip bpe tokenizer (owner: tokenizer) ===== */
/* TEMPORARY STUB until the tokenizer branch lands */
typedef struct rc__bpe { int dummy; } rc__bpe;
static rc_status rc__bpe_build(rc__bpe *bpe, const rc__str *tokens, uint32_t n_tokens, const rc__str *merges, uint32_t n_merges, const rc__alloc *a, rc_error *err) { (void)bpe; (void)tokens; (void)n_tokens; (void)merges; (void)n_merges; (void)a; (void)err; return RC_OK; }
static void rc__bpe_free(rc__bpe *bpe, const rc__alloc *a) { (void)bpe; (void)a; }
static rc_status rc__bpe_encode(const rc__bpe *bpe, const char *text, size_t len, int32_t *ids, int ctx_len, int *n_tokens, const rc__alloc *a, rc_error *err) { (void)bpe; (void)text; (void)len; (void)ids; (void)ctx_len; (void)n_tokens; (void)a; return rc__fail(err, RC_ERR_UNSUPPORTED, "stub"); }

/* ===== SECTION: image preprocessing (owner: preprocess) ===== */
/* Image preprocessing: PIL's antialiased bicubic resize of the shortest side to S (8-bit fixed
   point, two separable passes in Pillow's order, bit-exact), center crop S x S, /255, mean/std. */

/* The reference pipeline (open_clip image_transform, resize_mode 'shortest', is_train=False) is
   Resize(S, BICUBIC) -> CenterCrop(S) -> convert('RGB') -> ToTensor -> Normalize, with these facts:
   - torchvision: short side -> S, long side -> int(S * long / short) (float division, truncated);
     nothing is resized when that equals the input size.
   - torchvision CenterCrop: offset int(round((resized - S) / 2.0)), Python round = half to even.
     The resized short side is S, so CenterCrop's zero padding never applies.
   - PIL Image.resize(box=None, reducing_gap=None) -> ImagingResample: per axis, scale = in / out,
     support = 2 * max(scale, 1), taps = ceil(support) * 2 + 1; output i is centred at
     (i + 0.5) * scale and uses inputs [(int)(center - support + 0.5), (int)(center + support + 0.5))
     clamped to the image, weights bicubic((x - center + 0.5) / max(scale, 1)) (a = -0.5) divided by
     their sum, rounded to 22 fractional bits away from zero. Each pass sums in int32 from 2^21 and
     clips (sum >> 22) to 0..255: the intermediate image is uint8, so the order of the passes
     matters. A pass runs only when its side changes. Pillow >= 13 runs the vertical pass first
     when in_h - out_h > 0 and in_h - out_h > 2 * (in_w - out_w) (Pillow PR #9549; checked
     against the installed 13.0.0), else the horizontal pass first (only on the rows the
     vertical pass reads). Define REGIONCLIP_PIL_HORIZONTAL_FIRST to match older Pillow (before
     that PR, i.e. before 13.0), which always ran the horizontal pass first; results differ only
     for images more than about 2:1 tall, by up to 2 levels on a natural image, 21 on noise.
   - convert('RGB') of 'L' copies the channel; it commutes with the per-channel resize.
   Each output pixel depends only on its own coefficients, so only the S x S crop is computed. */

#define RC__PIL_BITS 22                                   /* PIL's PRECISION_BITS: 32 - 8 - 2 */

/* Stores x through memory: keeps the compiler from fusing a multiply and an add (FMA) whose
   separate roundings the reference performs. Used only where the value is precomputed. */
static double rc__rounded(double x) { volatile double v = x; return v; }

/* PIL's bicubic kernel, a = -0.5, support 2: (1.5|x| - 2.5) x^2 + 1 inside 1,
   ((|x| - 5) |x| + 8) |x| - 4) * -0.5 inside 2. */
static double rc__bicubic(double x) {
    if (x < 0.0) x = -x;
    if (x < 1.0) {
        double p = rc__rounded(1.5 * x) - 2.5;
        return rc__rounded(rc__rounded(p * x) * x) + 1.0;
    }
    if (x < 2.0) {
        double p = rc__rounded((x - 5.0) * x) + 8.0;
        return (rc__rounded(p * x) - 4.0) * -0.5;
    }
    return 0.0;
}

/* Fixed-point weights of one axis of a resize in_size -> out_size (out_size may exceed int:
   only the n_out outputs starting at out_first, the crop, are computed). */
typedef struct rc__resample_axis {
    int n_out, taps;        /* taps = PIL's ksize, coefficients reserved per output         */
    int *first;             /* [n_out] first input index used by each output                */
    int *count;             /* [n_out] inputs used (<= taps)                                */
    int32_t *coeff;         /* [n_out][taps] weights with RC__PIL_BITS fractional bits      */
} rc__resample_axis;

static void rc__axis_free(rc__resample_axis *ax, const rc__alloc *a) {
    rc__free(a, ax->first); rc__free(a, ax->count); rc__free(a, ax->coeff);
    memset(ax, 0, sizeof *ax);
}

static rc_status rc__axis_build(rc__resample_axis *ax, int in_size, int64_t out_size,
                                int64_t out_first, int n_out, const rc__alloc *a, rc_error *err) {
    double scale = (double)in_size / (double)out_size;
    double filter_scale = scale < 1.0 ? 1.0 : scale;
    double support = 2.0 * filter_scale, inv_filter_scale = 1.0 / filter_scale;
    double *weight;         /* [taps] the current output's weights before rounding */
    size_t n_coeff;
    int i, t;
    memset(ax, 0, sizeof *ax);
    ax->n_out = n_out;
    ax->taps = (int)ceil(support) * 2 + 1;
    if (!rc__mul((size_t)n_out, (size_t)ax->taps, &n_coeff) || !rc__mul(n_coeff, sizeof(int32_t), &n_coeff))
        return rc__fail(err, RC_ERR_TOO_LONG, "preprocess: resampling table too large");
    ax->first = (int *)rc__calloc(a, (size_t)n_out * sizeof(int));
    ax->count = (int *)rc__calloc(a, (size_t)n_out * sizeof(int));
    ax->coeff = (int32_t *)rc__calloc(a, n_coeff);
    weight = (double *)rc__calloc(a, (size_t)ax->taps * sizeof(double));
    if (!ax->first || !ax->count || !ax->coeff || !weight) {
        rc__free(a, weight); rc__axis_free(ax, a);
        return rc__fail(err, RC_ERR_NOMEM, "preprocess: out of memory (resampling table)");
    }
    for (i = 0; i < n_out; i++) {
        double center = rc__rounded(((double)(out_first + i) + 0.5) * scale), sum = 0.0;
        int lo = (int)(center - support + 0.5), hi = (int)(center + support + 0.5);
        int32_t *k = ax->coeff + (size_t)i * (size_t)ax->taps;
        if (lo < 0) lo = 0;
        if (hi > in_size) hi = in_size;
        if (hi - lo > ax->taps) hi = lo + ax->taps;     /* cannot happen; keeps writes in bounds */
        if (hi < lo) hi = lo;
        for (t = 0; t < hi - lo; t++) {
            weight[t] = rc__bicubic(rc__rounded(((double)(lo + t) - center + 0.5) * inv_filter_scale));
            sum += weight[t];
        }
        for (t = 0; t < hi - lo; t++) {
            double w = sum != 0.0 ? weight[t] / sum : weight[t];
            double fixed = w * (double)(1 << RC__PIL_BITS);             /* exact: power of two */
            k[t] = (int32_t)(w < 0 ? -0.5 + fixed : 0.5 + fixed);
        }
        ax->first[i] = lo;
        ax->count[i] = hi - lo;
    }
    rc__free(a, weight);
    return RC_OK;
}

/* 8-bit interleaved pixels addressed by image coordinates: pixel (x, y) channel c is
   base[(y - y0) * stride + (x - x0) * channels + c]. Views cover the image itself, the windowed
   GRAY16 region, and the intermediate of the two-pass resize. */
typedef struct rc__view {
    const uint8_t *base;
    size_t stride;
    int x0, y0, channels;
} rc__view;

static const uint8_t *rc__view_at(const rc__view *v, int x, int y) {
    return v->base + (size_t)(y - v->y0) * v->stride + (size_t)(x - v->x0) * (size_t)v->channels;
}

/* PIL's clip8: floor(acc / 2^22) clamped to 0..255 (no shift of negative values). */
static uint8_t rc__clip8(int32_t acc) {
    if (acc < 0) return 0;
    acc >>= RC__PIL_BITS;
    return (uint8_t)(acc > 255 ? 255 : acc);
}

/* Horizontal pass over rows [y_begin, y_begin + n_rows) of src:
   dst[y - y_begin][i][c] = clip8(2^21 + sum_t src(first[i] + t, y)[c] * coeff[i][t]). */
static void rc__pass_horizontal(const rc__view *src, int y_begin, int n_rows, const rc__resample_axis *ax,
                                uint8_t *dst /* [n_rows][ax->n_out][channels] */) {
    int y, i, t, channels = src->channels;
    for (y = 0; y < n_rows; y++) {
        uint8_t *out = dst + (size_t)y * (size_t)ax->n_out * (size_t)channels;
        for (i = 0; i < ax->n_out; i++) {
            const int32_t *k = ax->coeff + (size_t)i * (size_t)ax->taps;
            const uint8_t *p = rc__view_at(src, ax->first[i], y_begin + y);
            int n = ax->count[i];
            if (channels == 3) {
                int32_t s0 = 1 << (RC__PIL_BITS - 1), s1 = s0, s2 = s0;
                for (t = 0; t < n; t++, p += 3) { s0 += p[0] * k[t]; s1 += p[1] * k[t]; s2 += p[2] * k[t]; }
                out[3 * i] = rc__clip8(s0); out[3 * i + 1] = rc__clip8(s1); out[3 * i + 2] = rc__clip8(s2);
            } else {
                int32_t s0 = 1 << (RC__PIL_BITS - 1);
                for (t = 0; t < n; t++) s0 += p[t] * k[t];
                out[i] = rc__clip8(s0);
            }
        }
    }
}

/* Vertical pass over columns [x_begin, x_begin + n_cols) of src:
   dst[i][x - x_begin][c] = clip8(2^21 + sum_t src(x, first[i] + t)[c] * coeff[i][t]). */
static void rc__pass_vertical(const rc__view *src, int x_begin, int n_cols, const rc__resample_axis *ax,
                              int32_t *acc /* [n_cols * channels] */, uint8_t *dst /* [ax->n_out][n_cols][channels] */) {
    size_t j, row_values = (size_t)n_cols * (size_t)src->channels;
    int i, t;
    for (i = 0; i < ax->n_out; i++) {
        const int32_t *k = ax->coeff + (size_t)i * (size_t)ax->taps;
        uint8_t *out = dst + (size_t)i * row_values;
        for (j = 0; j < row_values; j++) acc[j] = 1 << (RC__PIL_BITS - 1);
        for (t = 0; t < ax->count[i]; t++) {
            const uint8_t *p = rc__view_at(src, x_begin, ax->first[i] + t);
            for (j = 0; j < row_values; j++) acc[j] += p[j] * k[t];
        }
        for (j = 0; j < row_values; j++) out[j] = rc__clip8(acc[j]);
    }
}

/* GRAY16 window as a lookup table: v -> floor(clamp((v - lo) / width, 0, 1) * 255 + 0.5),
   lo = center - width / 2, all in double; width <= 0: lo = min, width = max - min of the image
   (1 if the image is constant, which then maps to 0). */
static void rc__window_lut(const rc_image *img, uint8_t *lut /* [65536] */) {
    double lo, width;
    int v;
    if (img->window_width > 0) {
        width = (double)img->window_width;
        lo = (double)img->window_center - width / 2.0;
    } else {
        unsigned vmin = 65535, vmax = 0;
        int x, y;
        for (y = 0; y < img->height; y++) {
            const uint8_t *row = (const uint8_t *)img->pixels + (size_t)y * img->stride;
            for (x = 0; x < img->width; x++) {
                uint16_t p;
                memcpy(&p, row + 2 * (size_t)x, 2);     /* rows may be unaligned */
                if (p < vmin) vmin = p;
                if (p > vmax) vmax = p;
            }
        }
        lo = (double)vmin;
        width = vmax > vmin ? (double)(vmax - vmin) : 1.0;
    }
    for (v = 0; v < 65536; v++) {
        double t = ((double)v - lo) / width;
        if (t < 0.0) t = 0.0;
        if (t > 1.0) t = 1.0;
        lut[v] = (uint8_t)floor(rc__rounded(t * 255.0) + 0.5);
    }
}

/* Python's int(round(d / 2.0)) for d >= 0: halves go to the even neighbour. */
static int64_t rc__half_round_even(int64_t d) {
    int64_t q = d / 2;
    return (d % 2 != 0 && q % 2 != 0) ? q + 1 : q;
}

static int rc__pp_finite(float v) { return v == v && v - v == 0.0f; }   /* not NaN, not +-Inf */

static rc_status rc__image_check(const rc_image *img, int size, rc_error *err) {
    size_t bytes_per_pixel, row_bytes, total;
    if (!img || !img->pixels) return rc__fail(err, RC_ERR_ARG, "preprocess: image or pixels is NULL");
    if (img->format != RC_PIXEL_RGB8 && img->format != RC_PIXEL_GRAY8 && img->format != RC_PIXEL_GRAY16)
        return rc__fail(err, RC_ERR_IMAGE, "preprocess: unknown pixel format %d", (int)img->format);
    if (img->width < 1 || img->height < 1)
        return rc__fail(err, RC_ERR_IMAGE, "preprocess: image size %dx%d, need >= 1x1", img->width, img->height);
    if (img->width > RC_IMAGE_MAX_SIDE || img->height > RC_IMAGE_MAX_SIDE)
        return rc__fail(err, RC_ERR_TOO_LONG, "preprocess: image size %dx%d, limit %d per side",
                        img->width, img->height, RC_IMAGE_MAX_SIDE);
    if (size < 1) return rc__fail(err, RC_ERR_ARG, "preprocess: output size %d, need >= 1", size);
    if (size > RC_IMAGE_MAX_SIDE)
        return rc__fail(err, RC_ERR_TOO_LONG, "preprocess: output size %d, limit %d", size, RC_IMAGE_MAX_SIDE);
    bytes_per_pixel = img->format == RC_PIXEL_RGB8 ? 3 : img->format == RC_PIXEL_GRAY16 ? 2 : 1;
    row_bytes = (size_t)img->width * bytes_per_pixel;
    if (img->stride < row_bytes)
        return rc__fail(err, RC_ERR_IMAGE, "preprocess: stride %zu < width * bytes per pixel %zu", img->stride, row_bytes);
    if (!rc__mul(img->stride, (size_t)img->height - 1, &total) || !rc__add(total, row_bytes, &total))
        return rc__fail(err, RC_ERR_IMAGE, "preprocess: stride * height overflows");
    if (img->format == RC_PIXEL_GRAY16 &&
        (!rc__pp_finite(img->window_center) || !rc__pp_finite(img->window_width)))
        return rc__fail(err, RC_ERR_VALUE, "preprocess: window center/width must be finite");
    return RC_OK;
}

/* Allocates a * b * c bytes (checked, left uninitialized: every buffer here is written before
   it is read) or fails with RC_ERR_NOMEM / RC_ERR_TOO_LONG. */
static rc_status rc__alloc3(void **p, size_t a, size_t b, size_t c, const rc__alloc *al, rc_error *err) {
    size_t n;
    if (!rc__mul(a, b, &n) || !rc__mul(n, c, &n))
        return rc__fail(err, RC_ERR_TOO_LONG, "preprocess: buffer size overflows");
    *p = al->alloc(al->user, n ? n : 1);
    return *p ? RC_OK : rc__fail(err, RC_ERR_NOMEM, "preprocess: out of memory (%zu bytes)", n);
}

/* image -> out[3][size][size] uint8, exactly PIL's Resize(shortest=size, BICUBIC) +
   CenterCrop(size) of the RGB conversion (see the facts above). */
static rc_status rc__preprocess_u8(const rc_image *img, int size, uint8_t *out, const rc__alloc *a,
                                   rc_error *err) {
    rc__resample_axis x_axis, y_axis;   /* crop columns / rows of the resize, when that axis changes */
    rc__view src, final_view;
    void *gray = NULL;          /* [n_rows][n_cols] windowed GRAY16 region                       */
    void *lut = NULL;           /* [65536] GRAY16 window                                         */
    void *temp = NULL;          /* first pass: [n_rows][size][ch] (horizontal first) or
                                   [size][n_cols][ch] (vertical first)                           */
    void *final = NULL;         /* [size][size][ch] second pass                                  */
    void *acc = NULL;           /* [max(n_cols, size) * ch] int32 vertical-pass sums              */
    int64_t out_w, out_h, crop_left, crop_top;      /* resized size and crop offset */
    int channels, need_h, need_v, vertical_first, i, c;
    int row_first, row_end, col_first, col_end, n_rows, n_cols;   /* source region read */
    size_t plane;
    rc_status st = rc__image_check(img, size, err);
    if (st != RC_OK) return st;
    if (!out) return rc__fail(err, RC_ERR_ARG, "preprocess: out is NULL");
    plane = (size_t)size * (size_t)size;
    channels = img->format == RC_PIXEL_RGB8 ? 3 : 1;
    memset(&x_axis, 0, sizeof x_axis);
    memset(&y_axis, 0, sizeof y_axis);

    /* torchvision Resize(size): exact integer product, correctly rounded division, truncation */
    if (img->width <= img->height) {
        out_w = size;
        out_h = (int64_t)((double)((int64_t)size * img->height) / (double)img->width);
    } else {
        out_h = size;
        out_w = (int64_t)((double)((int64_t)size * img->width) / (double)img->height);
    }
    crop_left = rc__half_round_even(out_w - size);
    crop_top = rc__half_round_even(out_h - size);
    need_h = out_w != img->width;
    need_v = out_h != img->height;
#ifdef REGIONCLIP_PIL_HORIZONTAL_FIRST
    vertical_first = 0;                 /* older Pillow: always horizontal, then vertical */
#else
    vertical_first = img->height > out_h && img->height - out_h > 2 * (img->width - out_w);
#endif

    if (need_h && (st = rc__axis_build(&x_axis, img->width, out_w, crop_left, size, a, err)) != RC_OK) goto done;
    if (need_v && (st = rc__axis_build(&y_axis, img->height, out_h, crop_top, size, a, err)) != RC_OK) goto done;
    /* source columns and rows the crop depends on (first/count are monotonic) */
    col_first = need_h ? x_axis.first[0] : (int)crop_left;
    col_end = need_h ? x_axis.first[size - 1] + x_axis.count[size - 1] : (int)crop_left + size;
    row_first = need_v ? y_axis.first[0] : (int)crop_top;
    row_end = need_v ? y_axis.first[size - 1] + y_axis.count[size - 1] : (int)crop_top + size;
    n_cols = col_end - col_first;
    n_rows = row_end - row_first;

    src.base = (const uint8_t *)img->pixels; src.stride = img->stride;
    src.x0 = 0; src.y0 = 0; src.channels = channels;
    if (img->format == RC_PIXEL_GRAY16) {   /* window the region once, then it is GRAY8 */
        int x, y;
        if ((st = rc__alloc3(&lut, 65536, 1, 1, a, err)) != RC_OK) goto done;
        if ((st = rc__alloc3(&gray, (size_t)n_rows, (size_t)n_cols, 1, a, err)) != RC_OK) goto done;
        rc__window_lut(img, (uint8_t *)lut);
        for (y = 0; y < n_rows; y++) {
            const uint8_t *row = (const uint8_t *)img->pixels + (size_t)(row_first + y) * img->stride;
            uint8_t *dst = (uint8_t *)gray + (size_t)y * (size_t)n_cols;
            for (x = 0; x < n_cols; x++) {
                uint16_t v;
                memcpy(&v, row + 2 * (size_t)(col_first + x), 2);
                dst[x] = ((const uint8_t *)lut)[v];
            }
        }
        src.base = (const uint8_t *)gray; src.stride = (size_t)n_cols;
        src.x0 = col_first; src.y0 = row_first;
    }

    if ((st = rc__alloc3(&final, plane, (size_t)channels, 1, a, err)) != RC_OK) goto done;
    st = rc__alloc3(&acc, (size_t)(n_cols > size ? n_cols : size), (size_t)channels, sizeof(int32_t), a, err);
    if (st != RC_OK) goto done;
    final_view.base = (const uint8_t *)final; final_view.stride = (size_t)size * (size_t)channels;
    final_view.x0 = 0; final_view.y0 = 0; final_view.channels = channels;
    if (need_h && need_v) {             /* two passes, in the order Pillow picks */
        rc__view mid;
        mid.channels = channels;
        if (vertical_first) {
            if ((st = rc__alloc3(&temp, (size_t)size, (size_t)n_cols, (size_t)channels, a, err)) != RC_OK) goto done;
            rc__pass_vertical(&src, col_first, n_cols, &y_axis, (int32_t *)acc, (uint8_t *)temp);
            mid.base = (const uint8_t *)temp; mid.stride = (size_t)n_cols * (size_t)channels;
            mid.x0 = col_first; mid.y0 = 0;
            rc__pass_horizontal(&mid, 0, size, &x_axis, (uint8_t *)final);
        } else {
            if ((st = rc__alloc3(&temp, (size_t)n_rows, (size_t)size, (size_t)channels, a, err)) != RC_OK) goto done;
            rc__pass_horizontal(&src, row_first, n_rows, &x_axis, (uint8_t *)temp);
            mid.base = (const uint8_t *)temp; mid.stride = (size_t)size * (size_t)channels;
            mid.x0 = 0; mid.y0 = row_first;
            rc__pass_vertical(&mid, 0, size, &y_axis, (int32_t *)acc, (uint8_t *)final);
        }
    } else if (need_h) {
        rc__pass_horizontal(&src, row_first, size, &x_axis, (uint8_t *)final);
    } else if (need_v) {
        rc__pass_vertical(&src, col_first, size, &y_axis, (int32_t *)acc, (uint8_t *)final);
    } else {                            /* no resize: the crop itself */
        final_view = src;
        final_view.x0 -= col_first;
        final_view.y0 -= row_first;
    }

    /* interleaved [size][size][ch] -> planes out[3][size][size] (gray replicated) */
    for (i = 0; i < size; i++) {
        const uint8_t *p = rc__view_at(&final_view, 0, i);
        size_t j;
        for (c = 0; c < channels; c++)
            for (j = 0; j < (size_t)size; j++)
                out[(size_t)c * plane + (size_t)i * (size_t)size + j] = p[j * (size_t)channels + (size_t)c];
    }
    if (channels == 1) { memcpy(out + plane, out, plane); memcpy(out + 2 * plane, out, plane); }
    st = RC_OK;
done:
    rc__axis_free(&x_axis, a);
    rc__axis_free(&y_axis, a);
    rc__free(a, gray); rc__free(a, lut); rc__free(a, temp); rc__free(a, final); rc__free(a, acc);
    return st;
}

/* Same, then out[c][i][j] = (u8 / 255 - mean[c]) / std[c], each step in float32 like
   torchvision's ToTensor (x.float().div(255)) and Normalize (sub_(mean).div_(std)). */
static rc_status rc__preprocess_f32(const rc_image *img, int size, const float mean[3], const float std[3],
                                    float *out, const rc__alloc *a, rc_error *err) {
    uint8_t *pixels;            /* [3][size][size] */
    size_t plane, n, j;
    rc_status st;
    int c;
    if (!mean || !std || !out) return rc__fail(err, RC_ERR_ARG, "preprocess: mean, std or out is NULL");
    for (c = 0; c < 3; c++)
        if (!rc__pp_finite(mean[c]) || !rc__pp_finite(std[c]) || std[c] == 0.0f)
            return rc__fail(err, RC_ERR_VALUE, "preprocess: mean/std must be finite and std non-zero");
    st = rc__image_check(img, size, err);
    if (st != RC_OK) return st;
    plane = (size_t)size * (size_t)size;
    if (!rc__mul(plane, 3, &n)) return rc__fail(err, RC_ERR_TOO_LONG, "preprocess: output too large");
    pixels = (uint8_t *)rc__calloc(a, n);
    if (!pixels) return rc__fail(err, RC_ERR_NOMEM, "preprocess: out of memory");
    st = rc__preprocess_u8(img, size, pixels, a, err);
    if (st == RC_OK)
        for (c = 0; c < 3; c++)
            for (j = 0; j < plane; j++) {
                float unit = (float)pixels[(size_t)c * plane + j] / 255.0f;
                float centered = unit - mean[c];
                out[(size_t)c * plane + j] = centered / std[c];
            }
    rc__free(a, pixels);
    return st;
}


/* ===== SECTION: tensor ops (owner: core) ===== */
/* ---------------------------------------------------------------------------------------
   Tensor ops (forward)
   Row-major f32 kernels with the shapes written next to each pointer. The matmul is the
   hot path: SIMD dot-product tiles under compile-time checks, a scalar fallback otherwise. */

#if defined(_OPENMP)
#include <omp.h>
#define RC__PRAGMA(x) _Pragma(#x)
#define RC__OMP(x) RC__PRAGMA(omp x)
static int rc__max_threads(void) { return omp_get_max_threads(); }
static int rc__thread_id(void) { return omp_get_thread_num(); }
#else
#define RC__OMP(x)
static int rc__max_threads(void) { return 1; }
static int rc__thread_id(void) { return 0; }
#endif

#if defined(__AVX512F__) && !defined(REGIONCLIP_NO_SIMD)
#include <immintrin.h>
#define RC__VW 16
typedef __m512 rc__vf;
#define rc__vload(p) _mm512_loadu_ps(p)
#define rc__vzero() _mm512_setzero_ps()
#define rc__vfma(a, b, acc) _mm512_fmadd_ps(a, b, acc)
#define rc__vsum(v) _mm512_reduce_add_ps(v)
#define RC__SIMD_NAME "avx512"
#elif defined(__AVX2__) && defined(__FMA__) && !defined(REGIONCLIP_NO_SIMD)
#include <immintrin.h>
#define RC__VW 8
typedef __m256 rc__vf;
#define rc__vload(p) _mm256_loadu_ps(p)
#define rc__vzero() _mm256_setzero_ps()
#define rc__vfma(a, b, acc) _mm256_fmadd_ps(a, b, acc)
static float rc__vsum(__m256 v) {
    __m128 s = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
    s = _mm_add_ps(s, _mm_movehl_ps(s, s));
    s = _mm_add_ss(s, _mm_shuffle_ps(s, s, 1));
    return _mm_cvtss_f32(s);
}
#define RC__SIMD_NAME "avx2"
#elif defined(__ARM_NEON) && defined(__aarch64__) && !defined(REGIONCLIP_NO_SIMD)
#include <arm_neon.h>
#define RC__VW 4
typedef float32x4_t rc__vf;
#define rc__vload(p) vld1q_f32(p)
#define rc__vzero() vdupq_n_f32(0.0f)
#define rc__vfma(a, b, acc) vfmaq_f32(acc, a, b)
#define rc__vsum(v) vaddvq_f32(v)
#define RC__SIMD_NAME "neon"
#else
#define RC__VW 1
typedef float rc__vf;
#define rc__vload(p) (*(p))
#define rc__vzero() 0.0f
#define rc__vfma(a, b, acc) ((acc) + (a) * (b))
#define rc__vsum(v) (v)
#define RC__SIMD_NAME "scalar"
#endif

/* dot(a[n], b[n]) */
static float rc__dot(const float *a, const float *b, int n) {
    rc__vf acc = rc__vzero();
    float s; int k = 0;
    for (; k + RC__VW <= n; k += RC__VW) acc = rc__vfma(rc__vload(a + k), rc__vload(b + k), acc);
    s = rc__vsum(acc);
    for (; k < n; k++) s += a[k] * b[k];
    return s;
}

/* 4x4 tile: c[r][c] = dot(a + r*lda, b + c*ldb) over n, for r, c < 4. */
static void rc__dot_tile4x4(const float *a, int lda, const float *b, int ldb, int n, float c[4][4]) {
    rc__vf acc[4][4];
    int r, q, k = 0;
    for (r = 0; r < 4; r++) for (q = 0; q < 4; q++) acc[r][q] = rc__vzero();
    for (; k + RC__VW <= n; k += RC__VW) {
        rc__vf va[4], vb[4];
        for (r = 0; r < 4; r++) va[r] = rc__vload(a + (size_t)r * lda + k);
        for (q = 0; q < 4; q++) vb[q] = rc__vload(b + (size_t)q * ldb + k);
        for (r = 0; r < 4; r++) for (q = 0; q < 4; q++) acc[r][q] = rc__vfma(va[r], vb[q], acc[r][q]);
    }
    for (r = 0; r < 4; r++)
        for (q = 0; q < 4; q++) {
            float s = rc__vsum(acc[r][q]); int kk;
            for (kk = k; kk < n; kk++) s += a[(size_t)r * lda + kk] * b[(size_t)q * ldb + kk];
            c[r][q] = s;
        }
}

/* out[n][dout] (+)= in[n][din] . w[dout][din]^T + bias[dout] (bias may be NULL).
   accumulate != 0 adds to out (residual connections) instead of overwriting. */
static void rc__matmul(float *out, const float *in, const float *w, const float *bias,
                       int n, int din, int dout, int accumulate) {
    enum { BI = 64, BJ = 64 };
    int nbi = (n + BI - 1) / BI, nbj = (dout + BJ - 1) / BJ, task;
    RC__OMP(parallel for schedule(dynamic, 1))
    for (task = 0; task < nbi * nbj; task++) {
        int i0 = (task / nbj) * BI, j0 = (task % nbj) * BJ;
        int i1 = i0 + BI < n ? i0 + BI : n, j1 = j0 + BJ < dout ? j0 + BJ : dout, i, j, r, q;
        for (i = i0; i < i1; i += 4)
            for (j = j0; j < j1; j += 4) {
                float c[4][4];
                int mr = i1 - i < 4 ? i1 - i : 4, nr = j1 - j < 4 ? j1 - j : 4;
                if (mr == 4 && nr == 4)
                    rc__dot_tile4x4(in + (size_t)i * din, din, w + (size_t)j * din, din, din, c);
                else
                    for (r = 0; r < mr; r++)
                        for (q = 0; q < nr; q++)
                            c[r][q] = rc__dot(in + (size_t)(i + r) * din, w + (size_t)(j + q) * din, din);
                for (r = 0; r < mr; r++)
                    for (q = 0; q < nr; q++) {
                        float *o = &out[(size_t)(i + r) * dout + j + q];
                        float v = c[r][q] + (bias ? bias[j + q] : 0.0f);
                        *o = accumulate ? *o + v : v;
                    }
            }
    }
}

/* out[n][dim] = LayerNorm(in[n][dim]) * w + b; out may equal in. */
static void rc__layernorm(float *out, const float *in, const float *w, const float *b,
                          int n, int dim, float eps) {
    int i;
    RC__OMP(parallel for schedule(static))
    for (i = 0; i < n; i++) {
        const float *x = in + (size_t)i * dim;
        float *y = out + (size_t)i * dim;
        double mean = 0.0, var = 0.0; float inv; int k;
        for (k = 0; k < dim; k++) mean += x[k];
        mean /= dim;
        for (k = 0; k < dim; k++) { double d = x[k] - mean; var += d * d; }
        var /= dim;
        inv = (float)(1.0 / sqrt(var + eps));
        for (k = 0; k < dim; k++) y[k] = ((x[k] - (float)mean) * inv) * w[k] + b[k];
    }
}

enum { RC__ACT_QUICK_GELU = 0, RC__ACT_GELU = 1 };

/* x[n] = act(x[n]) in place. */
static void rc__activate(float *x, size_t n, int act) {
    long i;
    if (act == RC__ACT_GELU) {
        RC__OMP(parallel for schedule(static))
        for (i = 0; i < (long)n; i++) x[i] = 0.5f * x[i] * (1.0f + erff(x[i] * 0.70710678118654752f));
    } else {
        RC__OMP(parallel for schedule(static))
        for (i = 0; i < (long)n; i++) x[i] = x[i] / (1.0f + expf(-1.702f * x[i]));
    }
}

/* Multi-head self-attention over a ragged batch.
   qkv[rows][3*width] (q | k | v, head h in columns h*hd..), out[rows][width];
   sequence s occupies rows seq_start[s] .. seq_start[s]+seq_len[s]-1.
   scratch: [n_threads][max_len] floats. causal masks keys after the query. */
static void rc__attention(float *out, const float *qkv, const int *seq_start, const int *seq_len,
                          int n_seq, int width, int heads, int causal, float *scratch, int max_len) {
    int hd = width / heads, task;
    float scale = 1.0f / sqrtf((float)hd);
    RC__OMP(parallel for schedule(dynamic, 1))
    for (task = 0; task < n_seq * heads; task++) {
        int s = task / heads, h = task % heads, T = seq_len[s], i, j, d;
        const float *base = qkv + (size_t)seq_start[s] * 3 * width;
        float *p = scratch + (size_t)rc__thread_id() * max_len;
        for (i = 0; i < T; i++) {
            const float *q = base + (size_t)i * 3 * width + h * hd;
            float *o = out + ((size_t)seq_start[s] + i) * width + h * hd;
            int nk = causal ? i + 1 : T;
            float mx = -FLT_MAX, sum = 0.0f, inv;
            for (j = 0; j < nk; j++) {
                p[j] = rc__dot(q, base + (size_t)j * 3 * width + width + h * hd, hd) * scale;
                if (p[j] > mx) mx = p[j];
            }
            for (j = 0; j < nk; j++) { p[j] = expf(p[j] - mx); sum += p[j]; }
            inv = 1.0f / sum;
            for (d = 0; d < hd; d++) o[d] = 0.0f;
            for (j = 0; j < nk; j++) {
                const float *v = base + (size_t)j * 3 * width + 2 * width + h * hd;
                float pj = p[j] * inv;
                for (d = 0; d < hd; d++) o[d] += pj * v[d];
            }
        }
    }
}


/* ===== SECTION: model (owner: core) ===== */
/* ---------------------------------------------------------------------------------------
   Model: configuration, tensor binding, loaders
   The configuration comes from metadata; one plan (arena bytes for converted tensors and
   block tables) is computed by a dry-run bind pass, allocated once, then bound for real. */

#define RC__MAX_PROJ 4              /* projection layers per tower (BiomedCLIP text: 2) */
#define RC_BATCH_CHUNK 8            /* images/texts per forward chunk (sizes the scratch) */

typedef struct rc__block {          /* one transformer block, W = width, M = mlp_dim       */
    const float *ln1_w, *ln1_b;     /* [W]                                                 */
    const float *qkv_w;             /* [3W][W]                                             */
    const float *qkv_b;             /* [3W]                                                */
    const float *out_w;             /* [W][W]                                              */
    const float *out_b;             /* [W]                                                 */
    const float *ln2_w, *ln2_b;     /* [W]                                                 */
    const float *fc_w;              /* [M][W]                                              */
    const float *fc_b;              /* [M]                                                 */
    const float *proj_w;            /* [W][M]                                              */
    const float *proj_b;            /* [W]                                                 */
} rc__block;

typedef struct rc__linear {         /* y = x w^T + b                                       */
    const float *w;                 /* [out][in]                                           */
    const float *b;                 /* [out] or NULL                                       */
    int in, out;
} rc__linear;

typedef struct rc__tower {          /* what both towers share                              */
    int width, layers, heads, mlp_dim, act;
    float ln_eps;
    rc__block *blocks;              /* [layers]                                            */
    int n_proj;
    rc__linear proj[RC__MAX_PROJ];  /* width -> ... -> embed_dim                          */
} rc__tower;

enum { RC__TEXT_CAUSAL = 0, RC__TEXT_BERT = 1 };

struct rc_model {
    rc__alloc alloc;
    rc_model_info info;             /* info.logit_scale holds exp(logit_scale_log)         */
    float logit_scale_log;
    char name[64];
    /* storage */
    void *file_buf;                 /* owned copy of the file (rc_model_load_file) or NULL */
    void *map; size_t map_size;     /* mmap'd file or NULL                                 */
    rc__gguf gguf;                  /* views into the file                                 */
    void *arena; size_t arena_size; /* converted (f16 -> f32) tensors and block tables     */
    size_t arena_used;
    int planning;                   /* 1 during the dry-run bind pass                      */
    /* vision tower, S = image_size, P = patch_size, N = (S/P)^2, Tv = N + 1 */
    rc__tower vis;
    int image_size, patch_size, n_patches;
    float mean[3], std[3];
    const float *patch_w;           /* [W][3][P][P]                                        */
    const float *patch_b;           /* [W] or NULL                                         */
    const float *class_embd;        /* [W]                                                 */
    const float *vis_pos;           /* [Tv][W]                                             */
    const float *pre_ln_w, *pre_ln_b;   /* [W] or NULL                                     */
    const float *post_ln_w, *post_ln_b; /* [W]                                             */
    /* text tower, C = context_length, V = vocab */
    rc__tower txt;
    int text_arch, context_length, vocab_size, n_types;
    int pad_id;                     /* BERT: [PAD] from the vocabulary; -1 for CLIP         */
    const float *token_embd;        /* [V][W]                                              */
    const float *txt_pos;           /* [C][W]                                              */
    const float *type_embd;         /* BERT: [n_types][W], row 0 used                      */
    const float *embd_ln_w, *embd_ln_b;   /* BERT: [W], LayerNorm after the embeddings     */
    const float *final_ln_w, *final_ln_b; /* causal: [W], ln_final at the end token        */
    /* tokenizer */
    rc__str *tok_strings; uint32_t n_tok_strings;
    rc__str *merge_strings; uint32_t n_merge_strings;
    rc__bpe bpe;
    int has_bpe;
};

/* Reserves (planning) or carves (binding) n bytes of the arena, 64-byte aligned. */
static void *rc__arena_take(rc_model *m, size_t n) {
    size_t at = (m->arena_used + 63) & ~(size_t)63;
    m->arena_used = at + n;
    if (m->planning) return NULL;
    return (char *)m->arena + at;
}

static float rc__f16_to_f32(uint16_t h) {
    uint32_t sign = (uint32_t)(h >> 15) << 31, exp = (h >> 10) & 0x1f, man = h & 0x3ff, u;
    if (exp == 0) {
        if (man == 0) u = sign;
        else {                                     /* subnormal: normalize */
            exp = 127 - 15 + 1;
            while (!(man & 0x400)) { man <<= 1; exp--; }
            u = sign | exp << 23 | (man & 0x3ff) << 13;
        }
    } else if (exp == 31) u = sign | 0x7f800000u | man << 13;
    else u = sign | (exp + 127 - 15) << 23 | man << 13;
    return rc__f32_from_bits(u);
}

/* Binds tensor `name` with PyTorch-order shape dims[0..nd) (outermost first) as f32.
   Missing optional tensors give NULL. F32 data is used in place when aligned; F16 is
   converted into the arena. */
static rc_status rc__bind(rc_model *m, const float **out, const char *name, int nd,
                          const int *dims, int required, rc_error *err) {
    const rc__gguf_tensor *t = rc__gguf_find_tensor(&m->gguf, name);
    int d; uint64_t i;
    *out = NULL;
    if (!t) return required ? rc__fail(err, RC_ERR_MISSING, "tensor '%s' is missing", name) : RC_OK;
    if (t->type != RC__TYPE_F32 && t->type != RC__TYPE_F16)
        return rc__fail(err, RC_ERR_DTYPE, "tensor '%s' has type %u (F32 or F16 expected)", name, t->type);
    if ((int)t->n_dims != nd) goto bad_shape;
    for (d = 0; d < nd; d++) if (t->ne[nd - 1 - d] != (uint64_t)dims[d]) goto bad_shape;
    if (t->type == RC__TYPE_F32 && ((uintptr_t)t->data & 3) == 0) {
        *out = (const float *)(const void *)t->data;
        return RC_OK;
    }
    {
        float *dst = (float *)rc__arena_take(m, (size_t)t->n_elems * sizeof(float));
        if (!m->planning) {
            for (i = 0; i < t->n_elems; i++) {
                if (t->type == RC__TYPE_F16)
                    dst[i] = rc__f16_to_f32((uint16_t)(t->data[2 * i] | t->data[2 * i + 1] << 8));
                else
                    dst[i] = rc__f32_from_bits(rc__le32(t->data + 4 * i));
            }
        }
        *out = dst;
    }
    return RC_OK;
bad_shape:
    {
        char got[96], want[96]; size_t gl = 0, wl = 0;
        got[0] = want[0] = 0;
        for (d = (int)t->n_dims - 1; d >= 0; d--) {
            rc__append_u64(got, sizeof got, &gl, t->ne[d], 0);
            if (d) rc__append(got, sizeof got, &gl, "x");
        }
        for (d = 0; d < nd; d++) {
            rc__append_u64(want, sizeof want, &wl, (uint64_t)dims[d], 0);
            if (d + 1 < nd) rc__append(want, sizeof want, &wl, "x");
        }
        return rc__fail(err, RC_ERR_SHAPE, "tensor '%s' has shape %s, expected %s", name, got, want);
    }
}

/* Small helpers for the common shapes. */
static rc_status rc__bind1(rc_model *m, const float **o, const char *n, int a, int req, rc_error *e) {
    return rc__bind(m, o, n, 1, &a, req, e);
}
static rc_status rc__bind2(rc_model *m, const float **o, const char *n, int a, int b, int req, rc_error *e) {
    int d[2]; d[0] = a; d[1] = b;
    return rc__bind(m, o, n, 2, d, req, e);
}

/* "prefix.blk.N.suffix" into buf. */
static const char *rc__name(char *buf, size_t cap, const char *prefix, int idx, const char *suffix) {
    size_t len = 0;
    buf[0] = 0;
    rc__append(buf, cap, &len, prefix);
    if (idx >= 0) { rc__append_u64(buf, cap, &len, (uint64_t)idx, 0); rc__append(buf, cap, &len, "."); }
    rc__append(buf, cap, &len, suffix);
    return buf;
}

/* Binds a tower's blocks ("v.blk." / "t.blk.") and projection ("v.proj." / "t.proj."). */
static rc_status rc__bind_tower(rc_model *m, rc__tower *tw, const char *blk, const char *proj,
                                int embed_dim, rc_error *err) {
    char nm[96]; int i, W = tw->width, M = tw->mlp_dim; rc_status s;
    tw->blocks = (rc__block *)rc__arena_take(m, (size_t)tw->layers * sizeof(rc__block));
    for (i = 0; i < tw->layers; i++) {
        rc__block tmp, *b = m->planning ? &tmp : &tw->blocks[i];
        if ((s = rc__bind1(m, &b->ln1_w, rc__name(nm, sizeof nm, blk, i, "ln1.weight"), W, 1, err)) ||
            (s = rc__bind1(m, &b->ln1_b, rc__name(nm, sizeof nm, blk, i, "ln1.bias"), W, 1, err)) ||
            (s = rc__bind2(m, &b->qkv_w, rc__name(nm, sizeof nm, blk, i, "attn_qkv.weight"), 3 * W, W, 1, err)) ||
            (s = rc__bind1(m, &b->qkv_b, rc__name(nm, sizeof nm, blk, i, "attn_qkv.bias"), 3 * W, 1, err)) ||
            (s = rc__bind2(m, &b->out_w, rc__name(nm, sizeof nm, blk, i, "attn_out.weight"), W, W, 1, err)) ||
            (s = rc__bind1(m, &b->out_b, rc__name(nm, sizeof nm, blk, i, "attn_out.bias"), W, 1, err)) ||
            (s = rc__bind1(m, &b->ln2_w, rc__name(nm, sizeof nm, blk, i, "ln2.weight"), W, 1, err)) ||
            (s = rc__bind1(m, &b->ln2_b, rc__name(nm, sizeof nm, blk, i, "ln2.bias"), W, 1, err)) ||
            (s = rc__bind2(m, &b->fc_w, rc__name(nm, sizeof nm, blk, i, "mlp_fc.weight"), M, W, 1, err)) ||
            (s = rc__bind1(m, &b->fc_b, rc__name(nm, sizeof nm, blk, i, "mlp_fc.bias"), M, 1, err)) ||
            (s = rc__bind2(m, &b->proj_w, rc__name(nm, sizeof nm, blk, i, "mlp_proj.weight"), W, M, 1, err)) ||
            (s = rc__bind1(m, &b->proj_b, rc__name(nm, sizeof nm, blk, i, "mlp_proj.bias"), W, 1, err)))
            return s;
    }
    /* projection layers: count them, read each layer's shape from the file, chain-check */
    for (tw->n_proj = 0, i = 0; i <= RC__MAX_PROJ; i++) {
        const rc__gguf_tensor *t = rc__gguf_find_tensor(&m->gguf, rc__name(nm, sizeof nm, proj, i, "weight"));
        rc__linear *l = &tw->proj[i];
        int in = i ? tw->proj[i - 1].out : W;
        if (!t) break;
        if (i == RC__MAX_PROJ) return rc__fail(err, RC_ERR_UNSUPPORTED, "more than %d projection layers", RC__MAX_PROJ);
        if (t->n_dims != 2 || t->ne[1] > 65536) return rc__fail(err, RC_ERR_SHAPE, "tensor '%s' is not a matrix", nm);
        l->in = in; l->out = (int)t->ne[1];
        if ((s = rc__bind2(m, &l->w, nm, l->out, in, 1, err)) ||
            (s = rc__bind1(m, &l->b, rc__name(nm, sizeof nm, proj, i, "bias"), l->out, 0, err)))
            return s;
        tw->n_proj++;
    }
    if (tw->n_proj == 0) return rc__fail(err, RC_ERR_MISSING, "tensor '%s0.weight' is missing", proj);
    if (tw->proj[tw->n_proj - 1].out != embed_dim)
        return rc__fail(err, RC_ERR_SHAPE, "'%s' projection ends at %d, embed_dim is %d", proj,
                        tw->proj[tw->n_proj - 1].out, embed_dim);
    return RC_OK;
}

/* The parts in which the causal (CLIP) and BERT text towers differ. */
static rc_status rc__bind_text_extras(rc_model *m, rc_error *err) {
    int W = m->txt.width; rc_status s;
    const rc__gguf_tensor *types;
    if (m->text_arch == RC__TEXT_CAUSAL)
        return (s = rc__bind1(m, &m->final_ln_w, "t.final_ln.weight", W, 1, err)) ? s :
               rc__bind1(m, &m->final_ln_b, "t.final_ln.bias", W, 1, err);
    types = rc__gguf_find_tensor(&m->gguf, "t.type_embd");
    if (!types) return rc__fail(err, RC_ERR_MISSING, "tensor 't.type_embd' is missing");
    m->n_types = types->n_dims == 2 && types->ne[1] <= 1024 ? (int)types->ne[1] : 1;
    return (s = rc__bind2(m, &m->type_embd, "t.type_embd", m->n_types, W, 1, err)) ||
           (s = rc__bind1(m, &m->embd_ln_w, "t.embd_ln.weight", W, 1, err)) ? s :
           rc__bind1(m, &m->embd_ln_b, "t.embd_ln.bias", W, 1, err);
}

static rc_status rc__bind_all(rc_model *m, rc_error *err) {
    int W = m->vis.width, P = m->patch_size, Tv = m->n_patches + 1, Wt = m->txt.width;
    int pd[4]; rc_status s;
    pd[0] = W; pd[1] = 3; pd[2] = P; pd[3] = P;
    m->arena_used = 0;
    if ((s = rc__bind(m, &m->patch_w, "v.patch_embd.weight", 4, pd, 1, err)) ||
        (s = rc__bind1(m, &m->patch_b, "v.patch_embd.bias", W, 0, err)) ||
        (s = rc__bind1(m, &m->class_embd, "v.class_embd", W, 1, err)) ||
        (s = rc__bind2(m, &m->vis_pos, "v.pos_embd", Tv, W, 1, err)) ||
        (s = rc__bind1(m, &m->pre_ln_w, "v.pre_ln.weight", W, 0, err)) ||
        (s = rc__bind1(m, &m->pre_ln_b, "v.pre_ln.bias", W, m->pre_ln_w != NULL, err)) ||
        (s = rc__bind1(m, &m->post_ln_w, "v.post_ln.weight", W, 1, err)) ||
        (s = rc__bind1(m, &m->post_ln_b, "v.post_ln.bias", W, 1, err)) ||
        (s = rc__bind_tower(m, &m->vis, "v.blk.", "v.proj.", m->info.embed_dim, err)) ||
        (s = rc__bind2(m, &m->token_embd, "t.token_embd.weight", m->vocab_size, Wt, 1, err)) ||
        (s = rc__bind2(m, &m->txt_pos, "t.pos_embd", m->context_length, Wt, 1, err)) ||
        (s = rc__bind_text_extras(m, err)) ||
        (s = rc__bind_tower(m, &m->txt, "t.blk.", "t.proj.", m->info.embed_dim, err)))
        return s;
    return RC_OK;
}

/* Reads an integer hyperparameter and checks lo <= v <= hi. */
static rc_status rc__kv_int(const rc__gguf *g, const char *key, int *out, int lo, int hi, rc_error *err) {
    uint32_t v = 0; rc_status s = rc__kv_u32(g, key, &v, 1, err);
    if (s) return s;
    if ((int)v < lo || (int)v > hi)
        return rc__fail(err, RC_ERR_VALUE, "metadata '%s' = %u outside %d..%d", key, v, lo, hi);
    *out = (int)v;
    return RC_OK;
}
static rc_status rc__kv_act(const rc__gguf *g, const char *key, int *act, rc_error *err) {
    rc__str v; rc_status s = rc__kv_str(g, key, &v, 1, err);
    if (s) return s;
    if (rc__str_eq(v, "quick_gelu")) *act = RC__ACT_QUICK_GELU;
    else if (rc__str_eq(v, "gelu")) *act = RC__ACT_GELU;
    else return rc__fail(err, RC_ERR_UNSUPPORTED, "activation '%.*s' in '%s'", (int)v.len, v.ptr, key);
    return RC_OK;
}
static rc_status rc__read_tower(const rc__gguf *g, rc__tower *tw, const char *prefix, rc_error *err) {
    char k[80]; rc_status s;
    if ((s = rc__kv_int(g, rc__name(k, sizeof k, prefix, -1, "width"), &tw->width, 1, 16384, err)) ||
        (s = rc__kv_int(g, rc__name(k, sizeof k, prefix, -1, "layers"), &tw->layers, 1, 256, err)) ||
        (s = rc__kv_int(g, rc__name(k, sizeof k, prefix, -1, "heads"), &tw->heads, 1, 1024, err)) ||
        (s = rc__kv_int(g, rc__name(k, sizeof k, prefix, -1, "mlp_dim"), &tw->mlp_dim, 1, 65536, err)) ||
        (s = rc__kv_f32(g, rc__name(k, sizeof k, prefix, -1, "ln_eps"), &tw->ln_eps, 1, err)) ||
        (s = rc__kv_act(g, rc__name(k, sizeof k, prefix, -1, "act"), &tw->act, err)))
        return s;
    if (tw->width % tw->heads)
        return rc__fail(err, RC_ERR_VALUE, "%swidth %d is not divisible by heads %d", prefix, tw->width, tw->heads);
    if (!(tw->ln_eps > 0.0f && tw->ln_eps < 1.0f))
        return rc__fail(err, RC_ERR_VALUE, "%sln_eps must be in (0, 1)", prefix);
    return RC_OK;
}

static rc_status rc__read_config(rc_model *m, rc_error *err) {
    const rc__gguf *g = &m->gguf;
    rc__str v; rc_status s; int grid;
    if ((s = rc__kv_str(g, "general.architecture", &v, 1, err))) return s;
    if (!rc__str_eq(v, "regionclip"))
        return rc__fail(err, RC_ERR_UNSUPPORTED, "architecture '%.*s' (regionclip expected)", (int)v.len, v.ptr);
    if ((s = rc__kv_str(g, "regionclip.family", &v, 1, err))) return s;
    if (rc__str_eq(v, "clip")) m->info.family = RC_FAMILY_CLIP;
    else if (rc__str_eq(v, "biomedclip")) m->info.family = RC_FAMILY_BIOMEDCLIP;
    else return rc__fail(err, RC_ERR_UNSUPPORTED, "model family '%.*s'", (int)v.len, v.ptr);
    v.ptr = ""; v.len = 0;
    if ((s = rc__kv_str(g, "general.name", &v, 0, err))) return s;
    memcpy(m->name, v.ptr, v.len < sizeof m->name - 1 ? v.len : sizeof m->name - 1);
    if ((s = rc__kv_int(g, "regionclip.embed_dim", &m->info.embed_dim, 1, 16384, err)) ||
        (s = rc__kv_f32(g, "regionclip.logit_scale", &m->logit_scale_log, 1, err)) ||
        (s = rc__kv_int(g, "regionclip.vision.image_size", &m->image_size, 1, 4096, err)) ||
        (s = rc__kv_int(g, "regionclip.vision.patch_size", &m->patch_size, 1, 1024, err)) ||
        (s = rc__read_tower(g, &m->vis, "regionclip.vision.", err)) ||
        (s = rc__kv_f32_array(g, "regionclip.vision.image_mean", m->mean, 3, err)) ||
        (s = rc__kv_f32_array(g, "regionclip.vision.image_std", m->std, 3, err)) ||
        (s = rc__kv_int(g, "regionclip.text.context_length", &m->context_length, 2, 8192, err)) ||
        (s = rc__kv_int(g, "regionclip.text.vocab_size", &m->vocab_size, 1, 1 << 24, err)) ||
        (s = rc__read_tower(g, &m->txt, "regionclip.text.", err)))
        return s;
    if (m->image_size % m->patch_size)
        return rc__fail(err, RC_ERR_VALUE, "image size %d is not a multiple of patch size %d", m->image_size, m->patch_size);
    grid = m->image_size / m->patch_size;
    m->n_patches = grid * grid;
    if (!(m->std[0] > 0 && m->std[1] > 0 && m->std[2] > 0))
        return rc__fail(err, RC_ERR_VALUE, "image_std must be positive");
    if (m->logit_scale_log > 20.0f)
        return rc__fail(err, RC_ERR_VALUE, "logit_scale (log) %d is absurd", (int)m->logit_scale_log);
    m->info.logit_scale = expf(m->logit_scale_log);
    if ((s = rc__kv_str(g, "regionclip.text.arch", &v, 1, err))) return s;
    m->pad_id = -1;
    if (rc__str_eq(v, "causal")) m->text_arch = RC__TEXT_CAUSAL;
    else if (rc__str_eq(v, "bert")) m->text_arch = RC__TEXT_BERT;
    else return rc__fail(err, RC_ERR_UNSUPPORTED, "text tower '%.*s'", (int)v.len, v.ptr);
    /* pooling follows the tower: end token for causal, [CLS] for BERT; the key must agree */
    if ((s = rc__kv_str(g, "regionclip.text.pool", &v, 1, err))) return s;
    if (!rc__str_eq(v, m->text_arch == RC__TEXT_CAUSAL ? "eot" : "cls"))
        return rc__fail(err, RC_ERR_UNSUPPORTED, "text pooling '%.*s' with this text tower", (int)v.len, v.ptr);
    if ((s = rc__kv_str(g, "tokenizer.ggml.model", &v, 1, err))) return s;
    if (!rc__str_eq(v, "clip_bpe"))
        return rc__fail(err, RC_ERR_UNSUPPORTED, "tokenizer '%.*s'", (int)v.len, v.ptr);
    return RC_OK;
}

static rc_status rc__build_tokenizer(rc_model *m, rc_error *err) {
    rc_status s;
    if ((s = rc__kv_str_array(&m->gguf, "tokenizer.ggml.tokens", &m->tok_strings, &m->n_tok_strings, &m->alloc, err)) ||
        (s = rc__kv_str_array(&m->gguf, "tokenizer.ggml.merges", &m->merge_strings, &m->n_merge_strings, &m->alloc, err)))
        return s;
    if (m->n_tok_strings != (uint32_t)m->vocab_size)
        return rc__fail(err, RC_ERR_SHAPE, "tokenizer has %u tokens, the text tower %d", m->n_tok_strings, m->vocab_size);
    if ((s = rc__bpe_build(&m->bpe, m->tok_strings, m->n_tok_strings, m->merge_strings, m->n_merge_strings, &m->alloc, err)))
        return s;
    m->has_bpe = 1;
    return RC_OK;
}

RCDEF void rc_model_free(rc_model *m) {
    rc__alloc a;
    if (!m) return;
    a = m->alloc;
    if (m->has_bpe) rc__bpe_free(&m->bpe, &a);
    rc__free(&a, m->tok_strings);
    rc__free(&a, m->merge_strings);
    rc__gguf_free(&m->gguf, &a);
    rc__free(&a, m->arena);
    rc__free(&a, m->file_buf);
#if !defined(REGIONCLIP_NO_STDIO) && !defined(REGIONCLIP_NO_MMAP) && defined(__unix__)
    if (m->map) munmap(m->map, m->map_size);
#endif
    rc__free(&a, m);
}

/* Builds a model over data[0..size) (already owned or borrowed by the caller). */
static rc_status rc__model_open(rc_model **out, const void *data, size_t size, const rc_allocator *alloc,
                                void *file_buf, void *map, rc_error *err) {
    rc__alloc a = rc__resolve_alloc(alloc);
    rc_model *m = (rc_model *)rc__calloc(&a, sizeof *m);
    rc_status s;
    *out = NULL;
    if (!m) return rc__fail(err, RC_ERR_NOMEM, "out of memory allocating the model");
    m->alloc = a; m->file_buf = file_buf; m->map = map; m->map_size = size;
    if ((s = rc__gguf_parse(&m->gguf, data, size, &a, err)) || (s = rc__read_config(m, err))) goto fail;
    m->planning = 1;
    if ((s = rc__bind_all(m, err))) goto fail;
    m->arena_size = m->arena_used;
    m->planning = 0;
    m->arena = rc__calloc(&a, m->arena_size + 64);
    if (!m->arena) { s = rc__fail(err, RC_ERR_NOMEM, "out of memory for %zu bytes of weights", m->arena_size); goto fail; }
    m->arena = m->arena;   /* arena pointer from calloc is max-aligned; rc__arena_take aligns offsets */
    if ((s = rc__bind_all(m, err)) || (s = rc__build_tokenizer(m, err))) goto fail;
    m->info.image_size = m->image_size; m->info.patch_size = m->patch_size;
    m->info.vision_width = m->vis.width; m->info.vision_layers = m->vis.layers; m->info.vision_heads = m->vis.heads;
    m->info.text_width = m->txt.width; m->info.text_layers = m->txt.layers; m->info.text_heads = m->txt.heads;
    m->info.context_length = m->context_length; m->info.vocab_size = m->vocab_size;
    m->info.name = m->name;
    *out = m;
    return RC_OK;
fail:
    if (err && err->code == RC_OK) err->code = s;
    rc_model_free(m);
    return s;
}

RCDEF rc_status rc_model_load_memory(rc_model **out, const void *data, size_t size,
                                     const rc_allocator *alloc, rc_error *err) {
    if (err) { err->code = RC_OK; err->message[0] = 0; }
    if (!out) return rc__fail(err, RC_ERR_ARG, "out is NULL");
    *out = NULL;
    if (!data) return rc__fail(err, RC_ERR_ARG, "data is NULL");
    return rc__model_open(out, data, size, alloc, NULL, NULL, err);
}

#ifndef REGIONCLIP_NO_STDIO
RCDEF rc_status rc_model_load_file(rc_model **out, const char *path,
                                   const rc_allocator *alloc, rc_error *err) {
    rc__alloc a = rc__resolve_alloc(alloc);
    FILE *f; long len; void *buf; size_t got;
    if (err) { err->code = RC_OK; err->message[0] = 0; }
    if (!out) return rc__fail(err, RC_ERR_ARG, "out is NULL");
    *out = NULL;
    if (!path) return rc__fail(err, RC_ERR_ARG, "path is NULL");
    f = fopen(path, "rb");
    if (!f) return rc__fail(err, RC_ERR_IO, "cannot open '%s'", path);
    if (fseek(f, 0, SEEK_END) != 0 || (len = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0) {
        fclose(f);
        return rc__fail(err, RC_ERR_IO, "cannot size '%s'", path);
    }
    buf = rc__calloc(&a, (size_t)len);
    if (!buf) { fclose(f); return rc__fail(err, RC_ERR_NOMEM, "out of memory reading '%s' (%zu bytes)", path, (size_t)len); }
    got = fread(buf, 1, (size_t)len, f);
    fclose(f);
    if (got != (size_t)len) { rc__free(&a, buf); return rc__fail(err, RC_ERR_IO, "short read on '%s'", path); }
    return rc__model_open(out, buf, (size_t)len, alloc, buf, NULL, err);
}
#endif

RCDEF rc_status rc_model_load_mmap(rc_model **out, const char *path,
                                   const rc_allocator *alloc, rc_error *err) {
#if !defined(REGIONCLIP_NO_STDIO) && !defined(REGIONCLIP_NO_MMAP) && defined(__unix__)
    int fd; struct stat st; void *map; rc_status s;
    if (err) { err->code = RC_OK; err->message[0] = 0; }
    if (!out) return rc__fail(err, RC_ERR_ARG, "out is NULL");
    *out = NULL;
    if (!path) return rc__fail(err, RC_ERR_ARG, "path is NULL");
    fd = open(path, O_RDONLY);
    if (fd < 0) return rc__fail(err, RC_ERR_IO, "cannot open '%s'", path);
    if (fstat(fd, &st) != 0 || st.st_size <= 0) {
        close(fd);
        return rc__fail(err, st.st_size == 0 ? RC_ERR_TRUNCATED : RC_ERR_IO, "cannot map empty or unreadable '%s'", path);
    }
    map = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (map == MAP_FAILED) return rc__fail(err, RC_ERR_IO, "cannot mmap '%s'", path);
    s = rc__model_open(out, map, (size_t)st.st_size, alloc, NULL, map, err);
    return s;   /* on failure rc_model_free (inside) already unmapped */
#elif !defined(REGIONCLIP_NO_STDIO)
    return rc_model_load_file(out, path, alloc, err);
#else
    (void)path; (void)alloc;
    if (out) *out = NULL;
    return rc__fail(err, RC_ERR_ARG, "built with REGIONCLIP_NO_STDIO: load from memory");
#endif
}

RCDEF rc_model_info rc_model_get_info(const rc_model *m) {
    rc_model_info z;
    if (m) return m->info;
    memset(&z, 0, sizeof z);
    z.name = "";
    return z;
}

/* ---------------------------------------------------------------------------------------
   Context and forward passes
   A context owns one scratch block sized from the model's configuration for a chunk of
   RC_BATCH_CHUNK inputs; towers run over ragged batches (rows of all sequences packed). */

struct rc_ctx {
    const rc_model *model;
    rc__alloc alloc;
    rc_error err;
    rc_trace_fn trace; void *trace_user;
    int n_threads;
    void *block;                 /* the one scratch allocation                             */
    /* views into block; R = RC_BATCH_CHUNK * max(Tv, C) rows, W = max width, M = max mlp */
    float *x;                    /* [R][W]   residual stream                               */
    float *h;                    /* [R][W]   normed input / attention output              */
    float *qkv;                  /* [R][3W]                                                */
    float *mlp;                  /* [R][M]   (also im2col patches [B*N][3*P*P])            */
    float *att;                  /* [n_threads][maxT] attention probabilities             */
    float *pooled;               /* [B][maxP] pooled and projected vectors (two halves)    */
    float *pixels;               /* [B][3][S][S] preprocessed images                      */
    int32_t *ids;                /* [B][C]                                                 */
    int seq_start[RC_BATCH_CHUNK], seq_len[RC_BATCH_CHUNK];
};

static void rc__trace(rc_ctx *c, const char *name, const float *data, size_t count) {
    if (c->trace) c->trace(c->trace_user, name, data, count);
}

RCDEF const char *rc_ctx_error(const rc_ctx *c) { return c ? c->err.message : "ctx is NULL"; }

RCDEF void rc_ctx_set_trace(rc_ctx *c, rc_trace_fn fn, void *user) {
    if (c) { c->trace = fn; c->trace_user = user; }
}

RCDEF void rc_ctx_free(rc_ctx *c) {
    rc__alloc a;
    if (!c) return;
    a = c->alloc;
    rc__free(&a, c->block);
    rc__free(&a, c);
}

static size_t rc__max_z(size_t a, size_t b) { return a > b ? a : b; }

RCDEF rc_status rc_ctx_create(rc_ctx **out, const rc_model *m, rc_error *err) {
    rc_ctx *c; size_t B = RC_BATCH_CHUNK, Tv, C, R, W, M, P, S, maxT, maxP = 0, off = 0, total;
    size_t sz[8]; int i, k;
    if (err) { err->code = RC_OK; err->message[0] = 0; }
    if (!out || !m) return rc__fail(err, RC_ERR_ARG, "out or model is NULL");
    *out = NULL;
    Tv = (size_t)m->n_patches + 1; C = (size_t)m->context_length;
    maxT = rc__max_z(Tv, C); R = B * maxT;
    W = rc__max_z((size_t)m->vis.width, (size_t)m->txt.width);
    M = rc__max_z((size_t)m->vis.mlp_dim, (size_t)m->txt.mlp_dim);
    P = (size_t)m->patch_size; S = (size_t)m->image_size;
    M = rc__max_z(M, 3 * P * P * (size_t)m->n_patches / maxT + 1);   /* im2col fits in mlp */
    for (k = 0; k < 2; k++) {
        const rc__tower *tw = k ? &m->txt : &m->vis;
        maxP = rc__max_z(maxP, (size_t)tw->width);
        for (i = 0; i < tw->n_proj; i++) maxP = rc__max_z(maxP, (size_t)tw->proj[i].out);
    }
    /* the configuration is validated, but a 32-bit host can still overflow: check */
    {
        int ok = rc__mul(R, W, &sz[0]) && rc__mul(R, W, &sz[1]) && rc__mul(R * 3, W, &sz[2]) &&
                 rc__mul(R, M, &sz[3]) && rc__mul((size_t)rc__max_threads(), maxT, &sz[4]) &&
                 rc__mul(B * 2, maxP, &sz[5]) && rc__mul(B * 3 * S, S, &sz[6]) && rc__mul(B, C, &sz[7]);
        for (total = 0, i = 0; ok && i < 8; i++)
            ok = rc__mul(sz[i], sizeof(float), &sz[i]) && rc__add(sz[i], 63, &sz[i]) &&
                 (sz[i] &= ~(size_t)63, rc__add(total, sz[i], &total));
        if (!ok) return rc__fail(err, RC_ERR_OVERFLOW, "scratch size overflows");
    }
    c = (rc_ctx *)rc__calloc(&m->alloc, sizeof *c);
    if (!c) return rc__fail(err, RC_ERR_NOMEM, "out of memory for a context");
    c->model = m; c->alloc = m->alloc; c->n_threads = rc__max_threads();
    c->block = m->alloc.alloc(m->alloc.user, total);
    if (!c->block) { rc__free(&m->alloc, c); return rc__fail(err, RC_ERR_NOMEM, "out of memory for %zu bytes of scratch", total); }
#define RC__CARVE(ptr, type, i) (ptr = (type *)(void *)((char *)c->block + off), off += sz[i])
    RC__CARVE(c->x, float, 0); RC__CARVE(c->h, float, 1); RC__CARVE(c->qkv, float, 2); RC__CARVE(c->mlp, float, 3);
    RC__CARVE(c->att, float, 4); RC__CARVE(c->pooled, float, 5); RC__CARVE(c->pixels, float, 6); RC__CARVE(c->ids, int32_t, 7);
#undef RC__CARVE
    *out = c;
    return RC_OK;
}

/* Runs tw's blocks on c->x over the ragged batch in c->seq_start/seq_len (n_seq, rows).
   Pre-LN (CLIP, timm):  x += attn(LN1(x));  x += mlp(LN2(x)).
   Post-LN (BERT):       x = LN1(x + attn(x)); x = LN2(x + mlp(x)). */
static void rc__tower_blocks(rc_ctx *c, const rc__tower *tw, int n_seq, int rows, int causal,
                             int post_ln, const char *prefix) {
    int W = tw->width, M = tw->mlp_dim, l, maxT = 0, s;
    char nm[32];
    for (s = 0; s < n_seq; s++) if (c->seq_len[s] > maxT) maxT = c->seq_len[s];
    for (l = 0; l < tw->layers; l++) {
        const rc__block *b = &tw->blocks[l];
        const float *attn_in = c->x, *mlp_in = c->x;
        if (!post_ln) { rc__layernorm(c->h, c->x, b->ln1_w, b->ln1_b, rows, W, tw->ln_eps); attn_in = c->h; }
        rc__matmul(c->qkv, attn_in, b->qkv_w, b->qkv_b, rows, W, 3 * W, 0);
        rc__attention(c->h, c->qkv, c->seq_start, c->seq_len, n_seq, W, tw->heads, causal, c->att, maxT);
        rc__matmul(c->x, c->h, b->out_w, b->out_b, rows, W, W, 1);
        if (post_ln) rc__layernorm(c->x, c->x, b->ln1_w, b->ln1_b, rows, W, tw->ln_eps);
        else { rc__layernorm(c->h, c->x, b->ln2_w, b->ln2_b, rows, W, tw->ln_eps); mlp_in = c->h; }
        rc__matmul(c->mlp, mlp_in, b->fc_w, b->fc_b, rows, W, M, 0);
        rc__activate(c->mlp, (size_t)rows * M, tw->act);
        rc__matmul(c->x, c->mlp, b->proj_w, b->proj_b, rows, M, W, 1);
        if (post_ln) rc__layernorm(c->x, c->x, b->ln2_w, b->ln2_b, rows, W, tw->ln_eps);
        if (c->trace) rc__trace(c, rc__name(nm, sizeof nm, prefix, l, "out"), c->x, (size_t)rows * W);
    }
}

/* Applies tw's projection layers to in[n][width] -> out[n][embed]; uses tmp[n][maxP]. */
static void rc__project(const rc__tower *tw, const float *in, float *out, float *tmp, int n) {
    int i;
    const float *src = in;
    for (i = 0; i < tw->n_proj; i++) {
        float *dst = i == tw->n_proj - 1 ? out : (i % 2 ? out : tmp);
        rc__matmul(dst, src, tw->proj[i].w, tw->proj[i].b, n, tw->proj[i].in, tw->proj[i].out, 0);
        if (i < tw->n_proj - 1) rc__activate(dst, (size_t)n * tw->proj[i].out, tw->act);
        src = dst;
    }
}

/* Vision tower on n <= RC_BATCH_CHUNK images pix[n][3][S][S] -> out[n][E]. */
static void rc__vision_forward(rc_ctx *c, const float *pix, int n, float *out) {
    const rc_model *m = c->model;
    int W = m->vis.width, P = m->patch_size, S = m->image_size, G = S / P, N = m->n_patches;
    int T = N + 1, K = 3 * P * P, b, t, rows = n * T;
    long pi;
    /* im2col: patches[b][p][c][ky][kx] into c->mlp, then one matmul per image */
    RC__OMP(parallel for schedule(static))
    for (pi = 0; pi < (long)n * N; pi++) {
        int bb = (int)(pi / N), p = (int)(pi % N), py = p / G, px = p % G, ch, ky;
        float *dst = c->mlp + (size_t)pi * K;
        for (ch = 0; ch < 3; ch++)
            for (ky = 0; ky < P; ky++)
                memcpy(dst + (ch * P + ky) * P,
                       pix + (((size_t)bb * 3 + ch) * S + (size_t)py * P + ky) * S + (size_t)px * P,
                       (size_t)P * sizeof(float));
    }
    for (b = 0; b < n; b++) {
        float *xb = c->x + (size_t)b * T * W;
        rc__matmul(xb + W, c->mlp + (size_t)b * N * K, m->patch_w, m->patch_b, N, K, W, 0);
        memcpy(xb, m->class_embd, (size_t)W * sizeof(float));
        for (t = 0; t < T; t++) {
            int k;
            for (k = 0; k < W; k++) xb[(size_t)t * W + k] += m->vis_pos[(size_t)t * W + k];
        }
        c->seq_start[b] = b * T; c->seq_len[b] = T;
    }
    if (m->pre_ln_w) rc__layernorm(c->x, c->x, m->pre_ln_w, m->pre_ln_b, rows, W, m->vis.ln_eps);
    rc__trace(c, "v.embd", c->x, (size_t)rows * W);
    rc__tower_blocks(c, &m->vis, n, rows, 0, 0, "v.blk.");
    for (b = 0; b < n; b++)
        rc__layernorm(c->h + (size_t)b * W, c->x + (size_t)b * T * W, m->post_ln_w, m->post_ln_b, 1, W, m->vis.ln_eps);
    rc__trace(c, "v.pooled", c->h, (size_t)n * W);
    rc__project(&m->vis, c->h, out, c->pooled, n);
    rc__trace(c, "out.image", out, (size_t)n * m->info.embed_dim);
}

/* Which positions of a text row the tower must compute, as rows of c->x.
   Causal: positions 0..end token (the first maximal id, as torch.argmax), since later
   positions cannot influence it. BERT: every non-padding position (the attention mask
   hides the others from every real token), keeping its original position embedding. */
static rc_status rc__text_embed(rc_ctx *c, const int32_t *row, int *rows) {
    const rc_model *m = c->model;
    int W = m->txt.width, C = m->context_length, t, best = 0, k;
    for (t = 0; t < C; t++) {
        if (row[t] < 0 || row[t] >= m->vocab_size)
            return rc__fail(&c->err, RC_ERR_VALUE, "token id %d at position %d is outside the vocabulary", (int)row[t], t);
        if (row[t] > row[best]) best = t;
    }
    if (m->text_arch == RC__TEXT_BERT && row[0] == m->pad_id)
        return rc__fail(&c->err, RC_ERR_VALUE, "the first token is padding: nothing to pool");
    for (t = 0; t < C; t++) {
        float *xr = c->x + (size_t)*rows * W;
        const float *e = m->token_embd + (size_t)row[t] * W, *p = m->txt_pos + (size_t)t * W;
        if (m->text_arch == RC__TEXT_CAUSAL ? t > best : row[t] == m->pad_id) continue;
        for (k = 0; k < W; k++) xr[k] = e[k] + p[k];
        if (m->type_embd) for (k = 0; k < W; k++) xr[k] += m->type_embd[k];
        (*rows)++;
    }
    return RC_OK;
}

/* Text tower on n <= RC_BATCH_CHUNK id rows ids[n][C] -> out[n][E]. */
static rc_status rc__text_forward(rc_ctx *c, const int32_t *ids, int n, float *out) {
    const rc_model *m = c->model;
    int W = m->txt.width, bert = m->text_arch == RC__TEXT_BERT, b, rows = 0;
    rc_status s;
    for (b = 0; b < n; b++) {
        c->seq_start[b] = rows;
        if ((s = rc__text_embed(c, ids + (size_t)b * m->context_length, &rows))) return s;
        c->seq_len[b] = rows - c->seq_start[b];
    }
    if (bert) rc__layernorm(c->x, c->x, m->embd_ln_w, m->embd_ln_b, rows, W, m->txt.ln_eps);
    rc__trace(c, "t.embd", c->x, (size_t)rows * W);
    rc__tower_blocks(c, &m->txt, n, rows, !bert, bert, "t.blk.");
    for (b = 0; b < n; b++) {      /* pooled: [CLS] row as is, or ln_final at the end token */
        const float *src = c->x + (size_t)(bert ? c->seq_start[b] : c->seq_start[b] + c->seq_len[b] - 1) * W;
        if (bert) memcpy(c->h + (size_t)b * W, src, (size_t)W * sizeof(float));
        else rc__layernorm(c->h + (size_t)b * W, src, m->final_ln_w, m->final_ln_b, 1, W, m->txt.ln_eps);
    }
    rc__trace(c, "t.pooled", c->h, (size_t)n * W);
    rc__project(&m->txt, c->h, out, c->pooled, n);
    rc__trace(c, "out.text", out, (size_t)n * m->info.embed_dim);
    return RC_OK;
}

static rc_status rc__check_ctx(rc_ctx *c) {
    if (!c) return RC_ERR_ARG;
    c->err.code = RC_OK; c->err.message[0] = 0;
    return RC_OK;
}

RCDEF rc_status rc_tokenize(rc_ctx *c, const char *text, size_t len, int32_t *ids, int *n_tokens) {
    rc_status s;
    if (rc__check_ctx(c)) return RC_ERR_ARG;
    if (!text || !ids) return rc__fail(&c->err, RC_ERR_ARG, "text or ids is NULL");
    if (len == (size_t)-1) len = strlen(text);
    s = rc__bpe_encode(&c->model->bpe, text, len, ids, c->model->context_length, n_tokens, &c->alloc, &c->err);
    return s;
}

RCDEF rc_status rc_encode_tokens(rc_ctx *c, const int32_t *ids, int n, float *out, int normalize) {
    int done, E;
    rc_status s;
    if (rc__check_ctx(c)) return RC_ERR_ARG;
    if (!ids || !out || n < 0) return rc__fail(&c->err, RC_ERR_ARG, "ids or out is NULL, or n < 0");
    E = c->model->info.embed_dim;
    for (done = 0; done < n; done += RC_BATCH_CHUNK) {
        int k = n - done < RC_BATCH_CHUNK ? n - done : RC_BATCH_CHUNK;
        if ((s = rc__text_forward(c, ids + (size_t)done * c->model->context_length, k, out + (size_t)done * E))) return s;
    }
    if (normalize) rc_l2_normalize(out, n, E);
    return RC_OK;
}

RCDEF rc_status rc_encode_texts(rc_ctx *c, const char *const *texts, int n, float *out, int normalize) {
    int done, i, E, C;
    rc_status s;
    if (rc__check_ctx(c)) return RC_ERR_ARG;
    if (!texts || !out || n < 0) return rc__fail(&c->err, RC_ERR_ARG, "texts or out is NULL, or n < 0");
    E = c->model->info.embed_dim; C = c->model->context_length;
    for (done = 0; done < n; done += RC_BATCH_CHUNK) {
        int k = n - done < RC_BATCH_CHUNK ? n - done : RC_BATCH_CHUNK;
        for (i = 0; i < k; i++) {
            if (!texts[done + i]) return rc__fail(&c->err, RC_ERR_ARG, "text is NULL");
            if ((s = rc_tokenize(c, texts[done + i], (size_t)-1, c->ids + (size_t)i * C, NULL))) return s;
        }
        if ((s = rc__text_forward(c, c->ids, k, out + (size_t)done * E))) return s;
    }
    if (normalize) rc_l2_normalize(out, n, E);
    return RC_OK;
}

RCDEF rc_status rc_encode_pixels(rc_ctx *c, const float *pixels, int n, float *out, int normalize) {
    int done, E; size_t per;
    if (rc__check_ctx(c)) return RC_ERR_ARG;
    if (!pixels || !out || n < 0) return rc__fail(&c->err, RC_ERR_ARG, "pixels or out is NULL, or n < 0");
    E = c->model->info.embed_dim;
    per = (size_t)3 * c->model->image_size * c->model->image_size;
    for (done = 0; done < n; done += RC_BATCH_CHUNK) {
        int k = n - done < RC_BATCH_CHUNK ? n - done : RC_BATCH_CHUNK;
        rc__vision_forward(c, pixels + (size_t)done * per, k, out + (size_t)done * E);
    }
    if (normalize) rc_l2_normalize(out, n, E);
    return RC_OK;
}

RCDEF rc_status rc_preprocess(rc_ctx *c, const rc_image *image, float *out) {
    const rc_model *m;
    if (rc__check_ctx(c)) return RC_ERR_ARG;
    m = c->model;
    if (!out) return rc__fail(&c->err, RC_ERR_ARG, "out is NULL");
    return rc__preprocess_f32(image, m->image_size, m->mean, m->std, out, &c->alloc, &c->err);
}

RCDEF rc_status rc_preprocess_u8(rc_ctx *c, const rc_image *image, uint8_t *out) {
    if (rc__check_ctx(c)) return RC_ERR_ARG;
    if (!out) return rc__fail(&c->err, RC_ERR_ARG, "out is NULL");
    return rc__preprocess_u8(image, c->model->image_size, out, &c->alloc, &c->err);
}

RCDEF rc_status rc_encode_images(rc_ctx *c, const rc_image *images, int n, float *out, int normalize) {
    int done, i, E; size_t per; rc_status s;
    if (rc__check_ctx(c)) return RC_ERR_ARG;
    if (!images || !out || n < 0) return rc__fail(&c->err, RC_ERR_ARG, "images or out is NULL, or n < 0");
    E = c->model->info.embed_dim;
    per = (size_t)3 * c->model->image_size * c->model->image_size;
    for (done = 0; done < n; done += RC_BATCH_CHUNK) {
        int k = n - done < RC_BATCH_CHUNK ? n - done : RC_BATCH_CHUNK;
        for (i = 0; i < k; i++)
            if ((s = rc_preprocess(c, &images[done + i], c->pixels + (size_t)i * per))) return s;
        rc__vision_forward(c, c->pixels, k, out + (size_t)done * E);
    }
    if (normalize) rc_l2_normalize(out, n, E);
    return RC_OK;
}


/* ===== SECTION: similarity (owner: core) ===== */
/* ---------------------------------------------------------------------------------------
   Similarity
   Cosine scores, zero-shot probabilities with prompt ensembles, top-k retrieval. Pure
   functions on caller buffers; nothing is allocated. */

RCDEF void rc_l2_normalize(float *x, int n, int dim) {
    int i, k;
    if (!x || n <= 0 || dim <= 0) return;
    for (i = 0; i < n; i++) {
        float *v = x + (size_t)i * dim;
        double ss = 0.0;
        for (k = 0; k < dim; k++) ss += (double)v[k] * v[k];
        if (ss > 0.0) {
            float inv = (float)(1.0 / sqrt(ss));
            for (k = 0; k < dim; k++) v[k] *= inv;
        }
    }
}

static float rc__cos(const float *a, const float *b, int dim) {
    double ab = 0.0, aa = 0.0, bb = 0.0;
    int k;
    for (k = 0; k < dim; k++) { ab += (double)a[k] * b[k]; aa += (double)a[k] * a[k]; bb += (double)b[k] * b[k]; }
    return aa > 0.0 && bb > 0.0 ? (float)(ab / sqrt(aa * bb)) : 0.0f;
}

RCDEF void rc_similarity(const float *a, int na, const float *b, int nb, int dim, float scale, float *logits) {
    int i, j;
    if (!a || !b || !logits || na <= 0 || nb <= 0 || dim <= 0) return;
    for (i = 0; i < na; i++)
        for (j = 0; j < nb; j++)
            logits[(size_t)i * nb + j] = scale * rc__cos(a + (size_t)i * dim, b + (size_t)j * dim, dim);
}

/* Softmax over n logits in place, computed in double. */
static void rc__softmax(float *x, int n) {
    double mx = x[0], sum = 0.0; int i;
    for (i = 1; i < n; i++) if (x[i] > mx) mx = x[i];
    for (i = 0; i < n; i++) sum += exp((double)x[i] - mx);
    for (i = 0; i < n; i++) x[i] = (float)(exp((double)x[i] - mx) / sum);
}

static int rc__finite(const float *x, size_t n) {
    size_t i;
    for (i = 0; i < n; i++) if (!(x[i] - x[i] == 0.0f)) return 0;
    return 1;
}

RCDEF rc_status rc_prompt_ensemble(const float *text, int n_classes, int per_class, int dim, float *out) {
    int c, p, k;
    if (!text || !out || n_classes <= 0 || per_class <= 0 || dim <= 0) return RC_ERR_ARG;
    if (!rc__finite(text, (size_t)n_classes * per_class * dim)) return RC_ERR_VALUE;
    for (c = 0; c < n_classes; c++) {
        float *o = out + (size_t)c * dim;
        for (k = 0; k < dim; k++) o[k] = 0.0f;
        for (p = 0; p < per_class; p++) {
            const float *t = text + ((size_t)c * per_class + p) * dim;
            double ss = 0.0; float inv;
            for (k = 0; k < dim; k++) ss += (double)t[k] * t[k];
            inv = ss > 0.0 ? (float)(1.0 / sqrt(ss)) : 0.0f;
            for (k = 0; k < dim; k++) o[k] += t[k] * inv / (float)per_class;
        }
    }
    rc_l2_normalize(out, n_classes, dim);
    return RC_OK;
}

RCDEF rc_status rc_zeroshot(const float *image, const float *classes, int n_classes, int dim,
                            float scale, float *probs) {
    int c;
    if (!image || !classes || !probs || n_classes <= 0 || dim <= 0) return RC_ERR_ARG;
    if (!rc__finite(image, (size_t)dim) || !rc__finite(classes, (size_t)n_classes * dim) || !rc__finite(&scale, 1))
        return RC_ERR_VALUE;
    for (c = 0; c < n_classes; c++) probs[c] = scale * rc__cos(image, classes + (size_t)c * dim, dim);
    rc__softmax(probs, n_classes);
    return RC_OK;
}

/* Score of the entry in top-list slot `slot`: from score[] when kept, else recomputed. */
static float rc__topk_score(const float *query, const float *db, int dim, const int *index,
                            const float *score, int slot) {
    return score ? score[slot] : rc__cos(query, db + (size_t)index[slot] * dim, dim);
}

RCDEF rc_status rc_topk(const float *query, const float *db, int n, int dim, int k, int *index, float *score) {
    int i, j, filled = 0;
    if (!query || !db || !index || n < 0 || dim <= 0 || k < 0 || k > n) return RC_ERR_ARG;
    for (i = 0; i < n; i++) {
        float s = rc__cos(query, db + (size_t)i * dim, dim);
        int pos = filled;
        /* insertion into the sorted list; strict > keeps the lower index first on ties */
        while (pos > 0 && s > rc__topk_score(query, db, dim, index, score, pos - 1)) pos--;
        if (pos >= k) continue;
        if (filled < k) filled++;
        for (j = filled - 1; j > pos; j--) { index[j] = index[j - 1]; if (score) score[j] = score[j - 1]; }
        index[pos] = i;
        if (score) score[pos] = s;
    }
    return RC_OK;
}


#endif /* REGIONCLIP_IMPLEMENTATION_DONE */
#endif /* REGIONCLIP_IMPLEMENTATION */
