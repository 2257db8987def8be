/* retrieval — rank images by how well they match a text query (text-to-image retrieval).

     retrieval MODEL "QUERY" IMAGE...     prints rank<TAB>score<TAB>path for the top 10

   Shows the batch API: images are encoded in one call, the query once, and rc_topk ranks
   them by cosine similarity. Link with -lz -ljpeg -ltiff -lm (image_io.h; see the Makefile). */
#define REGIONCLIP_IMPLEMENTATION
#include "regionclip.h"
#include <stdlib.h>
#include "image_io.h"

int main(int argc, char **argv) {
    rc_model *model; rc_ctx *ctx; rc_error err; rc_model_info info;
    loaded_image *loaded; rc_image *images; float *db, *query, score[10];
    int n = argc - 3, i, k, top[10], rc = 1;
    if (argc < 4) { fprintf(stderr, "usage: retrieval MODEL QUERY IMAGE...\n"); return 2; }
    if (rc_model_load_mmap(&model, argv[1], NULL, &err)) return die(argv[1], err.message);
    if (rc_ctx_create(&ctx, model, &err)) { rc_model_free(model); return die("context", err.message); }
    info = rc_model_get_info(model);
    loaded = (loaded_image *)calloc((size_t)n, sizeof *loaded);
    images = (rc_image *)calloc((size_t)n, sizeof *images);
    db = (float *)malloc(sizeof(float) * info.embed_dim * (size_t)n);
    query = (float *)malloc(sizeof(float) * info.embed_dim);
    if (!loaded || !images || !db || !query) { die("out of memory", NULL); goto done; }
    for (i = 0; i < n; i++) {
        if (load_image(argv[3 + i], NULL, &loaded[i])) goto done;
        images[i] = loaded[i].img;
    }
    if (rc_encode_images(ctx, images, n, db, 1)) { die("encoding images", rc_ctx_error(ctx)); goto done; }
    if (rc_encode_texts(ctx, (const char *const *)&argv[2], 1, query, 1)) { die("encoding the query", rc_ctx_error(ctx)); goto done; }
    k = n < 10 ? n : 10;
    rc_topk(query, db, n, info.embed_dim, k, top, score);
    for (i = 0; i < k; i++) printf("%d\t%.4f\t%s\n", i + 1, score[i], argv[3 + top[i]]);
    rc = 0;
done:
    if (loaded) for (i = 0; i < n; i++) loaded_image_free(&loaded[i]);
    free(loaded); free(images); free(db); free(query);
    rc_ctx_free(ctx);
    rc_model_free(model);
    return rc;
}
