/* image_tga.h — the TGA reader of image_io.h (included there; not on its own).

   TGA has no signature: image_decode tries it last, and read_tga returns 2 (not 1) when the
   18-byte header is not one Pillow's TgaImagePlugin accepts — colour-map type 0 or 1, width
   and height >= 1, 1/8/16/24/32 bits per pixel, image type 1, 2, 3, 9, 10 or 11, a colour map
   of 16, 24 or 32-bit entries — so other bytes are "not an image". Then, as Pillow 13 reads it:
   - the ID field is skipped; the colour map has `first entry` black entries before the ones
     stored (at most 256 in all); pixel data follows it;
   - type 1/9 (colour-mapped, 8-bit indices; a map is required) -> "P" (indices beyond the
     map black; 16-bit entries are 5-5-5, alpha ignored, as convert("RGB") ignores it);
     type 3/11 (gray) 8 bits -> "L", 16 -> "LA" (gray, alpha), 1 (uncompressed only) -> "1";
     type 2/10 (true colour) 24 bits -> "RGB", 32 -> "RGBA", 16 -> "RGBA" from 5-5-5 with
     Pillow's inverted attribute bit (bit 15 set: alpha 0);
   - rows bottom-up unless bit 5 of the descriptor is set; bit 4 mirrors them left-right;
   - "RGBA": a TGA 2.0 footer whose extension area has attributes type 0 makes alpha 255
     (the footer is the last 26 bytes, or the whole file if shorter, as Pillow reads a
     stream);
   - RLE (types 9-11) as Pillow's TgaRleDecode: raw packets may span rows, run packets may
     not (refused).
   Refused as Pillow refuses (its load fails): a colour map on a true-colour or 1-bit image,
   depths Pillow has no raw mode for (8-bit true colour, 24/32-bit gray, 16-bit indices), a
   colour-mapped type without a map, 1-bit RLE (Pillow's decoder never completes it), a map
   of more than 256 entries, fewer pixel bytes than the rows need or an RLE stream ending
   before the last row. Also refused: a gray image with a colour map (Pillow relabels it
   "P" but keeps mode "L", and open_clip's resize then fails). */

typedef struct tga_info {
    int width, height, type, depth, top_down, mirror;
    const char *mode;                   /* "1", "L", "LA", "P", "RGB", "RGBA" */
    size_t row_bytes, data_at;          /* row_bytes: (width * depth + 7) / 8 */
    uint8_t palette[256][3];            /* RGB */
    int n_palette;
} tga_info;

/* A 16-bit TGA value (5-5-5 + attribute bit) as Pillow's BGRA;15Z unpacker gives it. */
static void tga_rgb15(unsigned p, uint8_t rgba[4]) {
    rgba[0] = (uint8_t)(((p >> 10) & 31) * 255 / 31);
    rgba[1] = (uint8_t)(((p >> 5) & 31) * 255 / 31);
    rgba[2] = (uint8_t)((p & 31) * 255 / 31);
    rgba[3] = (p >> 15) ? 0 : 255;
}

/* The colour map: `first` black entries, then n stored ones of bits each at map. */
static int tga_palette(tga_info *ti, const uint8_t *map, unsigned first, unsigned n, int bits, char *why, size_t cap) {
    unsigned i;
    if (first + n > 256) return image_fail(why, cap, "TGA: colour map of %u entries (at most 256)", first + n);
    memset(ti->palette, 0, sizeof ti->palette);
    for (i = 0; i < n; i++) {
        const uint8_t *e = map + (size_t)i * (size_t)(bits / 8);
        uint8_t *p = ti->palette[first + i];
        if (bits == 16) {
            uint8_t rgba[4];
            tga_rgb15(image_le16(e), rgba);
            memcpy(p, rgba, 3);
        } else {
            p[0] = e[2]; p[1] = e[1]; p[2] = e[0];
        }
    }
    ti->n_palette = (int)(first + n);
    return 0;
}

/* The header checks of Pillow's TgaImageFile._open: 2 if not a TGA file, 1 if a TGA file
   Pillow cannot load, 0 with ti filled. */
static int tga_header(tga_info *ti, const uint8_t *data, size_t size, char *why, size_t cap) {
    unsigned id_len, cmtype, first, n_map, map_bits, map_bytes;
    size_t at;
    memset(ti, 0, sizeof *ti);
    if (size < 18) { image_fail(why, cap, "shorter than a TGA header"); return 2; }
    id_len = data[0]; cmtype = data[1]; ti->type = data[2];
    first = image_le16(data + 3); n_map = image_le16(data + 5); map_bits = data[7];
    ti->width = (int)image_le16(data + 12); ti->height = (int)image_le16(data + 14);
    ti->depth = data[16];
    ti->top_down = (data[17] & 0x20) != 0;
    ti->mirror = (data[17] & 0x10) != 0;
    if (cmtype > 1 || ti->width < 1 || ti->height < 1 ||
        (ti->depth != 1 && ti->depth != 8 && ti->depth != 16 && ti->depth != 24 && ti->depth != 32) ||
        (ti->type != 1 && ti->type != 2 && ti->type != 3 && ti->type != 9 && ti->type != 10 && ti->type != 11) ||
        (cmtype && map_bits != 16 && map_bits != 24 && map_bits != 32)) {
        image_fail(why, cap, "not a TGA header");
        return 2;
    }
    switch (ti->type & 7) {
    case 1: ti->mode = ti->depth == 8 && cmtype ? "P" : NULL; break;
    case 2: ti->mode = ti->depth == 24 ? "RGB" : ti->depth == 16 || ti->depth == 32 ? "RGBA" : NULL; break;
    default: ti->mode = ti->depth == 1 ? "1" : ti->depth == 8 ? "L" : ti->depth == 16 ? "LA" : NULL; break;
    }
    if (!ti->mode)
        return image_fail(why, cap, "TGA: image type %d with %d bits per pixel%s is not supported", ti->type,
                          ti->depth, (ti->type & 7) == 1 && !cmtype ? " and no colour map" : "");
    if (cmtype && ti->type != 1 && ti->type != 9)
        return image_fail(why, cap, "TGA: a colour map on a %s image is not supported", ti->mode);
    if (ti->type == 11 && ti->depth == 1) return image_fail(why, cap, "TGA: 1-bit RLE is not supported");
    at = 18 + (size_t)id_len;
    map_bytes = cmtype ? n_map * (map_bits / 8) : 0;
    if (at > size || size - at < map_bytes) return image_fail(why, cap, "TGA: truncated ID field or colour map");
    if (cmtype && tga_palette(ti, data + at, first, n_map, (int)map_bits, why, cap)) return 1;
    ti->data_at = at + map_bytes;
    ti->row_bytes = ((size_t)ti->width * (size_t)ti->depth + 7) / 8;
    return 0;
}

/* One row of file pixels (row_bytes at src) into the output row px. */
static void tga_unpack_row(const tga_info *ti, const uint8_t *src, uint8_t *px) {
    size_t x, w = (size_t)ti->width;
    for (x = 0; x < w; x++) {
        size_t o = ti->mirror ? w - 1 - x : x;          /* Pillow: FLIP_LEFT_RIGHT after */
        switch (ti->depth) {
        case 1: px[o] = (src[x / 8] >> (7 - x % 8) & 1) ? 255 : 0; break;
        case 8:
            if (ti->mode[0] == 'P') memcpy(px + 3 * o, ti->palette[src[x]], 3);   /* beyond: zeros */
            else px[o] = src[x];
            break;
        case 16:
            if (ti->mode[0] == 'L') {                   /* LA -> RGBA, gray replicated */
                px[4 * o] = px[4 * o + 1] = px[4 * o + 2] = src[2 * x];
                px[4 * o + 3] = src[2 * x + 1];
            } else {
                tga_rgb15(image_le16(src + 2 * x), px + 4 * o);
            }
            break;
        case 24: px[3 * o] = src[3 * x + 2]; px[3 * o + 1] = src[3 * x + 1]; px[3 * o + 2] = src[3 * x]; break;
        default:
            px[4 * o] = src[4 * x + 2]; px[4 * o + 1] = src[4 * x + 1]; px[4 * o + 2] = src[4 * x];
            px[4 * o + 3] = src[4 * x + 3];
        }
    }
}

/* Output row of the r-th row in the file. */
static uint8_t *tga_row(const tga_info *ti, loaded_image *out, size_t r) {
    size_t y = ti->top_down ? r : (size_t)ti->height - 1 - r;
    return (uint8_t *)out->pixels + y * out->img.stride;
}

/* Pillow's TgaRleDecode over data[at..size): packets of a count byte (bit 7: run) and
   pixels of depth / 8 bytes; raw packets continue into the next row, runs must not. */
static int tga_rle(const tga_info *ti, const uint8_t *data, size_t size, loaded_image *out, char *why, size_t cap) {
    size_t pb = (size_t)ti->depth / 8, row = ti->row_bytes, pos = ti->data_at, x = 0, r = 0, i;
    uint8_t *buf = (uint8_t *)malloc(row);
    if (!buf) return image_fail(why, cap, "out of memory");
    while (r < (size_t)ti->height) {
        size_t n, left;
        if (pos >= size) break;
        n = pb * ((size_t)(data[pos] & 0x7f) + 1);
        if (data[pos] & 0x80) {
            if (size - pos < 1 + pb) break;
            if (x + n > row) {
                free(buf);
                return image_fail(why, cap, "TGA: an RLE run crosses the end of row %zu", r);
            }
            for (i = 0; i < n; i += pb) memcpy(buf + x + i, data + pos + 1, pb);
            pos += 1 + pb;
            x += n;
            if (x == row) { tga_unpack_row(ti, buf, tga_row(ti, out, r++)); x = 0; }
            continue;
        }
        if (size - pos < 1 + n) break;
        pos++;
        for (left = n; left > 0 && r < (size_t)ti->height; ) {      /* raw: may span rows */
            size_t k = left < row - x ? left : row - x;
            memcpy(buf + x, data + pos, k);
            pos += k; left -= k; x += k;
            if (x == row) { tga_unpack_row(ti, buf, tga_row(ti, out, r++)); x = 0; }
        }
    }
    free(buf);
    if (r < (size_t)ti->height) return image_fail(why, cap, "TGA: the RLE data ends after %zu of %d rows", r, ti->height);
    return 0;
}

/* Pillow's load_end for "RGBA": a TGA 2.0 footer whose extension area says "no alpha". */
static int tga_no_alpha(const uint8_t *data, size_t size) {
    static const char sig[] = "TRUEVISION-XFILE.";     /* + its NUL: 18 bytes */
    size_t start = size > 26 ? size - 26 : 0;
    uint64_t ext;
    if (size - start < 18 || memcmp(data + size - 18, sig, 18)) return 0;
    ext = image_le32(data + start);
    return ext != 0 && ext + 494 < size && data[ext + 494] == 0;
}

static int read_tga(const uint8_t *data, size_t size, const image_options *opt, loaded_image *out,
                    char *why, size_t cap) {
    tga_info ti;
    rc_pixel_format format;
    size_t r;
    int rc = tga_header(&ti, data, size, why, cap);
    if (rc) return rc;
    format = ti.mode[0] == 'P' || !strcmp(ti.mode, "RGB") ? RC_PIXEL_RGB8
           : !strcmp(ti.mode, "1") || !strcmp(ti.mode, "L") ? RC_PIXEL_GRAY8 : RC_PIXEL_RGBA8;
    if (image_alloc(out, ti.width, ti.height, format, ti.mode, opt, why, cap)) return 1;
    if (ti.type & 8) {
        if (tga_rle(&ti, data, size, out, why, cap)) return 1;
    } else {
        if (size - ti.data_at < ti.row_bytes * (size_t)ti.height)
            return image_fail(why, cap, "TGA: truncated: %zu bytes of pixels, the header promises %zu",
                              size - ti.data_at, ti.row_bytes * (size_t)ti.height);
        for (r = 0; r < (size_t)ti.height; r++)
            tga_unpack_row(&ti, data + ti.data_at + r * ti.row_bytes, tga_row(&ti, out, r));
    }
    if (!strcmp(ti.mode, "RGBA") && tga_no_alpha(data, size)) {
        uint8_t *px = (uint8_t *)out->pixels;
        size_t i, n = (size_t)ti.width * (size_t)ti.height;
        for (i = 0; i < n; i++) px[4 * i + 3] = 255;
    }
    return 0;
}
