/* test_manifest.c — examples/manifest.h: a catalogue of bad manifests, each with the line and
   a fragment of the message it must produce, under both policies; a good manifest round-trips
   through manifest_write; optionally real manifests (tests/gen_medregion.py) read with examples/image_io.h.

   cc -std=c99 -Wall -Wextra -pedantic -isystem /usr/include/stb tests/test_manifest.c -lstb -lm
   ./test_manifest [MANIFEST...]      (each given manifest must load without a problem) */
#define REGIONCLIP_IMPLEMENTATION
#include "../regionclip.h"
#include "../examples/image_io.h"
#include "../examples/manifest.h"

static int n_passed, n_failed;
static void check(int ok, const char *what) {
    if (ok) n_passed++;
    else { n_failed++; printf("FAIL %s\n", what); }
}

/* Fake image sizes: dir/a.png 100x80, dir/b.png 64x64, dir/bad.png not an image, else missing. */
static int fake_size(void *user, const char *path, int *w, int *h, char *why, size_t cap) {
    (void)user;
    if (strcmp(path, "dir/a.png") == 0) { *w = 100; *h = 80; return 0; }
    if (strcmp(path, "dir/b.png") == 0 || strcmp(path, "/abs/b.png") == 0) { *w = 64; *h = 64; return 0; }
    snprintf(why, cap, "%s", strcmp(path, "dir/bad.png") == 0 ? "not a readable image (bad magic)" : "No such file or directory");
    return 1;
}

typedef struct bad_case { const char *what, *text; int line; const char *fragment; } bad_case;

static const bad_case catalogue[] = {
    {"missing image file", "image missing.png\nsummary s", 1, "cannot read image dir/missing.png: No such file"},
    {"unreadable image", "image bad.png\nsummary s", 1, "not a readable image"},
    {"record without an image", "summary s\nreport r", 1, "record without an image"},
    {"record without a summary", "image a.png\nreport r", 1, "has no summary"},
    {"second image (no blank line)", "image a.png\nsummary s\nimage b.png", 3, "second 'image' in one record"},
    {"second summary", "image a.png\nsummary s\nsummary t", 3, "second 'summary'"},
    {"unknown keyword", "image a.png\nsumary s", 2, "unknown keyword 'sumary'"},
    {"keyword in capitals", "IMAGE a.png\nsummary s", 1, "unknown keyword 'IMAGE'"},
    {"region coordinate not a number", "image a.png\nsummary s\nregion 1 2 x 4 cap", 3, "x1 is not a number"},
    {"region number glued to text", "image a.png\nsummary s\nregion 1 2 3 4cap", 3, "y1 is not a number"},
    {"region too few numbers", "image a.png\nsummary s\nregion 1 2 3", 3, "y1 missing"},
    {"region NaN", "image a.png\nsummary s\nregion nan 0 10 10 cap", 3, "x0 is NaN or infinite"},
    {"region inf", "image a.png\nsummary s\nregion 0 0 inf 10 cap", 3, "x1 is NaN or infinite"},
    {"region beyond float", "image a.png\nsummary s\nregion 0 0 10 1e39 cap", 3, "y1 is NaN or infinite"},
    {"region inverted", "image a.png\nsummary s\nregion 10 10 5 20 cap", 3, "inverted or empty"},
    {"region empty", "image a.png\nsummary s\nregion 10 10 10 20 cap", 3, "inverted or empty"},
    {"region outside (right)", "image a.png\nsummary s\nregion 10 10 120 20 cap", 3, "outside the 100x80 image"},
    {"region outside (negative)", "image a.png\nsummary s\nregion -1 0 10 10 cap", 3, "outside the 100x80 image"},
    {"region outside (below)", "image a.png\nsummary s\nregion 0 70 10 80.5 cap", 3, "outside the 100x80 image"},
    {"region empty caption", "image a.png\nsummary s\nregion 0 0 10 10   ", 3, "empty caption"},
    {"empty summary", "image a.png\nsummary   ", 2, "empty summary"},
    {"empty report", "image a.png\nsummary s\nreport", 3, "empty report"},
    {"empty image path", "image\nsummary s", 1, "empty image path"},
    {"empty negative", "image a.png\nsummary s\nregion 0 0 10 10 c\nnegative ", 4, "empty negative caption"},
    {"negative before region", "image a.png\nsummary s\nnegative n", 3, "'negative' before any 'region'"},
    {"vqa without tab", "image a.png\nsummary s\nvqa is there a nodule? yes", 3, "no tab found"},
    {"vqa empty question", "image a.png\nsummary s\nvqa \tyes", 3, "empty question or answer"},
    {"vqa two tabs", "image a.png\nsummary s\nvqa q\ta\tb", 3, "answer contains a tab"},
    {"label without a class", "image a.png\nsummary s\nlabel plane", 3, "label needs 'TASK CLASS'"},
    {"label empty", "image a.png\nsummary s\nlabel   ", 3, "label needs 'TASK CLASS'"},
    {"second label of a task", "image a.png\nsummary s\nlabel plane axial\nlabel plane coronal", 4, "second label 'plane'"},
    {"invalid UTF-8 (truncated)", "image a.png\nsummary caf\xc3", 2, "invalid UTF-8"},
    {"invalid UTF-8 (lone continuation)", "image a.png\nsummary \x80x", 2, "invalid UTF-8"},
    {"overlong UTF-8", "image a.png\nsummary \xc0\xaf", 2, "invalid UTF-8"},
    {"surrogate in UTF-8", "image a.png\nsummary \xed\xa0\x80", 2, "surrogate"},
    {"beyond U+10FFFF", "image a.png\nsummary \xf4\x90\x80\x80", 2, "beyond U+10FFFF"},
    {"control character", "image a.png\nsummary a\x01" "b", 2, "control character"},
    {"bare CR inside a line", "image a.png\nsummary a\rb", 2, "control character"},
};

static const char *GOOD1 = "image a.png\nsummary first\nregion 1 2 3 4 c";      /* 3 lines */
static const char *GOOD2 = "image b.png\nsummary last";

static void run_catalogue(void) {
    size_t i;
    char what[640];
    for (i = 0; i < sizeof catalogue / sizeof catalogue[0]; i++) {
        const bad_case *c = &catalogue[i];
        size_t len = strlen(GOOD1) + strlen(c->text) + strlen(GOOD2) + 8;
        char *text = (char *)malloc(len);
        mf_options o = {MF_SKIP, fake_size, NULL, NULL};
        manifest m;
        int rc, ok;
        snprintf(text, len, "%s\n\n%s\n\n%s\n", GOOD1, c->text, GOOD2);
        rc = manifest_parse(text, strlen(text), "t.txt", "dir", &o, &m);
        ok = rc == 0 && m.n_records == 2 && m.n_skipped == 1 && m.n_problems >= 1 &&
             m.problems[0].line == 4 + c->line && strstr(m.problems[0].message, c->fragment) != NULL;
        snprintf(what, sizeof what, "skip: %s -> line %d '%s' (got rc %d, %d records, %d skipped, line %d '%s')", c->what,
                 4 + c->line, c->fragment, rc, m.n_records, m.n_skipped, m.n_problems ? m.problems[0].line : -1,
                 m.n_problems ? m.problems[0].message : "");
        check(ok, what);
        if (ok) printf("ok   %-36s t.txt:%d: %s\n", c->what, m.problems[0].line, m.problems[0].message);
        manifest_free(&m);
        o.policy = MF_STOP;
        rc = manifest_parse(text, strlen(text), "t.txt", "dir", &o, &m);
        snprintf(what, sizeof what, "stop: %s -> returns 1 with the first record only", c->what);
        check(rc == 1 && m.n_records == 1 && m.n_problems == 1 && m.problems[0].line == 4 + c->line, what);
        manifest_free(&m);
        free(text);
    }
}

static void run_long_line(void) {
    size_t n = MF_MAX_LINE + 100, k;
    char *text = (char *)malloc(n + 64);
    mf_options o = {MF_SKIP, fake_size, NULL, NULL};
    manifest m;
    int rc;
    strcpy(text, "image a.png\nsummary ");
    k = strlen(text);
    memset(text + k, 'x', MF_MAX_LINE);
    strcpy(text + k + MF_MAX_LINE, "\n\nimage b.png\nsummary s\n");
    rc = manifest_parse(text, strlen(text), "t.txt", "dir", &o, &m);
    check(rc == 0 && m.n_records == 1 && m.n_skipped == 1 && m.problems[0].line == 2 &&
          strstr(m.problems[0].message, "line longer than") != NULL, "line longer than MF_MAX_LINE");
    manifest_free(&m);
    free(text);
}

static const char *CANONICAL =
    "image a.png\n"
    "summary nodule in the right upper lobe; cyst in the left lower lobe\n"
    "report a bright round nodule (9 px) in the right upper lobe. a dark cyst in the left lower lobe.\n"
    "region 12 8 30.5 26.25 bright round nodule in the right upper lobe\n"
    "negative bright round nodule in the left lower lobe\n"
    "negative dark square cyst in the right upper lobe\n"
    "region 0.100000001 40 99.9000015 80 dark cyst \xe2\x80\x94 left lower lobe\n"
    "vqa is there a nodule?\tyes\n"
    "vqa where is the cyst?\tleft lower lobe\n"
    "label plane axial\n"
    "label nodule a nodule in the lung\n"
    "\n"
    "image /abs/b.png\n"
    "summary no finding\n";

static int same_records(const manifest *a, const manifest *b) {
    int i, j, k;
    if (a->n_records != b->n_records) return 0;
    for (i = 0; i < a->n_records; i++) {
        const mf_record *x = &a->records[i], *y = &b->records[i];
        if (strcmp(x->image, y->image) || strcmp(x->path, y->path) || strcmp(x->summary, y->summary) ||
            (!x->report != !y->report) || (x->report && strcmp(x->report, y->report)) ||
            x->n_regions != y->n_regions || x->n_vqa != y->n_vqa || x->n_labels != y->n_labels || x->width != y->width || x->height != y->height)
            return 0;
        for (j = 0; j < x->n_regions; j++) {
            const mf_region *g = &x->regions[j], *h = &y->regions[j];
            if (g->x0 != h->x0 || g->y0 != h->y0 || g->x1 != h->x1 || g->y1 != h->y1 ||
                strcmp(g->caption, h->caption) || g->n_negatives != h->n_negatives) return 0;
            for (k = 0; k < g->n_negatives; k++) if (strcmp(g->negatives[k], h->negatives[k])) return 0;
        }
        for (j = 0; j < x->n_vqa; j++)
            if (strcmp(x->vqa[j].question, y->vqa[j].question) || strcmp(x->vqa[j].answer, y->vqa[j].answer)) return 0;
        for (j = 0; j < x->n_labels; j++)
            if (strcmp(x->labels[j].task, y->labels[j].task) || strcmp(x->labels[j].value, y->labels[j].value)) return 0;
    }
    return 1;
}

static void run_round_trip(void) {
    mf_options o = {MF_STOP, fake_size, NULL, NULL};
    manifest m, m2, m3;
    char *written = NULL, *crlf;
    size_t size = 0, i, j;
    FILE *f;
    int rc = manifest_parse(CANONICAL, strlen(CANONICAL), "good.txt", "dir", &o, &m);
    check(rc == 0 && m.n_records == 2 && m.n_problems_total == 0, "good manifest: 2 records, no problem");
    if (rc != 0 || m.n_records != 2) { manifest_free(&m); return; }
    check(strcmp(m.records[0].path, "dir/a.png") == 0 && strcmp(m.records[1].path, "/abs/b.png") == 0,
          "paths: relative to the manifest's dir, absolute kept");
    check(m.records[0].width == 100 && m.records[0].height == 80, "image size from the callback");
    check(m.records[0].n_regions == 2 && m.records[0].regions[0].n_negatives == 2 && m.records[0].regions[1].n_negatives == 0 &&
          m.records[0].regions[0].x1 == 30.5f && m.records[0].regions[0].line == 4, "regions, negatives, box, line");
    check(m.records[0].n_vqa == 2 && strcmp(m.records[0].vqa[1].answer, "left lower lobe") == 0, "vqa pairs");
    check(m.records[0].n_labels == 2 && strcmp(m.records[0].labels[1].task, "nodule") == 0 &&
          strcmp(m.records[0].labels[1].value, "a nodule in the lung") == 0 && m.records[0].labels[1].line == 11,
          "labels: task word, class text, line");
    check(m.records[1].report == NULL && m.records[1].n_regions == 0, "report optional");
    f = tmpfile();
    manifest_write(f, m.records, m.n_records);
    size = (size_t)ftell(f);
    rewind(f);
    written = (char *)malloc(size + 1);
    check(fread(written, 1, size, f) == size, "read back");
    fclose(f);
    written[size] = 0;
    check(strcmp(written, CANONICAL) == 0, "manifest_write reproduces the canonical text byte for byte");
    rc = manifest_parse(written, size, "written.txt", "dir", &o, &m2);
    check(rc == 0 && same_records(&m, &m2), "written manifest parses to the same records");
    /* CRLF line ends, comments, extra spaces and no final newline read the same */
    crlf = (char *)malloc(3 * strlen(CANONICAL) + 64);
    strcpy(crlf, "# a comment\r\n   # indented comment\r\n");
    for (i = 0, j = strlen(crlf); CANONICAL[i]; i++) {
        if (CANONICAL[i] == '\n') crlf[j++] = '\r';
        crlf[j++] = CANONICAL[i];
    }
    j -= 2;                                      /* drop the final CRLF */
    crlf[j] = 0;
    rc = manifest_parse(crlf, j, "crlf.txt", "dir", &o, &m3);
    check(rc == 0 && same_records(&m, &m3), "CRLF, comments, no final newline: same records");
    manifest_free(&m); manifest_free(&m2); manifest_free(&m3);
    free(written); free(crlf);
}

static void run_misc(void) {
    mf_options o = {MF_SKIP, NULL, NULL, NULL};
    manifest m;
    int rc;
    const char *text = "image nowhere.png\nsummary s\nregion 0 0 5000 5000 c\n\n\n\n# only comments\n\n";
    rc = manifest_parse(text, strlen(text), "t", NULL, &o, &m);
    check(rc == 0 && m.n_records == 1 && m.records[0].width == 0 && strcmp(m.records[0].path, "nowhere.png") == 0,
          "no image-size callback: images not opened, boxes unchecked, path as written");
    manifest_free(&m);
    rc = manifest_parse("", 0, "t", "dir", &o, &m);
    check(rc == 0 && m.n_records == 0 && m.n_problems_total == 0, "empty manifest");
    manifest_free(&m);
    rc = manifest_load("/nonexistent/dir/manifest.txt", &o, &m);
    check(rc == 1 && m.n_problems == 1 && m.problems[0].line == 0 && strstr(m.problems[0].message, "cannot read"),
          "missing manifest file: one problem at line 0");
    manifest_free(&m);
}

int main(int argc, char **argv) {
    int i;
    run_catalogue();
    run_long_line();
    run_round_trip();
    run_misc();
    for (i = 1; i < argc; i++) {            /* real manifests: every record loads, images read by stb */
        mf_options o = {MF_SKIP, image_size_of_file, NULL, stdout};
        manifest m;
        char what[512];
        int rc = manifest_load(argv[i], &o, &m), regions = 0, negatives = 0, vqa = 0, r, g;
        for (r = 0; r < m.n_records; r++) {
            regions += m.records[r].n_regions;
            vqa += m.records[r].n_vqa;
            for (g = 0; g < m.records[r].n_regions; g++) negatives += m.records[r].regions[g].n_negatives;
        }
        printf("%s: %d records, %d regions, %d negatives, %d vqa, %d problems\n", argv[i], m.n_records, regions,
               negatives, vqa, m.n_problems_total);
        snprintf(what, sizeof what, "%s loads without a problem", argv[i]);
        check(rc == 0 && m.n_records > 0 && m.n_problems_total == 0, what);
        manifest_free(&m);
    }
    printf("manifest: %d passed, %d failed\n", n_passed, n_failed);
    return n_failed != 0;
}
