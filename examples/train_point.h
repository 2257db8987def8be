/* train_point.h — where a `rclip train` run stands: the steps done and the rc_rng state then,
   as lines of CKPT.rng ("STEP S0 S1 S2 S3\n", decimal). Written by train.h before each
   checkpoint; read strictly on --resume (tests/fuzz/fuzz_resume.c feeds it hostile bytes).
   Needs regionclip.h (rc_rng). */
#ifndef RCLIP_TRAIN_POINT_H
#define RCLIP_TRAIN_POINT_H
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if defined(__GNUC__)
#define TRAIN_POINT_API static __attribute__((unused))   /* not every program calls all three */
#else
#define TRAIN_POINT_API static
#endif

typedef struct { int step; rc_rng rng; } train_point;   /* step < 0: none yet */

enum { TRAIN_POINT_LINE = 128 };   /* longer lines are not points */

TRAIN_POINT_API int train_point_write(FILE *f, const train_point *p) {
    return fprintf(f, "%d %llu %llu %llu %llu\n", p->step, (unsigned long long)p->rng.s[0],
                   (unsigned long long)p->rng.s[1], (unsigned long long)p->rng.s[2],
                   (unsigned long long)p->rng.s[3]) > 0;
}

/* One line "STEP S0 S1 S2 S3" (single spaces, decimal, newline optional) -> *p; 0 if it is
   not exactly that, the step is outside 0..INT_MAX, a number overflows, or the state is all
   zero (the generator would emit zeros forever). */
TRAIN_POINT_API int train_point_parse(const char *line, train_point *p) {
    const char *s = line;
    char *end;
    unsigned long long v;
    long step;
    int k;
    uint64_t any = 0;
    if (*s < '0' || *s > '9') return 0;
    errno = 0;
    step = strtol(s, &end, 10);
    if (errno || step > INT_MAX) return 0;
    for (s = end, k = 0; k < 4; k++) {
        if (*s != ' ' || s[1] < '0' || s[1] > '9') return 0;
        errno = 0;
        v = strtoull(s + 1, &end, 10);
        if (errno) return 0;
        p->rng.s[k] = (uint64_t)v; any |= (uint64_t)v; s = end;
    }
    if (!(*s == 0 || (*s == '\n' && s[1] == 0)) || !any) return 0;
    p->step = (int)step;
    return 1;
}

/* The point of f (named name in messages) for a checkpoint of `step` steps -> *p. 0 on
   success; otherwise 1 with the reason in why: a malformed or over-long line (named by its
   number), or no line for that step. */
TRAIN_POINT_API int train_point_find(FILE *f, const char *name, int step, train_point *p, char *why, size_t why_size) {
    char line[TRAIN_POINT_LINE + 2];
    train_point q;
    int n = 0;
    while (fgets(line, sizeof line, f)) {
        n++;
        if (!strchr(line, '\n') && !feof(f)) {
            snprintf(why, why_size, "%s:%d: line longer than %d bytes", name, n, TRAIN_POINT_LINE);
            return 1;
        }
        if (!train_point_parse(line, &q)) {
            snprintf(why, why_size, "%s:%d: not \"STEP S0 S1 S2 S3\" with a nonzero state", name, n);
            return 1;
        }
        if (q.step == step) { *p = q; return 0; }
    }
    snprintf(why, why_size, "%s: no RNG state for the checkpoint's step %d", name, step);
    return 1;
}
#endif
