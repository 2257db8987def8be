/* test_vqa.c — rc_vqa and the VQA head's answers against the PyTorch reference of
   tests/gen_regions.py (RoiProcessor.answer over the reference's fused embedding and
   open_clip's encode_text of the question, softmax in double).

   Per case: rc_encode_regions (align and crop) gives the fused embedding, rc_encode_texts the
   question's, rc_vqa the probabilities; passes when every probability is within 1e-5 of the
   reference and the answer strings equal the file's. Then the errors: a model without a VQA
   head (RC_ERR_MISSING), NULL, NaN/Inf and zero embeddings, answers out of range.

   cc -std=c99 -O2 -Wall -Wextra -pedantic -Werror tests/test_vqa.c -lm -o test_vqa
   ./test_vqa NO_VQA_MODEL.gguf MODEL.gguf VQA_CASES.bin [MODEL VQA_CASES]... */
#define REGIONCLIP_IMPLEMENTATION
#include "../regionclip.h"
#include "test_util.h"

#define MAX_DIFF 1e-5
#define MAX_E 64
#define MAX_A 16

static void run_cases(rc_ctx *ctx, const rc_model *model, reader *r) {
    int E = rc_model_get_info(model).embed_dim, A = (int)rd_u32(r), i, mode;
    uint32_t n_cases, ci;
    double worst = 0.0;
    char what[512];
    check(A == rc_model_get_info(model).vqa_answers && A <= MAX_A, "answer count matches the model");
    for (i = 0; i < A && !r->bad; i++) {
        rc__str s = rd_str(r);
        const char *got = rc_model_vqa_answer(model, i);
        snprintf(what, sizeof what, "answer %d is '%.*s' (got '%s')", i, (int)s.len, s.ptr, got ? got : "(null)");
        check(got && strlen(got) == s.len && memcmp(got, s.ptr, s.len) == 0, what);
    }
    check(rc_model_vqa_answer(model, A) == NULL && rc_model_vqa_answer(model, -1) == NULL, "answer index out of range -> NULL");
    n_cases = rd_u32(r);
    for (ci = 0; ci < n_cases && !r->bad; ci++) {
        int w = (int)rd_u32(r), h = (int)rd_u32(r), n = (int)rd_u32(r), nq;
        rc_image img;
        rc_box boxes[32];
        float regions[32 * MAX_E], global[MAX_E], fused[2][MAX_E];
        if (n > 32 || !rd_rgb_image(r, w, h, &img)) { r->bad = 1; break; }
        rd_boxes(r, boxes, n);
        for (mode = RC_REGION_ALIGN; mode <= RC_REGION_CROP; mode++) {
            rc_region_opts opts = rc_region_opts_default();
            opts.mode = (rc_region_mode)mode;
            check(rc_encode_regions(ctx, &img, boxes, n, &opts, regions, global, fused[mode], 1) == RC_OK, rc_ctx_error(ctx));
        }
        nq = (int)rd_u32(r);
        for (i = 0; i < nq && !r->bad; i++) {
            rc__str q = rd_str(r);
            char text[256];
            const char *texts[1];
            float qemb[MAX_E], probs[MAX_A];
            int a;
            snprintf(text, sizeof text, "%.*s", (int)q.len, q.ptr);
            texts[0] = text;
            check(rc_encode_texts(ctx, texts, 1, qemb, 0) == RC_OK, rc_ctx_error(ctx));
            for (mode = RC_REGION_ALIGN; mode <= RC_REGION_CROP; mode++) {
                double diff = 0.0;
                rc_status s = rc_vqa(ctx, fused[mode], qemb, probs);
                for (a = 0; a < A; a++) {
                    double d = fabs(probs[a] - rd_f32(r));
                    if (!(d <= diff)) diff = d;
                }
                if (diff > worst) worst = diff;
                snprintf(what, sizeof what, "case %u (%s) \"%s\": max |p - p_ref| %.3g (%s)", (unsigned)ci,
                         mode ? "crop" : "align", text, diff, rc_status_name(s));
                check(s == RC_OK && diff <= MAX_DIFF, what);
            }
        }
        (void)E;
    }
    check(!r->bad && r->p == r->end, "case file read to its end");
    printf("%u cases: worst max |p - p_ref| %.3g (need <= %.0e)\n", (unsigned)n_cases, worst, MAX_DIFF);
}

/* rc_vqa's refusals; nothing is written to probs. */
static void test_errors(rc_ctx *ctx, rc_ctx *no_vqa, int E) {
    float z[MAX_E], q[MAX_E], probs[MAX_A], zero[MAX_E];
    int k, untouched = 1;
    for (k = 0; k < E; k++) { z[k] = (float)(k % 5) - 2.0f; q[k] = (float)(k % 3) + 0.5f; zero[k] = 0.0f; }
    for (k = 0; k < MAX_A; k++) probs[k] = -7.0f;
    check(rc_vqa(no_vqa, z, q, probs) == RC_ERR_MISSING, "model without a VQA head -> RC_ERR_MISSING");
    check(rc_model_vqa_answer(NULL, 0) == NULL, "NULL model -> no answer");
    check(rc_vqa(NULL, z, q, probs) == RC_ERR_ARG, "NULL ctx -> RC_ERR_ARG");
    check(rc_vqa(ctx, NULL, q, probs) == RC_ERR_ARG && rc_vqa(ctx, z, NULL, probs) == RC_ERR_ARG &&
          rc_vqa(ctx, z, q, NULL) == RC_ERR_ARG, "NULL image, question or probs -> RC_ERR_ARG");
    check(rc_vqa(ctx, zero, q, probs) == RC_ERR_VALUE && rc_vqa(ctx, z, zero, probs) == RC_ERR_VALUE,
          "all-zero embedding -> RC_ERR_VALUE");
    z[3] = NAN;
    check(rc_vqa(ctx, z, q, probs) == RC_ERR_VALUE, "NaN in the image embedding -> RC_ERR_VALUE");
    z[3] = 1.0f; q[E - 1] = INFINITY;
    check(rc_vqa(ctx, z, q, probs) == RC_ERR_VALUE, "Inf in the question embedding -> RC_ERR_VALUE");
    for (k = 0; k < MAX_A; k++) untouched &= probs[k] == -7.0f;
    check(untouched, "nothing written on error");
    q[E - 1] = 1.0f;
    check(rc_vqa(ctx, z, q, probs) == RC_OK, "valid call after the errors");
}

int main(int argc, char **argv) {
    int a;
    rc_model *plain = NULL;
    rc_ctx *plain_ctx = NULL;
    rc_error err;
    if (argc < 4 || argc % 2 != 0) {
        printf("usage: %s NO_VQA_MODEL.gguf MODEL.gguf VQA_CASES.bin [MODEL VQA_CASES]...\n", argv[0]);
        return 2;
    }
    if (rc_model_load_file(&plain, argv[1], NULL, &err) || rc_ctx_create(&plain_ctx, plain, &err)) {
        printf("cannot load %s: %s\n0 passed, 1 failed\n", argv[1], err.message);
        return 1;
    }
    check(rc_model_get_info(plain).vqa_answers == 0 && rc_model_vqa_answer(plain, 0) == NULL, "no VQA head: 0 answers");
    for (a = 2; a + 1 < argc; a += 2) {
        size_t size = 0;
        unsigned char *data = read_file("", argv[a + 1], &size);
        rc_model *model = NULL;
        rc_ctx *ctx = NULL;
        reader r;
        if (!data || rc_model_load_file(&model, argv[a], NULL, &err) || rc_ctx_create(&ctx, model, &err)) {
            printf("cannot load %s / %s\n0 passed, 1 failed\n", argv[a], argv[a + 1]);
            return 1;
        }
        printf("%s: %d answers\n", argv[a], rc_model_get_info(model).vqa_answers);
        r.p = data; r.end = data + size; r.bad = 0;
        check(size >= 16 && memcmp(data, "RCVQA001", 8) == 0, "magic RCVQA001");
        r.p += 8;
        check((int)rd_u32(&r) == rc_model_get_info(model).embed_dim && rc_model_get_info(model).embed_dim <= MAX_E,
              "embed_dim matches the model");
        run_cases(ctx, model, &r);
        if (a == 2) test_errors(ctx, plain_ctx, rc_model_get_info(model).embed_dim);
        free(data);
        rc_ctx_free(ctx);
        rc_model_free(model);
    }
    rc_ctx_free(plain_ctx);
    rc_model_free(plain);
    printf("%d passed, %d failed\n", g_passed, g_failed);
    return g_failed != 0;
}
