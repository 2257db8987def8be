// embed — regionclip.h from C++ (C++11): boxes on an image scored against texts.
//
//   embed MODEL IMAGE.pgm --box x0,y0,x1,y1 [--box ...] TEXT...
//
// For each box, then for the image with its boxes fused in, prints every text with its cosine
// and probability, most probable first: the lines `rclip regions MODEL IMAGE --box ... TEXT...`
// prints. IMAGE is a binary PGM (P5, gray) or PPM (P6, RGB) with maxval 255, so the program
// needs nothing but the header (other formats: convert first, e.g. with Pillow,
// Image.open("scan.png").save("scan.pgm")). Build it any of these ways (docs/integration.md):
//   c++ -O2 -march=native embed.cpp $(pkg-config --cflags --libs regionclip) -o embed
//   CMake: find_package(regionclip), or add_subdirectory / FetchContent of the repository, then
//          target_link_libraries(embed PRIVATE regionclip::regionclip)
// Errors go to stderr with exit status 1 (2 for usage).

#define REGIONCLIP_IMPLEMENTATION   // the library's code lives in exactly one file of a program
#include "regionclip.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

struct failure : std::runtime_error {
    explicit failure(const std::string &what) : std::runtime_error(what) {}
};

struct model_free { void operator()(rc_model *m) const { rc_model_free(m); } };
struct ctx_free { void operator()(rc_ctx *c) const { rc_ctx_free(c); } };
typedef std::unique_ptr<rc_model, model_free> model_ptr;
typedef std::unique_ptr<rc_ctx, ctx_free> ctx_ptr;

struct pixmap {
    int width = 0, height = 0, channels = 0;
    std::vector<unsigned char> pixels;
};

// The next header field of a PNM file (whitespace and '#' comments skipped); the single
// whitespace byte that ends it is consumed, as the format requires after maxval.
std::string pnm_field(std::istream &in, const std::string &path) {
    int c = in.get();
    for (;;) {
        if (c == '#') while (c != EOF && c != '\n' && c != '\r') c = in.get();
        else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') c = in.get();
        else break;
    }
    std::string field;
    while (c != EOF && !std::strchr(" \t\n\r\v\f", c) && field.size() < 16) {
        field += static_cast<char>(c);
        c = in.get();
    }
    if (field.empty()) throw failure(path + ": truncated PNM header");
    return field;
}

int pnm_number(std::istream &in, const std::string &path, const char *what, int max) {
    std::string s = pnm_field(in, path);
    if (s.find_first_not_of("0123456789") != std::string::npos)
        throw failure(path + ": " + what + " '" + s + "' is not a number");
    int v = s.size() > 9 ? max + 1 : std::atoi(s.c_str());
    if (v < 1 || v > max) throw failure(path + ": " + what + " " + s + " out of range 1.." + std::to_string(max));
    return v;
}

pixmap read_pnm(const std::string &path) {
    std::ifstream in(path.c_str(), std::ios::binary);
    if (!in) throw failure(path + ": cannot open");
    pixmap img;
    std::string magic = pnm_field(in, path);
    if (magic == "P5") img.channels = 1;
    else if (magic == "P6") img.channels = 3;
    else throw failure(path + ": not a binary PGM (P5) or PPM (P6) file");
    img.width = pnm_number(in, path, "width", RC_IMAGE_MAX_SIDE);
    img.height = pnm_number(in, path, "height", RC_IMAGE_MAX_SIDE);
    int maxval = pnm_number(in, path, "maxval", 65535);
    if (maxval != 255) throw failure(path + ": maxval " + std::to_string(maxval) + " (only 8-bit, 255, is read)");
    std::streampos start = in.tellg();
    in.seekg(0, std::ios::end);
    std::streamoff left = in.tellg() - start;
    size_t size = static_cast<size_t>(img.width) * img.height * img.channels;
    if (left < 0 || static_cast<unsigned long long>(left) < size)
        throw failure(path + ": truncated pixel data (" + std::to_string(size) + " bytes needed)");
    in.seekg(start);
    img.pixels.resize(size);
    if (!in.read(reinterpret_cast<char *>(&img.pixels[0]), static_cast<std::streamsize>(size)))
        throw failure(path + ": read error");
    return img;
}

rc_box parse_box(const char *s) {
    rc_box b;
    int used = 0;
    if (std::sscanf(s, "%f,%f,%f,%f%n", &b.x0, &b.y0, &b.x1, &b.y1, &used) != 4 || s[used] != 0)
        throw failure(std::string("--box wants x0,y0,x1,y1: ") + s);
    return b;
}

// Cosine and zero-shot probability of one embedding against every text, most probable first.
void print_scores(const float *emb, const std::vector<float> &texts, const std::vector<std::string> &labels,
                  const rc_model_info &info) {
    int n = static_cast<int>(labels.size());
    std::vector<float> cosine(n), prob(n);
    if (rc_similarity(emb, 1, texts.data(), n, info.embed_dim, 1.0f, cosine.data()) ||
        rc_zeroshot(emb, texts.data(), n, info.embed_dim, info.logit_scale, prob.data()))
        throw failure("scoring failed (non-finite embeddings)");
    std::vector<int> order(n);
    for (int i = 0; i < n; i++) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&prob](int a, int b) { return prob[a] > prob[b]; });
    for (int i : order) std::printf("%s\t%.6f\t%.6f\n", labels[i].c_str(), cosine[i], prob[i]);
}

int run(int argc, char **argv) {
    std::vector<rc_box> boxes;
    std::vector<std::string> labels;
    for (int i = 3; i < argc; i++) {
        if (!std::strcmp(argv[i], "--box")) {
            if (i + 1 == argc) throw failure("--box needs a value");
            boxes.push_back(parse_box(argv[++i]));
        } else labels.push_back(argv[i]);
    }
    if (boxes.empty() || labels.empty()) throw failure("needs at least one --box and one TEXT");

    rc_error err;
    rc_model *raw_model = nullptr;
    if (rc_model_load_mmap(&raw_model, argv[1], nullptr, &err)) throw failure(std::string(argv[1]) + ": " + err.message);
    model_ptr model(raw_model);
    rc_ctx *raw_ctx = nullptr;
    if (rc_ctx_create(&raw_ctx, model.get(), &err)) throw failure(err.message);
    ctx_ptr ctx(raw_ctx);                 // declared after model: freed before it
    const rc_model_info info = rc_model_get_info(model.get());
    const int E = info.embed_dim, n = static_cast<int>(labels.size()), nb = static_cast<int>(boxes.size());

    // Texts: L2-normalized embeddings, then (as rclip does for its prompt templates) each
    // label's prompts averaged and renormalized; one prompt per label here.
    std::vector<const char *> prompts;
    for (const std::string &l : labels) prompts.push_back(l.c_str());
    std::vector<float> raw(static_cast<size_t>(E) * n), texts(static_cast<size_t>(E) * n);
    if (rc_encode_texts(ctx.get(), prompts.data(), n, raw.data(), 1))
        throw failure(std::string("text: ") + rc_ctx_error(ctx.get()));
    if (rc_prompt_ensemble(raw.data(), n, 1, E, texts.data())) throw failure("text: non-finite embeddings");

    // The image: caller-owned pixels described by an rc_image (nothing is copied).
    const pixmap pix = read_pnm(argv[2]);
    rc_image image = rc_image();          // zeroed: default window and resampling
    image.pixels = pix.pixels.data();
    image.width = pix.width;
    image.height = pix.height;
    image.stride = static_cast<size_t>(pix.width) * pix.channels;
    image.format = pix.channels == 1 ? RC_PIXEL_GRAY8 : RC_PIXEL_RGB8;

    std::vector<float> regions(static_cast<size_t>(E) * nb), global(E), fused(E);
    rc_region_opts opts = rc_region_opts_default();
    if (rc_encode_regions(ctx.get(), &image, boxes.data(), nb, &opts, regions.data(), global.data(),
                          fused.data(), 1))
        throw failure(std::string("regions: ") + rc_ctx_error(ctx.get()));

    for (int i = 0; i < nb; i++) {
        const rc_box &b = boxes[i];
        std::printf("box %d (%g,%g,%g,%g)\n", i, b.x0, b.y0, b.x1, b.y1);
        print_scores(&regions[static_cast<size_t>(i) * E], texts, labels, info);
    }
    std::printf("image (fused)\n");
    print_scores(fused.data(), texts, labels, info);
    return 0;
}

}  // namespace

int main(int argc, char **argv) {
    if (argc < 5) {
        std::fprintf(stderr, "usage: embed MODEL IMAGE.pgm|ppm --box x0,y0,x1,y1 [--box ...] TEXT...\n");
        return 2;
    }
    try {
        return run(argc, argv);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "embed: %s\n", e.what());
        return 1;
    }
}
