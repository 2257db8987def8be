#!/bin/sh
# Checks that the headers the example programs build with are present; installs the Debian
# packages that provide them when it can (root with apt-get), else names them in one line.
#   header                 Debian package          used for
#   zlib.h                 zlib1g-dev              PNG decoding (image_png.h)
#   jpeglib.h              libjpeg62-turbo-dev     JPEG decoding (image_jpeg.h)
#   tiffio.h               libtiff-dev             TIFF decoding (image_tiff.h)
#   stb/stb_image_write.h  libstb-dev              PNG writing and the heatmap's labels
#   dcmtk/dcmdata/dctk.h   libdcmtk-dev            DICOM (dicom_dcmtk.cpp; C++: g++)
#   openjpeg.h             libopenjp2-7-dev        DICOM's JPEG 2000 (DCMTK has no decoder)
# CC is the compiler the build uses; DEPS_APT the package tool (default apt-get; tests point it
# at a stand-in). Exit 0 when every header is there (afterwards), else 1 after one line.
CC=${CC:-cc}
CXX=${CXX:-c++}
APT=${DEPS_APT:-apt-get}
missing=""
check() {   # check HEADER PACKAGE [LANGUAGE]
    if [ "${3:-c}" = c++ ]; then
        command -v "${CXX%% *}" >/dev/null 2>&1 || { missing="$missing g++"; return; }
        printf '#include <%s>\n' "$1" | $CXX -E -x c++ - >/dev/null 2>&1 || missing="$missing $2"
    else
        printf '#include <stdio.h>\n#include <%s>\n' "$1" | $CC -E -x c - >/dev/null 2>&1 || missing="$missing $2"
    fi
}
scan() {
    missing=""
    check zlib.h zlib1g-dev
    check jpeglib.h libjpeg62-turbo-dev
    check tiffio.h libtiff-dev
    check stb/stb_image_write.h libstb-dev
    check dcmtk/config/osconfig.h libdcmtk-dev c++
    check openjpeg-2.5/openjpeg.h libopenjp2-7-dev
}
scan
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v "$APT" >/dev/null 2>&1; then
    echo "deps: installing$missing" >&2
    "$APT" update -qq >&2 && DEBIAN_FRONTEND=noninteractive "$APT" install -y -qq $missing >&2
    scan
    [ -z "$missing" ] && exit 0
fi
echo "deps: missing headers; install them with: sudo apt-get install$missing" >&2
exit 1
