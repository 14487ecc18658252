//! Native Monte Carlo throughput (a benchmark, not a test):
//! `cargo run --release --example mc_throughput`.
//! Runs the bundled baseline scenario with its default ranges, 10^6 draws,
//! several times, and prints the median time and draws per second.

use std::time::Instant;

use ninh_binh_industry::model::montecarlo::{McRun, McSpec, MAX_DRAWS};
use ninh_binh_industry::model::presets::Assumptions;
use ninh_binh_industry::model::scenario::Scenario;
use ninh_binh_industry::model::{evaluate, Dataset};

fn main() {
    let data = Dataset::bundled().expect("bundled data");
    let assumptions = Assumptions::bundled(data).expect("bundled assumptions");
    let s = Scenario::baseline(data, assumptions);
    let outcome = evaluate(data, &s.growth_pct, &s.projects, s.target);
    let spec = McSpec {
        values_2023: data.sectors.iter().map(|x| x.value).collect(),
        growth_pct: s.growth_pct.clone(),
        ranges: s.ranges.clone(),
        project_total: outcome.project_output.iter().sum(),
        target: outcome.verdict.target,
        draws: MAX_DRAWS,
        seed: s.seed,
    };
    let mut times: Vec<f64> = (0..7)
        .map(|_| {
            let start = Instant::now();
            let summary = McRun::run(spec.clone());
            let elapsed = start.elapsed().as_secs_f64();
            assert_eq!(summary.draws, MAX_DRAWS);
            elapsed
        })
        .collect();
    times.sort_by(f64::total_cmp);
    let median = times[times.len() / 2];
    println!(
        "Monte Carlo (native, release): 10^6 draws in {:.1} ms median of 7 ({:.1} million draws/s)",
        median * 1e3,
        f64::from(MAX_DRAWS) / median / 1e6
    );
}
