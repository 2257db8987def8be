/* image_io.h — decode an image file into an rc_image with stb_image (Debian's libstb-dev):
   PNG, JPEG, PGM/PPM (8 and 16 bit), BMP, TGA. Shared by the example programs; link -lstb. */
#ifndef REGIONCLIP_IMAGE_IO_H
#define REGIONCLIP_IMAGE_IO_H
#include <stdio.h>
#include <string.h>
#include <stb_image.h>

static int die(const char *what, const char *detail) {
    fprintf(stderr, "error: %s%s%s\n", what, detail ? ": " : "", detail ? detail : "");
    return 1;
}

/* Decoded image; 16-bit gray stays 16-bit so the library applies the window. */
typedef struct loaded_image { rc_image img; void *pixels; } loaded_image;

/* Fills out (release it with loaded_image_free); returns 0, or 1 after printing why. */
static int load_image(const char *path, float wc, float ww, loaded_image *out) {
    int w, h, n;
    memset(out, 0, sizeof *out);
    if (!stbi_info(path, &w, &h, &n)) return die(path, stbi_failure_reason());
    if (stbi_is_16_bit(path) && (n == 1 || n == 2)) {
        out->pixels = stbi_load_16(path, &w, &h, &n, 1);
        out->img.format = RC_PIXEL_GRAY16;
        out->img.stride = (size_t)w * 2;
        out->img.window_center = wc; out->img.window_width = ww;
    } else if (n == 1) {
        out->pixels = stbi_load(path, &w, &h, &n, 1);
        out->img.format = RC_PIXEL_GRAY8;
        out->img.stride = (size_t)w;
    } else if (n == 2 || n == 4) {
        /* With alpha (8-bit gray+alpha expanded to RGBA, gray replicated: PIL's LA gives the
           same pixels): the library resizes it premultiplied and drops alpha, like open_clip */
        out->pixels = stbi_load(path, &w, &h, &n, 4);
        out->img.format = RC_PIXEL_RGBA8;
        out->img.stride = (size_t)w * 4;
    } else {   /* RGB; 16-bit scaled to 8 */
        out->pixels = stbi_load(path, &w, &h, &n, 3);
        out->img.format = RC_PIXEL_RGB8;
        out->img.stride = (size_t)w * 3;
    }
    if (!out->pixels) return die(path, stbi_failure_reason());
    out->img.pixels = out->pixels; out->img.width = w; out->img.height = h;
    return 0;
}

/* Releases what load_image allocated; safe on a zeroed or already released image. */
static void loaded_image_free(loaded_image *li) {
    stbi_image_free(li->pixels);
    li->pixels = NULL;
}

#endif
