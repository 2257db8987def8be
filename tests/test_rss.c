/* test_rss.c — peak memory of an encode against docs/performance.md's bound.

   For each MODEL and each loader (rc_model_load_mmap, rc_model_load_file), a fresh process
   (this program with --child) loads the model through a counting allocator, creates a
   context, encodes 8 images (320 x 256 RGB) and 8 texts, and reports its peak resident set
   (getrusage ru_maxrss) and the allocator's peak. Checks, per run: peak RSS - the RSS before
   loading <= 1.1 x the weight file + the context's scratch (rc__scratch_plan, the formula of
   docs/performance.md) + the test's own inputs; the library's heap peak <= the scratch + 0.1 x
   the file (+ the file itself for rc_model_load_file, which reads it into memory), i.e.
   no dequantized copy of the weights. Prints one line per run and "N passed, M failed".
   Usage: test_rss MODEL.gguf... */
#define _POSIX_C_SOURCE 200809L   /* popen */
#define REGIONCLIP_IMPLEMENTATION
#include "../regionclip.h"
#include <sys/resource.h>
#include "test_util.h"

#define N_IMAGES 8
#define IMG_W 320
#define IMG_H 256

typedef struct counting { size_t live, peak; } counting;
static void *count_alloc(void *user, size_t n) {
    counting *c = (counting *)user;
    size_t *p = (size_t *)malloc(n + 16);
    if (!p) return NULL;
    p[0] = n; c->live += n; if (c->live > c->peak) c->peak = c->live;
    return (char *)p + 16;
}
static void count_free(void *user, void *ptr) {
    counting *c = (counting *)user;
    size_t *p = (size_t *)(void *)((char *)ptr - 16);
    c->live -= p[0];
    free(p);
}

static long peak_kib(void) {
    struct rusage u;
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

/* The child: prints "baseline_kib peak_kib heap_peak scratch input_bytes" or an error. */
static int child(const char *loader, const char *path) {
    static const char *texts[N_IMAGES] = {"a nodule", "an effusion", "a normal chest", "a fracture of the rib",
                                         "consolidation in the left lower lobe", "a pneumothorax", "cardiomegaly",
                                         "a mass in the right upper lobe"};
    counting cnt = {0, 0};
    rc_allocator al;
    rc_model *m = NULL; rc_ctx *c = NULL; rc_error e;
    rc_image imgs[N_IMAGES];
    size_t sz[RC__N_SCRATCH], scratch = 0, depth, i, input = (size_t)N_IMAGES * IMG_W * IMG_H * 3;
    unsigned char *pixels;
    float *emb;
    long base = peak_kib();
    rc_status s;
    al.alloc = count_alloc; al.free = count_free; al.user = &cnt;
    s = !strcmp(loader, "mmap") ? rc_model_load_mmap(&m, path, &al, &e) : rc_model_load_file(&m, path, &al, &e);
    if (s || rc_ctx_create(&c, m, &e)) { printf("error %s\n", e.message); return 1; }
    rc__scratch_plan(m, m->convert_inputs, sz, &scratch, &depth);
    pixels = (unsigned char *)malloc(input);
    emb = (float *)malloc((size_t)N_IMAGES * rc_model_get_info(m).embed_dim * sizeof(float));
    if (!pixels || !emb) { printf("error out of memory\n"); return 1; }
    for (i = 0; i < input; i++) pixels[i] = (unsigned char)(i * 2654435761u >> 24);
    for (i = 0; i < N_IMAGES; i++) {
        memset(&imgs[i], 0, sizeof imgs[i]);
        imgs[i].pixels = pixels + i * IMG_W * IMG_H * 3; imgs[i].width = IMG_W; imgs[i].height = IMG_H;
        imgs[i].stride = IMG_W * 3; imgs[i].format = RC_PIXEL_RGB8;
    }
    if (rc_encode_images(c, imgs, N_IMAGES, emb, 1) || rc_encode_texts(c, texts, N_IMAGES, emb, 1)) {
        printf("error %s\n", rc_ctx_error(c)); return 1;
    }
    input += (size_t)N_IMAGES * rc_model_get_info(m).embed_dim * sizeof(float);
    printf("%ld %ld %zu %zu %zu\n", base, peak_kib(), cnt.peak, scratch, input);
    rc_ctx_free(c); rc_model_free(m); free(pixels); free(emb);
    return 0;
}

static void run(const char *self, const char *loader, const char *path) {
    char cmd[4200], line[512], msg[600];
    long base = 0, peak = 0;
    size_t heap = 0, scratch = 0, input = 0, file = 0;
    double rss, rss_bound, heap_bound;
    FILE *p, *f = fopen(path, "rb");
    if (f && !fseek(f, 0, SEEK_END)) file = (size_t)ftell(f);
    if (f) fclose(f);
    snprintf(cmd, sizeof cmd, "'%s' --child %s '%s'", self, loader, path);
    if (!(p = popen(cmd, "r")) || !fgets(line, sizeof line, p) ||
        sscanf(line, "%ld %ld %zu %zu %zu", &base, &peak, &heap, &scratch, &input) != 5) {
        snprintf(msg, sizeof msg, "%s %s: child failed: %s", loader, path, p ? line : "popen");
        if (p) pclose(p);
        check(0, msg);
        return;
    }
    pclose(p);
    rss = (double)(peak - base) * 1024.0;
    rss_bound = 1.1 * (double)file + (double)scratch + (double)input;
    heap_bound = (double)scratch + 0.1 * (double)file + (strcmp(loader, "file") ? 0.0 : (double)file);
    snprintf(msg, sizeof msg, "%-4s %-40s file %7.1f MiB, scratch %6.1f MiB: peak RSS +%7.1f MiB <= %7.1f MiB (%.3f x file), "
             "heap peak %7.1f MiB <= %7.1f MiB", loader, path, file / 1048576.0, scratch / 1048576.0, rss / 1048576.0,
             rss_bound / 1048576.0, rss / (double)file, heap / 1048576.0, heap_bound / 1048576.0);
    printf("%s\n", msg);
    check(file > 0 && rss <= rss_bound && (double)heap <= heap_bound, msg);
}

int main(int argc, char **argv) {
    int i;
    if (argc == 4 && !strcmp(argv[1], "--child")) return child(argv[2], argv[3]);
    if (argc < 2) { printf("usage: %s MODEL.gguf...\n", argv[0]); return 2; }
    for (i = 1; i < argc; i++) { run(argv[0], "mmap", argv[i]); run(argv[0], "file", argv[i]); }
    printf("rss: %d passed, %d failed\n", g_passed, g_failed);
    return g_failed != 0;
}
