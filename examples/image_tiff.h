/* image_tiff.h — the TIFF reader of image_io.h (included there; not on its own). */
static int read_tiff(const uint8_t *data, size_t size, const image_options *opt, loaded_image *out,
                   char *why, size_t cap) {
    (void)data; (void)size; (void)opt; (void)out;
    return image_fail(why, cap, "TIFF is not supported yet");
}
