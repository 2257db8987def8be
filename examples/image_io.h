/* image_io.h — read an image file into an rc_image exactly as Pillow's Image.open reads it, or
   refuse it with a reason. Shared by the example programs (rclip, retrieval, the trainer).

   The rule (docs/images.md): the pixels handed to regionclip.h are those open_clip sees after
   preprocess(Image.open(f)) — same mode, same resampling filter — or the file is refused with a
   message naming it and the problem. Never an embedding of a truncated or malformed file.

     format           read by                          Pillow mode -> rc_image
     PNG              zlib + the unfiltering here       1 L P LA RGB RGBA I;16 (see image_png.h)
     JPEG             libjpeg-turbo (Pillow's decoder)  L RGB (CMYK refused)
     BMP              the reader here                   1 L P RGB RGBA (see image_bmp.h)
     TGA              the reader here                   1 L LA P RGB RGBA (see image_tga.h)
     TIFF             libtiff (Pillow's decoder)       1 L P LA RGB RGBA I;16 I;16B (see image_tiff.h)
     PBM/PGM/PPM      the reader here                   P1-P6, 8 and 16 bit (see image_pnm.h)

   Modes map onto rc_image formats: "1" and "L" -> GRAY8, "I;16" (16-bit gray) -> GRAY16 with
   the file's raw samples (the window is in the file's units), "P" -> RGB8 through its palette,
   "LA" -> RGBA8 with the gray replicated, "RGB" -> RGB8, "RGBA" -> RGBA8. "1" and "P" images
   are marked RC_RESAMPLE_NEAREST, as Pillow resizes them.

   Link with -lz -ljpeg -ltiff -lm (Debian: zlib1g-dev, libjpeg62-turbo-dev, libtiff-dev). */
#ifndef REGIONCLIP_IMAGE_IO_H
#define REGIONCLIP_IMAGE_IO_H
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The entry points below are static (header-only); not every program calls all of them. */
#if defined(__GNUC__)
#define IMAGE_IO_API static __attribute__((unused))
#else
#define IMAGE_IO_API static
#endif

static int die(const char *what, const char *detail) {
    fprintf(stderr, "error: %s%s%s\n", what, detail ? ": " : "", detail ? detail : "");
    return 1;
}

/* Pillow refuses images above 2 * Image.MAX_IMAGE_PIXELS (DecompressionBombError); so do we,
   unless RCLIP_MAX_PIXELS in the environment (or image_options.max_pixels) says otherwise. */
#define IMAGE_MAX_PIXELS_DEFAULT 178956970u
#define IMAGE_MAX_FILE_BYTES ((size_t)1 << 31)   /* larger files are refused before reading */

typedef struct image_options {
    float window_center, window_width;   /* GRAY16 window (rc_image's convention)          */
    uint64_t max_pixels;                 /* width * height above this: refused (0: default) */
    int frame;                           /* DICOM multi-frame: 1-based; 0: the middle frame */
} image_options;

/* A decoded image: img describes pixels, which this owns (loaded_image_free). mode is the
   Pillow mode the file opens as ("1", "L", "P", "LA", "RGB", "RGBA", "I;16"), format the
   file type ("PNG", "JPEG", ...). */
typedef struct loaded_image {
    rc_image img;
    void *pixels;
    char mode[8];
    const char *format;
    /* DICOM only ("" / 0 otherwise): Series and SOP Instance UID, the frame decoded (from 1;
       0 for a single-frame file),
       and the slice position (Image Position (Patient) along the slice normal, mm) when
       has_slice_position. */
    char series_uid[68], instance_uid[68];
    int frame, has_slice_position;
    double slice_position;
} loaded_image;

/* Every reader: decode data[size] (a whole file) into out, or return 1 with why[] filled. */
typedef int (*image_reader)(const uint8_t *data, size_t size, const image_options *opt,
                            loaded_image *out, char *why, size_t why_cap);

static int image_fail(char *why, size_t cap, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(why, cap, fmt, ap);
    va_end(ap);
    return 1;
}

static uint64_t image_max_pixels(const image_options *opt) {
    const char *env = getenv("RCLIP_MAX_PIXELS");
    if (opt && opt->max_pixels) return opt->max_pixels;
    if (env && *env) {
        char *end;
        unsigned long long v = strtoull(env, &end, 10);
        if (*end == 0 && v > 0) return (uint64_t)v;
    }
    return IMAGE_MAX_PIXELS_DEFAULT;
}

/* Checks width x height (>= 1, <= RC_IMAGE_MAX_SIDE, product <= the pixel limit), allocates
   zeroed pixels of format for it, and fills out (mode, resample, window, stride). */
static int image_alloc(loaded_image *out, int64_t width, int64_t height, rc_pixel_format format,
                       const char *mode, const image_options *opt, char *why, size_t cap) {
    size_t bpp = format == RC_PIXEL_RGB8 ? 3 : format == RC_PIXEL_RGBA8 ? 4 : format == RC_PIXEL_GRAY16 ? 2 : 1;
    uint64_t limit = image_max_pixels(opt);
    if (width < 1 || height < 1) return image_fail(why, cap, "image size %lldx%lld is empty", (long long)width, (long long)height);
    if (width > RC_IMAGE_MAX_SIDE || height > RC_IMAGE_MAX_SIDE)
        return image_fail(why, cap, "image size %lldx%lld exceeds %d pixels per side", (long long)width,
                          (long long)height, RC_IMAGE_MAX_SIDE);
    if ((uint64_t)width * (uint64_t)height > limit)
        return image_fail(why, cap, "image size %lldx%lld exceeds the pixel limit %llu (a decompression "
                          "bomb?); set RCLIP_MAX_PIXELS to allow it", (long long)width, (long long)height,
                          (unsigned long long)limit);
    out->pixels = calloc((size_t)width * (size_t)height, bpp);
    if (!out->pixels) return image_fail(why, cap, "out of memory for a %lldx%lld image", (long long)width, (long long)height);
    out->img.pixels = out->pixels;
    out->img.width = (int)width;
    out->img.height = (int)height;
    out->img.stride = (size_t)width * bpp;
    out->img.format = format;
    out->img.resample = (!strcmp(mode, "1") || !strcmp(mode, "P")) ? RC_RESAMPLE_NEAREST : RC_RESAMPLE_BICUBIC;
    if (opt) { out->img.window_center = opt->window_center; out->img.window_width = opt->window_width; }
    snprintf(out->mode, sizeof out->mode, "%s", mode);
    return 0;
}

/* Releases what a reader or load_image allocated; safe on a zeroed or released image. */
IMAGE_IO_API void loaded_image_free(loaded_image *li) {
    free(li->pixels);
    li->pixels = NULL;
    li->img.pixels = NULL;
}

/* Big- and little-endian fields. */
static uint32_t image_be16(const uint8_t *p) { return (uint32_t)p[0] << 8 | p[1]; }
static uint32_t image_be32(const uint8_t *p) { return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3]; }
static uint32_t image_le16(const uint8_t *p) { return (uint32_t)p[1] << 8 | p[0]; }
static uint32_t image_le32(const uint8_t *p) { return (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0]; }

#include "image_pnm.h"
#include "image_png.h"
#include "image_jpeg.h"
#include "image_tiff.h"
#include "image_bmp.h"
#include "image_tga.h"
#ifdef IMAGE_IO_DICOM
#include "image_dicom.h"
#else
static int read_dicom(const uint8_t *data, size_t size, const image_options *opt, loaded_image *out,
                      char *why, size_t cap) {
    (void)data; (void)size; (void)opt; (void)out;
    return image_fail(why, cap, "DICOM: this program was built without DICOM support (IMAGE_IO_DICOM, DCMTK)");
}
#endif

/* DICOM: "DICM" after the 128-byte preamble, or (files without one) a first element of
   group 0002 or 0008, in either byte order, which no TGA header can start with. */
static int image_is_dicom(const uint8_t *data, size_t size) {
    if (size >= 132 && memcmp(data + 128, "DICM", 4) == 0) return 1;
    if (size < 8) return 0;
    return ((data[0] == 2 || data[0] == 8) && data[1] == 0 && data[3] == 0) ||
           (data[0] == 0 && (data[1] == 2 || data[1] == 8) && data[2] == 0);
}

/* Picks the reader by the file's first bytes, as Pillow does (the name's extension is not
   consulted); TGA has no signature and is tried last, as in Pillow. */
IMAGE_IO_API int image_decode(const uint8_t *data, size_t size, const image_options *opt, loaded_image *out,
                        char *why, size_t cap) {
    static const struct { const char *magic; size_t len; image_reader read; } kinds[] = {
        {"\x89PNG\r\n\x1a\n", 8, read_png},
        {"\xff\xd8\xff", 3, read_jpeg},
        {"II*\0", 4, read_tiff},
        {"MM\0*", 4, read_tiff},
        {"II+\0", 4, read_tiff},                 /* BigTIFF */
        {"MM\0+", 4, read_tiff},
        {"BM", 2, read_bmp},
        {"P", 1, read_pnm},
    };
    size_t i;
    memset(out, 0, sizeof *out);
    if (image_is_dicom(data, size)) {
        int rc = read_dicom(data, size, opt, out, why, cap);
        if (rc) loaded_image_free(out);
        return rc;
    }
    for (i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
        if (size >= kinds[i].len && memcmp(data, kinds[i].magic, kinds[i].len) == 0) {
            int rc = kinds[i].read(data, size, opt, out, why, cap);
            if (rc) loaded_image_free(out);
            return rc;
        }
    {
        int rc = read_tga(data, size, opt, out, why, cap);   /* 2: not a TGA header either */
        if (rc) loaded_image_free(out);
        if (rc == 2) return image_fail(why, cap, "not a PNG, JPEG, TIFF, BMP, TGA, DICOM or PBM/PGM/PPM file");
        return rc;
    }
}

/* Reads a whole file into *data (malloc'd; free it). Returns 0, or 1 with why[] filled. */
IMAGE_IO_API int image_read_file(const char *path, uint8_t **data, size_t *size, char *why, size_t cap) {
    FILE *f = fopen(path, "rb");
    size_t n = 0, room = 0;
    uint8_t *buf = NULL;
    *data = NULL; *size = 0;
    if (!f) return image_fail(why, cap, "%s", strerror(errno));
    for (;;) {
        size_t got;
        if (n == room) {
            uint8_t *more;
            if (room >= IMAGE_MAX_FILE_BYTES) { free(buf); fclose(f); return image_fail(why, cap, "file larger than %zu bytes", IMAGE_MAX_FILE_BYTES); }
            room = room ? room * 2 : 65536;
            if (!(more = (uint8_t *)realloc(buf, room))) { free(buf); fclose(f); return image_fail(why, cap, "out of memory"); }
            buf = more;
        }
        got = fread(buf + n, 1, room - n, f);
        n += got;
        if (got == 0) break;
    }
    if (ferror(f)) { free(buf); fclose(f); return image_fail(why, cap, "read error"); }
    fclose(f);
    *data = buf; *size = n;
    return 0;
}

/* Decodes the file at path with the given options. Returns 0, or 1 with why[] filled. */
IMAGE_IO_API int load_image_opts(const char *path, const image_options *opt, loaded_image *out, char *why, size_t cap) {
    uint8_t *data;
    size_t size;
    int rc;
    memset(out, 0, sizeof *out);
    if (image_read_file(path, &data, &size, why, cap)) return 1;
    rc = image_decode(data, size, opt, out, why, cap);
    free(data);
    return rc;
}

/* Fills out (release it with loaded_image_free); opt: window, frame, pixel limit (NULL: the
   defaults). Returns 0, or 1 after printing "error: PATH: reason". */
IMAGE_IO_API int load_image(const char *path, const image_options *opt, loaded_image *out) {
    char why[256];
    if (load_image_opts(path, opt, out, why, sizeof why)) return die(path, why);
    return 0;
}

#endif
