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
    float logit_scale;      /* exp() of the stored log scale, clamped like open_clip */
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

typedef struct rc_image {
    const void *pixels;     /* first pixel of the top row                                 */
    int width, height;      /* > 0                                                        */
    size_t stride;          /* bytes from one row to the next (>= width * bytes/pixel)   */
    rc_pixel_format format;
    /* GRAY16 only: linear window, value v -> clamp((v - (center - width/2)) / width, 0, 1)
       * 255, rounded half up, then handled as GRAY8. width <= 0 means the full range
       of the data (min..max of the image). */
    float window_center, window_width;
} rc_image;

/* Preprocesses one image into out[3][image_size][image_size] (normalized floats). */
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

/* Zero-shot: probs[c] = softmax_c(scale * cos(image, class_c)) where class_c is the mean
   of the L2-normalized text embeddings text[c*per_class .. (c+1)*per_class) (prompt
   ensemble), renormalized. */
RCDEF rc_status rc_zeroshot(const float *image, const float *text, int n_classes,
                            int per_class, int dim, float scale, float *probs);

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
/* Supported conversions: %s %d %u %zu %llu %lld %%. Anything else is copied literally. */
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

/* ===== SECTION: unicode tables (owner: tokenizer; generated by tests/gen_unicode.py) ===== */

/* ===== SECTION: clip bpe tokenizer (owner: tokenizer) ===== */

/* ===== SECTION: image preprocessing (owner: preprocess) ===== */

/* ===== SECTION: tensor ops (owner: core) ===== */

/* ===== SECTION: model (owner: core) ===== */

/* ===== SECTION: similarity (owner: core) ===== */

#endif /* REGIONCLIP_IMPLEMENTATION_DONE */
#endif /* REGIONCLIP_IMPLEMENTATION */
