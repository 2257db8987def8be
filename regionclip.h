/* regionclip.h — region-aware medical CLIP (RegionMed-CLIP) in one C99 header.

   Runs CLIP-family image/text encoders exactly like their references (open_clip,
   Hugging Face transformers), scores image-text similarity, encodes regions of interest
   and fuses them with the image (docs/roi.md), draws grounding maps, and with
   REGIONCLIP_TRAINING trains the model (docs/training.md). Dependencies: libc, libm,
   optional OpenMP.

   Use:
       #define REGIONCLIP_IMPLEMENTATION     // in exactly one C or C++ file
       #include "regionclip.h"

   Options (define before including the implementation):
       REGIONCLIP_STATIC        every function static (private copy per translation unit)
       RC_MALLOC(sz, user)      allocator used when no rc_allocator is passed
       RC_FREE(p, user)           (both or neither; default malloc/free, user ignored)
       REGIONCLIP_NO_STDIO      no file or mmap loaders (embedded builds: load from memory)
       REGIONCLIP_NO_MMAP       no mmap loader (it is compiled only on POSIX anyway)
       REGIONCLIP_TRAINING      also compile the training unit (docs/training.md)

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
    int roi_head;           /* 1 if the file has the region head (roi.head.*)        */
    int roi_fusion_heads;   /* heads of the ROI fusion attention; 0: no fusion
                               tensors, the fused embedding is the global one        */
    int vqa_answers;        /* answers of the VQA head (vqa.*, rc_vqa); 0: no head   */
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
   Tokenizes exactly like the model's reference tokenizer (tokenizer.ggml.model): CLIP BPE as
   open_clip's SimpleTokenizer, or BERT WordPiece as open_clip's HFTokenizer over
   transformers' BertTokenizer (see docs/tokenizer.md). Text is UTF-8 (len bytes, or
   NUL-terminated when len == (size_t)-1). Invalid UTF-8 is RC_ERR_UTF8. Text longer than
   the context is truncated with the end token ([SEP] for BERT) kept last, as open_clip does. */

#define RC_TEXT_MAX_BYTES (1u << 20)   /* larger texts are RC_ERR_TOO_LONG */

/* Writes context_length ids to ids (padded with the pad id: 0 for CLIP, the vocabulary's
   [PAD] for BERT) and the number of real tokens (start and end included) to *n_tokens (may
   be NULL). */
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
    RC_PIXEL_GRAY16 = 2, /* 1 uint16 per pixel, native endianness; windowed to 8 bits     */
    RC_PIXEL_RGBA8 = 3   /* 4 bytes per pixel, R G B A, straight (not premultiplied) alpha;
                            resized like Pillow resizes RGBA: premultiplied by alpha, then
                            un-premultiplied (8-bit integer math), then alpha dropped (no
                            compositing onto a background, like PIL's convert("RGB"))      */
} rc_pixel_format;

/* How the library resizes an image (whole, a region crop or an augmentation crop). Pillow's
   resize uses nearest neighbour for palette ("P") and bilevel ("1") images whatever filter is
   asked for, so a decoder that expands such an image to RGB8 / GRAY8 marks it NEAREST to get
   open_clip's pixels (Image.open(f) -> resize -> convert("RGB")). */
typedef enum rc_resample {
    RC_RESAMPLE_BICUBIC = 0,  /* default: PIL's antialiased bicubic                           */
    RC_RESAMPLE_NEAREST = 1   /* PIL's nearest: source column floor(x0 + (x + 0.5) * in / out),
                                 accumulated in double as Pillow's ImagingScaleAffine does     */
} rc_resample;

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
    rc_resample resample;   /* NEAREST for pixels of a "P" or "1" image; any other value: BICUBIC */
} rc_image;

/* Preprocesses one image into out[3][image_size][image_size] (normalized floats):
   resize so the short side is S = image_size and the long side int(S * long / short)
   (PIL antialiased bicubic, bit-exact with Pillow 13), center crop S x S (offsets rounded
   half to even like torchvision), gray replicated to R, G, B, then (x / 255 - mean) / std
   in float32, exactly like open_clip's inference transform. RGBA8 is resized premultiplied
   and its alpha then dropped, as open_clip does (it resizes before convert("RGB")).
   Errors: NULL -> RC_ERR_ARG; bad format, width/height < 1, stride too small -> RC_ERR_IMAGE;
   a side > RC_IMAGE_MAX_SIDE -> RC_ERR_TOO_LONG; non-finite window -> RC_ERR_VALUE. */
RCDEF rc_status rc_preprocess(rc_ctx *ctx, const rc_image *image, float *out);

/* Same pipeline, stopped before /255 and normalization: out[3][S][S] uint8 (what PIL
   produces). For tests and for viewers that want to show what the model sees. */
RCDEF rc_status rc_preprocess_u8(rc_ctx *ctx, const rc_image *image, uint8_t *out);

/* Encodes n preprocessed images in[n][3][S][S] into out[n][embed_dim]. A NaN or infinite
   pixel is RC_ERR_VALUE. Every encoder returns RC_ERR_VALUE rather than a NaN/Inf embedding
   (weights holding NaN/Inf). */
RCDEF rc_status rc_encode_pixels(rc_ctx *ctx, const float *pixels, int n, float *out,
                                 int normalize);

/* Preprocesses and encodes n images into out[n][embed_dim]. */
RCDEF rc_status rc_encode_images(rc_ctx *ctx, const rc_image *images, int n, float *out,
                                 int normalize);

/* ---------------------------------------------------------------------------------------
   Public API: similarity
   Pure functions on embeddings; they never allocate. Those returning rc_status refuse
   NULL pointers and sizes < 1 with RC_ERR_ARG and any NaN/Inf input (including the scale)
   with RC_ERR_VALUE, before writing anything. The encoders never return NaN/Inf. */

/* L2-normalizes x[n][dim] in place (zero vectors stay zero; a vector holding NaN/Inf is
   left as it is). */
RCDEF void rc_l2_normalize(float *x, int n, int dim);

/* logits[i][j] = scale * cos(a_i, b_j) for a[na][dim], b[nb][dim]. */
RCDEF rc_status rc_similarity(const float *a, int na, const float *b, int nb, int dim,
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
   query[dim] by cosine, best first; ties keep the lower index first. k > n: RC_ERR_ARG. */
RCDEF rc_status rc_topk(const float *query, const float *db, int n, int dim, int k,
                        int *index, float *score);

/* ---------------------------------------------------------------------------------------
   Public API: regions (docs/roi.md)
   Boxes are in pixels of the original image: edges, x to the right, y down; the whole
   image is {0, 0, width, height}. */

typedef struct rc_box { float x0, y0, x1, y1; } rc_box;

#define RC_ROI_MAX_GRID 1024   /* sampling points per bin side; more: RC_ERR_TOO_LONG */

/* RoIAlign on a feature map, exactly torchvision.ops.roi_align(..., aligned=True):
   feat[C][H][W] (channels first), boxes[n] in input coordinates (scaled by spatial_scale
   into feature cells), out[n][C][out_size][out_size]: each bin is the mean of bilinear
   samples on a grid of sampling_ratio^2 points, or ceil(box side / out_size) per side when
   sampling_ratio <= 0 (adaptive). Pure; allocates nothing. Errors (nothing written):
   NULL or C, H, W, n, out_size < 1 -> RC_ERR_ARG; NaN/Inf in feat or boxes, spatial_scale
   not finite and > 0, or x1 < x0 or y1 < y0 -> RC_ERR_VALUE; a sampling grid larger than
   RC_ROI_MAX_GRID per side -> RC_ERR_TOO_LONG. */
RCDEF rc_status rc_roi_align(const float *feat, int C, int H, int W, const rc_box *boxes, int n,
                             float spatial_scale, int out_size, int sampling_ratio, float *out);

typedef enum rc_region_mode {
    RC_REGION_ALIGN = 0,   /* one image pass; RoIAlign over the final patch-token grid       */
    RC_REGION_CROP = 1     /* one image encode per box, of the box plus a margin              */
} rc_region_mode;

typedef struct rc_region_opts {
    rc_region_mode mode;   /* default RC_REGION_ALIGN                                          */
    float margin;          /* crop: context added on each side, as a fraction of the box's
                              width/height; 0..RC_ROI_MAX_MARGIN, default 0.1                  */
} rc_region_opts;

#define RC_ROI_OUTPUT_SIZE 7       /* RoIAlign bins per side in align mode (sampling adaptive) */
#define RC_ROI_MAX_MARGIN 10.0f
#define RC_ROI_MAX_BOXES 65536     /* boxes per rc_encode_regions call; more: RC_ERR_TOO_LONG  */

/* The defaults: align mode, margin 0.1. */
RCDEF rc_region_opts rc_region_opts_default(void);

/* Region embeddings of n >= 0 boxes of one image (docs/roi.md): regions[n][embed_dim] (may
   be NULL when n == 0), the whole image's embedding global[embed_dim] (required) and, if
   fused is not NULL, the fused image embedding fused[embed_dim] (the ROI processor's
   attention over the global and region vectors; the global embedding itself when the model
   has no fusion tensors); each L2-normalized when normalize != 0. All are caller-owned;
   nothing is allocated. opts NULL means rc_region_opts_default().
   Align: each box, clipped to the image and to the model's view (the center crop), is
   RoIAlign'ed (7 x 7, adaptive sampling, aligned) over the last block's patch tokens after
   the final norm, averaged and projected. Crop: the box grown by the margin, clipped and
   rounded outward to whole pixels, is encoded like a whole image (no pixel copy). Both then
   pass the region head roi.head when the model has one.
   Errors name the box: NaN/Inf coordinates, x0 >= x1 or y0 >= y1, a box outside the image,
   or (align) outside the model's view -> RC_ERR_VALUE; bad mode -> RC_ERR_ARG; margin not
   in [0, RC_ROI_MAX_MARGIN] -> RC_ERR_VALUE; n > RC_ROI_MAX_BOXES -> RC_ERR_TOO_LONG; image
   errors as rc_preprocess. Boxes are all checked before any output is written. */
RCDEF rc_status rc_encode_regions(rc_ctx *ctx, const rc_image *image, const rc_box *boxes, int n,
                                  const rc_region_opts *opts, float *regions, float *global,
                                  float *fused, int normalize);

/* ---------------------------------------------------------------------------------------
   Public API: grounding (docs/roi.md, "Grounding map")
   Where a text lands in an image: the cosine between each projected patch token and a text
   embedding, on the patch grid and upsampled to the original image. */

/* One image pass. grid[G][G] (G = image_size / patch_size from rc_model_get_info; row-major,
   row 0 at the top) receives cos(patch token p after the final norm, the vision projection
   and the region head if the model has one, like an align-mode region; text) for every
   patch; map[height][width] (the image's own size, row-major) receives that grid bilinearly
   upsampled to every pixel center through the preprocessing geometry, and `outside` (any
   value, NaN included) where the pixel lies in the part the center crop removes. Either of
   grid and map may be NULL, not both; both are caller-owned. text[embed_dim] is any
   embedding (e.g. rc_encode_texts' output), normalized or not. Values are in [-1, 1].
   Errors (nothing written): ctx, image or text NULL, or grid and map both NULL -> RC_ERR_ARG;
   text holding NaN/Inf or all zero -> RC_ERR_VALUE; image errors as rc_preprocess; weights
   giving NaN/Inf -> RC_ERR_VALUE. Allocates nothing beyond what preprocessing takes from the
   context's allocator. Thread-safety as every ctx call: one ctx per thread. */
RCDEF rc_status rc_ground(rc_ctx *ctx, const rc_image *image, const float *text, float *grid,
                          float *map, float outside);

/* ---------------------------------------------------------------------------------------
   Public API: VQA as classification (docs/roi.md, "VQA head")
   A closed set of A answers and a linear head over the image and the question, both
   L2-normalized: logits = W [z / |z|; q / |q|] + b with W [A][2E], b [A]. */

#define RC_VQA_MAX_ANSWERS 65536   /* answers a file may hold; each 1..1024 bytes of UTF-8  */

/* Answer i (0 <= i < rc_model_info.vqa_answers) as a NUL-terminated UTF-8 string owned by
   the model (valid until rc_model_free); NULL when model is NULL or i is out of range. */
RCDEF const char *rc_model_vqa_answer(const rc_model *model, int i);

/* probs[A] = softmax over the answers of W [image/|image|; question/|question|] + b.
   image[embed_dim]: the image's fused embedding (rc_encode_regions' fused, with or without
   boxes; the global embedding for a model without fusion tensors), question[embed_dim]: the
   question's text embedding (rc_encode_texts); either normalized or not. probs is
   caller-owned; nothing is allocated. Errors (nothing written): NULL -> RC_ERR_ARG; the
   model has no VQA head -> RC_ERR_MISSING; image or question holding NaN/Inf or all zero,
   or weights giving a NaN/Inf logit -> RC_ERR_VALUE. */
RCDEF rc_status rc_vqa(rc_ctx *ctx, const float *image, const float *question, float *probs);

#ifdef REGIONCLIP_TRAINING
/* ---------------------------------------------------------------------------------------
   Public API: training data (docs/data.md; compiled only with REGIONCLIP_TRAINING)
   A seeded random generator owned by the caller, open_clip's training augmentation (random
   resized crop) and the mapping of region boxes into the augmented view. */

/* xoshiro256** (Blackman & Vigna) seeded through splitmix64. Plain data: copy it into a
   checkpoint and copy it back to resume the same stream bit for bit. No global state.
   rc_rng_seed ignores NULL; the drawing functions require a seeded, non-NULL rng. */
typedef struct rc_rng { uint64_t s[4]; } rc_rng;

RCDEF void rc_rng_seed(rc_rng *rng, uint64_t seed);
RCDEF uint64_t rc_rng_u64(rc_rng *rng);
/* Uniform double in [0, 1) with 53 random bits. */
RCDEF double rc_rng_uniform(rc_rng *rng);
/* Uniform integer in [0, n) without modulo bias (rejection); n == 0 returns 0. */
RCDEF uint64_t rc_rng_below(rc_rng *rng, uint64_t n);

/* An integer rectangle of an image: columns x..x+w-1, rows y..y+h-1. */
typedef struct rc_rect { int x, y, w, h; } rc_rect;

/* Random resized crop ranges, as torchvision's RandomResizedCrop(scale, ratio). */
typedef struct rc_crop_opts {
    double scale_min, scale_max;   /* fraction of the image's area; open_clip: 0.9, 1.0          */
    double ratio_min, ratio_max;   /* width / height, drawn log-uniformly; 3/4, 4/3              */
} rc_crop_opts;

/* open_clip's training default (AugmentationCfg scale (0.9, 1.0), torchvision's ratio). */
RCDEF rc_crop_opts rc_crop_opts_default(void);

/* torchvision RandomResizedCrop.get_params on a width x height image, drawing from rng: up to
   10 attempts of area = W*H * U(scale), ratio = exp(U(log ratio)), w = round(sqrt(area*ratio)),
   h = round(sqrt(area/ratio)) (half to even), accepted if 0 < w <= W and 0 < h <= H, then
   y = U{0..H-h}, x = U{0..W-w}; otherwise the fallback: the centered crop of the whole image
   clamped to the ratio range (sides at least 1). Same algorithm, different random stream
   than torch. Errors: NULL -> RC_ERR_ARG; width/height < 1 -> RC_ERR_IMAGE; ranges not
   finite, not 0 < min <= max -> RC_ERR_VALUE (rng untouched on error). */
RCDEF rc_status rc_random_resized_crop(rc_rng *rng, int width, int height, const rc_crop_opts *opts,
                                       rc_rect *out);

/* The rectangle rect of the image resized to S x S (S = image_size) ignoring aspect: PIL's
   img.crop(rect).resize((S, S), BICUBIC) as torchvision's F.resized_crop does on a PIL image,
   bit-exact like rc_preprocess, then /255 and the model's mean/std -> out[3][S][S]. The
   rectangle must lie inside the image (else RC_ERR_VALUE; PIL would pad with zeros). A GRAY16
   window (auto or not) is that of the whole image. Other errors as rc_preprocess. */
RCDEF rc_status rc_preprocess_rect(rc_ctx *ctx, const rc_image *image, rc_rect rect, float *out);
/* Same, stopped before /255 and normalization: out[3][S][S] uint8. */
RCDEF rc_status rc_preprocess_rect_u8(rc_ctx *ctx, const rc_image *image, rc_rect rect, uint8_t *out);

/* A box in original pixels -> the model pixels of the view rect resized to size x size:
   X = (x - rect.x) * size / rect.w, Y = (y - rect.y) * size / rect.h (double, stored as float),
   clipped to [0, size]. Returns 1 if the clipped box has area (x0 < x1 and y0 < y1), 0 if not
   (also for NaN/Inf coordinates, inverted boxes, rect.w or rect.h < 1 or size < 1, NULL). */
RCDEF int rc_box_to_view(const rc_box *box, rc_rect rect, int size, rc_box *out);

/* ---------------------------------------------------------------------------------------
   Public API: training (compiled only with REGIONCLIP_TRAINING; docs/training.md)
   A trainer owns an f32 copy of every weight of a model (one parameter arena laid out as an
   in-memory GGUF file), their gradients and AdamW moments, and an activation cache sized for
   cfg.max_batch. Forward and backward run both families (CLIP: pre-LN ViT and causal text
   tower; BiomedCLIP: timm ViT and post-LN BERT with [PAD] masking; QuickGELU or GELU, linear
   or MLP projections), the ROI processor (align and crop mode, region head, fusion) and the
   losses: open_clip's image-text InfoNCE, region-caption InfoNCE with hard negatives, fused
   InfoNCE, VQA cross-entropy. No dropout (the references run in eval mode). Not thread-safe:
   one thread drives a trainer (the kernels use OpenMP inside). */

typedef struct rc_trainer rc_trainer;

/* Parameter groups, for freezing (rc_train_config.frozen is a bit set of these). */
enum {
    RC_GROUP_IMAGE = 1,        /* v.* except the projection                                */
    RC_GROUP_TEXT = 2,         /* t.* except the projection                                */
    RC_GROUP_PROJ = 4,         /* v.proj.*, t.proj.*                                       */
    RC_GROUP_LOGIT_SCALE = 8,  /* the log similarity scale                                 */
    RC_GROUP_ROI = 16,         /* roi.* (region head, fusion) and any other tensor         */
    RC_GROUP_VQA = 32          /* vqa.* (the VQA head)                                     */
};

/* One stage of a progressive schedule (docs/training.md): its own warmup + cosine over its
   steps, loss weights and frozen groups. */
#define RC_TRAIN_MAX_STAGES 8
typedef struct rc_train_stage {
    int steps;                 /* optimizer steps, >= 1                                     */
    float lr;                  /* peak learning rate, > 0                                   */
    int warmup_steps;          /* 0..steps-1                                                */
    float w_global, w_region, w_fused, w_vqa;   /* loss weights, finite, >= 0               */
    unsigned frozen;           /* RC_GROUP_* bits                                           */
} rc_train_stage;

typedef struct rc_train_config {
    int max_batch;             /* largest B of rc_train_step (sizes the cache), 1..4096     */
    float lr;                  /* peak learning rate, > 0                                  */
    int warmup_steps;          /* optimizer step k < warmup: lr * (k + 1) / warmup          */
    int total_steps;           /* then cosine to 0 at total_steps (> warmup_steps)          */
    float weight_decay;        /* decoupled (AdamW), decay group only (docs/training.md)    */
    float beta1, beta2, eps;   /* AdamW                                                    */
    float grad_clip;           /* max global L2 norm of the gradient; <= 0: no clipping     */
    int accum_steps;           /* micro-batches averaged per optimizer step, >= 1           */
    unsigned frozen;           /* RC_GROUP_* bits: never updated, no gradient computed      */
    /* region training (rc_train_step_batch; docs/training.md), sizes of the cache: */
    int max_regions;           /* boxes per step, all images together, 0..65536 (default 0) */
    int max_negatives;         /* negative captions per box, 0..1024 (default 0)            */
    int crop_regions;          /* 1: boxes may come as crops (rc_train_batch.crop_pixels);
                                  the image cache then holds max_batch + max_regions images */
    int max_questions;         /* VQA questions per step, 0..65536 (default 0)              */
    float w_global, w_region, w_fused, w_vqa;   /* loss weights (default 1), finite, >= 0   */
    /* progressive schedule: n_stages > 0 replaces lr, warmup_steps, total_steps, the loss
       weights and frozen by stages[0..n_stages) run one after the other (the last one
       continues past its end); 0 (default): one stage from the fields above */
    int n_stages;
    rc_train_stage stages[RC_TRAIN_MAX_STAGES];
} rc_train_config;

/* open_clip's ViT defaults: lr 5e-4, warmup 10000 of 100000 steps, weight decay 0.2,
   betas 0.9 / 0.98, eps 1e-6, no clipping, max_batch 8, accum_steps 1, nothing frozen. */
RCDEF rc_train_config rc_train_config_default(void);

typedef struct rc_train_stats {
    float loss;                /* this micro-batch's loss: w_global * loss_global + ...    */
    float loss_global, loss_region, loss_fused, loss_vqa;   /* the terms (0 when absent)   */
    int updated;               /* 1 if this call ran the optimizer                          */
    int step;                  /* optimizer steps done so far (after this call)             */
    float lr;                  /* learning rate of the update (when updated)                */
    float grad_norm;           /* global gradient norm before clipping (when updated)       */
    float logit_scale;         /* exp(log scale) after the call                             */
} rc_train_stats;

/* Creates a trainer from a loaded model (any weight type, decoded into the trainer's f32
   parameters as the inference matmul decodes it; the model is only read here
   and may be freed afterwards). A checkpoint written by rc_trainer_save also restores the
   AdamW moments, the update counts and the step (its configuration: rc_train_config_from);
   optimizer state no run can produce (non-finite or negative-variance moments, counts out of
   range) is RC_ERR_FORMAT. Bad configuration: RC_ERR_VALUE; a weight of a type the trainer
   cannot decode: RC_ERR_DTYPE; out of memory: RC_ERR_NOMEM (nothing leaks). */
RCDEF rc_status rc_trainer_create(rc_trainer **out, const rc_model *model, const rc_train_config *cfg,
                                  rc_error *err);
RCDEF void rc_trainer_free(rc_trainer *t);
/* Message of the last failed call on t ("" if none). Owned by t. */
RCDEF const char *rc_trainer_error(const rc_trainer *t);

/* The trainer's model: its tensors are the trained parameters, so rc_ctx_create on it and
   every inference call see the current weights (and logit scale). Owned by the trainer;
   do not use it while a training call runs. */
RCDEF const rc_model *rc_trainer_model(const rc_trainer *t);

/* One micro-batch: images pixels[B][3][S][S] (preprocessed, as rc_encode_pixels) paired
   with texts ids[B][C] (as rc_encode_tokens; row b is the caption of image b). Adds the
   gradient of loss / accum_steps; every accum_steps calls it then clips, runs AdamW with
   the scheduled learning rate, clamps the log scale to [0, ln 100] and zeroes the
   gradients. stats may be NULL. Errors: B outside 1..max_batch, NULL -> RC_ERR_ARG;
   NaN/Inf pixels, ids outside the vocabulary, a non-finite loss -> RC_ERR_VALUE (nothing
   is accumulated or updated then). */
RCDEF rc_status rc_train_step(rc_trainer *t, const float *pixels, const int32_t *ids, int B,
                              rc_train_stats *stats);

/* The two halves of rc_train_step, for tests and custom loops: rc_train_backward runs the
   forward and backward pass of one micro-batch and adds the gradient of loss / accum_steps
   (*loss gets the loss; may be NULL); rc_train_update clips, updates, clamps and zeroes the
   gradients now (stats may be NULL; with nothing accumulated since the last update it does
   nothing: stats->updated = 0 and stats->step the optimizer steps done, e.g. those a
   checkpoint restored). */
RCDEF rc_status rc_train_backward(rc_trainer *t, const float *pixels, const int32_t *ids, int B,
                                  float *loss);
RCDEF rc_status rc_train_update(rc_trainer *t, rc_train_stats *stats);

/* A step with region, report and VQA supervision (docs/training.md): B images with a
   caption each (L_global), optionally a report each (L_fused: the fused embedding of the
   image and its regions against the report), boxes with captions and negative captions
   (L_region: region embeddings against the captions of all boxes of the step plus each
   box's own negatives) and questions with their answer (L_vqa: the VQA head over the fused
   embedding and the question, cross-entropy with the answer; needs a model with vqa.*).
   Regions and questions are listed image by image. */
typedef struct rc_train_batch {
    int B;                     /* images, 1..max_batch                                      */
    const float *pixels;       /* [B][3][S][S] preprocessed                                 */
    const int32_t *ids;        /* [B][C] caption of each image                              */
    const int32_t *report_ids; /* [B][C] report of each image, or NULL (no L_fused)         */
    const int *n_regions;      /* [B] boxes of each image, or NULL (no regions)             */
    const rc_box *boxes;       /* [R] in model pixels (the preprocessed image): 0 <= x0 <
                                  x1 <= S, 0 <= y0 < y1 <= S; R = sum n_regions             */
    const int32_t *region_ids; /* [R][C] caption of each box                                */
    int n_neg;                 /* negatives per box, 0..max_negatives                       */
    const int32_t *neg_ids;    /* [R][n_neg][C] (may be NULL when n_neg == 0)               */
    const float *crop_pixels;  /* crop mode (needs cfg.crop_regions): [R][3][S][S] each box's
                                  crop, preprocessed like an image (rc_preprocess of the
                                  sub-image, docs/roi.md); boxes are then not used (may be
                                  NULL). NULL: align mode over boxes                        */
    const int *n_questions;    /* [B] VQA questions of each image, or NULL (no L_vqa)       */
    const int32_t *question_ids; /* [Q][C] each question; Q = sum n_questions               */
    const int *answers;        /* [Q] index of each question's answer, 0..vqa_answers-1     */
} rc_train_batch;

/* rc_train_step / rc_train_backward for a batch; stats get the loss terms. R >
   max_regions, Q > max_questions, bad boxes, ids or answer indices -> RC_ERR_VALUE;
   questions for a model without a VQA head -> RC_ERR_MISSING (nothing accumulated). */
RCDEF rc_status rc_train_step_batch(rc_trainer *t, const rc_train_batch *batch, rc_train_stats *stats);
RCDEF rc_status rc_train_backward_batch(rc_trainer *t, const rc_train_batch *batch, rc_train_stats *stats);

/* The current value or accumulated gradient of a tensor by its GGUF name (docs/format.md),
   or "logit_scale" (the log scale, one float); *count gets its element count. NULL if the
   name is unknown. Valid until the next call on t. */
RCDEF const float *rc_trainer_param(const rc_trainer *t, const char *name, size_t *count);
RCDEF const float *rc_trainer_grad(const rc_trainer *t, const char *name, size_t *count);

/* The configuration a checkpoint was trained with (rc_trainer_save stores it, stages
   included), e.g. to resume: rc_trainer_create(&t, checkpoint, &cfg, ...). RC_ERR_MISSING
   if model is not a checkpoint (a train.cfg key is absent); a key of the wrong type:
   RC_ERR_FORMAT; values rc_trainer_create would refuse: RC_ERR_VALUE. */
RCDEF rc_status rc_train_config_from(const rc_model *checkpoint, rc_train_config *cfg);

/* Writes a checkpoint: a GGUF file rc_model_load_* opens directly (f32 weights, the
   current logit scale), plus what inference ignores: the AdamW moments (tensors
   train.adam_m, train.adam_v) and per-tensor update counts (train.param_steps), the step
   (key train.step) and the configuration (keys train.cfg.*). Gradients accumulated since
   the last update are not saved: save between optimizer steps. Written to PATH.tmp, then
   renamed, so a failure never leaves a partial file at path. RC_ERR_IO on a write
   failure (the temporary file is removed). */
RCDEF rc_status rc_trainer_save(rc_trainer *t, const char *path);

/* Writes the trained model alone: the same GGUF without the optimizer state and the
   configuration (a third of a checkpoint's size; rc_train_config_from refuses it), for
   shipping. Atomic and with the errors of rc_trainer_save. */
RCDEF rc_status rc_trainer_export(rc_trainer *t, const char *path);

/* rc_trainer_export with the weights stored as dtype: "f32" (the same file), "f16", "bf16",
   "q8_0" or "q4_0". Each tensor gets the type convert.py --dtype gives it and is rounded as
   the converter rounds, bit for bit (docs/format.md, "Weight types": vectors and positional
   tables stay f32; f16 keeps the token embedding f32; q8_0 / q4_0 use f16 where blocks of 32
   do not fit the rows). An unknown dtype: RC_ERR_ARG; a weight beyond f16's range (65504)
   under f16, q8_0 or q4_0: RC_ERR_VALUE naming it, nothing written. */
RCDEF rc_status rc_trainer_export_as(rc_trainer *t, const char *path, const char *dtype);
#endif /* REGIONCLIP_TRAINING */

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
#include <errno.h>
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

/* ===== SECTION: basics ===== */
/* ---------------------------------------------------------------------------------------
   Basics: allocation, errors, checked arithmetic
   Every size derived from input goes through rc__mul/rc__add, which refuse overflow. */

/* A constant table declared where it is used and defined later (the generated tables, last):
   C declares a static object ahead, C++ only an extern one in an unnamed namespace. */
#ifdef __cplusplus
#define RC__TABLE_BEGIN namespace { extern
#define RC__TABLE_END }
#else
#define RC__TABLE_BEGIN static
#define RC__TABLE_END
#endif

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

/* 1 if no element of x[n] is NaN or infinite. */
static int rc__finite(const float *x, size_t n) {
    size_t i;
    for (i = 0; i < n; i++) if (!(x[i] - x[i] == 0.0f)) return 0;
    return 1;
}

/* Byte strings borrowed from a buffer (not NUL-terminated). */
typedef struct rc__str { const char *ptr; size_t len; } rc__str;

static int rc__str_eq(rc__str a, const char *b) {
    size_t n = strlen(b);
    return a.len == n && memcmp(a.ptr, b, n) == 0;
}


/* ===== SECTION: gguf ===== */
/* ---------------------------------------------------------------------------------------
   GGUF v3 reader
   Parses a whole file held in memory; every count, length, type, offset and alignment is
   checked against the bytes that remain before it is used. Nothing is copied. */

enum { RC__GGUF_UINT8, RC__GGUF_INT8, RC__GGUF_UINT16, RC__GGUF_INT16, RC__GGUF_UINT32,
       RC__GGUF_INT32, RC__GGUF_FLOAT32, RC__GGUF_BOOL, RC__GGUF_STRING, RC__GGUF_ARRAY,
       RC__GGUF_UINT64, RC__GGUF_INT64, RC__GGUF_FLOAT64, RC__GGUF_NTYPES };

enum { RC__TYPE_F32 = 0, RC__TYPE_F16 = 1, RC__TYPE_Q4_0 = 2, RC__TYPE_Q8_0 = 8, RC__TYPE_I32 = 26,
       RC__TYPE_BF16 = 30 };  /* ggml tensor type ids used (docs/format.md "Weight types") */

#define RC__GGUF_MAX_DIMS 4
#define RC__GGUF_MAX_DEPTH 3          /* arrays of arrays of ... deeper is RC_ERR_FORMAT */
#define RC__GGUF_MAX_TENSORS 65536   /* tensors per file; more: RC_ERR_TOO_LONG (docs/format.md) */
#define RC__GGUF_MAX_KV 65536        /* metadata keys per file; more: RC_ERR_TOO_LONG             */

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
static int rc__str_order(const void *a, const void *b) {
    return rc__str_cmp(*(const rc__str *)a, *(const rc__str *)b);
}
static int rc__kv_order(const void *a, const void *b) {
    return rc__str_cmp(((const rc__gguf_kv *)a)->key, ((const rc__gguf_kv *)b)->key);
}
static int rc__tensor_order(const void *a, const void *b) {
    return rc__str_cmp(((const rc__gguf_tensor *)a)->name, ((const rc__gguf_tensor *)b)->name);
}
static int rc__tensor_data_order(const void *a, const void *b) {
    const uint8_t *x = ((const rc__gguf_tensor *)a)->data, *y = ((const rc__gguf_tensor *)b)->data;
    return (x > y) - (x < y);
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
    if (g->n_tensors > RC__GGUF_MAX_TENSORS || g->n_kv > RC__GGUF_MAX_KV)   /* bounds the tables below */
        return rc__fail(err, RC_ERR_TOO_LONG, "%llu tensors, %llu keys: at most %d and %d", (unsigned long long)g->n_tensors,
                        (unsigned long long)g->n_kv, RC__GGUF_MAX_TENSORS, RC__GGUF_MAX_KV);
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
    /* in data order, each tensor must end before the next begins: no byte belongs to two */
    qsort(g->tensors, (size_t)g->n_tensors, sizeof *g->tensors, rc__tensor_data_order);
    for (i = 1; i < g->n_tensors; i++) {
        const rc__gguf_tensor *p = &g->tensors[i - 1], *t = &g->tensors[i];
        if ((size_t)(t->data - p->data) < p->nbytes) {
            s = rc__fail(err, RC_ERR_BOUNDS, "tensors '%.*s' and '%.*s' share bytes of the file",
                         (int)p->name.len, p->name.ptr, (int)t->name.len, t->name.ptr); goto fail;
        }
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


/* ===== SECTION: clip bpe tokenizer ===== */
/* CLIP byte-level BPE, exact to open_clip 3.3.0 SimpleTokenizer(clean='lower'): ftfy.fix_text without
   mojibake repair, html.unescape twice, whitespace clean, str.lower(), pre-split, ranked merges. */

#define RC__COUNT(a) (sizeof(a) / sizeof((a)[0]))
#define RC__BPE_NONE 0xffffffffu

/* Generated by tests/gen_unicode.py: the Unicode tables' types and sizes (the data is the last section). */
typedef struct rc__uc_delta_run { uint32_t lo, hi; int32_t delta; uint32_t stride; } rc__uc_delta_run;
typedef struct rc__uc_multi { uint32_t cp; uint32_t to[3]; } rc__uc_multi;
#define RC__UC_RE_LETTER 1u
#define RC__UC_RE_NUMBER 2u
#define RC__UC_RE_OTHER 4u
#define RC__UC_RE_SPACE 8u
typedef struct rc__uc_decomp { uint32_t cp, first, second; } rc__uc_decomp;
#define RC__UC_NFC_QUICK_BELOW 0x300
typedef struct rc__uc_entity { const char *name, *value; unsigned char flags; } rc__uc_entity;
RC__TABLE_BEGIN const uint32_t rc__uc_py_space[20]; RC__TABLE_END
RC__TABLE_BEGIN const rc__uc_delta_run rc__uc_py_lower[181]; RC__TABLE_END
RC__TABLE_BEGIN const rc__uc_multi rc__uc_py_lower_multi[1]; RC__TABLE_END
RC__TABLE_BEGIN const uint32_t rc__uc_py_case_ignorable[854]; RC__TABLE_END
RC__TABLE_BEGIN const uint32_t rc__uc_py_cased[298]; RC__TABLE_END
RC__TABLE_BEGIN const uint32_t rc__uc_re_class[1654]; RC__TABLE_END
RC__TABLE_BEGIN const uint32_t rc__uc_re_literal_fold[14][2]; RC__TABLE_END
RC__TABLE_BEGIN const uint32_t rc__uc_ccc[571]; RC__TABLE_END
RC__TABLE_BEGIN const rc__uc_decomp rc__uc_decomp_table[2061]; RC__TABLE_END
RC__TABLE_BEGIN const uint16_t rc__uc_compose_index[941]; RC__TABLE_END
RC__TABLE_BEGIN const rc__uc_multi rc__uc_ftfy_char_map[284]; RC__TABLE_END
RC__TABLE_BEGIN const uint32_t rc__uc_ftfy_control[14]; RC__TABLE_END
RC__TABLE_BEGIN const uint32_t rc__uc_re_digit[124]; RC__TABLE_END
RC__TABLE_BEGIN const rc__uc_entity rc__uc_entities[3607]; RC__TABLE_END
RC__TABLE_BEGIN const uint32_t rc__uc_html_invalid_charref[34][2]; RC__TABLE_END
RC__TABLE_BEGIN const uint32_t rc__uc_html_invalid_codepoint[44]; RC__TABLE_END
RC__TABLE_BEGIN const uint32_t rc__uc_bert_deleted[576]; RC__TABLE_END
RC__TABLE_BEGIN const uint32_t rc__uc_bert_space[18]; RC__TABLE_END
RC__TABLE_BEGIN const uint32_t rc__uc_bert_cjk[30]; RC__TABLE_END
RC__TABLE_BEGIN const rc__uc_delta_run rc__uc_bert_single[1063]; RC__TABLE_END
RC__TABLE_BEGIN const rc__uc_multi rc__uc_bert_multi[1044]; RC__TABLE_END
RC__TABLE_BEGIN const uint32_t rc__uc_bert_punct[312]; RC__TABLE_END
/* end of the generated declarations */

/* --- Unicode lookups over the generated tables ----------------------------------------------- */

/* Toggle-point set: cp is a member when an odd number of points are <= cp. */
static int rc__uc_in(const uint32_t *points, size_t n, uint32_t cp) {
    size_t lo = 0, hi = n;
    while (lo < hi) { size_t mid = lo + (hi - lo) / 2; if (points[mid] <= cp) lo = mid + 1; else hi = mid; }
    return (int)(lo & 1);
}
/* Packed runs (first_cp << shift | value), sorted, first run at 0: the value at cp. */
static uint32_t rc__uc_run_value(const uint32_t *runs, size_t n, uint32_t cp, unsigned shift) {
    size_t lo = 0, hi = n;
    while (lo < hi) { size_t mid = lo + (hi - lo) / 2; if ((runs[mid] >> shift) <= cp) lo = mid + 1; else hi = mid; }
    return lo ? runs[lo - 1] & ((1u << shift) - 1u) : 0;
}
static const rc__uc_multi *rc__uc_find_multi(const rc__uc_multi *t, size_t n, uint32_t cp) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (t[mid].cp == cp) return &t[mid];
        if (t[mid].cp < cp) lo = mid + 1; else hi = mid;
    }
    return NULL;
}
static int rc__uc_py_isspace(uint32_t cp) {
    if (cp < 0x80) return (cp >= 9 && cp <= 13) || (cp >= 0x1c && cp <= 0x20);
    return rc__uc_in(rc__uc_py_space, RC__COUNT(rc__uc_py_space), cp);
}
static uint32_t rc__uc_re_classes(uint32_t cp) {
    return rc__uc_run_value(rc__uc_re_class, RC__COUNT(rc__uc_re_class), cp, 4);
}
static uint32_t rc__uc_combining_class(uint32_t cp) {
    if (cp < 0x300) return 0;
    return rc__uc_run_value(rc__uc_ccc, RC__COUNT(rc__uc_ccc), cp, 8);
}
/* One code point -> one through (lo, hi, delta, stride) runs; cp itself when no run covers it. */
static uint32_t rc__uc_delta_map(const rc__uc_delta_run *runs, size_t n, uint32_t cp) {
    size_t lo = 0, hi = n;
    while (lo < hi) { size_t mid = lo + (hi - lo) / 2; if (runs[mid].lo <= cp) lo = mid + 1; else hi = mid; }
    if (lo) {
        const rc__uc_delta_run *r = &runs[lo - 1];
        if (cp <= r->hi && (cp - r->lo) % r->stride == 0) return (uint32_t)((int32_t)cp + r->delta);
    }
    return cp;
}
/* Copies a 0-terminated rc__uc_multi result: returns its length (1..3). */
static int rc__uc_multi_copy(const rc__uc_multi *m, uint32_t out[3]) {
    int n = 0;
    while (n < 3 && m->to[n]) { out[n] = m->to[n]; n++; }
    return n;
}
/* Python str.lower() of one code point other than U+03A3: writes 1..3 code points, returns count. */
static int rc__uc_py_lower_cp(uint32_t cp, uint32_t out[3]) {
    const rc__uc_multi *m = rc__uc_find_multi(rc__uc_py_lower_multi, RC__COUNT(rc__uc_py_lower_multi), cp);
    if (m) return rc__uc_multi_copy(m, out);
    if (cp < 0x80) { out[0] = (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp; return 1; }
    out[0] = rc__uc_delta_map(rc__uc_py_lower, RC__COUNT(rc__uc_py_lower), cp);
    return 1;
}
static const rc__uc_decomp *rc__uc_decomp_find(uint32_t cp) {
    size_t lo = 0, hi = RC__COUNT(rc__uc_decomp_table);
    if (cp < 0xc0) return NULL;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (rc__uc_decomp_table[mid].cp == cp) return &rc__uc_decomp_table[mid];
        if (rc__uc_decomp_table[mid].cp < cp) lo = mid + 1; else hi = mid;
    }
    return NULL;
}
/* Hangul syllable constants (Unicode chapter 3.12). */
enum { RC__HANGUL_S = 0xac00, RC__HANGUL_L = 0x1100, RC__HANGUL_V = 0x1161, RC__HANGUL_T = 0x11a7,
       RC__HANGUL_LN = 19, RC__HANGUL_VN = 21, RC__HANGUL_TN = 28, RC__HANGUL_SN = 11172 };

/* Primary composite of (a, b), or 0. */
static uint32_t rc__uc_compose(uint32_t a, uint32_t b) {
    size_t lo = 0, hi = RC__COUNT(rc__uc_compose_index);
    if (a >= RC__HANGUL_L && a < RC__HANGUL_L + RC__HANGUL_LN && b >= RC__HANGUL_V && b < RC__HANGUL_V + RC__HANGUL_VN)
        return RC__HANGUL_S + ((a - RC__HANGUL_L) * RC__HANGUL_VN + (b - RC__HANGUL_V)) * RC__HANGUL_TN;
    if (a >= RC__HANGUL_S && a < RC__HANGUL_S + RC__HANGUL_SN && (a - RC__HANGUL_S) % RC__HANGUL_TN == 0 &&
        b > RC__HANGUL_T && b < RC__HANGUL_T + RC__HANGUL_TN)
        return a + (b - RC__HANGUL_T);
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const rc__uc_decomp *d = &rc__uc_decomp_table[rc__uc_compose_index[mid]];
        if (d->first == a && d->second == b) return d->cp;
        if (d->first < a || (d->first == a && d->second < b)) lo = mid + 1; else hi = mid;
    }
    return 0;
}

/* --- Growable code point buffers ------------------------------------------------------------- */

/* A failed allocation sets oom and turns later pushes into no-ops; callers check oom per stage. */
typedef struct rc__cpbuf { uint32_t *v; size_t n, cap; int oom; const rc__alloc *a; } rc__cpbuf;

static void rc__cpbuf_init(rc__cpbuf *b, const rc__alloc *a) { b->v = NULL; b->n = b->cap = 0; b->oom = 0; b->a = a; }
static void rc__cpbuf_free(rc__cpbuf *b) { rc__free(b->a, b->v); rc__cpbuf_init(b, b->a); }
static int rc__cpbuf_reserve(rc__cpbuf *b, size_t need) {
    size_t cap = b->cap ? b->cap : 64, bytes;
    uint32_t *v;
    if (b->oom) return 0;
    if (need <= b->cap) return 1;
    while (cap < need) { if (cap > SIZE_MAX / 2) { b->oom = 1; return 0; } cap *= 2; }
    if (!rc__mul(cap, sizeof(uint32_t), &bytes) || !(v = (uint32_t *)b->a->alloc(b->a->user, bytes))) { b->oom = 1; return 0; }
    if (b->n) memcpy(v, b->v, b->n * sizeof(uint32_t));
    rc__free(b->a, b->v);
    b->v = v; b->cap = cap;
    return 1;
}
static void rc__cpbuf_push(rc__cpbuf *b, uint32_t cp) {
    if (b->n == b->cap && !rc__cpbuf_reserve(b, b->n + 1)) return;
    b->v[b->n++] = cp;
}
static void rc__cpbuf_append(rc__cpbuf *b, const uint32_t *s, size_t n) {
    size_t need;
    if (!n) return;
    if (!rc__add(b->n, n, &need) || !rc__cpbuf_reserve(b, need)) { b->oom = 1; return; }
    memcpy(b->v + b->n, s, n * sizeof(uint32_t));
    b->n += n;
}
static void rc__cpbuf_swap(rc__cpbuf *x, rc__cpbuf *y) { rc__cpbuf t = *x; *x = *y; *y = t; }

/* --- UTF-8 ------------------------------------------------------------------------------------ */

/* Strict decoding as Python's: no overlong forms, no surrogates, nothing above U+10FFFF.
   Returns the bytes consumed (1..4), or 0 if s does not start with a valid sequence. */
static size_t rc__utf8_decode(const unsigned char *s, size_t n, uint32_t *cp) {
    uint32_t c;
    size_t len, i;
    if (!n) return 0;
    c = s[0];
    if (c < 0x80) { *cp = c; return 1; }
    if (c >= 0xc2 && c <= 0xdf) { len = 2; c &= 0x1f; }
    else if (c >= 0xe0 && c <= 0xef) { len = 3; c &= 0x0f; }
    else if (c >= 0xf0 && c <= 0xf4) { len = 4; c &= 0x07; }
    else return 0;
    if (n < len) return 0;
    for (i = 1; i < len; i++) {
        if ((s[i] & 0xc0) != 0x80) return 0;
        c = (c << 6) | (s[i] & 0x3fu);
    }
    if ((len == 3 && (c < 0x800 || (c >= 0xd800 && c <= 0xdfff))) || (len == 4 && (c < 0x10000 || c > 0x10ffff)))
        return 0;
    *cp = c;
    return len;
}
static size_t rc__utf8_encode(uint32_t cp, unsigned char *out) {
    if (cp < 0x80) { out[0] = (unsigned char)cp; return 1; }
    if (cp < 0x800) { out[0] = (unsigned char)(0xc0 | (cp >> 6)); out[1] = (unsigned char)(0x80 | (cp & 0x3f)); return 2; }
    if (cp < 0x10000) {
        out[0] = (unsigned char)(0xe0 | (cp >> 12)); out[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
        out[2] = (unsigned char)(0x80 | (cp & 0x3f)); return 3;
    }
    out[0] = (unsigned char)(0xf0 | (cp >> 18)); out[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3f));
    out[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f)); out[3] = (unsigned char)(0x80 | (cp & 0x3f));
    return 4;
}
/* Strict UTF-8 text -> code points in cps (an allocation failure sets cps->oom). */
static rc_status rc__decode_text(const char *text, size_t len, rc__cpbuf *cps, rc_error *err) {
    size_t i, step;
    rc__cpbuf_reserve(cps, len + 1);
    for (i = 0; i < len && !cps->oom; i += step) {
        uint32_t cp;
        step = rc__utf8_decode((const unsigned char *)text + i, len - i, &cp);
        if (!step) return rc__fail(err, RC_ERR_UTF8, "tokenize: invalid UTF-8 at byte %zu", i);
        cps->v[cps->n++] = cp;
    }
    return RC_OK;
}
/* Appends a (table) UTF-8 string. */
static void rc__cpbuf_push_utf8(rc__cpbuf *b, const char *s) {
    size_t n = strlen(s), k;
    uint32_t cp;
    while (n && (k = rc__utf8_decode((const unsigned char *)s, n, &cp)) != 0) { rc__cpbuf_push(b, cp); s += k; n -= k; }
}

/* --- NFC (unicodedata.normalize('NFC')) ------------------------------------------------------- */

/* Full canonical decomposition of cp, appended to out. */
static void rc__uc_decompose(uint32_t cp, rc__cpbuf *out) {
    const rc__uc_decomp *d;
    if (cp >= RC__HANGUL_S && cp < RC__HANGUL_S + RC__HANGUL_SN) {
        uint32_t s = cp - RC__HANGUL_S, t = s % RC__HANGUL_TN;
        rc__cpbuf_push(out, RC__HANGUL_L + s / (RC__HANGUL_VN * RC__HANGUL_TN));
        rc__cpbuf_push(out, RC__HANGUL_V + (s % (RC__HANGUL_VN * RC__HANGUL_TN)) / RC__HANGUL_TN);
        if (t) rc__cpbuf_push(out, RC__HANGUL_T + t);
        return;
    }
    d = rc__uc_decomp_find(cp);
    if (!d) { rc__cpbuf_push(out, cp); return; }
    rc__uc_decompose(d->first, out);
    if (d->second) rc__uc_decompose(d->second, out);
}
/* Canonical ordering: each run of non-starters stably sorted by combining class (counting sort for
   long runs so hostile input stays linear). */
static void rc__uc_canonical_order(uint32_t *s, size_t n, rc__cpbuf *tmp) {
    size_t i = 0;
    while (i < n) {
        size_t j = i, k;
        while (j < n && rc__uc_combining_class(s[j]) != 0) j++;
        if (j - i >= 2 && j - i < 32) {
            for (k = i + 1; k < j; k++) {
                uint32_t c = s[k], cc = rc__uc_combining_class(c);
                size_t m = k;
                while (m > i && rc__uc_combining_class(s[m - 1]) > cc) { s[m] = s[m - 1]; m--; }
                s[m] = c;
            }
        } else if (j - i >= 32) {
            size_t count[257];
            memset(count, 0, sizeof count);
            tmp->n = 0;
            if (!rc__cpbuf_reserve(tmp, j - i)) return;
            for (k = i; k < j; k++) count[rc__uc_combining_class(s[k]) + 1]++;
            for (k = 1; k < 257; k++) count[k] += count[k - 1];
            for (k = i; k < j; k++) tmp->v[count[rc__uc_combining_class(s[k])]++] = s[k];
            memcpy(s + i, tmp->v, (j - i) * sizeof(uint32_t));
        }
        i = j > i ? j : i + 1;
    }
}
/* NFC of in (n code points) into out. */
static void rc__uc_nfc(const uint32_t *in, size_t n, rc__cpbuf *out, rc__cpbuf *tmp) {
    size_t i, w = 0, starter = (size_t)-1;
    uint32_t last_cc = 0;
    out->n = 0;
    for (i = 0; i < n && in[i] < RC__UC_NFC_QUICK_BELOW; i++) {}
    if (i == n) { rc__cpbuf_append(out, in, n); return; }
    for (i = 0; i < n; i++) {
        if (in[i] < 0xc0) rc__cpbuf_push(out, in[i]);
        else rc__uc_decompose(in[i], out);
    }
    if (out->oom) return;
    rc__uc_canonical_order(out->v, out->n, tmp);
    for (i = 0; i < out->n; i++) {
        uint32_t c = out->v[i], cc = rc__uc_combining_class(c);
        if (starter != (size_t)-1 && (w - 1 == starter || last_cc < cc)) {
            uint32_t p = rc__uc_compose(out->v[starter], c);
            if (p) { out->v[starter] = p; continue; }
        }
        if (cc == 0) starter = w;
        last_cc = cc;
        out->v[w++] = c;
    }
    out->n = w;
}

/* --- HTML unescaping (Python's html.unescape, and ftfy's unescape_html) ----------------------- */

/* Looks name[0..len) up among the entity names having flag; NULL if absent. */
static const char *rc__html_entity(const uint32_t *name, size_t len, unsigned flag) {
    size_t lo = 0, hi = RC__COUNT(rc__uc_entities);
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2, k = 0;
        const unsigned char *e = (const unsigned char *)rc__uc_entities[mid].name;
        int cmp;
        while (k < len && e[k] && e[k] == name[k]) k++;
        if (k == len) cmp = e[k] ? -1 : 0;
        else cmp = e[k] ? (name[k] < e[k] ? -1 : 1) : 1;
        if (cmp == 0) return (rc__uc_entities[mid].flags & flag) ? rc__uc_entities[mid].value : NULL;
        if (cmp < 0) hi = mid; else lo = mid + 1;
    }
    return NULL;
}
static int rc__is_digit(uint32_t c) { return c >= '0' && c <= '9'; }
static int rc__is_hex(uint32_t c) { return rc__is_digit(c) || ((c | 32) >= 'a' && (c | 32) <= 'f'); }
static int rc__is_alnum(uint32_t c) { return rc__is_digit(c) || ((c | 32) >= 'a' && (c | 32) <= 'z'); }

/* html._replace_charref for a numeric reference (num saturated at 0x110000). */
static void rc__html_charref(uint32_t num, rc__cpbuf *out) {
    size_t i;
    for (i = 0; i < RC__COUNT(rc__uc_html_invalid_charref); i++)
        if (rc__uc_html_invalid_charref[i][0] == num) { rc__cpbuf_push(out, rc__uc_html_invalid_charref[i][1]); return; }
    if ((num >= 0xd800 && num <= 0xdfff) || num > 0x10ffff) { rc__cpbuf_push(out, 0xfffd); return; }
    if (rc__uc_in(rc__uc_html_invalid_codepoint, RC__COUNT(rc__uc_html_invalid_codepoint), num)) return;
    rc__cpbuf_push(out, num);
}
/* html.unescape: &(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?), named references by
   longest html5 prefix. */
static void rc__html_unescape(const uint32_t *s, size_t n, rc__cpbuf *out) {
    size_t i = 0;
    while (i < n) {
        size_t j, k, end, x;
        const char *value;
        if (s[i] != '&') { rc__cpbuf_push(out, s[i++]); continue; }
        j = i + 1;
        if (j < n && s[j] == '#') {
            int hex = j + 2 < n && (s[j + 1] | 32) == 'x' && rc__is_hex(s[j + 2]);
            uint32_t num = 0;
            if (!hex && !(j + 1 < n && rc__is_digit(s[j + 1]))) { rc__cpbuf_push(out, s[i++]); continue; }
            for (k = j + (hex ? 2 : 1); k < n && (hex ? rc__is_hex(s[k]) : rc__is_digit(s[k])); k++) {
                uint32_t d = rc__is_digit(s[k]) ? s[k] - '0' : (s[k] | 32) - 'a' + 10;
                num = num > 0x10ffff ? 0x110000 : num * (hex ? 16u : 10u) + d;
            }
            if (num > 0x10ffff) num = 0x110000;
            rc__html_charref(num, out);
            i = (k < n && s[k] == ';') ? k + 1 : k;
            continue;
        }
        for (k = j; k < n && k - j < 32; k++) {
            uint32_t c = s[k];
            if (c == '\t' || c == '\n' || c == '\f' || c == ' ' || c == '<' || c == '&' || c == '#' || c == ';') break;
        }
        if (k == j) { rc__cpbuf_push(out, s[i++]); continue; }
        end = (k < n && s[k] == ';') ? k + 1 : k;
        value = rc__html_entity(s + j, end - j, 1);
        if (value) rc__cpbuf_push_utf8(out, value);
        else {
            for (x = end - j - 1; x >= 2; x--) {
                const char *v = rc__html_entity(s + j, x, 1);
                if (v) { rc__cpbuf_push_utf8(out, v); rc__cpbuf_append(out, s + j + x, end - j - x); break; }
            }
            if (x < 2) rc__cpbuf_append(out, s + i, end - i);
        }
        i = end;
    }
}
/* ftfy unescape_html: &#?[0-9A-Za-z]{1,24}; replaced from ftfy's table, or (numeric) by
   html.unescape when that consumes the whole reference. */
static void rc__ftfy_unescape_html(const uint32_t *s, size_t n, rc__cpbuf *out, rc__cpbuf *tmp) {
    size_t i = 0;
    while (i < n) {
        size_t j = i + 1, k;
        int hash = 0;
        if (s[i] != '&') { rc__cpbuf_push(out, s[i++]); continue; }
        if (j < n && s[j] == '#') { hash = 1; j++; }
        for (k = j; k < n && k - j < 25 && rc__is_alnum(s[k]); k++) {}
        if (k == j || k - j > 24 || k >= n || s[k] != ';') { rc__cpbuf_push(out, s[i++]); continue; }
        if (!hash) {
            const char *v = rc__html_entity(s + i + 1, k + 1 - (i + 1), 2);
            if (v) rc__cpbuf_push_utf8(out, v); else rc__cpbuf_append(out, s + i, k + 1 - i);
        } else {
            size_t m;
            int semicolon = 0;
            tmp->n = 0;
            rc__html_unescape(s + i, k + 1 - i, tmp);
            for (m = 0; m < tmp->n; m++) semicolon |= tmp->v[m] == ';';
            if (tmp->oom) out->oom = 1;
            if (semicolon) rc__cpbuf_append(out, s + i, k + 1 - i); else rc__cpbuf_append(out, tmp->v, tmp->n);
        }
        i = k + 1;
    }
}

/* --- ftfy.fix_text, minus fix_encoding (docs/tokenizer.md) ------------------------------------ */

#define RC__FTFY_MAX_SEGMENT 1000000   /* ftfy's max_decode_length */
#define RC__FTFY_MIN_PASSES 16         /* fixed-point passes always allowed per chunk (ftfy: unbounded) */
#define RC__FTFY_PASS_BUDGET (1u << 24) /* code points x passes allowed beyond that, per text */

/* fix_c1_controls, fix_latin_ligatures, fix_character_width, uncurl_quotes (one per-character map). */
static void rc__ftfy_char_map(const uint32_t *s, size_t n, rc__cpbuf *out) {
    size_t i;
    for (i = 0; i < n; i++) {
        const rc__uc_multi *m = s[i] < 0x80 ? NULL : rc__uc_find_multi(rc__uc_ftfy_char_map, RC__COUNT(rc__uc_ftfy_char_map), s[i]);
        int k;
        if (!m) { rc__cpbuf_push(out, s[i]); continue; }
        for (k = 0; k < 3 && m->to[k]; k++) rc__cpbuf_push(out, m->to[k]);
    }
}
/* fix_line_breaks: \r\n, \r, U+2028, U+2029, U+0085 -> \n. */
static void rc__ftfy_line_breaks(const uint32_t *s, size_t n, rc__cpbuf *out) {
    size_t i;
    for (i = 0; i < n; i++) {
        uint32_t c = s[i];
        if (c == '\r' && i + 1 < n && s[i + 1] == '\n') continue;
        rc__cpbuf_push(out, (c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x85) ? '\n' : c);
    }
}
/* remove_terminal_escapes: \033\[((?:\d|;)*)([a-zA-Z]) with Python re's Unicode \d. */
static void rc__ftfy_terminal_escapes(const uint32_t *s, size_t n, rc__cpbuf *out) {
    size_t i = 0;
    while (i < n) {
        if (s[i] == 0x1b && i + 1 < n && s[i + 1] == '[') {
            size_t k = i + 2;
            while (k < n && (s[k] == ';' || rc__uc_in(rc__uc_re_digit, RC__COUNT(rc__uc_re_digit), s[k]))) k++;
            if (k < n && s[k] < 0x80 && (s[k] | 32) >= 'a' && (s[k] | 32) <= 'z') { i = k + 1; continue; }
        }
        rc__cpbuf_push(out, s[i++]);
    }
}
/* remove_control_chars. */
static void rc__ftfy_control_chars(const uint32_t *s, size_t n, rc__cpbuf *out) {
    size_t i;
    for (i = 0; i < n; i++)
        if (!rc__uc_in(rc__uc_ftfy_control, RC__COUNT(rc__uc_ftfy_control), s[i])) rc__cpbuf_push(out, s[i]);
}

typedef struct rc__text_work { rc__cpbuf a, b, orig, tmp; size_t budget; } rc__text_work;

/* ftfy fix_and_explain: all fixers in order, repeated until nothing changes. No fixer looks across
   a U+0020 (none matches, composes or reorders across it, and none alters it), so the loop runs
   per space-separated chunk with the same result, and the pass limit is per chunk. */
static void rc__ftfy_fix_chunk(const uint32_t *seg, size_t n, int unescape, rc__cpbuf *out, rc__text_work *w) {
    int pass;
    w->a.n = 0;
    rc__cpbuf_append(&w->a, seg, n);
    for (pass = 0; !w->a.oom; pass++) {
        if (pass >= RC__FTFY_MIN_PASSES) {
            if (w->budget < w->a.n + 1) break;
            w->budget -= w->a.n + 1;
        }
        w->orig.n = 0; rc__cpbuf_append(&w->orig, w->a.v, w->a.n);
        if (unescape) { w->b.n = 0; rc__ftfy_unescape_html(w->a.v, w->a.n, &w->b, &w->tmp); rc__cpbuf_swap(&w->a, &w->b); }
        w->b.n = 0; rc__ftfy_char_map(w->a.v, w->a.n, &w->b); rc__cpbuf_swap(&w->a, &w->b);
        w->b.n = 0; rc__ftfy_line_breaks(w->a.v, w->a.n, &w->b); rc__cpbuf_swap(&w->a, &w->b);
        w->b.n = 0; rc__ftfy_terminal_escapes(w->a.v, w->a.n, &w->b); rc__cpbuf_swap(&w->a, &w->b);
        w->b.n = 0; rc__ftfy_control_chars(w->a.v, w->a.n, &w->b); rc__cpbuf_swap(&w->a, &w->b);
        rc__uc_nfc(w->a.v, w->a.n, &w->b, &w->tmp); rc__cpbuf_swap(&w->a, &w->b);
        if (w->a.oom || w->b.oom || w->tmp.oom || w->orig.oom) { out->oom = 1; return; }
        if (w->a.n == w->orig.n && (!w->a.n || !memcmp(w->a.v, w->orig.v, w->a.n * sizeof(uint32_t)))) break;
    }
    if (w->a.oom) { out->oom = 1; return; }   /* the first copy failed: the chunk would vanish */
    rc__cpbuf_append(out, w->a.v, w->a.n);
}
/* ftfy.fix_text: segments end after '\n' (or at max_decode_length); a '<' in a segment turns HTML
   unescaping off for it and every later segment. */
static void rc__ftfy_fix_text(const uint32_t *s, size_t n, rc__cpbuf *out, rc__text_work *w) {
    size_t pos = 0;
    int unescape = 1;
    out->n = 0;
    w->budget = RC__FTFY_PASS_BUDGET;
    while (pos < n && !out->oom) {
        size_t end = pos, k, chunk;
        while (end < n && s[end] != '\n' && end - pos < RC__FTFY_MAX_SEGMENT) end++;
        if (end < n && s[end] == '\n' && end - pos < RC__FTFY_MAX_SEGMENT) end++;
        for (k = pos; k < end && unescape; k++) if (s[k] == '<') unescape = 0;
        for (chunk = pos; chunk < end; chunk = k) {
            for (k = chunk; k < end && s[k] != ' '; k++) {}
            rc__ftfy_fix_chunk(s + chunk, k - chunk, unescape, out, w);
            for (; k < end && s[k] == ' '; k++) rc__cpbuf_push(out, ' ');
        }
        pos = end;
    }
}

/* --- whitespace_clean and str.lower() --------------------------------------------------------- */

/* " ".join(text.split()) (this also performs basic_clean's strip). */
static void rc__py_whitespace_clean(const uint32_t *s, size_t n, rc__cpbuf *out) {
    size_t i = 0;
    out->n = 0;
    while (i < n) {
        while (i < n && rc__uc_py_isspace(s[i])) i++;
        if (i == n) break;
        if (out->n) rc__cpbuf_push(out, ' ');
        while (i < n && !rc__uc_py_isspace(s[i])) rc__cpbuf_push(out, s[i++]);
    }
}
static int rc__uc_case_ignorable(uint32_t cp) {
    return rc__uc_in(rc__uc_py_case_ignorable, RC__COUNT(rc__uc_py_case_ignorable), cp);
}
static int rc__uc_cased(uint32_t cp) { return rc__uc_in(rc__uc_py_cased, RC__COUNT(rc__uc_py_cased), cp); }

/* str.lower(), including CPython's Final_Sigma rule for U+03A3. */
static void rc__py_lower(const uint32_t *s, size_t n, rc__cpbuf *out) {
    size_t i;
    out->n = 0;
    for (i = 0; i < n; i++) {
        uint32_t to[3];
        int k, m;
        if (s[i] == 0x3a3) {
            size_t j = i;
            int final_sigma;
            while (j > 0 && rc__uc_case_ignorable(s[j - 1])) j--;
            final_sigma = j > 0 && rc__uc_cased(s[j - 1]);
            if (final_sigma) {
                for (j = i + 1; j < n && rc__uc_case_ignorable(s[j]); j++) {}
                final_sigma = j == n || !rc__uc_cased(s[j]);
            }
            rc__cpbuf_push(out, final_sigma ? 0x3c2 : 0x3c3);
            continue;
        }
        m = rc__uc_py_lower_cp(s[i], to);
        for (k = 0; k < m; k++) rc__cpbuf_push(out, to[k]);
    }
}

/* open_clip's whitespace_clean(basic_clean(text)) on cps, in place (clean: scratch): ftfy,
   html.unescape twice, whitespace split and joined with ' '. */
static void rc__openclip_clean(rc__cpbuf *cps, rc__cpbuf *clean, rc__text_work *w) {
    rc__ftfy_fix_text(cps->v, cps->n, clean, w);
    cps->n = 0; rc__html_unescape(clean->v, clean->n, cps);
    clean->n = 0; rc__html_unescape(cps->v, cps->n, clean);
    rc__py_whitespace_clean(clean->v, clean->n, cps);
}

/* --- BPE vocabulary ----------------------------------------------------------------------------- */

/* One merge rule in the pair table: (left, right) -> merged token, rank = priority (lower first). */
typedef struct rc__bpe_pair { uint32_t left, right, rank, merged; } rc__bpe_pair;

typedef struct rc__bpe {
    uint32_t byte_id[256];       /* token id of byte b's symbol inside a word                */
    uint32_t byte_end_id[256];   /* token id of byte b's symbol ending a word (+ "</w>")     */
    uint32_t sot_id, eot_id;     /* <start_of_text>, <end_of_text>                           */
    uint32_t n_tokens, n_merges;
    rc__bpe_pair *pairs;         /* [pairs_mask + 1] open addressing; empty: rank == NONE     */
    size_t pairs_mask;
} rc__bpe;

/* open_clip bytes_to_unicode(): printable Latin-1 bytes map to themselves, the rest to 256 + n. */
static uint32_t rc__bpe_byte_to_cp(unsigned b) {
    if ((b >= 33 && b <= 126) || (b >= 161 && b <= 172) || b >= 174) return b;
    if (b <= 32) return 256 + b;
    if (b <= 160) return 256 + 33 + (b - 127);
    return 256 + 33 + 34;   /* 173 */
}
#define RC__HASH_SEED 1469598103934665603ull
/* FNV-1a, continued from h (RC__HASH_SEED to start): hash(a + b) == rc__hash_more(rc__hash_more(seed, a), b). */
static uint64_t rc__hash_more(uint64_t h, const char *p, size_t n) {
    while (n--) { h ^= (unsigned char)*p++; h *= 1099511628211ull; }
    return h;
}
static uint64_t rc__hash_bytes(const char *p, size_t n) { return rc__hash_more(RC__HASH_SEED, p, n); }
static size_t rc__hash_pair(uint32_t l, uint32_t r) {
    uint64_t h = ((uint64_t)l << 32 | r) * 0x9e3779b97f4a7c15ull;
    return (size_t)(h ^ (h >> 29));
}
static uint32_t rc__bpe_pair_find(const rc__bpe *bpe, uint32_t l, uint32_t r, uint32_t *merged) {
    size_t i = rc__hash_pair(l, r) & bpe->pairs_mask;
    for (;; i = (i + 1) & bpe->pairs_mask) {
        const rc__bpe_pair *p = &bpe->pairs[i];
        if (p->rank == RC__BPE_NONE) return RC__BPE_NONE;
        if (p->left == l && p->right == r) { *merged = p->merged; return p->rank; }
    }
}

/* Build-time string -> id table (open addressing over ids + 1; 0 = empty). */
typedef struct rc__token_index { uint32_t *slots; size_t mask; const rc__str *tokens; } rc__token_index;

/* Id of the token prefix + p[0..n) (prefix: a short NUL-terminated string, "" for none). */
static uint32_t rc__token_find_prefixed(const rc__token_index *ix, const char *prefix, const char *p, size_t n) {
    size_t k = strlen(prefix), i = (size_t)rc__hash_more(rc__hash_bytes(prefix, k), p, n) & ix->mask;
    for (;; i = (i + 1) & ix->mask) {
        uint32_t s = ix->slots[i];
        const rc__str *t;
        if (!s) return RC__BPE_NONE;
        t = &ix->tokens[s - 1];
        if (t->len == k + n && !memcmp(t->ptr, prefix, k) && !memcmp(t->ptr + k, p, n)) return s - 1;
    }
}
static uint32_t rc__token_find(const rc__token_index *ix, const char *p, size_t n) {
    return rc__token_find_prefixed(ix, "", p, n);
}
/* Copies at most 40 bytes of s for an error message. */
static const char *rc__msg_str(rc__str s, char *buf) {
    size_t n = s.len < 40 ? s.len : 40;
    if (n) memcpy(buf, s.ptr, n);
    buf[n] = 0;
    return buf;
}
static size_t rc__pow2_at_least(size_t n) { size_t c = 16; while (c < n) c *= 2; return c; }

static void rc__bpe_free(rc__bpe *bpe, const rc__alloc *a) {
    if (!bpe) return;
    rc__free(a, bpe->pairs);
    memset(bpe, 0, sizeof *bpe);
}

static rc_status rc__bpe_build(rc__bpe *bpe, const rc__str *tokens, uint32_t n_tokens, const rc__str *merges,
                               uint32_t n_merges, const rc__alloc *a, rc_error *err) {
    rc__token_index ix;
    size_t bytes, i, cap, max_len = 0;
    char msg[41], *concat = NULL;
    rc_status st = RC_OK;
    uint32_t id, b;
    if (!bpe || !a || (!tokens && n_tokens) || (!merges && n_merges))
        return rc__fail(err, RC_ERR_ARG, "bpe: NULL argument");
    memset(bpe, 0, sizeof *bpe);
    if (n_tokens > 0x7fffffffu || n_merges >= 0x7fffffffu)
        return rc__fail(err, RC_ERR_FORMAT, "bpe: absurd vocabulary size (%u tokens, %u merges)", n_tokens, n_merges);
    /* string -> id index over the tokens, refusing duplicates and invalid UTF-8 */
    ix.tokens = tokens;
    ix.mask = rc__pow2_at_least((size_t)n_tokens * 2) - 1;
    if (!rc__mul(ix.mask + 1, sizeof(uint32_t), &bytes) || !(ix.slots = (uint32_t *)rc__calloc(a, bytes)))
        return rc__fail(err, RC_ERR_NOMEM, "bpe: out of memory for the token index");
    for (id = 0; id < n_tokens && st == RC_OK; id++) {
        rc__str t = tokens[id];
        size_t k = 0, step;
        uint32_t cp;
        if (!t.len || !t.ptr) { st = rc__fail(err, RC_ERR_FORMAT, "bpe: token %u is empty", id); break; }
        while (k < t.len && (step = rc__utf8_decode((const unsigned char *)t.ptr + k, t.len - k, &cp)) != 0) k += step;
        if (k != t.len) { st = rc__fail(err, RC_ERR_FORMAT, "bpe: token %u is not valid UTF-8", id); break; }
        if (t.len > max_len) max_len = t.len;
        for (i = (size_t)rc__hash_bytes(t.ptr, t.len) & ix.mask; ix.slots[i]; i = (i + 1) & ix.mask) {
            rc__str o = tokens[ix.slots[i] - 1];
            if (o.len == t.len && !memcmp(o.ptr, t.ptr, t.len)) {
                st = rc__fail(err, RC_ERR_FORMAT, "bpe: duplicate token '%s' (ids %u and %u)", rc__msg_str(t, msg), ix.slots[i] - 1, id);
                break;
            }
        }
        if (st == RC_OK) ix.slots[i] = id + 1;
    }
    /* byte symbols and special tokens */
    for (b = 0; b < 256 && st == RC_OK; b++) {
        char s[8];
        size_t n = rc__utf8_encode(rc__bpe_byte_to_cp(b), (unsigned char *)s);
        memcpy(s + n, "</w>", 4);
        bpe->byte_id[b] = rc__token_find(&ix, s, n);
        bpe->byte_end_id[b] = rc__token_find(&ix, s, n + 4);
        if (bpe->byte_id[b] == RC__BPE_NONE || bpe->byte_end_id[b] == RC__BPE_NONE)
            st = rc__fail(err, RC_ERR_MISSING, "bpe: no token for byte %u (or its '</w>' form)", b);
    }
    if (st == RC_OK) {
        bpe->sot_id = rc__token_find(&ix, "<start_of_text>", 15);
        bpe->eot_id = rc__token_find(&ix, "<end_of_text>", 13);
        if (bpe->sot_id == RC__BPE_NONE || bpe->eot_id == RC__BPE_NONE)
            st = rc__fail(err, RC_ERR_MISSING, "bpe: special token <start_of_text> or <end_of_text> missing");
    }
    /* merges: "left right" -> pair table */
    cap = rc__pow2_at_least((size_t)n_merges * 2);
    if (st == RC_OK && (!rc__mul(cap, sizeof(rc__bpe_pair), &bytes) || !(bpe->pairs = (rc__bpe_pair *)rc__calloc(a, bytes)) ||
                        !(concat = (char *)rc__calloc(a, max_len + 1))))
        st = rc__fail(err, RC_ERR_NOMEM, "bpe: out of memory for the merge table");
    if (st == RC_OK) {
        bpe->pairs_mask = cap - 1;
        for (i = 0; i < cap; i++) bpe->pairs[i].rank = RC__BPE_NONE;
    }
    for (id = 0; id < n_merges && st == RC_OK; id++) {
        rc__str m = merges[id];
        size_t sp = 0, spaces = 0, k;
        uint32_t l, r, c;
        for (k = 0; k < m.len; k++) if (m.ptr[k] == ' ') { spaces++; sp = k; }
        if (spaces != 1 || sp == 0 || sp + 1 == m.len) {
            st = rc__fail(err, RC_ERR_FORMAT, "bpe: merge %u '%s' is not two tokens separated by one space", id, rc__msg_str(m, msg));
            break;
        }
        l = rc__token_find(&ix, m.ptr, sp);
        r = rc__token_find(&ix, m.ptr + sp + 1, m.len - sp - 1);
        c = RC__BPE_NONE;
        if (l != RC__BPE_NONE && r != RC__BPE_NONE && m.len - 1 <= max_len) {
            memcpy(concat, m.ptr, sp);
            memcpy(concat + sp, m.ptr + sp + 1, m.len - sp - 1);
            c = rc__token_find(&ix, concat, m.len - 1);
        }
        if (c == RC__BPE_NONE) {
            st = rc__fail(err, RC_ERR_FORMAT, "bpe: merge %u '%s': a part or the merged result is not a token", id, rc__msg_str(m, msg));
            break;
        }
        for (k = rc__hash_pair(l, r) & bpe->pairs_mask; bpe->pairs[k].rank != RC__BPE_NONE; k = (k + 1) & bpe->pairs_mask) {
            if (bpe->pairs[k].left == l && bpe->pairs[k].right == r) {
                st = rc__fail(err, RC_ERR_FORMAT, "bpe: duplicate merge '%s' (ranks %u and %u)", rc__msg_str(m, msg), bpe->pairs[k].rank, id);
                break;
            }
        }
        if (st != RC_OK) break;
        bpe->pairs[k].left = l; bpe->pairs[k].right = r; bpe->pairs[k].rank = id; bpe->pairs[k].merged = c;
    }
    rc__free(a, ix.slots);
    rc__free(a, concat);
    if (st != RC_OK) { rc__bpe_free(bpe, a); return st; }
    bpe->n_tokens = n_tokens;
    bpe->n_merges = n_merges;
    return RC_OK;
}

/* --- BPE encoding ------------------------------------------------------------------------------ */

/* Scratch for one word: symbols as a linked list over their first byte's position, and a heap. */
typedef struct rc__bpe_work {
    uint32_t *sym, *next, *prev, *touched;   /* [cap]                                   */
    uint64_t *heap;                           /* [3 * cap] entries (rank << 32 | position) */
    size_t cap, heap_n;
    unsigned char *bytes;                     /* [bytes_cap] the word's UTF-8             */
    size_t bytes_n, bytes_cap;
} rc__bpe_work;

static void rc__bpe_work_free(rc__bpe_work *w, const rc__alloc *a) {
    rc__free(a, w->sym); rc__free(a, w->next); rc__free(a, w->prev); rc__free(a, w->touched);
    rc__free(a, w->heap); rc__free(a, w->bytes);
    memset(w, 0, sizeof *w);
}
static int rc__bpe_work_reserve(rc__bpe_work *w, size_t n, const rc__alloc *a) {
    size_t cap = w->cap ? w->cap : 64, b4, b24;
    if (n <= w->cap) return 1;
    while (cap < n) cap *= 2;
    rc__free(a, w->sym); rc__free(a, w->next); rc__free(a, w->prev); rc__free(a, w->touched); rc__free(a, w->heap);
    w->sym = w->next = w->prev = w->touched = NULL; w->heap = NULL; w->cap = 0;
    if (!rc__mul(cap, 4, &b4) || !rc__mul(cap, 24, &b24)) return 0;
    w->sym = (uint32_t *)a->alloc(a->user, b4); w->next = (uint32_t *)a->alloc(a->user, b4);
    w->prev = (uint32_t *)a->alloc(a->user, b4); w->touched = (uint32_t *)a->alloc(a->user, b4);
    w->heap = (uint64_t *)a->alloc(a->user, b24);
    if (!w->sym || !w->next || !w->prev || !w->touched || !w->heap) return 0;
    w->cap = cap;
    return 1;
}
static void rc__heap_push(rc__bpe_work *w, uint64_t key) {
    size_t i = w->heap_n++;
    while (i) {
        size_t p = (i - 1) / 2;
        if (w->heap[p] <= key) break;
        w->heap[i] = w->heap[p]; i = p;
    }
    w->heap[i] = key;
}
static uint64_t rc__heap_pop(rc__bpe_work *w) {
    uint64_t top = w->heap[0], last = w->heap[--w->heap_n];
    size_t i = 0, n = w->heap_n;
    for (;;) {
        size_t c = 2 * i + 1;
        if (c >= n) break;
        if (c + 1 < n && w->heap[c + 1] < w->heap[c]) c++;
        if (last <= w->heap[c]) break;
        w->heap[i] = w->heap[c]; i = c;
    }
    if (n) w->heap[i] = last;
    return top;
}
static void rc__bpe_push_pair(const rc__bpe *bpe, rc__bpe_work *w, uint32_t pos) {
    uint32_t merged, q = w->next[pos], rank;
    if (q == RC__BPE_NONE) return;
    rank = rc__bpe_pair_find(bpe, w->sym[pos], w->sym[q], &merged);
    if (rank != RC__BPE_NONE) rc__heap_push(w, (uint64_t)rank << 32 | pos);
}
/* open_clip bpe() on w->bytes: each round merges, left to right, every occurrence of the
   lowest-ranked adjacent pair; pairs created in a round wait for the next one. Appends the
   resulting token ids to ids[*n_ids..] while *n_ids < max_ids. */
static void rc__bpe_word(const rc__bpe *bpe, rc__bpe_work *w, int32_t *ids, int *n_ids, int max_ids) {
    size_t n = w->bytes_n, i;
    uint32_t pos;
    w->heap_n = 0;
    for (i = 0; i < n; i++) {
        w->sym[i] = i + 1 < n ? bpe->byte_id[w->bytes[i]] : bpe->byte_end_id[w->bytes[i]];
        w->next[i] = i + 1 < n ? (uint32_t)(i + 1) : RC__BPE_NONE;
        w->prev[i] = i ? (uint32_t)(i - 1) : RC__BPE_NONE;
    }
    for (i = 0; i + 1 < n; i++) rc__bpe_push_pair(bpe, w, (uint32_t)i);
    while (w->heap_n) {
        uint32_t rank = (uint32_t)(w->heap[0] >> 32), n_touched = 0, t;
        while (w->heap_n && (uint32_t)(w->heap[0] >> 32) == rank) {
            uint32_t merged = 0, q, r;
            pos = (uint32_t)rc__heap_pop(w);
            q = w->next[pos];
            if (w->sym[pos] == RC__BPE_NONE || q == RC__BPE_NONE) continue;
            r = rc__bpe_pair_find(bpe, w->sym[pos], w->sym[q], &merged);
            if (r != rank) continue;
            w->sym[pos] = merged;
            w->sym[q] = RC__BPE_NONE;
            w->next[pos] = w->next[q];
            if (w->next[q] != RC__BPE_NONE) w->prev[w->next[q]] = pos;
            w->touched[n_touched++] = pos;
        }
        for (t = 0; t < n_touched; t++) {
            pos = w->touched[t];
            if (w->prev[pos] != RC__BPE_NONE) rc__bpe_push_pair(bpe, w, w->prev[pos]);
            rc__bpe_push_pair(bpe, w, pos);
        }
    }
    for (pos = 0; pos != RC__BPE_NONE && *n_ids < max_ids; pos = w->next[pos]) ids[(*n_ids)++] = (int32_t)w->sym[pos];
}

/* The ASCII character that the regex package's IGNORECASE equates c with (c itself if none). */
static uint32_t rc__re_fold(uint32_t c) {
    size_t lo = 0, hi = RC__COUNT(rc__uc_re_literal_fold);
    if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (rc__uc_re_literal_fold[mid][0] == c) return rc__uc_re_literal_fold[mid][1];
        if (rc__uc_re_literal_fold[mid][0] < c) lo = mid + 1; else hi = mid;
    }
    return c;
}
/* Does s[i..n) start with the lower-case ASCII literal lit, compared with IGNORECASE? */
static int rc__re_literal_at(const uint32_t *s, size_t n, size_t i, const char *lit) {
    for (; *lit; lit++, i++)
        if (i >= n || rc__re_fold(s[i]) != (unsigned char)*lit) return 0;
    return 1;
}
/* Length of the pre-split token at s[i] (pattern <start_of_text>|<end_of_text>|'s|'t|'re|'ve|'m|'ll|'d|
   [\p{L}]+|[\p{N}]|[^\s\p{L}\p{N}]+ with IGNORECASE); 0 when s[i] starts no token (whitespace). */
static size_t rc__re_token_at(const uint32_t *s, size_t n, size_t i) {
    static const char *const contractions[] = { "'s", "'t", "'re", "'ve", "'m", "'ll", "'d" };
    uint32_t cls = rc__uc_re_classes(s[i]), first = rc__re_fold(s[i]);
    size_t k, j;
    if (first == '<' && rc__re_literal_at(s, n, i, "<start_of_text>")) return 15;
    if (first == '<' && rc__re_literal_at(s, n, i, "<end_of_text>")) return 13;
    for (k = 0; first == '\'' && k < RC__COUNT(contractions); k++)
        if (rc__re_literal_at(s, n, i, contractions[k])) return strlen(contractions[k]);
    if (cls & RC__UC_RE_LETTER) { for (j = i + 1; j < n && (rc__uc_re_classes(s[j]) & RC__UC_RE_LETTER); j++) {} return j - i; }
    if (cls & RC__UC_RE_NUMBER) return 1;
    if (cls & RC__UC_RE_OTHER) { for (j = i + 1; j < n && (rc__uc_re_classes(s[j]) & RC__UC_RE_OTHER); j++) {} return j - i; }
    return 0;
}

static rc_status rc__bpe_encode(const rc__bpe *bpe, const char *text, size_t len, int32_t *ids, int ctx_len,
                                int *n_tokens, const rc__alloc *a, rc_error *err) {
    rc__cpbuf cps, clean;
    rc__text_work w;
    rc__bpe_work bw;
    rc_status st = RC_OK;
    size_t i, k;
    int n_bpe = 0, max_bpe, n;
    if (n_tokens) *n_tokens = 0;
    if (!bpe || !bpe->pairs || !ids || !a || (!text && len) || ctx_len < 1)
        return rc__fail(err, RC_ERR_ARG, "tokenize: NULL argument or context length < 1");
    if (len > RC_TEXT_MAX_BYTES)
        return rc__fail(err, RC_ERR_TOO_LONG, "tokenize: text of %zu bytes exceeds RC_TEXT_MAX_BYTES", len);
    rc__cpbuf_init(&cps, a); rc__cpbuf_init(&clean, a);
    rc__cpbuf_init(&w.a, a); rc__cpbuf_init(&w.b, a); rc__cpbuf_init(&w.orig, a); rc__cpbuf_init(&w.tmp, a);
    memset(&bw, 0, sizeof bw);
    if ((st = rc__decode_text(text, len, &cps, err))) goto done;
    /* basic_clean (ftfy, html.unescape twice, strip) + whitespace_clean, then lower() */
    rc__openclip_clean(&cps, &clean, &w);
    rc__py_lower(cps.v, cps.n, &clean);
    if (cps.oom || clean.oom) { st = rc__fail(err, RC_ERR_NOMEM, "tokenize: out of memory"); goto done; }
    /* pre-split and BPE; only the ids that fit (SOT + ids + EOT, truncated) are needed */
    max_bpe = ctx_len - 1;
    for (i = 0; i < clean.n && n_bpe < max_bpe; i += k ? k : 1) {
        size_t j, bytes_n = 0;
        k = rc__re_token_at(clean.v, clean.n, i);
        if (!k) continue;
        if (!rc__mul(k, 4, &bytes_n) || bytes_n > bw.bytes_cap) {
            rc__free(a, bw.bytes);
            bw.bytes_cap = 0;
            if (!rc__mul(k, 4, &bytes_n) || !(bw.bytes = (unsigned char *)a->alloc(a->user, bytes_n))) {
                st = rc__fail(err, RC_ERR_NOMEM, "tokenize: out of memory"); goto done;
            }
            bw.bytes_cap = bytes_n;
        }
        bw.bytes_n = 0;
        for (j = 0; j < k; j++) bw.bytes_n += rc__utf8_encode(clean.v[i + j], bw.bytes + bw.bytes_n);
        /* open_clip's cache maps the exact special-token strings to their ids */
        if (bw.bytes_n == 15 && !memcmp(bw.bytes, "<start_of_text>", 15)) { ids[1 + n_bpe++] = (int32_t)bpe->sot_id; continue; }
        if (bw.bytes_n == 13 && !memcmp(bw.bytes, "<end_of_text>", 13)) { ids[1 + n_bpe++] = (int32_t)bpe->eot_id; continue; }
        if (!rc__bpe_work_reserve(&bw, bw.bytes_n, a)) { st = rc__fail(err, RC_ERR_NOMEM, "tokenize: out of memory"); goto done; }
        rc__bpe_word(bpe, &bw, ids + 1, &n_bpe, max_bpe);
    }
    /* [SOT] + ids + [EOT], truncated to ctx_len with EOT last, zero padded */
    n = n_bpe + 2 <= ctx_len ? n_bpe + 2 : ctx_len;
    ids[0] = (int32_t)bpe->sot_id;
    ids[n - 1] = (int32_t)bpe->eot_id;
    for (i = (size_t)n; i < (size_t)ctx_len; i++) ids[i] = 0;
    if (n_tokens) *n_tokens = n;
done:
    rc__cpbuf_free(&cps); rc__cpbuf_free(&clean);
    rc__cpbuf_free(&w.a); rc__cpbuf_free(&w.b); rc__cpbuf_free(&w.orig); rc__cpbuf_free(&w.tmp);
    rc__bpe_work_free(&bw, a);
    if (st != RC_OK) { for (i = 0; i < (size_t)ctx_len; i++) ids[i] = 0; }
    return st;
}


/* ===== SECTION: bert wordpiece tokenizer ===== */
/* BERT uncased WordPiece, exact to transformers' BertTokenizer (the tokenizers-backed class of
   transformers 5; do_lower_case, tokenize_chinese_chars, strip_accents=None): special-token
   split on the raw text, BertNormalizer, BertPreTokenizer, greedy longest-match WordPiece with
   "##", [CLS] ... [SEP] truncated to the context and padded with [PAD]. Optionally preceded by
   open_clip's HFTokenizer clean='whitespace' (ftfy, html.unescape twice, whitespace collapse). */

#define RC__WP_MAX_WORD_CHARS 100      /* WordPiece max_input_chars_per_word: longer -> [UNK] */
#define RC__WP_N_SPECIAL 5

typedef struct rc__wordpiece {
    rc__token_index index;           /* token string -> id; slots live in the model's arena     */
    uint32_t cls_id, sep_id, pad_id, unk_id;
    uint32_t special_id[RC__WP_N_SPECIAL];   /* ids of rc__wp_special[k]; NONE if not in vocab  */
    size_t max_token_bytes;          /* longest token: bounds the longest-match search          */
    int clean_whitespace;            /* 1: open_clip's clean='whitespace' runs first            */
} rc__wordpiece;

/* BertTokenizer's special tokens (its defaults), matched case-sensitively in the raw text. */
static const char *const rc__wp_special[RC__WP_N_SPECIAL] = { "[CLS]", "[SEP]", "[PAD]", "[UNK]", "[MASK]" };

/* Bytes of the token index for n tokens (the arena plan reserves this much). */
static size_t rc__wp_index_bytes(uint32_t n_tokens) {
    return rc__pow2_at_least((size_t)n_tokens * 2) * sizeof(uint32_t);
}

/* Builds the index over tokens[0..n) in slots (rc__wp_index_bytes(n) zeroed bytes). As HF's
   load_vocab, a repeated token string keeps its last id. [CLS], [SEP], [PAD], [UNK] must exist. */
static rc_status rc__wp_build(rc__wordpiece *wp, const rc__str *tokens, uint32_t n_tokens, uint32_t *slots,
                              int clean_whitespace, rc_error *err) {
    uint32_t id, k;
    if (!wp || !slots || (!tokens && n_tokens)) return rc__fail(err, RC_ERR_ARG, "wordpiece: NULL argument");
    memset(wp, 0, sizeof *wp);
    if (n_tokens == 0 || n_tokens > 0x7fffffffu)
        return rc__fail(err, RC_ERR_FORMAT, "wordpiece: vocabulary of %u tokens", n_tokens);
    wp->index.tokens = tokens;
    wp->index.mask = rc__wp_index_bytes(n_tokens) / sizeof(uint32_t) - 1;
    wp->index.slots = slots;
    for (id = 0; id < n_tokens; id++) {
        rc__str t = tokens[id];
        size_t i = (size_t)rc__hash_bytes(t.ptr, t.len) & wp->index.mask;
        while (slots[i] && !(tokens[slots[i] - 1].len == t.len && !memcmp(tokens[slots[i] - 1].ptr, t.ptr, t.len)))
            i = (i + 1) & wp->index.mask;
        slots[i] = id + 1;
        if (t.len > wp->max_token_bytes) wp->max_token_bytes = t.len;
    }
    for (k = 0; k < RC__WP_N_SPECIAL; k++)
        wp->special_id[k] = rc__token_find(&wp->index, rc__wp_special[k], strlen(rc__wp_special[k]));
    wp->cls_id = wp->special_id[0]; wp->sep_id = wp->special_id[1];
    wp->pad_id = wp->special_id[2]; wp->unk_id = wp->special_id[3];
    for (k = 0; k < 4; k++)
        if (wp->special_id[k] == RC__BPE_NONE)
            return rc__fail(err, RC_ERR_MISSING, "wordpiece: the vocabulary has no %s token", rc__wp_special[k]);
    wp->clean_whitespace = clean_whitespace;
    return RC_OK;
}

/* BertNormalizer on one code point: writes 0..3 code points to out, returns the count. */
static int rc__wp_normalize_cp(uint32_t cp, uint32_t out[3]) {
    const rc__uc_multi *m;
    if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) { out[0] = cp; return 1; }
    if (rc__uc_in(rc__uc_bert_deleted, RC__COUNT(rc__uc_bert_deleted), cp)) return 0;
    if (rc__uc_in(rc__uc_bert_space, RC__COUNT(rc__uc_bert_space), cp)) { out[0] = ' '; return 1; }
    if (rc__uc_in(rc__uc_bert_cjk, RC__COUNT(rc__uc_bert_cjk), cp)) { out[0] = ' '; out[1] = cp; out[2] = ' '; return 3; }
    if (cp >= RC__HANGUL_S && cp < RC__HANGUL_S + RC__HANGUL_SN) {   /* NFD, nothing stripped */
        uint32_t s = cp - RC__HANGUL_S, t = s % RC__HANGUL_TN;
        out[0] = RC__HANGUL_L + s / (RC__HANGUL_VN * RC__HANGUL_TN);
        out[1] = RC__HANGUL_V + (s % (RC__HANGUL_VN * RC__HANGUL_TN)) / RC__HANGUL_TN;
        out[2] = RC__HANGUL_T + t;
        return t ? 3 : 2;
    }
    if ((m = rc__uc_find_multi(rc__uc_bert_multi, RC__COUNT(rc__uc_bert_multi), cp)) != NULL) return rc__uc_multi_copy(m, out);
    out[0] = rc__uc_delta_map(rc__uc_bert_single, RC__COUNT(rc__uc_bert_single), cp);
    return 1;
}

/* Encoder state: the current pre-token (its first RC__WP_MAX_WORD_CHARS characters as UTF-8, and
   its length in characters) and the ids produced so far. */
typedef struct rc__wp_state {
    const rc__wordpiece *wp;
    unsigned char word[4 * RC__WP_MAX_WORD_CHARS];
    size_t word_bytes, word_chars;
    int32_t *ids;                    /* body ids (after [CLS])                                  */
    int n_ids, max_ids;
} rc__wp_state;

static void rc__wp_emit(rc__wp_state *s, uint32_t id) { if (s->n_ids < s->max_ids) s->ids[s->n_ids++] = (int32_t)id; }

/* WordPiece on the current word: greedy longest match from the left, "##" after the first piece;
   a word longer than RC__WP_MAX_WORD_CHARS, or with a part no token matches, is one [UNK]. */
static void rc__wp_flush_word(rc__wp_state *s) {
    const rc__wordpiece *wp = s->wp;
    size_t n = s->word_bytes, start = 0, first = (size_t)s->n_ids;
    if (!s->word_chars) return;
    s->word_bytes = s->word_chars = 0;
    if (n > sizeof s->word || s->n_ids >= s->max_ids) { rc__wp_emit(s, wp->unk_id); return; }
    while (start < n) {
        size_t end = n - start > wp->max_token_bytes ? start + wp->max_token_bytes : n;
        uint32_t id = RC__BPE_NONE;
        for (;;) {
            while (end > start && end < n && (s->word[end] & 0xc0) == 0x80) end--;   /* char boundary */
            if (end <= start) break;
            id = rc__token_find_prefixed(&wp->index, start ? "##" : "", (const char *)s->word + start, end - start);
            if (id != RC__BPE_NONE) break;
            end--;
        }
        if (id == RC__BPE_NONE) { s->n_ids = (int)first; rc__wp_emit(s, wp->unk_id); return; }
        rc__wp_emit(s, id);
        start = end;
    }
}

/* Adds one normalized code point to the pre-tokenization: ' ' ends a word, punctuation is a word. */
static void rc__wp_push_cp(rc__wp_state *s, uint32_t cp) {
    int punct;
    if (cp == ' ') { rc__wp_flush_word(s); return; }
    punct = rc__uc_in(rc__uc_bert_punct, RC__COUNT(rc__uc_bert_punct), cp);
    if (punct) rc__wp_flush_word(s);
    if (s->word_chars++ < RC__WP_MAX_WORD_CHARS) s->word_bytes += rc__utf8_encode(cp, s->word + s->word_bytes);
    else s->word_bytes = sizeof s->word + 1;   /* too long: flushes as [UNK] */
    if (punct) rc__wp_flush_word(s);
}

/* Length of the special token starting at s[i] (leftmost-longest, as the tokenizers package's
   added-vocabulary split), its id in *id; 0 if none. */
static size_t rc__wp_special_at(const rc__wordpiece *wp, const uint32_t *s, size_t n, size_t i, uint32_t *id) {
    size_t best = 0, k, j;
    if (s[i] != '[') return 0;
    for (k = 0; k < RC__WP_N_SPECIAL; k++) {
        const char *lit = rc__wp_special[k];
        if (wp->special_id[k] == RC__BPE_NONE) continue;
        for (j = 0; lit[j] && i + j < n && s[i + j] == (unsigned char)lit[j]; j++) {}
        if (!lit[j] && j > best) { best = j; *id = wp->special_id[k]; }
    }
    return best;
}

static rc_status rc__wp_encode(const rc__wordpiece *wp, const char *text, size_t len, int32_t *ids, int ctx_len,
                               int *n_tokens, const rc__alloc *a, rc_error *err) {
    rc__cpbuf cps, clean;
    rc__text_work w;
    rc__wp_state state, *s = &state;
    rc_status st = RC_OK;
    size_t i;
    int n;
    if (n_tokens) *n_tokens = 0;
    if (!wp || !wp->index.slots || !ids || !a || (!text && len) || ctx_len < 2)
        return rc__fail(err, RC_ERR_ARG, "tokenize: NULL argument or context length < 2");
    if (len > RC_TEXT_MAX_BYTES)
        return rc__fail(err, RC_ERR_TOO_LONG, "tokenize: text of %zu bytes exceeds RC_TEXT_MAX_BYTES", len);
    rc__cpbuf_init(&cps, a); rc__cpbuf_init(&clean, a);
    rc__cpbuf_init(&w.a, a); rc__cpbuf_init(&w.b, a); rc__cpbuf_init(&w.orig, a); rc__cpbuf_init(&w.tmp, a);
    if ((st = rc__decode_text(text, len, &cps, err))) goto done;
    if (wp->clean_whitespace) rc__openclip_clean(&cps, &clean, &w);
    if (cps.oom || clean.oom) { st = rc__fail(err, RC_ERR_NOMEM, "tokenize: out of memory"); goto done; }
    s->wp = wp; s->word_bytes = s->word_chars = 0;
    s->ids = ids + 1; s->n_ids = 0; s->max_ids = ctx_len - 2;
    for (i = 0; i < cps.n && s->n_ids < s->max_ids;) {
        uint32_t out[3], id = 0;
        size_t k = rc__wp_special_at(wp, cps.v, cps.n, i, &id);
        int m, j;
        if (k) { rc__wp_flush_word(s); rc__wp_emit(s, id); i += k; continue; }
        m = rc__wp_normalize_cp(cps.v[i++], out);
        for (j = 0; j < m; j++) rc__wp_push_cp(s, out[j]);
    }
    rc__wp_flush_word(s);
    /* [CLS] + ids + [SEP], ids truncated to ctx_len - 2, padded with [PAD] */
    n = s->n_ids + 2;
    ids[0] = (int32_t)wp->cls_id;
    ids[n - 1] = (int32_t)wp->sep_id;
    for (i = (size_t)n; i < (size_t)ctx_len; i++) ids[i] = (int32_t)wp->pad_id;
    if (n_tokens) *n_tokens = n;
done:
    rc__cpbuf_free(&cps); rc__cpbuf_free(&clean);
    rc__cpbuf_free(&w.a); rc__cpbuf_free(&w.b); rc__cpbuf_free(&w.orig); rc__cpbuf_free(&w.tmp);
    if (st != RC_OK) { for (i = 0; i < (size_t)ctx_len; i++) ids[i] = wp ? (int32_t)wp->pad_id : 0; }
    return st;
}


/* ===== SECTION: image preprocessing ===== */
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
   - RGBA: Image.resize (when the size changes) converts to 'RGBa', resamples the 4 bands as
     above, converts back to 'RGBA'; convert('RGB') then drops alpha (no compositing).
     RGBA -> RGBa (Convert.c rgbA2rgba): c' = MULDIV255(c, a) = (t + (t >> 8)) >> 8, t = c a + 128.
     RGBa -> RGBA (rgba2rgbA): alpha 0 or 255: c unchanged; else min(255, 255 c / a) (integer
     division). Both checked exhaustively against the installed Pillow 13.0.0. The crop only needs
     alpha of the resized pixels, so premultiplication covers just the source region read.
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

/* Fixed-point weights of one axis of a resize of the in_size inputs starting at in_first ->
   out_size (out_size may exceed int: only the n_out outputs starting at out_first, the crop,
   are computed). Inputs outside [in_first, in_first + in_size) are never read, like PIL's
   resize of a crop(). */
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

static rc_status rc__axis_build(rc__resample_axis *ax, int in_first, int in_size, int64_t out_size,
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
        ax->first[i] = in_first + lo;
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

/* Pillow's RGBA -> RGBa: each colour times alpha / 255, rounded (MULDIV255); alpha kept. */
static void rc__premultiply(const uint8_t *in, uint8_t *out, size_t n_pixels) {
    size_t i;
    for (i = 0; i < n_pixels; i++, in += 4, out += 4) {
        unsigned alpha = in[3], c;
        for (c = 0; c < 3; c++) {
            unsigned t = in[c] * alpha + 128;
            out[c] = (uint8_t)((t + (t >> 8)) >> 8);
        }
        out[3] = (uint8_t)alpha;
    }
}

/* Pillow's RGBa -> RGBA, in place: colours times 255 / alpha (truncated, clipped to 255);
   alpha 0 and 255 leave them as they are. */
static void rc__unpremultiply(uint8_t *px, size_t n_pixels) {
    size_t i;
    for (i = 0; i < n_pixels; i++, px += 4) {
        unsigned alpha = px[3], c;
        if (alpha == 0 || alpha == 255) continue;
        for (c = 0; c < 3; c++) {
            unsigned v = 255u * px[c] / alpha;
            px[c] = (uint8_t)(v > 255 ? 255 : v);
        }
    }
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
                int c;
                for (c = 0; c < channels; c++) {
                    int32_t s0 = 1 << (RC__PIL_BITS - 1);
                    for (t = 0; t < n; t++) s0 += p[t * channels + c] * k[t];
                    out[channels * i + c] = rc__clip8(s0);
                }
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

/* Where preprocessing puts a width x height image: resized to out_w x out_h (torchvision
   Resize(size): exact integer product, correctly rounded division, truncation), then the
   size x size crop at (left, top) (CenterCrop). */
static void rc__resize_geometry(int width, int height, int size, int64_t *out_w, int64_t *out_h,
                                int64_t *left, int64_t *top) {
    if (width <= height) {
        *out_w = size;
        *out_h = (int64_t)((double)((int64_t)size * height) / (double)width);
    } else {
        *out_h = size;
        *out_w = (int64_t)((double)((int64_t)size * width) / (double)height);
    }
    *left = rc__half_round_even(*out_w - size);
    *top = rc__half_round_even(*out_h - size);
}

static int rc__pp_finite(float v) { return v == v && v - v == 0.0f; }   /* not NaN, not +-Inf */

/* Samples per pixel: 3 RGB8, 4 RGBA8, 1 GRAY8 and GRAY16. */
static size_t rc__channels(rc_pixel_format format) {
    return format == RC_PIXEL_RGB8 ? 3 : format == RC_PIXEL_RGBA8 ? 4 : 1;
}
static size_t rc__bytes_per_pixel(rc_pixel_format format) {
    return rc__channels(format) * (format == RC_PIXEL_GRAY16 ? 2u : 1u);
}

static rc_status rc__image_check(const rc_image *img, int size, rc_error *err) {
    size_t bytes_per_pixel, row_bytes, total;
    if (!img || !img->pixels) return rc__fail(err, RC_ERR_ARG, "preprocess: image or pixels is NULL");
    if (img->format != RC_PIXEL_RGB8 && img->format != RC_PIXEL_GRAY8 && img->format != RC_PIXEL_GRAY16 &&
        img->format != RC_PIXEL_RGBA8)
        return rc__fail(err, RC_ERR_IMAGE, "preprocess: unknown pixel format %d", (int)img->format);
    if (img->width < 1 || img->height < 1)
        return rc__fail(err, RC_ERR_IMAGE, "preprocess: image size %dx%d, need >= 1x1", img->width, img->height);
    if (img->width > RC_IMAGE_MAX_SIDE || img->height > RC_IMAGE_MAX_SIDE)
        return rc__fail(err, RC_ERR_TOO_LONG, "preprocess: image size %dx%d, limit %d per side",
                        img->width, img->height, RC_IMAGE_MAX_SIDE);
    if (size < 1) return rc__fail(err, RC_ERR_ARG, "preprocess: output size %d, need >= 1", size);
    if (size > RC_IMAGE_MAX_SIDE)
        return rc__fail(err, RC_ERR_TOO_LONG, "preprocess: output size %d, limit %d", size, RC_IMAGE_MAX_SIDE);
    bytes_per_pixel = rc__bytes_per_pixel(img->format);
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

/* Integer rectangle of an image, in pixels: columns x..x+w-1, rows y..y+h-1. */
typedef struct rc__rect { int x, y, w, h; } rc__rect;

/* Pillow's nearest-neighbour resize of n_in samples to n_out, the outputs [first, first + n)
   of it: source index (in rect coordinates) of output i, or -1 where Pillow leaves a 0 pixel.
   Positions accumulate in double from scale / 2 exactly as ImagingScaleAffine does, so the
   rounding matches for every size. */
static void rc__nearest_axis(int n_in, int64_t n_out, int64_t first, int n, int *index /* [n] */) {
    double scale = (double)n_in / (double)n_out, pos = scale * 0.5;
    int64_t i;
    for (i = 0; i < first + n; i++, pos += scale)
        if (i >= first) index[i - first] = pos < (double)n_in ? (int)pos : -1;
}

/* rect of img resized to out_w x out_h with Pillow's NEAREST, then the size x size crop at
   (left, top) -> out[3][size][size]: PIL's img.crop(rect).resize((out_w, out_h), NEAREST)
   .crop(...).convert('RGB'). No premultiplication (Pillow resizes RGBA with NEAREST as is);
   GRAY16 through the window of the whole image. */
static rc_status rc__resample_nearest(const rc_image *img, rc__rect rect, int64_t out_w, int64_t out_h,
                                      int64_t crop_left, int64_t crop_top, int size, uint8_t *out,
                                      const rc__alloc *a, rc_error *err) {
    void *cols = NULL, *rows = NULL;    /* int[size]: source column / row in rect, -1: a 0 pixel */
    void *lut = NULL;                   /* [65536] GRAY16 window                                */
    size_t plane = (size_t)size * (size_t)size, bpp = rc__bytes_per_pixel(img->format);
    int channels = (int)rc__channels(img->format), i, j, c;
    rc_status st;
    if ((st = rc__alloc3(&cols, (size_t)size, sizeof(int), 1, a, err)) != RC_OK) goto done;
    if ((st = rc__alloc3(&rows, (size_t)size, sizeof(int), 1, a, err)) != RC_OK) goto done;
    if (img->format == RC_PIXEL_GRAY16) {
        if ((st = rc__alloc3(&lut, 65536, 1, 1, a, err)) != RC_OK) goto done;
        rc__window_lut(img, (uint8_t *)lut);
    }
    rc__nearest_axis(rect.w, out_w, crop_left, size, (int *)cols);
    rc__nearest_axis(rect.h, out_h, crop_top, size, (int *)rows);
    memset(out, 0, 3 * plane);
    for (i = 0; i < size; i++) {
        int y = ((const int *)rows)[i];
        const uint8_t *row;
        if (y < 0) continue;
        row = (const uint8_t *)img->pixels + (size_t)(rect.y + y) * img->stride;
        for (j = 0; j < size; j++) {
            int x = ((const int *)cols)[j];
            size_t o = (size_t)i * (size_t)size + (size_t)j;
            const uint8_t *p;
            if (x < 0) continue;
            p = row + (size_t)(rect.x + x) * bpp;
            for (c = 0; c < 3; c++) {
                uint8_t v;
                if (lut) { uint16_t g; memcpy(&g, p, 2); v = ((const uint8_t *)lut)[g]; }
                else v = p[channels == 1 ? 0 : c];
                out[(size_t)c * plane + o] = v;
            }
        }
    }
done:
    rc__free(a, cols); rc__free(a, rows); rc__free(a, lut);
    return st;
}

/* The general mechanism: the rectangle rect of img (checked by the caller) resized to
   out_w x out_h, then the size x size crop at (left, top) of that -> out[3][size][size] uint8,
   exactly PIL's img.crop(rect).resize((out_w, out_h), BICUBIC).crop(...) followed by
   convert('RGB') (see the facts above). A GRAY16 window is that of the whole image. */
static rc_status rc__resample_u8(const rc_image *img, rc__rect rect, int64_t out_w, int64_t out_h,
                                 int64_t crop_left, int64_t crop_top, int size, uint8_t *out,
                                 const rc__alloc *a, rc_error *err) {
    rc__resample_axis x_axis, y_axis;   /* crop columns / rows of the resize, when that axis changes */
    rc__view src, final_view;
    void *region = NULL;        /* [n_rows][n_cols][ch] windowed GRAY16 / premultiplied RGBA8
                                   region, when converted before resampling                      */
    void *lut = NULL;           /* [65536] GRAY16 window                                         */
    void *temp = NULL;          /* first pass: [n_rows][size][ch] (horizontal first) or
                                   [size][n_cols][ch] (vertical first)                           */
    void *final = NULL;         /* [size][size][ch] second pass                                  */
    void *acc = NULL;           /* [max(n_cols, size) * ch] int32 vertical-pass sums              */
    int channels, need_h, need_v, vertical_first, i, c;
    int row_first, row_end, col_first, col_end, n_rows, n_cols;   /* source region read */
    size_t plane;
    rc_status st;
    plane = (size_t)size * (size_t)size;
    channels = (int)rc__channels(img->format);
    memset(&x_axis, 0, sizeof x_axis);
    memset(&y_axis, 0, sizeof y_axis);

    need_h = out_w != rect.w;
    need_v = out_h != rect.h;
    if (img->resample == RC_RESAMPLE_NEAREST && (need_h || need_v))
        return rc__resample_nearest(img, rect, out_w, out_h, crop_left, crop_top, size, out, a, err);
#ifdef REGIONCLIP_PIL_HORIZONTAL_FIRST
    vertical_first = 0;                 /* older Pillow: always horizontal, then vertical */
#else
    vertical_first = rect.h > out_h && rect.h - out_h > 2 * (rect.w - out_w);
#endif

    if (need_h && (st = rc__axis_build(&x_axis, rect.x, rect.w, out_w, crop_left, size, a, err)) != RC_OK) goto done;
    if (need_v && (st = rc__axis_build(&y_axis, rect.y, rect.h, out_h, crop_top, size, a, err)) != RC_OK) goto done;
    /* source columns and rows the crop depends on (first/count are monotonic) */
    col_first = need_h ? x_axis.first[0] : rect.x + (int)crop_left;
    col_end = need_h ? x_axis.first[size - 1] + x_axis.count[size - 1] : rect.x + (int)crop_left + size;
    row_first = need_v ? y_axis.first[0] : rect.y + (int)crop_top;
    row_end = need_v ? y_axis.first[size - 1] + y_axis.count[size - 1] : rect.y + (int)crop_top + size;
    n_cols = col_end - col_first;
    n_rows = row_end - row_first;

    src.base = (const uint8_t *)img->pixels; src.stride = img->stride;
    src.x0 = 0; src.y0 = 0; src.channels = channels;
    if (img->format == RC_PIXEL_GRAY16) {   /* window the region once, then it is GRAY8 */
        int x, y;
        if ((st = rc__alloc3(&lut, 65536, 1, 1, a, err)) != RC_OK) goto done;
        if ((st = rc__alloc3(&region, (size_t)n_rows, (size_t)n_cols, 1, a, err)) != RC_OK) goto done;
        rc__window_lut(img, (uint8_t *)lut);
        for (y = 0; y < n_rows; y++) {
            const uint8_t *row = (const uint8_t *)img->pixels + (size_t)(row_first + y) * img->stride;
            uint8_t *dst = (uint8_t *)region + (size_t)y * (size_t)n_cols;
            for (x = 0; x < n_cols; x++) {
                uint16_t v;
                memcpy(&v, row + 2 * (size_t)(col_first + x), 2);
                dst[x] = ((const uint8_t *)lut)[v];
            }
        }
        src.base = (const uint8_t *)region; src.stride = (size_t)n_cols;
        src.x0 = col_first; src.y0 = row_first;
    }
    if (img->format == RC_PIXEL_RGBA8 && (need_h || need_v)) {   /* Pillow resizes RGBa */
        int y;
        if ((st = rc__alloc3(&region, (size_t)n_rows, (size_t)n_cols, 4, a, err)) != RC_OK) goto done;
        for (y = 0; y < n_rows; y++)
            rc__premultiply(rc__view_at(&src, col_first, row_first + y),
                            (uint8_t *)region + (size_t)y * (size_t)n_cols * 4, (size_t)n_cols);
        src.base = (const uint8_t *)region; src.stride = (size_t)n_cols * 4;
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
    } else {                            /* no resize (nor premultiplication): the crop itself */
        final_view = src;
        final_view.x0 -= col_first;
        final_view.y0 -= row_first;
    }

    if (img->format == RC_PIXEL_RGBA8 && (need_h || need_v)) rc__unpremultiply((uint8_t *)final, plane);

    /* interleaved [size][size][ch] -> planes out[3][size][size] (gray replicated, alpha dropped) */
    for (i = 0; i < size; i++) {
        const uint8_t *p = rc__view_at(&final_view, 0, i);
        size_t j;
        for (c = 0; c < channels && c < 3; c++)
            for (j = 0; j < (size_t)size; j++)
                out[(size_t)c * plane + (size_t)i * (size_t)size + j] = p[j * (size_t)channels + (size_t)c];
    }
    if (channels == 1) { memcpy(out + plane, out, plane); memcpy(out + 2 * plane, out, plane); }
    st = RC_OK;
done:
    rc__axis_free(&x_axis, a);
    rc__axis_free(&y_axis, a);
    rc__free(a, region); rc__free(a, lut); rc__free(a, temp); rc__free(a, final); rc__free(a, acc);
    return st;
}

/* image -> out[3][size][size] uint8 through rc__resample_u8. rect NULL: the inference pipeline,
   PIL's Resize(shortest=size, BICUBIC) + CenterCrop(size) of the whole image; otherwise that
   rectangle (inside the image, else RC_ERR_VALUE) resized to size x size ignoring aspect, like
   torchvision's F.resized_crop on a PIL image (RandomResizedCrop). */
static rc_status rc__preprocess_u8(const rc_image *img, const rc__rect *rect, int size, uint8_t *out,
                                   const rc__alloc *a, rc_error *err) {
    int64_t out_w = size, out_h = size, crop_left = 0, crop_top = 0;   /* resize and crop */
    rc__rect source;
    rc_status st = rc__image_check(img, size, err);
    if (st != RC_OK) return st;
    if (!out) return rc__fail(err, RC_ERR_ARG, "preprocess: out is NULL");
    if (rect) {
        if (rect->w < 1 || rect->h < 1 || rect->x < 0 || rect->y < 0 ||
            rect->x > img->width - rect->w || rect->y > img->height - rect->h)
            return rc__fail(err, RC_ERR_VALUE, "preprocess: rectangle x %d y %d w %d h %d is empty or "
                            "not inside the %dx%d image", rect->x, rect->y, rect->w, rect->h,
                            img->width, img->height);
        source = *rect;
    } else {
        source.x = 0; source.y = 0; source.w = img->width; source.h = img->height;
        rc__resize_geometry(img->width, img->height, size, &out_w, &out_h, &crop_left, &crop_top);
    }
    return rc__resample_u8(img, source, out_w, out_h, crop_left, crop_top, size, out, a, err);
}

/* Same (rect as there), then out[c][i][j] = (u8 / 255 - mean[c]) / std[c], each step in float32 like
   torchvision's ToTensor (x.float().div(255)) and Normalize (sub_(mean).div_(std)). */
static rc_status rc__preprocess_f32(const rc_image *img, const rc__rect *rect, int size, const float mean[3],
                                    const float std[3], float *out, const rc__alloc *a, rc_error *err) {
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
    st = rc__preprocess_u8(img, rect, size, pixels, a, err);
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


/* ===== SECTION: tensor ops ===== */
/* ---------------------------------------------------------------------------------------
   Tensor ops (forward)
   Row-major f32 kernels with the shapes written next to each pointer. The matmul is the
   hot path: packed panels and a register-tile micro-kernel over a small vector macro layer
   (AVX-512, AVX2+FMA, NEON under compile-time checks; plain C otherwise). */

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

/* The vector layer: rc__vf holds RC__VW floats; load/store (unaligned), set1, zero, fma(a, b,
   acc) = a*b + acc, add, mul, div, max and min (NaN when a lane of b is NaN), abs,
   sel_ge0(x, a, b) = x >= 0 ? a : b per lane, hmax(a) = the largest lane (a float; no NaN
   lanes), round(a) = the nearest integers (ties to even, as nearbyintf in the default rounding
   mode), and pow2(k) = 2^n for k = n + RC__EXP_MAGIC (n an
   integer in -126..127; see rc__vexp). */
#define RC__EXP_MAGIC 12582912.0f                     /* 1.5 * 2^23: k = y + it rounds y to an integer */
#define RC__POW2_BIAS (0x4B400000 - 127)              /* bits of RC__EXP_MAGIC, less the exponent bias */
#if defined(__AVX512F__) && !defined(REGIONCLIP_NO_SIMD)
#include <immintrin.h>
#define RC__VW 16
typedef __m512 rc__vf;
#define rc__vload(p) _mm512_loadu_ps(p)
#define rc__vzero() _mm512_setzero_ps()
#define rc__vfma(a, b, acc) _mm512_fmadd_ps(a, b, acc)
#define rc__vset1(x) _mm512_set1_ps(x)
#define rc__vstore(p, v) _mm512_storeu_ps(p, v)
#define rc__vadd(a, b) _mm512_add_ps(a, b)
#define rc__vmul(a, b) _mm512_mul_ps(a, b)
#define rc__vdiv(a, b) _mm512_div_ps(a, b)
#define rc__vmax(a, b) _mm512_maskz_max_ps(0xffff, a, b)   /* maskz_: see rc__qtof */
#define rc__vmin(a, b) _mm512_maskz_min_ps(0xffff, a, b)
#define rc__vabs(a) _mm512_abs_ps(a)
/* the maskz_ forms: see rc__qtof */
static float rc__vhmax(__m512 a) {
    a = rc__vmax(a, _mm512_maskz_shuffle_f32x4(0xffff, a, a, 0x4e));
    a = rc__vmax(a, _mm512_maskz_shuffle_f32x4(0xffff, a, a, 0xb1));
    a = rc__vmax(a, _mm512_maskz_permute_ps(0xffff, a, 0x4e));
    return _mm512_cvtss_f32(rc__vmax(a, _mm512_maskz_permute_ps(0xffff, a, 0xb1)));
}
#define rc__vsel_ge0(x, a, b) _mm512_mask_blend_ps(_mm512_cmp_ps_mask(x, _mm512_setzero_ps(), _CMP_GE_OQ), b, a)
#define rc__vround(a) _mm512_maskz_roundscale_ps(0xffff, a, _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC)
#define rc__vpow2(k) _mm512_castsi512_ps(_mm512_maskz_slli_epi32(0xffff, _mm512_sub_epi32(_mm512_castps_si512(k), _mm512_set1_epi32(RC__POW2_BIAS)), 23))
#define RC__MR 8                    /* 8 x 3 measured best of 4..14 x 1..6 (docs/performance.md) */
#define RC__NRV 3
#define RC__ATT_ROWS 6
#define RC__SIMD_NAME "avx512"
#elif defined(__AVX2__) && defined(__FMA__) && !defined(REGIONCLIP_NO_SIMD)
#include <immintrin.h>
#define RC__VW 8
typedef __m256 rc__vf;
#define rc__vload(p) _mm256_loadu_ps(p)
#define rc__vzero() _mm256_setzero_ps()
#define rc__vfma(a, b, acc) _mm256_fmadd_ps(a, b, acc)
#define rc__vset1(x) _mm256_set1_ps(x)
#define rc__vstore(p, v) _mm256_storeu_ps(p, v)
#define rc__vadd(a, b) _mm256_add_ps(a, b)
#define rc__vmul(a, b) _mm256_mul_ps(a, b)
#define rc__vdiv(a, b) _mm256_div_ps(a, b)
#define rc__vmax(a, b) _mm256_max_ps(a, b)
#define rc__vmin(a, b) _mm256_min_ps(a, b)
#define rc__vabs(a) _mm256_andnot_ps(_mm256_set1_ps(-0.0f), a)
static float rc__vhmax(__m256 a) {
    __m128 m = _mm_max_ps(_mm256_castps256_ps128(a), _mm256_extractf128_ps(a, 1));
    m = _mm_max_ps(m, _mm_movehl_ps(m, m));
    return _mm_cvtss_f32(_mm_max_ps(m, _mm_shuffle_ps(m, m, 0x55)));
}
#define rc__vsel_ge0(x, a, b) _mm256_blendv_ps(b, a, _mm256_cmp_ps(x, _mm256_setzero_ps(), _CMP_GE_OQ))
#define rc__vround(a) _mm256_round_ps(a, _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC)
#define rc__vpow2(k) _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_sub_epi32(_mm256_castps_si256(k), _mm256_set1_epi32(RC__POW2_BIAS)), 23))
#define RC__MR 6
#define RC__NRV 2
#define RC__ATT_ROWS 2
#define RC__SIMD_NAME "avx2"
#elif defined(__ARM_NEON) && defined(__aarch64__) && !defined(REGIONCLIP_NO_SIMD)
#include <arm_neon.h>
#define RC__VW 4
typedef float32x4_t rc__vf;
#define rc__vload(p) vld1q_f32(p)
#define rc__vzero() vdupq_n_f32(0.0f)
#define rc__vfma(a, b, acc) vfmaq_f32(acc, a, b)
#define rc__vset1(x) vdupq_n_f32(x)
#define rc__vstore(p, v) vst1q_f32(p, v)
#define rc__vadd(a, b) vaddq_f32(a, b)
#define rc__vmul(a, b) vmulq_f32(a, b)
#define rc__vdiv(a, b) vdivq_f32(a, b)
#define rc__vmax(a, b) vmaxq_f32(a, b)
#define rc__vmin(a, b) vminq_f32(a, b)
#define rc__vabs(a) vabsq_f32(a)
#define rc__vhmax(a) vmaxvq_f32(a)
#define rc__vsel_ge0(x, a, b) vbslq_f32(vcgeq_f32(x, vdupq_n_f32(0.0f)), a, b)
#define rc__vround(a) vrndnq_f32(a)
#define rc__vpow2(k) vreinterpretq_f32_s32(vshlq_n_s32(vsubq_s32(vreinterpretq_s32_f32(k), vdupq_n_s32(RC__POW2_BIAS)), 23))
#define RC__MR 8
#define RC__NRV 3
#define RC__ATT_ROWS 4
#define RC__SIMD_NAME "neon"
#elif defined(__wasm_simd128__) && !defined(REGIONCLIP_NO_SIMD)
#include <wasm_simd128.h>
#define RC__VW 4
typedef v128_t rc__vf;
#define rc__vload(p) wasm_v128_load(p)
#define rc__vzero() wasm_f32x4_splat(0.0f)
#define rc__vfma(a, b, acc) wasm_f32x4_add(acc, wasm_f32x4_mul(a, b))   /* SIMD128 has no FMA */
#define rc__vset1(x) wasm_f32x4_splat(x)
#define rc__vstore(p, v) wasm_v128_store(p, v)
#define rc__vadd(a, b) wasm_f32x4_add(a, b)
#define rc__vmul(a, b) wasm_f32x4_mul(a, b)
#define rc__vdiv(a, b) wasm_f32x4_div(a, b)
#define rc__vmax(a, b) wasm_f32x4_max(a, b)             /* NaN if either lane is */
#define rc__vmin(a, b) wasm_f32x4_min(a, b)
#define rc__vabs(a) wasm_f32x4_abs(a)
static float rc__vhmax(v128_t a) {
    a = wasm_f32x4_max(a, wasm_i32x4_shuffle(a, a, 2, 3, 0, 1));
    return wasm_f32x4_extract_lane(wasm_f32x4_max(a, wasm_i32x4_shuffle(a, a, 1, 0, 3, 2)), 0);
}
#define rc__vsel_ge0(x, a, b) wasm_v128_bitselect(a, b, wasm_f32x4_ge(x, wasm_f32x4_splat(0.0f)))
#define rc__vround(a) wasm_f32x4_nearest(a)
#define rc__vpow2(k) wasm_i32x4_shl(wasm_i32x4_sub(k, wasm_i32x4_splat(RC__POW2_BIAS)), 23)
#define RC__ATT_ROWS 4
#ifndef RC__WASM_MR                 /* the engine's registers are unknown: tile measured in V8 */
#define RC__WASM_MR 4              /* 4 x 2 measured best of 2..8 x 1..6 (docs/wasm.md) */
#define RC__WASM_NRV 2
#endif
#define RC__MR RC__WASM_MR
#define RC__NRV RC__WASM_NRV
#define RC__SIMD_NAME "wasm-simd128"
#else
#define RC__VW 1
typedef float rc__vf;
#define rc__vload(p) (*(p))
#define rc__vzero() 0.0f
#define rc__vfma(a, b, acc) ((acc) + (a) * (b))
#define rc__vset1(x) (x)
#define rc__vstore(p, v) (*(p) = (v))
#define rc__vadd(a, b) ((a) + (b))
#define rc__vmul(a, b) ((a) * (b))
#define rc__vdiv(a, b) ((a) / (b))
#define rc__vmax(a, b) ((a) > (b) ? (a) : (b))
#define rc__vmin(a, b) ((a) < (b) ? (a) : (b))
#define rc__vabs(a) fabsf(a)
#define rc__vhmax(a) (a)
#define rc__vsel_ge0(x, a, b) ((x) >= 0.0f ? (a) : (b))
#define rc__vround(a) nearbyintf(a)
#define rc__vpow2(k) rc__f32_from_bits((rc__f32_bits(k) - RC__POW2_BIAS) << 23)
static uint32_t rc__f32_bits(float f) { uint32_t u; memcpy(&u, &f, 4); return u; }
#define RC__MR 4
#define RC__NRV 4
#define RC__ATT_ROWS 4
#define RC__SIMD_NAME "scalar"
#endif

/* Matmul blocking. The register tile is RC__MR weight rows (output columns, broadcast one
   scalar at a time) x RC__NR input rows (RC__NRV vectors of a packed panel): RC__MR * RC__NRV
   accumulators, sized to the ISA's register file. A packed block holds RC__NC_PANELS panels of
   RC__KC depth (per thread, from the context's scratch), so the weight sliver under the
   broadcasts stays in L1 while it is reused by every panel of the block. */
#define RC__NR (RC__NRV * RC__VW)
enum { RC__KC = 256, RC__NC_PANELS = 4, RC__MC = 128 };
/* Floats per thread: a [RC__MC][RC__KC] block of weights converted to f32 (for weights not
   stored as aligned f32), then the task's sums over the depth so far, [RC__MC][RC__MATMUL_ROWS]
   (weight row, input row). The packed inputs are shared: rc__matmul_scratch. */
#define RC__MATMUL_ROWS (RC__NC_PANELS * RC__NR)      /* input rows of one task */
typedef char rc__matmul_rows_fit[RC__MATMUL_ROWS <= RC__KC ? 1 : -1];   /* the writeback reuses [RC__MC][RC__KC] */
#define RC__MATMUL_SCRATCH ((size_t)RC__MC * RC__KC + (size_t)RC__MC * RC__MATMUL_ROWS)

#if defined(__GNUC__)
#define RC__UNROLL _Pragma("GCC unroll 16")
#else
#define RC__UNROLL
#endif
/* RC__KEEP(v): vector v stays in a register. Otherwise gcc folds a vector loaded once and used
   by several FMAs into as many memory operands, and the loads bound the loop (rc__wsum_rows). */
#if defined(__GNUC__) && (defined(__AVX2__) || defined(__AVX512F__)) && !defined(REGIONCLIP_NO_SIMD)
#define RC__KEEP(v) __asm__("" : "+v"(v))
#else
#define RC__KEEP(v) (void)0
#endif

/* Micro-kernel: acc[r][c] (+)= dot(w + r*ldw, column c of panel) over kc, for r < RC__MR and
   c < NV * RC__VW, where acc row r is c + r*ldc (first != 0: start from zero instead of c).
   panel[kc][RC__NR] is a packed block of input rows. Rows r >= mr repeat row mr-1 (computed,
   not stored), so the depth loop has no tail branches. Two are built: all RC__NRV vectors, and
   one vector for a last panel of at most RC__VW rows (M = 197 leaves 5); each output is the
   same chain of FMAs in both, continued over the whole depth. */
#define RC__MATMUL_KERNEL(name, NV)                                                              \
    static void name(const float *w, int ldw, int mr, const float *panel, int kc,                 \
                     float *c, int ldc, int first) {                                              \
        rc__vf acc[RC__MR][NV];                                                                   \
        const float *wr[RC__MR];                                                                  \
        int r, v, k;                                                                              \
        RC__UNROLL for (r = 0; r < RC__MR; r++) {                                                 \
            wr[r] = w + (size_t)(r < mr ? r : mr - 1) * ldw;                                      \
            RC__UNROLL for (v = 0; v < NV; v++)                                                   \
                acc[r][v] = first || r >= mr ? rc__vzero() : rc__vload(c + (size_t)r * ldc + v * RC__VW); \
        }                                                                                         \
        for (k = 0; k < kc; k++) {                                                                \
            rc__vf b[NV];                                                                         \
            RC__UNROLL for (v = 0; v < NV; v++) b[v] = rc__vload(panel + (size_t)k * RC__NR + v * RC__VW); \
            RC__UNROLL for (r = 0; r < RC__MR; r++) {                                             \
                rc__vf a = rc__vset1(wr[r][k]);                                                   \
                RC__UNROLL for (v = 0; v < NV; v++) acc[r][v] = rc__vfma(a, b[v], acc[r][v]);     \
            }                                                                                     \
        }                                                                                         \
        RC__UNROLL for (r = 0; r < RC__MR; r++)                                                   \
            if (r < mr) RC__UNROLL for (v = 0; v < NV; v++) rc__vstore(c + (size_t)r * ldc + v * RC__VW, acc[r][v]); \
    }
RC__MATMUL_KERNEL(rc__matmul_kernel, RC__NRV)
RC__MATMUL_KERNEL(rc__matmul_kernel1, 1)

/* x rounded to bfloat16, nearest-even (a NaN stays a NaN): the 16 high bits of the result. */
static uint16_t rc__bf16_bits(float x) {
    uint32_t u;
    memcpy(&u, &x, 4);
    if ((u & 0x7fffffffu) > 0x7f800000u) return (uint16_t)(u >> 16 | 0x40);
    return (uint16_t)((u + 0x7fffu + (u >> 16 & 1)) >> 16);
}

/* Weight matrices, read in place in their file type: F32, F16, BF16, or ggml's Q8_0 / Q4_0
   blocks of RC__QK weights (Q8_0: f16 scale d, 32 int8 q, x = d * q; Q4_0: f16 scale d, 16
   bytes whose low nibbles are weights 0..15 and high nibbles 16..31, x = d * (nibble - 8)). */
#define RC__QK 32
typedef struct rc__mat {
    const uint8_t *data;            /* [rows][row_bytes], rows in `type`                   */
    int type;                       /* RC__TYPE_F32, _F16, _BF16, _Q8_0 or _Q4_0           */
    size_t row_bytes;               /* bytes of one row of cols weights                    */
} rc__mat;

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
static float rc__f16_at(const uint8_t *p) { return rc__f16_to_f32((uint16_t)(p[0] | p[1] << 8)); }

/* Rows row0.. of w, as a matrix of their own. */
static rc__mat rc__mat_from(rc__mat w, int row0) {
    w.data += (size_t)row0 * w.row_bytes;
    return w;
}

/* The f32 weights of an rc__mat of type F32 (the trainer, whose parameters are all f32). */
static const float *rc__mat_f32(rc__mat w) { return (const float *)(const void *)w.data; }

/* dst[n] = row `row`, columns col0..col0+n-1 of w, as f32. For Q8_0 / Q4_0, col0 and n are
   multiples of RC__QK (the matmul's depth steps are). Every path gives the same bits: each
   value is a conversion, or one float product d * q. */
static void rc__mat_dequant(rc__mat w, size_t row, size_t col0, size_t n, float *dst) {
    const uint8_t *r = w.data + row * w.row_bytes;
    size_t i, j;
    switch (w.type) {
    case RC__TYPE_F32: memcpy(dst, r + col0 * 4, n * sizeof(float)); break;
    case RC__TYPE_F16:
        r += col0 * 2; i = 0;
#if RC__VW >= 8 && defined(__F16C__)   /* x86 with immintrin.h included above */
        for (; i + 8 <= n; i += 8) _mm256_storeu_ps(dst + i, _mm256_cvtph_ps(_mm_loadu_si128((const __m128i *)(const void *)(r + 2 * i))));
#endif
        for (; i < n; i++) dst[i] = rc__f16_at(r + 2 * i);
        break;
    case RC__TYPE_BF16:
        r += col0 * 2;
        for (i = 0; i < n; i++) dst[i] = rc__f32_from_bits((uint32_t)(r[2 * i] | r[2 * i + 1] << 8) << 16);
        break;
    case RC__TYPE_Q8_0:
        for (i = 0; i < n; i += RC__QK) {
            const uint8_t *b = r + (col0 + i) / RC__QK * (2 + RC__QK);
            float d = rc__f16_at(b);
            for (j = 0; j < RC__QK; j++) dst[i + j] = d * (float)(int8_t)b[2 + j];
        }
        break;
    default:   /* RC__TYPE_Q4_0 */
        for (i = 0; i < n; i += RC__QK) {
            const uint8_t *b = r + (col0 + i) / RC__QK * (2 + RC__QK / 2);
            float d = rc__f16_at(b);
            for (j = 0; j < RC__QK / 2; j++) {
                dst[i + j] = d * (float)((b[2 + j] & 15) - 8);
                dst[i + j + RC__QK / 2] = d * (float)((b[2 + j] >> 4) - 8);
            }
        }
    }
}

/* Q8_0 / Q4_0 weights are multiplied in integers (docs/performance.md "Weight types"; every
   build but wasm32, which runs the f32 kernel on the inputs replaced by d * q): the input
   rows are quantized per block of RC__QK like ggml's Q8_0 (d = max|x| / 127, q =
   nearest-even(x * (1 / d)) in -127..127, d kept in f32), each block's dot product is an exact
   int32 sum, and per RC__KC-deep chunk acc = fma(float(isum), d_w * d_x, acc) block by
   block in block order (one rounding), the chunks added into out in order: the same bits on
   every integer layer (AVX512-VNNI, AVX-VNNI, AVX2, NEON sdot or not, plain C).
   A block holding a NaN or an infinity gets d = NaN, so the result is NaN, never a number. */
typedef struct rc__qrow { float d; int32_t corr; } rc__qrow;   /* per input block: d, -128 * sum q */
typedef struct rc__mm {
    float *pack;              /* [n_threads][RC__MATMUL_SCRATCH] floats                          */
    float *panels;            /* [pack_rows / RC__MATMUL_ROWS][pack_depth][RC__MATMUL_ROWS]: the
                                 input packed once per pass, shared by the threads             */
    int pack_rows, pack_depth;
    void *qact;               /* rc__qact_bytes(n, din) bytes for the converted input, or NULL:
                                 BF16 / Q8_0 / Q4_0 weights then have f32 semantics (trainer) */
    size_t qact_bytes;
    int n_threads;
} rc__mm;

/* Depth of one packing pass for matmuls up to max_depth deep (deeper ones take several passes):
   RC__KC-aligned and independent of the thread count, so results are too. */
static size_t rc__pack_depth(size_t max_depth) {
    size_t d = max_depth < 1 ? 1 : max_depth > (size_t)1 << 20 ? (size_t)1 << 20 : max_depth;
    return (d + RC__KC - 1) / RC__KC * RC__KC;
}

/* Floats of a matmul scratch for n_threads threads and matmuls up to max_depth deep: each
   thread's RC__MATMUL_SCRATCH, then the shared packed input, one task's rows per thread.
   SIZE_MAX if it overflows size_t. */
static size_t rc__matmul_scratch(size_t n_threads, size_t max_depth) {
    size_t per = RC__MATMUL_SCRATCH + (size_t)RC__MATMUL_ROWS * rc__pack_depth(max_depth);
    return n_threads && per > SIZE_MAX / n_threads ? SIZE_MAX : n_threads * per;
}

/* mm over scratch[rc__matmul_scratch(n_threads, max_depth)]; qact as in rc__mm. */
static rc__mm rc__mm_over(float *scratch, int n_threads, size_t max_depth, void *qact, size_t qact_bytes) {
    rc__mm mm;
    mm.pack = scratch;               /* NULL in the trainer's sizing pass: no offsets from it */
    mm.panels = scratch ? scratch + (size_t)n_threads * RC__MATMUL_SCRATCH : NULL;
    mm.pack_rows = n_threads * RC__MATMUL_ROWS; mm.pack_depth = (int)rc__pack_depth(max_depth);
    mm.qact = qact; mm.qact_bytes = qact_bytes; mm.n_threads = n_threads;
    return mm;
}

/* Bytes of the converted copy of in[n][din]: Q8_0 / Q4_0 weights' q [n][din] int8, then
   [n][din / RC__QK] rc__qrow (1.25 bytes per value); BF16 weights' [n][din] bfloat16. */
static size_t rc__qact_bytes(size_t n, size_t din) { return n * din * 2; }

/* 1 if x[n] (n a multiple of RC__VW) holds no infinity or NaN: the sum of x * 0 is 0. */
static int rc__all_finite(const float *x, int n) {
    rc__vf z = rc__vzero();
    float lanes[RC__VW];
    int k, ok = 1;
    for (k = 0; k < n; k += RC__VW) z = rc__vadd(z, rc__vmul(rc__vload(x + k), rc__vzero()));
    rc__vstore(lanes, z);
    for (k = 0; k < RC__VW; k++) ok &= lanes[k] == 0.0f;
    return ok;
}

/* The q8 blocks of one row x[din] (din a multiple of RC__QK). */
static void rc__quantize_row(const float *x, int din, int8_t *q, rc__qrow *blocks) {
    int b, k, row_finite = rc__all_finite(x, din);
    for (b = 0; b < din / RC__QK; b++) {
        const float *xb = x + b * RC__QK;
        float amax, d, id, r[RC__QK];   /* r: x / d rounded */
        int32_t sum = 0, finite = row_finite || rc__all_finite(xb, RC__QK);
        rc__vf top = rc__vzero();       /* max |x| */
        for (k = 0; k < RC__QK; k += RC__VW) top = rc__vmax(top, rc__vabs(rc__vload(xb + k)));
        amax = rc__vhmax(top);
        d = amax / 127.0f;
        id = finite && d > 0.0f ? 1.0f / d : 0.0f;
        for (k = 0; k < RC__QK; k += RC__VW) rc__vstore(r + k, rc__vround(rc__vmul(rc__vload(xb + k), rc__vset1(id))));
        for (k = 0; k < RC__QK; k++) {
            int v = finite ? (int)r[k] : 0;
            q[b * RC__QK + k] = (int8_t)v;
            sum += v;
        }
        blocks[b].d = finite ? d : NAN;
        blocks[b].corr = -128 * sum;
    }
}

/* The integer layer: rc__qi holds RC__QG int32 lanes, one per weight row (output column), and
   a step covers RC__QSTEP bytes of depth (4; the whole block in plain C). qset1(x) broadcasts
   an int32; qload(p) reads a step of packed weights, RC__QG * RC__QSTEP bytes, and qbcast(p)
   the step's input bytes at p (int8) for every lane, both as rc__qop; qdot(acc, w, a) = acc +
   per lane the dot product of its weight bytes with the input bytes, exact. The weight bytes
   are signed codes (RC__QOFFSET 0), or codes + 128 as unsigned bytes (RC__QOFFSET 1: vpdpbusd
   multiplies unsigned by signed; the input block's corr = -128 * sum q undoes the offset). Its
   float side: rc__qf holds RC__QG floats; qtof (int32 -> f32 lanes), qfzero, qfload, qfset1,
   qfmul, qfstore and qffma(a, b, acc) = a * b + acc rounded once. */
#define RC__QMI 4      /* input rows per kernel tile; RC__QNJ: groups of RC__QG weight rows */
#if defined(__AVX512VNNI__) && defined(__AVX512F__) && !defined(REGIONCLIP_NO_SIMD)
#define RC__QG 16
#define RC__QNJ 2
#define RC__QOFFSET 1
typedef __m512i rc__qi;
typedef __m512 rc__qf;
#define rc__qset1(x) _mm512_set1_epi32(x)
#define rc__qload(p) _mm512_loadu_si512((const void *)(p))
#define rc__qdot(acc, w, a) _mm512_dpbusd_epi32(acc, w, a)
/* the masked form, because GCC 12's C++ -Wmaybe-uninitialized rejects the plain intrinsic's
   undefined source operand */
#define rc__qtof(v) _mm512_mask_cvtepi32_ps(_mm512_setzero_ps(), (__mmask16)0xffff, v)
#define rc__qfzero() _mm512_setzero_ps()
#define rc__qfload(p) _mm512_loadu_ps(p)
#define rc__qfset1(x) _mm512_set1_ps(x)
#define rc__qfmul(a, b) _mm512_mul_ps(a, b)
#define rc__qffma(a, b, acc) _mm512_fmadd_ps(a, b, acc)
#define rc__qfstore(p, v) _mm512_storeu_ps(p, v)
#define RC__QSIMD "avx512-vnni"
#elif defined(__AVX2__) && defined(__FMA__) && !defined(REGIONCLIP_NO_SIMD)   /* AVX-512 without VNNI too */
#define RC__QG 8
typedef __m256i rc__qi;
typedef __m256 rc__qf;
#define rc__qset1(x) _mm256_set1_epi32(x)
#define rc__qload(p) _mm256_loadu_si256((const __m256i *)(const void *)(p))
#if defined(__AVXVNNI__)
#define RC__QNJ 2
#define RC__QOFFSET 1
#define rc__qdot(acc, w, a) _mm256_dpbusd_avx_epi32(acc, w, a)
#define RC__QSIMD "avx-vnni"
#else
/* vpmaddubsw multiplies unsigned by signed bytes and saturates pairs to int16, so: |w| times
   a with w's sign (|w| <= 128, |a| <= 127: a pair stays within 32512), then pairs to int32;
   4 x 1 groups measured 6% faster than 4 x 2 (its 16 registers) */
#define RC__QNJ 1
#define RC__QOFFSET 0
#define rc__qdot(acc, w, a) _mm256_add_epi32(acc, _mm256_madd_epi16(_mm256_maddubs_epi16( \
        _mm256_sign_epi8(w, w), _mm256_sign_epi8(a, w)), _mm256_set1_epi16(1)))
#define RC__QSIMD "avx2"
#endif
#define rc__qtof(v) _mm256_cvtepi32_ps(v)
#define rc__qfzero() _mm256_setzero_ps()
#define rc__qfload(p) _mm256_loadu_ps(p)
#define rc__qfset1(x) _mm256_set1_ps(x)
#define rc__qfmul(a, b) _mm256_mul_ps(a, b)
#define rc__qffma(a, b, acc) _mm256_fmadd_ps(a, b, acc)
#define rc__qfstore(p, v) _mm256_storeu_ps(p, v)
#elif defined(__ARM_NEON) && defined(__aarch64__) && !defined(REGIONCLIP_NO_SIMD)
#define RC__QG 4
#define RC__QNJ 2
#define RC__QOFFSET 0
typedef int32x4_t rc__qi;
typedef float32x4_t rc__qf;
#define rc__qset1(x) vdupq_n_s32(x)
#define rc__qload(p) vreinterpretq_s32_u8(vld1q_u8(p))
#if defined(__ARM_FEATURE_DOTPROD)
#define rc__qdot(acc, w, a) vdotq_s32(acc, vreinterpretq_s8_s32(w), vreinterpretq_s8_s32(a))
#define RC__QSIMD "neon-sdot"
#else
/* 8 x 8 -> 16-bit products (|product| <= 16256), pairs to int32, then pairs of pairs */
static int32x4_t rc__qdot(int32x4_t acc, int32x4_t w, int32x4_t a) {
    int8x16_t w8 = vreinterpretq_s8_s32(w), a8 = vreinterpretq_s8_s32(a);
    int32x4_t lo = vpaddlq_s16(vmull_s8(vget_low_s8(w8), vget_low_s8(a8)));
    int32x4_t hi = vpaddlq_s16(vmull_high_s8(w8, a8));
    return vaddq_s32(acc, vpaddq_s32(lo, hi));
}
#define RC__QSIMD "neon"
#endif
#define rc__qtof(v) vcvtq_f32_s32(v)
#define rc__qfzero() vdupq_n_f32(0.0f)
#define rc__qfload(p) vld1q_f32(p)
#define rc__qfset1(x) vdupq_n_f32(x)
#define rc__qfmul(a, b) vmulq_f32(a, b)
#define rc__qffma(a, b, acc) vfmaq_f32(acc, a, b)
#define rc__qfstore(p, v) vst1q_f32(p, v)
#elif defined(__wasm__)
/* none: in V8 the plain-C layer measured 4 GOP/s against 33 for the f32 SIMD128 kernel on d * q
   inputs, and 2.3 against 6.3 without SIMD128 (wasm has no byte dot product, and fmaf is
   emulated), so wasm keeps the latter (rc__matmul_pack's q8 conversion: the same rule, summed
   in another order) */
#define RC__HAVE_QDOT 0
#else                      /* plain C: one lane, a step is the block (a loop compilers vectorize) */
#define RC__QG 1
#define RC__QNJ 2
#define RC__QSTEP RC__QK
#define RC__QOFFSET 0
typedef int32_t rc__qi;
typedef float rc__qf;
typedef const int8_t *rc__qop;
#define rc__qload(p) ((const int8_t *)(const void *)(p))
#define rc__qbcast(p) (p)
static int32_t rc__qdot(int32_t acc, const int8_t *w, const int8_t *a) {
    int k;
    for (k = 0; k < RC__QK; k++) acc += w[k] * a[k];
    return acc;
}
#define rc__qset1(x) (x)
#define rc__qtof(v) ((float)(v))
#define rc__qfzero() 0.0f
#define rc__qfload(p) (*(p))
#define rc__qfset1(x) (x)
#define rc__qfmul(a, b) ((a) * (b))
#define rc__qffma(a, b, acc) fmaf(a, b, acc)
#define rc__qfstore(p, v) (*(p) = (v))
#define RC__QSIMD "scalar"
#endif
#ifndef RC__HAVE_QDOT
#define RC__HAVE_QDOT 1
#endif
#if !defined(RC__QSTEP) && RC__HAVE_QDOT   /* the vector layers: 4 bytes of each lane's row per step */
#define RC__QSTEP 4
typedef rc__qi rc__qop;
static int32_t rc__i32_at(const int8_t *p) { int32_t v; memcpy(&v, p, 4); return v; }
#define rc__qbcast(p) rc__qset1(rc__i32_at(p))
#endif
#if RC__HAVE_QDOT
#define RC__QFLIP (RC__QOFFSET ? 0x80808080u : 0u)   /* signed code bytes ^ it = packed bytes */

/* The weights of one task, repacked for the integer kernel: for groups of RC__QG weight rows
   (output columns) and the chunk's nb blocks, qw [g][nb][RC__QK / RC__QSTEP][RC__QG][RC__QSTEP]
   holds each row's codes step by step (signed bytes ^ RC__QFLIP) and sw [g][nb][RC__QG] their
   scales; rows past j1 are zero. */
static void rc__qpack(rc__mat w, int j0, int j1, int k0, int kc, uint8_t *qw, float *sw) {
    int nb = kc / RC__QK, g, l, b, t, span = RC__QNJ * RC__QG;
    int groups = (j1 - j0 + span - 1) / span * RC__QNJ;   /* whole kernel tiles */
    size_t bsize = w.type == RC__TYPE_Q8_0 ? 2 + RC__QK : 2 + RC__QK / 2;
    for (g = 0; g < groups; g++)
        for (l = 0; l < RC__QG; l++) {
            int j = j0 + g * RC__QG + l;
            const uint8_t *blk = w.data + (size_t)j * w.row_bytes + (size_t)(k0 / RC__QK) * bsize;
            for (b = 0; b < nb; b++, blk += bsize) {
                uint8_t *dst = qw + ((size_t)g * nb + b) * RC__QK * RC__QG + (size_t)l * RC__QSTEP;
                uint32_t v[8];                     /* the block's 32 signed codes, in fours */
                sw[((size_t)g * nb + b) * RC__QG + l] = j < j1 ? rc__f16_at(blk) : 0.0f;
                if (j >= j1) for (t = 0; t < 8; t++) v[t] = 0;
                else if (w.type == RC__TYPE_Q8_0) for (t = 0; t < 8; t++) memcpy(&v[t], blk + 2 + 4 * t, 4);
                else
                    for (t = 0; t < 4; t++) {      /* low nibbles: codes 4t.., high: 16 + 4t.. */
                        uint32_t x;
                        memcpy(&x, blk + 2 + 4 * t, 4);
                        v[t] = ((x & 0x0f0f0f0fu) + 0x78787878u) ^ 0x80808080u;   /* nibble - 8 */
                        v[t + 4] = ((x >> 4 & 0x0f0f0f0fu) + 0x78787878u) ^ 0x80808080u;
                    }
                for (t = 0; t < 8; t++) {          /* codes 4t..4t+3: step 4t / RC__QSTEP */
                    v[t] ^= RC__QFLIP;
                    memcpy(dst + (size_t)(4 * t / RC__QSTEP) * RC__QG * RC__QSTEP + 4 * t % RC__QSTEP, &v[t], 4);
                }
            }
        }
}

/* Integer micro-kernel: tile[r][c] = the chunk's sum over its nb blocks (the rule above) for
   input rows r < RC__QMI (rows r >= mi repeat row mi - 1) and RC__QNJ groups of RC__QG columns.
   q: the rows' int8 values (ldq apart), blk: their rc__qrow (ldb apart), qw / sw: rc__qpack's
   groups (ldw bytes / lds floats apart). */
static void rc__qkernel(const int8_t *q, size_t ldq, const rc__qrow *blk, size_t ldb, int mi,
                        const uint8_t *qw, size_t ldw, const float *sw, size_t lds, int nb,
                        float tile[RC__QMI][RC__QNJ * RC__QG]) {
    rc__qf acc[RC__QMI][RC__QNJ];
    const int8_t *qr[RC__QMI];
    const rc__qrow *br[RC__QMI];
    int r, g, b, t;
    for (r = 0; r < RC__QMI; r++) {
        qr[r] = q + (size_t)(r < mi ? r : mi - 1) * ldq;
        br[r] = blk + (size_t)(r < mi ? r : mi - 1) * ldb;
        for (g = 0; g < RC__QNJ; g++) acc[r][g] = rc__qfzero();
    }
    for (b = 0; b < nb; b++) {
        rc__qi isum[RC__QMI][RC__QNJ];
        rc__qf s[RC__QNJ];
        RC__UNROLL for (r = 0; r < RC__QMI; r++) {
            rc__qi c0 = rc__qset1(RC__QOFFSET ? br[r][b].corr : 0);
            RC__UNROLL for (g = 0; g < RC__QNJ; g++) isum[r][g] = c0;
        }
        RC__UNROLL for (t = 0; t < RC__QK / RC__QSTEP; t++) {
            rc__qop wv[RC__QNJ];
            RC__UNROLL for (g = 0; g < RC__QNJ; g++) wv[g] = rc__qload(qw + g * ldw + ((size_t)b * RC__QK + t * RC__QSTEP) * RC__QG);
            RC__UNROLL for (r = 0; r < RC__QMI; r++) {
                rc__qop a = rc__qbcast(qr[r] + b * RC__QK + t * RC__QSTEP);
                RC__UNROLL for (g = 0; g < RC__QNJ; g++) isum[r][g] = rc__qdot(isum[r][g], wv[g], a);
            }
        }
        RC__UNROLL for (g = 0; g < RC__QNJ; g++) s[g] = rc__qfload(sw + g * lds + (size_t)b * RC__QG);
        RC__UNROLL for (r = 0; r < RC__QMI; r++) {
            rc__qf d = rc__qfset1(br[r][b].d);
            RC__UNROLL for (g = 0; g < RC__QNJ; g++)
                acc[r][g] = rc__qffma(rc__qtof(isum[r][g]), rc__qfmul(s[g], d), acc[r][g]);
        }
    }
    for (r = 0; r < RC__QMI; r++) for (g = 0; g < RC__QNJ; g++) rc__qfstore(&tile[r][g * RC__QG], acc[r][g]);
}
#endif /* RC__HAVE_QDOT */

/* Transposed copies (AVX-512: 16 x 16 blocks of 32-bit words in registers) */
#if defined(__AVX512F__) && !defined(REGIONCLIP_NO_SIMD)
/* dst[c * ldd ..][16] = column c of the 16 x 16 matrix of 32-bit words rows[16][16] (ldd in
   words): unpacks within 128-bit lanes give each lane four rows' words, then two 128-bit
   shuffles gather the lanes (maskz_ forms: see rc__qtof). */
static void rc__transpose16x16(const __m512i rows[16], void *dst, size_t ldd) {
    uint32_t *d = (uint32_t *)dst;
    __m512i t[16], a[16];
    int i, e;
    for (i = 0; i < 16; i += 2) {
        t[i] = _mm512_maskz_unpacklo_epi32(0xffff, rows[i], rows[i + 1]);
        t[i + 1] = _mm512_maskz_unpackhi_epi32(0xffff, rows[i], rows[i + 1]);
    }
    for (i = 0; i < 16; i += 4) {          /* a[i + e]: lane k = rows i..i+3 of column 4k + e */
        a[i] = _mm512_maskz_unpacklo_epi64(0xff, t[i], t[i + 2]);
        a[i + 1] = _mm512_maskz_unpackhi_epi64(0xff, t[i], t[i + 2]);
        a[i + 2] = _mm512_maskz_unpacklo_epi64(0xff, t[i + 1], t[i + 3]);
        a[i + 3] = _mm512_maskz_unpackhi_epi64(0xff, t[i + 1], t[i + 3]);
    }
    for (e = 0; e < 4; e++) {
        __m512i u0 = _mm512_maskz_shuffle_i32x4(0xffff, a[e], a[4 + e], 0x88), u1 = _mm512_maskz_shuffle_i32x4(0xffff, a[e], a[4 + e], 0xdd);
        __m512i u2 = _mm512_maskz_shuffle_i32x4(0xffff, a[8 + e], a[12 + e], 0x88), u3 = _mm512_maskz_shuffle_i32x4(0xffff, a[8 + e], a[12 + e], 0xdd);
        _mm512_storeu_si512((void *)(d + (0 + e) * ldd), _mm512_maskz_shuffle_i32x4(0xffff, u0, u2, 0x88));
        _mm512_storeu_si512((void *)(d + (4 + e) * ldd), _mm512_maskz_shuffle_i32x4(0xffff, u1, u3, 0x88));
        _mm512_storeu_si512((void *)(d + (8 + e) * ldd), _mm512_maskz_shuffle_i32x4(0xffff, u0, u2, 0xdd));
        _mm512_storeu_si512((void *)(d + (12 + e) * ldd), _mm512_maskz_shuffle_i32x4(0xffff, u1, u3, 0xdd));
    }
}
#endif

/* dst[c][r] (ldd apart) = src[r][c] (lds apart) for r < rows and c < cols, and 0 for
   rows <= r < rows_p, in 32-bit words (floats or bfloat16 pairs): the matmul's input panels and
   sums, and the attention's keys (and values) as [head_dim][rows rounded up]. */
static void rc__copy_transposed(void *dst_words, size_t ldd, const void *src_words, size_t lds, int rows, int rows_p, int cols) {
    uint32_t *dst = (uint32_t *)dst_words;
    const uint32_t *src = (const uint32_t *)src_words;
    int r = 0, c = 0;
#if defined(__AVX512F__) && !defined(REGIONCLIP_NO_SIMD)
    int i;
    for (r = 0; r + 16 <= rows_p; r += 16)
        for (c = 0; c + 16 <= cols; c += 16) {
            __m512i v[16];
            for (i = 0; i < 16; i++)
                v[i] = r + i < rows ? _mm512_loadu_si512((const void *)(src + (size_t)(r + i) * lds + c)) : _mm512_setzero_si512();
            rc__transpose16x16(v, dst + (size_t)c * ldd + r, ldd);
        }
    for (; c < cols; c++)                   /* the columns past the last 16, rows done above */
        for (i = 0; i < r; i++) dst[(size_t)c * ldd + i] = i < rows ? src[(size_t)i * lds + c] : 0;
#endif
    for (; r < rows_p; r++)
        for (c = 0; c < cols; c++) dst[(size_t)c * ldd + r] = r < rows ? src[(size_t)r * lds + c] : 0;
}

/* BF16 weights on AVX512_BF16 (vdpbf16ps): the inputs rounded to bfloat16 once per matmul,
   each task's weights repacked per chunk into groups of 16 rows interleaved by pairs,
   bw [g][kc / 2][16][2], and tile[r][c] = the f32 sum over the chunk of the exact products,
   pair by pair (the instruction treats bfloat16 subnormals as zero). Other builds: the f32
   kernel on the same rounded inputs (rc__matmul_pack's round_bf16), equal to rounding. */
#if defined(__AVX512BF16__) && RC__QG == 16 && !defined(REGIONCLIP_NO_SIMD)   /* the tile of rc__qkernel */
#define RC__HAVE_DPBF16 1
#define RC__BMI 6      /* input rows per bf16 kernel tile (12 accumulators) */
static void rc__bpack(rc__mat w, int j0, int j1, int k0, int kc, uint8_t *bw) {
    int g, l, t, span = RC__QNJ * RC__QG, groups = (j1 - j0 + span - 1) / span * RC__QNJ, t16 = kc / 2 / 16 * 16;
    for (g = 0; g < groups; g++) {
        const uint8_t *src[RC__QG];
        uint8_t *dst = bw + (size_t)g * kc * RC__QG * 2;
        for (l = 0; l < RC__QG; l++) {
            int j = j0 + g * RC__QG + l;
            src[l] = j < j1 ? w.data + (size_t)j * w.row_bytes + (size_t)k0 * 2 : NULL;
        }
        for (t = 0; t < t16; t += 16) {          /* 16 pairs of 16 rows at a time */
            __m512i rows[16];
            for (l = 0; l < RC__QG; l++) rows[l] = src[l] ? _mm512_loadu_si512((const void *)(src[l] + 4 * t)) : _mm512_setzero_si512();
            rc__transpose16x16(rows, dst + (size_t)t * RC__QG * 4, RC__QG);
        }
        for (l = 0; l < RC__QG; l++)
            for (t = t16; t < kc / 2; t++)
                if (src[l]) memcpy(dst + (size_t)t * RC__QG * 4 + l * 4, src[l] + 4 * t, 4);
                else memset(dst + (size_t)t * RC__QG * 4 + l * 4, 0, 4);
    }
}
static void rc__bkernel(const uint16_t *x, size_t ldx, int mi, const uint8_t *bw, size_t ldw, int kc,
                        float tile[RC__BMI][RC__QNJ * RC__QG]) {
    __m512 acc[RC__BMI][RC__QNJ];
    const uint16_t *xr[RC__BMI];
    int r, g, t;
    for (r = 0; r < RC__BMI; r++) {
        xr[r] = x + (size_t)(r < mi ? r : mi - 1) * ldx;
        for (g = 0; g < RC__QNJ; g++) acc[r][g] = _mm512_setzero_ps();
    }
    for (t = 0; t < kc / 2; t++) {
        __m512i wv[RC__QNJ];
        RC__UNROLL for (g = 0; g < RC__QNJ; g++) wv[g] = _mm512_loadu_si512((const void *)(bw + g * ldw + (size_t)t * RC__QG * 4));
        RC__UNROLL for (r = 0; r < RC__BMI; r++) {
            int32_t pair; __m512i a;
            memcpy(&pair, xr[r] + 2 * t, 4);
            a = _mm512_set1_epi32(pair);
            RC__UNROLL for (g = 0; g < RC__QNJ; g++)
                acc[r][g] = _mm512_dpbf16_ps(acc[r][g], (__m512bh)wv[g], (__m512bh)a);
        }
    }
    for (r = 0; r < RC__BMI; r++) for (g = 0; g < RC__QNJ; g++) _mm512_storeu_ps(&tile[r][g * RC__QG], acc[r][g]);
}

/* bf[n] = x[n] rounded to bfloat16 by vcvtneps2bf16 (nearest-even, subnormals to zero): as
   32-bit words, word k holds x[2k] in its low half and x[2k + 1] in its high half. n a multiple
   of 16. */
static void rc__bf16_pairs(void *bf, const float *x, int n) {
    int k;
    for (k = 0; k < n; k += 16) _mm256_storeu_si256((__m256i *)(void *)((char *)bf + 2 * k), (__m256i)_mm512_cvtneps_pbh(_mm512_loadu_ps(x + k)));
}
#else
#define RC__HAVE_DPBF16 0
#define RC__BMI RC__QMI
#endif

/* The converting path of rc__matmul (same arguments; w is Q8_0 or Q4_0, or BF16 with
   RC__HAVE_DPBF16; din a multiple of RC__QK for the first two; mm->qact holds
   rc__qact_bytes(n, din)). The input is converted once (q8 blocks or bfloat16); each task
   (RC__MC weight rows x a block of input rows) repacks its weights chunk by chunk into the
   thread's scratch and adds each chunk's tiles into out. */
#if RC__HAVE_QDOT
static void rc__matmul_q(float *out, const float *in, rc__mat w, const float *bias,
                         int n, int din, int dout, int accumulate, const rc__mm *mm) {
    const int is_bf16 = w.type == RC__TYPE_BF16, nbk = din / RC__QK, n_cb = (dout + RC__MC - 1) / RC__MC;
    /* as few row blocks as give every thread two tasks: each repacks its weights once */
    const int want_rb = (2 * mm->n_threads + n_cb - 1) / n_cb;
    const int mr = is_bf16 ? RC__BMI : RC__QMI;     /* input rows per kernel tile */
    const int rows_per_block = ((n + want_rb - 1) / want_rb + mr - 1) / mr * mr;
    int8_t *q = (int8_t *)mm->qact;
    uint16_t *xb = (uint16_t *)mm->qact;
    rc__qrow *blocks = (rc__qrow *)(void *)((char *)mm->qact + ((size_t)n * din + 7) / 8 * 8);
    int n_rb = (n + rows_per_block - 1) / rows_per_block, task, i;
    RC__OMP(parallel for num_threads(mm->n_threads) schedule(static))
    for (i = 0; i < n; i++) {
        const float *x = in + (size_t)i * din;
        int k;
        if (is_bf16) {     /* rc__bf16_bits' rounding save for float subnormals, read as 0 either way */
            k = 0;
#if RC__HAVE_DPBF16
            rc__bf16_pairs(xb + (size_t)i * din, x, din / 16 * 16);
            k = din / 16 * 16;
#endif
            for (; k < din; k++) xb[(size_t)i * din + k] = rc__bf16_bits(x[k]);
        }
        else rc__quantize_row(x, din, q + (size_t)i * din, blocks + (size_t)i * nbk);
    }
    RC__OMP(parallel for num_threads(mm->n_threads) schedule(dynamic, 1))
    for (task = 0; task < n_rb * n_cb; task++) {
        int i0 = (task / n_cb) * rows_per_block, j0 = (task % n_cb) * RC__MC;
        int i1 = i0 + rows_per_block < n ? i0 + rows_per_block : n;
        int j1 = j0 + RC__MC < dout ? j0 + RC__MC : dout, k0, j, ii, r, c;
        uint8_t *qw = (uint8_t *)(void *)(mm->pack + (size_t)rc__thread_id() * RC__MATMUL_SCRATCH);
        float *sw = (float *)(void *)(qw + (size_t)RC__MC * RC__KC);   /* [groups][nb][RC__QG] weight scales */
        float tile[RC__BMI > RC__QMI ? RC__BMI : RC__QMI][RC__QNJ * RC__QG];
        for (k0 = 0; k0 < din; k0 += RC__KC) {
            int kc = din - k0 < RC__KC ? din - k0 : RC__KC, nb = kc / RC__QK, first = k0 == 0;
            size_t ldw = is_bf16 ? (size_t)kc * RC__QG * 2 : (size_t)nb * RC__QK * RC__QG;   /* bytes per group */
#if RC__HAVE_DPBF16
            if (is_bf16) rc__bpack(w, j0, j1, k0, kc, qw);
#endif
            if (!is_bf16) rc__qpack(w, j0, j1, k0, kc, qw, sw);
            for (j = j0; j < j1; j += RC__QNJ * RC__QG) {
                int g = (j - j0) / RC__QG, nj = j1 - j < RC__QNJ * RC__QG ? j1 - j : RC__QNJ * RC__QG;
                for (ii = i0; ii < i1; ii += mr) {
                    int mi = i1 - ii < mr ? i1 - ii : mr;
#if RC__HAVE_DPBF16
                    if (is_bf16) rc__bkernel(xb + (size_t)ii * din + k0, (size_t)din, mi, qw + g * ldw, ldw, kc, tile);
#endif
                    if (!is_bf16)
                        rc__qkernel(q + (size_t)ii * din + k0, (size_t)din, blocks + (size_t)ii * nbk + k0 / RC__QK, (size_t)nbk, mi,
                                    qw + g * ldw, ldw, sw + (size_t)g * nb * RC__QG, (size_t)nb * RC__QG, nb, tile);
                    for (r = 0; r < mi; r++) {
                        float *o = out + (size_t)(ii + r) * dout + j;
                        for (c = 0; c < nj; c++) {
                            float v = tile[r][c] + (first && bias ? bias[j + c] : 0.0f);
                            o[c] = first && !accumulate ? v : o[c] + v;
                        }
                    }
                }
            }
        }
    }
}
#endif

/* Packs rows i0..i1-1, depth k0..k0+kc-1 of in[.][din] into panels[p][kc][RC__NR]
   (transposed: one input row per lane), zero-filling the rows past i1, each value converted
   as `convert` says (RC__CONVERT_BF16: rounded to bfloat16, where vdpbf16ps is not built;
   RC__CONVERT_Q8: d * q of its block, rc__quantize_row's rule, where no integer layer is
   built: wasm32): the f32 kernel then computes those converting paths' rule. */
enum { RC__CONVERT_NONE, RC__CONVERT_BF16, RC__CONVERT_Q8 };
static void rc__matmul_pack(float *panels, const float *in, int din, int i0, int i1, int k0, int kc, int convert) {
    int i, k, n_panels = (i1 - i0 + RC__NR - 1) / RC__NR;
    if (convert == RC__CONVERT_NONE) {   /* each panel [kc][RC__NR]: its rows transposed, zeros past i1 */
        for (i = i0; i < i1; i += RC__NR)
            rc__copy_transposed(panels + (size_t)(i - i0) * kc, RC__NR, in + (size_t)i * din + k0, (size_t)din,
                                i1 - i < RC__NR ? i1 - i : RC__NR, RC__NR, kc);
        return;
    }
    for (i = 0; i < n_panels * RC__NR; i++) {
        float *dst = panels + (size_t)(i / RC__NR) * kc * RC__NR + i % RC__NR;
        const float *src = in + (size_t)(i0 + i) * din + k0;
        if (i0 + i >= i1) for (k = 0; k < kc; k++) dst[(size_t)k * RC__NR] = 0.0f;
        else if (convert == RC__CONVERT_BF16)
            for (k = 0; k < kc; k++) dst[(size_t)k * RC__NR] = rc__f32_from_bits((uint32_t)rc__bf16_bits(src[k]) << 16);
        else   /* RC__CONVERT_Q8 */
            for (k = 0; k < kc; k += RC__QK) {
                int8_t q[RC__QK]; rc__qrow blk; int t;
                rc__quantize_row(src + k, RC__QK, q, &blk);
                for (t = 0; t < RC__QK; t++) dst[(size_t)(k + t) * RC__NR] = blk.d * (float)q[t];
            }
    }
}

/* out[n][dout] (+)= in[n][din] . w[dout][din]^T + bias[dout] (bias may be NULL).
   accumulate != 0 adds to out (residual connections) instead of overwriting.
   w is read in place. Q8_0 / Q4_0 with room for the q8 input in mm->qact: the integer path
   above. Otherwise f32 semantics: aligned f32 rows directly, any other type one
   [RC__MC][RC__KC] block at a time converted into the thread's scratch (the same f32 values,
   so the same result). At most mm->n_threads threads run, each on its row of mm->pack.
   Passes of up to mm->pack_rows input rows x mm->pack_depth depth: first the threads pack the
   pass's input into mm->panels (each task of RC__MATMUL_ROWS rows in RC__KC-deep chunks of
   panels, rc__matmul_pack), then each task, (RC__MATMUL_ROWS input rows) x (RC__MC weight
   rows), runs the micro-kernel over every RC__MR weight rows x every panel of every chunk,
   continuing the sums in its accumulator block (transposed: [weight row][input row]), and
   stores (first pass: adds the bias, and stores or adds to out) or adds the block into out. */
static void rc__matmul(float *out, const float *in, rc__mat w, const float *bias,
                       int n, int din, int dout, int accumulate, const rc__mm *mm) {
    const int rows = RC__MATMUL_ROWS, depth = din < mm->pack_depth ? din : mm->pack_depth;
    const int n_cb = (dout + RC__MC - 1) / RC__MC;
    int direct = w.type == RC__TYPE_F32 && ((uintptr_t)w.data & 3) == 0;
    int room = mm->qact && rc__qact_bytes((size_t)n, (size_t)din) <= mm->qact_bytes;
    int is_q = w.type == RC__TYPE_Q8_0 || w.type == RC__TYPE_Q4_0;
    int convert = !room ? RC__CONVERT_NONE : is_q ? RC__CONVERT_Q8 : w.type == RC__TYPE_BF16 ? RC__CONVERT_BF16 : RC__CONVERT_NONE;
    int s0, d0;
#if RC__HAVE_QDOT
    if ((convert == RC__CONVERT_Q8) || (convert == RC__CONVERT_BF16 && RC__HAVE_DPBF16 && din % 2 == 0)) {
        rc__matmul_q(out, in, w, bias, n, din, dout, accumulate, mm);
        return;
    }
#endif
    for (s0 = 0; s0 < n; s0 += mm->pack_rows)
        for (d0 = 0; d0 < din; d0 += depth) {
            const int s1 = n - s0 < mm->pack_rows ? n : s0 + mm->pack_rows, d1 = din - d0 < depth ? din : d0 + depth;
            const int n_rb = (s1 - s0 + rows - 1) / rows, n_kc = (d1 - d0 + RC__KC - 1) / RC__KC;
            int task;
            /* scratch has rows for mm->n_threads threads: never run more (the caller may have
               raised omp_set_num_threads after creating the context) */
            RC__OMP(parallel num_threads(mm->n_threads)) {
                RC__OMP(for schedule(dynamic, 1))
                for (task = 0; task < n_rb * n_kc; task++) {      /* pack: (row block, chunk) */
                    int i0 = s0 + task / n_kc * rows, k0 = d0 + task % n_kc * RC__KC;
                    rc__matmul_pack(mm->panels + (size_t)(task / n_kc) * rows * depth + (size_t)(k0 - d0) * rows, in, din,
                                    i0, i0 + rows < s1 ? i0 + rows : s1, k0, d1 - k0 < RC__KC ? d1 - k0 : RC__KC, convert);
                }
                RC__OMP(for schedule(dynamic, 1))
                for (task = 0; task < n_rb * n_cb; task++) {      /* multiply: (row block, weight rows) */
                    int i0 = s0 + task / n_cb * rows, j0 = task % n_cb * RC__MC;
                    int i1 = i0 + rows < s1 ? i0 + rows : s1, j1 = j0 + RC__MC < dout ? j0 + RC__MC : dout;
                    int n_panels = (i1 - i0 + RC__NR - 1) / RC__NR, k0, j, p, q;
                    const float *block = mm->panels + (size_t)(task / n_cb) * rows * depth;   /* [chunk][panel][kc][NR] */
                    float *wblock = mm->pack + (size_t)rc__thread_id() * RC__MATMUL_SCRATCH;   /* [MC][kc] */
                    float *acc = wblock + (size_t)RC__MC * RC__KC;                              /* [MC][rows] */
                    for (k0 = d0; k0 < d1; k0 += RC__KC) {
                        int kc = d1 - k0 < RC__KC ? d1 - k0 : RC__KC, ldw = kc;
                        const float *wk = wblock;             /* row j0, column k0 of w, rows ldw apart */
                        const float *panels = block + (size_t)(k0 - d0) * rows;
                        if (direct) { wk = rc__mat_f32(w) + (size_t)j0 * din + k0; ldw = din; }
                        else for (j = j0; j < j1; j++) rc__mat_dequant(w, (size_t)j, (size_t)k0, (size_t)kc, wblock + (size_t)(j - j0) * kc);
                        for (j = j0; j < j1; j += RC__MR)
                            for (p = 0; p < n_panels; p++)
                                (i1 - i0 - p * RC__NR <= RC__VW ? rc__matmul_kernel1 : rc__matmul_kernel)(
                                    wk + (size_t)(j - j0) * ldw, ldw, j1 - j < RC__MR ? j1 - j : RC__MR,
                                    panels + (size_t)p * kc * RC__NR, kc, acc + (size_t)(j - j0) * rows + p * RC__NR, rows, k0 == d0);
                    }
                    /* the sums transposed into wblock, [input row][RC__MC] (free now: RC__MATMUL_ROWS <= RC__KC) */
                    rc__copy_transposed(wblock, RC__MC, acc, (size_t)rows, j1 - j0, j1 - j0, i1 - i0);
                    for (q = i0; q < i1; q++) {
                        float *o = out + (size_t)q * dout;
                        const float *a = wblock + (size_t)(q - i0) * RC__MC;
                        if (d0 > 0) for (j = j0; j < j1; j++) o[j] += a[j - j0];
                        else for (j = j0; j < j1; j++) {
                            float v = a[j - j0] + (bias ? bias[j] : 0.0f);
                            o[j] = accumulate ? o[j] + v : v;
                        }
                    }
                }
            }
        }
}

/* Mean and 1 / sqrt(variance + eps) of x[dim], as floats, from double sums in RC__LN_LANES
   interleaved lanes (x[k] in lane k % RC__LN_LANES, the lanes then added pairwise): the same bits
   in every build, and no chain of dependent additions. LayerNorm's forward and backward. */
enum { RC__LN_LANES = 16 };
static double rc__lane_total(double s[RC__LN_LANES]) {
    int l, h;
    for (h = RC__LN_LANES / 2; h > 0; h /= 2) for (l = 0; l < h; l++) s[l] += s[l + h];
    return s[0];
}
static void rc__row_stats(const float *x, int dim, float eps, float *mean_out, float *rstd_out) {
    double s[RC__LN_LANES] = {0}, v[RC__LN_LANES] = {0}, mean, var;
    int k, l, full = dim / RC__LN_LANES * RC__LN_LANES;
    for (k = 0; k < full; k += RC__LN_LANES) RC__UNROLL for (l = 0; l < RC__LN_LANES; l++) s[l] += x[k + l];
    for (; k < dim; k++) s[k - full] += x[k];
    mean = rc__lane_total(s) / dim;
    for (k = 0; k < full; k += RC__LN_LANES)
        RC__UNROLL for (l = 0; l < RC__LN_LANES; l++) { double d = x[k + l] - mean; v[l] += d * d; }
    for (; k < dim; k++) { double d = x[k] - mean; v[k - full] += d * d; }
    var = rc__lane_total(v) / dim;
    *mean_out = (float)mean;
    *rstd_out = (float)(1.0 / sqrt(var + eps));
}

/* out[n][dim] = LayerNorm(in[n][dim]) * w + b; out may equal in. */
static void rc__layernorm(float *out, const float *in, const float *w, const float *b,
                          int n, int dim, float eps) {
    int i;
    RC__OMP(parallel for schedule(static))
    for (i = 0; i < n; i++) {
        const float *x = in + (size_t)i * dim;
        float *y = out + (size_t)i * dim, mean, inv;
        int k;
        rc__row_stats(x, dim, eps, &mean, &inv);
        for (k = 0; k < dim; k++) y[k] = ((x[k] - mean) * inv) * w[k] + b[k];
    }
}

enum { RC__ACT_QUICK_GELU = 0, RC__ACT_GELU = 1 };

/* exp(y), y clamped to -87.3..88.3 (exp(-87.3) = 1.2e-38, about the smallest normal float;
   a NaN stays NaN). n = nearest(y / ln 2) by the 1.5 * 2^23 rounding trick,
   r = y - n ln 2 in two steps (Cody-Waite), exp(r) by its Taylor series to r^7 (|r| <= 0.35:
   truncation below 1e-9), times 2^n from n's bits. Within 2 ulp of expf. */
static rc__vf rc__vexp(rc__vf y) {
    rc__vf k, n, r, p;
    y = rc__vmin(rc__vset1(88.3f), rc__vmax(rc__vset1(-87.3f), y));
    k = rc__vfma(y, rc__vset1(1.44269504088896341f), rc__vset1(RC__EXP_MAGIC));
    n = rc__vadd(k, rc__vset1(-RC__EXP_MAGIC));
    r = rc__vfma(n, rc__vset1(-0.693145751953125f), y);          /* ln 2 high bits: n * it is exact */
    r = rc__vfma(n, rc__vset1(-1.428606765330187e-06f), r);      /* the rest of ln 2 */
    p = rc__vfma(rc__vset1(1.0f / 5040), r, rc__vset1(1.0f / 720));
    p = rc__vfma(p, r, rc__vset1(1.0f / 120)); p = rc__vfma(p, r, rc__vset1(1.0f / 24));
    p = rc__vfma(p, r, rc__vset1(1.0f / 6)); p = rc__vfma(p, r, rc__vset1(0.5f));
    p = rc__vfma(p, r, rc__vset1(1.0f)); p = rc__vfma(p, r, rc__vset1(1.0f));
    return rc__vmul(p, rc__vpow2(k));
}

/* GELU(x) = x Phi(x), Phi(x) = erfc(-x / sqrt 2) / 2, with erfc(a) for a >= 0 from Numerical
   Recipes' Chebyshev fit t exp(-a^2 + P(t)), t = 1 / (1 + a/2) (relative error < 1.2e-7 for
   every a), and erfc(-a) = 2 - erfc(a): no cancellation in either tail, unlike 1 + erf(z).
   Measured against a double-precision GELU (tests/test_kernels.c): relative error < 5e-6 for
   x >= -6 and < 2e-5 for x >= -13 (the tail's exp(-x^2/2) amplifies the rounding of x^2),
   absolute error < 4e-7 everywhere (GELU with erff: 4.5e-7, and no correct digit below x = -5).
   NaN gives NaN, +inf gives +inf; -inf gives NaN, as with erff. */
static rc__vf rc__vgelu(rc__vf x) {
    static const float c[10] = {0.17087277f, -0.82215223f, 1.48851587f, -1.13520398f, 0.27886807f,
                                -0.18628806f, 0.09678418f, 0.37409196f, 1.00002368f, -1.26551223f};
    rc__vf z = rc__vmul(x, rc__vset1(0.70710678118654752f)), a = rc__vabs(z);
    rc__vf t = rc__vdiv(rc__vset1(1.0f), rc__vfma(a, rc__vset1(0.5f), rc__vset1(1.0f))), p = rc__vset1(c[0]), e;
    int i;
    for (i = 1; i < 10; i++) p = rc__vfma(p, t, rc__vset1(c[i]));
    e = rc__vmul(t, rc__vexp(rc__vfma(rc__vmul(a, rc__vset1(-1.0f)), a, p)));           /* erfc(|z|) */
    return rc__vmul(rc__vmul(x, rc__vset1(0.5f)), rc__vsel_ge0(z, rc__vfma(e, rc__vset1(-1.0f), rc__vset1(2.0f)), e));
}

/* x / (1 + exp(-1.702 x)): open_clip's QuickGELU. */
static rc__vf rc__vquick_gelu(rc__vf x) {
    return rc__vdiv(x, rc__vadd(rc__vset1(1.0f), rc__vexp(rc__vmul(x, rc__vset1(-1.702f)))));
}

/* x[n] = f(x[n]) in place, RC__VW at a time (a tail through a zero-padded vector). */
static void rc__vapply(float *x, size_t n, rc__vf (*f)(rc__vf)) {
    long i, nv = (long)(n / RC__VW);
    RC__OMP(parallel for schedule(static))
    for (i = 0; i < nv; i++) rc__vstore(x + (size_t)i * RC__VW, f(rc__vload(x + (size_t)i * RC__VW)));
    if (n % RC__VW) {
        float tail[RC__VW] = {0};
        memcpy(tail, x + (size_t)nv * RC__VW, sizeof(float) * (n % RC__VW));
        rc__vstore(tail, f(rc__vload(tail)));
        memcpy(x + (size_t)nv * RC__VW, tail, sizeof(float) * (n % RC__VW));
    }
}

/* x[n] = act(x[n]) in place. */
static void rc__activate(float *x, size_t n, int act) {
    rc__vapply(x, n, act == RC__ACT_GELU ? rc__vgelu : rc__vquick_gelu);
}

/* dst[r*ldd + v*VW ..][VW] = sum_t x[r*ldx + t] * rows[t*stride + v*VW ..][VW] for r < nx <= NX
   and v < NV: weighted sums of NV-vector-wide rows, each weight broadcast, for nx weight rows at
   once (rows r >= nx repeat row nx-1, computed and not stored), so every vector loaded serves NX
   sums. Each sum is the same chain of multiply-adds over t whatever NX and NV are. NX x NV
   accumulators must fit the registers: RC__ATT_ROWS is 6 on AVX-512, 2 on AVX2, 4 elsewhere.
   Elements are ET (x) and vectors of RC__VW ET (rows), loaded as BT by LOAD(p), broadcast as BT
   by BCAST(e), and MADD(acc, a, b) = acc + a * b per lane: in f32, floats and one FMA; with
   vdpbf16ps (rc__bsum_*), 32-bit words holding a pair of bfloat16 each, and acc + the pair's
   two exact products. */
enum { RC__SUM_VECS = 4 };
#define RC__WEIGHTED_KERNEL(name, NX, NV, ET, BT, LOAD, BCAST, MADD)                              \
    static void name(float *dst, size_t ldd, const ET *x, size_t ldx, int nx, const ET *rows,    \
                     size_t stride, int count) {                                                  \
        rc__vf acc[NX][NV];                                                                       \
        const ET *xr[NX];                                                                         \
        int t, v, r;                                                                              \
        RC__UNROLL for (r = 0; r < NX; r++) {                                                     \
            xr[r] = x + (size_t)(r < nx ? r : nx - 1) * ldx;                                      \
            RC__UNROLL for (v = 0; v < NV; v++) acc[r][v] = rc__vzero();                          \
        }                                                                                         \
        for (t = 0; t < count; t++) {                                                             \
            BT b[NV];                                                                             \
            RC__UNROLL for (v = 0; v < NV; v++) { b[v] = LOAD(rows + (size_t)t * stride + v * RC__VW); RC__KEEP(b[v]); } \
            RC__UNROLL for (r = 0; r < NX; r++) {                                                 \
                BT a = BCAST(xr[r][t]);                                                           \
                RC__UNROLL for (v = 0; v < NV; v++) acc[r][v] = MADD(acc[r][v], a, b[v]);         \
            }                                                                                     \
        }                                                                                         \
        RC__UNROLL for (r = 0; r < NX; r++)                                                       \
            if (r < nx) RC__UNROLL for (v = 0; v < NV; v++) rc__vstore(dst + (size_t)r * ldd + v * RC__VW, acc[r][v]); \
    }
/* The weighted sums for nx <= RC__ATT_ROWS weight rows and nv vectors of any count, by kernels
   of the shapes above: RC__SUM_VECS vectors at a time, the rest one by one (one weight row:
   the 1-row kernels). */
#define RC__WEIGHTED_ROWS(name, ET, k_rows, k_rows1, k_row, k_row1)                               \
    static void name(float *dst, size_t ldd, const ET *x, size_t ldx, int nx, const ET *rows,    \
                     size_t stride, int count, int nv) {                                          \
        int v = 0;                                                                                \
        for (; v + RC__SUM_VECS <= nv; v += RC__SUM_VECS)                                         \
            (nx == 1 ? k_row : k_rows)(dst + v * RC__VW, ldd, x, ldx, nx, rows + v * RC__VW, stride, count); \
        for (; v < nv; v++)                                                                       \
            (nx == 1 ? k_row1 : k_rows1)(dst + v * RC__VW, ldd, x, ldx, nx, rows + v * RC__VW, stride, count); \
    }
#define RC__FMADD(acc, a, b) rc__vfma(a, b, acc)
RC__WEIGHTED_KERNEL(rc__wsum_rows, RC__ATT_ROWS, RC__SUM_VECS, float, rc__vf, rc__vload, rc__vset1, RC__FMADD)
RC__WEIGHTED_KERNEL(rc__wsum_rows1, RC__ATT_ROWS, 1, float, rc__vf, rc__vload, rc__vset1, RC__FMADD)
RC__WEIGHTED_KERNEL(rc__wsum_row, 1, RC__SUM_VECS, float, rc__vf, rc__vload, rc__vset1, RC__FMADD)
RC__WEIGHTED_KERNEL(rc__wsum_row1, 1, 1, float, rc__vf, rc__vload, rc__vset1, RC__FMADD)
RC__WEIGHTED_ROWS(rc__weighted_rows, float, rc__wsum_rows, rc__wsum_rows1, rc__wsum_row, rc__wsum_row1)
#if RC__HAVE_DPBF16
#define RC__BLOAD(p) _mm512_loadu_si512((const void *)(p))
#define RC__BBCAST(e) _mm512_set1_epi32((int)(e))
#define RC__BMADD(acc, a, b) _mm512_dpbf16_ps(acc, (__m512bh)(b), (__m512bh)(a))
RC__WEIGHTED_KERNEL(rc__bsum_rows, RC__ATT_ROWS, RC__SUM_VECS, uint32_t, __m512i, RC__BLOAD, RC__BBCAST, RC__BMADD)
RC__WEIGHTED_KERNEL(rc__bsum_rows1, RC__ATT_ROWS, 1, uint32_t, __m512i, RC__BLOAD, RC__BBCAST, RC__BMADD)
RC__WEIGHTED_KERNEL(rc__bsum_row, 1, RC__SUM_VECS, uint32_t, __m512i, RC__BLOAD, RC__BBCAST, RC__BMADD)
RC__WEIGHTED_KERNEL(rc__bsum_row1, 1, 1, uint32_t, __m512i, RC__BLOAD, RC__BBCAST, RC__BMADD)
RC__WEIGHTED_ROWS(rc__bweighted_rows, uint32_t, rc__bsum_rows, rc__bsum_rows1, rc__bsum_row, rc__bsum_row1)

/* w[k] = bfloat16 of a[k] (low half) and b[k] (high half) for k < n (a multiple of 16), rounded
   as rc__bf16_pairs; a or b NULL: zeros. */
static void rc__bf16_interleave(uint32_t *w, const float *a, const float *b, int n) {
    int k;
    for (k = 0; k < n; k += 16) {
        __m512 va = a ? _mm512_loadu_ps(a + k) : _mm512_setzero_ps(), vb = b ? _mm512_loadu_ps(b + k) : _mm512_setzero_ps();
        __m512i lo = _mm512_maskz_cvtepu16_epi32(0xffff, (__m256i)_mm512_cvtneps_pbh(va));   /* maskz_: see rc__qtof */
        __m512i hi = _mm512_maskz_cvtepu16_epi32(0xffff, (__m256i)_mm512_cvtneps_pbh(vb));
        _mm512_storeu_si512((void *)(w + k), _mm512_or_si512(lo, _mm512_maskz_slli_epi32(0xffff, hi, 16)));
    }
}
#endif

/* p[0..nk) = softmax(scale * p[0..nk)) (max subtracted; rc__vexp), p[nk..np) = 0: np, a
   multiple of RC__VW, is the width the caller goes on to use. A NaN score makes the row NaN. */
static void rc__softmax_row(float *p, int nk, int np, float scale) {
    float mx = -FLT_MAX, sum = 0.0f, lanes[RC__VW], inv;
    rc__vf acc = rc__vzero(), top = rc__vset1(-FLT_MAX);
    int j, nv = nk / RC__VW * RC__VW;
    for (j = 0; j < nv; j += RC__VW) {          /* the same products and maximum as one by one */
        rc__vf v = rc__vmul(rc__vload(p + j), rc__vset1(scale));
        rc__vstore(p + j, v);
        top = rc__vmax(top, v);
    }
    rc__vstore(lanes, top);
    for (j = 0; j < RC__VW; j++) if (lanes[j] > mx) mx = lanes[j];
    for (j = nv; j < nk; j++) { p[j] *= scale; if (p[j] > mx) mx = p[j]; }
    for (j = 0; j < np; j += RC__VW) rc__vstore(p + j, rc__vexp(rc__vadd(rc__vload(p + j), rc__vset1(-mx))));
    for (j = nk; j < np; j++) p[j] = 0.0f;
    for (j = 0; j < np; j += RC__VW) acc = rc__vadd(acc, rc__vload(p + j));
    rc__vstore(lanes, acc);
    for (j = 0; j < RC__VW; j++) sum += lanes[j];
    inv = 1.0f / sum;
    for (j = 0; j < np; j += RC__VW) rc__vstore(p + j, rc__vmul(rc__vload(p + j), rc__vset1(inv)));
}

/* Floats of attention scratch per thread for sequences up to max_len and head size head_dim:
   keys transposed [head_dim][Tp] (bfloat16 attention: keys [head_dim / 2][Tp] and values
   [Tp / 2][head_dim] words), probabilities [RC__ATT_ROWS][Tp], and for bfloat16 attention the
   block's probabilities [RC__ATT_ROWS][Tp / 2] and queries [RC__ATT_ROWS][head_dim / 2] words;
   Tp = max_len rounded up to a vector. */
static size_t rc__attention_scratch(size_t max_len, size_t head_dim) {
    size_t Tp = (max_len + RC__VW - 1) / RC__VW * RC__VW;
    return (head_dim + RC__ATT_ROWS) * Tp + RC__ATT_ROWS * (Tp + head_dim) / 2;
}

/* Multi-head self-attention over a ragged batch.
   qkv[rows][3*width] (q | k | v, head h in columns h*hd..), out[rows][width];
   sequence s occupies rows seq_start[s] .. seq_start[s]+seq_len[s]-1.
   scratch: [n_threads][rc__attention_scratch(max_len, hd)] floats; at most n_threads threads.
   causal masks keys after the query. Per (sequence, head) the keys are transposed once, so
   scores (queries against a vector of keys) and the weighted sums of values (probabilities
   against a row of values) are both broadcast-multiply-adds over whole vectors, RC__ATT_ROWS
   queries at a time (each key or value vector loaded once for all of them; a causal block
   computes up to its last query's keys, its earlier queries' extra probabilities zero).
   bf16 (honoured with vdpbf16ps and hd a multiple of 16, else f32): queries, keys, values and
   probabilities rounded to bfloat16 (rc__bf16_pairs), both products by vdpbf16ps in pairs of
   head dimensions (scores) and of keys (outputs); the softmax stays f32. */
static void rc__attention(float *out, const float *qkv, const int *seq_start, const int *seq_len,
                          int n_seq, int width, int heads, int causal, float *scratch, int max_len,
                          int n_threads, int bf16) {
    int hd = width / heads, hv = hd / RC__VW * RC__VW, task, Tp = (max_len + RC__VW - 1) / RC__VW * RC__VW;
    size_t W3 = (size_t)3 * width;
    float scale = 1.0f / sqrtf((float)hd);
    (void)n_threads;   /* used by OpenMP only */
    bf16 = bf16 && RC__HAVE_DPBF16 && hd % 16 == 0;
    (void)bf16;        /* read only with vdpbf16ps */
    RC__OMP(parallel for num_threads(n_threads) schedule(dynamic, 1))
    for (task = 0; task < n_seq * heads; task++) {
        int s = task / heads, h = task % heads, T = seq_len[s], i0, j, d, r;
        const float *base = qkv + (size_t)seq_start[s] * W3 + h * hd;                                   /* q of row 0 */
        float *kt = scratch + (size_t)rc__thread_id() * rc__attention_scratch((size_t)max_len, (size_t)hd);  /* [hd][Tp] */
        float *p = kt + (size_t)hd * Tp;                                                       /* [RC__ATT_ROWS][Tp] */
#if RC__HAVE_DPBF16
        uint32_t *kw = (uint32_t *)(void *)kt, *vw = kw + (size_t)hd / 2 * Tp;   /* [hd/2][Tp], [Tp/2][hd] */
        uint32_t *pw = (uint32_t *)(void *)(p + (size_t)RC__ATT_ROWS * Tp), *qw = pw + (size_t)RC__ATT_ROWS * Tp / 2;
        if (bf16) {
            for (j = 0; j < T; j++) rc__bf16_pairs(vw + (size_t)j * hd / 2, base + (size_t)j * W3 + width, hd);   /* keys, row by row */
            rc__copy_transposed(kw, (size_t)Tp, vw, (size_t)hd / 2, T, Tp, hd / 2);
            for (j = 0; j < Tp / 2; j++)
                rc__bf16_interleave(vw + (size_t)j * hd, 2 * j < T ? base + (size_t)2 * j * W3 + 2 * width : NULL,
                                    2 * j + 1 < T ? base + (size_t)(2 * j + 1) * W3 + 2 * width : NULL, hd);
        } else
#endif
        rc__copy_transposed(kt, (size_t)Tp, base + width, W3, T, Tp, hd);
        for (i0 = 0; i0 < T; i0 += RC__ATT_ROWS) {
            int nq = T - i0 < RC__ATT_ROWS ? T - i0 : RC__ATT_ROWS;
            int nk = causal ? i0 + nq : T, nkp = (nk + RC__VW - 1) / RC__VW * RC__VW;
            float *o = out + ((size_t)seq_start[s] + i0) * width + h * hd;
#if RC__HAVE_DPBF16
            if (bf16) {
                for (r = 0; r < nq; r++) rc__bf16_pairs(qw + (size_t)r * hd / 2, base + (size_t)(i0 + r) * W3, hd);
                rc__bweighted_rows(p, (size_t)Tp, qw, (size_t)hd / 2, nq, kw, (size_t)Tp, hd / 2, nkp / RC__VW);
                for (r = 0; r < nq; r++) {
                    rc__softmax_row(p + (size_t)r * Tp, causal ? i0 + r + 1 : T, nkp, scale);
                    rc__bf16_pairs(pw + (size_t)r * Tp / 2, p + (size_t)r * Tp, nkp);
                }
                rc__bweighted_rows(o, (size_t)width, pw, (size_t)Tp / 2, nq, vw, (size_t)hd, (nk + 1) / 2, hd / RC__VW);
                continue;
            }
#endif
            rc__weighted_rows(p, (size_t)Tp, base + (size_t)i0 * W3, W3, nq, kt, (size_t)Tp, hd, nkp / RC__VW);
            for (r = 0; r < nq; r++) rc__softmax_row(p + (size_t)r * Tp, causal ? i0 + r + 1 : T, nkp, scale);
            rc__weighted_rows(o, (size_t)width, p, (size_t)Tp, nq, base + 2 * width, W3, nk, hv / RC__VW);
            for (r = 0; r < nq; r++)
                for (d = hv; d < hd; d++) {
                    float acc = 0.0f;
                    for (j = 0; j < nk; j++) acc += p[(size_t)r * Tp + j] * base[(size_t)j * W3 + 2 * width + d];
                    o[(size_t)r * width + d] = acc;
                }
        }
    }
}


/* ===== SECTION: model ===== */
/* ---------------------------------------------------------------------------------------
   Model: configuration, tensor binding, loaders
   The configuration comes from metadata; one plan (arena bytes for converted tensors and
   block tables) is computed by a dry-run bind pass, allocated once, then bound for real. */

#define RC__MAX_PROJ 4              /* projection layers per tower (BiomedCLIP text: 2) */
/* Sanity limits of the configuration (docs/format.md): beyond them a file is RC_ERR_VALUE. */
#define RC__MAX_GRID 128            /* patches per side: at most 16384 patches per image   */
#define RC__MAX_MEAN 1000.0f        /* |image_mean|                                        */
#define RC__MIN_STD 0.001f          /* image_std in [RC__MIN_STD, 1 / RC__MIN_STD]          */
#define RC__MAX_LOGIT_SCALE_LOG 20  /* |logit_scale| (a log): exp(20) is 4.9e8             */
#define RC__MAX_SCRATCH ((uint64_t)1 << 32)   /* bytes of scratch per context (4 GiB)     */
#define RC_BATCH_CHUNK 8            /* images/texts per forward chunk (sizes the scratch) */

typedef struct rc__block {          /* one transformer block, W = width, M = mlp_dim       */
    const float *ln1_w, *ln1_b;     /* [W]                                                 */
    rc__mat qkv_w;                  /* [3W][W]                                             */
    const float *qkv_b;             /* [3W]                                                */
    rc__mat out_w;                  /* [W][W]                                              */
    const float *out_b;             /* [W]                                                 */
    const float *ln2_w, *ln2_b;     /* [W]                                                 */
    rc__mat fc_w;                   /* [M][W]                                              */
    const float *fc_b;              /* [M]                                                 */
    rc__mat proj_w;                 /* [W][M]                                              */
    const float *proj_b;            /* [W]                                                 */
} rc__block;

typedef struct rc__linear {         /* y = x w^T + b                                       */
    rc__mat w;                      /* [out][in]                                           */
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
enum { RC__TOK_BPE = 0, RC__TOK_WORDPIECE = 1 };

struct rc_model {
    rc__alloc alloc;
    rc_model_info info;             /* info.logit_scale holds exp(logit_scale_log)         */
    float logit_scale_log;
    char name[64];
    /* storage */
    void *file_buf;                 /* owned copy of the file (rc_model_load_file) or NULL */
    void *map; size_t map_size;     /* mmap'd file or NULL                                 */
    rc__gguf gguf;                  /* views into the file                                 */
    void *arena; size_t arena_size; /* small tensors converted to f32, and block tables    */
    size_t arena_used;
    int planning;                   /* 1 during the dry-run bind pass                      */
    int convert_inputs;             /* some weight matrix is BF16, Q8_0 or Q4_0 (rc__mm)   */
    /* vision tower, S = image_size, P = patch_size, N = (S/P)^2, Tv = N + 1 */
    rc__tower vis;
    int image_size, patch_size, n_patches;
    float mean[3], std[3];
    rc__mat patch_w;                /* [W][3*P*P] (file shape W x 3 x P x P)               */
    const float *patch_b;           /* [W] or NULL                                         */
    const float *class_embd;        /* [W]                                                 */
    const float *vis_pos;           /* [Tv][W]                                             */
    const float *pre_ln_w, *pre_ln_b;   /* [W] or NULL                                     */
    const float *post_ln_w, *post_ln_b; /* [W]                                             */
    /* text tower, C = context_length, V = vocab */
    rc__tower txt;
    int text_arch, context_length, vocab_size, n_types;
    rc__mat token_embd;             /* [V][W], a row converted per token                   */
    const float *txt_pos;           /* [C][W]                                              */
    const float *type_embd;         /* BERT: [n_types][W], row 0 used                      */
    const float *embd_ln_w, *embd_ln_b;   /* BERT: [W], LayerNorm after the embeddings     */
    const float *final_ln_w, *final_ln_b; /* causal: [W], ln_final at the end token        */
    /* tokenizer */
    rc__str *tok_strings; uint32_t n_tok_strings;
    rc__str *merge_strings; uint32_t n_merge_strings;
    int tokenizer;                  /* RC__TOK_*, from tokenizer.ggml.model                 */
    rc__bpe bpe;                    /* clip_bpe (own allocations)                          */
    int has_bpe;
    rc__wordpiece wp;               /* bert_wordpiece: index slots in the arena; the ids of
                                       [CLS] [SEP] [PAD] [UNK] (pad: the BERT attention mask) */
    int clean_whitespace;           /* regionclip.text.clean: 1 = whitespace, 0 = none      */
    /* ROI processor (docs/roi.md), every part optional; E = embed_dim */
    rc__mat roi_head_w;                     /* [E][E] region head (data NULL: none)           */
    const float *roi_head_b;                /* [E]                                            */
    rc__mat roi_qkv_w;                      /* [3E][E] fusion attention (q | k | v)           */
    const float *roi_qkv_b;                 /* [3E]                                           */
    rc__mat roi_out_w;                      /* [E][E]                                         */
    const float *roi_out_b;                 /* [E]                                            */
    rc__mat roi_gate_w;                     /* [E][2E] sigmoid gate over [g; o]               */
    const float *roi_gate_b;                /* [E]                                            */
    int roi_heads;                          /* regionclip.roi.heads; 0 without fusion tensors */
    /* VQA head (docs/roi.md), optional; A = info.vqa_answers (0: no head) */
    const float *vqa_w, *vqa_b;             /* [A][2E], [A]                                   */
    char **answers;                         /* [A] NUL-terminated copies (own allocation)      */
};

/* Reserves (planning) or carves (binding) n bytes of the arena, 64-byte aligned. */
static void *rc__arena_take(rc_model *m, size_t n) {
    size_t at = (m->arena_used + 63) & ~(size_t)63;
    m->arena_used = at + n;
    if (m->planning) return NULL;
    return (char *)m->arena + at;
}

/* The tensor `name` with PyTorch-order shape dims[0..nd) (outermost first), of one of the
   types in `allowed` (a bit per type id); NULL (RC_OK) when optional and missing. */
static rc_status rc__find(rc_model *m, const rc__gguf_tensor **out, const char *name, int nd,
                          const int *dims, int required, uint32_t allowed, rc_error *err) {
    const rc__gguf_tensor *t = rc__gguf_find_tensor(&m->gguf, name);
    int d;
    *out = NULL;
    if (!t) return required ? rc__fail(err, RC_ERR_MISSING, "tensor '%s' is missing", name) : RC_OK;
    if (t->type >= 32 || !(allowed >> t->type & 1))
        return rc__fail(err, RC_ERR_DTYPE, "tensor '%s' has type %u, not one this tensor allows (%s)", name, t->type,
                        allowed >> RC__TYPE_Q8_0 & 1 ? "F32, F16, BF16, Q8_0, Q4_0" : "F32, F16, BF16");
    if ((int)t->n_dims != nd) goto bad_shape;
    for (d = 0; d < nd; d++) if (t->ne[nd - 1 - d] != (uint64_t)dims[d]) goto bad_shape;
    *out = t;
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

#define RC__FLOAT_TYPES (1u << RC__TYPE_F32 | 1u << RC__TYPE_F16 | 1u << RC__TYPE_BF16)
#define RC__MATRIX_TYPES (RC__FLOAT_TYPES | 1u << RC__TYPE_Q8_0 | 1u << RC__TYPE_Q4_0)

/* Binds a small tensor (a vector or table: norms, biases, embeddings' positional tables) as
   f32: F32 data in place when aligned, F16 and BF16 converted into the arena. */
static rc_status rc__bind(rc_model *m, const float **out, const char *name, int nd,
                          const int *dims, int required, rc_error *err) {
    const rc__gguf_tensor *t;
    rc__mat all;
    rc_status s = rc__find(m, &t, name, nd, dims, required, RC__FLOAT_TYPES, err);
    float *dst;
    *out = NULL;
    if (s || !t) return s;
    if (t->type == RC__TYPE_F32 && ((uintptr_t)t->data & 3) == 0) {
        *out = (const float *)(const void *)t->data;
        return RC_OK;
    }
    dst = (float *)rc__arena_take(m, (size_t)t->n_elems * sizeof(float));
    all.data = t->data; all.type = (int)t->type; all.row_bytes = t->nbytes;
    if (!m->planning) rc__mat_dequant(all, 0, 0, (size_t)t->n_elems, dst);
    *out = dst;
    return RC_OK;
}

/* Binds a weight matrix [dims[0]][product of the rest], in place in any matrix type. */
static rc_status rc__bind_mat(rc_model *m, rc__mat *out, const char *name, int nd, const int *dims,
                              int required, rc_error *err) {
    const rc__gguf_tensor *t;
    rc_status s = rc__find(m, &t, name, nd, dims, required, RC__MATRIX_TYPES, err);
    memset(out, 0, sizeof *out);
    if (s || !t) return s;
    out->data = t->data; out->type = (int)t->type; out->row_bytes = t->nbytes / (size_t)dims[0];
    if (out->type == RC__TYPE_BF16 || out->type == RC__TYPE_Q8_0 || out->type == RC__TYPE_Q4_0) m->convert_inputs = 1;
    return RC_OK;
}

/* Small helpers for the common shapes. */
static rc_status rc__bind1(rc_model *m, const float **o, const char *n, int a, int req, rc_error *e) {
    return rc__bind(m, o, n, 1, &a, req, e);
}
static rc_status rc__bind2(rc_model *m, const float **o, const char *n, int a, int b, int req, rc_error *e) {
    int d[2]; d[0] = a; d[1] = b;
    return rc__bind(m, o, n, 2, d, req, e);
}
static rc_status rc__bind_w(rc_model *m, rc__mat *o, const char *n, int a, int b, int req, rc_error *e) {
    int d[2]; d[0] = a; d[1] = b;
    return rc__bind_mat(m, o, n, 2, d, req, e);
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
            (s = rc__bind_w(m, &b->qkv_w, rc__name(nm, sizeof nm, blk, i, "attn_qkv.weight"), 3 * W, W, 1, err)) ||
            (s = rc__bind1(m, &b->qkv_b, rc__name(nm, sizeof nm, blk, i, "attn_qkv.bias"), 3 * W, 1, err)) ||
            (s = rc__bind_w(m, &b->out_w, rc__name(nm, sizeof nm, blk, i, "attn_out.weight"), W, W, 1, err)) ||
            (s = rc__bind1(m, &b->out_b, rc__name(nm, sizeof nm, blk, i, "attn_out.bias"), W, 1, err)) ||
            (s = rc__bind1(m, &b->ln2_w, rc__name(nm, sizeof nm, blk, i, "ln2.weight"), W, 1, err)) ||
            (s = rc__bind1(m, &b->ln2_b, rc__name(nm, sizeof nm, blk, i, "ln2.bias"), W, 1, err)) ||
            (s = rc__bind_w(m, &b->fc_w, rc__name(nm, sizeof nm, blk, i, "mlp_fc.weight"), M, W, 1, err)) ||
            (s = rc__bind1(m, &b->fc_b, rc__name(nm, sizeof nm, blk, i, "mlp_fc.bias"), M, 1, err)) ||
            (s = rc__bind_w(m, &b->proj_w, rc__name(nm, sizeof nm, blk, i, "mlp_proj.weight"), W, M, 1, err)) ||
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
        if ((s = rc__bind_w(m, &l->w, nm, l->out, in, 1, err)) ||
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

/* Reads an integer hyperparameter and checks lo <= v <= hi. */
static rc_status rc__kv_int(const rc__gguf *g, const char *key, int *out, int lo, int hi, rc_error *err) {
    uint32_t v = 0; rc_status s = rc__kv_u32(g, key, &v, 1, err);
    if (s) return s;
    if ((int)v < lo || (int)v > hi)
        return rc__fail(err, RC_ERR_VALUE, "metadata '%s' = %u outside %d..%d", key, v, lo, hi);
    *out = (int)v;
    return RC_OK;
}
/* The optional ROI processor tensors: each part (head; fusion) all present or all absent. */
static rc_status rc__bind_roi(rc_model *m, rc_error *err) {
    int E = m->info.embed_dim, i, n = 0; rc_status s;
    static const char *const fusion[6] = {"roi.attn_qkv.weight", "roi.attn_qkv.bias", "roi.attn_out.weight",
                                          "roi.attn_out.bias", "roi.gate.weight", "roi.gate.bias"};
    for (i = 0; i < 6; i++) n += rc__gguf_find_tensor(&m->gguf, fusion[i]) != NULL;
    if (n != 0 && n != 6) return rc__fail(err, RC_ERR_MISSING, "the ROI fusion needs all of roi.attn_qkv, roi.attn_out "
                                          "and roi.gate (weight and bias); %d of 6 tensors present", n);
    if ((s = rc__bind_w(m, &m->roi_head_w, "roi.head.weight", E, E, 0, err)) ||
        (s = rc__bind1(m, &m->roi_head_b, "roi.head.bias", E, m->roi_head_w.data != NULL, err)) ||
        (s = rc__bind_w(m, &m->roi_qkv_w, fusion[0], 3 * E, E, 0, err)) ||
        (s = rc__bind1(m, &m->roi_qkv_b, fusion[1], 3 * E, n, err)) ||
        (s = rc__bind_w(m, &m->roi_out_w, fusion[2], E, E, n, err)) ||
        (s = rc__bind1(m, &m->roi_out_b, fusion[3], E, n, err)) ||
        (s = rc__bind_w(m, &m->roi_gate_w, fusion[4], E, 2 * E, n, err)) ||
        (s = rc__bind1(m, &m->roi_gate_b, fusion[5], E, n, err)))
        return s;
    if (!m->roi_head_w.data && rc__gguf_find_tensor(&m->gguf, "roi.head.bias"))
        return rc__fail(err, RC_ERR_MISSING, "tensor 'roi.head.weight' is missing");
    m->roi_heads = 0;
    if (n && (s = rc__kv_int(&m->gguf, "regionclip.roi.heads", &m->roi_heads, 1, E, err))) return s;
    if (n && E % m->roi_heads)
        return rc__fail(err, RC_ERR_VALUE, "regionclip.roi.heads %d does not divide embed_dim %d", m->roi_heads, E);
    m->info.roi_head = m->roi_head_w.data != NULL;
    m->info.roi_fusion_heads = m->roi_heads;
    return RC_OK;
}

/* The optional VQA head: vqa.head.weight [A][2E], vqa.head.bias [A] and the answer strings
   regionclip.vqa.answers [A], all or nothing (the strings are checked by rc__build_vqa). */
static rc_status rc__bind_vqa(rc_model *m, rc_error *err) {
    const rc__gguf_kv *kv = rc__gguf_find_kv(&m->gguf, "regionclip.vqa.answers");
    int E = m->info.embed_dim, A, n = (rc__gguf_find_tensor(&m->gguf, "vqa.head.weight") != NULL) +
                                      (rc__gguf_find_tensor(&m->gguf, "vqa.head.bias") != NULL);
    rc_status s;
    m->info.vqa_answers = 0;
    if (!kv && !n) return RC_OK;
    if (!kv || n != 2)
        return rc__fail(err, RC_ERR_MISSING, "the VQA head needs vqa.head.weight, vqa.head.bias and "
                        "regionclip.vqa.answers; %d of 3 present", n + (kv != NULL));
    if (kv->type != RC__GGUF_ARRAY || kv->elem_type != RC__GGUF_STRING)
        return rc__fail(err, RC_ERR_FORMAT, "metadata 'regionclip.vqa.answers' is not a string array");
    if (kv->count < 1 || kv->count > RC_VQA_MAX_ANSWERS)
        return rc__fail(err, RC_ERR_VALUE, "regionclip.vqa.answers has %llu entries (1..%d)",
                        (unsigned long long)kv->count, RC_VQA_MAX_ANSWERS);
    A = (int)kv->count;
    if ((s = rc__bind2(m, &m->vqa_w, "vqa.head.weight", A, 2 * E, 1, err)) ||
        (s = rc__bind1(m, &m->vqa_b, "vqa.head.bias", A, 1, err)))
        return s;
    m->info.vqa_answers = A;
    return RC_OK;
}

static rc_status rc__bind_all(rc_model *m, rc_error *err) {
    int W = m->vis.width, P = m->patch_size, Tv = m->n_patches + 1, Wt = m->txt.width;
    int pd[4]; rc_status s;
    pd[0] = W; pd[1] = 3; pd[2] = P; pd[3] = P;
    m->arena_used = 0;
    if ((s = rc__bind_mat(m, &m->patch_w, "v.patch_embd.weight", 4, pd, 1, err)) ||
        (s = rc__bind1(m, &m->patch_b, "v.patch_embd.bias", W, 0, err)) ||
        (s = rc__bind1(m, &m->class_embd, "v.class_embd", W, 1, err)) ||
        (s = rc__bind2(m, &m->vis_pos, "v.pos_embd", Tv, W, 1, err)) ||
        (s = rc__bind1(m, &m->pre_ln_w, "v.pre_ln.weight", W, 0, err)) ||
        (s = rc__bind1(m, &m->pre_ln_b, "v.pre_ln.bias", W, m->pre_ln_w != NULL, err)) ||
        (s = rc__bind1(m, &m->post_ln_w, "v.post_ln.weight", W, 1, err)) ||
        (s = rc__bind1(m, &m->post_ln_b, "v.post_ln.bias", W, 1, err)) ||
        (s = rc__bind_tower(m, &m->vis, "v.blk.", "v.proj.", m->info.embed_dim, err)) ||
        (s = rc__bind_w(m, &m->token_embd, "t.token_embd.weight", m->vocab_size, Wt, 1, err)) ||
        (s = rc__bind2(m, &m->txt_pos, "t.pos_embd", m->context_length, Wt, 1, err)) ||
        (s = rc__bind_text_extras(m, err)) ||
        (s = rc__bind_tower(m, &m->txt, "t.blk.", "t.proj.", m->info.embed_dim, err)) ||
        (s = rc__bind_roi(m, err)) || (s = rc__bind_vqa(m, err)))
        return s;
    if (m->tokenizer == RC__TOK_WORDPIECE)   /* the vocabulary index: vocab_size tokens (checked) */
        m->wp.index.slots = (uint32_t *)rc__arena_take(m, rc__wp_index_bytes((uint32_t)m->vocab_size));
    return RC_OK;
}

static size_t rc__max_z(size_t a, size_t b) { return a > b ? a : b; }

/* Scratch of one context, from the configuration alone, for a chunk of B = RC_BATCH_CHUNK
   inputs: R = B * maxT rows (maxT = max(Tv, C)), W = max width, M = max(mlp_dim, im2col row
   share), E = embed_dim. Byte sizes, each rounded up to 64, of: x [R][W], h [max(R W, 8 E)]
   (the ROI fusion's vectors), qkv [max(3 R W, 2 B E)] (its keys and values), mlp
   [max(R M, B E)] (also the grounding map's projected tokens),
   att [threads][rc__attention_scratch(maxT, W)], pooled [2B][maxP], pixels [B][3][S][S],
   ids [B][C] (int32), pack rc__matmul_scratch(threads, D) (matmul) and, when
   `convert` (BF16, Q8_0 or Q4_0 weights), rc__qact_bytes(R, D) bytes for the converted input,
   D = max(W, M, 3 P P, 2 E, maxP) the widest input a matmul takes (*depth).
   Returns 0 if a size overflows size_t. */
enum { RC__N_SCRATCH = 10 };
static int rc__scratch_plan(const rc_model *m, int convert, size_t sz[RC__N_SCRATCH], size_t *total, size_t *depth) {
    size_t B = RC_BATCH_CHUNK, Tv = (size_t)m->n_patches + 1, C = (size_t)m->context_length;
    size_t maxT = rc__max_z(Tv, C), R = B * maxT, P = (size_t)m->patch_size, S = (size_t)m->image_size;
    size_t W = rc__max_z((size_t)m->vis.width, (size_t)m->txt.width);
    size_t M = rc__max_z((size_t)m->vis.mlp_dim, (size_t)m->txt.mlp_dim);
    size_t E = (size_t)m->info.embed_dim, maxP = rc__max_z(W, E);
    int i, k, ok;
    size_t D;
    M = rc__max_z(M, 3 * P * P * (size_t)m->n_patches / maxT + 1);   /* im2col fits in mlp */
    for (k = 0; k < 2; k++) {
        const rc__tower *tw = k ? &m->txt : &m->vis;
        for (i = 0; i < tw->n_proj; i++) maxP = rc__max_z(maxP, (size_t)tw->proj[i].out);
    }
    *depth = D = rc__max_z(rc__max_z(W, M), rc__max_z(3 * P * P, rc__max_z(2 * E, maxP)));
    sz[8] = rc__matmul_scratch((size_t)rc__max_threads(), D);
    ok = rc__mul(R, W, &sz[0]) && rc__mul(R, W, &sz[1]) && rc__mul(R * 3, W, &sz[2]) &&
         rc__mul(R, M, &sz[3]) && rc__mul((size_t)rc__max_threads(), rc__attention_scratch(maxT, W), &sz[4]) &&
         rc__mul(B * 2, maxP, &sz[5]) && rc__mul(B * 3 * S, S, &sz[6]) && rc__mul(B, C, &sz[7]);
    sz[1] = rc__max_z(sz[1], 8 * E); sz[2] = rc__max_z(sz[2], 2 * B * E); sz[3] = rc__max_z(sz[3], B * E);
    for (i = 0; ok && i < 9; i++) ok = rc__mul(sz[i], sizeof(float), &sz[i]);
    if (ok && convert) {     /* bytes */
        ok = rc__mul(R, D, &sz[9]) && rc__mul(sz[9], 2, &sz[9]);
        if (ok) sz[9] = rc__qact_bytes(R, D);
    } else sz[9] = 0;
    for (*total = 0, i = 0; ok && i < RC__N_SCRATCH; i++)
        ok = rc__add(sz[i], 63, &sz[i]) && (sz[i] &= ~(size_t)63, rc__add(*total, sz[i], total));
    return ok;
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
    rc__str v; rc_status s; int grid, i; size_t sz[RC__N_SCRATCH], scratch = SIZE_MAX, depth;
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
    if (grid > RC__MAX_GRID)
        return rc__fail(err, RC_ERR_VALUE, "image size / patch size = %d patches per side, limit %d", grid, RC__MAX_GRID);
    m->n_patches = grid * grid;
    for (i = 0; i < 3; i++)   /* finite already; ranges keep (x - mean) / std finite */
        if (!(m->mean[i] >= -RC__MAX_MEAN && m->mean[i] <= RC__MAX_MEAN &&
              m->std[i] >= RC__MIN_STD && m->std[i] <= 1.0f / RC__MIN_STD))
            return rc__fail(err, RC_ERR_VALUE, "image_mean/std outside [-1000, 1000] / [0.001, 1000]");
    /* compared before any conversion: a float outside int's range must never be cast */
    if (!(m->logit_scale_log >= -RC__MAX_LOGIT_SCALE_LOG && m->logit_scale_log <= RC__MAX_LOGIT_SCALE_LOG))
        return rc__fail(err, RC_ERR_VALUE, "logit_scale (log) outside -%d..%d", RC__MAX_LOGIT_SCALE_LOG, RC__MAX_LOGIT_SCALE_LOG);
    m->info.logit_scale = expf(m->logit_scale_log);
    if ((s = rc__kv_str(g, "regionclip.text.arch", &v, 1, err))) return s;
    if (rc__str_eq(v, "causal")) m->text_arch = RC__TEXT_CAUSAL;
    else if (rc__str_eq(v, "bert")) m->text_arch = RC__TEXT_BERT;
    else return rc__fail(err, RC_ERR_UNSUPPORTED, "text tower '%.*s'", (int)v.len, v.ptr);
    /* pooling follows the tower: end token for causal, [CLS] for BERT; the key must agree */
    if ((s = rc__kv_str(g, "regionclip.text.pool", &v, 1, err))) return s;
    if (!rc__str_eq(v, m->text_arch == RC__TEXT_CAUSAL ? "eot" : "cls"))
        return rc__fail(err, RC_ERR_UNSUPPORTED, "text pooling '%.*s' with this text tower", (int)v.len, v.ptr);
    /* the tokenizer follows the tower: CLIP BPE for causal, WordPiece (its [PAD] masks) for BERT */
    if ((s = rc__kv_str(g, "tokenizer.ggml.model", &v, 1, err))) return s;
    if (rc__str_eq(v, "clip_bpe")) m->tokenizer = RC__TOK_BPE;
    else if (rc__str_eq(v, "bert_wordpiece")) m->tokenizer = RC__TOK_WORDPIECE;
    else return rc__fail(err, RC_ERR_UNSUPPORTED, "tokenizer '%.*s'", (int)v.len, v.ptr);
    if (m->tokenizer != (m->text_arch == RC__TEXT_BERT ? RC__TOK_WORDPIECE : RC__TOK_BPE))
        return rc__fail(err, RC_ERR_UNSUPPORTED, "tokenizer '%.*s' with this text tower", (int)v.len, v.ptr);
    v.ptr = "whitespace"; v.len = 10;
    if ((s = rc__kv_str(g, "regionclip.text.clean", &v, 0, err))) return s;
    if (rc__str_eq(v, "whitespace")) m->clean_whitespace = 1;
    else if (!rc__str_eq(v, "none"))
        return rc__fail(err, RC_ERR_UNSUPPORTED, "text clean '%.*s' (whitespace or none)", (int)v.len, v.ptr);
    /* each size is within its range, but together they may still ask for absurd scratch */
    if (!rc__scratch_plan(m, 1, sz, &scratch, &depth) || (uint64_t)scratch > RC__MAX_SCRATCH)
        return rc__fail(err, RC_ERR_VALUE, "configuration needs %llu bytes of scratch per context (limit %llu)",
                        (unsigned long long)scratch, (unsigned long long)RC__MAX_SCRATCH);
    return RC_OK;
}

static rc_status rc__build_tokenizer(rc_model *m, rc_error *err) {
    rc_status s;
    if ((s = rc__kv_str_array(&m->gguf, "tokenizer.ggml.tokens", &m->tok_strings, &m->n_tok_strings, &m->alloc, err)))
        return s;
    if (m->n_tok_strings != (uint32_t)m->vocab_size)
        return rc__fail(err, RC_ERR_SHAPE, "tokenizer has %u tokens, the text tower %d", m->n_tok_strings, m->vocab_size);
    if (m->tokenizer == RC__TOK_WORDPIECE)
        return rc__wp_build(&m->wp, m->tok_strings, m->n_tok_strings, m->wp.index.slots, m->clean_whitespace, err);
    if ((s = rc__kv_str_array(&m->gguf, "tokenizer.ggml.merges", &m->merge_strings, &m->n_merge_strings, &m->alloc, err)))
        return s;
    if ((s = rc__bpe_build(&m->bpe, m->tok_strings, m->n_tok_strings, m->merge_strings, m->n_merge_strings, &m->alloc, err)))
        return s;
    m->has_bpe = 1;
    return RC_OK;
}

/* NUL-terminated copies of the VQA answers (one allocation: pointers, then the bytes), each
   1..1024 bytes of valid UTF-8 without NUL, all distinct (checked on a sorted copy). */
static rc_status rc__build_vqa(rc_model *m, rc_error *err) {
    rc__str *v = NULL; uint32_t n = 0, i; size_t bytes = 0; char *p; rc_status s;
    if (!m->info.vqa_answers) return RC_OK;
    if ((s = rc__kv_str_array(&m->gguf, "regionclip.vqa.answers", &v, &n, &m->alloc, err))) return s;
    for (i = 0; i < n; i++) {
        size_t k = 0, step; uint32_t cp;
        if (v[i].len < 1 || v[i].len > 1024) { s = rc__fail(err, RC_ERR_VALUE, "VQA answer %u is empty or longer than 1024 bytes", i); goto done; }
        while (k < v[i].len && (step = rc__utf8_decode((const unsigned char *)v[i].ptr + k, v[i].len - k, &cp)) != 0 && cp != 0) k += step;
        if (k != v[i].len) { s = rc__fail(err, RC_ERR_UTF8, "VQA answer %u is not valid UTF-8 (or holds NUL)", i); goto done; }
        bytes += v[i].len + 1;
    }
    m->answers = (char **)rc__calloc(&m->alloc, n * sizeof(char *) + bytes);
    if (!m->answers) { s = rc__fail(err, RC_ERR_NOMEM, "out of memory for the VQA answers"); goto done; }
    for (p = (char *)(m->answers + n), i = 0; i < n; i++) {
        memcpy(p, v[i].ptr, v[i].len);
        m->answers[i] = p;
        p += v[i].len + 1;
    }
    qsort(v, n, sizeof *v, rc__str_order);
    for (i = 1; i < n; i++)
        if (!rc__str_cmp(v[i - 1], v[i])) { s = rc__fail(err, RC_ERR_VALUE, "VQA answer '%.*s' appears twice", (int)v[i].len, v[i].ptr); goto done; }
done:
    rc__free(&m->alloc, v);
    return s;
}

RCDEF const char *rc_model_vqa_answer(const rc_model *m, int i) {
    return m && i >= 0 && i < m->info.vqa_answers ? m->answers[i] : NULL;
}

RCDEF void rc_model_free(rc_model *m) {
    rc__alloc a;
    if (!m) return;
    a = m->alloc;
    rc__free(&a, m->answers);
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
    if (!m) {                          /* the buffer or mapping is ours to release now */
        rc__free(&a, file_buf);
#if !defined(REGIONCLIP_NO_STDIO) && !defined(REGIONCLIP_NO_MMAP) && defined(__unix__)
        if (map) munmap(map, size);
#endif
        return rc__fail(err, RC_ERR_NOMEM, "out of memory allocating the model");
    }
    m->alloc = a; m->file_buf = file_buf; m->map = map; m->map_size = size;
    if ((s = rc__gguf_parse(&m->gguf, data, size, &a, err)) || (s = rc__read_config(m, err))) goto fail;
    m->planning = 1;
    if ((s = rc__bind_all(m, err))) goto fail;
    m->arena_size = m->arena_used;
    m->planning = 0;
    m->arena = rc__calloc(&a, m->arena_size + 64);
    if (!m->arena) { s = rc__fail(err, RC_ERR_NOMEM, "out of memory for %zu bytes of weights", m->arena_size); goto fail; }
    m->arena = m->arena;   /* arena pointer from calloc is max-aligned; rc__arena_take aligns offsets */
    if ((s = rc__bind_all(m, err)) || (s = rc__build_tokenizer(m, err)) || (s = rc__build_vqa(m, err))) goto fail;
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
    if (fstat(fd, &st) != 0) { close(fd); return rc__fail(err, RC_ERR_IO, "cannot stat '%s'", path); }
    if (st.st_size <= 0) { close(fd); return rc__fail(err, RC_ERR_TRUNCATED, "cannot map empty '%s'", path); }
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
    float *h;                    /* [R][W]   normed input / attention output (>= 8E floats) */
    float *qkv;                  /* [R][3W]  (>= 2 B E floats: ROI fusion keys | values)   */
    float *mlp;                  /* [R][M]   (also im2col patches [B*N][3*P*P])            */
    float *att;                  /* [n_threads][rc__attention_scratch(maxT, W)] attention  */
    float *pack;                 /* rc__matmul_scratch(n_threads, depth) floats: matmul     */
    rc__mm mm;                   /* pack, n_threads and, for BF16 / Q8_0 / Q4_0 weights, the converted input */
    float *pooled;               /* [2][B][maxP] pooled and projected vectors (two halves) */
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

RCDEF rc_status rc_ctx_create(rc_ctx **out, const rc_model *m, rc_error *err) {
    rc_ctx *c; size_t sz[RC__N_SCRATCH], off = 0, total, depth;
    void *qact;
    if (err) { err->code = RC_OK; err->message[0] = 0; }
    if (!out || !m) return rc__fail(err, RC_ERR_ARG, "out or model is NULL");
    *out = NULL;
    /* the loader checked this plan against RC__MAX_SCRATCH; the thread count may differ now */
    if (!rc__scratch_plan(m, m->convert_inputs, sz, &total, &depth)) return rc__fail(err, RC_ERR_OVERFLOW, "scratch size overflows");
    c = (rc_ctx *)rc__calloc(&m->alloc, sizeof *c);
    if (!c) return rc__fail(err, RC_ERR_NOMEM, "out of memory for a context");
    c->model = m; c->alloc = m->alloc; c->n_threads = rc__max_threads();
    c->block = m->alloc.alloc(m->alloc.user, total);
    if (!c->block) { rc__free(&m->alloc, c); return rc__fail(err, RC_ERR_NOMEM, "out of memory for %zu bytes of scratch", total); }
#define RC__CARVE(ptr, type, i) (ptr = (type *)(void *)((char *)c->block + off), off += sz[i])
    RC__CARVE(c->x, float, 0); RC__CARVE(c->h, float, 1); RC__CARVE(c->qkv, float, 2); RC__CARVE(c->mlp, float, 3);
    RC__CARVE(c->att, float, 4); RC__CARVE(c->pooled, float, 5); RC__CARVE(c->pixels, float, 6); RC__CARVE(c->ids, int32_t, 7);
    RC__CARVE(c->pack, float, 8); RC__CARVE(qact, void, 9);
#undef RC__CARVE
    c->mm = rc__mm_over(c->pack, c->n_threads, depth, sz[9] ? qact : NULL, sz[9]);
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
        rc__matmul(c->qkv, attn_in, b->qkv_w, b->qkv_b, rows, W, 3 * W, 0, &c->mm);
        rc__attention(c->h, c->qkv, c->seq_start, c->seq_len, n_seq, W, tw->heads, causal, c->att, maxT, c->n_threads, c->model->convert_inputs);
        rc__matmul(c->x, c->h, b->out_w, b->out_b, rows, W, W, 1, &c->mm);
        if (post_ln) rc__layernorm(c->x, c->x, b->ln1_w, b->ln1_b, rows, W, tw->ln_eps);
        else { rc__layernorm(c->h, c->x, b->ln2_w, b->ln2_b, rows, W, tw->ln_eps); mlp_in = c->h; }
        rc__matmul(c->mlp, mlp_in, b->fc_w, b->fc_b, rows, W, M, 0, &c->mm);
        rc__activate(c->mlp, (size_t)rows * M, tw->act);
        rc__matmul(c->x, c->mlp, b->proj_w, b->proj_b, rows, M, W, 1, &c->mm);
        if (post_ln) rc__layernorm(c->x, c->x, b->ln2_w, b->ln2_b, rows, W, tw->ln_eps);
        if (c->trace) rc__trace(c, rc__name(nm, sizeof nm, prefix, l, "out"), c->x, (size_t)rows * W);
    }
}

/* Applies tw's projection layers to in[n][width] -> out[n][embed]. The layers before the
   last write into the two halves of tmp[2][n][widest layer] in turn (n <= RC_BATCH_CHUNK:
   c->pooled holds that), so out only ever receives the last layer. */
static void rc__project(rc_ctx *c, const rc__tower *tw, const float *in, float *out, float *tmp, int n) {
    int i;
    size_t half = 0;
    const float *src = in;
    for (i = 0; i < tw->n_proj; i++) half = rc__max_z(half, (size_t)n * tw->proj[i].out);
    for (i = 0; i < tw->n_proj; i++) {
        float *dst = i == tw->n_proj - 1 ? out : tmp + (size_t)(i % 2) * half;
        rc__matmul(dst, src, tw->proj[i].w, tw->proj[i].b, n, tw->proj[i].in, tw->proj[i].out, 0, &c->mm);
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
        rc__matmul(xb + W, c->mlp + (size_t)b * N * K, m->patch_w, m->patch_b, N, K, W, 0, &c->mm);
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
    rc__project(c, &m->vis, c->h, out, c->pooled, n);
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
    if (m->text_arch == RC__TEXT_BERT && row[0] == (int32_t)m->wp.pad_id)
        return rc__fail(&c->err, RC_ERR_VALUE, "the first token is padding: nothing to pool");
    for (t = 0; t < C; t++) {
        float *xr = c->x + (size_t)*rows * W;
        const float *p = m->txt_pos + (size_t)t * W;
        if (m->text_arch == RC__TEXT_CAUSAL ? t > best : row[t] == (int32_t)m->wp.pad_id) continue;
        rc__mat_dequant(m->token_embd, (size_t)row[t], 0, (size_t)W, xr);   /* the token's embedding */
        for (k = 0; k < W; k++) xr[k] += p[k];
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
    rc__project(c, &m->txt, c->h, out, c->pooled, n);
    rc__trace(c, "out.text", out, (size_t)n * m->info.embed_dim);
    return RC_OK;
}

/* The end of every encode call: out[n][E] must be finite (weights holding NaN/Inf, or
   values overflowing float, would otherwise come back as silent garbage), then normalized. */
static rc_status rc__finish(rc_ctx *c, float *out, int n, int normalize) {
    int E = c->model->info.embed_dim;
    if (!rc__finite(out, (size_t)n * E))
        return rc__fail(&c->err, RC_ERR_VALUE, "an embedding is NaN or infinite (the weights hold NaN/Inf or overflow)");
    if (normalize) rc_l2_normalize(out, n, E);
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
    if (c->model->tokenizer == RC__TOK_WORDPIECE)
        s = rc__wp_encode(&c->model->wp, text, len, ids, c->model->context_length, n_tokens, &c->alloc, &c->err);
    else
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
    return rc__finish(c, out, n, normalize);
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
    return rc__finish(c, out, n, normalize);
}

RCDEF rc_status rc_encode_pixels(rc_ctx *c, const float *pixels, int n, float *out, int normalize) {
    int done, E; size_t per;
    if (rc__check_ctx(c)) return RC_ERR_ARG;
    if (!pixels || !out || n < 0) return rc__fail(&c->err, RC_ERR_ARG, "pixels or out is NULL, or n < 0");
    E = c->model->info.embed_dim;
    per = (size_t)3 * c->model->image_size * c->model->image_size;
    if (!rc__finite(pixels, (size_t)n * per))
        return rc__fail(&c->err, RC_ERR_VALUE, "pixels hold NaN or infinite values");
    for (done = 0; done < n; done += RC_BATCH_CHUNK) {
        int k = n - done < RC_BATCH_CHUNK ? n - done : RC_BATCH_CHUNK;
        rc__vision_forward(c, pixels + (size_t)done * per, k, out + (size_t)done * E);
    }
    return rc__finish(c, out, n, normalize);
}

RCDEF rc_status rc_preprocess(rc_ctx *c, const rc_image *image, float *out) {
    const rc_model *m;
    if (rc__check_ctx(c)) return RC_ERR_ARG;
    m = c->model;
    if (!out) return rc__fail(&c->err, RC_ERR_ARG, "out is NULL");
    return rc__preprocess_f32(image, NULL, m->image_size, m->mean, m->std, out, &c->alloc, &c->err);
}

RCDEF rc_status rc_preprocess_u8(rc_ctx *c, const rc_image *image, uint8_t *out) {
    if (rc__check_ctx(c)) return RC_ERR_ARG;
    if (!out) return rc__fail(&c->err, RC_ERR_ARG, "out is NULL");
    return rc__preprocess_u8(image, NULL, c->model->image_size, out, &c->alloc, &c->err);
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
    return rc__finish(c, out, n, normalize);
}


/* ===== SECTION: roi processor ===== */
/* ---------------------------------------------------------------------------------------
   ROI processor (docs/roi.md)
   RoIAlign over a channels-first feature map, in torchvision's CPU-kernel arithmetic. */

/* One bilinear sample of an H x W map at (y, x) with torchvision's boundary rules: weight
   zero outside [-1, H] x [-1, W], clamp at 0, the last row/column alone at the far edge.
   Writes 4 flat offsets and weights; returns 0 when the sample contributes nothing. */
static int rc__bilinear_sample(int H, int W, float y, float x, size_t pos[4], float w[4]) {
    int y_lo, x_lo, y_hi, x_hi;
    float ly, lx, hy, hx;
    if (y < -1.0f || y > (float)H || x < -1.0f || x > (float)W) return 0;
    if (y <= 0.0f) y = 0.0f;
    if (x <= 0.0f) x = 0.0f;
    y_lo = (int)y; x_lo = (int)x;
    if (y_lo >= H - 1) { y_hi = y_lo = H - 1; y = (float)y_lo; } else y_hi = y_lo + 1;
    if (x_lo >= W - 1) { x_hi = x_lo = W - 1; x = (float)x_lo; } else x_hi = x_lo + 1;
    ly = y - (float)y_lo; lx = x - (float)x_lo; hy = 1.0f - ly; hx = 1.0f - lx;
    pos[0] = (size_t)y_lo * W + x_lo; pos[1] = (size_t)y_lo * W + x_hi;
    pos[2] = (size_t)y_hi * W + x_lo; pos[3] = (size_t)y_hi * W + x_hi;
    w[0] = hy * hx; w[1] = hy * lx; w[2] = ly * hx; w[3] = ly * lx;
    return 1;
}

/* Box side in feature cells from scaled edges, as torchvision computes it (aligned). */
static float rc__roi_side(float lo, float hi) { return (hi - 0.5f) - (lo - 0.5f); }

/* Sampling points per bin side: sampling_ratio, or ceil(side / k) when it is <= 0; -1 when
   more than RC_ROI_MAX_GRID (side may be 0: zero points, the bin stays 0). */
static int rc__roi_grid(float side, int k, int sampling_ratio) {
    float g = sampling_ratio > 0 ? (float)sampling_ratio : (float)ceil(side / (float)k);
    return g > (float)RC_ROI_MAX_GRID ? -1 : (int)g;
}

/* RoIAlign, aligned=True, of one box (x0, y0, x1, y1 already multiplied by the spatial
   scale, x1 >= x0, y1 >= y0, grid within limits): feat[C][H][W] -> out[C][k][k]. */
static void rc__roi_align(const float *feat, int C, int H, int W, const float box[4], int k,
                          int sampling_ratio, float *out) {
    const float x_start = box[0] - 0.5f, y_start = box[1] - 0.5f;
    const float roi_w = rc__roi_side(box[0], box[2]), roi_h = rc__roi_side(box[1], box[3]);
    const float bin_w = roi_w / (float)k, bin_h = roi_h / (float)k;
    const int grid_w = rc__roi_grid(roi_w, k, sampling_ratio);
    const int grid_h = rc__roi_grid(roi_h, k, sampling_ratio);
    const float count = (float)(grid_w * grid_h > 1 ? grid_w * grid_h : 1);
    const size_t plane = (size_t)H * W, kk = (size_t)k * k;
    int ph, pw, iy, ix, c;
    for (c = 0; c < C; c++) for (ph = 0; ph < k * k; ph++) out[(size_t)c * kk + ph] = 0.0f;
    for (ph = 0; ph < k; ph++)
        for (pw = 0; pw < k; pw++) {
            float *o = out + (size_t)ph * k + pw;       /* o[c * kk] is bin (ph, pw) of channel c */
            for (iy = 0; iy < grid_h; iy++) {
                float y = y_start + (float)ph * bin_h + (float)(iy + 0.5f) * bin_h / (float)grid_h;
                for (ix = 0; ix < grid_w; ix++) {
                    float x = x_start + (float)pw * bin_w + (float)(ix + 0.5f) * bin_w / (float)grid_w;
                    size_t pos[4]; float w[4];
                    if (!rc__bilinear_sample(H, W, y, x, pos, w)) continue;
                    for (c = 0; c < C; c++) {
                        const float *f = feat + (size_t)c * plane;
                        o[(size_t)c * kk] += w[0] * f[pos[0]] + w[1] * f[pos[1]] + w[2] * f[pos[2]] + w[3] * f[pos[3]];
                    }
                }
            }
            for (c = 0; c < C; c++) o[(size_t)c * kk] /= count;
        }
}

static void rc__roi_scale(const rc_box *b, float scale, float box[4]) {
    box[0] = b->x0 * scale; box[1] = b->y0 * scale; box[2] = b->x1 * scale; box[3] = b->y1 * scale;
}

RCDEF rc_status rc_roi_align(const float *feat, int C, int H, int W, const rc_box *boxes, int n,
                             float spatial_scale, int out_size, int sampling_ratio, float *out) {
    int i;
    size_t per_box;
    float box[4];
    if (!feat || !boxes || !out || C < 1 || H < 1 || W < 1 || n < 1 || out_size < 1) return RC_ERR_ARG;
    if (!rc__mul((size_t)C, (size_t)H, &per_box) || !rc__mul(per_box, (size_t)W, &per_box)) return RC_ERR_ARG;
    if (!rc__finite(&spatial_scale, 1) || !(spatial_scale > 0.0f) || !rc__finite(feat, per_box))
        return RC_ERR_VALUE;
    for (i = 0; i < n; i++) {   /* every box is checked before anything is written */
        const rc_box *b = &boxes[i];
        if (!rc__finite(&b->x0, 1) || !rc__finite(&b->y0, 1) || !rc__finite(&b->x1, 1) ||
            !rc__finite(&b->y1, 1) || b->x1 < b->x0 || b->y1 < b->y0)
            return RC_ERR_VALUE;
        rc__roi_scale(b, spatial_scale, box);
        if (rc__roi_grid(rc__roi_side(box[0], box[2]), out_size, sampling_ratio) < 0 ||
            rc__roi_grid(rc__roi_side(box[1], box[3]), out_size, sampling_ratio) < 0)
            return RC_ERR_TOO_LONG;
    }
    per_box = (size_t)C * out_size * out_size;
    for (i = 0; i < n; i++) {
        rc__roi_scale(&boxes[i], spatial_scale, box);
        rc__roi_align(feat, C, H, W, box, out_size, sampling_ratio, out + (size_t)i * per_box);
    }
    return RC_OK;
}

/* Box i checked (finite, x0 < x1, y0 < y1) and clipped to the image -> out (original pixels). */
static rc_status rc__region_clip(rc_ctx *c, const rc_image *img, const rc_box *b, int i, double out[4]) {
    if (!rc__finite(&b->x0, 1) || !rc__finite(&b->y0, 1) || !rc__finite(&b->x1, 1) || !rc__finite(&b->y1, 1))
        return rc__fail(&c->err, RC_ERR_VALUE, "box %d holds a NaN or infinite coordinate", i);
    if (!(b->x0 < b->x1) || !(b->y0 < b->y1))
        return rc__fail(&c->err, RC_ERR_VALUE, "box %d is empty or inverted (need x0 < x1 and y0 < y1)", i);
    out[0] = b->x0 > 0.0f ? b->x0 : 0.0; out[2] = b->x1 < img->width ? b->x1 : img->width;
    out[1] = b->y0 > 0.0f ? b->y0 : 0.0; out[3] = b->y1 < img->height ? b->y1 : img->height;
    if (!(out[0] < out[2]) || !(out[1] < out[3]))
        return rc__fail(&c->err, RC_ERR_VALUE, "box %d lies outside the image", i);
    return RC_OK;
}

/* Align mode: box i in model pixels: clipped to the image, mapped through the resize and
   center crop (X = x * rw / W0 - left), clipped to the model's view [0, S]^2. */
static rc_status rc__region_box(rc_ctx *c, const rc_image *img, const rc_box *b, int i, float out[4]) {
    const int S = c->model->image_size;
    const double W0 = img->width, H0 = img->height;
    int64_t rw, rh, left, top;
    double e[4] = {0.0, 0.0, 0.0, 0.0}, x0, y0, x1, y1;
    rc_status s = rc__region_clip(c, img, b, i, e);
    if (s) return s;
    rc__resize_geometry(img->width, img->height, S, &rw, &rh, &left, &top);
    x0 = e[0] * (double)rw / W0 - (double)left; x1 = e[2] * (double)rw / W0 - (double)left;
    y0 = e[1] * (double)rh / H0 - (double)top;  y1 = e[3] * (double)rh / H0 - (double)top;
    x0 = x0 > 0.0 ? x0 : 0.0; x1 = x1 < S ? x1 : S;
    y0 = y0 > 0.0 ? y0 : 0.0; y1 = y1 < S ? y1 : S;
    if (!(x0 < x1) || !(y0 < y1))
        return rc__fail(&c->err, RC_ERR_VALUE, "box %d lies outside the model's view (the center crop "
                        "removes it); crop mode sees it", i);
    out[0] = (float)x0; out[1] = (float)y0; out[2] = (float)x1; out[3] = (float)y1;
    return RC_OK;
}

/* Crop mode: the sub-image of box i grown by margin * its width/height on each side,
   clipped to the image, rounded outward (floor x0, y0; ceil x1, y1). Same stride, no copy. */
static rc_status rc__region_crop(rc_ctx *c, const rc_image *img, const rc_box *b, int i, float margin,
                                 rc_image *crop) {
    double e[4] = {0.0, 0.0, 0.0, 0.0}, mx = margin * ((double)b->x1 - b->x0), my = margin * ((double)b->y1 - b->y0);
    rc_box grown;
    int x0, y0, x1, y1;
    rc_status s = rc__region_clip(c, img, b, i, e);   /* checks the box as given */
    if (s) return s;
    grown.x0 = (float)(b->x0 - mx); grown.y0 = (float)(b->y0 - my);
    grown.x1 = (float)(b->x1 + mx); grown.y1 = (float)(b->y1 + my);
    if ((s = rc__region_clip(c, img, &grown, i, e))) return s;
    x0 = (int)floor(e[0]); y0 = (int)floor(e[1]); x1 = (int)ceil(e[2]); y1 = (int)ceil(e[3]);
    *crop = *img;
    crop->pixels = (const char *)img->pixels + (size_t)y0 * img->stride + (size_t)x0 * rc__bytes_per_pixel(img->format);
    crop->width = x1 - x0; crop->height = y1 - y0;
    return RC_OK;
}

/* After rc__vision_forward of one image: its last block's patch tokens (rows 1..N of c->x)
   through the final norm, channels first -> feat[W][G][G]. Uses c->h. */
static void rc__patch_features(rc_ctx *c, float *feat) {
    const rc_model *m = c->model;
    int W = m->vis.width, N = m->n_patches, p, k;
    rc__layernorm(c->h, c->x + W, m->post_ln_w, m->post_ln_b, N, W, m->vis.ln_eps);
    for (p = 0; p < N; p++)
        for (k = 0; k < W; k++) feat[(size_t)k * N + p] = c->h[(size_t)p * W + k];
}

/* Align-mode region vector of one box (model pixels): RoIAlign over feat[W][G][G] channel by
   channel, mean of the k x k bins -> pooled[W]. */
static void rc__align_pool(const rc_model *m, const float *feat, const float box_px[4], float *pooled) {
    const int W = m->vis.width, G = m->image_size / m->patch_size, k = RC_ROI_OUTPUT_SIZE;
    const float scale = 1.0f / (float)m->patch_size;
    float box[4], bins[RC_ROI_OUTPUT_SIZE * RC_ROI_OUTPUT_SIZE];
    int ch, j;
    for (j = 0; j < 4; j++) box[j] = box_px[j] * scale;
    for (ch = 0; ch < W; ch++) {
        double sum = 0.0;
        rc__roi_align(feat + (size_t)ch * G * G, 1, G, G, box, k, -1, bins);
        for (j = 0; j < k * k; j++) sum += bins[j];
        pooled[ch] = (float)(sum / (k * k));
    }
}

RCDEF rc_region_opts rc_region_opts_default(void) {
    rc_region_opts o;
    o.mode = RC_REGION_ALIGN; o.margin = 0.1f;
    return o;
}

/* Crop mode after the checks: each box's crop encoded like a whole image, RC_BATCH_CHUNK at
   a time -> regions[n][E], not normalized. */
static rc_status rc__encode_crops(rc_ctx *c, const rc_image *image, const rc_box *boxes, int n,
                                  float margin, float *regions) {
    rc_image crops[RC_BATCH_CHUNK];
    int done, i, E = c->model->info.embed_dim;
    rc_status s;
    for (done = 0; done < n; done += RC_BATCH_CHUNK) {
        int k = n - done < RC_BATCH_CHUNK ? n - done : RC_BATCH_CHUNK;
        for (i = 0; i < k; i++) rc__region_crop(c, image, &boxes[done + i], done + i, margin, &crops[i]);
        if ((s = rc_encode_images(c, crops, k, regions + (size_t)done * E, 0))) return s;
    }
    return RC_OK;
}

/* The region head, if the model has one: regions[n][E] <- roi.head(regions), through
   c->pooled RC_BATCH_CHUNK rows at a time. */
static void rc__region_head(rc_ctx *c, float *regions, int n) {
    const rc_model *m = c->model;
    int E = m->info.embed_dim, done;
    if (!m->roi_head_w.data) return;
    for (done = 0; done < n; done += RC_BATCH_CHUNK) {
        int k = n - done < RC_BATCH_CHUNK ? n - done : RC_BATCH_CHUNK;
        float *rows = regions + (size_t)done * E;
        memcpy(c->pooled, rows, (size_t)k * E * sizeof(float));
        rc__matmul(rows, c->pooled, m->roi_head_w, m->roi_head_b, k, E, E, 0, &c->mm);
    }
}

/* The fused embedding (docs/roi.md) z[E] from g[E] and regions r[n][E] (not normalized):
   one query (from g) attends over the tokens s_0 = g, s_j = r_j, taken RC_BATCH_CHUNK at a
   time with a running (online) softmax per head, so memory does not grow with n. Without
   fusion tensors z = g. Uses c->h [8E], c->qkv [B][2E], c->pooled [B][E]. */
static void rc__fuse(rc_ctx *c, const float *g, const float *r, int n, float *z) {
    const rc_model *m = c->model;
    const int E = m->info.embed_dim, H = m->roi_heads, B = RC_BATCH_CHUNK;
    const int d = H ? E / H : 1;
    const float scale = 1.0f / sqrtf((float)d);
    float *q = c->h, *acc = q + E, *o = acc + E, *cat = o + E /* [g; o] */, *a = cat + 2 * E;
    float *mx = a + E, *den = mx + H;      /* [H] running max and sum of exp per head */
    float *tok = c->pooled, *kv = c->qkv;  /* tok [B][E] tokens, kv [B][2E] their k | v */
    int j0, t, h, i;
    if (!m->roi_qkv_w.data) { memcpy(z, g, (size_t)E * sizeof(float)); return; }
    rc__matmul(q, g, m->roi_qkv_w, m->roi_qkv_b, 1, E, E, 0, &c->mm);
    for (h = 0; h < H; h++) { mx[h] = -INFINITY; den[h] = 0.0f; }
    memset(acc, 0, (size_t)E * sizeof(float));
    for (j0 = 0; j0 <= n; j0 += B) {
        int k = n + 1 - j0 < B ? n + 1 - j0 : B;
        for (t = 0; t < k; t++)
            memcpy(tok + (size_t)t * E, j0 + t ? r + (size_t)(j0 + t - 1) * E : g, (size_t)E * sizeof(float));
        rc__matmul(kv, tok, rc__mat_from(m->roi_qkv_w, E), m->roi_qkv_b + E, k, E, 2 * E, 0, &c->mm);
        for (t = 0; t < k; t++)
            for (h = 0; h < H; h++) {
                const float *kh = kv + (size_t)t * 2 * E + h * d, *vh = kh + E;
                float *ah = acc + h * d, score = 0.0f, top, keep, p;
                for (i = 0; i < d; i++) score += q[h * d + i] * kh[i];
                score *= scale;
                top = score > mx[h] ? score : mx[h];
                keep = expf(mx[h] - top); p = expf(score - top);
                for (i = 0; i < d; i++) ah[i] = ah[i] * keep + p * vh[i];
                den[h] = den[h] * keep + p; mx[h] = top;
            }
    }
    for (h = 0; h < H; h++) for (i = 0; i < d; i++) acc[h * d + i] /= den[h];
    rc__matmul(o, acc, m->roi_out_w, m->roi_out_b, 1, E, E, 0, &c->mm);
    memcpy(cat, g, (size_t)E * sizeof(float));
    memcpy(cat + E, o, (size_t)E * sizeof(float));
    rc__matmul(a, cat, m->roi_gate_w, m->roi_gate_b, 1, 2 * E, E, 0, &c->mm);
    for (i = 0; i < E; i++) z[i] = g[i] + o[i] / (1.0f + expf(-a[i]));
}

RCDEF rc_status rc_encode_regions(rc_ctx *c, const rc_image *image, const rc_box *boxes, int n,
                                  const rc_region_opts *opts, float *regions, float *global,
                                  float *fused, int normalize) {
    const rc_model *m;
    rc_region_opts o = opts ? *opts : rc_region_opts_default();
    int i, E;
    rc_status s;
    if (rc__check_ctx(c)) return RC_ERR_ARG;
    m = c->model; E = m->info.embed_dim;
    if (!image || !global || n < 0 || (n > 0 && (!boxes || !regions)))
        return rc__fail(&c->err, RC_ERR_ARG, "image, global, boxes or regions is NULL, or n < 0");
    if (n > RC_ROI_MAX_BOXES)
        return rc__fail(&c->err, RC_ERR_TOO_LONG, "%d boxes: at most %d per call", n, RC_ROI_MAX_BOXES);
    if (o.mode != RC_REGION_ALIGN && o.mode != RC_REGION_CROP)
        return rc__fail(&c->err, RC_ERR_ARG, "unknown region mode %d", (int)o.mode);
    if (!(o.margin >= 0.0f && o.margin <= RC_ROI_MAX_MARGIN))
        return rc__fail(&c->err, RC_ERR_VALUE, "margin is NaN or outside [0, %d]", (int)RC_ROI_MAX_MARGIN);
    if ((s = rc__image_check(image, m->image_size, &c->err))) return s;
    for (i = 0; i < n; i++) {          /* every box is checked before the image is encoded */
        float px[4]; rc_image crop;
        s = o.mode == RC_REGION_ALIGN ? rc__region_box(c, image, &boxes[i], i, px)
                                      : rc__region_crop(c, image, &boxes[i], i, o.margin, &crop);
        if (s) return s;
    }
    if ((s = rc_encode_images(c, image, 1, global, 0))) return s;
    if (o.mode == RC_REGION_CROP) {
        if ((s = rc__encode_crops(c, image, boxes, n, o.margin, regions))) return s;
    } else {
        rc__patch_features(c, c->qkv);     /* [W][G][G] from the pass above; c->h is free afterwards */
        for (i = 0; i < n; i++) {
            float px[4];
            rc__region_box(c, image, &boxes[i], i, px);
            rc__align_pool(m, c->qkv, px, c->h);
            rc__project(c, &m->vis, c->h, regions + (size_t)i * E, c->pooled, 1);
        }
    }
    rc__region_head(c, regions, n);
    if (n > 0 && (s = rc__finish(c, regions, n, 0))) return s;   /* finite before fusing */
    if (fused) {
        rc__fuse(c, global, regions, n, fused);
        if ((s = rc__finish(c, fused, 1, normalize))) return s;
    }
    if (n > 0 && normalize) rc_l2_normalize(regions, n, E);
    return rc__finish(c, global, 1, normalize);
}


/* ===== SECTION: grounding ===== */
/* ---------------------------------------------------------------------------------------
   Grounding map (docs/roi.md, "Grounding map")
   Patch tokens projected like align-mode regions (region head included), cosine with a
   text, bilinear upsampling. */

/* After rc__vision_forward of one image: cos(projected patch token p, text) -> cosv[N].
   The tokens (rows 1..N of c->x) go through the final norm into c->h, then RC_BATCH_CHUNK at
   a time through the projection and the region head (scratch c->pooled, output c->mlp). */
static void rc__ground_grid(rc_ctx *c, const float *text, double text_norm, float *cosv) {
    const rc_model *m = c->model;
    const int W = m->vis.width, N = m->n_patches, E = m->info.embed_dim, B = RC_BATCH_CHUNK;
    float *proj = c->mlp;                                              /* [B][E] */
    int p0, i, k;
    rc__layernorm(c->h, c->x + W, m->post_ln_w, m->post_ln_b, N, W, m->vis.ln_eps);
    for (p0 = 0; p0 < N; p0 += B) {
        const int n = N - p0 < B ? N - p0 : B;
        rc__project(c, &m->vis, c->h + (size_t)p0 * W, proj, c->pooled, n);
        rc__region_head(c, proj, n);      /* as region vectors (via c->pooled's first half) */
        for (i = 0; i < n; i++) {
            const float *v = proj + (size_t)i * E;
            double vt = 0.0, vv = 0.0;
            for (k = 0; k < E; k++) { vt += (double)v[k] * text[k]; vv += (double)v[k] * v[k]; }
            cosv[p0 + i] = vv > 0.0 ? (float)(vt / (sqrt(vv) * text_norm)) : 0.0f;
        }
    }
}

/* grid[G][G] bilinearly upsampled to map[H0][W0]: pixel center (x + 0.5, y + 0.5) -> model
   pixels X = (x + 0.5) * rw / W0 - left (likewise Y) -> grid coordinates X / P - 0.5, clamped
   to [0, G - 1]; `outside` where X or Y is outside [0, S). All in double. */
static void rc__ground_upsample(const rc_model *m, const float *grid, int W0, int H0, float *map,
                                float outside) {
    const int S = m->image_size, P = m->patch_size, G = S / P;
    int64_t rw, rh, left, top;
    long y;
    rc__resize_geometry(W0, H0, S, &rw, &rh, &left, &top);
    RC__OMP(parallel for schedule(static))
    for (y = 0; y < H0; y++) {
        const double Y = ((double)y + 0.5) * (double)rh / H0 - (double)top;
        double gy = Y / P - 0.5, ly;
        int x, y_lo, y_hi;
        float *row = map + (size_t)y * W0;
        gy = gy < 0.0 ? 0.0 : gy > G - 1 ? G - 1 : gy;
        y_lo = (int)gy; y_hi = y_lo + 1 < G ? y_lo + 1 : y_lo; ly = gy - y_lo;
        for (x = 0; x < W0; x++) {
            const double X = ((double)x + 0.5) * (double)rw / W0 - (double)left;
            double gx = X / P - 0.5, lx;
            int x_lo, x_hi;
            const float *r0 = grid + (size_t)y_lo * G, *r1 = grid + (size_t)y_hi * G;
            if (!(X >= 0.0 && X < S && Y >= 0.0 && Y < S)) { row[x] = outside; continue; }
            gx = gx < 0.0 ? 0.0 : gx > G - 1 ? G - 1 : gx;
            x_lo = (int)gx; x_hi = x_lo + 1 < G ? x_lo + 1 : x_lo; lx = gx - x_lo;
            row[x] = (float)((1.0 - ly) * ((1.0 - lx) * r0[x_lo] + lx * r0[x_hi]) +
                             ly * ((1.0 - lx) * r1[x_lo] + lx * r1[x_hi]));
        }
    }
}

RCDEF rc_status rc_ground(rc_ctx *c, const rc_image *image, const float *text, float *grid,
                          float *map, float outside) {
    const rc_model *m;
    double tt = 0.0;
    int k, E;
    size_t N;
    rc_status s;
    if (rc__check_ctx(c)) return RC_ERR_ARG;
    m = c->model; E = m->info.embed_dim; N = (size_t)m->n_patches;
    if (!image || !text || (!grid && !map))
        return rc__fail(&c->err, RC_ERR_ARG, "image or text is NULL, or both grid and map are NULL");
    if (!rc__finite(text, (size_t)E)) return rc__fail(&c->err, RC_ERR_VALUE, "text embedding holds NaN or Inf");
    for (k = 0; k < E; k++) tt += (double)text[k] * text[k];
    if (!(tt > 0.0 && tt <= DBL_MAX)) return rc__fail(&c->err, RC_ERR_VALUE, "text embedding is all zero");
    if ((s = rc_preprocess(c, image, c->pixels))) return s;
    rc__vision_forward(c, c->pixels, 1, c->qkv);   /* the pooled embedding is not used */
    rc__ground_grid(c, text, sqrt(tt), c->qkv);     /* cosines [G][G] in c->qkv (free now) */
    if (!rc__finite(c->qkv, N))
        return rc__fail(&c->err, RC_ERR_VALUE, "a patch score is NaN (the weights hold NaN/Inf or overflow)");
    if (grid) memcpy(grid, c->qkv, N * sizeof(float));
    if (map) rc__ground_upsample(m, c->qkv, image->width, image->height, map, outside);
    return RC_OK;
}


/* ===== SECTION: vqa ===== */
/* ---------------------------------------------------------------------------------------
   VQA as classification: a linear head over [z / |z|; q / |q|] and a softmax over the
   closed answer set (docs/roi.md). Logits in double, computed twice (max, then exp). */

/* 1 / |x| of x[n], or 0 when x holds NaN/Inf or is all zero. */
static double rc__inv_norm(const float *x, int n) {
    double ss = 0.0; int k;
    if (!rc__finite(x, (size_t)n)) return 0.0;
    for (k = 0; k < n; k++) ss += (double)x[k] * x[k];
    return ss > 0.0 ? 1.0 / sqrt(ss) : 0.0;
}

/* Logit a of the VQA head for the unnormalized z, q and their inverse norms. */
static double rc__vqa_logit(const rc_model *m, int a, const float *z, double iz, const float *q, double iq) {
    int E = m->info.embed_dim, k;
    const float *w = m->vqa_w + (size_t)a * 2 * E;
    double dz = 0.0, dq = 0.0;
    for (k = 0; k < E; k++) { dz += (double)w[k] * z[k]; dq += (double)w[E + k] * q[k]; }
    return m->vqa_b[a] + dz * iz + dq * iq;
}

RCDEF rc_status rc_vqa(rc_ctx *c, const float *image, const float *question, float *probs) {
    const rc_model *m;
    double iz, iq, mx = -DBL_MAX, sum = 0.0;
    int a, A, E;
    if (rc__check_ctx(c)) return RC_ERR_ARG;
    m = c->model; A = m->info.vqa_answers; E = m->info.embed_dim;
    if (!image || !question || !probs) return rc__fail(&c->err, RC_ERR_ARG, "image, question or probs is NULL");
    if (!A) return rc__fail(&c->err, RC_ERR_MISSING, "the model has no VQA head (vqa.* tensors)");
    iz = rc__inv_norm(image, E); iq = rc__inv_norm(question, E);
    if (iz == 0.0 || iq == 0.0)
        return rc__fail(&c->err, RC_ERR_VALUE, "the %s embedding holds NaN/Inf or is all zero", iz == 0.0 ? "image" : "question");
    for (a = 0; a < A; a++) {
        double l = rc__vqa_logit(m, a, image, iz, question, iq);
        if (!(l - l == 0.0)) return rc__fail(&c->err, RC_ERR_VALUE, "VQA logit %d is NaN or infinite (weights)", a);
        if (l > mx) mx = l;
    }
    for (a = 0; a < A; a++) sum += probs[a] = (float)exp(rc__vqa_logit(m, a, image, iz, question, iq) - mx);
    for (a = 0; a < A; a++) probs[a] = (float)(probs[a] / sum);
    return RC_OK;
}


/* ===== SECTION: similarity ===== */
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
        if (ss > 0.0 && ss <= DBL_MAX) {
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

RCDEF rc_status rc_similarity(const float *a, int na, const float *b, int nb, int dim, float scale, float *logits) {
    int i, j;
    if (!a || !b || !logits || na <= 0 || nb <= 0 || dim <= 0) return RC_ERR_ARG;
    if (!rc__finite(a, (size_t)na * dim) || !rc__finite(b, (size_t)nb * dim) || !rc__finite(&scale, 1))
        return RC_ERR_VALUE;
    for (i = 0; i < na; i++)
        for (j = 0; j < nb; j++)
            logits[(size_t)i * nb + j] = scale * rc__cos(a + (size_t)i * dim, b + (size_t)j * dim, dim);
    return RC_OK;
}

/* Softmax over n logits in place, computed in double. */
static void rc__softmax(float *x, int n) {
    double mx = x[0], sum = 0.0; int i;
    for (i = 1; i < n; i++) if (x[i] > mx) mx = x[i];
    for (i = 0; i < n; i++) sum += exp((double)x[i] - mx);
    for (i = 0; i < n; i++) x[i] = (float)(exp((double)x[i] - mx) / sum);
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
    if (!rc__finite(query, (size_t)dim) || !rc__finite(db, (size_t)n * dim)) return RC_ERR_VALUE;
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


/* ===== SECTION: training data ===== */
/* Training data: a caller-owned PRNG, torchvision's RandomResizedCrop parameters, the box
   mapping into an augmented view (docs/data.md). The pixels go through rc__preprocess_u8. */
#ifdef REGIONCLIP_TRAINING

static uint64_t rc__splitmix64(uint64_t *state) {
    uint64_t z = (*state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

static uint64_t rc__rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

RCDEF void rc_rng_seed(rc_rng *rng, uint64_t seed) {
    int i;
    if (!rng) return;
    for (i = 0; i < 4; i++) rng->s[i] = rc__splitmix64(&seed);   /* never all zero */
}

RCDEF uint64_t rc_rng_u64(rc_rng *rng) {
    uint64_t *s = rng->s, result = rc__rotl(s[1] * 5, 7) * 9, t = s[1] << 17;
    s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rc__rotl(s[3], 45);
    return result;
}

RCDEF double rc_rng_uniform(rc_rng *rng) {
    return (double)(rc_rng_u64(rng) >> 11) * (1.0 / 9007199254740992.0);   /* 2^-53 */
}

RCDEF uint64_t rc_rng_below(rc_rng *rng, uint64_t n) {
    uint64_t threshold, r;
    if (n == 0) return 0;
    threshold = (0 - n) % n;            /* 2^64 mod n: values below it would bias the modulo */
    do r = rc_rng_u64(rng); while (r < threshold);
    return r % n;
}

RCDEF rc_crop_opts rc_crop_opts_default(void) {
    rc_crop_opts o;
    o.scale_min = 0.9; o.scale_max = 1.0;
    o.ratio_min = 3.0 / 4.0; o.ratio_max = 4.0 / 3.0;
    return o;
}

/* Python's round(): nearest integer, halves to even. */
static double rc__round_half_even(double v) {
    double r = floor(v), d = v - r;
    if (d > 0.5 || (d == 0.5 && fmod(r, 2.0) != 0.0)) r += 1.0;
    return r;
}

static int rc__range_ok(double lo, double hi) {
    return lo == lo && hi == hi && lo > 0.0 && lo <= hi && hi - hi == 0.0;
}

RCDEF rc_status rc_random_resized_crop(rc_rng *rng, int width, int height, const rc_crop_opts *opts,
                                       rc_rect *out) {
    double area = (double)width * (double)height, log_lo, log_hi, in_ratio;
    int attempt, w, h;
    if (!rng || !opts || !out) return RC_ERR_ARG;
    if (width < 1 || height < 1) return RC_ERR_IMAGE;
    if (!rc__range_ok(opts->scale_min, opts->scale_max) || !rc__range_ok(opts->ratio_min, opts->ratio_max))
        return RC_ERR_VALUE;
    log_lo = log(opts->ratio_min); log_hi = log(opts->ratio_max);
    for (attempt = 0; attempt < 10; attempt++) {
        double target = area * (opts->scale_min + (opts->scale_max - opts->scale_min) * rc_rng_uniform(rng));
        double ratio = exp(log_lo + (log_hi - log_lo) * rc_rng_uniform(rng));
        double wd = rc__round_half_even(sqrt(target * ratio)), hd = rc__round_half_even(sqrt(target / ratio));
        if (wd > 0.0 && wd <= (double)width && hd > 0.0 && hd <= (double)height) {
            out->w = (int)wd; out->h = (int)hd;
            out->y = (int)rc_rng_below(rng, (uint64_t)(height - out->h + 1));
            out->x = (int)rc_rng_below(rng, (uint64_t)(width - out->w + 1));
            return RC_OK;
        }
    }
    in_ratio = (double)width / (double)height;          /* fallback: central crop */
    w = width; h = height;
    if (in_ratio < opts->ratio_min) h = (int)rc__round_half_even((double)w / opts->ratio_min);
    else if (in_ratio > opts->ratio_max) w = (int)rc__round_half_even((double)h * opts->ratio_max);
    if (w < 1) w = 1;                                   /* torchvision would return a 0 side */
    if (h < 1) h = 1;
    out->w = w; out->h = h;
    out->x = (width - w) / 2; out->y = (height - h) / 2;
    return RC_OK;
}

static float rc__clamp_view(double v, int size) {
    return (float)(v < 0.0 ? 0.0 : v > (double)size ? (double)size : v);
}

RCDEF int rc_box_to_view(const rc_box *box, rc_rect rect, int size, rc_box *out) {
    double sx, sy;
    rc_box b;
    if (!box || !out || rect.w < 1 || rect.h < 1 || size < 1) return 0;
    if (!rc__pp_finite(box->x0) || !rc__pp_finite(box->y0) || !rc__pp_finite(box->x1) ||
        !rc__pp_finite(box->y1) || box->x0 >= box->x1 || box->y0 >= box->y1) return 0;
    sx = (double)size / (double)rect.w; sy = (double)size / (double)rect.h;
    b.x0 = rc__clamp_view(((double)box->x0 - rect.x) * sx, size);
    b.y0 = rc__clamp_view(((double)box->y0 - rect.y) * sy, size);
    b.x1 = rc__clamp_view(((double)box->x1 - rect.x) * sx, size);
    b.y1 = rc__clamp_view(((double)box->y1 - rect.y) * sy, size);
    *out = b;
    return b.x0 < b.x1 && b.y0 < b.y1;
}

/* rc_rect -> the resampler's rectangle (the same four ints; kept apart so inference builds do
   not see the public training type). */
static rc__rect rc__rect_from(rc_rect r) {
    rc__rect q;
    q.x = r.x; q.y = r.y; q.w = r.w; q.h = r.h;
    return q;
}

/* rc_preprocess_rect(_u8): an augmented view through the same pipeline as rc_preprocess. */
RCDEF rc_status rc_preprocess_rect(rc_ctx *c, const rc_image *image, rc_rect rect, float *out) {
    const rc_model *m;
    rc__rect r = rc__rect_from(rect);
    if (rc__check_ctx(c)) return RC_ERR_ARG;
    m = c->model;
    if (!out) return rc__fail(&c->err, RC_ERR_ARG, "out is NULL");
    return rc__preprocess_f32(image, &r, m->image_size, m->mean, m->std, out, &c->alloc, &c->err);
}

RCDEF rc_status rc_preprocess_rect_u8(rc_ctx *c, const rc_image *image, rc_rect rect, uint8_t *out) {
    rc__rect r = rc__rect_from(rect);
    if (rc__check_ctx(c)) return RC_ERR_ARG;
    if (!out) return rc__fail(&c->err, RC_ERR_ARG, "out is NULL");
    return rc__preprocess_u8(image, &r, c->model->image_size, out, &c->alloc, &c->err);
}

#endif /* REGIONCLIP_TRAINING */


/* ===== SECTION: training ===== */
#ifdef REGIONCLIP_TRAINING
/* ---------------------------------------------------------------------------------------
   Training (docs/training.md)
   Parameters: the trainer writes the source model into an in-memory GGUF whose tensors are
   all f32 (plus "logit_scale" [1]) and loads it with rc_model_load_memory, so the ordinary
   binder points every weight of the trainer's model into that buffer: its data section is
   the parameter arena. Gradients and AdamW moments are arenas of the same layout; weight
   pointer p has its gradient at grad + (p - param).
   Forward passes reuse the inference kernels and keep every activation the backward pass
   needs (llm.c style, one allocation sized from the configuration and max_batch). Backward
   of a linear layer is two transposes and the same packed matmul. */

#define RC__TRAIN_ALIGN 32          /* bytes; every tensor of the arena starts at a multiple */
#define RC__TRAIN_MAX_BATCH 4096

typedef struct rc__param {          /* one tensor of the parameter arena                   */
    rc__str name;                   /* view into the trainer's GGUF                        */
    size_t off, count;              /* floats from the arena start; elements               */
    unsigned group;                 /* RC_GROUP_*                                          */
    int decay;                      /* 1: weight decay applies                             */
    int steps;                      /* AdamW updates of this tensor (torch counts per tensor:
                                       a step that gives it no gradient skips it)          */
} rc__param;

typedef struct rc__tcache {         /* one tower's activations: R rows, W, M, L layers, B inputs */
    float *emb;                     /* [R][W] embeddings (before the vision pre-LN)        */
    float *patches;                 /* vision: [B*N][3*P*P] im2col of the pixels           */
    float *x;                       /* [L+1][R][W] residual stream entering block l        */
    float *ln1, *att, *mid, *ln2;   /* [L][R][W]                                           */
    float *qkv;                     /* [L][R][3W]                                          */
    float *fc, *act;                /* [L][R][M] before / after the activation             */
    float *pool_in, *pooled;        /* [B][W] pooled rows before / after the final LN      */
    float *pre[RC__MAX_PROJ];       /* [B][out_k] projection layer k output                */
    float *post[RC__MAX_PROJ];      /* [B][out_k] after the activation (last: == pre)      */
    float *z;                       /* [B][E] L2-normalized embeddings                     */
    float *norm;                    /* [B] L2 norms before normalization                   */
    int *seq_start, *seq_len;       /* [B] rows of each input                              */
    int *pool_row;                  /* [B] row pooled for each input                       */
    int *row_tok, *row_pos;         /* text: [R] token id and position of each row         */
    int rows, max_len;              /* of the current batch                                */
} rc__tcache;

struct rc_trainer {
    rc__alloc alloc;
    rc_error err;
    rc_train_config cfg;
    rc_model *model;                /* loaded from buf; its weights point into param       */
    uint8_t *buf;                   /* the in-memory GGUF: header, then the arena          */
    float *param;                   /* [n_floats] inside buf                               */
    float *grad, *m, *v;            /* [n_floats] each, one allocation (grad first)        */
    size_t n_floats;
    rc__param *params; int n_params;/* sorted by name                                      */
    float *ls;                      /* the log scale, inside param                         */
    int step, micro;                /* optimizer steps done; micro-batches accumulated     */
    int n_threads;
    void *block;                    /* caches and scratch below: one allocation            */
    rc__tcache vc, tc;
    /* Rm = max rows, D = max(3W, M, 3P^2, projection sizes) over both towers */
    float *dx, *dh;                 /* [Rm][W] residual / branch gradients                 */
    float *dqkv;                    /* [Rm][3W] (also gathered patch-row gradients)        */
    float *dm;                      /* [Rm][M]                                             */
    float *ta, *tb;                 /* [max(Rm, D)][D] transposes                          */
    float *ln_stats;                /* [Rm][2] LayerNorm mean, 1/std                       */
    float *pack;                    /* rc__matmul_scratch(threads, D) floats: matmul        */
    rc__mm mm;                      /* pack and n_threads (no converted inputs: f32 semantics) */
    float *att_fwd;                 /* [threads][rc__attention_scratch(maxT, W)]           */
    float *att_bwd;                 /* [threads][rc__attention_bwd_scratch(maxT, W)]       */
    float *d1, *d2;                 /* [Tm][maxP] projection gradients, Tm = max(Bt, Rr)   */
    float *dzi;                     /* [B][E] d loss / d image embedding (normalized)      */
    float *dzt;                     /* [Bt][E] the same for every text of the step         */
    double *lg;                     /* [2][n][n + K] logits and their gradient, n = max(B, Rr) */
    /* regions and fusion, align mode; Rr = max_regions, Bt = max texts per step */
    int32_t *text_ids;              /* [Bt][C] captions | reports | region captions | negatives */
    float *feat;                    /* [B*N][W] post-LN patch tokens of every image        */
    float *dfeat;                   /* [B*N][W] their gradient                              */
    float *rw;                      /* [Rr][N] weight of each patch in each box's pooled vector */
    int *rimg;                      /* [Rr] image of each box                               */
    float *rpool;                   /* [Rr][W] pooled vectors (RoIAlign, mean of the bins)  */
    float *rpre[RC__MAX_PROJ], *rpost[RC__MAX_PROJ];   /* [Rr][out_k] their projection      */
    float *rvec, *rz, *rnorm;       /* [Rr][E] after the region head, normalized; [Rr] norms */
    float *dzr, *dr;                /* [Rr][E] d loss / d rz, d loss / d rvec               */
    float *ftok, *fkv, *fdtok, *fdkv;  /* [B+Rr][E], [B+Rr][2E] fusion tokens, keys|values, grads */
    float *falpha;                  /* [B+Rr][H] attention weights (token-major per image)  */
    float *fq, *facc, *fo, *fa, *fcat, *fz, *fzn, *fnorm;  /* [B][E] ([B][2E] cat, [B] norm) */
    float *dzf, *dg;                /* [B][E] d loss / d fused (normalized), d loss / d g   */
    float *fd1, *fd2, *fd3;         /* [B][2E] fusion backward scratch                      */
    /* VQA, Qm = max_questions, A = answers */
    float *vqd;                     /* [Qm][2E] d loss / d [z; q] of each question          */
    double *vql;                    /* [Qm][A] logits, then d loss / d logits               */
    int *qimg;                      /* [Qm] image of each question                          */
    int used_head, used_fusion, used_vqa;   /* parts given a gradient since the last update */
    rc_train_stage now;             /* the stage of the current step (rc__train_stage)     */
    int stage_start;                /* its first optimizer step                            */
    float *pix_all;                 /* crop_regions: [B+Rr][3][S][S] images, then crops     */
    const float *rproj;             /* [R][E] projected region vectors (before the head)   */
};

/* ---- parameter arena and its GGUF ---------------------------------------------------- */

static size_t rc__round8(size_t n) { return (n + 7) & ~(size_t)7; }
static size_t rc__prod(size_t a, size_t b) { size_t r; return rc__mul(a, b, &r) ? r : SIZE_MAX; }

/* Tensors of a source file that are weights (not the trainer's own extras). */
static int rc__train_is_weight(rc__str name) {
    return !rc__str_eq(name, "logit_scale") && !rc__str_eq(name, "train.adam_m") && !rc__str_eq(name, "train.adam_v") &&
           !rc__str_eq(name, "train.param_steps");
}

typedef struct rc__wbuf { uint8_t *p; size_t n; } rc__wbuf;   /* p NULL: only count bytes */
static void rc__w_bytes(rc__wbuf *w, const void *src, size_t n) {
    if (w->p && n) memcpy(w->p + w->n, src, n);
    w->n += n;
}
static void rc__w_u32(rc__wbuf *w, uint32_t v) {
    uint8_t b[4]; int i;
    for (i = 0; i < 4; i++) b[i] = (uint8_t)(v >> (8 * i));
    rc__w_bytes(w, b, 4);
}
static void rc__w_u64(rc__wbuf *w, uint64_t v) { rc__w_u32(w, (uint32_t)v); rc__w_u32(w, (uint32_t)(v >> 32)); }
static void rc__w_str(rc__wbuf *w, const char *s, size_t len) { rc__w_u64(w, len); rc__w_bytes(w, s, len); }
static void rc__w_tensor_info(rc__wbuf *w, const char *name, size_t len, int n_dims, const uint64_t *ne, int type,
                              size_t off_bytes) {
    int d;
    rc__w_str(w, name, len);
    rc__w_u32(w, (uint32_t)n_dims);
    for (d = 0; d < n_dims; d++) rc__w_u64(w, ne[d]);
    rc__w_u32(w, (uint32_t)type);
    rc__w_u64(w, (uint64_t)off_bytes);
}

/* The configuration as checkpoint keys train.cfg.NAME and train.cfg.stage.K.NAME (u32 for
   integers, f32 for floats); k[] points into c. */
enum { RC__KEY_INT, RC__KEY_UINT, RC__KEY_FLOAT };
typedef struct rc__cfg_key { char key[48]; int type; void *p; } rc__cfg_key;
#define RC__CFG_KEYS (20 + 8 * RC_TRAIN_MAX_STAGES)
static void rc__cfg_add(rc__cfg_key *k, int *n, int stage, const char *name, int type, void *p) {
    rc__name(k[*n].key, sizeof k[*n].key, stage < 0 ? "train.cfg." : "train.cfg.stage.", stage, name);
    k[*n].type = type; k[*n].p = p; (*n)++;
}
/* The keys of c: the base fields, then those of stages[0..n_stages) (n_stages read first). */
static int rc__cfg_keys(rc_train_config *c, rc__cfg_key *k, int with_stages) {
    int n = 0, i;
    rc__cfg_add(k, &n, -1, "max_batch", RC__KEY_INT, &c->max_batch);
    rc__cfg_add(k, &n, -1, "lr", RC__KEY_FLOAT, &c->lr);
    rc__cfg_add(k, &n, -1, "warmup_steps", RC__KEY_INT, &c->warmup_steps);
    rc__cfg_add(k, &n, -1, "total_steps", RC__KEY_INT, &c->total_steps);
    rc__cfg_add(k, &n, -1, "weight_decay", RC__KEY_FLOAT, &c->weight_decay);
    rc__cfg_add(k, &n, -1, "beta1", RC__KEY_FLOAT, &c->beta1);
    rc__cfg_add(k, &n, -1, "beta2", RC__KEY_FLOAT, &c->beta2);
    rc__cfg_add(k, &n, -1, "eps", RC__KEY_FLOAT, &c->eps);
    rc__cfg_add(k, &n, -1, "grad_clip", RC__KEY_FLOAT, &c->grad_clip);
    rc__cfg_add(k, &n, -1, "accum_steps", RC__KEY_INT, &c->accum_steps);
    rc__cfg_add(k, &n, -1, "frozen", RC__KEY_UINT, &c->frozen);
    rc__cfg_add(k, &n, -1, "max_regions", RC__KEY_INT, &c->max_regions);
    rc__cfg_add(k, &n, -1, "max_negatives", RC__KEY_INT, &c->max_negatives);
    rc__cfg_add(k, &n, -1, "crop_regions", RC__KEY_INT, &c->crop_regions);
    rc__cfg_add(k, &n, -1, "w_global", RC__KEY_FLOAT, &c->w_global);
    rc__cfg_add(k, &n, -1, "w_region", RC__KEY_FLOAT, &c->w_region);
    rc__cfg_add(k, &n, -1, "w_fused", RC__KEY_FLOAT, &c->w_fused);
    rc__cfg_add(k, &n, -1, "max_questions", RC__KEY_INT, &c->max_questions);
    rc__cfg_add(k, &n, -1, "w_vqa", RC__KEY_FLOAT, &c->w_vqa);
    rc__cfg_add(k, &n, -1, "n_stages", RC__KEY_INT, &c->n_stages);
    for (i = 0; with_stages && i < c->n_stages && i < RC_TRAIN_MAX_STAGES; i++) {
        rc__cfg_add(k, &n, i, "steps", RC__KEY_INT, &c->stages[i].steps);
        rc__cfg_add(k, &n, i, "lr", RC__KEY_FLOAT, &c->stages[i].lr);
        rc__cfg_add(k, &n, i, "warmup_steps", RC__KEY_INT, &c->stages[i].warmup_steps);
        rc__cfg_add(k, &n, i, "w_global", RC__KEY_FLOAT, &c->stages[i].w_global);
        rc__cfg_add(k, &n, i, "w_region", RC__KEY_FLOAT, &c->stages[i].w_region);
        rc__cfg_add(k, &n, i, "w_fused", RC__KEY_FLOAT, &c->stages[i].w_fused);
        rc__cfg_add(k, &n, i, "w_vqa", RC__KEY_FLOAT, &c->stages[i].w_vqa);
        rc__cfg_add(k, &n, i, "frozen", RC__KEY_UINT, &c->stages[i].frozen);
    }
    return n;
}

static void rc__w_kv_u32(rc__wbuf *w, const char *key, uint32_t v) {
    rc__w_str(w, key, strlen(key)); rc__w_u32(w, RC__GGUF_UINT32); rc__w_u32(w, v);
}
static void rc__w_kv_f32(rc__wbuf *w, const char *key, float v) {
    uint32_t bits; memcpy(&bits, &v, 4);
    rc__w_str(w, key, strlen(key)); rc__w_u32(w, RC__GGUF_FLOAT32); rc__w_u32(w, bits);
}
static int rc__is_train_key(rc__str key) {
    return key.len >= 6 && !memcmp(key.ptr, "train.", 6);
}

/* The type weight t is exported in under dtype, as convert.py's storage_type: vectors and
   the positional tables f32; under f16 the token embedding f32; under q8_0 / q4_0 f16 where
   blocks of RC__QK cannot run along the rows (not 2-D, rows not a multiple of RC__QK, the
   tables the library binds as floats). */
static int rc__export_type(const rc__gguf_tensor *t, int dtype) {
    if (t->n_dims < 2 || dtype == RC__TYPE_F32 || rc__str_eq(t->name, "t.pos_embd") || rc__str_eq(t->name, "v.pos_embd") ||
        rc__str_eq(t->name, "v.class_embd"))
        return RC__TYPE_F32;
    if (dtype == RC__TYPE_F16 && rc__str_eq(t->name, "t.token_embd.weight")) return RC__TYPE_F32;
    if ((dtype == RC__TYPE_Q8_0 || dtype == RC__TYPE_Q4_0) &&
        (t->n_dims != 2 || t->ne[0] % RC__QK || rc__str_eq(t->name, "t.type_embd") || rc__str_eq(t->name, "vqa.head.weight")))
        return RC__TYPE_F16;
    return dtype;
}

/* Bytes of n values (rows of RC__QK multiples for the block types) stored as type. */
static size_t rc__export_bytes(int type, size_t n) {
    switch (type) {
    case RC__TYPE_F16: case RC__TYPE_BF16: return 2 * n;
    case RC__TYPE_Q8_0: return n / RC__QK * (2 + RC__QK);
    case RC__TYPE_Q4_0: return n / RC__QK * (2 + RC__QK / 2);
    default: return 4 * n;
    }
}

static size_t rc__round_align(size_t n) { return (n + RC__TRAIN_ALIGN - 1) / RC__TRAIN_ALIGN * RC__TRAIN_ALIGN; }

/* The GGUF header (metadata of g with logit_scale = ls, tensor table, padding) of a file
   whose data section is: every weight of g in g's (name) order, as f32 or (dtype not F32,
   export only) in rc__export_type's type, each padded to RC__TRAIN_ALIGN bytes, then
   logit_scale [1]; with_opt adds train.adam_m / train.adam_v [n_floats] after the arena,
   train.param_steps [n_params] (each tensor's AdamW step count, in name order) and the key
   train.step. Returns the header size; writes it when dst != NULL. *n_floats gets the
   arena size (f32 layout). g was validated by the parser. */
static size_t rc__train_header(uint8_t *dst, const rc__gguf *g, float ls, int with_opt, int step, int n_params,
                               const rc_train_config *cfg, int dtype, size_t *n_floats) {
    rc__wbuf w; uint64_t i, n_kv = 0, n_t = 0; size_t off = 0, bytes = 0; uint64_t one = 1;
    rc_train_config c;
    rc__cfg_key keys[RC__CFG_KEYS];
    int n_keys = 0, k;
    w.p = dst; w.n = 0;
    if (with_opt) { c = *cfg; n_keys = rc__cfg_keys(&c, keys, 1); }
    for (i = 0; i < g->n_kv; i++)
        n_kv += !rc__str_eq(g->kv[i].key, "general.alignment") && !rc__is_train_key(g->kv[i].key);
    for (i = 0; i < g->n_tensors; i++) n_t += rc__train_is_weight(g->tensors[i].name);
    rc__w_bytes(&w, "GGUF", 4);
    rc__w_u32(&w, 3);
    rc__w_u64(&w, n_t + 1 + (with_opt ? 3 : 0));
    rc__w_u64(&w, n_kv + (with_opt ? 1 + (uint64_t)n_keys : 0));
    for (i = 0; i < g->n_kv; i++) {
        const rc__gguf_kv *kv = &g->kv[i];
        const uint8_t *raw = kv->type == RC__GGUF_ARRAY ? kv->value - 12 : kv->value;
        rc__reader r;
        if (rc__str_eq(kv->key, "general.alignment") || rc__is_train_key(kv->key)) continue;
        if (rc__str_eq(kv->key, "regionclip.logit_scale")) { rc__w_kv_f32(&w, "regionclip.logit_scale", ls); continue; }
        rc__w_str(&w, kv->key.ptr, kv->key.len);
        r.p = raw; r.end = g->base + g->size; r.err = NULL;
        (void)rc__skip_value(&r, kv->type, 0, "metadata");   /* cannot fail: parsed before */
        rc__w_u32(&w, kv->type);
        rc__w_bytes(&w, raw, (size_t)(r.p - raw));
    }
    if (with_opt) rc__w_kv_u32(&w, "train.step", (uint32_t)step);
    for (k = 0; k < n_keys; k++) {
        if (keys[k].type == RC__KEY_FLOAT) rc__w_kv_f32(&w, keys[k].key, *(const float *)keys[k].p);
        else if (keys[k].type == RC__KEY_UINT) rc__w_kv_u32(&w, keys[k].key, *(const unsigned *)keys[k].p);
        else rc__w_kv_u32(&w, keys[k].key, (uint32_t)*(const int *)keys[k].p);
    }
    for (i = 0; i < g->n_tensors; i++) {
        const rc__gguf_tensor *t = &g->tensors[i];
        const int type = rc__export_type(t, dtype);
        if (!rc__train_is_weight(t->name)) continue;
        rc__w_tensor_info(&w, t->name.ptr, t->name.len, (int)t->n_dims, t->ne, type, bytes);
        off += rc__round8((size_t)t->n_elems);
        bytes += rc__round_align(rc__export_bytes(type, (size_t)t->n_elems));
    }
    rc__w_tensor_info(&w, "logit_scale", 11, 1, &one, RC__TYPE_F32, bytes);
    off += 8;
    *n_floats = off;
    if (with_opt) {
        uint64_t n = off, np = (uint64_t)n_params;
        rc__w_tensor_info(&w, "train.adam_m", 12, 1, &n, RC__TYPE_F32, off * sizeof(float));
        rc__w_tensor_info(&w, "train.adam_v", 12, 1, &n, RC__TYPE_F32, 2 * off * sizeof(float));
        rc__w_tensor_info(&w, "train.param_steps", 17, 1, &np, RC__TYPE_F32, 3 * off * sizeof(float));
    }
    while (w.n % RC__TRAIN_ALIGN) { uint8_t z = 0; rc__w_bytes(&w, &z, 1); }
    return w.n;
}

/* dst[n] = tensor t (of any weight type) as f32. */
static void rc__tensor_f32(const rc__gguf_tensor *t, float *dst) {
    rc__mat all;
    all.data = t->data; all.type = (int)t->type; all.row_bytes = t->nbytes;
    rc__mat_dequant(all, 0, 0, (size_t)t->n_elems, dst);
}

static int rc__contains(rc__str s, const char *sub) {
    size_t n = strlen(sub), i;
    for (i = 0; i + n <= s.len; i++) if (!memcmp(s.ptr + i, sub, n)) return 1;
    return 0;
}
static int rc__starts(rc__str s, const char *prefix) {
    size_t n = strlen(prefix);
    return s.len >= n && !memcmp(s.ptr, prefix, n);
}
static int rc__param_order(const void *a, const void *b) {
    return rc__str_cmp(((const rc__param *)a)->name, ((const rc__param *)b)->name);
}

/* The parameter table from the trainer's own GGUF (every tensor is a parameter). Groups by
   name; decay as open_clip's main.py: not for ndim < 2 or names holding "bn", "ln", "bias"
   or "logit_scale" (docs/training.md lists what that means for our names). */
static rc_status rc__train_table(rc_trainer *t) {
    const rc__gguf *g = &t->model->gguf; uint64_t i;
    t->params = (rc__param *)rc__calloc(&t->alloc, (size_t)g->n_tensors * sizeof *t->params);
    if (!t->params) return rc__fail(&t->err, RC_ERR_NOMEM, "out of memory for the parameter table");
    for (i = 0; i < g->n_tensors; i++) {
        const rc__gguf_tensor *gt = &g->tensors[i];
        rc__param *p = &t->params[t->n_params++];
        /* the rule looks at the source's ndim: timm keeps cls_token as [1][1][W] (decayed),
           OpenAI CLIP class_embedding as [W] (not); our files store both as [W] */
        int ndim = rc__str_eq(gt->name, "v.class_embd") && t->model->info.family == RC_FAMILY_BIOMEDCLIP ? 3 : (int)gt->n_dims;
        p->name = gt->name;
        p->off = (size_t)((const float *)(const void *)gt->data - t->param);
        p->count = (size_t)gt->n_elems;
        p->group = rc__str_eq(gt->name, "logit_scale") ? RC_GROUP_LOGIT_SCALE :
                   rc__starts(gt->name, "v.proj.") || rc__starts(gt->name, "t.proj.") ? RC_GROUP_PROJ :
                   rc__starts(gt->name, "v.") ? RC_GROUP_IMAGE : rc__starts(gt->name, "t.") ? RC_GROUP_TEXT :
                   rc__starts(gt->name, "vqa.") ? RC_GROUP_VQA : RC_GROUP_ROI;
        p->decay = ndim >= 2 && !rc__contains(gt->name, "bn") && !rc__contains(gt->name, "ln") &&
                   !rc__contains(gt->name, "bias") && !rc__contains(gt->name, "logit_scale");
    }
    qsort(t->params, (size_t)t->n_params, sizeof *t->params, rc__param_order);
    return RC_OK;
}

static const rc__param *rc__train_find(const rc_trainer *t, const char *name) {
    rc__param probe;
    probe.name.ptr = name; probe.name.len = strlen(name);
    return (const rc__param *)bsearch(&probe, t->params, (size_t)t->n_params, sizeof probe, rc__param_order);
}

/* Gradient slot of weight p (a pointer into the arena), or NULL when its group is frozen
   (or p is NULL: an absent optional tensor). */
static float *rc__gslot(const rc_trainer *t, const void *p, unsigned group) {
    if (!p || (t->now.frozen & group)) return NULL;
    return t->grad + ((const float *)p - t->param);
}

/* The stage of optimizer step t->step into t->now (and its first step into t->stage_start):
   the configuration's single stage, or the progressive schedule's. ROI is always frozen when
   no loss can reach it (handled by rc__param_live). */
static void rc__train_stage(rc_trainer *t) {
    const rc_train_config *c = &t->cfg;
    int k = 0, start = 0;
    if (c->n_stages == 0) {
        t->now.steps = c->total_steps; t->now.lr = c->lr; t->now.warmup_steps = c->warmup_steps;
        t->now.w_global = c->w_global; t->now.w_region = c->w_region; t->now.w_fused = c->w_fused;
        t->now.w_vqa = c->w_vqa; t->now.frozen = c->frozen; t->stage_start = 0;
        return;
    }
    while (k + 1 < c->n_stages && t->step >= start + c->stages[k].steps) start += c->stages[k++].steps;
    t->now = c->stages[k]; t->stage_start = start;
}

/* open_clip's cosine_lr for the stage's step k (0-based): warmup, then cosine to 0. */
static double rc__train_lr(const rc_train_stage *st, int k) {
    const double pi = 3.14159265358979323846;
    if (k < st->warmup_steps) return (double)st->lr * (k + 1) / st->warmup_steps;
    return 0.5 * (1.0 + cos(pi * (k - st->warmup_steps) / (st->steps - st->warmup_steps))) * st->lr;
}

/* ---- caches and scratch: one plan ---------------------------------------------------- */

/* Floats of attention-backward scratch per thread: keys, values and their gradients
   transposed [4][head_dim][Tp], and three rows [3][Tp] (Tp = max_len rounded up to a vector). */
static size_t rc__attention_bwd_scratch(size_t max_len, size_t head_dim) {
    return (4 * head_dim + 3) * ((max_len + RC__VW - 1) / RC__VW * RC__VW);
}

typedef struct rc__plan { char *base; size_t used; int ok; } rc__plan;
static void *rc__plan_take(rc__plan *p, size_t count, size_t elem) {
    size_t bytes, at = (p->used + 63) & ~(size_t)63;
    if (!p->ok || !rc__mul(count, elem, &bytes) || !rc__add(at, bytes, &p->used)) { p->ok = 0; return NULL; }
    return p->base ? p->base + at : NULL;
}
#define RC__TAKEF(p, n) ((float *)rc__plan_take(p, n, sizeof(float)))
#define RC__TAKEI(p, n) ((int *)rc__plan_take(p, n, sizeof(int)))

static void rc__plan_tower(rc__plan *p, rc__tcache *c, const rc__tower *tw, size_t B, size_t R,
                           size_t E, size_t patch_floats) {
    size_t L = (size_t)tw->layers, RW = rc__prod(R, (size_t)tw->width), RM = rc__prod(R, (size_t)tw->mlp_dim);
    int k;
    c->emb = RC__TAKEF(p, RW);
    c->patches = patch_floats ? RC__TAKEF(p, patch_floats) : NULL;
    c->x = RC__TAKEF(p, rc__prod(L + 1, RW));
    c->ln1 = RC__TAKEF(p, rc__prod(L, RW)); c->att = RC__TAKEF(p, rc__prod(L, RW));
    c->mid = RC__TAKEF(p, rc__prod(L, RW)); c->ln2 = RC__TAKEF(p, rc__prod(L, RW));
    c->qkv = RC__TAKEF(p, rc__prod(L, rc__prod(RW, 3)));
    c->fc = RC__TAKEF(p, rc__prod(L, RM)); c->act = RC__TAKEF(p, rc__prod(L, RM));
    c->pool_in = RC__TAKEF(p, rc__prod(B, (size_t)tw->width)); c->pooled = RC__TAKEF(p, rc__prod(B, (size_t)tw->width));
    for (k = 0; k < tw->n_proj; k++) {
        c->pre[k] = RC__TAKEF(p, rc__prod(B, (size_t)tw->proj[k].out));
        c->post[k] = k + 1 < tw->n_proj ? RC__TAKEF(p, rc__prod(B, (size_t)tw->proj[k].out)) : c->pre[k];
    }
    c->z = RC__TAKEF(p, rc__prod(B, E)); c->norm = RC__TAKEF(p, B);
    c->seq_start = RC__TAKEI(p, B); c->seq_len = RC__TAKEI(p, B); c->pool_row = RC__TAKEI(p, B);
    c->row_tok = RC__TAKEI(p, R); c->row_pos = RC__TAKEI(p, R);
}

static void rc__train_plan(rc_trainer *t, rc__plan *p) {
    const rc_model *m = t->model;
    /* B images (plus Rr crops in crop mode: Bv through the image tower), Bt texts (captions,
       reports, region captions, negatives, questions), Rr boxes, Qm questions, A answers */
    size_t B = (size_t)t->cfg.max_batch, N = (size_t)m->n_patches, T = N + 1, C = (size_t)m->context_length;
    size_t K = 3 * (size_t)m->patch_size * m->patch_size, E = (size_t)m->info.embed_dim;
    size_t Rr = (size_t)t->cfg.max_regions, Bv = B + (t->cfg.crop_regions ? Rr : 0);
    size_t Qm = (size_t)t->cfg.max_questions, A = (size_t)m->info.vqa_answers;
    size_t Bt = 2 * B + rc__prod(Rr, 1 + (size_t)t->cfg.max_negatives) + Qm;
    size_t Rv = rc__prod(Bv, T), Rt = rc__prod(Bt, C), Rm = rc__max_z(Rv, Rt), maxT = rc__max_z(T, C);
    size_t W = rc__max_z((size_t)m->vis.width, (size_t)m->txt.width);
    size_t M = rc__max_z((size_t)m->vis.mlp_dim, (size_t)m->txt.mlp_dim);
    size_t D = rc__max_z(rc__max_z(3 * W, M), rc__max_z(K, 2 * E)), maxP = rc__max_z(W, E), th = (size_t)t->n_threads;
    size_t Tm = rc__max_z(Bt, Bv), nl = rc__max_z(B, Rr), Hf = (size_t)(m->roi_heads ? m->roi_heads : 1);
    int k, i;
    for (k = 0; k < 2; k++)
        for (i = 0; i < (k ? m->txt.n_proj : m->vis.n_proj); i++) {
            const rc__linear *l = k ? &m->txt.proj[i] : &m->vis.proj[i];
            D = rc__max_z(D, rc__max_z((size_t)l->in, (size_t)l->out));
            maxP = rc__max_z(maxP, (size_t)l->out);
        }
    rc__plan_tower(p, &t->vc, &m->vis, Bv, Rv, E, rc__prod(rc__prod(Bv, N), K));
    rc__plan_tower(p, &t->tc, &m->txt, Bt, Rt, E, 0);
    t->dx = RC__TAKEF(p, rc__prod(Rm, W)); t->dh = RC__TAKEF(p, rc__prod(Rm, W));
    t->dqkv = RC__TAKEF(p, rc__prod(Rm, rc__max_z(3 * W, K)));
    t->dm = RC__TAKEF(p, rc__prod(Rm, M));
    t->ta = RC__TAKEF(p, rc__prod(rc__max_z(Rm, D), D)); t->tb = RC__TAKEF(p, rc__prod(rc__max_z(Rm, D), D));
    t->ln_stats = RC__TAKEF(p, rc__prod(Rm, 2));
    t->pack = RC__TAKEF(p, rc__matmul_scratch(th, D));
    t->mm = rc__mm_over(t->pack, t->n_threads, D, NULL, 0);
    t->att_fwd = RC__TAKEF(p, rc__prod(th, rc__attention_scratch(maxT, W)));
    t->att_bwd = RC__TAKEF(p, rc__prod(th, rc__attention_bwd_scratch(maxT, W)));
    t->pix_all = t->cfg.crop_regions ? RC__TAKEF(p, rc__prod(Bv, 3 * (size_t)m->image_size * m->image_size)) : NULL;
    t->d1 = RC__TAKEF(p, rc__prod(Tm, maxP)); t->d2 = RC__TAKEF(p, rc__prod(Tm, maxP));
    t->dzi = RC__TAKEF(p, rc__prod(B, E)); t->dzt = RC__TAKEF(p, rc__prod(Bt, E));
    t->lg = (double *)rc__plan_take(p, rc__prod(2 * nl, nl + (size_t)t->cfg.max_negatives), sizeof(double));
    t->text_ids = (int32_t *)rc__plan_take(p, rc__prod(Bt, C), sizeof(int32_t));
    t->feat = RC__TAKEF(p, rc__prod(rc__prod(B, N), W));   /* dfeat: also the one-hot maps and their bins */
    t->dfeat = RC__TAKEF(p, rc__prod(rc__max_z(rc__prod(B, N), N + RC_ROI_OUTPUT_SIZE * RC_ROI_OUTPUT_SIZE), W));
    t->rw = RC__TAKEF(p, rc__prod(Rr, N)); t->rimg = RC__TAKEI(p, Rr); t->rpool = RC__TAKEF(p, rc__prod(Rr, W));
    for (k = 0; k < m->vis.n_proj; k++) {
        t->rpre[k] = RC__TAKEF(p, rc__prod(Rr, (size_t)m->vis.proj[k].out));
        t->rpost[k] = k + 1 < m->vis.n_proj ? RC__TAKEF(p, rc__prod(Rr, (size_t)m->vis.proj[k].out)) : t->rpre[k];
    }
    t->rvec = RC__TAKEF(p, rc__prod(Rr, E)); t->rz = RC__TAKEF(p, rc__prod(Rr, E)); t->rnorm = RC__TAKEF(p, Rr);
    t->dzr = RC__TAKEF(p, rc__prod(Rr, E)); t->dr = RC__TAKEF(p, rc__prod(Rr, E));
    t->ftok = RC__TAKEF(p, rc__prod(B + Rr, E)); t->fdtok = RC__TAKEF(p, rc__prod(B + Rr, E));
    t->fkv = RC__TAKEF(p, rc__prod(B + Rr, 2 * E)); t->fdkv = RC__TAKEF(p, rc__prod(B + Rr, 2 * E));
    t->falpha = RC__TAKEF(p, rc__prod(B + Rr, Hf));
    t->fq = RC__TAKEF(p, rc__prod(B, E)); t->facc = RC__TAKEF(p, rc__prod(B, E)); t->fo = RC__TAKEF(p, rc__prod(B, E));
    t->fa = RC__TAKEF(p, rc__prod(B, E)); t->fcat = RC__TAKEF(p, rc__prod(B, 2 * E)); t->fz = RC__TAKEF(p, rc__prod(B, E));
    t->fzn = RC__TAKEF(p, rc__prod(B, E)); t->fnorm = RC__TAKEF(p, B);
    t->dzf = RC__TAKEF(p, rc__prod(B, E)); t->dg = RC__TAKEF(p, rc__prod(B, E));
    t->fd1 = RC__TAKEF(p, rc__prod(B, 2 * E)); t->fd2 = RC__TAKEF(p, rc__prod(B, 2 * E)); t->fd3 = RC__TAKEF(p, rc__prod(B, 2 * E));
    t->vqd = RC__TAKEF(p, rc__prod(Qm, 2 * E));
    t->vql = (double *)rc__plan_take(p, rc__prod(Qm, A), sizeof(double)); t->qimg = RC__TAKEI(p, Qm);
}

/* ---- backward kernels (plain loops, OpenMP over independent rows/columns) ------------- */

/* dst[cols][rows] = src[rows][cols]^T */
static void rc__transpose(float *dst, const float *src, int rows, int cols) {
    enum { TB = 32 };              /* tiles of TB x TB: both sides' lines stay in L1 */
    const long n_rt = (rows + TB - 1) / TB, n_ct = (cols + TB - 1) / TB;
    long tile;
    RC__OMP(parallel for schedule(static))
    for (tile = 0; tile < n_rt * n_ct; tile++) {
        int i0 = (int)(tile % n_rt) * TB, j0 = (int)(tile / n_rt) * TB;
        int ni = rows - i0 < TB ? rows - i0 : TB, nj = cols - j0 < TB ? cols - j0 : TB;
        rc__copy_transposed(dst + (size_t)j0 * rows + i0, (size_t)rows, src + (size_t)i0 * cols + j0, (size_t)cols, ni, ni, nj);
    }
}

/* An f32 matrix w[rows][cols] as an rc__mat (the transposed copies below). */
static rc__mat rc__f32mat(const float *w, int cols) {
    rc__mat m;
    m.data = (const uint8_t *)(const void *)w; m.type = RC__TYPE_F32; m.row_bytes = (size_t)cols * sizeof(float);
    return m;
}

/* Backward of y[n][dout] = x[n][din] w[dout][din]^T + b, given dy:
   dw += dy^T x, db += column sums of dy (each skipped when NULL), and dx = dy w (added to
   dx when accumulate) unless dx is NULL. Transposes go through t->ta / t->tb, so the work
   is the forward's packed matmul. */
static void rc__linear_backward(rc_trainer *t, float *dx, int accumulate, float *dw, float *db,
                                const float *dy, const float *x, rc__mat w, int n, int din, int dout) {
    if (dw || db) {
        rc__transpose(t->ta, dy, n, dout);                       /* [dout][n] */
        if (db) {
            long j;
            RC__OMP(parallel for schedule(static))
            for (j = 0; j < (long)dout; j++) {
                const float *r = t->ta + (size_t)j * n; double s = 0.0; int i;
                for (i = 0; i < n; i++) s += r[i];
                db[j] += (float)s;
            }
        }
        if (dw) {
            rc__transpose(t->tb, x, n, din);                     /* [din][n] */
            rc__matmul(dw, t->ta, rc__f32mat(t->tb, n), NULL, dout, n, din, 1, &t->mm);
        }
    }
    if (dx) {
        rc__transpose(t->tb, rc__mat_f32(w), dout, din);         /* [din][dout] */
        rc__matmul(dx, dy, rc__f32mat(t->tb, dout), NULL, n, dout, din, accumulate, &t->mm);
    }
}

/* Backward of y = LayerNorm(x) * w + b over x[n][dim], given dy: dx (=, or += when
   accumulate; skipped when NULL), dw += sum dy * xhat, db += sum dy (skipped when NULL). */
static void rc__layernorm_backward(rc_trainer *t, float *dx, int accumulate, float *dw, float *db,
                                   const float *dy, const float *x, const float *w, int n, int dim, float eps) {
    float *st = t->ln_stats;
    long i, k;
    RC__OMP(parallel for schedule(static))
    for (i = 0; i < (long)n; i++) {
        const float *xr = x + (size_t)i * dim, *g = dy + (size_t)i * dim;
        double a = 0.0, b = 0.0;
        float rstd, fm; int j;
        rc__row_stats(xr, dim, eps, &fm, &rstd);
        st[2 * i] = fm; st[2 * i + 1] = rstd;
        if (!dx) continue;
        for (j = 0; j < dim; j++) {
            double gw = (double)g[j] * w[j];
            a += gw; b += gw * ((xr[j] - fm) * rstd);
        }
        a /= dim; b /= dim;
        for (j = 0; j < dim; j++) {
            float xhat = (xr[j] - fm) * rstd;
            float v = rstd * (float)(g[j] * w[j] - a - xhat * b);
            dx[(size_t)i * dim + j] = accumulate ? dx[(size_t)i * dim + j] + v : v;
        }
    }
    if (!dw && !db) return;
    RC__OMP(parallel for schedule(static))
    for (k = 0; k < (long)dim; k++) {
        double sw = 0.0, sb = 0.0; int r;
        for (r = 0; r < n; r++) {
            float g = dy[(size_t)r * dim + k];
            sw += (double)g * ((x[(size_t)r * dim + k] - st[2 * r]) * st[2 * r + 1]);
            sb += g;
        }
        if (dw) dw[k] += (float)sw;
        if (db) db[k] += (float)sb;
    }
}

/* d[n] *= act'(pre[n]) for pre the activation's input. */
static void rc__activate_backward(float *d, const float *pre, size_t n, int act) {
    long i;
    if (act == RC__ACT_GELU) {
        RC__OMP(parallel for schedule(static))
        for (i = 0; i < (long)n; i++) {
            float x = pre[i];
            d[i] *= 0.5f * (1.0f + erff(x * 0.70710678118654752f)) + x * 0.39894228040143268f * expf(-0.5f * x * x);
        }
    } else {
        RC__OMP(parallel for schedule(static))
        for (i = 0; i < (long)n; i++) {
            float x = pre[i], s = 1.0f / (1.0f + expf(-1.702f * x));
            d[i] *= s + 1.702f * x * s * (1.0f - s);
        }
    }
}

/* Backward of rc__attention: given dout[rows][width] and the forward's qkv, writes
   dqkv[rows][3*width] (every element of the sequences' rows). Per (sequence, head) the keys
   and values are transposed once, as in the forward: for each query row the probabilities
   p = softmax(q . k / sqrt(hd)) (recomputed) and dp = dout . v are vector sweeps, then
   ds = p (dp - sum p dp) / sqrt(hd), dq = sum_j ds_j k_j, and dk, dv (transposed) take the
   rank-1 updates ds q and p dout. scratch: [n_threads][rc__attention_bwd_scratch(max_len, hd)]. */
static void rc__attention_backward(float *dqkv, const float *dout, const float *qkv, const int *seq_start,
                                   const int *seq_len, int n_seq, int width, int heads, int causal,
                                   float *scratch, int max_len, int n_threads) {
    int hd = width / heads, hv = hd / RC__VW * RC__VW, task, Tp = (max_len + RC__VW - 1) / RC__VW * RC__VW;
    float scale = 1.0f / sqrtf((float)hd);
    (void)n_threads;
    RC__OMP(parallel for num_threads(n_threads) schedule(dynamic, 1))
    for (task = 0; task < n_seq * heads; task++) {
        int s = task / heads, h = task % heads, T = seq_len[s], i, j, d;
        size_t W3 = (size_t)3 * width;
        const float *base = qkv + (size_t)seq_start[s] * W3 + h * hd;
        float *dbase = dqkv + (size_t)seq_start[s] * W3 + h * hd;
        float *kt = scratch + (size_t)rc__thread_id() * rc__attention_bwd_scratch((size_t)max_len, (size_t)hd);
        float *vt = kt + (size_t)hd * Tp, *dkt = vt + (size_t)hd * Tp, *dvt = dkt + (size_t)hd * Tp;
        float *p = dvt + (size_t)hd * Tp, *dp = p + Tp, *ds = dp + Tp;
        rc__copy_transposed(kt, (size_t)Tp, base + width, W3, T, Tp, hd);
        rc__copy_transposed(vt, (size_t)Tp, base + 2 * width, W3, T, Tp, hd);
        memset(dkt, 0, sizeof(float) * 2 * hd * Tp);                     /* dkt, dvt */
        for (i = 0; i < T; i++) {
            const float *q = base + i * W3, *go = dout + ((size_t)seq_start[s] + i) * width + h * hd;
            float *dq = dbase + i * W3, acc = 0.0f;
            int nk = causal ? i + 1 : T, nkp = (nk + RC__VW - 1) / RC__VW * RC__VW;
            rc__weighted_rows(p, 0, q, 0, 1, kt, (size_t)Tp, hd, nkp / RC__VW);     /* p = q . k */
            rc__weighted_rows(dp, 0, go, 0, 1, vt, (size_t)Tp, hd, nkp / RC__VW);  /* dp = dout . v */
            rc__softmax_row(p, nk, nkp, scale);                      /* the forward's probabilities */
            for (j = 0; j < nk; j++) acc += p[j] * dp[j];
            for (j = 0; j < nk; j++) ds[j] = p[j] * (dp[j] - acc) * scale;
            rc__weighted_rows(dq, 0, ds, 0, 1, base + width, W3, nk, hv / RC__VW);  /* dq = sum_j ds_j k_j */
            for (d = hv; d < hd; d++) {
                float a = 0.0f;
                for (j = 0; j < nk; j++) a += ds[j] * base[j * W3 + width + d];
                dq[d] = a;
            }
            for (d = 0; d < hd; d++) {                              /* dk += ds q, dv += p dout */
                float qd = q[d], gd = go[d], *dk = dkt + (size_t)d * Tp, *dv = dvt + (size_t)d * Tp;
                for (j = 0; j < nk; j++) { dk[j] += ds[j] * qd; dv[j] += p[j] * gd; }
            }
        }
        for (j = 0; j < T; j++)
            for (d = 0; d < hd; d++) {
                dbase[j * W3 + width + d] = dkt[(size_t)d * Tp + j];
                dbase[j * W3 + 2 * width + d] = dvt[(size_t)d * Tp + j];
            }
    }
}

/* ---- forward with cache -------------------------------------------------------------- */

/* The blocks over c->rows rows from c->x (layer 0) to c->x + L*R*W, caching every input the
   backward pass needs. Pre-LN (CLIP, timm), per layer caches ln1 = LN1(x), mid = x + attn,
   ln2 = LN2(mid); x' = mid + mlp(ln2). Post-LN (BERT) reuses the same arrays for
   ln1 = x + attn(x) (LN1's input), mid = LN1(ln1), ln2 = mid + mlp(mid) (LN2's input);
   x' = LN2(ln2). */
static void rc__train_blocks_forward(rc_trainer *t, const rc__tower *tw, rc__tcache *c, int n_seq, int causal,
                                     int post_ln) {
    int W = tw->width, M = tw->mlp_dim, R = c->rows, l;
    size_t full = (size_t)R * W, RM = (size_t)R * M;
    for (l = 0; l < tw->layers; l++) {
        const rc__block *b = &tw->blocks[l];
        float *x = c->x + l * full, *xn = x + full;
        float *ln1 = c->ln1 + l * full, *att = c->att + l * full, *mid = c->mid + l * full, *ln2 = c->ln2 + l * full;
        float *qkv = c->qkv + 3 * l * full, *fc = c->fc + l * RM, *act = c->act + l * RM;
        float *sum1 = post_ln ? ln1 : mid, *mlp_in = post_ln ? mid : ln2, *sum2 = post_ln ? ln2 : xn;
        if (!post_ln) rc__layernorm(ln1, x, b->ln1_w, b->ln1_b, R, W, tw->ln_eps);
        rc__matmul(qkv, post_ln ? x : ln1, b->qkv_w, b->qkv_b, R, W, 3 * W, 0, &t->mm);
        rc__attention(att, qkv, c->seq_start, c->seq_len, n_seq, W, tw->heads, causal, t->att_fwd, c->max_len, t->n_threads, 0);
        memcpy(sum1, x, full * sizeof(float));
        rc__matmul(sum1, att, b->out_w, b->out_b, R, W, W, 1, &t->mm);
        if (post_ln) rc__layernorm(mid, ln1, b->ln1_w, b->ln1_b, R, W, tw->ln_eps);
        else rc__layernorm(ln2, mid, b->ln2_w, b->ln2_b, R, W, tw->ln_eps);
        rc__matmul(fc, mlp_in, b->fc_w, b->fc_b, R, W, M, 0, &t->mm);
        memcpy(act, fc, RM * sizeof(float));
        rc__activate(act, RM, tw->act);
        memcpy(sum2, mid, full * sizeof(float));
        rc__matmul(sum2, act, b->proj_w, b->proj_b, R, M, W, 1, &t->mm);
        if (post_ln) rc__layernorm(xn, ln2, b->ln2_w, b->ln2_b, R, W, tw->ln_eps);
    }
}

/* Projection layers of tw on in[n][width] -> returns the output [n][E] (pre[K-1]); pre[k] /
   post[k] [n][out_k] keep each layer's output before / after the activation. */
static const float *rc__proj_forward(rc_trainer *t, const rc__tower *tw, const float *in, float *const *pre,
                                     float *const *post, int n) {
    int k;
    for (k = 0; k < tw->n_proj; k++) {
        const rc__linear *l = &tw->proj[k];
        rc__matmul(pre[k], in, l->w, l->b, n, l->in, l->out, 0, &t->mm);
        if (k + 1 < tw->n_proj) {
            memcpy(post[k], pre[k], (size_t)n * l->out * sizeof(float));
            rc__activate(post[k], (size_t)n * l->out, tw->act);
        }
        in = post[k];
    }
    return in;
}

/* z[n][E] = e / max(|e|, 1e-12) as torch.nn.functional.normalize; norm[n] keeps the divisor. */
static void rc__l2_forward(float *z, float *norm, const float *e, int n, int E) {
    int b, j;
    for (b = 0; b < n; b++) {
        double ss = 0.0;
        for (j = 0; j < E; j++) ss += (double)e[(size_t)b * E + j] * e[(size_t)b * E + j];
        norm[b] = (float)(sqrt(ss) > 1e-12 ? sqrt(ss) : 1e-12);
        for (j = 0; j < E; j++) z[(size_t)b * E + j] = e[(size_t)b * E + j] / norm[b];
    }
}

/* de[n][E] (= or +=) (dz - z (z . dz)) / norm: the backward of rc__l2_forward. */
static void rc__l2_backward(float *de, int accumulate, const float *dz, const float *z, const float *norm, int n, int E) {
    int b, j;
    for (b = 0; b < n; b++) {
        const float *zb = z + (size_t)b * E, *g = dz + (size_t)b * E;
        double dot = 0.0;
        for (j = 0; j < E; j++) dot += (double)zb[j] * g[j];
        for (j = 0; j < E; j++) {
            float v = (float)((g[j] - zb[j] * dot) / norm[b]);
            de[(size_t)b * E + j] = accumulate ? de[(size_t)b * E + j] + v : v;
        }
    }
}

/* Pools c->pool_row of the last block's output, final LN (if ln_w), projection layers, L2 norm. */
static void rc__train_head_forward(rc_trainer *t, const rc__tower *tw, rc__tcache *c, int B,
                                   const float *ln_w, const float *ln_b) {
    int W = tw->width, b;
    const float *xl = c->x + (size_t)tw->layers * c->rows * W, *e;
    for (b = 0; b < B; b++) memcpy(c->pool_in + (size_t)b * W, xl + (size_t)c->pool_row[b] * W, (size_t)W * sizeof(float));
    if (ln_w) rc__layernorm(c->pooled, c->pool_in, ln_w, ln_b, B, W, tw->ln_eps);
    else memcpy(c->pooled, c->pool_in, (size_t)B * W * sizeof(float));   /* BERT: the [CLS] row as is */
    e = rc__proj_forward(t, tw, c->pooled, c->pre, c->post, B);
    rc__l2_forward(c->z, c->norm, e, B, t->model->info.embed_dim);
}

static void rc__train_vision_forward(rc_trainer *t, const float *pix, int B) {
    const rc_model *m = t->model;
    rc__tcache *c = &t->vc;
    int W = m->vis.width, P = m->patch_size, S = m->image_size, G = S / P, N = m->n_patches;
    int T = N + 1, K = 3 * P * P, b, r;
    long pi;
    RC__OMP(parallel for schedule(static))
    for (pi = 0; pi < (long)B * N; pi++) {     /* im2col: patches[b][p][c][ky][kx] */
        int bb = (int)(pi / N), p = (int)(pi % N), py = p / G, px = p % G, ch, ky;
        for (ch = 0; ch < 3; ch++)
            for (ky = 0; ky < P; ky++)
                memcpy(c->patches + (size_t)pi * K + (ch * P + ky) * P,
                       pix + (((size_t)bb * 3 + ch) * S + (size_t)py * P + ky) * S + (size_t)px * P, (size_t)P * sizeof(float));
    }
    c->rows = B * T; c->max_len = T;
    for (b = 0; b < B; b++) {
        float *eb = c->emb + (size_t)b * T * W;
        rc__matmul(eb + W, c->patches + (size_t)b * N * K, m->patch_w, m->patch_b, N, K, W, 0, &t->mm);
        memcpy(eb, m->class_embd, (size_t)W * sizeof(float));
        for (r = 0; r < T * W; r++) eb[r] += m->vis_pos[r];
        c->seq_start[b] = b * T; c->seq_len[b] = T; c->pool_row[b] = b * T;
    }
    if (m->pre_ln_w) rc__layernorm(c->x, c->emb, m->pre_ln_w, m->pre_ln_b, c->rows, W, m->vis.ln_eps);
    else memcpy(c->x, c->emb, (size_t)c->rows * W * sizeof(float));
    rc__train_blocks_forward(t, &m->vis, c, B, 0, 0);
    rc__train_head_forward(t, &m->vis, c, B, m->post_ln_w, m->post_ln_b);
}

/* Text tower on the rows the inference path computes: causal, each id row up to its end
   token (the first maximal id, as torch.argmax; later rows cannot reach the loss); BERT,
   every non-[PAD] position (the attention mask hides [PAD] rows from every other row). */
static rc_status rc__train_text_forward(rc_trainer *t, const int32_t *ids, int B) {
    const rc_model *m = t->model;
    rc__tcache *c = &t->tc;
    int W = m->txt.width, C = m->context_length, bert = m->text_arch == RC__TEXT_BERT, b, p, k;
    int32_t pad = (int32_t)m->wp.pad_id;
    c->rows = 0; c->max_len = 0;
    for (b = 0; b < B; b++) {
        const int32_t *row = ids + (size_t)b * C;
        int end = 0;
        for (p = 0; p < C; p++) {
            if (row[p] < 0 || row[p] >= m->vocab_size)
                return rc__fail(&t->err, RC_ERR_VALUE, "text %d: token id %d at position %d is outside the vocabulary", b, (int)row[p], p);
            if (row[p] > row[end]) end = p;
        }
        if (bert && row[0] == pad) return rc__fail(&t->err, RC_ERR_VALUE, "text %d: the first token is padding", b);
        c->seq_start[b] = c->rows; c->pool_row[b] = bert ? c->rows : c->rows + end;
        for (p = 0; p < (bert ? C : end + 1); p++) {
            float *e = c->emb + (size_t)c->rows * W;
            const float *tok = rc__mat_f32(m->token_embd) + (size_t)row[p] * W, *pos = m->txt_pos + (size_t)p * W;
            if (bert && row[p] == pad) continue;
            for (k = 0; k < W; k++) e[k] = tok[k] + pos[k] + (bert ? m->type_embd[k] : 0.0f);
            c->row_tok[c->rows] = row[p]; c->row_pos[c->rows] = p;
            c->rows++;
        }
        c->seq_len[b] = c->rows - c->seq_start[b];
        if (c->seq_len[b] > c->max_len) c->max_len = c->seq_len[b];
    }
    if (bert) rc__layernorm(c->x, c->emb, m->embd_ln_w, m->embd_ln_b, c->rows, W, m->txt.ln_eps);
    else memcpy(c->x, c->emb, (size_t)c->rows * W * sizeof(float));
    rc__train_blocks_forward(t, &m->txt, c, B, !bert, bert);
    rc__train_head_forward(t, &m->txt, c, B, m->final_ln_w, m->final_ln_b);   /* BERT: no final LN (NULL) */
    return RC_OK;
}

/* InfoNCE between a[n][E] and b[n][E] (pair i = (a_i, b_i), both L2-normalized), logits
   exp(s) a . b: row i is a softmax over [b_0 .. b_{n-1}, neg_i,0 .. neg_i,K-1] (its own K
   negatives neg[n][K][E]; K = 0 is open_clip's ClipLoss) with target i, column j a softmax
   over the a's with target j (negatives have no column); loss = (mean over rows + mean over
   columns) / 2, computed in double. Adds g * d loss / d (a, b, neg, s) to da, db, dneg, *dls
   and returns the loss. */
static double rc__info_nce(rc_trainer *t, const float *a, const float *b, const float *neg, int n, int K,
                           float g, float *da, float *db, float *dneg, float *dls) {
    int E = t->model->info.embed_dim, w = n + K, i, j, k, dir;
    double s = exp((double)*t->ls), loss = 0.0, dsum = 0.0;
    double *lg = t->lg, *dl = t->lg + (size_t)n * w;   /* [n][n + K] logits and their gradient */
    for (i = 0; i < n; i++)
        for (j = 0; j < w; j++) {
            const float *y = j < n ? b + (size_t)j * E : neg + ((size_t)i * K + (j - n)) * E;
            double dot = 0.0;
            for (k = 0; k < E; k++) dot += (double)a[(size_t)i * E + k] * y[k];
            lg[(size_t)i * w + j] = s * dot;
            dl[(size_t)i * w + j] = 0.0;
        }
    for (dir = 0; dir < 2; dir++) {    /* 0: rows (over w candidates), 1: columns (over n) */
        size_t rs = dir ? 1 : (size_t)w, cs = dir ? (size_t)w : 1;   /* strides of (i, j) */
        int cand = dir ? n : w;
        for (i = 0; i < n; i++) {
            double mx = -DBL_MAX, sum = 0.0;
            for (j = 0; j < cand; j++) if (lg[i * rs + j * cs] > mx) mx = lg[i * rs + j * cs];
            for (j = 0; j < cand; j++) sum += exp(lg[i * rs + j * cs] - mx);
            loss += (mx + log(sum) - lg[i * rs + i * cs]) / (2.0 * n);
            for (j = 0; j < cand; j++) dl[i * rs + j * cs] += (exp(lg[i * rs + j * cs] - mx) / sum - (i == j)) / (2.0 * n) * g;
        }
    }
    for (i = 0; i < n; i++)
        for (k = 0; k < E; k++) {
            double ga = 0.0, gb = 0.0;
            for (j = 0; j < w; j++)
                ga += dl[(size_t)i * w + j] * (j < n ? b[(size_t)j * E + k] : neg[((size_t)i * K + (j - n)) * E + k]);
            for (j = 0; j < n; j++) gb += dl[(size_t)j * w + i] * a[(size_t)j * E + k];
            da[(size_t)i * E + k] += (float)(s * ga);
            db[(size_t)i * E + k] += (float)(s * gb);
            for (j = 0; j < K; j++) dneg[((size_t)i * K + j) * E + k] += (float)(s * dl[(size_t)i * w + n + j] * a[(size_t)i * E + k]);
        }
    for (i = 0; i < n * w; i++) dsum += dl[i] * lg[i];
    *dls += (float)dsum;
    return loss;
}

/* ---- backward ------------------------------------------------------------------------ */

/* Backward of a block's MLP branch y = act(in Wfc^T + bfc) Wp^T + bp (in, fc, act [R][...]
   from the cache) given dy [R][W]: d in written to dst (added when accumulate). dst may be
   dy. Uses t->dm. */
static void rc__mlp_backward(rc_trainer *t, const rc__tower *tw, const rc__block *b, unsigned group, int R,
                             const float *dy, const float *in, const float *fc, const float *act, float *dst,
                             int accumulate) {
    int W = tw->width, M = tw->mlp_dim;
    rc__linear_backward(t, t->dm, 0, rc__gslot(t, b->proj_w.data, group), rc__gslot(t, b->proj_b, group),
                        dy, act, b->proj_w, R, M, W);
    rc__activate_backward(t->dm, fc, (size_t)R * M, tw->act);
    rc__linear_backward(t, dst, accumulate, rc__gslot(t, b->fc_w.data, group), rc__gslot(t, b->fc_b, group),
                        t->dm, in, b->fc_w, R, W, M);
}

/* Backward of a block's attention branch y = attn(in Wqkv^T + bqkv) Wo^T + bo given
   dy = t->dx: d in written to dst (added when accumulate; dst may be t->dx). Uses t->dh and
   t->dqkv. */
static void rc__attn_backward(rc_trainer *t, const rc__tower *tw, const rc__tcache *c, const rc__block *b,
                              unsigned group, int n_seq, int causal, const float *in, const float *qkv,
                              const float *att, float *dst, int accumulate) {
    int W = tw->width, R = c->rows;
    rc__linear_backward(t, t->dh, 0, rc__gslot(t, b->out_w.data, group), rc__gslot(t, b->out_b, group),
                        t->dx, att, b->out_w, R, W, W);
    rc__attention_backward(t->dqkv, t->dh, qkv, c->seq_start, c->seq_len, n_seq, W, tw->heads, causal,
                           t->att_bwd, c->max_len, t->n_threads);
    rc__linear_backward(t, dst, accumulate, rc__gslot(t, b->qkv_w.data, group), rc__gslot(t, b->qkv_b, group),
                        t->dqkv, in, b->qkv_w, R, W, 3 * W);
}

/* Backward of rc__train_blocks_forward: t->dx holds d(last block output) on entry,
   d(block 0 input) on exit. */
static void rc__train_blocks_backward(rc_trainer *t, const rc__tower *tw, rc__tcache *c, int n_seq,
                                      int causal, int post_ln, unsigned group) {
    int W = tw->width, M = tw->mlp_dim, R = c->rows, l;
    size_t full = (size_t)R * W, RM = (size_t)R * M;
    for (l = tw->layers - 1; l >= 0; l--) {
        const rc__block *b = &tw->blocks[l];
        const float *x = c->x + l * full, *ln1 = c->ln1 + l * full, *att = c->att + l * full;
        const float *mid = c->mid + l * full, *ln2 = c->ln2 + l * full, *qkv = c->qkv + 3 * l * full;
        const float *fc = c->fc + l * RM, *act = c->act + l * RM;
        float *g1w = rc__gslot(t, b->ln1_w, group), *g1b = rc__gslot(t, b->ln1_b, group);
        float *g2w = rc__gslot(t, b->ln2_w, group), *g2b = rc__gslot(t, b->ln2_b, group);
        if (post_ln) {   /* out = LN2(mid + mlp(mid)), mid = LN1(x + attn(x)): the sums are ln2, ln1 */
            rc__layernorm_backward(t, t->dh, 0, g2w, g2b, t->dx, ln2, b->ln2_w, R, W, tw->ln_eps);
            rc__mlp_backward(t, tw, b, group, R, t->dh, mid, fc, act, t->dh, 1);          /* d mid */
            rc__layernorm_backward(t, t->dx, 0, g1w, g1b, t->dh, ln1, b->ln1_w, R, W, tw->ln_eps);
            rc__attn_backward(t, tw, c, b, group, n_seq, causal, x, qkv, att, t->dx, 1);  /* d x */
        } else {         /* out = mid + mlp(LN2(mid)), mid = x + attn(LN1(x)) */
            rc__mlp_backward(t, tw, b, group, R, t->dx, ln2, fc, act, t->dh, 0);
            rc__layernorm_backward(t, t->dx, 1, g2w, g2b, t->dh, mid, b->ln2_w, R, W, tw->ln_eps);  /* d mid */
            rc__attn_backward(t, tw, c, b, group, n_seq, causal, ln1, qkv, att, t->dh, 0);
            rc__layernorm_backward(t, t->dx, 1, g1w, g1b, t->dh, x, b->ln1_w, R, W, tw->ln_eps);    /* d x */
        }
    }
}

/* From d loss / d projected embedding [n][E] in t->d1 back through tw's projection layers
   (in0 the first layer's input, pre/post their cache). Returns the buffer (t->d1 or t->d2)
   holding d in0 when need_dx, else NULL. */
static float *rc__proj_backward(rc_trainer *t, const rc__tower *tw, const float *in0, float *const *pre,
                                float *const *post, int n, int need_dx) {
    float *d = t->d1, *dn = t->d2, *tmp;
    int k;
    for (k = tw->n_proj - 1; k >= 0; k--) {
        const rc__linear *l = &tw->proj[k];
        if (k + 1 < tw->n_proj) rc__activate_backward(d, pre[k], (size_t)n * l->out, tw->act);
        rc__linear_backward(t, k > 0 || need_dx ? dn : NULL, 0, rc__gslot(t, l->w.data, RC_GROUP_PROJ),
                            rc__gslot(t, l->b, RC_GROUP_PROJ), d, k ? post[k - 1] : in0, l->w, n, l->in, l->out);
        tmp = d; d = dn; dn = tmp;
    }
    return need_dx ? d : NULL;
}

/* From d loss / d projected embedding [n][E] in t->d1 through the projections and the final
   LN (if ln_w) into t->dx (zeroed; the pooled rows). Returns 1 when the tower is trained
   (then t->dx is ready for the blocks). */
static int rc__train_head_backward(rc_trainer *t, const rc__tower *tw, rc__tcache *c, int n, unsigned group,
                                   const float *ln_w, const float *ln_b) {
    int W = tw->width, train = !(t->now.frozen & group), b, j;
    float *d, *dn;
    if (!train && (t->now.frozen & RC_GROUP_PROJ)) return 0;
    d = rc__proj_backward(t, tw, c->pooled, c->pre, c->post, n, train);
    if (!train) return 0;
    dn = d == t->d1 ? t->d2 : t->d1;
    if (ln_w) rc__layernorm_backward(t, dn, 0, rc__gslot(t, ln_w, group), rc__gslot(t, ln_b, group), d, c->pool_in, ln_w, n, W, tw->ln_eps);
    else dn = d;
    memset(t->dx, 0, (size_t)c->rows * W * sizeof(float));
    for (b = 0; b < n; b++)
        for (j = 0; j < W; j++) t->dx[(size_t)c->pool_row[b] * W + j] += dn[(size_t)b * W + j];
    return 1;
}

/* ---- regions (align mode) and fusion ------------------------------------------------- */

/* Projected region vectors t->rproj of the step's R boxes in align mode (docs/roi.md):
   post-LN patch tokens of every image (t->feat), each box's pooled vector as a weighted sum
   of them (RoIAlign with k = RC_ROI_OUTPUT_SIZE, adaptive sampling, then the mean of the
   bins is linear in the map: the weights t->rw come from rc__roi_align itself, run on
   one-hot maps), then the vision projection. */
static void rc__train_regions_forward(rc_trainer *t, const rc_train_batch *bt, int R) {
    const rc_model *m = t->model;
    rc__tcache *c = &t->vc;
    int W = m->vis.width, N = m->n_patches, T = N + 1, G = m->image_size / m->patch_size, kk = RC_ROI_OUTPUT_SIZE;
    int b, i, j, p0, r = 0;
    const float *xl = c->x + (size_t)m->vis.layers * c->rows * W;
    float scale = 1.0f / (float)m->patch_size;
    float *maps = t->dfeat, *bins = t->dfeat + (size_t)W * N;   /* scratch: [W][G][G] one-hot maps, [W][kk][kk] */
    for (b = 0; b < bt->B; b++) {
        rc__layernorm(t->feat + (size_t)b * N * W, xl + ((size_t)b * T + 1) * W, m->post_ln_w, m->post_ln_b, N, W, m->vis.ln_eps);
        for (j = 0; j < bt->n_regions[b]; j++) t->rimg[r++] = b;
    }
    for (i = 0; i < R; i++) {
        const rc_box *bx = &bt->boxes[i];
        float box[4];
        box[0] = bx->x0 * scale; box[1] = bx->y0 * scale; box[2] = bx->x1 * scale; box[3] = bx->y1 * scale;
        for (p0 = 0; p0 < N; p0 += W) {    /* W positions at a time as W one-hot channels */
            int nc = N - p0 < W ? N - p0 : W, q;
            memset(maps, 0, (size_t)nc * N * sizeof(float));
            for (q = 0; q < nc; q++) maps[(size_t)q * N + p0 + q] = 1.0f;
            rc__roi_align(maps, nc, G, G, box, kk, -1, bins);
            for (q = 0; q < nc; q++) {
                double sum = 0.0;
                for (j = 0; j < kk * kk; j++) sum += bins[(size_t)q * kk * kk + j];
                t->rw[(size_t)i * N + p0 + q] = (float)(sum / (kk * kk));
            }
        }
    }
    for (i = 0; i < R; i++) {           /* rpool[i] = sum_p rw[i][p] feat[image][p] */
        const float *f = t->feat + (size_t)t->rimg[i] * N * W, *w = t->rw + (size_t)i * N;
        float *o = t->rpool + (size_t)i * W;
        int p, k;
        for (k = 0; k < W; k++) o[k] = 0.0f;
        for (p = 0; p < N; p++) if (w[p] != 0.0f) for (k = 0; k < W; k++) o[k] += w[p] * f[(size_t)p * W + k];
    }
    t->rproj = rc__proj_forward(t, &m->vis, t->rpool, t->rpre, t->rpost, R);
}

/* Region vectors from the projected ones (t->rproj [R][E], either mode): the region head
   when present, then the L2 norm. */
static void rc__train_region_head_forward(rc_trainer *t, int R) {
    const rc_model *m = t->model;
    int E = m->info.embed_dim;
    if (m->roi_head_w.data) rc__matmul(t->rvec, t->rproj, m->roi_head_w, m->roi_head_b, R, E, E, 0, &t->mm);
    else memcpy(t->rvec, t->rproj, (size_t)R * E * sizeof(float));
    rc__l2_forward(t->rz, t->rnorm, t->rvec, R, E);
}

/* Fused embeddings (docs/roi.md) of the B images from g (the projected global embeddings)
   and their regions, caching what the backward needs; t->fzn = normalized. */
static void rc__train_fuse_forward(rc_trainer *t, const rc_train_batch *bt) {
    const rc_model *m = t->model;
    int E = m->info.embed_dim, H = m->roi_heads, d = H ? E / H : 1, b, j, h, i, r0 = 0;
    const float *g = t->vc.post[m->vis.n_proj - 1];
    float scale = 1.0f / sqrtf((float)d);
    for (b = 0; b < bt->B; b++) {
        int nb = bt->n_regions ? bt->n_regions[b] : 0, tok0 = b + r0;
        const float *gb = g + (size_t)b * E;
        float *S = t->ftok + (size_t)tok0 * E, *kv = t->fkv + (size_t)tok0 * 2 * E, *al = t->falpha + (size_t)tok0 * H;
        float *q = t->fq + (size_t)b * E, *acc = t->facc + (size_t)b * E, *o = t->fo + (size_t)b * E;
        float *a = t->fa + (size_t)b * E, *cat = t->fcat + (size_t)b * 2 * E, *z = t->fz + (size_t)b * E;
        r0 += nb;
        if (!m->roi_qkv_w.data) { memcpy(z, gb, (size_t)E * sizeof(float)); continue; }
        memcpy(S, gb, (size_t)E * sizeof(float));
        memcpy(S + E, t->rvec + (size_t)(r0 - nb) * E, (size_t)nb * E * sizeof(float));
        rc__matmul(q, gb, m->roi_qkv_w, m->roi_qkv_b, 1, E, E, 0, &t->mm);
        rc__matmul(kv, S, rc__mat_from(m->roi_qkv_w, E), m->roi_qkv_b + E, nb + 1, E, 2 * E, 0, &t->mm);
        for (h = 0; h < H; h++) {
            double mx = -DBL_MAX, sum = 0.0;
            for (j = 0; j <= nb; j++) {
                float sc = 0.0f;
                for (i = 0; i < d; i++) sc += q[h * d + i] * kv[(size_t)j * 2 * E + h * d + i];
                al[(size_t)j * H + h] = sc * scale;
                if (al[(size_t)j * H + h] > mx) mx = al[(size_t)j * H + h];
            }
            for (j = 0; j <= nb; j++) sum += exp(al[(size_t)j * H + h] - mx);
            for (j = 0; j <= nb; j++) al[(size_t)j * H + h] = (float)(exp(al[(size_t)j * H + h] - mx) / sum);
            for (i = 0; i < d; i++) {
                float s = 0.0f;
                for (j = 0; j <= nb; j++) s += al[(size_t)j * H + h] * kv[(size_t)j * 2 * E + E + h * d + i];
                acc[h * d + i] = s;
            }
        }
        rc__matmul(o, acc, m->roi_out_w, m->roi_out_b, 1, E, E, 0, &t->mm);
        memcpy(cat, gb, (size_t)E * sizeof(float));
        memcpy(cat + E, o, (size_t)E * sizeof(float));
        rc__matmul(a, cat, m->roi_gate_w, m->roi_gate_b, 1, 2 * E, E, 0, &t->mm);
        for (i = 0; i < E; i++) z[i] = gb[i] + o[i] / (1.0f + expf(-a[i]));
    }
    rc__l2_forward(t->fzn, t->fnorm, t->fz, bt->B, E);
}

/* Backward of rc__train_fuse_forward from t->dzf: adds d loss / d g to t->dg and
   d loss / d region vector to t->dr. */
static void rc__train_fuse_backward(rc_trainer *t, const rc_train_batch *bt) {
    const rc_model *m = t->model;
    int E = m->info.embed_dim, H = m->roi_heads, d = H ? E / H : 1, b, j, h, i, r0 = 0;
    const float *g = t->vc.post[m->vis.n_proj - 1];
    float scale = 1.0f / sqrtf((float)d);
    float *gqkv = rc__gslot(t, m->roi_qkv_w.data, RC_GROUP_ROI), *gqkvb = rc__gslot(t, m->roi_qkv_b, RC_GROUP_ROI);
    float *dz = t->fd1, *dcat = t->fd2, *dacc = t->fd3;   /* [E], [2E], [E] (fd3 also dq, dgq) */
    float *dq = t->fd3 + E, *dgq = t->fd1 + E;
    for (b = 0; b < bt->B; b++) {
        int nb = bt->n_regions ? bt->n_regions[b] : 0, tok0 = b + r0;
        const float *gb = g + (size_t)b * E, *S = t->ftok + (size_t)tok0 * E, *kv = t->fkv + (size_t)tok0 * 2 * E;
        const float *al = t->falpha + (size_t)tok0 * H, *q = t->fq + (size_t)b * E, *o = t->fo + (size_t)b * E;
        const float *a = t->fa + (size_t)b * E;
        float *dgb = t->dg + (size_t)b * E, *dS = t->fdtok + (size_t)tok0 * E, *dkv = t->fdkv + (size_t)tok0 * 2 * E;
        r0 += nb;
        rc__l2_backward(dz, 0, t->dzf + (size_t)b * E, t->fzn + (size_t)b * E, t->fnorm + b, 1, E);
        for (i = 0; i < E; i++) dgb[i] += dz[i];                      /* z = g + ... */
        if (!m->roi_qkv_w.data) continue;
        for (i = 0; i < E; i++) {                                      /* z = g + sigmoid(a) * o */
            float sg = 1.0f / (1.0f + expf(-a[i]));
            dcat[E + i] = dz[i] * sg;                                  /* d o (direct)         */
            dz[i] = dz[i] * o[i] * sg * (1.0f - sg);                   /* d a                  */
        }
        memcpy(dacc, dcat + E, (size_t)E * sizeof(float));
        rc__linear_backward(t, dcat, 0, rc__gslot(t, m->roi_gate_w.data, RC_GROUP_ROI), rc__gslot(t, m->roi_gate_b, RC_GROUP_ROI),
                            dz, t->fcat + (size_t)b * 2 * E, m->roi_gate_w, 1, 2 * E, E);     /* d [g; o] */
        for (i = 0; i < E; i++) { dgb[i] += dcat[i]; dcat[E + i] += dacc[i]; }                /* d o total */
        rc__linear_backward(t, dacc, 0, rc__gslot(t, m->roi_out_w.data, RC_GROUP_ROI), rc__gslot(t, m->roi_out_b, RC_GROUP_ROI),
                            dcat + E, t->facc + (size_t)b * E, m->roi_out_w, 1, E, E);      /* d acc */
        memset(dq, 0, (size_t)E * sizeof(float));
        memset(dkv, 0, (size_t)(nb + 1) * 2 * E * sizeof(float));
        for (h = 0; h < H; h++) {                                      /* attention of one query */
            double dot = 0.0;
            for (j = 0; j <= nb; j++) {
                float da = 0.0f;
                for (i = 0; i < d; i++) {
                    da += dacc[h * d + i] * kv[(size_t)j * 2 * E + E + h * d + i];
                    dkv[(size_t)j * 2 * E + E + h * d + i] = al[(size_t)j * H + h] * dacc[h * d + i];   /* d v */
                }
                dS[j] = da;                                            /* d alpha, kept in dS for now */
                dot += (double)al[(size_t)j * H + h] * da;
            }
            for (j = 0; j <= nb; j++) {
                float ds = al[(size_t)j * H + h] * (dS[j] - (float)dot) * scale;
                for (i = 0; i < d; i++) {
                    dq[h * d + i] += ds * kv[(size_t)j * 2 * E + h * d + i];
                    dkv[(size_t)j * 2 * E + h * d + i] = ds * q[h * d + i];                               /* d k */
                }
            }
        }
        rc__linear_backward(t, dS, 0, gqkv ? gqkv + (size_t)E * E : NULL, gqkvb ? gqkvb + E : NULL,
                            dkv, S, rc__mat_from(m->roi_qkv_w, E), nb + 1, E, 2 * E);         /* d tokens */
        rc__linear_backward(t, dgq, 0, gqkv, gqkvb, dq, gb, m->roi_qkv_w, 1, E, E);           /* d g via q */
        for (i = 0; i < E; i++) dgb[i] += dgq[i] + dS[i];
        for (j = 0; j < nb; j++)
            for (i = 0; i < E; i++) t->dr[(size_t)(r0 - nb + j) * E + i] += dS[(size_t)(j + 1) * E + i];
    }
}

/* ---- VQA head ------------------------------------------------------------------------ */

/* L_vqa (docs/training.md) of the Q questions: question i (image t->qimg[i], normalized
   text embedding q[i] [E], answer ans[i]) gets logits W [zn[image]; q_i] + b over the A
   answers (zn [B][E] the normalized fused embeddings; rc_vqa's logits with unit norms);
   loss = mean_i CE(logits_i, ans_i), in double. Leaves g * d loss / d logits in t->vql and
   returns the loss. */
static double rc__train_vqa_forward(rc_trainer *t, const float *zn, const float *q, const int *ans, int Q, float g) {
    const rc_model *m = t->model;
    int E = m->info.embed_dim, A = m->info.vqa_answers, i, a;
    double loss = 0.0;
    long task;
    RC__OMP(parallel for schedule(static))
    for (task = 0; task < (long)Q * A; task++) {
        int qi = (int)(task / A);
        t->vql[task] = rc__vqa_logit(m, (int)(task % A), zn + (size_t)t->qimg[qi] * E, 1.0, q + (size_t)qi * E, 1.0);
    }
    for (i = 0; i < Q; i++) {
        double *l = t->vql + (size_t)i * A, mx = -DBL_MAX, sum = 0.0;
        for (a = 0; a < A; a++) if (l[a] > mx) mx = l[a];
        for (a = 0; a < A; a++) sum += exp(l[a] - mx);
        loss += mx + log(sum) - l[ans[i]];
        for (a = 0; a < A; a++) l[a] = (exp(l[a] - mx) / sum - (a == ans[i])) * g / Q;
    }
    return loss / Q;
}

/* Backward of the VQA head from t->vql, inputs: d loss / d [z; q] added to dzf[image] [E]
   and dq[i] [E]. */
static void rc__train_vqa_backward(rc_trainer *t, int Q, float *dzf, float *dq) {
    const rc_model *m = t->model;
    int E = m->info.embed_dim, A = m->info.vqa_answers, i, k;
    long ii;
    RC__OMP(parallel for schedule(static))
    for (ii = 0; ii < (long)Q; ii++) {
        float *d = t->vqd + (size_t)ii * 2 * E;
        int a, kk;
        for (kk = 0; kk < 2 * E; kk++) d[kk] = 0.0f;
        for (a = 0; a < A; a++) {
            const float *w = m->vqa_w + (size_t)a * 2 * E;
            float c = (float)t->vql[(size_t)ii * A + a];
            for (kk = 0; kk < 2 * E; kk++) d[kk] += c * w[kk];
        }
    }
    for (i = 0; i < Q; i++)
        for (k = 0; k < E; k++) {
            dzf[(size_t)t->qimg[i] * E + k] += t->vqd[(size_t)i * 2 * E + k];
            dq[(size_t)i * E + k] += t->vqd[(size_t)i * 2 * E + E + k];
        }
}

/* The head's own gradients from t->vql (unless frozen): dW += dl^T [z; q], db += sums, with
   the forward's inputs zn [B][E] (by image) and q [Q][E]. */
static void rc__train_vqa_weights_backward(rc_trainer *t, int Q, const float *zn, const float *q) {
    const rc_model *m = t->model;
    int E = m->info.embed_dim, A = m->info.vqa_answers;
    float *gw = rc__gslot(t, m->vqa_w, RC_GROUP_VQA), *gb = rc__gslot(t, m->vqa_b, RC_GROUP_VQA);
    long a;
    if (!gw) return;
    RC__OMP(parallel for schedule(static))
    for (a = 0; a < (long)A; a++) {
        double sb = 0.0; int j, k;
        for (k = 0; k < 2 * E; k++) {
            double sw = 0.0;
            for (j = 0; j < Q; j++)
                sw += t->vql[(size_t)j * A + a] * (k < E ? zn[(size_t)t->qimg[j] * E + k] : q[(size_t)j * E + k - E]);
            gw[(size_t)a * 2 * E + k] += (float)sw;
        }
        for (j = 0; j < Q; j++) sb += t->vql[(size_t)j * A + a];
        gb[a] += (float)sb;
    }
}

/* Backward of rc__train_region_head_forward from t->dr (d loss / d region vector): writes
   d loss / d t->rproj to dst [R][E] when need. */
static void rc__train_region_head_backward(rc_trainer *t, int R, float *dst, int need) {
    const rc_model *m = t->model;
    int E = m->info.embed_dim;
    if (m->roi_head_w.data)
        rc__linear_backward(t, need ? dst : NULL, 0, rc__gslot(t, m->roi_head_w.data, RC_GROUP_ROI), rc__gslot(t, m->roi_head_b, RC_GROUP_ROI),
                            t->dr, t->rproj, m->roi_head_w, R, E, E);
    else memcpy(dst, t->dr, (size_t)R * E * sizeof(float));
}

/* Backward of rc__train_regions_forward (align mode) from t->dr: region head, projections,
   pooling, the final LN of the patch tokens; adds into t->dx's patch rows when the image
   tower is trained (train). */
static void rc__train_regions_backward(rc_trainer *t, int B, int R, int train) {
    const rc_model *m = t->model;
    rc__tcache *c = &t->vc;
    int W = m->vis.width, N = m->n_patches, T = N + 1, b, i;
    const float *xl = c->x + (size_t)m->vis.layers * c->rows * W;
    float *dp;
    int need = train || !(t->now.frozen & RC_GROUP_PROJ);
    rc__train_region_head_backward(t, R, t->d1, need);
    if (!need) return;
    dp = rc__proj_backward(t, &m->vis, t->rpool, t->rpre, t->rpost, R, train);   /* [R][W] */
    if (!train) return;
    memset(t->dfeat, 0, (size_t)B * N * W * sizeof(float));
    for (i = 0; i < R; i++) {
        float *df = t->dfeat + (size_t)t->rimg[i] * N * W;
        const float *w = t->rw + (size_t)i * N, *g = dp + (size_t)i * W;
        int p, k;
        for (p = 0; p < N; p++) if (w[p] != 0.0f) for (k = 0; k < W; k++) df[(size_t)p * W + k] += w[p] * g[k];
    }
    for (b = 0; b < B; b++)
        rc__layernorm_backward(t, t->dx + ((size_t)b * T + 1) * W, 1, rc__gslot(t, m->post_ln_w, RC_GROUP_IMAGE),
                               rc__gslot(t, m->post_ln_b, RC_GROUP_IMAGE), t->dfeat + (size_t)b * N * W,
                               xl + ((size_t)b * T + 1) * W, m->post_ln_w, N, W, m->vis.ln_eps);
}

/* ---- tower backward ------------------------------------------------------------------- */

/* Image side: d loss / d normalized embedding t->dzi (plus t->dg, the fusion's gradient
   for the projected embedding, when fused), regions (R > 0, from t->dr: crop mode through
   the crops' rows B.. of the tower, align mode through the patch tokens), then the tower. */
static void rc__train_vision_backward(rc_trainer *t, const rc_train_batch *bt, int R, int fused, int crop) {
    const rc_model *m = t->model;
    rc__tcache *c = &t->vc;
    int B = bt->B, n_img = B + (crop ? R : 0), W = m->vis.width, N = m->n_patches, T = N + 1;
    int K = 3 * m->patch_size * m->patch_size, E = m->info.embed_dim, b, r, k, train;
    const float *demb = t->dx;
    float *gcls = rc__gslot(t, m->class_embd, RC_GROUP_IMAGE), *gpos = rc__gslot(t, m->vis_pos, RC_GROUP_IMAGE);
    rc__l2_backward(t->d1, 0, t->dzi, c->z, c->norm, B, E);
    if (fused) for (k = 0; k < B * E; k++) t->d1[k] += t->dg[k];
    if (crop) rc__train_region_head_backward(t, R, t->d1 + (size_t)B * E, 1);
    train = rc__train_head_backward(t, &m->vis, c, n_img, RC_GROUP_IMAGE, m->post_ln_w, m->post_ln_b);
    if (R > 0 && !crop) rc__train_regions_backward(t, B, R, train);
    if (!train) return;
    rc__train_blocks_backward(t, &m->vis, c, n_img, 0, 0, RC_GROUP_IMAGE);
    if (m->pre_ln_w) {
        rc__layernorm_backward(t, t->dh, 0, rc__gslot(t, m->pre_ln_w, RC_GROUP_IMAGE), rc__gslot(t, m->pre_ln_b, RC_GROUP_IMAGE),
                               t->dx, c->emb, m->pre_ln_w, c->rows, W, m->vis.ln_eps);
        demb = t->dh;
    }
    for (b = 0; b < n_img; b++) {
        const float *db = demb + (size_t)b * T * W;
        for (k = 0; k < W; k++) gcls[k] += db[k];
        for (r = 0; r < T * W; r++) gpos[r] += db[r];
        memcpy(t->dqkv + (size_t)b * N * W, db + W, (size_t)N * W * sizeof(float));   /* patch rows, packed */
    }
    rc__linear_backward(t, NULL, 0, rc__gslot(t, m->patch_w.data, RC_GROUP_IMAGE), rc__gslot(t, m->patch_b, RC_GROUP_IMAGE),
                        t->dqkv, c->patches, m->patch_w, n_img * N, K, W);
}

/* Text side: n texts, d loss / d normalized embedding in t->dzt. */
static void rc__train_text_backward(rc_trainer *t, int n) {
    const rc_model *m = t->model;
    rc__tcache *c = &t->tc;
    int W = m->txt.width, bert = m->text_arch == RC__TEXT_BERT, r, k;
    float *gtok = rc__gslot(t, m->token_embd.data, RC_GROUP_TEXT), *gpos = rc__gslot(t, m->txt_pos, RC_GROUP_TEXT);
    float *gtype = rc__gslot(t, m->type_embd, RC_GROUP_TEXT);
    const float *demb = t->dx;
    rc__l2_backward(t->d1, 0, t->dzt, c->z, c->norm, n, m->info.embed_dim);
    if (!rc__train_head_backward(t, &m->txt, c, n, RC_GROUP_TEXT, m->final_ln_w, m->final_ln_b)) return;
    rc__train_blocks_backward(t, &m->txt, c, n, !bert, bert, RC_GROUP_TEXT);
    if (bert) {
        rc__layernorm_backward(t, t->dh, 0, rc__gslot(t, m->embd_ln_w, RC_GROUP_TEXT), rc__gslot(t, m->embd_ln_b, RC_GROUP_TEXT),
                               t->dx, c->emb, m->embd_ln_w, c->rows, W, m->txt.ln_eps);
        demb = t->dh;
    }
    for (r = 0; r < c->rows; r++) {
        const float *d = demb + (size_t)r * W;
        float *gt = gtok + (size_t)c->row_tok[r] * W, *gp = gpos + (size_t)c->row_pos[r] * W;
        for (k = 0; k < W; k++) { gt[k] += d[k]; gp[k] += d[k]; }
        if (gtype) for (k = 0; k < W; k++) gtype[k] += d[k];    /* type id 0 for every token */
    }
}

/* ---- public calls -------------------------------------------------------------------- */

RCDEF rc_train_config rc_train_config_default(void) {
    rc_train_config c;
    memset(&c, 0, sizeof c);
    c.max_batch = 8; c.lr = 5e-4f; c.warmup_steps = 10000; c.total_steps = 100000;
    c.weight_decay = 0.2f; c.beta1 = 0.9f; c.beta2 = 0.98f; c.eps = 1e-6f;
    c.grad_clip = 0.0f; c.accum_steps = 1; c.frozen = 0;
    c.max_regions = 0; c.max_negatives = 0; c.max_questions = 0;
    c.w_global = 1.0f; c.w_region = 1.0f; c.w_fused = 1.0f; c.w_vqa = 1.0f;
    return c;
}

RCDEF const char *rc_trainer_error(const rc_trainer *t) { return t ? t->err.message : "trainer is NULL"; }
RCDEF const rc_model *rc_trainer_model(const rc_trainer *t) { return t ? t->model : NULL; }

RCDEF void rc_trainer_free(rc_trainer *t) {
    rc__alloc a;
    if (!t) return;
    a = t->alloc;
    rc_model_free(t->model);
    rc__free(&a, t->buf);
    rc__free(&a, t->grad);
    rc__free(&a, t->params);
    rc__free(&a, t->block);
    rc__free(&a, t);
}

static rc_status rc__train_check_config(const rc_train_config *c, rc_error *err) {
    int i;
    if (c->max_batch < 1 || c->max_batch > RC__TRAIN_MAX_BATCH)
        return rc__fail(err, RC_ERR_VALUE, "max_batch %d outside 1..%d", c->max_batch, RC__TRAIN_MAX_BATCH);
    if (c->accum_steps < 1) return rc__fail(err, RC_ERR_VALUE, "accum_steps must be >= 1");
    if (c->n_stages < 0 || c->n_stages > RC_TRAIN_MAX_STAGES)
        return rc__fail(err, RC_ERR_VALUE, "n_stages outside 0..%d", RC_TRAIN_MAX_STAGES);
    for (i = 0; i <= c->n_stages; i++) {   /* the stages, or (i == n_stages) the single one */
        rc_train_stage st;
        if (i == c->n_stages && c->n_stages) break;
        if (i < c->n_stages) st = c->stages[i];
        else {
            st.steps = c->total_steps; st.lr = c->lr; st.warmup_steps = c->warmup_steps; st.frozen = c->frozen;
            st.w_global = c->w_global; st.w_region = c->w_region; st.w_fused = c->w_fused; st.w_vqa = c->w_vqa;
        }
        if (st.warmup_steps < 0 || st.steps <= st.warmup_steps)
            return rc__fail(err, RC_ERR_VALUE, "stage %d: need 0 <= warmup_steps < steps (total_steps)", i);
        if (!(st.lr > 0.0f && st.lr < 1e3f))
            return rc__fail(err, RC_ERR_VALUE, "stage %d: lr out of range (or NaN)", i);
        if (!(st.w_global >= 0.0f && st.w_global < FLT_MAX) || !(st.w_region >= 0.0f && st.w_region < FLT_MAX) ||
            !(st.w_fused >= 0.0f && st.w_fused < FLT_MAX) || !(st.w_vqa >= 0.0f && st.w_vqa < FLT_MAX))
            return rc__fail(err, RC_ERR_VALUE, "stage %d: loss weights must be finite and >= 0", i);
        if (st.frozen & ~(unsigned)(RC_GROUP_IMAGE | RC_GROUP_TEXT | RC_GROUP_PROJ | RC_GROUP_LOGIT_SCALE | RC_GROUP_ROI | RC_GROUP_VQA))
            return rc__fail(err, RC_ERR_VALUE, "stage %d: frozen holds unknown group bits", i);
    }
    if (!(c->weight_decay >= 0.0f && c->weight_decay < 1e3f) ||
        !(c->beta1 >= 0.0f && c->beta1 < 1.0f) || !(c->beta2 >= 0.0f && c->beta2 < 1.0f) ||
        !(c->eps > 0.0f && c->eps < 1.0f) || !(c->grad_clip == c->grad_clip && c->grad_clip < FLT_MAX))
        return rc__fail(err, RC_ERR_VALUE, "weight_decay, betas, eps or grad_clip out of range (or NaN)");
    if (c->max_regions < 0 || c->max_regions > RC_ROI_MAX_BOXES || c->max_negatives < 0 || c->max_negatives > 1024)
        return rc__fail(err, RC_ERR_VALUE, "max_regions outside 0..%d or max_negatives outside 0..1024", RC_ROI_MAX_BOXES);
    if (c->max_questions < 0 || c->max_questions > 65536)
        return rc__fail(err, RC_ERR_VALUE, "max_questions outside 0..65536");

    return RC_OK;
}

/* Restores AdamW moments and the step from a checkpoint's extra tensors, when present.
   State no run can produce (moments of another type or size, no valid train.step,
   non-finite moments, negative second moments, per-tensor counts that are not whole numbers
   in 0..step): RC_ERR_FORMAT. */
static rc_status rc__train_resume(rc_trainer *t, const rc__gguf *src, rc_error *err) {
    const rc__gguf_tensor *am = rc__gguf_find_tensor(src, "train.adam_m"), *av = rc__gguf_find_tensor(src, "train.adam_v");
    const rc__gguf_tensor *ps = rc__gguf_find_tensor(src, "train.param_steps");
    uint32_t step = 0;
    size_t k;
    int i;
    if (!am && !av) return RC_OK;
    if (!am || !av || am->type != RC__TYPE_F32 || av->type != RC__TYPE_F32 || am->n_elems != t->n_floats ||
        av->n_elems != t->n_floats || rc__kv_u32(src, "train.step", &step, 1, NULL))
        return rc__fail(err, RC_ERR_FORMAT, "checkpoint: train.adam_m / train.adam_v are not f32 of the %zu trained "
                        "floats, or train.step is missing or out of range", t->n_floats);
    rc__tensor_f32(am, t->m);
    rc__tensor_f32(av, t->v);
    for (k = 0; k < t->n_floats; k++)
        if (!rc__finite(&t->m[k], 1) || !(t->v[k] >= 0.0f && t->v[k] <= FLT_MAX))
            return rc__fail(err, RC_ERR_FORMAT, "checkpoint: AdamW moment %zu is not finite (or the second is negative)", k);
    t->step = (int)step;
    for (i = 0; i < t->n_params; i++) {    /* per-tensor counts, in name order (else the step) */
        float v = (float)step;
        if (ps && ps->type == RC__TYPE_F32 && ps->n_elems == (uint64_t)t->n_params)
            v = rc__f32_from_bits(rc__le32(ps->data + 4 * i));
        if (!(v >= 0.0f && v <= (float)step && v == floorf(v)))
            return rc__fail(err, RC_ERR_FORMAT, "checkpoint: train.param_steps[%d] = %g is not a count in 0..%u", i,
                            (double)v, step);
        t->params[i].steps = (int)v;
    }
    return RC_OK;
}

RCDEF rc_status rc_trainer_create(rc_trainer **out, const rc_model *src, const rc_train_config *cfg, rc_error *err) {
    rc_trainer *t; rc_status s; rc__plan plan; size_t hsize, off = 0, n_floats, total; uint64_t i;
    rc_allocator al;
    if (err) { err->code = RC_OK; err->message[0] = 0; }
    if (!out || !src || !cfg) return rc__fail(err, RC_ERR_ARG, "out, model or cfg is NULL");
    *out = NULL;
    if ((s = rc__train_check_config(cfg, err))) return s;
    for (i = 0; i < src->gguf.n_tensors; i++) {
        const rc__gguf_tensor *g = &src->gguf.tensors[i];
        if (rc__train_is_weight(g->name) && (g->type >= 32 || !(RC__MATRIX_TYPES >> g->type & 1)))
            return rc__fail(err, RC_ERR_DTYPE, "tensor '%.*s' has type %u (F32, F16, BF16, Q8_0 or Q4_0 expected)",
                            (int)g->name.len, g->name.ptr, g->type);
    }
    t = (rc_trainer *)rc__calloc(&src->alloc, sizeof *t);
    if (!t) return rc__fail(err, RC_ERR_NOMEM, "out of memory for a trainer");
    t->alloc = src->alloc; t->cfg = *cfg; t->n_threads = rc__max_threads();
    /* 1. the in-memory GGUF: header, then every weight as f32, then the log scale */
    hsize = rc__train_header(NULL, &src->gguf, src->logit_scale_log, 0, 0, 0, NULL, RC__TYPE_F32, &n_floats);
    if (!rc__mul(n_floats, sizeof(float), &total) || !rc__add(total, hsize, &total)) {
        s = rc__fail(err, RC_ERR_OVERFLOW, "parameter arena size overflows"); goto fail;
    }
    t->buf = (uint8_t *)rc__calloc(&t->alloc, total);
    if (!t->buf) { s = rc__fail(err, RC_ERR_NOMEM, "out of memory for %zu bytes of parameters", total); goto fail; }
    rc__train_header(t->buf, &src->gguf, src->logit_scale_log, 0, 0, 0, NULL, RC__TYPE_F32, &n_floats);
    t->param = (float *)(void *)(t->buf + hsize);
    t->n_floats = n_floats;
    for (i = 0; i < src->gguf.n_tensors; i++) {
        const rc__gguf_tensor *g = &src->gguf.tensors[i];
        if (!rc__train_is_weight(g->name)) continue;
        rc__tensor_f32(g, t->param + off);
        off += rc__round8((size_t)g->n_elems);
    }
    t->param[off] = src->logit_scale_log;
    /* 2. the trainer's model: the ordinary loader binds every weight in place */
    al.alloc = t->alloc.alloc; al.free = t->alloc.free; al.user = t->alloc.user;
    if ((s = rc_model_load_memory(&t->model, t->buf, total, &al, err))) goto fail;
    if (!(rc__mat_f32(t->model->patch_w) >= t->param && rc__mat_f32(t->model->patch_w) < t->param + n_floats)) {
        s = rc__fail(err, RC_ERR_UNSUPPORTED, "weights were not bound in place (allocator alignment?)"); goto fail;
    }
    if ((s = rc__train_table(t))) { if (err) *err = t->err; goto fail; }
    t->ls = t->param + rc__train_find(t, "logit_scale")->off;
    /* 3. gradients and moments; a checkpoint's moments */
    t->grad = (float *)rc__calloc(&t->alloc, rc__prod(3 * sizeof(float), n_floats));
    if (!t->grad) { s = rc__fail(err, RC_ERR_NOMEM, "out of memory for gradients and moments"); goto fail; }
    t->m = t->grad + n_floats; t->v = t->m + n_floats;
    if ((s = rc__train_resume(t, &src->gguf, err))) goto fail;
    /* 4. caches and scratch */
    plan.base = NULL; plan.used = 0; plan.ok = 1;
    rc__train_plan(t, &plan);
    if (!plan.ok) { s = rc__fail(err, RC_ERR_OVERFLOW, "activation cache size overflows"); goto fail; }
    t->block = rc__calloc(&t->alloc, plan.used + 64);
    if (!t->block) { s = rc__fail(err, RC_ERR_NOMEM, "out of memory for %zu bytes of activation cache", plan.used); goto fail; }
    plan.base = (char *)t->block; plan.used = 0;
    rc__train_plan(t, &plan);
    rc__train_stage(t);
    *out = t;
    return RC_OK;
fail:
    rc_trainer_free(t);
    return s;
}


/* Checks a batch (nothing is computed before) and returns the number of boxes in *R, of
   questions in *Q. */
static rc_status rc__train_check_batch(rc_trainer *t, const rc_train_batch *bt, int *R, int *Q) {
    const rc_model *m = t->model;
    float S = (float)m->image_size;
    int b, i; size_t r = 0, q = 0;
    if (!bt || !bt->pixels || !bt->ids || bt->B < 1 || bt->B > t->cfg.max_batch)
        return rc__fail(&t->err, RC_ERR_ARG, "batch, pixels or ids NULL, or B outside 1..max_batch (%d)", t->cfg.max_batch);
    if (!rc__finite(bt->pixels, (size_t)bt->B * 3 * m->image_size * m->image_size))
        return rc__fail(&t->err, RC_ERR_VALUE, "pixels hold NaN or infinite values");
    for (b = 0; bt->n_regions && b < bt->B; b++) {
        if (bt->n_regions[b] < 0) return rc__fail(&t->err, RC_ERR_VALUE, "image %d: n_regions < 0", b);
        r += (size_t)bt->n_regions[b];
    }
    if (r > (size_t)t->cfg.max_regions)
        return rc__fail(&t->err, RC_ERR_VALUE, "%zu boxes in the step, max_regions is %d", r, t->cfg.max_regions);
    if (r && ((!bt->boxes && !bt->crop_pixels) || !bt->region_ids))
        return rc__fail(&t->err, RC_ERR_ARG, "boxes (or crop_pixels) or region_ids is NULL");
    if (r && bt->crop_pixels) {
        if (!t->cfg.crop_regions) return rc__fail(&t->err, RC_ERR_VALUE, "crop_pixels given but the trainer was created without crop_regions");
        if (!rc__finite(bt->crop_pixels, r * 3 * m->image_size * m->image_size))
            return rc__fail(&t->err, RC_ERR_VALUE, "crop_pixels hold NaN or infinite values");
    }
    if (bt->n_neg < 0 || bt->n_neg > t->cfg.max_negatives || (r && bt->n_neg && !bt->neg_ids))
        return rc__fail(&t->err, RC_ERR_VALUE, "n_neg %d outside 0..max_negatives (%d), or neg_ids NULL", bt->n_neg, t->cfg.max_negatives);
    for (i = 0; !bt->crop_pixels && i < (int)r; i++) {
        const rc_box *x = &bt->boxes[i];
        if (!(x->x0 >= 0.0f && x->x0 < x->x1 && x->x1 <= S && x->y0 >= 0.0f && x->y0 < x->y1 && x->y1 <= S))
            return rc__fail(&t->err, RC_ERR_VALUE, "box %d is not inside the model's view with x0 < x1, y0 < y1 (or NaN)", i);
    }
    for (b = 0; bt->n_questions && b < bt->B; b++) {
        if (bt->n_questions[b] < 0) return rc__fail(&t->err, RC_ERR_VALUE, "image %d: n_questions < 0", b);
        q += (size_t)bt->n_questions[b];
    }
    if (q > (size_t)t->cfg.max_questions)
        return rc__fail(&t->err, RC_ERR_VALUE, "%zu questions in the step, max_questions is %d", q, t->cfg.max_questions);
    if (q && (!bt->question_ids || !bt->answers)) return rc__fail(&t->err, RC_ERR_ARG, "question_ids or answers is NULL");
    if (q && !m->info.vqa_answers) return rc__fail(&t->err, RC_ERR_MISSING, "questions given, but the model has no VQA head");
    for (i = 0; i < (int)q; i++)
        if (bt->answers[i] < 0 || bt->answers[i] >= m->info.vqa_answers)
            return rc__fail(&t->err, RC_ERR_VALUE, "question %d: answer %d outside 0..%d", i, bt->answers[i], m->info.vqa_answers - 1);
    *R = (int)r; *Q = (int)q;
    return RC_OK;
}

RCDEF rc_status rc_train_backward_batch(rc_trainer *t, const rc_train_batch *bt, rc_train_stats *stats) {
    const rc_model *m;
    int R = 0, Q = 0, B, C, E, K, n_text, o_rep, o_reg, o_neg, o_q, reports, need_z, crop, b, j, q;
    float dls = 0.0f, gs, *gls;
    double lg_, lr_ = 0.0, lf_ = 0.0, lv_ = 0.0, total;
    rc_status s;
    if (!t) return RC_ERR_ARG;
    t->err.code = RC_OK; t->err.message[0] = 0;
    if (stats) memset(stats, 0, sizeof *stats);
    if ((s = rc__train_check_batch(t, bt, &R, &Q))) return s;
    rc__train_stage(t);
    m = t->model; B = bt->B; C = m->context_length; E = m->info.embed_dim;
    K = R ? bt->n_neg : 0; reports = bt->report_ids != NULL; crop = R > 0 && bt->crop_pixels != NULL;
    need_z = reports || Q > 0;         /* the fused embedding feeds L_fused and L_vqa */
    /* every text of the step in one pass: captions | reports | region captions | negatives | questions */
    o_rep = B; o_reg = o_rep + (reports ? B : 0); o_neg = o_reg + R; o_q = o_neg + R * K; n_text = o_q + Q;
    memcpy(t->text_ids, bt->ids, (size_t)B * C * sizeof(int32_t));
    if (reports) memcpy(t->text_ids + (size_t)o_rep * C, bt->report_ids, (size_t)B * C * sizeof(int32_t));
    if (R) memcpy(t->text_ids + (size_t)o_reg * C, bt->region_ids, (size_t)R * C * sizeof(int32_t));
    if (R && K) memcpy(t->text_ids + (size_t)o_neg * C, bt->neg_ids, (size_t)R * K * C * sizeof(int32_t));
    if (Q) memcpy(t->text_ids + (size_t)o_q * C, bt->question_ids, (size_t)Q * C * sizeof(int32_t));
    for (q = 0, b = 0; Q && b < B; b++)
        for (j = 0; j < bt->n_questions[b]; j++) t->qimg[q++] = b;
    if ((s = rc__train_text_forward(t, t->text_ids, n_text))) return s;
    if (crop) {                        /* the crops go through the tower after the images */
        size_t per = (size_t)3 * m->image_size * m->image_size;
        memcpy(t->pix_all, bt->pixels, (size_t)B * per * sizeof(float));
        memcpy(t->pix_all + (size_t)B * per, bt->crop_pixels, (size_t)R * per * sizeof(float));
        rc__train_vision_forward(t, t->pix_all, B + R);
        t->rproj = t->vc.post[m->vis.n_proj - 1] + (size_t)B * E;
    } else {
        rc__train_vision_forward(t, bt->pixels, B);
        if (R) rc__train_regions_forward(t, bt, R);
    }
    if (R) rc__train_region_head_forward(t, R);
    if (need_z) rc__train_fuse_forward(t, bt);
    /* losses, weighted and divided by accum_steps in the gradients */
    gs = 1.0f / (float)t->cfg.accum_steps;
    memset(t->dzi, 0, (size_t)B * E * sizeof(float));
    memset(t->dzt, 0, (size_t)n_text * E * sizeof(float));
    if (need_z) memset(t->dzf, 0, (size_t)B * E * sizeof(float));
    lg_ = rc__info_nce(t, t->vc.z, t->tc.z, NULL, B, 0, gs * t->now.w_global, t->dzi, t->dzt, NULL, &dls);
    if (R) {
        memset(t->dzr, 0, (size_t)R * E * sizeof(float));
        lr_ = rc__info_nce(t, t->rz, t->tc.z + (size_t)o_reg * E, t->tc.z + (size_t)o_neg * E, R, K, gs * t->now.w_region,
                           t->dzr, t->dzt + (size_t)o_reg * E, t->dzt + (size_t)o_neg * E, &dls);
    }
    if (reports)
        lf_ = rc__info_nce(t, t->fzn, t->tc.z + (size_t)o_rep * E, NULL, B, 0, gs * t->now.w_fused, t->dzf,
                           t->dzt + (size_t)o_rep * E, NULL, &dls);
    if (Q) lv_ = rc__train_vqa_forward(t, t->fzn, t->tc.z + (size_t)o_q * E, bt->answers, Q, gs * t->now.w_vqa);
    total = t->now.w_global * lg_ + t->now.w_region * lr_ + t->now.w_fused * lf_ + t->now.w_vqa * lv_;
    if (Q) rc__train_vqa_backward(t, Q, t->dzf, t->dzt + (size_t)o_q * E);
    if (!(total - total == 0.0) || !rc__finite(t->dzt, (size_t)n_text * E) || !rc__finite(t->dzi, (size_t)B * E) ||
        (R && !rc__finite(t->dzr, (size_t)R * E)) || (need_z && !rc__finite(t->dzf, (size_t)B * E)))
        return rc__fail(&t->err, RC_ERR_VALUE, "the loss or its gradient is NaN or infinite");
    /* backward: nothing was accumulated before this point */
    if ((gls = rc__gslot(t, t->ls, RC_GROUP_LOGIT_SCALE)) != NULL) *gls += dls;
    if (Q) rc__train_vqa_weights_backward(t, Q, t->fzn, t->tc.z + (size_t)o_q * E);
    rc__train_text_backward(t, n_text);
    if (R) rc__l2_backward(t->dr, 0, t->dzr, t->rz, t->rnorm, R, E);
    if (need_z) {
        memset(t->dg, 0, (size_t)B * E * sizeof(float));
        rc__train_fuse_backward(t, bt);
    }
    rc__train_vision_backward(t, bt, R, need_z, crop);
    t->used_head |= R > 0 && m->roi_head_w.data != NULL;
    t->used_fusion |= need_z && m->roi_qkv_w.data != NULL;
    t->used_vqa |= Q > 0;
    t->micro++;
    if (stats) {
        stats->loss = (float)total; stats->loss_global = (float)lg_; stats->loss_region = (float)lr_;
        stats->loss_fused = (float)lf_; stats->loss_vqa = (float)lv_; stats->step = t->step;
        stats->logit_scale = m->info.logit_scale;
    }
    return RC_OK;
}

RCDEF rc_status rc_train_backward(rc_trainer *t, const float *pixels, const int32_t *ids, int B, float *loss_out) {
    rc_train_batch bt;
    rc_train_stats st;
    rc_status s;
    memset(&bt, 0, sizeof bt);
    bt.B = B; bt.pixels = pixels; bt.ids = ids;
    s = rc_train_backward_batch(t, &bt, &st);
    if (!s && loss_out) *loss_out = st.loss;
    return s;
}

/* A tensor the update touches: not frozen, and (ROI and VQA parts) given a gradient since
   the last update, as torch skips parameters whose grad is None. */
static int rc__param_live(const rc_trainer *t, const rc__param *q) {
    if (t->now.frozen & q->group) return 0;
    if (q->group == RC_GROUP_VQA) return t->used_vqa;
    if (q->group != RC_GROUP_ROI) return 1;
    if (rc__starts(q->name, "roi.head.")) return t->used_head;
    return (rc__starts(q->name, "roi.attn_") || rc__starts(q->name, "roi.gate.")) && t->used_fusion;
}


RCDEF rc_status rc_train_update(rc_trainer *t, rc_train_stats *stats) {
    double lr, norm2 = 0.0, bc1, bc2;
    float coef = 1.0f;
    int p;
    if (!t) return RC_ERR_ARG;
    t->err.code = RC_OK; t->err.message[0] = 0;
    if (stats) { stats->updated = 0; stats->step = t->step; }
    if (t->micro == 0) return RC_OK;   /* nothing accumulated: torch's step() with no grads */
    rc__train_stage(t);
    lr = rc__train_lr(&t->now, t->step - t->stage_start);
    for (p = 0; p < t->n_params; p++) {            /* torch.nn.utils.clip_grad_norm_ */
        const rc__param *q = &t->params[p];
        size_t i;
        if (!rc__param_live(t, q)) continue;
        for (i = 0; i < q->count; i++) norm2 += (double)t->grad[q->off + i] * t->grad[q->off + i];
    }
    if (t->cfg.grad_clip > 0.0f) {
        double c = t->cfg.grad_clip / (sqrt(norm2) + 1e-6);
        if (c < 1.0) coef = (float)c;
    }
    t->step++;
    for (p = 0; p < t->n_params; p++) {            /* torch.optim.AdamW */
        rc__param *q = &t->params[p];
        float decay = (float)(1.0 - lr * (q->decay ? t->cfg.weight_decay : 0.0f));
        float b1 = t->cfg.beta1, b2 = t->cfg.beta2, eps = t->cfg.eps, step_size, bc2_sqrt;
        long i;
        if (!rc__param_live(t, q)) continue;
        q->steps++;
        bc1 = 1.0 - pow(t->cfg.beta1, q->steps);
        bc2 = 1.0 - pow(t->cfg.beta2, q->steps);
        step_size = (float)(lr / bc1); bc2_sqrt = (float)sqrt(bc2);
        RC__OMP(parallel for schedule(static))
        for (i = 0; i < (long)q->count; i++) {
            size_t k = q->off + (size_t)i;
            float g = t->grad[k] * coef;
            t->param[k] *= decay;
            t->m[k] += (g - t->m[k]) * (1.0f - b1);
            t->v[k] = t->v[k] * b2 + (1.0f - b2) * g * g;
            t->param[k] -= step_size * t->m[k] / (sqrtf(t->v[k]) / bc2_sqrt + eps);
        }
    }
    memset(t->grad, 0, t->n_floats * sizeof(float));
    t->micro = 0; t->used_head = t->used_fusion = t->used_vqa = 0;
    if (*t->ls < 0.0f) *t->ls = 0.0f;                /* open_clip: clamp(0, ln 100) after each step */
    if (*t->ls > 4.605170186f) *t->ls = 4.605170186f;
    t->model->logit_scale_log = *t->ls;
    t->model->info.logit_scale = expf(*t->ls);
    if (stats) {
        stats->updated = 1; stats->step = t->step; stats->lr = (float)lr;
        stats->grad_norm = (float)sqrt(norm2); stats->logit_scale = t->model->info.logit_scale;
    }
    return RC_OK;
}

RCDEF rc_status rc_train_step_batch(rc_trainer *t, const rc_train_batch *bt, rc_train_stats *stats) {
    rc_train_stats st;
    rc_status s;
    if (!t) return RC_ERR_ARG;
    if ((s = rc_train_backward_batch(t, bt, &st))) { if (stats) *stats = st; return s; }
    if (t->micro >= t->cfg.accum_steps && (s = rc_train_update(t, &st))) return s;
    st.step = t->step; st.logit_scale = t->model->info.logit_scale;
    if (stats) *stats = st;
    return RC_OK;
}

RCDEF rc_status rc_train_step(rc_trainer *t, const float *pixels, const int32_t *ids, int B, rc_train_stats *stats) {
    rc_train_batch bt;
    memset(&bt, 0, sizeof bt);
    bt.B = B; bt.pixels = pixels; bt.ids = ids;
    return rc_train_step_batch(t, &bt, stats);
}

static const float *rc__train_tensor(const rc_trainer *t, const float *base, const char *name, size_t *count) {
    const rc__param *p = t && name ? rc__train_find(t, name) : NULL;
    if (count) *count = p ? p->count : 0;
    return p ? base + p->off : NULL;
}
RCDEF const float *rc_trainer_param(const rc_trainer *t, const char *name, size_t *count) {
    return rc__train_tensor(t, t ? t->param : NULL, name, count);
}
RCDEF const float *rc_trainer_grad(const rc_trainer *t, const char *name, size_t *count) {
    return rc__train_tensor(t, t ? t->grad : NULL, name, count);
}

RCDEF rc_status rc_train_config_from(const rc_model *m, rc_train_config *cfg) {
    rc__cfg_key keys[RC__CFG_KEYS];
    rc_train_config c = rc_train_config_default();
    rc_error err;
    int pass, n, k;
    if (!m || !cfg) return RC_ERR_ARG;
    for (pass = 0; pass < 2; pass++) {     /* base keys (n_stages among them), then with stages */
        n = rc__cfg_keys(&c, keys, pass);
        if (c.n_stages < 0 || c.n_stages > RC_TRAIN_MAX_STAGES) return RC_ERR_VALUE;
        for (k = 0; k < n; k++) {
            rc_status s;
            if (keys[k].type == RC__KEY_FLOAT) s = rc__kv_f32(&m->gguf, keys[k].key, (float *)keys[k].p, 1, &err);
            else {
                uint32_t v = 0;
                s = rc__kv_u32(&m->gguf, keys[k].key, &v, 1, &err);
                if (keys[k].type == RC__KEY_UINT) *(unsigned *)keys[k].p = v; else *(int *)keys[k].p = (int)v;
            }
            if (s) return s;
        }
    }
    if (rc__train_check_config(&c, &err)) return RC_ERR_VALUE;
    *cfg = c;
    return RC_OK;
}

#ifndef REGIONCLIP_NO_STDIO   /* the typed export writes a file */
/* f32 -> IEEE half bits, rounded to nearest even as numpy's astype(float16): beyond the
   largest half it rounds to infinity, NaN stays NaN (its top payload bits kept). */
static uint16_t rc__f16_bits(float f) {
    uint32_t x, sign, ax, e, mant, q, rem, half;
    memcpy(&x, &f, 4);
    sign = (x >> 16) & 0x8000u; ax = x & 0x7fffffffu;
    if (ax > 0x7f800000u) {                                              /* NaN: a nonzero payload */
        q = (ax >> 13) & 0x3ffu;
        return (uint16_t)(sign | 0x7c00u | (q ? q : 1u));
    }
    if (ax >= 0x47800000u) return (uint16_t)(sign | 0x7c00u);            /* >= 65536, infinity */
    e = ax >> 23;
    if (ax >= 0x38800000u) {                                             /* a normal half */
        q = (ax - (112u << 23)) >> 13; rem = ax & 0x1fffu; half = 0x1000u;
    } else {                                                             /* subnormal or zero */
        if (e < 102) return (uint16_t)sign;                              /* below 2^-25 */
        mant = (ax & 0x7fffffu) | 0x800000u;
        q = mant >> (126 - e); rem = mant & ((1u << (126 - e)) - 1); half = 1u << (125 - e);
    }
    if (rem > half || (rem == half && (q & 1))) q++;                     /* may carry into the exponent */
    return (uint16_t)(sign | q);
}

static void rc__put_u16(uint8_t *p, uint16_t v) { p[0] = (uint8_t)(v & 255u); p[1] = (uint8_t)(v >> 8); }

/* One block of RC__QK values as Q8_0 (d = max|x| / 127 as f16, q = x / d rounded half away
   from zero) or Q4_0 (m = the value of largest magnitude, first on ties, d = m / -8 as f16,
   q = min(15, trunc(x / d + 8.5)), low nibbles 0..15, high 16..31), with convert.py's f32
   arithmetic step for step (docs/format.md); out gets 34 or 18 bytes. */
static void rc__q8_0_block(const float *x, uint8_t *out) {
    float amax = 0.0f, d, inv;
    int i;
    for (i = 0; i < RC__QK; i++) if (fabsf(x[i]) > amax) amax = fabsf(x[i]);
    d = amax / 127.0f; inv = d != 0.0f ? 1.0f / d : 0.0f;
    rc__put_u16(out, rc__f16_bits(d));
    for (i = 0; i < RC__QK; i++) {
        const float v = x[i] * inv, r = floorf(fabsf(v) + 0.5f);
        out[2 + i] = (uint8_t)(int8_t)(v < 0.0f ? -r : r);
    }
}
static void rc__q4_0_block(const float *x, uint8_t *out) {
    float amax = -1.0f, m = 0.0f, d, inv;
    uint8_t q[RC__QK];
    int i;
    for (i = 0; i < RC__QK; i++) if (fabsf(x[i]) > amax) { amax = fabsf(x[i]); m = x[i]; }
    d = m / -8.0f; inv = d != 0.0f ? 1.0f / d : 0.0f;
    rc__put_u16(out, rc__f16_bits(d));
    for (i = 0; i < RC__QK; i++) {
        volatile float v = x[i] * inv;      /* rounded before the add: no fused multiply-add */
        const float r = truncf(v + 8.5f);
        q[i] = (uint8_t)(r > 15.0f ? 15.0f : r);
    }
    for (i = 0; i < RC__QK / 2; i++) out[2 + i] = (uint8_t)(q[i] | q[i + RC__QK / 2] << 4);
}

/* n values (a whole number of rows of RC__QK multiples for the block types) as type -> out. */
static void rc__export_encode(const float *x, size_t n, int type, uint8_t *out) {
    size_t i;
    for (i = 0; type == RC__TYPE_F16 && i < n; i++) rc__put_u16(out + 2 * i, rc__f16_bits(x[i]));
    for (i = 0; type == RC__TYPE_BF16 && i < n; i++) rc__put_u16(out + 2 * i, rc__bf16_bits(x[i]));
    for (i = 0; type == RC__TYPE_Q8_0 && i < n; i += RC__QK) rc__q8_0_block(x + i, out + i / RC__QK * (2 + RC__QK));
    for (i = 0; type == RC__TYPE_Q4_0 && i < n; i += RC__QK) rc__q4_0_block(x + i, out + i / RC__QK * (2 + RC__QK / 2));
    if (type == RC__TYPE_F32) memcpy(out, x, n * sizeof(float));
}

/* The weights of t as rc__export_type(dtype), each padded to RC__TRAIN_ALIGN, then the
   logit scale; row[] holds one encoded row of the widest tensor. */
static int rc__export_weights(rc_trainer *t, FILE *f, int dtype, uint8_t *row) {
    static const uint8_t zeros[RC__TRAIN_ALIGN] = {0};
    const rc__gguf *g = &t->model->gguf;
    size_t off = 0, r, rows, cols, bytes;
    uint64_t i;
    for (i = 0; i < g->n_tensors; i++) {
        const rc__gguf_tensor *x = &g->tensors[i];
        const int type = rc__export_type(x, dtype);
        if (!rc__train_is_weight(x->name)) continue;
        cols = (size_t)x->ne[0]; rows = (size_t)x->n_elems / cols;
        for (r = 0; r < rows; r++) {
            rc__export_encode(t->param + off + r * cols, cols, type, row);
            if (fwrite(row, 1, rc__export_bytes(type, cols), f) != rc__export_bytes(type, cols)) return 0;
        }
        bytes = rc__export_bytes(type, (size_t)x->n_elems);
        if (fwrite(zeros, 1, rc__round_align(bytes) - bytes, f) != rc__round_align(bytes) - bytes) return 0;
        off += rc__round8((size_t)x->n_elems);
    }
    return fwrite(t->param + off, sizeof(float), 8, f) == 8;   /* logit_scale [1], padded */
}

/* RC_ERR_VALUE if a weight exported as f16 or with f16 scales exceeds the half range. */
static rc_status rc__export_check(rc_trainer *t, int dtype) {
    const rc__gguf *g = &t->model->gguf;
    size_t off = 0, k;
    uint64_t i;
    for (i = 0; i < g->n_tensors; i++) {
        const rc__gguf_tensor *x = &g->tensors[i];
        const int type = rc__export_type(x, dtype);
        if (!rc__train_is_weight(x->name)) continue;
        for (k = 0; type != RC__TYPE_F32 && type != RC__TYPE_BF16 && k < (size_t)x->n_elems; k++)
            if (fabsf(t->param[off + k]) > 65504.0f)
                return rc__fail(&t->err, RC_ERR_VALUE, "%.*s: values exceed the f16 range; export as f32 or bf16",
                                (int)x->name.len, x->name.ptr);
        off += rc__round8((size_t)x->n_elems);
    }
    return RC_OK;
}

#endif

/* rc_trainer_save (with_opt) and rc_trainer_export(_as): header, parameters (f32, or
   dtype), then (with_opt) the moments and per-tensor step counts, to PATH.tmp, renamed to
   path. */
static rc_status rc__trainer_write(rc_trainer *t, const char *path, int with_opt, int dtype) {
#ifndef REGIONCLIP_NO_STDIO
    size_t hsize, n, len, widest = 0; uint8_t *hdr, *row = NULL; char *tmp; FILE *f; int ok, i, e; uint64_t k;
    rc_status s;
    if (!t) return RC_ERR_ARG;
    t->err.code = RC_OK; t->err.message[0] = 0;
    if (!path) return rc__fail(&t->err, RC_ERR_ARG, "path is NULL");
    if (dtype != RC__TYPE_F32 && (s = rc__export_check(t, dtype))) return s;
    for (k = 0; k < t->model->gguf.n_tensors; k++)
        if (t->model->gguf.tensors[k].ne[0] > widest) widest = (size_t)t->model->gguf.tensors[k].ne[0];
    hsize = rc__train_header(NULL, &t->model->gguf, *t->ls, with_opt, t->step, t->n_params, &t->cfg, dtype, &n);
    len = strlen(path);
    hdr = (uint8_t *)rc__calloc(&t->alloc, hsize);
    tmp = (char *)rc__calloc(&t->alloc, len + 5);
    if (dtype != RC__TYPE_F32) row = (uint8_t *)rc__calloc(&t->alloc, widest * sizeof(float));
    if (!hdr || !tmp || (dtype != RC__TYPE_F32 && !row)) {
        rc__free(&t->alloc, hdr); rc__free(&t->alloc, tmp); rc__free(&t->alloc, row);
        return rc__fail(&t->err, RC_ERR_NOMEM, "out of memory saving");
    }
    rc__train_header(hdr, &t->model->gguf, *t->ls, with_opt, t->step, t->n_params, &t->cfg, dtype, &n);
    memcpy(tmp, path, len); memcpy(tmp + len, ".tmp", 5);
    f = fopen(tmp, "wb");
    ok = f && fwrite(hdr, 1, hsize, f) == hsize;
    ok = ok && (dtype == RC__TYPE_F32 ? fwrite(t->param, sizeof(float), n, f) == n : rc__export_weights(t, f, dtype, row));
    if (with_opt) ok = ok && fwrite(t->m, sizeof(float), n, f) == n && fwrite(t->v, sizeof(float), n, f) == n;
    for (i = 0; with_opt && ok && i < t->n_params; i++) {
        float steps = (float)t->params[i].steps;
        ok = fwrite(&steps, sizeof steps, 1, f) == 1;
    }
    if (f && fclose(f) != 0) ok = 0;
    if (ok && rename(tmp, path) != 0) ok = 0;
    e = ok ? 0 : errno;                /* before remove() may change it */
    if (!ok && f) remove(tmp);
    rc__free(&t->alloc, hdr);
    rc__free(&t->alloc, tmp);
    rc__free(&t->alloc, row);
    return ok ? RC_OK : rc__fail(&t->err, RC_ERR_IO, "cannot write '%s': %s", path, e ? strerror(e) : "write failed");
#else
    (void)path; (void)with_opt; (void)dtype;
    return t ? rc__fail(&t->err, RC_ERR_ARG, "built with REGIONCLIP_NO_STDIO") : RC_ERR_ARG;
#endif
}

RCDEF rc_status rc_trainer_save(rc_trainer *t, const char *path) { return rc__trainer_write(t, path, 1, RC__TYPE_F32); }
RCDEF rc_status rc_trainer_export(rc_trainer *t, const char *path) { return rc__trainer_write(t, path, 0, RC__TYPE_F32); }
RCDEF rc_status rc_trainer_export_as(rc_trainer *t, const char *path, const char *dtype) {
    static const char *const names[] = {"f32", "f16", "bf16", "q8_0", "q4_0"};
    static const int types[] = {RC__TYPE_F32, RC__TYPE_F16, RC__TYPE_BF16, RC__TYPE_Q8_0, RC__TYPE_Q4_0};
    int k;
    if (!t) return RC_ERR_ARG;
    for (k = 0; dtype && k < 5; k++) if (!strcmp(dtype, names[k])) return rc__trainer_write(t, path, 0, types[k]);
    return rc__fail(&t->err, RC_ERR_ARG, "unknown dtype '%s' (f32, f16, bf16, q8_0 or q4_0)", dtype ? dtype : "(null)");
}

#endif /* REGIONCLIP_TRAINING */


/* ===== SECTION: generated tables ===== */

/* Unicode data, generated by tests/gen_unicode.py: Python 3.11.7 (unicodedata 14.0.0), regex 2026.11.19,
   ftfy 6.3.1, html.entities, tokenizers 0.23.3. Do not edit by hand: rerun the script. */

/* Python str.isspace() (str.split/strip) (20 toggle points) */
RC__TABLE_BEGIN const uint32_t rc__uc_py_space[] = {
    0x9, 0xe, 0x1c, 0x21, 0x85, 0x86, 0xa0, 0xa1,
    0x1680, 0x1681, 0x2000, 0x200b, 0x2028, 0x202a, 0x202f, 0x2030,
    0x205f, 0x2060, 0x3000, 0x3001,
}; RC__TABLE_END

/* Python str.lower(), one code point -> one: cp in [lo,hi] with (cp-lo) % stride == 0
   maps to cp + delta (181 runs, 1431 code points). U+03A3 is handled in code. */
RC__TABLE_BEGIN const rc__uc_delta_run rc__uc_py_lower[] = {
    {0x41, 0x5a, 32, 1},
    {0xc0, 0xd6, 32, 1},
    {0xd8, 0xde, 32, 1},
    {0x100, 0x12e, 1, 2},
    {0x132, 0x136, 1, 2},
    {0x139, 0x147, 1, 2},
    {0x14a, 0x176, 1, 2},
    {0x178, 0x178, -121, 1},
    {0x179, 0x17d, 1, 2},
    {0x181, 0x181, 210, 1},
    {0x182, 0x184, 1, 2},
    {0x186, 0x186, 206, 1},
    {0x187, 0x187, 1, 1},
    {0x189, 0x18a, 205, 1},
    {0x18b, 0x18b, 1, 1},
    {0x18e, 0x18e, 79, 1},
    {0x18f, 0x18f, 202, 1},
    {0x190, 0x190, 203, 1},
    {0x191, 0x191, 1, 1},
    {0x193, 0x193, 205, 1},
    {0x194, 0x194, 207, 1},
    {0x196, 0x196, 211, 1},
    {0x197, 0x197, 209, 1},
    {0x198, 0x198, 1, 1},
    {0x19c, 0x19c, 211, 1},
    {0x19d, 0x19d, 213, 1},
    {0x19f, 0x19f, 214, 1},
    {0x1a0, 0x1a4, 1, 2},
    {0x1a6, 0x1a6, 218, 1},
    {0x1a7, 0x1a7, 1, 1},
    {0x1a9, 0x1a9, 218, 1},
    {0x1ac, 0x1ac, 1, 1},
    {0x1ae, 0x1ae, 218, 1},
    {0x1af, 0x1af, 1, 1},
    {0x1b1, 0x1b2, 217, 1},
    {0x1b3, 0x1b5, 1, 2},
    {0x1b7, 0x1b7, 219, 1},
    {0x1b8, 0x1b8, 1, 1},
    {0x1bc, 0x1bc, 1, 1},
    {0x1c4, 0x1c4, 2, 1},
    {0x1c5, 0x1c5, 1, 1},
    {0x1c7, 0x1c7, 2, 1},
    {0x1c8, 0x1c8, 1, 1},
    {0x1ca, 0x1ca, 2, 1},
    {0x1cb, 0x1db, 1, 2},
    {0x1de, 0x1ee, 1, 2},
    {0x1f1, 0x1f1, 2, 1},
    {0x1f2, 0x1f4, 1, 2},
    {0x1f6, 0x1f6, -97, 1},
    {0x1f7, 0x1f7, -56, 1},
    {0x1f8, 0x21e, 1, 2},
    {0x220, 0x220, -130, 1},
    {0x222, 0x232, 1, 2},
    {0x23a, 0x23a, 10795, 1},
    {0x23b, 0x23b, 1, 1},
    {0x23d, 0x23d, -163, 1},
    {0x23e, 0x23e, 10792, 1},
    {0x241, 0x241, 1, 1},
    {0x243, 0x243, -195, 1},
    {0x244, 0x244, 69, 1},
    {0x245, 0x245, 71, 1},
    {0x246, 0x24e, 1, 2},
    {0x370, 0x372, 1, 2},
    {0x376, 0x376, 1, 1},
    {0x37f, 0x37f, 116, 1},
    {0x386, 0x386, 38, 1},
    {0x388, 0x38a, 37, 1},
    {0x38c, 0x38c, 64, 1},
    {0x38e, 0x38f, 63, 1},
    {0x391, 0x3a1, 32, 1},
    {0x3a4, 0x3ab, 32, 1},
    {0x3cf, 0x3cf, 8, 1},
    {0x3d8, 0x3ee, 1, 2},
    {0x3f4, 0x3f4, -60, 1},
    {0x3f7, 0x3f7, 1, 1},
    {0x3f9, 0x3f9, -7, 1},
    {0x3fa, 0x3fa, 1, 1},
    {0x3fd, 0x3ff, -130, 1},
    {0x400, 0x40f, 80, 1},
    {0x410, 0x42f, 32, 1},
    {0x460, 0x480, 1, 2},
    {0x48a, 0x4be, 1, 2},
    {0x4c0, 0x4c0, 15, 1},
    {0x4c1, 0x4cd, 1, 2},
    {0x4d0, 0x52e, 1, 2},
    {0x531, 0x556, 48, 1},
    {0x10a0, 0x10c5, 7264, 1},
    {0x10c7, 0x10c7, 7264, 1},
    {0x10cd, 0x10cd, 7264, 1},
    {0x13a0, 0x13ef, 38864, 1},
    {0x13f0, 0x13f5, 8, 1},
    {0x1c90, 0x1cba, -3008, 1},
    {0x1cbd, 0x1cbf, -3008, 1},
    {0x1e00, 0x1e94, 1, 2},
    {0x1e9e, 0x1e9e, -7615, 1},
    {0x1ea0, 0x1efe, 1, 2},
    {0x1f08, 0x1f0f, -8, 1},
    {0x1f18, 0x1f1d, -8, 1},
    {0x1f28, 0x1f2f, -8, 1},
    {0x1f38, 0x1f3f, -8, 1},
    {0x1f48, 0x1f4d, -8, 1},
    {0x1f59, 0x1f5f, -8, 2},
    {0x1f68, 0x1f6f, -8, 1},
    {0x1f88, 0x1f8f, -8, 1},
    {0x1f98, 0x1f9f, -8, 1},
    {0x1fa8, 0x1faf, -8, 1},
    {0x1fb8, 0x1fb9, -8, 1},
    {0x1fba, 0x1fbb, -74, 1},
    {0x1fbc, 0x1fbc, -9, 1},
    {0x1fc8, 0x1fcb, -86, 1},
    {0x1fcc, 0x1fcc, -9, 1},
    {0x1fd8, 0x1fd9, -8, 1},
    {0x1fda, 0x1fdb, -100, 1},
    {0x1fe8, 0x1fe9, -8, 1},
    {0x1fea, 0x1feb, -112, 1},
    {0x1fec, 0x1fec, -7, 1},
    {0x1ff8, 0x1ff9, -128, 1},
    {0x1ffa, 0x1ffb, -126, 1},
    {0x1ffc, 0x1ffc, -9, 1},
    {0x2126, 0x2126, -7517, 1},
    {0x212a, 0x212a, -8383, 1},
    {0x212b, 0x212b, -8262, 1},
    {0x2132, 0x2132, 28, 1},
    {0x2160, 0x216f, 16, 1},
    {0x2183, 0x2183, 1, 1},
    {0x24b6, 0x24cf, 26, 1},
    {0x2c00, 0x2c2f, 48, 1},
    {0x2c60, 0x2c60, 1, 1},
    {0x2c62, 0x2c62, -10743, 1},
    {0x2c63, 0x2c63, -3814, 1},
    {0x2c64, 0x2c64, -10727, 1},
    {0x2c67, 0x2c6b, 1, 2},
    {0x2c6d, 0x2c6d, -10780, 1},
    {0x2c6e, 0x2c6e, -10749, 1},
    {0x2c6f, 0x2c6f, -10783, 1},
    {0x2c70, 0x2c70, -10782, 1},
    {0x2c72, 0x2c72, 1, 1},
    {0x2c75, 0x2c75, 1, 1},
    {0x2c7e, 0x2c7f, -10815, 1},
    {0x2c80, 0x2ce2, 1, 2},
    {0x2ceb, 0x2ced, 1, 2},
    {0x2cf2, 0x2cf2, 1, 1},
    {0xa640, 0xa66c, 1, 2},
    {0xa680, 0xa69a, 1, 2},
    {0xa722, 0xa72e, 1, 2},
    {0xa732, 0xa76e, 1, 2},
    {0xa779, 0xa77b, 1, 2},
    {0xa77d, 0xa77d, -35332, 1},
    {0xa77e, 0xa786, 1, 2},
    {0xa78b, 0xa78b, 1, 1},
    {0xa78d, 0xa78d, -42280, 1},
    {0xa790, 0xa792, 1, 2},
    {0xa796, 0xa7a8, 1, 2},
    {0xa7aa, 0xa7aa, -42308, 1},
    {0xa7ab, 0xa7ab, -42319, 1},
    {0xa7ac, 0xa7ac, -42315, 1},
    {0xa7ad, 0xa7ad, -42305, 1},
    {0xa7ae, 0xa7ae, -42308, 1},
    {0xa7b0, 0xa7b0, -42258, 1},
    {0xa7b1, 0xa7b1, -42282, 1},
    {0xa7b2, 0xa7b2, -42261, 1},
    {0xa7b3, 0xa7b3, 928, 1},
    {0xa7b4, 0xa7c2, 1, 2},
    {0xa7c4, 0xa7c4, -48, 1},
    {0xa7c5, 0xa7c5, -42307, 1},
    {0xa7c6, 0xa7c6, -35384, 1},
    {0xa7c7, 0xa7c9, 1, 2},
    {0xa7d0, 0xa7d0, 1, 1},
    {0xa7d6, 0xa7d8, 1, 2},
    {0xa7f5, 0xa7f5, 1, 1},
    {0xff21, 0xff3a, 32, 1},
    {0x10400, 0x10427, 40, 1},
    {0x104b0, 0x104d3, 40, 1},
    {0x10570, 0x1057a, 39, 1},
    {0x1057c, 0x1058a, 39, 1},
    {0x1058c, 0x10592, 39, 1},
    {0x10594, 0x10595, 39, 1},
    {0x10c80, 0x10cb2, 64, 1},
    {0x118a0, 0x118bf, 32, 1},
    {0x16e40, 0x16e5f, 32, 1},
    {0x1e900, 0x1e921, 34, 1},
}; RC__TABLE_END

/* Python str.lower() with more than one code point in the result (0-terminated). */
RC__TABLE_BEGIN const rc__uc_multi rc__uc_py_lower_multi[] = {
    {0x130, {0x69, 0x307, 0x0}},
}; RC__TABLE_END

/* Python's Case_Ignorable (final sigma) (854 toggle points) */
RC__TABLE_BEGIN const uint32_t rc__uc_py_case_ignorable[] = {
    0x27, 0x28, 0x2e, 0x2f, 0x3a, 0x3b, 0x5e, 0x5f,
    0x60, 0x61, 0xa8, 0xa9, 0xad, 0xae, 0xaf, 0xb0,
    0xb4, 0xb5, 0xb7, 0xb9, 0x2b0, 0x370, 0x374, 0x376,
    0x37a, 0x37b, 0x384, 0x386, 0x387, 0x388, 0x483, 0x48a,
    0x559, 0x55a, 0x55f, 0x560, 0x591, 0x5be, 0x5bf, 0x5c0,
    0x5c1, 0x5c3, 0x5c4, 0x5c6, 0x5c7, 0x5c8, 0x5f4, 0x5f5,
    0x600, 0x606, 0x610, 0x61b, 0x61c, 0x61d, 0x640, 0x641,
    0x64b, 0x660, 0x670, 0x671, 0x6d6, 0x6de, 0x6df, 0x6e9,
    0x6ea, 0x6ee, 0x70f, 0x710, 0x711, 0x712, 0x730, 0x74b,
    0x7a6, 0x7b1, 0x7eb, 0x7f6, 0x7fa, 0x7fb, 0x7fd, 0x7fe,
    0x816, 0x82e, 0x859, 0x85c, 0x888, 0x889, 0x890, 0x892,
    0x898, 0x8a0, 0x8c9, 0x903, 0x93a, 0x93b, 0x93c, 0x93d,
    0x941, 0x949, 0x94d, 0x94e, 0x951, 0x958, 0x962, 0x964,
    0x971, 0x972, 0x981, 0x982, 0x9bc, 0x9bd, 0x9c1, 0x9c5,
    0x9cd, 0x9ce, 0x9e2, 0x9e4, 0x9fe, 0x9ff, 0xa01, 0xa03,
    0xa3c, 0xa3d, 0xa41, 0xa43, 0xa47, 0xa49, 0xa4b, 0xa4e,
    0xa51, 0xa52, 0xa70, 0xa72, 0xa75, 0xa76, 0xa81, 0xa83,
    0xabc, 0xabd, 0xac1, 0xac6, 0xac7, 0xac9, 0xacd, 0xace,
    0xae2, 0xae4, 0xafa, 0xb00, 0xb01, 0xb02, 0xb3c, 0xb3d,
    0xb3f, 0xb40, 0xb41, 0xb45, 0xb4d, 0xb4e, 0xb55, 0xb57,
    0xb62, 0xb64, 0xb82, 0xb83, 0xbc0, 0xbc1, 0xbcd, 0xbce,
    0xc00, 0xc01, 0xc04, 0xc05, 0xc3c, 0xc3d, 0xc3e, 0xc41,
    0xc46, 0xc49, 0xc4a, 0xc4e, 0xc55, 0xc57, 0xc62, 0xc64,
    0xc81, 0xc82, 0xcbc, 0xcbd, 0xcbf, 0xcc0, 0xcc6, 0xcc7,
    0xccc, 0xcce, 0xce2, 0xce4, 0xd00, 0xd02, 0xd3b, 0xd3d,
    0xd41, 0xd45, 0xd4d, 0xd4e, 0xd62, 0xd64, 0xd81, 0xd82,
    0xdca, 0xdcb, 0xdd2, 0xdd5, 0xdd6, 0xdd7, 0xe31, 0xe32,
    0xe34, 0xe3b, 0xe46, 0xe4f, 0xeb1, 0xeb2, 0xeb4, 0xebd,
    0xec6, 0xec7, 0xec8, 0xece, 0xf18, 0xf1a, 0xf35, 0xf36,
    0xf37, 0xf38, 0xf39, 0xf3a, 0xf71, 0xf7f, 0xf80, 0xf85,
    0xf86, 0xf88, 0xf8d, 0xf98, 0xf99, 0xfbd, 0xfc6, 0xfc7,
    0x102d, 0x1031, 0x1032, 0x1038, 0x1039, 0x103b, 0x103d, 0x103f,
    0x1058, 0x105a, 0x105e, 0x1061, 0x1071, 0x1075, 0x1082, 0x1083,
    0x1085, 0x1087, 0x108d, 0x108e, 0x109d, 0x109e, 0x10fc, 0x10fd,
    0x135d, 0x1360, 0x1712, 0x1715, 0x1732, 0x1734, 0x1752, 0x1754,
    0x1772, 0x1774, 0x17b4, 0x17b6, 0x17b7, 0x17be, 0x17c6, 0x17c7,
    0x17c9, 0x17d4, 0x17d7, 0x17d8, 0x17dd, 0x17de, 0x180b, 0x1810,
    0x1843, 0x1844, 0x1885, 0x1887, 0x18a9, 0x18aa, 0x1920, 0x1923,
    0x1927, 0x1929, 0x1932, 0x1933, 0x1939, 0x193c, 0x1a17, 0x1a19,
    0x1a1b, 0x1a1c, 0x1a56, 0x1a57, 0x1a58, 0x1a5f, 0x1a60, 0x1a61,
    0x1a62, 0x1a63, 0x1a65, 0x1a6d, 0x1a73, 0x1a7d, 0x1a7f, 0x1a80,
    0x1aa7, 0x1aa8, 0x1ab0, 0x1acf, 0x1b00, 0x1b04, 0x1b34, 0x1b35,
    0x1b36, 0x1b3b, 0x1b3c, 0x1b3d, 0x1b42, 0x1b43, 0x1b6b, 0x1b74,
    0x1b80, 0x1b82, 0x1ba2, 0x1ba6, 0x1ba8, 0x1baa, 0x1bab, 0x1bae,
    0x1be6, 0x1be7, 0x1be8, 0x1bea, 0x1bed, 0x1bee, 0x1bef, 0x1bf2,
    0x1c2c, 0x1c34, 0x1c36, 0x1c38, 0x1c78, 0x1c7e, 0x1cd0, 0x1cd3,
    0x1cd4, 0x1ce1, 0x1ce2, 0x1ce9, 0x1ced, 0x1cee, 0x1cf4, 0x1cf5,
    0x1cf8, 0x1cfa, 0x1d2c, 0x1d6b, 0x1d78, 0x1d79, 0x1d9b, 0x1e00,
    0x1fbd, 0x1fbe, 0x1fbf, 0x1fc2, 0x1fcd, 0x1fd0, 0x1fdd, 0x1fe0,
    0x1fed, 0x1ff0, 0x1ffd, 0x1fff, 0x200b, 0x2010, 0x2018, 0x201a,
    0x2024, 0x2025, 0x2027, 0x2028, 0x202a, 0x202f, 0x2060, 0x2065,
    0x2066, 0x2070, 0x2071, 0x2072, 0x207f, 0x2080, 0x2090, 0x209d,
    0x20d0, 0x20f1, 0x2c7c, 0x2c7e, 0x2cef, 0x2cf2, 0x2d6f, 0x2d70,
    0x2d7f, 0x2d80, 0x2de0, 0x2e00, 0x2e2f, 0x2e30, 0x3005, 0x3006,
    0x302a, 0x302e, 0x3031, 0x3036, 0x303b, 0x303c, 0x3099, 0x309f,
    0x30fc, 0x30ff, 0xa015, 0xa016, 0xa4f8, 0xa4fe, 0xa60c, 0xa60d,
    0xa66f, 0xa673, 0xa674, 0xa67e, 0xa67f, 0xa680, 0xa69c, 0xa6a0,
    0xa6f0, 0xa6f2, 0xa700, 0xa722, 0xa770, 0xa771, 0xa788, 0xa78b,
    0xa7f2, 0xa7f5, 0xa7f8, 0xa7fa, 0xa802, 0xa803, 0xa806, 0xa807,
    0xa80b, 0xa80c, 0xa825, 0xa827, 0xa82c, 0xa82d, 0xa8c4, 0xa8c6,
    0xa8e0, 0xa8f2, 0xa8ff, 0xa900, 0xa926, 0xa92e, 0xa947, 0xa952,
    0xa980, 0xa983, 0xa9b3, 0xa9b4, 0xa9b6, 0xa9ba, 0xa9bc, 0xa9be,
    0xa9cf, 0xa9d0, 0xa9e5, 0xa9e7, 0xaa29, 0xaa2f, 0xaa31, 0xaa33,
    0xaa35, 0xaa37, 0xaa43, 0xaa44, 0xaa4c, 0xaa4d, 0xaa70, 0xaa71,
    0xaa7c, 0xaa7d, 0xaab0, 0xaab1, 0xaab2, 0xaab5, 0xaab7, 0xaab9,
    0xaabe, 0xaac0, 0xaac1, 0xaac2, 0xaadd, 0xaade, 0xaaec, 0xaaee,
    0xaaf3, 0xaaf5, 0xaaf6, 0xaaf7, 0xab5b, 0xab60, 0xab69, 0xab6c,
    0xabe5, 0xabe6, 0xabe8, 0xabe9, 0xabed, 0xabee, 0xfb1e, 0xfb1f,
    0xfbb2, 0xfbc3, 0xfe00, 0xfe10, 0xfe13, 0xfe14, 0xfe20, 0xfe30,
    0xfe52, 0xfe53, 0xfe55, 0xfe56, 0xfeff, 0xff00, 0xff07, 0xff08,
    0xff0e, 0xff0f, 0xff1a, 0xff1b, 0xff3e, 0xff3f, 0xff40, 0xff41,
    0xff70, 0xff71, 0xff9e, 0xffa0, 0xffe3, 0xffe4, 0xfff9, 0xfffc,
    0x101fd, 0x101fe, 0x102e0, 0x102e1, 0x10376, 0x1037b, 0x10780, 0x10786,
    0x10787, 0x107b1, 0x107b2, 0x107bb, 0x10a01, 0x10a04, 0x10a05, 0x10a07,
    0x10a0c, 0x10a10, 0x10a38, 0x10a3b, 0x10a3f, 0x10a40, 0x10ae5, 0x10ae7,
    0x10d24, 0x10d28, 0x10eab, 0x10ead, 0x10f46, 0x10f51, 0x10f82, 0x10f86,
    0x11001, 0x11002, 0x11038, 0x11047, 0x11070, 0x11071, 0x11073, 0x11075,
    0x1107f, 0x11082, 0x110b3, 0x110b7, 0x110b9, 0x110bb, 0x110bd, 0x110be,
    0x110c2, 0x110c3, 0x110cd, 0x110ce, 0x11100, 0x11103, 0x11127, 0x1112c,
    0x1112d, 0x11135, 0x11173, 0x11174, 0x11180, 0x11182, 0x111b6, 0x111bf,
    0x111c9, 0x111cd, 0x111cf, 0x111d0, 0x1122f, 0x11232, 0x11234, 0x11235,
    0x11236, 0x11238, 0x1123e, 0x1123f, 0x112df, 0x112e0, 0x112e3, 0x112eb,
    0x11300, 0x11302, 0x1133b, 0x1133d, 0x11340, 0x11341, 0x11366, 0x1136d,
    0x11370, 0x11375, 0x11438, 0x11440, 0x11442, 0x11445, 0x11446, 0x11447,
    0x1145e, 0x1145f, 0x114b3, 0x114b9, 0x114ba, 0x114bb, 0x114bf, 0x114c1,
    0x114c2, 0x114c4, 0x115b2, 0x115b6, 0x115bc, 0x115be, 0x115bf, 0x115c1,
    0x115dc, 0x115de, 0x11633, 0x1163b, 0x1163d, 0x1163e, 0x1163f, 0x11641,
    0x116ab, 0x116ac, 0x116ad, 0x116ae, 0x116b0, 0x116b6, 0x116b7, 0x116b8,
    0x1171d, 0x11720, 0x11722, 0x11726, 0x11727, 0x1172c, 0x1182f, 0x11838,
    0x11839, 0x1183b, 0x1193b, 0x1193d, 0x1193e, 0x1193f, 0x11943, 0x11944,
    0x119d4, 0x119d8, 0x119da, 0x119dc, 0x119e0, 0x119e1, 0x11a01, 0x11a0b,
    0x11a33, 0x11a39, 0x11a3b, 0x11a3f, 0x11a47, 0x11a48, 0x11a51, 0x11a57,
    0x11a59, 0x11a5c, 0x11a8a, 0x11a97, 0x11a98, 0x11a9a, 0x11c30, 0x11c37,
    0x11c38, 0x11c3e, 0x11c3f, 0x11c40, 0x11c92, 0x11ca8, 0x11caa, 0x11cb1,
    0x11cb2, 0x11cb4, 0x11cb5, 0x11cb7, 0x11d31, 0x11d37, 0x11d3a, 0x11d3b,
    0x11d3c, 0x11d3e, 0x11d3f, 0x11d46, 0x11d47, 0x11d48, 0x11d90, 0x11d92,
    0x11d95, 0x11d96, 0x11d97, 0x11d98, 0x11ef3, 0x11ef5, 0x13430, 0x13439,
    0x16af0, 0x16af5, 0x16b30, 0x16b37, 0x16b40, 0x16b44, 0x16f4f, 0x16f50,
    0x16f8f, 0x16fa0, 0x16fe0, 0x16fe2, 0x16fe3, 0x16fe5, 0x1aff0, 0x1aff4,
    0x1aff5, 0x1affc, 0x1affd, 0x1afff, 0x1bc9d, 0x1bc9f, 0x1bca0, 0x1bca4,
    0x1cf00, 0x1cf2e, 0x1cf30, 0x1cf47, 0x1d167, 0x1d16a, 0x1d173, 0x1d183,
    0x1d185, 0x1d18c, 0x1d1aa, 0x1d1ae, 0x1d242, 0x1d245, 0x1da00, 0x1da37,
    0x1da3b, 0x1da6d, 0x1da75, 0x1da76, 0x1da84, 0x1da85, 0x1da9b, 0x1daa0,
    0x1daa1, 0x1dab0, 0x1e000, 0x1e007, 0x1e008, 0x1e019, 0x1e01b, 0x1e022,
    0x1e023, 0x1e025, 0x1e026, 0x1e02b, 0x1e130, 0x1e13e, 0x1e2ae, 0x1e2af,
    0x1e2ec, 0x1e2f0, 0x1e8d0, 0x1e8d7, 0x1e944, 0x1e94c, 0x1f3fb, 0x1f400,
    0xe0001, 0xe0002, 0xe0020, 0xe0080, 0xe0100, 0xe01f0,
}; RC__TABLE_END

/* Python's Cased and not Case_Ignorable (final sigma) (298 toggle points) */
RC__TABLE_BEGIN const uint32_t rc__uc_py_cased[] = {
    0x41, 0x5b, 0x61, 0x7b, 0xaa, 0xab, 0xb5, 0xb6,
    0xba, 0xbb, 0xc0, 0xd7, 0xd8, 0xf7, 0xf8, 0x1bb,
    0x1bc, 0x1c0, 0x1c4, 0x294, 0x295, 0x2b0, 0x370, 0x374,
    0x376, 0x378, 0x37b, 0x37e, 0x37f, 0x380, 0x386, 0x387,
    0x388, 0x38b, 0x38c, 0x38d, 0x38e, 0x3a2, 0x3a3, 0x3f6,
    0x3f7, 0x482, 0x48a, 0x530, 0x531, 0x557, 0x560, 0x589,
    0x10a0, 0x10c6, 0x10c7, 0x10c8, 0x10cd, 0x10ce, 0x10d0, 0x10fb,
    0x10fd, 0x1100, 0x13a0, 0x13f6, 0x13f8, 0x13fe, 0x1c80, 0x1c89,
    0x1c90, 0x1cbb, 0x1cbd, 0x1cc0, 0x1d00, 0x1d2c, 0x1d6b, 0x1d78,
    0x1d79, 0x1d9b, 0x1e00, 0x1f16, 0x1f18, 0x1f1e, 0x1f20, 0x1f46,
    0x1f48, 0x1f4e, 0x1f50, 0x1f58, 0x1f59, 0x1f5a, 0x1f5b, 0x1f5c,
    0x1f5d, 0x1f5e, 0x1f5f, 0x1f7e, 0x1f80, 0x1fb5, 0x1fb6, 0x1fbd,
    0x1fbe, 0x1fbf, 0x1fc2, 0x1fc5, 0x1fc6, 0x1fcd, 0x1fd0, 0x1fd4,
    0x1fd6, 0x1fdc, 0x1fe0, 0x1fed, 0x1ff2, 0x1ff5, 0x1ff6, 0x1ffd,
    0x2102, 0x2103, 0x2107, 0x2108, 0x210a, 0x2114, 0x2115, 0x2116,
    0x2119, 0x211e, 0x2124, 0x2125, 0x2126, 0x2127, 0x2128, 0x2129,
    0x212a, 0x212e, 0x212f, 0x2135, 0x2139, 0x213a, 0x213c, 0x2140,
    0x2145, 0x214a, 0x214e, 0x214f, 0x2160, 0x2180, 0x2183, 0x2185,
    0x24b6, 0x24ea, 0x2c00, 0x2c7c, 0x2c7e, 0x2ce5, 0x2ceb, 0x2cef,
    0x2cf2, 0x2cf4, 0x2d00, 0x2d26, 0x2d27, 0x2d28, 0x2d2d, 0x2d2e,
    0xa640, 0xa66e, 0xa680, 0xa69c, 0xa722, 0xa770, 0xa771, 0xa788,
    0xa78b, 0xa78f, 0xa790, 0xa7cb, 0xa7d0, 0xa7d2, 0xa7d3, 0xa7d4,
    0xa7d5, 0xa7da, 0xa7f5, 0xa7f7, 0xa7fa, 0xa7fb, 0xab30, 0xab5b,
    0xab60, 0xab69, 0xab70, 0xabc0, 0xfb00, 0xfb07, 0xfb13, 0xfb18,
    0xff21, 0xff3b, 0xff41, 0xff5b, 0x10400, 0x10450, 0x104b0, 0x104d4,
    0x104d8, 0x104fc, 0x10570, 0x1057b, 0x1057c, 0x1058b, 0x1058c, 0x10593,
    0x10594, 0x10596, 0x10597, 0x105a2, 0x105a3, 0x105b2, 0x105b3, 0x105ba,
    0x105bb, 0x105bd, 0x10c80, 0x10cb3, 0x10cc0, 0x10cf3, 0x118a0, 0x118e0,
    0x16e40, 0x16e80, 0x1d400, 0x1d455, 0x1d456, 0x1d49d, 0x1d49e, 0x1d4a0,
    0x1d4a2, 0x1d4a3, 0x1d4a5, 0x1d4a7, 0x1d4a9, 0x1d4ad, 0x1d4ae, 0x1d4ba,
    0x1d4bb, 0x1d4bc, 0x1d4bd, 0x1d4c4, 0x1d4c5, 0x1d506, 0x1d507, 0x1d50b,
    0x1d50d, 0x1d515, 0x1d516, 0x1d51d, 0x1d51e, 0x1d53a, 0x1d53b, 0x1d53f,
    0x1d540, 0x1d545, 0x1d546, 0x1d547, 0x1d54a, 0x1d551, 0x1d552, 0x1d6a6,
    0x1d6a8, 0x1d6c1, 0x1d6c2, 0x1d6db, 0x1d6dc, 0x1d6fb, 0x1d6fc, 0x1d715,
    0x1d716, 0x1d735, 0x1d736, 0x1d74f, 0x1d750, 0x1d76f, 0x1d770, 0x1d789,
    0x1d78a, 0x1d7a9, 0x1d7aa, 0x1d7c3, 0x1d7c4, 0x1d7cc, 0x1df00, 0x1df0a,
    0x1df0b, 0x1df1f, 0x1e900, 0x1e944, 0x1f130, 0x1f14a, 0x1f150, 0x1f16a,
    0x1f170, 0x1f18a,
}; RC__TABLE_END

/* open_clip's pre-split classes as the regex package 2026.11.19 matches them with IGNORECASE:
   bit 1 [\p{L}], 2 [\p{N}], 4 [^\s\p{L}\p{N}], 8 \s. Runs packed as (first_cp << 4) | bits. */
RC__TABLE_BEGIN const uint32_t rc__uc_re_class[] = {
    0x4, 0x98, 0xe4, 0x208, 0x214, 0x302, 0x3a4, 0x411,
    0x5b4, 0x611, 0x7b4, 0x858, 0x864, 0xa08, 0xa14, 0xaa1,
    0xab4, 0xb22, 0xb44, 0xb51, 0xb64, 0xb92, 0xba1, 0xbb4,
    0xbc2, 0xbf4, 0xc01, 0xd74, 0xd81, 0xf74, 0xf81, 0x2c24,
    0x2c61, 0x2d24, 0x2e01, 0x2e54, 0x2ec1, 0x2ed4, 0x2ee1, 0x2ef4,
    0x3450, 0x3464, 0x3701, 0x3754, 0x3761, 0x3784, 0x37a1, 0x37e4,
    0x37f1, 0x3804, 0x3861, 0x3874, 0x3881, 0x38b4, 0x38c1, 0x38d4,
    0x38e1, 0x3a24, 0x3a31, 0x3f64, 0x3f71, 0x4824, 0x48a1, 0x5304,
    0x5311, 0x5574, 0x5581, 0x55a4, 0x5601, 0x5894, 0x58b1, 0x58d4,
    0x5d01, 0x5eb4, 0x5ef1, 0x5f34, 0x6201, 0x64b4, 0x6602, 0x66a4,
    0x66e1, 0x6704, 0x6711, 0x6d44, 0x6d51, 0x6d64, 0x6e51, 0x6e74,
    0x6ee1, 0x6f02, 0x6fa1, 0x6fd4, 0x6ff1, 0x7004, 0x7101, 0x7114,
    0x7121, 0x7304, 0x74d1, 0x7a64, 0x7b11, 0x7b24, 0x7c02, 0x7ca1,
    0x7eb4, 0x7f41, 0x7f64, 0x7fa1, 0x7fb4, 0x8001, 0x8164, 0x81a1,
    0x81b4, 0x8241, 0x8254, 0x8281, 0x8294, 0x8401, 0x8594, 0x8601,
    0x86b4, 0x8701, 0x8884, 0x8891, 0x8904, 0x8a01, 0x8ca4, 0x9041,
    0x93a4, 0x93d1, 0x93e4, 0x9501, 0x9514, 0x9581, 0x9624, 0x9662,
    0x9704, 0x9711, 0x9814, 0x9851, 0x98d4, 0x98f1, 0x9914, 0x9931,
    0x9a94, 0x9aa1, 0x9b14, 0x9b21, 0x9b34, 0x9b61, 0x9ba4, 0x9bd1,
    0x9be4, 0x9ce1, 0x9cf4, 0x9dc1, 0x9de4, 0x9df1, 0x9e24, 0x9e62,
    0x9f01, 0x9f24, 0x9f42, 0x9fa4, 0x9fc1, 0x9fd4, 0xa051, 0xa0b4,
    0xa0f1, 0xa114, 0xa131, 0xa294, 0xa2a1, 0xa314, 0xa321, 0xa344,
    0xa351, 0xa374, 0xa381, 0xa3a4, 0xa591, 0xa5d4, 0xa5e1, 0xa5f4,
    0xa662, 0xa704, 0xa721, 0xa754, 0xa851, 0xa8e4, 0xa8f1, 0xa924,
    0xa931, 0xaa94, 0xaaa1, 0xab14, 0xab21, 0xab44, 0xab51, 0xaba4,
    0xabd1, 0xabe4, 0xad01, 0xad14, 0xae01, 0xae24, 0xae62, 0xaf04,
    0xaf91, 0xafa4, 0xb051, 0xb0d4, 0xb0f1, 0xb114, 0xb131, 0xb294,
    0xb2a1, 0xb314, 0xb321, 0xb344, 0xb351, 0xb3a4, 0xb3d1, 0xb3e4,
    0xb5c1, 0xb5e4, 0xb5f1, 0xb624, 0xb662, 0xb704, 0xb711, 0xb722,
    0xb784, 0xb831, 0xb844, 0xb851, 0xb8b4, 0xb8e1, 0xb914, 0xb921,
    0xb964, 0xb991, 0xb9b4, 0xb9c1, 0xb9d4, 0xb9e1, 0xba04, 0xba31,
    0xba54, 0xba81, 0xbab4, 0xbae1, 0xbba4, 0xbd01, 0xbd14, 0xbe62,
    0xbf34, 0xc051, 0xc0d4, 0xc0e1, 0xc114, 0xc121, 0xc294, 0xc2a1,
    0xc3a4, 0xc3d1, 0xc3e4, 0xc581, 0xc5b4, 0xc5c1, 0xc5e4, 0xc601,
    0xc624, 0xc662, 0xc704, 0xc782, 0xc7f4, 0xc801, 0xc814, 0xc851,
    0xc8d4, 0xc8e1, 0xc914, 0xc921, 0xca94, 0xcaa1, 0xcb44, 0xcb51,
    0xcba4, 0xcbd1, 0xcbe4, 0xcdc1, 0xcdf4, 0xce01, 0xce24, 0xce62,
    0xcf04, 0xcf11, 0xcf34, 0xd041, 0xd0d4, 0xd0e1, 0xd114, 0xd121,
    0xd3b4, 0xd3d1, 0xd3e4, 0xd4e1, 0xd4f4, 0xd541, 0xd574, 0xd582,
    0xd5f1, 0xd624, 0xd662, 0xd794, 0xd7a1, 0xd804, 0xd851, 0xd974,
    0xd9a1, 0xdb24, 0xdb31, 0xdbc4, 0xdbd1, 0xdbe4, 0xdc01, 0xdc74,
    0xde62, 0xdf04, 0xe011, 0xe314, 0xe321, 0xe344, 0xe401, 0xe474,
    0xe502, 0xe5a4, 0xe811, 0xe834, 0xe841, 0xe854, 0xe861, 0xe8b4,
    0xe8c1, 0xea44, 0xea51, 0xea64, 0xea71, 0xeb14, 0xeb21, 0xeb44,
    0xebd1, 0xebe4, 0xec01, 0xec54, 0xec61, 0xec74, 0xed02, 0xeda4,
    0xedc1, 0xee04, 0xf001, 0xf014, 0xf202, 0xf344, 0xf401, 0xf484,
    0xf491, 0xf6d4, 0xf881, 0xf8d4, 0x10001, 0x102b4, 0x103f1, 0x10402,
    0x104a4, 0x10501, 0x10564, 0x105a1, 0x105e4, 0x10611, 0x10624, 0x10651,
    0x10674, 0x106e1, 0x10714, 0x10751, 0x10824, 0x108e1, 0x108f4, 0x10902,
    0x109a4, 0x10a01, 0x10c64, 0x10c71, 0x10c84, 0x10cd1, 0x10ce4, 0x10d01,
    0x10fb4, 0x10fc1, 0x12494, 0x124a1, 0x124e4, 0x12501, 0x12574, 0x12581,
    0x12594, 0x125a1, 0x125e4, 0x12601, 0x12894, 0x128a1, 0x128e4, 0x12901,
    0x12b14, 0x12b21, 0x12b64, 0x12b81, 0x12bf4, 0x12c01, 0x12c14, 0x12c21,
    0x12c64, 0x12c81, 0x12d74, 0x12d81, 0x13114, 0x13121, 0x13164, 0x13181,
    0x135b4, 0x13692, 0x137d4, 0x13801, 0x13904, 0x13a01, 0x13f64, 0x13f81,
    0x13fe4, 0x14011, 0x166d4, 0x166f1, 0x16808, 0x16811, 0x169b4, 0x16a01,
    0x16eb4, 0x16ee2, 0x16f11, 0x16f94, 0x17001, 0x17124, 0x171f1, 0x17324,
    0x17401, 0x17524, 0x17601, 0x176d4, 0x176e1, 0x17714, 0x17801, 0x17b44,
    0x17d71, 0x17d84, 0x17dc1, 0x17dd4, 0x17e02, 0x17ea4, 0x17f02, 0x17fa4,
    0x18102, 0x181a4, 0x18201, 0x18794, 0x18801, 0x18854, 0x18871, 0x18a94,
    0x18aa1, 0x18ab4, 0x18b01, 0x18f64, 0x19001, 0x191f4, 0x19462, 0x19501,
    0x196e4, 0x19701, 0x19754, 0x19801, 0x19ac4, 0x19b01, 0x19ca4, 0x19d02,
    0x19db4, 0x1a001, 0x1a174, 0x1a201, 0x1a554, 0x1a802, 0x1a8a4, 0x1a902,
    0x1a9a4, 0x1aa71, 0x1aa84, 0x1b051, 0x1b344, 0x1b451, 0x1b4d4, 0x1b502,
    0x1b5a4, 0x1b831, 0x1ba14, 0x1bae1, 0x1bb02, 0x1bba1, 0x1be64, 0x1c001,
    0x1c244, 0x1c402, 0x1c4a4, 0x1c4d1, 0x1c502, 0x1c5a1, 0x1c7e4, 0x1c801,
    0x1c8b4, 0x1c901, 0x1cbb4, 0x1cbd1, 0x1cc04, 0x1ce91, 0x1ced4, 0x1cee1,
    0x1cf44, 0x1cf51, 0x1cf74, 0x1cfa1, 0x1cfb4, 0x1d001, 0x1dc04, 0x1e001,
    0x1f164, 0x1f181, 0x1f1e4, 0x1f201, 0x1f464, 0x1f481, 0x1f4e4, 0x1f501,
    0x1f584, 0x1f591, 0x1f5a4, 0x1f5b1, 0x1f5c4, 0x1f5d1, 0x1f5e4, 0x1f5f1,
    0x1f7e4, 0x1f801, 0x1fb54, 0x1fb61, 0x1fbd4, 0x1fbe1, 0x1fbf4, 0x1fc21,
    0x1fc54, 0x1fc61, 0x1fcd4, 0x1fd01, 0x1fd44, 0x1fd61, 0x1fdc4, 0x1fe01,
    0x1fed4, 0x1ff21, 0x1ff54, 0x1ff61, 0x1ffd4, 0x20008, 0x200b4, 0x20288,
    0x202a4, 0x202f8, 0x20304, 0x205f8, 0x20604, 0x20702, 0x20711, 0x20724,
    0x20742, 0x207a4, 0x207f1, 0x20802, 0x208a4, 0x208f1, 0x20a04, 0x21021,
    0x21034, 0x21071, 0x21084, 0x210a1, 0x21144, 0x21151, 0x21164, 0x21191,
    0x211e4, 0x21241, 0x21254, 0x21261, 0x21274, 0x21281, 0x21294, 0x212a1,
    0x212e4, 0x212f1, 0x213a4, 0x213c1, 0x21404, 0x21451, 0x214a4, 0x214e1,
    0x214f4, 0x21502, 0x21831, 0x21852, 0x218a4, 0x24602, 0x249c4, 0x24ea2,
    0x25004, 0x27762, 0x27944, 0x2c001, 0x2ce54, 0x2ceb1, 0x2cef4, 0x2cf21,
    0x2cf44, 0x2cfd2, 0x2cfe4, 0x2d001, 0x2d264, 0x2d271, 0x2d284, 0x2d2d1,
    0x2d2e4, 0x2d301, 0x2d684, 0x2d6f1, 0x2d704, 0x2d801, 0x2d974, 0x2da01,
    0x2da74, 0x2da81, 0x2daf4, 0x2db01, 0x2db74, 0x2db81, 0x2dbf4, 0x2dc01,
    0x2dc74, 0x2dc81, 0x2dcf4, 0x2dd01, 0x2dd74, 0x2dd81, 0x2ddf4, 0x2e2f1,
    0x2e304, 0x30008, 0x30014, 0x30051, 0x30072, 0x30084, 0x30212, 0x302a4,
    0x30311, 0x30364, 0x30382, 0x303b1, 0x303d4, 0x30411, 0x30974, 0x309d1,
    0x30a04, 0x30a11, 0x30fb4, 0x30fc1, 0x31004, 0x31051, 0x31304, 0x31311,
    0x318f4, 0x31922, 0x31964, 0x31a01, 0x31c04, 0x31f01, 0x32004, 0x32202,
    0x322a4, 0x32482, 0x32504, 0x32512, 0x32604, 0x32802, 0x328a4, 0x32b12,
    0x32c04, 0x34001, 0x4dc04, 0x4e001, 0xa48d4, 0xa4d01, 0xa4fe4, 0xa5001,
    0xa60d4, 0xa6101, 0xa6202, 0xa62a1, 0xa62c4, 0xa6401, 0xa66f4, 0xa67f1,
    0xa69e4, 0xa6a01, 0xa6e62, 0xa6f04, 0xa7171, 0xa7204, 0xa7221, 0xa7894,
    0xa78b1, 0xa7de4, 0xa7e21, 0xa7e34, 0xa7f11, 0xa8024, 0xa8031, 0xa8064,
    0xa8071, 0xa80b4, 0xa80c1, 0xa8234, 0xa8302, 0xa8364, 0xa8401, 0xa8744,
    0xa8821, 0xa8b44, 0xa8d02, 0xa8da4, 0xa8f21, 0xa8f84, 0xa8fb1, 0xa8fc4,
    0xa8fd1, 0xa8ff4, 0xa9002, 0xa90a1, 0xa9264, 0xa9301, 0xa9474, 0xa9601,
    0xa97d4, 0xa9841, 0xa9b34, 0xa9cf1, 0xa9d02, 0xa9da4, 0xa9e01, 0xa9e54,
    0xa9e61, 0xa9f02, 0xa9fa1, 0xa9ff4, 0xaa001, 0xaa294, 0xaa401, 0xaa434,
    0xaa441, 0xaa4c4, 0xaa502, 0xaa5a4, 0xaa601, 0xaa774, 0xaa7a1, 0xaa7b4,
    0xaa7e1, 0xaab04, 0xaab11, 0xaab24, 0xaab51, 0xaab74, 0xaab91, 0xaabe4,
    0xaac01, 0xaac14, 0xaac21, 0xaac34, 0xaadb1, 0xaade4, 0xaae01, 0xaaeb4,
    0xaaf21, 0xaaf54, 0xab011, 0xab074, 0xab091, 0xab0f4, 0xab111, 0xab174,
    0xab201, 0xab274, 0xab281, 0xab2f4, 0xab301, 0xab5b4, 0xab5c1, 0xab6a4,
    0xab6c1, 0xab6e4, 0xab701, 0xabe34, 0xabf02, 0xabfa4, 0xac001, 0xd7a44,
    0xd7b01, 0xd7c74, 0xd7cb1, 0xd7fc4, 0xd8000, 0xe0004, 0xf9001, 0xfa6e4,
    0xfa701, 0xfada4, 0xfb001, 0xfb074, 0xfb131, 0xfb184, 0xfb1d1, 0xfb1e4,
    0xfb1f1, 0xfb294, 0xfb2a1, 0xfb374, 0xfb381, 0xfb3d4, 0xfb3e1, 0xfb3f4,
    0xfb401, 0xfb424, 0xfb431, 0xfb454, 0xfb461, 0xfbb24, 0xfbd31, 0xfd3e4,
    0xfd501, 0xfd904, 0xfd921, 0xfdc84, 0xfdf01, 0xfdfc4, 0xfe701, 0xfe754,
    0xfe761, 0xfefd4, 0xff102, 0xff1a4, 0xff211, 0xff3b4, 0xff411, 0xff5b4,
    0xff661, 0xffbf4, 0xffc21, 0xffc84, 0xffca1, 0xffd04, 0xffd21, 0xffd84,
    0xffda1, 0xffdd4, 0x100001, 0x1000c4, 0x1000d1, 0x100274, 0x100281, 0x1003b4,
    0x1003c1, 0x1003e4, 0x1003f1, 0x1004e4, 0x100501, 0x1005e4, 0x100801, 0x100fb4,
    0x101072, 0x101344, 0x101402, 0x101794, 0x1018a2, 0x1018c4, 0x102801, 0x1029d4,
    0x102a01, 0x102d14, 0x102e12, 0x102fc4, 0x103001, 0x103202, 0x103244, 0x1032d1,
    0x103412, 0x103421, 0x1034a2, 0x1034b4, 0x103501, 0x103764, 0x103801, 0x1039e4,
    0x103a01, 0x103c44, 0x103c81, 0x103d04, 0x103d12, 0x103d64, 0x104001, 0x1049e4,
    0x104a02, 0x104aa4, 0x104b01, 0x104d44, 0x104d81, 0x104fc4, 0x105001, 0x105284,
    0x105301, 0x105644, 0x105701, 0x1057b4, 0x1057c1, 0x1058b4, 0x1058c1, 0x105934,
    0x105941, 0x105964, 0x105971, 0x105a24, 0x105a31, 0x105b24, 0x105b31, 0x105ba4,
    0x105bb1, 0x105bd4, 0x105c01, 0x105f44, 0x106001, 0x107374, 0x107401, 0x107564,
    0x107601, 0x107684, 0x107801, 0x107864, 0x107871, 0x107b14, 0x107b21, 0x107c04,
    0x108001, 0x108064, 0x108081, 0x108094, 0x1080a1, 0x108364, 0x108371, 0x108394,
    0x1083c1, 0x1083d4, 0x1083f1, 0x108564, 0x108582, 0x108601, 0x108774, 0x108792,
    0x108801, 0x1089f4, 0x108a72, 0x108b04, 0x108e01, 0x108f34, 0x108f41, 0x108f64,
    0x108fb2, 0x109001, 0x109162, 0x1091c4, 0x109201, 0x1093a4, 0x109401, 0x1095a4,
    0x109801, 0x109b84, 0x109bc2, 0x109be1, 0x109c02, 0x109d04, 0x109d22, 0x10a001,
    0x10a014, 0x10a101, 0x10a144, 0x10a151, 0x10a184, 0x10a191, 0x10a364, 0x10a402,
    0x10a494, 0x10a601, 0x10a7d2, 0x10a7f4, 0x10a801, 0x10a9d2, 0x10aa04, 0x10ac01,
    0x10ac84, 0x10ac91, 0x10ae54, 0x10aeb2, 0x10af04, 0x10b001, 0x10b364, 0x10b401,
    0x10b564, 0x10b582, 0x10b601, 0x10b734, 0x10b782, 0x10b801, 0x10b924, 0x10ba92,
    0x10bb04, 0x10c001, 0x10c494, 0x10c801, 0x10cb34, 0x10cc01, 0x10cf34, 0x10cfa2,
    0x10d001, 0x10d244, 0x10d302, 0x10d3a4, 0x10d402, 0x10d4a1, 0x10d664, 0x10d6f1,
    0x10d864, 0x10e602, 0x10e7f4, 0x10e801, 0x10eaa4, 0x10eb01, 0x10eb24, 0x10ec21,
    0x10ec84, 0x10ed91, 0x10eef4, 0x10f001, 0x10f1d2, 0x10f271, 0x10f284, 0x10f301,
    0x10f464, 0x10f512, 0x10f554, 0x10f701, 0x10f824, 0x10fb01, 0x10fc52, 0x10fcc4,
    0x10fe01, 0x10ff74, 0x110031, 0x110384, 0x110522, 0x110704, 0x110711, 0x110734,
    0x110751, 0x110764, 0x110831, 0x110b04, 0x110d01, 0x110e94, 0x110f02, 0x110fa4,
    0x111031, 0x111274, 0x111362, 0x111404, 0x111441, 0x111454, 0x111471, 0x111484,
    0x111501, 0x111734, 0x111761, 0x111774, 0x111831, 0x111b34, 0x111c11, 0x111c54,
    0x111d02, 0x111da1, 0x111db4, 0x111dc1, 0x111dd4, 0x111e12, 0x111f54, 0x112001,
    0x112124, 0x112131, 0x1122c4, 0x1123f1, 0x112414, 0x112801, 0x112874, 0x112881,
    0x112894, 0x1128a1, 0x1128e4, 0x1128f1, 0x1129e4, 0x1129f1, 0x112a94, 0x112b01,
    0x112df4, 0x112f02, 0x112fa4, 0x113051, 0x1130d4, 0x1130f1, 0x113114, 0x113131,
    0x113294, 0x1132a1, 0x113314, 0x113321, 0x113344, 0x113351, 0x1133a4, 0x1133d1,
    0x1133e4, 0x113501, 0x113514, 0x1135d1, 0x113624, 0x113801, 0x1138a4, 0x1138b1,
    0x1138c4, 0x1138e1, 0x1138f4, 0x113901, 0x113b64, 0x113b71, 0x113b84, 0x113d11,
    0x113d24, 0x113d31, 0x113d44, 0x114001, 0x114354, 0x114471, 0x1144b4, 0x114502,
    0x1145a4, 0x1145f1, 0x114624, 0x114801, 0x114b04, 0x114c41, 0x114c64, 0x114c71,
    0x114c84, 0x114d02, 0x114da4, 0x115801, 0x115af4, 0x115d81, 0x115dc4, 0x116001,
    0x116304, 0x116441, 0x116454, 0x116502, 0x1165a4, 0x116801, 0x116ab4, 0x116b81,
    0x116b94, 0x116c02, 0x116ca4, 0x116d02, 0x116e44, 0x117001, 0x1171b4, 0x117302,
    0x1173c4, 0x117401, 0x117474, 0x118001, 0x1182c4, 0x118a01, 0x118e02, 0x118f34,
    0x118ff1, 0x119074, 0x119091, 0x1190a4, 0x1190c1, 0x119144, 0x119151, 0x119174,
    0x119181, 0x119304, 0x1193f1, 0x119404, 0x119411, 0x119424, 0x119502, 0x1195a4,
    0x119a01, 0x119a84, 0x119aa1, 0x119d14, 0x119e11, 0x119e24, 0x119e31, 0x119e44,
    0x11a001, 0x11a014, 0x11a0b1, 0x11a334, 0x11a3a1, 0x11a3b4, 0x11a501, 0x11a514,
    0x11a5c1, 0x11a8a4, 0x11a9d1, 0x11a9e4, 0x11ab01, 0x11af94, 0x11b0a1, 0x11b0b4,
    0x11bc01, 0x11be14, 0x11bf02, 0x11bfa4, 0x11c001, 0x11c094, 0x11c0a1, 0x11c2f4,
    0x11c401, 0x11c414, 0x11c502, 0x11c6d4, 0x11c721, 0x11c904, 0x11d001, 0x11d074,
    0x11d081, 0x11d0a4, 0x11d0b1, 0x11d314, 0x11d461, 0x11d474, 0x11d502, 0x11d5a4,
    0x11d601, 0x11d664, 0x11d671, 0x11d694, 0x11d6a1, 0x11d8a4, 0x11d981, 0x11d994,
    0x11da02, 0x11daa4, 0x11db01, 0x11ddc4, 0x11de02, 0x11dea4, 0x11df11, 0x11df24,
    0x11ee01, 0x11ef34, 0x11f021, 0x11f034, 0x11f041, 0x11f114, 0x11f121, 0x11f344,
    0x11f502, 0x11f5a4, 0x11fb01, 0x11fb14, 0x11fc02, 0x11fd54, 0x120001, 0x1239a4,
    0x124002, 0x124704, 0x124752, 0x124801, 0x125444, 0x125502, 0x126874, 0x12f901,
    0x12ff14, 0x130001, 0x134304, 0x134411, 0x134474, 0x134601, 0x143fb4, 0x144001,
    0x146474, 0x161001, 0x1611e4, 0x161302, 0x1613a4, 0x168001, 0x16a394, 0x16a401,
    0x16a5f4, 0x16a602, 0x16a6a4, 0x16a701, 0x16abf4, 0x16ac02, 0x16aca4, 0x16ad01,
    0x16aee4, 0x16b001, 0x16b304, 0x16b401, 0x16b444, 0x16b502, 0x16b5a4, 0x16b5b2,
    0x16b624, 0x16b631, 0x16b784, 0x16b7d1, 0x16b904, 0x16d401, 0x16d6d4, 0x16d702,
    0x16d7a4, 0x16e401, 0x16e802, 0x16e974, 0x16ea01, 0x16eb94, 0x16ebb1, 0x16ed44,
    0x16f001, 0x16f4b4, 0x16f501, 0x16f514, 0x16f931, 0x16fa04, 0x16fe01, 0x16fe24,
    0x16fe31, 0x16fe44, 0x16ff21, 0x16ff42, 0x16ff74, 0x170001, 0x18cdb4, 0x18cff1,
    0x18d214, 0x18d801, 0x18df34, 0x18e001, 0x191924, 0x191a01, 0x191d34, 0x1aff01,
    0x1aff44, 0x1aff51, 0x1affc4, 0x1affd1, 0x1afff4, 0x1b0001, 0x1b1294, 0x1b1321,
    0x1b1334, 0x1b1501, 0x1b1534, 0x1b1551, 0x1b1564, 0x1b1641, 0x1b1694, 0x1b1701,
    0x1b2fc4, 0x1bc001, 0x1bc6b4, 0x1bc701, 0x1bc7d4, 0x1bc801, 0x1bc894, 0x1bc901,
    0x1bc9a4, 0x1ccf02, 0x1ccfa4, 0x1d2c02, 0x1d2d44, 0x1d2e02, 0x1d2f44, 0x1d3602,
    0x1d3794, 0x1d4001, 0x1d4554, 0x1d4561, 0x1d49d4, 0x1d49e1, 0x1d4a04, 0x1d4a21,
    0x1d4a34, 0x1d4a51, 0x1d4a74, 0x1d4a91, 0x1d4ad4, 0x1d4ae1, 0x1d4ba4, 0x1d4bb1,
    0x1d4bc4, 0x1d4bd1, 0x1d4c44, 0x1d4c51, 0x1d5064, 0x1d5071, 0x1d50b4, 0x1d50d1,
    0x1d5154, 0x1d5161, 0x1d51d4, 0x1d51e1, 0x1d53a4, 0x1d53b1, 0x1d53f4, 0x1d5401,
    0x1d5454, 0x1d5461, 0x1d5474, 0x1d54a1, 0x1d5514, 0x1d5521, 0x1d6a74, 0x1d6a81,
    0x1d6c14, 0x1d6c21, 0x1d6db4, 0x1d6dc1, 0x1d6fb4, 0x1d6fc1, 0x1d7154, 0x1d7161,
    0x1d7354, 0x1d7361, 0x1d74f4, 0x1d7501, 0x1d76f4, 0x1d7701, 0x1d7894, 0x1d78a1,
    0x1d7a94, 0x1d7aa1, 0x1d7c34, 0x1d7c41, 0x1d7cc4, 0x1d7ce2, 0x1d8004, 0x1df001,
    0x1df824, 0x1df901, 0x1df974, 0x1dfcd1, 0x1e0004, 0x1e0301, 0x1e06e4, 0x1e1001,
    0x1e12d4, 0x1e1371, 0x1e13e4, 0x1e1402, 0x1e14a4, 0x1e14e1, 0x1e14f4, 0x1e2901,
    0x1e2ae4, 0x1e2c01, 0x1e2ec4, 0x1e2f02, 0x1e2fa4, 0x1e4d01, 0x1e4ec4, 0x1e4f02,
    0x1e4fa4, 0x1e5d01, 0x1e5ee4, 0x1e5f01, 0x1e5f12, 0x1e5fb4, 0x1e6c01, 0x1e6df4,
    0x1e6e01, 0x1e6e34, 0x1e6e41, 0x1e6e64, 0x1e6e71, 0x1e6ee4, 0x1e6f01, 0x1e6f54,
    0x1e6fe1, 0x1e7004, 0x1e7e01, 0x1e7e74, 0x1e7e81, 0x1e7ec4, 0x1e7ed1, 0x1e7ef4,
    0x1e7f01, 0x1e7ff4, 0x1e8001, 0x1e8c54, 0x1e8c72, 0x1e8d04, 0x1e9001, 0x1e9444,
    0x1e94b1, 0x1e94c4, 0x1e9502, 0x1e95a4, 0x1ec712, 0x1ecac4, 0x1ecad2, 0x1ecb04,
    0x1ecb12, 0x1ecb54, 0x1ed012, 0x1ed2e4, 0x1ed2f2, 0x1ed3e4, 0x1ee001, 0x1ee044,
    0x1ee051, 0x1ee204, 0x1ee211, 0x1ee234, 0x1ee241, 0x1ee254, 0x1ee271, 0x1ee284,
    0x1ee291, 0x1ee334, 0x1ee341, 0x1ee384, 0x1ee391, 0x1ee3a4, 0x1ee3b1, 0x1ee3c4,
    0x1ee421, 0x1ee434, 0x1ee471, 0x1ee484, 0x1ee491, 0x1ee4a4, 0x1ee4b1, 0x1ee4c4,
    0x1ee4d1, 0x1ee504, 0x1ee511, 0x1ee534, 0x1ee541, 0x1ee554, 0x1ee571, 0x1ee584,
    0x1ee591, 0x1ee5a4, 0x1ee5b1, 0x1ee5c4, 0x1ee5d1, 0x1ee5e4, 0x1ee5f1, 0x1ee604,
    0x1ee611, 0x1ee634, 0x1ee641, 0x1ee654, 0x1ee671, 0x1ee6b4, 0x1ee6c1, 0x1ee734,
    0x1ee741, 0x1ee784, 0x1ee791, 0x1ee7d4, 0x1ee7e1, 0x1ee7f4, 0x1ee801, 0x1ee8a4,
    0x1ee8b1, 0x1ee9c4, 0x1eea11, 0x1eea44, 0x1eea51, 0x1eeaa4, 0x1eeab1, 0x1eebc4,
    0x1f1002, 0x1f10d4, 0x1fbf02, 0x1fbfa4, 0x200001, 0x2a6e04, 0x2a7001, 0x2b81f4,
    0x2b8201, 0x2ceae4, 0x2ceb01, 0x2ebe14, 0x2ebf01, 0x2ee5e4, 0x2f8001, 0x2fa1e4,
    0x300001, 0x3134b4, 0x313501, 0x3347a4, 0x3d0001, 0x3fc404,
}; RC__TABLE_END

/* Code points that the regex package's IGNORECASE matches to a literal ASCII character of
   the pre-split pattern ({cp, ascii}, sorted by cp). */
RC__TABLE_BEGIN const uint32_t rc__uc_re_literal_fold[][2] = {
    {0x41, 0x61},
    {0x44, 0x64},
    {0x45, 0x65},
    {0x46, 0x66},
    {0x4c, 0x6c},
    {0x4d, 0x6d},
    {0x4e, 0x6e},
    {0x4f, 0x6f},
    {0x52, 0x72},
    {0x53, 0x73},
    {0x54, 0x74},
    {0x56, 0x76},
    {0x58, 0x78},
    {0x17f, 0x73},
}; RC__TABLE_END

/* Canonical combining class (unicodedata 14.0.0), runs packed as (first_cp << 8) | ccc. */
RC__TABLE_BEGIN const uint32_t rc__uc_ccc[] = {
    0x0, 0x300e6, 0x315e8, 0x316dc, 0x31ae8, 0x31bd8, 0x31cdc, 0x321ca,
    0x323dc, 0x327ca, 0x329dc, 0x33401, 0x339dc, 0x33de6, 0x345f0, 0x346e6,
    0x347dc, 0x34ae6, 0x34ddc, 0x34f00, 0x350e6, 0x353dc, 0x357e6, 0x358e8,
    0x359dc, 0x35be6, 0x35ce9, 0x35dea, 0x35fe9, 0x360ea, 0x362e9, 0x363e6,
    0x37000, 0x483e6, 0x48800, 0x591dc, 0x592e6, 0x596dc, 0x597e6, 0x59ade,
    0x59bdc, 0x59ce6, 0x5a2dc, 0x5a8e6, 0x5aadc, 0x5abe6, 0x5adde, 0x5aee4,
    0x5afe6, 0x5b00a, 0x5b10b, 0x5b20c, 0x5b30d, 0x5b40e, 0x5b50f, 0x5b610,
    0x5b711, 0x5b812, 0x5b913, 0x5bb14, 0x5bc15, 0x5bd16, 0x5be00, 0x5bf17,
    0x5c000, 0x5c118, 0x5c219, 0x5c300, 0x5c4e6, 0x5c5dc, 0x5c600, 0x5c712,
    0x5c800, 0x610e6, 0x6181e, 0x6191f, 0x61a20, 0x61b00, 0x64b1b, 0x64c1c,
    0x64d1d, 0x64e1e, 0x64f1f, 0x65020, 0x65121, 0x65222, 0x653e6, 0x655dc,
    0x657e6, 0x65cdc, 0x65de6, 0x65fdc, 0x66000, 0x67023, 0x67100, 0x6d6e6,
    0x6dd00, 0x6dfe6, 0x6e3dc, 0x6e4e6, 0x6e500, 0x6e7e6, 0x6e900, 0x6eadc,
    0x6ebe6, 0x6eddc, 0x6ee00, 0x71124, 0x71200, 0x730e6, 0x731dc, 0x732e6,
    0x734dc, 0x735e6, 0x737dc, 0x73ae6, 0x73bdc, 0x73de6, 0x73edc, 0x73fe6,
    0x742dc, 0x743e6, 0x744dc, 0x745e6, 0x746dc, 0x747e6, 0x748dc, 0x749e6,
    0x74b00, 0x7ebe6, 0x7f2dc, 0x7f3e6, 0x7f400, 0x7fddc, 0x7fe00, 0x816e6,
    0x81a00, 0x81be6, 0x82400, 0x825e6, 0x82800, 0x829e6, 0x82e00, 0x859dc,
    0x85c00, 0x898e6, 0x899dc, 0x89ce6, 0x8a000, 0x8cae6, 0x8cfdc, 0x8d4e6,
    0x8e200, 0x8e3dc, 0x8e4e6, 0x8e6dc, 0x8e7e6, 0x8e9dc, 0x8eae6, 0x8eddc,
    0x8f01b, 0x8f11c, 0x8f21d, 0x8f3e6, 0x8f6dc, 0x8f7e6, 0x8f9dc, 0x8fbe6,
    0x90000, 0x93c07, 0x93d00, 0x94d09, 0x94e00, 0x951e6, 0x952dc, 0x953e6,
    0x95500, 0x9bc07, 0x9bd00, 0x9cd09, 0x9ce00, 0x9fee6, 0x9ff00, 0xa3c07,
    0xa3d00, 0xa4d09, 0xa4e00, 0xabc07, 0xabd00, 0xacd09, 0xace00, 0xb3c07,
    0xb3d00, 0xb4d09, 0xb4e00, 0xbcd09, 0xbce00, 0xc3c07, 0xc3d00, 0xc4d09,
    0xc4e00, 0xc5554, 0xc565b, 0xc5700, 0xcbc07, 0xcbd00, 0xccd09, 0xcce00,
    0xd3b09, 0xd3d00, 0xd4d09, 0xd4e00, 0xdca09, 0xdcb00, 0xe3867, 0xe3a09,
    0xe3b00, 0xe486b, 0xe4c00, 0xeb876, 0xeba09, 0xebb00, 0xec87a, 0xecc00,
    0xf18dc, 0xf1a00, 0xf35dc, 0xf3600, 0xf37dc, 0xf3800, 0xf39d8, 0xf3a00,
    0xf7181, 0xf7282, 0xf7300, 0xf7484, 0xf7500, 0xf7a82, 0xf7e00, 0xf8082,
    0xf8100, 0xf82e6, 0xf8409, 0xf8500, 0xf86e6, 0xf8800, 0xfc6dc, 0xfc700,
    0x103707, 0x103800, 0x103909, 0x103b00, 0x108ddc, 0x108e00, 0x135de6, 0x136000,
    0x171409, 0x171600, 0x173409, 0x173500, 0x17d209, 0x17d300, 0x17dde6, 0x17de00,
    0x18a9e4, 0x18aa00, 0x1939de, 0x193ae6, 0x193bdc, 0x193c00, 0x1a17e6, 0x1a18dc,
    0x1a1900, 0x1a6009, 0x1a6100, 0x1a75e6, 0x1a7d00, 0x1a7fdc, 0x1a8000, 0x1ab0e6,
    0x1ab5dc, 0x1abbe6, 0x1abddc, 0x1abe00, 0x1abfdc, 0x1ac1e6, 0x1ac3dc, 0x1ac5e6,
    0x1acadc, 0x1acbe6, 0x1acf00, 0x1b3407, 0x1b3500, 0x1b4409, 0x1b4500, 0x1b6be6,
    0x1b6cdc, 0x1b6de6, 0x1b7400, 0x1baa09, 0x1bac00, 0x1be607, 0x1be700, 0x1bf209,
    0x1bf400, 0x1c3707, 0x1c3800, 0x1cd0e6, 0x1cd300, 0x1cd401, 0x1cd5dc, 0x1cdae6,
    0x1cdcdc, 0x1ce0e6, 0x1ce100, 0x1ce201, 0x1ce900, 0x1ceddc, 0x1cee00, 0x1cf4e6,
    0x1cf500, 0x1cf8e6, 0x1cfa00, 0x1dc0e6, 0x1dc2dc, 0x1dc3e6, 0x1dcadc, 0x1dcbe6,
    0x1dcdea, 0x1dced6, 0x1dcfdc, 0x1dd0ca, 0x1dd1e6, 0x1df6e8, 0x1df7e4, 0x1df9dc,
    0x1dfada, 0x1dfbe6, 0x1dfce9, 0x1dfddc, 0x1dfee6, 0x1dffdc, 0x1e0000, 0x20d0e6,
    0x20d201, 0x20d4e6, 0x20d801, 0x20dbe6, 0x20dd00, 0x20e1e6, 0x20e200, 0x20e501,
    0x20e7e6, 0x20e8dc, 0x20e9e6, 0x20ea01, 0x20ecdc, 0x20f0e6, 0x20f100, 0x2cefe6,
    0x2cf200, 0x2d7f09, 0x2d8000, 0x2de0e6, 0x2e0000, 0x302ada, 0x302be4, 0x302ce8,
    0x302dde, 0x302ee0, 0x303000, 0x309908, 0x309b00, 0xa66fe6, 0xa67000, 0xa674e6,
    0xa67e00, 0xa69ee6, 0xa6a000, 0xa6f0e6, 0xa6f200, 0xa80609, 0xa80700, 0xa82c09,
    0xa82d00, 0xa8c409, 0xa8c500, 0xa8e0e6, 0xa8f200, 0xa92bdc, 0xa92e00, 0xa95309,
    0xa95400, 0xa9b307, 0xa9b400, 0xa9c009, 0xa9c100, 0xaab0e6, 0xaab100, 0xaab2e6,
    0xaab4dc, 0xaab500, 0xaab7e6, 0xaab900, 0xaabee6, 0xaac000, 0xaac1e6, 0xaac200,
    0xaaf609, 0xaaf700, 0xabed09, 0xabee00, 0xfb1e1a, 0xfb1f00, 0xfe20e6, 0xfe27dc,
    0xfe2ee6, 0xfe3000, 0x101fddc, 0x101fe00, 0x102e0dc, 0x102e100, 0x10376e6, 0x1037b00,
    0x10a0ddc, 0x10a0e00, 0x10a0fe6, 0x10a1000, 0x10a38e6, 0x10a3901, 0x10a3adc, 0x10a3b00,
    0x10a3f09, 0x10a4000, 0x10ae5e6, 0x10ae6dc, 0x10ae700, 0x10d24e6, 0x10d2800, 0x10eabe6,
    0x10ead00, 0x10f46dc, 0x10f48e6, 0x10f4bdc, 0x10f4ce6, 0x10f4ddc, 0x10f5100, 0x10f82e6,
    0x10f83dc, 0x10f84e6, 0x10f85dc, 0x10f8600, 0x1104609, 0x1104700, 0x1107009, 0x1107100,
    0x1107f09, 0x1108000, 0x110b909, 0x110ba07, 0x110bb00, 0x11100e6, 0x1110300, 0x1113309,
    0x1113500, 0x1117307, 0x1117400, 0x111c009, 0x111c100, 0x111ca07, 0x111cb00, 0x1123509,
    0x1123607, 0x1123700, 0x112e907, 0x112ea09, 0x112eb00, 0x1133b07, 0x1133d00, 0x1134d09,
    0x1134e00, 0x11366e6, 0x1136d00, 0x11370e6, 0x1137500, 0x1144209, 0x1144300, 0x1144607,
    0x1144700, 0x1145ee6, 0x1145f00, 0x114c209, 0x114c307, 0x114c400, 0x115bf09, 0x115c007,
    0x115c100, 0x1163f09, 0x1164000, 0x116b609, 0x116b707, 0x116b800, 0x1172b09, 0x1172c00,
    0x1183909, 0x1183a07, 0x1183b00, 0x1193d09, 0x1193f00, 0x1194307, 0x1194400, 0x119e009,
    0x119e100, 0x11a3409, 0x11a3500, 0x11a4709, 0x11a4800, 0x11a9909, 0x11a9a00, 0x11c3f09,
    0x11c4000, 0x11d4207, 0x11d4300, 0x11d4409, 0x11d4600, 0x11d9709, 0x11d9800, 0x16af001,
    0x16af500, 0x16b30e6, 0x16b3700, 0x16ff006, 0x16ff200, 0x1bc9e01, 0x1bc9f00, 0x1d165d8,
    0x1d16701, 0x1d16a00, 0x1d16de2, 0x1d16ed8, 0x1d17300, 0x1d17bdc, 0x1d18300, 0x1d185e6,
    0x1d18adc, 0x1d18c00, 0x1d1aae6, 0x1d1ae00, 0x1d242e6, 0x1d24500, 0x1e000e6, 0x1e00700,
    0x1e008e6, 0x1e01900, 0x1e01be6, 0x1e02200, 0x1e023e6, 0x1e02500, 0x1e026e6, 0x1e02b00,
    0x1e130e6, 0x1e13700, 0x1e2aee6, 0x1e2af00, 0x1e2ece6, 0x1e2f000, 0x1e8d0dc, 0x1e8d700,
    0x1e944e6, 0x1e94a07, 0x1e94b00,
}; RC__TABLE_END

/* Canonical decompositions, one level ({cp, first, second or 0}, sorted by cp; Hangul
   syllables are algorithmic). Reused by NFD (e.g. BERT's strip-accents). */
RC__TABLE_BEGIN const rc__uc_decomp rc__uc_decomp_table[] = {
    {0xc0, 0x41, 0x300}, {0xc1, 0x41, 0x301}, {0xc2, 0x41, 0x302}, {0xc3, 0x41, 0x303},
    {0xc4, 0x41, 0x308}, {0xc5, 0x41, 0x30a}, {0xc7, 0x43, 0x327}, {0xc8, 0x45, 0x300},
    {0xc9, 0x45, 0x301}, {0xca, 0x45, 0x302}, {0xcb, 0x45, 0x308}, {0xcc, 0x49, 0x300},
    {0xcd, 0x49, 0x301}, {0xce, 0x49, 0x302}, {0xcf, 0x49, 0x308}, {0xd1, 0x4e, 0x303},
    {0xd2, 0x4f, 0x300}, {0xd3, 0x4f, 0x301}, {0xd4, 0x4f, 0x302}, {0xd5, 0x4f, 0x303},
    {0xd6, 0x4f, 0x308}, {0xd9, 0x55, 0x300}, {0xda, 0x55, 0x301}, {0xdb, 0x55, 0x302},
    {0xdc, 0x55, 0x308}, {0xdd, 0x59, 0x301}, {0xe0, 0x61, 0x300}, {0xe1, 0x61, 0x301},
    {0xe2, 0x61, 0x302}, {0xe3, 0x61, 0x303}, {0xe4, 0x61, 0x308}, {0xe5, 0x61, 0x30a},
    {0xe7, 0x63, 0x327}, {0xe8, 0x65, 0x300}, {0xe9, 0x65, 0x301}, {0xea, 0x65, 0x302},
    {0xeb, 0x65, 0x308}, {0xec, 0x69, 0x300}, {0xed, 0x69, 0x301}, {0xee, 0x69, 0x302},
    {0xef, 0x69, 0x308}, {0xf1, 0x6e, 0x303}, {0xf2, 0x6f, 0x300}, {0xf3, 0x6f, 0x301},
    {0xf4, 0x6f, 0x302}, {0xf5, 0x6f, 0x303}, {0xf6, 0x6f, 0x308}, {0xf9, 0x75, 0x300},
    {0xfa, 0x75, 0x301}, {0xfb, 0x75, 0x302}, {0xfc, 0x75, 0x308}, {0xfd, 0x79, 0x301},
    {0xff, 0x79, 0x308}, {0x100, 0x41, 0x304}, {0x101, 0x61, 0x304}, {0x102, 0x41, 0x306},
    {0x103, 0x61, 0x306}, {0x104, 0x41, 0x328}, {0x105, 0x61, 0x328}, {0x106, 0x43, 0x301},
    {0x107, 0x63, 0x301}, {0x108, 0x43, 0x302}, {0x109, 0x63, 0x302}, {0x10a, 0x43, 0x307},
    {0x10b, 0x63, 0x307}, {0x10c, 0x43, 0x30c}, {0x10d, 0x63, 0x30c}, {0x10e, 0x44, 0x30c},
    {0x10f, 0x64, 0x30c}, {0x112, 0x45, 0x304}, {0x113, 0x65, 0x304}, {0x114, 0x45, 0x306},
    {0x115, 0x65, 0x306}, {0x116, 0x45, 0x307}, {0x117, 0x65, 0x307}, {0x118, 0x45, 0x328},
    {0x119, 0x65, 0x328}, {0x11a, 0x45, 0x30c}, {0x11b, 0x65, 0x30c}, {0x11c, 0x47, 0x302},
    {0x11d, 0x67, 0x302}, {0x11e, 0x47, 0x306}, {0x11f, 0x67, 0x306}, {0x120, 0x47, 0x307},
    {0x121, 0x67, 0x307}, {0x122, 0x47, 0x327}, {0x123, 0x67, 0x327}, {0x124, 0x48, 0x302},
    {0x125, 0x68, 0x302}, {0x128, 0x49, 0x303}, {0x129, 0x69, 0x303}, {0x12a, 0x49, 0x304},
    {0x12b, 0x69, 0x304}, {0x12c, 0x49, 0x306}, {0x12d, 0x69, 0x306}, {0x12e, 0x49, 0x328},
    {0x12f, 0x69, 0x328}, {0x130, 0x49, 0x307}, {0x134, 0x4a, 0x302}, {0x135, 0x6a, 0x302},
    {0x136, 0x4b, 0x327}, {0x137, 0x6b, 0x327}, {0x139, 0x4c, 0x301}, {0x13a, 0x6c, 0x301},
    {0x13b, 0x4c, 0x327}, {0x13c, 0x6c, 0x327}, {0x13d, 0x4c, 0x30c}, {0x13e, 0x6c, 0x30c},
    {0x143, 0x4e, 0x301}, {0x144, 0x6e, 0x301}, {0x145, 0x4e, 0x327}, {0x146, 0x6e, 0x327},
    {0x147, 0x4e, 0x30c}, {0x148, 0x6e, 0x30c}, {0x14c, 0x4f, 0x304}, {0x14d, 0x6f, 0x304},
    {0x14e, 0x4f, 0x306}, {0x14f, 0x6f, 0x306}, {0x150, 0x4f, 0x30b}, {0x151, 0x6f, 0x30b},
    {0x154, 0x52, 0x301}, {0x155, 0x72, 0x301}, {0x156, 0x52, 0x327}, {0x157, 0x72, 0x327},
    {0x158, 0x52, 0x30c}, {0x159, 0x72, 0x30c}, {0x15a, 0x53, 0x301}, {0x15b, 0x73, 0x301},
    {0x15c, 0x53, 0x302}, {0x15d, 0x73, 0x302}, {0x15e, 0x53, 0x327}, {0x15f, 0x73, 0x327},
    {0x160, 0x53, 0x30c}, {0x161, 0x73, 0x30c}, {0x162, 0x54, 0x327}, {0x163, 0x74, 0x327},
    {0x164, 0x54, 0x30c}, {0x165, 0x74, 0x30c}, {0x168, 0x55, 0x303}, {0x169, 0x75, 0x303},
    {0x16a, 0x55, 0x304}, {0x16b, 0x75, 0x304}, {0x16c, 0x55, 0x306}, {0x16d, 0x75, 0x306},
    {0x16e, 0x55, 0x30a}, {0x16f, 0x75, 0x30a}, {0x170, 0x55, 0x30b}, {0x171, 0x75, 0x30b},
    {0x172, 0x55, 0x328}, {0x173, 0x75, 0x328}, {0x174, 0x57, 0x302}, {0x175, 0x77, 0x302},
    {0x176, 0x59, 0x302}, {0x177, 0x79, 0x302}, {0x178, 0x59, 0x308}, {0x179, 0x5a, 0x301},
    {0x17a, 0x7a, 0x301}, {0x17b, 0x5a, 0x307}, {0x17c, 0x7a, 0x307}, {0x17d, 0x5a, 0x30c},
    {0x17e, 0x7a, 0x30c}, {0x1a0, 0x4f, 0x31b}, {0x1a1, 0x6f, 0x31b}, {0x1af, 0x55, 0x31b},
    {0x1b0, 0x75, 0x31b}, {0x1cd, 0x41, 0x30c}, {0x1ce, 0x61, 0x30c}, {0x1cf, 0x49, 0x30c},
    {0x1d0, 0x69, 0x30c}, {0x1d1, 0x4f, 0x30c}, {0x1d2, 0x6f, 0x30c}, {0x1d3, 0x55, 0x30c},
    {0x1d4, 0x75, 0x30c}, {0x1d5, 0xdc, 0x304}, {0x1d6, 0xfc, 0x304}, {0x1d7, 0xdc, 0x301},
    {0x1d8, 0xfc, 0x301}, {0x1d9, 0xdc, 0x30c}, {0x1da, 0xfc, 0x30c}, {0x1db, 0xdc, 0x300},
    {0x1dc, 0xfc, 0x300}, {0x1de, 0xc4, 0x304}, {0x1df, 0xe4, 0x304}, {0x1e0, 0x226, 0x304},
    {0x1e1, 0x227, 0x304}, {0x1e2, 0xc6, 0x304}, {0x1e3, 0xe6, 0x304}, {0x1e6, 0x47, 0x30c},
    {0x1e7, 0x67, 0x30c}, {0x1e8, 0x4b, 0x30c}, {0x1e9, 0x6b, 0x30c}, {0x1ea, 0x4f, 0x328},
    {0x1eb, 0x6f, 0x328}, {0x1ec, 0x1ea, 0x304}, {0x1ed, 0x1eb, 0x304}, {0x1ee, 0x1b7, 0x30c},
    {0x1ef, 0x292, 0x30c}, {0x1f0, 0x6a, 0x30c}, {0x1f4, 0x47, 0x301}, {0x1f5, 0x67, 0x301},
    {0x1f8, 0x4e, 0x300}, {0x1f9, 0x6e, 0x300}, {0x1fa, 0xc5, 0x301}, {0x1fb, 0xe5, 0x301},
    {0x1fc, 0xc6, 0x301}, {0x1fd, 0xe6, 0x301}, {0x1fe, 0xd8, 0x301}, {0x1ff, 0xf8, 0x301},
    {0x200, 0x41, 0x30f}, {0x201, 0x61, 0x30f}, {0x202, 0x41, 0x311}, {0x203, 0x61, 0x311},
    {0x204, 0x45, 0x30f}, {0x205, 0x65, 0x30f}, {0x206, 0x45, 0x311}, {0x207, 0x65, 0x311},
    {0x208, 0x49, 0x30f}, {0x209, 0x69, 0x30f}, {0x20a, 0x49, 0x311}, {0x20b, 0x69, 0x311},
    {0x20c, 0x4f, 0x30f}, {0x20d, 0x6f, 0x30f}, {0x20e, 0x4f, 0x311}, {0x20f, 0x6f, 0x311},
    {0x210, 0x52, 0x30f}, {0x211, 0x72, 0x30f}, {0x212, 0x52, 0x311}, {0x213, 0x72, 0x311},
    {0x214, 0x55, 0x30f}, {0x215, 0x75, 0x30f}, {0x216, 0x55, 0x311}, {0x217, 0x75, 0x311},
    {0x218, 0x53, 0x326}, {0x219, 0x73, 0x326}, {0x21a, 0x54, 0x326}, {0x21b, 0x74, 0x326},
    {0x21e, 0x48, 0x30c}, {0x21f, 0x68, 0x30c}, {0x226, 0x41, 0x307}, {0x227, 0x61, 0x307},
    {0x228, 0x45, 0x327}, {0x229, 0x65, 0x327}, {0x22a, 0xd6, 0x304}, {0x22b, 0xf6, 0x304},
    {0x22c, 0xd5, 0x304}, {0x22d, 0xf5, 0x304}, {0x22e, 0x4f, 0x307}, {0x22f, 0x6f, 0x307},
    {0x230, 0x22e, 0x304}, {0x231, 0x22f, 0x304}, {0x232, 0x59, 0x304}, {0x233, 0x79, 0x304},
    {0x340, 0x300, 0x0}, {0x341, 0x301, 0x0}, {0x343, 0x313, 0x0}, {0x344, 0x308, 0x301},
    {0x374, 0x2b9, 0x0}, {0x37e, 0x3b, 0x0}, {0x385, 0xa8, 0x301}, {0x386, 0x391, 0x301},
    {0x387, 0xb7, 0x0}, {0x388, 0x395, 0x301}, {0x389, 0x397, 0x301}, {0x38a, 0x399, 0x301},
    {0x38c, 0x39f, 0x301}, {0x38e, 0x3a5, 0x301}, {0x38f, 0x3a9, 0x301}, {0x390, 0x3ca, 0x301},
    {0x3aa, 0x399, 0x308}, {0x3ab, 0x3a5, 0x308}, {0x3ac, 0x3b1, 0x301}, {0x3ad, 0x3b5, 0x301},
    {0x3ae, 0x3b7, 0x301}, {0x3af, 0x3b9, 0x301}, {0x3b0, 0x3cb, 0x301}, {0x3ca, 0x3b9, 0x308},
    {0x3cb, 0x3c5, 0x308}, {0x3cc, 0x3bf, 0x301}, {0x3cd, 0x3c5, 0x301}, {0x3ce, 0x3c9, 0x301},
    {0x3d3, 0x3d2, 0x301}, {0x3d4, 0x3d2, 0x308}, {0x400, 0x415, 0x300}, {0x401, 0x415, 0x308},
    {0x403, 0x413, 0x301}, {0x407, 0x406, 0x308}, {0x40c, 0x41a, 0x301}, {0x40d, 0x418, 0x300},
    {0x40e, 0x423, 0x306}, {0x419, 0x418, 0x306}, {0x439, 0x438, 0x306}, {0x450, 0x435, 0x300},
    {0x451, 0x435, 0x308}, {0x453, 0x433, 0x301}, {0x457, 0x456, 0x308}, {0x45c, 0x43a, 0x301},
    {0x45d, 0x438, 0x300}, {0x45e, 0x443, 0x306}, {0x476, 0x474, 0x30f}, {0x477, 0x475, 0x30f},
    {0x4c1, 0x416, 0x306}, {0x4c2, 0x436, 0x306}, {0x4d0, 0x410, 0x306}, {0x4d1, 0x430, 0x306},
    {0x4d2, 0x410, 0x308}, {0x4d3, 0x430, 0x308}, {0x4d6, 0x415, 0x306}, {0x4d7, 0x435, 0x306},
    {0x4da, 0x4d8, 0x308}, {0x4db, 0x4d9, 0x308}, {0x4dc, 0x416, 0x308}, {0x4dd, 0x436, 0x308},
    {0x4de, 0x417, 0x308}, {0x4df, 0x437, 0x308}, {0x4e2, 0x418, 0x304}, {0x4e3, 0x438, 0x304},
    {0x4e4, 0x418, 0x308}, {0x4e5, 0x438, 0x308}, {0x4e6, 0x41e, 0x308}, {0x4e7, 0x43e, 0x308},
    {0x4ea, 0x4e8, 0x308}, {0x4eb, 0x4e9, 0x308}, {0x4ec, 0x42d, 0x308}, {0x4ed, 0x44d, 0x308},
    {0x4ee, 0x423, 0x304}, {0x4ef, 0x443, 0x304}, {0x4f0, 0x423, 0x308}, {0x4f1, 0x443, 0x308},
    {0x4f2, 0x423, 0x30b}, {0x4f3, 0x443, 0x30b}, {0x4f4, 0x427, 0x308}, {0x4f5, 0x447, 0x308},
    {0x4f8, 0x42b, 0x308}, {0x4f9, 0x44b, 0x308}, {0x622, 0x627, 0x653}, {0x623, 0x627, 0x654},
    {0x624, 0x648, 0x654}, {0x625, 0x627, 0x655}, {0x626, 0x64a, 0x654}, {0x6c0, 0x6d5, 0x654},
    {0x6c2, 0x6c1, 0x654}, {0x6d3, 0x6d2, 0x654}, {0x929, 0x928, 0x93c}, {0x931, 0x930, 0x93c},
    {0x934, 0x933, 0x93c}, {0x958, 0x915, 0x93c}, {0x959, 0x916, 0x93c}, {0x95a, 0x917, 0x93c},
    {0x95b, 0x91c, 0x93c}, {0x95c, 0x921, 0x93c}, {0x95d, 0x922, 0x93c}, {0x95e, 0x92b, 0x93c},
    {0x95f, 0x92f, 0x93c}, {0x9cb, 0x9c7, 0x9be}, {0x9cc, 0x9c7, 0x9d7}, {0x9dc, 0x9a1, 0x9bc},
    {0x9dd, 0x9a2, 0x9bc}, {0x9df, 0x9af, 0x9bc}, {0xa33, 0xa32, 0xa3c}, {0xa36, 0xa38, 0xa3c},
    {0xa59, 0xa16, 0xa3c}, {0xa5a, 0xa17, 0xa3c}, {0xa5b, 0xa1c, 0xa3c}, {0xa5e, 0xa2b, 0xa3c},
    {0xb48, 0xb47, 0xb56}, {0xb4b, 0xb47, 0xb3e}, {0xb4c, 0xb47, 0xb57}, {0xb5c, 0xb21, 0xb3c},
    {0xb5d, 0xb22, 0xb3c}, {0xb94, 0xb92, 0xbd7}, {0xbca, 0xbc6, 0xbbe}, {0xbcb, 0xbc7, 0xbbe},
    {0xbcc, 0xbc6, 0xbd7}, {0xc48, 0xc46, 0xc56}, {0xcc0, 0xcbf, 0xcd5}, {0xcc7, 0xcc6, 0xcd5},
    {0xcc8, 0xcc6, 0xcd6}, {0xcca, 0xcc6, 0xcc2}, {0xccb, 0xcca, 0xcd5}, {0xd4a, 0xd46, 0xd3e},
    {0xd4b, 0xd47, 0xd3e}, {0xd4c, 0xd46, 0xd57}, {0xdda, 0xdd9, 0xdca}, {0xddc, 0xdd9, 0xdcf},
    {0xddd, 0xddc, 0xdca}, {0xdde, 0xdd9, 0xddf}, {0xf43, 0xf42, 0xfb7}, {0xf4d, 0xf4c, 0xfb7},
    {0xf52, 0xf51, 0xfb7}, {0xf57, 0xf56, 0xfb7}, {0xf5c, 0xf5b, 0xfb7}, {0xf69, 0xf40, 0xfb5},
    {0xf73, 0xf71, 0xf72}, {0xf75, 0xf71, 0xf74}, {0xf76, 0xfb2, 0xf80}, {0xf78, 0xfb3, 0xf80},
    {0xf81, 0xf71, 0xf80}, {0xf93, 0xf92, 0xfb7}, {0xf9d, 0xf9c, 0xfb7}, {0xfa2, 0xfa1, 0xfb7},
    {0xfa7, 0xfa6, 0xfb7}, {0xfac, 0xfab, 0xfb7}, {0xfb9, 0xf90, 0xfb5}, {0x1026, 0x1025, 0x102e},
    {0x1b06, 0x1b05, 0x1b35}, {0x1b08, 0x1b07, 0x1b35}, {0x1b0a, 0x1b09, 0x1b35}, {0x1b0c, 0x1b0b, 0x1b35},
    {0x1b0e, 0x1b0d, 0x1b35}, {0x1b12, 0x1b11, 0x1b35}, {0x1b3b, 0x1b3a, 0x1b35}, {0x1b3d, 0x1b3c, 0x1b35},
    {0x1b40, 0x1b3e, 0x1b35}, {0x1b41, 0x1b3f, 0x1b35}, {0x1b43, 0x1b42, 0x1b35}, {0x1e00, 0x41, 0x325},
    {0x1e01, 0x61, 0x325}, {0x1e02, 0x42, 0x307}, {0x1e03, 0x62, 0x307}, {0x1e04, 0x42, 0x323},
    {0x1e05, 0x62, 0x323}, {0x1e06, 0x42, 0x331}, {0x1e07, 0x62, 0x331}, {0x1e08, 0xc7, 0x301},
    {0x1e09, 0xe7, 0x301}, {0x1e0a, 0x44, 0x307}, {0x1e0b, 0x64, 0x307}, {0x1e0c, 0x44, 0x323},
    {0x1e0d, 0x64, 0x323}, {0x1e0e, 0x44, 0x331}, {0x1e0f, 0x64, 0x331}, {0x1e10, 0x44, 0x327},
    {0x1e11, 0x64, 0x327}, {0x1e12, 0x44, 0x32d}, {0x1e13, 0x64, 0x32d}, {0x1e14, 0x112, 0x300},
    {0x1e15, 0x113, 0x300}, {0x1e16, 0x112, 0x301}, {0x1e17, 0x113, 0x301}, {0x1e18, 0x45, 0x32d},
    {0x1e19, 0x65, 0x32d}, {0x1e1a, 0x45, 0x330}, {0x1e1b, 0x65, 0x330}, {0x1e1c, 0x228, 0x306},
    {0x1e1d, 0x229, 0x306}, {0x1e1e, 0x46, 0x307}, {0x1e1f, 0x66, 0x307}, {0x1e20, 0x47, 0x304},
    {0x1e21, 0x67, 0x304}, {0x1e22, 0x48, 0x307}, {0x1e23, 0x68, 0x307}, {0x1e24, 0x48, 0x323},
    {0x1e25, 0x68, 0x323}, {0x1e26, 0x48, 0x308}, {0x1e27, 0x68, 0x308}, {0x1e28, 0x48, 0x327},
    {0x1e29, 0x68, 0x327}, {0x1e2a, 0x48, 0x32e}, {0x1e2b, 0x68, 0x32e}, {0x1e2c, 0x49, 0x330},
    {0x1e2d, 0x69, 0x330}, {0x1e2e, 0xcf, 0x301}, {0x1e2f, 0xef, 0x301}, {0x1e30, 0x4b, 0x301},
    {0x1e31, 0x6b, 0x301}, {0x1e32, 0x4b, 0x323}, {0x1e33, 0x6b, 0x323}, {0x1e34, 0x4b, 0x331},
    {0x1e35, 0x6b, 0x331}, {0x1e36, 0x4c, 0x323}, {0x1e37, 0x6c, 0x323}, {0x1e38, 0x1e36, 0x304},
    {0x1e39, 0x1e37, 0x304}, {0x1e3a, 0x4c, 0x331}, {0x1e3b, 0x6c, 0x331}, {0x1e3c, 0x4c, 0x32d},
    {0x1e3d, 0x6c, 0x32d}, {0x1e3e, 0x4d, 0x301}, {0x1e3f, 0x6d, 0x301}, {0x1e40, 0x4d, 0x307},
    {0x1e41, 0x6d, 0x307}, {0x1e42, 0x4d, 0x323}, {0x1e43, 0x6d, 0x323}, {0x1e44, 0x4e, 0x307},
    {0x1e45, 0x6e, 0x307}, {0x1e46, 0x4e, 0x323}, {0x1e47, 0x6e, 0x323}, {0x1e48, 0x4e, 0x331},
    {0x1e49, 0x6e, 0x331}, {0x1e4a, 0x4e, 0x32d}, {0x1e4b, 0x6e, 0x32d}, {0x1e4c, 0xd5, 0x301},
    {0x1e4d, 0xf5, 0x301}, {0x1e4e, 0xd5, 0x308}, {0x1e4f, 0xf5, 0x308}, {0x1e50, 0x14c, 0x300},
    {0x1e51, 0x14d, 0x300}, {0x1e52, 0x14c, 0x301}, {0x1e53, 0x14d, 0x301}, {0x1e54, 0x50, 0x301},
    {0x1e55, 0x70, 0x301}, {0x1e56, 0x50, 0x307}, {0x1e57, 0x70, 0x307}, {0x1e58, 0x52, 0x307},
    {0x1e59, 0x72, 0x307}, {0x1e5a, 0x52, 0x323}, {0x1e5b, 0x72, 0x323}, {0x1e5c, 0x1e5a, 0x304},
    {0x1e5d, 0x1e5b, 0x304}, {0x1e5e, 0x52, 0x331}, {0x1e5f, 0x72, 0x331}, {0x1e60, 0x53, 0x307},
    {0x1e61, 0x73, 0x307}, {0x1e62, 0x53, 0x323}, {0x1e63, 0x73, 0x323}, {0x1e64, 0x15a, 0x307},
    {0x1e65, 0x15b, 0x307}, {0x1e66, 0x160, 0x307}, {0x1e67, 0x161, 0x307}, {0x1e68, 0x1e62, 0x307},
    {0x1e69, 0x1e63, 0x307}, {0x1e6a, 0x54, 0x307}, {0x1e6b, 0x74, 0x307}, {0x1e6c, 0x54, 0x323},
    {0x1e6d, 0x74, 0x323}, {0x1e6e, 0x54, 0x331}, {0x1e6f, 0x74, 0x331}, {0x1e70, 0x54, 0x32d},
    {0x1e71, 0x74, 0x32d}, {0x1e72, 0x55, 0x324}, {0x1e73, 0x75, 0x324}, {0x1e74, 0x55, 0x330},
    {0x1e75, 0x75, 0x330}, {0x1e76, 0x55, 0x32d}, {0x1e77, 0x75, 0x32d}, {0x1e78, 0x168, 0x301},
    {0x1e79, 0x169, 0x301}, {0x1e7a, 0x16a, 0x308}, {0x1e7b, 0x16b, 0x308}, {0x1e7c, 0x56, 0x303},
    {0x1e7d, 0x76, 0x303}, {0x1e7e, 0x56, 0x323}, {0x1e7f, 0x76, 0x323}, {0x1e80, 0x57, 0x300},
    {0x1e81, 0x77, 0x300}, {0x1e82, 0x57, 0x301}, {0x1e83, 0x77, 0x301}, {0x1e84, 0x57, 0x308},
    {0x1e85, 0x77, 0x308}, {0x1e86, 0x57, 0x307}, {0x1e87, 0x77, 0x307}, {0x1e88, 0x57, 0x323},
    {0x1e89, 0x77, 0x323}, {0x1e8a, 0x58, 0x307}, {0x1e8b, 0x78, 0x307}, {0x1e8c, 0x58, 0x308},
    {0x1e8d, 0x78, 0x308}, {0x1e8e, 0x59, 0x307}, {0x1e8f, 0x79, 0x307}, {0x1e90, 0x5a, 0x302},
    {0x1e91, 0x7a, 0x302}, {0x1e92, 0x5a, 0x323}, {0x1e93, 0x7a, 0x323}, {0x1e94, 0x5a, 0x331},
    {0x1e95, 0x7a, 0x331}, {0x1e96, 0x68, 0x331}, {0x1e97, 0x74, 0x308}, {0x1e98, 0x77, 0x30a},
    {0x1e99, 0x79, 0x30a}, {0x1e9b, 0x17f, 0x307}, {0x1ea0, 0x41, 0x323}, {0x1ea1, 0x61, 0x323},
    {0x1ea2, 0x41, 0x309}, {0x1ea3, 0x61, 0x309}, {0x1ea4, 0xc2, 0x301}, {0x1ea5, 0xe2, 0x301},
    {0x1ea6, 0xc2, 0x300}, {0x1ea7, 0xe2, 0x300}, {0x1ea8, 0xc2, 0x309}, {0x1ea9, 0xe2, 0x309},
    {0x1eaa, 0xc2, 0x303}, {0x1eab, 0xe2, 0x303}, {0x1eac, 0x1ea0, 0x302}, {0x1ead, 0x1ea1, 0x302},
    {0x1eae, 0x102, 0x301}, {0x1eaf, 0x103, 0x301}, {0x1eb0, 0x102, 0x300}, {0x1eb1, 0x103, 0x300},
    {0x1eb2, 0x102, 0x309}, {0x1eb3, 0x103, 0x309}, {0x1eb4, 0x102, 0x303}, {0x1eb5, 0x103, 0x303},
    {0x1eb6, 0x1ea0, 0x306}, {0x1eb7, 0x1ea1, 0x306}, {0x1eb8, 0x45, 0x323}, {0x1eb9, 0x65, 0x323},
    {0x1eba, 0x45, 0x309}, {0x1ebb, 0x65, 0x309}, {0x1ebc, 0x45, 0x303}, {0x1ebd, 0x65, 0x303},
    {0x1ebe, 0xca, 0x301}, {0x1ebf, 0xea, 0x301}, {0x1ec0, 0xca, 0x300}, {0x1ec1, 0xea, 0x300},
    {0x1ec2, 0xca, 0x309}, {0x1ec3, 0xea, 0x309}, {0x1ec4, 0xca, 0x303}, {0x1ec5, 0xea, 0x303},
    {0x1ec6, 0x1eb8, 0x302}, {0x1ec7, 0x1eb9, 0x302}, {0x1ec8, 0x49, 0x309}, {0x1ec9, 0x69, 0x309},
    {0x1eca, 0x49, 0x323}, {0x1ecb, 0x69, 0x323}, {0x1ecc, 0x4f, 0x323}, {0x1ecd, 0x6f, 0x323},
    {0x1ece, 0x4f, 0x309}, {0x1ecf, 0x6f, 0x309}, {0x1ed0, 0xd4, 0x301}, {0x1ed1, 0xf4, 0x301},
    {0x1ed2, 0xd4, 0x300}, {0x1ed3, 0xf4, 0x300}, {0x1ed4, 0xd4, 0x309}, {0x1ed5, 0xf4, 0x309},
    {0x1ed6, 0xd4, 0x303}, {0x1ed7, 0xf4, 0x303}, {0x1ed8, 0x1ecc, 0x302}, {0x1ed9, 0x1ecd, 0x302},
    {0x1eda, 0x1a0, 0x301}, {0x1edb, 0x1a1, 0x301}, {0x1edc, 0x1a0, 0x300}, {0x1edd, 0x1a1, 0x300},
    {0x1ede, 0x1a0, 0x309}, {0x1edf, 0x1a1, 0x309}, {0x1ee0, 0x1a0, 0x303}, {0x1ee1, 0x1a1, 0x303},
    {0x1ee2, 0x1a0, 0x323}, {0x1ee3, 0x1a1, 0x323}, {0x1ee4, 0x55, 0x323}, {0x1ee5, 0x75, 0x323},
    {0x1ee6, 0x55, 0x309}, {0x1ee7, 0x75, 0x309}, {0x1ee8, 0x1af, 0x301}, {0x1ee9, 0x1b0, 0x301},
    {0x1eea, 0x1af, 0x300}, {0x1eeb, 0x1b0, 0x300}, {0x1eec, 0x1af, 0x309}, {0x1eed, 0x1b0, 0x309},
    {0x1eee, 0x1af, 0x303}, {0x1eef, 0x1b0, 0x303}, {0x1ef0, 0x1af, 0x323}, {0x1ef1, 0x1b0, 0x323},
    {0x1ef2, 0x59, 0x300}, {0x1ef3, 0x79, 0x300}, {0x1ef4, 0x59, 0x323}, {0x1ef5, 0x79, 0x323},
    {0x1ef6, 0x59, 0x309}, {0x1ef7, 0x79, 0x309}, {0x1ef8, 0x59, 0x303}, {0x1ef9, 0x79, 0x303},
    {0x1f00, 0x3b1, 0x313}, {0x1f01, 0x3b1, 0x314}, {0x1f02, 0x1f00, 0x300}, {0x1f03, 0x1f01, 0x300},
    {0x1f04, 0x1f00, 0x301}, {0x1f05, 0x1f01, 0x301}, {0x1f06, 0x1f00, 0x342}, {0x1f07, 0x1f01, 0x342},
    {0x1f08, 0x391, 0x313}, {0x1f09, 0x391, 0x314}, {0x1f0a, 0x1f08, 0x300}, {0x1f0b, 0x1f09, 0x300},
    {0x1f0c, 0x1f08, 0x301}, {0x1f0d, 0x1f09, 0x301}, {0x1f0e, 0x1f08, 0x342}, {0x1f0f, 0x1f09, 0x342},
    {0x1f10, 0x3b5, 0x313}, {0x1f11, 0x3b5, 0x314}, {0x1f12, 0x1f10, 0x300}, {0x1f13, 0x1f11, 0x300},
    {0x1f14, 0x1f10, 0x301}, {0x1f15, 0x1f11, 0x301}, {0x1f18, 0x395, 0x313}, {0x1f19, 0x395, 0x314},
    {0x1f1a, 0x1f18, 0x300}, {0x1f1b, 0x1f19, 0x300}, {0x1f1c, 0x1f18, 0x301}, {0x1f1d, 0x1f19, 0x301},
    {0x1f20, 0x3b7, 0x313}, {0x1f21, 0x3b7, 0x314}, {0x1f22, 0x1f20, 0x300}, {0x1f23, 0x1f21, 0x300},
    {0x1f24, 0x1f20, 0x301}, {0x1f25, 0x1f21, 0x301}, {0x1f26, 0x1f20, 0x342}, {0x1f27, 0x1f21, 0x342},
    {0x1f28, 0x397, 0x313}, {0x1f29, 0x397, 0x314}, {0x1f2a, 0x1f28, 0x300}, {0x1f2b, 0x1f29, 0x300},
    {0x1f2c, 0x1f28, 0x301}, {0x1f2d, 0x1f29, 0x301}, {0x1f2e, 0x1f28, 0x342}, {0x1f2f, 0x1f29, 0x342},
    {0x1f30, 0x3b9, 0x313}, {0x1f31, 0x3b9, 0x314}, {0x1f32, 0x1f30, 0x300}, {0x1f33, 0x1f31, 0x300},
    {0x1f34, 0x1f30, 0x301}, {0x1f35, 0x1f31, 0x301}, {0x1f36, 0x1f30, 0x342}, {0x1f37, 0x1f31, 0x342},
    {0x1f38, 0x399, 0x313}, {0x1f39, 0x399, 0x314}, {0x1f3a, 0x1f38, 0x300}, {0x1f3b, 0x1f39, 0x300},
    {0x1f3c, 0x1f38, 0x301}, {0x1f3d, 0x1f39, 0x301}, {0x1f3e, 0x1f38, 0x342}, {0x1f3f, 0x1f39, 0x342},
    {0x1f40, 0x3bf, 0x313}, {0x1f41, 0x3bf, 0x314}, {0x1f42, 0x1f40, 0x300}, {0x1f43, 0x1f41, 0x300},
    {0x1f44, 0x1f40, 0x301}, {0x1f45, 0x1f41, 0x301}, {0x1f48, 0x39f, 0x313}, {0x1f49, 0x39f, 0x314},
    {0x1f4a, 0x1f48, 0x300}, {0x1f4b, 0x1f49, 0x300}, {0x1f4c, 0x1f48, 0x301}, {0x1f4d, 0x1f49, 0x301},
    {0x1f50, 0x3c5, 0x313}, {0x1f51, 0x3c5, 0x314}, {0x1f52, 0x1f50, 0x300}, {0x1f53, 0x1f51, 0x300},
    {0x1f54, 0x1f50, 0x301}, {0x1f55, 0x1f51, 0x301}, {0x1f56, 0x1f50, 0x342}, {0x1f57, 0x1f51, 0x342},
    {0x1f59, 0x3a5, 0x314}, {0x1f5b, 0x1f59, 0x300}, {0x1f5d, 0x1f59, 0x301}, {0x1f5f, 0x1f59, 0x342},
    {0x1f60, 0x3c9, 0x313}, {0x1f61, 0x3c9, 0x314}, {0x1f62, 0x1f60, 0x300}, {0x1f63, 0x1f61, 0x300},
    {0x1f64, 0x1f60, 0x301}, {0x1f65, 0x1f61, 0x301}, {0x1f66, 0x1f60, 0x342}, {0x1f67, 0x1f61, 0x342},
    {0x1f68, 0x3a9, 0x313}, {0x1f69, 0x3a9, 0x314}, {0x1f6a, 0x1f68, 0x300}, {0x1f6b, 0x1f69, 0x300},
    {0x1f6c, 0x1f68, 0x301}, {0x1f6d, 0x1f69, 0x301}, {0x1f6e, 0x1f68, 0x342}, {0x1f6f, 0x1f69, 0x342},
    {0x1f70, 0x3b1, 0x300}, {0x1f71, 0x3ac, 0x0}, {0x1f72, 0x3b5, 0x300}, {0x1f73, 0x3ad, 0x0},
    {0x1f74, 0x3b7, 0x300}, {0x1f75, 0x3ae, 0x0}, {0x1f76, 0x3b9, 0x300}, {0x1f77, 0x3af, 0x0},
    {0x1f78, 0x3bf, 0x300}, {0x1f79, 0x3cc, 0x0}, {0x1f7a, 0x3c5, 0x300}, {0x1f7b, 0x3cd, 0x0},
    {0x1f7c, 0x3c9, 0x300}, {0x1f7d, 0x3ce, 0x0}, {0x1f80, 0x1f00, 0x345}, {0x1f81, 0x1f01, 0x345},
    {0x1f82, 0x1f02, 0x345}, {0x1f83, 0x1f03, 0x345}, {0x1f84, 0x1f04, 0x345}, {0x1f85, 0x1f05, 0x345},
    {0x1f86, 0x1f06, 0x345}, {0x1f87, 0x1f07, 0x345}, {0x1f88, 0x1f08, 0x345}, {0x1f89, 0x1f09, 0x345},
    {0x1f8a, 0x1f0a, 0x345}, {0x1f8b, 0x1f0b, 0x345}, {0x1f8c, 0x1f0c, 0x345}, {0x1f8d, 0x1f0d, 0x345},
    {0x1f8e, 0x1f0e, 0x345}, {0x1f8f, 0x1f0f, 0x345}, {0x1f90, 0x1f20, 0x345}, {0x1f91, 0x1f21, 0x345},
    {0x1f92, 0x1f22, 0x345}, {0x1f93, 0x1f23, 0x345}, {0x1f94, 0x1f24, 0x345}, {0x1f95, 0x1f25, 0x345},
    {0x1f96, 0x1f26, 0x345}, {0x1f97, 0x1f27, 0x345}, {0x1f98, 0x1f28, 0x345}, {0x1f99, 0x1f29, 0x345},
    {0x1f9a, 0x1f2a, 0x345}, {0x1f9b, 0x1f2b, 0x345}, {0x1f9c, 0x1f2c, 0x345}, {0x1f9d, 0x1f2d, 0x345},
    {0x1f9e, 0x1f2e, 0x345}, {0x1f9f, 0x1f2f, 0x345}, {0x1fa0, 0x1f60, 0x345}, {0x1fa1, 0x1f61, 0x345},
    {0x1fa2, 0x1f62, 0x345}, {0x1fa3, 0x1f63, 0x345}, {0x1fa4, 0x1f64, 0x345}, {0x1fa5, 0x1f65, 0x345},
    {0x1fa6, 0x1f66, 0x345}, {0x1fa7, 0x1f67, 0x345}, {0x1fa8, 0x1f68, 0x345}, {0x1fa9, 0x1f69, 0x345},
    {0x1faa, 0x1f6a, 0x345}, {0x1fab, 0x1f6b, 0x345}, {0x1fac, 0x1f6c, 0x345}, {0x1fad, 0x1f6d, 0x345},
    {0x1fae, 0x1f6e, 0x345}, {0x1faf, 0x1f6f, 0x345}, {0x1fb0, 0x3b1, 0x306}, {0x1fb1, 0x3b1, 0x304},
    {0x1fb2, 0x1f70, 0x345}, {0x1fb3, 0x3b1, 0x345}, {0x1fb4, 0x3ac, 0x345}, {0x1fb6, 0x3b1, 0x342},
    {0x1fb7, 0x1fb6, 0x345}, {0x1fb8, 0x391, 0x306}, {0x1fb9, 0x391, 0x304}, {0x1fba, 0x391, 0x300},
    {0x1fbb, 0x386, 0x0}, {0x1fbc, 0x391, 0x345}, {0x1fbe, 0x3b9, 0x0}, {0x1fc1, 0xa8, 0x342},
    {0x1fc2, 0x1f74, 0x345}, {0x1fc3, 0x3b7, 0x345}, {0x1fc4, 0x3ae, 0x345}, {0x1fc6, 0x3b7, 0x342},
    {0x1fc7, 0x1fc6, 0x345}, {0x1fc8, 0x395, 0x300}, {0x1fc9, 0x388, 0x0}, {0x1fca, 0x397, 0x300},
    {0x1fcb, 0x389, 0x0}, {0x1fcc, 0x397, 0x345}, {0x1fcd, 0x1fbf, 0x300}, {0x1fce, 0x1fbf, 0x301},
    {0x1fcf, 0x1fbf, 0x342}, {0x1fd0, 0x3b9, 0x306}, {0x1fd1, 0x3b9, 0x304}, {0x1fd2, 0x3ca, 0x300},
    {0x1fd3, 0x390, 0x0}, {0x1fd6, 0x3b9, 0x342}, {0x1fd7, 0x3ca, 0x342}, {0x1fd8, 0x399, 0x306},
    {0x1fd9, 0x399, 0x304}, {0x1fda, 0x399, 0x300}, {0x1fdb, 0x38a, 0x0}, {0x1fdd, 0x1ffe, 0x300},
    {0x1fde, 0x1ffe, 0x301}, {0x1fdf, 0x1ffe, 0x342}, {0x1fe0, 0x3c5, 0x306}, {0x1fe1, 0x3c5, 0x304},
    {0x1fe2, 0x3cb, 0x300}, {0x1fe3, 0x3b0, 0x0}, {0x1fe4, 0x3c1, 0x313}, {0x1fe5, 0x3c1, 0x314},
    {0x1fe6, 0x3c5, 0x342}, {0x1fe7, 0x3cb, 0x342}, {0x1fe8, 0x3a5, 0x306}, {0x1fe9, 0x3a5, 0x304},
    {0x1fea, 0x3a5, 0x300}, {0x1feb, 0x38e, 0x0}, {0x1fec, 0x3a1, 0x314}, {0x1fed, 0xa8, 0x300},
    {0x1fee, 0x385, 0x0}, {0x1fef, 0x60, 0x0}, {0x1ff2, 0x1f7c, 0x345}, {0x1ff3, 0x3c9, 0x345},
    {0x1ff4, 0x3ce, 0x345}, {0x1ff6, 0x3c9, 0x342}, {0x1ff7, 0x1ff6, 0x345}, {0x1ff8, 0x39f, 0x300},
    {0x1ff9, 0x38c, 0x0}, {0x1ffa, 0x3a9, 0x300}, {0x1ffb, 0x38f, 0x0}, {0x1ffc, 0x3a9, 0x345},
    {0x1ffd, 0xb4, 0x0}, {0x2000, 0x2002, 0x0}, {0x2001, 0x2003, 0x0}, {0x2126, 0x3a9, 0x0},
    {0x212a, 0x4b, 0x0}, {0x212b, 0xc5, 0x0}, {0x219a, 0x2190, 0x338}, {0x219b, 0x2192, 0x338},
    {0x21ae, 0x2194, 0x338}, {0x21cd, 0x21d0, 0x338}, {0x21ce, 0x21d4, 0x338}, {0x21cf, 0x21d2, 0x338},
    {0x2204, 0x2203, 0x338}, {0x2209, 0x2208, 0x338}, {0x220c, 0x220b, 0x338}, {0x2224, 0x2223, 0x338},
    {0x2226, 0x2225, 0x338}, {0x2241, 0x223c, 0x338}, {0x2244, 0x2243, 0x338}, {0x2247, 0x2245, 0x338},
    {0x2249, 0x2248, 0x338}, {0x2260, 0x3d, 0x338}, {0x2262, 0x2261, 0x338}, {0x226d, 0x224d, 0x338},
    {0x226e, 0x3c, 0x338}, {0x226f, 0x3e, 0x338}, {0x2270, 0x2264, 0x338}, {0x2271, 0x2265, 0x338},
    {0x2274, 0x2272, 0x338}, {0x2275, 0x2273, 0x338}, {0x2278, 0x2276, 0x338}, {0x2279, 0x2277, 0x338},
    {0x2280, 0x227a, 0x338}, {0x2281, 0x227b, 0x338}, {0x2284, 0x2282, 0x338}, {0x2285, 0x2283, 0x338},
    {0x2288, 0x2286, 0x338}, {0x2289, 0x2287, 0x338}, {0x22ac, 0x22a2, 0x338}, {0x22ad, 0x22a8, 0x338},
    {0x22ae, 0x22a9, 0x338}, {0x22af, 0x22ab, 0x338}, {0x22e0, 0x227c, 0x338}, {0x22e1, 0x227d, 0x338},
    {0x22e2, 0x2291, 0x338}, {0x22e3, 0x2292, 0x338}, {0x22ea, 0x22b2, 0x338}, {0x22eb, 0x22b3, 0x338},
    {0x22ec, 0x22b4, 0x338}, {0x22ed, 0x22b5, 0x338}, {0x2329, 0x3008, 0x0}, {0x232a, 0x3009, 0x0},
    {0x2adc, 0x2add, 0x338}, {0x304c, 0x304b, 0x3099}, {0x304e, 0x304d, 0x3099}, {0x3050, 0x304f, 0x3099},
    {0x3052, 0x3051, 0x3099}, {0x3054, 0x3053, 0x3099}, {0x3056, 0x3055, 0x3099}, {0x3058, 0x3057, 0x3099},
    {0x305a, 0x3059, 0x3099}, {0x305c, 0x305b, 0x3099}, {0x305e, 0x305d, 0x3099}, {0x3060, 0x305f, 0x3099},
    {0x3062, 0x3061, 0x3099}, {0x3065, 0x3064, 0x3099}, {0x3067, 0x3066, 0x3099}, {0x3069, 0x3068, 0x3099},
    {0x3070, 0x306f, 0x3099}, {0x3071, 0x306f, 0x309a}, {0x3073, 0x3072, 0x3099}, {0x3074, 0x3072, 0x309a},
    {0x3076, 0x3075, 0x3099}, {0x3077, 0x3075, 0x309a}, {0x3079, 0x3078, 0x3099}, {0x307a, 0x3078, 0x309a},
    {0x307c, 0x307b, 0x3099}, {0x307d, 0x307b, 0x309a}, {0x3094, 0x3046, 0x3099}, {0x309e, 0x309d, 0x3099},
    {0x30ac, 0x30ab, 0x3099}, {0x30ae, 0x30ad, 0x3099}, {0x30b0, 0x30af, 0x3099}, {0x30b2, 0x30b1, 0x3099},
    {0x30b4, 0x30b3, 0x3099}, {0x30b6, 0x30b5, 0x3099}, {0x30b8, 0x30b7, 0x3099}, {0x30ba, 0x30b9, 0x3099},
    {0x30bc, 0x30bb, 0x3099}, {0x30be, 0x30bd, 0x3099}, {0x30c0, 0x30bf, 0x3099}, {0x30c2, 0x30c1, 0x3099},
    {0x30c5, 0x30c4, 0x3099}, {0x30c7, 0x30c6, 0x3099}, {0x30c9, 0x30c8, 0x3099}, {0x30d0, 0x30cf, 0x3099},
    {0x30d1, 0x30cf, 0x309a}, {0x30d3, 0x30d2, 0x3099}, {0x30d4, 0x30d2, 0x309a}, {0x30d6, 0x30d5, 0x3099},
    {0x30d7, 0x30d5, 0x309a}, {0x30d9, 0x30d8, 0x3099}, {0x30da, 0x30d8, 0x309a}, {0x30dc, 0x30db, 0x3099},
    {0x30dd, 0x30db, 0x309a}, {0x30f4, 0x30a6, 0x3099}, {0x30f7, 0x30ef, 0x3099}, {0x30f8, 0x30f0, 0x3099},
    {0x30f9, 0x30f1, 0x3099}, {0x30fa, 0x30f2, 0x3099}, {0x30fe, 0x30fd, 0x3099}, {0xf900, 0x8c48, 0x0},
    {0xf901, 0x66f4, 0x0}, {0xf902, 0x8eca, 0x0}, {0xf903, 0x8cc8, 0x0}, {0xf904, 0x6ed1, 0x0},
    {0xf905, 0x4e32, 0x0}, {0xf906, 0x53e5, 0x0}, {0xf907, 0x9f9c, 0x0}, {0xf908, 0x9f9c, 0x0},
    {0xf909, 0x5951, 0x0}, {0xf90a, 0x91d1, 0x0}, {0xf90b, 0x5587, 0x0}, {0xf90c, 0x5948, 0x0},
    {0xf90d, 0x61f6, 0x0}, {0xf90e, 0x7669, 0x0}, {0xf90f, 0x7f85, 0x0}, {0xf910, 0x863f, 0x0},
    {0xf911, 0x87ba, 0x0}, {0xf912, 0x88f8, 0x0}, {0xf913, 0x908f, 0x0}, {0xf914, 0x6a02, 0x0},
    {0xf915, 0x6d1b, 0x0}, {0xf916, 0x70d9, 0x0}, {0xf917, 0x73de, 0x0}, {0xf918, 0x843d, 0x0},
    {0xf919, 0x916a, 0x0}, {0xf91a, 0x99f1, 0x0}, {0xf91b, 0x4e82, 0x0}, {0xf91c, 0x5375, 0x0},
    {0xf91d, 0x6b04, 0x0}, {0xf91e, 0x721b, 0x0}, {0xf91f, 0x862d, 0x0}, {0xf920, 0x9e1e, 0x0},
    {0xf921, 0x5d50, 0x0}, {0xf922, 0x6feb, 0x0}, {0xf923, 0x85cd, 0x0}, {0xf924, 0x8964, 0x0},
    {0xf925, 0x62c9, 0x0}, {0xf926, 0x81d8, 0x0}, {0xf927, 0x881f, 0x0}, {0xf928, 0x5eca, 0x0},
    {0xf929, 0x6717, 0x0}, {0xf92a, 0x6d6a, 0x0}, {0xf92b, 0x72fc, 0x0}, {0xf92c, 0x90ce, 0x0},
    {0xf92d, 0x4f86, 0x0}, {0xf92e, 0x51b7, 0x0}, {0xf92f, 0x52de, 0x0}, {0xf930, 0x64c4, 0x0},
    {0xf931, 0x6ad3, 0x0}, {0xf932, 0x7210, 0x0}, {0xf933, 0x76e7, 0x0}, {0xf934, 0x8001, 0x0},
    {0xf935, 0x8606, 0x0}, {0xf936, 0x865c, 0x0}, {0xf937, 0x8def, 0x0}, {0xf938, 0x9732, 0x0},
    {0xf939, 0x9b6f, 0x0}, {0xf93a, 0x9dfa, 0x0}, {0xf93b, 0x788c, 0x0}, {0xf93c, 0x797f, 0x0},
    {0xf93d, 0x7da0, 0x0}, {0xf93e, 0x83c9, 0x0}, {0xf93f, 0x9304, 0x0}, {0xf940, 0x9e7f, 0x0},
    {0xf941, 0x8ad6, 0x0}, {0xf942, 0x58df, 0x0}, {0xf943, 0x5f04, 0x0}, {0xf944, 0x7c60, 0x0},
    {0xf945, 0x807e, 0x0}, {0xf946, 0x7262, 0x0}, {0xf947, 0x78ca, 0x0}, {0xf948, 0x8cc2, 0x0},
    {0xf949, 0x96f7, 0x0}, {0xf94a, 0x58d8, 0x0}, {0xf94b, 0x5c62, 0x0}, {0xf94c, 0x6a13, 0x0},
    {0xf94d, 0x6dda, 0x0}, {0xf94e, 0x6f0f, 0x0}, {0xf94f, 0x7d2f, 0x0}, {0xf950, 0x7e37, 0x0},
    {0xf951, 0x964b, 0x0}, {0xf952, 0x52d2, 0x0}, {0xf953, 0x808b, 0x0}, {0xf954, 0x51dc, 0x0},
    {0xf955, 0x51cc, 0x0}, {0xf956, 0x7a1c, 0x0}, {0xf957, 0x7dbe, 0x0}, {0xf958, 0x83f1, 0x0},
    {0xf959, 0x9675, 0x0}, {0xf95a, 0x8b80, 0x0}, {0xf95b, 0x62cf, 0x0}, {0xf95c, 0x6a02, 0x0},
    {0xf95d, 0x8afe, 0x0}, {0xf95e, 0x4e39, 0x0}, {0xf95f, 0x5be7, 0x0}, {0xf960, 0x6012, 0x0},
    {0xf961, 0x7387, 0x0}, {0xf962, 0x7570, 0x0}, {0xf963, 0x5317, 0x0}, {0xf964, 0x78fb, 0x0},
    {0xf965, 0x4fbf, 0x0}, {0xf966, 0x5fa9, 0x0}, {0xf967, 0x4e0d, 0x0}, {0xf968, 0x6ccc, 0x0},
    {0xf969, 0x6578, 0x0}, {0xf96a, 0x7d22, 0x0}, {0xf96b, 0x53c3, 0x0}, {0xf96c, 0x585e, 0x0},
    {0xf96d, 0x7701, 0x0}, {0xf96e, 0x8449, 0x0}, {0xf96f, 0x8aaa, 0x0}, {0xf970, 0x6bba, 0x0},
    {0xf971, 0x8fb0, 0x0}, {0xf972, 0x6c88, 0x0}, {0xf973, 0x62fe, 0x0}, {0xf974, 0x82e5, 0x0},
    {0xf975, 0x63a0, 0x0}, {0xf976, 0x7565, 0x0}, {0xf977, 0x4eae, 0x0}, {0xf978, 0x5169, 0x0},
    {0xf979, 0x51c9, 0x0}, {0xf97a, 0x6881, 0x0}, {0xf97b, 0x7ce7, 0x0}, {0xf97c, 0x826f, 0x0},
    {0xf97d, 0x8ad2, 0x0}, {0xf97e, 0x91cf, 0x0}, {0xf97f, 0x52f5, 0x0}, {0xf980, 0x5442, 0x0},
    {0xf981, 0x5973, 0x0}, {0xf982, 0x5eec, 0x0}, {0xf983, 0x65c5, 0x0}, {0xf984, 0x6ffe, 0x0},
    {0xf985, 0x792a, 0x0}, {0xf986, 0x95ad, 0x0}, {0xf987, 0x9a6a, 0x0}, {0xf988, 0x9e97, 0x0},
    {0xf989, 0x9ece, 0x0}, {0xf98a, 0x529b, 0x0}, {0xf98b, 0x66c6, 0x0}, {0xf98c, 0x6b77, 0x0},
    {0xf98d, 0x8f62, 0x0}, {0xf98e, 0x5e74, 0x0}, {0xf98f, 0x6190, 0x0}, {0xf990, 0x6200, 0x0},
    {0xf991, 0x649a, 0x0}, {0xf992, 0x6f23, 0x0}, {0xf993, 0x7149, 0x0}, {0xf994, 0x7489, 0x0},
    {0xf995, 0x79ca, 0x0}, {0xf996, 0x7df4, 0x0}, {0xf997, 0x806f, 0x0}, {0xf998, 0x8f26, 0x0},
    {0xf999, 0x84ee, 0x0}, {0xf99a, 0x9023, 0x0}, {0xf99b, 0x934a, 0x0}, {0xf99c, 0x5217, 0x0},
    {0xf99d, 0x52a3, 0x0}, {0xf99e, 0x54bd, 0x0}, {0xf99f, 0x70c8, 0x0}, {0xf9a0, 0x88c2, 0x0},
    {0xf9a1, 0x8aaa, 0x0}, {0xf9a2, 0x5ec9, 0x0}, {0xf9a3, 0x5ff5, 0x0}, {0xf9a4, 0x637b, 0x0},
    {0xf9a5, 0x6bae, 0x0}, {0xf9a6, 0x7c3e, 0x0}, {0xf9a7, 0x7375, 0x0}, {0xf9a8, 0x4ee4, 0x0},
    {0xf9a9, 0x56f9, 0x0}, {0xf9aa, 0x5be7, 0x0}, {0xf9ab, 0x5dba, 0x0}, {0xf9ac, 0x601c, 0x0},
    {0xf9ad, 0x73b2, 0x0}, {0xf9ae, 0x7469, 0x0}, {0xf9af, 0x7f9a, 0x0}, {0xf9b0, 0x8046, 0x0},
    {0xf9b1, 0x9234, 0x0}, {0xf9b2, 0x96f6, 0x0}, {0xf9b3, 0x9748, 0x0}, {0xf9b4, 0x9818, 0x0},
    {0xf9b5, 0x4f8b, 0x0}, {0xf9b6, 0x79ae, 0x0}, {0xf9b7, 0x91b4, 0x0}, {0xf9b8, 0x96b8, 0x0},
    {0xf9b9, 0x60e1, 0x0}, {0xf9ba, 0x4e86, 0x0}, {0xf9bb, 0x50da, 0x0}, {0xf9bc, 0x5bee, 0x0},
    {0xf9bd, 0x5c3f, 0x0}, {0xf9be, 0x6599, 0x0}, {0xf9bf, 0x6a02, 0x0}, {0xf9c0, 0x71ce, 0x0},
    {0xf9c1, 0x7642, 0x0}, {0xf9c2, 0x84fc, 0x0}, {0xf9c3, 0x907c, 0x0}, {0xf9c4, 0x9f8d, 0x0},
    {0xf9c5, 0x6688, 0x0}, {0xf9c6, 0x962e, 0x0}, {0xf9c7, 0x5289, 0x0}, {0xf9c8, 0x677b, 0x0},
    {0xf9c9, 0x67f3, 0x0}, {0xf9ca, 0x6d41, 0x0}, {0xf9cb, 0x6e9c, 0x0}, {0xf9cc, 0x7409, 0x0},
    {0xf9cd, 0x7559, 0x0}, {0xf9ce, 0x786b, 0x0}, {0xf9cf, 0x7d10, 0x0}, {0xf9d0, 0x985e, 0x0},
    {0xf9d1, 0x516d, 0x0}, {0xf9d2, 0x622e, 0x0}, {0xf9d3, 0x9678, 0x0}, {0xf9d4, 0x502b, 0x0},
    {0xf9d5, 0x5d19, 0x0}, {0xf9d6, 0x6dea, 0x0}, {0xf9d7, 0x8f2a, 0x0}, {0xf9d8, 0x5f8b, 0x0},
    {0xf9d9, 0x6144, 0x0}, {0xf9da, 0x6817, 0x0}, {0xf9db, 0x7387, 0x0}, {0xf9dc, 0x9686, 0x0},
    {0xf9dd, 0x5229, 0x0}, {0xf9de, 0x540f, 0x0}, {0xf9df, 0x5c65, 0x0}, {0xf9e0, 0x6613, 0x0},
    {0xf9e1, 0x674e, 0x0}, {0xf9e2, 0x68a8, 0x0}, {0xf9e3, 0x6ce5, 0x0}, {0xf9e4, 0x7406, 0x0},
    {0xf9e5, 0x75e2, 0x0}, {0xf9e6, 0x7f79, 0x0}, {0xf9e7, 0x88cf, 0x0}, {0xf9e8, 0x88e1, 0x0},
    {0xf9e9, 0x91cc, 0x0}, {0xf9ea, 0x96e2, 0x0}, {0xf9eb, 0x533f, 0x0}, {0xf9ec, 0x6eba, 0x0},
    {0xf9ed, 0x541d, 0x0}, {0xf9ee, 0x71d0, 0x0}, {0xf9ef, 0x7498, 0x0}, {0xf9f0, 0x85fa, 0x0},
    {0xf9f1, 0x96a3, 0x0}, {0xf9f2, 0x9c57, 0x0}, {0xf9f3, 0x9e9f, 0x0}, {0xf9f4, 0x6797, 0x0},
    {0xf9f5, 0x6dcb, 0x0}, {0xf9f6, 0x81e8, 0x0}, {0xf9f7, 0x7acb, 0x0}, {0xf9f8, 0x7b20, 0x0},
    {0xf9f9, 0x7c92, 0x0}, {0xf9fa, 0x72c0, 0x0}, {0xf9fb, 0x7099, 0x0}, {0xf9fc, 0x8b58, 0x0},
    {0xf9fd, 0x4ec0, 0x0}, {0xf9fe, 0x8336, 0x0}, {0xf9ff, 0x523a, 0x0}, {0xfa00, 0x5207, 0x0},
    {0xfa01, 0x5ea6, 0x0}, {0xfa02, 0x62d3, 0x0}, {0xfa03, 0x7cd6, 0x0}, {0xfa04, 0x5b85, 0x0},
    {0xfa05, 0x6d1e, 0x0}, {0xfa06, 0x66b4, 0x0}, {0xfa07, 0x8f3b, 0x0}, {0xfa08, 0x884c, 0x0},
    {0xfa09, 0x964d, 0x0}, {0xfa0a, 0x898b, 0x0}, {0xfa0b, 0x5ed3, 0x0}, {0xfa0c, 0x5140, 0x0},
    {0xfa0d, 0x55c0, 0x0}, {0xfa10, 0x585a, 0x0}, {0xfa12, 0x6674, 0x0}, {0xfa15, 0x51de, 0x0},
    {0xfa16, 0x732a, 0x0}, {0xfa17, 0x76ca, 0x0}, {0xfa18, 0x793c, 0x0}, {0xfa19, 0x795e, 0x0},
    {0xfa1a, 0x7965, 0x0}, {0xfa1b, 0x798f, 0x0}, {0xfa1c, 0x9756, 0x0}, {0xfa1d, 0x7cbe, 0x0},
    {0xfa1e, 0x7fbd, 0x0}, {0xfa20, 0x8612, 0x0}, {0xfa22, 0x8af8, 0x0}, {0xfa25, 0x9038, 0x0},
    {0xfa26, 0x90fd, 0x0}, {0xfa2a, 0x98ef, 0x0}, {0xfa2b, 0x98fc, 0x0}, {0xfa2c, 0x9928, 0x0},
    {0xfa2d, 0x9db4, 0x0}, {0xfa2e, 0x90de, 0x0}, {0xfa2f, 0x96b7, 0x0}, {0xfa30, 0x4fae, 0x0},
    {0xfa31, 0x50e7, 0x0}, {0xfa32, 0x514d, 0x0}, {0xfa33, 0x52c9, 0x0}, {0xfa34, 0x52e4, 0x0},
    {0xfa35, 0x5351, 0x0}, {0xfa36, 0x559d, 0x0}, {0xfa37, 0x5606, 0x0}, {0xfa38, 0x5668, 0x0},
    {0xfa39, 0x5840, 0x0}, {0xfa3a, 0x58a8, 0x0}, {0xfa3b, 0x5c64, 0x0}, {0xfa3c, 0x5c6e, 0x0},
    {0xfa3d, 0x6094, 0x0}, {0xfa3e, 0x6168, 0x0}, {0xfa3f, 0x618e, 0x0}, {0xfa40, 0x61f2, 0x0},
    {0xfa41, 0x654f, 0x0}, {0xfa42, 0x65e2, 0x0}, {0xfa43, 0x6691, 0x0}, {0xfa44, 0x6885, 0x0},
    {0xfa45, 0x6d77, 0x0}, {0xfa46, 0x6e1a, 0x0}, {0xfa47, 0x6f22, 0x0}, {0xfa48, 0x716e, 0x0},
    {0xfa49, 0x722b, 0x0}, {0xfa4a, 0x7422, 0x0}, {0xfa4b, 0x7891, 0x0}, {0xfa4c, 0x793e, 0x0},
    {0xfa4d, 0x7949, 0x0}, {0xfa4e, 0x7948, 0x0}, {0xfa4f, 0x7950, 0x0}, {0xfa50, 0x7956, 0x0},
    {0xfa51, 0x795d, 0x0}, {0xfa52, 0x798d, 0x0}, {0xfa53, 0x798e, 0x0}, {0xfa54, 0x7a40, 0x0},
    {0xfa55, 0x7a81, 0x0}, {0xfa56, 0x7bc0, 0x0}, {0xfa57, 0x7df4, 0x0}, {0xfa58, 0x7e09, 0x0},
    {0xfa59, 0x7e41, 0x0}, {0xfa5a, 0x7f72, 0x0}, {0xfa5b, 0x8005, 0x0}, {0xfa5c, 0x81ed, 0x0},
    {0xfa5d, 0x8279, 0x0}, {0xfa5e, 0x8279, 0x0}, {0xfa5f, 0x8457, 0x0}, {0xfa60, 0x8910, 0x0},
    {0xfa61, 0x8996, 0x0}, {0xfa62, 0x8b01, 0x0}, {0xfa63, 0x8b39, 0x0}, {0xfa64, 0x8cd3, 0x0},
    {0xfa65, 0x8d08, 0x0}, {0xfa66, 0x8fb6, 0x0}, {0xfa67, 0x9038, 0x0}, {0xfa68, 0x96e3, 0x0},
    {0xfa69, 0x97ff, 0x0}, {0xfa6a, 0x983b, 0x0}, {0xfa6b, 0x6075, 0x0}, {0xfa6c, 0x242ee, 0x0},
    {0xfa6d, 0x8218, 0x0}, {0xfa70, 0x4e26, 0x0}, {0xfa71, 0x51b5, 0x0}, {0xfa72, 0x5168, 0x0},
    {0xfa73, 0x4f80, 0x0}, {0xfa74, 0x5145, 0x0}, {0xfa75, 0x5180, 0x0}, {0xfa76, 0x52c7, 0x0},
    {0xfa77, 0x52fa, 0x0}, {0xfa78, 0x559d, 0x0}, {0xfa79, 0x5555, 0x0}, {0xfa7a, 0x5599, 0x0},
    {0xfa7b, 0x55e2, 0x0}, {0xfa7c, 0x585a, 0x0}, {0xfa7d, 0x58b3, 0x0}, {0xfa7e, 0x5944, 0x0},
    {0xfa7f, 0x5954, 0x0}, {0xfa80, 0x5a62, 0x0}, {0xfa81, 0x5b28, 0x0}, {0xfa82, 0x5ed2, 0x0},
    {0xfa83, 0x5ed9, 0x0}, {0xfa84, 0x5f69, 0x0}, {0xfa85, 0x5fad, 0x0}, {0xfa86, 0x60d8, 0x0},
    {0xfa87, 0x614e, 0x0}, {0xfa88, 0x6108, 0x0}, {0xfa89, 0x618e, 0x0}, {0xfa8a, 0x6160, 0x0},
    {0xfa8b, 0x61f2, 0x0}, {0xfa8c, 0x6234, 0x0}, {0xfa8d, 0x63c4, 0x0}, {0xfa8e, 0x641c, 0x0},
    {0xfa8f, 0x6452, 0x0}, {0xfa90, 0x6556, 0x0}, {0xfa91, 0x6674, 0x0}, {0xfa92, 0x6717, 0x0},
    {0xfa93, 0x671b, 0x0}, {0xfa94, 0x6756, 0x0}, {0xfa95, 0x6b79, 0x0}, {0xfa96, 0x6bba, 0x0},
    {0xfa97, 0x6d41, 0x0}, {0xfa98, 0x6edb, 0x0}, {0xfa99, 0x6ecb, 0x0}, {0xfa9a, 0x6f22, 0x0},
    {0xfa9b, 0x701e, 0x0}, {0xfa9c, 0x716e, 0x0}, {0xfa9d, 0x77a7, 0x0}, {0xfa9e, 0x7235, 0x0},
    {0xfa9f, 0x72af, 0x0}, {0xfaa0, 0x732a, 0x0}, {0xfaa1, 0x7471, 0x0}, {0xfaa2, 0x7506, 0x0},
    {0xfaa3, 0x753b, 0x0}, {0xfaa4, 0x761d, 0x0}, {0xfaa5, 0x761f, 0x0}, {0xfaa6, 0x76ca, 0x0},
    {0xfaa7, 0x76db, 0x0}, {0xfaa8, 0x76f4, 0x0}, {0xfaa9, 0x774a, 0x0}, {0xfaaa, 0x7740, 0x0},
    {0xfaab, 0x78cc, 0x0}, {0xfaac, 0x7ab1, 0x0}, {0xfaad, 0x7bc0, 0x0}, {0xfaae, 0x7c7b, 0x0},
    {0xfaaf, 0x7d5b, 0x0}, {0xfab0, 0x7df4, 0x0}, {0xfab1, 0x7f3e, 0x0}, {0xfab2, 0x8005, 0x0},
    {0xfab3, 0x8352, 0x0}, {0xfab4, 0x83ef, 0x0}, {0xfab5, 0x8779, 0x0}, {0xfab6, 0x8941, 0x0},
    {0xfab7, 0x8986, 0x0}, {0xfab8, 0x8996, 0x0}, {0xfab9, 0x8abf, 0x0}, {0xfaba, 0x8af8, 0x0},
    {0xfabb, 0x8acb, 0x0}, {0xfabc, 0x8b01, 0x0}, {0xfabd, 0x8afe, 0x0}, {0xfabe, 0x8aed, 0x0},
    {0xfabf, 0x8b39, 0x0}, {0xfac0, 0x8b8a, 0x0}, {0xfac1, 0x8d08, 0x0}, {0xfac2, 0x8f38, 0x0},
    {0xfac3, 0x9072, 0x0}, {0xfac4, 0x9199, 0x0}, {0xfac5, 0x9276, 0x0}, {0xfac6, 0x967c, 0x0},
    {0xfac7, 0x96e3, 0x0}, {0xfac8, 0x9756, 0x0}, {0xfac9, 0x97db, 0x0}, {0xfaca, 0x97ff, 0x0},
    {0xfacb, 0x980b, 0x0}, {0xfacc, 0x983b, 0x0}, {0xfacd, 0x9b12, 0x0}, {0xface, 0x9f9c, 0x0},
    {0xfacf, 0x2284a, 0x0}, {0xfad0, 0x22844, 0x0}, {0xfad1, 0x233d5, 0x0}, {0xfad2, 0x3b9d, 0x0},
    {0xfad3, 0x4018, 0x0}, {0xfad4, 0x4039, 0x0}, {0xfad5, 0x25249, 0x0}, {0xfad6, 0x25cd0, 0x0},
    {0xfad7, 0x27ed3, 0x0}, {0xfad8, 0x9f43, 0x0}, {0xfad9, 0x9f8e, 0x0}, {0xfb1d, 0x5d9, 0x5b4},
    {0xfb1f, 0x5f2, 0x5b7}, {0xfb2a, 0x5e9, 0x5c1}, {0xfb2b, 0x5e9, 0x5c2}, {0xfb2c, 0xfb49, 0x5c1},
    {0xfb2d, 0xfb49, 0x5c2}, {0xfb2e, 0x5d0, 0x5b7}, {0xfb2f, 0x5d0, 0x5b8}, {0xfb30, 0x5d0, 0x5bc},
    {0xfb31, 0x5d1, 0x5bc}, {0xfb32, 0x5d2, 0x5bc}, {0xfb33, 0x5d3, 0x5bc}, {0xfb34, 0x5d4, 0x5bc},
    {0xfb35, 0x5d5, 0x5bc}, {0xfb36, 0x5d6, 0x5bc}, {0xfb38, 0x5d8, 0x5bc}, {0xfb39, 0x5d9, 0x5bc},
    {0xfb3a, 0x5da, 0x5bc}, {0xfb3b, 0x5db, 0x5bc}, {0xfb3c, 0x5dc, 0x5bc}, {0xfb3e, 0x5de, 0x5bc},
    {0xfb40, 0x5e0, 0x5bc}, {0xfb41, 0x5e1, 0x5bc}, {0xfb43, 0x5e3, 0x5bc}, {0xfb44, 0x5e4, 0x5bc},
    {0xfb46, 0x5e6, 0x5bc}, {0xfb47, 0x5e7, 0x5bc}, {0xfb48, 0x5e8, 0x5bc}, {0xfb49, 0x5e9, 0x5bc},
    {0xfb4a, 0x5ea, 0x5bc}, {0xfb4b, 0x5d5, 0x5b9}, {0xfb4c, 0x5d1, 0x5bf}, {0xfb4d, 0x5db, 0x5bf},
    {0xfb4e, 0x5e4, 0x5bf}, {0x1109a, 0x11099, 0x110ba}, {0x1109c, 0x1109b, 0x110ba}, {0x110ab, 0x110a5, 0x110ba},
    {0x1112e, 0x11131, 0x11127}, {0x1112f, 0x11132, 0x11127}, {0x1134b, 0x11347, 0x1133e}, {0x1134c, 0x11347, 0x11357},
    {0x114bb, 0x114b9, 0x114ba}, {0x114bc, 0x114b9, 0x114b0}, {0x114be, 0x114b9, 0x114bd}, {0x115ba, 0x115b8, 0x115af},
    {0x115bb, 0x115b9, 0x115af}, {0x11938, 0x11935, 0x11930}, {0x1d15e, 0x1d157, 0x1d165}, {0x1d15f, 0x1d158, 0x1d165},
    {0x1d160, 0x1d15f, 0x1d16e}, {0x1d161, 0x1d15f, 0x1d16f}, {0x1d162, 0x1d15f, 0x1d170}, {0x1d163, 0x1d15f, 0x1d171},
    {0x1d164, 0x1d15f, 0x1d172}, {0x1d1bb, 0x1d1b9, 0x1d165}, {0x1d1bc, 0x1d1ba, 0x1d165}, {0x1d1bd, 0x1d1bb, 0x1d16e},
    {0x1d1be, 0x1d1bc, 0x1d16e}, {0x1d1bf, 0x1d1bb, 0x1d16f}, {0x1d1c0, 0x1d1bc, 0x1d16f}, {0x2f800, 0x4e3d, 0x0},
    {0x2f801, 0x4e38, 0x0}, {0x2f802, 0x4e41, 0x0}, {0x2f803, 0x20122, 0x0}, {0x2f804, 0x4f60, 0x0},
    {0x2f805, 0x4fae, 0x0}, {0x2f806, 0x4fbb, 0x0}, {0x2f807, 0x5002, 0x0}, {0x2f808, 0x507a, 0x0},
    {0x2f809, 0x5099, 0x0}, {0x2f80a, 0x50e7, 0x0}, {0x2f80b, 0x50cf, 0x0}, {0x2f80c, 0x349e, 0x0},
    {0x2f80d, 0x2063a, 0x0}, {0x2f80e, 0x514d, 0x0}, {0x2f80f, 0x5154, 0x0}, {0x2f810, 0x5164, 0x0},
    {0x2f811, 0x5177, 0x0}, {0x2f812, 0x2051c, 0x0}, {0x2f813, 0x34b9, 0x0}, {0x2f814, 0x5167, 0x0},
    {0x2f815, 0x518d, 0x0}, {0x2f816, 0x2054b, 0x0}, {0x2f817, 0x5197, 0x0}, {0x2f818, 0x51a4, 0x0},
    {0x2f819, 0x4ecc, 0x0}, {0x2f81a, 0x51ac, 0x0}, {0x2f81b, 0x51b5, 0x0}, {0x2f81c, 0x291df, 0x0},
    {0x2f81d, 0x51f5, 0x0}, {0x2f81e, 0x5203, 0x0}, {0x2f81f, 0x34df, 0x0}, {0x2f820, 0x523b, 0x0},
    {0x2f821, 0x5246, 0x0}, {0x2f822, 0x5272, 0x0}, {0x2f823, 0x5277, 0x0}, {0x2f824, 0x3515, 0x0},
    {0x2f825, 0x52c7, 0x0}, {0x2f826, 0x52c9, 0x0}, {0x2f827, 0x52e4, 0x0}, {0x2f828, 0x52fa, 0x0},
    {0x2f829, 0x5305, 0x0}, {0x2f82a, 0x5306, 0x0}, {0x2f82b, 0x5317, 0x0}, {0x2f82c, 0x5349, 0x0},
    {0x2f82d, 0x5351, 0x0}, {0x2f82e, 0x535a, 0x0}, {0x2f82f, 0x5373, 0x0}, {0x2f830, 0x537d, 0x0},
    {0x2f831, 0x537f, 0x0}, {0x2f832, 0x537f, 0x0}, {0x2f833, 0x537f, 0x0}, {0x2f834, 0x20a2c, 0x0},
    {0x2f835, 0x7070, 0x0}, {0x2f836, 0x53ca, 0x0}, {0x2f837, 0x53df, 0x0}, {0x2f838, 0x20b63, 0x0},
    {0x2f839, 0x53eb, 0x0}, {0x2f83a, 0x53f1, 0x0}, {0x2f83b, 0x5406, 0x0}, {0x2f83c, 0x549e, 0x0},
    {0x2f83d, 0x5438, 0x0}, {0x2f83e, 0x5448, 0x0}, {0x2f83f, 0x5468, 0x0}, {0x2f840, 0x54a2, 0x0},
    {0x2f841, 0x54f6, 0x0}, {0x2f842, 0x5510, 0x0}, {0x2f843, 0x5553, 0x0}, {0x2f844, 0x5563, 0x0},
    {0x2f845, 0x5584, 0x0}, {0x2f846, 0x5584, 0x0}, {0x2f847, 0x5599, 0x0}, {0x2f848, 0x55ab, 0x0},
    {0x2f849, 0x55b3, 0x0}, {0x2f84a, 0x55c2, 0x0}, {0x2f84b, 0x5716, 0x0}, {0x2f84c, 0x5606, 0x0},
    {0x2f84d, 0x5717, 0x0}, {0x2f84e, 0x5651, 0x0}, {0x2f84f, 0x5674, 0x0}, {0x2f850, 0x5207, 0x0},
    {0x2f851, 0x58ee, 0x0}, {0x2f852, 0x57ce, 0x0}, {0x2f853, 0x57f4, 0x0}, {0x2f854, 0x580d, 0x0},
    {0x2f855, 0x578b, 0x0}, {0x2f856, 0x5832, 0x0}, {0x2f857, 0x5831, 0x0}, {0x2f858, 0x58ac, 0x0},
    {0x2f859, 0x214e4, 0x0}, {0x2f85a, 0x58f2, 0x0}, {0x2f85b, 0x58f7, 0x0}, {0x2f85c, 0x5906, 0x0},
    {0x2f85d, 0x591a, 0x0}, {0x2f85e, 0x5922, 0x0}, {0x2f85f, 0x5962, 0x0}, {0x2f860, 0x216a8, 0x0},
    {0x2f861, 0x216ea, 0x0}, {0x2f862, 0x59ec, 0x0}, {0x2f863, 0x5a1b, 0x0}, {0x2f864, 0x5a27, 0x0},
    {0x2f865, 0x59d8, 0x0}, {0x2f866, 0x5a66, 0x0}, {0x2f867, 0x36ee, 0x0}, {0x2f868, 0x36fc, 0x0},
    {0x2f869, 0x5b08, 0x0}, {0x2f86a, 0x5b3e, 0x0}, {0x2f86b, 0x5b3e, 0x0}, {0x2f86c, 0x219c8, 0x0},
    {0x2f86d, 0x5bc3, 0x0}, {0x2f86e, 0x5bd8, 0x0}, {0x2f86f, 0x5be7, 0x0}, {0x2f870, 0x5bf3, 0x0},
    {0x2f871, 0x21b18, 0x0}, {0x2f872, 0x5bff, 0x0}, {0x2f873, 0x5c06, 0x0}, {0x2f874, 0x5f53, 0x0},
    {0x2f875, 0x5c22, 0x0}, {0x2f876, 0x3781, 0x0}, {0x2f877, 0x5c60, 0x0}, {0x2f878, 0x5c6e, 0x0},
    {0x2f879, 0x5cc0, 0x0}, {0x2f87a, 0x5c8d, 0x0}, {0x2f87b, 0x21de4, 0x0}, {0x2f87c, 0x5d43, 0x0},
    {0x2f87d, 0x21de6, 0x0}, {0x2f87e, 0x5d6e, 0x0}, {0x2f87f, 0x5d6b, 0x0}, {0x2f880, 0x5d7c, 0x0},
    {0x2f881, 0x5de1, 0x0}, {0x2f882, 0x5de2, 0x0}, {0x2f883, 0x382f, 0x0}, {0x2f884, 0x5dfd, 0x0},
    {0x2f885, 0x5e28, 0x0}, {0x2f886, 0x5e3d, 0x0}, {0x2f887, 0x5e69, 0x0}, {0x2f888, 0x3862, 0x0},
    {0x2f889, 0x22183, 0x0}, {0x2f88a, 0x387c, 0x0}, {0x2f88b, 0x5eb0, 0x0}, {0x2f88c, 0x5eb3, 0x0},
    {0x2f88d, 0x5eb6, 0x0}, {0x2f88e, 0x5eca, 0x0}, {0x2f88f, 0x2a392, 0x0}, {0x2f890, 0x5efe, 0x0},
    {0x2f891, 0x22331, 0x0}, {0x2f892, 0x22331, 0x0}, {0x2f893, 0x8201, 0x0}, {0x2f894, 0x5f22, 0x0},
    {0x2f895, 0x5f22, 0x0}, {0x2f896, 0x38c7, 0x0}, {0x2f897, 0x232b8, 0x0}, {0x2f898, 0x261da, 0x0},
    {0x2f899, 0x5f62, 0x0}, {0x2f89a, 0x5f6b, 0x0}, {0x2f89b, 0x38e3, 0x0}, {0x2f89c, 0x5f9a, 0x0},
    {0x2f89d, 0x5fcd, 0x0}, {0x2f89e, 0x5fd7, 0x0}, {0x2f89f, 0x5ff9, 0x0}, {0x2f8a0, 0x6081, 0x0},
    {0x2f8a1, 0x393a, 0x0}, {0x2f8a2, 0x391c, 0x0}, {0x2f8a3, 0x6094, 0x0}, {0x2f8a4, 0x226d4, 0x0},
    {0x2f8a5, 0x60c7, 0x0}, {0x2f8a6, 0x6148, 0x0}, {0x2f8a7, 0x614c, 0x0}, {0x2f8a8, 0x614e, 0x0},
    {0x2f8a9, 0x614c, 0x0}, {0x2f8aa, 0x617a, 0x0}, {0x2f8ab, 0x618e, 0x0}, {0x2f8ac, 0x61b2, 0x0},
    {0x2f8ad, 0x61a4, 0x0}, {0x2f8ae, 0x61af, 0x0}, {0x2f8af, 0x61de, 0x0}, {0x2f8b0, 0x61f2, 0x0},
    {0x2f8b1, 0x61f6, 0x0}, {0x2f8b2, 0x6210, 0x0}, {0x2f8b3, 0x621b, 0x0}, {0x2f8b4, 0x625d, 0x0},
    {0x2f8b5, 0x62b1, 0x0}, {0x2f8b6, 0x62d4, 0x0}, {0x2f8b7, 0x6350, 0x0}, {0x2f8b8, 0x22b0c, 0x0},
    {0x2f8b9, 0x633d, 0x0}, {0x2f8ba, 0x62fc, 0x0}, {0x2f8bb, 0x6368, 0x0}, {0x2f8bc, 0x6383, 0x0},
    {0x2f8bd, 0x63e4, 0x0}, {0x2f8be, 0x22bf1, 0x0}, {0x2f8bf, 0x6422, 0x0}, {0x2f8c0, 0x63c5, 0x0},
    {0x2f8c1, 0x63a9, 0x0}, {0x2f8c2, 0x3a2e, 0x0}, {0x2f8c3, 0x6469, 0x0}, {0x2f8c4, 0x647e, 0x0},
    {0x2f8c5, 0x649d, 0x0}, {0x2f8c6, 0x6477, 0x0}, {0x2f8c7, 0x3a6c, 0x0}, {0x2f8c8, 0x654f, 0x0},
    {0x2f8c9, 0x656c, 0x0}, {0x2f8ca, 0x2300a, 0x0}, {0x2f8cb, 0x65e3, 0x0}, {0x2f8cc, 0x66f8, 0x0},
    {0x2f8cd, 0x6649, 0x0}, {0x2f8ce, 0x3b19, 0x0}, {0x2f8cf, 0x6691, 0x0}, {0x2f8d0, 0x3b08, 0x0},
    {0x2f8d1, 0x3ae4, 0x0}, {0x2f8d2, 0x5192, 0x0}, {0x2f8d3, 0x5195, 0x0}, {0x2f8d4, 0x6700, 0x0},
    {0x2f8d5, 0x669c, 0x0}, {0x2f8d6, 0x80ad, 0x0}, {0x2f8d7, 0x43d9, 0x0}, {0x2f8d8, 0x6717, 0x0},
    {0x2f8d9, 0x671b, 0x0}, {0x2f8da, 0x6721, 0x0}, {0x2f8db, 0x675e, 0x0}, {0x2f8dc, 0x6753, 0x0},
    {0x2f8dd, 0x233c3, 0x0}, {0x2f8de, 0x3b49, 0x0}, {0x2f8df, 0x67fa, 0x0}, {0x2f8e0, 0x6785, 0x0},
    {0x2f8e1, 0x6852, 0x0}, {0x2f8e2, 0x6885, 0x0}, {0x2f8e3, 0x2346d, 0x0}, {0x2f8e4, 0x688e, 0x0},
    {0x2f8e5, 0x681f, 0x0}, {0x2f8e6, 0x6914, 0x0}, {0x2f8e7, 0x3b9d, 0x0}, {0x2f8e8, 0x6942, 0x0},
    {0x2f8e9, 0x69a3, 0x0}, {0x2f8ea, 0x69ea, 0x0}, {0x2f8eb, 0x6aa8, 0x0}, {0x2f8ec, 0x236a3, 0x0},
    {0x2f8ed, 0x6adb, 0x0}, {0x2f8ee, 0x3c18, 0x0}, {0x2f8ef, 0x6b21, 0x0}, {0x2f8f0, 0x238a7, 0x0},
    {0x2f8f1, 0x6b54, 0x0}, {0x2f8f2, 0x3c4e, 0x0}, {0x2f8f3, 0x6b72, 0x0}, {0x2f8f4, 0x6b9f, 0x0},
    {0x2f8f5, 0x6bba, 0x0}, {0x2f8f6, 0x6bbb, 0x0}, {0x2f8f7, 0x23a8d, 0x0}, {0x2f8f8, 0x21d0b, 0x0},
    {0x2f8f9, 0x23afa, 0x0}, {0x2f8fa, 0x6c4e, 0x0}, {0x2f8fb, 0x23cbc, 0x0}, {0x2f8fc, 0x6cbf, 0x0},
    {0x2f8fd, 0x6ccd, 0x0}, {0x2f8fe, 0x6c67, 0x0}, {0x2f8ff, 0x6d16, 0x0}, {0x2f900, 0x6d3e, 0x0},
    {0x2f901, 0x6d77, 0x0}, {0x2f902, 0x6d41, 0x0}, {0x2f903, 0x6d69, 0x0}, {0x2f904, 0x6d78, 0x0},
    {0x2f905, 0x6d85, 0x0}, {0x2f906, 0x23d1e, 0x0}, {0x2f907, 0x6d34, 0x0}, {0x2f908, 0x6e2f, 0x0},
    {0x2f909, 0x6e6e, 0x0}, {0x2f90a, 0x3d33, 0x0}, {0x2f90b, 0x6ecb, 0x0}, {0x2f90c, 0x6ec7, 0x0},
    {0x2f90d, 0x23ed1, 0x0}, {0x2f90e, 0x6df9, 0x0}, {0x2f90f, 0x6f6e, 0x0}, {0x2f910, 0x23f5e, 0x0},
    {0x2f911, 0x23f8e, 0x0}, {0x2f912, 0x6fc6, 0x0}, {0x2f913, 0x7039, 0x0}, {0x2f914, 0x701e, 0x0},
    {0x2f915, 0x701b, 0x0}, {0x2f916, 0x3d96, 0x0}, {0x2f917, 0x704a, 0x0}, {0x2f918, 0x707d, 0x0},
    {0x2f919, 0x7077, 0x0}, {0x2f91a, 0x70ad, 0x0}, {0x2f91b, 0x20525, 0x0}, {0x2f91c, 0x7145, 0x0},
    {0x2f91d, 0x24263, 0x0}, {0x2f91e, 0x719c, 0x0}, {0x2f91f, 0x243ab, 0x0}, {0x2f920, 0x7228, 0x0},
    {0x2f921, 0x7235, 0x0}, {0x2f922, 0x7250, 0x0}, {0x2f923, 0x24608, 0x0}, {0x2f924, 0x7280, 0x0},
    {0x2f925, 0x7295, 0x0}, {0x2f926, 0x24735, 0x0}, {0x2f927, 0x24814, 0x0}, {0x2f928, 0x737a, 0x0},
    {0x2f929, 0x738b, 0x0}, {0x2f92a, 0x3eac, 0x0}, {0x2f92b, 0x73a5, 0x0}, {0x2f92c, 0x3eb8, 0x0},
    {0x2f92d, 0x3eb8, 0x0}, {0x2f92e, 0x7447, 0x0}, {0x2f92f, 0x745c, 0x0}, {0x2f930, 0x7471, 0x0},
    {0x2f931, 0x7485, 0x0}, {0x2f932, 0x74ca, 0x0}, {0x2f933, 0x3f1b, 0x0}, {0x2f934, 0x7524, 0x0},
    {0x2f935, 0x24c36, 0x0}, {0x2f936, 0x753e, 0x0}, {0x2f937, 0x24c92, 0x0}, {0x2f938, 0x7570, 0x0},
    {0x2f939, 0x2219f, 0x0}, {0x2f93a, 0x7610, 0x0}, {0x2f93b, 0x24fa1, 0x0}, {0x2f93c, 0x24fb8, 0x0},
    {0x2f93d, 0x25044, 0x0}, {0x2f93e, 0x3ffc, 0x0}, {0x2f93f, 0x4008, 0x0}, {0x2f940, 0x76f4, 0x0},
    {0x2f941, 0x250f3, 0x0}, {0x2f942, 0x250f2, 0x0}, {0x2f943, 0x25119, 0x0}, {0x2f944, 0x25133, 0x0},
    {0x2f945, 0x771e, 0x0}, {0x2f946, 0x771f, 0x0}, {0x2f947, 0x771f, 0x0}, {0x2f948, 0x774a, 0x0},
    {0x2f949, 0x4039, 0x0}, {0x2f94a, 0x778b, 0x0}, {0x2f94b, 0x4046, 0x0}, {0x2f94c, 0x4096, 0x0},
    {0x2f94d, 0x2541d, 0x0}, {0x2f94e, 0x784e, 0x0}, {0x2f94f, 0x788c, 0x0}, {0x2f950, 0x78cc, 0x0},
    {0x2f951, 0x40e3, 0x0}, {0x2f952, 0x25626, 0x0}, {0x2f953, 0x7956, 0x0}, {0x2f954, 0x2569a, 0x0},
    {0x2f955, 0x256c5, 0x0}, {0x2f956, 0x798f, 0x0}, {0x2f957, 0x79eb, 0x0}, {0x2f958, 0x412f, 0x0},
    {0x2f959, 0x7a40, 0x0}, {0x2f95a, 0x7a4a, 0x0}, {0x2f95b, 0x7a4f, 0x0}, {0x2f95c, 0x2597c, 0x0},
    {0x2f95d, 0x25aa7, 0x0}, {0x2f95e, 0x25aa7, 0x0}, {0x2f95f, 0x7aee, 0x0}, {0x2f960, 0x4202, 0x0},
    {0x2f961, 0x25bab, 0x0}, {0x2f962, 0x7bc6, 0x0}, {0x2f963, 0x7bc9, 0x0}, {0x2f964, 0x4227, 0x0},
    {0x2f965, 0x25c80, 0x0}, {0x2f966, 0x7cd2, 0x0}, {0x2f967, 0x42a0, 0x0}, {0x2f968, 0x7ce8, 0x0},
    {0x2f969, 0x7ce3, 0x0}, {0x2f96a, 0x7d00, 0x0}, {0x2f96b, 0x25f86, 0x0}, {0x2f96c, 0x7d63, 0x0},
    {0x2f96d, 0x4301, 0x0}, {0x2f96e, 0x7dc7, 0x0}, {0x2f96f, 0x7e02, 0x0}, {0x2f970, 0x7e45, 0x0},
    {0x2f971, 0x4334, 0x0}, {0x2f972, 0x26228, 0x0}, {0x2f973, 0x26247, 0x0}, {0x2f974, 0x4359, 0x0},
    {0x2f975, 0x262d9, 0x0}, {0x2f976, 0x7f7a, 0x0}, {0x2f977, 0x2633e, 0x0}, {0x2f978, 0x7f95, 0x0},
    {0x2f979, 0x7ffa, 0x0}, {0x2f97a, 0x8005, 0x0}, {0x2f97b, 0x264da, 0x0}, {0x2f97c, 0x26523, 0x0},
    {0x2f97d, 0x8060, 0x0}, {0x2f97e, 0x265a8, 0x0}, {0x2f97f, 0x8070, 0x0}, {0x2f980, 0x2335f, 0x0},
    {0x2f981, 0x43d5, 0x0}, {0x2f982, 0x80b2, 0x0}, {0x2f983, 0x8103, 0x0}, {0x2f984, 0x440b, 0x0},
    {0x2f985, 0x813e, 0x0}, {0x2f986, 0x5ab5, 0x0}, {0x2f987, 0x267a7, 0x0}, {0x2f988, 0x267b5, 0x0},
    {0x2f989, 0x23393, 0x0}, {0x2f98a, 0x2339c, 0x0}, {0x2f98b, 0x8201, 0x0}, {0x2f98c, 0x8204, 0x0},
    {0x2f98d, 0x8f9e, 0x0}, {0x2f98e, 0x446b, 0x0}, {0x2f98f, 0x8291, 0x0}, {0x2f990, 0x828b, 0x0},
    {0x2f991, 0x829d, 0x0}, {0x2f992, 0x52b3, 0x0}, {0x2f993, 0x82b1, 0x0}, {0x2f994, 0x82b3, 0x0},
    {0x2f995, 0x82bd, 0x0}, {0x2f996, 0x82e6, 0x0}, {0x2f997, 0x26b3c, 0x0}, {0x2f998, 0x82e5, 0x0},
    {0x2f999, 0x831d, 0x0}, {0x2f99a, 0x8363, 0x0}, {0x2f99b, 0x83ad, 0x0}, {0x2f99c, 0x8323, 0x0},
    {0x2f99d, 0x83bd, 0x0}, {0x2f99e, 0x83e7, 0x0}, {0x2f99f, 0x8457, 0x0}, {0x2f9a0, 0x8353, 0x0},
    {0x2f9a1, 0x83ca, 0x0}, {0x2f9a2, 0x83cc, 0x0}, {0x2f9a3, 0x83dc, 0x0}, {0x2f9a4, 0x26c36, 0x0},
    {0x2f9a5, 0x26d6b, 0x0}, {0x2f9a6, 0x26cd5, 0x0}, {0x2f9a7, 0x452b, 0x0}, {0x2f9a8, 0x84f1, 0x0},
    {0x2f9a9, 0x84f3, 0x0}, {0x2f9aa, 0x8516, 0x0}, {0x2f9ab, 0x273ca, 0x0}, {0x2f9ac, 0x8564, 0x0},
    {0x2f9ad, 0x26f2c, 0x0}, {0x2f9ae, 0x455d, 0x0}, {0x2f9af, 0x4561, 0x0}, {0x2f9b0, 0x26fb1, 0x0},
    {0x2f9b1, 0x270d2, 0x0}, {0x2f9b2, 0x456b, 0x0}, {0x2f9b3, 0x8650, 0x0}, {0x2f9b4, 0x865c, 0x0},
    {0x2f9b5, 0x8667, 0x0}, {0x2f9b6, 0x8669, 0x0}, {0x2f9b7, 0x86a9, 0x0}, {0x2f9b8, 0x8688, 0x0},
    {0x2f9b9, 0x870e, 0x0}, {0x2f9ba, 0x86e2, 0x0}, {0x2f9bb, 0x8779, 0x0}, {0x2f9bc, 0x8728, 0x0},
    {0x2f9bd, 0x876b, 0x0}, {0x2f9be, 0x8786, 0x0}, {0x2f9bf, 0x45d7, 0x0}, {0x2f9c0, 0x87e1, 0x0},
    {0x2f9c1, 0x8801, 0x0}, {0x2f9c2, 0x45f9, 0x0}, {0x2f9c3, 0x8860, 0x0}, {0x2f9c4, 0x8863, 0x0},
    {0x2f9c5, 0x27667, 0x0}, {0x2f9c6, 0x88d7, 0x0}, {0x2f9c7, 0x88de, 0x0}, {0x2f9c8, 0x4635, 0x0},
    {0x2f9c9, 0x88fa, 0x0}, {0x2f9ca, 0x34bb, 0x0}, {0x2f9cb, 0x278ae, 0x0}, {0x2f9cc, 0x27966, 0x0},
    {0x2f9cd, 0x46be, 0x0}, {0x2f9ce, 0x46c7, 0x0}, {0x2f9cf, 0x8aa0, 0x0}, {0x2f9d0, 0x8aed, 0x0},
    {0x2f9d1, 0x8b8a, 0x0}, {0x2f9d2, 0x8c55, 0x0}, {0x2f9d3, 0x27ca8, 0x0}, {0x2f9d4, 0x8cab, 0x0},
    {0x2f9d5, 0x8cc1, 0x0}, {0x2f9d6, 0x8d1b, 0x0}, {0x2f9d7, 0x8d77, 0x0}, {0x2f9d8, 0x27f2f, 0x0},
    {0x2f9d9, 0x20804, 0x0}, {0x2f9da, 0x8dcb, 0x0}, {0x2f9db, 0x8dbc, 0x0}, {0x2f9dc, 0x8df0, 0x0},
    {0x2f9dd, 0x208de, 0x0}, {0x2f9de, 0x8ed4, 0x0}, {0x2f9df, 0x8f38, 0x0}, {0x2f9e0, 0x285d2, 0x0},
    {0x2f9e1, 0x285ed, 0x0}, {0x2f9e2, 0x9094, 0x0}, {0x2f9e3, 0x90f1, 0x0}, {0x2f9e4, 0x9111, 0x0},
    {0x2f9e5, 0x2872e, 0x0}, {0x2f9e6, 0x911b, 0x0}, {0x2f9e7, 0x9238, 0x0}, {0x2f9e8, 0x92d7, 0x0},
    {0x2f9e9, 0x92d8, 0x0}, {0x2f9ea, 0x927c, 0x0}, {0x2f9eb, 0x93f9, 0x0}, {0x2f9ec, 0x9415, 0x0},
    {0x2f9ed, 0x28bfa, 0x0}, {0x2f9ee, 0x958b, 0x0}, {0x2f9ef, 0x4995, 0x0}, {0x2f9f0, 0x95b7, 0x0},
    {0x2f9f1, 0x28d77, 0x0}, {0x2f9f2, 0x49e6, 0x0}, {0x2f9f3, 0x96c3, 0x0}, {0x2f9f4, 0x5db2, 0x0},
    {0x2f9f5, 0x9723, 0x0}, {0x2f9f6, 0x29145, 0x0}, {0x2f9f7, 0x2921a, 0x0}, {0x2f9f8, 0x4a6e, 0x0},
    {0x2f9f9, 0x4a76, 0x0}, {0x2f9fa, 0x97e0, 0x0}, {0x2f9fb, 0x2940a, 0x0}, {0x2f9fc, 0x4ab2, 0x0},
    {0x2f9fd, 0x29496, 0x0}, {0x2f9fe, 0x980b, 0x0}, {0x2f9ff, 0x980b, 0x0}, {0x2fa00, 0x9829, 0x0},
    {0x2fa01, 0x295b6, 0x0}, {0x2fa02, 0x98e2, 0x0}, {0x2fa03, 0x4b33, 0x0}, {0x2fa04, 0x9929, 0x0},
    {0x2fa05, 0x99a7, 0x0}, {0x2fa06, 0x99c2, 0x0}, {0x2fa07, 0x99fe, 0x0}, {0x2fa08, 0x4bce, 0x0},
    {0x2fa09, 0x29b30, 0x0}, {0x2fa0a, 0x9b12, 0x0}, {0x2fa0b, 0x9c40, 0x0}, {0x2fa0c, 0x9cfd, 0x0},
    {0x2fa0d, 0x4cce, 0x0}, {0x2fa0e, 0x4ced, 0x0}, {0x2fa0f, 0x9d67, 0x0}, {0x2fa10, 0x2a0ce, 0x0},
    {0x2fa11, 0x4cf8, 0x0}, {0x2fa12, 0x2a105, 0x0}, {0x2fa13, 0x2a20e, 0x0}, {0x2fa14, 0x2a291, 0x0},
    {0x2fa15, 0x9ebb, 0x0}, {0x2fa16, 0x4d56, 0x0}, {0x2fa17, 0x9ef9, 0x0}, {0x2fa18, 0x9efe, 0x0},
    {0x2fa19, 0x9f05, 0x0}, {0x2fa1a, 0x9f0f, 0x0}, {0x2fa1b, 0x9f16, 0x0}, {0x2fa1c, 0x9f3b, 0x0},
    {0x2fa1d, 0x2a600, 0x0},
}; RC__TABLE_END

/* Text whose code points are all below this is already NFC. */

/* Indices into rc__uc_decomp_table of the primary composites, sorted by (first, second). */
RC__TABLE_BEGIN const uint16_t rc__uc_compose_index[] = {
    912, 909, 913, 0, 1, 2, 3, 53, 55, 238, 4, 572, 5, 165, 208, 210,
    570, 415, 57, 417, 419, 421, 59, 61, 63, 65, 6, 425, 67, 427, 431, 433,
    429, 7, 8, 9, 598, 69, 71, 73, 10, 596, 77, 212, 214, 594, 240, 75,
    439, 441, 445, 198, 79, 447, 81, 83, 187, 85, 87, 449, 453, 236, 451, 455,
    457, 11, 12, 13, 89, 91, 93, 97, 14, 610, 167, 216, 218, 612, 95, 459,
    98, 463, 189, 465, 100, 467, 102, 106, 469, 104, 475, 473, 477, 479, 481, 200,
    108, 15, 483, 112, 485, 110, 489, 487, 16, 17, 18, 19, 114, 116, 246, 20,
    616, 118, 169, 220, 222, 161, 614, 191, 499, 501, 120, 503, 124, 224, 226, 505,
    122, 509, 126, 128, 511, 132, 513, 232, 130, 521, 136, 523, 234, 134, 527, 525,
    21, 22, 23, 138, 140, 142, 24, 640, 144, 146, 171, 228, 230, 163, 638, 529,
    148, 533, 531, 539, 541, 543, 545, 150, 549, 547, 551, 553, 555, 652, 25, 152,
    658, 250, 557, 154, 656, 654, 155, 559, 157, 159, 561, 563, 26, 27, 28, 29,
    54, 56, 239, 30, 573, 31, 166, 209, 211, 571, 416, 58, 418, 420, 422, 60,
    62, 64, 66, 32, 426, 68, 428, 432, 434, 430, 33, 34, 35, 599, 70, 72,
    74, 36, 597, 78, 213, 215, 595, 241, 76, 440, 442, 446, 199, 80, 448, 82,
    84, 188, 86, 88, 450, 454, 237, 452, 456, 458, 565, 37, 38, 39, 90, 92,
    94, 40, 611, 168, 217, 219, 613, 96, 460, 99, 197, 464, 190, 466, 101, 468,
    103, 107, 470, 105, 476, 474, 478, 480, 482, 201, 109, 41, 484, 113, 486, 111,
    490, 488, 42, 43, 44, 45, 115, 117, 247, 46, 617, 119, 170, 221, 223, 162,
    615, 192, 500, 502, 121, 504, 125, 225, 227, 506, 123, 510, 127, 129, 512, 133,
    514, 233, 131, 522, 566, 137, 524, 235, 135, 528, 526, 47, 48, 49, 139, 141,
    143, 50, 641, 145, 147, 172, 229, 231, 164, 639, 530, 149, 534, 532, 540, 542,
    544, 546, 151, 550, 548, 567, 552, 554, 556, 653, 51, 153, 659, 251, 558, 52,
    657, 568, 655, 156, 560, 158, 160, 562, 564, 875, 258, 835, 576, 574, 580, 578,
    181, 202, 204, 185, 423, 602, 600, 606, 604, 461, 620, 618, 624, 622, 491, 244,
    493, 242, 206, 179, 175, 173, 177, 577, 575, 581, 579, 182, 203, 205, 186, 424,
    603, 601, 607, 605, 462, 621, 619, 625, 623, 492, 245, 494, 243, 207, 180, 176,
    174, 178, 586, 584, 590, 588, 587, 585, 591, 589, 435, 437, 436, 438, 495, 497,
    496, 498, 515, 516, 517, 518, 535, 536, 537, 538, 569, 630, 628, 634, 632, 636,
    631, 629, 635, 633, 637, 644, 642, 648, 646, 650, 645, 643, 649, 647, 651, 195,
    193, 194, 183, 184, 443, 444, 248, 249, 196, 831, 259, 830, 829, 668, 669, 833,
    841, 261, 682, 683, 843, 262, 696, 697, 845, 857, 263, 856, 855, 268, 712, 713,
    883, 264, 726, 727, 874, 872, 265, 871, 870, 269, 740, 885, 266, 752, 753, 887,
    826, 838, 760, 270, 823, 822, 660, 661, 827, 825, 762, 271, 676, 677, 764, 272,
    688, 689, 839, 837, 766, 273, 850, 849, 275, 704, 705, 853, 768, 277, 720, 721,
    866, 867, 770, 278, 863, 862, 276, 732, 733, 868, 772, 279, 744, 745, 881, 879,
    851, 267, 854, 864, 274, 869, 880, 280, 281, 285, 302, 304, 284, 282, 306, 283,
    300, 310, 312, 287, 314, 289, 316, 286, 318, 324, 288, 326, 328, 330, 332, 322,
    303, 305, 293, 291, 307, 292, 301, 311, 313, 296, 315, 290, 317, 295, 319, 325,
    297, 327, 329, 331, 333, 323, 294, 298, 299, 308, 309, 320, 321, 334, 335, 337,
    336, 338, 340, 341, 339, 342, 343, 344, 353, 354, 365, 364, 366, 369, 370, 372,
    371, 373, 374, 377, 375, 376, 378, 379, 381, 380, 382, 383, 385, 384, 403, 404,
    405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 471, 472, 507, 508, 519, 520,
    582, 592, 583, 593, 608, 609, 626, 627, 662, 664, 666, 774, 663, 665, 667, 775,
    776, 777, 778, 779, 780, 781, 670, 672, 674, 782, 671, 673, 675, 783, 784, 785,
    786, 787, 788, 789, 678, 680, 679, 681, 684, 686, 685, 687, 690, 692, 694, 790,
    691, 693, 695, 791, 792, 793, 794, 795, 796, 797, 698, 700, 702, 798, 699, 701,
    703, 799, 800, 801, 802, 803, 804, 805, 706, 708, 710, 707, 709, 711, 714, 716,
    718, 715, 717, 719, 722, 724, 723, 725, 728, 730, 729, 731, 734, 736, 738, 735,
    737, 739, 741, 742, 743, 746, 748, 750, 806, 747, 749, 751, 807, 808, 809, 810,
    811, 812, 813, 754, 756, 758, 814, 755, 757, 759, 815, 816, 817, 818, 819, 820,
    821, 824, 836, 878, 828, 846, 847, 848, 840, 882, 859, 860, 861, 894, 895, 896,
    897, 899, 898, 900, 901, 902, 903, 904, 905, 906, 907, 908, 911, 910, 914, 915,
    916, 917, 918, 919, 920, 921, 930, 931, 922, 923, 924, 925, 932, 933, 926, 927,
    928, 929, 934, 935, 936, 937, 966, 941, 942, 943, 944, 945, 946, 947, 948, 949,
    950, 951, 952, 953, 954, 955, 956, 957, 958, 959, 960, 961, 962, 963, 964, 965,
    967, 993, 968, 969, 970, 971, 972, 973, 974, 975, 976, 977, 978, 979, 980, 981,
    982, 983, 984, 985, 986, 987, 988, 989, 990, 991, 992, 994, 995, 996, 997, 998,
    1493, 1494, 1495, 1496, 1497, 1498, 1499, 1501, 1500, 1502, 1503, 1504, 1505,
}; RC__TABLE_END

/* ftfy fix_c1_controls -> fix_latin_ligatures -> fix_character_width -> uncurl_quotes,
   composed into one per-character map (sorted by cp; result 0-terminated). */
RC__TABLE_BEGIN const rc__uc_multi rc__uc_ftfy_char_map[] = {
    {0x80, {0x20ac, 0x0, 0x0}},
    {0x82, {0x27, 0x0, 0x0}},
    {0x83, {0x192, 0x0, 0x0}},
    {0x84, {0x22, 0x0, 0x0}},
    {0x85, {0x2026, 0x0, 0x0}},
    {0x86, {0x2020, 0x0, 0x0}},
    {0x87, {0x2021, 0x0, 0x0}},
    {0x88, {0x2c6, 0x0, 0x0}},
    {0x89, {0x2030, 0x0, 0x0}},
    {0x8a, {0x160, 0x0, 0x0}},
    {0x8b, {0x2039, 0x0, 0x0}},
    {0x8c, {0x152, 0x0, 0x0}},
    {0x8e, {0x17d, 0x0, 0x0}},
    {0x91, {0x27, 0x0, 0x0}},
    {0x92, {0x27, 0x0, 0x0}},
    {0x93, {0x22, 0x0, 0x0}},
    {0x94, {0x22, 0x0, 0x0}},
    {0x95, {0x2022, 0x0, 0x0}},
    {0x96, {0x2013, 0x0, 0x0}},
    {0x97, {0x2014, 0x0, 0x0}},
    {0x98, {0x2dc, 0x0, 0x0}},
    {0x99, {0x2122, 0x0, 0x0}},
    {0x9a, {0x161, 0x0, 0x0}},
    {0x9b, {0x203a, 0x0, 0x0}},
    {0x9c, {0x153, 0x0, 0x0}},
    {0x9e, {0x17e, 0x0, 0x0}},
    {0x9f, {0x178, 0x0, 0x0}},
    {0x132, {0x49, 0x4a, 0x0}},
    {0x133, {0x69, 0x6a, 0x0}},
    {0x149, {0x27, 0x6e, 0x0}},
    {0x1c4, {0x44, 0x17d, 0x0}},
    {0x1c5, {0x44, 0x17e, 0x0}},
    {0x1c6, {0x64, 0x17e, 0x0}},
    {0x1c7, {0x4c, 0x4a, 0x0}},
    {0x1c8, {0x4c, 0x6a, 0x0}},
    {0x1c9, {0x6c, 0x6a, 0x0}},
    {0x1ca, {0x4e, 0x4a, 0x0}},
    {0x1cb, {0x4e, 0x6a, 0x0}},
    {0x1cc, {0x6e, 0x6a, 0x0}},
    {0x1f1, {0x44, 0x5a, 0x0}},
    {0x1f2, {0x44, 0x7a, 0x0}},
    {0x1f3, {0x64, 0x7a, 0x0}},
    {0x2bc, {0x27, 0x0, 0x0}},
    {0x2018, {0x27, 0x0, 0x0}},
    {0x2019, {0x27, 0x0, 0x0}},
    {0x201a, {0x27, 0x0, 0x0}},
    {0x201b, {0x27, 0x0, 0x0}},
    {0x201c, {0x22, 0x0, 0x0}},
    {0x201d, {0x22, 0x0, 0x0}},
    {0x201e, {0x22, 0x0, 0x0}},
    {0x201f, {0x22, 0x0, 0x0}},
    {0x3000, {0x20, 0x0, 0x0}},
    {0xfb00, {0x66, 0x66, 0x0}},
    {0xfb01, {0x66, 0x69, 0x0}},
    {0xfb02, {0x66, 0x6c, 0x0}},
    {0xfb03, {0x66, 0x66, 0x69}},
    {0xfb04, {0x66, 0x66, 0x6c}},
    {0xfb05, {0x17f, 0x74, 0x0}},
    {0xfb06, {0x73, 0x74, 0x0}},
    {0xff01, {0x21, 0x0, 0x0}},
    {0xff02, {0x22, 0x0, 0x0}},
    {0xff03, {0x23, 0x0, 0x0}},
    {0xff04, {0x24, 0x0, 0x0}},
    {0xff05, {0x25, 0x0, 0x0}},
    {0xff06, {0x26, 0x0, 0x0}},
    {0xff07, {0x27, 0x0, 0x0}},
    {0xff08, {0x28, 0x0, 0x0}},
    {0xff09, {0x29, 0x0, 0x0}},
    {0xff0a, {0x2a, 0x0, 0x0}},
    {0xff0b, {0x2b, 0x0, 0x0}},
    {0xff0c, {0x2c, 0x0, 0x0}},
    {0xff0d, {0x2d, 0x0, 0x0}},
    {0xff0e, {0x2e, 0x0, 0x0}},
    {0xff0f, {0x2f, 0x0, 0x0}},
    {0xff10, {0x30, 0x0, 0x0}},
    {0xff11, {0x31, 0x0, 0x0}},
    {0xff12, {0x32, 0x0, 0x0}},
    {0xff13, {0x33, 0x0, 0x0}},
    {0xff14, {0x34, 0x0, 0x0}},
    {0xff15, {0x35, 0x0, 0x0}},
    {0xff16, {0x36, 0x0, 0x0}},
    {0xff17, {0x37, 0x0, 0x0}},
    {0xff18, {0x38, 0x0, 0x0}},
    {0xff19, {0x39, 0x0, 0x0}},
    {0xff1a, {0x3a, 0x0, 0x0}},
    {0xff1b, {0x3b, 0x0, 0x0}},
    {0xff1c, {0x3c, 0x0, 0x0}},
    {0xff1d, {0x3d, 0x0, 0x0}},
    {0xff1e, {0x3e, 0x0, 0x0}},
    {0xff1f, {0x3f, 0x0, 0x0}},
    {0xff20, {0x40, 0x0, 0x0}},
    {0xff21, {0x41, 0x0, 0x0}},
    {0xff22, {0x42, 0x0, 0x0}},
    {0xff23, {0x43, 0x0, 0x0}},
    {0xff24, {0x44, 0x0, 0x0}},
    {0xff25, {0x45, 0x0, 0x0}},
    {0xff26, {0x46, 0x0, 0x0}},
    {0xff27, {0x47, 0x0, 0x0}},
    {0xff28, {0x48, 0x0, 0x0}},
    {0xff29, {0x49, 0x0, 0x0}},
    {0xff2a, {0x4a, 0x0, 0x0}},
    {0xff2b, {0x4b, 0x0, 0x0}},
    {0xff2c, {0x4c, 0x0, 0x0}},
    {0xff2d, {0x4d, 0x0, 0x0}},
    {0xff2e, {0x4e, 0x0, 0x0}},
    {0xff2f, {0x4f, 0x0, 0x0}},
    {0xff30, {0x50, 0x0, 0x0}},
    {0xff31, {0x51, 0x0, 0x0}},
    {0xff32, {0x52, 0x0, 0x0}},
    {0xff33, {0x53, 0x0, 0x0}},
    {0xff34, {0x54, 0x0, 0x0}},
    {0xff35, {0x55, 0x0, 0x0}},
    {0xff36, {0x56, 0x0, 0x0}},
    {0xff37, {0x57, 0x0, 0x0}},
    {0xff38, {0x58, 0x0, 0x0}},
    {0xff39, {0x59, 0x0, 0x0}},
    {0xff3a, {0x5a, 0x0, 0x0}},
    {0xff3b, {0x5b, 0x0, 0x0}},
    {0xff3c, {0x5c, 0x0, 0x0}},
    {0xff3d, {0x5d, 0x0, 0x0}},
    {0xff3e, {0x5e, 0x0, 0x0}},
    {0xff3f, {0x5f, 0x0, 0x0}},
    {0xff40, {0x60, 0x0, 0x0}},
    {0xff41, {0x61, 0x0, 0x0}},
    {0xff42, {0x62, 0x0, 0x0}},
    {0xff43, {0x63, 0x0, 0x0}},
    {0xff44, {0x64, 0x0, 0x0}},
    {0xff45, {0x65, 0x0, 0x0}},
    {0xff46, {0x66, 0x0, 0x0}},
    {0xff47, {0x67, 0x0, 0x0}},
    {0xff48, {0x68, 0x0, 0x0}},
    {0xff49, {0x69, 0x0, 0x0}},
    {0xff4a, {0x6a, 0x0, 0x0}},
    {0xff4b, {0x6b, 0x0, 0x0}},
    {0xff4c, {0x6c, 0x0, 0x0}},
    {0xff4d, {0x6d, 0x0, 0x0}},
    {0xff4e, {0x6e, 0x0, 0x0}},
    {0xff4f, {0x6f, 0x0, 0x0}},
    {0xff50, {0x70, 0x0, 0x0}},
    {0xff51, {0x71, 0x0, 0x0}},
    {0xff52, {0x72, 0x0, 0x0}},
    {0xff53, {0x73, 0x0, 0x0}},
    {0xff54, {0x74, 0x0, 0x0}},
    {0xff55, {0x75, 0x0, 0x0}},
    {0xff56, {0x76, 0x0, 0x0}},
    {0xff57, {0x77, 0x0, 0x0}},
    {0xff58, {0x78, 0x0, 0x0}},
    {0xff59, {0x79, 0x0, 0x0}},
    {0xff5a, {0x7a, 0x0, 0x0}},
    {0xff5b, {0x7b, 0x0, 0x0}},
    {0xff5c, {0x7c, 0x0, 0x0}},
    {0xff5d, {0x7d, 0x0, 0x0}},
    {0xff5e, {0x7e, 0x0, 0x0}},
    {0xff5f, {0x2985, 0x0, 0x0}},
    {0xff60, {0x2986, 0x0, 0x0}},
    {0xff61, {0x3002, 0x0, 0x0}},
    {0xff62, {0x300c, 0x0, 0x0}},
    {0xff63, {0x300d, 0x0, 0x0}},
    {0xff64, {0x3001, 0x0, 0x0}},
    {0xff65, {0x30fb, 0x0, 0x0}},
    {0xff66, {0x30f2, 0x0, 0x0}},
    {0xff67, {0x30a1, 0x0, 0x0}},
    {0xff68, {0x30a3, 0x0, 0x0}},
    {0xff69, {0x30a5, 0x0, 0x0}},
    {0xff6a, {0x30a7, 0x0, 0x0}},
    {0xff6b, {0x30a9, 0x0, 0x0}},
    {0xff6c, {0x30e3, 0x0, 0x0}},
    {0xff6d, {0x30e5, 0x0, 0x0}},
    {0xff6e, {0x30e7, 0x0, 0x0}},
    {0xff6f, {0x30c3, 0x0, 0x0}},
    {0xff70, {0x30fc, 0x0, 0x0}},
    {0xff71, {0x30a2, 0x0, 0x0}},
    {0xff72, {0x30a4, 0x0, 0x0}},
    {0xff73, {0x30a6, 0x0, 0x0}},
    {0xff74, {0x30a8, 0x0, 0x0}},
    {0xff75, {0x30aa, 0x0, 0x0}},
    {0xff76, {0x30ab, 0x0, 0x0}},
    {0xff77, {0x30ad, 0x0, 0x0}},
    {0xff78, {0x30af, 0x0, 0x0}},
    {0xff79, {0x30b1, 0x0, 0x0}},
    {0xff7a, {0x30b3, 0x0, 0x0}},
    {0xff7b, {0x30b5, 0x0, 0x0}},
    {0xff7c, {0x30b7, 0x0, 0x0}},
    {0xff7d, {0x30b9, 0x0, 0x0}},
    {0xff7e, {0x30bb, 0x0, 0x0}},
    {0xff7f, {0x30bd, 0x0, 0x0}},
    {0xff80, {0x30bf, 0x0, 0x0}},
    {0xff81, {0x30c1, 0x0, 0x0}},
    {0xff82, {0x30c4, 0x0, 0x0}},
    {0xff83, {0x30c6, 0x0, 0x0}},
    {0xff84, {0x30c8, 0x0, 0x0}},
    {0xff85, {0x30ca, 0x0, 0x0}},
    {0xff86, {0x30cb, 0x0, 0x0}},
    {0xff87, {0x30cc, 0x0, 0x0}},
    {0xff88, {0x30cd, 0x0, 0x0}},
    {0xff89, {0x30ce, 0x0, 0x0}},
    {0xff8a, {0x30cf, 0x0, 0x0}},
    {0xff8b, {0x30d2, 0x0, 0x0}},
    {0xff8c, {0x30d5, 0x0, 0x0}},
    {0xff8d, {0x30d8, 0x0, 0x0}},
    {0xff8e, {0x30db, 0x0, 0x0}},
    {0xff8f, {0x30de, 0x0, 0x0}},
    {0xff90, {0x30df, 0x0, 0x0}},
    {0xff91, {0x30e0, 0x0, 0x0}},
    {0xff92, {0x30e1, 0x0, 0x0}},
    {0xff93, {0x30e2, 0x0, 0x0}},
    {0xff94, {0x30e4, 0x0, 0x0}},
    {0xff95, {0x30e6, 0x0, 0x0}},
    {0xff96, {0x30e8, 0x0, 0x0}},
    {0xff97, {0x30e9, 0x0, 0x0}},
    {0xff98, {0x30ea, 0x0, 0x0}},
    {0xff99, {0x30eb, 0x0, 0x0}},
    {0xff9a, {0x30ec, 0x0, 0x0}},
    {0xff9b, {0x30ed, 0x0, 0x0}},
    {0xff9c, {0x30ef, 0x0, 0x0}},
    {0xff9d, {0x30f3, 0x0, 0x0}},
    {0xff9e, {0x3099, 0x0, 0x0}},
    {0xff9f, {0x309a, 0x0, 0x0}},
    {0xffa0, {0x1160, 0x0, 0x0}},
    {0xffa1, {0x1100, 0x0, 0x0}},
    {0xffa2, {0x1101, 0x0, 0x0}},
    {0xffa3, {0x11aa, 0x0, 0x0}},
    {0xffa4, {0x1102, 0x0, 0x0}},
    {0xffa5, {0x11ac, 0x0, 0x0}},
    {0xffa6, {0x11ad, 0x0, 0x0}},
    {0xffa7, {0x1103, 0x0, 0x0}},
    {0xffa8, {0x1104, 0x0, 0x0}},
    {0xffa9, {0x1105, 0x0, 0x0}},
    {0xffaa, {0x11b0, 0x0, 0x0}},
    {0xffab, {0x11b1, 0x0, 0x0}},
    {0xffac, {0x11b2, 0x0, 0x0}},
    {0xffad, {0x11b3, 0x0, 0x0}},
    {0xffae, {0x11b4, 0x0, 0x0}},
    {0xffaf, {0x11b5, 0x0, 0x0}},
    {0xffb0, {0x111a, 0x0, 0x0}},
    {0xffb1, {0x1106, 0x0, 0x0}},
    {0xffb2, {0x1107, 0x0, 0x0}},
    {0xffb3, {0x1108, 0x0, 0x0}},
    {0xffb4, {0x1121, 0x0, 0x0}},
    {0xffb5, {0x1109, 0x0, 0x0}},
    {0xffb6, {0x110a, 0x0, 0x0}},
    {0xffb7, {0x110b, 0x0, 0x0}},
    {0xffb8, {0x110c, 0x0, 0x0}},
    {0xffb9, {0x110d, 0x0, 0x0}},
    {0xffba, {0x110e, 0x0, 0x0}},
    {0xffbb, {0x110f, 0x0, 0x0}},
    {0xffbc, {0x1110, 0x0, 0x0}},
    {0xffbd, {0x1111, 0x0, 0x0}},
    {0xffbe, {0x1112, 0x0, 0x0}},
    {0xffc2, {0x1161, 0x0, 0x0}},
    {0xffc3, {0x1162, 0x0, 0x0}},
    {0xffc4, {0x1163, 0x0, 0x0}},
    {0xffc5, {0x1164, 0x0, 0x0}},
    {0xffc6, {0x1165, 0x0, 0x0}},
    {0xffc7, {0x1166, 0x0, 0x0}},
    {0xffca, {0x1167, 0x0, 0x0}},
    {0xffcb, {0x1168, 0x0, 0x0}},
    {0xffcc, {0x1169, 0x0, 0x0}},
    {0xffcd, {0x116a, 0x0, 0x0}},
    {0xffce, {0x116b, 0x0, 0x0}},
    {0xffcf, {0x116c, 0x0, 0x0}},
    {0xffd2, {0x116d, 0x0, 0x0}},
    {0xffd3, {0x116e, 0x0, 0x0}},
    {0xffd4, {0x116f, 0x0, 0x0}},
    {0xffd5, {0x1170, 0x0, 0x0}},
    {0xffd6, {0x1171, 0x0, 0x0}},
    {0xffd7, {0x1172, 0x0, 0x0}},
    {0xffda, {0x1173, 0x0, 0x0}},
    {0xffdb, {0x1174, 0x0, 0x0}},
    {0xffdc, {0x1175, 0x0, 0x0}},
    {0xffe0, {0xa2, 0x0, 0x0}},
    {0xffe1, {0xa3, 0x0, 0x0}},
    {0xffe2, {0xac, 0x0, 0x0}},
    {0xffe3, {0x20, 0x304, 0x0}},
    {0xffe4, {0xa6, 0x0, 0x0}},
    {0xffe5, {0xa5, 0x0, 0x0}},
    {0xffe6, {0x20a9, 0x0, 0x0}},
    {0xffe8, {0x2502, 0x0, 0x0}},
    {0xffe9, {0x2190, 0x0, 0x0}},
    {0xffea, {0x2191, 0x0, 0x0}},
    {0xffeb, {0x2192, 0x0, 0x0}},
    {0xffec, {0x2193, 0x0, 0x0}},
    {0xffed, {0x25a0, 0x0, 0x0}},
    {0xffee, {0x25cb, 0x0, 0x0}},
}; RC__TABLE_END

/* ftfy remove_control_chars: removed code points (14 toggle points) */
RC__TABLE_BEGIN const uint32_t rc__uc_ftfy_control[] = {
    0x0, 0x9, 0xb, 0xc, 0xe, 0x20, 0x7f, 0x80,
    0x206a, 0x2070, 0xfeff, 0xff00, 0xfff9, 0xfffd,
}; RC__TABLE_END

/* Python re's \d (ftfy's terminal-escape regex) (124 toggle points) */
RC__TABLE_BEGIN const uint32_t rc__uc_re_digit[] = {
    0x30, 0x3a, 0x660, 0x66a, 0x6f0, 0x6fa, 0x7c0, 0x7ca,
    0x966, 0x970, 0x9e6, 0x9f0, 0xa66, 0xa70, 0xae6, 0xaf0,
    0xb66, 0xb70, 0xbe6, 0xbf0, 0xc66, 0xc70, 0xce6, 0xcf0,
    0xd66, 0xd70, 0xde6, 0xdf0, 0xe50, 0xe5a, 0xed0, 0xeda,
    0xf20, 0xf2a, 0x1040, 0x104a, 0x1090, 0x109a, 0x17e0, 0x17ea,
    0x1810, 0x181a, 0x1946, 0x1950, 0x19d0, 0x19da, 0x1a80, 0x1a8a,
    0x1a90, 0x1a9a, 0x1b50, 0x1b5a, 0x1bb0, 0x1bba, 0x1c40, 0x1c4a,
    0x1c50, 0x1c5a, 0xa620, 0xa62a, 0xa8d0, 0xa8da, 0xa900, 0xa90a,
    0xa9d0, 0xa9da, 0xa9f0, 0xa9fa, 0xaa50, 0xaa5a, 0xabf0, 0xabfa,
    0xff10, 0xff1a, 0x104a0, 0x104aa, 0x10d30, 0x10d3a, 0x11066, 0x11070,
    0x110f0, 0x110fa, 0x11136, 0x11140, 0x111d0, 0x111da, 0x112f0, 0x112fa,
    0x11450, 0x1145a, 0x114d0, 0x114da, 0x11650, 0x1165a, 0x116c0, 0x116ca,
    0x11730, 0x1173a, 0x118e0, 0x118ea, 0x11950, 0x1195a, 0x11c50, 0x11c5a,
    0x11d50, 0x11d5a, 0x11da0, 0x11daa, 0x16a60, 0x16a6a, 0x16ac0, 0x16aca,
    0x16b50, 0x16b5a, 0x1d7ce, 0x1d800, 0x1e140, 0x1e14a, 0x1e2f0, 0x1e2fa,
    0x1e950, 0x1e95a, 0x1fbf0, 0x1fbfa,
}; RC__TABLE_END

/* HTML entity names (without '&', sorted by bytes): flags 1 = in html.entities.html5 (used by
   html.unescape), 2 = in ftfy's entity table (ftfy unescape_html; includes its upper-case names). */
RC__TABLE_BEGIN const rc__uc_entity rc__uc_entities[] = {
    {"AACUTE;", "\303\201", 2}, {"ABREVE;", "\304\202", 2}, {"AC;", "\342\210\276", 2},
    {"ACD;", "\342\210\277", 2}, {"ACIRC;", "\303\202", 2}, {"ACUTE;", "\302\264", 2},
    {"ACY;", "\320\220", 2}, {"AELIG;", "\303\206", 2}, {"AElig", "\303\206", 1},
    {"AElig;", "\303\206", 3}, {"AF;", "\342\201\241", 2}, {"AFR;", "\360\235\224\236", 2},
    {"AGRAVE;", "\303\200", 2}, {"ALEFSYM;", "\342\204\265", 2}, {"ALEPH;", "\342\204\265", 2},
    {"ALPHA;", "\316\221", 2}, {"AMACR;", "\304\200", 2}, {"AMALG;", "\342\250\277", 2},
    {"AMP", "&", 1}, {"AMP;", "&", 3}, {"AND;", "\342\210\247", 2}, {"ANDAND;", "\342\251\225", 2},
    {"ANDD;", "\342\251\234", 2}, {"ANDSLOPE;", "\342\251\230", 2}, {"ANDV;", "\342\251\232", 2},
    {"ANG;", "\342\210\240", 2}, {"ANGE;", "\342\246\244", 2}, {"ANGLE;", "\342\210\240", 2},
    {"ANGMSD;", "\342\210\241", 2}, {"ANGMSDAA;", "\342\246\250", 2},
    {"ANGMSDAB;", "\342\246\251", 2}, {"ANGMSDAC;", "\342\246\252", 2},
    {"ANGMSDAD;", "\342\246\253", 2}, {"ANGMSDAE;", "\342\246\254", 2},
    {"ANGMSDAF;", "\342\246\255", 2}, {"ANGMSDAG;", "\342\246\256", 2},
    {"ANGMSDAH;", "\342\246\257", 2}, {"ANGRT;", "\342\210\237", 2},
    {"ANGRTVB;", "\342\212\276", 2}, {"ANGRTVBD;", "\342\246\235", 2},
    {"ANGSPH;", "\342\210\242", 2}, {"ANGST;", "\303\205", 2}, {"ANGZARR;", "\342\215\274", 2},
    {"AOGON;", "\304\204", 2}, {"AOPF;", "\360\235\225\222", 2}, {"AP;", "\342\211\210", 2},
    {"APACIR;", "\342\251\257", 2}, {"APE;", "\342\211\212", 2}, {"APID;", "\342\211\213", 2},
    {"APOS;", "'", 2}, {"APPROX;", "\342\211\210", 2}, {"APPROXEQ;", "\342\211\212", 2},
    {"ARING;", "\303\205", 2}, {"ASCR;", "\360\235\222\266", 2}, {"AST;", "*", 2},
    {"ASYMP;", "\342\211\210", 2}, {"ASYMPEQ;", "\342\211\215", 2}, {"ATILDE;", "\303\203", 2},
    {"AUML;", "\303\204", 2}, {"AWCONINT;", "\342\210\263", 2}, {"AWINT;", "\342\250\221", 2},
    {"Aacute", "\303\201", 1}, {"Aacute;", "\303\201", 3}, {"Abreve;", "\304\202", 3},
    {"Acirc", "\303\202", 1}, {"Acirc;", "\303\202", 3}, {"Acy;", "\320\220", 3},
    {"Afr;", "\360\235\224\204", 3}, {"Agrave", "\303\200", 1}, {"Agrave;", "\303\200", 3},
    {"Alpha;", "\316\221", 3}, {"Amacr;", "\304\200", 3}, {"And;", "\342\251\223", 3},
    {"Aogon;", "\304\204", 3}, {"Aopf;", "\360\235\224\270", 3},
    {"ApplyFunction;", "\342\201\241", 3}, {"Aring", "\303\205", 1}, {"Aring;", "\303\205", 3},
    {"Ascr;", "\360\235\222\234", 3}, {"Assign;", "\342\211\224", 3}, {"Atilde", "\303\203", 1},
    {"Atilde;", "\303\203", 3}, {"Auml", "\303\204", 1}, {"Auml;", "\303\204", 3},
    {"BACKCONG;", "\342\211\214", 2}, {"BACKEPSILON;", "\317\266", 2},
    {"BACKPRIME;", "\342\200\265", 2}, {"BACKSIM;", "\342\210\275", 2},
    {"BACKSIMEQ;", "\342\213\215", 2}, {"BARVEE;", "\342\212\275", 2},
    {"BARWED;", "\342\214\205", 2}, {"BARWEDGE;", "\342\214\205", 2}, {"BBRK;", "\342\216\265", 2},
    {"BBRKTBRK;", "\342\216\266", 2}, {"BCONG;", "\342\211\214", 2}, {"BCY;", "\320\221", 2},
    {"BDQUO;", "\342\200\236", 2}, {"BECAUS;", "\342\210\265", 2}, {"BECAUSE;", "\342\210\265", 2},
    {"BEMPTYV;", "\342\246\260", 2}, {"BEPSI;", "\317\266", 2}, {"BERNOU;", "\342\204\254", 2},
    {"BETA;", "\316\222", 2}, {"BETH;", "\342\204\266", 2}, {"BETWEEN;", "\342\211\254", 2},
    {"BFR;", "\360\235\224\237", 2}, {"BIGCAP;", "\342\213\202", 2},
    {"BIGCIRC;", "\342\227\257", 2}, {"BIGCUP;", "\342\213\203", 2},
    {"BIGODOT;", "\342\250\200", 2}, {"BIGOPLUS;", "\342\250\201", 2},
    {"BIGOTIMES;", "\342\250\202", 2}, {"BIGSQCUP;", "\342\250\206", 2},
    {"BIGSTAR;", "\342\230\205", 2}, {"BIGTRIANGLEDOWN;", "\342\226\275", 2},
    {"BIGTRIANGLEUP;", "\342\226\263", 2}, {"BIGUPLUS;", "\342\250\204", 2},
    {"BIGVEE;", "\342\213\201", 2}, {"BIGWEDGE;", "\342\213\200", 2},
    {"BKAROW;", "\342\244\215", 2}, {"BLACKLOZENGE;", "\342\247\253", 2},
    {"BLACKSQUARE;", "\342\226\252", 2}, {"BLACKTRIANGLE;", "\342\226\264", 2},
    {"BLACKTRIANGLEDOWN;", "\342\226\276", 2}, {"BLACKTRIANGLELEFT;", "\342\227\202", 2},
    {"BLACKTRIANGLERIGHT;", "\342\226\270", 2}, {"BLANK;", "\342\220\243", 2},
    {"BLK12;", "\342\226\222", 2}, {"BLK14;", "\342\226\221", 2}, {"BLK34;", "\342\226\223", 2},
    {"BLOCK;", "\342\226\210", 2}, {"BNE;", "=\342\203\245", 2},
    {"BNEQUIV;", "\342\211\241\342\203\245", 2}, {"BNOT;", "\342\214\220", 2},
    {"BOPF;", "\360\235\225\223", 2}, {"BOT;", "\342\212\245", 2}, {"BOTTOM;", "\342\212\245", 2},
    {"BOWTIE;", "\342\213\210", 2}, {"BOXBOX;", "\342\247\211", 2}, {"BOXDL;", "\342\224\220", 2},
    {"BOXDR;", "\342\224\214", 2}, {"BOXH;", "\342\224\200", 2}, {"BOXHD;", "\342\224\254", 2},
    {"BOXHU;", "\342\224\264", 2}, {"BOXMINUS;", "\342\212\237", 2},
    {"BOXPLUS;", "\342\212\236", 2}, {"BOXTIMES;", "\342\212\240", 2},
    {"BOXUL;", "\342\224\230", 2}, {"BOXUR;", "\342\224\224", 2}, {"BOXV;", "\342\224\202", 2},
    {"BOXVH;", "\342\224\274", 2}, {"BOXVL;", "\342\224\244", 2}, {"BOXVR;", "\342\224\234", 2},
    {"BPRIME;", "\342\200\265", 2}, {"BREVE;", "\313\230", 2}, {"BRVBAR;", "\302\246", 2},
    {"BSCR;", "\360\235\222\267", 2}, {"BSEMI;", "\342\201\217", 2}, {"BSIM;", "\342\210\275", 2},
    {"BSIME;", "\342\213\215", 2}, {"BSOL;", "\134", 2}, {"BSOLB;", "\342\247\205", 2},
    {"BSOLHSUB;", "\342\237\210", 2}, {"BULL;", "\342\200\242", 2}, {"BULLET;", "\342\200\242", 2},
    {"BUMP;", "\342\211\216", 2}, {"BUMPE;", "\342\211\217", 2}, {"BUMPEQ;", "\342\211\217", 2},
    {"Backslash;", "\342\210\226", 3}, {"Barv;", "\342\253\247", 3}, {"Barwed;", "\342\214\206", 3},
    {"Bcy;", "\320\221", 3}, {"Because;", "\342\210\265", 3}, {"Bernoullis;", "\342\204\254", 3},
    {"Beta;", "\316\222", 3}, {"Bfr;", "\360\235\224\205", 3}, {"Bopf;", "\360\235\224\271", 3},
    {"Breve;", "\313\230", 3}, {"Bscr;", "\342\204\254", 3}, {"Bumpeq;", "\342\211\216", 3},
    {"CACUTE;", "\304\206", 2}, {"CAP;", "\342\210\251", 2}, {"CAPAND;", "\342\251\204", 2},
    {"CAPBRCUP;", "\342\251\211", 2}, {"CAPCAP;", "\342\251\213", 2},
    {"CAPCUP;", "\342\251\207", 2}, {"CAPDOT;", "\342\251\200", 2},
    {"CAPS;", "\342\210\251\357\270\200", 2}, {"CARET;", "\342\201\201", 2},
    {"CARON;", "\313\207", 2}, {"CCAPS;", "\342\251\215", 2}, {"CCARON;", "\304\214", 2},
    {"CCEDIL;", "\303\207", 2}, {"CCIRC;", "\304\210", 2}, {"CCUPS;", "\342\251\214", 2},
    {"CCUPSSM;", "\342\251\220", 2}, {"CDOT;", "\304\212", 2}, {"CEDIL;", "\302\270", 2},
    {"CEMPTYV;", "\342\246\262", 2}, {"CENT;", "\302\242", 2}, {"CENTERDOT;", "\302\267", 2},
    {"CFR;", "\360\235\224\240", 2}, {"CHCY;", "\320\247", 2}, {"CHECK;", "\342\234\223", 2},
    {"CHECKMARK;", "\342\234\223", 2}, {"CHI;", "\316\247", 2}, {"CHcy;", "\320\247", 3},
    {"CIR;", "\342\227\213", 2}, {"CIRC;", "\313\206", 2}, {"CIRCEQ;", "\342\211\227", 2},
    {"CIRCLEARROWLEFT;", "\342\206\272", 2}, {"CIRCLEARROWRIGHT;", "\342\206\273", 2},
    {"CIRCLEDAST;", "\342\212\233", 2}, {"CIRCLEDCIRC;", "\342\212\232", 2},
    {"CIRCLEDDASH;", "\342\212\235", 2}, {"CIRE;", "\342\211\227", 2},
    {"CIRFNINT;", "\342\250\220", 2}, {"CIRMID;", "\342\253\257", 2},
    {"CIRSCIR;", "\342\247\202", 2}, {"CLUBS;", "\342\231\243", 2},
    {"CLUBSUIT;", "\342\231\243", 2}, {"COLON;", ":", 2}, {"COLONE;", "\342\211\224", 2},
    {"COLONEQ;", "\342\211\224", 2}, {"COMMA;", ",", 2}, {"COMMAT;", "@", 2},
    {"COMP;", "\342\210\201", 2}, {"COMPFN;", "\342\210\230", 2},
    {"COMPLEMENT;", "\342\210\201", 2}, {"COMPLEXES;", "\342\204\202", 2},
    {"CONG;", "\342\211\205", 2}, {"CONGDOT;", "\342\251\255", 2}, {"CONINT;", "\342\210\256", 2},
    {"COPF;", "\360\235\225\224", 2}, {"COPROD;", "\342\210\220", 2}, {"COPY", "\302\251", 1},
    {"COPY;", "\302\251", 3}, {"CRARR;", "\342\206\265", 2}, {"CROSS;", "\342\234\227", 2},
    {"CSCR;", "\360\235\222\270", 2}, {"CSUB;", "\342\253\217", 2}, {"CSUBE;", "\342\253\221", 2},
    {"CSUP;", "\342\253\220", 2}, {"CSUPE;", "\342\253\222", 2}, {"CTDOT;", "\342\213\257", 2},
    {"CUDARRL;", "\342\244\270", 2}, {"CUDARRR;", "\342\244\265", 2}, {"CUEPR;", "\342\213\236", 2},
    {"CUESC;", "\342\213\237", 2}, {"CULARR;", "\342\206\266", 2}, {"CULARRP;", "\342\244\275", 2},
    {"CUP;", "\342\210\252", 2}, {"CUPBRCAP;", "\342\251\210", 2}, {"CUPCAP;", "\342\251\206", 2},
    {"CUPCUP;", "\342\251\212", 2}, {"CUPDOT;", "\342\212\215", 2}, {"CUPOR;", "\342\251\205", 2},
    {"CUPS;", "\342\210\252\357\270\200", 2}, {"CURARR;", "\342\206\267", 2},
    {"CURARRM;", "\342\244\274", 2}, {"CURLYEQPREC;", "\342\213\236", 2},
    {"CURLYEQSUCC;", "\342\213\237", 2}, {"CURLYVEE;", "\342\213\216", 2},
    {"CURLYWEDGE;", "\342\213\217", 2}, {"CURREN;", "\302\244", 2},
    {"CURVEARROWLEFT;", "\342\206\266", 2}, {"CURVEARROWRIGHT;", "\342\206\267", 2},
    {"CUVEE;", "\342\213\216", 2}, {"CUWED;", "\342\213\217", 2}, {"CWCONINT;", "\342\210\262", 2},
    {"CWINT;", "\342\210\261", 2}, {"CYLCTY;", "\342\214\255", 2}, {"Cacute;", "\304\206", 3},
    {"Cap;", "\342\213\222", 3}, {"CapitalDifferentialD;", "\342\205\205", 3},
    {"Cayleys;", "\342\204\255", 3}, {"Ccaron;", "\304\214", 3}, {"Ccedil", "\303\207", 1},
    {"Ccedil;", "\303\207", 3}, {"Ccirc;", "\304\210", 3}, {"Cconint;", "\342\210\260", 3},
    {"Cdot;", "\304\212", 3}, {"Cedilla;", "\302\270", 3}, {"CenterDot;", "\302\267", 3},
    {"Cfr;", "\342\204\255", 3}, {"Chi;", "\316\247", 3}, {"CircleDot;", "\342\212\231", 3},
    {"CircleMinus;", "\342\212\226", 3}, {"CirclePlus;", "\342\212\225", 3},
    {"CircleTimes;", "\342\212\227", 3}, {"ClockwiseContourIntegral;", "\342\210\262", 3},
    {"CloseCurlyDoubleQuote;", "\342\200\235", 3}, {"CloseCurlyQuote;", "\342\200\231", 3},
    {"Colon;", "\342\210\267", 3}, {"Colone;", "\342\251\264", 3},
    {"Congruent;", "\342\211\241", 3}, {"Conint;", "\342\210\257", 3},
    {"ContourIntegral;", "\342\210\256", 3}, {"Copf;", "\342\204\202", 3},
    {"Coproduct;", "\342\210\220", 3}, {"CounterClockwiseContourIntegral;", "\342\210\263", 3},
    {"Cross;", "\342\250\257", 3}, {"Cscr;", "\360\235\222\236", 3}, {"Cup;", "\342\213\223", 3},
    {"CupCap;", "\342\211\215", 3}, {"DAGGER;", "\342\200\240", 2}, {"DALETH;", "\342\204\270", 2},
    {"DARR;", "\342\206\223", 2}, {"DASH;", "\342\200\220", 2}, {"DASHV;", "\342\212\243", 2},
    {"DBKAROW;", "\342\244\217", 2}, {"DBLAC;", "\313\235", 2}, {"DCARON;", "\304\216", 2},
    {"DCY;", "\320\224", 2}, {"DD;", "\342\205\205", 3}, {"DDAGGER;", "\342\200\241", 2},
    {"DDARR;", "\342\207\212", 2}, {"DDOTSEQ;", "\342\251\267", 2},
    {"DDotrahd;", "\342\244\221", 3}, {"DEG;", "\302\260", 2}, {"DELTA;", "\316\224", 2},
    {"DEMPTYV;", "\342\246\261", 2}, {"DFISHT;", "\342\245\277", 2},
    {"DFR;", "\360\235\224\241", 2}, {"DHARL;", "\342\207\203", 2}, {"DHARR;", "\342\207\202", 2},
    {"DIAM;", "\342\213\204", 2}, {"DIAMOND;", "\342\213\204", 2},
    {"DIAMONDSUIT;", "\342\231\246", 2}, {"DIAMS;", "\342\231\246", 2}, {"DIE;", "\302\250", 2},
    {"DIGAMMA;", "\317\234", 2}, {"DISIN;", "\342\213\262", 2}, {"DIV;", "\303\267", 2},
    {"DIVIDE;", "\303\267", 2}, {"DIVIDEONTIMES;", "\342\213\207", 2},
    {"DIVONX;", "\342\213\207", 2}, {"DJCY;", "\320\202", 2}, {"DJcy;", "\320\202", 3},
    {"DLCORN;", "\342\214\236", 2}, {"DLCROP;", "\342\214\215", 2}, {"DOLLAR;", "$", 2},
    {"DOPF;", "\360\235\225\225", 2}, {"DOT;", "\313\231", 2}, {"DOTEQ;", "\342\211\220", 2},
    {"DOTEQDOT;", "\342\211\221", 2}, {"DOTMINUS;", "\342\210\270", 2},
    {"DOTPLUS;", "\342\210\224", 2}, {"DOTSQUARE;", "\342\212\241", 2},
    {"DOUBLEBARWEDGE;", "\342\214\206", 2}, {"DOWNARROW;", "\342\206\223", 2},
    {"DOWNDOWNARROWS;", "\342\207\212", 2}, {"DOWNHARPOONLEFT;", "\342\207\203", 2},
    {"DOWNHARPOONRIGHT;", "\342\207\202", 2}, {"DRBKAROW;", "\342\244\220", 2},
    {"DRCORN;", "\342\214\237", 2}, {"DRCROP;", "\342\214\214", 2},
    {"DSCR;", "\360\235\222\271", 2}, {"DSCY;", "\320\205", 2}, {"DSOL;", "\342\247\266", 2},
    {"DSTROK;", "\304\220", 2}, {"DScy;", "\320\205", 3}, {"DTDOT;", "\342\213\261", 2},
    {"DTRI;", "\342\226\277", 2}, {"DTRIF;", "\342\226\276", 2}, {"DUARR;", "\342\207\265", 2},
    {"DUHAR;", "\342\245\257", 2}, {"DWANGLE;", "\342\246\246", 2}, {"DZCY;", "\320\217", 2},
    {"DZIGRARR;", "\342\237\277", 2}, {"DZcy;", "\320\217", 3}, {"Dagger;", "\342\200\241", 3},
    {"Darr;", "\342\206\241", 3}, {"Dashv;", "\342\253\244", 3}, {"Dcaron;", "\304\216", 3},
    {"Dcy;", "\320\224", 3}, {"Del;", "\342\210\207", 3}, {"Delta;", "\316\224", 3},
    {"Dfr;", "\360\235\224\207", 3}, {"DiacriticalAcute;", "\302\264", 3},
    {"DiacriticalDot;", "\313\231", 3}, {"DiacriticalDoubleAcute;", "\313\235", 3},
    {"DiacriticalGrave;", "`", 3}, {"DiacriticalTilde;", "\313\234", 3},
    {"Diamond;", "\342\213\204", 3}, {"DifferentialD;", "\342\205\206", 3},
    {"Dopf;", "\360\235\224\273", 3}, {"Dot;", "\302\250", 3}, {"DotDot;", "\342\203\234", 3},
    {"DotEqual;", "\342\211\220", 3}, {"DoubleContourIntegral;", "\342\210\257", 3},
    {"DoubleDot;", "\302\250", 3}, {"DoubleDownArrow;", "\342\207\223", 3},
    {"DoubleLeftArrow;", "\342\207\220", 3}, {"DoubleLeftRightArrow;", "\342\207\224", 3},
    {"DoubleLeftTee;", "\342\253\244", 3}, {"DoubleLongLeftArrow;", "\342\237\270", 3},
    {"DoubleLongLeftRightArrow;", "\342\237\272", 3}, {"DoubleLongRightArrow;", "\342\237\271", 3},
    {"DoubleRightArrow;", "\342\207\222", 3}, {"DoubleRightTee;", "\342\212\250", 3},
    {"DoubleUpArrow;", "\342\207\221", 3}, {"DoubleUpDownArrow;", "\342\207\225", 3},
    {"DoubleVerticalBar;", "\342\210\245", 3}, {"DownArrow;", "\342\206\223", 3},
    {"DownArrowBar;", "\342\244\223", 3}, {"DownArrowUpArrow;", "\342\207\265", 3},
    {"DownBreve;", "\314\221", 3}, {"DownLeftRightVector;", "\342\245\220", 3},
    {"DownLeftTeeVector;", "\342\245\236", 3}, {"DownLeftVector;", "\342\206\275", 3},
    {"DownLeftVectorBar;", "\342\245\226", 3}, {"DownRightTeeVector;", "\342\245\237", 3},
    {"DownRightVector;", "\342\207\201", 3}, {"DownRightVectorBar;", "\342\245\227", 3},
    {"DownTee;", "\342\212\244", 3}, {"DownTeeArrow;", "\342\206\247", 3},
    {"Downarrow;", "\342\207\223", 3}, {"Dscr;", "\360\235\222\237", 3}, {"Dstrok;", "\304\220", 3},
    {"EACUTE;", "\303\211", 2}, {"EASTER;", "\342\251\256", 2}, {"ECARON;", "\304\232", 2},
    {"ECIR;", "\342\211\226", 2}, {"ECIRC;", "\303\212", 2}, {"ECOLON;", "\342\211\225", 2},
    {"ECY;", "\320\255", 2}, {"EDOT;", "\304\226", 2}, {"EE;", "\342\205\207", 2},
    {"EFR;", "\360\235\224\242", 2}, {"EG;", "\342\252\232", 2}, {"EGRAVE;", "\303\210", 2},
    {"EGS;", "\342\252\226", 2}, {"EGSDOT;", "\342\252\230", 2}, {"EL;", "\342\252\231", 2},
    {"ELINTERS;", "\342\217\247", 2}, {"ELL;", "\342\204\223", 2}, {"ELS;", "\342\252\225", 2},
    {"ELSDOT;", "\342\252\227", 2}, {"EMACR;", "\304\222", 2}, {"EMPTY;", "\342\210\205", 2},
    {"EMPTYSET;", "\342\210\205", 2}, {"EMPTYV;", "\342\210\205", 2},
    {"EMSP13;", "\342\200\204", 2}, {"EMSP14;", "\342\200\205", 2}, {"EMSP;", "\342\200\203", 2},
    {"ENG;", "\305\212", 3}, {"ENSP;", "\342\200\202", 2}, {"EOGON;", "\304\230", 2},
    {"EOPF;", "\360\235\225\226", 2}, {"EPAR;", "\342\213\225", 2}, {"EPARSL;", "\342\247\243", 2},
    {"EPLUS;", "\342\251\261", 2}, {"EPSI;", "\316\225", 2}, {"EPSILON;", "\316\225", 2},
    {"EPSIV;", "\316\225", 2}, {"EQCIRC;", "\342\211\226", 2}, {"EQCOLON;", "\342\211\225", 2},
    {"EQSIM;", "\342\211\202", 2}, {"EQSLANTGTR;", "\342\252\226", 2},
    {"EQSLANTLESS;", "\342\252\225", 2}, {"EQUALS;", "=", 2}, {"EQUEST;", "\342\211\237", 2},
    {"EQUIV;", "\342\211\241", 2}, {"EQVPARSL;", "\342\247\245", 2}, {"ERARR;", "\342\245\261", 2},
    {"ESCR;", "\342\204\257", 2}, {"ESDOT;", "\342\211\220", 2}, {"ESIM;", "\342\211\202", 2},
    {"ETA;", "\316\227", 2}, {"ETH", "\303\220", 1}, {"ETH;", "\303\220", 3},
    {"EUML;", "\303\213", 2}, {"EURO;", "\342\202\254", 2}, {"EXCL;", "!", 2},
    {"EXIST;", "\342\210\203", 2}, {"EXPECTATION;", "\342\204\260", 2},
    {"EXPONENTIALE;", "\342\205\207", 2}, {"Eacute", "\303\211", 1}, {"Eacute;", "\303\211", 3},
    {"Ecaron;", "\304\232", 3}, {"Ecirc", "\303\212", 1}, {"Ecirc;", "\303\212", 3},
    {"Ecy;", "\320\255", 3}, {"Edot;", "\304\226", 3}, {"Efr;", "\360\235\224\210", 3},
    {"Egrave", "\303\210", 1}, {"Egrave;", "\303\210", 3}, {"Element;", "\342\210\210", 3},
    {"Emacr;", "\304\222", 3}, {"EmptySmallSquare;", "\342\227\273", 3},
    {"EmptyVerySmallSquare;", "\342\226\253", 3}, {"Eogon;", "\304\230", 3},
    {"Eopf;", "\360\235\224\274", 3}, {"Epsilon;", "\316\225", 3}, {"Equal;", "\342\251\265", 3},
    {"EqualTilde;", "\342\211\202", 3}, {"Equilibrium;", "\342\207\214", 3},
    {"Escr;", "\342\204\260", 3}, {"Esim;", "\342\251\263", 3}, {"Eta;", "\316\227", 3},
    {"Euml", "\303\213", 1}, {"Euml;", "\303\213", 3}, {"Exists;", "\342\210\203", 3},
    {"ExponentialE;", "\342\205\207", 3}, {"FALLINGDOTSEQ;", "\342\211\222", 2},
    {"FCY;", "\320\244", 2}, {"FEMALE;", "\342\231\200", 2}, {"FFILIG;", "FFI", 2},
    {"FFLIG;", "FF", 2}, {"FFLLIG;", "FFL", 2}, {"FFR;", "\360\235\224\243", 2},
    {"FILIG;", "FI", 2}, {"FJLIG;", "FJ", 2}, {"FLAT;", "\342\231\255", 2}, {"FLLIG;", "FL", 2},
    {"FLTNS;", "\342\226\261", 2}, {"FNOF;", "\306\221", 2}, {"FOPF;", "\360\235\225\227", 2},
    {"FORALL;", "\342\210\200", 2}, {"FORK;", "\342\213\224", 2}, {"FORKV;", "\342\253\231", 2},
    {"FPARTINT;", "\342\250\215", 2}, {"FRAC12;", "\302\275", 2}, {"FRAC13;", "\342\205\223", 2},
    {"FRAC14;", "\302\274", 2}, {"FRAC15;", "\342\205\225", 2}, {"FRAC16;", "\342\205\231", 2},
    {"FRAC18;", "\342\205\233", 2}, {"FRAC23;", "\342\205\224", 2}, {"FRAC25;", "\342\205\226", 2},
    {"FRAC34;", "\302\276", 2}, {"FRAC35;", "\342\205\227", 2}, {"FRAC38;", "\342\205\234", 2},
    {"FRAC45;", "\342\205\230", 2}, {"FRAC56;", "\342\205\232", 2}, {"FRAC58;", "\342\205\235", 2},
    {"FRAC78;", "\342\205\236", 2}, {"FRASL;", "\342\201\204", 2}, {"FROWN;", "\342\214\242", 2},
    {"FSCR;", "\360\235\222\273", 2}, {"Fcy;", "\320\244", 3}, {"Ffr;", "\360\235\224\211", 3},
    {"FilledSmallSquare;", "\342\227\274", 3}, {"FilledVerySmallSquare;", "\342\226\252", 3},
    {"Fopf;", "\360\235\224\275", 3}, {"ForAll;", "\342\210\200", 3},
    {"Fouriertrf;", "\342\204\261", 3}, {"Fscr;", "\342\204\261", 3}, {"GACUTE;", "\307\264", 2},
    {"GAMMA;", "\316\223", 2}, {"GAMMAD;", "\317\234", 2}, {"GAP;", "\342\252\206", 2},
    {"GBREVE;", "\304\236", 2}, {"GCIRC;", "\304\234", 2}, {"GCY;", "\320\223", 2},
    {"GDOT;", "\304\240", 2}, {"GE;", "\342\211\245", 2}, {"GEL;", "\342\213\233", 2},
    {"GEQ;", "\342\211\245", 2}, {"GEQQ;", "\342\211\247", 2}, {"GEQSLANT;", "\342\251\276", 2},
    {"GES;", "\342\251\276", 2}, {"GESCC;", "\342\252\251", 2}, {"GESDOT;", "\342\252\200", 2},
    {"GESDOTO;", "\342\252\202", 2}, {"GESDOTOL;", "\342\252\204", 2},
    {"GESL;", "\342\213\233\357\270\200", 2}, {"GESLES;", "\342\252\224", 2},
    {"GFR;", "\360\235\224\244", 2}, {"GG;", "\342\211\253", 2}, {"GGG;", "\342\213\231", 2},
    {"GIMEL;", "\342\204\267", 2}, {"GJCY;", "\320\203", 2}, {"GJcy;", "\320\203", 3},
    {"GL;", "\342\211\267", 2}, {"GLA;", "\342\252\245", 2}, {"GLJ;", "\342\252\244", 2},
    {"GNAP;", "\342\252\212", 2}, {"GNAPPROX;", "\342\252\212", 2}, {"GNE;", "\342\252\210", 2},
    {"GNEQ;", "\342\252\210", 2}, {"GNEQQ;", "\342\211\251", 2}, {"GNSIM;", "\342\213\247", 2},
    {"GOPF;", "\360\235\225\230", 2}, {"GRAVE;", "`", 2}, {"GSCR;", "\342\204\212", 2},
    {"GSIM;", "\342\211\263", 2}, {"GSIME;", "\342\252\216", 2}, {"GSIML;", "\342\252\220", 2},
    {"GT", ">", 1}, {"GT;", ">", 3}, {"GVERTNEQQ;", "\342\211\251\357\270\200", 2},
    {"Gamma;", "\316\223", 3}, {"Gammad;", "\317\234", 3}, {"Gbreve;", "\304\236", 3},
    {"Gcedil;", "\304\242", 3}, {"Gcirc;", "\304\234", 3}, {"Gcy;", "\320\223", 3},
    {"Gdot;", "\304\240", 3}, {"Gfr;", "\360\235\224\212", 3}, {"Gg;", "\342\213\231", 3},
    {"Gopf;", "\360\235\224\276", 3}, {"GreaterEqual;", "\342\211\245", 3},
    {"GreaterEqualLess;", "\342\213\233", 3}, {"GreaterFullEqual;", "\342\211\247", 3},
    {"GreaterGreater;", "\342\252\242", 3}, {"GreaterLess;", "\342\211\267", 3},
    {"GreaterSlantEqual;", "\342\251\276", 3}, {"GreaterTilde;", "\342\211\263", 3},
    {"Gscr;", "\360\235\222\242", 3}, {"Gt;", "\342\211\253", 3}, {"HAIRSP;", "\342\200\212", 2},
    {"HALF;", "\302\275", 2}, {"HAMILT;", "\342\204\213", 2}, {"HARDCY;", "\320\252", 2},
    {"HARDcy;", "\320\252", 3}, {"HARR;", "\342\206\224", 2}, {"HARRCIR;", "\342\245\210", 2},
    {"HARRW;", "\342\206\255", 2}, {"HBAR;", "\342\204\217", 2}, {"HCIRC;", "\304\244", 2},
    {"HEARTS;", "\342\231\245", 2}, {"HEARTSUIT;", "\342\231\245", 2},
    {"HELLIP;", "\342\200\246", 2}, {"HERCON;", "\342\212\271", 2}, {"HFR;", "\360\235\224\245", 2},
    {"HKSEAROW;", "\342\244\245", 2}, {"HKSWAROW;", "\342\244\246", 2},
    {"HOARR;", "\342\207\277", 2}, {"HOMTHT;", "\342\210\273", 2},
    {"HOOKLEFTARROW;", "\342\206\251", 2}, {"HOOKRIGHTARROW;", "\342\206\252", 2},
    {"HOPF;", "\360\235\225\231", 2}, {"HORBAR;", "\342\200\225", 2},
    {"HSCR;", "\360\235\222\275", 2}, {"HSLASH;", "\342\204\217", 2}, {"HSTROK;", "\304\246", 2},
    {"HYBULL;", "\342\201\203", 2}, {"HYPHEN;", "\342\200\220", 2}, {"Hacek;", "\313\207", 3},
    {"Hat;", "^", 3}, {"Hcirc;", "\304\244", 3}, {"Hfr;", "\342\204\214", 3},
    {"HilbertSpace;", "\342\204\213", 3}, {"Hopf;", "\342\204\215", 3},
    {"HorizontalLine;", "\342\224\200", 3}, {"Hscr;", "\342\204\213", 3},
    {"Hstrok;", "\304\246", 3}, {"HumpDownHump;", "\342\211\216", 3},
    {"HumpEqual;", "\342\211\217", 3}, {"IACUTE;", "\303\215", 2}, {"IC;", "\342\201\243", 2},
    {"ICIRC;", "\303\216", 2}, {"ICY;", "\320\230", 2}, {"IECY;", "\320\225", 2},
    {"IEXCL;", "\302\241", 2}, {"IEcy;", "\320\225", 3}, {"IFF;", "\342\207\224", 2},
    {"IFR;", "\360\235\224\246", 2}, {"IGRAVE;", "\303\214", 2}, {"II;", "\342\205\210", 2},
    {"IIIINT;", "\342\250\214", 2}, {"IIINT;", "\342\210\255", 2}, {"IINFIN;", "\342\247\234", 2},
    {"IIOTA;", "\342\204\251", 2}, {"IJLIG;", "\304\262", 2}, {"IJlig;", "\304\262", 3},
    {"IMACR;", "\304\252", 2}, {"IMAGE;", "\342\204\221", 2}, {"IMAGLINE;", "\342\204\220", 2},
    {"IMAGPART;", "\342\204\221", 2}, {"IMATH;", "I", 2}, {"IMOF;", "\342\212\267", 2},
    {"IMPED;", "\306\265", 2}, {"IN;", "\342\210\210", 2}, {"INCARE;", "\342\204\205", 2},
    {"INFIN;", "\342\210\236", 2}, {"INFINTIE;", "\342\247\235", 2}, {"INODOT;", "I", 2},
    {"INT;", "\342\210\253", 2}, {"INTCAL;", "\342\212\272", 2}, {"INTEGERS;", "\342\204\244", 2},
    {"INTERCAL;", "\342\212\272", 2}, {"INTLARHK;", "\342\250\227", 2},
    {"INTPROD;", "\342\250\274", 2}, {"IOCY;", "\320\201", 2}, {"IOGON;", "\304\256", 2},
    {"IOPF;", "\360\235\225\232", 2}, {"IOTA;", "\316\231", 2}, {"IOcy;", "\320\201", 3},
    {"IPROD;", "\342\250\274", 2}, {"IQUEST;", "\302\277", 2}, {"ISCR;", "\360\235\222\276", 2},
    {"ISIN;", "\342\210\210", 2}, {"ISINDOT;", "\342\213\265", 2}, {"ISINS;", "\342\213\264", 2},
    {"ISINSV;", "\342\213\263", 2}, {"ISINV;", "\342\210\210", 2}, {"IT;", "\342\201\242", 2},
    {"ITILDE;", "\304\250", 2}, {"IUKCY;", "\320\206", 2}, {"IUML;", "\303\217", 2},
    {"Iacute", "\303\215", 1}, {"Iacute;", "\303\215", 3}, {"Icirc", "\303\216", 1},
    {"Icirc;", "\303\216", 3}, {"Icy;", "\320\230", 3}, {"Idot;", "\304\260", 3},
    {"Ifr;", "\342\204\221", 3}, {"Igrave", "\303\214", 1}, {"Igrave;", "\303\214", 3},
    {"Im;", "\342\204\221", 3}, {"Imacr;", "\304\252", 3}, {"ImaginaryI;", "\342\205\210", 3},
    {"Implies;", "\342\207\222", 3}, {"Int;", "\342\210\254", 3}, {"Integral;", "\342\210\253", 3},
    {"Intersection;", "\342\213\202", 3}, {"InvisibleComma;", "\342\201\243", 3},
    {"InvisibleTimes;", "\342\201\242", 3}, {"Iogon;", "\304\256", 3},
    {"Iopf;", "\360\235\225\200", 3}, {"Iota;", "\316\231", 3}, {"Iscr;", "\342\204\220", 3},
    {"Itilde;", "\304\250", 3}, {"Iukcy;", "\320\206", 3}, {"Iuml", "\303\217", 1},
    {"Iuml;", "\303\217", 3}, {"JCIRC;", "\304\264", 2}, {"JCY;", "\320\231", 2},
    {"JFR;", "\360\235\224\247", 2}, {"JMATH;", "\310\267", 2}, {"JOPF;", "\360\235\225\233", 2},
    {"JSCR;", "\360\235\222\277", 2}, {"JSERCY;", "\320\210", 2}, {"JUKCY;", "\320\204", 2},
    {"Jcirc;", "\304\264", 3}, {"Jcy;", "\320\231", 3}, {"Jfr;", "\360\235\224\215", 3},
    {"Jopf;", "\360\235\225\201", 3}, {"Jscr;", "\360\235\222\245", 3}, {"Jsercy;", "\320\210", 3},
    {"Jukcy;", "\320\204", 3}, {"KAPPA;", "\316\232", 2}, {"KAPPAV;", "\316\232", 2},
    {"KCEDIL;", "\304\266", 2}, {"KCY;", "\320\232", 2}, {"KFR;", "\360\235\224\250", 2},
    {"KGREEN;", "\304\270", 2}, {"KHCY;", "\320\245", 2}, {"KHcy;", "\320\245", 3},
    {"KJCY;", "\320\214", 2}, {"KJcy;", "\320\214", 3}, {"KOPF;", "\360\235\225\234", 2},
    {"KSCR;", "\360\235\223\200", 2}, {"Kappa;", "\316\232", 3}, {"Kcedil;", "\304\266", 3},
    {"Kcy;", "\320\232", 3}, {"Kfr;", "\360\235\224\216", 3}, {"Kopf;", "\360\235\225\202", 3},
    {"Kscr;", "\360\235\222\246", 3}, {"LACUTE;", "\304\271", 2}, {"LAEMPTYV;", "\342\246\264", 2},
    {"LAGRAN;", "\342\204\222", 2}, {"LAMBDA;", "\316\233", 2}, {"LANG;", "\342\237\250", 2},
    {"LANGD;", "\342\246\221", 2}, {"LANGLE;", "\342\237\250", 2}, {"LAP;", "\342\252\205", 2},
    {"LAQUO;", "\302\253", 2}, {"LARR;", "\342\206\220", 2}, {"LARRB;", "\342\207\244", 2},
    {"LARRBFS;", "\342\244\237", 2}, {"LARRFS;", "\342\244\235", 2}, {"LARRHK;", "\342\206\251", 2},
    {"LARRLP;", "\342\206\253", 2}, {"LARRPL;", "\342\244\271", 2}, {"LARRSIM;", "\342\245\263", 2},
    {"LARRTL;", "\342\206\242", 2}, {"LAT;", "\342\252\253", 2}, {"LATAIL;", "\342\244\231", 2},
    {"LATE;", "\342\252\255", 2}, {"LATES;", "\342\252\255\357\270\200", 2},
    {"LBARR;", "\342\244\214", 2}, {"LBBRK;", "\342\235\262", 2}, {"LBRACE;", "{", 2},
    {"LBRACK;", "[", 2}, {"LBRKE;", "\342\246\213", 2}, {"LBRKSLD;", "\342\246\217", 2},
    {"LBRKSLU;", "\342\246\215", 2}, {"LCARON;", "\304\275", 2}, {"LCEDIL;", "\304\273", 2},
    {"LCEIL;", "\342\214\210", 2}, {"LCUB;", "{", 2}, {"LCY;", "\320\233", 2},
    {"LDCA;", "\342\244\266", 2}, {"LDQUO;", "\342\200\234", 2}, {"LDQUOR;", "\342\200\236", 2},
    {"LDRDHAR;", "\342\245\247", 2}, {"LDRUSHAR;", "\342\245\213", 2}, {"LDSH;", "\342\206\262", 2},
    {"LE;", "\342\211\244", 2}, {"LEFTARROW;", "\342\206\220", 2},
    {"LEFTARROWTAIL;", "\342\206\242", 2}, {"LEFTHARPOONDOWN;", "\342\206\275", 2},
    {"LEFTHARPOONUP;", "\342\206\274", 2}, {"LEFTLEFTARROWS;", "\342\207\207", 2},
    {"LEFTRIGHTARROW;", "\342\206\224", 2}, {"LEFTRIGHTARROWS;", "\342\207\206", 2},
    {"LEFTRIGHTHARPOONS;", "\342\207\213", 2}, {"LEFTRIGHTSQUIGARROW;", "\342\206\255", 2},
    {"LEFTTHREETIMES;", "\342\213\213", 2}, {"LEG;", "\342\213\232", 2},
    {"LEQ;", "\342\211\244", 2}, {"LEQQ;", "\342\211\246", 2}, {"LEQSLANT;", "\342\251\275", 2},
    {"LES;", "\342\251\275", 2}, {"LESCC;", "\342\252\250", 2}, {"LESDOT;", "\342\251\277", 2},
    {"LESDOTO;", "\342\252\201", 2}, {"LESDOTOR;", "\342\252\203", 2},
    {"LESG;", "\342\213\232\357\270\200", 2}, {"LESGES;", "\342\252\223", 2},
    {"LESSAPPROX;", "\342\252\205", 2}, {"LESSDOT;", "\342\213\226", 2},
    {"LESSEQGTR;", "\342\213\232", 2}, {"LESSEQQGTR;", "\342\252\213", 2},
    {"LESSGTR;", "\342\211\266", 2}, {"LESSSIM;", "\342\211\262", 2},
    {"LFISHT;", "\342\245\274", 2}, {"LFLOOR;", "\342\214\212", 2}, {"LFR;", "\360\235\224\251", 2},
    {"LG;", "\342\211\266", 2}, {"LHARD;", "\342\206\275", 2}, {"LHARU;", "\342\206\274", 2},
    {"LHARUL;", "\342\245\252", 2}, {"LHBLK;", "\342\226\204", 2}, {"LJCY;", "\320\211", 2},
    {"LJcy;", "\320\211", 3}, {"LL;", "\342\211\252", 2}, {"LLARR;", "\342\207\207", 2},
    {"LLCORNER;", "\342\214\236", 2}, {"LLHARD;", "\342\245\253", 2}, {"LLTRI;", "\342\227\272", 2},
    {"LMIDOT;", "\304\277", 2}, {"LMOUST;", "\342\216\260", 2}, {"LMOUSTACHE;", "\342\216\260", 2},
    {"LNAP;", "\342\252\211", 2}, {"LNAPPROX;", "\342\252\211", 2}, {"LNE;", "\342\252\207", 2},
    {"LNEQ;", "\342\252\207", 2}, {"LNEQQ;", "\342\211\250", 2}, {"LNSIM;", "\342\213\246", 2},
    {"LOANG;", "\342\237\254", 2}, {"LOARR;", "\342\207\275", 2}, {"LOBRK;", "\342\237\246", 2},
    {"LONGLEFTARROW;", "\342\237\265", 2}, {"LONGLEFTRIGHTARROW;", "\342\237\267", 2},
    {"LONGMAPSTO;", "\342\237\274", 2}, {"LONGRIGHTARROW;", "\342\237\266", 2},
    {"LOOPARROWLEFT;", "\342\206\253", 2}, {"LOOPARROWRIGHT;", "\342\206\254", 2},
    {"LOPAR;", "\342\246\205", 2}, {"LOPF;", "\360\235\225\235", 2}, {"LOPLUS;", "\342\250\255", 2},
    {"LOTIMES;", "\342\250\264", 2}, {"LOWAST;", "\342\210\227", 2}, {"LOWBAR;", "_", 2},
    {"LOZ;", "\342\227\212", 2}, {"LOZENGE;", "\342\227\212", 2}, {"LOZF;", "\342\247\253", 2},
    {"LPAR;", "(", 2}, {"LPARLT;", "\342\246\223", 2}, {"LRARR;", "\342\207\206", 2},
    {"LRCORNER;", "\342\214\237", 2}, {"LRHAR;", "\342\207\213", 2}, {"LRHARD;", "\342\245\255", 2},
    {"LRM;", "\342\200\216", 2}, {"LRTRI;", "\342\212\277", 2}, {"LSAQUO;", "\342\200\271", 2},
    {"LSCR;", "\360\235\223\201", 2}, {"LSH;", "\342\206\260", 2}, {"LSIM;", "\342\211\262", 2},
    {"LSIME;", "\342\252\215", 2}, {"LSIMG;", "\342\252\217", 2}, {"LSQB;", "[", 2},
    {"LSQUO;", "\342\200\230", 2}, {"LSQUOR;", "\342\200\232", 2}, {"LSTROK;", "\305\201", 2},
    {"LT", "<", 1}, {"LT;", "<", 3}, {"LURDSHAR;", "\342\245\212", 2},
    {"LURUHAR;", "\342\245\246", 2}, {"LVERTNEQQ;", "\342\211\250\357\270\200", 2},
    {"Lacute;", "\304\271", 3}, {"Lambda;", "\316\233", 3}, {"Lang;", "\342\237\252", 3},
    {"Laplacetrf;", "\342\204\222", 3}, {"Larr;", "\342\206\236", 3}, {"Lcaron;", "\304\275", 3},
    {"Lcedil;", "\304\273", 3}, {"Lcy;", "\320\233", 3}, {"LeftAngleBracket;", "\342\237\250", 3},
    {"LeftArrow;", "\342\206\220", 3}, {"LeftArrowBar;", "\342\207\244", 3},
    {"LeftArrowRightArrow;", "\342\207\206", 3}, {"LeftCeiling;", "\342\214\210", 3},
    {"LeftDoubleBracket;", "\342\237\246", 3}, {"LeftDownTeeVector;", "\342\245\241", 3},
    {"LeftDownVector;", "\342\207\203", 3}, {"LeftDownVectorBar;", "\342\245\231", 3},
    {"LeftFloor;", "\342\214\212", 3}, {"LeftRightArrow;", "\342\206\224", 3},
    {"LeftRightVector;", "\342\245\216", 3}, {"LeftTee;", "\342\212\243", 3},
    {"LeftTeeArrow;", "\342\206\244", 3}, {"LeftTeeVector;", "\342\245\232", 3},
    {"LeftTriangle;", "\342\212\262", 3}, {"LeftTriangleBar;", "\342\247\217", 3},
    {"LeftTriangleEqual;", "\342\212\264", 3}, {"LeftUpDownVector;", "\342\245\221", 3},
    {"LeftUpTeeVector;", "\342\245\240", 3}, {"LeftUpVector;", "\342\206\277", 3},
    {"LeftUpVectorBar;", "\342\245\230", 3}, {"LeftVector;", "\342\206\274", 3},
    {"LeftVectorBar;", "\342\245\222", 3}, {"Leftarrow;", "\342\207\220", 3},
    {"Leftrightarrow;", "\342\207\224", 3}, {"LessEqualGreater;", "\342\213\232", 3},
    {"LessFullEqual;", "\342\211\246", 3}, {"LessGreater;", "\342\211\266", 3},
    {"LessLess;", "\342\252\241", 3}, {"LessSlantEqual;", "\342\251\275", 3},
    {"LessTilde;", "\342\211\262", 3}, {"Lfr;", "\360\235\224\217", 3}, {"Ll;", "\342\213\230", 3},
    {"Lleftarrow;", "\342\207\232", 3}, {"Lmidot;", "\304\277", 3},
    {"LongLeftArrow;", "\342\237\265", 3}, {"LongLeftRightArrow;", "\342\237\267", 3},
    {"LongRightArrow;", "\342\237\266", 3}, {"Longleftarrow;", "\342\237\270", 3},
    {"Longleftrightarrow;", "\342\237\272", 3}, {"Longrightarrow;", "\342\237\271", 3},
    {"Lopf;", "\360\235\225\203", 3}, {"LowerLeftArrow;", "\342\206\231", 3},
    {"LowerRightArrow;", "\342\206\230", 3}, {"Lscr;", "\342\204\222", 3},
    {"Lsh;", "\342\206\260", 3}, {"Lstrok;", "\305\201", 3}, {"Lt;", "\342\211\252", 3},
    {"MACR;", "\302\257", 2}, {"MALE;", "\342\231\202", 2}, {"MALT;", "\342\234\240", 2},
    {"MALTESE;", "\342\234\240", 2}, {"MAP;", "\342\206\246", 2}, {"MAPSTO;", "\342\206\246", 2},
    {"MAPSTODOWN;", "\342\206\247", 2}, {"MAPSTOLEFT;", "\342\206\244", 2},
    {"MAPSTOUP;", "\342\206\245", 2}, {"MARKER;", "\342\226\256", 2},
    {"MCOMMA;", "\342\250\251", 2}, {"MCY;", "\320\234", 2}, {"MDASH;", "\342\200\224", 2},
    {"MEASUREDANGLE;", "\342\210\241", 2}, {"MFR;", "\360\235\224\252", 2},
    {"MHO;", "\342\204\247", 2}, {"MICRO;", "\316\234", 2}, {"MID;", "\342\210\243", 2},
    {"MIDAST;", "*", 2}, {"MIDCIR;", "\342\253\260", 2}, {"MIDDOT;", "\302\267", 2},
    {"MINUS;", "\342\210\222", 2}, {"MINUSB;", "\342\212\237", 2}, {"MINUSD;", "\342\210\270", 2},
    {"MINUSDU;", "\342\250\252", 2}, {"MLCP;", "\342\253\233", 2}, {"MLDR;", "\342\200\246", 2},
    {"MNPLUS;", "\342\210\223", 2}, {"MODELS;", "\342\212\247", 2},
    {"MOPF;", "\360\235\225\236", 2}, {"MP;", "\342\210\223", 2}, {"MSCR;", "\360\235\223\202", 2},
    {"MSTPOS;", "\342\210\276", 2}, {"MU;", "\316\234", 2}, {"MULTIMAP;", "\342\212\270", 2},
    {"MUMAP;", "\342\212\270", 2}, {"Map;", "\342\244\205", 3}, {"Mcy;", "\320\234", 3},
    {"MediumSpace;", "\342\201\237", 3}, {"Mellintrf;", "\342\204\263", 3},
    {"Mfr;", "\360\235\224\220", 3}, {"MinusPlus;", "\342\210\223", 3},
    {"Mopf;", "\360\235\225\204", 3}, {"Mscr;", "\342\204\263", 3}, {"Mu;", "\316\234", 3},
    {"NABLA;", "\342\210\207", 2}, {"NACUTE;", "\305\203", 2},
    {"NANG;", "\342\210\240\342\203\222", 2}, {"NAP;", "\342\211\211", 2},
    {"NAPID;", "\342\211\213\314\270", 2}, {"NAPOS;", "\312\274N", 2},
    {"NAPPROX;", "\342\211\211", 2}, {"NATUR;", "\342\231\256", 2}, {"NATURAL;", "\342\231\256", 2},
    {"NATURALS;", "\342\204\225", 2}, {"NBSP;", "\302\240", 2},
    {"NBUMP;", "\342\211\216\314\270", 2}, {"NBUMPE;", "\342\211\217\314\270", 2},
    {"NCAP;", "\342\251\203", 2}, {"NCARON;", "\305\207", 2}, {"NCEDIL;", "\305\205", 2},
    {"NCONG;", "\342\211\207", 2}, {"NCONGDOT;", "\342\251\255\314\270", 2},
    {"NCUP;", "\342\251\202", 2}, {"NCY;", "\320\235", 2}, {"NDASH;", "\342\200\223", 2},
    {"NE;", "\342\211\240", 2}, {"NEARHK;", "\342\244\244", 2}, {"NEARR;", "\342\206\227", 2},
    {"NEARROW;", "\342\206\227", 2}, {"NEDOT;", "\342\211\220\314\270", 2},
    {"NEQUIV;", "\342\211\242", 2}, {"NESEAR;", "\342\244\250", 2},
    {"NESIM;", "\342\211\202\314\270", 2}, {"NEXIST;", "\342\210\204", 2},
    {"NEXISTS;", "\342\210\204", 2}, {"NFR;", "\360\235\224\253", 2}, {"NGE;", "\342\211\261", 2},
    {"NGEQ;", "\342\211\261", 2}, {"NGEQQ;", "\342\211\247\314\270", 2},
    {"NGEQSLANT;", "\342\251\276\314\270", 2}, {"NGES;", "\342\251\276\314\270", 2},
    {"NGSIM;", "\342\211\265", 2}, {"NGT;", "\342\211\257", 2}, {"NGTR;", "\342\211\257", 2},
    {"NHARR;", "\342\206\256", 2}, {"NHPAR;", "\342\253\262", 2}, {"NI;", "\342\210\213", 2},
    {"NIS;", "\342\213\274", 2}, {"NISD;", "\342\213\272", 2}, {"NIV;", "\342\210\213", 2},
    {"NJCY;", "\320\212", 2}, {"NJcy;", "\320\212", 3}, {"NLARR;", "\342\206\232", 2},
    {"NLDR;", "\342\200\245", 2}, {"NLE;", "\342\211\260", 2}, {"NLEFTARROW;", "\342\206\232", 2},
    {"NLEFTRIGHTARROW;", "\342\206\256", 2}, {"NLEQ;", "\342\211\260", 2},
    {"NLEQQ;", "\342\211\246\314\270", 2}, {"NLEQSLANT;", "\342\251\275\314\270", 2},
    {"NLES;", "\342\251\275\314\270", 2}, {"NLESS;", "\342\211\256", 2},
    {"NLSIM;", "\342\211\264", 2}, {"NLT;", "\342\211\256", 2}, {"NLTRI;", "\342\213\252", 2},
    {"NLTRIE;", "\342\213\254", 2}, {"NMID;", "\342\210\244", 2}, {"NOPF;", "\360\235\225\237", 2},
    {"NOT;", "\302\254", 2}, {"NOTIN;", "\342\210\211", 2},
    {"NOTINDOT;", "\342\213\265\314\270", 2}, {"NOTINVA;", "\342\210\211", 2},
    {"NOTINVB;", "\342\213\267", 2}, {"NOTINVC;", "\342\213\266", 2}, {"NOTNI;", "\342\210\214", 2},
    {"NOTNIVA;", "\342\210\214", 2}, {"NOTNIVB;", "\342\213\276", 2},
    {"NOTNIVC;", "\342\213\275", 2}, {"NPAR;", "\342\210\246", 2},
    {"NPARALLEL;", "\342\210\246", 2}, {"NPARSL;", "\342\253\275\342\203\245", 2},
    {"NPART;", "\342\210\202\314\270", 2}, {"NPOLINT;", "\342\250\224", 2},
    {"NPR;", "\342\212\200", 2}, {"NPRCUE;", "\342\213\240", 2},
    {"NPRE;", "\342\252\257\314\270", 2}, {"NPREC;", "\342\212\200", 2},
    {"NPRECEQ;", "\342\252\257\314\270", 2}, {"NRARR;", "\342\206\233", 2},
    {"NRARRC;", "\342\244\263\314\270", 2}, {"NRARRW;", "\342\206\235\314\270", 2},
    {"NRIGHTARROW;", "\342\206\233", 2}, {"NRTRI;", "\342\213\253", 2},
    {"NRTRIE;", "\342\213\255", 2}, {"NSC;", "\342\212\201", 2}, {"NSCCUE;", "\342\213\241", 2},
    {"NSCE;", "\342\252\260\314\270", 2}, {"NSCR;", "\360\235\223\203", 2},
    {"NSHORTMID;", "\342\210\244", 2}, {"NSHORTPARALLEL;", "\342\210\246", 2},
    {"NSIM;", "\342\211\201", 2}, {"NSIME;", "\342\211\204", 2}, {"NSIMEQ;", "\342\211\204", 2},
    {"NSMID;", "\342\210\244", 2}, {"NSPAR;", "\342\210\246", 2}, {"NSQSUBE;", "\342\213\242", 2},
    {"NSQSUPE;", "\342\213\243", 2}, {"NSUB;", "\342\212\204", 2}, {"NSUBE;", "\342\212\210", 2},
    {"NSUBSET;", "\342\212\202\342\203\222", 2}, {"NSUBSETEQ;", "\342\212\210", 2},
    {"NSUBSETEQQ;", "\342\253\205\314\270", 2}, {"NSUCC;", "\342\212\201", 2},
    {"NSUCCEQ;", "\342\252\260\314\270", 2}, {"NSUP;", "\342\212\205", 2},
    {"NSUPE;", "\342\212\211", 2}, {"NSUPSET;", "\342\212\203\342\203\222", 2},
    {"NSUPSETEQ;", "\342\212\211", 2}, {"NSUPSETEQQ;", "\342\253\206\314\270", 2},
    {"NTGL;", "\342\211\271", 2}, {"NTILDE;", "\303\221", 2}, {"NTLG;", "\342\211\270", 2},
    {"NTRIANGLELEFT;", "\342\213\252", 2}, {"NTRIANGLELEFTEQ;", "\342\213\254", 2},
    {"NTRIANGLERIGHT;", "\342\213\253", 2}, {"NTRIANGLERIGHTEQ;", "\342\213\255", 2},
    {"NU;", "\316\235", 2}, {"NUM;", "#", 2}, {"NUMERO;", "\342\204\226", 2},
    {"NUMSP;", "\342\200\207", 2}, {"NVAP;", "\342\211\215\342\203\222", 2},
    {"NVDASH;", "\342\212\254", 2}, {"NVGE;", "\342\211\245\342\203\222", 2},
    {"NVGT;", ">\342\203\222", 2}, {"NVINFIN;", "\342\247\236", 2},
    {"NVLE;", "\342\211\244\342\203\222", 2}, {"NVLT;", "<\342\203\222", 2},
    {"NVLTRIE;", "\342\212\264\342\203\222", 2}, {"NVRTRIE;", "\342\212\265\342\203\222", 2},
    {"NVSIM;", "\342\210\274\342\203\222", 2}, {"NWARHK;", "\342\244\243", 2},
    {"NWARR;", "\342\206\226", 2}, {"NWARROW;", "\342\206\226", 2}, {"NWNEAR;", "\342\244\247", 2},
    {"Nacute;", "\305\203", 3}, {"Ncaron;", "\305\207", 3}, {"Ncedil;", "\305\205", 3},
    {"Ncy;", "\320\235", 3}, {"NegativeMediumSpace;", "\342\200\213", 3},
    {"NegativeThickSpace;", "\342\200\213", 3}, {"NegativeThinSpace;", "\342\200\213", 3},
    {"NegativeVeryThinSpace;", "\342\200\213", 3}, {"NestedGreaterGreater;", "\342\211\253", 3},
    {"NestedLessLess;", "\342\211\252", 3}, {"NewLine;", "\012", 3},
    {"Nfr;", "\360\235\224\221", 3}, {"NoBreak;", "\342\201\240", 3},
    {"NonBreakingSpace;", "\302\240", 3}, {"Nopf;", "\342\204\225", 3}, {"Not;", "\342\253\254", 3},
    {"NotCongruent;", "\342\211\242", 3}, {"NotCupCap;", "\342\211\255", 3},
    {"NotDoubleVerticalBar;", "\342\210\246", 3}, {"NotElement;", "\342\210\211", 3},
    {"NotEqual;", "\342\211\240", 3}, {"NotEqualTilde;", "\342\211\202\314\270", 3},
    {"NotExists;", "\342\210\204", 3}, {"NotGreater;", "\342\211\257", 3},
    {"NotGreaterEqual;", "\342\211\261", 3}, {"NotGreaterFullEqual;", "\342\211\247\314\270", 3},
    {"NotGreaterGreater;", "\342\211\253\314\270", 3}, {"NotGreaterLess;", "\342\211\271", 3},
    {"NotGreaterSlantEqual;", "\342\251\276\314\270", 3}, {"NotGreaterTilde;", "\342\211\265", 3},
    {"NotHumpDownHump;", "\342\211\216\314\270", 3}, {"NotHumpEqual;", "\342\211\217\314\270", 3},
    {"NotLeftTriangle;", "\342\213\252", 3}, {"NotLeftTriangleBar;", "\342\247\217\314\270", 3},
    {"NotLeftTriangleEqual;", "\342\213\254", 3}, {"NotLess;", "\342\211\256", 3},
    {"NotLessEqual;", "\342\211\260", 3}, {"NotLessGreater;", "\342\211\270", 3},
    {"NotLessLess;", "\342\211\252\314\270", 3}, {"NotLessSlantEqual;", "\342\251\275\314\270", 3},
    {"NotLessTilde;", "\342\211\264", 3}, {"NotNestedGreaterGreater;", "\342\252\242\314\270", 3},
    {"NotNestedLessLess;", "\342\252\241\314\270", 3}, {"NotPrecedes;", "\342\212\200", 3},
    {"NotPrecedesEqual;", "\342\252\257\314\270", 3}, {"NotPrecedesSlantEqual;", "\342\213\240", 3},
    {"NotReverseElement;", "\342\210\214", 3}, {"NotRightTriangle;", "\342\213\253", 3},
    {"NotRightTriangleBar;", "\342\247\220\314\270", 3},
    {"NotRightTriangleEqual;", "\342\213\255", 3}, {"NotSquareSubset;", "\342\212\217\314\270", 3},
    {"NotSquareSubsetEqual;", "\342\213\242", 3}, {"NotSquareSuperset;", "\342\212\220\314\270", 3},
    {"NotSquareSupersetEqual;", "\342\213\243", 3}, {"NotSubset;", "\342\212\202\342\203\222", 3},
    {"NotSubsetEqual;", "\342\212\210", 3}, {"NotSucceeds;", "\342\212\201", 3},
    {"NotSucceedsEqual;", "\342\252\260\314\270", 3}, {"NotSucceedsSlantEqual;", "\342\213\241", 3},
    {"NotSucceedsTilde;", "\342\211\277\314\270", 3},
    {"NotSuperset;", "\342\212\203\342\203\222", 3}, {"NotSupersetEqual;", "\342\212\211", 3},
    {"NotTilde;", "\342\211\201", 3}, {"NotTildeEqual;", "\342\211\204", 3},
    {"NotTildeFullEqual;", "\342\211\207", 3}, {"NotTildeTilde;", "\342\211\211", 3},
    {"NotVerticalBar;", "\342\210\244", 3}, {"Nscr;", "\360\235\222\251", 3},
    {"Ntilde", "\303\221", 1}, {"Ntilde;", "\303\221", 3}, {"Nu;", "\316\235", 3},
    {"OACUTE;", "\303\223", 2}, {"OAST;", "\342\212\233", 2}, {"OCIR;", "\342\212\232", 2},
    {"OCIRC;", "\303\224", 2}, {"OCY;", "\320\236", 2}, {"ODASH;", "\342\212\235", 2},
    {"ODBLAC;", "\305\220", 2}, {"ODIV;", "\342\250\270", 2}, {"ODOT;", "\342\212\231", 2},
    {"ODSOLD;", "\342\246\274", 2}, {"OELIG;", "\305\222", 2}, {"OElig;", "\305\222", 3},
    {"OFCIR;", "\342\246\277", 2}, {"OFR;", "\360\235\224\254", 2}, {"OGON;", "\313\233", 2},
    {"OGRAVE;", "\303\222", 2}, {"OGT;", "\342\247\201", 2}, {"OHBAR;", "\342\246\265", 2},
    {"OHM;", "\316\251", 2}, {"OINT;", "\342\210\256", 2}, {"OLARR;", "\342\206\272", 2},
    {"OLCIR;", "\342\246\276", 2}, {"OLCROSS;", "\342\246\273", 2}, {"OLINE;", "\342\200\276", 2},
    {"OLT;", "\342\247\200", 2}, {"OMACR;", "\305\214", 2}, {"OMEGA;", "\316\251", 2},
    {"OMICRON;", "\316\237", 2}, {"OMID;", "\342\246\266", 2}, {"OMINUS;", "\342\212\226", 2},
    {"OOPF;", "\360\235\225\240", 2}, {"OPAR;", "\342\246\267", 2}, {"OPERP;", "\342\246\271", 2},
    {"OPLUS;", "\342\212\225", 2}, {"OR;", "\342\210\250", 2}, {"ORARR;", "\342\206\273", 2},
    {"ORD;", "\342\251\235", 2}, {"ORDER;", "\342\204\264", 2}, {"ORDEROF;", "\342\204\264", 2},
    {"ORDF;", "\302\252", 2}, {"ORDM;", "\302\272", 2}, {"ORIGOF;", "\342\212\266", 2},
    {"OROR;", "\342\251\226", 2}, {"ORSLOPE;", "\342\251\227", 2}, {"ORV;", "\342\251\233", 2},
    {"OSCR;", "\342\204\264", 2}, {"OSLASH;", "\303\230", 2}, {"OSOL;", "\342\212\230", 2},
    {"OTILDE;", "\303\225", 2}, {"OTIMES;", "\342\212\227", 2}, {"OTIMESAS;", "\342\250\266", 2},
    {"OUML;", "\303\226", 2}, {"OVBAR;", "\342\214\275", 2}, {"Oacute", "\303\223", 1},
    {"Oacute;", "\303\223", 3}, {"Ocirc", "\303\224", 1}, {"Ocirc;", "\303\224", 3},
    {"Ocy;", "\320\236", 3}, {"Odblac;", "\305\220", 3}, {"Ofr;", "\360\235\224\222", 3},
    {"Ograve", "\303\222", 1}, {"Ograve;", "\303\222", 3}, {"Omacr;", "\305\214", 3},
    {"Omega;", "\316\251", 3}, {"Omicron;", "\316\237", 3}, {"Oopf;", "\360\235\225\206", 3},
    {"OpenCurlyDoubleQuote;", "\342\200\234", 3}, {"OpenCurlyQuote;", "\342\200\230", 3},
    {"Or;", "\342\251\224", 3}, {"Oscr;", "\360\235\222\252", 3}, {"Oslash", "\303\230", 1},
    {"Oslash;", "\303\230", 3}, {"Otilde", "\303\225", 1}, {"Otilde;", "\303\225", 3},
    {"Otimes;", "\342\250\267", 3}, {"Ouml", "\303\226", 1}, {"Ouml;", "\303\226", 3},
    {"OverBar;", "\342\200\276", 3}, {"OverBrace;", "\342\217\236", 3},
    {"OverBracket;", "\342\216\264", 3}, {"OverParenthesis;", "\342\217\234", 3},
    {"PAR;", "\342\210\245", 2}, {"PARA;", "\302\266", 2}, {"PARALLEL;", "\342\210\245", 2},
    {"PARSIM;", "\342\253\263", 2}, {"PARSL;", "\342\253\275", 2}, {"PART;", "\342\210\202", 2},
    {"PCY;", "\320\237", 2}, {"PERCNT;", "%", 2}, {"PERIOD;", ".", 2},
    {"PERMIL;", "\342\200\260", 2}, {"PERP;", "\342\212\245", 2}, {"PERTENK;", "\342\200\261", 2},
    {"PFR;", "\360\235\224\255", 2}, {"PHI;", "\316\246", 2}, {"PHIV;", "\316\246", 2},
    {"PHMMAT;", "\342\204\263", 2}, {"PHONE;", "\342\230\216", 2}, {"PI;", "\316\240", 2},
    {"PITCHFORK;", "\342\213\224", 2}, {"PIV;", "\316\240", 2}, {"PLANCK;", "\342\204\217", 2},
    {"PLANCKH;", "\342\204\216", 2}, {"PLANKV;", "\342\204\217", 2}, {"PLUS;", "+", 2},
    {"PLUSACIR;", "\342\250\243", 2}, {"PLUSB;", "\342\212\236", 2},
    {"PLUSCIR;", "\342\250\242", 2}, {"PLUSDO;", "\342\210\224", 2}, {"PLUSDU;", "\342\250\245", 2},
    {"PLUSE;", "\342\251\262", 2}, {"PLUSMN;", "\302\261", 2}, {"PLUSSIM;", "\342\250\246", 2},
    {"PLUSTWO;", "\342\250\247", 2}, {"PM;", "\302\261", 2}, {"POINTINT;", "\342\250\225", 2},
    {"POPF;", "\360\235\225\241", 2}, {"POUND;", "\302\243", 2}, {"PR;", "\342\211\272", 2},
    {"PRAP;", "\342\252\267", 2}, {"PRCUE;", "\342\211\274", 2}, {"PRE;", "\342\252\257", 2},
    {"PREC;", "\342\211\272", 2}, {"PRECAPPROX;", "\342\252\267", 2},
    {"PRECCURLYEQ;", "\342\211\274", 2}, {"PRECEQ;", "\342\252\257", 2},
    {"PRECNAPPROX;", "\342\252\271", 2}, {"PRECNEQQ;", "\342\252\265", 2},
    {"PRECNSIM;", "\342\213\250", 2}, {"PRECSIM;", "\342\211\276", 2},
    {"PRIME;", "\342\200\262", 2}, {"PRIMES;", "\342\204\231", 2}, {"PRNAP;", "\342\252\271", 2},
    {"PRNSIM;", "\342\213\250", 2}, {"PROD;", "\342\210\217", 2}, {"PROFALAR;", "\342\214\256", 2},
    {"PROFLINE;", "\342\214\222", 2}, {"PROFSURF;", "\342\214\223", 2},
    {"PROP;", "\342\210\235", 2}, {"PROPTO;", "\342\210\235", 2}, {"PRSIM;", "\342\211\276", 2},
    {"PRUREL;", "\342\212\260", 2}, {"PSCR;", "\360\235\223\205", 2}, {"PSI;", "\316\250", 2},
    {"PUNCSP;", "\342\200\210", 2}, {"PartialD;", "\342\210\202", 3}, {"Pcy;", "\320\237", 3},
    {"Pfr;", "\360\235\224\223", 3}, {"Phi;", "\316\246", 3}, {"Pi;", "\316\240", 3},
    {"PlusMinus;", "\302\261", 3}, {"Poincareplane;", "\342\204\214", 3},
    {"Popf;", "\342\204\231", 3}, {"Pr;", "\342\252\273", 3}, {"Precedes;", "\342\211\272", 3},
    {"PrecedesEqual;", "\342\252\257", 3}, {"PrecedesSlantEqual;", "\342\211\274", 3},
    {"PrecedesTilde;", "\342\211\276", 3}, {"Prime;", "\342\200\263", 3},
    {"Product;", "\342\210\217", 3}, {"Proportion;", "\342\210\267", 3},
    {"Proportional;", "\342\210\235", 3}, {"Pscr;", "\360\235\222\253", 3}, {"Psi;", "\316\250", 3},
    {"QFR;", "\360\235\224\256", 2}, {"QINT;", "\342\250\214", 2}, {"QOPF;", "\360\235\225\242", 2},
    {"QPRIME;", "\342\201\227", 2}, {"QSCR;", "\360\235\223\206", 2},
    {"QUATERNIONS;", "\342\204\215", 2}, {"QUATINT;", "\342\250\226", 2}, {"QUEST;", "\077", 2},
    {"QUESTEQ;", "\342\211\237", 2}, {"QUOT", "\042", 1}, {"QUOT;", "\042", 3},
    {"Qfr;", "\360\235\224\224", 3}, {"Qopf;", "\342\204\232", 3}, {"Qscr;", "\360\235\222\254", 3},
    {"RACE;", "\342\210\275\314\261", 2}, {"RACUTE;", "\305\224", 2}, {"RADIC;", "\342\210\232", 2},
    {"RAEMPTYV;", "\342\246\263", 2}, {"RANG;", "\342\237\251", 2}, {"RANGD;", "\342\246\222", 2},
    {"RANGE;", "\342\246\245", 2}, {"RANGLE;", "\342\237\251", 2}, {"RAQUO;", "\302\273", 2},
    {"RARR;", "\342\206\222", 2}, {"RARRAP;", "\342\245\265", 2}, {"RARRB;", "\342\207\245", 2},
    {"RARRBFS;", "\342\244\240", 2}, {"RARRC;", "\342\244\263", 2}, {"RARRFS;", "\342\244\236", 2},
    {"RARRHK;", "\342\206\252", 2}, {"RARRLP;", "\342\206\254", 2}, {"RARRPL;", "\342\245\205", 2},
    {"RARRSIM;", "\342\245\264", 2}, {"RARRTL;", "\342\206\243", 2}, {"RARRW;", "\342\206\235", 2},
    {"RATAIL;", "\342\244\232", 2}, {"RATIO;", "\342\210\266", 2},
    {"RATIONALS;", "\342\204\232", 2}, {"RBARR;", "\342\244\215", 2}, {"RBBRK;", "\342\235\263", 2},
    {"RBRACE;", "}", 2}, {"RBRACK;", "]", 2}, {"RBRKE;", "\342\246\214", 2},
    {"RBRKSLD;", "\342\246\216", 2}, {"RBRKSLU;", "\342\246\220", 2}, {"RBarr;", "\342\244\220", 3},
    {"RCARON;", "\305\230", 2}, {"RCEDIL;", "\305\226", 2}, {"RCEIL;", "\342\214\211", 2},
    {"RCUB;", "}", 2}, {"RCY;", "\320\240", 2}, {"RDCA;", "\342\244\267", 2},
    {"RDLDHAR;", "\342\245\251", 2}, {"RDQUO;", "\342\200\235", 2}, {"RDQUOR;", "\342\200\235", 2},
    {"RDSH;", "\342\206\263", 2}, {"REAL;", "\342\204\234", 2}, {"REALINE;", "\342\204\233", 2},
    {"REALPART;", "\342\204\234", 2}, {"REALS;", "\342\204\235", 2}, {"RECT;", "\342\226\255", 2},
    {"REG", "\302\256", 1}, {"REG;", "\302\256", 3}, {"RFISHT;", "\342\245\275", 2},
    {"RFLOOR;", "\342\214\213", 2}, {"RFR;", "\360\235\224\257", 2}, {"RHARD;", "\342\207\201", 2},
    {"RHARU;", "\342\207\200", 2}, {"RHARUL;", "\342\245\254", 2}, {"RHO;", "\316\241", 2},
    {"RHOV;", "\316\241", 2}, {"RIGHTARROW;", "\342\206\222", 2},
    {"RIGHTARROWTAIL;", "\342\206\243", 2}, {"RIGHTHARPOONDOWN;", "\342\207\201", 2},
    {"RIGHTHARPOONUP;", "\342\207\200", 2}, {"RIGHTLEFTARROWS;", "\342\207\204", 2},
    {"RIGHTLEFTHARPOONS;", "\342\207\214", 2}, {"RIGHTRIGHTARROWS;", "\342\207\211", 2},
    {"RIGHTSQUIGARROW;", "\342\206\235", 2}, {"RIGHTTHREETIMES;", "\342\213\214", 2},
    {"RING;", "\313\232", 2}, {"RISINGDOTSEQ;", "\342\211\223", 2}, {"RLARR;", "\342\207\204", 2},
    {"RLHAR;", "\342\207\214", 2}, {"RLM;", "\342\200\217", 2}, {"RMOUST;", "\342\216\261", 2},
    {"RMOUSTACHE;", "\342\216\261", 2}, {"RNMID;", "\342\253\256", 2},
    {"ROANG;", "\342\237\255", 2}, {"ROARR;", "\342\207\276", 2}, {"ROBRK;", "\342\237\247", 2},
    {"ROPAR;", "\342\246\206", 2}, {"ROPF;", "\360\235\225\243", 2}, {"ROPLUS;", "\342\250\256", 2},
    {"ROTIMES;", "\342\250\265", 2}, {"RPAR;", ")", 2}, {"RPARGT;", "\342\246\224", 2},
    {"RPPOLINT;", "\342\250\222", 2}, {"RRARR;", "\342\207\211", 2}, {"RSAQUO;", "\342\200\272", 2},
    {"RSCR;", "\360\235\223\207", 2}, {"RSH;", "\342\206\261", 2}, {"RSQB;", "]", 2},
    {"RSQUO;", "\342\200\231", 2}, {"RSQUOR;", "\342\200\231", 2}, {"RTHREE;", "\342\213\214", 2},
    {"RTIMES;", "\342\213\212", 2}, {"RTRI;", "\342\226\271", 2}, {"RTRIE;", "\342\212\265", 2},
    {"RTRIF;", "\342\226\270", 2}, {"RTRILTRI;", "\342\247\216", 2},
    {"RULUHAR;", "\342\245\250", 2}, {"RX;", "\342\204\236", 2}, {"Racute;", "\305\224", 3},
    {"Rang;", "\342\237\253", 3}, {"Rarr;", "\342\206\240", 3}, {"Rarrtl;", "\342\244\226", 3},
    {"Rcaron;", "\305\230", 3}, {"Rcedil;", "\305\226", 3}, {"Rcy;", "\320\240", 3},
    {"Re;", "\342\204\234", 3}, {"ReverseElement;", "\342\210\213", 3},
    {"ReverseEquilibrium;", "\342\207\213", 3}, {"ReverseUpEquilibrium;", "\342\245\257", 3},
    {"Rfr;", "\342\204\234", 3}, {"Rho;", "\316\241", 3}, {"RightAngleBracket;", "\342\237\251", 3},
    {"RightArrow;", "\342\206\222", 3}, {"RightArrowBar;", "\342\207\245", 3},
    {"RightArrowLeftArrow;", "\342\207\204", 3}, {"RightCeiling;", "\342\214\211", 3},
    {"RightDoubleBracket;", "\342\237\247", 3}, {"RightDownTeeVector;", "\342\245\235", 3},
    {"RightDownVector;", "\342\207\202", 3}, {"RightDownVectorBar;", "\342\245\225", 3},
    {"RightFloor;", "\342\214\213", 3}, {"RightTee;", "\342\212\242", 3},
    {"RightTeeArrow;", "\342\206\246", 3}, {"RightTeeVector;", "\342\245\233", 3},
    {"RightTriangle;", "\342\212\263", 3}, {"RightTriangleBar;", "\342\247\220", 3},
    {"RightTriangleEqual;", "\342\212\265", 3}, {"RightUpDownVector;", "\342\245\217", 3},
    {"RightUpTeeVector;", "\342\245\234", 3}, {"RightUpVector;", "\342\206\276", 3},
    {"RightUpVectorBar;", "\342\245\224", 3}, {"RightVector;", "\342\207\200", 3},
    {"RightVectorBar;", "\342\245\223", 3}, {"Rightarrow;", "\342\207\222", 3},
    {"Ropf;", "\342\204\235", 3}, {"RoundImplies;", "\342\245\260", 3},
    {"Rrightarrow;", "\342\207\233", 3}, {"Rscr;", "\342\204\233", 3}, {"Rsh;", "\342\206\261", 3},
    {"RuleDelayed;", "\342\247\264", 3}, {"SACUTE;", "\305\232", 2}, {"SBQUO;", "\342\200\232", 2},
    {"SC;", "\342\211\273", 2}, {"SCAP;", "\342\252\270", 2}, {"SCARON;", "\305\240", 2},
    {"SCCUE;", "\342\211\275", 2}, {"SCE;", "\342\252\260", 2}, {"SCEDIL;", "\305\236", 2},
    {"SCIRC;", "\305\234", 2}, {"SCNAP;", "\342\252\272", 2}, {"SCNSIM;", "\342\213\251", 2},
    {"SCPOLINT;", "\342\250\223", 2}, {"SCSIM;", "\342\211\277", 2}, {"SCY;", "\320\241", 2},
    {"SDOT;", "\342\213\205", 2}, {"SDOTB;", "\342\212\241", 2}, {"SDOTE;", "\342\251\246", 2},
    {"SEARHK;", "\342\244\245", 2}, {"SEARR;", "\342\206\230", 2}, {"SEARROW;", "\342\206\230", 2},
    {"SECT;", "\302\247", 2}, {"SEMI;", ";", 2}, {"SESWAR;", "\342\244\251", 2},
    {"SETMINUS;", "\342\210\226", 2}, {"SETMN;", "\342\210\226", 2}, {"SEXT;", "\342\234\266", 2},
    {"SFR;", "\360\235\224\260", 2}, {"SFROWN;", "\342\214\242", 2}, {"SHARP;", "\342\231\257", 2},
    {"SHCHCY;", "\320\251", 2}, {"SHCHcy;", "\320\251", 3}, {"SHCY;", "\320\250", 2},
    {"SHORTMID;", "\342\210\243", 2}, {"SHORTPARALLEL;", "\342\210\245", 2},
    {"SHY;", "\302\255", 2}, {"SHcy;", "\320\250", 3}, {"SIGMA;", "\316\243", 2},
    {"SIGMAF;", "\316\243", 2}, {"SIGMAV;", "\316\243", 2}, {"SIM;", "\342\210\274", 2},
    {"SIMDOT;", "\342\251\252", 2}, {"SIME;", "\342\211\203", 2}, {"SIMEQ;", "\342\211\203", 2},
    {"SIMG;", "\342\252\236", 2}, {"SIML;", "\342\252\235", 2}, {"SIMNE;", "\342\211\206", 2},
    {"SIMPLUS;", "\342\250\244", 2}, {"SIMRARR;", "\342\245\262", 2}, {"SLARR;", "\342\206\220", 2},
    {"SMALLSETMINUS;", "\342\210\226", 2}, {"SMASHP;", "\342\250\263", 2},
    {"SMEPARSL;", "\342\247\244", 2}, {"SMID;", "\342\210\243", 2}, {"SMILE;", "\342\214\243", 2},
    {"SMT;", "\342\252\252", 2}, {"SMTE;", "\342\252\254", 2},
    {"SMTES;", "\342\252\254\357\270\200", 2}, {"SOFTCY;", "\320\254", 2},
    {"SOFTcy;", "\320\254", 3}, {"SOL;", "/", 2}, {"SOLB;", "\342\247\204", 2},
    {"SOLBAR;", "\342\214\277", 2}, {"SOPF;", "\360\235\225\244", 2},
    {"SPADES;", "\342\231\240", 2}, {"SPADESUIT;", "\342\231\240", 2}, {"SPAR;", "\342\210\245", 2},
    {"SQCAP;", "\342\212\223", 2}, {"SQCAPS;", "\342\212\223\357\270\200", 2},
    {"SQCUP;", "\342\212\224", 2}, {"SQCUPS;", "\342\212\224\357\270\200", 2},
    {"SQSUB;", "\342\212\217", 2}, {"SQSUBE;", "\342\212\221", 2}, {"SQSUBSET;", "\342\212\217", 2},
    {"SQSUBSETEQ;", "\342\212\221", 2}, {"SQSUP;", "\342\212\220", 2},
    {"SQSUPE;", "\342\212\222", 2}, {"SQSUPSET;", "\342\212\220", 2},
    {"SQSUPSETEQ;", "\342\212\222", 2}, {"SQU;", "\342\226\241", 2}, {"SQUARE;", "\342\226\241", 2},
    {"SQUARF;", "\342\226\252", 2}, {"SQUF;", "\342\226\252", 2}, {"SRARR;", "\342\206\222", 2},
    {"SSCR;", "\360\235\223\210", 2}, {"SSETMN;", "\342\210\226", 2},
    {"SSMILE;", "\342\214\243", 2}, {"SSTARF;", "\342\213\206", 2}, {"STAR;", "\342\230\206", 2},
    {"STARF;", "\342\230\205", 2}, {"STRAIGHTEPSILON;", "\316\225", 2},
    {"STRAIGHTPHI;", "\316\246", 2}, {"STRNS;", "\302\257", 2}, {"SUB;", "\342\212\202", 2},
    {"SUBDOT;", "\342\252\275", 2}, {"SUBE;", "\342\212\206", 2}, {"SUBEDOT;", "\342\253\203", 2},
    {"SUBMULT;", "\342\253\201", 2}, {"SUBNE;", "\342\212\212", 2}, {"SUBPLUS;", "\342\252\277", 2},
    {"SUBRARR;", "\342\245\271", 2}, {"SUBSET;", "\342\212\202", 2},
    {"SUBSETEQ;", "\342\212\206", 2}, {"SUBSETEQQ;", "\342\253\205", 2},
    {"SUBSETNEQ;", "\342\212\212", 2}, {"SUBSETNEQQ;", "\342\253\213", 2},
    {"SUBSIM;", "\342\253\207", 2}, {"SUBSUB;", "\342\253\225", 2}, {"SUBSUP;", "\342\253\223", 2},
    {"SUCC;", "\342\211\273", 2}, {"SUCCAPPROX;", "\342\252\270", 2},
    {"SUCCCURLYEQ;", "\342\211\275", 2}, {"SUCCEQ;", "\342\252\260", 2},
    {"SUCCNAPPROX;", "\342\252\272", 2}, {"SUCCNEQQ;", "\342\252\266", 2},
    {"SUCCNSIM;", "\342\213\251", 2}, {"SUCCSIM;", "\342\211\277", 2}, {"SUM;", "\342\210\221", 2},
    {"SUNG;", "\342\231\252", 2}, {"SUP1;", "\302\271", 2}, {"SUP2;", "\302\262", 2},
    {"SUP3;", "\302\263", 2}, {"SUP;", "\342\212\203", 2}, {"SUPDOT;", "\342\252\276", 2},
    {"SUPDSUB;", "\342\253\230", 2}, {"SUPE;", "\342\212\207", 2}, {"SUPEDOT;", "\342\253\204", 2},
    {"SUPHSOL;", "\342\237\211", 2}, {"SUPHSUB;", "\342\253\227", 2},
    {"SUPLARR;", "\342\245\273", 2}, {"SUPMULT;", "\342\253\202", 2}, {"SUPNE;", "\342\212\213", 2},
    {"SUPPLUS;", "\342\253\200", 2}, {"SUPSET;", "\342\212\203", 2},
    {"SUPSETEQ;", "\342\212\207", 2}, {"SUPSETEQQ;", "\342\253\206", 2},
    {"SUPSETNEQ;", "\342\212\213", 2}, {"SUPSETNEQQ;", "\342\253\214", 2},
    {"SUPSIM;", "\342\253\210", 2}, {"SUPSUB;", "\342\253\224", 2}, {"SUPSUP;", "\342\253\226", 2},
    {"SWARHK;", "\342\244\246", 2}, {"SWARR;", "\342\206\231", 2}, {"SWARROW;", "\342\206\231", 2},
    {"SWNWAR;", "\342\244\252", 2}, {"SZLIG;", "SS", 2}, {"Sacute;", "\305\232", 3},
    {"Sc;", "\342\252\274", 3}, {"Scaron;", "\305\240", 3}, {"Scedil;", "\305\236", 3},
    {"Scirc;", "\305\234", 3}, {"Scy;", "\320\241", 3}, {"Sfr;", "\360\235\224\226", 3},
    {"ShortDownArrow;", "\342\206\223", 3}, {"ShortLeftArrow;", "\342\206\220", 3},
    {"ShortRightArrow;", "\342\206\222", 3}, {"ShortUpArrow;", "\342\206\221", 3},
    {"Sigma;", "\316\243", 3}, {"SmallCircle;", "\342\210\230", 3},
    {"Sopf;", "\360\235\225\212", 3}, {"Sqrt;", "\342\210\232", 3}, {"Square;", "\342\226\241", 3},
    {"SquareIntersection;", "\342\212\223", 3}, {"SquareSubset;", "\342\212\217", 3},
    {"SquareSubsetEqual;", "\342\212\221", 3}, {"SquareSuperset;", "\342\212\220", 3},
    {"SquareSupersetEqual;", "\342\212\222", 3}, {"SquareUnion;", "\342\212\224", 3},
    {"Sscr;", "\360\235\222\256", 3}, {"Star;", "\342\213\206", 3}, {"Sub;", "\342\213\220", 3},
    {"Subset;", "\342\213\220", 3}, {"SubsetEqual;", "\342\212\206", 3},
    {"Succeeds;", "\342\211\273", 3}, {"SucceedsEqual;", "\342\252\260", 3},
    {"SucceedsSlantEqual;", "\342\211\275", 3}, {"SucceedsTilde;", "\342\211\277", 3},
    {"SuchThat;", "\342\210\213", 3}, {"Sum;", "\342\210\221", 3}, {"Sup;", "\342\213\221", 3},
    {"Superset;", "\342\212\203", 3}, {"SupersetEqual;", "\342\212\207", 3},
    {"Supset;", "\342\213\221", 3}, {"TARGET;", "\342\214\226", 2}, {"TAU;", "\316\244", 2},
    {"TBRK;", "\342\216\264", 2}, {"TCARON;", "\305\244", 2}, {"TCEDIL;", "\305\242", 2},
    {"TCY;", "\320\242", 2}, {"TDOT;", "\342\203\233", 2}, {"TELREC;", "\342\214\225", 2},
    {"TFR;", "\360\235\224\261", 2}, {"THERE4;", "\342\210\264", 2},
    {"THEREFORE;", "\342\210\264", 2}, {"THETA;", "\316\230", 2}, {"THETASYM;", "\316\230", 2},
    {"THETAV;", "\316\230", 2}, {"THICKAPPROX;", "\342\211\210", 2},
    {"THICKSIM;", "\342\210\274", 2}, {"THINSP;", "\342\200\211", 2}, {"THKAP;", "\342\211\210", 2},
    {"THKSIM;", "\342\210\274", 2}, {"THORN", "\303\236", 1}, {"THORN;", "\303\236", 3},
    {"TILDE;", "\313\234", 2}, {"TIMES;", "\303\227", 2}, {"TIMESB;", "\342\212\240", 2},
    {"TIMESBAR;", "\342\250\261", 2}, {"TIMESD;", "\342\250\260", 2}, {"TINT;", "\342\210\255", 2},
    {"TOEA;", "\342\244\250", 2}, {"TOP;", "\342\212\244", 2}, {"TOPBOT;", "\342\214\266", 2},
    {"TOPCIR;", "\342\253\261", 2}, {"TOPF;", "\360\235\225\245", 2},
    {"TOPFORK;", "\342\253\232", 2}, {"TOSA;", "\342\244\251", 2}, {"TPRIME;", "\342\200\264", 2},
    {"TRADE;", "\342\204\242", 3}, {"TRIANGLE;", "\342\226\265", 2},
    {"TRIANGLEDOWN;", "\342\226\277", 2}, {"TRIANGLELEFT;", "\342\227\203", 2},
    {"TRIANGLELEFTEQ;", "\342\212\264", 2}, {"TRIANGLEQ;", "\342\211\234", 2},
    {"TRIANGLERIGHT;", "\342\226\271", 2}, {"TRIANGLERIGHTEQ;", "\342\212\265", 2},
    {"TRIDOT;", "\342\227\254", 2}, {"TRIE;", "\342\211\234", 2}, {"TRIMINUS;", "\342\250\272", 2},
    {"TRIPLUS;", "\342\250\271", 2}, {"TRISB;", "\342\247\215", 2}, {"TRITIME;", "\342\250\273", 2},
    {"TRPEZIUM;", "\342\217\242", 2}, {"TSCR;", "\360\235\223\211", 2}, {"TSCY;", "\320\246", 2},
    {"TSHCY;", "\320\213", 2}, {"TSHcy;", "\320\213", 3}, {"TSTROK;", "\305\246", 2},
    {"TScy;", "\320\246", 3}, {"TWIXT;", "\342\211\254", 2},
    {"TWOHEADLEFTARROW;", "\342\206\236", 2}, {"TWOHEADRIGHTARROW;", "\342\206\240", 2},
    {"Tab;", "\011", 3}, {"Tau;", "\316\244", 3}, {"Tcaron;", "\305\244", 3},
    {"Tcedil;", "\305\242", 3}, {"Tcy;", "\320\242", 3}, {"Tfr;", "\360\235\224\227", 3},
    {"Therefore;", "\342\210\264", 3}, {"Theta;", "\316\230", 3},
    {"ThickSpace;", "\342\201\237\342\200\212", 3}, {"ThinSpace;", "\342\200\211", 3},
    {"Tilde;", "\342\210\274", 3}, {"TildeEqual;", "\342\211\203", 3},
    {"TildeFullEqual;", "\342\211\205", 3}, {"TildeTilde;", "\342\211\210", 3},
    {"Topf;", "\360\235\225\213", 3}, {"TripleDot;", "\342\203\233", 3},
    {"Tscr;", "\360\235\222\257", 3}, {"Tstrok;", "\305\246", 3}, {"UACUTE;", "\303\232", 2},
    {"UARR;", "\342\206\221", 2}, {"UBRCY;", "\320\216", 2}, {"UBREVE;", "\305\254", 2},
    {"UCIRC;", "\303\233", 2}, {"UCY;", "\320\243", 2}, {"UDARR;", "\342\207\205", 2},
    {"UDBLAC;", "\305\260", 2}, {"UDHAR;", "\342\245\256", 2}, {"UFISHT;", "\342\245\276", 2},
    {"UFR;", "\360\235\224\262", 2}, {"UGRAVE;", "\303\231", 2}, {"UHARL;", "\342\206\277", 2},
    {"UHARR;", "\342\206\276", 2}, {"UHBLK;", "\342\226\200", 2}, {"ULCORN;", "\342\214\234", 2},
    {"ULCORNER;", "\342\214\234", 2}, {"ULCROP;", "\342\214\217", 2}, {"ULTRI;", "\342\227\270", 2},
    {"UMACR;", "\305\252", 2}, {"UML;", "\302\250", 2}, {"UOGON;", "\305\262", 2},
    {"UOPF;", "\360\235\225\246", 2}, {"UPARROW;", "\342\206\221", 2},
    {"UPDOWNARROW;", "\342\206\225", 2}, {"UPHARPOONLEFT;", "\342\206\277", 2},
    {"UPHARPOONRIGHT;", "\342\206\276", 2}, {"UPLUS;", "\342\212\216", 2}, {"UPSI;", "\316\245", 2},
    {"UPSIH;", "\317\222", 2}, {"UPSILON;", "\316\245", 2}, {"UPUPARROWS;", "\342\207\210", 2},
    {"URCORN;", "\342\214\235", 2}, {"URCORNER;", "\342\214\235", 2},
    {"URCROP;", "\342\214\216", 2}, {"URING;", "\305\256", 2}, {"URTRI;", "\342\227\271", 2},
    {"USCR;", "\360\235\223\212", 2}, {"UTDOT;", "\342\213\260", 2}, {"UTILDE;", "\305\250", 2},
    {"UTRI;", "\342\226\265", 2}, {"UTRIF;", "\342\226\264", 2}, {"UUARR;", "\342\207\210", 2},
    {"UUML;", "\303\234", 2}, {"UWANGLE;", "\342\246\247", 2}, {"Uacute", "\303\232", 1},
    {"Uacute;", "\303\232", 3}, {"Uarr;", "\342\206\237", 3}, {"Uarrocir;", "\342\245\211", 3},
    {"Ubrcy;", "\320\216", 3}, {"Ubreve;", "\305\254", 3}, {"Ucirc", "\303\233", 1},
    {"Ucirc;", "\303\233", 3}, {"Ucy;", "\320\243", 3}, {"Udblac;", "\305\260", 3},
    {"Ufr;", "\360\235\224\230", 3}, {"Ugrave", "\303\231", 1}, {"Ugrave;", "\303\231", 3},
    {"Umacr;", "\305\252", 3}, {"UnderBar;", "_", 3}, {"UnderBrace;", "\342\217\237", 3},
    {"UnderBracket;", "\342\216\265", 3}, {"UnderParenthesis;", "\342\217\235", 3},
    {"Union;", "\342\213\203", 3}, {"UnionPlus;", "\342\212\216", 3}, {"Uogon;", "\305\262", 3},
    {"Uopf;", "\360\235\225\214", 3}, {"UpArrow;", "\342\206\221", 3},
    {"UpArrowBar;", "\342\244\222", 3}, {"UpArrowDownArrow;", "\342\207\205", 3},
    {"UpDownArrow;", "\342\206\225", 3}, {"UpEquilibrium;", "\342\245\256", 3},
    {"UpTee;", "\342\212\245", 3}, {"UpTeeArrow;", "\342\206\245", 3},
    {"Uparrow;", "\342\207\221", 3}, {"Updownarrow;", "\342\207\225", 3},
    {"UpperLeftArrow;", "\342\206\226", 3}, {"UpperRightArrow;", "\342\206\227", 3},
    {"Upsi;", "\317\222", 3}, {"Upsilon;", "\316\245", 3}, {"Uring;", "\305\256", 3},
    {"Uscr;", "\360\235\222\260", 3}, {"Utilde;", "\305\250", 3}, {"Uuml", "\303\234", 1},
    {"Uuml;", "\303\234", 3}, {"VANGRT;", "\342\246\234", 2}, {"VAREPSILON;", "\316\225", 2},
    {"VARKAPPA;", "\316\232", 2}, {"VARNOTHING;", "\342\210\205", 2}, {"VARPHI;", "\316\246", 2},
    {"VARPI;", "\316\240", 2}, {"VARPROPTO;", "\342\210\235", 2}, {"VARR;", "\342\206\225", 2},
    {"VARRHO;", "\316\241", 2}, {"VARSIGMA;", "\316\243", 2},
    {"VARSUBSETNEQ;", "\342\212\212\357\270\200", 2},
    {"VARSUBSETNEQQ;", "\342\253\213\357\270\200", 2},
    {"VARSUPSETNEQ;", "\342\212\213\357\270\200", 2},
    {"VARSUPSETNEQQ;", "\342\253\214\357\270\200", 2}, {"VARTHETA;", "\316\230", 2},
    {"VARTRIANGLELEFT;", "\342\212\262", 2}, {"VARTRIANGLERIGHT;", "\342\212\263", 2},
    {"VCY;", "\320\222", 2}, {"VDASH;", "\342\212\242", 2}, {"VDash;", "\342\212\253", 3},
    {"VEE;", "\342\210\250", 2}, {"VEEBAR;", "\342\212\273", 2}, {"VEEEQ;", "\342\211\232", 2},
    {"VELLIP;", "\342\213\256", 2}, {"VERBAR;", "|", 2}, {"VERT;", "|", 2},
    {"VFR;", "\360\235\224\263", 2}, {"VLTRI;", "\342\212\262", 2},
    {"VNSUB;", "\342\212\202\342\203\222", 2}, {"VNSUP;", "\342\212\203\342\203\222", 2},
    {"VOPF;", "\360\235\225\247", 2}, {"VPROP;", "\342\210\235", 2}, {"VRTRI;", "\342\212\263", 2},
    {"VSCR;", "\360\235\223\213", 2}, {"VSUBNE;", "\342\212\212\357\270\200", 2},
    {"VSUPNE;", "\342\212\213\357\270\200", 2}, {"VZIGZAG;", "\342\246\232", 2},
    {"Vbar;", "\342\253\253", 3}, {"Vcy;", "\320\222", 3}, {"Vdash;", "\342\212\251", 3},
    {"Vdashl;", "\342\253\246", 3}, {"Vee;", "\342\213\201", 3}, {"Verbar;", "\342\200\226", 3},
    {"Vert;", "\342\200\226", 3}, {"VerticalBar;", "\342\210\243", 3}, {"VerticalLine;", "|", 3},
    {"VerticalSeparator;", "\342\235\230", 3}, {"VerticalTilde;", "\342\211\200", 3},
    {"VeryThinSpace;", "\342\200\212", 3}, {"Vfr;", "\360\235\224\231", 3},
    {"Vopf;", "\360\235\225\215", 3}, {"Vscr;", "\360\235\222\261", 3},
    {"Vvdash;", "\342\212\252", 3}, {"WCIRC;", "\305\264", 2}, {"WEDBAR;", "\342\251\237", 2},
    {"WEDGE;", "\342\210\247", 2}, {"WEDGEQ;", "\342\211\231", 2}, {"WEIERP;", "\342\204\230", 2},
    {"WFR;", "\360\235\224\264", 2}, {"WOPF;", "\360\235\225\250", 2}, {"WP;", "\342\204\230", 2},
    {"WR;", "\342\211\200", 2}, {"WREATH;", "\342\211\200", 2}, {"WSCR;", "\360\235\223\214", 2},
    {"Wcirc;", "\305\264", 3}, {"Wedge;", "\342\213\200", 3}, {"Wfr;", "\360\235\224\232", 3},
    {"Wopf;", "\360\235\225\216", 3}, {"Wscr;", "\360\235\222\262", 3},
    {"XCAP;", "\342\213\202", 2}, {"XCIRC;", "\342\227\257", 2}, {"XCUP;", "\342\213\203", 2},
    {"XDTRI;", "\342\226\275", 2}, {"XFR;", "\360\235\224\265", 2}, {"XHARR;", "\342\237\267", 2},
    {"XI;", "\316\236", 2}, {"XLARR;", "\342\237\265", 2}, {"XMAP;", "\342\237\274", 2},
    {"XNIS;", "\342\213\273", 2}, {"XODOT;", "\342\250\200", 2}, {"XOPF;", "\360\235\225\251", 2},
    {"XOPLUS;", "\342\250\201", 2}, {"XOTIME;", "\342\250\202", 2}, {"XRARR;", "\342\237\266", 2},
    {"XSCR;", "\360\235\223\215", 2}, {"XSQCUP;", "\342\250\206", 2},
    {"XUPLUS;", "\342\250\204", 2}, {"XUTRI;", "\342\226\263", 2}, {"XVEE;", "\342\213\201", 2},
    {"XWEDGE;", "\342\213\200", 2}, {"Xfr;", "\360\235\224\233", 3}, {"Xi;", "\316\236", 3},
    {"Xopf;", "\360\235\225\217", 3}, {"Xscr;", "\360\235\222\263", 3}, {"YACUTE;", "\303\235", 2},
    {"YACY;", "\320\257", 2}, {"YAcy;", "\320\257", 3}, {"YCIRC;", "\305\266", 2},
    {"YCY;", "\320\253", 2}, {"YEN;", "\302\245", 2}, {"YFR;", "\360\235\224\266", 2},
    {"YICY;", "\320\207", 2}, {"YIcy;", "\320\207", 3}, {"YOPF;", "\360\235\225\252", 2},
    {"YSCR;", "\360\235\223\216", 2}, {"YUCY;", "\320\256", 2}, {"YUML;", "\305\270", 2},
    {"YUcy;", "\320\256", 3}, {"Yacute", "\303\235", 1}, {"Yacute;", "\303\235", 3},
    {"Ycirc;", "\305\266", 3}, {"Ycy;", "\320\253", 3}, {"Yfr;", "\360\235\224\234", 3},
    {"Yopf;", "\360\235\225\220", 3}, {"Yscr;", "\360\235\222\264", 3}, {"Yuml;", "\305\270", 3},
    {"ZACUTE;", "\305\271", 2}, {"ZCARON;", "\305\275", 2}, {"ZCY;", "\320\227", 2},
    {"ZDOT;", "\305\273", 2}, {"ZEETRF;", "\342\204\250", 2}, {"ZETA;", "\316\226", 2},
    {"ZFR;", "\360\235\224\267", 2}, {"ZHCY;", "\320\226", 2}, {"ZHcy;", "\320\226", 3},
    {"ZIGRARR;", "\342\207\235", 2}, {"ZOPF;", "\360\235\225\253", 2},
    {"ZSCR;", "\360\235\223\217", 2}, {"ZWJ;", "\342\200\215", 2}, {"ZWNJ;", "\342\200\214", 2},
    {"Zacute;", "\305\271", 3}, {"Zcaron;", "\305\275", 3}, {"Zcy;", "\320\227", 3},
    {"Zdot;", "\305\273", 3}, {"ZeroWidthSpace;", "\342\200\213", 3}, {"Zeta;", "\316\226", 3},
    {"Zfr;", "\342\204\250", 3}, {"Zopf;", "\342\204\244", 3}, {"Zscr;", "\360\235\222\265", 3},
    {"aacute", "\303\241", 1}, {"aacute;", "\303\241", 3}, {"abreve;", "\304\203", 3},
    {"ac;", "\342\210\276", 3}, {"acE;", "\342\210\276\314\263", 3}, {"acd;", "\342\210\277", 3},
    {"acirc", "\303\242", 1}, {"acirc;", "\303\242", 3}, {"acute", "\302\264", 1},
    {"acute;", "\302\264", 3}, {"acy;", "\320\260", 3}, {"aelig", "\303\246", 1},
    {"aelig;", "\303\246", 3}, {"af;", "\342\201\241", 3}, {"afr;", "\360\235\224\236", 3},
    {"agrave", "\303\240", 1}, {"agrave;", "\303\240", 3}, {"alefsym;", "\342\204\265", 3},
    {"aleph;", "\342\204\265", 3}, {"alpha;", "\316\261", 3}, {"amacr;", "\304\201", 3},
    {"amalg;", "\342\250\277", 3}, {"amp", "&", 1}, {"amp;", "&", 3}, {"and;", "\342\210\247", 3},
    {"andand;", "\342\251\225", 3}, {"andd;", "\342\251\234", 3}, {"andslope;", "\342\251\230", 3},
    {"andv;", "\342\251\232", 3}, {"ang;", "\342\210\240", 3}, {"ange;", "\342\246\244", 3},
    {"angle;", "\342\210\240", 3}, {"angmsd;", "\342\210\241", 3}, {"angmsdaa;", "\342\246\250", 3},
    {"angmsdab;", "\342\246\251", 3}, {"angmsdac;", "\342\246\252", 3},
    {"angmsdad;", "\342\246\253", 3}, {"angmsdae;", "\342\246\254", 3},
    {"angmsdaf;", "\342\246\255", 3}, {"angmsdag;", "\342\246\256", 3},
    {"angmsdah;", "\342\246\257", 3}, {"angrt;", "\342\210\237", 3},
    {"angrtvb;", "\342\212\276", 3}, {"angrtvbd;", "\342\246\235", 3},
    {"angsph;", "\342\210\242", 3}, {"angst;", "\303\205", 3}, {"angzarr;", "\342\215\274", 3},
    {"aogon;", "\304\205", 3}, {"aopf;", "\360\235\225\222", 3}, {"ap;", "\342\211\210", 3},
    {"apE;", "\342\251\260", 3}, {"apacir;", "\342\251\257", 3}, {"ape;", "\342\211\212", 3},
    {"apid;", "\342\211\213", 3}, {"apos;", "'", 3}, {"approx;", "\342\211\210", 3},
    {"approxeq;", "\342\211\212", 3}, {"aring", "\303\245", 1}, {"aring;", "\303\245", 3},
    {"ascr;", "\360\235\222\266", 3}, {"ast;", "*", 3}, {"asymp;", "\342\211\210", 3},
    {"asympeq;", "\342\211\215", 3}, {"atilde", "\303\243", 1}, {"atilde;", "\303\243", 3},
    {"auml", "\303\244", 1}, {"auml;", "\303\244", 3}, {"awconint;", "\342\210\263", 3},
    {"awint;", "\342\250\221", 3}, {"bNot;", "\342\253\255", 3}, {"backcong;", "\342\211\214", 3},
    {"backepsilon;", "\317\266", 3}, {"backprime;", "\342\200\265", 3},
    {"backsim;", "\342\210\275", 3}, {"backsimeq;", "\342\213\215", 3},
    {"barvee;", "\342\212\275", 3}, {"barwed;", "\342\214\205", 3},
    {"barwedge;", "\342\214\205", 3}, {"bbrk;", "\342\216\265", 3},
    {"bbrktbrk;", "\342\216\266", 3}, {"bcong;", "\342\211\214", 3}, {"bcy;", "\320\261", 3},
    {"bdquo;", "\342\200\236", 3}, {"becaus;", "\342\210\265", 3}, {"because;", "\342\210\265", 3},
    {"bemptyv;", "\342\246\260", 3}, {"bepsi;", "\317\266", 3}, {"bernou;", "\342\204\254", 3},
    {"beta;", "\316\262", 3}, {"beth;", "\342\204\266", 3}, {"between;", "\342\211\254", 3},
    {"bfr;", "\360\235\224\237", 3}, {"bigcap;", "\342\213\202", 3},
    {"bigcirc;", "\342\227\257", 3}, {"bigcup;", "\342\213\203", 3},
    {"bigodot;", "\342\250\200", 3}, {"bigoplus;", "\342\250\201", 3},
    {"bigotimes;", "\342\250\202", 3}, {"bigsqcup;", "\342\250\206", 3},
    {"bigstar;", "\342\230\205", 3}, {"bigtriangledown;", "\342\226\275", 3},
    {"bigtriangleup;", "\342\226\263", 3}, {"biguplus;", "\342\250\204", 3},
    {"bigvee;", "\342\213\201", 3}, {"bigwedge;", "\342\213\200", 3},
    {"bkarow;", "\342\244\215", 3}, {"blacklozenge;", "\342\247\253", 3},
    {"blacksquare;", "\342\226\252", 3}, {"blacktriangle;", "\342\226\264", 3},
    {"blacktriangledown;", "\342\226\276", 3}, {"blacktriangleleft;", "\342\227\202", 3},
    {"blacktriangleright;", "\342\226\270", 3}, {"blank;", "\342\220\243", 3},
    {"blk12;", "\342\226\222", 3}, {"blk14;", "\342\226\221", 3}, {"blk34;", "\342\226\223", 3},
    {"block;", "\342\226\210", 3}, {"bne;", "=\342\203\245", 3},
    {"bnequiv;", "\342\211\241\342\203\245", 3}, {"bnot;", "\342\214\220", 3},
    {"bopf;", "\360\235\225\223", 3}, {"bot;", "\342\212\245", 3}, {"bottom;", "\342\212\245", 3},
    {"bowtie;", "\342\213\210", 3}, {"boxDL;", "\342\225\227", 3}, {"boxDR;", "\342\225\224", 3},
    {"boxDl;", "\342\225\226", 3}, {"boxDr;", "\342\225\223", 3}, {"boxH;", "\342\225\220", 3},
    {"boxHD;", "\342\225\246", 3}, {"boxHU;", "\342\225\251", 3}, {"boxHd;", "\342\225\244", 3},
    {"boxHu;", "\342\225\247", 3}, {"boxUL;", "\342\225\235", 3}, {"boxUR;", "\342\225\232", 3},
    {"boxUl;", "\342\225\234", 3}, {"boxUr;", "\342\225\231", 3}, {"boxV;", "\342\225\221", 3},
    {"boxVH;", "\342\225\254", 3}, {"boxVL;", "\342\225\243", 3}, {"boxVR;", "\342\225\240", 3},
    {"boxVh;", "\342\225\253", 3}, {"boxVl;", "\342\225\242", 3}, {"boxVr;", "\342\225\237", 3},
    {"boxbox;", "\342\247\211", 3}, {"boxdL;", "\342\225\225", 3}, {"boxdR;", "\342\225\222", 3},
    {"boxdl;", "\342\224\220", 3}, {"boxdr;", "\342\224\214", 3}, {"boxh;", "\342\224\200", 3},
    {"boxhD;", "\342\225\245", 3}, {"boxhU;", "\342\225\250", 3}, {"boxhd;", "\342\224\254", 3},
    {"boxhu;", "\342\224\264", 3}, {"boxminus;", "\342\212\237", 3},
    {"boxplus;", "\342\212\236", 3}, {"boxtimes;", "\342\212\240", 3},
    {"boxuL;", "\342\225\233", 3}, {"boxuR;", "\342\225\230", 3}, {"boxul;", "\342\224\230", 3},
    {"boxur;", "\342\224\224", 3}, {"boxv;", "\342\224\202", 3}, {"boxvH;", "\342\225\252", 3},
    {"boxvL;", "\342\225\241", 3}, {"boxvR;", "\342\225\236", 3}, {"boxvh;", "\342\224\274", 3},
    {"boxvl;", "\342\224\244", 3}, {"boxvr;", "\342\224\234", 3}, {"bprime;", "\342\200\265", 3},
    {"breve;", "\313\230", 3}, {"brvbar", "\302\246", 1}, {"brvbar;", "\302\246", 3},
    {"bscr;", "\360\235\222\267", 3}, {"bsemi;", "\342\201\217", 3}, {"bsim;", "\342\210\275", 3},
    {"bsime;", "\342\213\215", 3}, {"bsol;", "\134", 3}, {"bsolb;", "\342\247\205", 3},
    {"bsolhsub;", "\342\237\210", 3}, {"bull;", "\342\200\242", 3}, {"bullet;", "\342\200\242", 3},
    {"bump;", "\342\211\216", 3}, {"bumpE;", "\342\252\256", 3}, {"bumpe;", "\342\211\217", 3},
    {"bumpeq;", "\342\211\217", 3}, {"cacute;", "\304\207", 3}, {"cap;", "\342\210\251", 3},
    {"capand;", "\342\251\204", 3}, {"capbrcup;", "\342\251\211", 3},
    {"capcap;", "\342\251\213", 3}, {"capcup;", "\342\251\207", 3}, {"capdot;", "\342\251\200", 3},
    {"caps;", "\342\210\251\357\270\200", 3}, {"caret;", "\342\201\201", 3},
    {"caron;", "\313\207", 3}, {"ccaps;", "\342\251\215", 3}, {"ccaron;", "\304\215", 3},
    {"ccedil", "\303\247", 1}, {"ccedil;", "\303\247", 3}, {"ccirc;", "\304\211", 3},
    {"ccups;", "\342\251\214", 3}, {"ccupssm;", "\342\251\220", 3}, {"cdot;", "\304\213", 3},
    {"cedil", "\302\270", 1}, {"cedil;", "\302\270", 3}, {"cemptyv;", "\342\246\262", 3},
    {"cent", "\302\242", 1}, {"cent;", "\302\242", 3}, {"centerdot;", "\302\267", 3},
    {"cfr;", "\360\235\224\240", 3}, {"chcy;", "\321\207", 3}, {"check;", "\342\234\223", 3},
    {"checkmark;", "\342\234\223", 3}, {"chi;", "\317\207", 3}, {"cir;", "\342\227\213", 3},
    {"cirE;", "\342\247\203", 3}, {"circ;", "\313\206", 3}, {"circeq;", "\342\211\227", 3},
    {"circlearrowleft;", "\342\206\272", 3}, {"circlearrowright;", "\342\206\273", 3},
    {"circledR;", "\302\256", 3}, {"circledS;", "\342\223\210", 3},
    {"circledast;", "\342\212\233", 3}, {"circledcirc;", "\342\212\232", 3},
    {"circleddash;", "\342\212\235", 3}, {"cire;", "\342\211\227", 3},
    {"cirfnint;", "\342\250\220", 3}, {"cirmid;", "\342\253\257", 3},
    {"cirscir;", "\342\247\202", 3}, {"clubs;", "\342\231\243", 3},
    {"clubsuit;", "\342\231\243", 3}, {"colon;", ":", 3}, {"colone;", "\342\211\224", 3},
    {"coloneq;", "\342\211\224", 3}, {"comma;", ",", 3}, {"commat;", "@", 3},
    {"comp;", "\342\210\201", 3}, {"compfn;", "\342\210\230", 3},
    {"complement;", "\342\210\201", 3}, {"complexes;", "\342\204\202", 3},
    {"cong;", "\342\211\205", 3}, {"congdot;", "\342\251\255", 3}, {"conint;", "\342\210\256", 3},
    {"copf;", "\360\235\225\224", 3}, {"coprod;", "\342\210\220", 3}, {"copy", "\302\251", 1},
    {"copy;", "\302\251", 3}, {"copysr;", "\342\204\227", 3}, {"crarr;", "\342\206\265", 3},
    {"cross;", "\342\234\227", 3}, {"cscr;", "\360\235\222\270", 3}, {"csub;", "\342\253\217", 3},
    {"csube;", "\342\253\221", 3}, {"csup;", "\342\253\220", 3}, {"csupe;", "\342\253\222", 3},
    {"ctdot;", "\342\213\257", 3}, {"cudarrl;", "\342\244\270", 3}, {"cudarrr;", "\342\244\265", 3},
    {"cuepr;", "\342\213\236", 3}, {"cuesc;", "\342\213\237", 3}, {"cularr;", "\342\206\266", 3},
    {"cularrp;", "\342\244\275", 3}, {"cup;", "\342\210\252", 3}, {"cupbrcap;", "\342\251\210", 3},
    {"cupcap;", "\342\251\206", 3}, {"cupcup;", "\342\251\212", 3}, {"cupdot;", "\342\212\215", 3},
    {"cupor;", "\342\251\205", 3}, {"cups;", "\342\210\252\357\270\200", 3},
    {"curarr;", "\342\206\267", 3}, {"curarrm;", "\342\244\274", 3},
    {"curlyeqprec;", "\342\213\236", 3}, {"curlyeqsucc;", "\342\213\237", 3},
    {"curlyvee;", "\342\213\216", 3}, {"curlywedge;", "\342\213\217", 3}, {"curren", "\302\244", 1},
    {"curren;", "\302\244", 3}, {"curvearrowleft;", "\342\206\266", 3},
    {"curvearrowright;", "\342\206\267", 3}, {"cuvee;", "\342\213\216", 3},
    {"cuwed;", "\342\213\217", 3}, {"cwconint;", "\342\210\262", 3}, {"cwint;", "\342\210\261", 3},
    {"cylcty;", "\342\214\255", 3}, {"dArr;", "\342\207\223", 3}, {"dHar;", "\342\245\245", 3},
    {"dagger;", "\342\200\240", 3}, {"daleth;", "\342\204\270", 3}, {"darr;", "\342\206\223", 3},
    {"dash;", "\342\200\220", 3}, {"dashv;", "\342\212\243", 3}, {"dbkarow;", "\342\244\217", 3},
    {"dblac;", "\313\235", 3}, {"dcaron;", "\304\217", 3}, {"dcy;", "\320\264", 3},
    {"dd;", "\342\205\206", 3}, {"ddagger;", "\342\200\241", 3}, {"ddarr;", "\342\207\212", 3},
    {"ddotseq;", "\342\251\267", 3}, {"deg", "\302\260", 1}, {"deg;", "\302\260", 3},
    {"delta;", "\316\264", 3}, {"demptyv;", "\342\246\261", 3}, {"dfisht;", "\342\245\277", 3},
    {"dfr;", "\360\235\224\241", 3}, {"dharl;", "\342\207\203", 3}, {"dharr;", "\342\207\202", 3},
    {"diam;", "\342\213\204", 3}, {"diamond;", "\342\213\204", 3},
    {"diamondsuit;", "\342\231\246", 3}, {"diams;", "\342\231\246", 3}, {"die;", "\302\250", 3},
    {"digamma;", "\317\235", 3}, {"disin;", "\342\213\262", 3}, {"div;", "\303\267", 3},
    {"divide", "\303\267", 1}, {"divide;", "\303\267", 3}, {"divideontimes;", "\342\213\207", 3},
    {"divonx;", "\342\213\207", 3}, {"djcy;", "\321\222", 3}, {"dlcorn;", "\342\214\236", 3},
    {"dlcrop;", "\342\214\215", 3}, {"dollar;", "$", 3}, {"dopf;", "\360\235\225\225", 3},
    {"dot;", "\313\231", 3}, {"doteq;", "\342\211\220", 3}, {"doteqdot;", "\342\211\221", 3},
    {"dotminus;", "\342\210\270", 3}, {"dotplus;", "\342\210\224", 3},
    {"dotsquare;", "\342\212\241", 3}, {"doublebarwedge;", "\342\214\206", 3},
    {"downarrow;", "\342\206\223", 3}, {"downdownarrows;", "\342\207\212", 3},
    {"downharpoonleft;", "\342\207\203", 3}, {"downharpoonright;", "\342\207\202", 3},
    {"drbkarow;", "\342\244\220", 3}, {"drcorn;", "\342\214\237", 3},
    {"drcrop;", "\342\214\214", 3}, {"dscr;", "\360\235\222\271", 3}, {"dscy;", "\321\225", 3},
    {"dsol;", "\342\247\266", 3}, {"dstrok;", "\304\221", 3}, {"dtdot;", "\342\213\261", 3},
    {"dtri;", "\342\226\277", 3}, {"dtrif;", "\342\226\276", 3}, {"duarr;", "\342\207\265", 3},
    {"duhar;", "\342\245\257", 3}, {"dwangle;", "\342\246\246", 3}, {"dzcy;", "\321\237", 3},
    {"dzigrarr;", "\342\237\277", 3}, {"eDDot;", "\342\251\267", 3}, {"eDot;", "\342\211\221", 3},
    {"eacute", "\303\251", 1}, {"eacute;", "\303\251", 3}, {"easter;", "\342\251\256", 3},
    {"ecaron;", "\304\233", 3}, {"ecir;", "\342\211\226", 3}, {"ecirc", "\303\252", 1},
    {"ecirc;", "\303\252", 3}, {"ecolon;", "\342\211\225", 3}, {"ecy;", "\321\215", 3},
    {"edot;", "\304\227", 3}, {"ee;", "\342\205\207", 3}, {"efDot;", "\342\211\222", 3},
    {"efr;", "\360\235\224\242", 3}, {"eg;", "\342\252\232", 3}, {"egrave", "\303\250", 1},
    {"egrave;", "\303\250", 3}, {"egs;", "\342\252\226", 3}, {"egsdot;", "\342\252\230", 3},
    {"el;", "\342\252\231", 3}, {"elinters;", "\342\217\247", 3}, {"ell;", "\342\204\223", 3},
    {"els;", "\342\252\225", 3}, {"elsdot;", "\342\252\227", 3}, {"emacr;", "\304\223", 3},
    {"empty;", "\342\210\205", 3}, {"emptyset;", "\342\210\205", 3}, {"emptyv;", "\342\210\205", 3},
    {"emsp13;", "\342\200\204", 3}, {"emsp14;", "\342\200\205", 3}, {"emsp;", "\342\200\203", 3},
    {"eng;", "\305\213", 3}, {"ensp;", "\342\200\202", 3}, {"eogon;", "\304\231", 3},
    {"eopf;", "\360\235\225\226", 3}, {"epar;", "\342\213\225", 3}, {"eparsl;", "\342\247\243", 3},
    {"eplus;", "\342\251\261", 3}, {"epsi;", "\316\265", 3}, {"epsilon;", "\316\265", 3},
    {"epsiv;", "\317\265", 3}, {"eqcirc;", "\342\211\226", 3}, {"eqcolon;", "\342\211\225", 3},
    {"eqsim;", "\342\211\202", 3}, {"eqslantgtr;", "\342\252\226", 3},
    {"eqslantless;", "\342\252\225", 3}, {"equals;", "=", 3}, {"equest;", "\342\211\237", 3},
    {"equiv;", "\342\211\241", 3}, {"equivDD;", "\342\251\270", 3},
    {"eqvparsl;", "\342\247\245", 3}, {"erDot;", "\342\211\223", 3}, {"erarr;", "\342\245\261", 3},
    {"escr;", "\342\204\257", 3}, {"esdot;", "\342\211\220", 3}, {"esim;", "\342\211\202", 3},
    {"eta;", "\316\267", 3}, {"eth", "\303\260", 1}, {"eth;", "\303\260", 3},
    {"euml", "\303\253", 1}, {"euml;", "\303\253", 3}, {"euro;", "\342\202\254", 3},
    {"excl;", "!", 3}, {"exist;", "\342\210\203", 3}, {"expectation;", "\342\204\260", 3},
    {"exponentiale;", "\342\205\207", 3}, {"fallingdotseq;", "\342\211\222", 3},
    {"fcy;", "\321\204", 3}, {"female;", "\342\231\200", 3}, {"ffilig;", "\357\254\203", 3},
    {"fflig;", "\357\254\200", 3}, {"ffllig;", "\357\254\204", 3}, {"ffr;", "\360\235\224\243", 3},
    {"filig;", "\357\254\201", 3}, {"fjlig;", "fj", 3}, {"flat;", "\342\231\255", 3},
    {"fllig;", "\357\254\202", 3}, {"fltns;", "\342\226\261", 3}, {"fnof;", "\306\222", 3},
    {"fopf;", "\360\235\225\227", 3}, {"forall;", "\342\210\200", 3}, {"fork;", "\342\213\224", 3},
    {"forkv;", "\342\253\231", 3}, {"fpartint;", "\342\250\215", 3}, {"frac12", "\302\275", 1},
    {"frac12;", "\302\275", 3}, {"frac13;", "\342\205\223", 3}, {"frac14", "\302\274", 1},
    {"frac14;", "\302\274", 3}, {"frac15;", "\342\205\225", 3}, {"frac16;", "\342\205\231", 3},
    {"frac18;", "\342\205\233", 3}, {"frac23;", "\342\205\224", 3}, {"frac25;", "\342\205\226", 3},
    {"frac34", "\302\276", 1}, {"frac34;", "\302\276", 3}, {"frac35;", "\342\205\227", 3},
    {"frac38;", "\342\205\234", 3}, {"frac45;", "\342\205\230", 3}, {"frac56;", "\342\205\232", 3},
    {"frac58;", "\342\205\235", 3}, {"frac78;", "\342\205\236", 3}, {"frasl;", "\342\201\204", 3},
    {"frown;", "\342\214\242", 3}, {"fscr;", "\360\235\222\273", 3}, {"gE;", "\342\211\247", 3},
    {"gEl;", "\342\252\214", 3}, {"gacute;", "\307\265", 3}, {"gamma;", "\316\263", 3},
    {"gammad;", "\317\235", 3}, {"gap;", "\342\252\206", 3}, {"gbreve;", "\304\237", 3},
    {"gcirc;", "\304\235", 3}, {"gcy;", "\320\263", 3}, {"gdot;", "\304\241", 3},
    {"ge;", "\342\211\245", 3}, {"gel;", "\342\213\233", 3}, {"geq;", "\342\211\245", 3},
    {"geqq;", "\342\211\247", 3}, {"geqslant;", "\342\251\276", 3}, {"ges;", "\342\251\276", 3},
    {"gescc;", "\342\252\251", 3}, {"gesdot;", "\342\252\200", 3}, {"gesdoto;", "\342\252\202", 3},
    {"gesdotol;", "\342\252\204", 3}, {"gesl;", "\342\213\233\357\270\200", 3},
    {"gesles;", "\342\252\224", 3}, {"gfr;", "\360\235\224\244", 3}, {"gg;", "\342\211\253", 3},
    {"ggg;", "\342\213\231", 3}, {"gimel;", "\342\204\267", 3}, {"gjcy;", "\321\223", 3},
    {"gl;", "\342\211\267", 3}, {"glE;", "\342\252\222", 3}, {"gla;", "\342\252\245", 3},
    {"glj;", "\342\252\244", 3}, {"gnE;", "\342\211\251", 3}, {"gnap;", "\342\252\212", 3},
    {"gnapprox;", "\342\252\212", 3}, {"gne;", "\342\252\210", 3}, {"gneq;", "\342\252\210", 3},
    {"gneqq;", "\342\211\251", 3}, {"gnsim;", "\342\213\247", 3}, {"gopf;", "\360\235\225\230", 3},
    {"grave;", "`", 3}, {"gscr;", "\342\204\212", 3}, {"gsim;", "\342\211\263", 3},
    {"gsime;", "\342\252\216", 3}, {"gsiml;", "\342\252\220", 3}, {"gt", ">", 1}, {"gt;", ">", 3},
    {"gtcc;", "\342\252\247", 3}, {"gtcir;", "\342\251\272", 3}, {"gtdot;", "\342\213\227", 3},
    {"gtlPar;", "\342\246\225", 3}, {"gtquest;", "\342\251\274", 3},
    {"gtrapprox;", "\342\252\206", 3}, {"gtrarr;", "\342\245\270", 3},
    {"gtrdot;", "\342\213\227", 3}, {"gtreqless;", "\342\213\233", 3},
    {"gtreqqless;", "\342\252\214", 3}, {"gtrless;", "\342\211\267", 3},
    {"gtrsim;", "\342\211\263", 3}, {"gvertneqq;", "\342\211\251\357\270\200", 3},
    {"gvnE;", "\342\211\251\357\270\200", 3}, {"hArr;", "\342\207\224", 3},
    {"hairsp;", "\342\200\212", 3}, {"half;", "\302\275", 3}, {"hamilt;", "\342\204\213", 3},
    {"hardcy;", "\321\212", 3}, {"harr;", "\342\206\224", 3}, {"harrcir;", "\342\245\210", 3},
    {"harrw;", "\342\206\255", 3}, {"hbar;", "\342\204\217", 3}, {"hcirc;", "\304\245", 3},
    {"hearts;", "\342\231\245", 3}, {"heartsuit;", "\342\231\245", 3},
    {"hellip;", "\342\200\246", 3}, {"hercon;", "\342\212\271", 3}, {"hfr;", "\360\235\224\245", 3},
    {"hksearow;", "\342\244\245", 3}, {"hkswarow;", "\342\244\246", 3},
    {"hoarr;", "\342\207\277", 3}, {"homtht;", "\342\210\273", 3},
    {"hookleftarrow;", "\342\206\251", 3}, {"hookrightarrow;", "\342\206\252", 3},
    {"hopf;", "\360\235\225\231", 3}, {"horbar;", "\342\200\225", 3},
    {"hscr;", "\360\235\222\275", 3}, {"hslash;", "\342\204\217", 3}, {"hstrok;", "\304\247", 3},
    {"hybull;", "\342\201\203", 3}, {"hyphen;", "\342\200\220", 3}, {"iacute", "\303\255", 1},
    {"iacute;", "\303\255", 3}, {"ic;", "\342\201\243", 3}, {"icirc", "\303\256", 1},
    {"icirc;", "\303\256", 3}, {"icy;", "\320\270", 3}, {"iecy;", "\320\265", 3},
    {"iexcl", "\302\241", 1}, {"iexcl;", "\302\241", 3}, {"iff;", "\342\207\224", 3},
    {"ifr;", "\360\235\224\246", 3}, {"igrave", "\303\254", 1}, {"igrave;", "\303\254", 3},
    {"ii;", "\342\205\210", 3}, {"iiiint;", "\342\250\214", 3}, {"iiint;", "\342\210\255", 3},
    {"iinfin;", "\342\247\234", 3}, {"iiota;", "\342\204\251", 3}, {"ijlig;", "\304\263", 3},
    {"imacr;", "\304\253", 3}, {"image;", "\342\204\221", 3}, {"imagline;", "\342\204\220", 3},
    {"imagpart;", "\342\204\221", 3}, {"imath;", "\304\261", 3}, {"imof;", "\342\212\267", 3},
    {"imped;", "\306\265", 3}, {"in;", "\342\210\210", 3}, {"incare;", "\342\204\205", 3},
    {"infin;", "\342\210\236", 3}, {"infintie;", "\342\247\235", 3}, {"inodot;", "\304\261", 3},
    {"int;", "\342\210\253", 3}, {"intcal;", "\342\212\272", 3}, {"integers;", "\342\204\244", 3},
    {"intercal;", "\342\212\272", 3}, {"intlarhk;", "\342\250\227", 3},
    {"intprod;", "\342\250\274", 3}, {"iocy;", "\321\221", 3}, {"iogon;", "\304\257", 3},
    {"iopf;", "\360\235\225\232", 3}, {"iota;", "\316\271", 3}, {"iprod;", "\342\250\274", 3},
    {"iquest", "\302\277", 1}, {"iquest;", "\302\277", 3}, {"iscr;", "\360\235\222\276", 3},
    {"isin;", "\342\210\210", 3}, {"isinE;", "\342\213\271", 3}, {"isindot;", "\342\213\265", 3},
    {"isins;", "\342\213\264", 3}, {"isinsv;", "\342\213\263", 3}, {"isinv;", "\342\210\210", 3},
    {"it;", "\342\201\242", 3}, {"itilde;", "\304\251", 3}, {"iukcy;", "\321\226", 3},
    {"iuml", "\303\257", 1}, {"iuml;", "\303\257", 3}, {"jcirc;", "\304\265", 3},
    {"jcy;", "\320\271", 3}, {"jfr;", "\360\235\224\247", 3}, {"jmath;", "\310\267", 3},
    {"jopf;", "\360\235\225\233", 3}, {"jscr;", "\360\235\222\277", 3}, {"jsercy;", "\321\230", 3},
    {"jukcy;", "\321\224", 3}, {"kappa;", "\316\272", 3}, {"kappav;", "\317\260", 3},
    {"kcedil;", "\304\267", 3}, {"kcy;", "\320\272", 3}, {"kfr;", "\360\235\224\250", 3},
    {"kgreen;", "\304\270", 3}, {"khcy;", "\321\205", 3}, {"kjcy;", "\321\234", 3},
    {"kopf;", "\360\235\225\234", 3}, {"kscr;", "\360\235\223\200", 3},
    {"lAarr;", "\342\207\232", 3}, {"lArr;", "\342\207\220", 3}, {"lAtail;", "\342\244\233", 3},
    {"lBarr;", "\342\244\216", 3}, {"lE;", "\342\211\246", 3}, {"lEg;", "\342\252\213", 3},
    {"lHar;", "\342\245\242", 3}, {"lacute;", "\304\272", 3}, {"laemptyv;", "\342\246\264", 3},
    {"lagran;", "\342\204\222", 3}, {"lambda;", "\316\273", 3}, {"lang;", "\342\237\250", 3},
    {"langd;", "\342\246\221", 3}, {"langle;", "\342\237\250", 3}, {"lap;", "\342\252\205", 3},
    {"laquo", "\302\253", 1}, {"laquo;", "\302\253", 3}, {"larr;", "\342\206\220", 3},
    {"larrb;", "\342\207\244", 3}, {"larrbfs;", "\342\244\237", 3}, {"larrfs;", "\342\244\235", 3},
    {"larrhk;", "\342\206\251", 3}, {"larrlp;", "\342\206\253", 3}, {"larrpl;", "\342\244\271", 3},
    {"larrsim;", "\342\245\263", 3}, {"larrtl;", "\342\206\242", 3}, {"lat;", "\342\252\253", 3},
    {"latail;", "\342\244\231", 3}, {"late;", "\342\252\255", 3},
    {"lates;", "\342\252\255\357\270\200", 3}, {"lbarr;", "\342\244\214", 3},
    {"lbbrk;", "\342\235\262", 3}, {"lbrace;", "{", 3}, {"lbrack;", "[", 3},
    {"lbrke;", "\342\246\213", 3}, {"lbrksld;", "\342\246\217", 3}, {"lbrkslu;", "\342\246\215", 3},
    {"lcaron;", "\304\276", 3}, {"lcedil;", "\304\274", 3}, {"lceil;", "\342\214\210", 3},
    {"lcub;", "{", 3}, {"lcy;", "\320\273", 3}, {"ldca;", "\342\244\266", 3},
    {"ldquo;", "\342\200\234", 3}, {"ldquor;", "\342\200\236", 3}, {"ldrdhar;", "\342\245\247", 3},
    {"ldrushar;", "\342\245\213", 3}, {"ldsh;", "\342\206\262", 3}, {"le;", "\342\211\244", 3},
    {"leftarrow;", "\342\206\220", 3}, {"leftarrowtail;", "\342\206\242", 3},
    {"leftharpoondown;", "\342\206\275", 3}, {"leftharpoonup;", "\342\206\274", 3},
    {"leftleftarrows;", "\342\207\207", 3}, {"leftrightarrow;", "\342\206\224", 3},
    {"leftrightarrows;", "\342\207\206", 3}, {"leftrightharpoons;", "\342\207\213", 3},
    {"leftrightsquigarrow;", "\342\206\255", 3}, {"leftthreetimes;", "\342\213\213", 3},
    {"leg;", "\342\213\232", 3}, {"leq;", "\342\211\244", 3}, {"leqq;", "\342\211\246", 3},
    {"leqslant;", "\342\251\275", 3}, {"les;", "\342\251\275", 3}, {"lescc;", "\342\252\250", 3},
    {"lesdot;", "\342\251\277", 3}, {"lesdoto;", "\342\252\201", 3},
    {"lesdotor;", "\342\252\203", 3}, {"lesg;", "\342\213\232\357\270\200", 3},
    {"lesges;", "\342\252\223", 3}, {"lessapprox;", "\342\252\205", 3},
    {"lessdot;", "\342\213\226", 3}, {"lesseqgtr;", "\342\213\232", 3},
    {"lesseqqgtr;", "\342\252\213", 3}, {"lessgtr;", "\342\211\266", 3},
    {"lesssim;", "\342\211\262", 3}, {"lfisht;", "\342\245\274", 3}, {"lfloor;", "\342\214\212", 3},
    {"lfr;", "\360\235\224\251", 3}, {"lg;", "\342\211\266", 3}, {"lgE;", "\342\252\221", 3},
    {"lhard;", "\342\206\275", 3}, {"lharu;", "\342\206\274", 3}, {"lharul;", "\342\245\252", 3},
    {"lhblk;", "\342\226\204", 3}, {"ljcy;", "\321\231", 3}, {"ll;", "\342\211\252", 3},
    {"llarr;", "\342\207\207", 3}, {"llcorner;", "\342\214\236", 3}, {"llhard;", "\342\245\253", 3},
    {"lltri;", "\342\227\272", 3}, {"lmidot;", "\305\200", 3}, {"lmoust;", "\342\216\260", 3},
    {"lmoustache;", "\342\216\260", 3}, {"lnE;", "\342\211\250", 3}, {"lnap;", "\342\252\211", 3},
    {"lnapprox;", "\342\252\211", 3}, {"lne;", "\342\252\207", 3}, {"lneq;", "\342\252\207", 3},
    {"lneqq;", "\342\211\250", 3}, {"lnsim;", "\342\213\246", 3}, {"loang;", "\342\237\254", 3},
    {"loarr;", "\342\207\275", 3}, {"lobrk;", "\342\237\246", 3},
    {"longleftarrow;", "\342\237\265", 3}, {"longleftrightarrow;", "\342\237\267", 3},
    {"longmapsto;", "\342\237\274", 3}, {"longrightarrow;", "\342\237\266", 3},
    {"looparrowleft;", "\342\206\253", 3}, {"looparrowright;", "\342\206\254", 3},
    {"lopar;", "\342\246\205", 3}, {"lopf;", "\360\235\225\235", 3}, {"loplus;", "\342\250\255", 3},
    {"lotimes;", "\342\250\264", 3}, {"lowast;", "\342\210\227", 3}, {"lowbar;", "_", 3},
    {"loz;", "\342\227\212", 3}, {"lozenge;", "\342\227\212", 3}, {"lozf;", "\342\247\253", 3},
    {"lpar;", "(", 3}, {"lparlt;", "\342\246\223", 3}, {"lrarr;", "\342\207\206", 3},
    {"lrcorner;", "\342\214\237", 3}, {"lrhar;", "\342\207\213", 3}, {"lrhard;", "\342\245\255", 3},
    {"lrm;", "\342\200\216", 3}, {"lrtri;", "\342\212\277", 3}, {"lsaquo;", "\342\200\271", 3},
    {"lscr;", "\360\235\223\201", 3}, {"lsh;", "\342\206\260", 3}, {"lsim;", "\342\211\262", 3},
    {"lsime;", "\342\252\215", 3}, {"lsimg;", "\342\252\217", 3}, {"lsqb;", "[", 3},
    {"lsquo;", "\342\200\230", 3}, {"lsquor;", "\342\200\232", 3}, {"lstrok;", "\305\202", 3},
    {"lt", "<", 1}, {"lt;", "<", 3}, {"ltcc;", "\342\252\246", 3}, {"ltcir;", "\342\251\271", 3},
    {"ltdot;", "\342\213\226", 3}, {"lthree;", "\342\213\213", 3}, {"ltimes;", "\342\213\211", 3},
    {"ltlarr;", "\342\245\266", 3}, {"ltquest;", "\342\251\273", 3}, {"ltrPar;", "\342\246\226", 3},
    {"ltri;", "\342\227\203", 3}, {"ltrie;", "\342\212\264", 3}, {"ltrif;", "\342\227\202", 3},
    {"lurdshar;", "\342\245\212", 3}, {"luruhar;", "\342\245\246", 3},
    {"lvertneqq;", "\342\211\250\357\270\200", 3}, {"lvnE;", "\342\211\250\357\270\200", 3},
    {"mDDot;", "\342\210\272", 3}, {"macr", "\302\257", 1}, {"macr;", "\302\257", 3},
    {"male;", "\342\231\202", 3}, {"malt;", "\342\234\240", 3}, {"maltese;", "\342\234\240", 3},
    {"map;", "\342\206\246", 3}, {"mapsto;", "\342\206\246", 3}, {"mapstodown;", "\342\206\247", 3},
    {"mapstoleft;", "\342\206\244", 3}, {"mapstoup;", "\342\206\245", 3},
    {"marker;", "\342\226\256", 3}, {"mcomma;", "\342\250\251", 3}, {"mcy;", "\320\274", 3},
    {"mdash;", "\342\200\224", 3}, {"measuredangle;", "\342\210\241", 3},
    {"mfr;", "\360\235\224\252", 3}, {"mho;", "\342\204\247", 3}, {"micro", "\302\265", 1},
    {"micro;", "\302\265", 3}, {"mid;", "\342\210\243", 3}, {"midast;", "*", 3},
    {"midcir;", "\342\253\260", 3}, {"middot", "\302\267", 1}, {"middot;", "\302\267", 3},
    {"minus;", "\342\210\222", 3}, {"minusb;", "\342\212\237", 3}, {"minusd;", "\342\210\270", 3},
    {"minusdu;", "\342\250\252", 3}, {"mlcp;", "\342\253\233", 3}, {"mldr;", "\342\200\246", 3},
    {"mnplus;", "\342\210\223", 3}, {"models;", "\342\212\247", 3},
    {"mopf;", "\360\235\225\236", 3}, {"mp;", "\342\210\223", 3}, {"mscr;", "\360\235\223\202", 3},
    {"mstpos;", "\342\210\276", 3}, {"mu;", "\316\274", 3}, {"multimap;", "\342\212\270", 3},
    {"mumap;", "\342\212\270", 3}, {"nGg;", "\342\213\231\314\270", 3},
    {"nGt;", "\342\211\253\342\203\222", 3}, {"nGtv;", "\342\211\253\314\270", 3},
    {"nLeftarrow;", "\342\207\215", 3}, {"nLeftrightarrow;", "\342\207\216", 3},
    {"nLl;", "\342\213\230\314\270", 3}, {"nLt;", "\342\211\252\342\203\222", 3},
    {"nLtv;", "\342\211\252\314\270", 3}, {"nRightarrow;", "\342\207\217", 3},
    {"nVDash;", "\342\212\257", 3}, {"nVdash;", "\342\212\256", 3}, {"nabla;", "\342\210\207", 3},
    {"nacute;", "\305\204", 3}, {"nang;", "\342\210\240\342\203\222", 3},
    {"nap;", "\342\211\211", 3}, {"napE;", "\342\251\260\314\270", 3},
    {"napid;", "\342\211\213\314\270", 3}, {"napos;", "\305\211", 3},
    {"napprox;", "\342\211\211", 3}, {"natur;", "\342\231\256", 3}, {"natural;", "\342\231\256", 3},
    {"naturals;", "\342\204\225", 3}, {"nbsp", "\302\240", 1}, {"nbsp;", "\302\240", 3},
    {"nbump;", "\342\211\216\314\270", 3}, {"nbumpe;", "\342\211\217\314\270", 3},
    {"ncap;", "\342\251\203", 3}, {"ncaron;", "\305\210", 3}, {"ncedil;", "\305\206", 3},
    {"ncong;", "\342\211\207", 3}, {"ncongdot;", "\342\251\255\314\270", 3},
    {"ncup;", "\342\251\202", 3}, {"ncy;", "\320\275", 3}, {"ndash;", "\342\200\223", 3},
    {"ne;", "\342\211\240", 3}, {"neArr;", "\342\207\227", 3}, {"nearhk;", "\342\244\244", 3},
    {"nearr;", "\342\206\227", 3}, {"nearrow;", "\342\206\227", 3},
    {"nedot;", "\342\211\220\314\270", 3}, {"nequiv;", "\342\211\242", 3},
    {"nesear;", "\342\244\250", 3}, {"nesim;", "\342\211\202\314\270", 3},
    {"nexist;", "\342\210\204", 3}, {"nexists;", "\342\210\204", 3},
    {"nfr;", "\360\235\224\253", 3}, {"ngE;", "\342\211\247\314\270", 3},
    {"nge;", "\342\211\261", 3}, {"ngeq;", "\342\211\261", 3},
    {"ngeqq;", "\342\211\247\314\270", 3}, {"ngeqslant;", "\342\251\276\314\270", 3},
    {"nges;", "\342\251\276\314\270", 3}, {"ngsim;", "\342\211\265", 3},
    {"ngt;", "\342\211\257", 3}, {"ngtr;", "\342\211\257", 3}, {"nhArr;", "\342\207\216", 3},
    {"nharr;", "\342\206\256", 3}, {"nhpar;", "\342\253\262", 3}, {"ni;", "\342\210\213", 3},
    {"nis;", "\342\213\274", 3}, {"nisd;", "\342\213\272", 3}, {"niv;", "\342\210\213", 3},
    {"njcy;", "\321\232", 3}, {"nlArr;", "\342\207\215", 3}, {"nlE;", "\342\211\246\314\270", 3},
    {"nlarr;", "\342\206\232", 3}, {"nldr;", "\342\200\245", 3}, {"nle;", "\342\211\260", 3},
    {"nleftarrow;", "\342\206\232", 3}, {"nleftrightarrow;", "\342\206\256", 3},
    {"nleq;", "\342\211\260", 3}, {"nleqq;", "\342\211\246\314\270", 3},
    {"nleqslant;", "\342\251\275\314\270", 3}, {"nles;", "\342\251\275\314\270", 3},
    {"nless;", "\342\211\256", 3}, {"nlsim;", "\342\211\264", 3}, {"nlt;", "\342\211\256", 3},
    {"nltri;", "\342\213\252", 3}, {"nltrie;", "\342\213\254", 3}, {"nmid;", "\342\210\244", 3},
    {"nopf;", "\360\235\225\237", 3}, {"not", "\302\254", 1}, {"not;", "\302\254", 3},
    {"notin;", "\342\210\211", 3}, {"notinE;", "\342\213\271\314\270", 3},
    {"notindot;", "\342\213\265\314\270", 3}, {"notinva;", "\342\210\211", 3},
    {"notinvb;", "\342\213\267", 3}, {"notinvc;", "\342\213\266", 3}, {"notni;", "\342\210\214", 3},
    {"notniva;", "\342\210\214", 3}, {"notnivb;", "\342\213\276", 3},
    {"notnivc;", "\342\213\275", 3}, {"npar;", "\342\210\246", 3},
    {"nparallel;", "\342\210\246", 3}, {"nparsl;", "\342\253\275\342\203\245", 3},
    {"npart;", "\342\210\202\314\270", 3}, {"npolint;", "\342\250\224", 3},
    {"npr;", "\342\212\200", 3}, {"nprcue;", "\342\213\240", 3},
    {"npre;", "\342\252\257\314\270", 3}, {"nprec;", "\342\212\200", 3},
    {"npreceq;", "\342\252\257\314\270", 3}, {"nrArr;", "\342\207\217", 3},
    {"nrarr;", "\342\206\233", 3}, {"nrarrc;", "\342\244\263\314\270", 3},
    {"nrarrw;", "\342\206\235\314\270", 3}, {"nrightarrow;", "\342\206\233", 3},
    {"nrtri;", "\342\213\253", 3}, {"nrtrie;", "\342\213\255", 3}, {"nsc;", "\342\212\201", 3},
    {"nsccue;", "\342\213\241", 3}, {"nsce;", "\342\252\260\314\270", 3},
    {"nscr;", "\360\235\223\203", 3}, {"nshortmid;", "\342\210\244", 3},
    {"nshortparallel;", "\342\210\246", 3}, {"nsim;", "\342\211\201", 3},
    {"nsime;", "\342\211\204", 3}, {"nsimeq;", "\342\211\204", 3}, {"nsmid;", "\342\210\244", 3},
    {"nspar;", "\342\210\246", 3}, {"nsqsube;", "\342\213\242", 3}, {"nsqsupe;", "\342\213\243", 3},
    {"nsub;", "\342\212\204", 3}, {"nsubE;", "\342\253\205\314\270", 3},
    {"nsube;", "\342\212\210", 3}, {"nsubset;", "\342\212\202\342\203\222", 3},
    {"nsubseteq;", "\342\212\210", 3}, {"nsubseteqq;", "\342\253\205\314\270", 3},
    {"nsucc;", "\342\212\201", 3}, {"nsucceq;", "\342\252\260\314\270", 3},
    {"nsup;", "\342\212\205", 3}, {"nsupE;", "\342\253\206\314\270", 3},
    {"nsupe;", "\342\212\211", 3}, {"nsupset;", "\342\212\203\342\203\222", 3},
    {"nsupseteq;", "\342\212\211", 3}, {"nsupseteqq;", "\342\253\206\314\270", 3},
    {"ntgl;", "\342\211\271", 3}, {"ntilde", "\303\261", 1}, {"ntilde;", "\303\261", 3},
    {"ntlg;", "\342\211\270", 3}, {"ntriangleleft;", "\342\213\252", 3},
    {"ntrianglelefteq;", "\342\213\254", 3}, {"ntriangleright;", "\342\213\253", 3},
    {"ntrianglerighteq;", "\342\213\255", 3}, {"nu;", "\316\275", 3}, {"num;", "#", 3},
    {"numero;", "\342\204\226", 3}, {"numsp;", "\342\200\207", 3}, {"nvDash;", "\342\212\255", 3},
    {"nvHarr;", "\342\244\204", 3}, {"nvap;", "\342\211\215\342\203\222", 3},
    {"nvdash;", "\342\212\254", 3}, {"nvge;", "\342\211\245\342\203\222", 3},
    {"nvgt;", ">\342\203\222", 3}, {"nvinfin;", "\342\247\236", 3}, {"nvlArr;", "\342\244\202", 3},
    {"nvle;", "\342\211\244\342\203\222", 3}, {"nvlt;", "<\342\203\222", 3},
    {"nvltrie;", "\342\212\264\342\203\222", 3}, {"nvrArr;", "\342\244\203", 3},
    {"nvrtrie;", "\342\212\265\342\203\222", 3}, {"nvsim;", "\342\210\274\342\203\222", 3},
    {"nwArr;", "\342\207\226", 3}, {"nwarhk;", "\342\244\243", 3}, {"nwarr;", "\342\206\226", 3},
    {"nwarrow;", "\342\206\226", 3}, {"nwnear;", "\342\244\247", 3}, {"oS;", "\342\223\210", 3},
    {"oacute", "\303\263", 1}, {"oacute;", "\303\263", 3}, {"oast;", "\342\212\233", 3},
    {"ocir;", "\342\212\232", 3}, {"ocirc", "\303\264", 1}, {"ocirc;", "\303\264", 3},
    {"ocy;", "\320\276", 3}, {"odash;", "\342\212\235", 3}, {"odblac;", "\305\221", 3},
    {"odiv;", "\342\250\270", 3}, {"odot;", "\342\212\231", 3}, {"odsold;", "\342\246\274", 3},
    {"oelig;", "\305\223", 3}, {"ofcir;", "\342\246\277", 3}, {"ofr;", "\360\235\224\254", 3},
    {"ogon;", "\313\233", 3}, {"ograve", "\303\262", 1}, {"ograve;", "\303\262", 3},
    {"ogt;", "\342\247\201", 3}, {"ohbar;", "\342\246\265", 3}, {"ohm;", "\316\251", 3},
    {"oint;", "\342\210\256", 3}, {"olarr;", "\342\206\272", 3}, {"olcir;", "\342\246\276", 3},
    {"olcross;", "\342\246\273", 3}, {"oline;", "\342\200\276", 3}, {"olt;", "\342\247\200", 3},
    {"omacr;", "\305\215", 3}, {"omega;", "\317\211", 3}, {"omicron;", "\316\277", 3},
    {"omid;", "\342\246\266", 3}, {"ominus;", "\342\212\226", 3}, {"oopf;", "\360\235\225\240", 3},
    {"opar;", "\342\246\267", 3}, {"operp;", "\342\246\271", 3}, {"oplus;", "\342\212\225", 3},
    {"or;", "\342\210\250", 3}, {"orarr;", "\342\206\273", 3}, {"ord;", "\342\251\235", 3},
    {"order;", "\342\204\264", 3}, {"orderof;", "\342\204\264", 3}, {"ordf", "\302\252", 1},
    {"ordf;", "\302\252", 3}, {"ordm", "\302\272", 1}, {"ordm;", "\302\272", 3},
    {"origof;", "\342\212\266", 3}, {"oror;", "\342\251\226", 3}, {"orslope;", "\342\251\227", 3},
    {"orv;", "\342\251\233", 3}, {"oscr;", "\342\204\264", 3}, {"oslash", "\303\270", 1},
    {"oslash;", "\303\270", 3}, {"osol;", "\342\212\230", 3}, {"otilde", "\303\265", 1},
    {"otilde;", "\303\265", 3}, {"otimes;", "\342\212\227", 3}, {"otimesas;", "\342\250\266", 3},
    {"ouml", "\303\266", 1}, {"ouml;", "\303\266", 3}, {"ovbar;", "\342\214\275", 3},
    {"par;", "\342\210\245", 3}, {"para", "\302\266", 1}, {"para;", "\302\266", 3},
    {"parallel;", "\342\210\245", 3}, {"parsim;", "\342\253\263", 3}, {"parsl;", "\342\253\275", 3},
    {"part;", "\342\210\202", 3}, {"pcy;", "\320\277", 3}, {"percnt;", "%", 3}, {"period;", ".", 3},
    {"permil;", "\342\200\260", 3}, {"perp;", "\342\212\245", 3}, {"pertenk;", "\342\200\261", 3},
    {"pfr;", "\360\235\224\255", 3}, {"phi;", "\317\206", 3}, {"phiv;", "\317\225", 3},
    {"phmmat;", "\342\204\263", 3}, {"phone;", "\342\230\216", 3}, {"pi;", "\317\200", 3},
    {"pitchfork;", "\342\213\224", 3}, {"piv;", "\317\226", 3}, {"planck;", "\342\204\217", 3},
    {"planckh;", "\342\204\216", 3}, {"plankv;", "\342\204\217", 3}, {"plus;", "+", 3},
    {"plusacir;", "\342\250\243", 3}, {"plusb;", "\342\212\236", 3},
    {"pluscir;", "\342\250\242", 3}, {"plusdo;", "\342\210\224", 3}, {"plusdu;", "\342\250\245", 3},
    {"pluse;", "\342\251\262", 3}, {"plusmn", "\302\261", 1}, {"plusmn;", "\302\261", 3},
    {"plussim;", "\342\250\246", 3}, {"plustwo;", "\342\250\247", 3}, {"pm;", "\302\261", 3},
    {"pointint;", "\342\250\225", 3}, {"popf;", "\360\235\225\241", 3}, {"pound", "\302\243", 1},
    {"pound;", "\302\243", 3}, {"pr;", "\342\211\272", 3}, {"prE;", "\342\252\263", 3},
    {"prap;", "\342\252\267", 3}, {"prcue;", "\342\211\274", 3}, {"pre;", "\342\252\257", 3},
    {"prec;", "\342\211\272", 3}, {"precapprox;", "\342\252\267", 3},
    {"preccurlyeq;", "\342\211\274", 3}, {"preceq;", "\342\252\257", 3},
    {"precnapprox;", "\342\252\271", 3}, {"precneqq;", "\342\252\265", 3},
    {"precnsim;", "\342\213\250", 3}, {"precsim;", "\342\211\276", 3},
    {"prime;", "\342\200\262", 3}, {"primes;", "\342\204\231", 3}, {"prnE;", "\342\252\265", 3},
    {"prnap;", "\342\252\271", 3}, {"prnsim;", "\342\213\250", 3}, {"prod;", "\342\210\217", 3},
    {"profalar;", "\342\214\256", 3}, {"profline;", "\342\214\222", 3},
    {"profsurf;", "\342\214\223", 3}, {"prop;", "\342\210\235", 3}, {"propto;", "\342\210\235", 3},
    {"prsim;", "\342\211\276", 3}, {"prurel;", "\342\212\260", 3}, {"pscr;", "\360\235\223\205", 3},
    {"psi;", "\317\210", 3}, {"puncsp;", "\342\200\210", 3}, {"qfr;", "\360\235\224\256", 3},
    {"qint;", "\342\250\214", 3}, {"qopf;", "\360\235\225\242", 3}, {"qprime;", "\342\201\227", 3},
    {"qscr;", "\360\235\223\206", 3}, {"quaternions;", "\342\204\215", 3},
    {"quatint;", "\342\250\226", 3}, {"quest;", "\077", 3}, {"questeq;", "\342\211\237", 3},
    {"quot", "\042", 1}, {"quot;", "\042", 3}, {"rAarr;", "\342\207\233", 3},
    {"rArr;", "\342\207\222", 3}, {"rAtail;", "\342\244\234", 3}, {"rBarr;", "\342\244\217", 3},
    {"rHar;", "\342\245\244", 3}, {"race;", "\342\210\275\314\261", 3}, {"racute;", "\305\225", 3},
    {"radic;", "\342\210\232", 3}, {"raemptyv;", "\342\246\263", 3}, {"rang;", "\342\237\251", 3},
    {"rangd;", "\342\246\222", 3}, {"range;", "\342\246\245", 3}, {"rangle;", "\342\237\251", 3},
    {"raquo", "\302\273", 1}, {"raquo;", "\302\273", 3}, {"rarr;", "\342\206\222", 3},
    {"rarrap;", "\342\245\265", 3}, {"rarrb;", "\342\207\245", 3}, {"rarrbfs;", "\342\244\240", 3},
    {"rarrc;", "\342\244\263", 3}, {"rarrfs;", "\342\244\236", 3}, {"rarrhk;", "\342\206\252", 3},
    {"rarrlp;", "\342\206\254", 3}, {"rarrpl;", "\342\245\205", 3}, {"rarrsim;", "\342\245\264", 3},
    {"rarrtl;", "\342\206\243", 3}, {"rarrw;", "\342\206\235", 3}, {"ratail;", "\342\244\232", 3},
    {"ratio;", "\342\210\266", 3}, {"rationals;", "\342\204\232", 3}, {"rbarr;", "\342\244\215", 3},
    {"rbbrk;", "\342\235\263", 3}, {"rbrace;", "}", 3}, {"rbrack;", "]", 3},
    {"rbrke;", "\342\246\214", 3}, {"rbrksld;", "\342\246\216", 3}, {"rbrkslu;", "\342\246\220", 3},
    {"rcaron;", "\305\231", 3}, {"rcedil;", "\305\227", 3}, {"rceil;", "\342\214\211", 3},
    {"rcub;", "}", 3}, {"rcy;", "\321\200", 3}, {"rdca;", "\342\244\267", 3},
    {"rdldhar;", "\342\245\251", 3}, {"rdquo;", "\342\200\235", 3}, {"rdquor;", "\342\200\235", 3},
    {"rdsh;", "\342\206\263", 3}, {"real;", "\342\204\234", 3}, {"realine;", "\342\204\233", 3},
    {"realpart;", "\342\204\234", 3}, {"reals;", "\342\204\235", 3}, {"rect;", "\342\226\255", 3},
    {"reg", "\302\256", 1}, {"reg;", "\302\256", 3}, {"rfisht;", "\342\245\275", 3},
    {"rfloor;", "\342\214\213", 3}, {"rfr;", "\360\235\224\257", 3}, {"rhard;", "\342\207\201", 3},
    {"rharu;", "\342\207\200", 3}, {"rharul;", "\342\245\254", 3}, {"rho;", "\317\201", 3},
    {"rhov;", "\317\261", 3}, {"rightarrow;", "\342\206\222", 3},
    {"rightarrowtail;", "\342\206\243", 3}, {"rightharpoondown;", "\342\207\201", 3},
    {"rightharpoonup;", "\342\207\200", 3}, {"rightleftarrows;", "\342\207\204", 3},
    {"rightleftharpoons;", "\342\207\214", 3}, {"rightrightarrows;", "\342\207\211", 3},
    {"rightsquigarrow;", "\342\206\235", 3}, {"rightthreetimes;", "\342\213\214", 3},
    {"ring;", "\313\232", 3}, {"risingdotseq;", "\342\211\223", 3}, {"rlarr;", "\342\207\204", 3},
    {"rlhar;", "\342\207\214", 3}, {"rlm;", "\342\200\217", 3}, {"rmoust;", "\342\216\261", 3},
    {"rmoustache;", "\342\216\261", 3}, {"rnmid;", "\342\253\256", 3},
    {"roang;", "\342\237\255", 3}, {"roarr;", "\342\207\276", 3}, {"robrk;", "\342\237\247", 3},
    {"ropar;", "\342\246\206", 3}, {"ropf;", "\360\235\225\243", 3}, {"roplus;", "\342\250\256", 3},
    {"rotimes;", "\342\250\265", 3}, {"rpar;", ")", 3}, {"rpargt;", "\342\246\224", 3},
    {"rppolint;", "\342\250\222", 3}, {"rrarr;", "\342\207\211", 3}, {"rsaquo;", "\342\200\272", 3},
    {"rscr;", "\360\235\223\207", 3}, {"rsh;", "\342\206\261", 3}, {"rsqb;", "]", 3},
    {"rsquo;", "\342\200\231", 3}, {"rsquor;", "\342\200\231", 3}, {"rthree;", "\342\213\214", 3},
    {"rtimes;", "\342\213\212", 3}, {"rtri;", "\342\226\271", 3}, {"rtrie;", "\342\212\265", 3},
    {"rtrif;", "\342\226\270", 3}, {"rtriltri;", "\342\247\216", 3},
    {"ruluhar;", "\342\245\250", 3}, {"rx;", "\342\204\236", 3}, {"sacute;", "\305\233", 3},
    {"sbquo;", "\342\200\232", 3}, {"sc;", "\342\211\273", 3}, {"scE;", "\342\252\264", 3},
    {"scap;", "\342\252\270", 3}, {"scaron;", "\305\241", 3}, {"sccue;", "\342\211\275", 3},
    {"sce;", "\342\252\260", 3}, {"scedil;", "\305\237", 3}, {"scirc;", "\305\235", 3},
    {"scnE;", "\342\252\266", 3}, {"scnap;", "\342\252\272", 3}, {"scnsim;", "\342\213\251", 3},
    {"scpolint;", "\342\250\223", 3}, {"scsim;", "\342\211\277", 3}, {"scy;", "\321\201", 3},
    {"sdot;", "\342\213\205", 3}, {"sdotb;", "\342\212\241", 3}, {"sdote;", "\342\251\246", 3},
    {"seArr;", "\342\207\230", 3}, {"searhk;", "\342\244\245", 3}, {"searr;", "\342\206\230", 3},
    {"searrow;", "\342\206\230", 3}, {"sect", "\302\247", 1}, {"sect;", "\302\247", 3},
    {"semi;", ";", 3}, {"seswar;", "\342\244\251", 3}, {"setminus;", "\342\210\226", 3},
    {"setmn;", "\342\210\226", 3}, {"sext;", "\342\234\266", 3}, {"sfr;", "\360\235\224\260", 3},
    {"sfrown;", "\342\214\242", 3}, {"sharp;", "\342\231\257", 3}, {"shchcy;", "\321\211", 3},
    {"shcy;", "\321\210", 3}, {"shortmid;", "\342\210\243", 3},
    {"shortparallel;", "\342\210\245", 3}, {"shy", "\302\255", 1}, {"shy;", "\302\255", 3},
    {"sigma;", "\317\203", 3}, {"sigmaf;", "\317\202", 3}, {"sigmav;", "\317\202", 3},
    {"sim;", "\342\210\274", 3}, {"simdot;", "\342\251\252", 3}, {"sime;", "\342\211\203", 3},
    {"simeq;", "\342\211\203", 3}, {"simg;", "\342\252\236", 3}, {"simgE;", "\342\252\240", 3},
    {"siml;", "\342\252\235", 3}, {"simlE;", "\342\252\237", 3}, {"simne;", "\342\211\206", 3},
    {"simplus;", "\342\250\244", 3}, {"simrarr;", "\342\245\262", 3}, {"slarr;", "\342\206\220", 3},
    {"smallsetminus;", "\342\210\226", 3}, {"smashp;", "\342\250\263", 3},
    {"smeparsl;", "\342\247\244", 3}, {"smid;", "\342\210\243", 3}, {"smile;", "\342\214\243", 3},
    {"smt;", "\342\252\252", 3}, {"smte;", "\342\252\254", 3},
    {"smtes;", "\342\252\254\357\270\200", 3}, {"softcy;", "\321\214", 3}, {"sol;", "/", 3},
    {"solb;", "\342\247\204", 3}, {"solbar;", "\342\214\277", 3}, {"sopf;", "\360\235\225\244", 3},
    {"spades;", "\342\231\240", 3}, {"spadesuit;", "\342\231\240", 3}, {"spar;", "\342\210\245", 3},
    {"sqcap;", "\342\212\223", 3}, {"sqcaps;", "\342\212\223\357\270\200", 3},
    {"sqcup;", "\342\212\224", 3}, {"sqcups;", "\342\212\224\357\270\200", 3},
    {"sqsub;", "\342\212\217", 3}, {"sqsube;", "\342\212\221", 3}, {"sqsubset;", "\342\212\217", 3},
    {"sqsubseteq;", "\342\212\221", 3}, {"sqsup;", "\342\212\220", 3},
    {"sqsupe;", "\342\212\222", 3}, {"sqsupset;", "\342\212\220", 3},
    {"sqsupseteq;", "\342\212\222", 3}, {"squ;", "\342\226\241", 3}, {"square;", "\342\226\241", 3},
    {"squarf;", "\342\226\252", 3}, {"squf;", "\342\226\252", 3}, {"srarr;", "\342\206\222", 3},
    {"sscr;", "\360\235\223\210", 3}, {"ssetmn;", "\342\210\226", 3},
    {"ssmile;", "\342\214\243", 3}, {"sstarf;", "\342\213\206", 3}, {"star;", "\342\230\206", 3},
    {"starf;", "\342\230\205", 3}, {"straightepsilon;", "\317\265", 3},
    {"straightphi;", "\317\225", 3}, {"strns;", "\302\257", 3}, {"sub;", "\342\212\202", 3},
    {"subE;", "\342\253\205", 3}, {"subdot;", "\342\252\275", 3}, {"sube;", "\342\212\206", 3},
    {"subedot;", "\342\253\203", 3}, {"submult;", "\342\253\201", 3}, {"subnE;", "\342\253\213", 3},
    {"subne;", "\342\212\212", 3}, {"subplus;", "\342\252\277", 3}, {"subrarr;", "\342\245\271", 3},
    {"subset;", "\342\212\202", 3}, {"subseteq;", "\342\212\206", 3},
    {"subseteqq;", "\342\253\205", 3}, {"subsetneq;", "\342\212\212", 3},
    {"subsetneqq;", "\342\253\213", 3}, {"subsim;", "\342\253\207", 3},
    {"subsub;", "\342\253\225", 3}, {"subsup;", "\342\253\223", 3}, {"succ;", "\342\211\273", 3},
    {"succapprox;", "\342\252\270", 3}, {"succcurlyeq;", "\342\211\275", 3},
    {"succeq;", "\342\252\260", 3}, {"succnapprox;", "\342\252\272", 3},
    {"succneqq;", "\342\252\266", 3}, {"succnsim;", "\342\213\251", 3},
    {"succsim;", "\342\211\277", 3}, {"sum;", "\342\210\221", 3}, {"sung;", "\342\231\252", 3},
    {"sup1", "\302\271", 1}, {"sup1;", "\302\271", 3}, {"sup2", "\302\262", 1},
    {"sup2;", "\302\262", 3}, {"sup3", "\302\263", 1}, {"sup3;", "\302\263", 3},
    {"sup;", "\342\212\203", 3}, {"supE;", "\342\253\206", 3}, {"supdot;", "\342\252\276", 3},
    {"supdsub;", "\342\253\230", 3}, {"supe;", "\342\212\207", 3}, {"supedot;", "\342\253\204", 3},
    {"suphsol;", "\342\237\211", 3}, {"suphsub;", "\342\253\227", 3},
    {"suplarr;", "\342\245\273", 3}, {"supmult;", "\342\253\202", 3}, {"supnE;", "\342\253\214", 3},
    {"supne;", "\342\212\213", 3}, {"supplus;", "\342\253\200", 3}, {"supset;", "\342\212\203", 3},
    {"supseteq;", "\342\212\207", 3}, {"supseteqq;", "\342\253\206", 3},
    {"supsetneq;", "\342\212\213", 3}, {"supsetneqq;", "\342\253\214", 3},
    {"supsim;", "\342\253\210", 3}, {"supsub;", "\342\253\224", 3}, {"supsup;", "\342\253\226", 3},
    {"swArr;", "\342\207\231", 3}, {"swarhk;", "\342\244\246", 3}, {"swarr;", "\342\206\231", 3},
    {"swarrow;", "\342\206\231", 3}, {"swnwar;", "\342\244\252", 3}, {"szlig", "\303\237", 1},
    {"szlig;", "\303\237", 3}, {"target;", "\342\214\226", 3}, {"tau;", "\317\204", 3},
    {"tbrk;", "\342\216\264", 3}, {"tcaron;", "\305\245", 3}, {"tcedil;", "\305\243", 3},
    {"tcy;", "\321\202", 3}, {"tdot;", "\342\203\233", 3}, {"telrec;", "\342\214\225", 3},
    {"tfr;", "\360\235\224\261", 3}, {"there4;", "\342\210\264", 3},
    {"therefore;", "\342\210\264", 3}, {"theta;", "\316\270", 3}, {"thetasym;", "\317\221", 3},
    {"thetav;", "\317\221", 3}, {"thickapprox;", "\342\211\210", 3},
    {"thicksim;", "\342\210\274", 3}, {"thinsp;", "\342\200\211", 3}, {"thkap;", "\342\211\210", 3},
    {"thksim;", "\342\210\274", 3}, {"thorn", "\303\276", 1}, {"thorn;", "\303\276", 3},
    {"tilde;", "\313\234", 3}, {"times", "\303\227", 1}, {"times;", "\303\227", 3},
    {"timesb;", "\342\212\240", 3}, {"timesbar;", "\342\250\261", 3},
    {"timesd;", "\342\250\260", 3}, {"tint;", "\342\210\255", 3}, {"toea;", "\342\244\250", 3},
    {"top;", "\342\212\244", 3}, {"topbot;", "\342\214\266", 3}, {"topcir;", "\342\253\261", 3},
    {"topf;", "\360\235\225\245", 3}, {"topfork;", "\342\253\232", 3}, {"tosa;", "\342\244\251", 3},
    {"tprime;", "\342\200\264", 3}, {"trade;", "\342\204\242", 3}, {"triangle;", "\342\226\265", 3},
    {"triangledown;", "\342\226\277", 3}, {"triangleleft;", "\342\227\203", 3},
    {"trianglelefteq;", "\342\212\264", 3}, {"triangleq;", "\342\211\234", 3},
    {"triangleright;", "\342\226\271", 3}, {"trianglerighteq;", "\342\212\265", 3},
    {"tridot;", "\342\227\254", 3}, {"trie;", "\342\211\234", 3}, {"triminus;", "\342\250\272", 3},
    {"triplus;", "\342\250\271", 3}, {"trisb;", "\342\247\215", 3}, {"tritime;", "\342\250\273", 3},
    {"trpezium;", "\342\217\242", 3}, {"tscr;", "\360\235\223\211", 3}, {"tscy;", "\321\206", 3},
    {"tshcy;", "\321\233", 3}, {"tstrok;", "\305\247", 3}, {"twixt;", "\342\211\254", 3},
    {"twoheadleftarrow;", "\342\206\236", 3}, {"twoheadrightarrow;", "\342\206\240", 3},
    {"uArr;", "\342\207\221", 3}, {"uHar;", "\342\245\243", 3}, {"uacute", "\303\272", 1},
    {"uacute;", "\303\272", 3}, {"uarr;", "\342\206\221", 3}, {"ubrcy;", "\321\236", 3},
    {"ubreve;", "\305\255", 3}, {"ucirc", "\303\273", 1}, {"ucirc;", "\303\273", 3},
    {"ucy;", "\321\203", 3}, {"udarr;", "\342\207\205", 3}, {"udblac;", "\305\261", 3},
    {"udhar;", "\342\245\256", 3}, {"ufisht;", "\342\245\276", 3}, {"ufr;", "\360\235\224\262", 3},
    {"ugrave", "\303\271", 1}, {"ugrave;", "\303\271", 3}, {"uharl;", "\342\206\277", 3},
    {"uharr;", "\342\206\276", 3}, {"uhblk;", "\342\226\200", 3}, {"ulcorn;", "\342\214\234", 3},
    {"ulcorner;", "\342\214\234", 3}, {"ulcrop;", "\342\214\217", 3}, {"ultri;", "\342\227\270", 3},
    {"umacr;", "\305\253", 3}, {"uml", "\302\250", 1}, {"uml;", "\302\250", 3},
    {"uogon;", "\305\263", 3}, {"uopf;", "\360\235\225\246", 3}, {"uparrow;", "\342\206\221", 3},
    {"updownarrow;", "\342\206\225", 3}, {"upharpoonleft;", "\342\206\277", 3},
    {"upharpoonright;", "\342\206\276", 3}, {"uplus;", "\342\212\216", 3}, {"upsi;", "\317\205", 3},
    {"upsih;", "\317\222", 3}, {"upsilon;", "\317\205", 3}, {"upuparrows;", "\342\207\210", 3},
    {"urcorn;", "\342\214\235", 3}, {"urcorner;", "\342\214\235", 3},
    {"urcrop;", "\342\214\216", 3}, {"uring;", "\305\257", 3}, {"urtri;", "\342\227\271", 3},
    {"uscr;", "\360\235\223\212", 3}, {"utdot;", "\342\213\260", 3}, {"utilde;", "\305\251", 3},
    {"utri;", "\342\226\265", 3}, {"utrif;", "\342\226\264", 3}, {"uuarr;", "\342\207\210", 3},
    {"uuml", "\303\274", 1}, {"uuml;", "\303\274", 3}, {"uwangle;", "\342\246\247", 3},
    {"vArr;", "\342\207\225", 3}, {"vBar;", "\342\253\250", 3}, {"vBarv;", "\342\253\251", 3},
    {"vDash;", "\342\212\250", 3}, {"vangrt;", "\342\246\234", 3}, {"varepsilon;", "\317\265", 3},
    {"varkappa;", "\317\260", 3}, {"varnothing;", "\342\210\205", 3}, {"varphi;", "\317\225", 3},
    {"varpi;", "\317\226", 3}, {"varpropto;", "\342\210\235", 3}, {"varr;", "\342\206\225", 3},
    {"varrho;", "\317\261", 3}, {"varsigma;", "\317\202", 3},
    {"varsubsetneq;", "\342\212\212\357\270\200", 3},
    {"varsubsetneqq;", "\342\253\213\357\270\200", 3},
    {"varsupsetneq;", "\342\212\213\357\270\200", 3},
    {"varsupsetneqq;", "\342\253\214\357\270\200", 3}, {"vartheta;", "\317\221", 3},
    {"vartriangleleft;", "\342\212\262", 3}, {"vartriangleright;", "\342\212\263", 3},
    {"vcy;", "\320\262", 3}, {"vdash;", "\342\212\242", 3}, {"vee;", "\342\210\250", 3},
    {"veebar;", "\342\212\273", 3}, {"veeeq;", "\342\211\232", 3}, {"vellip;", "\342\213\256", 3},
    {"verbar;", "|", 3}, {"vert;", "|", 3}, {"vfr;", "\360\235\224\263", 3},
    {"vltri;", "\342\212\262", 3}, {"vnsub;", "\342\212\202\342\203\222", 3},
    {"vnsup;", "\342\212\203\342\203\222", 3}, {"vopf;", "\360\235\225\247", 3},
    {"vprop;", "\342\210\235", 3}, {"vrtri;", "\342\212\263", 3}, {"vscr;", "\360\235\223\213", 3},
    {"vsubnE;", "\342\253\213\357\270\200", 3}, {"vsubne;", "\342\212\212\357\270\200", 3},
    {"vsupnE;", "\342\253\214\357\270\200", 3}, {"vsupne;", "\342\212\213\357\270\200", 3},
    {"vzigzag;", "\342\246\232", 3}, {"wcirc;", "\305\265", 3}, {"wedbar;", "\342\251\237", 3},
    {"wedge;", "\342\210\247", 3}, {"wedgeq;", "\342\211\231", 3}, {"weierp;", "\342\204\230", 3},
    {"wfr;", "\360\235\224\264", 3}, {"wopf;", "\360\235\225\250", 3}, {"wp;", "\342\204\230", 3},
    {"wr;", "\342\211\200", 3}, {"wreath;", "\342\211\200", 3}, {"wscr;", "\360\235\223\214", 3},
    {"xcap;", "\342\213\202", 3}, {"xcirc;", "\342\227\257", 3}, {"xcup;", "\342\213\203", 3},
    {"xdtri;", "\342\226\275", 3}, {"xfr;", "\360\235\224\265", 3}, {"xhArr;", "\342\237\272", 3},
    {"xharr;", "\342\237\267", 3}, {"xi;", "\316\276", 3}, {"xlArr;", "\342\237\270", 3},
    {"xlarr;", "\342\237\265", 3}, {"xmap;", "\342\237\274", 3}, {"xnis;", "\342\213\273", 3},
    {"xodot;", "\342\250\200", 3}, {"xopf;", "\360\235\225\251", 3}, {"xoplus;", "\342\250\201", 3},
    {"xotime;", "\342\250\202", 3}, {"xrArr;", "\342\237\271", 3}, {"xrarr;", "\342\237\266", 3},
    {"xscr;", "\360\235\223\215", 3}, {"xsqcup;", "\342\250\206", 3},
    {"xuplus;", "\342\250\204", 3}, {"xutri;", "\342\226\263", 3}, {"xvee;", "\342\213\201", 3},
    {"xwedge;", "\342\213\200", 3}, {"yacute", "\303\275", 1}, {"yacute;", "\303\275", 3},
    {"yacy;", "\321\217", 3}, {"ycirc;", "\305\267", 3}, {"ycy;", "\321\213", 3},
    {"yen", "\302\245", 1}, {"yen;", "\302\245", 3}, {"yfr;", "\360\235\224\266", 3},
    {"yicy;", "\321\227", 3}, {"yopf;", "\360\235\225\252", 3}, {"yscr;", "\360\235\223\216", 3},
    {"yucy;", "\321\216", 3}, {"yuml", "\303\277", 1}, {"yuml;", "\303\277", 3},
    {"zacute;", "\305\272", 3}, {"zcaron;", "\305\276", 3}, {"zcy;", "\320\267", 3},
    {"zdot;", "\305\274", 3}, {"zeetrf;", "\342\204\250", 3}, {"zeta;", "\316\266", 3},
    {"zfr;", "\360\235\224\267", 3}, {"zhcy;", "\320\266", 3}, {"zigrarr;", "\342\207\235", 3},
    {"zopf;", "\360\235\225\253", 3}, {"zscr;", "\360\235\223\217", 3}, {"zwj;", "\342\200\215", 3},
    {"zwnj;", "\342\200\214", 3},
}; RC__TABLE_END

/* html.unescape's replacements for invalid numeric references ({number, code point}). */
RC__TABLE_BEGIN const uint32_t rc__uc_html_invalid_charref[][2] = {
    {0x0, 0xfffd},
    {0xd, 0xd},
    {0x80, 0x20ac},
    {0x81, 0x81},
    {0x82, 0x201a},
    {0x83, 0x192},
    {0x84, 0x201e},
    {0x85, 0x2026},
    {0x86, 0x2020},
    {0x87, 0x2021},
    {0x88, 0x2c6},
    {0x89, 0x2030},
    {0x8a, 0x160},
    {0x8b, 0x2039},
    {0x8c, 0x152},
    {0x8d, 0x8d},
    {0x8e, 0x17d},
    {0x8f, 0x8f},
    {0x90, 0x90},
    {0x91, 0x2018},
    {0x92, 0x2019},
    {0x93, 0x201c},
    {0x94, 0x201d},
    {0x95, 0x2022},
    {0x96, 0x2013},
    {0x97, 0x2014},
    {0x98, 0x2dc},
    {0x99, 0x2122},
    {0x9a, 0x161},
    {0x9b, 0x203a},
    {0x9c, 0x153},
    {0x9d, 0x9d},
    {0x9e, 0x17e},
    {0x9f, 0x178},
}; RC__TABLE_END

/* html.unescape: numeric references to these code points become "" (toggle points). */
RC__TABLE_BEGIN const uint32_t rc__uc_html_invalid_codepoint[] = {
    0x1, 0x9, 0xb, 0xc, 0xe, 0x20, 0x7f, 0xa0,
    0xfdd0, 0xfdf0, 0xfffe, 0x10000, 0x1fffe, 0x20000, 0x2fffe, 0x30000,
    0x3fffe, 0x40000, 0x4fffe, 0x50000, 0x5fffe, 0x60000, 0x6fffe, 0x70000,
    0x7fffe, 0x80000, 0x8fffe, 0x90000, 0x9fffe, 0xa0000, 0xafffe, 0xb0000,
    0xbfffe, 0xc0000, 0xcfffe, 0xd0000, 0xdfffe, 0xe0000, 0xefffe, 0xf0000,
    0xffffe, 0x100000, 0x10fffe, 0x110000,
}; RC__TABLE_END

/* BERT (tokenizers 0.23.3 BertNormalizer: clean text, CJK spacing, NFD + mark stripping, lower-case),
   applied to one code point at a time: deleted code points, code points becoming ' ', CJK code
   points surrounded by ' ', Hangul syllables decomposed (in code), and the maps below. */
/* BERT normalizer: code points removed (576 toggle points) */
RC__TABLE_BEGIN const uint32_t rc__uc_bert_deleted[] = {
    0x0, 0x9, 0xb, 0xd, 0xe, 0x20, 0x7f, 0xa0,
    0xad, 0xae, 0x300, 0x370, 0x483, 0x488, 0x591, 0x5be,
    0x5bf, 0x5c0, 0x5c1, 0x5c3, 0x5c4, 0x5c6, 0x5c7, 0x5c8,
    0x600, 0x606, 0x610, 0x61b, 0x61c, 0x61d, 0x64b, 0x660,
    0x670, 0x671, 0x6d6, 0x6de, 0x6df, 0x6e5, 0x6e7, 0x6e9,
    0x6ea, 0x6ee, 0x70f, 0x710, 0x711, 0x712, 0x730, 0x74b,
    0x7a6, 0x7b1, 0x7eb, 0x7f4, 0x816, 0x81a, 0x81b, 0x824,
    0x825, 0x828, 0x829, 0x82e, 0x859, 0x85c, 0x8e3, 0x903,
    0x93a, 0x93b, 0x93c, 0x93d, 0x941, 0x949, 0x94d, 0x94e,
    0x951, 0x958, 0x962, 0x964, 0x981, 0x982, 0x9bc, 0x9bd,
    0x9c1, 0x9c5, 0x9cd, 0x9ce, 0x9e2, 0x9e4, 0xa01, 0xa03,
    0xa3c, 0xa3d, 0xa41, 0xa43, 0xa47, 0xa49, 0xa4b, 0xa4e,
    0xa51, 0xa52, 0xa70, 0xa72, 0xa75, 0xa76, 0xa81, 0xa83,
    0xabc, 0xabd, 0xac1, 0xac6, 0xac7, 0xac9, 0xacd, 0xace,
    0xae2, 0xae4, 0xb01, 0xb02, 0xb3c, 0xb3d, 0xb3f, 0xb40,
    0xb41, 0xb45, 0xb4d, 0xb4e, 0xb56, 0xb57, 0xb62, 0xb64,
    0xb82, 0xb83, 0xbc0, 0xbc1, 0xbcd, 0xbce, 0xc00, 0xc01,
    0xc3e, 0xc41, 0xc46, 0xc49, 0xc4a, 0xc4e, 0xc55, 0xc57,
    0xc62, 0xc64, 0xc81, 0xc82, 0xcbc, 0xcbd, 0xcbf, 0xcc0,
    0xcc6, 0xcc7, 0xccc, 0xcce, 0xce2, 0xce4, 0xd01, 0xd02,
    0xd41, 0xd45, 0xd4d, 0xd4e, 0xd62, 0xd64, 0xdca, 0xdcb,
    0xdd2, 0xdd5, 0xdd6, 0xdd7, 0xe31, 0xe32, 0xe34, 0xe3b,
    0xe47, 0xe4f, 0xeb1, 0xeb2, 0xeb4, 0xeba, 0xebb, 0xebd,
    0xec8, 0xece, 0xf18, 0xf1a, 0xf35, 0xf36, 0xf37, 0xf38,
    0xf39, 0xf3a, 0xf71, 0xf7f, 0xf80, 0xf85, 0xf86, 0xf88,
    0xf8d, 0xf98, 0xf99, 0xfbd, 0xfc6, 0xfc7, 0x102d, 0x1031,
    0x1032, 0x1038, 0x1039, 0x103b, 0x103d, 0x103f, 0x1058, 0x105a,
    0x105e, 0x1061, 0x1071, 0x1075, 0x1082, 0x1083, 0x1085, 0x1087,
    0x108d, 0x108e, 0x109d, 0x109e, 0x135d, 0x1360, 0x1712, 0x1715,
    0x1732, 0x1735, 0x1752, 0x1754, 0x1772, 0x1774, 0x17b4, 0x17b6,
    0x17b7, 0x17be, 0x17c6, 0x17c7, 0x17c9, 0x17d4, 0x17dd, 0x17de,
    0x180b, 0x180f, 0x18a9, 0x18aa, 0x1920, 0x1923, 0x1927, 0x1929,
    0x1932, 0x1933, 0x1939, 0x193c, 0x1a17, 0x1a19, 0x1a1b, 0x1a1c,
    0x1a56, 0x1a57, 0x1a58, 0x1a5f, 0x1a60, 0x1a61, 0x1a62, 0x1a63,
    0x1a65, 0x1a6d, 0x1a73, 0x1a7d, 0x1a7f, 0x1a80, 0x1ab0, 0x1abe,
    0x1b00, 0x1b04, 0x1b34, 0x1b35, 0x1b36, 0x1b3b, 0x1b3c, 0x1b3d,
    0x1b42, 0x1b43, 0x1b6b, 0x1b74, 0x1b80, 0x1b82, 0x1ba2, 0x1ba6,
    0x1ba8, 0x1baa, 0x1bab, 0x1bae, 0x1be6, 0x1be7, 0x1be8, 0x1bea,
    0x1bed, 0x1bee, 0x1bef, 0x1bf2, 0x1c2c, 0x1c34, 0x1c36, 0x1c38,
    0x1cd0, 0x1cd3, 0x1cd4, 0x1ce1, 0x1ce2, 0x1ce9, 0x1ced, 0x1cee,
    0x1cf4, 0x1cf5, 0x1cf8, 0x1cfa, 0x1dc0, 0x1df6, 0x1dfc, 0x1e00,
    0x200b, 0x2010, 0x202a, 0x202f, 0x2060, 0x2065, 0x2066, 0x2070,
    0x20d0, 0x20dd, 0x20e1, 0x20e2, 0x20e5, 0x20f1, 0x2cef, 0x2cf2,
    0x2d7f, 0x2d80, 0x2de0, 0x2e00, 0x302a, 0x302e, 0x3099, 0x309b,
    0xa66f, 0xa670, 0xa674, 0xa67e, 0xa69e, 0xa6a0, 0xa6f0, 0xa6f2,
    0xa802, 0xa803, 0xa806, 0xa807, 0xa80b, 0xa80c, 0xa825, 0xa827,
    0xa8c4, 0xa8c5, 0xa8e0, 0xa8f2, 0xa926, 0xa92e, 0xa947, 0xa952,
    0xa980, 0xa983, 0xa9b3, 0xa9b4, 0xa9b6, 0xa9ba, 0xa9bc, 0xa9bd,
    0xa9e5, 0xa9e6, 0xaa29, 0xaa2f, 0xaa31, 0xaa33, 0xaa35, 0xaa37,
    0xaa43, 0xaa44, 0xaa4c, 0xaa4d, 0xaa7c, 0xaa7d, 0xaab0, 0xaab1,
    0xaab2, 0xaab5, 0xaab7, 0xaab9, 0xaabe, 0xaac0, 0xaac1, 0xaac2,
    0xaaec, 0xaaee, 0xaaf6, 0xaaf7, 0xabe5, 0xabe6, 0xabe8, 0xabe9,
    0xabed, 0xabee, 0xe000, 0xf900, 0xfb1e, 0xfb1f, 0xfe00, 0xfe10,
    0xfe20, 0xfe30, 0xfeff, 0xff00, 0xfff9, 0xfffc, 0xfffd, 0xfffe,
    0x101fd, 0x101fe, 0x102e0, 0x102e1, 0x10376, 0x1037b, 0x10a01, 0x10a04,
    0x10a05, 0x10a07, 0x10a0c, 0x10a10, 0x10a38, 0x10a3b, 0x10a3f, 0x10a40,
    0x10ae5, 0x10ae7, 0x11001, 0x11002, 0x11038, 0x11047, 0x1107f, 0x11082,
    0x110b3, 0x110b7, 0x110b9, 0x110bb, 0x110bd, 0x110be, 0x11100, 0x11103,
    0x11127, 0x1112c, 0x1112d, 0x11135, 0x11173, 0x11174, 0x11180, 0x11182,
    0x111b6, 0x111bf, 0x111ca, 0x111cd, 0x1122f, 0x11232, 0x11234, 0x11235,
    0x11236, 0x11238, 0x112df, 0x112e0, 0x112e3, 0x112eb, 0x11300, 0x11302,
    0x1133c, 0x1133d, 0x11340, 0x11341, 0x11366, 0x1136d, 0x11370, 0x11375,
    0x114b3, 0x114b9, 0x114ba, 0x114bb, 0x114bf, 0x114c1, 0x114c2, 0x114c4,
    0x115b2, 0x115b6, 0x115bc, 0x115be, 0x115bf, 0x115c1, 0x115dc, 0x115de,
    0x11633, 0x1163b, 0x1163d, 0x1163e, 0x1163f, 0x11641, 0x116ab, 0x116ac,
    0x116ad, 0x116ae, 0x116b0, 0x116b6, 0x116b7, 0x116b8, 0x1171d, 0x11720,
    0x11722, 0x11726, 0x11727, 0x1172c, 0x16af0, 0x16af5, 0x16b30, 0x16b37,
    0x16f8f, 0x16f93, 0x1bc9d, 0x1bc9f, 0x1bca0, 0x1bca4, 0x1d167, 0x1d16a,
    0x1d173, 0x1d183, 0x1d185, 0x1d18c, 0x1d1aa, 0x1d1ae, 0x1d242, 0x1d245,
    0x1da00, 0x1da37, 0x1da3b, 0x1da6d, 0x1da75, 0x1da76, 0x1da84, 0x1da85,
    0x1da9b, 0x1daa0, 0x1daa1, 0x1dab0, 0x1e8d0, 0x1e8d7, 0xe0001, 0xe0002,
    0xe0020, 0xe0080, 0xe0100, 0xe01f0, 0xf0000, 0xffffe, 0x100000, 0x10fffe,
}; RC__TABLE_END

/* BERT normalizer: code points replaced by ' ' (18 toggle points) */
RC__TABLE_BEGIN const uint32_t rc__uc_bert_space[] = {
    0x9, 0xb, 0xd, 0xe, 0xa0, 0xa1, 0x1680, 0x1681,
    0x2000, 0x200b, 0x2028, 0x202a, 0x202f, 0x2030, 0x205f, 0x2060,
    0x3000, 0x3001,
}; RC__TABLE_END

/* BERT normalizer: CJK code points surrounded by ' ' (30 toggle points) */
RC__TABLE_BEGIN const uint32_t rc__uc_bert_cjk[] = {
    0x3400, 0x4dc0, 0x4e00, 0xa000, 0xfa0e, 0xfa10, 0xfa11, 0xfa12,
    0xfa13, 0xfa15, 0xfa1f, 0xfa20, 0xfa21, 0xfa22, 0xfa23, 0xfa25,
    0xfa27, 0xfa2a, 0xfa6e, 0xfa70, 0xfada, 0xfb00, 0x20000, 0x2a6e0,
    0x2a700, 0x2b820, 0x2b920, 0x2ceb0, 0x2fa1e, 0x2fa20,
}; RC__TABLE_END

/* BERT normalizer, one code point -> one (rc__uc_delta_run runs, 2104 code points). */
RC__TABLE_BEGIN const rc__uc_delta_run rc__uc_bert_single[] = {
    {0x41, 0x5a, 32, 1}, {0xc0, 0xc0, -95, 1}, {0xc1, 0xc1, -96, 1}, {0xc2, 0xc2, -97, 1},
    {0xc3, 0xc3, -98, 1}, {0xc4, 0xc4, -99, 1}, {0xc5, 0xc5, -100, 1}, {0xc6, 0xc6, 32, 1},
    {0xc7, 0xc7, -100, 1}, {0xc8, 0xc8, -99, 1}, {0xc9, 0xc9, -100, 1}, {0xca, 0xca, -101, 1},
    {0xcb, 0xcb, -102, 1}, {0xcc, 0xcc, -99, 1}, {0xcd, 0xcd, -100, 1}, {0xce, 0xce, -101, 1},
    {0xcf, 0xcf, -102, 1}, {0xd0, 0xd0, 32, 1}, {0xd1, 0xd2, -99, 1}, {0xd3, 0xd3, -100, 1},
    {0xd4, 0xd4, -101, 1}, {0xd5, 0xd5, -102, 1}, {0xd6, 0xd6, -103, 1}, {0xd8, 0xd8, 32, 1},
    {0xd9, 0xd9, -100, 1}, {0xda, 0xda, -101, 1}, {0xdb, 0xdb, -102, 1}, {0xdc, 0xdc, -103, 1},
    {0xdd, 0xdd, -100, 1}, {0xde, 0xde, 32, 1}, {0xe0, 0xe0, -127, 1}, {0xe1, 0xe1, -128, 1},
    {0xe2, 0xe2, -129, 1}, {0xe3, 0xe3, -130, 1}, {0xe4, 0xe4, -131, 1}, {0xe5, 0xe7, -132, 2},
    {0xe8, 0xe8, -131, 1}, {0xe9, 0xe9, -132, 1}, {0xea, 0xea, -133, 1}, {0xeb, 0xeb, -134, 1},
    {0xec, 0xec, -131, 1}, {0xed, 0xed, -132, 1}, {0xee, 0xee, -133, 1}, {0xef, 0xef, -134, 1},
    {0xf1, 0xf2, -131, 1}, {0xf3, 0xf3, -132, 1}, {0xf4, 0xf4, -133, 1}, {0xf5, 0xf5, -134, 1},
    {0xf6, 0xf6, -135, 1}, {0xf9, 0xf9, -132, 1}, {0xfa, 0xfa, -133, 1}, {0xfb, 0xfb, -134, 1},
    {0xfc, 0xfc, -135, 1}, {0xfd, 0xfd, -132, 1}, {0xff, 0xff, -134, 1}, {0x100, 0x100, -159, 1},
    {0x101, 0x101, -160, 1}, {0x102, 0x102, -161, 1}, {0x103, 0x103, -162, 1},
    {0x104, 0x104, -163, 1}, {0x105, 0x105, -164, 1}, {0x106, 0x106, -163, 1},
    {0x107, 0x107, -164, 1}, {0x108, 0x108, -165, 1}, {0x109, 0x109, -166, 1},
    {0x10a, 0x10a, -167, 1}, {0x10b, 0x10b, -168, 1}, {0x10c, 0x10c, -169, 1},
    {0x10d, 0x10e, -170, 1}, {0x10f, 0x10f, -171, 1}, {0x110, 0x110, 1, 1}, {0x112, 0x112, -173, 1},
    {0x113, 0x113, -174, 1}, {0x114, 0x114, -175, 1}, {0x115, 0x115, -176, 1},
    {0x116, 0x116, -177, 1}, {0x117, 0x117, -178, 1}, {0x118, 0x118, -179, 1},
    {0x119, 0x119, -180, 1}, {0x11a, 0x11a, -181, 1}, {0x11b, 0x11b, -182, 1},
    {0x11c, 0x11c, -181, 1}, {0x11d, 0x11d, -182, 1}, {0x11e, 0x11e, -183, 1},
    {0x11f, 0x11f, -184, 1}, {0x120, 0x120, -185, 1}, {0x121, 0x121, -186, 1},
    {0x122, 0x122, -187, 1}, {0x123, 0x124, -188, 1}, {0x125, 0x125, -189, 1}, {0x126, 0x126, 1, 1},
    {0x128, 0x128, -191, 1}, {0x129, 0x129, -192, 1}, {0x12a, 0x12a, -193, 1},
    {0x12b, 0x12b, -194, 1}, {0x12c, 0x12c, -195, 1}, {0x12d, 0x12d, -196, 1},
    {0x12e, 0x12e, -197, 1}, {0x12f, 0x12f, -198, 1}, {0x130, 0x130, -199, 1}, {0x132, 0x132, 1, 1},
    {0x134, 0x134, -202, 1}, {0x135, 0x136, -203, 1}, {0x137, 0x137, -204, 1},
    {0x139, 0x139, -205, 1}, {0x13a, 0x13a, -206, 1}, {0x13b, 0x13b, -207, 1},
    {0x13c, 0x13c, -208, 1}, {0x13d, 0x13d, -209, 1}, {0x13e, 0x13e, -210, 1}, {0x13f, 0x141, 1, 2},
    {0x143, 0x143, -213, 1}, {0x144, 0x144, -214, 1}, {0x145, 0x145, -215, 1},
    {0x146, 0x146, -216, 1}, {0x147, 0x147, -217, 1}, {0x148, 0x148, -218, 1}, {0x14a, 0x14a, 1, 1},
    {0x14c, 0x14c, -221, 1}, {0x14d, 0x14d, -222, 1}, {0x14e, 0x14e, -223, 1},
    {0x14f, 0x14f, -224, 1}, {0x150, 0x150, -225, 1}, {0x151, 0x151, -226, 1}, {0x152, 0x152, 1, 1},
    {0x154, 0x154, -226, 1}, {0x155, 0x155, -227, 1}, {0x156, 0x156, -228, 1},
    {0x157, 0x157, -229, 1}, {0x158, 0x158, -230, 1}, {0x159, 0x15a, -231, 1},
    {0x15b, 0x15b, -232, 1}, {0x15c, 0x15c, -233, 1}, {0x15d, 0x15d, -234, 1},
    {0x15e, 0x15e, -235, 1}, {0x15f, 0x15f, -236, 1}, {0x160, 0x160, -237, 1},
    {0x161, 0x162, -238, 1}, {0x163, 0x163, -239, 1}, {0x164, 0x164, -240, 1},
    {0x165, 0x165, -241, 1}, {0x166, 0x166, 1, 1}, {0x168, 0x168, -243, 1}, {0x169, 0x169, -244, 1},
    {0x16a, 0x16a, -245, 1}, {0x16b, 0x16b, -246, 1}, {0x16c, 0x16c, -247, 1},
    {0x16d, 0x16d, -248, 1}, {0x16e, 0x16e, -249, 1}, {0x16f, 0x16f, -250, 1},
    {0x170, 0x170, -251, 1}, {0x171, 0x171, -252, 1}, {0x172, 0x172, -253, 1},
    {0x173, 0x173, -254, 1}, {0x174, 0x174, -253, 1}, {0x175, 0x175, -254, 1},
    {0x176, 0x176, -253, 1}, {0x177, 0x177, -254, 1}, {0x178, 0x179, -255, 1},
    {0x17a, 0x17a, -256, 1}, {0x17b, 0x17b, -257, 1}, {0x17c, 0x17c, -258, 1},
    {0x17d, 0x17d, -259, 1}, {0x17e, 0x17e, -260, 1}, {0x181, 0x181, 210, 1}, {0x182, 0x184, 1, 2},
    {0x186, 0x186, 206, 1}, {0x187, 0x187, 1, 1}, {0x189, 0x18a, 205, 1}, {0x18b, 0x18b, 1, 1},
    {0x18e, 0x18e, 79, 1}, {0x18f, 0x18f, 202, 1}, {0x190, 0x190, 203, 1}, {0x191, 0x191, 1, 1},
    {0x193, 0x193, 205, 1}, {0x194, 0x194, 207, 1}, {0x196, 0x196, 211, 1}, {0x197, 0x197, 209, 1},
    {0x198, 0x198, 1, 1}, {0x19c, 0x19c, 211, 1}, {0x19d, 0x19d, 213, 1}, {0x19f, 0x19f, 214, 1},
    {0x1a0, 0x1a0, -305, 1}, {0x1a1, 0x1a1, -306, 1}, {0x1a2, 0x1a4, 1, 2}, {0x1a6, 0x1a6, 218, 1},
    {0x1a7, 0x1a7, 1, 1}, {0x1a9, 0x1a9, 218, 1}, {0x1ac, 0x1ac, 1, 1}, {0x1ae, 0x1ae, 218, 1},
    {0x1af, 0x1af, -314, 1}, {0x1b0, 0x1b0, -315, 1}, {0x1b1, 0x1b2, 217, 1}, {0x1b3, 0x1b5, 1, 2},
    {0x1b7, 0x1b7, 219, 1}, {0x1b8, 0x1b8, 1, 1}, {0x1bc, 0x1bc, 1, 1}, {0x1c4, 0x1c4, 2, 1},
    {0x1c5, 0x1c5, 1, 1}, {0x1c7, 0x1c7, 2, 1}, {0x1c8, 0x1c8, 1, 1}, {0x1ca, 0x1ca, 2, 1},
    {0x1cb, 0x1cb, 1, 1}, {0x1cd, 0x1cd, -364, 1}, {0x1ce, 0x1ce, -365, 1}, {0x1cf, 0x1cf, -358, 1},
    {0x1d0, 0x1d0, -359, 1}, {0x1d1, 0x1d1, -354, 1}, {0x1d2, 0x1d2, -355, 1},
    {0x1d3, 0x1d3, -350, 1}, {0x1d4, 0x1d4, -351, 1}, {0x1d5, 0x1d5, -352, 1},
    {0x1d6, 0x1d6, -353, 1}, {0x1d7, 0x1d7, -354, 1}, {0x1d8, 0x1d8, -355, 1},
    {0x1d9, 0x1d9, -356, 1}, {0x1da, 0x1da, -357, 1}, {0x1db, 0x1db, -358, 1},
    {0x1dc, 0x1dc, -359, 1}, {0x1de, 0x1de, -381, 1}, {0x1df, 0x1df, -382, 1},
    {0x1e0, 0x1e0, -383, 1}, {0x1e1, 0x1e1, -384, 1}, {0x1e2, 0x1e2, -252, 1},
    {0x1e3, 0x1e3, -253, 1}, {0x1e4, 0x1e4, 1, 1}, {0x1e6, 0x1e6, -383, 1}, {0x1e7, 0x1e7, -384, 1},
    {0x1e8, 0x1e8, -381, 1}, {0x1e9, 0x1e9, -382, 1}, {0x1ea, 0x1ea, -379, 1},
    {0x1eb, 0x1eb, -380, 1}, {0x1ec, 0x1ec, -381, 1}, {0x1ed, 0x1ed, -382, 1},
    {0x1ee, 0x1ee, 164, 1}, {0x1ef, 0x1ef, 163, 1}, {0x1f0, 0x1f0, -390, 1}, {0x1f1, 0x1f1, 2, 1},
    {0x1f2, 0x1f2, 1, 1}, {0x1f4, 0x1f4, -397, 1}, {0x1f5, 0x1f5, -398, 1}, {0x1f6, 0x1f6, -97, 1},
    {0x1f7, 0x1f7, -56, 1}, {0x1f8, 0x1f8, -394, 1}, {0x1f9, 0x1f9, -395, 1},
    {0x1fa, 0x1fa, -409, 1}, {0x1fb, 0x1fb, -410, 1}, {0x1fc, 0x1fc, -278, 1},
    {0x1fd, 0x1fd, -279, 1}, {0x1fe, 0x1fe, -262, 1}, {0x1ff, 0x1ff, -263, 1},
    {0x200, 0x200, -415, 1}, {0x201, 0x201, -416, 1}, {0x202, 0x202, -417, 1},
    {0x203, 0x203, -418, 1}, {0x204, 0x204, -415, 1}, {0x205, 0x205, -416, 1},
    {0x206, 0x206, -417, 1}, {0x207, 0x207, -418, 1}, {0x208, 0x208, -415, 1},
    {0x209, 0x209, -416, 1}, {0x20a, 0x20a, -417, 1}, {0x20b, 0x20b, -418, 1},
    {0x20c, 0x20c, -413, 1}, {0x20d, 0x20d, -414, 1}, {0x20e, 0x20e, -415, 1},
    {0x20f, 0x20f, -416, 1}, {0x210, 0x210, -414, 1}, {0x211, 0x211, -415, 1},
    {0x212, 0x212, -416, 1}, {0x213, 0x213, -417, 1}, {0x214, 0x214, -415, 1},
    {0x215, 0x215, -416, 1}, {0x216, 0x216, -417, 1}, {0x217, 0x217, -418, 1},
    {0x218, 0x218, -421, 1}, {0x219, 0x21a, -422, 1}, {0x21b, 0x21b, -423, 1}, {0x21c, 0x21c, 1, 1},
    {0x21e, 0x21e, -438, 1}, {0x21f, 0x21f, -439, 1}, {0x220, 0x220, -130, 1}, {0x222, 0x224, 1, 2},
    {0x226, 0x226, -453, 1}, {0x227, 0x227, -454, 1}, {0x228, 0x228, -451, 1},
    {0x229, 0x229, -452, 1}, {0x22a, 0x22a, -443, 1}, {0x22b, 0x22b, -444, 1},
    {0x22c, 0x22c, -445, 1}, {0x22d, 0x22d, -446, 1}, {0x22e, 0x22e, -447, 1},
    {0x22f, 0x22f, -448, 1}, {0x230, 0x230, -449, 1}, {0x231, 0x231, -450, 1},
    {0x232, 0x232, -441, 1}, {0x233, 0x233, -442, 1}, {0x23a, 0x23a, 10795, 1},
    {0x23b, 0x23b, 1, 1}, {0x23d, 0x23d, -163, 1}, {0x23e, 0x23e, 10792, 1}, {0x241, 0x241, 1, 1},
    {0x243, 0x243, -195, 1}, {0x244, 0x244, 69, 1}, {0x245, 0x245, 71, 1}, {0x246, 0x24e, 1, 2},
    {0x370, 0x372, 1, 2}, {0x374, 0x374, -187, 1}, {0x376, 0x376, 1, 1}, {0x37e, 0x37e, -835, 1},
    {0x37f, 0x37f, 116, 1}, {0x385, 0x385, -733, 1}, {0x386, 0x386, 43, 1}, {0x387, 0x387, -720, 1},
    {0x388, 0x388, 45, 1}, {0x389, 0x389, 46, 1}, {0x38a, 0x38a, 47, 1}, {0x38c, 0x38c, 51, 1},
    {0x38e, 0x38e, 55, 1}, {0x38f, 0x38f, 58, 1}, {0x390, 0x390, 41, 1}, {0x391, 0x3a1, 32, 1},
    {0x3a3, 0x3a9, 32, 1}, {0x3aa, 0x3aa, 15, 1}, {0x3ab, 0x3ab, 26, 1}, {0x3ac, 0x3ac, 5, 1},
    {0x3ad, 0x3ad, 8, 1}, {0x3ae, 0x3ae, 9, 1}, {0x3af, 0x3af, 10, 1}, {0x3b0, 0x3b0, 21, 1},
    {0x3ca, 0x3ca, -17, 1}, {0x3cb, 0x3cb, -6, 1}, {0x3cc, 0x3cc, -13, 1}, {0x3cd, 0x3cd, -8, 1},
    {0x3ce, 0x3ce, -5, 1}, {0x3cf, 0x3cf, 8, 1}, {0x3d3, 0x3d3, -1, 1}, {0x3d4, 0x3d4, -2, 1},
    {0x3d8, 0x3ee, 1, 2}, {0x3f4, 0x3f4, -60, 1}, {0x3f7, 0x3f7, 1, 1}, {0x3f9, 0x3f9, -7, 1},
    {0x3fa, 0x3fa, 1, 1}, {0x3fd, 0x3ff, -130, 1}, {0x400, 0x400, 53, 1}, {0x401, 0x401, 52, 1},
    {0x402, 0x402, 80, 1}, {0x403, 0x403, 48, 1}, {0x404, 0x406, 80, 1}, {0x407, 0x407, 79, 1},
    {0x408, 0x40b, 80, 1}, {0x40c, 0x40c, 46, 1}, {0x40d, 0x40d, 43, 1}, {0x40e, 0x40e, 53, 1},
    {0x40f, 0x40f, 80, 1}, {0x410, 0x418, 32, 1}, {0x419, 0x419, 31, 1}, {0x41a, 0x42f, 32, 1},
    {0x439, 0x439, -1, 1}, {0x450, 0x450, -27, 1}, {0x451, 0x451, -28, 1}, {0x453, 0x453, -32, 1},
    {0x457, 0x457, -1, 1}, {0x45c, 0x45c, -34, 1}, {0x45d, 0x45d, -37, 1}, {0x45e, 0x45e, -27, 1},
    {0x460, 0x474, 1, 2}, {0x476, 0x476, -1, 1}, {0x477, 0x477, -2, 1}, {0x478, 0x480, 1, 2},
    {0x48a, 0x4be, 1, 2}, {0x4c0, 0x4c0, 15, 1}, {0x4c1, 0x4c1, -139, 1}, {0x4c2, 0x4c2, -140, 1},
    {0x4c3, 0x4cd, 1, 2}, {0x4d0, 0x4d0, -160, 1}, {0x4d1, 0x4d1, -161, 1}, {0x4d2, 0x4d2, -162, 1},
    {0x4d3, 0x4d3, -163, 1}, {0x4d4, 0x4d4, 1, 1}, {0x4d6, 0x4d6, -161, 1}, {0x4d7, 0x4d7, -162, 1},
    {0x4d8, 0x4d8, 1, 1}, {0x4da, 0x4da, -1, 1}, {0x4db, 0x4db, -2, 1}, {0x4dc, 0x4dc, -166, 1},
    {0x4dd, 0x4de, -167, 1}, {0x4df, 0x4df, -168, 1}, {0x4e0, 0x4e0, 1, 1}, {0x4e2, 0x4e2, -170, 1},
    {0x4e3, 0x4e3, -171, 1}, {0x4e4, 0x4e4, -172, 1}, {0x4e5, 0x4e5, -173, 1},
    {0x4e6, 0x4e6, -168, 1}, {0x4e7, 0x4e7, -169, 1}, {0x4e8, 0x4e8, 1, 1}, {0x4ea, 0x4ea, -1, 1},
    {0x4eb, 0x4eb, -2, 1}, {0x4ec, 0x4ec, -159, 1}, {0x4ed, 0x4ed, -160, 1},
    {0x4ee, 0x4ee, -171, 1}, {0x4ef, 0x4ef, -172, 1}, {0x4f0, 0x4f0, -173, 1},
    {0x4f1, 0x4f1, -174, 1}, {0x4f2, 0x4f2, -175, 1}, {0x4f3, 0x4f3, -176, 1},
    {0x4f4, 0x4f4, -173, 1}, {0x4f5, 0x4f5, -174, 1}, {0x4f6, 0x4f6, 1, 1}, {0x4f8, 0x4f8, -173, 1},
    {0x4f9, 0x4f9, -174, 1}, {0x4fa, 0x52e, 1, 2}, {0x531, 0x556, 48, 1}, {0x622, 0x622, 5, 1},
    {0x623, 0x623, 4, 1}, {0x624, 0x624, 36, 1}, {0x625, 0x625, 2, 1}, {0x626, 0x626, 36, 1},
    {0x6c0, 0x6c0, 21, 1}, {0x6c2, 0x6c2, -1, 1}, {0x6d3, 0x6d3, -1, 1}, {0x929, 0x929, -1, 1},
    {0x931, 0x931, -1, 1}, {0x934, 0x934, -1, 1}, {0x958, 0x95a, -67, 1}, {0x95b, 0x95b, -63, 1},
    {0x95c, 0x95d, -59, 1}, {0x95e, 0x95e, -51, 1}, {0x95f, 0x95f, -48, 1}, {0x9dc, 0x9dd, -59, 1},
    {0x9df, 0x9df, -48, 1}, {0xa33, 0xa33, -1, 1}, {0xa36, 0xa36, 2, 1}, {0xa59, 0xa5a, -67, 1},
    {0xa5b, 0xa5b, -63, 1}, {0xa5e, 0xa5e, -51, 1}, {0xb48, 0xb48, -1, 1}, {0xb5c, 0xb5d, -59, 1},
    {0xcc0, 0xcc0, 21, 1}, {0xcc7, 0xcc8, 14, 1}, {0xcca, 0xcca, -8, 1}, {0xdda, 0xdda, -1, 1},
    {0xf43, 0xf43, -1, 1}, {0xf4d, 0xf4d, -1, 1}, {0xf52, 0xf52, -1, 1}, {0xf57, 0xf57, -1, 1},
    {0xf5c, 0xf5c, -1, 1}, {0xf69, 0xf69, -41, 1}, {0x1026, 0x1026, -1, 1},
    {0x10a0, 0x10c5, 7264, 1}, {0x10c7, 0x10c7, 7264, 1}, {0x10cd, 0x10cd, 7264, 1},
    {0x13a0, 0x13ef, 38864, 1}, {0x13f0, 0x13f5, 8, 1}, {0x1b3b, 0x1b3b, -6, 1},
    {0x1b3d, 0x1b3d, -8, 1}, {0x1b43, 0x1b43, -14, 1}, {0x1c89, 0x1c89, 1, 1},
    {0x1c90, 0x1cba, -3008, 1}, {0x1cbd, 0x1cbf, -3008, 1}, {0x1e00, 0x1e00, -7583, 1},
    {0x1e01, 0x1e02, -7584, 1}, {0x1e03, 0x1e03, -7585, 1}, {0x1e04, 0x1e04, -7586, 1},
    {0x1e05, 0x1e05, -7587, 1}, {0x1e06, 0x1e06, -7588, 1}, {0x1e07, 0x1e08, -7589, 1},
    {0x1e09, 0x1e0a, -7590, 1}, {0x1e0b, 0x1e0b, -7591, 1}, {0x1e0c, 0x1e0c, -7592, 1},
    {0x1e0d, 0x1e0d, -7593, 1}, {0x1e0e, 0x1e0e, -7594, 1}, {0x1e0f, 0x1e0f, -7595, 1},
    {0x1e10, 0x1e10, -7596, 1}, {0x1e11, 0x1e11, -7597, 1}, {0x1e12, 0x1e12, -7598, 1},
    {0x1e13, 0x1e14, -7599, 1}, {0x1e15, 0x1e15, -7600, 1}, {0x1e16, 0x1e16, -7601, 1},
    {0x1e17, 0x1e17, -7602, 1}, {0x1e18, 0x1e18, -7603, 1}, {0x1e19, 0x1e19, -7604, 1},
    {0x1e1a, 0x1e1a, -7605, 1}, {0x1e1b, 0x1e1b, -7606, 1}, {0x1e1c, 0x1e1c, -7607, 1},
    {0x1e1d, 0x1e1e, -7608, 1}, {0x1e1f, 0x1e20, -7609, 1}, {0x1e21, 0x1e22, -7610, 1},
    {0x1e23, 0x1e23, -7611, 1}, {0x1e24, 0x1e24, -7612, 1}, {0x1e25, 0x1e25, -7613, 1},
    {0x1e26, 0x1e26, -7614, 1}, {0x1e27, 0x1e27, -7615, 1}, {0x1e28, 0x1e28, -7616, 1},
    {0x1e29, 0x1e29, -7617, 1}, {0x1e2a, 0x1e2a, -7618, 1}, {0x1e2b, 0x1e2c, -7619, 1},
    {0x1e2d, 0x1e2d, -7620, 1}, {0x1e2e, 0x1e2e, -7621, 1}, {0x1e2f, 0x1e2f, -7622, 1},
    {0x1e30, 0x1e30, -7621, 1}, {0x1e31, 0x1e31, -7622, 1}, {0x1e32, 0x1e32, -7623, 1},
    {0x1e33, 0x1e33, -7624, 1}, {0x1e34, 0x1e34, -7625, 1}, {0x1e35, 0x1e36, -7626, 1},
    {0x1e37, 0x1e37, -7627, 1}, {0x1e38, 0x1e38, -7628, 1}, {0x1e39, 0x1e39, -7629, 1},
    {0x1e3a, 0x1e3a, -7630, 1}, {0x1e3b, 0x1e3b, -7631, 1}, {0x1e3c, 0x1e3c, -7632, 1},
    {0x1e3d, 0x1e3e, -7633, 1}, {0x1e3f, 0x1e3f, -7634, 1}, {0x1e40, 0x1e40, -7635, 1},
    {0x1e41, 0x1e41, -7636, 1}, {0x1e42, 0x1e42, -7637, 1}, {0x1e43, 0x1e44, -7638, 1},
    {0x1e45, 0x1e45, -7639, 1}, {0x1e46, 0x1e46, -7640, 1}, {0x1e47, 0x1e47, -7641, 1},
    {0x1e48, 0x1e48, -7642, 1}, {0x1e49, 0x1e49, -7643, 1}, {0x1e4a, 0x1e4a, -7644, 1},
    {0x1e4b, 0x1e4c, -7645, 1}, {0x1e4d, 0x1e4d, -7646, 1}, {0x1e4e, 0x1e4e, -7647, 1},
    {0x1e4f, 0x1e4f, -7648, 1}, {0x1e50, 0x1e50, -7649, 1}, {0x1e51, 0x1e51, -7650, 1},
    {0x1e52, 0x1e52, -7651, 1}, {0x1e53, 0x1e54, -7652, 1}, {0x1e55, 0x1e55, -7653, 1},
    {0x1e56, 0x1e56, -7654, 1}, {0x1e57, 0x1e57, -7655, 1}, {0x1e58, 0x1e58, -7654, 1},
    {0x1e59, 0x1e59, -7655, 1}, {0x1e5a, 0x1e5a, -7656, 1}, {0x1e5b, 0x1e5b, -7657, 1},
    {0x1e5c, 0x1e5c, -7658, 1}, {0x1e5d, 0x1e5d, -7659, 1}, {0x1e5e, 0x1e5e, -7660, 1},
    {0x1e5f, 0x1e60, -7661, 1}, {0x1e61, 0x1e61, -7662, 1}, {0x1e62, 0x1e62, -7663, 1},
    {0x1e63, 0x1e63, -7664, 1}, {0x1e64, 0x1e64, -7665, 1}, {0x1e65, 0x1e65, -7666, 1},
    {0x1e66, 0x1e66, -7667, 1}, {0x1e67, 0x1e67, -7668, 1}, {0x1e68, 0x1e68, -7669, 1},
    {0x1e69, 0x1e6a, -7670, 1}, {0x1e6b, 0x1e6b, -7671, 1}, {0x1e6c, 0x1e6c, -7672, 1},
    {0x1e6d, 0x1e6d, -7673, 1}, {0x1e6e, 0x1e6e, -7674, 1}, {0x1e6f, 0x1e6f, -7675, 1},
    {0x1e70, 0x1e70, -7676, 1}, {0x1e71, 0x1e72, -7677, 1}, {0x1e73, 0x1e73, -7678, 1},
    {0x1e74, 0x1e74, -7679, 1}, {0x1e75, 0x1e75, -7680, 1}, {0x1e76, 0x1e76, -7681, 1},
    {0x1e77, 0x1e77, -7682, 1}, {0x1e78, 0x1e78, -7683, 1}, {0x1e79, 0x1e79, -7684, 1},
    {0x1e7a, 0x1e7a, -7685, 1}, {0x1e7b, 0x1e7c, -7686, 1}, {0x1e7d, 0x1e7d, -7687, 1},
    {0x1e7e, 0x1e7e, -7688, 1}, {0x1e7f, 0x1e80, -7689, 1}, {0x1e81, 0x1e81, -7690, 1},
    {0x1e82, 0x1e82, -7691, 1}, {0x1e83, 0x1e83, -7692, 1}, {0x1e84, 0x1e84, -7693, 1},
    {0x1e85, 0x1e85, -7694, 1}, {0x1e86, 0x1e86, -7695, 1}, {0x1e87, 0x1e87, -7696, 1},
    {0x1e88, 0x1e88, -7697, 1}, {0x1e89, 0x1e8a, -7698, 1}, {0x1e8b, 0x1e8b, -7699, 1},
    {0x1e8c, 0x1e8c, -7700, 1}, {0x1e8d, 0x1e8e, -7701, 1}, {0x1e8f, 0x1e90, -7702, 1},
    {0x1e91, 0x1e91, -7703, 1}, {0x1e92, 0x1e92, -7704, 1}, {0x1e93, 0x1e93, -7705, 1},
    {0x1e94, 0x1e94, -7706, 1}, {0x1e95, 0x1e95, -7707, 1}, {0x1e96, 0x1e96, -7726, 1},
    {0x1e97, 0x1e97, -7715, 1}, {0x1e98, 0x1e98, -7713, 1}, {0x1e99, 0x1e99, -7712, 1},
    {0x1e9b, 0x1e9b, -7452, 1}, {0x1e9e, 0x1e9e, -7615, 1}, {0x1ea0, 0x1ea0, -7743, 1},
    {0x1ea1, 0x1ea1, -7744, 1}, {0x1ea2, 0x1ea2, -7745, 1}, {0x1ea3, 0x1ea3, -7746, 1},
    {0x1ea4, 0x1ea4, -7747, 1}, {0x1ea5, 0x1ea5, -7748, 1}, {0x1ea6, 0x1ea6, -7749, 1},
    {0x1ea7, 0x1ea7, -7750, 1}, {0x1ea8, 0x1ea8, -7751, 1}, {0x1ea9, 0x1ea9, -7752, 1},
    {0x1eaa, 0x1eaa, -7753, 1}, {0x1eab, 0x1eab, -7754, 1}, {0x1eac, 0x1eac, -7755, 1},
    {0x1ead, 0x1ead, -7756, 1}, {0x1eae, 0x1eae, -7757, 1}, {0x1eaf, 0x1eaf, -7758, 1},
    {0x1eb0, 0x1eb0, -7759, 1}, {0x1eb1, 0x1eb1, -7760, 1}, {0x1eb2, 0x1eb2, -7761, 1},
    {0x1eb3, 0x1eb3, -7762, 1}, {0x1eb4, 0x1eb4, -7763, 1}, {0x1eb5, 0x1eb5, -7764, 1},
    {0x1eb6, 0x1eb6, -7765, 1}, {0x1eb7, 0x1eb7, -7766, 1}, {0x1eb8, 0x1eb8, -7763, 1},
    {0x1eb9, 0x1eb9, -7764, 1}, {0x1eba, 0x1eba, -7765, 1}, {0x1ebb, 0x1ebb, -7766, 1},
    {0x1ebc, 0x1ebc, -7767, 1}, {0x1ebd, 0x1ebd, -7768, 1}, {0x1ebe, 0x1ebe, -7769, 1},
    {0x1ebf, 0x1ebf, -7770, 1}, {0x1ec0, 0x1ec0, -7771, 1}, {0x1ec1, 0x1ec1, -7772, 1},
    {0x1ec2, 0x1ec2, -7773, 1}, {0x1ec3, 0x1ec3, -7774, 1}, {0x1ec4, 0x1ec4, -7775, 1},
    {0x1ec5, 0x1ec5, -7776, 1}, {0x1ec6, 0x1ec6, -7777, 1}, {0x1ec7, 0x1ec7, -7778, 1},
    {0x1ec8, 0x1ec8, -7775, 1}, {0x1ec9, 0x1ec9, -7776, 1}, {0x1eca, 0x1eca, -7777, 1},
    {0x1ecb, 0x1ecb, -7778, 1}, {0x1ecc, 0x1ecc, -7773, 1}, {0x1ecd, 0x1ecd, -7774, 1},
    {0x1ece, 0x1ece, -7775, 1}, {0x1ecf, 0x1ecf, -7776, 1}, {0x1ed0, 0x1ed0, -7777, 1},
    {0x1ed1, 0x1ed1, -7778, 1}, {0x1ed2, 0x1ed2, -7779, 1}, {0x1ed3, 0x1ed3, -7780, 1},
    {0x1ed4, 0x1ed4, -7781, 1}, {0x1ed5, 0x1ed5, -7782, 1}, {0x1ed6, 0x1ed6, -7783, 1},
    {0x1ed7, 0x1ed7, -7784, 1}, {0x1ed8, 0x1ed8, -7785, 1}, {0x1ed9, 0x1ed9, -7786, 1},
    {0x1eda, 0x1eda, -7787, 1}, {0x1edb, 0x1edb, -7788, 1}, {0x1edc, 0x1edc, -7789, 1},
    {0x1edd, 0x1edd, -7790, 1}, {0x1ede, 0x1ede, -7791, 1}, {0x1edf, 0x1edf, -7792, 1},
    {0x1ee0, 0x1ee0, -7793, 1}, {0x1ee1, 0x1ee1, -7794, 1}, {0x1ee2, 0x1ee2, -7795, 1},
    {0x1ee3, 0x1ee3, -7796, 1}, {0x1ee4, 0x1ee4, -7791, 1}, {0x1ee5, 0x1ee5, -7792, 1},
    {0x1ee6, 0x1ee6, -7793, 1}, {0x1ee7, 0x1ee7, -7794, 1}, {0x1ee8, 0x1ee8, -7795, 1},
    {0x1ee9, 0x1ee9, -7796, 1}, {0x1eea, 0x1eea, -7797, 1}, {0x1eeb, 0x1eeb, -7798, 1},
    {0x1eec, 0x1eec, -7799, 1}, {0x1eed, 0x1eed, -7800, 1}, {0x1eee, 0x1eee, -7801, 1},
    {0x1eef, 0x1eef, -7802, 1}, {0x1ef0, 0x1ef0, -7803, 1}, {0x1ef1, 0x1ef1, -7804, 1},
    {0x1ef2, 0x1ef2, -7801, 1}, {0x1ef3, 0x1ef3, -7802, 1}, {0x1ef4, 0x1ef4, -7803, 1},
    {0x1ef5, 0x1ef5, -7804, 1}, {0x1ef6, 0x1ef6, -7805, 1}, {0x1ef7, 0x1ef7, -7806, 1},
    {0x1ef8, 0x1ef8, -7807, 1}, {0x1ef9, 0x1ef9, -7808, 1}, {0x1efa, 0x1efe, 1, 2},
    {0x1f00, 0x1f00, -6991, 1}, {0x1f01, 0x1f01, -6992, 1}, {0x1f02, 0x1f02, -6993, 1},
    {0x1f03, 0x1f03, -6994, 1}, {0x1f04, 0x1f04, -6995, 1}, {0x1f05, 0x1f05, -6996, 1},
    {0x1f06, 0x1f06, -6997, 1}, {0x1f07, 0x1f07, -6998, 1}, {0x1f08, 0x1f08, -6999, 1},
    {0x1f09, 0x1f09, -7000, 1}, {0x1f0a, 0x1f0a, -7001, 1}, {0x1f0b, 0x1f0b, -7002, 1},
    {0x1f0c, 0x1f0c, -7003, 1}, {0x1f0d, 0x1f0d, -7004, 1}, {0x1f0e, 0x1f0e, -7005, 1},
    {0x1f0f, 0x1f0f, -7006, 1}, {0x1f10, 0x1f10, -7003, 1}, {0x1f11, 0x1f11, -7004, 1},
    {0x1f12, 0x1f12, -7005, 1}, {0x1f13, 0x1f13, -7006, 1}, {0x1f14, 0x1f14, -7007, 1},
    {0x1f15, 0x1f15, -7008, 1}, {0x1f18, 0x1f18, -7011, 1}, {0x1f19, 0x1f19, -7012, 1},
    {0x1f1a, 0x1f1a, -7013, 1}, {0x1f1b, 0x1f1b, -7014, 1}, {0x1f1c, 0x1f1c, -7015, 1},
    {0x1f1d, 0x1f1d, -7016, 1}, {0x1f20, 0x1f20, -7017, 1}, {0x1f21, 0x1f21, -7018, 1},
    {0x1f22, 0x1f22, -7019, 1}, {0x1f23, 0x1f23, -7020, 1}, {0x1f24, 0x1f24, -7021, 1},
    {0x1f25, 0x1f25, -7022, 1}, {0x1f26, 0x1f26, -7023, 1}, {0x1f27, 0x1f27, -7024, 1},
    {0x1f28, 0x1f28, -7025, 1}, {0x1f29, 0x1f29, -7026, 1}, {0x1f2a, 0x1f2a, -7027, 1},
    {0x1f2b, 0x1f2b, -7028, 1}, {0x1f2c, 0x1f2c, -7029, 1}, {0x1f2d, 0x1f2d, -7030, 1},
    {0x1f2e, 0x1f2e, -7031, 1}, {0x1f2f, 0x1f2f, -7032, 1}, {0x1f30, 0x1f30, -7031, 1},
    {0x1f31, 0x1f31, -7032, 1}, {0x1f32, 0x1f32, -7033, 1}, {0x1f33, 0x1f33, -7034, 1},
    {0x1f34, 0x1f34, -7035, 1}, {0x1f35, 0x1f35, -7036, 1}, {0x1f36, 0x1f36, -7037, 1},
    {0x1f37, 0x1f37, -7038, 1}, {0x1f38, 0x1f38, -7039, 1}, {0x1f39, 0x1f39, -7040, 1},
    {0x1f3a, 0x1f3a, -7041, 1}, {0x1f3b, 0x1f3b, -7042, 1}, {0x1f3c, 0x1f3c, -7043, 1},
    {0x1f3d, 0x1f3d, -7044, 1}, {0x1f3e, 0x1f3e, -7045, 1}, {0x1f3f, 0x1f3f, -7046, 1},
    {0x1f40, 0x1f40, -7041, 1}, {0x1f41, 0x1f41, -7042, 1}, {0x1f42, 0x1f42, -7043, 1},
    {0x1f43, 0x1f43, -7044, 1}, {0x1f44, 0x1f44, -7045, 1}, {0x1f45, 0x1f45, -7046, 1},
    {0x1f48, 0x1f48, -7049, 1}, {0x1f49, 0x1f49, -7050, 1}, {0x1f4a, 0x1f4a, -7051, 1},
    {0x1f4b, 0x1f4b, -7052, 1}, {0x1f4c, 0x1f4c, -7053, 1}, {0x1f4d, 0x1f4d, -7054, 1},
    {0x1f50, 0x1f50, -7051, 1}, {0x1f51, 0x1f51, -7052, 1}, {0x1f52, 0x1f52, -7053, 1},
    {0x1f53, 0x1f53, -7054, 1}, {0x1f54, 0x1f54, -7055, 1}, {0x1f55, 0x1f55, -7056, 1},
    {0x1f56, 0x1f56, -7057, 1}, {0x1f57, 0x1f57, -7058, 1}, {0x1f59, 0x1f59, -7060, 1},
    {0x1f5b, 0x1f5b, -7062, 1}, {0x1f5d, 0x1f5d, -7064, 1}, {0x1f5f, 0x1f5f, -7066, 1},
    {0x1f60, 0x1f60, -7063, 1}, {0x1f61, 0x1f61, -7064, 1}, {0x1f62, 0x1f62, -7065, 1},
    {0x1f63, 0x1f63, -7066, 1}, {0x1f64, 0x1f64, -7067, 1}, {0x1f65, 0x1f65, -7068, 1},
    {0x1f66, 0x1f66, -7069, 1}, {0x1f67, 0x1f67, -7070, 1}, {0x1f68, 0x1f68, -7071, 1},
    {0x1f69, 0x1f69, -7072, 1}, {0x1f6a, 0x1f6a, -7073, 1}, {0x1f6b, 0x1f6b, -7074, 1},
    {0x1f6c, 0x1f6c, -7075, 1}, {0x1f6d, 0x1f6d, -7076, 1}, {0x1f6e, 0x1f6e, -7077, 1},
    {0x1f6f, 0x1f6f, -7078, 1}, {0x1f70, 0x1f70, -7103, 1}, {0x1f71, 0x1f71, -7104, 1},
    {0x1f72, 0x1f72, -7101, 1}, {0x1f73, 0x1f73, -7102, 1}, {0x1f74, 0x1f74, -7101, 1},
    {0x1f75, 0x1f75, -7102, 1}, {0x1f76, 0x1f76, -7101, 1}, {0x1f77, 0x1f77, -7102, 1},
    {0x1f78, 0x1f78, -7097, 1}, {0x1f79, 0x1f79, -7098, 1}, {0x1f7a, 0x1f7a, -7093, 1},
    {0x1f7b, 0x1f7b, -7094, 1}, {0x1f7c, 0x1f7c, -7091, 1}, {0x1f7d, 0x1f7d, -7092, 1},
    {0x1f80, 0x1f80, -7119, 1}, {0x1f81, 0x1f81, -7120, 1}, {0x1f82, 0x1f82, -7121, 1},
    {0x1f83, 0x1f83, -7122, 1}, {0x1f84, 0x1f84, -7123, 1}, {0x1f85, 0x1f85, -7124, 1},
    {0x1f86, 0x1f86, -7125, 1}, {0x1f87, 0x1f87, -7126, 1}, {0x1f88, 0x1f88, -7127, 1},
    {0x1f89, 0x1f89, -7128, 1}, {0x1f8a, 0x1f8a, -7129, 1}, {0x1f8b, 0x1f8b, -7130, 1},
    {0x1f8c, 0x1f8c, -7131, 1}, {0x1f8d, 0x1f8d, -7132, 1}, {0x1f8e, 0x1f8e, -7133, 1},
    {0x1f8f, 0x1f8f, -7134, 1}, {0x1f90, 0x1f90, -7129, 1}, {0x1f91, 0x1f91, -7130, 1},
    {0x1f92, 0x1f92, -7131, 1}, {0x1f93, 0x1f93, -7132, 1}, {0x1f94, 0x1f94, -7133, 1},
    {0x1f95, 0x1f95, -7134, 1}, {0x1f96, 0x1f96, -7135, 1}, {0x1f97, 0x1f97, -7136, 1},
    {0x1f98, 0x1f98, -7137, 1}, {0x1f99, 0x1f99, -7138, 1}, {0x1f9a, 0x1f9a, -7139, 1},
    {0x1f9b, 0x1f9b, -7140, 1}, {0x1f9c, 0x1f9c, -7141, 1}, {0x1f9d, 0x1f9d, -7142, 1},
    {0x1f9e, 0x1f9e, -7143, 1}, {0x1f9f, 0x1f9f, -7144, 1}, {0x1fa0, 0x1fa0, -7127, 1},
    {0x1fa1, 0x1fa1, -7128, 1}, {0x1fa2, 0x1fa2, -7129, 1}, {0x1fa3, 0x1fa3, -7130, 1},
    {0x1fa4, 0x1fa4, -7131, 1}, {0x1fa5, 0x1fa5, -7132, 1}, {0x1fa6, 0x1fa6, -7133, 1},
    {0x1fa7, 0x1fa7, -7134, 1}, {0x1fa8, 0x1fa8, -7135, 1}, {0x1fa9, 0x1fa9, -7136, 1},
    {0x1faa, 0x1faa, -7137, 1}, {0x1fab, 0x1fab, -7138, 1}, {0x1fac, 0x1fac, -7139, 1},
    {0x1fad, 0x1fad, -7140, 1}, {0x1fae, 0x1fae, -7141, 1}, {0x1faf, 0x1faf, -7142, 1},
    {0x1fb0, 0x1fb0, -7167, 1}, {0x1fb1, 0x1fb1, -7168, 1}, {0x1fb2, 0x1fb2, -7169, 1},
    {0x1fb3, 0x1fb3, -7170, 1}, {0x1fb4, 0x1fb4, -7171, 1}, {0x1fb6, 0x1fb6, -7173, 1},
    {0x1fb7, 0x1fb7, -7174, 1}, {0x1fb8, 0x1fb8, -7175, 1}, {0x1fb9, 0x1fb9, -7176, 1},
    {0x1fba, 0x1fba, -7177, 1}, {0x1fbb, 0x1fbb, -7178, 1}, {0x1fbc, 0x1fbc, -7179, 1},
    {0x1fbe, 0x1fbe, -7173, 1}, {0x1fc1, 0x1fc1, -7961, 1}, {0x1fc2, 0x1fc2, -7179, 1},
    {0x1fc3, 0x1fc3, -7180, 1}, {0x1fc4, 0x1fc4, -7181, 1}, {0x1fc6, 0x1fc6, -7183, 1},
    {0x1fc7, 0x1fc7, -7184, 1}, {0x1fc8, 0x1fc8, -7187, 1}, {0x1fc9, 0x1fc9, -7188, 1},
    {0x1fca, 0x1fca, -7187, 1}, {0x1fcb, 0x1fcb, -7188, 1}, {0x1fcc, 0x1fcc, -7189, 1},
    {0x1fcd, 0x1fcd, -14, 1}, {0x1fce, 0x1fce, -15, 1}, {0x1fcf, 0x1fcf, -16, 1},
    {0x1fd0, 0x1fd0, -7191, 1}, {0x1fd1, 0x1fd1, -7192, 1}, {0x1fd2, 0x1fd2, -7193, 1},
    {0x1fd3, 0x1fd3, -7194, 1}, {0x1fd6, 0x1fd6, -7197, 1}, {0x1fd7, 0x1fd7, -7198, 1},
    {0x1fd8, 0x1fd8, -7199, 1}, {0x1fd9, 0x1fd9, -7200, 1}, {0x1fda, 0x1fda, -7201, 1},
    {0x1fdb, 0x1fdb, -7202, 1}, {0x1fdd, 0x1fdd, 33, 1}, {0x1fde, 0x1fde, 32, 1},
    {0x1fdf, 0x1fdf, 31, 1}, {0x1fe0, 0x1fe0, -7195, 1}, {0x1fe1, 0x1fe1, -7196, 1},
    {0x1fe2, 0x1fe2, -7197, 1}, {0x1fe3, 0x1fe3, -7198, 1}, {0x1fe4, 0x1fe4, -7203, 1},
    {0x1fe5, 0x1fe5, -7204, 1}, {0x1fe6, 0x1fe6, -7201, 1}, {0x1fe7, 0x1fe7, -7202, 1},
    {0x1fe8, 0x1fe8, -7203, 1}, {0x1fe9, 0x1fe9, -7204, 1}, {0x1fea, 0x1fea, -7205, 1},
    {0x1feb, 0x1feb, -7206, 1}, {0x1fec, 0x1fec, -7211, 1}, {0x1fed, 0x1fed, -8005, 1},
    {0x1fee, 0x1fee, -8006, 1}, {0x1fef, 0x1fef, -8079, 1}, {0x1ff2, 0x1ff2, -7209, 1},
    {0x1ff3, 0x1ff3, -7210, 1}, {0x1ff4, 0x1ff4, -7211, 1}, {0x1ff6, 0x1ff6, -7213, 1},
    {0x1ff7, 0x1ff7, -7214, 1}, {0x1ff8, 0x1ff8, -7225, 1}, {0x1ff9, 0x1ff9, -7226, 1},
    {0x1ffa, 0x1ffa, -7217, 1}, {0x1ffb, 0x1ffb, -7218, 1}, {0x1ffc, 0x1ffc, -7219, 1},
    {0x1ffd, 0x1ffd, -8009, 1}, {0x2126, 0x2126, -7517, 1}, {0x212a, 0x212a, -8383, 1},
    {0x212b, 0x212b, -8394, 1}, {0x2132, 0x2132, 28, 1}, {0x2160, 0x216f, 16, 1},
    {0x2183, 0x2183, 1, 1}, {0x219a, 0x219a, -10, 1}, {0x219b, 0x219b, -9, 1},
    {0x21ae, 0x21ae, -26, 1}, {0x21cd, 0x21cd, 3, 1}, {0x21ce, 0x21ce, 6, 1},
    {0x21cf, 0x21cf, 3, 1}, {0x2204, 0x2204, -1, 1}, {0x2209, 0x2209, -1, 1},
    {0x220c, 0x220c, -1, 1}, {0x2224, 0x2226, -1, 2}, {0x2241, 0x2241, -5, 1},
    {0x2244, 0x2244, -1, 1}, {0x2247, 0x2247, -2, 1}, {0x2249, 0x2249, -1, 1},
    {0x2260, 0x2260, -8739, 1}, {0x2262, 0x2262, -1, 1}, {0x226d, 0x226d, -32, 1},
    {0x226e, 0x226e, -8754, 1}, {0x226f, 0x226f, -8753, 1}, {0x2270, 0x2271, -12, 1},
    {0x2274, 0x2275, -2, 1}, {0x2278, 0x2279, -2, 1}, {0x2280, 0x2281, -6, 1},
    {0x2284, 0x2285, -2, 1}, {0x2288, 0x2289, -2, 1}, {0x22ac, 0x22ac, -10, 1},
    {0x22ad, 0x22ae, -5, 1}, {0x22af, 0x22af, -4, 1}, {0x22e0, 0x22e1, -100, 1},
    {0x22e2, 0x22e3, -81, 1}, {0x22ea, 0x22ed, -56, 1}, {0x2329, 0x232a, 3295, 1},
    {0x24b6, 0x24cf, 26, 1}, {0x2adc, 0x2adc, 1, 1}, {0x2c00, 0x2c2f, 48, 1},
    {0x2c60, 0x2c60, 1, 1}, {0x2c62, 0x2c62, -10743, 1}, {0x2c63, 0x2c63, -3814, 1},
    {0x2c64, 0x2c64, -10727, 1}, {0x2c67, 0x2c6b, 1, 2}, {0x2c6d, 0x2c6d, -10780, 1},
    {0x2c6e, 0x2c6e, -10749, 1}, {0x2c6f, 0x2c6f, -10783, 1}, {0x2c70, 0x2c70, -10782, 1},
    {0x2c72, 0x2c72, 1, 1}, {0x2c75, 0x2c75, 1, 1}, {0x2c7e, 0x2c7f, -10815, 1},
    {0x2c80, 0x2ce2, 1, 2}, {0x2ceb, 0x2ced, 1, 2}, {0x2cf2, 0x2cf2, 1, 1}, {0x304c, 0x3062, -1, 2},
    {0x3065, 0x3069, -1, 2}, {0x3070, 0x3070, -1, 1}, {0x3071, 0x3071, -2, 1},
    {0x3073, 0x3073, -1, 1}, {0x3074, 0x3074, -2, 1}, {0x3076, 0x3076, -1, 1},
    {0x3077, 0x3077, -2, 1}, {0x3079, 0x3079, -1, 1}, {0x307a, 0x307a, -2, 1},
    {0x307c, 0x307c, -1, 1}, {0x307d, 0x307d, -2, 1}, {0x3094, 0x3094, -78, 1},
    {0x309e, 0x309e, -1, 1}, {0x30ac, 0x30c2, -1, 2}, {0x30c5, 0x30c9, -1, 2},
    {0x30d0, 0x30d0, -1, 1}, {0x30d1, 0x30d1, -2, 1}, {0x30d3, 0x30d3, -1, 1},
    {0x30d4, 0x30d4, -2, 1}, {0x30d6, 0x30d6, -1, 1}, {0x30d7, 0x30d7, -2, 1},
    {0x30d9, 0x30d9, -1, 1}, {0x30da, 0x30da, -2, 1}, {0x30dc, 0x30dc, -1, 1},
    {0x30dd, 0x30dd, -2, 1}, {0x30f4, 0x30f4, -78, 1}, {0x30f7, 0x30fa, -8, 1},
    {0x30fe, 0x30fe, -1, 1}, {0xa640, 0xa66c, 1, 2}, {0xa680, 0xa69a, 1, 2}, {0xa722, 0xa72e, 1, 2},
    {0xa732, 0xa76e, 1, 2}, {0xa779, 0xa77b, 1, 2}, {0xa77d, 0xa77d, -35332, 1},
    {0xa77e, 0xa786, 1, 2}, {0xa78b, 0xa78b, 1, 1}, {0xa78d, 0xa78d, -42280, 1},
    {0xa790, 0xa792, 1, 2}, {0xa796, 0xa7a8, 1, 2}, {0xa7aa, 0xa7aa, -42308, 1},
    {0xa7ab, 0xa7ab, -42319, 1}, {0xa7ac, 0xa7ac, -42315, 1}, {0xa7ad, 0xa7ad, -42305, 1},
    {0xa7ae, 0xa7ae, -42308, 1}, {0xa7b0, 0xa7b0, -42258, 1}, {0xa7b1, 0xa7b1, -42282, 1},
    {0xa7b2, 0xa7b2, -42261, 1}, {0xa7b3, 0xa7b3, 928, 1}, {0xa7b4, 0xa7c2, 1, 2},
    {0xa7c4, 0xa7c4, -48, 1}, {0xa7c5, 0xa7c5, -42307, 1}, {0xa7c6, 0xa7c6, -35384, 1},
    {0xa7c7, 0xa7c9, 1, 2}, {0xa7cb, 0xa7cb, -42343, 1}, {0xa7cc, 0xa7da, 1, 2},
    {0xa7dc, 0xa7dc, -42561, 1}, {0xa7f5, 0xa7f5, 1, 1}, {0xfb1d, 0xfb1d, -62788, 1},
    {0xfb1f, 0xfb1f, -62765, 1}, {0xfb2a, 0xfb2a, -62785, 1}, {0xfb2b, 0xfb2b, -62786, 1},
    {0xfb2c, 0xfb2c, -62787, 1}, {0xfb2d, 0xfb2d, -62788, 1}, {0xfb2e, 0xfb2e, -62814, 1},
    {0xfb2f, 0xfb2f, -62815, 1}, {0xfb30, 0xfb36, -62816, 1}, {0xfb38, 0xfb3c, -62816, 1},
    {0xfb3e, 0xfb40, -62816, 2}, {0xfb41, 0xfb43, -62816, 2}, {0xfb44, 0xfb46, -62816, 2},
    {0xfb47, 0xfb4a, -62816, 1}, {0xfb4b, 0xfb4b, -62838, 1}, {0xfb4c, 0xfb4c, -62843, 1},
    {0xfb4d, 0xfb4d, -62834, 1}, {0xfb4e, 0xfb4e, -62826, 1}, {0xff21, 0xff3a, 32, 1},
    {0x10400, 0x10427, 40, 1}, {0x104b0, 0x104d3, 40, 1}, {0x10570, 0x1057a, 39, 1},
    {0x1057c, 0x1058a, 39, 1}, {0x1058c, 0x10592, 39, 1}, {0x10594, 0x10595, 39, 1},
    {0x10c80, 0x10cb2, 64, 1}, {0x10d50, 0x10d65, 32, 1}, {0x1109a, 0x1109c, -1, 2},
    {0x110ab, 0x110ab, -6, 1}, {0x114bb, 0x114bb, -2, 1}, {0x118a0, 0x118bf, 32, 1},
    {0x16e40, 0x16e5f, 32, 1}, {0x16ea0, 0x16eb8, 27, 1}, {0x1e900, 0x1e921, 34, 1},
}; RC__TABLE_END

/* BERT normalizer, one code point -> two or three (0-terminated). */
RC__TABLE_BEGIN const rc__uc_multi rc__uc_bert_multi[] = {
    {0x9cb, {0x9c7, 0x9be, 0x0}}, {0x9cc, {0x9c7, 0x9d7, 0x0}}, {0xb4b, {0xb47, 0xb3e, 0x0}},
    {0xb4c, {0xb47, 0xb57, 0x0}}, {0xb94, {0xb92, 0xbd7, 0x0}}, {0xbca, {0xbc6, 0xbbe, 0x0}},
    {0xbcb, {0xbc7, 0xbbe, 0x0}}, {0xbcc, {0xbc6, 0xbd7, 0x0}}, {0xccb, {0xcc2, 0xcd5, 0x0}},
    {0xd4a, {0xd46, 0xd3e, 0x0}}, {0xd4b, {0xd47, 0xd3e, 0x0}}, {0xd4c, {0xd46, 0xd57, 0x0}},
    {0xddc, {0xdd9, 0xdcf, 0x0}}, {0xddd, {0xdd9, 0xdcf, 0x0}}, {0xdde, {0xdd9, 0xddf, 0x0}},
    {0x1b06, {0x1b05, 0x1b35, 0x0}}, {0x1b08, {0x1b07, 0x1b35, 0x0}},
    {0x1b0a, {0x1b09, 0x1b35, 0x0}}, {0x1b0c, {0x1b0b, 0x1b35, 0x0}},
    {0x1b0e, {0x1b0d, 0x1b35, 0x0}}, {0x1b12, {0x1b11, 0x1b35, 0x0}},
    {0x1b40, {0x1b3e, 0x1b35, 0x0}}, {0x1b41, {0x1b3f, 0x1b35, 0x0}},
    {0xf900, {0x20, 0x8c48, 0x20}}, {0xf901, {0x20, 0x66f4, 0x20}}, {0xf902, {0x20, 0x8eca, 0x20}},
    {0xf903, {0x20, 0x8cc8, 0x20}}, {0xf904, {0x20, 0x6ed1, 0x20}}, {0xf905, {0x20, 0x4e32, 0x20}},
    {0xf906, {0x20, 0x53e5, 0x20}}, {0xf907, {0x20, 0x9f9c, 0x20}}, {0xf908, {0x20, 0x9f9c, 0x20}},
    {0xf909, {0x20, 0x5951, 0x20}}, {0xf90a, {0x20, 0x91d1, 0x20}}, {0xf90b, {0x20, 0x5587, 0x20}},
    {0xf90c, {0x20, 0x5948, 0x20}}, {0xf90d, {0x20, 0x61f6, 0x20}}, {0xf90e, {0x20, 0x7669, 0x20}},
    {0xf90f, {0x20, 0x7f85, 0x20}}, {0xf910, {0x20, 0x863f, 0x20}}, {0xf911, {0x20, 0x87ba, 0x20}},
    {0xf912, {0x20, 0x88f8, 0x20}}, {0xf913, {0x20, 0x908f, 0x20}}, {0xf914, {0x20, 0x6a02, 0x20}},
    {0xf915, {0x20, 0x6d1b, 0x20}}, {0xf916, {0x20, 0x70d9, 0x20}}, {0xf917, {0x20, 0x73de, 0x20}},
    {0xf918, {0x20, 0x843d, 0x20}}, {0xf919, {0x20, 0x916a, 0x20}}, {0xf91a, {0x20, 0x99f1, 0x20}},
    {0xf91b, {0x20, 0x4e82, 0x20}}, {0xf91c, {0x20, 0x5375, 0x20}}, {0xf91d, {0x20, 0x6b04, 0x20}},
    {0xf91e, {0x20, 0x721b, 0x20}}, {0xf91f, {0x20, 0x862d, 0x20}}, {0xf920, {0x20, 0x9e1e, 0x20}},
    {0xf921, {0x20, 0x5d50, 0x20}}, {0xf922, {0x20, 0x6feb, 0x20}}, {0xf923, {0x20, 0x85cd, 0x20}},
    {0xf924, {0x20, 0x8964, 0x20}}, {0xf925, {0x20, 0x62c9, 0x20}}, {0xf926, {0x20, 0x81d8, 0x20}},
    {0xf927, {0x20, 0x881f, 0x20}}, {0xf928, {0x20, 0x5eca, 0x20}}, {0xf929, {0x20, 0x6717, 0x20}},
    {0xf92a, {0x20, 0x6d6a, 0x20}}, {0xf92b, {0x20, 0x72fc, 0x20}}, {0xf92c, {0x20, 0x90ce, 0x20}},
    {0xf92d, {0x20, 0x4f86, 0x20}}, {0xf92e, {0x20, 0x51b7, 0x20}}, {0xf92f, {0x20, 0x52de, 0x20}},
    {0xf930, {0x20, 0x64c4, 0x20}}, {0xf931, {0x20, 0x6ad3, 0x20}}, {0xf932, {0x20, 0x7210, 0x20}},
    {0xf933, {0x20, 0x76e7, 0x20}}, {0xf934, {0x20, 0x8001, 0x20}}, {0xf935, {0x20, 0x8606, 0x20}},
    {0xf936, {0x20, 0x865c, 0x20}}, {0xf937, {0x20, 0x8def, 0x20}}, {0xf938, {0x20, 0x9732, 0x20}},
    {0xf939, {0x20, 0x9b6f, 0x20}}, {0xf93a, {0x20, 0x9dfa, 0x20}}, {0xf93b, {0x20, 0x788c, 0x20}},
    {0xf93c, {0x20, 0x797f, 0x20}}, {0xf93d, {0x20, 0x7da0, 0x20}}, {0xf93e, {0x20, 0x83c9, 0x20}},
    {0xf93f, {0x20, 0x9304, 0x20}}, {0xf940, {0x20, 0x9e7f, 0x20}}, {0xf941, {0x20, 0x8ad6, 0x20}},
    {0xf942, {0x20, 0x58df, 0x20}}, {0xf943, {0x20, 0x5f04, 0x20}}, {0xf944, {0x20, 0x7c60, 0x20}},
    {0xf945, {0x20, 0x807e, 0x20}}, {0xf946, {0x20, 0x7262, 0x20}}, {0xf947, {0x20, 0x78ca, 0x20}},
    {0xf948, {0x20, 0x8cc2, 0x20}}, {0xf949, {0x20, 0x96f7, 0x20}}, {0xf94a, {0x20, 0x58d8, 0x20}},
    {0xf94b, {0x20, 0x5c62, 0x20}}, {0xf94c, {0x20, 0x6a13, 0x20}}, {0xf94d, {0x20, 0x6dda, 0x20}},
    {0xf94e, {0x20, 0x6f0f, 0x20}}, {0xf94f, {0x20, 0x7d2f, 0x20}}, {0xf950, {0x20, 0x7e37, 0x20}},
    {0xf951, {0x20, 0x964b, 0x20}}, {0xf952, {0x20, 0x52d2, 0x20}}, {0xf953, {0x20, 0x808b, 0x20}},
    {0xf954, {0x20, 0x51dc, 0x20}}, {0xf955, {0x20, 0x51cc, 0x20}}, {0xf956, {0x20, 0x7a1c, 0x20}},
    {0xf957, {0x20, 0x7dbe, 0x20}}, {0xf958, {0x20, 0x83f1, 0x20}}, {0xf959, {0x20, 0x9675, 0x20}},
    {0xf95a, {0x20, 0x8b80, 0x20}}, {0xf95b, {0x20, 0x62cf, 0x20}}, {0xf95c, {0x20, 0x6a02, 0x20}},
    {0xf95d, {0x20, 0x8afe, 0x20}}, {0xf95e, {0x20, 0x4e39, 0x20}}, {0xf95f, {0x20, 0x5be7, 0x20}},
    {0xf960, {0x20, 0x6012, 0x20}}, {0xf961, {0x20, 0x7387, 0x20}}, {0xf962, {0x20, 0x7570, 0x20}},
    {0xf963, {0x20, 0x5317, 0x20}}, {0xf964, {0x20, 0x78fb, 0x20}}, {0xf965, {0x20, 0x4fbf, 0x20}},
    {0xf966, {0x20, 0x5fa9, 0x20}}, {0xf967, {0x20, 0x4e0d, 0x20}}, {0xf968, {0x20, 0x6ccc, 0x20}},
    {0xf969, {0x20, 0x6578, 0x20}}, {0xf96a, {0x20, 0x7d22, 0x20}}, {0xf96b, {0x20, 0x53c3, 0x20}},
    {0xf96c, {0x20, 0x585e, 0x20}}, {0xf96d, {0x20, 0x7701, 0x20}}, {0xf96e, {0x20, 0x8449, 0x20}},
    {0xf96f, {0x20, 0x8aaa, 0x20}}, {0xf970, {0x20, 0x6bba, 0x20}}, {0xf971, {0x20, 0x8fb0, 0x20}},
    {0xf972, {0x20, 0x6c88, 0x20}}, {0xf973, {0x20, 0x62fe, 0x20}}, {0xf974, {0x20, 0x82e5, 0x20}},
    {0xf975, {0x20, 0x63a0, 0x20}}, {0xf976, {0x20, 0x7565, 0x20}}, {0xf977, {0x20, 0x4eae, 0x20}},
    {0xf978, {0x20, 0x5169, 0x20}}, {0xf979, {0x20, 0x51c9, 0x20}}, {0xf97a, {0x20, 0x6881, 0x20}},
    {0xf97b, {0x20, 0x7ce7, 0x20}}, {0xf97c, {0x20, 0x826f, 0x20}}, {0xf97d, {0x20, 0x8ad2, 0x20}},
    {0xf97e, {0x20, 0x91cf, 0x20}}, {0xf97f, {0x20, 0x52f5, 0x20}}, {0xf980, {0x20, 0x5442, 0x20}},
    {0xf981, {0x20, 0x5973, 0x20}}, {0xf982, {0x20, 0x5eec, 0x20}}, {0xf983, {0x20, 0x65c5, 0x20}},
    {0xf984, {0x20, 0x6ffe, 0x20}}, {0xf985, {0x20, 0x792a, 0x20}}, {0xf986, {0x20, 0x95ad, 0x20}},
    {0xf987, {0x20, 0x9a6a, 0x20}}, {0xf988, {0x20, 0x9e97, 0x20}}, {0xf989, {0x20, 0x9ece, 0x20}},
    {0xf98a, {0x20, 0x529b, 0x20}}, {0xf98b, {0x20, 0x66c6, 0x20}}, {0xf98c, {0x20, 0x6b77, 0x20}},
    {0xf98d, {0x20, 0x8f62, 0x20}}, {0xf98e, {0x20, 0x5e74, 0x20}}, {0xf98f, {0x20, 0x6190, 0x20}},
    {0xf990, {0x20, 0x6200, 0x20}}, {0xf991, {0x20, 0x649a, 0x20}}, {0xf992, {0x20, 0x6f23, 0x20}},
    {0xf993, {0x20, 0x7149, 0x20}}, {0xf994, {0x20, 0x7489, 0x20}}, {0xf995, {0x20, 0x79ca, 0x20}},
    {0xf996, {0x20, 0x7df4, 0x20}}, {0xf997, {0x20, 0x806f, 0x20}}, {0xf998, {0x20, 0x8f26, 0x20}},
    {0xf999, {0x20, 0x84ee, 0x20}}, {0xf99a, {0x20, 0x9023, 0x20}}, {0xf99b, {0x20, 0x934a, 0x20}},
    {0xf99c, {0x20, 0x5217, 0x20}}, {0xf99d, {0x20, 0x52a3, 0x20}}, {0xf99e, {0x20, 0x54bd, 0x20}},
    {0xf99f, {0x20, 0x70c8, 0x20}}, {0xf9a0, {0x20, 0x88c2, 0x20}}, {0xf9a1, {0x20, 0x8aaa, 0x20}},
    {0xf9a2, {0x20, 0x5ec9, 0x20}}, {0xf9a3, {0x20, 0x5ff5, 0x20}}, {0xf9a4, {0x20, 0x637b, 0x20}},
    {0xf9a5, {0x20, 0x6bae, 0x20}}, {0xf9a6, {0x20, 0x7c3e, 0x20}}, {0xf9a7, {0x20, 0x7375, 0x20}},
    {0xf9a8, {0x20, 0x4ee4, 0x20}}, {0xf9a9, {0x20, 0x56f9, 0x20}}, {0xf9aa, {0x20, 0x5be7, 0x20}},
    {0xf9ab, {0x20, 0x5dba, 0x20}}, {0xf9ac, {0x20, 0x601c, 0x20}}, {0xf9ad, {0x20, 0x73b2, 0x20}},
    {0xf9ae, {0x20, 0x7469, 0x20}}, {0xf9af, {0x20, 0x7f9a, 0x20}}, {0xf9b0, {0x20, 0x8046, 0x20}},
    {0xf9b1, {0x20, 0x9234, 0x20}}, {0xf9b2, {0x20, 0x96f6, 0x20}}, {0xf9b3, {0x20, 0x9748, 0x20}},
    {0xf9b4, {0x20, 0x9818, 0x20}}, {0xf9b5, {0x20, 0x4f8b, 0x20}}, {0xf9b6, {0x20, 0x79ae, 0x20}},
    {0xf9b7, {0x20, 0x91b4, 0x20}}, {0xf9b8, {0x20, 0x96b8, 0x20}}, {0xf9b9, {0x20, 0x60e1, 0x20}},
    {0xf9ba, {0x20, 0x4e86, 0x20}}, {0xf9bb, {0x20, 0x50da, 0x20}}, {0xf9bc, {0x20, 0x5bee, 0x20}},
    {0xf9bd, {0x20, 0x5c3f, 0x20}}, {0xf9be, {0x20, 0x6599, 0x20}}, {0xf9bf, {0x20, 0x6a02, 0x20}},
    {0xf9c0, {0x20, 0x71ce, 0x20}}, {0xf9c1, {0x20, 0x7642, 0x20}}, {0xf9c2, {0x20, 0x84fc, 0x20}},
    {0xf9c3, {0x20, 0x907c, 0x20}}, {0xf9c4, {0x20, 0x9f8d, 0x20}}, {0xf9c5, {0x20, 0x6688, 0x20}},
    {0xf9c6, {0x20, 0x962e, 0x20}}, {0xf9c7, {0x20, 0x5289, 0x20}}, {0xf9c8, {0x20, 0x677b, 0x20}},
    {0xf9c9, {0x20, 0x67f3, 0x20}}, {0xf9ca, {0x20, 0x6d41, 0x20}}, {0xf9cb, {0x20, 0x6e9c, 0x20}},
    {0xf9cc, {0x20, 0x7409, 0x20}}, {0xf9cd, {0x20, 0x7559, 0x20}}, {0xf9ce, {0x20, 0x786b, 0x20}},
    {0xf9cf, {0x20, 0x7d10, 0x20}}, {0xf9d0, {0x20, 0x985e, 0x20}}, {0xf9d1, {0x20, 0x516d, 0x20}},
    {0xf9d2, {0x20, 0x622e, 0x20}}, {0xf9d3, {0x20, 0x9678, 0x20}}, {0xf9d4, {0x20, 0x502b, 0x20}},
    {0xf9d5, {0x20, 0x5d19, 0x20}}, {0xf9d6, {0x20, 0x6dea, 0x20}}, {0xf9d7, {0x20, 0x8f2a, 0x20}},
    {0xf9d8, {0x20, 0x5f8b, 0x20}}, {0xf9d9, {0x20, 0x6144, 0x20}}, {0xf9da, {0x20, 0x6817, 0x20}},
    {0xf9db, {0x20, 0x7387, 0x20}}, {0xf9dc, {0x20, 0x9686, 0x20}}, {0xf9dd, {0x20, 0x5229, 0x20}},
    {0xf9de, {0x20, 0x540f, 0x20}}, {0xf9df, {0x20, 0x5c65, 0x20}}, {0xf9e0, {0x20, 0x6613, 0x20}},
    {0xf9e1, {0x20, 0x674e, 0x20}}, {0xf9e2, {0x20, 0x68a8, 0x20}}, {0xf9e3, {0x20, 0x6ce5, 0x20}},
    {0xf9e4, {0x20, 0x7406, 0x20}}, {0xf9e5, {0x20, 0x75e2, 0x20}}, {0xf9e6, {0x20, 0x7f79, 0x20}},
    {0xf9e7, {0x20, 0x88cf, 0x20}}, {0xf9e8, {0x20, 0x88e1, 0x20}}, {0xf9e9, {0x20, 0x91cc, 0x20}},
    {0xf9ea, {0x20, 0x96e2, 0x20}}, {0xf9eb, {0x20, 0x533f, 0x20}}, {0xf9ec, {0x20, 0x6eba, 0x20}},
    {0xf9ed, {0x20, 0x541d, 0x20}}, {0xf9ee, {0x20, 0x71d0, 0x20}}, {0xf9ef, {0x20, 0x7498, 0x20}},
    {0xf9f0, {0x20, 0x85fa, 0x20}}, {0xf9f1, {0x20, 0x96a3, 0x20}}, {0xf9f2, {0x20, 0x9c57, 0x20}},
    {0xf9f3, {0x20, 0x9e9f, 0x20}}, {0xf9f4, {0x20, 0x6797, 0x20}}, {0xf9f5, {0x20, 0x6dcb, 0x20}},
    {0xf9f6, {0x20, 0x81e8, 0x20}}, {0xf9f7, {0x20, 0x7acb, 0x20}}, {0xf9f8, {0x20, 0x7b20, 0x20}},
    {0xf9f9, {0x20, 0x7c92, 0x20}}, {0xf9fa, {0x20, 0x72c0, 0x20}}, {0xf9fb, {0x20, 0x7099, 0x20}},
    {0xf9fc, {0x20, 0x8b58, 0x20}}, {0xf9fd, {0x20, 0x4ec0, 0x20}}, {0xf9fe, {0x20, 0x8336, 0x20}},
    {0xf9ff, {0x20, 0x523a, 0x20}}, {0xfa00, {0x20, 0x5207, 0x20}}, {0xfa01, {0x20, 0x5ea6, 0x20}},
    {0xfa02, {0x20, 0x62d3, 0x20}}, {0xfa03, {0x20, 0x7cd6, 0x20}}, {0xfa04, {0x20, 0x5b85, 0x20}},
    {0xfa05, {0x20, 0x6d1e, 0x20}}, {0xfa06, {0x20, 0x66b4, 0x20}}, {0xfa07, {0x20, 0x8f3b, 0x20}},
    {0xfa08, {0x20, 0x884c, 0x20}}, {0xfa09, {0x20, 0x964d, 0x20}}, {0xfa0a, {0x20, 0x898b, 0x20}},
    {0xfa0b, {0x20, 0x5ed3, 0x20}}, {0xfa0c, {0x20, 0x5140, 0x20}}, {0xfa0d, {0x20, 0x55c0, 0x20}},
    {0xfa10, {0x20, 0x585a, 0x20}}, {0xfa12, {0x20, 0x6674, 0x20}}, {0xfa15, {0x20, 0x51de, 0x20}},
    {0xfa16, {0x20, 0x732a, 0x20}}, {0xfa17, {0x20, 0x76ca, 0x20}}, {0xfa18, {0x20, 0x793c, 0x20}},
    {0xfa19, {0x20, 0x795e, 0x20}}, {0xfa1a, {0x20, 0x7965, 0x20}}, {0xfa1b, {0x20, 0x798f, 0x20}},
    {0xfa1c, {0x20, 0x9756, 0x20}}, {0xfa1d, {0x20, 0x7cbe, 0x20}}, {0xfa1e, {0x20, 0x7fbd, 0x20}},
    {0xfa20, {0x20, 0x8612, 0x20}}, {0xfa22, {0x20, 0x8af8, 0x20}}, {0xfa25, {0x20, 0x9038, 0x20}},
    {0xfa26, {0x20, 0x90fd, 0x20}}, {0xfa2a, {0x20, 0x98ef, 0x20}}, {0xfa2b, {0x20, 0x98fc, 0x20}},
    {0xfa2c, {0x20, 0x9928, 0x20}}, {0xfa2d, {0x20, 0x9db4, 0x20}}, {0xfa2e, {0x20, 0x90de, 0x20}},
    {0xfa2f, {0x20, 0x96b7, 0x20}}, {0xfa30, {0x20, 0x4fae, 0x20}}, {0xfa31, {0x20, 0x50e7, 0x20}},
    {0xfa32, {0x20, 0x514d, 0x20}}, {0xfa33, {0x20, 0x52c9, 0x20}}, {0xfa34, {0x20, 0x52e4, 0x20}},
    {0xfa35, {0x20, 0x5351, 0x20}}, {0xfa36, {0x20, 0x559d, 0x20}}, {0xfa37, {0x20, 0x5606, 0x20}},
    {0xfa38, {0x20, 0x5668, 0x20}}, {0xfa39, {0x20, 0x5840, 0x20}}, {0xfa3a, {0x20, 0x58a8, 0x20}},
    {0xfa3b, {0x20, 0x5c64, 0x20}}, {0xfa3c, {0x20, 0x5c6e, 0x20}}, {0xfa3d, {0x20, 0x6094, 0x20}},
    {0xfa3e, {0x20, 0x6168, 0x20}}, {0xfa3f, {0x20, 0x618e, 0x20}}, {0xfa40, {0x20, 0x61f2, 0x20}},
    {0xfa41, {0x20, 0x654f, 0x20}}, {0xfa42, {0x20, 0x65e2, 0x20}}, {0xfa43, {0x20, 0x6691, 0x20}},
    {0xfa44, {0x20, 0x6885, 0x20}}, {0xfa45, {0x20, 0x6d77, 0x20}}, {0xfa46, {0x20, 0x6e1a, 0x20}},
    {0xfa47, {0x20, 0x6f22, 0x20}}, {0xfa48, {0x20, 0x716e, 0x20}}, {0xfa49, {0x20, 0x722b, 0x20}},
    {0xfa4a, {0x20, 0x7422, 0x20}}, {0xfa4b, {0x20, 0x7891, 0x20}}, {0xfa4c, {0x20, 0x793e, 0x20}},
    {0xfa4d, {0x20, 0x7949, 0x20}}, {0xfa4e, {0x20, 0x7948, 0x20}}, {0xfa4f, {0x20, 0x7950, 0x20}},
    {0xfa50, {0x20, 0x7956, 0x20}}, {0xfa51, {0x20, 0x795d, 0x20}}, {0xfa52, {0x20, 0x798d, 0x20}},
    {0xfa53, {0x20, 0x798e, 0x20}}, {0xfa54, {0x20, 0x7a40, 0x20}}, {0xfa55, {0x20, 0x7a81, 0x20}},
    {0xfa56, {0x20, 0x7bc0, 0x20}}, {0xfa57, {0x20, 0x7df4, 0x20}}, {0xfa58, {0x20, 0x7e09, 0x20}},
    {0xfa59, {0x20, 0x7e41, 0x20}}, {0xfa5a, {0x20, 0x7f72, 0x20}}, {0xfa5b, {0x20, 0x8005, 0x20}},
    {0xfa5c, {0x20, 0x81ed, 0x20}}, {0xfa5d, {0x20, 0x8279, 0x20}}, {0xfa5e, {0x20, 0x8279, 0x20}},
    {0xfa5f, {0x20, 0x8457, 0x20}}, {0xfa60, {0x20, 0x8910, 0x20}}, {0xfa61, {0x20, 0x8996, 0x20}},
    {0xfa62, {0x20, 0x8b01, 0x20}}, {0xfa63, {0x20, 0x8b39, 0x20}}, {0xfa64, {0x20, 0x8cd3, 0x20}},
    {0xfa65, {0x20, 0x8d08, 0x20}}, {0xfa66, {0x20, 0x8fb6, 0x20}}, {0xfa67, {0x20, 0x9038, 0x20}},
    {0xfa68, {0x20, 0x96e3, 0x20}}, {0xfa69, {0x20, 0x97ff, 0x20}}, {0xfa6a, {0x20, 0x983b, 0x20}},
    {0xfa6b, {0x20, 0x6075, 0x20}}, {0xfa6c, {0x20, 0x242ee, 0x20}}, {0xfa6d, {0x20, 0x8218, 0x20}},
    {0xfa70, {0x20, 0x4e26, 0x20}}, {0xfa71, {0x20, 0x51b5, 0x20}}, {0xfa72, {0x20, 0x5168, 0x20}},
    {0xfa73, {0x20, 0x4f80, 0x20}}, {0xfa74, {0x20, 0x5145, 0x20}}, {0xfa75, {0x20, 0x5180, 0x20}},
    {0xfa76, {0x20, 0x52c7, 0x20}}, {0xfa77, {0x20, 0x52fa, 0x20}}, {0xfa78, {0x20, 0x559d, 0x20}},
    {0xfa79, {0x20, 0x5555, 0x20}}, {0xfa7a, {0x20, 0x5599, 0x20}}, {0xfa7b, {0x20, 0x55e2, 0x20}},
    {0xfa7c, {0x20, 0x585a, 0x20}}, {0xfa7d, {0x20, 0x58b3, 0x20}}, {0xfa7e, {0x20, 0x5944, 0x20}},
    {0xfa7f, {0x20, 0x5954, 0x20}}, {0xfa80, {0x20, 0x5a62, 0x20}}, {0xfa81, {0x20, 0x5b28, 0x20}},
    {0xfa82, {0x20, 0x5ed2, 0x20}}, {0xfa83, {0x20, 0x5ed9, 0x20}}, {0xfa84, {0x20, 0x5f69, 0x20}},
    {0xfa85, {0x20, 0x5fad, 0x20}}, {0xfa86, {0x20, 0x60d8, 0x20}}, {0xfa87, {0x20, 0x614e, 0x20}},
    {0xfa88, {0x20, 0x6108, 0x20}}, {0xfa89, {0x20, 0x618e, 0x20}}, {0xfa8a, {0x20, 0x6160, 0x20}},
    {0xfa8b, {0x20, 0x61f2, 0x20}}, {0xfa8c, {0x20, 0x6234, 0x20}}, {0xfa8d, {0x20, 0x63c4, 0x20}},
    {0xfa8e, {0x20, 0x641c, 0x20}}, {0xfa8f, {0x20, 0x6452, 0x20}}, {0xfa90, {0x20, 0x6556, 0x20}},
    {0xfa91, {0x20, 0x6674, 0x20}}, {0xfa92, {0x20, 0x6717, 0x20}}, {0xfa93, {0x20, 0x671b, 0x20}},
    {0xfa94, {0x20, 0x6756, 0x20}}, {0xfa95, {0x20, 0x6b79, 0x20}}, {0xfa96, {0x20, 0x6bba, 0x20}},
    {0xfa97, {0x20, 0x6d41, 0x20}}, {0xfa98, {0x20, 0x6edb, 0x20}}, {0xfa99, {0x20, 0x6ecb, 0x20}},
    {0xfa9a, {0x20, 0x6f22, 0x20}}, {0xfa9b, {0x20, 0x701e, 0x20}}, {0xfa9c, {0x20, 0x716e, 0x20}},
    {0xfa9d, {0x20, 0x77a7, 0x20}}, {0xfa9e, {0x20, 0x7235, 0x20}}, {0xfa9f, {0x20, 0x72af, 0x20}},
    {0xfaa0, {0x20, 0x732a, 0x20}}, {0xfaa1, {0x20, 0x7471, 0x20}}, {0xfaa2, {0x20, 0x7506, 0x20}},
    {0xfaa3, {0x20, 0x753b, 0x20}}, {0xfaa4, {0x20, 0x761d, 0x20}}, {0xfaa5, {0x20, 0x761f, 0x20}},
    {0xfaa6, {0x20, 0x76ca, 0x20}}, {0xfaa7, {0x20, 0x76db, 0x20}}, {0xfaa8, {0x20, 0x76f4, 0x20}},
    {0xfaa9, {0x20, 0x774a, 0x20}}, {0xfaaa, {0x20, 0x7740, 0x20}}, {0xfaab, {0x20, 0x78cc, 0x20}},
    {0xfaac, {0x20, 0x7ab1, 0x20}}, {0xfaad, {0x20, 0x7bc0, 0x20}}, {0xfaae, {0x20, 0x7c7b, 0x20}},
    {0xfaaf, {0x20, 0x7d5b, 0x20}}, {0xfab0, {0x20, 0x7df4, 0x20}}, {0xfab1, {0x20, 0x7f3e, 0x20}},
    {0xfab2, {0x20, 0x8005, 0x20}}, {0xfab3, {0x20, 0x8352, 0x20}}, {0xfab4, {0x20, 0x83ef, 0x20}},
    {0xfab5, {0x20, 0x8779, 0x20}}, {0xfab6, {0x20, 0x8941, 0x20}}, {0xfab7, {0x20, 0x8986, 0x20}},
    {0xfab8, {0x20, 0x8996, 0x20}}, {0xfab9, {0x20, 0x8abf, 0x20}}, {0xfaba, {0x20, 0x8af8, 0x20}},
    {0xfabb, {0x20, 0x8acb, 0x20}}, {0xfabc, {0x20, 0x8b01, 0x20}}, {0xfabd, {0x20, 0x8afe, 0x20}},
    {0xfabe, {0x20, 0x8aed, 0x20}}, {0xfabf, {0x20, 0x8b39, 0x20}}, {0xfac0, {0x20, 0x8b8a, 0x20}},
    {0xfac1, {0x20, 0x8d08, 0x20}}, {0xfac2, {0x20, 0x8f38, 0x20}}, {0xfac3, {0x20, 0x9072, 0x20}},
    {0xfac4, {0x20, 0x9199, 0x20}}, {0xfac5, {0x20, 0x9276, 0x20}}, {0xfac6, {0x20, 0x967c, 0x20}},
    {0xfac7, {0x20, 0x96e3, 0x20}}, {0xfac8, {0x20, 0x9756, 0x20}}, {0xfac9, {0x20, 0x97db, 0x20}},
    {0xfaca, {0x20, 0x97ff, 0x20}}, {0xfacb, {0x20, 0x980b, 0x20}}, {0xfacc, {0x20, 0x983b, 0x20}},
    {0xfacd, {0x20, 0x9b12, 0x20}}, {0xface, {0x20, 0x9f9c, 0x20}}, {0xfacf, {0x20, 0x2284a, 0x20}},
    {0xfad0, {0x20, 0x22844, 0x20}}, {0xfad1, {0x20, 0x233d5, 0x20}},
    {0xfad2, {0x20, 0x3b9d, 0x20}}, {0xfad3, {0x20, 0x4018, 0x20}}, {0xfad4, {0x20, 0x4039, 0x20}},
    {0xfad5, {0x20, 0x25249, 0x20}}, {0xfad6, {0x20, 0x25cd0, 0x20}},
    {0xfad7, {0x20, 0x27ed3, 0x20}}, {0xfad8, {0x20, 0x9f43, 0x20}}, {0xfad9, {0x20, 0x9f8e, 0x20}},
    {0x1134b, {0x11347, 0x1133e, 0x0}}, {0x1134c, {0x11347, 0x11357, 0x0}},
    {0x114bc, {0x114b9, 0x114b0, 0x0}}, {0x114be, {0x114b9, 0x114bd, 0x0}},
    {0x115ba, {0x115b8, 0x115af, 0x0}}, {0x115bb, {0x115b9, 0x115af, 0x0}},
    {0x1d15e, {0x1d157, 0x1d165, 0x0}}, {0x1d15f, {0x1d158, 0x1d165, 0x0}},
    {0x1d160, {0x1d158, 0x1d165, 0x1d16e}}, {0x1d161, {0x1d158, 0x1d165, 0x1d16f}},
    {0x1d162, {0x1d158, 0x1d165, 0x1d170}}, {0x1d163, {0x1d158, 0x1d165, 0x1d171}},
    {0x1d164, {0x1d158, 0x1d165, 0x1d172}}, {0x1d1bb, {0x1d1b9, 0x1d165, 0x0}},
    {0x1d1bc, {0x1d1ba, 0x1d165, 0x0}}, {0x1d1bd, {0x1d1b9, 0x1d165, 0x1d16e}},
    {0x1d1be, {0x1d1ba, 0x1d165, 0x1d16e}}, {0x1d1bf, {0x1d1b9, 0x1d165, 0x1d16f}},
    {0x1d1c0, {0x1d1ba, 0x1d165, 0x1d16f}}, {0x2f800, {0x20, 0x4e3d, 0x20}},
    {0x2f801, {0x20, 0x4e38, 0x20}}, {0x2f802, {0x20, 0x4e41, 0x20}},
    {0x2f803, {0x20, 0x20122, 0x20}}, {0x2f804, {0x20, 0x4f60, 0x20}},
    {0x2f805, {0x20, 0x4fae, 0x20}}, {0x2f806, {0x20, 0x4fbb, 0x20}},
    {0x2f807, {0x20, 0x5002, 0x20}}, {0x2f808, {0x20, 0x507a, 0x20}},
    {0x2f809, {0x20, 0x5099, 0x20}}, {0x2f80a, {0x20, 0x50e7, 0x20}},
    {0x2f80b, {0x20, 0x50cf, 0x20}}, {0x2f80c, {0x20, 0x349e, 0x20}},
    {0x2f80d, {0x20, 0x2063a, 0x20}}, {0x2f80e, {0x20, 0x514d, 0x20}},
    {0x2f80f, {0x20, 0x5154, 0x20}}, {0x2f810, {0x20, 0x5164, 0x20}},
    {0x2f811, {0x20, 0x5177, 0x20}}, {0x2f812, {0x20, 0x2051c, 0x20}},
    {0x2f813, {0x20, 0x34b9, 0x20}}, {0x2f814, {0x20, 0x5167, 0x20}},
    {0x2f815, {0x20, 0x518d, 0x20}}, {0x2f816, {0x20, 0x2054b, 0x20}},
    {0x2f817, {0x20, 0x5197, 0x20}}, {0x2f818, {0x20, 0x51a4, 0x20}},
    {0x2f819, {0x20, 0x4ecc, 0x20}}, {0x2f81a, {0x20, 0x51ac, 0x20}},
    {0x2f81b, {0x20, 0x51b5, 0x20}}, {0x2f81c, {0x20, 0x291df, 0x20}},
    {0x2f81d, {0x20, 0x51f5, 0x20}}, {0x2f81e, {0x20, 0x5203, 0x20}},
    {0x2f81f, {0x20, 0x34df, 0x20}}, {0x2f820, {0x20, 0x523b, 0x20}},
    {0x2f821, {0x20, 0x5246, 0x20}}, {0x2f822, {0x20, 0x5272, 0x20}},
    {0x2f823, {0x20, 0x5277, 0x20}}, {0x2f824, {0x20, 0x3515, 0x20}},
    {0x2f825, {0x20, 0x52c7, 0x20}}, {0x2f826, {0x20, 0x52c9, 0x20}},
    {0x2f827, {0x20, 0x52e4, 0x20}}, {0x2f828, {0x20, 0x52fa, 0x20}},
    {0x2f829, {0x20, 0x5305, 0x20}}, {0x2f82a, {0x20, 0x5306, 0x20}},
    {0x2f82b, {0x20, 0x5317, 0x20}}, {0x2f82c, {0x20, 0x5349, 0x20}},
    {0x2f82d, {0x20, 0x5351, 0x20}}, {0x2f82e, {0x20, 0x535a, 0x20}},
    {0x2f82f, {0x20, 0x5373, 0x20}}, {0x2f830, {0x20, 0x537d, 0x20}},
    {0x2f831, {0x20, 0x537f, 0x20}}, {0x2f832, {0x20, 0x537f, 0x20}},
    {0x2f833, {0x20, 0x537f, 0x20}}, {0x2f834, {0x20, 0x20a2c, 0x20}},
    {0x2f835, {0x20, 0x7070, 0x20}}, {0x2f836, {0x20, 0x53ca, 0x20}},
    {0x2f837, {0x20, 0x53df, 0x20}}, {0x2f838, {0x20, 0x20b63, 0x20}},
    {0x2f839, {0x20, 0x53eb, 0x20}}, {0x2f83a, {0x20, 0x53f1, 0x20}},
    {0x2f83b, {0x20, 0x5406, 0x20}}, {0x2f83c, {0x20, 0x549e, 0x20}},
    {0x2f83d, {0x20, 0x5438, 0x20}}, {0x2f83e, {0x20, 0x5448, 0x20}},
    {0x2f83f, {0x20, 0x5468, 0x20}}, {0x2f840, {0x20, 0x54a2, 0x20}},
    {0x2f841, {0x20, 0x54f6, 0x20}}, {0x2f842, {0x20, 0x5510, 0x20}},
    {0x2f843, {0x20, 0x5553, 0x20}}, {0x2f844, {0x20, 0x5563, 0x20}},
    {0x2f845, {0x20, 0x5584, 0x20}}, {0x2f846, {0x20, 0x5584, 0x20}},
    {0x2f847, {0x20, 0x5599, 0x20}}, {0x2f848, {0x20, 0x55ab, 0x20}},
    {0x2f849, {0x20, 0x55b3, 0x20}}, {0x2f84a, {0x20, 0x55c2, 0x20}},
    {0x2f84b, {0x20, 0x5716, 0x20}}, {0x2f84c, {0x20, 0x5606, 0x20}},
    {0x2f84d, {0x20, 0x5717, 0x20}}, {0x2f84e, {0x20, 0x5651, 0x20}},
    {0x2f84f, {0x20, 0x5674, 0x20}}, {0x2f850, {0x20, 0x5207, 0x20}},
    {0x2f851, {0x20, 0x58ee, 0x20}}, {0x2f852, {0x20, 0x57ce, 0x20}},
    {0x2f853, {0x20, 0x57f4, 0x20}}, {0x2f854, {0x20, 0x580d, 0x20}},
    {0x2f855, {0x20, 0x578b, 0x20}}, {0x2f856, {0x20, 0x5832, 0x20}},
    {0x2f857, {0x20, 0x5831, 0x20}}, {0x2f858, {0x20, 0x58ac, 0x20}},
    {0x2f859, {0x20, 0x214e4, 0x20}}, {0x2f85a, {0x20, 0x58f2, 0x20}},
    {0x2f85b, {0x20, 0x58f7, 0x20}}, {0x2f85c, {0x20, 0x5906, 0x20}},
    {0x2f85d, {0x20, 0x591a, 0x20}}, {0x2f85e, {0x20, 0x5922, 0x20}},
    {0x2f85f, {0x20, 0x5962, 0x20}}, {0x2f860, {0x20, 0x216a8, 0x20}},
    {0x2f861, {0x20, 0x216ea, 0x20}}, {0x2f862, {0x20, 0x59ec, 0x20}},
    {0x2f863, {0x20, 0x5a1b, 0x20}}, {0x2f864, {0x20, 0x5a27, 0x20}},
    {0x2f865, {0x20, 0x59d8, 0x20}}, {0x2f866, {0x20, 0x5a66, 0x20}},
    {0x2f867, {0x20, 0x36ee, 0x20}}, {0x2f868, {0x20, 0x36fc, 0x20}},
    {0x2f869, {0x20, 0x5b08, 0x20}}, {0x2f86a, {0x20, 0x5b3e, 0x20}},
    {0x2f86b, {0x20, 0x5b3e, 0x20}}, {0x2f86c, {0x20, 0x219c8, 0x20}},
    {0x2f86d, {0x20, 0x5bc3, 0x20}}, {0x2f86e, {0x20, 0x5bd8, 0x20}},
    {0x2f86f, {0x20, 0x5be7, 0x20}}, {0x2f870, {0x20, 0x5bf3, 0x20}},
    {0x2f871, {0x20, 0x21b18, 0x20}}, {0x2f872, {0x20, 0x5bff, 0x20}},
    {0x2f873, {0x20, 0x5c06, 0x20}}, {0x2f874, {0x20, 0x5f53, 0x20}},
    {0x2f875, {0x20, 0x5c22, 0x20}}, {0x2f876, {0x20, 0x3781, 0x20}},
    {0x2f877, {0x20, 0x5c60, 0x20}}, {0x2f878, {0x20, 0x5c6e, 0x20}},
    {0x2f879, {0x20, 0x5cc0, 0x20}}, {0x2f87a, {0x20, 0x5c8d, 0x20}},
    {0x2f87b, {0x20, 0x21de4, 0x20}}, {0x2f87c, {0x20, 0x5d43, 0x20}},
    {0x2f87d, {0x20, 0x21de6, 0x20}}, {0x2f87e, {0x20, 0x5d6e, 0x20}},
    {0x2f87f, {0x20, 0x5d6b, 0x20}}, {0x2f880, {0x20, 0x5d7c, 0x20}},
    {0x2f881, {0x20, 0x5de1, 0x20}}, {0x2f882, {0x20, 0x5de2, 0x20}},
    {0x2f883, {0x20, 0x382f, 0x20}}, {0x2f884, {0x20, 0x5dfd, 0x20}},
    {0x2f885, {0x20, 0x5e28, 0x20}}, {0x2f886, {0x20, 0x5e3d, 0x20}},
    {0x2f887, {0x20, 0x5e69, 0x20}}, {0x2f888, {0x20, 0x3862, 0x20}},
    {0x2f889, {0x20, 0x22183, 0x20}}, {0x2f88a, {0x20, 0x387c, 0x20}},
    {0x2f88b, {0x20, 0x5eb0, 0x20}}, {0x2f88c, {0x20, 0x5eb3, 0x20}},
    {0x2f88d, {0x20, 0x5eb6, 0x20}}, {0x2f88e, {0x20, 0x5eca, 0x20}},
    {0x2f88f, {0x20, 0x2a392, 0x20}}, {0x2f890, {0x20, 0x5efe, 0x20}},
    {0x2f891, {0x20, 0x22331, 0x20}}, {0x2f892, {0x20, 0x22331, 0x20}},
    {0x2f893, {0x20, 0x8201, 0x20}}, {0x2f894, {0x20, 0x5f22, 0x20}},
    {0x2f895, {0x20, 0x5f22, 0x20}}, {0x2f896, {0x20, 0x38c7, 0x20}},
    {0x2f897, {0x20, 0x232b8, 0x20}}, {0x2f898, {0x20, 0x261da, 0x20}},
    {0x2f899, {0x20, 0x5f62, 0x20}}, {0x2f89a, {0x20, 0x5f6b, 0x20}},
    {0x2f89b, {0x20, 0x38e3, 0x20}}, {0x2f89c, {0x20, 0x5f9a, 0x20}},
    {0x2f89d, {0x20, 0x5fcd, 0x20}}, {0x2f89e, {0x20, 0x5fd7, 0x20}},
    {0x2f89f, {0x20, 0x5ff9, 0x20}}, {0x2f8a0, {0x20, 0x6081, 0x20}},
    {0x2f8a1, {0x20, 0x393a, 0x20}}, {0x2f8a2, {0x20, 0x391c, 0x20}},
    {0x2f8a3, {0x20, 0x6094, 0x20}}, {0x2f8a4, {0x20, 0x226d4, 0x20}},
    {0x2f8a5, {0x20, 0x60c7, 0x20}}, {0x2f8a6, {0x20, 0x6148, 0x20}},
    {0x2f8a7, {0x20, 0x614c, 0x20}}, {0x2f8a8, {0x20, 0x614e, 0x20}},
    {0x2f8a9, {0x20, 0x614c, 0x20}}, {0x2f8aa, {0x20, 0x617a, 0x20}},
    {0x2f8ab, {0x20, 0x618e, 0x20}}, {0x2f8ac, {0x20, 0x61b2, 0x20}},
    {0x2f8ad, {0x20, 0x61a4, 0x20}}, {0x2f8ae, {0x20, 0x61af, 0x20}},
    {0x2f8af, {0x20, 0x61de, 0x20}}, {0x2f8b0, {0x20, 0x61f2, 0x20}},
    {0x2f8b1, {0x20, 0x61f6, 0x20}}, {0x2f8b2, {0x20, 0x6210, 0x20}},
    {0x2f8b3, {0x20, 0x621b, 0x20}}, {0x2f8b4, {0x20, 0x625d, 0x20}},
    {0x2f8b5, {0x20, 0x62b1, 0x20}}, {0x2f8b6, {0x20, 0x62d4, 0x20}},
    {0x2f8b7, {0x20, 0x6350, 0x20}}, {0x2f8b8, {0x20, 0x22b0c, 0x20}},
    {0x2f8b9, {0x20, 0x633d, 0x20}}, {0x2f8ba, {0x20, 0x62fc, 0x20}},
    {0x2f8bb, {0x20, 0x6368, 0x20}}, {0x2f8bc, {0x20, 0x6383, 0x20}},
    {0x2f8bd, {0x20, 0x63e4, 0x20}}, {0x2f8be, {0x20, 0x22bf1, 0x20}},
    {0x2f8bf, {0x20, 0x6422, 0x20}}, {0x2f8c0, {0x20, 0x63c5, 0x20}},
    {0x2f8c1, {0x20, 0x63a9, 0x20}}, {0x2f8c2, {0x20, 0x3a2e, 0x20}},
    {0x2f8c3, {0x20, 0x6469, 0x20}}, {0x2f8c4, {0x20, 0x647e, 0x20}},
    {0x2f8c5, {0x20, 0x649d, 0x20}}, {0x2f8c6, {0x20, 0x6477, 0x20}},
    {0x2f8c7, {0x20, 0x3a6c, 0x20}}, {0x2f8c8, {0x20, 0x654f, 0x20}},
    {0x2f8c9, {0x20, 0x656c, 0x20}}, {0x2f8ca, {0x20, 0x2300a, 0x20}},
    {0x2f8cb, {0x20, 0x65e3, 0x20}}, {0x2f8cc, {0x20, 0x66f8, 0x20}},
    {0x2f8cd, {0x20, 0x6649, 0x20}}, {0x2f8ce, {0x20, 0x3b19, 0x20}},
    {0x2f8cf, {0x20, 0x6691, 0x20}}, {0x2f8d0, {0x20, 0x3b08, 0x20}},
    {0x2f8d1, {0x20, 0x3ae4, 0x20}}, {0x2f8d2, {0x20, 0x5192, 0x20}},
    {0x2f8d3, {0x20, 0x5195, 0x20}}, {0x2f8d4, {0x20, 0x6700, 0x20}},
    {0x2f8d5, {0x20, 0x669c, 0x20}}, {0x2f8d6, {0x20, 0x80ad, 0x20}},
    {0x2f8d7, {0x20, 0x43d9, 0x20}}, {0x2f8d8, {0x20, 0x6717, 0x20}},
    {0x2f8d9, {0x20, 0x671b, 0x20}}, {0x2f8da, {0x20, 0x6721, 0x20}},
    {0x2f8db, {0x20, 0x675e, 0x20}}, {0x2f8dc, {0x20, 0x6753, 0x20}},
    {0x2f8dd, {0x20, 0x233c3, 0x20}}, {0x2f8de, {0x20, 0x3b49, 0x20}},
    {0x2f8df, {0x20, 0x67fa, 0x20}}, {0x2f8e0, {0x20, 0x6785, 0x20}},
    {0x2f8e1, {0x20, 0x6852, 0x20}}, {0x2f8e2, {0x20, 0x6885, 0x20}},
    {0x2f8e3, {0x20, 0x2346d, 0x20}}, {0x2f8e4, {0x20, 0x688e, 0x20}},
    {0x2f8e5, {0x20, 0x681f, 0x20}}, {0x2f8e6, {0x20, 0x6914, 0x20}},
    {0x2f8e7, {0x20, 0x3b9d, 0x20}}, {0x2f8e8, {0x20, 0x6942, 0x20}},
    {0x2f8e9, {0x20, 0x69a3, 0x20}}, {0x2f8ea, {0x20, 0x69ea, 0x20}},
    {0x2f8eb, {0x20, 0x6aa8, 0x20}}, {0x2f8ec, {0x20, 0x236a3, 0x20}},
    {0x2f8ed, {0x20, 0x6adb, 0x20}}, {0x2f8ee, {0x20, 0x3c18, 0x20}},
    {0x2f8ef, {0x20, 0x6b21, 0x20}}, {0x2f8f0, {0x20, 0x238a7, 0x20}},
    {0x2f8f1, {0x20, 0x6b54, 0x20}}, {0x2f8f2, {0x20, 0x3c4e, 0x20}},
    {0x2f8f3, {0x20, 0x6b72, 0x20}}, {0x2f8f4, {0x20, 0x6b9f, 0x20}},
    {0x2f8f5, {0x20, 0x6bba, 0x20}}, {0x2f8f6, {0x20, 0x6bbb, 0x20}},
    {0x2f8f7, {0x20, 0x23a8d, 0x20}}, {0x2f8f8, {0x20, 0x21d0b, 0x20}},
    {0x2f8f9, {0x20, 0x23afa, 0x20}}, {0x2f8fa, {0x20, 0x6c4e, 0x20}},
    {0x2f8fb, {0x20, 0x23cbc, 0x20}}, {0x2f8fc, {0x20, 0x6cbf, 0x20}},
    {0x2f8fd, {0x20, 0x6ccd, 0x20}}, {0x2f8fe, {0x20, 0x6c67, 0x20}},
    {0x2f8ff, {0x20, 0x6d16, 0x20}}, {0x2f900, {0x20, 0x6d3e, 0x20}},
    {0x2f901, {0x20, 0x6d77, 0x20}}, {0x2f902, {0x20, 0x6d41, 0x20}},
    {0x2f903, {0x20, 0x6d69, 0x20}}, {0x2f904, {0x20, 0x6d78, 0x20}},
    {0x2f905, {0x20, 0x6d85, 0x20}}, {0x2f906, {0x20, 0x23d1e, 0x20}},
    {0x2f907, {0x20, 0x6d34, 0x20}}, {0x2f908, {0x20, 0x6e2f, 0x20}},
    {0x2f909, {0x20, 0x6e6e, 0x20}}, {0x2f90a, {0x20, 0x3d33, 0x20}},
    {0x2f90b, {0x20, 0x6ecb, 0x20}}, {0x2f90c, {0x20, 0x6ec7, 0x20}},
    {0x2f90d, {0x20, 0x23ed1, 0x20}}, {0x2f90e, {0x20, 0x6df9, 0x20}},
    {0x2f90f, {0x20, 0x6f6e, 0x20}}, {0x2f910, {0x20, 0x23f5e, 0x20}},
    {0x2f911, {0x20, 0x23f8e, 0x20}}, {0x2f912, {0x20, 0x6fc6, 0x20}},
    {0x2f913, {0x20, 0x7039, 0x20}}, {0x2f914, {0x20, 0x701e, 0x20}},
    {0x2f915, {0x20, 0x701b, 0x20}}, {0x2f916, {0x20, 0x3d96, 0x20}},
    {0x2f917, {0x20, 0x704a, 0x20}}, {0x2f918, {0x20, 0x707d, 0x20}},
    {0x2f919, {0x20, 0x7077, 0x20}}, {0x2f91a, {0x20, 0x70ad, 0x20}},
    {0x2f91b, {0x20, 0x20525, 0x20}}, {0x2f91c, {0x20, 0x7145, 0x20}},
    {0x2f91d, {0x20, 0x24263, 0x20}}, {0x2f91e, {0x20, 0x719c, 0x20}},
    {0x2f91f, {0x20, 0x243ab, 0x20}}, {0x2f920, {0x20, 0x7228, 0x20}},
    {0x2f921, {0x20, 0x7235, 0x20}}, {0x2f922, {0x20, 0x7250, 0x20}},
    {0x2f923, {0x20, 0x24608, 0x20}}, {0x2f924, {0x20, 0x7280, 0x20}},
    {0x2f925, {0x20, 0x7295, 0x20}}, {0x2f926, {0x20, 0x24735, 0x20}},
    {0x2f927, {0x20, 0x24814, 0x20}}, {0x2f928, {0x20, 0x737a, 0x20}},
    {0x2f929, {0x20, 0x738b, 0x20}}, {0x2f92a, {0x20, 0x3eac, 0x20}},
    {0x2f92b, {0x20, 0x73a5, 0x20}}, {0x2f92c, {0x20, 0x3eb8, 0x20}},
    {0x2f92d, {0x20, 0x3eb8, 0x20}}, {0x2f92e, {0x20, 0x7447, 0x20}},
    {0x2f92f, {0x20, 0x745c, 0x20}}, {0x2f930, {0x20, 0x7471, 0x20}},
    {0x2f931, {0x20, 0x7485, 0x20}}, {0x2f932, {0x20, 0x74ca, 0x20}},
    {0x2f933, {0x20, 0x3f1b, 0x20}}, {0x2f934, {0x20, 0x7524, 0x20}},
    {0x2f935, {0x20, 0x24c36, 0x20}}, {0x2f936, {0x20, 0x753e, 0x20}},
    {0x2f937, {0x20, 0x24c92, 0x20}}, {0x2f938, {0x20, 0x7570, 0x20}},
    {0x2f939, {0x20, 0x2219f, 0x20}}, {0x2f93a, {0x20, 0x7610, 0x20}},
    {0x2f93b, {0x20, 0x24fa1, 0x20}}, {0x2f93c, {0x20, 0x24fb8, 0x20}},
    {0x2f93d, {0x20, 0x25044, 0x20}}, {0x2f93e, {0x20, 0x3ffc, 0x20}},
    {0x2f93f, {0x20, 0x4008, 0x20}}, {0x2f940, {0x20, 0x76f4, 0x20}},
    {0x2f941, {0x20, 0x250f3, 0x20}}, {0x2f942, {0x20, 0x250f2, 0x20}},
    {0x2f943, {0x20, 0x25119, 0x20}}, {0x2f944, {0x20, 0x25133, 0x20}},
    {0x2f945, {0x20, 0x771e, 0x20}}, {0x2f946, {0x20, 0x771f, 0x20}},
    {0x2f947, {0x20, 0x771f, 0x20}}, {0x2f948, {0x20, 0x774a, 0x20}},
    {0x2f949, {0x20, 0x4039, 0x20}}, {0x2f94a, {0x20, 0x778b, 0x20}},
    {0x2f94b, {0x20, 0x4046, 0x20}}, {0x2f94c, {0x20, 0x4096, 0x20}},
    {0x2f94d, {0x20, 0x2541d, 0x20}}, {0x2f94e, {0x20, 0x784e, 0x20}},
    {0x2f94f, {0x20, 0x788c, 0x20}}, {0x2f950, {0x20, 0x78cc, 0x20}},
    {0x2f951, {0x20, 0x40e3, 0x20}}, {0x2f952, {0x20, 0x25626, 0x20}},
    {0x2f953, {0x20, 0x7956, 0x20}}, {0x2f954, {0x20, 0x2569a, 0x20}},
    {0x2f955, {0x20, 0x256c5, 0x20}}, {0x2f956, {0x20, 0x798f, 0x20}},
    {0x2f957, {0x20, 0x79eb, 0x20}}, {0x2f958, {0x20, 0x412f, 0x20}},
    {0x2f959, {0x20, 0x7a40, 0x20}}, {0x2f95a, {0x20, 0x7a4a, 0x20}},
    {0x2f95b, {0x20, 0x7a4f, 0x20}}, {0x2f95c, {0x20, 0x2597c, 0x20}},
    {0x2f95d, {0x20, 0x25aa7, 0x20}}, {0x2f95e, {0x20, 0x25aa7, 0x20}},
    {0x2f95f, {0x20, 0x7aee, 0x20}}, {0x2f960, {0x20, 0x4202, 0x20}},
    {0x2f961, {0x20, 0x25bab, 0x20}}, {0x2f962, {0x20, 0x7bc6, 0x20}},
    {0x2f963, {0x20, 0x7bc9, 0x20}}, {0x2f964, {0x20, 0x4227, 0x20}},
    {0x2f965, {0x20, 0x25c80, 0x20}}, {0x2f966, {0x20, 0x7cd2, 0x20}},
    {0x2f967, {0x20, 0x42a0, 0x20}}, {0x2f968, {0x20, 0x7ce8, 0x20}},
    {0x2f969, {0x20, 0x7ce3, 0x20}}, {0x2f96a, {0x20, 0x7d00, 0x20}},
    {0x2f96b, {0x20, 0x25f86, 0x20}}, {0x2f96c, {0x20, 0x7d63, 0x20}},
    {0x2f96d, {0x20, 0x4301, 0x20}}, {0x2f96e, {0x20, 0x7dc7, 0x20}},
    {0x2f96f, {0x20, 0x7e02, 0x20}}, {0x2f970, {0x20, 0x7e45, 0x20}},
    {0x2f971, {0x20, 0x4334, 0x20}}, {0x2f972, {0x20, 0x26228, 0x20}},
    {0x2f973, {0x20, 0x26247, 0x20}}, {0x2f974, {0x20, 0x4359, 0x20}},
    {0x2f975, {0x20, 0x262d9, 0x20}}, {0x2f976, {0x20, 0x7f7a, 0x20}},
    {0x2f977, {0x20, 0x2633e, 0x20}}, {0x2f978, {0x20, 0x7f95, 0x20}},
    {0x2f979, {0x20, 0x7ffa, 0x20}}, {0x2f97a, {0x20, 0x8005, 0x20}},
    {0x2f97b, {0x20, 0x264da, 0x20}}, {0x2f97c, {0x20, 0x26523, 0x20}},
    {0x2f97d, {0x20, 0x8060, 0x20}}, {0x2f97e, {0x20, 0x265a8, 0x20}},
    {0x2f97f, {0x20, 0x8070, 0x20}}, {0x2f980, {0x20, 0x2335f, 0x20}},
    {0x2f981, {0x20, 0x43d5, 0x20}}, {0x2f982, {0x20, 0x80b2, 0x20}},
    {0x2f983, {0x20, 0x8103, 0x20}}, {0x2f984, {0x20, 0x440b, 0x20}},
    {0x2f985, {0x20, 0x813e, 0x20}}, {0x2f986, {0x20, 0x5ab5, 0x20}},
    {0x2f987, {0x20, 0x267a7, 0x20}}, {0x2f988, {0x20, 0x267b5, 0x20}},
    {0x2f989, {0x20, 0x23393, 0x20}}, {0x2f98a, {0x20, 0x2339c, 0x20}},
    {0x2f98b, {0x20, 0x8201, 0x20}}, {0x2f98c, {0x20, 0x8204, 0x20}},
    {0x2f98d, {0x20, 0x8f9e, 0x20}}, {0x2f98e, {0x20, 0x446b, 0x20}},
    {0x2f98f, {0x20, 0x8291, 0x20}}, {0x2f990, {0x20, 0x828b, 0x20}},
    {0x2f991, {0x20, 0x829d, 0x20}}, {0x2f992, {0x20, 0x52b3, 0x20}},
    {0x2f993, {0x20, 0x82b1, 0x20}}, {0x2f994, {0x20, 0x82b3, 0x20}},
    {0x2f995, {0x20, 0x82bd, 0x20}}, {0x2f996, {0x20, 0x82e6, 0x20}},
    {0x2f997, {0x20, 0x26b3c, 0x20}}, {0x2f998, {0x20, 0x82e5, 0x20}},
    {0x2f999, {0x20, 0x831d, 0x20}}, {0x2f99a, {0x20, 0x8363, 0x20}},
    {0x2f99b, {0x20, 0x83ad, 0x20}}, {0x2f99c, {0x20, 0x8323, 0x20}},
    {0x2f99d, {0x20, 0x83bd, 0x20}}, {0x2f99e, {0x20, 0x83e7, 0x20}},
    {0x2f99f, {0x20, 0x8457, 0x20}}, {0x2f9a0, {0x20, 0x8353, 0x20}},
    {0x2f9a1, {0x20, 0x83ca, 0x20}}, {0x2f9a2, {0x20, 0x83cc, 0x20}},
    {0x2f9a3, {0x20, 0x83dc, 0x20}}, {0x2f9a4, {0x20, 0x26c36, 0x20}},
    {0x2f9a5, {0x20, 0x26d6b, 0x20}}, {0x2f9a6, {0x20, 0x26cd5, 0x20}},
    {0x2f9a7, {0x20, 0x452b, 0x20}}, {0x2f9a8, {0x20, 0x84f1, 0x20}},
    {0x2f9a9, {0x20, 0x84f3, 0x20}}, {0x2f9aa, {0x20, 0x8516, 0x20}},
    {0x2f9ab, {0x20, 0x273ca, 0x20}}, {0x2f9ac, {0x20, 0x8564, 0x20}},
    {0x2f9ad, {0x20, 0x26f2c, 0x20}}, {0x2f9ae, {0x20, 0x455d, 0x20}},
    {0x2f9af, {0x20, 0x4561, 0x20}}, {0x2f9b0, {0x20, 0x26fb1, 0x20}},
    {0x2f9b1, {0x20, 0x270d2, 0x20}}, {0x2f9b2, {0x20, 0x456b, 0x20}},
    {0x2f9b3, {0x20, 0x8650, 0x20}}, {0x2f9b4, {0x20, 0x865c, 0x20}},
    {0x2f9b5, {0x20, 0x8667, 0x20}}, {0x2f9b6, {0x20, 0x8669, 0x20}},
    {0x2f9b7, {0x20, 0x86a9, 0x20}}, {0x2f9b8, {0x20, 0x8688, 0x20}},
    {0x2f9b9, {0x20, 0x870e, 0x20}}, {0x2f9ba, {0x20, 0x86e2, 0x20}},
    {0x2f9bb, {0x20, 0x8779, 0x20}}, {0x2f9bc, {0x20, 0x8728, 0x20}},
    {0x2f9bd, {0x20, 0x876b, 0x20}}, {0x2f9be, {0x20, 0x8786, 0x20}},
    {0x2f9bf, {0x20, 0x45d7, 0x20}}, {0x2f9c0, {0x20, 0x87e1, 0x20}},
    {0x2f9c1, {0x20, 0x8801, 0x20}}, {0x2f9c2, {0x20, 0x45f9, 0x20}},
    {0x2f9c3, {0x20, 0x8860, 0x20}}, {0x2f9c4, {0x20, 0x8863, 0x20}},
    {0x2f9c5, {0x20, 0x27667, 0x20}}, {0x2f9c6, {0x20, 0x88d7, 0x20}},
    {0x2f9c7, {0x20, 0x88de, 0x20}}, {0x2f9c8, {0x20, 0x4635, 0x20}},
    {0x2f9c9, {0x20, 0x88fa, 0x20}}, {0x2f9ca, {0x20, 0x34bb, 0x20}},
    {0x2f9cb, {0x20, 0x278ae, 0x20}}, {0x2f9cc, {0x20, 0x27966, 0x20}},
    {0x2f9cd, {0x20, 0x46be, 0x20}}, {0x2f9ce, {0x20, 0x46c7, 0x20}},
    {0x2f9cf, {0x20, 0x8aa0, 0x20}}, {0x2f9d0, {0x20, 0x8aed, 0x20}},
    {0x2f9d1, {0x20, 0x8b8a, 0x20}}, {0x2f9d2, {0x20, 0x8c55, 0x20}},
    {0x2f9d3, {0x20, 0x27ca8, 0x20}}, {0x2f9d4, {0x20, 0x8cab, 0x20}},
    {0x2f9d5, {0x20, 0x8cc1, 0x20}}, {0x2f9d6, {0x20, 0x8d1b, 0x20}},
    {0x2f9d7, {0x20, 0x8d77, 0x20}}, {0x2f9d8, {0x20, 0x27f2f, 0x20}},
    {0x2f9d9, {0x20, 0x20804, 0x20}}, {0x2f9da, {0x20, 0x8dcb, 0x20}},
    {0x2f9db, {0x20, 0x8dbc, 0x20}}, {0x2f9dc, {0x20, 0x8df0, 0x20}},
    {0x2f9dd, {0x20, 0x208de, 0x20}}, {0x2f9de, {0x20, 0x8ed4, 0x20}},
    {0x2f9df, {0x20, 0x8f38, 0x20}}, {0x2f9e0, {0x20, 0x285d2, 0x20}},
    {0x2f9e1, {0x20, 0x285ed, 0x20}}, {0x2f9e2, {0x20, 0x9094, 0x20}},
    {0x2f9e3, {0x20, 0x90f1, 0x20}}, {0x2f9e4, {0x20, 0x9111, 0x20}},
    {0x2f9e5, {0x20, 0x2872e, 0x20}}, {0x2f9e6, {0x20, 0x911b, 0x20}},
    {0x2f9e7, {0x20, 0x9238, 0x20}}, {0x2f9e8, {0x20, 0x92d7, 0x20}},
    {0x2f9e9, {0x20, 0x92d8, 0x20}}, {0x2f9ea, {0x20, 0x927c, 0x20}},
    {0x2f9eb, {0x20, 0x93f9, 0x20}}, {0x2f9ec, {0x20, 0x9415, 0x20}},
    {0x2f9ed, {0x20, 0x28bfa, 0x20}}, {0x2f9ee, {0x20, 0x958b, 0x20}},
    {0x2f9ef, {0x20, 0x4995, 0x20}}, {0x2f9f0, {0x20, 0x95b7, 0x20}},
    {0x2f9f1, {0x20, 0x28d77, 0x20}}, {0x2f9f2, {0x20, 0x49e6, 0x20}},
    {0x2f9f3, {0x20, 0x96c3, 0x20}}, {0x2f9f4, {0x20, 0x5db2, 0x20}},
    {0x2f9f5, {0x20, 0x9723, 0x20}}, {0x2f9f6, {0x20, 0x29145, 0x20}},
    {0x2f9f7, {0x20, 0x2921a, 0x20}}, {0x2f9f8, {0x20, 0x4a6e, 0x20}},
    {0x2f9f9, {0x20, 0x4a76, 0x20}}, {0x2f9fa, {0x20, 0x97e0, 0x20}},
    {0x2f9fb, {0x20, 0x2940a, 0x20}}, {0x2f9fc, {0x20, 0x4ab2, 0x20}},
    {0x2f9fd, {0x20, 0x29496, 0x20}}, {0x2f9fe, {0x20, 0x980b, 0x20}},
    {0x2f9ff, {0x20, 0x980b, 0x20}}, {0x2fa00, {0x20, 0x9829, 0x20}},
    {0x2fa01, {0x20, 0x295b6, 0x20}}, {0x2fa02, {0x20, 0x98e2, 0x20}},
    {0x2fa03, {0x20, 0x4b33, 0x20}}, {0x2fa04, {0x20, 0x9929, 0x20}},
    {0x2fa05, {0x20, 0x99a7, 0x20}}, {0x2fa06, {0x20, 0x99c2, 0x20}},
    {0x2fa07, {0x20, 0x99fe, 0x20}}, {0x2fa08, {0x20, 0x4bce, 0x20}},
    {0x2fa09, {0x20, 0x29b30, 0x20}}, {0x2fa0a, {0x20, 0x9b12, 0x20}},
    {0x2fa0b, {0x20, 0x9c40, 0x20}}, {0x2fa0c, {0x20, 0x9cfd, 0x20}},
    {0x2fa0d, {0x20, 0x4cce, 0x20}}, {0x2fa0e, {0x20, 0x4ced, 0x20}},
    {0x2fa0f, {0x20, 0x9d67, 0x20}}, {0x2fa10, {0x20, 0x2a0ce, 0x20}},
    {0x2fa11, {0x20, 0x4cf8, 0x20}}, {0x2fa12, {0x20, 0x2a105, 0x20}},
    {0x2fa13, {0x20, 0x2a20e, 0x20}}, {0x2fa14, {0x20, 0x2a291, 0x20}},
    {0x2fa15, {0x20, 0x9ebb, 0x20}}, {0x2fa16, {0x20, 0x4d56, 0x20}},
    {0x2fa17, {0x20, 0x9ef9, 0x20}}, {0x2fa18, {0x20, 0x9efe, 0x20}},
    {0x2fa19, {0x20, 0x9f05, 0x20}}, {0x2fa1a, {0x20, 0x9f0f, 0x20}},
    {0x2fa1b, {0x20, 0x9f16, 0x20}}, {0x2fa1c, {0x20, 0x9f3b, 0x20}},
    {0x2fa1d, {0x20, 0x2a600, 0x20}},
}; RC__TABLE_END

/* BertPreTokenizer: punctuation (a word of its own) (312 toggle points) */
RC__TABLE_BEGIN const uint32_t rc__uc_bert_punct[] = {
    0x21, 0x30, 0x3a, 0x41, 0x5b, 0x61, 0x7b, 0x7f,
    0xa1, 0xa2, 0xa7, 0xa8, 0xab, 0xac, 0xb6, 0xb8,
    0xbb, 0xbc, 0xbf, 0xc0, 0x37e, 0x37f, 0x387, 0x388,
    0x55a, 0x560, 0x589, 0x58b, 0x5be, 0x5bf, 0x5c0, 0x5c1,
    0x5c3, 0x5c4, 0x5c6, 0x5c7, 0x5f3, 0x5f5, 0x609, 0x60b,
    0x60c, 0x60e, 0x61b, 0x61c, 0x61e, 0x620, 0x66a, 0x66e,
    0x6d4, 0x6d5, 0x700, 0x70e, 0x7f7, 0x7fa, 0x830, 0x83f,
    0x85e, 0x85f, 0x964, 0x966, 0x970, 0x971, 0xaf0, 0xaf1,
    0xdf4, 0xdf5, 0xe4f, 0xe50, 0xe5a, 0xe5c, 0xf04, 0xf13,
    0xf14, 0xf15, 0xf3a, 0xf3e, 0xf85, 0xf86, 0xfd0, 0xfd5,
    0xfd9, 0xfdb, 0x104a, 0x1050, 0x10fb, 0x10fc, 0x1360, 0x1369,
    0x1400, 0x1401, 0x166d, 0x166f, 0x169b, 0x169d, 0x16eb, 0x16ee,
    0x1735, 0x1737, 0x17d4, 0x17d7, 0x17d8, 0x17db, 0x1800, 0x180b,
    0x1944, 0x1946, 0x1a1e, 0x1a20, 0x1aa0, 0x1aa7, 0x1aa8, 0x1aae,
    0x1b5a, 0x1b61, 0x1bfc, 0x1c00, 0x1c3b, 0x1c40, 0x1c7e, 0x1c80,
    0x1cc0, 0x1cc8, 0x1cd3, 0x1cd4, 0x2010, 0x2028, 0x2030, 0x2044,
    0x2045, 0x2052, 0x2053, 0x205f, 0x207d, 0x207f, 0x208d, 0x208f,
    0x2308, 0x230c, 0x2329, 0x232b, 0x2768, 0x2776, 0x27c5, 0x27c7,
    0x27e6, 0x27f0, 0x2983, 0x2999, 0x29d8, 0x29dc, 0x29fc, 0x29fe,
    0x2cf9, 0x2cfd, 0x2cfe, 0x2d00, 0x2d70, 0x2d71, 0x2e00, 0x2e2f,
    0x2e30, 0x2e43, 0x3001, 0x3004, 0x3008, 0x3012, 0x3014, 0x3020,
    0x3030, 0x3031, 0x303d, 0x303e, 0x30a0, 0x30a1, 0x30fb, 0x30fc,
    0xa4fe, 0xa500, 0xa60d, 0xa610, 0xa673, 0xa674, 0xa67e, 0xa67f,
    0xa6f2, 0xa6f8, 0xa874, 0xa878, 0xa8ce, 0xa8d0, 0xa8f8, 0xa8fb,
    0xa8fc, 0xa8fd, 0xa92e, 0xa930, 0xa95f, 0xa960, 0xa9c1, 0xa9ce,
    0xa9de, 0xa9e0, 0xaa5c, 0xaa60, 0xaade, 0xaae0, 0xaaf0, 0xaaf2,
    0xabeb, 0xabec, 0xfd3e, 0xfd40, 0xfe10, 0xfe1a, 0xfe30, 0xfe53,
    0xfe54, 0xfe62, 0xfe63, 0xfe64, 0xfe68, 0xfe69, 0xfe6a, 0xfe6c,
    0xff01, 0xff04, 0xff05, 0xff0b, 0xff0c, 0xff10, 0xff1a, 0xff1c,
    0xff1f, 0xff21, 0xff3b, 0xff3e, 0xff3f, 0xff40, 0xff5b, 0xff5c,
    0xff5d, 0xff5e, 0xff5f, 0xff66, 0x10100, 0x10103, 0x1039f, 0x103a0,
    0x103d0, 0x103d1, 0x1056f, 0x10570, 0x10857, 0x10858, 0x1091f, 0x10920,
    0x1093f, 0x10940, 0x10a50, 0x10a59, 0x10a7f, 0x10a80, 0x10af0, 0x10af7,
    0x10b39, 0x10b40, 0x10b99, 0x10b9d, 0x11047, 0x1104e, 0x110bb, 0x110bd,
    0x110be, 0x110c2, 0x11140, 0x11144, 0x11174, 0x11176, 0x111c5, 0x111ca,
    0x111cd, 0x111ce, 0x111db, 0x111dc, 0x111dd, 0x111e0, 0x11238, 0x1123e,
    0x112a9, 0x112aa, 0x114c6, 0x114c7, 0x115c1, 0x115d8, 0x11641, 0x11644,
    0x1173c, 0x1173f, 0x12470, 0x12475, 0x16a6e, 0x16a70, 0x16af5, 0x16af6,
    0x16b37, 0x16b3c, 0x16b44, 0x16b45, 0x1bc9f, 0x1bca0, 0x1da87, 0x1da8c,
}; RC__TABLE_END

#endif /* REGIONCLIP_IMPLEMENTATION_DONE */
#endif /* REGIONCLIP_IMPLEMENTATION */
