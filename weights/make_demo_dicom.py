"""Writes weights/demo-scan.dcm: weights/demo-scan.png as a CT-style DICOM slice — 12-bit
stored values 4 * p + 1000, Rescale Intercept -1024 (so Hounsfield-like units 4 * p - 24), and
the VOI window (Window Center 486.5, Width 1021, LINEAR) under which DICOM's windowing gives
back exactly the PNG's gray levels p. So `rclip regions ... demo-scan.dcm` prints what
README's command 1 prints for the PNG (tests/test_dicom.py checks it).

  python weights/make_demo_dicom.py            (pydicom, numpy, Pillow)
"""
from pathlib import Path

import numpy as np
from PIL import Image
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import ExplicitVRLittleEndian, SecondaryCaptureImageStorage

HERE = Path(__file__).resolve().parent
UID = "1.2.826.0.1.3680043.10.1234.1"          # fixed, so the file is reproducible


def main() -> None:
    p = np.asarray(Image.open(HERE / "demo-scan.png").convert("L")).astype(np.uint16)
    ds = Dataset()
    ds.file_meta = FileMetaDataset()
    ds.file_meta.MediaStorageSOPClassUID = SecondaryCaptureImageStorage
    ds.file_meta.MediaStorageSOPInstanceUID = UID
    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds.SOPClassUID, ds.SOPInstanceUID = SecondaryCaptureImageStorage, UID
    ds.Modality, ds.PatientName, ds.PatientID = "CT", "Demo^Synthetic", "demo"
    ds.Rows, ds.Columns = p.shape
    ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, "MONOCHROME2"
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 12, 11, 0
    ds.RescaleSlope, ds.RescaleIntercept = "1", "-1024"
    ds.WindowCenter, ds.WindowWidth = "486.5", "1021"
    ds.PixelData = (4 * p + 1000).astype("<u2").tobytes()
    ds.save_as(HERE / "demo-scan.dcm", enforce_file_format=True)


if __name__ == "__main__":
    main()
