# regionclip — build the CLI, run the tests, run the benchmarks.
#   make          builds ./rclip and the examples (needs Debian's libstb-dev for image decoding)
#   make test     installs what the tests need (venv under ~/.cache, Debian packages) and runs them
#   make bench    times this library against PyTorch on this machine, same thread count
CC      ?= cc
OPT     ?= -O3 -march=native
OMP     ?= -fopenmp
WARN     = -std=c99 -Wall -Wextra -pedantic -Werror
STB      = -isystem /usr/include/stb

all: rclip build/retrieval

rclip: examples/rclip.c examples/image_io.h examples/colormap.h examples/manifest.h examples/train.h regionclip.h
	$(CC) $(WARN) $(OPT) $(OMP) -I. $(STB) examples/rclip.c -o $@ -lstb -lm

build/retrieval: examples/retrieval.c examples/image_io.h regionclip.h
	@mkdir -p build
	$(CC) $(WARN) $(OPT) $(OMP) -I. $(STB) examples/retrieval.c -o $@ -lstb -lm

test:
	bash tests/run_tests.sh

bench: rclip
	bash tests/bench.sh

clean:
	rm -rf build rclip

.PHONY: all test bench clean
