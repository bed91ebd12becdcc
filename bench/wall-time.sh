#!/usr/bin/env bash
# Wall time of whole nnbasics commands, warm caches: each command runs once untimed, then RUNS times timed.
#   bench/wall-time.sh            the guide (the wrapper, then plain java -jar) and two fits, 5 runs each
#   RUNS=10 bench/wall-time.sh
# Prints each run's seconds and the median. Output of the commands goes to a scratch folder that is removed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${RUNS:-5}"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

measure() {
  local name="$1"; shift
  "$@" > /dev/null 2>&1  # warm-up: JIT-free, but page cache and ~/.javacpp/cache are warm
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s.%N)
    "$@" > /dev/null 2>&1
    end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc -l)")
  done
  local sorted median
  sorted=$(printf '%s\n' "${times[@]}" | sort -g)
  median=$(echo "$sorted" | sed -n "$(( (runs + 1) / 2 ))p")
  printf '%-50s median %6.2f s   runs: %s\n' "$name" "$median" "$(printf '%.2f ' "${times[@]}")"
}

cd "$root"
"$root/nnbasics" --version > /dev/null  # builds the jar if needed, outside the timing
measure "nnbasics guide" "$root/nnbasics" guide --out "$scratch/guide"
# the issue's figure: the jar as anyone runs it, with the JVM's own defaults (G1, a quarter of the RAM)
measure "java -jar nnbasics.jar guide" java -jar "$root/compare/target/nnbasics.jar" guide --out "$scratch/guide-jar"
measure "nnbasics fit (10 houses, both engines, 1000 steps)" "$root/nnbasics" fit --data data/houses.csv \
  --target price --standardize --lr 0.1 --steps 1000
measure "nnbasics fit (3 houses, widget rates, 20000 steps)" "$root/nnbasics" fit --data data/houses.csv \
  --target price --features area --rows 3 --lr 5e-9,0.5 --steps 20000
