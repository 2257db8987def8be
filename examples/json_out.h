/* json_out.h — JSON strings for the CLI's --json outputs (rclip search, index-export, eval).
   Plain C99 + libc. */
#ifndef REGIONCLIP_JSON_OUT_H
#define REGIONCLIP_JSON_OUT_H
#include <stdio.h>
#include <string.h>

/* Bytes of the valid UTF-8 sequence at s[0..n) (1..4; no overlongs, surrogates or values past
   U+10FFFF), or 0. */
static size_t utf8_len(const unsigned char *s, size_t n) {
    size_t len = s[0] < 0x80 ? 1 : s[0] >= 0xc2 && s[0] <= 0xdf ? 2 : s[0] >= 0xe0 && s[0] <= 0xef ? 3 :
                 s[0] >= 0xf0 && s[0] <= 0xf4 ? 4 : 0, i;
    if (!len || len > n) return 0;
    for (i = 1; i < len; i++) if ((s[i] & 0xc0) != 0x80) return 0;
    if ((s[0] == 0xe0 && s[1] < 0xa0) || (s[0] == 0xed && s[1] > 0x9f) || (s[0] == 0xf0 && s[1] < 0x90) ||
        (s[0] == 0xf4 && s[1] > 0x8f)) return 0;
    return len;
}

/* s[0..n) as a JSON string: quotes, backslashes and control characters escaped; a byte that
   is not part of valid UTF-8 (a path can hold any bytes) written as \u00XX, i.e. read as
   Latin-1 (docs/search.md). */
static void json_string(FILE *f, const char *s, size_t n) {
    const unsigned char *u = (const unsigned char *)s;
    size_t i, len;
    fputc('"', f);
    for (i = 0; i < n; i += len) {
        len = utf8_len(u + i, n - i);
        if (len == 1 && (u[i] == '"' || u[i] == '\\')) fprintf(f, "\\%c", u[i]);
        else if (len == 1 && u[i] < 0x20) fprintf(f, "\\u%04x", u[i]);
        else if (len) fwrite(u + i, 1, len, f);
        else { fprintf(f, "\\u%04x", u[i]); len = 1; }
    }
    fputc('"', f);
}

#endif
