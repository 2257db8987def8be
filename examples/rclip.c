/* rclip — drive regionclip.h from a shell.

     rclip tokenize     MODEL TEXT                 token ids, space-separated
     rclip embed-text   MODEL TEXT                 L2-normalized embedding, one float per line
     rclip embed-image  MODEL IMAGE                L2-normalized embedding, one float per line
     rclip zeroshot     MODEL IMAGE LABEL...       label<TAB>probability, highest first

   Options (before MODEL): --template T  prompt with "{}" replaced by the label; repeat the
   flag for a prompt ensemble (default: the label itself). --window C,W  window for 16-bit
   gray images (default: the image's min..max). Images: PNG, JPEG, PGM/PPM (8 and 16 bit),
   BMP, TGA through stb_image. Errors go to stderr, exit status 1. */
#define REGIONCLIP_IMPLEMENTATION
#include "regionclip.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "image_io.h"

#define MAX_TEMPLATES 64

static void print_vector(const float *v, int n) {
    int i;
    for (i = 0; i < n; i++) printf("%.8g\n", v[i]);
}

/* Replaces the first "{}" in tmpl with label into a new string. */
static char *fill_template(const char *tmpl, const char *label) {
    const char *at = strstr(tmpl, "{}");
    size_t n = strlen(tmpl) + strlen(label) + 1;
    char *s = (char *)malloc(n);
    if (!s) return NULL;
    if (!at) { snprintf(s, n, "%s", tmpl); return s; }
    snprintf(s, n, "%.*s%s%s", (int)(at - tmpl), tmpl, label, at + 2);
    return s;
}

typedef struct ranked { const char *label; float p; } ranked;
static int by_prob_desc(const void *a, const void *b) {
    float x = ((const ranked *)a)->p, y = ((const ranked *)b)->p;
    return (x < y) - (x > y);
}

static int zeroshot(rc_ctx *ctx, rc_model_info info, const char *image_path, char **labels, int n_labels,
                    const char **templates, int n_templates, float wc, float ww) {
    loaded_image li; int E = info.embed_dim, i, t, rc = 1;
    float *img = (float *)malloc(sizeof(float) * E);
    float *txt = (float *)malloc(sizeof(float) * E * (size_t)n_labels * n_templates);
    float *cls = (float *)malloc(sizeof(float) * E * (size_t)n_labels);
    float *probs = (float *)malloc(sizeof(float) * n_labels);
    char **prompts = (char **)calloc((size_t)n_labels * n_templates, sizeof(char *));
    ranked *r = (ranked *)malloc(sizeof(ranked) * n_labels);
    if (!img || !txt || !cls || !probs || !prompts || !r) { die("out of memory", NULL); goto done; }
    if (load_image(image_path, wc, ww, &li)) goto done;
    if (rc_encode_images(ctx, &li.img, 1, img, 1)) { die("image", rc_ctx_error(ctx)); stbi_image_free(li.pixels); goto done; }
    stbi_image_free(li.pixels);
    for (i = 0; i < n_labels; i++)
        for (t = 0; t < n_templates; t++)
            if (!(prompts[i * n_templates + t] = fill_template(templates[t], labels[i]))) { die("out of memory", NULL); goto done; }
    if (rc_encode_texts(ctx, (const char *const *)prompts, n_labels * n_templates, txt, 1)) { die("text", rc_ctx_error(ctx)); goto done; }
    if (rc_prompt_ensemble(txt, n_labels, n_templates, E, cls) ||
        rc_zeroshot(img, cls, n_labels, E, info.logit_scale, probs)) { die("scoring failed (non-finite embeddings)", NULL); goto done; }
    for (i = 0; i < n_labels; i++) { r[i].label = labels[i]; r[i].p = probs[i]; }
    qsort(r, (size_t)n_labels, sizeof *r, by_prob_desc);
    for (i = 0; i < n_labels; i++) printf("%s\t%.6f\n", r[i].label, r[i].p);
    rc = 0;
done:
    if (prompts) for (i = 0; i < n_labels * n_templates; i++) free(prompts[i]);
    free(prompts); free(img); free(txt); free(cls); free(probs); free(r);
    return rc;
}

static int usage(void) {
    fprintf(stderr,
            "usage: rclip [--template T]... [--window C,W] COMMAND MODEL ARGS\n"
            "  tokenize MODEL TEXT | embed-text MODEL TEXT | embed-image MODEL IMAGE |\n"
            "  zeroshot MODEL IMAGE LABEL...\n");
    return 2;
}

int main(int argc, char **argv) {
    const char *templates[MAX_TEMPLATES]; int n_templates = 0, argi = 1, rc = 1;
    float wc = 0.0f, ww = 0.0f;
    const char *cmd, *model_path;
    rc_model *model = NULL; rc_ctx *ctx = NULL; rc_error err; rc_model_info info;
    while (argi < argc && !strncmp(argv[argi], "--", 2)) {
        if (!strcmp(argv[argi], "--template") && argi + 1 < argc) {
            if (n_templates == MAX_TEMPLATES) return die("too many templates", NULL);
            templates[n_templates++] = argv[argi + 1]; argi += 2;
        } else if (!strcmp(argv[argi], "--window") && argi + 1 < argc) {
            if (sscanf(argv[argi + 1], "%f,%f", &wc, &ww) != 2 || !(ww > 0)) return die("--window wants CENTER,WIDTH with WIDTH > 0", argv[argi + 1]);
            argi += 2;
        } else return usage();
    }
    if (argc - argi < 3) return usage();
    cmd = argv[argi]; model_path = argv[argi + 1];
    if (strcmp(cmd, "tokenize") && strcmp(cmd, "embed-text") && strcmp(cmd, "embed-image") && strcmp(cmd, "zeroshot"))
        return usage();
    if (rc_model_load_mmap(&model, model_path, NULL, &err)) return die(model_path, err.message);
    if (rc_ctx_create(&ctx, model, &err)) { rc_model_free(model); return die("context", err.message); }
    info = rc_model_get_info(model);
    if (!strcmp(cmd, "tokenize")) {
        int32_t *ids = (int32_t *)malloc(sizeof(int32_t) * info.context_length); int n = 0, i;
        if (!ids) rc = die("out of memory", NULL);
        else if (rc_tokenize(ctx, argv[argi + 2], (size_t)-1, ids, &n)) rc = die("tokenize", rc_ctx_error(ctx));
        else { for (i = 0; i < n; i++) printf(i ? " %d" : "%d", (int)ids[i]); printf("\n"); rc = 0; }
        free(ids);
    } else if (!strcmp(cmd, "embed-text")) {
        float *v = (float *)malloc(sizeof(float) * info.embed_dim);
        const char *text = argv[argi + 2];
        if (!v) rc = die("out of memory", NULL);
        else if (rc_encode_texts(ctx, &text, 1, v, 1)) rc = die("embed-text", rc_ctx_error(ctx));
        else { print_vector(v, info.embed_dim); rc = 0; }
        free(v);
    } else if (!strcmp(cmd, "embed-image")) {
        float *v = (float *)malloc(sizeof(float) * info.embed_dim); loaded_image li;
        if (!v) rc = die("out of memory", NULL);
        else if (!load_image(argv[argi + 2], wc, ww, &li)) {
            if (rc_encode_images(ctx, &li.img, 1, v, 1)) rc = die("embed-image", rc_ctx_error(ctx));
            else { print_vector(v, info.embed_dim); rc = 0; }
            stbi_image_free(li.pixels);
        }
        free(v);
    } else {
        if (argc - argi < 4) rc = usage();
        else {
            if (n_templates == 0) templates[n_templates++] = "{}";
            rc = zeroshot(ctx, info, argv[argi + 2], argv + argi + 3, argc - argi - 3, templates, n_templates, wc, ww);
        }
    }
    rc_ctx_free(ctx);
    rc_model_free(model);
    return rc;
}
