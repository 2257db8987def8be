"""DICOM input (examples/image_dicom.h over DCMTK) against pydicom. Asserts:

1. Gray and colour values: for files written here with pydicom (8/12/16/32-bit, unsigned and
   signed, MONOCHROME1/2, Rescale Slope/Intercept, no window / one / several, VOI LUT Functions
   LINEAR, LINEAR_EXACT, SIGMOID, multi-frame with the default middle frame and --frame, RGB
   with both planar configurations, Explicit/Implicit VR Little Endian, Explicit Big Endian,
   RLE Lossless by pydicom's encoder, a given --window) and for pydicom's own test files that
   pydicom decodes, the pixels our reader hands regionclip.h (tests/decode_image.c) equal
   pydicom's pixel_array (correct_unused_bits) -> apply_modality_lut -> apply_voi_lut ->
   8 bits by docs/images.md's rule (colour: the top 8 of Bits Stored bits), exactly —
   JPEG baseline (DCMTK's IJG against Pillow's libjpeg-turbo), JPEG 2000 (OpenJPEG in both),
   JPEG lossless and JPEG-LS (pylibjpeg-libjpeg, pyjpegls) included — except the 12-bit lossy
   JPEG in LOSSY_12BIT, within the levels given there.
2. MR_small_jpeg_ls_lossless.dcm equals pydicom's decoding of its uncompressed original.
3. `rclip embed-image` of a DICOM prints exactly what it prints for the PGM/PPM of pydicom's
   reference pixels (with --frame and --window too).
4. README's DICOM example (its first command, on weights/demo-scan.dcm, run as written)
   prints exactly what the same command prints for weights/demo-scan.png.
5. Refusals with a message and exit 1: truncated copies, a non-DICOM file named .dcm, an
   unsupported photometric interpretation (PALETTE COLOR, YBR_FULL_422 uncompressed), a
   frame that does not exist, 1-bit data; and pydicom's files in REFUSED are refused with
   the reason given there.

usage: python tests/test_dicom.py RCLIP DECODE_IMAGE MODEL.gguf OUT_DIR
"""
import subprocess
import sys
import warnings
from pathlib import Path

import numpy as np
import pydicom
import pydicom.pixels as px
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import (ExplicitVRBigEndian, ExplicitVRLittleEndian, ImplicitVRLittleEndian, RLELossless,
                         SecondaryCaptureImageStorage, generate_uid)

TEST_FILES = Path(pydicom.__file__).parent / "data" / "test_files"
# 12-bit lossy JPEG: DCMTK's IJG and pylibjpeg-libjpeg differ in the IDCT's rounding (levels).
LOSSY_12BIT = {"JPGExtended.dcm": 1}
# pydicom decodes these; we refuse them on purpose (docs/images.md), with this in the message.
REFUSED = {
    "examples_palette.dcm": "PALETTE COLOR is not supported",
    "SC_ybr_full_422_uncompressed.dcm": "YBR_FULL_422 is not supported",
    "liver_1frame.dcm": "1 bits allocated",
    "liver_expb_1frame.dcm": "1 bits allocated",
    "SC_rgb_jpeg.dcm": "Invalid stream",          # explicit VR announced, implicit VR found
}
passed = failed = 0


def check(ok: bool, what: str, detail: str = "") -> None:
    global passed, failed
    passed += ok
    failed += not ok
    print(f"  {'ok  ' if ok else 'FAIL'} {what} {detail}")


def read_pnm(path: Path) -> np.ndarray:
    """The binary PGM/PPM decode_image writes (8-bit only here)."""
    data = path.read_bytes()
    magic, w, h, maxval = data.split(maxsplit=4)[:4]
    body = data[len(b" ".join([magic, w, h, maxval])) + 1:]
    body = data[-int(w) * int(h) * (3 if magic == b"P6" else 1):]
    assert int(maxval) == 255
    return np.frombuffer(body, np.uint8).reshape(int(h), int(w), -1).squeeze(-1 if magic == b"P5" else ())


def write_pnm(path: Path, pixels: np.ndarray) -> None:
    magic = b"P5" if pixels.ndim == 2 else b"P6"
    path.write_bytes(magic + f"\n{pixels.shape[1]} {pixels.shape[0]}\n255\n".encode() + pixels.astype(np.uint8).tobytes())


def decode(path: Path, *flags: str) -> tuple[np.ndarray | None, str]:
    out = OUT / "decoded.pnm"
    r = subprocess.run([DECODE, *flags, str(path), str(out)], capture_output=True, text=True)
    return (read_pnm(out) if r.returncode == 0 else None), (r.stdout + r.stderr).strip()


def voi_range(ds: Dataset) -> tuple[float, float]:
    """[y_min, y_max] that pydicom's apply_windowing maps into (Bits Stored through the rescale)."""
    bits = int(ds.BitsStored)
    lo, hi = (-(2 ** (bits - 1)), 2 ** (bits - 1) - 1) if ds.PixelRepresentation else (0, 2**bits - 1)
    if "RescaleSlope" in ds and "RescaleIntercept" in ds:
        lo, hi = lo * float(ds.RescaleSlope) + float(ds.RescaleIntercept), hi * float(ds.RescaleSlope) + float(ds.RescaleIntercept)
    return lo, hi


def reference(ds: Dataset, frame: int | None, window: tuple[float, float] | None = None) -> np.ndarray:
    """pydicom's pixels of frame (0-based; None: the only one) mapped to 8 bits (docs/images.md)."""
    try:                                   # Pillow (libjpeg-turbo, OpenJPEG) where it decodes
        arr = px.pixel_array(ds, index=frame, correct_unused_bits=True, decoding_plugin="pillow")
    except Exception:                      # else pydicom's own, pylibjpeg-libjpeg or pyjpegls
        arr = px.pixel_array(ds, index=frame, correct_unused_bits=True)
    if ds.PhotometricInterpretation not in ("MONOCHROME1", "MONOCHROME2"):
        return (arr >> max(int(ds.BitsStored) - 8, 0)).astype(np.uint8)     # the top 8 bits
    ds = ds.copy()
    if window:
        ds.WindowCenter, ds.WindowWidth = window
    m = px.apply_modality_lut(arr, ds)
    if "WindowCenter" in ds:
        y, (lo, hi) = px.apply_voi_lut(m, ds, index=0), voi_range(ds)
    else:
        y = m.astype(np.float64)
        lo, hi = float(y.min()), float(y.max())
    g = np.floor((y - lo) / (hi - lo) * 255.0 + 0.5) if hi != lo else np.zeros_like(y)
    g = np.clip(g, 0, 255).astype(np.uint8)
    return 255 - g if ds.PhotometricInterpretation == "MONOCHROME1" else g


def compare(name: str, path: Path, want: np.ndarray, flags: tuple[str, ...] = (), tolerance: int = 0) -> None:
    got, msg = decode(path, *flags)
    if got is None:
        check(False, name, msg)
        return
    same_shape = got.shape == want.shape
    diff = int(np.abs(got.astype(np.int32) - want.astype(np.int32)).max()) if same_shape else -1
    check(same_shape and diff <= tolerance, name, f"{msg}; max |diff| {diff}" + (f" (<= {tolerance})" if tolerance else ""))


def make(path: Path, arr: np.ndarray, syntax: str = ExplicitVRLittleEndian, **attrs) -> Dataset:
    """A Secondary Capture file of arr ([frames][rows][cols][samples] or less), written by pydicom."""
    ds = Dataset()
    ds.file_meta = FileMetaDataset()
    ds.file_meta.MediaStorageSOPClassUID = SecondaryCaptureImageStorage
    ds.file_meta.MediaStorageSOPInstanceUID = generate_uid()
    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian if syntax == RLELossless else syntax
    ds.SOPClassUID, ds.SOPInstanceUID, ds.Modality = SecondaryCaptureImageStorage, ds.file_meta.MediaStorageSOPInstanceUID, "OT"
    ds.SamplesPerPixel = attrs.pop("SamplesPerPixel", 1)
    ds.PhotometricInterpretation = attrs.pop("PhotometricInterpretation", "MONOCHROME2")
    frames = arr.shape[0] if arr.ndim == (4 if ds.SamplesPerPixel == 3 else 3) else 1
    ds.Rows, ds.Columns = arr.shape[-3:-1] if ds.SamplesPerPixel == 3 else arr.shape[-2:]
    ds.BitsAllocated = arr.dtype.itemsize * 8
    ds.BitsStored = attrs.pop("BitsStored", ds.BitsAllocated)
    ds.HighBit, ds.PixelRepresentation = ds.BitsStored - 1, int(arr.dtype.kind == "i")
    if frames > 1:
        ds.NumberOfFrames = frames
    if ds.SamplesPerPixel == 3:
        ds.PlanarConfiguration = attrs.pop("PlanarConfiguration", 0)
    for k, v in attrs.items():
        setattr(ds, k, v)
    if syntax == RLELossless:
        ds.compress(RLELossless, arr, encoding_plugin="pydicom")
    else:
        data = arr
        if ds.SamplesPerPixel == 3 and ds.PlanarConfiguration == 1:
            data = np.moveaxis(arr, -1, -3)
        ds.PixelData = data.astype(data.dtype.newbyteorder(">" if syntax == ExplicitVRBigEndian else "<")).tobytes()
    ds.save_as(path, enforce_file_format=True)
    return pydicom.dcmread(path)


def smooth(shape: tuple[int, ...], lo: int, hi: int, seed: int, dtype: str) -> np.ndarray:
    rng = np.random.default_rng(seed)
    ramp = np.linspace(0, 1, int(np.prod(shape))).reshape(shape)
    return np.round(lo + (hi - lo) * (0.8 * ramp + 0.2 * rng.random(shape))).astype(dtype)


def synthetic() -> None:
    print("files written by pydicom")
    cases = [
        ("u8", smooth((37, 29), 0, 255, 1, "u1"), {}),
        ("u12_window", smooth((40, 33), 0, 4095, 2, "u2"), dict(BitsStored=12, WindowCenter=1500, WindowWidth=2000)),
        ("u16_mono1", smooth((31, 45), 0, 65535, 3, "u2"), dict(PhotometricInterpretation="MONOCHROME1")),
        ("s16_ct", smooth((48, 48), -1024, 3000, 4, "i2"), dict(RescaleSlope=1, RescaleIntercept=-1024,
                                                                WindowCenter=[40, 300], WindowWidth=[400, 1500])),
        ("s12_slope", smooth((30, 30), -2048, 2047, 5, "i2"), dict(BitsStored=12, RescaleSlope="0.5", RescaleIntercept="10.25",
                                                                    WindowCenter="12.5", WindowWidth="700.5")),
        ("u16_exact", smooth((25, 35), 100, 60000, 6, "u2"), dict(WindowCenter=30000, WindowWidth=0.5, VOILUTFunction="LINEAR_EXACT")),
        ("u16_sigmoid", smooth((25, 35), 0, 4000, 7, "u2"), dict(WindowCenter=2000, WindowWidth=1000, VOILUTFunction="SIGMOID")),
        ("u32", smooth((20, 21), 0, 2**31, 8, "u4"), {}),
        ("s8_mono1_window", smooth((19, 23), -128, 127, 9, "i1"), dict(PhotometricInterpretation="MONOCHROME1", WindowCenter=0, WindowWidth=100)),
        ("rgb", smooth((33, 27, 3), 0, 255, 10, "u1"), dict(SamplesPerPixel=3, PhotometricInterpretation="RGB")),
        ("rgb_planar", smooth((33, 27, 3), 0, 255, 11, "u1"), dict(SamplesPerPixel=3, PhotometricInterpretation="RGB", PlanarConfiguration=1)),
        ("frames5", smooth((5, 24, 20), 0, 4095, 12, "u2"), dict(BitsStored=12)),
    ]
    for name, arr, attrs in cases:
        for syntax, tag in ((ExplicitVRLittleEndian, "le"), (ImplicitVRLittleEndian, "implicit"),
                            (ExplicitVRBigEndian, "be"), (RLELossless, "rle")):
            if syntax == RLELossless and (arr.dtype.kind == "i" and arr.dtype.itemsize == 1 or arr.dtype.itemsize == 4):
                continue                                 # pydicom's RLE encoder: no signed 8-bit, no 32-bit gray
            path = OUT / f"{name}_{tag}.dcm"
            ds = make(path, arr, syntax, **dict(attrs))
            frames = int(ds.get("NumberOfFrames", 1))
            if frames == 1:
                compare(f"{path.name}", path, reference(ds, None))
                continue
            compare(f"{path.name} (default: middle frame {frames // 2 + 1})", path, reference(ds, frames // 2))
            for f in (1, frames):
                compare(f"{path.name} --frame {f}", path, reference(ds, f - 1), ("--frame", str(f)))
    ds = pydicom.dcmread(OUT / "s16_ct_le.dcm")
    compare("s16_ct_le.dcm --window -600,1200", OUT / "s16_ct_le.dcm", reference(ds, None, (-600, 1200)), ("--window", "-600,1200"))
    ds = pydicom.dcmread(OUT / "u8_le.dcm")
    ds.BitsStored, ds.PixelData = 4, bytes(b | 0xF0 for b in ds.PixelData)     # garbage above Bits Stored
    ds.save_as(OUT / "u8_unused_bits.dcm", enforce_file_format=True)
    compare("u8_unused_bits.dcm (high bits set)", OUT / "u8_unused_bits.dcm", reference(pydicom.dcmread(OUT / "u8_unused_bits.dcm"), None))


def pydicom_files() -> None:
    print("pydicom's test files")
    lossless_of = {"MR_small_jpeg_ls_lossless.dcm": "MR_small.dcm"}
    for path in sorted(TEST_FILES.glob("*.dcm")):
        ds = pydicom.dcmread(path, force=True)
        if "PixelData" not in ds or path.name in lossless_of:
            continue
        got, msg = decode(path)
        syntax = ds.file_meta.TransferSyntaxUID if "TransferSyntaxUID" in getattr(ds, "file_meta", {}) else None
        try:
            frames = int(ds.get("NumberOfFrames", 1) or 1)
            want = reference(ds, frames // 2 if frames > 1 else None)
        except Exception as e:                           # pydicom cannot decode it here
            print(f"  --   {path.name}: pydicom: {str(e).splitlines()[0][:70]}; ours: {msg[:90]}")
            continue
        if path.name in REFUSED:
            check(got is None and REFUSED[path.name] in msg, f"{path.name}: refused on purpose", msg[-90:])
            continue
        if got is None:
            check(False, path.name, f"pydicom decodes it, we refuse: {msg}")
            continue
        compare(f"{path.name} ({syntax.name if syntax else 'no meta'})", path, want, tolerance=LOSSY_12BIT.get(path.name, 0))
    for name, original in lossless_of.items():
        ds = pydicom.dcmread(TEST_FILES / original)
        compare(f"{name} = pydicom's {original}", TEST_FILES / name, reference(ds, None))


def embeddings() -> None:
    print("rclip embed-image: DICOM = the PGM/PPM of pydicom's pixels")
    for name, flags, frame, window in (("s16_ct_le.dcm", (), None, None), ("rgb_planar_rle.dcm", (), None, None),
                                       ("frames5_rle.dcm", ("--frame", "2"), 1, None),
                                       ("s12_slope_be.dcm", ("--window", "100,500"), None, (100, 500))):
        ds = pydicom.dcmread(OUT / name)
        write_pnm(OUT / "ref.pnm", reference(ds, frame, window))
        a = subprocess.run([RCLIP, *flags, "embed-image", MODEL, str(OUT / name)], capture_output=True, text=True)
        b = subprocess.run([RCLIP, "embed-image", MODEL, str(OUT / "ref.pnm")], capture_output=True, text=True)
        check(a.returncode == 0 and a.stdout == b.stdout and a.stdout.count("\n") > 1, f"{' '.join(flags)} {name}", a.stderr.strip())


def readme_example() -> None:
    print("README's DICOM example")
    text = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    block = text.split("## DICOM", 1)[1].split("```sh\n", 1)[1].split("```", 1)[0]
    command = block.split("\n./", 2)[0].strip()             # the first command, with its continuations
    root = Path(__file__).resolve().parent.parent
    a = subprocess.run(["bash", "-c", command], capture_output=True, text=True, cwd=root)
    b = subprocess.run(["bash", "-c", command.replace("demo-scan.dcm", "demo-scan.png")], capture_output=True, text=True, cwd=root)
    check("demo-scan.dcm" in command and a.returncode == 0 and a.stdout == b.stdout and "box 1" in a.stdout,
          "README: rclip regions on demo-scan.dcm = on demo-scan.png", a.stderr.strip())


def refusals() -> None:
    print("refused with a message")
    whole = (OUT / "s16_ct_le.dcm").read_bytes()
    (OUT / "not_dicom.dcm").write_bytes(b"this is a text file, not DICOM\n" * 10)
    bad = {"not_dicom.dcm": OUT / "not_dicom.dcm"}
    for cut in (140, 400, len(whole) // 2, len(whole) - 1):
        (OUT / f"cut_{cut}.dcm").write_bytes(whole[:cut])
        bad[f"truncated at {cut} of {len(whole)} bytes"] = OUT / f"cut_{cut}.dcm"
    for name in ("examples_palette.dcm", "SC_ybr_full_422_uncompressed.dcm", "liver_1frame.dcm", "MR_truncated.dcm"):
        bad[name] = TEST_FILES / name
    for what, path in bad.items():
        r = subprocess.run([RCLIP, "embed-image", MODEL, str(path)], capture_output=True, text=True)
        check(r.returncode == 1 and r.stdout == "" and r.stderr.startswith(f"error: {path}: "), what, r.stderr.strip()[-90:])
    r = subprocess.run([RCLIP, "--frame", "6", "embed-image", MODEL, str(OUT / "frames5_le.dcm")], capture_output=True, text=True)
    check(r.returncode == 1 and "frame 6 does not exist" in r.stderr, "--frame 6 of 5", r.stderr.strip()[-60:])


def main() -> None:
    global RCLIP, DECODE, MODEL, OUT
    RCLIP, DECODE, MODEL, OUT = sys.argv[1], sys.argv[2], sys.argv[3], Path(sys.argv[4])
    OUT.mkdir(parents=True, exist_ok=True)
    warnings.simplefilter("ignore")        # pydicom's notes on the malformed test files
    synthetic()
    pydicom_files()
    embeddings()
    readme_example()
    refusals()
    print(f"dicom: {passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
