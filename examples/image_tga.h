/* image_tga.h — the TGA reader of image_io.h (included there; not on its own). */
static int read_tga(const uint8_t *data, size_t size, const image_options *opt, loaded_image *out,
                   char *why, size_t cap) {
    (void)data; (void)size; (void)opt; (void)out;
    return image_fail(why, cap, "TGA is not supported yet");
}
