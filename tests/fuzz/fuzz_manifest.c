/* libFuzzer: examples/manifest.h's parser on arbitrary bytes. The first byte picks the policy
   (skip or stop) and whether images are "opened" (a fake size callback: some paths missing,
   others 1..300 px per side, derived from the path); the rest is the manifest text.
   Checks: status 0 or 1 (1 only under MF_STOP after a problem); every kept record has an image,
   a summary and finite non-empty boxes (inside the image when sizes are known); problem lines
   lie in the text and are counted; writing the records and parsing that again gives the same
   records without a problem. */
#define _POSIX_C_SOURCE 200809L
#include "fuzz_common.h"
#include "../../examples/manifest.h"

static int fake_size(void *user, const char *path, int *w, int *h, char *why, size_t cap) {
    uint32_t hash = 2166136261u;
    (void)user;
    for (; *path; path++) hash = (hash ^ (unsigned char)*path) * 16777619u;
    if (hash % 5 == 0) { snprintf(why, cap, "missing"); return 1; }
    *w = 1 + (int)(hash % 300); *h = 1 + (int)(hash / 300 % 300);
    return 0;
}

static void check_records(const manifest *m, int sized) {
    int i, j;
    for (i = 0; i < m->n_records; i++) {
        const mf_record *r = &m->records[i];
        FUZZ_CHECK(r->image && r->image[0] && r->path && r->summary && r->summary[0], "record %d incomplete", i);
        FUZZ_CHECK(!r->report || r->report[0], "empty report kept");
        for (j = 0; j < r->n_regions; j++) {
            const mf_region *g = &r->regions[j];
            FUZZ_CHECK(g->x0 < g->x1 && g->y0 < g->y1 && g->x1 - g->x0 < INFINITY && g->y1 - g->y0 < INFINITY, "bad box kept");
            FUZZ_CHECK(!sized || (g->x0 >= 0 && g->y0 >= 0 && g->x1 <= r->width && g->y1 <= r->height), "box outside kept");
            FUZZ_CHECK(g->caption && g->caption[0], "empty caption kept");
        }
        for (j = 0; j < r->n_vqa; j++) FUZZ_CHECK(r->vqa[j].question[0] && r->vqa[j].answer[0], "empty vqa kept");
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    mf_options o;
    manifest m, m2;
    int rc, rc2, i, n_lines = 1;
    char *written = NULL;
    size_t written_len = 0, k;
    FILE *f;
    if (size < 1) return 0;
    o.policy = (data[0] & 1) ? MF_STOP : MF_SKIP;
    o.image_size = (data[0] & 2) ? fake_size : NULL;
    o.user = NULL; o.log = NULL;
    for (k = 1; k < size; k++) n_lines += data[k] == '\n';
    rc = manifest_parse((const char *)data + 1, size - 1, "fuzz", "d", &o, &m);
    FUZZ_CHECK(rc == 0 || (rc == 1 && o.policy == MF_STOP && m.n_problems_total > 0), "status %d", rc);
    FUZZ_CHECK(m.n_problems <= m.n_problems_total && m.n_problems <= MF_MAX_PROBLEMS, "problem counts");
    FUZZ_CHECK(m.n_problems_total > 0 || m.n_skipped == 0, "skipped without a problem");
    for (i = 0; i < m.n_problems; i++)
        FUZZ_CHECK(m.problems[i].line >= 1 && m.problems[i].line <= n_lines && m.problems[i].message[0], "problem line %d", m.problems[i].line);
    check_records(&m, o.image_size != NULL);
    f = open_memstream(&written, &written_len);
    FUZZ_CHECK(f != NULL, "open_memstream");
    manifest_write(f, m.records, m.n_records);
    fclose(f);
    o.policy = MF_STOP;
    rc2 = manifest_parse(written, written_len, "written", "d", &o, &m2);
    FUZZ_CHECK(rc2 == 0 && m2.n_problems_total == 0 && m2.n_records == m.n_records, "rewritten manifest: rc %d, %d problems (%s), %d vs %d records",
               rc2, m2.n_problems_total, m2.n_problems ? m2.problems[0].message : "", m2.n_records, m.n_records);
    for (i = 0; i < m.n_records; i++) {
        FUZZ_CHECK(!strcmp(m.records[i].image, m2.records[i].image) && !strcmp(m.records[i].summary, m2.records[i].summary) &&
                   m.records[i].n_regions == m2.records[i].n_regions && m.records[i].n_vqa == m2.records[i].n_vqa,
                   "record %d changed by the round trip", i);
    }
    manifest_free(&m); manifest_free(&m2);
    free(written);
    return 0;
}
