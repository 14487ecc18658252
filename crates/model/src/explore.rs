//! Ordering the sector overview: which sector comes first under each column.
//!
//! Sorting returns sector indices (dataset order is never changed), and is
//! stable: ties keep dataset order, so the table never jitters.

use std::cmp::Ordering;

use super::dataset::{Dataset, Lang};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SectorColumn {
    Name,
    Value2023,
    Share,
    Growth2023,
    Implied2022,
    Contribution,
}

impl SectorColumn {
    pub const ALL: [SectorColumn; 6] = [
        SectorColumn::Name,
        SectorColumn::Value2023,
        SectorColumn::Share,
        SectorColumn::Growth2023,
        SectorColumn::Implied2022,
        SectorColumn::Contribution,
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Direction {
    #[default]
    Ascending,
    Descending,
}

impl Direction {
    pub fn flipped(self) -> Direction {
        match self {
            Direction::Ascending => Direction::Descending,
            Direction::Descending => Direction::Ascending,
        }
    }
}

/// `compare_names` orders two names in `lang`; the UI passes the browser's
/// collator, since byte order misplaces Vietnamese letters such as "Đ".
pub fn sorted_sectors(
    data: &Dataset,
    column: SectorColumn,
    direction: Direction,
    lang: Lang,
    compare_names: &dyn Fn(&str, &str) -> Ordering,
) -> Vec<usize> {
    let key = |i: usize| -> f64 {
        let s = &data.sectors[i];
        match column {
            SectorColumn::Name => 0.0,
            SectorColumn::Value2023 => s.value,
            SectorColumn::Share => data.share_2023(i),
            // Not published sorts below every published figure.
            SectorColumn::Growth2023 => s.growth_pct.unwrap_or(f64::NEG_INFINITY),
            SectorColumn::Implied2022 => s.implied_2022().unwrap_or(f64::NEG_INFINITY),
            SectorColumn::Contribution => data.contribution_pp_2023(i).unwrap_or(f64::NEG_INFINITY),
        }
    };
    stable_order(data.sectors.len(), &|a, b| {
        let ordering = if column == SectorColumn::Name {
            compare_names(
                data.sectors[a].name.get(lang),
                data.sectors[b].name.get(lang),
            )
        } else {
            key(a).partial_cmp(&key(b)).unwrap_or(Ordering::Equal)
        };
        match direction {
            Direction::Ascending => ordering,
            Direction::Descending => ordering.reverse(),
        }
    })
}

/// The indices `0..len` in a stable order by `compare`. Every sort the
/// page does on few items goes through here: each `sort_by` is code of its
/// own, per closure, and this one takes any comparison.
pub fn stable_order(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vsics(data: &Dataset, order: &[usize]) -> String {
        order.iter().map(|&i| &*data.sectors[i].vsic).collect()
    }

    #[test]
    fn sorts_by_each_column() {
        let d = Dataset::bundled().unwrap();
        let by = |c, dir| vsics(d, &sorted_sectors(d, c, dir, Lang::En, &str::cmp));
        assert_eq!(by(SectorColumn::Value2023, Direction::Descending), "CDBE");
        assert_eq!(by(SectorColumn::Value2023, Direction::Ascending), "EBDC");
        assert_eq!(by(SectorColumn::Share, Direction::Descending), "CDBE");
        assert_eq!(by(SectorColumn::Growth2023, Direction::Descending), "BEDC");
        assert_eq!(by(SectorColumn::Implied2022, Direction::Ascending), "EBDC");
        // Contributions: C 3.34, D 0.05, B 0.05, E 0.03 pp (B: 52.35/99,446.7).
        assert_eq!(
            by(SectorColumn::Contribution, Direction::Descending),
            "CBDE"
        );
        assert_eq!(by(SectorColumn::Name, Direction::Ascending), "DCBE");
    }

    #[test]
    fn names_sort_with_the_given_collation() {
        let d = Dataset::bundled().unwrap();
        // Byte order puts "Điện" after "Nước"; a collation that reads "Đ"
        // as "D" puts it second, as Vietnamese readers expect.
        let bytes = sorted_sectors(
            d,
            SectorColumn::Name,
            Direction::Ascending,
            Lang::Vi,
            &str::cmp,
        );
        assert_eq!(vsics(d, &bytes), "CBED");
        let fold = |s: &str| s.replace('Đ', "D");
        let folded = sorted_sectors(
            d,
            SectorColumn::Name,
            Direction::Ascending,
            Lang::Vi,
            &|a, b| fold(a).cmp(&fold(b)),
        );
        assert_eq!(vsics(d, &folded), "CDBE");
    }
}
