/* test_images.c — examples/image_io.h against Pillow + open_clip on the catalogue that
   tests/gen_images.py writes (see there for the case kinds). For each case: "good" must decode
   to exactly the reference's preprocessed pixels (rc_preprocess_u8, uint8 [3][S][S]); "refuse"
   must be refused; "bad" must be refused, or decode to exactly the reference where Pillow
   decodes it. Refusals must carry a reason.

   cc -std=c99 -I. tests/test_images.c -lz -ljpeg -ltiff -lm
   ./test_images MODEL.gguf DIR        (the model gives S, its image size) */
#define REGIONCLIP_IMPLEMENTATION
#include "../regionclip.h"
#include "../examples/image_io.h"

static int n_passed, n_failed;

static void result(int ok, const char *file, const char *what) {
    if (ok) n_passed++;
    else { n_failed++; printf("FAIL %s: %s\n", file, what); }
}

/* Reads a whole file (the reference); NULL if it cannot. */
static uint8_t *slurp(const char *path, size_t *n) {
    uint8_t *data;
    char why[128];
    return image_read_file(path, &data, n, why, sizeof why) ? NULL : data;
}

int main(int argc, char **argv) {
    rc_model *model;
    rc_ctx *ctx;
    rc_error err;
    FILE *list;
    char line[1024], path[2048];
    int S, n_pillow_decodes_we_refuse = 0, n_bad_like_pillow = 0;
    uint8_t *got;
    if (argc != 3) { fprintf(stderr, "usage: test_images MODEL.gguf DIR\n"); return 2; }
    if (rc_model_load_mmap(&model, argv[1], NULL, &err) || rc_ctx_create(&ctx, model, &err)) {
        fprintf(stderr, "%s\n", err.message);
        return 1;
    }
    S = rc_model_get_info(model).image_size;
    got = (uint8_t *)malloc((size_t)3 * S * S);
    snprintf(path, sizeof path, "%s/cases.txt", argv[2]);
    if (!got || !(list = fopen(path, "r"))) { fprintf(stderr, "cannot read %s\n", path); return 1; }
    while (fgets(line, sizeof line, list)) {
        char file[512], kind[16], ref_name[512], why[256];
        loaded_image li;
        int decoded;
        if (sscanf(line, "%511s %15s %511s", file, kind, ref_name) != 3) continue;
        snprintf(path, sizeof path, "%s/%s", argv[2], file);
        why[0] = 0;
        decoded = !load_image_opts(path, NULL, &li, why, sizeof why);
        if (!decoded) {
            result(why[0] != 0, file, "refused without a reason");
            if (!strcmp(kind, "good")) { char msg[400]; snprintf(msg, sizeof msg, "Pillow decodes it, we refuse: %s", why); result(0, file, msg); }
            else { result(1, file, ""); if (strcmp(ref_name, "-")) n_pillow_decodes_we_refuse++; }
            continue;
        }
        if (!strcmp(kind, "refuse")) result(0, file, "decoded, but it must be refused");
        else if (!strcmp(ref_name, "-")) result(0, file, "Pillow refuses it, we decoded it");
        else {
            size_t n;
            uint8_t *ref;
            snprintf(path, sizeof path, "%s/%s", argv[2], ref_name);
            ref = slurp(path, &n);
            if (!ref || n != (size_t)3 * S * S) result(0, file, "reference missing or of the wrong size");
            else if (rc_preprocess_u8(ctx, &li.img, got)) result(0, file, rc_ctx_error(ctx));
            else {
                size_t i, n_diff = 0, first = 0;
                for (i = 0; i < n; i++) if (got[i] != ref[i] && n_diff++ == 0) first = i;
                if (n_diff) {
                    char msg[200];
                    snprintf(msg, sizeof msg, "mode %s: %zu of %zu values differ (first at %zu: %d, Pillow %d)",
                             li.mode, n_diff, n, first, got[first], ref[first]);
                    result(0, file, msg);
                } else {
                    result(1, file, "");
                    if (!strcmp(kind, "bad")) { printf("malformed, decoded as Pillow decodes it: %s\n", file); n_bad_like_pillow++; }
                }
            }
            free(ref);
        }
        loaded_image_free(&li);
    }
    fclose(list);
    printf("malformed files Pillow still decodes: we refuse %d, we decode %d as Pillow does\n",
           n_pillow_decodes_we_refuse, n_bad_like_pillow);
    free(got);
    rc_ctx_free(ctx); rc_model_free(model);
    printf("images: %d passed, %d failed\n", n_passed, n_failed);
    return n_failed != 0;
}
