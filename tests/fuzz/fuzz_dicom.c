/* libFuzzer: fuzz_image.c's checks with DICOM decoding built in (IMAGE_IO_DICOM: image_io.h
   over examples/dicom_dcmtk.cpp and DCMTK, as rclip reads .dcm files), seeded with DICOM
   files (make_seeds.py: weights/demo-scan.dcm and pydicom's small test files). DCMTK itself
   is not instrumented; our wrapper and the gray-value math are. */
#define IMAGE_IO_DICOM
#include "fuzz_image.c"
