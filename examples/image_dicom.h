/* image_dicom.h — the DICOM reader of image_io.h (included there when IMAGE_IO_DICOM is
   defined; link examples/dicom_dcmtk.cpp and DCMTK). DCMTK parses and decompresses one frame;
   the gray values are computed here with pydicom's arithmetic (docs/images.md, "DICOM"):

     stored sample s   the frame's samples, unused high bits cleared (sign-extended when
                       Pixel Representation is 1), as pydicom's correct_unused_bits does
     modality value m  s * Rescale Slope + Rescale Intercept in double (s when absent):
                       pydicom's apply_modality_lut
     VOI value y       the window (Window Center / Width, the first of several, or
                       image_options' window when its width > 0) with the VOI LUT Function
                       (LINEAR, LINEAR_EXACT, SIGMOID): pydicom's apply_windowing, into
                       [y_min, y_max] (Bits Stored's range through the rescale);
                       no window: y = m, y_min..y_max = min..max of the frame
     gray g            floor((y - y_min) / (y_max - y_min) * 255 + 0.5), 0 when the range is
                       empty; MONOCHROME1: 255 - g

   The result reaches regionclip.h as GRAY8 (mode "L"). RGB goes through as RGB8, each sample
   reduced to the top 8 of its Bits Stored bits; other colour models, palettes and LUT
   sequences are refused, naming what was found. */
#include <math.h>
#include "dicom_dcmtk.h"

/* "" -> absent (0); otherwise the value as Python's float() parses it. */
static int dicom_number(const char *s, double *v) {
    char *end;
    if (!*s) return 0;
    *v = strtod(s, &end);
    while (*end == ' ') end++;
    return *end == 0 ? 1 : -1;
}

/* Sample i of the frame as pydicom's pixel_array gives it (correct_unused_bits). */
static double dicom_sample(const dicom_frame *f, size_t i) {
    int shift = f->bits_allocated - f->bits_stored;
    if (f->bits_allocated == 8) {
        uint8_t u = ((const uint8_t *)f->pixels)[i];
        return f->pixel_representation ? (double)((int8_t)(uint8_t)(u << shift) >> shift) : (double)(uint8_t)(u << shift >> shift);
    }
    if (f->bits_allocated == 16) {
        uint16_t u;
        memcpy(&u, (const uint8_t *)f->pixels + 2 * i, 2);
        u = (uint16_t)(u << shift);
        return f->pixel_representation ? (double)((int16_t)u >> shift) : (double)(u >> shift);
    } else {
        uint32_t u;
        memcpy(&u, (const uint8_t *)f->pixels + 4 * i, 4);
        u = shift ? u << shift : u;
        return f->pixel_representation ? (double)((int32_t)u >> shift) : (double)(shift ? u >> shift : u);
    }
}

/* The VOI stage: pydicom's apply_windowing for one value (c, w already read). */
static double dicom_window(double m, double c, double w, int sigmoid, double y_min, double y_max) {
    double y_range = y_max - y_min;
    if (sigmoid) return y_range / (1.0 + exp(-4.0 * (m - c) / w)) + y_min;
    if (m <= c - w / 2.0) return y_min;
    if (m > c + w / 2.0) return y_max;
    return ((m - c) / w + 0.5) * y_range + y_min;
}

static int dicom_gray(const dicom_frame *f, const image_options *opt, uint8_t *out, char *why, size_t cap) {
    size_t n = (size_t)f->rows * f->columns, i;
    double slope = 1.0, intercept = 0.0, c = 0.0, w = 0.0, y_min, y_max, lo = 0.0, hi = 0.0;
    int has_slope = dicom_number(f->rescale_slope, &slope), has_intercept = dicom_number(f->rescale_intercept, &intercept);
    int has_c = dicom_number(f->window_center, &c), has_w = dicom_number(f->window_width, &w);
    int rescale = has_slope == 1 && has_intercept == 1, windowed, sigmoid = 0, invert;
    double *m = (double *)malloc(n * sizeof(double));      /* [rows * columns] modality values */
    if (has_slope < 0 || has_intercept < 0 || has_c < 0 || has_w < 0) { free(m); return image_fail(why, cap, "DICOM: a Rescale or Window value is not a number"); }
    if (!m) return image_fail(why, cap, "out of memory for a DICOM frame");
    if (!isfinite(slope) || !isfinite(intercept) || !isfinite(c) || !isfinite(w)) { free(m); return image_fail(why, cap, "DICOM: a Rescale or Window value is not finite"); }
    if (opt && opt->window_width > 0) { c = opt->window_center; w = opt->window_width; has_c = has_w = 1; }
    else if (f->has_voi_lut_sequence) { free(m); return image_fail(why, cap, "DICOM: a VOI LUT Sequence is not supported (give the window with --window C,W)"); }
    windowed = has_c == 1 || has_w == 1;
    if (windowed && !(has_c == 1 && has_w == 1)) { free(m); return image_fail(why, cap, "DICOM: Window Center without Window Width (or the reverse)"); }
    if (windowed) {
        if (!strcmp(f->voi_lut_function, "SIGMOID")) sigmoid = 1;
        else if (!strcmp(f->voi_lut_function, "LINEAR_EXACT")) { if (!(w > 0)) { free(m); return image_fail(why, cap, "DICOM: Window Width %g must be > 0 (LINEAR_EXACT)", w); } }
        else if (!f->voi_lut_function[0] || !strcmp(f->voi_lut_function, "LINEAR")) {
            if (!(w >= 1)) { free(m); return image_fail(why, cap, "DICOM: Window Width %g must be >= 1 (LINEAR)", w); }
            c -= 0.5; w -= 1.0;
        } else { free(m); return image_fail(why, cap, "DICOM: VOI LUT Function %s is not supported", f->voi_lut_function); }
        if (sigmoid && !(w > 0)) { free(m); return image_fail(why, cap, "DICOM: Window Width %g must be > 0 (SIGMOID)", w); }
    }
    for (i = 0; i < n; i++) {
        double s = dicom_sample(f, i);
        m[i] = rescale ? s * slope + intercept : s;
        if (i == 0 || m[i] < lo) lo = m[i];
        if (i == 0 || m[i] > hi) hi = m[i];
    }
    if (windowed) {
        y_min = f->pixel_representation ? -ldexp(1.0, f->bits_stored - 1) : 0.0;
        y_max = f->pixel_representation ? ldexp(1.0, f->bits_stored - 1) - 1.0 : ldexp(1.0, f->bits_stored) - 1.0;
        if (rescale) { y_min = y_min * slope + intercept; y_max = y_max * slope + intercept; }
    } else { y_min = lo; y_max = hi; }
    invert = !strcmp(f->photometric, "MONOCHROME1");
    for (i = 0; i < n; i++) {
        double y = windowed ? dicom_window(m[i], c, w, sigmoid, y_min, y_max) : m[i];
        double g = y_max != y_min ? floor((y - y_min) / (y_max - y_min) * 255.0 + 0.5) : 0.0;
        g = g < 0.0 ? 0.0 : g > 255.0 ? 255.0 : g;
        out[i] = (uint8_t)(invert ? 255.0 - g : g);
    }
    free(m);
    return 0;
}

/* RGB: the top 8 of the Bits Stored bits of each sample (all of them at 8 bits). */
static int dicom_rgb(const dicom_frame *f, uint8_t *out) {
    size_t n = (size_t)f->rows * f->columns, i;
    int k, drop = f->bits_stored > 8 ? f->bits_stored - 8 : 0;
    for (i = 0; i < n; i++)
        for (k = 0; k < 3; k++) {
            double v = dicom_sample(f, f->planar_configuration ? k * n + i : 3 * i + k);
            out[3 * i + k] = (uint8_t)((uint32_t)v >> drop);
        }
    return 0;
}

/* The identity of the frame: Series / SOP Instance UID, the frame number, and the slice position,
   Image Position (Patient) along the normal of Image Orientation (Patient) (row x column
   direction cosines), when both parse. */
static void dicom_identity(const dicom_frame *f, loaded_image *out) {
    double p[3], o[6], nx, ny, nz;
    snprintf(out->series_uid, sizeof out->series_uid, "%s", f->series_uid);
    snprintf(out->instance_uid, sizeof out->instance_uid, "%s", f->sop_uid);
    out->frame = f->number_of_frames > 1 ? f->frame : 0;
    if (sscanf(f->image_position, "%lf\\%lf\\%lf", &p[0], &p[1], &p[2]) == 3 &&
        sscanf(f->image_orientation, "%lf\\%lf\\%lf\\%lf\\%lf\\%lf", &o[0], &o[1], &o[2], &o[3], &o[4], &o[5]) == 6) {
        nx = o[1] * o[5] - o[2] * o[4]; ny = o[2] * o[3] - o[0] * o[5]; nz = o[0] * o[4] - o[1] * o[3];
        out->slice_position = p[0] * nx + p[1] * ny + p[2] * nz;
        out->has_slice_position = isfinite(out->slice_position);
    }
}

static int read_dicom(const uint8_t *data, size_t size, const image_options *opt, loaded_image *out,
                      char *why, size_t cap) {
    dicom_frame f;
    int rc, gray;
    if (dicom_read_frame(data, size, opt ? opt->frame : 0, image_max_pixels(opt), &f, why, cap)) return 1;
    gray = !strcmp(f.photometric, "MONOCHROME1") || !strcmp(f.photometric, "MONOCHROME2");
    if (f.has_modality_lut_sequence) rc = image_fail(why, cap, "DICOM: a Modality LUT Sequence is not supported");
    else if (gray && f.samples_per_pixel != 1) rc = image_fail(why, cap, "DICOM: %s with %d samples per pixel", f.photometric, f.samples_per_pixel);
    else if (gray) rc = image_alloc(out, f.columns, f.rows, RC_PIXEL_GRAY8, "L", opt, why, cap) ||
                        dicom_gray(&f, opt, (uint8_t *)out->pixels, why, cap);
    else if (strcmp(f.photometric, "RGB"))
        rc = image_fail(why, cap, "DICOM: photometric interpretation %s is not supported (MONOCHROME1, MONOCHROME2, RGB are)",
                        f.photometric[0] ? f.photometric : "(none)");
    else if (f.samples_per_pixel != 3 || f.pixel_representation || f.bits_stored < 8)
        rc = image_fail(why, cap, "DICOM: RGB with %d %s samples of %d bits is not supported", f.samples_per_pixel,
                        f.pixel_representation ? "signed" : "unsigned", f.bits_stored);
    else rc = image_alloc(out, f.columns, f.rows, RC_PIXEL_RGB8, "RGB", opt, why, cap) || dicom_rgb(&f, (uint8_t *)out->pixels);
    if (!rc) dicom_identity(&f, out);
    dicom_frame_free(&f);
    return rc;
}
