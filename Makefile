# regionclip — build the CLI, run the tests, run the benchmarks.
#   make          builds ./rclip and the examples (examples/deps.sh first installs the Debian
#                 packages they need: zlib, libjpeg-turbo, libtiff, stb; or names them)
#   make test     installs what the tests need (venv under ~/.cache, Debian packages) and runs them
#   make bench    times this library against PyTorch on this machine, same thread count
CC      ?= cc
OPT     ?= -O3 -march=native
OMP     ?= -fopenmp
WARN     = -std=c99 -Wall -Wextra -pedantic -Werror
STB      = -isystem /usr/include/stb
IMGLIBS  = -lz -ljpeg -ltiff

all: rclip build/retrieval

# Checked on every make (a few preprocessor runs), before anything is compiled.
deps:
	@CC="$(CC)" sh examples/deps.sh

IMAGE_IO = examples/image_io.h examples/image_pnm.h examples/image_png.h examples/image_jpeg.h \
           examples/image_tiff.h examples/image_bmp.h examples/image_tga.h

rclip: examples/rclip.c $(IMAGE_IO) examples/colormap.h examples/manifest.h examples/train.h regionclip.h | deps
	$(CC) $(WARN) $(OPT) $(OMP) -I. $(STB) examples/rclip.c -o $@ -lstb $(IMGLIBS) -lm

build/retrieval: examples/retrieval.c $(IMAGE_IO) regionclip.h | deps
	@mkdir -p build
	$(CC) $(WARN) $(OPT) $(OMP) -I. examples/retrieval.c -o $@ $(IMGLIBS) -lm

test:
	bash tests/run_tests.sh

bench: rclip
	bash tests/bench.sh

clean:
	rm -rf build rclip

.PHONY: all deps test bench clean
