/* dicom_dcmtk.h — the C view of one DICOM frame, read by DCMTK (examples/dicom_dcmtk.cpp).
   DCMTK parses the file and decodes the pixel data (uncompressed, RLE, JPEG baseline /
   extended / lossless, JPEG-LS); the gray-value math (modality LUT, VOI window) is C, in
   image_dicom.h, so that it is the same arithmetic pydicom performs.

   Build: c++ -std=c++17 -c examples/dicom_dcmtk.cpp (DCMTK 3.6.7 wants C++17)
          link -ldcmjpls -ldcmjpeg -lijg8 -lijg12 -lijg16 -ldcmimgle -ldcmdata -loflog -lofstd
   (Debian: libdcmtk-dev). */
#ifndef REGIONCLIP_DICOM_DCMTK_H
#define REGIONCLIP_DICOM_DCMTK_H
#include <stddef.h>
#include <stdint.h>
#ifdef __cplusplus
extern "C" {
#endif

/* One decoded frame and the attributes that give its gray values. Strings are the elements'
   first values as stored (trimmed), "" when absent; numbers parse with strtod as Python's
   float() does (what pydicom's DS does). */
typedef struct dicom_frame {
    int rows, columns, samples_per_pixel;     /* samples: 1 (gray) or 3 (colour)          */
    int bits_allocated, bits_stored, high_bit, pixel_representation;   /* 0 unsigned, 1 signed */
    int planar_configuration;                 /* colour: 0 RGBRGB..., 1 RRR..GGG..BBB..    */
    int number_of_frames, frame;              /* frame: the one decoded, 1-based           */
    char photometric[20];                     /* of the decoded pixels (after decompression) */
    char rescale_slope[32], rescale_intercept[32];
    char window_center[32], window_width[32], voi_lut_function[20];
    int has_modality_lut_sequence, has_voi_lut_sequence;
    char series_uid[68], sop_uid[68];         /* Series / SOP Instance UID                 */
    char image_position[100], image_orientation[200];   /* all values, backslash-separated */
    void *pixels;     /* [rows][columns][samples] (or planar) samples of bits_allocated bits,
                         native byte order, as stored (high bits not yet masked); malloc'd */
    size_t pixel_bytes;
} dicom_frame;

/* Parses data[size] (a whole DICOM file, with or without its 128-byte preamble) and decodes
   frame (1-based; 0: the middle frame, number_of_frames / 2 + 1), refusing frames of more
   than max_pixels pixels before decoding. Returns 0 and fills out (free it with
   dicom_frame_free), or 1 with why[] filled. */
int dicom_read_frame(const uint8_t *data, size_t size, int frame, uint64_t max_pixels, dicom_frame *out,
                     char *why, size_t cap);
void dicom_frame_free(dicom_frame *f);

#ifdef __cplusplus
}
#endif
#endif
