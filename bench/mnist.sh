#!/usr/bin/env bash
# Seconds per MNIST epoch of each engine alone, dataset load time and peak Java heap (double precision, batch 100).
#   bench/mnist.sh                 3 runs of 5 epochs per engine
#   RUNS=5 EPOCHS=3 bench/mnist.sh
# Per run it takes the median of epochs 2..N (epoch 1 includes JIT warm-up); over runs it prints the median.
# Peak heap is the largest heap occupancy before a collection in the JVM's GC log, under -Xmx1g.
# Needs the data (data/mnist/fetch) and node (which comes with npm) to read the JSON.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${RUNS:-3}"
epochs="${EPOCHS:-5}"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
cd "$root"
"$root/data/mnist/fetch" > /dev/null
"$root/nnbasics" --version > /dev/null  # builds the jar if needed, outside the timing

for engine in hand dl4j; do
  for run in $(seq "$runs"); do
    NNBASICS_JAVA_OPTS="-Xmx1g -Xlog:gc:file=$scratch/gc-$engine-$run.log" \
      "$root/nnbasics" mnist --engine "$engine" --epochs "$epochs" --out "$scratch/out" --json \
      > "$scratch/$engine-$run.json"
  done
done

node - "$scratch" "$runs" <<'JS'
const fs = require('fs');
const [dir, runs] = [process.argv[2], Number(process.argv[3])];
const median = xs => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
console.log('engine  s/epoch (median of epochs 2..N, median over runs)  load s   peak heap MB   test accuracy');
for (const engine of ['hand', 'dl4j']) {
  const perRun = [], loads = [], heaps = [];
  let accuracy;
  for (let r = 1; r <= runs; r++) {
    const j = JSON.parse(fs.readFileSync(`${dir}/${engine}-${r}.json`, 'utf8'));
    perRun.push(median(j.secondsPerEpoch[engine].slice(1)));
    loads.push(j.loadSeconds[engine]);
    accuracy = j.testAccuracy[engine];
    const log = fs.readFileSync(`${dir}/gc-${engine}-${r}.log`, 'utf8');
    heaps.push(Math.max(0, ...[...log.matchAll(/ (\d+)M->\d+M\(\d+M\)/g)].map(m => Number(m[1]))));
  }
  console.log(`${engine.padEnd(6)}  ${median(perRun).toFixed(3).padStart(10)}   (runs: ${perRun.map(x => x.toFixed(3)).join(' ')})`
    + `   ${median(loads).toFixed(2).padStart(6)}   ${String(Math.max(...heaps)).padStart(8)}      ${accuracy.join(' ')}`);
}
JS
