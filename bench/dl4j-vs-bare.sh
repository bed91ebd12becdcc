#!/usr/bin/env bash
# Our DL4J engine against DL4J trained the idiomatic way, side by side in one run: bench/BareFit.java's bare
# `net.fit(new DataSet(x.getRows(rows), y.getRows(rows)))` loop (the same network, configuration, start, batches and
# ND4J thread settings; nothing read back, nothing compared), against the jar's `mnist --engine dl4j` (our engine
# alone) and `mnist --engine both` (our DL4J engine inside the lock-step: secondsPerEpoch.dl4j of --json). Softmax
# regression, or HIDDEN=128: 784-128-10 ReLU; double, batch 100, rate 0.5, --seed 1 (--init-seed 1).
#   bench/dl4j-vs-bare.sh                  ROUNDS=3 EPOCHS=3
#   HIDDEN=128 ROUNDS=3 bench/dl4j-vs-bare.sh
# What each figure times: BareFit the loop over an epoch's batches (gather + fit). The jar: MeteredEngine wraps
# each engine's step(k) (rows of batch k, pullRows into two arrays made once, net.fit, net.score()); in the
# lock-step, the DL4J engine's steps only: the parameter reads, the hand-written step proof and the comparisons
# LockStep does between steps are outside it. BareFit also runs with --gather pullRows (our engine's gather in
# the bare loop), to show what getRows' new arrays per step cost.
# BareFit runs a third time with --reads true: the pullRows loop plus the reads of DL4J the lock-step makes between
# steps (score, W and b copied out), timed inside the loop, to price that piece alone.
# Each round: bare (getRows), bare (pullRows), bare (pullRows + reads), dl4j, both, each alone, through `java` with OMP_NUM_THREADS unset.
# Per run the median of epochs 2..N (epoch 1 includes JIT warm-up); the ratio of a round is run / bare (getRows);
# printed: each round's ratios, their median and the spread; then whether each run's test accuracy after every
# epoch equals the bare loop's (the same configuration gives the same bits: DL4J's Evaluation of the same network).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${ROUNDS:-3}"
epochs="${EPOCHS:-3}"
hidden="${HIDDEN:-0}"
cd "$root"
data/mnist/fetch > /dev/null
./nnbasics --version > /dev/null   # builds the jar if needed, outside the timing
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
flags=()
if [ "$hidden" != 0 ]; then flags=(--hidden "$hidden" --activation relu); fi
cp=(-cp "compare/target/nnbasics.jar:compare/target/lib/*")
for r in $(seq "$rounds"); do
  for variant in getRows:false pullRows:false pullRows:true; do
    gather="${variant%:*}" reads="${variant#*:}"
    echo "bench: round $r of $rounds: bare ($gather, reads $reads)" >&2
    env -u OMP_NUM_THREADS java "${cp[@]}" bench/BareFit.java --epochs "$epochs" --hidden "$hidden" \
      --gather "$gather" --reads "$reads" 2> "$scratch/bare-$variant-$r.err" | tail -1 > "$scratch/bare-$variant-$r.json"
  done
  for engine in dl4j both; do
    echo "bench: round $r of $rounds: $engine" >&2
    env -u OMP_NUM_THREADS java -jar compare/target/nnbasics.jar mnist --engine "$engine" --epochs "$epochs" \
      "${flags[@]}" --out "$scratch/out" --json > "$scratch/$engine-$r.json"
  done
done
node - "$scratch" "$rounds" "$root/bench/ratios.cjs" <<'JS'
const fs = require('fs');
const [dir, rounds, helpers] = [process.argv[2], Number(process.argv[3]), process.argv[4]];
const { median, fmt, ratios, table } = require(helpers);
const read = f => JSON.parse(fs.readFileSync(`${dir}/${f}`, 'utf8'));
const runs = { 'bare getRows': r => read(`bare-getRows:false-${r}.json`), 'bare pullRows': r => read(`bare-pullRows:false-${r}.json`),
  'pullRows+reads': r => read(`bare-pullRows:true-${r}.json`),
  'ours alone': r => { const j = read(`dl4j-${r}.json`); return { secondsPerEpoch: j.secondsPerEpoch.dl4j, testAccuracy: j.testAccuracy.dl4j }; },
  'ours lock-step': r => { const j = read(`both-${r}.json`); return { secondsPerEpoch: j.secondsPerEpoch.dl4j, testAccuracy: j.testAccuracy.dl4j }; } };
const rows = {}, acc = {};
for (const name of Object.keys(runs)) { rows[name] = []; acc[name] = []; }
for (let r = 1; r <= rounds; r++) for (const [name, f] of Object.entries(runs)) {
  const j = f(r); rows[name].push(median(j.secondsPerEpoch.slice(1))); acc[name].push(j.testAccuracy);
}
table(rows, 'bare getRows', 'run              s/epoch (median)   ratio to bare getRows per round        median ratio   spread');
for (const name of ['pullRows+reads', 'ours alone', 'ours lock-step']) {
  const r = ratios(rows, name, 'bare pullRows');
  console.log(`${name} / bare pullRows: ${fmt(r)} (median ${median(r).toFixed(2)}, spread `
    + `${Math.min(...r).toFixed(2)}-${Math.max(...r).toFixed(2)})`);
}
const reference = JSON.stringify(acc['bare getRows'][0]);
console.log(`test accuracy per epoch, bare getRows round 1: ${reference}`);
for (const name of Object.keys(runs)) {
  const same = acc[name].every(a => JSON.stringify(a) === reference);
  console.log(`  ${name.padEnd(15)} ${same ? 'the same in every round' : 'DIFFERENT: ' + acc[name].map(a => JSON.stringify(a)).join(' ')}`);
}
JS
