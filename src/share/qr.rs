//! QR codes for share links, as a module grid and as SVG path data.
//!
//! The code itself is drawn by Project Nayuki's `qrcodegen` crate (MIT,
//! credited in the README); this module only chooses what to ask of it and
//! turns its modules into what the page draws. Medium error correction
//! (15 %), so a code photographed off a projector screen survives glare and
//! moiré; links go in one byte-mode segment, the smallest version that
//! holds them, and the level is never raised past M, so a given link always
//! gives the same code.
//!
//! Invariants: `dark` has `size * size` entries, row by row, exactly the
//! crate's modules; the SVG path draws every dark module once and nothing
//! else, offset by the quiet zone; `for_text` is `None` only for a text too
//! long for any QR code (over 2,331 bytes; a share link never reaches it).

use qrcodegen::{QrCode, QrCodeEcc, QrSegment, Version};

/// A square grid of modules, row by row; `true` is dark.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrMatrix {
    pub size: usize,
    pub dark: Vec<bool>,
}

/// Modules of light border the QR standard asks for around the code.
pub const QUIET_ZONE: usize = 4;

/// Pixels a module in the picture to download (`svg_document`'s size, and
/// so its PNG's): sharp and large enough to print.
pub const PNG_MODULE_PX: usize = 12;

impl QrMatrix {
    /// `None` only if the text is too long for any QR code (links never are).
    pub fn for_text(text: &str) -> Option<QrMatrix> {
        let segments = [QrSegment::make_bytes(text.as_bytes())];
        let code = QrCode::encode_segments_advanced(
            &segments,
            QrCodeEcc::Medium,
            Version::MIN,
            Version::MAX,
            None,
            false,
        )
        .ok()?;
        let side = code.size();
        let dark = (0..side)
            .flat_map(|y| (0..side).map(move |x| (x, y)))
            .map(|(x, y)| code.get_module(x, y))
            .collect();
        Some(QrMatrix {
            size: usize::try_from(side).ok()?,
            dark,
        })
    }

    /// The QR version (1–40): 21 modules a side at 1, four more a version.
    pub fn version(&self) -> usize {
        (self.size - 17) / 4
    }

    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.size && y < self.size && self.dark[y * self.size + x]
    }

    /// Side of the full picture in modules, quiet zone included.
    pub fn side(&self) -> usize {
        self.size + 2 * QUIET_ZONE
    }

    /// SVG path data drawing every dark module, one rectangle per run of
    /// dark modules in a row, offset by the quiet zone.
    pub fn svg_path(&self) -> String {
        let mut path = String::new();
        for y in 0..self.size {
            let mut x = 0;
            while x < self.size {
                if self.is_dark(x, y) {
                    let start = x;
                    while x < self.size && self.is_dark(x, y) {
                        x += 1;
                    }
                    path.push_str(&format!(
                        "M{} {}h{}v1h-{}z",
                        start + QUIET_ZONE,
                        y + QUIET_ZONE,
                        x - start,
                        x - start
                    ));
                } else {
                    x += 1;
                }
            }
        }
        path
    }

    /// A standalone SVG document (for download).
    pub fn svg_document(&self) -> String {
        let side = self.side();
        let px = side * PNG_MODULE_PX;
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{px}\" height=\"{px}\" viewBox=\"0 0 {side} {side}\" shape-rendering=\"crispEdges\">\
             <rect width=\"{side}\" height=\"{side}\" fill=\"#fff\"/><path d=\"{}\" fill=\"#000\"/></svg>",
            self.svg_path()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_fits_and_has_finder_patterns() {
        let m = QrMatrix::for_text("http://127.0.0.1:8080/?s=1~d1~len~gC9").unwrap();
        assert!(m.size >= 21 && (m.size - 21) % 4 == 0);
        assert_eq!(m.dark.len(), m.size * m.size);
        // The top-left finder pattern: a dark 7×7 ring around a light ring
        // around a dark 3×3 centre.
        assert!((0..7)
            .all(|i| m.is_dark(i, 0) && m.is_dark(0, i) && m.is_dark(i, 6) && m.is_dark(6, i)));
        assert!(!m.is_dark(1, 1));
        assert!(m.is_dark(3, 3));
    }

    #[test]
    fn the_path_draws_exactly_the_dark_modules() {
        let m = QrMatrix::for_text("hello").unwrap();
        let drawn: usize = m
            .svg_path()
            .split('M')
            .skip(1)
            .map(|cmd| {
                cmd.split('h')
                    .nth(1)
                    .unwrap()
                    .split('v')
                    .next()
                    .unwrap()
                    .parse::<usize>()
                    .unwrap()
            })
            .sum();
        assert_eq!(drawn, m.dark.iter().filter(|&&d| d).count());
        assert!(m.svg_document().starts_with("<svg"));
        let px = (m.side() * 12).to_string();
        assert!(m
            .svg_document()
            .contains(&format!(r#"width="{px}" height="{px}""#)));
    }

    /// Byte-mode capacity at level M, from the standard's capacity table
    /// (ISO/IEC 18004:2015, table 7): a text of exactly that many bytes
    /// takes that version, one byte more the next.
    #[test]
    fn the_smallest_version_at_level_m_holds_the_link() {
        let capacity = [
            (1, 14),
            (2, 26),
            (3, 42),
            (4, 62),
            (5, 84),
            (6, 106),
            (7, 122),
            (10, 213),
            (20, 666),
            (30, 1370),
            (40, 2331),
        ];
        for (version, bytes) in capacity {
            let at = QrMatrix::for_text(&"a".repeat(bytes)).unwrap();
            assert_eq!(at.version(), version, "{bytes} bytes");
            assert_eq!(at.size, 17 + 4 * version);
            let over = QrMatrix::for_text(&"a".repeat(bytes + 1));
            assert_eq!(
                over.map(|m| m.version()),
                (version < 40).then_some(version + 1)
            );
        }
    }
}

/// The codes read back with an independent reader, `rqrr` (a port of
/// quirc, not of the generator): from the module grid at every version's
/// boundary, and from a picture of the SVG path as a camera would see it.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod read_back {
    use super::*;
    use proptest::prelude::*;

    /// Characters a share link is made of: the address, `?s=` and the code.
    const LINK_CHARS: &[u8] =
        b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789~*._-:/?=%";

    fn link_of_len(len: usize, salt: usize) -> String {
        let prefix = "https://example.org/ninh-binh/?s=1~d1";
        let mut link = String::from(prefix);
        let mut i = salt;
        while link.len() < len {
            i = i.wrapping_mul(31).wrapping_add(7);
            link.push(char::from(LINK_CHARS[i % LINK_CHARS.len()]));
        }
        link.truncate(len);
        link
    }

    fn read_modules(m: &QrMatrix) -> (rqrr::MetaData, String) {
        let grid = rqrr::SimpleGrid::from_func(m.size, |x, y| m.is_dark(x, y));
        rqrr::Grid::new(grid).decode().expect("the grid decodes")
    }

    /// Rasterises the SVG path (only the `M x y h w v1 h-w z` runs it
    /// writes) at `scale` pixels a module, then finds and reads the code.
    fn read_picture(m: &QrMatrix, scale: usize) -> String {
        let side = m.side() * scale;
        let mut pixels = vec![255u8; side * side];
        for run in m.svg_path().split('M').skip(1) {
            let numbers: Vec<usize> = run
                .split(|c: char| !c.is_ascii_digit())
                .filter(|s| !s.is_empty())
                .map(|s| s.parse().unwrap())
                .collect();
            let (x, y, w) = (numbers[0], numbers[1], numbers[2]);
            for py in y * scale..(y + 1) * scale {
                pixels[py * side + x * scale..py * side + (x + w) * scale].fill(0);
            }
        }
        let mut image =
            rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| pixels[y * side + x]);
        let grids = image.detect_grids();
        assert_eq!(grids.len(), 1, "one code in the picture");
        grids[0].decode().expect("the picture decodes").1
    }

    fn version_of_len(len: usize) -> Option<usize> {
        QrMatrix::for_text(&link_of_len(len, len)).map(|m| m.version())
    }

    /// The longest link that the given version holds, by bisection.
    fn longest_at(version: usize) -> usize {
        let (mut fits, mut too_long) = (0, 2332);
        while too_long - fits > 1 {
            let mid = (fits + too_long) / 2;
            if version_of_len(mid).is_some_and(|v| v <= version) {
                fits = mid;
            } else {
                too_long = mid;
            }
        }
        fits
    }

    fn assert_reads_back(len: usize) {
        let link = link_of_len(len, len);
        let m = QrMatrix::for_text(&link).unwrap();
        let (meta, text) = read_modules(&m);
        assert_eq!(text, link, "{len} bytes");
        assert_eq!(meta.version.0, m.version());
        // Format bits 00 are level M.
        assert_eq!(meta.ecc_level, 0, "level M at {len} bytes");
    }

    /// Every version's longest and shortest link, and lengths between.
    #[test]
    fn every_version_reads_back_at_level_m() {
        let mut shortest = 1;
        for version in 1..=40 {
            let longest = longest_at(version);
            assert_eq!(version_of_len(longest), Some(version));
            assert_reads_back(shortest);
            assert_reads_back(longest);
            shortest = longest + 1;
        }
        assert_eq!(shortest, 2332);
        assert_eq!(version_of_len(2332), None);
        for len in (5..2331).step_by(97) {
            assert_reads_back(len);
        }
    }

    #[test]
    fn the_drawn_path_reads_back_as_a_picture() {
        for len in [20, 60, 140, 300, 700] {
            let link = link_of_len(len, 3);
            let m = QrMatrix::for_text(&link).unwrap();
            assert_eq!(read_picture(&m, 3), link, "{len} bytes");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn any_text_reads_back(text in "[ -~]{0,400}|\\PC{0,120}") {
            let m = QrMatrix::for_text(&text).unwrap();
            prop_assert_eq!(read_modules(&m).1, text);
        }
    }
}
