/* export_values — the typed export's encoders (regionclip.h, rc_trainer_export_as) on raw
   values, for tests/test_export.py to compare with numpy and gguf.quants.
   Reads IN (little-endian f32, a multiple of 32 values); writes OUT.f16, OUT.bf16, OUT.q8_0
   and OUT.q4_0 with rc__export_encode. Usage: export_values IN OUT */
#define REGIONCLIP_TRAINING
#define REGIONCLIP_IMPLEMENTATION
#include "../regionclip.h"
#include "test_util.h"

int main(int argc, char **argv) {
    static const struct { const char *ext; int type; } kinds[] = {
        {"f16", RC__TYPE_F16}, {"bf16", RC__TYPE_BF16}, {"q8_0", RC__TYPE_Q8_0}, {"q4_0", RC__TYPE_Q4_0}};
    size_t size = 0, n, k;
    unsigned char *data;
    uint8_t *out;
    if (argc != 3) { fprintf(stderr, "usage: export_values IN OUT\n"); return 2; }
    if (!(data = read_file("", argv[1], &size)) || size % (4 * RC__QK)) { fprintf(stderr, "bad input\n"); return 1; }
    n = size / 4;
    if (!(out = (uint8_t *)malloc(size))) return 1;
    for (k = 0; k < 4; k++) {
        char path[1100];
        FILE *f;
        snprintf(path, sizeof path, "%s.%s", argv[2], kinds[k].ext);
        rc__export_encode((const float *)(const void *)data, n, kinds[k].type, out);
        if (!(f = fopen(path, "wb")) || fwrite(out, 1, rc__export_bytes(kinds[k].type, n), f) != rc__export_bytes(kinds[k].type, n) ||
            fclose(f)) { fprintf(stderr, "cannot write %s\n", path); return 1; }
    }
    free(out); free(data);
    return 0;
}
