#!/usr/bin/env bash
# Rebuilds the shipped anatomy model (weights/README.md): weights/regionclip-anatomy.gguf, the real
# MRI slice weights/anatomy-slice.png and its manifest record weights/anatomy-slice.txt. Steps:
#   1. the corpus: tests/gen_anatomy.py on Colin27 + AAL (Debian's mricron-data), 2500 slices,
#      seed 1; held-out slices are whole slice-position bands (docs/data.md);
#   2. the unseen brain: the MNI152 2009a T1 read out of nilearn's wheel (pip download, checked by
#      its sha256; never installed), its held-out-band slices with the same tooling, seed 2;
#   3. the untrained model (weights/build_demo_init.py --name regionclip-anatomy);
#   4. `rclip train` on one thread with fixed seeds (same bytes on a given machine and compiler),
#      held-out figures on Colin27 (build/anatomy/heldout.txt), the export without optimizer state;
#   5. `rclip eval` of the exported model on both held-out sets (build/anatomy/eval-corpus.txt:
#      Colin27, eval-mni152.txt: the unseen brain);
#   6. the shipped slice: the first held-out axial slice with four structures (no lesion), both
#      hippocampi among them (quick runs: the first that comes closest).
#
# usage: weights/make_anatomy.sh        (env PY: Python with the test requirements; needs mricron-data)
# env for a quick run that keeps the recipe working (make test): ANAT_N (slices), ANAT_MNI_N,
# ANAT_STEPS (S1,S2,S3), ANAT_BUILD (work dir), ANAT_OUT (where the three files go; default weights)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-$(bash tests/setup_env.sh)}
B=${ANAT_BUILD:-build/anatomy} OUT=${ANAT_OUT:-weights}
STEPS=${ANAT_STEPS:-1000,400,3000}
NILEARN=nilearn-0.14.1-py3-none-any.whl
NILEARN_SHA=725206484e9fb3f6691f9c2d20204a068759d5072f12055324702ee0cb2bbe8a
MNI=nilearn/datasets/data/mni_icbm152_t1_tal_nlin_sym_09a_converted.nii.gz
mkdir -p "$OUT" "$B" build/wheels
[ -f /usr/share/mricron/templates/ch2.nii.gz ] || { echo "make_anatomy: needs Debian's mricron-data (apt-get install mricron-data)" >&2; exit 1; }
make rclip
rm -rf "$B/corpus" "$B/mni152"
"$PY" tests/gen_anatomy.py "$B/corpus" --n "${ANAT_N:-2500}" --seed 1
if ! echo "$NILEARN_SHA  build/wheels/$NILEARN" | sha256sum -c --quiet >/dev/null 2>&1; then
    "$PY" -m pip download -q --no-deps --disable-pip-version-check -d build/wheels "nilearn==0.14.1"
    echo "$NILEARN_SHA  build/wheels/$NILEARN" | sha256sum -c --quiet
fi
"$PY" tests/gen_anatomy.py "$B/mni152" --n "${ANAT_MNI_N:-300}" --seed 2 --heldout-only --t1 "build/wheels/$NILEARN:$MNI"
"$PY" weights/build_demo_init.py "$B/corpus" "$B" --seed 0 --name regionclip-anatomy
TRAIN=(--steps "$STEPS" --batch 16 --lr 5e-4,5e-4,5e-4 --grad-clip 1 --seed 1)
start=$(date +%s)
OMP_NUM_THREADS=1 ./rclip train "$B/init.gguf" "$B/corpus/train.txt" -o "$B/trained.gguf" "${TRAIN[@]}" \
    --log "$B/train.csv" --curve "$B/loss.png" --heldout "$B/corpus/heldout.txt" \
    --export "$OUT/regionclip-anatomy.gguf" | tee "$B/heldout.txt"
echo "training and held-out figures: $(( $(date +%s) - start )) s" | tee -a "$B/heldout.txt"
for set in corpus mni152; do
    OMP_NUM_THREADS=1 ./rclip eval "$OUT/regionclip-anatomy.gguf" "$B/$set/heldout.txt" | tee "$B/eval-$set.txt"
done
"$PY" - "$B/corpus/heldout.txt" "$B/slice.txt" <<'EOF'
import sys
def rank(lines: list[str]) -> int:   # axial, four structures, no lesion: 1; and both hippocampi: 2
    caps = [line.split(" ", 5)[5] for line in lines if line.startswith("region ")]
    plain = "label plane axial" in lines and len(caps) == 4 and not any("lesion" in c for c in caps)
    return plain + (plain and {"left hippocampus", "right hippocampus"} <= set(caps))
recs = [r.strip("\n").splitlines() for r in open(sys.argv[1], encoding="utf-8").read().split("\n\n") if "\nimage " in "\n" + r]
best = max(recs, key=rank)           # the first of the best
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(line for line in best if not line.startswith("#")) + "\n")
EOF
img=$(sed -n 's/^image //p' "$B/slice.txt")
cp "$B/corpus/$img" "$OUT/anatomy-slice.png"
sed "s|^image .*|image anatomy-slice.png|" "$B/slice.txt" > "$OUT/anatomy-slice.txt"
