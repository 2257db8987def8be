/* image_jpeg.h — the JPEG reader of image_io.h (included there; not on its own).

   libjpeg-turbo, set up as Pillow's JpegDecode.c sets it up: the library's own guess of the
   file's colour space, output GRAYSCALE for 1 component (mode "L") and RGB for 3 ("RGB"),
   default DCT (islow) and fancy upsampling, warnings ignored. Pillow decodes through the same
   library, so the pixels are identical. Like Pillow, every row must decode from the file's
   bytes: the source never invents an end marker, so a truncated file is refused (a missing
   EOI after the last row is fine, as in Pillow). Unlike Pillow, a file whose entropy-coded
   data libjpeg reports as damaged (a marker or bad code inside the scan) is refused. Refused: CMYK/YCCK (4-component) files,
   sample precision other than 8 bits, anything libjpeg reports as an error. */
#include <jpeglib.h>
#include <jerror.h>
#include <setjmp.h>

typedef struct jpeg_failure {
    struct jpeg_error_mgr pub;
    jmp_buf jump;
    char *why;
    size_t cap;
    int damaged;               /* a warning said image data is missing or corrupt */
} jpeg_failure;

static void jpeg_fail_exit(j_common_ptr cinfo) {
    jpeg_failure *f = (jpeg_failure *)(void *)cinfo->err;
    char msg[JMSG_LENGTH_MAX];
    f->pub.format_message(cinfo, msg);
    image_fail(f->why, f->cap, "JPEG: %s", msg);
    longjmp(f->jump, 1);
}
static void jpeg_quiet(j_common_ptr cinfo) { (void)cinfo; }

/* Warnings that mean image data is missing or damaged (libjpeg then fills in gray or garbage
   and carries on, and so does Pillow): we refuse at the end instead. Other warnings (e.g.
   extraneous bytes before a marker, common in camera files) are ignored, as in Pillow. */
static void jpeg_warning(j_common_ptr cinfo, int level) {
    int code = cinfo->err->msg_code;
    jpeg_failure *f = (jpeg_failure *)(void *)cinfo->err;
    if (level >= 0 || f->damaged) return;
    if (code == JWRN_HIT_MARKER || code == JWRN_HUFF_BAD_CODE || code == JWRN_MUST_RESYNC ||
        code == JWRN_NOT_SEQUENTIAL || code == JWRN_BOGUS_PROGRESSION || code == JWRN_JPEG_EOF) {
        char msg[JMSG_LENGTH_MAX];
        cinfo->err->format_message(cinfo, msg);
        image_fail(f->why, f->cap, "JPEG: damaged image data (%s)", msg);
        f->damaged = 1;
    }
}

/* The whole file is the source; asking for more data means the file is truncated. */
static void jpeg_src_init(j_decompress_ptr cinfo) { (void)cinfo; }
static boolean jpeg_src_fill(j_decompress_ptr cinfo) {
    jpeg_failure *f = (jpeg_failure *)(void *)cinfo->err;
    image_fail(f->why, f->cap, "JPEG: truncated (the data ends before the image)");
    longjmp(f->jump, 1);
    return FALSE;
}
static void jpeg_src_skip(j_decompress_ptr cinfo, long n) {
    struct jpeg_source_mgr *src = cinfo->src;
    if (n <= 0) return;
    if ((size_t)n > src->bytes_in_buffer) jpeg_src_fill(cinfo);
    src->next_input_byte += n;
    src->bytes_in_buffer -= (size_t)n;
}
static void jpeg_src_term(j_decompress_ptr cinfo) { (void)cinfo; }

static int read_jpeg(const uint8_t *data, size_t size, const image_options *opt, loaded_image *out,
                     char *why, size_t cap) {
    struct jpeg_decompress_struct cinfo;
    struct jpeg_source_mgr src;
    jpeg_failure fail;
    volatile int rc = 1;       /* volatile: read after longjmp */
    memset(&cinfo, 0, sizeof cinfo);
    cinfo.err = jpeg_std_error(&fail.pub);
    fail.pub.error_exit = jpeg_fail_exit;
    fail.pub.output_message = jpeg_quiet;
    fail.pub.emit_message = jpeg_warning;
    fail.why = why; fail.cap = cap; fail.damaged = 0;
    if (setjmp(fail.jump)) goto done;
    jpeg_create_decompress(&cinfo);
    src.next_input_byte = data;
    src.bytes_in_buffer = size;
    src.init_source = jpeg_src_init;
    src.fill_input_buffer = jpeg_src_fill;
    src.skip_input_data = jpeg_src_skip;
    src.resync_to_restart = jpeg_resync_to_restart;
    src.term_source = jpeg_src_term;
    cinfo.src = &src;
    while (jpeg_read_header(&cinfo, FALSE) == JPEG_HEADER_TABLES_ONLY) {}
    if (cinfo.data_precision != 8) { image_fail(why, cap, "JPEG: %d-bit samples are not supported", cinfo.data_precision); goto done; }
    if (cinfo.num_components != 1 && cinfo.num_components != 3) {
        image_fail(why, cap, "JPEG: %d-component (CMYK/YCCK) files are not supported", cinfo.num_components);
        goto done;
    }
    cinfo.out_color_space = cinfo.num_components == 1 ? JCS_GRAYSCALE : JCS_RGB;
    if (image_alloc(out, cinfo.image_width, cinfo.image_height, cinfo.num_components == 1 ? RC_PIXEL_GRAY8 : RC_PIXEL_RGB8,
                    cinfo.num_components == 1 ? "L" : "RGB", opt, why, cap))
        goto done;
    jpeg_start_decompress(&cinfo);
    if ((int)cinfo.output_width != out->img.width || (int)cinfo.output_height != out->img.height ||
        cinfo.output_components != cinfo.num_components) {
        image_fail(why, cap, "JPEG: unexpected output geometry");
        goto done;
    }
    while (cinfo.output_scanline < cinfo.output_height) {
        JSAMPROW row = (JSAMPROW)((uint8_t *)out->pixels + (size_t)cinfo.output_scanline * out->img.stride);
        jpeg_read_scanlines(&cinfo, &row, 1);
    }
    rc = fail.damaged;          /* every row decoded: what follows (EOI) is not needed */
done:
    jpeg_destroy_decompress(&cinfo);
    return rc;
}
