/* dicom_dcmtk.cpp — dicom_read_frame (dicom_dcmtk.h) over DCMTK: parse a DICOM file held in
   memory, decode one frame of its pixel data, copy out the attributes its gray values need.
   DCMTK's codec registry and logger are process-wide; they are set up once, thread-safely. */
#include "dicom_dcmtk.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dctk.h>
#include <dcmtk/dcmdata/dcistrmb.h>
#include <dcmtk/dcmdata/dcpxitem.h>
#include <dcmtk/dcmdata/dcrledrg.h>
#include <dcmtk/dcmjpeg/djdecode.h>
#include <dcmtk/dcmjpls/djdecode.h>
#include <dcmtk/oflog/oflog.h>
#include <openjpeg.h>

#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <climits>
#include <cstring>
#include <new>

namespace {

int fail(char *why, size_t cap, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(why, cap, fmt, ap);
    va_end(ap);
    return 1;
}

/* Registers the decoders once (C++ guarantees one thread runs the initializer). */
struct Codecs {
    Codecs() {
        OFLog::configure(OFLogger::OFF_LOG_LEVEL);   /* errors come back as return values */
        DcmRLEDecoderRegistration::registerCodecs();
        DJDecoderRegistration::registerCodecs();
        DJLSDecoderRegistration::registerCodecs();
    }
    ~Codecs() {
        DJLSDecoderRegistration::cleanup();
        DJDecoderRegistration::cleanup();
        DcmRLEDecoderRegistration::cleanup();
    }
};

void codecs() { static Codecs once; (void)once; }

/* The first value of a string element, "" when absent. */
void text(DcmItem *ds, const DcmTagKey &tag, char *out, size_t cap) {
    OFString s;
    out[0] = 0;
    if (ds->findAndGetOFString(tag, s, 0).good()) snprintf(out, cap, "%s", s.c_str());
}

/* All values of a string element, backslash-separated, "" when absent. */
void text_all(DcmItem *ds, const DcmTagKey &tag, char *out, size_t cap) {
    OFString s;
    out[0] = 0;
    if (ds->findAndGetOFStringArray(tag, s).good()) snprintf(out, cap, "%s", s.c_str());
}

/* An unsigned short element, or dflt when absent. */
int us_value(DcmItem *ds, const DcmTagKey &tag, int dflt) {
    Uint16 v;
    return ds->findAndGetUint16(tag, v).good() ? (int)v : dflt;
}

/* JPEG 2000, which DCMTK does not decode: the frame's fragments through OpenJPEG (the decoder
   Pillow, and so pydicom, uses), samples stored as bits_allocated-bit integers. */
struct Bytes { const uint8_t *p; size_t n, at; };

OPJ_SIZE_T j2k_read(void *buf, OPJ_SIZE_T n, void *user) {
    Bytes *b = (Bytes *)user;
    if (b->at >= b->n) return (OPJ_SIZE_T)-1;
    if (n > b->n - b->at) n = b->n - b->at;
    memcpy(buf, b->p + b->at, n);
    b->at += n;
    return n;
}
OPJ_OFF_T j2k_skip(OPJ_OFF_T n, void *user) {
    Bytes *b = (Bytes *)user;
    if (n < 0 || (size_t)n > b->n - b->at) return -1;
    b->at += (size_t)n;
    return n;
}
OPJ_BOOL j2k_seek(OPJ_OFF_T to, void *user) {
    Bytes *b = (Bytes *)user;
    if (to < 0 || (size_t)to > b->n) return OPJ_FALSE;
    b->at = (size_t)to;
    return OPJ_TRUE;
}
void j2k_error(const char *msg, void *user) {
    char *why = (char *)user;
    if (!why[0]) snprintf(why, 160, "%s", msg);
}
void j2k_quiet(const char *, void *) {}

bool is_j2k(const char *uid) {
    static const char *const uids[] = {"1.2.840.10008.1.2.4.90", "1.2.840.10008.1.2.4.91", "1.2.840.10008.1.2.4.201",
                                       "1.2.840.10008.1.2.4.202", "1.2.840.10008.1.2.4.203"};
    for (const char *u : uids) if (!strcmp(uid, u)) return true;
    return false;
}

/* The bytes of frame (0-based) of an encapsulated element: one fragment per frame, or all
   fragments for a single frame. */
int j2k_fragments(DcmElement *pixel_data, E_TransferSyntax xfer, long n_frames, int frame, OFString &out,
                  char *why, size_t cap) {
    DcmPixelData *pd = dynamic_cast<DcmPixelData *>(pixel_data);
    DcmPixelSequence *seq = NULL;
    if (!pd || pd->getEncapsulatedRepresentation(xfer, NULL, seq).bad() || !seq)
        return fail(why, cap, "DICOM: JPEG 2000 pixel data without fragments");
    unsigned long n = seq->card(), first = 1, last = n;     /* item 0: the offset table */
    if (n_frames > 1) {
        if (n != (unsigned long)n_frames + 1) return fail(why, cap, "DICOM: multi-frame JPEG 2000 with %lu fragments for %ld frames is not supported", n - 1, n_frames);
        first = last = (unsigned long)frame + 1;
        last++;
    }
    for (unsigned long i = first; i < last; i++) {
        DcmPixelItem *item = NULL;
        Uint8 *p = NULL;
        if (seq->getItem(item, i).bad() || item->getUint8Array(p).bad() || (!p && item->getLength()))
            return fail(why, cap, "DICOM: cannot read JPEG 2000 fragment %lu", i);
        out.append((const char *)p, item->getLength());
    }
    return 0;
}

int j2k_decode(const OFString &code, dicom_frame *out, char *why, size_t cap) {
    Bytes bytes = {(const uint8_t *)code.data(), code.size(), 0};
    bool jp2 = code.size() >= 12 && !memcmp(code.data() + 4, "jP  ", 4);
    opj_codec_t *codec = opj_create_decompress(jp2 ? OPJ_CODEC_JP2 : OPJ_CODEC_J2K);
    opj_stream_t *stream = opj_stream_create(1 << 16, OPJ_TRUE);
    opj_image_t *image = NULL;
    opj_dparameters_t params;
    char msg[160] = "";
    int rc = 1;
    opj_set_default_decoder_parameters(&params);
    if (codec && stream) {
        opj_set_error_handler(codec, j2k_error, msg);
        opj_set_warning_handler(codec, j2k_quiet, NULL);
        opj_set_info_handler(codec, j2k_quiet, NULL);
        opj_stream_set_user_data(stream, &bytes, NULL);
        opj_stream_set_user_data_length(stream, bytes.n);
        opj_stream_set_read_function(stream, j2k_read);
        opj_stream_set_skip_function(stream, j2k_skip);
        opj_stream_set_seek_function(stream, j2k_seek);
        if (opj_setup_decoder(codec, &params) && opj_read_header(stream, codec, &image) &&
            opj_decode(codec, stream, image) && opj_end_decompress(codec, stream)) rc = 0;
    }
    if (rc) fail(why, cap, "DICOM: JPEG 2000: %s", msg[0] ? msg : "cannot decode");
    else if ((int)image->numcomps != out->samples_per_pixel || (int)image->comps[0].w != out->columns ||
             (int)image->comps[0].h != out->rows)
        rc = fail(why, cap, "DICOM: JPEG 2000 image (%ux%u, %u components) differs from the header",
                  image->comps[0].w, image->comps[0].h, image->numcomps);
    for (unsigned c = 0; !rc && c < image->numcomps; c++)
        if (image->comps[c].w != image->comps[0].w || image->comps[c].h != image->comps[0].h || image->comps[c].dx != 1 ||
            image->comps[c].dy != 1)
            rc = fail(why, cap, "DICOM: JPEG 2000 with subsampled components is not supported");
    if (!rc) {
        size_t n = (size_t)out->rows * out->columns, bytes_per = (size_t)out->bits_allocated / 8;
        for (size_t i = 0; i < n; i++)
            for (int c = 0; c < out->samples_per_pixel; c++) {
                uint32_t v = (uint32_t)image->comps[c].data[i];     /* two's complement when signed */
                uint8_t *dst = (uint8_t *)out->pixels + (i * out->samples_per_pixel + c) * bytes_per;
                if (bytes_per == 1) *dst = (uint8_t)v;
                else if (bytes_per == 2) { uint16_t w = (uint16_t)v; memcpy(dst, &w, 2); }
                else memcpy(dst, &v, 4);
            }
        out->planar_configuration = 0;
        if (out->samples_per_pixel == 3) snprintf(out->photometric, sizeof out->photometric, "RGB");
    }
    if (image) opj_image_destroy(image);
    if (stream) opj_stream_destroy(stream);
    if (codec) opj_destroy_codec(codec);
    return rc;
}

}  // namespace

extern "C" void dicom_frame_free(dicom_frame *f) {
    free(f->pixels);
    f->pixels = NULL;
}

extern "C" int dicom_read_frame(const uint8_t *data, size_t size, int frame, uint64_t max_pixels,
                                dicom_frame *out, char *why, size_t cap) {
    memset(out, 0, sizeof *out);
    try {
        codecs();
        DcmInputBufferStream in;
        in.setBuffer(data, (offile_off_t)size);
        in.setEos();
        DcmFileFormat file;
        file.transferInit();
        OFCondition c = file.read(in, EXS_Unknown, EGL_noChange, DCM_MaxReadLength);
        file.transferEnd();
        if (c.bad()) return fail(why, cap, "DICOM: %s (truncated or not DICOM)", c.text());
        DcmDataset *ds = file.getDataset();
        DcmElement *pixel_data = NULL;
        if (ds->findAndGetElement(DCM_PixelData, pixel_data).bad() || !pixel_data)
            return fail(why, cap, "DICOM: no Pixel Data (not an image)");
        out->rows = us_value(ds, DCM_Rows, 0);
        out->columns = us_value(ds, DCM_Columns, 0);
        out->samples_per_pixel = us_value(ds, DCM_SamplesPerPixel, 1);
        out->bits_allocated = us_value(ds, DCM_BitsAllocated, 0);
        out->bits_stored = us_value(ds, DCM_BitsStored, out->bits_allocated);
        out->high_bit = us_value(ds, DCM_HighBit, out->bits_stored - 1);
        out->pixel_representation = us_value(ds, DCM_PixelRepresentation, 0);
        out->planar_configuration = us_value(ds, DCM_PlanarConfiguration, 0);
        long n_frames = 1;
        OFString frames;
        if (ds->findAndGetOFString(DCM_NumberOfFrames, frames).good() && !frames.empty()) {
            char *end;
            n_frames = strtol(frames.c_str(), &end, 10);
            if (*end || n_frames < 1 || n_frames > INT_MAX)
                return fail(why, cap, "DICOM: Number of Frames '%s' is not a frame count", frames.c_str());
        }
        out->number_of_frames = (int)n_frames;
        if (frame == 0) frame = (int)(n_frames / 2) + 1;
        if (frame < 1 || frame > n_frames)
            return fail(why, cap, "DICOM: frame %d does not exist (the file has %ld)", frame, (long)n_frames);
        out->frame = frame;
        text(ds, DCM_RescaleSlope, out->rescale_slope, sizeof out->rescale_slope);
        text(ds, DCM_RescaleIntercept, out->rescale_intercept, sizeof out->rescale_intercept);
        text(ds, DCM_WindowCenter, out->window_center, sizeof out->window_center);
        text(ds, DCM_WindowWidth, out->window_width, sizeof out->window_width);
        text(ds, DCM_VOILUTFunction, out->voi_lut_function, sizeof out->voi_lut_function);
        text(ds, DCM_SeriesInstanceUID, out->series_uid, sizeof out->series_uid);
        text(ds, DCM_SOPInstanceUID, out->sop_uid, sizeof out->sop_uid);
        text_all(ds, DCM_ImagePositionPatient, out->image_position, sizeof out->image_position);
        text_all(ds, DCM_ImageOrientationPatient, out->image_orientation, sizeof out->image_orientation);
        out->has_modality_lut_sequence = ds->tagExistsWithValue(DCM_ModalityLUTSequence);
        out->has_voi_lut_sequence = ds->tagExistsWithValue(DCM_VOILUTSequence);
        E_TransferSyntax xfer = ds->getOriginalXfer();
        DcmXfer xfer_info(xfer);
        char stored[20];
        text(ds, DCM_PhotometricInterpretation, stored, sizeof stored);
        if (!xfer_info.isEncapsulated() && strcmp(stored, "MONOCHROME1") && strcmp(stored, "MONOCHROME2") && strcmp(stored, "RGB"))
            return fail(why, cap, "DICOM: photometric interpretation %s is not supported (MONOCHROME1, MONOCHROME2, RGB are)",
                        stored[0] ? stored : "(none)");
        if (out->rows < 1 || out->columns < 1)
            return fail(why, cap, "DICOM: image size %dx%d is empty", out->columns, out->rows);
        if ((uint64_t)out->rows * (uint64_t)out->columns > max_pixels)
            return fail(why, cap, "DICOM: image size %dx%d exceeds the pixel limit %llu", out->columns, out->rows,
                        (unsigned long long)max_pixels);
        if (out->samples_per_pixel != 1 && out->samples_per_pixel != 3)
            return fail(why, cap, "DICOM: %d samples per pixel is not supported", out->samples_per_pixel);
        if (out->bits_allocated != 8 && out->bits_allocated != 16 && out->bits_allocated != 32)
            return fail(why, cap, "DICOM: %d bits allocated per sample is not supported", out->bits_allocated);
        if (out->bits_stored < 1 || out->bits_stored > out->bits_allocated)
            return fail(why, cap, "DICOM: Bits Stored %d with Bits Allocated %d", out->bits_stored, out->bits_allocated);

        Uint32 frame_bytes = 0;
        if (pixel_data->getUncompressedFrameSize(ds, frame_bytes).bad() || frame_bytes == 0)
            return fail(why, cap, "DICOM: cannot size a frame of the pixel data");
        uint64_t want = (uint64_t)out->rows * out->columns * out->samples_per_pixel * (out->bits_allocated / 8);
        if (want != frame_bytes) return fail(why, cap, "DICOM: inconsistent frame size");
        /* Uncompressed: the element must hold every frame the header promises. */
        if (!xfer_info.isEncapsulated() && (uint64_t)pixel_data->getLength() < want * (uint64_t)n_frames)
            return fail(why, cap, "DICOM: truncated: %lu bytes of pixel data, the header promises %llu",
                        (unsigned long)pixel_data->getLength(), (unsigned long long)(want * (uint64_t)n_frames));
        out->pixels = malloc(frame_bytes + 1);     /* + 1: DCMTK pads odd frames to even */
        if (!out->pixels) return fail(why, cap, "out of memory for a DICOM frame");
        out->pixel_bytes = frame_bytes;
        if (is_j2k(xfer_info.getXferID())) {
            OFString code;
            text(ds, DCM_PhotometricInterpretation, out->photometric, sizeof out->photometric);
            if (j2k_fragments(pixel_data, xfer, n_frames, frame - 1, code, why, cap) || j2k_decode(code, out, why, cap)) {
                dicom_frame_free(out);
                return 1;
            }
            return 0;
        }
        Uint32 start_fragment = 0;
        OFString color_model;
        c = pixel_data->getUncompressedFrame(ds, (Uint32)(frame - 1), start_fragment, out->pixels,
                                             frame_bytes + 1, color_model);
        if (c.bad()) {
            dicom_frame_free(out);
            return fail(why, cap, "DICOM: cannot decode frame %d (%s): %s", frame, xfer_info.getXferName(),
                        c == EC_CannotChangeRepresentation ? "no decoder for this transfer syntax" : c.text());
        }
        /* Big endian OW is swapped in 16-bit words; a 32-bit sample also needs its halves swapped. */
        if (xfer_info.isBigEndian() && !xfer_info.isEncapsulated() && out->bits_allocated == 32 &&
            pixel_data->getVR() == EVR_OW) {
            uint16_t *w = (uint16_t *)out->pixels;
            for (size_t i = 0; i + 1 < frame_bytes / 2; i += 2) { uint16_t t = w[i]; w[i] = w[i + 1]; w[i + 1] = t; }
        }
        if (color_model.empty()) text(ds, DCM_PhotometricInterpretation, out->photometric, sizeof out->photometric);
        else snprintf(out->photometric, sizeof out->photometric, "%s", color_model.c_str());
        return 0;
    } catch (const std::bad_alloc &) {
        dicom_frame_free(out);
        return fail(why, cap, "out of memory reading DICOM");
    } catch (...) {
        dicom_frame_free(out);
        return fail(why, cap, "DICOM: the decoder failed");
    }
}
