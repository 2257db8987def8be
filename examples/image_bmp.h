/* image_bmp.h — the BMP reader of image_io.h (included there; not on its own). */
static int read_bmp(const uint8_t *data, size_t size, const image_options *opt, loaded_image *out,
                   char *why, size_t cap) {
    (void)data; (void)size; (void)opt; (void)out; (void)image_le16; (void)image_le32;
    return image_fail(why, cap, "BMP is not supported yet");
}
