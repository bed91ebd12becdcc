#!/usr/bin/env bash
# An MNIST epoch of each engine against NumPy + OpenBLAS doing the same work, side by side in one run:
# softmax regression (or HIDDEN=128: 784-128-10 ReLU), double precision, batch 100, rate 0.5, the same shuffled
# batches (bench/mnist_numpy.py replicates the project's EpochOrder). Each round runs NumPy, then the jar for
# the hand-written engine, then for DL4J, each alone, through `java -jar` with no environment variables set.
#   bench/mnist-vs-numpy.sh                 ROUNDS=5 EPOCHS=3
#   HIDDEN=128 ROUNDS=3 bench/mnist-vs-numpy.sh
# NumPy is Debian's (/usr/bin/python3 with python3-numpy and libopenblas0-pthread), whatever python3 is first on PATH.
# Per run the median of epochs 2..N (epoch 1 includes JIT warm-up); the ratio of a round is engine / NumPy;
# printed: each round's ratios, their median, and the spread (lowest-highest).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${ROUNDS:-5}"
epochs="${EPOCHS:-3}"
hidden="${HIDDEN:-0}"
cd "$root"
# Debian's python3-numpy alone brings the reference BLAS (libblas3), 3-6x slower here than OpenBLAS; the peer is
# NumPy + OpenBLAS, so libopenblas0-pthread is installed too (it takes over libblas.so.3 through the alternatives),
# and the run stops if NumPy does not load OpenBLAS.
uses_openblas='import numpy; print(any("openblas" in line for line in open("/proc/self/maps")))'
if ! /usr/bin/python3 -c "import numpy" 2>/dev/null || [ "$(/usr/bin/python3 -c "$uses_openblas")" != True ]; then
  echo "bench: installing Debian's python3-numpy and libopenblas0-pthread" >&2
  apt-get install -y python3-numpy libopenblas0-pthread > /dev/null
fi
if [ "$(/usr/bin/python3 -c "$uses_openblas")" != True ]; then
  echo "bench: NumPy does not load OpenBLAS (see update-alternatives --display libblas.so.3-x86_64-linux-gnu)" >&2
  exit 1
fi
# These machines set OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE (workarounds for old OpenBLAS builds), which make a
# current OpenBLAS pick a slower kernel: the peer runs at its own speed with both unset, in its own command only.
numpy=(env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE /usr/bin/python3)
kernel='import ctypes, numpy
lib = next(l.split()[-1] for l in open("/proc/self/maps") if "openblas" in l)
so = ctypes.CDLL(lib); so.openblas_get_corename.restype = ctypes.c_char_p
print(lib, "core", so.openblas_get_corename().decode())'
echo "bench: NumPy's OpenBLAS: $("${numpy[@]}" -c "$kernel")" >&2
data/mnist/fetch > /dev/null
./nnbasics --version > /dev/null   # builds the jar if needed, outside the timing
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
flags=()
if [ "$hidden" != 0 ]; then flags=(--hidden "$hidden" --activation relu); fi
for r in $(seq "$rounds"); do
  echo "bench: round $r of $rounds: numpy" >&2
  "${numpy[@]}" bench/mnist_numpy.py --epochs "$epochs" --hidden "$hidden" > "$scratch/numpy-$r.json"
  for engine in hand dl4j; do
    echo "bench: round $r of $rounds: $engine" >&2
    env -u OMP_NUM_THREADS java -jar compare/target/nnbasics.jar mnist --engine "$engine" --epochs "$epochs" \
      "${flags[@]}" --out "$scratch/out" --json > "$scratch/$engine-$r.json"
  done
done
node - "$scratch" "$rounds" "$root/bench/ratios.cjs" <<'JS'
const fs = require('fs');
const [dir, rounds, helpers] = [process.argv[2], Number(process.argv[3]), process.argv[4]];
const { median, table } = require(helpers);
const perEpoch = (file, name) => median(JSON.parse(fs.readFileSync(file, 'utf8')).secondsPerEpoch[name].slice(1));
const rows = { numpy: [], hand: [], dl4j: [] };
for (let r = 1; r <= rounds; r++) {
  const j = JSON.parse(fs.readFileSync(`${dir}/numpy-${r}.json`, 'utf8'));
  rows.numpy.push(median(j.secondsPerEpoch.slice(1)));
  for (const e of ['hand', 'dl4j']) rows[e].push(perEpoch(`${dir}/${e}-${r}.json`, e));
}
table(rows, 'numpy', 'engine           s/epoch (median)   ratio to NumPy per round               median ratio   spread');
JS
