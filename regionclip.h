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

/* ===== SECTION: model (owner: core) ===== */

/* ===== SECTION: similarity (owner: core) ===== */

#endif /* REGIONCLIP_IMPLEMENTATION_DONE */
#endif /* REGIONCLIP_IMPLEMENTATION */
