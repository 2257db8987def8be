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
#   5. the same figures on MNI152 (the trained checkpoint resumed at its last step: no step runs,
#      only --heldout; build/anatomy/heldout-mni152.txt);
#   6. the shipped slice: the first held-out axial slice with four structures, two of them deep.
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
OMP_NUM_THREADS=1 ./rclip train "$B/init.gguf" "$B/corpus/train.txt" -o "$B/resumed.gguf" "${TRAIN[@]}" \
    --resume "$B/trained.gguf" --heldout "$B/mni152/heldout.txt" | tee "$B/heldout-mni152.txt"
"$PY" - "$B/corpus/heldout.txt" "$B/slice.txt" <<'EOF'
import sys
deep = ("hippocampus", "amygdala", "thalamus", "caudate nucleus", "putamen", "globus pallidus", "insula")
for rec in open(sys.argv[1], encoding="utf-8").read().split("\n\n"):
    lines = rec.strip("\n").splitlines()
    caps = [l.split(" ", 5)[5] for l in lines if l.startswith("region ")]
    if "# label plane axial" in lines and len(caps) == 4 and sum(c.endswith(deep) for c in caps) >= 2 and "lesion" not in rec:
        open(sys.argv[2], "w", encoding="utf-8").write("\n".join(l for l in lines if l.startswith(("image", "summary", "report", "region", "negative", "vqa"))) + "\n")
        break
else:
    sys.exit("no held-out axial slice with four structures")
EOF
img=$(sed -n 's/^image //p' "$B/slice.txt")
cp "$B/corpus/$img" "$OUT/anatomy-slice.png"
sed "s|^image .*|image anatomy-slice.png|" "$B/slice.txt" > "$OUT/anatomy-slice.txt"
