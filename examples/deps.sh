#!/bin/sh
# Checks that the headers the example programs build with are present; installs the Debian
# packages that provide them when it can (root with apt-get), else names them in one line.
#   header                 Debian package          used for
#   zlib.h                 zlib1g-dev              PNG decoding (image_png.h)
#   jpeglib.h              libjpeg62-turbo-dev     JPEG decoding (image_jpeg.h)
#   tiffio.h               libtiff-dev             TIFF decoding (image_tiff.h)
#   stb/stb_image_write.h  libstb-dev              PNG writing and the heatmap's labels
# CC is the compiler the build uses; DEPS_APT the package tool (default apt-get; tests point it
# at a stand-in). Exit 0 when every header is there (afterwards), else 1 after one line.
CC=${CC:-cc}
APT=${DEPS_APT:-apt-get}
missing=""
check() {   # check HEADER PACKAGE
    printf '#include <stdio.h>\n#include <%s>\n' "$1" | $CC -E -x c - >/dev/null 2>&1 || missing="$missing $2"
}
scan() {
    missing=""
    check zlib.h zlib1g-dev
    check jpeglib.h libjpeg62-turbo-dev
    check tiffio.h libtiff-dev
    check stb/stb_image_write.h libstb-dev
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
