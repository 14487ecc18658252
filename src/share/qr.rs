//! QR codes for share links, as a module grid and as SVG path data.
//! Medium error correction (15 %): a code photographed off a projector
//! screen survives glare and moiré.

use qrcode::{Color, EcLevel, QrCode};

/// A square grid of modules, row by row; `true` is dark.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrMatrix {
    pub size: usize,
    pub dark: Vec<bool>,
}

/// Modules of light border the QR standard asks for around the code.
pub const QUIET_ZONE: usize = 4;

impl QrMatrix {
    /// `None` only if the text is too long for any QR code (links never are).
    pub fn for_text(text: &str) -> Option<QrMatrix> {
        let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
        let size = code.width();
        let dark = code
            .into_colors()
            .into_iter()
            .map(|c| c == Color::Dark)
            .collect();
        Some(QrMatrix { size, dark })
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
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {side} {side}\" shape-rendering=\"crispEdges\">\
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
        // The top-left finder pattern: a dark 7×7 ring.
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
    }
}
