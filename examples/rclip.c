/* rclip — drive regionclip.h from a shell.

     rclip tokenize     MODEL TEXT                 token ids, space-separated
     rclip embed-text   MODEL TEXT                 L2-normalized embedding, one float per line
     rclip embed-image  MODEL IMAGE                L2-normalized embedding, one float per line
     rclip zeroshot     MODEL IMAGE LABEL...       label<TAB>probability, highest first
     rclip regions      MODEL IMAGE --box x0,y0,x1,y1 [--box ...] [--mode crop|align]
                        [--margin M] TEXT...       per box: text<TAB>cosine<TAB>probability
     rclip heatmap      MODEL IMAGE TEXT OUT.png [--alpha A]
                                                   the grounding map over the image (PNG)
     rclip index        MODEL -o ARCHIVE.idx [--f16] [--batch B] PATH|DIR|@LIST...
                                                   embed an archive once (docs/search.md)
     rclip search       ARCHIVE.idx MODEL [TEXT | --image FILE [--box x0,y0,x1,y1]] [--top K]
                        [--json] [--per-series] [--heatmaps DIR]
                                                   rank, cosine, path of the best matches
     rclip index-export ARCHIVE.idx OUT            OUT.npy embeddings, OUT.jsonl records, OUT.json
                                                   (for numpy, FAISS, vector databases)
     rclip vqa          MODEL IMAGE [--box x0,y0,x1,y1]... [--mode crop|align] [--margin M]
                        QUESTION                   answer<TAB>probability, highest first
     rclip eval         MODEL MANIFEST [--json] [--template T]... [--templates FILE] [--tasks LIST]
                        [--mode crop|align] [--margin M] [--skip-bad]
                                                   the paper's tasks on a manifest, one table (eval.h)

   Options (before the command): --template T  prompt with "{}" replaced by the label; repeat
   the flag for a prompt ensemble (default: the label itself). --window C,W  window for 16-bit
   gray images (default: the image's min..max) and DICOM (in modality units, e.g. HU; default:
   the file's Window Center/Width). --frame N  the frame of a multi-frame DICOM (from 1;
   default: the middle one). Images: PNG, JPEG, TIFF, PBM/PGM/PPM, BMP, TGA decoded as Pillow
   decodes them or refused; DICOM through DCMTK (image_io.h, docs/images.md). PNG output
   through stb_image_write. Errors go to stderr, exit
   status 1 (2 for usage). */
#define _POSIX_C_SOURCE 200809L   /* clock_gettime, st_mtim, fsync, truncate: train, index */
#define REGIONCLIP_TRAINING
#define REGIONCLIP_IMPLEMENTATION
#include "regionclip.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include <limits.h>
#include <stb_image_write.h>
#include <stb_easy_font.h>
#define IMAGE_IO_DICOM      /* DICOM through DCMTK: link build/dicom_dcmtk.o (Makefile) */
#include "image_io.h"
#include "colormap.h"
#include "manifest.h"
#include "eval.h"

#define MAX_TEMPLATES 64

static void print_vector(const float *v, int n) {
    int i;
    for (i = 0; i < n; i++) printf("%.8g\n", v[i]);
}

typedef struct ranked { const char *label; float score, p; } ranked;
static int by_prob_desc(const void *a, const void *b) {
    float x = ((const ranked *)a)->p, y = ((const ranked *)b)->p;
    return (x < y) - (x > y);
}

/* Scores of one image/region embedding against cls[n][E]: cosine and zero-shot probability
   (softmax with the model's logit scale), printed highest first as label<TAB>[cosine<TAB>]p. */
static int print_scores(const float *emb, const float *cls, char **labels, int n, rc_model_info info,
                        int with_cosine) {
    ranked *r = (ranked *)malloc(sizeof(ranked) * n);
    float *cosv = (float *)malloc(sizeof(float) * n), *probs = (float *)malloc(sizeof(float) * n);
    int i, rc = 1;
    if (!r || !cosv || !probs) die("out of memory", NULL);
    else if (rc_similarity(emb, 1, cls, n, info.embed_dim, 1.0f, cosv) ||
             rc_zeroshot(emb, cls, n, info.embed_dim, info.logit_scale, probs))
        die("scoring failed (non-finite embeddings)", NULL);
    else {
        for (i = 0; i < n; i++) { r[i].label = labels[i]; r[i].score = cosv[i]; r[i].p = probs[i]; }
        qsort(r, (size_t)n, sizeof *r, by_prob_desc);
        for (i = 0; i < n; i++) {
            if (with_cosine) printf("%s\t%.6f\t%.6f\n", r[i].label, r[i].score, r[i].p);
            else printf("%s\t%.6f\n", r[i].label, r[i].p);
        }
        rc = 0;
    }
    free(r); free(cosv); free(probs);
    return rc;
}

static int zeroshot(rc_ctx *ctx, rc_model_info info, const char *image_path, char **labels, int n_labels,
                    const char **templates, int n_templates, const image_options *io) {
    loaded_image li; int E = info.embed_dim, rc = 1;
    float *img = (float *)malloc(sizeof(float) * E);
    float *cls = (float *)malloc(sizeof(float) * E * (size_t)n_labels);
    if (!img || !cls) { die("out of memory", NULL); goto done; }
    if (load_image(image_path, io, &li)) goto done;
    if (rc_encode_images(ctx, &li.img, 1, img, 1)) { die("image", rc_ctx_error(ctx)); loaded_image_free(&li); goto done; }
    loaded_image_free(&li);
    if (encode_labels(ctx, E, labels, n_labels, templates, n_templates, cls)) goto done;
    rc = print_scores(img, cls, labels, n_labels, info, 0);
done:
    free(img); free(cls);
    return rc;
}

/* "x0,y0,x1,y1" -> box; 0 on success. */
static int parse_box(const char *s, rc_box *b) {
    int used = 0;
    return !(sscanf(s, "%f,%f,%f,%f%n", &b->x0, &b->y0, &b->x1, &b->y1, &used) == 4 && s[used] == 0);
}

/* A float option value that must be finite; 0 on success. */
static int parse_float(const char *s, float *v) {
    char *end;
    *v = strtof(s, &end);
    return !(end != s && *end == 0 && isfinite(*v));
}

/* The arguments of regions and vqa: --box (any number), --mode, --margin and texts, into
   boxes[n_args], opts and texts[n_args]. Returns 0, or 1 after printing why. */
static int parse_region_args(char **args, int n_args, rc_box *boxes, int *n_boxes, rc_region_opts *opts,
                             char **texts, int *n_texts) {
    int i;
    for (i = 0; i < n_args; i++) {
        const char *a = args[i], *v = i + 1 < n_args ? args[i + 1] : NULL;
        if (!strcmp(a, "--box") || !strcmp(a, "--mode") || !strcmp(a, "--margin")) {
            if (!v) return die(a, "needs a value");
            i++;
            if (!strcmp(a, "--box") && parse_box(v, &boxes[(*n_boxes)++])) return die("--box wants x0,y0,x1,y1", v);
            if (!strcmp(a, "--margin") && parse_float(v, &opts->margin)) return die("--margin wants a number", v);
            if (!strcmp(a, "--mode")) {
                if (!strcmp(v, "align")) opts->mode = RC_REGION_ALIGN;
                else if (!strcmp(v, "crop")) opts->mode = RC_REGION_CROP;
                else return die("--mode wants crop or align", v);
            }
        } else if (!strncmp(a, "--", 2)) return die("unknown option", a);
        else texts[(*n_texts)++] = args[i];
    }
    return 0;
}

static int regions(rc_ctx *ctx, rc_model_info info, const char *image_path, char **args, int n_args,
                   const char **templates, int n_templates, const image_options *io) {
    int E = info.embed_dim, n_boxes = 0, n_texts = 0, i, rc = 1;
    rc_region_opts opts = rc_region_opts_default();
    rc_box *boxes = (rc_box *)malloc(sizeof(rc_box) * (size_t)(n_args + 1));
    char **texts = (char **)malloc(sizeof(char *) * (size_t)(n_args + 1));
    float *cls = NULL, *regs = NULL, *global = (float *)malloc(sizeof(float) * E), *fused = (float *)malloc(sizeof(float) * E);
    loaded_image li;
    if (!boxes || !texts || !global || !fused) { die("out of memory", NULL); goto done; }
    if (parse_region_args(args, n_args, boxes, &n_boxes, &opts, texts, &n_texts)) goto done;
    if (n_boxes == 0 || n_texts == 0) { rc = die("regions needs at least one --box and one TEXT", NULL); goto done; }
    cls = (float *)malloc(sizeof(float) * E * (size_t)n_texts);
    regs = (float *)malloc(sizeof(float) * E * (size_t)n_boxes);
    if (!cls || !regs) { die("out of memory", NULL); goto done; }
    if (encode_labels(ctx, E, texts, n_texts, templates, n_templates, cls)) goto done;
    if (load_image(image_path, io, &li)) goto done;
    if (rc_encode_regions(ctx, &li.img, boxes, n_boxes, &opts, regs, global, fused, 1)) {
        loaded_image_free(&li); die("regions", rc_ctx_error(ctx)); goto done;
    }
    loaded_image_free(&li);
    for (i = 0, rc = 0; i < n_boxes && !rc; i++) {
        printf("box %d (%g,%g,%g,%g)\n", i, boxes[i].x0, boxes[i].y0, boxes[i].x1, boxes[i].y1);
        rc = print_scores(regs + (size_t)i * E, cls, texts, n_texts, info, 1);
    }
    if (!rc) { printf("image (fused)\n"); rc = print_scores(fused, cls, texts, n_texts, info, 1); }
done:
    free(boxes); free(texts); free(cls); free(regs); free(global); free(fused);
    return rc;
}

/* VQA as classification: the image's fused embedding (with its boxes, if any) and the
   question through the model's VQA head; every answer with its probability, highest first. */
static int vqa(rc_ctx *ctx, const rc_model *model, rc_model_info info, const char *image_path, char **args,
               int n_args, const image_options *io) {
    int E = info.embed_dim, A = info.vqa_answers, n_boxes = 0, n_texts = 0, i, rc = 1;
    rc_region_opts opts = rc_region_opts_default();
    rc_box *boxes = (rc_box *)malloc(sizeof(rc_box) * (size_t)(n_args + 1));
    char **texts = (char **)malloc(sizeof(char *) * (size_t)(n_args + 1));
    float *emb = (float *)malloc(sizeof(float) * E * (size_t)(3 + n_args));   /* global, fused, question, regions */
    float *probs = (float *)malloc(sizeof(float) * (A + 1));
    ranked *r = (ranked *)malloc(sizeof(ranked) * (A + 1));
    loaded_image li;
    if (!boxes || !texts || !emb || !probs || !r) { die("out of memory", NULL); goto done; }
    if (A == 0) { die("the model has no VQA head (convert it with --roi and --vqa-answers)", NULL); goto done; }
    if (parse_region_args(args, n_args, boxes, &n_boxes, &opts, texts, &n_texts)) goto done;
    if (n_texts != 1) { die("vqa wants exactly one QUESTION", NULL); goto done; }
    if (rc_encode_texts(ctx, (const char *const *)texts, 1, emb + 2 * E, 1)) { die("question", rc_ctx_error(ctx)); goto done; }
    if (load_image(image_path, io, &li)) goto done;
    i = rc_encode_regions(ctx, &li.img, boxes, n_boxes, &opts, emb + 3 * E, emb, emb + E, 1) != RC_OK;
    loaded_image_free(&li);
    if (i) { die("image", rc_ctx_error(ctx)); goto done; }
    if (rc_vqa(ctx, emb + E, emb + 2 * E, probs)) { die("vqa", rc_ctx_error(ctx)); goto done; }
    for (i = 0; i < A; i++) { r[i].label = rc_model_vqa_answer(model, i); r[i].score = 0.0f; r[i].p = probs[i]; }
    qsort(r, (size_t)A, sizeof *r, by_prob_desc);
    for (i = 0; i < A; i++) printf("%s\t%.6f\n", r[i].label, r[i].p);
    rc = 0;
done:
    free(boxes); free(texts); free(emb); free(probs); free(r);
    return rc;
}

/* The decoded image as 8-bit RGB at its own size, as a viewer shows it: gray replicated,
   alpha dropped, 16-bit gray through the window rc_image documents (min..max when width <= 0). */
static void display_rgb(const rc_image *img, unsigned char *rgb) {
    const size_t n = (size_t)img->width * img->height;
    double lo = 0.0, width = 1.0;
    size_t i;
    if (img->format == RC_PIXEL_GRAY16) {
        const uint16_t *v = (const uint16_t *)img->pixels;
        double mn = 65535.0, mx = 0.0;
        for (i = 0; i < n; i++) { if (v[i] < mn) mn = v[i]; if (v[i] > mx) mx = v[i]; }
        if (img->window_width > 0) { lo = img->window_center - img->window_width / 2.0; width = img->window_width; }
        else { lo = mn; width = mx > mn ? mx - mn : 0.0; }
    }
    for (i = 0; i < n; i++) {
        const unsigned char *p8 = (const unsigned char *)img->pixels;
        unsigned char *o = rgb + 3 * i;
        switch (img->format) {
        case RC_PIXEL_RGB8: memcpy(o, p8 + 3 * i, 3); break;
        case RC_PIXEL_RGBA8: memcpy(o, p8 + 4 * i, 3); break;
        case RC_PIXEL_GRAY8: o[0] = o[1] = o[2] = p8[i]; break;
        case RC_PIXEL_GRAY16: {
            double x = width > 0.0 ? (((const uint16_t *)img->pixels)[i] - lo) / width : 0.0;
            o[0] = o[1] = o[2] = (unsigned char)floor((x < 0.0 ? 0.0 : x > 1.0 ? 1.0 : x) * 255.0 + 0.5);
            break;
        }
        }
    }
}

/* stbi_write_png ignores write errors (a full disk gives a truncated file and success):
   its bytes go through this sink, which remembers a short write. */
typedef struct png_sink { FILE *f; int ok; } png_sink;
static void png_write(void *context, void *data, int size) {
    png_sink *s = (png_sink *)context;
    if (s->ok && fwrite(data, 1, (size_t)size, s->f) != (size_t)size) s->ok = 0;
}

/* rgb[h][w][3] as a PNG at path, written to path.tmp and renamed: never a partial file at
   path. Returns 0, or 1 after printing why. */
static int write_png(const char *path, int w, int h, const unsigned char *rgb) {
    char tmp[4096];
    png_sink s;
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    s.f = fopen(tmp, "wb"); s.ok = s.f != NULL;
    if (s.f && !stbi_write_png_to_func(png_write, &s, w, h, 3, rgb, w * 3)) s.ok = 0;
    if (s.f && fclose(s.f) != 0) s.ok = 0;
    if (!s.ok || rename(tmp, path) != 0) {
        remove(tmp);
        return die("cannot write", path);
    }
    return 0;
}

/* Colour of a score normalized to t in [0, 1]. */
static const unsigned char *colour_of(double t) {
    int k = (int)floor(t * 255.0 + 0.5);
    return colormap[k < 0 ? 0 : k > 255 ? 255 : k];
}

/* One RGB pixel o becomes (1 - a) * o + a * c. */
static void blend(unsigned char *o, const unsigned char c[3], double a) {
    int k;
    for (k = 0; k < 3; k++) o[k] = (unsigned char)floor((1.0 - a) * o[k] + a * c[k] + 0.5);
}

/* Blends c into [x0, x1) x [y0, y1) of rgb[h][w][3], clipped to the image. */
static void fill_rect(unsigned char *rgb, int w, int h, int x0, int y0, int x1, int y1,
                      const unsigned char c[3], double a) {
    int x, y;
    for (y = y0 < 0 ? 0 : y0; y < y1 && y < h; y++)
        for (x = x0 < 0 ? 0 : x0; x < x1 && x < w; x++) blend(rgb + ((size_t)y * w + x) * 3, c, a);
}

/* Text at (x, y) (top left), glyph units scaled by `scale`, with stb_easy_font's quads. */
static void draw_text(unsigned char *rgb, int w, int h, int x, int y, int scale, char *text) {
    static const unsigned char white[3] = {255, 255, 255};
    float quads[4 * 4 * 64 * 8];        /* 4 vertices of 16 bytes per quad; <= 64 quads/char */
    int n = stb_easy_font_print(0, 0, text, NULL, quads, (int)sizeof quads), q;
    for (q = 0; q < n; q++) {
        const float *v0 = quads + q * 16, *v2 = quads + q * 16 + 8;     /* corners 0 and 2 */
        fill_rect(rgb, w, h, x + (int)(v0[0] * scale), y + (int)(v0[1] * scale),
                  x + (int)(v2[0] * scale), y + (int)(v2[1] * scale), white, 1.0);
    }
}

/* The colour scale along the bottom edge: a dark strip holding "min [bar] max"; on images too
   small for the labels, the bar alone. */
static void draw_scale(unsigned char *rgb, int w, int h, float lo, float hi) {
    static const unsigned char black[3] = {0, 0, 0};
    char lo_s[32], hi_s[32];
    int scale = w < h ? w / 300 + 1 : h / 300 + 1, pad = 3 * scale, text_h = 8 * scale;
    int strip = text_h + 2 * pad, lo_w, hi_w, bar_x0, bar_x1, x;
    snprintf(lo_s, sizeof lo_s, "%.3f", (double)lo);
    snprintf(hi_s, sizeof hi_s, "%.3f", (double)hi);
    lo_w = stb_easy_font_width(lo_s) * scale; hi_w = stb_easy_font_width(hi_s) * scale;
    bar_x0 = 2 * pad + lo_w; bar_x1 = w - 2 * pad - hi_w;
    if (bar_x1 - bar_x0 < 16 * scale || strip > h / 3) {    /* no room for labels */
        strip = h / 12 > 2 ? h / 12 : 2; pad = 0; bar_x0 = 0; bar_x1 = w;
    }
    fill_rect(rgb, w, h, 0, h - strip, w, h, black, 0.65);
    for (x = bar_x0; x < bar_x1; x++)
        fill_rect(rgb, w, h, x, h - strip + pad, x + 1, h - pad, colour_of((double)(x - bar_x0) / (bar_x1 - bar_x0 - 1 > 0 ? bar_x1 - bar_x0 - 1 : 1)), 1.0);
    if (pad) {
        draw_text(rgb, w, h, pad, h - strip + pad, scale, lo_s);
        draw_text(rgb, w, h, w - pad - hi_w, h - strip + pad, scale, hi_s);
    }
}

/* The grounding map of cls[embed_dim] over the image at image_path, blended over it with
   alpha and a colour scale, as a PNG at out_path; the peaks and range into the out args.
   Returns 0, or 1 after printing why. */
typedef struct heatmap_stats { int peak_x, peak_y, patch_x, patch_y; float peak, patch, lo, hi; } heatmap_stats;
static int heatmap_png(rc_ctx *ctx, rc_model_info info, const float *cls, const char *image_path,
                       const char *out_path, float alpha, const image_options *io, heatmap_stats *st) {
    const int G = info.image_size / info.patch_size;
    float lo = INFINITY, hi = -INFINITY, *grid = (float *)malloc(sizeof(float) * G * G), *map = NULL;
    unsigned char *rgb = NULL;
    loaded_image li;
    size_t n = 0, i, peak = 0, gpeak = 0;
    int rc = 1, w, h;
    if (!grid) return die("out of memory", NULL);
    if (load_image(image_path, io, &li)) { free(grid); return 1; }
    w = li.img.width; h = li.img.height; n = (size_t)w * h;
    map = (float *)malloc(sizeof(float) * n);
    rgb = (unsigned char *)malloc(3 * n);
    if (!map || !rgb) { die("out of memory", NULL); goto done; }
    if (rc_ground(ctx, &li.img, cls, grid, map, NAN)) { die("heatmap", rc_ctx_error(ctx)); goto done; }
    for (i = 0; i < n; i++) {
        if (map[i] != map[i]) continue;             /* outside the model's view */
        if (map[i] < lo) lo = map[i];
        if (map[i] > hi) hi = map[i];
        if (!(map[peak] >= map[i])) peak = i;       /* also moves off a NaN start */
    }
    for (i = 1; i < (size_t)G * G; i++) if (grid[i] > grid[gpeak]) gpeak = i;
    display_rgb(&li.img, rgb);
    for (i = 0; i < n; i++)
        if (map[i] == map[i]) blend(rgb + 3 * i, colour_of(hi > lo ? (map[i] - lo) / (hi - lo) : 0.5), alpha);
    draw_scale(rgb, w, h, lo, hi);
    if (write_png(out_path, w, h, rgb)) goto done;
    st->peak_x = (int)(peak % w); st->peak_y = (int)(peak / w); st->peak = map[peak];
    st->patch_x = (int)(gpeak % G); st->patch_y = (int)(gpeak / G); st->patch = grid[gpeak];
    st->lo = lo; st->hi = hi;
    rc = 0;
done:
    loaded_image_free(&li);
    free(grid); free(map); free(rgb);
    return rc;
}

static int heatmap(rc_ctx *ctx, rc_model_info info, const char *image_path, char *text, const char *out_path,
                   char **args, int n_args, const char **templates, int n_templates, const image_options *io) {
    float alpha = 0.5f, *cls = (float *)malloc(sizeof(float) * info.embed_dim);
    heatmap_stats st;
    int a, rc = 1;
    for (a = 0; a < n_args; a++) {
        if (!strcmp(args[a], "--alpha") && a + 1 < n_args) {
            if (parse_float(args[++a], &alpha) || alpha < 0 || alpha > 1) { free(cls); return die("--alpha wants a number in [0, 1]", args[a]); }
        } else { free(cls); return die("unknown heatmap argument", args[a]); }
    }
    if (!cls) return die("out of memory", NULL);
    if (!encode_labels(ctx, info.embed_dim, &text, 1, templates, n_templates, cls) &&
        !heatmap_png(ctx, info, cls, image_path, out_path, alpha, io, &st)) {
        printf("peak\t%d\t%d\t%.6f\n", st.peak_x, st.peak_y, (double)st.peak);
        printf("peak patch\t%d\t%d\t%.6f\n", st.patch_x, st.patch_y, (double)st.patch);
        printf("range\t%.6f\t%.6f\n", (double)st.lo, (double)st.hi);
        rc = 0;
    }
    free(cls);
    return rc;
}

#include "train.h"
#include "search_cmd.h"

static int usage(void) {
    fprintf(stderr,
            "usage: rclip [--template T]... [--window C,W] [--frame N] COMMAND MODEL ARGS\n"
            "  tokenize MODEL TEXT | embed-text MODEL TEXT | embed-image MODEL IMAGE |\n"
            "  zeroshot MODEL IMAGE LABEL... |\n"
            "  regions MODEL IMAGE --box x0,y0,x1,y1 [--box ...] [--mode crop|align] [--margin M] TEXT... |\n"
            "  heatmap MODEL IMAGE TEXT OUT.png [--alpha A] |\n"
            "  index MODEL -o ARCHIVE.idx [--f16] [--batch B] PATH|DIR|@LIST... |\n"
            "  search ARCHIVE.idx MODEL [TEXT | --image FILE [--box x0,y0,x1,y1]] [--top K] [--json]\n"
            "         [--per-series] [--heatmaps DIR] |\n"
            "  index-export ARCHIVE.idx OUT |\n"
            "  vqa MODEL IMAGE [--box x0,y0,x1,y1]... [--mode crop|align] [--margin M] QUESTION |\n"
            "  eval MODEL MANIFEST [--json] [--template T]... [--templates FILE] [--tasks LIST] [--mode align|crop]\n"
            "       [--margin M] [--skip-bad] |\n"
            "  train MODEL MANIFEST -o OUT.gguf [--steps S1,S2,S3] [--batch B] [--lr LR|L1,L2,L3] [--seed N]\n"
            "        [--log CSV] [--curve PNG] [--save-every N] [--until STEP] [--resume CKPT]\n"
            "        [--heldout MANIFEST] [--export MODEL.gguf [--export-dtype T]] [--grad-clip G] [--stop-on-bad]\n");
    return 2;
}

int main(int argc, char **argv) {
    const char *templates[MAX_TEMPLATES]; int n_templates = 0, argi = 1, rc = 1;
    image_options io;                   /* --window, --frame */
    const char *cmd, *model_path;
    rc_model *model = NULL; rc_ctx *ctx = NULL; rc_error err; rc_model_info info;
    memset(&io, 0, sizeof io);
    while (argi < argc && !strncmp(argv[argi], "--", 2)) {
        if (!strcmp(argv[argi], "--template") && argi + 1 < argc) {
            if (n_templates == MAX_TEMPLATES) return die("too many templates", NULL);
            templates[n_templates++] = argv[argi + 1]; argi += 2;
        } else if (!strcmp(argv[argi], "--window") && argi + 1 < argc) {
            if (sscanf(argv[argi + 1], "%f,%f", &io.window_center, &io.window_width) != 2 || !(io.window_width > 0) ||
                !isfinite(io.window_center) || !isfinite(io.window_width))
                return die("--window wants CENTER,WIDTH with WIDTH > 0", argv[argi + 1]);
            argi += 2;
        } else if (!strcmp(argv[argi], "--frame") && argi + 1 < argc) {
            char *end;
            long f = strtol(argv[argi + 1], &end, 10);
            if (*end || f < 1 || f > INT_MAX) return die("--frame wants a frame number from 1", argv[argi + 1]);
            io.frame = (int)f;
            argi += 2;
        } else return usage();
    }
    if (argc - argi < 3) return usage();
    cmd = argv[argi]; model_path = argv[argi + 1];
    if (!strcmp(cmd, "train")) return train_command(argc - argi - 1, argv + argi + 1);
    if (!strcmp(cmd, "eval")) return eval_command(argc - argi - 1, argv + argi + 1, templates, n_templates, &io);
    if (n_templates == 0) templates[n_templates++] = "{}";
    if (!strcmp(cmd, "index")) return index_command(argc - argi - 1, argv + argi + 1, &io);
    if (!strcmp(cmd, "search")) return search_command(argc - argi - 1, argv + argi + 1, templates, n_templates, &io);
    if (!strcmp(cmd, "index-export")) return export_command(argc - argi - 1, argv + argi + 1);
    if (strcmp(cmd, "tokenize") && strcmp(cmd, "embed-text") && strcmp(cmd, "embed-image") && strcmp(cmd, "zeroshot") &&
        strcmp(cmd, "regions") && strcmp(cmd, "heatmap") && strcmp(cmd, "vqa"))
        return usage();
    if ((!strcmp(cmd, "zeroshot") || !strcmp(cmd, "regions") || !strcmp(cmd, "vqa")) && argc - argi < 4) return usage();
    if (!strcmp(cmd, "heatmap") && argc - argi < 5) return usage();
    if (rc_model_load_mmap(&model, model_path, NULL, &err)) return die(model_path, err.message);
    if (rc_ctx_create(&ctx, model, &err)) { rc_model_free(model); return die("context", err.message); }
    info = rc_model_get_info(model);
    if (!strcmp(cmd, "tokenize")) {
        int32_t *ids = (int32_t *)malloc(sizeof(int32_t) * info.context_length); int n = 0, i;
        if (!ids) rc = die("out of memory", NULL);
        else if (rc_tokenize(ctx, argv[argi + 2], (size_t)-1, ids, &n)) rc = die("tokenize", rc_ctx_error(ctx));
        else { for (i = 0; i < n; i++) printf(i ? " %d" : "%d", (int)ids[i]); printf("\n"); rc = 0; }
        free(ids);
    } else if (!strcmp(cmd, "embed-text")) {
        float *v = (float *)malloc(sizeof(float) * info.embed_dim);
        const char *text = argv[argi + 2];
        if (!v) rc = die("out of memory", NULL);
        else if (rc_encode_texts(ctx, &text, 1, v, 1)) rc = die("embed-text", rc_ctx_error(ctx));
        else { print_vector(v, info.embed_dim); rc = 0; }
        free(v);
    } else if (!strcmp(cmd, "embed-image")) {
        float *v = (float *)malloc(sizeof(float) * info.embed_dim); loaded_image li;
        if (!v) rc = die("out of memory", NULL);
        else if (!load_image(argv[argi + 2], &io, &li)) {
            if (rc_encode_images(ctx, &li.img, 1, v, 1)) rc = die("embed-image", rc_ctx_error(ctx));
            else { print_vector(v, info.embed_dim); rc = 0; }
            loaded_image_free(&li);
        }
        free(v);
    } else if (!strcmp(cmd, "zeroshot")) {
        rc = zeroshot(ctx, info, argv[argi + 2], argv + argi + 3, argc - argi - 3, templates, n_templates, &io);
    } else if (!strcmp(cmd, "regions")) {
        rc = regions(ctx, info, argv[argi + 2], argv + argi + 3, argc - argi - 3, templates, n_templates, &io);
    } else if (!strcmp(cmd, "vqa")) {
        rc = vqa(ctx, model, info, argv[argi + 2], argv + argi + 3, argc - argi - 3, &io);
    } else {
        rc = heatmap(ctx, info, argv[argi + 2], argv[argi + 3], argv[argi + 4], argv + argi + 5, argc - argi - 5,
                     templates, n_templates, &io);
    }
    rc_ctx_free(ctx);
    rc_model_free(model);
    return rc;
}
