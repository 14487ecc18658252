//! Monte Carlo over the 2024 growth rates: how likely is the target?
//!
//! Each sector's growth is drawn from a triangular distribution from
//! `chosen − low` to `chosen + high`, peaking at the chosen rate; project
//! output is added as set. A triangle is a mixture of two halves, each the
//! minimum of two uniforms scaled to one side: one 64-bit random number
//! gives the three 21-bit uniforms this needs, with no square root and no
//! branch, so a million draws take a few milliseconds. The generator is xoshiro256++ seeded from the
//! scenario's seed, and draws are taken in one fixed order, so the same
//! scenario and seed give the same answer however the run is chunked.
//!
//! `McRun::advance` does a bounded amount of work, so the UI can run a
//! million draws in slices without blocking the page. Draws are not kept:
//! each lands in a fine histogram (4,000 bins over the range every draw
//! must fall in), from which percentiles are read to within a bin width
//! and the displayed 40-bin histogram is merged. Memory and the final
//! summary are constant-size whatever the number of draws.

use rand_xoshiro::rand_core::{Rng, SeedableRng};
use rand_xoshiro::Xoshiro256PlusPlus;

use super::growth_input::MIN_GROWTH_PCT;

pub const DEFAULT_DRAWS: u32 = 100_000;
pub const MAX_DRAWS: u32 = 1_000_000;
/// Widest range the app accepts on either side of a chosen rate, in pp.
pub const MAX_RANGE_PP: f64 = 50.0;
pub const HISTOGRAM_BINS: usize = 40;
/// Fine bins per displayed bin.
const FINE_PER_BIN: usize = 100;
const FINE_BINS: usize = HISTOGRAM_BINS * FINE_PER_BIN;

/// How far below and above the chosen growth a sector may land, in
/// percentage points (both ≥ 0).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Range {
    pub low_pp: f64,
    pub high_pp: f64,
}

impl Range {
    pub fn is_valid(self) -> bool {
        let ok = |v: f64| v.is_finite() && (0.0..=MAX_RANGE_PP).contains(&v);
        ok(self.low_pp) && ok(self.high_pp)
    }
}

/// Everything a run needs, fixed at its start.
#[derive(Clone, Debug, PartialEq)]
pub struct McSpec {
    /// The 2023 output each sector's growth applies to, billion VND: its
    /// 2023 value, or with "2024 so far" its share of the rest of 2023.
    pub values_2023: Vec<f64>,
    pub growth_pct: Vec<f64>,
    pub ranges: Vec<Range>,
    /// Output added to every draw: projects, and the value so far.
    pub project_total: f64,
    pub target: f64,
    pub draws: u32,
    pub seed: u64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Histogram {
    pub low: f64,
    pub high: f64,
    pub counts: Vec<u32>,
}

impl Histogram {
    pub fn bin_width(&self) -> f64 {
        (self.high - self.low) / self.counts.len().max(1) as f64
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct McSummary {
    pub draws: u32,
    /// How many draws reach the target.
    pub met: u32,
    /// Share of draws whose total reaches the target, 0 to 1.
    pub probability: f64,
    pub p10: f64,
    pub p50: f64,
    pub p90: f64,
    pub histogram: Histogram,
}

/// Three independent uniforms in [0, 1) from one random word, 21 bits
/// each: far finer than any total the app shows.
#[inline(always)]
fn three_uniforms(x: u64) -> (f64, f64, f64) {
    const SCALE: f64 = 1.0 / (1u64 << 21) as f64;
    const MASK: u64 = (1 << 21) - 1;
    (
        (x >> 43) as f64 * SCALE,
        ((x >> 22) & MASK) as f64 * SCALE,
        ((x >> 1) & MASK) as f64 * SCALE,
    )
}

/// One sector's draw, with everything that does not change between draws
/// worked out once (the inner loop runs millions of times).
struct SectorDraw {
    value_per_pp: f64,
    mode: f64,
    below: f64,
    above: f64,
    /// Probability of landing below the mode: below / (below + above).
    split: f64,
}

impl SectorDraw {
    fn new(value: f64, mode: f64, range: Range) -> SectorDraw {
        let width = range.low_pp + range.high_pp;
        SectorDraw {
            value_per_pp: value / 100.0,
            mode,
            below: range.low_pp,
            above: range.high_pp,
            split: if width > 0.0 {
                range.low_pp / width
            } else {
                0.0
            },
        }
    }

    /// A triangular draw: with probability `split` the left half (the mode
    /// minus `below` × min(u1, u2)), else the right half. A zero-width
    /// range gives the mode exactly.
    #[inline(always)]
    fn growth(&self, word: u64) -> f64 {
        let (u1, u2, u3) = three_uniforms(word);
        let left = f64::from(u8::from(u3 < self.split));
        let step = self.above - left * (self.above + self.below);
        // Plain comparisons: `f64::min`/`max` carry NaN handling (no NaN
        // can occur here) that costs a third of the loop when optimising
        // for size.
        let nearest = if u1 < u2 { u1 } else { u2 };
        let g = self.mode + nearest * step;
        if g < MIN_GROWTH_PCT {
            MIN_GROWTH_PCT
        } else {
            g
        }
    }
}

pub struct McRun {
    spec: McSpec,
    sectors: Vec<SectorDraw>,
    /// Sum of 2023 values plus project output: the total at 0 % growth.
    base_total: f64,
    rng: Xoshiro256PlusPlus,
    /// Range of the fine histogram: every possible total, and the target.
    low: f64,
    high: f64,
    fine: Vec<u32>,
    done: u32,
    met: u32,
}

impl McRun {
    pub fn new(spec: McSpec) -> McRun {
        let (low, high) = display_range(&spec);
        let sectors: Vec<SectorDraw> = spec
            .values_2023
            .iter()
            .enumerate()
            .map(|(i, &v)| {
                let mode = spec.growth_pct.get(i).copied().unwrap_or(0.0);
                let range = spec.ranges.get(i).copied().unwrap_or(Range {
                    low_pp: 0.0,
                    high_pp: 0.0,
                });
                SectorDraw::new(v, mode, range)
            })
            .collect();
        let base_total = spec.values_2023.iter().sum::<f64>() + spec.project_total;
        McRun {
            sectors,
            base_total,
            rng: Xoshiro256PlusPlus::seed_from_u64(spec.seed),
            low,
            high,
            fine: vec![0; FINE_BINS],
            done: 0,
            met: 0,
            spec,
        }
    }

    pub fn done(&self) -> u32 {
        self.done
    }

    pub fn is_finished(&self) -> bool {
        self.done() >= self.spec.draws
    }

    /// Takes up to `max_draws` more draws; returns whether the run is finished.
    pub fn advance(&mut self, max_draws: u32) -> bool {
        let remaining = self.spec.draws.saturating_sub(self.done);
        let scale = FINE_BINS as f64 / (self.high - self.low);
        let base = self.base_total;
        for _ in 0..max_draws.min(remaining) {
            let mut total = base;
            for sector in &self.sectors {
                total += sector.value_per_pp * sector.growth(self.rng.next_u64());
            }
            if total >= self.spec.target {
                self.met += 1;
            }
            // `as` saturates, so a total a rounding error below `low` lands in bin 0.
            let bin = ((total - self.low) * scale) as usize;
            self.fine[if bin < FINE_BINS { bin } else { FINE_BINS - 1 }] += 1;
            self.done += 1;
        }
        self.is_finished()
    }

    /// Runs to the end in one go (tests and the native benchmark).
    pub fn run(spec: McSpec) -> McSummary {
        let mut run = McRun::new(spec);
        run.advance(u32::MAX);
        run.summary()
    }

    /// Summary of the draws so far (all of them once finished).
    pub fn summary(&self) -> McSummary {
        let n = self.done;
        let counts: Vec<u32> = self
            .fine
            .chunks(FINE_PER_BIN)
            .map(|c| c.iter().sum())
            .collect();
        let histogram = Histogram {
            low: self.low,
            high: self.high,
            counts,
        };
        if n == 0 {
            return McSummary {
                draws: 0,
                met: 0,
                probability: 0.0,
                p10: f64::NAN,
                p50: f64::NAN,
                p90: f64::NAN,
                histogram,
            };
        }
        McSummary {
            draws: n,
            met: self.met,
            probability: f64::from(self.met) / f64::from(n),
            p10: self.quantile(0.1),
            p50: self.quantile(0.5),
            p90: self.quantile(0.9),
            histogram,
        }
    }

    /// The total below which a share `q` of draws fall, interpolated
    /// within its fine bin.
    fn quantile(&self, q: f64) -> f64 {
        let rank = q * f64::from(self.done);
        let width = (self.high - self.low) / FINE_BINS as f64;
        let mut below = 0.0;
        for (i, &count) in self.fine.iter().enumerate() {
            let count = f64::from(count);
            if count > 0.0 && below + count >= rank {
                let within = ((rank - below) / count).clamp(0.0, 1.0);
                return self.low + width * (i as f64 + within);
            }
            below += count;
        }
        self.high
    }
}

/// Every total a run can produce lies between all sectors at the bottom of
/// their ranges and all at the top; the target is added so the chart can
/// show it, and a margin so no draw sits on the edge.
fn display_range(spec: &McSpec) -> (f64, f64) {
    let total_at = |side: f64| -> f64 {
        let sectors: f64 = spec
            .values_2023
            .iter()
            .enumerate()
            .map(|(i, v)| {
                let g = spec.growth_pct.get(i).copied().unwrap_or(0.0);
                let r = spec.ranges.get(i).copied().unwrap_or(Range {
                    low_pp: 0.0,
                    high_pp: 0.0,
                });
                let edge = if side < 0.0 {
                    g - r.low_pp
                } else {
                    g + r.high_pp
                };
                v * (1.0 + edge.max(MIN_GROWTH_PCT) / 100.0)
            })
            .sum();
        sectors + spec.project_total
    };
    let target = if spec.target.is_finite() {
        spec.target
    } else {
        total_at(1.0)
    };
    let low = total_at(-1.0).min(target);
    let high = total_at(1.0).max(target);
    let pad = ((high - low) * 0.05).max(1.0);
    (low - pad, high + pad)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn spec(growth: [f64; 4], range: f64, seed: u64) -> McSpec {
        McSpec {
            values_2023: vec![575.8, 100_867.1, 1_121.4, 328.9],
            growth_pct: growth.to_vec(),
            ranges: vec![
                Range {
                    low_pp: range,
                    high_pp: range
                };
                4
            ],
            project_total: 0.0,
            target: 111_816.0,
            draws: 20_000,
            seed,
        }
    }

    #[test]
    fn draws_are_triangular() {
        // Triangle from 1 to 8 peaking at 3: mean (1 + 3 + 8) / 3 = 4, and
        // P(X < 3) = (3 − 1) / (8 − 1) = 2/7.
        let d = SectorDraw::new(
            1_000.0,
            3.0,
            Range {
                low_pp: 2.0,
                high_pp: 5.0,
            },
        );
        let mut rng = Xoshiro256PlusPlus::seed_from_u64(3);
        let n = 200_000;
        let draws: Vec<f64> = (0..n).map(|_| d.growth(rng.next_u64())).collect();
        let mean = draws.iter().sum::<f64>() / f64::from(n);
        assert!((mean - 4.0).abs() < 0.02, "{mean}");
        let below = draws.iter().filter(|&&g| g < 3.0).count() as f64 / f64::from(n);
        assert!((below - 2.0 / 7.0).abs() < 0.005, "{below}");
        assert!(draws.iter().all(|&g| (1.0..=8.0).contains(&g)));
        // Density at the quarter points of the left side: 1/4 of the peak
        // height at 1.5 versus 3/4 at 2.5 — three times as many draws.
        let near = |x: f64| draws.iter().filter(|&&g| (g - x).abs() < 0.05).count() as f64;
        let ratio = near(2.5) / near(1.5);
        assert!((ratio - 3.0).abs() < 0.3, "{ratio}");
    }

    #[test]
    fn zero_width_and_the_floor_are_exact() {
        let fixed = SectorDraw::new(
            1_000.0,
            3.0,
            Range {
                low_pp: 0.0,
                high_pp: 0.0,
            },
        );
        assert_eq!(fixed.growth(u64::MAX), 3.0);
        assert_eq!(fixed.growth(0), 3.0);
        let floor = SectorDraw::new(
            1_000.0,
            -99.0,
            Range {
                low_pp: 5.0,
                high_pp: 0.0,
            },
        );
        let mut rng = Xoshiro256PlusPlus::seed_from_u64(1);
        assert!((0..1_000).all(|_| floor.growth(rng.next_u64()) >= MIN_GROWTH_PCT));
    }

    #[test]
    fn baseline_with_narrow_ranges_is_nearly_hopeless() {
        // The baseline is 5,354 short; ±2 pp on manufacturing moves the total
        // by at most ±2,017, so no draw reaches the target.
        let s = McRun::run(spec([10.0, 3.4, 4.8, 8.6], 2.0, 1));
        assert_eq!(s.probability, 0.0);
        assert!((s.p50 - 106_462.374).abs() < 100.0, "{}", s.p50);
        assert!(s.p10 < s.p50 && s.p50 < s.p90);
        assert_eq!(
            s.histogram.counts.iter().map(|&c| c as u64).sum::<u64>(),
            20_000
        );
    }

    #[test]
    fn centred_on_the_target_it_is_a_coin_toss() {
        let uniform = (111_816.0 / 102_893.2 - 1.0) * 100.0;
        let s = McRun::run(spec([uniform; 4], 3.0, 7));
        assert!((s.probability - 0.5).abs() < 0.02, "{}", s.probability);
    }

    #[test]
    fn chunking_does_not_change_the_answer() {
        let whole = McRun::run(spec([10.0, 8.0, 4.8, 8.6], 3.0, 42));
        let mut run = McRun::new(spec([10.0, 8.0, 4.8, 8.6], 3.0, 42));
        while !run.advance(777) {}
        assert_eq!(run.summary(), whole);
    }

    #[test]
    fn an_empty_run_summarises_without_panicking() {
        let mut s = spec([1.0; 4], 1.0, 1);
        s.draws = 0;
        let summary = McRun::run(s);
        assert_eq!(summary.draws, 0);
        assert!(summary.p50.is_nan());
    }

    #[test]
    fn percentiles_match_a_sorted_sample_to_within_a_fine_bin() {
        let s = spec([10.0, 8.0, 4.8, 8.6], 3.0, 5);
        let mut run = McRun::new(s.clone());
        run.advance(u32::MAX);
        let summary = run.summary();
        // Replay the same draws and sort them.
        let mut rng = Xoshiro256PlusPlus::seed_from_u64(s.seed);
        let draws: Vec<SectorDraw> = (0..4)
            .map(|i| SectorDraw::new(s.values_2023[i], s.growth_pct[i], s.ranges[i]))
            .collect();
        let mut totals: Vec<f64> = (0..s.draws)
            .map(|_| {
                draws
                    .iter()
                    .map(|d| d.value_per_pp * (100.0 + d.growth(rng.next_u64())))
                    .sum()
            })
            .collect();
        totals.sort_by(f64::total_cmp);
        let fine_width = (run.high - run.low) / FINE_BINS as f64;
        let exact = |q: f64| totals[(q * totals.len() as f64) as usize];
        assert!(
            (summary.p10 - exact(0.1)).abs() <= fine_width,
            "{} vs {}",
            summary.p10,
            exact(0.1)
        );
        assert!((summary.p50 - exact(0.5)).abs() <= fine_width);
        assert!((summary.p90 - exact(0.9)).abs() <= fine_width);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn zero_width_ranges_give_exactly_0_or_1(
            g in proptest::array::uniform4(-20.0f64..40.0),
            seed in any::<u64>(),
        ) {
            let mut s = spec(g, 0.0, seed);
            s.draws = 200;
            let p = McRun::run(s).probability;
            prop_assert!(p == 0.0 || p == 1.0, "{}", p);
        }

        #[test]
        fn the_same_seed_gives_the_same_result(
            g in proptest::array::uniform4(-20.0f64..40.0),
            range in 0.0f64..10.0,
            seed in any::<u64>(),
        ) {
            let mut s = spec(g, range, seed);
            s.draws = 500;
            prop_assert_eq!(McRun::run(s.clone()), McRun::run(s));
        }
    }
}
