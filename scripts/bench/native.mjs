// Section `native`: the same 10^6 Monte Carlo draws natively, from the
// release build of examples/mc_throughput.rs (cargo builds it first if it
// is not up to date: run last, so the compiler never competes with a
// timing in the browser).

import { spawn } from 'node:child_process';
import { ROOT } from './common.mjs';

export const name = 'native';
export const title = 'Monte Carlo, native';

function cargoRun() {
  return new Promise((ok, fail) => {
    let out = '';
    const child = spawn('cargo', ['run', '--quiet', '--release', '--example', 'mc_throughput'],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.on('data', (chunk) => { out += chunk; process.stdout.write(chunk); });
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? ok(out) : fail(new Error(`cargo run --example mc_throughput exited with ${code}`))));
  });
}

export async function run({ record }) {
  const out = await cargoRun();
  // "…: 10^6 draws in 19.7 ms median of 7 (50.8 million draws/s)"
  const found = /draws in ([0-9.]+) ms/.exec(out);
  if (!found) throw new Error(`no time in the example's output: ${out.trim()}`);
  const time = Number(found[1]);
  record('Monte Carlo 10^6 draws, native (release, median of 7)', `${time.toFixed(1)} ms`, '< 100 ms', time < 100);
}
