# regionclip — build the CLI, run the tests, run the benchmarks.
#   make          builds ./rclip and the examples (examples/deps.sh first installs the Debian
#                 packages they need: zlib, libjpeg-turbo, libtiff, stb; or names them)
#   make test     installs what the tests need (venv under ~/.cache, Debian packages) and runs them
#   make test STEP=name  only that step ('golden-*': a glob; several: 'a b'); make test LIST=1 lists them
#   make bench    times this library against PyTorch and ONNX Runtime on this machine, same thread count
#   make fuzz     every libFuzzer harness for FUZZ_SECONDS each (default 1200; make test runs 40 s
#                 each), corpora kept in build/fuzz; prints executions, coverage and findings
#   make wasm     builds regionclip.h for the browser and Node (clang-14 --target=wasm32-wasi, lld;
#                 web/deps.sh installs them): web/regionclip.wasm (SIMD128) and
#                 web/regionclip-nosimd.wasm, loaded by web/regionclip.js (docs/wasm.md)
#   make bench-wasm  times the wasm build against ONNX Runtime Web (wasm backend) in Node, 1 thread
#   make install  copies regionclip.h, regionclip.pc (+ regionclip-openmp.pc) and the CMake package
#                 (find_package(regionclip)) under PREFIX (default /usr/local; DESTDIR=... stages
#                 it); make uninstall removes them. Same tree as cmake --install (docs/integration.md)
CC      ?= cc
OPT     ?= -O3 -march=native
OMP     ?= -fopenmp
WARN     = -std=c99 -Wall -Wextra -pedantic -Werror
STB      = -isystem /usr/include/stb
CXX     ?= c++
IMGLIBS  = -lz -ljpeg -ltiff
DCMTK    = -ldcmjpls -ldcmjpeg -lijg8 -lijg12 -lijg16 -ldcmimgle -ldcmdata -loflog -lofstd -lopenjp2 -lstdc++

all: rclip build/retrieval

# Checked on every make (a few preprocessor runs), before anything is compiled.
deps:
	@CC="$(CC)" sh examples/deps.sh

IMAGE_IO = examples/image_io.h examples/image_pnm.h examples/image_png.h examples/image_jpeg.h \
           examples/image_tiff.h examples/image_bmp.h examples/image_tga.h examples/image_dicom.h \
           examples/dicom_dcmtk.h

# DICOM (DCMTK) is C++: one object, linked into the programs that read images.
build/dicom_dcmtk.o: examples/dicom_dcmtk.cpp examples/dicom_dcmtk.h | deps
	@mkdir -p build
	$(CXX) -std=c++17 -Wall -Wextra -O2 -ffp-contract=off -I/usr/include/openjpeg-2.5 -c examples/dicom_dcmtk.cpp -o $@

rclip: examples/rclip.c build/dicom_dcmtk.o $(IMAGE_IO) examples/colormap.h examples/manifest.h examples/eval.h examples/json_out.h examples/train.h examples/search.h examples/search_cmd.h regionclip.h | deps
	$(CC) $(WARN) $(OPT) $(OMP) -I. $(STB) examples/rclip.c build/dicom_dcmtk.o -o $@ -lstb $(IMGLIBS) $(DCMTK) -lm

build/retrieval: examples/retrieval.c build/dicom_dcmtk.o $(IMAGE_IO) regionclip.h | deps
	@mkdir -p build
	$(CC) $(WARN) $(OPT) $(OMP) -DIMAGE_IO_DICOM -I. examples/retrieval.c build/dicom_dcmtk.o -o $@ $(IMGLIBS) $(DCMTK) -lm

# What image_io.h (with DICOM) hands the library, as PGM/PPM: for tests/test_dicom.py.
build/decode_image: tests/decode_image.c build/dicom_dcmtk.o $(IMAGE_IO) regionclip.h | deps
	$(CC) $(WARN) -O1 -g -fsanitize=address,undefined -I. tests/decode_image.c build/dicom_dcmtk.o -o $@ $(IMGLIBS) $(DCMTK) -lm

test:
	STEP='$(STEP)' LIST='$(LIST)' bash tests/run_tests.sh

# WebAssembly: no imports at all (no WASI calls: REGIONCLIP_NO_STDIO, models load from bytes),
# a reactor (_initialize, no main), memory that grows from 16 MiB up to wasm32's 4 GiB.
WASM_LLVM  ?= /usr/lib/llvm-14
WASM_CC    ?= $(WASM_LLVM)/bin/clang
WASM_FLAGS  = --target=wasm32-wasi -O3 $(WARN) -DREGIONCLIP_NO_STDIO -I. -mexec-model=reactor \
              -Wl,--no-entry -Wl,--initial-memory=16777216 -Wl,--max-memory=4294967296 -Wl,--strip-all
WASM_SRC    = web/regionclip_wasm.c regionclip.h

wasm: web/regionclip.wasm web/regionclip-nosimd.wasm

wasm-deps:
	@sh web/deps.sh

web/regionclip.wasm: $(WASM_SRC) | wasm-deps
	$(WASM_CC) $(WASM_FLAGS) -msimd128 web/regionclip_wasm.c -o $@

web/regionclip-nosimd.wasm: $(WASM_SRC) | wasm-deps
	$(WASM_CC) $(WASM_FLAGS) web/regionclip_wasm.c -o $@

bench-wasm: wasm
	bash tests/bench_wasm.sh

bench: rclip
	bash tests/bench.sh

fuzz:
	bash tests/fuzz/run_fuzz.sh $${FUZZ_SECONDS:-1200}

clean:
	rm -rf build rclip web/regionclip.wasm web/regionclip-nosimd.wasm

# Header-only install: <PREFIX>/include/regionclip.h, <PREFIX>/lib/pkgconfig/regionclip{,-openmp}.pc,
# <PREFIX>/lib/cmake/regionclip/regionclip-config{,-version}.cmake, from the templates in cmake/
# (the same files CMakeLists.txt installs). The version is project()'s in CMakeLists.txt.
PREFIX  ?= /usr/local
RC_VERSION = $(shell sed -n 's/^project.regionclip VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
RC_DIRS  = "$(DESTDIR)$(PREFIX)/include" "$(DESTDIR)$(PREFIX)/lib/pkgconfig" "$(DESTDIR)$(PREFIX)/lib/cmake/regionclip"
RC_GEN   = lib/pkgconfig/regionclip.pc lib/pkgconfig/regionclip-openmp.pc \
           lib/cmake/regionclip/regionclip-config.cmake lib/cmake/regionclip/regionclip-config-version.cmake
RC_SUBST = sed -e 's|@REGIONCLIP_PREFIX@|$(PREFIX)|g' -e 's|@REGIONCLIP_VERSION@|$(RC_VERSION)|g'

install:
	@test -n "$(RC_VERSION)" || { echo "make install: no version in CMakeLists.txt's project() line" >&2; exit 1; }
	install -d $(RC_DIRS)
	install -m 644 regionclip.h "$(DESTDIR)$(PREFIX)/include/regionclip.h"
	for f in $(RC_GEN); do \
	    $(RC_SUBST) "cmake/$${f##*/}.in" > "$(DESTDIR)$(PREFIX)/$$f" && chmod 644 "$(DESTDIR)$(PREFIX)/$$f" || exit 1; \
	done

uninstall:
	for f in include/regionclip.h $(RC_GEN); do rm -f "$(DESTDIR)$(PREFIX)/$$f"; done
	rmdir "$(DESTDIR)$(PREFIX)/lib/cmake/regionclip" 2>/dev/null || true

.PHONY: install uninstall

.PHONY: all deps test bench fuzz clean wasm wasm-deps bench-wasm
