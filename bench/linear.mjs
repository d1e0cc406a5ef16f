// Linear-time benchmark (figures only): pathological inputs at size N and
// 10×N, parsed in process; the time ratio should stay near 10 (at most ~12).
// Usage: node bench/linear.mjs   (after npm run build)
import { parse } from "../dist/index.js";

const CASES = {
  "\"Số \" repeated": (n) => "Số ".repeat(n),
  "one long line": (n) => "Ủy ban nhân dân tỉnh giao Sở Y tế chủ trì, phối hợp với các sở, ngành liên quan; ".repeat(n),
  "nested numbering": (n) => Array.from({ length: n }, (_, k) => `${"1.".repeat(1 + (k % 60))} Giao Sở Y tế thực hiện nhiệm vụ ${k}.`).join("\n"),
  "Vietnamese capitals": (n) => "ĐẢNG CỘNG SẢN VIỆT NAM ỦY BAN NHÂN DÂN TỈNH ".repeat(n),
  "markdown marks": (n) => "**Sở Y tế** *chủ trì* ".repeat(n),
  "dates and numbers": (n) => "ngày 31/02/2021 số 12/2021/QĐ-UBND, ngày 27-2021; ".repeat(n),
  "HTML paragraphs": (n) => `<!DOCTYPE html><html><body>${"<p>Giao <b>Sở Y tế</b> chủ trì &amp; phối hợp.</p>\n".repeat(n)}</body></html>`,
  "HTML nested divs": (n) => `<!DOCTYPE html><html><body>${"<div>".repeat(n)}Giao Sở Y tế chủ trì.${"</div>".repeat(n)}</body></html>`,
  "HTML link lists": (n) => `<!DOCTYPE html><html><body>${"<ul><li><a href=/a>Tin một</a></li><li><a href=/b>Tin hai</a></li><li><a href=/c>Tin ba</a></li></ul><div><p>Giao Sở Y tế.</p></div>".repeat(n)}</body></html>`,
};
const SIZES = { "\"Số \" repeated": 20000, "one long line": 6000, "nested numbering": 1000, "Vietnamese capitals": 12000, "markdown marks": 20000, "dates and numbers": 10000, "HTML paragraphs": 5000, "HTML nested divs": 2000, "HTML link lists": 2000 };

function time(text) {
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    parse(text);
    runs.push(performance.now() - t);
  }
  return Math.min(...runs);
}

console.log("linear-time benchmark (min of 3 runs each)\n");
console.log("case".padEnd(24), "size N".padStart(10), "time N".padStart(10), "size 10N".padStart(10), "time 10N".padStart(10), "ratio".padStart(7));
for (const [name, make] of Object.entries(CASES)) {
  const n = SIZES[name];
  const small = make(n);
  const big = make(10 * n);
  parse(small); // warm up
  const a = time(small);
  const b = time(big);
  const mb = (s) => `${(Buffer.byteLength(s) / 1e6).toFixed(2)} MB`;
  console.log(name.padEnd(24), mb(small).padStart(10), `${a.toFixed(0)} ms`.padStart(10), mb(big).padStart(10), `${b.toFixed(0)} ms`.padStart(10), `${(b / a).toFixed(1)}×`.padStart(7));
}
