// The ratio table both MNIST benchmarks print: per run the median seconds per epoch, the ratio to a reference run
// taken within each round (the machine's speed changes between rounds), their median and their spread.
const median = xs => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const fmt = xs => xs.map(x => x.toFixed(2)).join(' ');
const ratios = (rows, name, reference) => rows[name].map((s, i) => s / rows[reference][i]);

/** rows: {name: [seconds per epoch of round 1, 2, …]}; prints one line per name against rows[reference]. */
function table(rows, reference, header) {
  console.log(header);
  for (const name of Object.keys(rows)) {
    const r = ratios(rows, name, reference);
    console.log(`${name.padEnd(15)}  ${median(rows[name]).toFixed(3).padStart(10)}         ${fmt(r).padEnd(38)} `
      + `${median(r).toFixed(2).padStart(8)}       ${Math.min(...r).toFixed(2)}-${Math.max(...r).toFixed(2)}`);
  }
}

module.exports = { median, fmt, ratios, table };
