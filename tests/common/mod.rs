//! What the share-link tests share: the bundled data and the fixture
//! links of every released format (`tests/fixtures/links-v1.txt`).
#![allow(dead_code)] // each test crate uses part of it

use ninh_binh_industry::model::presets::Assumptions;
use ninh_binh_industry::model::Dataset;

pub fn setup() -> (&'static Dataset, &'static Assumptions) {
    let d = Dataset::bundled().unwrap();
    (d, Assumptions::bundled(d).unwrap())
}

/// Each fixture link with what it describes.
pub fn fixtures() -> Vec<(String, String)> {
    include_str!("../fixtures/links-v1.txt")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let (code, what) = l.split_once(" | ").expect("code | description");
            (code.trim().to_owned(), what.to_owned())
        })
        .collect()
}
