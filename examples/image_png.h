/* image_png.h — the PNG reader of image_io.h (included there; not on its own).

   zlib inflates; the chunk walk, unfiltering and unpacking here follow Pillow 13's
   PngImagePlugin and ZipDecode.c step by step, so what Pillow decodes comes out identical and
   what it refuses is refused:
   - before the first IDAT every chunk's CRC is checked and the known chunks' lengths are
     validated as Pillow does (IHDR >= 13, tRNS, gAMA, cHRM, sRGB, pHYs, zTXt/iCCP methods);
     unknown chunks, critical or not, are skipped; IDAT CRCs are not checked (nor by Pillow);
   - the image data is the run of IDAT chunks, inflated one row at a time in the pieces
     Pillow reads them (at most 65536 bytes); the image ends with its last row (what follows
     in the stream, adler32 included, is not read, as in Pillow); after it, chunks are walked
     as Pillow's load_end does (a missing IEND is fine, a truncated or invalid chunk is not).
   Modes (bit depth, colour type) as Pillow: gray 1 -> "1"; 2, 4, 8 -> "L" (scaled x85, x17);
   16 -> "I;16" (GRAY16); RGB 8/16 -> "RGB" (16-bit: the high byte); palette 1-8 -> "P";
   gray+alpha 8 -> "LA", 16 -> "RGBA" (high bytes); RGBA 8/16 -> "RGBA". tRNS is ignored, as
   open_clip's convert("RGB") ignores it.
   Refused where Pillow would decode garbage or the file breaks the PNG spec: the zlib stream
   ending before the last row (Pillow fills zeros), a palette image without PLTE or with an
   index beyond it (Pillow: black), PLTE of a length that is not 3..768 in steps of 3,
   compression method or interlace method other than 0/1, and animated PNG (acTL, fcTL or
   fdAT before the image data). Text chunks are not decompressed (Pillow's 1 MiB text
   limit is not applied). */
#include <zlib.h>

static int png_is_cid(const uint8_t *c) {
    int i;
    for (i = 0; i < 4; i++)
        if (!((c[i] >= 'a' && c[i] <= 'z') || (c[i] >= 'A' && c[i] <= 'Z') || (c[i] >= '0' && c[i] <= '9') || c[i] == '_'))
            return 0;
    return 1;
}

typedef struct png_info {
    uint32_t width, height;
    int depth, color, interlace, bits;      /* bits per pixel */
    const char *mode;                       /* NULL until a valid IHDR */
    const uint8_t *palette; int n_palette;  /* PLTE entries (palette images) */
    int seq;                                /* last APNG sequence number, -1 none */
} png_info;

/* Pillow's (bit depth, colour type) table. */
static const char *png_mode(int depth, int color) {
    switch (color) {
    case 0: return depth == 1 ? "1" : depth == 2 || depth == 4 || depth == 8 ? "L" : depth == 16 ? "I;16" : NULL;
    case 2: return depth == 8 || depth == 16 ? "RGB" : NULL;
    case 3: return depth == 1 || depth == 2 || depth == 4 || depth == 8 ? "P" : NULL;
    case 4: return depth == 8 ? "LA" : depth == 16 ? "RGBA" : NULL;
    case 6: return depth == 8 || depth == 16 ? "RGBA" : NULL;
    default: return NULL;
    }
}

static int png_text_name(const char *cid) { return !strcmp(cid, "zTXt") || !strcmp(cid, "iCCP"); }

/* The checks Pillow's chunk handlers make on chunk cid with data d[n] (n is the whole length:
   the caller has checked the data is in the file). pre: before the image data. */
static int png_chunk(png_info *pi, const char *cid, const uint8_t *d, uint32_t n, int pre, char *why, size_t cap) {
    if (!strcmp(cid, "IHDR")) {
        if (n < 13) return image_fail(why, cap, "PNG: truncated IHDR chunk");
        if (d[11]) return image_fail(why, cap, "PNG: unknown filter method %d", d[11]);
        if (!pre) return 0;
        if (d[10]) return image_fail(why, cap, "PNG: unknown compression method %d", d[10]);
        if (d[12] > 1) return image_fail(why, cap, "PNG: unknown interlace method %d", d[12]);
        pi->width = image_be32(d); pi->height = image_be32(d + 4);
        pi->depth = d[8]; pi->color = d[9]; pi->interlace = d[12];
        if (!(pi->mode = png_mode(d[8], d[9])))
            return image_fail(why, cap, "PNG: unsupported bit depth %d with colour type %d", d[8], d[9]);
        pi->bits = pi->depth * (pi->color == 2 ? 3 : pi->color == 4 ? 2 : pi->color == 6 ? 4 : 1);
    } else if (!strcmp(cid, "PLTE") && pre && pi->mode && !strcmp(pi->mode, "P")) {
        if (n == 0 || n > 768 || n % 3) return image_fail(why, cap, "PNG: palette of %u bytes (need 3..768, a multiple of 3)", n);
        pi->palette = d; pi->n_palette = (int)(n / 3);
    } else if (!strcmp(cid, "tRNS") && pi->mode && (!strcmp(pi->mode, "1") || !strcmp(pi->mode, "L") ||
                                                   !strcmp(pi->mode, "I;16") || !strcmp(pi->mode, "RGB"))) {
        if (n < (uint32_t)(!strcmp(pi->mode, "RGB") ? 6 : 2)) return image_fail(why, cap, "PNG: truncated tRNS chunk");
    } else if ((!strcmp(cid, "gAMA") && n < 4) || (!strcmp(cid, "cHRM") && n < 32) ||
               (!strcmp(cid, "sRGB") && n < 1) || (!strcmp(cid, "pHYs") && n < 9)) {
        return image_fail(why, cap, "PNG: truncated %s chunk", cid);
    } else if (png_text_name(cid)) {                /* "name\0" then the compression method */
        const uint8_t *nul = (const uint8_t *)memchr(d, 0, n);
        uint32_t at = nul ? (uint32_t)(nul - d) + 1 : 0;    /* Pillow: s[s.find(b"\0") + 1] */
        if (at >= n) {
            if (!strcmp(cid, "iCCP")) return image_fail(why, cap, "PNG: iCCP chunk without a compression method");
        } else if (d[at] != 0) {
            return image_fail(why, cap, "PNG: unknown compression method %d in %s", d[at], cid);
        }
    } else if (!strcmp(cid, "acTL") || !strcmp(cid, "fcTL") || !strcmp(cid, "fdAT")) {
        if (pre) return image_fail(why, cap, "PNG: animated PNG (%s) is not supported", cid);
        if (!strcmp(cid, "acTL") && n < 8) return image_fail(why, cap, "PNG: truncated acTL chunk");
        if (!strcmp(cid, "fcTL") || !strcmp(cid, "fdAT")) {
            int seq;
            if (n < (uint32_t)(!strcmp(cid, "fcTL") ? 26 : 4)) return image_fail(why, cap, "PNG: truncated %s chunk", cid);
            seq = (int)image_be32(d);
            if ((pi->seq < 0 && (seq != 0 || !strcmp(cid, "fdAT"))) || (pi->seq >= 0 && seq != pi->seq + 1))
                return image_fail(why, cap, "PNG: APNG frame sequence error");
            if (!strcmp(cid, "fcTL") && ((uint64_t)image_be32(d + 12) + image_be32(d + 4) > pi->width ||
                                         (uint64_t)image_be32(d + 16) + image_be32(d + 8) > pi->height))
                return image_fail(why, cap, "PNG: APNG frame outside the image");
            pi->seq = seq;
        }
    }
    return 0;
}

/* Row-at-a-time inflation and unfiltering (ZipDecode.c): rows land in the image as they
   complete; pass/y follow Adam7 when interlaced. */
typedef struct png_rows {
    z_stream z;
    uint8_t *cur, *prev;        /* [1 + row bytes]: filter byte + row */
    size_t have, full_row;      /* bytes of cur filled; bytes of the widest row */
    int pass, y, done, ended;
} png_rows;

static const int png_start_col[7] = {0, 4, 0, 2, 0, 1, 0}, png_start_row[7] = {0, 0, 4, 0, 2, 0, 1};
static const int png_col_step[7] = {8, 8, 4, 4, 2, 2, 1}, png_row_step[7] = {8, 8, 8, 4, 4, 2, 2};

static size_t png_pass_width(const png_info *pi, int pass) {
    return pi->interlace ? ((size_t)pi->width + (size_t)(png_col_step[pass] - 1 - png_start_col[pass])) / (size_t)png_col_step[pass]
                         : pi->width;
}
static size_t png_row_len(const png_info *pi, int pass) { return (png_pass_width(pi, pass) * (size_t)pi->bits + 7) / 8; }

/* Sample i (of a row of samples of pi->depth bits) as Pillow's unpacker gives it. */
static unsigned png_sample(const uint8_t *row, size_t i, int depth) {
    if (depth == 8) return row[i];
    if (depth == 16) return image_be16(row + 2 * i);
    return (unsigned)(row[i * (size_t)depth / 8] >> (8 - depth - (int)(i * (size_t)depth % 8))) & ((1u << depth) - 1);
}

/* Stores pixel x of a decoded row (in unpacked samples) at image column col, row y. */
static int png_store(const png_info *pi, loaded_image *out, const uint8_t *row, size_t x, size_t col, int y,
                     char *why, size_t cap) {
    int spp = pi->color == 2 ? 3 : pi->color == 4 ? 2 : pi->color == 6 ? 4 : 1, c;
    size_t s = x * (size_t)spp;
    uint8_t *px = (uint8_t *)out->pixels + (size_t)y * out->img.stride;
    unsigned v = png_sample(row, s, pi->depth);
    switch (pi->color) {
    case 0:
        if (pi->depth == 16) { uint16_t g = (uint16_t)v; memcpy(px + 2 * col, &g, 2); }
        else px[col] = (uint8_t)(pi->depth == 1 ? (v ? 255 : 0) : pi->depth == 2 ? v * 0x55 : pi->depth == 4 ? v * 0x11 : v);
        break;
    case 3:
        if ((int)v >= pi->n_palette)
            return image_fail(why, cap, "PNG: palette index %u beyond the %d-entry palette", v, pi->n_palette);
        memcpy(px + 3 * col, pi->palette + 3 * v, 3);
        break;
    case 4:                                         /* LA -> RGBA, gray replicated */
        for (c = 0; c < 3; c++) px[4 * col + (size_t)c] = (uint8_t)(pi->depth == 16 ? v >> 8 : v);
        v = png_sample(row, s + 1, pi->depth);
        px[4 * col + 3] = (uint8_t)(pi->depth == 16 ? v >> 8 : v);
        break;
    default:                                        /* RGB, RGBA: 16-bit keeps the high byte */
        for (c = 0; c < spp; c++) {
            v = png_sample(row, s + (size_t)c, pi->depth);
            px[(size_t)spp * col + (size_t)c] = (uint8_t)(pi->depth == 16 ? v >> 8 : v);
        }
    }
    return 0;
}

/* Unfilters the completed row in r->cur against r->prev (Pillow's filters) and stores it. */
static int png_finish_row(const png_info *pi, png_rows *r, loaded_image *out, char *why, size_t cap) {
    size_t len = png_row_len(pi, r->pass), bpp = ((size_t)pi->bits + 7) / 8, i, x, w;
    uint8_t *b = r->cur, *p = r->prev;
    switch (b[0]) {
    case 0: break;
    case 1: for (i = bpp + 1; i <= len; i++) b[i] = (uint8_t)(b[i] + b[i - bpp]); break;
    case 2: for (i = 1; i <= len; i++) b[i] = (uint8_t)(b[i] + p[i]); break;
    case 3:
        for (i = 1; i <= bpp && i <= len; i++) b[i] = (uint8_t)(b[i] + p[i] / 2);
        for (; i <= len; i++) b[i] = (uint8_t)(b[i] + (b[i - bpp] + p[i]) / 2);
        break;
    case 4:
        for (i = 1; i <= bpp && i <= len; i++) b[i] = (uint8_t)(b[i] + p[i]);
        for (; i <= len; i++) {
            int a = b[i - bpp], bb = p[i], c = p[i - bpp];
            int pa = abs(bb - c), pb = abs(a - c), pc = abs(a + bb - 2 * c);
            b[i] = (uint8_t)(b[i] + ((pa <= pb && pa <= pc) ? a : pb <= pc ? bb : c));
        }
        break;
    default: return image_fail(why, cap, "PNG: unknown filter type %d in row data", b[0]);
    }
    w = png_pass_width(pi, r->pass);
    for (x = 0; x < w; x++) {
        size_t col = pi->interlace ? (size_t)png_start_col[r->pass] + x * (size_t)png_col_step[r->pass] : x;
        if (png_store(pi, out, b + 1, x, col, r->y, why, cap)) return 1;
    }
    /* next row: the next in this pass, else the first of the next non-empty pass */
    r->y += pi->interlace ? png_row_step[r->pass] : 1;
    { uint8_t *t = r->cur; r->cur = r->prev; r->prev = t; }
    if (r->y >= (int)pi->height || !pi->interlace) {
        if (!pi->interlace) { if (r->y >= (int)pi->height) r->done = 1; return 0; }
        do {
            if (++r->pass == 7) { r->done = 1; return 0; }
            r->y = png_start_row[r->pass];
        } while (r->y >= (int)pi->height || png_row_len(pi, r->pass) == 0);
        memset(r->prev, 0, r->full_row + 1);    /* a pass starts against a black row */
    }
    return 0;
}

/* Feeds in[n] to the row decoder (one inflate call per row, as ZipDecode does). */
static int png_feed(const png_info *pi, png_rows *r, const uint8_t *in, size_t n, loaded_image *out,
                    char *why, size_t cap) {
    r->z.next_in = (Bytef *)(uintptr_t)in;
    r->z.avail_in = (uInt)n;
    while (r->z.avail_in > 0 && !r->done) {
        size_t want = png_row_len(pi, r->pass) + 1;
        int err;
        r->z.next_out = r->cur + r->have;
        r->z.avail_out = (uInt)(want - r->have);
        err = inflate(&r->z, Z_NO_FLUSH);
        if (err == Z_NEED_DICT)             /* a preset dictionary: PNG forbids it */
            return image_fail(why, cap, "PNG: corrupt image data (the zlib stream asks for a preset dictionary)");
        if (err < 0 && err != Z_BUF_ERROR)
            return image_fail(why, cap, "PNG: corrupt image data (zlib: %s)", r->z.msg ? r->z.msg : "error");
        r->have = want - r->z.avail_out;
        if (r->have < want) {
            if (err == Z_STREAM_END) { r->ended = 1; break; }
            if (err == Z_BUF_ERROR) break;
            continue;
        }
        r->have = 0;
        if (png_finish_row(pi, r, out, why, cap)) return 1;
        if (err == Z_STREAM_END && !r->done) { r->ended = 1; break; }
    }
    return 0;
}

static int read_png(const uint8_t *data, size_t size, const image_options *opt, loaded_image *out,
                    char *why, size_t cap) {
    png_info pi;
    png_rows r;
    size_t pos = 8, fp;                 /* fp: where Pillow's file position is after the data */
    uint32_t len = 0;
    char cid[5];
    int rc = 1, inflating = 0;
    rc_pixel_format format;
    memset(&pi, 0, sizeof pi);
    memset(&r, 0, sizeof r);
    pi.seq = -1;
    cid[4] = 0;
    if (size < 8 || memcmp(data, "\x89PNG\r\n\x1a\n", 8)) return image_fail(why, cap, "PNG: bad signature");
    for (;;) {                                          /* chunks up to the first IDAT */
        if (size - pos < 8) return image_fail(why, cap, "PNG: truncated before the image data");
        len = image_be32(data + pos);
        memcpy(cid, data + pos + 4, 4);
        if (!png_is_cid(data + pos + 4)) return image_fail(why, cap, "PNG: broken chunk type at byte %zu", pos + 4);
        if (!strcmp(cid, "IDAT")) break;
        if (!strcmp(cid, "IEND")) return image_fail(why, cap, "PNG: no image data before IEND");
        if ((uint64_t)len + 12 > size - pos) return image_fail(why, cap, "PNG: truncated %s chunk", cid);
        if ((uint32_t)crc32(crc32(0L, data + pos + 4, 4), data + pos + 8, len) != image_be32(data + pos + 8 + len))
            return image_fail(why, cap, "PNG: bad checksum in %s chunk", cid);
        if (png_chunk(&pi, cid, data + pos + 8, len, 1, why, cap)) return 1;
        pos += 12 + (size_t)len;
    }
    if (!pi.mode) return image_fail(why, cap, "PNG: image data before IHDR");
    if (!strcmp(pi.mode, "P") && !pi.palette) return image_fail(why, cap, "PNG: palette image without a PLTE chunk");
    format = pi.color == 0 ? (pi.depth == 16 ? RC_PIXEL_GRAY16 : RC_PIXEL_GRAY8)
           : pi.color == 2 || pi.color == 3 ? RC_PIXEL_RGB8 : RC_PIXEL_RGBA8;
    if (image_alloc(out, pi.width, pi.height, format, pi.mode, opt, why, cap)) return 1;

    r.full_row = png_row_len(&pi, 6);
    r.cur = (uint8_t *)calloc(r.full_row + 1, 1);
    r.prev = (uint8_t *)calloc(r.full_row + 1, 1);
    if (!r.cur || !r.prev) { image_fail(why, cap, "out of memory"); goto done; }
    if (inflateInit(&r.z) != Z_OK) { image_fail(why, cap, "PNG: zlib init failed"); goto done; }
    inflating = 1;
    if (pi.interlace) while (png_row_len(&pi, r.pass) == 0 || png_start_row[r.pass] >= (int)pi.height) r.pass++;
    fp = pos + 8;
    for (;;) {                                          /* the run of IDAT (and fdAT) chunks */
        size_t avail = (size_t)len < size - fp ? (size_t)len : size - fp, off;
        for (off = 0; off < avail && !r.done && !r.ended; ) {
            size_t piece = avail - off < 65536 ? avail - off : 65536;
            if (png_feed(&pi, &r, data + fp + off, piece, out, why, cap)) goto done;
            off += piece;
        }
        fp += off;
        if (r.done) break;
        if (r.ended) { image_fail(why, cap, "PNG: the image data ends after %d of %u rows", r.y, pi.height); goto done; }
        if (avail < len) { image_fail(why, cap, "PNG: truncated image data"); goto done; }
        pos = fp + 4;                                   /* skip the CRC */
        if (pos > size || size - pos < 8) { image_fail(why, cap, "PNG: truncated image data"); goto done; }
        len = image_be32(data + pos);
        memcpy(cid, data + pos + 4, 4);
        if (!png_is_cid(data + pos + 4)) { image_fail(why, cap, "PNG: broken chunk type at byte %zu", pos + 4); goto done; }
        if (strcmp(cid, "IDAT") && strcmp(cid, "fdAT") && strcmp(cid, "DDAT")) {
            image_fail(why, cap, "PNG: the image data ends after %d of %u rows", r.y, pi.height);
            goto done;
        }
        fp = pos + 8;
        if (!strcmp(cid, "fdAT")) { fp += 4; len = len >= 4 ? len - 4 : 0; }
    }
    for (pos = fp + 4; pos <= size && size - pos >= 8; ) {     /* load_end: the chunks after */
        len = image_be32(data + pos);
        memcpy(cid, data + pos + 4, 4);
        if (!png_is_cid(data + pos + 4) || !strcmp(cid, "IEND")) break;
        if ((uint64_t)len > size - pos - 8) { image_fail(why, cap, "PNG: truncated %s chunk after the image data", cid); goto done; }
        if (png_chunk(&pi, cid, data + pos + 8, len, 0, why, cap)) goto done;
        pos += 12 + (size_t)len;
    }
    rc = 0;
done:
    if (inflating) inflateEnd(&r.z);
    free(r.cur); free(r.prev);
    return rc;
}
