/* test_util.h — helpers shared by the tests (include after regionclip.h with
   REGIONCLIP_IMPLEMENTATION: the readers return rc__str views). */
#ifndef RC_TEST_UTIL_H
#define RC_TEST_UTIL_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Not every test uses every helper. */
#if defined(__GNUC__) || defined(__clang__)
#define TEST_MAYBE_UNUSED __attribute__((unused))
#else
#define TEST_MAYBE_UNUSED
#endif

static int g_passed, g_failed;

TEST_MAYBE_UNUSED static void check(int ok, const char *what) {
    if (ok) g_passed++;
    else { g_failed++; printf("FAIL: %s\n", what); }
}

/* Whole file dir/name (or name when dir is "") into a malloc'd buffer; NULL with a message. */
TEST_MAYBE_UNUSED static unsigned char *read_file(const char *dir, const char *name, size_t *size) {
    char path[1024];
    FILE *f;
    unsigned char *buf;
    long n;
    snprintf(path, sizeof path, "%s%s%s", dir, *dir ? "/" : "", name);
    f = fopen(path, "rb");
    if (!f) { printf("cannot open %s (run the generator first)\n", path); return NULL; }
    fseek(f, 0, SEEK_END); n = ftell(f); fseek(f, 0, SEEK_SET);
    buf = (unsigned char *)malloc((size_t)n + 1);
    if (!buf || fread(buf, 1, (size_t)n, f) != (size_t)n) { fclose(f); free(buf); return NULL; }
    fclose(f);
    *size = (size_t)n;
    return buf;
}

/* Bounds-checked little-endian reader over a file buffer. */
typedef struct reader { const unsigned char *p, *end; int bad; } reader;
TEST_MAYBE_UNUSED static uint32_t rd_u32(reader *r) {
    uint32_t v;
    if (r->end - r->p < 4) { r->bad = 1; return 0; }
    v = (uint32_t)r->p[0] | (uint32_t)r->p[1] << 8 | (uint32_t)r->p[2] << 16 | (uint32_t)r->p[3] << 24;
    r->p += 4;
    return v;
}
TEST_MAYBE_UNUSED static float rd_f32(reader *r) {
    uint32_t u = rd_u32(r);
    float f;
    memcpy(&f, &u, 4);
    return f;
}
/* n bytes at the reader's position; NULL (and r->bad) when the file is too short. */
TEST_MAYBE_UNUSED static const unsigned char *rd_bytes(reader *r, size_t n) {
    const unsigned char *p = r->p;
    if (r->bad || (size_t)(r->end - r->p) < n) { r->bad = 1; return NULL; }
    r->p += n;
    return p;
}
/* The i-th little-endian f32 of a byte array. */
TEST_MAYBE_UNUSED static float le_f32_at(const unsigned char *p, size_t i) {
    uint32_t u = (uint32_t)p[4 * i] | (uint32_t)p[4 * i + 1] << 8 | (uint32_t)p[4 * i + 2] << 16 |
                 (uint32_t)p[4 * i + 3] << 24;
    float f;
    memcpy(&f, &u, 4);
    return f;
}
/* A case file's height x stride pixel bytes copied into a malloc'd buffer; GRAY16 turned from the
   file's little-endian into native uint16. */
TEST_MAYBE_UNUSED static uint8_t *copy_pixels(const unsigned char *le, uint32_t fmt, uint32_t width,
                                              uint32_t height, uint32_t stride) {
    uint8_t *pixels = (uint8_t *)malloc((size_t)stride * height);
    uint32_t x, y;
    if (!pixels) return NULL;
    memcpy(pixels, le, (size_t)stride * height);
    if (fmt == RC_PIXEL_GRAY16)
        for (y = 0; y < height; y++)
            for (x = 0; x < width; x++) {
                uint8_t *p = pixels + (size_t)y * stride + 2 * x;
                uint16_t v = (uint16_t)(p[0] | p[1] << 8);
                memcpy(p, &v, 2);
            }
    return pixels;
}
TEST_MAYBE_UNUSED static rc__str rd_str(reader *r) {
    rc__str s;
    uint32_t n = rd_u32(r);
    s.ptr = (const char *)r->p; s.len = 0;
    if (r->bad || (size_t)(r->end - r->p) < n) { r->bad = 1; return s; }
    s.len = n; r->p += n;
    return s;
}

/* A w x h RGB8 image stored row by row at the reader's position, as an rc_image viewing the
   file's bytes; 0 (and r->bad) when the size is not positive or the file too short. */
TEST_MAYBE_UNUSED static int rd_rgb_image(reader *r, int w, int h, rc_image *img) {
    if (r->bad || w < 1 || h < 1 || (size_t)(r->end - r->p) / 3 / (size_t)w < (size_t)h) { r->bad = 1; return 0; }
    memset(img, 0, sizeof *img);
    img->pixels = r->p; img->width = w; img->height = h; img->stride = (size_t)w * 3; img->format = RC_PIXEL_RGB8;
    r->p += (size_t)w * h * 3;
    return 1;
}
/* n boxes, each x0 y0 x1 y1 as f32. */
TEST_MAYBE_UNUSED static void rd_boxes(reader *r, rc_box *boxes, int n) {
    int i;
    for (i = 0; i < n; i++) {
        boxes[i].x0 = rd_f32(r); boxes[i].y0 = rd_f32(r); boxes[i].x1 = rd_f32(r); boxes[i].y1 = rd_f32(r);
    }
}

TEST_MAYBE_UNUSED static void print_ids(const char *label, const int32_t *ids, int n) {
    int i;
    printf("    %s:", label);
    for (i = 0; i < n; i++) printf(" %d", (int)ids[i]);
    printf("\n");
}
TEST_MAYBE_UNUSED static void print_text(const char *s, size_t n) {
    size_t i;
    printf("    text (%zu bytes): \"", n);
    for (i = 0; i < n && i < 160; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c != '\\' && c != '"' && c != 0x7f) putchar(c); else printf("\\x%02x", c);
    }
    printf(i < n ? "...\"\n" : "\"\n");
}

/* Allocator that fails from the fail_at-th allocation on, and counts live blocks. */
typedef struct failing_alloc { long count, fail_at, live; } failing_alloc;
TEST_MAYBE_UNUSED static void *fa_alloc(void *user, size_t size) {
    failing_alloc *fa = (failing_alloc *)user;
    void *p;
    if (fa->fail_at >= 0 && fa->count++ >= fa->fail_at) return NULL;
    p = malloc(size);
    if (p) fa->live++;
    return p;
}
TEST_MAYBE_UNUSED static void fa_free(void *user, void *p) { ((failing_alloc *)user)->live--; free(p); }

#endif
