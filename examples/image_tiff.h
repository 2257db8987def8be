/* image_tiff.h — the TIFF reader of image_io.h (included there; not on its own).

   The first image (IFD 0) of a TIFF or BigTIFF file, as Pillow 13's TiffImagePlugin opens it:
   - the tags Pillow keys the mode on (byte order, PhotometricInterpretation, SampleFormat,
     FillOrder, BitsPerSample, ExtraSamples, with Pillow's defaults and its rules for
     SamplesPerPixel) are read from the directory here, as written in the file; libtiff (whose
     own reading adds defaults and guesses, e.g. for a missing Photometric) must then agree on
     size, depth, samples and layout, or the file is refused;
   - libtiff decodes the pixels from memory (TIFFClientOpenExt over the buffer): strips or
     tiles, planar contig or separate, uncompressed, LZW, Deflate / AdobeDeflate, PackBits,
     CCITT RLE / G3 / G4 (1-bit), with or without a predictor (libtiff applies it; Pillow's
     decoder is libtiff too). Every libtiff error is a refusal, with libtiff's message;
   - modes as Pillow's OPEN_INFO table: 1-bit gray -> "1" (MinIsWhite: 0 is white); 2, 4, 8-bit
     -> "L" (scaled x85, x17; MinIsWhite inverted; 8-bit signed read as its bytes, as Pillow);
     16-bit -> "I;16" (little-endian, MinIsBlack or MinIsWhite, not inverted: Pillow's table)
     or "I;16B" (big-endian, MinIsBlack), GRAY16 raw samples; palette 1-8 bits -> "P" (the
     colour map's high bytes); gray + unassociated alpha -> "LA"; gray + unspecified extra ->
     "L"; RGB 8/16 bits -> "RGB" (16: the high byte), with unspecified extras dropped; RGBA
     (alpha unassociated, missing ExtraSamples, or Corel's 999) -> "RGBA"; associated
     (premultiplied) alpha, 8-bit -> "RGBA" un-premultiplied as Pillow's unpacker does;
   - the Orientation tag (2..8) is applied, as Pillow's load does (exif_transpose).
   Refused, naming the variant: JPEG / OJPEG and other compressions, CMYK, YCbCr, CIELab,
   float, 12- and 32-bit samples, signed 16-bit, premultiplied gray or 16-bit alpha, palette +
   alpha, combinations outside Pillow's table (Pillow refuses them too), planar separate
   beyond 8-bit RGB / RGBA (Pillow misreads LA planes), an orientation in XMP only, a tag written twice, tag values
   outside the file, a libtiff error (truncated or corrupt data), empty or oversized images.

   libtiff's messages: errors and warnings go to handlers given per TIFF handle
   (TIFFOpenOptionsSetErrorHandlerExtR, libtiff >= 4.5) that return 1, which stops libtiff
   from calling its process-global handlers; nothing is printed and no global state is
   touched. Warnings (unknown tags, ...) are not refusals. */
#include <tiffio.h>

#define TIFF_MAX_SAMPLES 6          /* Pillow's MAX_SAMPLESPERPIXEL */

/* The first directory, as laid out in the file. */
typedef struct tiff_ifd {
    const uint8_t *data;
    size_t size;
    int be, big;
    uint64_t at, n;                 /* first entry, number of entries */
} tiff_ifd;

static uint64_t tiff_uint(const tiff_ifd *d, uint64_t off, int bytes) {
    uint64_t v = 0;
    int i;
    for (i = 0; i < bytes; i++)
        v |= (uint64_t)d->data[off + (uint64_t)(d->be ? i : bytes - 1 - i)] << (8 * (bytes - 1 - i));
    return v;
}

/* Reads the header and the entry count of IFD 0. */
static int tiff_open_ifd(tiff_ifd *d, const uint8_t *data, size_t size, char *why, size_t cap) {
    uint64_t off;
    d->data = data; d->size = size;
    if (size < 8) return image_fail(why, cap, "TIFF: truncated header");
    d->be = data[0] == 'M';
    d->big = tiff_uint(d, 2, 2) == 43;
    if (d->big && d->be) return image_fail(why, cap, "TIFF: big-endian BigTIFF is not supported (Pillow cannot read it)");
    if (d->big) {
        if (size < 16) return image_fail(why, cap, "TIFF: truncated BigTIFF header");
        if (tiff_uint(d, 4, 2) != 8 || tiff_uint(d, 6, 2) != 0) return image_fail(why, cap, "TIFF: bad BigTIFF header");
        off = tiff_uint(d, 8, 8);
        if (off > size || size - off < 8) return image_fail(why, cap, "TIFF: the first directory (at %llu) is outside the file", (unsigned long long)off);
        d->n = tiff_uint(d, off, 8);
        d->at = off + 8;
    } else {
        off = tiff_uint(d, 4, 4);
        if (off > size || size - off < 2) return image_fail(why, cap, "TIFF: the first directory (at %llu) is outside the file", (unsigned long long)off);
        d->n = tiff_uint(d, off, 2);
        d->at = off + 2;
    }
    if (d->n == 0) return image_fail(why, cap, "TIFF: empty directory");
    if (d->n > (size - d->at) / (uint64_t)(d->big ? 20 : 12)) return image_fail(why, cap, "TIFF: truncated directory");
    return 0;
}

/* Finds tag in IFD 0: 0 absent, 1 found (type, count and where its values are), -1 refused
   (written twice, or values outside the file). */
static int tiff_entry(const tiff_ifd *d, unsigned tag, unsigned *type, uint64_t *count, uint64_t *values,
                      char *why, size_t cap) {
    static const int type_size[19] = {0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8, 4, 0, 0, 8, 8, 8};
    uint64_t i, e = d->big ? 20 : 12, found = 0;
    for (i = 0; i < d->n; i++) {
        uint64_t at = d->at + i * e, bytes;
        if (tiff_uint(d, at, 2) != tag) continue;
        if (found++) return image_fail(why, cap, "TIFF: tag %u is written twice", tag), -1;
        *type = (unsigned)tiff_uint(d, at + 2, 2);
        *count = tiff_uint(d, at + 4, d->big ? 8 : 4);
        if (*type >= 19 || !type_size[*type]) return image_fail(why, cap, "TIFF: tag %u has unknown type %u", tag, *type), -1;
        if (*count > ((uint64_t)1 << 40)) return image_fail(why, cap, "TIFF: tag %u has %llu values", tag, (unsigned long long)*count), -1;
        bytes = *count * (uint64_t)type_size[*type];
        *values = bytes <= (uint64_t)(d->big ? 8 : 4) ? at + (d->big ? 12 : 8) : tiff_uint(d, at + (d->big ? 12 : 8), d->big ? 8 : 4);
        if (*values > d->size || d->size - *values < bytes)
            return image_fail(why, cap, "TIFF: the values of tag %u lie outside the file", tag), -1;
    }
    return found ? 1 : 0;
}

/* Up to max unsigned integer values of tag (BYTE, SHORT, LONG, LONG8) into v; returns how
   many the tag has (*n), 0 when absent; -1 refused. */
static int tiff_ints(const tiff_ifd *d, unsigned tag, uint64_t *v, size_t max, uint64_t *n, char *why, size_t cap) {
    unsigned type;
    uint64_t at, i;
    int rc = tiff_entry(d, tag, &type, n, &at, why, cap), size;
    if (rc <= 0) { if (rc == 0) *n = 0; return rc; }
    size = type == 1 ? 1 : type == 3 ? 2 : type == 4 ? 4 : type == 16 ? 8 : 0;
    if (!size) return image_fail(why, cap, "TIFF: tag %u has type %u (need an unsigned integer)", tag, type), -1;
    for (i = 0; i < *n && i < max; i++) v[i] = tiff_uint(d, at + i * (uint64_t)size, size);
    return 1;
}

/* A tag of one value (Pillow reads these as a number); def when absent. */
static int tiff_int1(const tiff_ifd *d, unsigned tag, uint64_t def, uint64_t *v, char *why, size_t cap) {
    uint64_t n;
    int rc = tiff_ints(d, tag, v, 1, &n, why, cap);
    if (rc < 0) return 1;
    if (rc == 0) { *v = def; return 0; }
    if (n != 1) return image_fail(why, cap, "TIFF: tag %u has %llu values (need 1)", tag, (unsigned long long)n);
    return 0;
}

/* What the file is, as Pillow's _setup decides it. */
typedef struct tiff_info {
    uint64_t width, height, compression, photo, fill, planar, orientation;
    int spp, bits, n_extra;                 /* samples (after Pillow's adjustments), bits each */
    uint64_t extra[TIFF_MAX_SAMPLES];
    const char *mode;                       /* Pillow's mode; "I;16"/"I;16B" -> GRAY16 */
    int invert, premultiplied, alpha;       /* alpha: sample index of the alpha, -1 none */
    const uint16_t *cmap[3];                /* P: libtiff's colour map */
} tiff_info;

/* Pillow's OPEN_INFO (the keys read here): sets mode, invert, alpha, premultiplied or refuses. */
static int tiff_mode(tiff_info *ti, int be, uint64_t sf, char *why, size_t cap) {
    int b = ti->bits, spp = ti->spp, fo2 = ti->fill == 2, i, extras_unspecified = 1;
    uint64_t p = ti->photo, x0 = ti->n_extra ? ti->extra[0] : 0;
    for (i = 1; i < ti->n_extra; i++) extras_unspecified &= ti->extra[i] == 0;
    ti->alpha = -1;
    if (ti->fill != 1 && ti->fill != 2) return image_fail(why, cap, "TIFF: FillOrder %llu", (unsigned long long)ti->fill);
    if (p == 5) return image_fail(why, cap, "TIFF: CMYK is not supported");
    if (p == 6) return image_fail(why, cap, "TIFF: YCbCr is not supported");
    if (p == 8 || p == 9 || p == 10) return image_fail(why, cap, "TIFF: CIELab is not supported");
    if (sf == 3) return image_fail(why, cap, "TIFF: floating-point samples are not supported");
    if (sf == 2 && !(p == 1 && spp == 1 && b == 8)) return image_fail(why, cap, "TIFF: signed %d-bit samples are not supported", b);
    if (sf != 1 && sf != 2) return image_fail(why, cap, "TIFF: SampleFormat %llu is not supported", (unsigned long long)sf);
    if (b == 12 || b == 32) return image_fail(why, cap, "TIFF: %d-bit samples are not supported", b);
    if (spp == 1 && ti->n_extra == 0) {
        if ((p == 0 || p == 1 || p == 3) && (b == 1 || b == 2 || b == 4 || b == 8)) {
            ti->mode = p == 3 ? "P" : b == 1 ? "1" : "L";
            ti->invert = p == 0;
            if (sf == 2 && fo2) goto unknown;
            if (b == 8 && p == 0 && fo2)        /* in Pillow's table, but it has no unpacker for it */
                return image_fail(why, cap, "TIFF: 8-bit MinIsWhite with FillOrder 2 is not supported");
            return 0;
        }
        if (b == 16 && ((!be && (p == 0 || (p == 1))) || (be && p == 1 && !fo2)) && !(p == 0 && fo2)) {
            ti->mode = be ? "I;16B" : "I;16";
            return 0;
        }
    } else if (spp == 2 && b == 8 && ti->n_extra == 1 && !fo2 && (p == 1 || p == 3)) {
        if (x0 == 0) { ti->mode = p == 1 ? "L" : "P"; return 0; }
        if (x0 == 2 && p == 1) { ti->mode = "LA"; ti->alpha = 1; return 0; }
        return image_fail(why, cap, "TIFF: %s with %s alpha is not supported", p == 1 ? "gray" : "palette",
                          x0 == 1 ? "premultiplied" : "unassociated");
    } else if (p == 2 && (b == 8 || b == 16) && spp >= 3 && !(fo2 && (b == 16 || spp != 3))) {
        if (spp == 3 && ti->n_extra == 0) { ti->mode = "RGB"; return 0; }
        if (spp == 4 && ti->n_extra == 0) { ti->mode = "RGBA"; ti->alpha = 3; return 0; }   /* missing ExtraSamples */
        if (spp - 3 == ti->n_extra && extras_unspecified && (b == 8 || spp == 4)) {
            if (x0 == 0) { ti->mode = "RGB"; return 0; }
            if (x0 == 2 || (x0 == 999 && spp == 4 && b == 8)) { ti->mode = "RGBA"; ti->alpha = 3; return 0; }
            if (x0 == 1 && b == 8) { ti->mode = "RGBA"; ti->alpha = 3; ti->premultiplied = 1; return 0; }
            if (x0 == 1) return image_fail(why, cap, "TIFF: 16-bit RGB with premultiplied alpha is not supported");
        }
    }
unknown:
    return image_fail(why, cap, "TIFF: unsupported sample layout (photometric %llu, %d samples of %d bits, %d extra, "
                      "fill order %llu)", (unsigned long long)p, spp, b, ti->n_extra, (unsigned long long)ti->fill);
}

/* Value i of an integer tag whose entry tiff_entry found (type, values at). */
static uint64_t tiff_value(const tiff_ifd *d, unsigned type, uint64_t at, uint64_t i) {
    int size = type == 1 ? 1 : type == 3 ? 2 : type == 4 ? 4 : 8;
    return tiff_uint(d, at + i * (uint64_t)size, size);
}

/* Every strip or tile the image size asks for must be in the directory and in the file, and
   uncompressed ones must hold all their bytes: Pillow decodes what is there and leaves the
   rest black, or reads on past the block's end, which is no image of the file. */
static int tiff_blocks(const tiff_info *ti, const tiff_ifd *d, char *why, size_t cap) {
    uint64_t planes = ti->planar == 2 ? (uint64_t)ti->spp : 1, need, n_off, n_len, bw, bh, at_off, at_len, i, across, down;
    uint64_t row_bytes;
    unsigned t_off, t_len;
    int tiled = tiff_entry(d, 324, &t_off, &n_off, &at_off, why, cap), rc;
    if (tiled < 0) return 1;
    if (ti->width == 0 || ti->height == 0) return 0;    /* refused by the caller */
    if (tiled) {
        if (tiff_int1(d, 322, 0, &bw, why, cap) || tiff_int1(d, 323, 0, &bh, why, cap)) return 1;
        if (!bw || !bh) return image_fail(why, cap, "TIFF: tiles of %llux%llu", (unsigned long long)bw, (unsigned long long)bh);
        rc = tiff_entry(d, 325, &t_len, &n_len, &at_len, why, cap);
    } else {
        bw = ti->width;
        if (tiff_int1(d, 278, ti->height, &bh, why, cap)) return 1;
        if (!bh) return image_fail(why, cap, "TIFF: RowsPerStrip 0");
        if (bh > ti->height) bh = ti->height;
        if ((rc = tiff_entry(d, 273, &t_off, &n_off, &at_off, why, cap)) < 0) return 1;
        if (rc == 0) n_off = 0;
        rc = tiff_entry(d, 279, &t_len, &n_len, &at_len, why, cap);
    }
    if (rc < 0) return 1;
    if (rc == 0) n_len = 0;
    across = (ti->width + bw - 1) / bw;
    down = (ti->height + bh - 1) / bh;
    need = across * down * planes;
    if (n_off < need || n_len < need)
        return image_fail(why, cap, "TIFF: %llu %s offsets and %llu byte counts for a %llux%llu image (need %llu)",
                          (unsigned long long)n_off, tiled ? "tile" : "strip", (unsigned long long)n_len,
                          (unsigned long long)ti->width, (unsigned long long)ti->height, (unsigned long long)need);
    if (t_off != 3 && t_off != 4 && t_off != 16) return image_fail(why, cap, "TIFF: offsets of type %u", t_off);
    if (t_len != 3 && t_len != 4 && t_len != 16) return image_fail(why, cap, "TIFF: byte counts of type %u", t_len);
    row_bytes = (bw * (uint64_t)ti->bits * (ti->planar == 2 ? 1 : (uint64_t)ti->spp) + 7) / 8;
    for (i = 0; i < need; i++) {
        uint64_t off = tiff_value(d, t_off, at_off, i), len = tiff_value(d, t_len, at_len, i);
        uint64_t rows = tiled ? bh : (i % down == down - 1 ? ti->height - (down - 1) * bh : bh);
        if (off > d->size || d->size - off < len)
            return image_fail(why, cap, "TIFF: %s %llu (%llu bytes at %llu) runs past the end of the file (%llu bytes): truncated",
                              tiled ? "tile" : "strip", (unsigned long long)i, (unsigned long long)len,
                              (unsigned long long)off, (unsigned long long)d->size);
        if (ti->compression == 1 && len < rows * row_bytes)
            return image_fail(why, cap, "TIFF: uncompressed %s %llu holds %llu bytes, needs %llu", tiled ? "tile" : "strip",
                              (unsigned long long)i, (unsigned long long)len, (unsigned long long)(rows * row_bytes));
    }
    return 0;
}

/* Reads the directory's tags into ti as Pillow's _setup does. */
static int tiff_setup(tiff_info *ti, const tiff_ifd *d, char *why, size_t cap) {
    uint64_t bps[TIFF_MAX_SAMPLES + 1], sf[TIFF_MAX_SAMPLES + 1], n_bps, n_sf, n_extra, spp, v, i, n;
    unsigned type;
    int rc;
    memset(ti, 0, sizeof *ti);
    if ((rc = tiff_entry(d, 0xBC01, &type, &n, &v, why, cap)) != 0)
        return rc < 0 ? 1 : image_fail(why, cap, "TIFF: Windows Media Photo is not supported");
    if (tiff_int1(d, 259, 1, &ti->compression, why, cap) || tiff_int1(d, 284, 1, &ti->planar, why, cap) ||
        tiff_int1(d, 262, 0, &ti->photo, why, cap) || tiff_int1(d, 266, 1, &ti->fill, why, cap) ||
        tiff_int1(d, 274, 1, &ti->orientation, why, cap))
        return 1;
    if (tiff_int1(d, 256, 0, &ti->width, why, cap) || tiff_int1(d, 257, 0, &ti->height, why, cap)) return 1;
    switch (ti->compression) {
    case 1: case 5: case 8: case 32946: case 32773: break;
    case 2: case 3: case 4: break;                      /* CCITT: 1-bit only, checked below */
    case 6: case 7: return image_fail(why, cap, "TIFF: JPEG compression is not supported");
    default: return image_fail(why, cap, "TIFF: compression %llu is not supported", (unsigned long long)ti->compression);
    }
    if (ti->planar != 1 && ti->planar != 2) return image_fail(why, cap, "TIFF: PlanarConfiguration %llu", (unsigned long long)ti->planar);
    /* SampleFormat: one value per sample; all equal counts as one */
    if (tiff_ints(d, 339, sf, TIFF_MAX_SAMPLES + 1, &n_sf, why, cap) < 0) return 1;
    if (n_sf == 0) { sf[0] = 1; n_sf = 1; }
    for (i = 1; i < n_sf && i <= TIFF_MAX_SAMPLES; i++)
        if (sf[i] != sf[0]) return image_fail(why, cap, "TIFF: samples of different formats are not supported");
    if (tiff_ints(d, 258, bps, TIFF_MAX_SAMPLES + 1, &n_bps, why, cap) < 0) return 1;
    if (n_bps == 0) { bps[0] = 1; n_bps = 1; }
    if (tiff_ints(d, 338, ti->extra, TIFF_MAX_SAMPLES, &n_extra, why, cap) < 0) return 1;
    if (n_extra > TIFF_MAX_SAMPLES) return image_fail(why, cap, "TIFF: %llu extra samples", (unsigned long long)n_extra);
    if (tiff_int1(d, 277, 1, &spp, why, cap)) return 1;
    if (ti->planar == 2 && n_extra) {                   /* Pillow drops such planes, then fails on them */
        int all_zero = 1;
        for (i = 0; i < n_extra; i++) all_zero &= ti->extra[i] == 0;
        if (all_zero) return image_fail(why, cap, "TIFF: unspecified extra samples in separate planes are not supported");
    }
    if (spp > TIFF_MAX_SAMPLES) return image_fail(why, cap, "TIFF: %llu samples per pixel", (unsigned long long)spp);
    if (n_bps > spp) n_bps = spp;                       /* excess values dropped */
    else if (n_bps == 1 && spp > 1) { for (i = 1; i < spp; i++) bps[i] = bps[0]; n_bps = spp; }
    if (n_bps != spp || spp == 0) return image_fail(why, cap, "TIFF: %llu bits-per-sample values for %llu samples",
                                                    (unsigned long long)n_bps, (unsigned long long)spp);
    for (i = 1; i < spp; i++)
        if (bps[i] != bps[0]) return image_fail(why, cap, "TIFF: samples of different depths are not supported");
    ti->spp = (int)spp; ti->bits = (int)(bps[0] > 64 ? 64 : bps[0]); ti->n_extra = (int)n_extra;
    if (tiff_mode(ti, d->be, sf[0], why, cap)) return 1;
    if (ti->compression >= 2 && ti->compression <= 4 && ti->bits != 1)
        return image_fail(why, cap, "TIFF: CCITT compression of %d-bit samples", ti->bits);
    if (ti->planar == 2 && ti->spp > 1 && !(ti->bits == 8 && !ti->premultiplied && (!strcmp(ti->mode, "RGB") ||
                                                                                 !strcmp(ti->mode, "RGBA"))))
        return image_fail(why, cap, "TIFF: separate planes are supported for 8-bit RGB and RGBA only");
    if (!strcmp(ti->mode, "P")) {
        uint64_t n_map;
        if (tiff_ints(d, 320, &v, 1, &n_map, why, cap) < 0) return 1;
        if (n_map != (uint64_t)3 << ti->bits)
            return image_fail(why, cap, "TIFF: a colour map of %llu values for %d-bit indices (need %llu)",
                              (unsigned long long)n_map, ti->bits, (unsigned long long)3 << ti->bits);
    }
    if (tiff_blocks(ti, d, why, cap)) return 1;
    if (tiff_entry(d, 274, &type, &n, &v, why, cap) == 0) {     /* no Orientation: Pillow looks in XMP */
        uint64_t at, len, k;
        if ((rc = tiff_entry(d, 700, &type, &len, &at, why, cap)) < 0) return 1;
        for (k = 0; rc && k + 11 <= len; k++)
            if (!memcmp(d->data + at + k, "Orientation", 11))
                return image_fail(why, cap, "TIFF: an orientation in XMP metadata is not supported");
    }
    return 0;
}

/* libtiff's client procedures over the bytes in memory; messages into why. */
typedef struct tiff_src {
    const uint8_t *data;
    uint64_t size, pos;
    char *why;
    size_t cap;
    int failed;
} tiff_src;

static tmsize_t tiff_read_proc(thandle_t h, void *buf, tmsize_t n) {
    tiff_src *s = (tiff_src *)h;
    uint64_t left = s->pos < s->size ? s->size - s->pos : 0, k = n < 0 ? 0 : (uint64_t)n;
    if (k > left) k = left;
    memcpy(buf, s->data + s->pos, (size_t)k);
    s->pos += k;
    return (tmsize_t)k;
}
static tmsize_t tiff_write_proc(thandle_t h, void *buf, tmsize_t n) { (void)h; (void)buf; (void)n; return 0; }
static toff_t tiff_seek_proc(thandle_t h, toff_t off, int whence) {
    tiff_src *s = (tiff_src *)h;
    uint64_t base = whence == SEEK_CUR ? s->pos : whence == SEEK_END ? s->size : 0;
    if (off > UINT64_MAX - base) return (toff_t)-1;
    s->pos = base + off;
    return s->pos;
}
static int tiff_close_proc(thandle_t h) { (void)h; return 0; }
static toff_t tiff_size_proc(thandle_t h) { return ((tiff_src *)h)->size; }
static int tiff_map_proc(thandle_t h, void **base, toff_t *size) { (void)h; (void)base; (void)size; return 0; }
static void tiff_unmap_proc(thandle_t h, void *base, toff_t size) { (void)h; (void)base; (void)size; }

static int tiff_on_error(TIFF *tif, void *user, const char *module, const char *fmt, va_list ap) {
    tiff_src *s = (tiff_src *)user;
    (void)tif;
    if (!s->failed) {
        int n = snprintf(s->why, s->cap, "TIFF: %s%s", module ? module : "", module ? ": " : "");
        if (n >= 0 && (size_t)n < s->cap) vsnprintf(s->why + n, s->cap - (size_t)n, fmt, ap);
        s->failed = 1;
    }
    return 1;                           /* handled: libtiff's global handlers are not called */
}
static int tiff_on_warning(TIFF *tif, void *user, const char *module, const char *fmt, va_list ap) {
    (void)tif; (void)user; (void)module; (void)fmt; (void)ap;
    return 1;                           /* ignored (unknown tags and the like), never printed */
}

/* Stores sample s (raw value v) of pixel (x, y) into the output, as Pillow unpacks it. */
static void tiff_put(const tiff_info *ti, loaded_image *out, uint32_t x, uint32_t y, int s, unsigned v) {
    uint8_t *row = (uint8_t *)out->pixels + (size_t)y * out->img.stride;
    const char *m = ti->mode;
    int b = ti->bits;
    if (m[0] == 'I') { uint16_t g = (uint16_t)v; if (s == 0) memcpy(row + 2 * (size_t)x, &g, 2); return; }
    if (b == 16) v >>= 8;                               /* 16-bit colour: the high byte */
    if (!strcmp(m, "1")) { if (s == 0) row[x] = (uint8_t)((v != 0) != ti->invert ? 255 : 0); }
    else if (!strcmp(m, "L")) {
        if (s == 0) {
            unsigned g = b == 2 ? v * 0x55 : b == 4 ? v * 0x11 : v;
            row[x] = (uint8_t)(ti->invert ? 255 - g : g);
        }
    } else if (!strcmp(m, "P")) {
        if (s == 0) { int c; for (c = 0; c < 3; c++) row[3 * (size_t)x + (size_t)c] = (uint8_t)(ti->cmap[c][v] >> 8); }
    } else if (!strcmp(m, "LA")) {
        if (s == 0) { row[4 * (size_t)x] = row[4 * (size_t)x + 1] = row[4 * (size_t)x + 2] = (uint8_t)v; }
        else row[4 * (size_t)x + 3] = (uint8_t)v;
    } else {                                            /* RGB, RGBA: extras beyond dropped */
        int bpp = !strcmp(m, "RGB") ? 3 : 4;
        if (s < bpp) row[(size_t)bpp * x + (size_t)s] = (uint8_t)v;
    }
}

/* Unpacks a block (strip or tile) of rows: rows x cols pixels at (x0, y0), `plane` (or all
   samples when contig), rows of row_bytes bytes. */
static void tiff_block(const tiff_info *ti, loaded_image *out, const uint8_t *buf, size_t row_bytes,
                       uint32_t x0, uint32_t y0, uint32_t cols, uint32_t rows, int plane) {
    int spp = ti->planar == 2 ? 1 : ti->spp, b = ti->bits, s;
    uint32_t r, c;
    for (r = 0; r < rows; r++) {
        const uint8_t *row = buf + (size_t)r * row_bytes;
        for (c = 0; c < cols; c++)
            for (s = 0; s < spp; s++) {
                size_t i = (size_t)c * (size_t)spp + (size_t)s;
                unsigned v;
                if (b == 8) v = row[i];
                else if (b == 16) { uint16_t t; memcpy(&t, row + 2 * i, 2); v = t; }   /* libtiff: native order */
                else v = (unsigned)(row[i * (size_t)b / 8] >> (8 - b - (int)(i * (size_t)b % 8))) & ((1u << b) - 1);
                tiff_put(ti, out, x0 + c, y0 + r, ti->planar == 2 ? plane : s, v);
            }
    }
}

/* Pillow's exif_transpose for Orientation 2..8. */
static int tiff_orient(loaded_image *out, int orientation, char *why, size_t cap) {
    size_t bpp = out->img.stride / (size_t)out->img.width, w = (size_t)out->img.width, h = (size_t)out->img.height;
    int swap = orientation >= 5;
    size_t ow = swap ? h : w, x, y;
    uint8_t *dst = (uint8_t *)malloc(w * h * bpp), *src = (uint8_t *)out->pixels;
    if (!dst) return image_fail(why, cap, "out of memory");
    for (y = 0; y < h; y++)
        for (x = 0; x < w; x++) {
            size_t dx, dy;
            switch (orientation) {
            case 2: dx = w - 1 - x; dy = y; break;              /* FLIP_LEFT_RIGHT */
            case 3: dx = w - 1 - x; dy = h - 1 - y; break;      /* ROTATE_180 */
            case 4: dx = x; dy = h - 1 - y; break;              /* FLIP_TOP_BOTTOM */
            case 5: dx = y; dy = x; break;                      /* TRANSPOSE */
            case 6: dx = h - 1 - y; dy = x; break;              /* ROTATE_270 */
            case 7: dx = h - 1 - y; dy = w - 1 - x; break;      /* TRANSVERSE */
            default: dx = y; dy = w - 1 - x; break;             /* 8: ROTATE_90 */
            }
            memcpy(dst + (dy * ow + dx) * bpp, src + (y * w + x) * bpp, bpp);
        }
    free(out->pixels);
    out->pixels = dst;
    out->img.pixels = dst;
    out->img.width = (int)ow;
    out->img.height = (int)(swap ? w : h);
    out->img.stride = ow * bpp;
    return 0;
}

/* Decodes every strip or tile of every plane into out. */
static int tiff_pixels(TIFF *tif, const tiff_info *ti, loaded_image *out, tiff_src *src, char *why, size_t cap) {
    int planes = ti->planar == 2 ? ti->spp : 1, p, rc = 1;
    uint32_t W = (uint32_t)ti->width, H = (uint32_t)ti->height, bw, bh, x, y;
    uint64_t sample_bits = (uint64_t)ti->bits * (uint64_t)(ti->planar == 2 ? 1 : ti->spp), image_bytes;
    size_t row_bytes;
    tmsize_t size;
    uint8_t *buf;
    int tiled = TIFFIsTiled(tif);
    if (tiled) {
        if (!TIFFGetField(tif, TIFFTAG_TILEWIDTH, &bw) || !TIFFGetField(tif, TIFFTAG_TILELENGTH, &bh) || !bw || !bh)
            return image_fail(why, cap, "TIFF: missing tile size");
        size = TIFFTileSize(tif);
    } else {
        bw = W;
        if (!TIFFGetFieldDefaulted(tif, TIFFTAG_ROWSPERSTRIP, &bh) || bh == 0) bh = H;
        if (bh > H) bh = H;
        size = TIFFVStripSize(tif, bh);
    }
    row_bytes = (size_t)(((uint64_t)bw * sample_bits + 7) / 8);
    image_bytes = ((uint64_t)W * sample_bits + 7) / 8 * H * (uint64_t)planes;
    if (src->failed) return 1;                          /* why: libtiff's message */
    if (size <= 0 || (uint64_t)size < (uint64_t)row_bytes * bh) return image_fail(why, cap, "TIFF: bad strip or tile size");
    if ((uint64_t)size > 4 * image_bytes + ((uint64_t)1 << 24))
        return image_fail(why, cap, "TIFF: a %ux%u %s is far larger than the image", bw, bh, tiled ? "tile" : "strip");
    if (!(buf = (uint8_t *)malloc((size_t)size))) return image_fail(why, cap, "out of memory");
    for (p = 0; p < planes; p++)
        for (y = 0; y < H; y += bh)
            for (x = 0; x < W; x += bw) {
                uint32_t rows = H - y < bh ? H - y : bh, cols = W - x < bw ? W - x : bw;
                tmsize_t got = tiled ? TIFFReadEncodedTile(tif, TIFFComputeTile(tif, x, y, 0, (uint16_t)p), buf, size)
                                     : TIFFReadEncodedStrip(tif, TIFFComputeStrip(tif, y, (uint16_t)p), buf, size);
                if (src->failed) goto done;             /* why: libtiff's message */
                if (got < 0 || (uint64_t)got < (uint64_t)row_bytes * (tiled ? bh : rows)) {
                    image_fail(why, cap, "TIFF: %s at (%u, %u) decodes to %lld bytes, need %llu", tiled ? "tile" : "strip",
                               x, y, (long long)got, (unsigned long long)row_bytes * (tiled ? bh : rows));
                    goto done;
                }
                tiff_block(ti, out, buf, row_bytes, x, y, cols, rows, p);
            }
    rc = 0;
done:
    free(buf);
    return rc;
}

static int read_tiff(const uint8_t *data, size_t size, const image_options *opt, loaded_image *out,
                     char *why, size_t cap) {
    static const struct { const char *mode; rc_pixel_format format; } formats[] = {
        {"1", RC_PIXEL_GRAY8}, {"L", RC_PIXEL_GRAY8}, {"I;16", RC_PIXEL_GRAY16}, {"I;16B", RC_PIXEL_GRAY16},
        {"P", RC_PIXEL_RGB8}, {"LA", RC_PIXEL_RGBA8}, {"RGB", RC_PIXEL_RGB8}, {"RGBA", RC_PIXEL_RGBA8}};
    tiff_ifd d;
    tiff_info ti;
    tiff_src src;
    TIFFOpenOptions *topt;
    TIFF *tif;
    uint32_t w = 0, h = 0;
    uint16_t bits = 0, spp = 0, planar = 0;
    size_t i;
    int rc = 1;
    if (tiff_open_ifd(&d, data, size, why, cap) || tiff_setup(&ti, &d, why, cap)) return 1;
    if (ti.width > RC_IMAGE_MAX_SIDE || ti.height > RC_IMAGE_MAX_SIDE || ti.width == 0 || ti.height == 0 ||
        ti.width * ti.height > image_max_pixels(opt))   /* before libtiff allocates anything */
        return image_alloc(out, (int64_t)ti.width, (int64_t)ti.height, RC_PIXEL_GRAY8, "L", opt, why, cap);
    memset(&src, 0, sizeof src);
    src.data = data; src.size = size; src.why = why; src.cap = cap;
    if (!(topt = TIFFOpenOptionsAlloc())) return image_fail(why, cap, "out of memory");
    TIFFOpenOptionsSetErrorHandlerExtR(topt, tiff_on_error, &src);
    TIFFOpenOptionsSetWarningHandlerExtR(topt, tiff_on_warning, &src);
    /* "m": read through tiff_read_proc, never a mapping of the (const) buffer */
    tif = TIFFClientOpenExt("TIFF", "rm", (thandle_t)&src, tiff_read_proc, tiff_write_proc, tiff_seek_proc,
                            tiff_close_proc, tiff_size_proc, tiff_map_proc, tiff_unmap_proc, topt);
    TIFFOpenOptionsFree(topt);
    if (!tif) {
        if (!src.failed) image_fail(why, cap, "TIFF: libtiff cannot read the directory");
        return 1;
    }
    src.failed = 0;     /* the directory is read: a tag libtiff dropped (e.g. Orientation 9) Pillow ignores too */
    TIFFGetFieldDefaulted(tif, TIFFTAG_IMAGEWIDTH, &w);
    TIFFGetFieldDefaulted(tif, TIFFTAG_IMAGELENGTH, &h);
    TIFFGetFieldDefaulted(tif, TIFFTAG_BITSPERSAMPLE, &bits);
    TIFFGetFieldDefaulted(tif, TIFFTAG_SAMPLESPERPIXEL, &spp);
    TIFFGetFieldDefaulted(tif, TIFFTAG_PLANARCONFIG, &planar);
    /* Pillow's view (ti) and libtiff's must describe the same data */
    if (w != ti.width || h != ti.height || bits != ti.bits || planar != ti.planar ||
        spp != ti.spp) {
        image_fail(why, cap, "TIFF: libtiff reads the directory differently (%ux%u, %u samples of %u bits, planar %u)",
                   w, h, spp, bits, planar);
        goto done;
    }
    if (!strcmp(ti.mode, "P") && !TIFFGetField(tif, TIFFTAG_COLORMAP, &ti.cmap[0], &ti.cmap[1], &ti.cmap[2])) {
        if (!src.failed) image_fail(why, cap, "TIFF: palette image without a colour map");
        goto done;
    }
    for (i = 0; strcmp(formats[i].mode, ti.mode); i++) {}
    if (image_alloc(out, (int64_t)ti.width, (int64_t)ti.height, formats[i].format, ti.mode, opt, why, cap)) goto done;
    if (tiff_pixels(tif, &ti, out, &src, why, cap)) goto done;
    if (ti.premultiplied) {                                 /* Pillow's RGBa unpacker */
        uint8_t *px = (uint8_t *)out->pixels;
        size_t k, n = (size_t)ti.width * (size_t)ti.height;
        for (k = 0; k < n; k++, px += 4) {
            int c;
            for (c = 0; c < 3; c++) {
                unsigned v = px[3] ? (unsigned)px[c] * 255u / px[3] : 0;
                px[c] = (uint8_t)(v > 255 ? 255 : v);
            }
        }
    }
    if (ti.orientation >= 2 && ti.orientation <= 8 && tiff_orient(out, (int)ti.orientation, why, cap)) goto done;
    rc = 0;
done:
    TIFFClose(tif);
    return rc;
}
