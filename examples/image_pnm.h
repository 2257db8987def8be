/* image_pnm.h — the PBM/PGM/PPM reader of image_io.h (included there; not on its own).

   P1-P6, plain (ASCII) and raw, parsed as Pillow's PpmImagePlugin parses them: the magic is
   the bytes up to the first whitespace; header tokens are at most 10 characters, "#" starts a
   comment up to \r or \n (a comment inside a token joins its two halves, as in Pillow); raw
   pixels start after the one whitespace byte that ends maxval. Samples are big-endian.
     P1/P4        mode "1": 1 is black (0), 0 white (255); raw rows padded to bytes
     P2/P5, P3/P6 maxval 1..255: 8-bit samples; any maxval but raw 255 is scaled to
                  round(v / maxval * 255) (Python's round: half to even), as Pillow does
     P2/P5        maxval 256..65535: 16-bit gray, kept as the file's raw samples (GRAY16;
                  the window is in the file's units; Pillow would rescale them to 0..65535)
     P3/P6        maxval 256..65535: 16-bit samples scaled to 8 bits as above
   Refused: other magics (PFM, PAM, Pillow's Py* and P0CMYK), maxval 0 or > 65535, a token
   that is not a number or is longer than 10 characters, a sample above maxval (Pillow clamps
   raw ones; we refuse), fewer pixels than the header promises, an empty or oversized image. */
#include <math.h>

typedef struct pnm_cursor { const uint8_t *p, *end; } pnm_cursor;

static int pnm_space(int c) { return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'; }

/* Skips a comment: everything up to and including the next \r or \n (or the end). */
static void pnm_skip_comment(pnm_cursor *c) {
    while (c->p < c->end) {
        uint8_t ch = *c->p++;
        if (ch == '\r' || ch == '\n') break;
    }
}

/* The next token (Pillow's _read_token): returns its length (1..10) into tok, 0 at the end
   of the data, -1 if longer than 10. Consumes the one whitespace byte that ends it. */
static int pnm_token(pnm_cursor *c, char tok[12]) {
    int n = 0;
    while (c->p < c->end) {
        uint8_t ch = *c->p++;
        if (pnm_space(ch)) { if (n == 0) continue; break; }
        if (ch == '#') { pnm_skip_comment(c); continue; }
        if (n == 10) return -1;
        tok[n++] = (char)ch;
    }
    tok[n] = 0;
    return n;
}

/* Python's int(token) for the tokens it accepts here: [+-]digits, single underscores between
   digits. Returns 0 and *v, or 1 if it is not such a number. */
static int pnm_int(const char *tok, long long *v) {
    int neg = 0, digits = 0, prev_digit = 0;
    long long x = 0;
    if (*tok == '+' || *tok == '-') neg = *tok++ == '-';
    for (; *tok; tok++) {
        if (*tok >= '0' && *tok <= '9') { x = x * 10 + (*tok - '0'); digits++; prev_digit = 1; }
        else if (*tok == '_' && prev_digit && tok[1] >= '0' && tok[1] <= '9') prev_digit = 0;
        else return 1;
    }
    if (!digits) return 1;
    *v = neg ? -x : x;
    return 0;
}

static int pnm_header_int(pnm_cursor *c, const char *what, long long *v, char *why, size_t cap) {
    char tok[12];
    int n = pnm_token(c, tok);
    if (n == 0) return image_fail(why, cap, "PNM: the header ends before its %s", what);
    if (n < 0) return image_fail(why, cap, "PNM: %s token longer than 10 characters", what);
    if (pnm_int(tok, v)) return image_fail(why, cap, "PNM: %s '%s' is not a number", what, tok);
    return 0;
}

/* Python's round(v / maxval * out_max). */
static unsigned pnm_scale(unsigned v, unsigned maxval, unsigned out_max) {
    return (unsigned)nearbyint((double)v / (double)maxval * (double)out_max);
}

/* Plain-format samples: the next whitespace-separated number (comments removed, joining what
   surrounds them, as Pillow's plain decoder does). Returns 1 and *v, 0 at the end, -1 bad. */
static int pnm_plain_sample(pnm_cursor *c, long long *v, char *why, size_t cap) {
    char tok[12];
    int n = pnm_token(c, tok);
    if (n == 0) return 0;
    if (n < 0) { image_fail(why, cap, "PNM: a sample longer than 10 characters"); return -1; }
    if (pnm_int(tok, v) || *v < 0) { image_fail(why, cap, "PNM: sample '%s' is not a number >= 0", tok); return -1; }
    return 1;
}

static int read_pnm(const uint8_t *data, size_t size, const image_options *opt, loaded_image *out,
                    char *why, size_t cap) {
    pnm_cursor c;
    char magic[8];
    int kind, plain, bands, i;
    long long w, h, maxval = 1;
    size_t n_samples, s;
    c.p = data; c.end = data + size;
    for (i = 0; i < 6 && c.p < c.end && !pnm_space(*c.p); i++) magic[i] = (char)*c.p++;
    magic[i] = 0;
    if (c.p < c.end && pnm_space(*c.p)) c.p++;
    if (strlen(magic) != 2 || magic[1] < '1' || magic[1] > '6')
        return image_fail(why, cap, "PNM: magic '%s' is not P1-P6 (PFM, PAM and the others are not supported)", magic);
    kind = magic[1] - '0';
    plain = kind <= 3;
    bands = kind == 3 || kind == 6 ? 3 : 1;
    if (pnm_header_int(&c, "width", &w, why, cap) || pnm_header_int(&c, "height", &h, why, cap)) return 1;
    if (kind != 1 && kind != 4) {
        if (pnm_header_int(&c, "maxval", &maxval, why, cap)) return 1;
        if (maxval < 1 || maxval > 65535) return image_fail(why, cap, "PNM: maxval %lld, need 1..65535", maxval);
    }
    if (kind == 1 || kind == 4) {
        if (image_alloc(out, w, h, RC_PIXEL_GRAY8, "1", opt, why, cap)) return 1;
    } else if (bands == 1 && maxval > 255) {
        if (image_alloc(out, w, h, RC_PIXEL_GRAY16, "I;16", opt, why, cap)) return 1;
    } else if (image_alloc(out, w, h, bands == 3 ? RC_PIXEL_RGB8 : RC_PIXEL_GRAY8, bands == 3 ? "RGB" : "L", opt, why, cap)) {
        return 1;
    }
    n_samples = (size_t)w * (size_t)h * (size_t)bands;

    if (kind == 4) {                            /* raw bits, rows padded to bytes */
        size_t row_bytes = ((size_t)w + 7) / 8, x, y;
        uint8_t *px = (uint8_t *)out->pixels;
        if ((size_t)(c.end - c.p) / row_bytes < (size_t)h)
            return image_fail(why, cap, "PNM: truncated: %zu bytes of pixels, the header promises %zu",
                              (size_t)(c.end - c.p), row_bytes * (size_t)h);
        for (y = 0; y < (size_t)h; y++)
            for (x = 0; x < (size_t)w; x++)
                px[y * (size_t)w + x] = (c.p[y * row_bytes + x / 8] >> (7 - x % 8) & 1) ? 0 : 255;
        return 0;
    }
    if (kind == 1) {                            /* plain bits: '0'/'1', whitespace optional */
        uint8_t *px = (uint8_t *)out->pixels;
        for (s = 0; s < n_samples;) {
            uint8_t ch;
            if (c.p >= c.end) return image_fail(why, cap, "PNM: truncated: %zu of %zu pixels", s, n_samples);
            ch = *c.p++;
            if (pnm_space(ch)) continue;
            if (ch == '#') { pnm_skip_comment(&c); continue; }
            if (ch != '0' && ch != '1') return image_fail(why, cap, "PNM: invalid character 0x%02x in P1 data", ch);
            px[s++] = ch == '1' ? 0 : 255;
        }
        return 0;
    }
    {
        int wide = maxval > 255;                /* 2-byte raw samples */
        uint8_t *px8 = (uint8_t *)out->pixels;
        uint16_t *px16 = (uint16_t *)out->pixels;
        if (!plain && (size_t)(c.end - c.p) / (size_t)(wide ? 2 : 1) < n_samples)
            return image_fail(why, cap, "PNM: truncated: %zu bytes of pixels, the header promises %zu",
                              (size_t)(c.end - c.p), n_samples * (size_t)(wide ? 2 : 1));
        for (s = 0; s < n_samples; s++) {
            long long v;
            if (plain) {
                int got = pnm_plain_sample(&c, &v, why, cap);
                if (got < 0) return 1;
                if (got == 0) return image_fail(why, cap, "PNM: truncated: %zu of %zu samples", s, n_samples);
            } else {
                v = wide ? (long long)image_be16(c.p + 2 * s) : (long long)c.p[s];
            }
            if (v > maxval) return image_fail(why, cap, "PNM: sample %lld above maxval %lld", v, maxval);
            if (out->img.format == RC_PIXEL_GRAY16) px16[s] = (uint16_t)v;
            else px8[s] = (uint8_t)(maxval == 255 && !plain ? (unsigned)v : pnm_scale((unsigned)v, (unsigned)maxval, 255));
        }
    }
    return 0;
}
