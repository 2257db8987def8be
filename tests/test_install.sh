#!/usr/bin/env bash
# Installing the header-only package and using it from C++:
#   1. `make install PREFIX=P` and `cmake --install --prefix P` write the same tree (diff -r):
#      include/regionclip.h (the repository's), lib/pkgconfig/regionclip{,-openmp}.pc,
#      lib/cmake/regionclip/regionclip-config{,-version}.cmake; the same with DESTDIR staging
#      (the .pc files then name PREFIX, not the staging directory); `make uninstall` leaves no
#      file behind;
#   2. examples/embed.cpp builds warning-clean (-std=c++11 -Wall -Wextra -pedantic -Werror)
#      through pkg-config (regionclip and regionclip-openmp), a CMake project using
#      find_package(regionclip) with CMAKE_PREFIX_PATH (plain and REGIONCLIP_OPENMP=ON), one using
#      add_subdirectory(<repository>) and one using FetchContent with the source directory given;
#   3. every build prints, for the demo model, scan and README's boxes and captions, exactly
#      what `./rclip regions` prints for them (the scan as a Pillow-written PGM for embed, the PNG
#      for rclip);
#   4. find_package(regionclip 99) is refused by the version file; embed refuses a non-PNM
#      image with exit status 1 and a message naming the file.
# All builds use rclip's floating-point flags (-march=native, -ffp-contract=off: g++ contracts to
# FMA by default in C++, gcc -std=c99 does not) so the kernels and their rounding are the same.
# Prints "install: N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
result() { if [ "$1" = 0 ]; then pass=$((pass + 1)); echo "  ok   $2"; else fail=$((fail + 1)); echo "  FAIL $2"; fi; }
run() { "$@" >"$tmp/cmd.log" 2>&1 || { tail -n 30 "$tmp/cmd.log"; return 1; }; }

CXXFLAGS="-std=c++11 -O2 -march=native -ffp-contract=off -Wall -Wextra -pedantic -Werror"
MODEL=weights/regionclip-demo.gguf
ARGS=(--box 29,64,42,77 --box 65,63,76,74
      "dark square cyst in the right lower lobe" "bright round nodule in the left lower lobe"
      "bright round nodule in the right lower lobe" "ring-shaped mass in the right upper lobe")
export OMP_NUM_THREADS=2
PY=${PY:-$(bash tests/setup_env.sh)} || { echo "install: 0 passed, 1 failed (setup_env)"; exit 1; }

# 1. The installed trees.
run make -s install PREFIX="$tmp/make"; result $? "make install PREFIX=\$tmp/make"
files=$(cd "$tmp/make" 2>/dev/null && find . -type f | sort | tr '\n' ' ')
[ "$files" = "./include/regionclip.h ./lib/cmake/regionclip/regionclip-config-version.cmake ./lib/cmake/regionclip/regionclip-config.cmake ./lib/pkgconfig/regionclip-openmp.pc ./lib/pkgconfig/regionclip.pc " ] &&
    cmp -s regionclip.h "$tmp/make/include/regionclip.h"
result $? "make install wrote the header (unchanged) and the four package files: $files"
grep -qx "prefix=$tmp/make" "$tmp/make/lib/pkgconfig/regionclip.pc" &&
    ! grep -q @ "$tmp/make/lib/pkgconfig/regionclip.pc" "$tmp/make/lib/cmake/regionclip/regionclip-config-version.cmake"
result $? "the .pc file names the prefix, no template variable left"

run cmake -S . -B "$tmp/cmake-build" && run cmake --install "$tmp/cmake-build" --prefix "$tmp/cmake"
result $? "cmake -S . -B build && cmake --install build --prefix \$tmp/cmake"
DESTDIR="$tmp/again" run cmake --install "$tmp/cmake-build" --prefix "$tmp/make" &&
    diff -r "$tmp/make" "$tmp/again$tmp/make"
result $? "make install and cmake --install to the same prefix: the same tree"

run make -s install DESTDIR="$tmp/stage-make" PREFIX=/opt/regionclip &&
    DESTDIR="$tmp/stage-cmake" run cmake --install "$tmp/cmake-build" --prefix /opt/regionclip &&
    diff -r "$tmp/stage-make" "$tmp/stage-cmake" && grep -qx "prefix=/opt/regionclip" "$tmp/stage-make/opt/regionclip/lib/pkgconfig/regionclip.pc"
result $? "DESTDIR staging: the same tree from both, under \$DESTDIR/opt/regionclip, .pc naming /opt/regionclip"

run make -s install PREFIX="$tmp/gone" && run make -s uninstall PREFIX="$tmp/gone" &&
    [ -z "$(find "$tmp/gone" -type f)" ]
result $? "make uninstall removes every installed file"

# 2. Builds of examples/embed.cpp.
"$PY" -c "from PIL import Image; Image.open('weights/demo-scan.png').save('$tmp/scan.pgm')"
result $? "Pillow wrote weights/demo-scan.png as a PGM"
mkdir -p "$tmp/bin"
pc() { PKG_CONFIG_PATH="$tmp/make/lib/pkgconfig" pkg-config "$@"; }
# shellcheck disable=SC2046
run c++ $CXXFLAGS examples/embed.cpp $(pc --cflags --libs regionclip) -o "$tmp/bin/pkg-config"
result $? "c++ embed.cpp \$(pkg-config --cflags --libs regionclip): $(pc --cflags --libs regionclip)"
# shellcheck disable=SC2046
run c++ $CXXFLAGS examples/embed.cpp $(pc --cflags --libs regionclip-openmp) -o "$tmp/bin/pkg-config-openmp"
result $? "c++ embed.cpp \$(pkg-config --cflags --libs regionclip-openmp): $(pc --cflags --libs regionclip-openmp)"

cmake_project() {   # cmake_project NAME BODY CMAKE-ARGS...: configure, build, copy the binary to $tmp/bin/NAME
    local name=$1 body=$2; shift 2
    mkdir -p "$tmp/$name"
    printf 'cmake_minimum_required(VERSION 3.16)\nproject(embed_%s LANGUAGES CXX)\n%s\nadd_executable(embed "%s/examples/embed.cpp")\ntarget_link_libraries(embed PRIVATE regionclip::regionclip)\n' \
        "$name" "$body" "$repo" >"$tmp/$name/CMakeLists.txt"
    run cmake -S "$tmp/$name" -B "$tmp/$name/build" -DCMAKE_BUILD_TYPE= -DCMAKE_CXX_FLAGS="$CXXFLAGS" "$@" &&
        run cmake --build "$tmp/$name/build" && cp "$tmp/$name/build/embed" "$tmp/bin/$name"
}
includes() { grep -h '^CXX_INCLUDES' "$tmp/$1/build/CMakeFiles/embed.dir/flags.make" 2>/dev/null; }
cmake_project find-package 'find_package(regionclip 0.1 REQUIRED)' -DCMAKE_PREFIX_PATH="$tmp/cmake" &&
    [[ "$(includes find-package)" == *"$tmp/cmake/include"* ]]
result $? "find_package(regionclip) with CMAKE_PREFIX_PATH=\$tmp/cmake: $(includes find-package)"
cp -r "$tmp/cmake" "$tmp/moved"
mkdir -p "$tmp/relocated"; cp "$tmp/find-package/CMakeLists.txt" "$tmp/relocated/"
run cmake -S "$tmp/relocated" -B "$tmp/relocated/build" -DCMAKE_PREFIX_PATH="$tmp/moved" &&
    [[ "$(includes relocated)" == *"$tmp/moved/include"* ]]
result $? "the installed CMake package still works after the tree is moved: $(includes relocated)"
cmake_project find-package-openmp 'find_package(regionclip 0.1 REQUIRED)' -DCMAKE_PREFIX_PATH="$tmp/make" -DREGIONCLIP_OPENMP=ON &&
    grep -q -- '-fopenmp' "$tmp/find-package-openmp/build/CMakeFiles/embed.dir/flags.make" 2>/dev/null
result $? "find_package(regionclip) with REGIONCLIP_OPENMP=ON (make's tree): builds with -fopenmp"
cmake_project add-subdirectory "add_subdirectory(\"$repo\" regionclip)" &&
    [[ "$(includes add-subdirectory)" == *"-I$repo"* ]]
result $? "add_subdirectory(<repository>): $(includes add-subdirectory)"
cmake_project fetchcontent 'include(FetchContent)
FetchContent_Declare(regionclip GIT_REPOSITORY https://invalid.example/regionclip.git GIT_TAG main)
FetchContent_MakeAvailable(regionclip)' -DFETCHCONTENT_SOURCE_DIR_REGIONCLIP="$repo"
result $? "FetchContent (FETCHCONTENT_SOURCE_DIR_REGIONCLIP=<repository>)"

# 3. The same numbers as rclip.
[ -x ./rclip ] || run make -s rclip
./rclip regions "$MODEL" weights/demo-scan.png "${ARGS[@]}" >"$tmp/rclip.out" 2>&1
[ $? = 0 ] && grep -q '^box 1 ' "$tmp/rclip.out" && grep -q '^image (fused)$' "$tmp/rclip.out"
result $? "./rclip regions on the demo scan ($(wc -l <"$tmp/rclip.out") lines)"
for b in pkg-config pkg-config-openmp find-package find-package-openmp add-subdirectory fetchcontent; do
    if [ -x "$tmp/bin/$b" ]; then
        "$tmp/bin/$b" "$MODEL" "$tmp/scan.pgm" "${ARGS[@]}" >"$tmp/$b.out" 2>&1 && diff "$tmp/rclip.out" "$tmp/$b.out"
        result $? "embed ($b build) prints exactly what rclip regions prints"
    else result 1 "embed ($b build) prints exactly what rclip regions prints (not built)"; fi
done

# 4. Refusals.
mkdir -p "$tmp/too-new"
printf 'cmake_minimum_required(VERSION 3.16)\nproject(too_new LANGUAGES NONE)\nfind_package(regionclip 99 REQUIRED)\n' >"$tmp/too-new/CMakeLists.txt"
out=$(cmake -S "$tmp/too-new" -B "$tmp/too-new/build" -DCMAKE_PREFIX_PATH="$tmp/cmake" 2>&1)
[ $? != 0 ] && [[ "$out" == *"0.1"* ]]
result $? "find_package(regionclip 99) refused, naming the installed version"
err=$("$tmp/bin/pkg-config" "$MODEL" README.md "${ARGS[@]}" 2>&1 >/dev/null); rc=$?
[ $rc = 1 ] && [[ "$err" == *"README.md"*"not a binary PGM"* ]]
result $? "a non-PNM image: exit 1 and a message ($err)"

echo "install: $pass passed, $fail failed"
[ $fail = 0 ]
