/* image_bmp.h — the BMP reader of image_io.h (included there; not on its own).

   Follows Pillow 13's BmpImagePlugin and its decoders step by step, so what Pillow decodes
   comes out identical and what it refuses is refused:
   - the 14-byte file header ("BM", the data offset) and an info header of 12 (OS/2 v1: 16-bit
     width and height, 3-byte palette entries), 40, 52, 56, 64 (OS/2 v2, read as Windows'),
     108 (v4) or 124 (v5) bytes; other sizes are refused. The height is negative (top-down
     rows) when its high byte is 0xFF, as Pillow tests it;
   - bit depths 1, 4, 8 (palette), 16 (5-5-5), 24, 32 (the 4th byte ignored: "RGB");
     BI_BITFIELDS only with the masks Pillow knows: 16-bit 5-6-5 and 5-5-5, 24-bit BGR,
     and eight 32-bit byte layouts (those with an alpha mask, and all-zero masks, give
     "RGBA"); the masks follow a 40-byte header and are inside the larger ones (52 bytes:
     no alpha mask);
   - the palette: clrUsed (0: 1 << bits) must be 1..65536, read from the end of the info header
     (short at the end of the file: what is there); a palette that is all grays (2 entries:
     black, white; more: entry i = (i, i, i)) makes the image "1" (<= 2 entries) or "L" and is
     then read as Pillow reads it, as 1- or 8-bit samples in rows of the file's stride (so an
     8-bit file with a black-and-white palette is read as 1-bit, and rows too short for the
     samples are refused); any other palette gives "P", indices beyond it black, more than
     256 entries refused;
   - the data offset (0: right after the headers and palette; equal to the end of the info
     header: moved past the palette) and rows of ((width * bits + 31) / 32) * 4 bytes;
     the last row's padding is not needed;
   - RLE8 and RLE4 (compression 1 and 2, for any palette depth) as Pillow's BmpRleDecoder:
     runs clipped at the row end, absolute runs wrapping into the next row, end-of-line,
     delta and end-of-bitmap escapes, word alignment by the position in the file.
   Refused as Pillow refuses: other compressions (JPEG, PNG, ...), other depths, a truncated
   header, palette or pixel data (fewer bytes than the rows need; an RLE stream that ends,
   or reaches end-of-bitmap, before every pixel is set), RLE with 16 or more bits per pixel,
   an empty or oversized image. */

typedef struct bmp_info {
    uint64_t width, height, offset, data_at;
    uint32_t header_size, compression;
    uint64_t colors;
    int bits, top_down, padding;         /* padding: bytes per palette entry, 3 or 4    */
    const char *mode;                    /* "1", "L", "P", "RGB", "RGBA"                */
    int raw_bits;                        /* bits per pixel Pillow unpacks (its raw mode) */
    int rgb16;                           /* 16 bits: 555 or 565                         */
    int chan[4];                         /* 24/32 bits: byte of R, G, B, A (-1: none)   */
    const uint8_t *palette;              /* P: entries of `padding` bytes, B G R        */
    size_t n_palette;
} bmp_info;

/* Byte index of an 8-bit mask within a 32-bit little-endian pixel, -1 if not one. */
static int bmp_mask_byte(uint32_t mask) {
    int i;
    for (i = 0; i < 4; i++)
        if (mask == (uint32_t)0xFF << (8 * i)) return i;
    return -1;
}

/* BI_BITFIELDS: accepts the mask sets Pillow supports and sets the layout from them. */
static int bmp_bitfields(bmp_info *bi, const uint32_t m[4], char *why, size_t cap) {
    static const uint32_t known32[8][4] = {
        {0xFF0000, 0xFF00, 0xFF, 0}, {0xFF000000u, 0xFF0000, 0xFF00, 0}, {0xFF000000u, 0xFF00, 0xFF, 0},
        {0xFF000000u, 0xFF0000, 0xFF00, 0xFF}, {0xFF, 0xFF00, 0xFF0000, 0xFF000000u},
        {0xFF0000, 0xFF00, 0xFF, 0xFF000000u}, {0xFF000000u, 0xFF00, 0xFF, 0xFF0000}, {0, 0, 0, 0}};
    int i, c;
    if (bi->bits == 32) {
        for (i = 0; i < 8; i++)
            if (!memcmp(known32[i], m, sizeof known32[i])) break;
        if (i == 8) goto unsupported;
        if (i == 7) {                                   /* all-zero masks: Pillow reads BGRA */
            bi->chan[0] = 2; bi->chan[1] = 1; bi->chan[2] = 0; bi->chan[3] = 3;
        } else {
            for (c = 0; c < 4; c++) bi->chan[c] = m[c] ? bmp_mask_byte(m[c]) : -1;
        }
        bi->mode = bi->chan[3] >= 0 ? "RGBA" : "RGB";
        return 0;
    }
    if (bi->bits == 24 && m[0] == 0xFF0000 && m[1] == 0xFF00 && m[2] == 0xFF) return 0;
    if (bi->bits == 16 && m[0] == 0xF800 && m[1] == 0x7E0 && m[2] == 0x1F) { bi->rgb16 = 565; return 0; }
    if (bi->bits == 16 && m[0] == 0x7C00 && m[1] == 0x3E0 && m[2] == 0x1F) { bi->rgb16 = 555; return 0; }
unsupported:
    return image_fail(why, cap, "BMP: unsupported %d-bit bitfields masks R %08x G %08x B %08x A %08x",
                      bi->bits, (unsigned)m[0], (unsigned)m[1], (unsigned)m[2], (unsigned)m[3]);
}

/* The palette (mode "P") or Pillow's gray shortcut ("1", "L"); at is where it starts. */
static int bmp_palette(bmp_info *bi, const uint8_t *data, size_t size, size_t at, char *why, size_t cap) {
    uint64_t want, i;
    size_t len;
    int gray = 1;
    if (bi->colors < 1 || bi->colors > 65536)
        return image_fail(why, cap, "BMP: palette of %llu colours (need 1..65536)", (unsigned long long)bi->colors);
    want = bi->colors * (uint64_t)bi->padding;
    len = at >= size ? 0 : (size - at < want ? size - at : (size_t)want);
    for (i = 0; i < bi->colors && gray; i++) {
        unsigned v = bi->colors == 2 ? (i ? 255u : 0u) : (unsigned)(i & 255);
        size_t p = (size_t)i * (size_t)bi->padding;
        gray = p + 3 <= len && data[at + p] == v && data[at + p + 1] == v && data[at + p + 2] == v;
    }
    if (gray) {
        bi->mode = bi->colors <= 2 ? "1" : "L";
        bi->raw_bits = bi->colors <= 2 ? 1 : 8;
    } else {
        bi->n_palette = len / (size_t)bi->padding;
        if (bi->n_palette > 256)
            return image_fail(why, cap, "BMP: palette of %zu entries (at most 256)", bi->n_palette);
        bi->palette = data + at;
    }
    bi->data_at = bi->offset ? bi->offset : (uint64_t)at + len;   /* Pillow: offset or fp.tell() */
    return 0;
}

/* Parses the headers and the palette into bi (everything but the pixels). */
static int bmp_header(bmp_info *bi, const uint8_t *data, size_t size, char *why, size_t cap) {
    size_t end;                 /* where the headers (and a 40-byte header's masks) end */
    uint32_t masks[4] = {0, 0, 0, 0};
    int bitfields;
    memset(bi, 0, sizeof *bi);
    bi->chan[0] = 2; bi->chan[1] = 1; bi->chan[2] = 0; bi->chan[3] = -1;   /* BGR(X) */
    if (size < 18) return image_fail(why, cap, "BMP: truncated file header");
    bi->offset = image_le32(data + 10);
    bi->header_size = image_le32(data + 14);
    if (bi->header_size != 12 && bi->header_size != 40 && bi->header_size != 52 && bi->header_size != 56 &&
        bi->header_size != 64 && bi->header_size != 108 && bi->header_size != 124)
        return image_fail(why, cap, "BMP: unsupported info header size %u", (unsigned)bi->header_size);
    if (size - 14 < bi->header_size) return image_fail(why, cap, "BMP: truncated info header");
    end = 14 + (size_t)bi->header_size;
    if (bi->header_size == 12) {                         /* OS/2 v1: 16-bit fields, BGR palette */
        bi->width = image_le16(data + 18);
        bi->height = image_le16(data + 20);
        bi->bits = (int)image_le16(data + 24);
        bi->padding = 3;
    } else {
        uint32_t h = image_le32(data + 22);
        bi->top_down = data[25] == 0xFF;
        bi->width = image_le32(data + 18);
        bi->height = bi->top_down ? ((uint64_t)1 << 32) - h : h;
        bi->bits = (int)image_le16(data + 28);
        bi->compression = image_le32(data + 30);
        bi->colors = image_le32(data + 46);
        bi->padding = 4;
    }
    bitfields = bi->compression == 3;
    if (bitfields && bi->header_size >= 52) {           /* the masks are inside the header */
        masks[0] = image_le32(data + 54); masks[1] = image_le32(data + 58); masks[2] = image_le32(data + 62);
        if (bi->header_size >= 56) masks[3] = image_le32(data + 66);
    } else if (bitfields) {                             /* after a 40-byte header */
        if (size - end < 12) return image_fail(why, cap, "BMP: truncated bitfields masks");
        masks[0] = image_le32(data + end); masks[1] = image_le32(data + end + 4); masks[2] = image_le32(data + end + 8);
        end += 12;
    }
    if (bi->bits <= 8 && bi->colors == 0) bi->colors = (uint64_t)1 << bi->bits;
    if (bi->offset == 14 + (uint64_t)bi->header_size && bi->bits <= 8)   /* Pillow: past the palette */
        bi->offset += (uint64_t)bi->padding * bi->colors;
    switch (bi->bits) {
    case 1: case 4: case 8: bi->mode = "P"; break;
    case 16: bi->mode = "RGB"; bi->rgb16 = 555; break;
    case 24: case 32: bi->mode = "RGB"; break;
    default: return image_fail(why, cap, "BMP: unsupported bit depth %d", bi->bits);
    }
    bi->raw_bits = bi->bits;
    if (bitfields) {
        if (bi->bits != 16 && bi->bits != 24 && bi->bits != 32)
            return image_fail(why, cap, "BMP: bitfields with %d bits per pixel are not supported", bi->bits);
        if (bmp_bitfields(bi, masks, why, cap)) return 1;
    } else if (bi->compression == 1 || bi->compression == 2) {
        if (bi->bits > 8) return image_fail(why, cap, "BMP: RLE compression with %d bits per pixel", bi->bits);
    } else if (bi->compression != 0) {
        static const char *names[] = {"", "", "", "", " (JPEG)", " (PNG)"};
        return image_fail(why, cap, "BMP: unsupported compression %u%s", (unsigned)bi->compression,
                          bi->compression < 6 ? names[bi->compression] : "");
    }
    if (!strcmp(bi->mode, "P")) return bmp_palette(bi, data, size, end, why, cap);
    bi->data_at = bi->offset ? bi->offset : end;
    return 0;
}

/* Stores palette index (or gray sample) v at pixel x of the output row px. */
static void bmp_put_index(const bmp_info *bi, uint8_t *px, size_t x, unsigned v) {
    if (!strcmp(bi->mode, "1")) px[x] = v ? 255 : 0;
    else if (!strcmp(bi->mode, "L")) px[x] = (uint8_t)v;
    else if (v < bi->n_palette) {                       /* BGR(X) entry -> RGB */
        const uint8_t *e = bi->palette + (size_t)v * (size_t)bi->padding;
        px[3 * x] = e[2]; px[3 * x + 1] = e[1]; px[3 * x + 2] = e[0];
    } else {
        px[3 * x] = px[3 * x + 1] = px[3 * x + 2] = 0;  /* beyond the palette: black */
    }
}

/* One row of raw samples (src, raw_bits per pixel) into the output row px. */
static void bmp_unpack_row(const bmp_info *bi, const uint8_t *src, uint8_t *px, size_t w) {
    size_t x;
    int c;
    for (x = 0; x < w; x++) {
        if (bi->raw_bits <= 8) {
            unsigned v = bi->raw_bits == 8 ? src[x]
                       : bi->raw_bits == 4 ? (unsigned)(src[x / 2] >> (x % 2 ? 0 : 4)) & 15
                       : (unsigned)(src[x / 8] >> (7 - x % 8)) & 1;
            bmp_put_index(bi, px, x, v);
        } else if (bi->raw_bits == 16) {                /* Pillow's BGR;15 / BGR;16 */
            unsigned p = image_le16(src + 2 * x);
            px[3 * x + 2] = (uint8_t)((p & 31) * 255 / 31);
            if (bi->rgb16 == 565) {
                px[3 * x + 1] = (uint8_t)(((p >> 5) & 63) * 255 / 63);
                px[3 * x] = (uint8_t)(((p >> 11) & 31) * 255 / 31);
            } else {
                px[3 * x + 1] = (uint8_t)(((p >> 5) & 31) * 255 / 31);
                px[3 * x] = (uint8_t)(((p >> 10) & 31) * 255 / 31);
            }
        } else {
            size_t in_bpp = (size_t)bi->raw_bits / 8, out_bpp = bi->chan[3] >= 0 ? 4 : 3;
            for (c = 0; c < (int)out_bpp; c++) px[out_bpp * x + (size_t)c] = src[in_bpp * x + (size_t)bi->chan[c]];
        }
    }
}

/* Uncompressed rows: ((w * bits + 31) / 32) * 4 bytes apart, raw_bits per pixel used. */
static int bmp_raw(const bmp_info *bi, const uint8_t *data, size_t size, loaded_image *out, char *why, size_t cap) {
    uint64_t w = bi->width, h = bi->height;             /* <= RC_IMAGE_MAX_SIDE (image_alloc) */
    uint64_t stride = ((w * (uint64_t)bi->bits + 31) >> 3) & ~(uint64_t)3;
    uint64_t row = (w * (uint64_t)bi->raw_bits + 7) / 8, need, r;
    if (stride < row)
        return image_fail(why, cap, "BMP: rows of %llu bytes are too short for %llu pixels of %d bits "
                          "(a gray palette with more entries than the bit depth allows)",
                          (unsigned long long)stride, (unsigned long long)w, bi->raw_bits);
    need = (h - 1) * stride + row;
    if (bi->data_at > size || size - bi->data_at < need)
        return image_fail(why, cap, "BMP: truncated: %llu bytes of pixels, the header promises %llu",
                          (unsigned long long)(bi->data_at > size ? 0 : size - bi->data_at), (unsigned long long)need);
    for (r = 0; r < h; r++) {
        uint64_t y = bi->top_down ? r : h - 1 - r;
        bmp_unpack_row(bi, data + bi->data_at + r * stride, (uint8_t *)out->pixels + y * out->img.stride, (size_t)w);
    }
    return 0;
}

/* Pillow's BmpRleDecoder: fills idx[w * h] (file row order) with indices; returns how many
   it set. rle4: two 4-bit indices per byte. */
static size_t bmp_rle_indices(const bmp_info *bi, const uint8_t *data, size_t size, uint8_t *idx) {
    size_t w = (size_t)bi->width, total = w * (size_t)bi->height, n = 0, x = 0, pos, i;
    int rle4 = bi->compression == 2;
    if (bi->data_at > size) return 0;
    pos = (size_t)bi->data_at;
    while (n < total) {
        unsigned count, b;
        if (pos >= size || size - pos < 2) break;
        count = data[pos]; b = data[pos + 1];
        pos += 2;
        if (count) {                                    /* a run, clipped at the row's end */
            size_t k = x + count > w ? (x < w ? w - x : 0) : count;
            if (k > total - n) k = total - n;           /* (cannot happen; kept as a guard) */
            for (i = 0; i < k; i++) idx[n++] = (uint8_t)(rle4 ? (i % 2 ? b & 15 : b >> 4) : b);
            x += k;
        } else if (b == 0) {                            /* end of line */
            n = (n + w - 1) / w * w;
            x = 0;
        } else if (b == 1) {                            /* end of bitmap */
            break;
        } else if (b == 2) {                            /* delta: right, up */
            size_t skip;
            if (size - pos < 2) break;
            skip = (size_t)data[pos] + (size_t)data[pos + 1] * w;
            pos += 2;
            n += skip < total - n ? skip : total - n;
            x = n % w;
        } else {                                        /* absolute: b indices follow */
            size_t want = b < total - n ? b : total - n;
            size_t bytes = rle4 ? (want + 1) / 2 : want, got = size - pos < bytes ? size - pos : bytes;
            for (i = 0; i < got; i++) {
                if (!rle4) { idx[n++] = data[pos + i]; continue; }
                idx[n++] = (uint8_t)(data[pos + i] >> 4);
                if (i * 2 + 1 < want) idx[n++] = data[pos + i] & 15;
            }
            pos += got;
            if (got < bytes || n == total) break;
            x += b;
            if (pos % 2) pos++;                         /* word alignment, by file position */
        }
    }
    return n;
}

/* RLE8 / RLE4: the indices, then the rows (bottom-up unless top-down). */
static int bmp_rle(const bmp_info *bi, const uint8_t *data, size_t size, loaded_image *out, char *why, size_t cap) {
    size_t w = (size_t)bi->width, h = (size_t)bi->height, got, r, x;
    uint8_t *idx = (uint8_t *)calloc(w * h, 1);
    if (!idx) return image_fail(why, cap, "out of memory");
    got = bmp_rle_indices(bi, data, size, idx);
    if (got < w * h) {
        free(idx);
        return image_fail(why, cap, "BMP: the RLE data ends after %zu of %zu pixels", got, w * h);
    }
    for (r = 0; r < h; r++) {
        uint8_t *px = (uint8_t *)out->pixels + (bi->top_down ? r : h - 1 - r) * out->img.stride;
        for (x = 0; x < w; x++) bmp_put_index(bi, px, x, idx[r * w + x]);
    }
    free(idx);
    return 0;
}

static int read_bmp(const uint8_t *data, size_t size, const image_options *opt, loaded_image *out,
                    char *why, size_t cap) {
    bmp_info bi;
    rc_pixel_format format;
    if (size < 2 || memcmp(data, "BM", 2)) return image_fail(why, cap, "BMP: bad signature");
    if (bmp_header(&bi, data, size, why, cap)) return 1;
    format = !strcmp(bi.mode, "1") || !strcmp(bi.mode, "L") ? RC_PIXEL_GRAY8
           : !strcmp(bi.mode, "RGBA") ? RC_PIXEL_RGBA8 : RC_PIXEL_RGB8;
    if (image_alloc(out, (int64_t)bi.width, (int64_t)bi.height, format, bi.mode, opt, why, cap)) return 1;
    return bi.compression == 1 || bi.compression == 2 ? bmp_rle(&bi, data, size, out, why, cap)
                                                      : bmp_raw(&bi, data, size, out, why, cap);
}
