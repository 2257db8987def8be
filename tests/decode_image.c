/* decode_image.c — writes what examples/image_io.h (with DICOM) hands regionclip.h for a file:
   OUT is a binary PGM (GRAY8; GRAY16 as 16-bit big-endian) or PPM (RGB8; RGBA8 drops alpha),
   and stdout one line "MODE WIDTH HEIGHT". For tests/test_dicom.py.

   c++ -std=c++17 -c examples/dicom_dcmtk.cpp; cc -std=c99 -DIMAGE_IO_DICOM -I. tests/decode_image.c
   dicom_dcmtk.o -lz -ljpeg -ltiff (DCMTK libraries, see the Makefile) -lm
   ./decode_image [--frame N] [--window C,W] IN OUT.pnm          exit 1 with "error: IN: why" */
#define REGIONCLIP_IMPLEMENTATION
#include "../regionclip.h"
#define IMAGE_IO_DICOM
#include "../examples/image_io.h"

int main(int argc, char **argv) {
    image_options opt;
    loaded_image li;
    FILE *out;
    int argi = 1, x, y, rc = 0;
    memset(&opt, 0, sizeof opt);
    while (argi + 1 < argc && !strncmp(argv[argi], "--", 2)) {
        if (!strcmp(argv[argi], "--frame")) opt.frame = atoi(argv[argi + 1]);
        else if (sscanf(argv[argi + 1], "%f,%f", &opt.window_center, &opt.window_width) != 2) return 2;
        argi += 2;
    }
    if (argc - argi != 2) { fprintf(stderr, "usage: decode_image [--frame N] [--window C,W] IN OUT.pnm\n"); return 2; }
    if (load_image(argv[argi], &opt, &li)) return 1;
    if (!(out = fopen(argv[argi + 1], "wb"))) { loaded_image_free(&li); return die(argv[argi + 1], "cannot write"); }
    fprintf(out, "%s\n%d %d\n%d\n", li.img.format == RC_PIXEL_GRAY8 || li.img.format == RC_PIXEL_GRAY16 ? "P5" : "P6",
            li.img.width, li.img.height, li.img.format == RC_PIXEL_GRAY16 ? 65535 : 255);
    for (y = 0; y < li.img.height; y++) {
        const uint8_t *row = (const uint8_t *)li.img.pixels + (size_t)y * li.img.stride;
        for (x = 0; x < li.img.width; x++) {
            if (li.img.format == RC_PIXEL_GRAY16) {
                uint16_t v;
                memcpy(&v, row + 2 * (size_t)x, 2);
                fputc(v >> 8, out); fputc(v & 255, out);
            } else if (li.img.format == RC_PIXEL_GRAY8) fputc(row[x], out);
            else fwrite(row + (size_t)x * (li.img.format == RC_PIXEL_RGBA8 ? 4 : 3), 1, 3, out);
        }
    }
    if (fclose(out)) rc = die(argv[argi + 1], "write failed");
    printf("%s %d %d\n", li.mode, li.img.width, li.img.height);
    loaded_image_free(&li);
    return rc;
}
