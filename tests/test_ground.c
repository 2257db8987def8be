/* test_ground.c — rc_ground (grounding map, docs/roi.md) against tests/gen_ground.py.

   ground, ground-head, ground-biomed (VARIANT.gguf / VARIANT_cases.bin): grid and map equal the
   PyTorch reference (open_clip / timm tokens, region head, grid_sample upsampling) within 1e-4;
   pixels outside the view get the caller's value.
   planted: a square whose patches score 1 by construction: the argmax of the grid and of the
   map lie inside it, and the map's mean inside exceeds its mean outside (both in the view) by
   >= 0.5. Then the errors (NULL, NaN/zero text, bad image), which leave the outputs untouched.

   cc -std=c99 -O2 -Wall -Wextra -pedantic -Werror tests/test_ground.c -lm -o test_ground
   ./test_ground build/ground */
#define REGIONCLIP_IMPLEMENTATION
#include "../regionclip.h"
#include "test_util.h"

#define MAX_ABS 1e-4
#define OUTSIDE (-2.0f)
#define MIN_GAP 0.5

typedef struct ground_case {
    rc_image img;
    const float *text, *grid, *map;   /* [E], [G][G], [H][W] (unaligned: read by rd_floats) */
    float square[4], square_model[4];
} ground_case;

/* n floats from the reader into a malloc'd array (NULL when the file is short). */
static float *rd_floats(reader *r, size_t n) {
    float *v = (float *)malloc(sizeof(float) * (n + 1));
    size_t i;
    if (!v || (size_t)(r->end - r->p) / 4 < n) { r->bad = 1; free(v); return NULL; }
    for (i = 0; i < n; i++) v[i] = rd_f32(r);
    return v;
}

static int read_case(reader *r, int E, int G, ground_case *gc) {
    int w = (int)rd_u32(r), h = (int)rd_u32(r), k;
    float *sq;
    memset(gc, 0, sizeof *gc);
    if (!rd_rgb_image(r, w, h, &gc->img)) return 0;
    gc->text = rd_floats(r, (size_t)E);
    gc->grid = rd_floats(r, (size_t)G * G);
    gc->map = rd_floats(r, (size_t)w * h);
    sq = rd_floats(r, 8);
    if (!sq || !gc->text || !gc->grid || !gc->map) { free(sq); return 0; }
    for (k = 0; k < 4; k++) { gc->square[k] = sq[k]; gc->square_model[k] = sq[4 + k]; }
    free(sq);
    return 1;
}

static void free_case(ground_case *gc) {
    free((void *)gc->text); free((void *)gc->grid); free((void *)gc->map);
}

static double max_abs(const float *a, const float *b, size_t n) {
    double mx = 0.0;
    size_t i;
    for (i = 0; i < n; i++) {
        double d = fabs((double)a[i] - b[i]);
        if (!(d <= mx)) mx = d;     /* NaN propagates as the worst */
    }
    return mx;
}

static size_t argmax(const float *v, size_t n) {
    size_t i, best = 0;
    for (i = 1; i < n; i++) if (v[i] > v[best]) best = i;
    return best;
}

static int in_square(const float sq[4], double x, double y) {
    return x >= sq[0] && x <= sq[2] && y >= sq[1] && y <= sq[3];
}

/* Planted: the peaks of grid and map lie inside the square; inside >> outside in the view. */
static void check_planted(int G, int P, const ground_case *gc, const float *grid, const float *map, unsigned ci) {
    const int w = gc->img.width, h = gc->img.height;
    const size_t g = argmax(grid, (size_t)G * G), p = argmax(map, (size_t)w * h);
    const int col = (int)(g % G), row = (int)(g / G), px = (int)(p % w), py = (int)(p / w);
    double in_sum = 0, out_sum = 0, gap;
    size_t n_in = 0, n_out = 0;
    int x, y;
    char what[600];
    snprintf(what, sizeof what, "planted case %u: grid argmax (col %d, row %d) = %.6f inside the square",
             ci, col, row, (double)grid[g]);
    check(in_square(gc->square_model, (col + 0.5) * P, (row + 0.5) * P), what);
    snprintf(what, sizeof what, "planted case %u: map argmax (%d, %d) = %.6f inside the square", ci, px, py,
             (double)map[p]);
    check(in_square(gc->square, px + 0.5, py + 0.5), what);
    for (y = 0; y < h; y++)
        for (x = 0; x < w; x++) {
            float v = map[(size_t)y * w + x];
            if (v == OUTSIDE) continue;
            if (in_square(gc->square, x + 0.5, y + 0.5)) { in_sum += v; n_in++; }
            else { out_sum += v; n_out++; }
        }
    gap = n_in && n_out ? in_sum / n_in - out_sum / n_out : 0.0;
    snprintf(what, sizeof what, "planted case %u (%dx%d): mean inside - mean outside = %.3f (need >= %.1f)",
             ci, w, h, gap, MIN_GAP);
    check(gap >= MIN_GAP, what);
    printf("planted case %u (%dx%d): peak %.6f, mean inside - outside %.3f\n", ci, w, h, (double)grid[g], gap);
}

/* Grid and map (several call forms) against the reference. */
static void run_case(rc_ctx *ctx, int G, int P, const ground_case *gc, int planted, unsigned ci, double *worst) {
    const int w = gc->img.width, h = gc->img.height;
    const size_t npix = (size_t)w * h, ng = (size_t)G * G;
    float *grid = (float *)malloc(sizeof(float) * ng), *grid2 = (float *)malloc(sizeof(float) * ng);
    float *map = (float *)malloc(sizeof(float) * npix), *map_nan = (float *)malloc(sizeof(float) * npix);
    char what[600];
    rc_status s;
    double dg, dm, d2;
    size_t i, n_outside = 0, n_nan = 0;
    if (!grid || !map || !map_nan || !grid2) { check(0, "out of memory"); goto done; }
    s = rc_ground(ctx, &gc->img, gc->text, grid, map, OUTSIDE);
    dg = max_abs(grid, gc->grid, ng);
    dm = max_abs(map, gc->map, npix);
    if (dg > *worst) *worst = dg;
    if (dm > *worst) *worst = dm;
    snprintf(what, sizeof what, "%s case %u (%dx%d): %s %s, grid max |diff| %.3g, map max |diff| %.3g",
             planted ? "planted" : "exact", ci, w, h, rc_status_name(s), rc_ctx_error(ctx), dg, dm);
    check(s == RC_OK && dg <= MAX_ABS && dm <= MAX_ABS, what);
    /* one output at a time, and NaN as the outside value: the same numbers */
    s = rc_ground(ctx, &gc->img, gc->text, grid2, NULL, 0.0f);
    d2 = max_abs(grid2, grid, ng);
    if (!s) s = rc_ground(ctx, &gc->img, gc->text, NULL, map_nan, (float)NAN);
    for (i = 0; i < npix; i++) {
        n_outside += gc->map[i] == OUTSIDE;
        if (map_nan[i] != map_nan[i]) n_nan++;
        else if (map_nan[i] != map[i]) d2 = 1.0;
    }
    snprintf(what, sizeof what, "case %u: grid alone, then map alone with NaN outside (%zu NaN, %zu outside)",
             ci, n_nan, n_outside);
    check(s == RC_OK && d2 == 0.0 && n_nan == n_outside, what);
    if (planted) check_planted(G, P, gc, grid, map, ci);
done:
    free(grid); free(map); free(map_nan); free(grid2);
}

/* Loads MODEL and CASES from dir, runs every case; returns 0 when they cannot be loaded. */
static int run_file(const char *dir, const char *model_name, const char *cases_name, int planted,
                    rc_model **model_out, rc_ctx **ctx_out) {
    char path[1024];
    size_t size = 0;
    unsigned char *data = read_file(dir, cases_name, &size);
    rc_model *model = NULL;
    rc_ctx *ctx = NULL;
    rc_error err;
    rc_model_info info;
    reader r;
    unsigned n, ci;
    double worst = 0.0;
    int E, G;
    snprintf(path, sizeof path, "%s/%s", dir, model_name);
    if (!data || rc_model_load_file(&model, path, NULL, &err) || rc_ctx_create(&ctx, model, &err)) {
        printf("cannot load %s / %s\n", path, cases_name);
        free(data); rc_model_free(model);
        return 0;
    }
    info = rc_model_get_info(model);
    E = info.embed_dim; G = info.image_size / info.patch_size;
    r.p = data; r.end = data + size; r.bad = 0;
    check(size >= 20 && memcmp(data, "RCGRD001", 8) == 0, "magic RCGRD001");
    r.p += 8;
    check((int)rd_u32(&r) == E && (int)rd_u32(&r) == G, "embed_dim and grid side match the model");
    n = rd_u32(&r);
    for (ci = 0; ci < n && !r.bad; ci++) {
        ground_case gc;
        if (read_case(&r, E, G, &gc)) run_case(ctx, G, info.patch_size, &gc, planted, ci, &worst);
        free_case(&gc);
    }
    check(!r.bad && r.p == r.end, "case file read to its end");
    printf("%s: %u cases, worst max |diff| %.3g (need <= %.0e)\n", cases_name, n, worst, MAX_ABS);
    free(data);
    *model_out = model; *ctx_out = ctx;
    return 1;
}

/* Errors leave grid and map untouched. */
static void test_errors(rc_ctx *ctx, int E, int G) {
    static unsigned char pixels[30 * 40 * 3];
    float text[64], grid[256], map[30 * 40];
    rc_image img, bad;
    size_t i;
    int k, untouched = 1;
    memset(&img, 0, sizeof img); memset(&bad, 0, sizeof bad);
    struct { const char *what; rc_status want; const rc_image *img; int text_kind; int outputs; } cases[] = {
        {"image NULL", RC_ERR_ARG, NULL, 0, 3},
        {"text NULL", RC_ERR_ARG, &img, -1, 3},
        {"grid and map NULL", RC_ERR_ARG, &img, 0, 0},
        {"text holds NaN", RC_ERR_VALUE, &img, 1, 3},
        {"text holds Inf", RC_ERR_VALUE, &img, 2, 3},
        {"text all zero", RC_ERR_VALUE, &img, 3, 3},
        {"image width 0", RC_ERR_IMAGE, &bad, 0, 3},
    };
    img.pixels = pixels; img.width = 40; img.height = 30; img.stride = 40 * 3; img.format = RC_PIXEL_RGB8;
    img.window_center = img.window_width = 0.0f;
    bad = img; bad.width = 0;
    check(E <= 64 && G * G <= 256, "model small enough for the error tests");
    for (i = 0; i < 64; i++) text[i] = 1.0f;
    check(rc_ground(NULL, &img, text, grid, map, 0.0f) == RC_ERR_ARG, "ctx NULL");
    for (k = 0; k < (int)(sizeof cases / sizeof cases[0]); k++) {
        char what[600];
        rc_status s;
        for (i = 0; i < 64; i++) text[i] = cases[k].text_kind == 3 ? 0.0f : (float)i - 20.0f;
        if (cases[k].text_kind == 1) text[5] = (float)NAN;
        if (cases[k].text_kind == 2) text[E - 1] = (float)INFINITY;
        for (i = 0; i < 256; i++) grid[i] = 7.0f;
        for (i = 0; i < 30 * 40; i++) map[i] = 7.0f;
        s = rc_ground(ctx, cases[k].img, cases[k].text_kind < 0 ? NULL : text, cases[k].outputs & 1 ? grid : NULL,
                      cases[k].outputs & 2 ? map : NULL, 0.0f);
        for (i = 0; i < 256; i++) untouched &= grid[i] == 7.0f;
        for (i = 0; i < 30 * 40; i++) untouched &= map[i] == 7.0f;
        snprintf(what, sizeof what, "%s: want %s, got %s (%s)", cases[k].what, rc_status_name(cases[k].want),
                 rc_status_name(s), rc_ctx_error(ctx));
        check(s == cases[k].want && rc_ctx_error(ctx)[0] != 0, what);
    }
    check(untouched, "errors write nothing");
    {   /* a gray image and an all-outside-free square image: every map pixel is a cosine */
        float lo = 2.0f, hi = -2.0f;
        img.format = RC_PIXEL_GRAY8; img.stride = 40; img.width = 30;
        for (i = 0; i < 64; i++) text[i] = (float)i - 20.0f;
        for (i = 0; i < sizeof pixels; i++) pixels[i] = (unsigned char)(i * 7);
        check(rc_ground(ctx, &img, text, NULL, map, -5.0f) == RC_OK, "gray image");
        for (i = 0; i < 30 * 30; i++) { if (map[i] < lo) lo = map[i]; if (map[i] > hi) hi = map[i]; }
        check(lo >= -1.0f && hi <= 1.0f && lo < hi, "map values are cosines");
    }
}

int main(int argc, char **argv) {
    static const char *const exact[] = {"ground", "ground-head", "ground-biomed"};
    rc_model *model = NULL;
    rc_ctx *ctx = NULL;
    rc_model_info info;
    int v;
    if (argc != 2) { printf("usage: %s DIR (from tests/gen_ground.py)\n", argv[0]); return 2; }
    for (v = 0; v <= 3; v++) {
        char gguf[64], cases[64];
        snprintf(gguf, sizeof gguf, "%s.gguf", v < 3 ? exact[v] : "planted");
        snprintf(cases, sizeof cases, "%s_cases.bin", v < 3 ? exact[v] : "planted");
        if (!run_file(argv[1], gguf, cases, v == 3, &model, &ctx)) { printf("0 passed, 1 failed\n"); return 1; }
        info = rc_model_get_info(model);
        if (v == 0) test_errors(ctx, info.embed_dim, info.image_size / info.patch_size);
        else if (v == 1) check(info.roi_head, "ground-head has a region head");
        rc_ctx_free(ctx); rc_model_free(model);
    }
    printf("%d passed, %d failed\n", g_passed, g_failed);
    return g_failed != 0;
}
