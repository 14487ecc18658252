// Writes tests/fixtures/numbers-intl.json: what Node's Intl.NumberFormat
// writes for a spread of values, in both languages and every style the
// app uses. src/format.rs, which replaced Intl in the app, is tested
// against it (format::matches_intl); values are strings, read by Rust's
// exact parser (serde_json's default float parsing is not). Regenerate with `node scripts/number-fixture.mjs`.
import { writeFileSync } from 'node:fs';

let seed = 0x5eed;
const random = () => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed / 2 ** 31; };
const values = [0, 0.05, 0.5, 1.005, 2.5, 4.35, 9.95, 99.95, 999.95, 1e15, 123456789.125, 102893.25, 111816, 1.45, 0.125,
  // 9007199254740993 as a reader would type it: stored as the nearest
  // double, 2^53, which is the point of that case.
  // eslint-disable-next-line no-loss-of-precision
  0.0005, 8.7, 3.4, 1e-7, 2 ** 53, 9007199254740993, 0.1 + 0.2, 1234.5678, 999999.99, 7.000000000000001];
for (let i = 0; i < 90; i++) {
  const magnitude = 10 ** Math.floor(random() * 12 - 4);
  let v = random() * magnitude;
  // Many values at or near a rounding half, as sums and products make them.
  if (i % 3 === 0) v = Math.round(v * 1000) / 1000 + 0.0005 * (i % 2);
  if (i % 5 === 0) v = Number(v.toFixed(Math.floor(random() * 4)));
  values.push(v, -v);
}
const cases = [];
for (const value of values) {
  for (const lang of ['en', 'vi']) {
    for (const decimals of [0, 1, 2, 3]) {
      for (const [style, grouping, signed] of [['plain', true, false], ['signed', true, true], ['editable', false, false]]) {
        const text = new Intl.NumberFormat(lang, {
          minimumFractionDigits: grouping ? decimals : 0, maximumFractionDigits: decimals, useGrouping: grouping,
          ...(signed ? { signDisplay: 'exceptZero' } : {}),
        }).format(value);
        // The one deliberate difference: no sign on a negative that rounds to zero.
        if (/^-0([.,]0*)?$/.test(text)) continue;
        cases.push([String(value), lang, decimals, style, text]);
      }
    }
  }
}
writeFileSync(new URL('../tests/fixtures/numbers-intl.json', import.meta.url), JSON.stringify({ node: process.version, icu: process.versions.icu, cases }).replace(/\],\[/g, '],\n['));
console.log(`${cases.length} cases`);
