//! QR codes for share links (ISO/IEC 18004, model 2), as a module grid
//! and as SVG path data. Medium error correction (15 %): a code
//! photographed off a projector screen survives glare and moiré. Links go
//! in byte mode, the smallest version that holds them (the crate mixed in
//! numeric and alphanumeric segments where they were shorter, so a link
//! with long runs of digits may take one version more than it did).
//!
//! Written here rather than taken from the `qrcode` crate, whose segment
//! optimiser, micro-QR support and stored tables (Reed–Solomon generator
//! polynomials, block layouts) cost about 7 KiB of the wasm's brotli; the
//! generator polynomial and everything else derive from two small tables.
//!
//! Invariants: module for module what the `qrcode` crate draws for the same
//! bytes in byte mode at the same version and level, mask choice included
//! (checked natively against it, a dev-dependency), and the smallest
//! version whose capacity holds the text.

/// Error-correction codewords per block, level M, by version (1–40).
const ECC_PER_BLOCK: [u8; 41] = [
    0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28,
    28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
];
/// Error-correction blocks, level M, by version (1–40).
const BLOCKS: [u8; 41] = [
    0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23,
    25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49,
];
/// Level M's two format bits.
const LEVEL_M_BITS: u32 = 0b00;

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
        let bytes = text.as_bytes();
        let version =
            (1..=40).find(|&v| byte_mode_bits(v, bytes.len()) <= data_codewords(v) * 8)?;
        let codewords = interleave_with_ecc(version, &data_codewords_for(version, bytes));
        let mut grid = Grid::with_function_patterns(version);
        grid.draw_codewords(&codewords);
        Some(grid.with_best_mask())
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

/// Modules that carry codewords (all but the function patterns).
fn raw_data_modules(version: usize) -> usize {
    let mut modules = (16 * version + 128) * version + 64;
    if version >= 2 {
        let alignments = version / 7 + 2;
        modules -= (25 * alignments - 10) * alignments - 55;
        if version >= 7 {
            modules -= 36;
        }
    }
    modules
}

fn data_codewords(version: usize) -> usize {
    raw_data_modules(version) / 8
        - usize::from(ECC_PER_BLOCK[version]) * usize::from(BLOCKS[version])
}

/// Mode indicator, character count and the bytes themselves.
fn byte_mode_bits(version: usize, len: usize) -> usize {
    4 + count_bits(version) + 8 * len
}

fn count_bits(version: usize) -> usize {
    if version <= 9 {
        8
    } else {
        16
    }
}

/// Byte mode, terminator, zero bits to a byte boundary, then the pad bytes
/// 0xEC 0x11 alternately up to the version's data capacity.
fn data_codewords_for(version: usize, bytes: &[u8]) -> Vec<u8> {
    let capacity = data_codewords(version);
    let mut bits = BitWriter::default();
    bits.push(0b0100, 4);
    bits.push(bytes.len() as u32, count_bits(version));
    for &b in bytes {
        bits.push(u32::from(b), 8);
    }
    let terminator = (capacity * 8 - bits.len).min(4);
    bits.push(0, terminator);
    let mut codewords = bits.bytes;
    let pad = [0xEC, 0x11];
    let fill = capacity - codewords.len();
    codewords.extend((0..fill).map(|i| pad[i % 2]));
    codewords
}

#[derive(Default)]
struct BitWriter {
    bytes: Vec<u8>,
    len: usize,
}

impl BitWriter {
    fn push(&mut self, value: u32, count: usize) {
        for i in (0..count).rev() {
            if self.len % 8 == 0 {
                self.bytes.push(0);
            }
            let bit = (value >> i & 1) as u8;
            if let Some(last) = self.bytes.last_mut() {
                *last |= bit << (7 - self.len % 8);
            }
            self.len += 1;
        }
    }
}

/// Splits the data into blocks (the short ones first), appends each
/// block's Reed–Solomon codewords, and interleaves data then ECC.
fn interleave_with_ecc(version: usize, data: &[u8]) -> Vec<u8> {
    let blocks = usize::from(BLOCKS[version]);
    let ecc_len = usize::from(ECC_PER_BLOCK[version]);
    let raw = raw_data_modules(version) / 8;
    let short_blocks = blocks - raw % blocks;
    let short_len = raw / blocks - ecc_len;
    let divisor = rs_divisor(ecc_len);
    let mut data_blocks = Vec::with_capacity(blocks);
    let mut rest = data;
    for i in 0..blocks {
        let (block, tail) = rest.split_at(short_len + usize::from(i >= short_blocks));
        data_blocks.push(block);
        rest = tail;
    }
    let mut out = Vec::with_capacity(raw);
    for i in 0..=short_len {
        out.extend(data_blocks.iter().filter_map(|b| b.get(i)));
    }
    let eccs: Vec<Vec<u8>> = data_blocks
        .iter()
        .map(|b| rs_remainder(b, &divisor))
        .collect();
    for i in 0..ecc_len {
        out.extend(eccs.iter().map(|e| e[i]));
    }
    out
}

/// Product in GF(2^8) modulo x^8 + x^4 + x^3 + x^2 + 1.
fn gf_mul(x: u8, y: u8) -> u8 {
    let mut z: u32 = 0;
    for i in (0..8).rev() {
        z = (z << 1) ^ ((z >> 7) * 0x11D);
        z ^= u32::from(y >> i & 1) * u32::from(x);
    }
    z as u8
}

/// The generator polynomial of the given degree, leading 1 omitted.
fn rs_divisor(degree: usize) -> Vec<u8> {
    let mut result = vec![0u8; degree];
    result[degree - 1] = 1;
    let mut root = 1u8;
    for _ in 0..degree {
        for j in 0..degree {
            result[j] = gf_mul(result[j], root);
            if j + 1 < degree {
                result[j] ^= result[j + 1];
            }
        }
        root = gf_mul(root, 0x02);
    }
    result
}

fn rs_remainder(data: &[u8], divisor: &[u8]) -> Vec<u8> {
    let mut result = vec![0u8; divisor.len()];
    for &b in data {
        let factor = b ^ result[0];
        result.rotate_left(1);
        let last = result.len() - 1;
        result[last] = 0;
        for (r, &d) in result.iter_mut().zip(divisor) {
            *r ^= gf_mul(d, factor);
        }
    }
    result
}

/// The symbol while it is drawn: module colours and which modules belong
/// to function patterns (never masked).
#[derive(Clone)]
struct Grid {
    version: usize,
    size: usize,
    dark: Vec<bool>,
    function: Vec<bool>,
}

impl Grid {
    fn with_function_patterns(version: usize) -> Grid {
        let size = version * 4 + 17;
        let mut grid = Grid {
            version,
            size,
            dark: vec![false; size * size],
            function: vec![false; size * size],
        };
        for i in 0..size {
            grid.set_function(6, i, i % 2 == 0);
            grid.set_function(i, 6, i % 2 == 0);
        }
        for (x, y) in [(3, 3), (size - 4, 3), (3, size - 4)] {
            grid.draw_finder(x, y);
        }
        let positions = alignment_positions(version);
        let last = positions.len().saturating_sub(1);
        for (i, &x) in positions.iter().enumerate() {
            for (j, &y) in positions.iter().enumerate() {
                let on_finder = [(0, 0), (0, last), (last, 0)].contains(&(i, j));
                if !on_finder {
                    grid.draw_alignment(x, y);
                }
            }
        }
        // Reserved now, written once the mask is known.
        grid.draw_format_bits(0);
        grid.draw_version_bits();
        grid
    }

    fn set_function(&mut self, x: usize, y: usize, dark: bool) {
        let i = y * self.size + x;
        self.dark[i] = dark;
        self.function[i] = true;
    }

    fn draw_finder(&mut self, cx: usize, cy: usize) {
        for dy in -4i32..=4 {
            for dx in -4i32..=4 {
                let (x, y) = (cx as i32 + dx, cy as i32 + dy);
                let ring = dx.abs().max(dy.abs());
                if (0..self.size as i32).contains(&x) && (0..self.size as i32).contains(&y) {
                    self.set_function(x as usize, y as usize, ring != 2 && ring != 4);
                }
            }
        }
    }

    fn draw_alignment(&mut self, cx: usize, cy: usize) {
        for dy in 0..5usize {
            for dx in 0..5usize {
                let ring = dx.abs_diff(2).max(dy.abs_diff(2));
                self.set_function(cx + dx - 2, cy + dy - 2, ring != 1);
            }
        }
    }

    fn draw_format_bits(&mut self, mask: u32) {
        let data = LEVEL_M_BITS << 3 | mask;
        let mut rem = data;
        for _ in 0..10 {
            rem = (rem << 1) ^ ((rem >> 9) * 0x537);
        }
        let bits = (data << 10 | rem) ^ 0x5412;
        let bit = |i: usize| bits >> i & 1 != 0;
        let size = self.size;
        for i in 0..=5 {
            self.set_function(8, i, bit(i));
        }
        self.set_function(8, 7, bit(6));
        self.set_function(8, 8, bit(7));
        self.set_function(7, 8, bit(8));
        for i in 9..15 {
            self.set_function(14 - i, 8, bit(i));
        }
        for i in 0..8 {
            self.set_function(size - 1 - i, 8, bit(i));
        }
        for i in 8..15 {
            self.set_function(8, size - 15 + i, bit(i));
        }
        self.set_function(8, size - 8, true);
    }

    fn draw_version_bits(&mut self) {
        if self.version < 7 {
            return;
        }
        let mut rem = self.version as u32;
        for _ in 0..12 {
            rem = (rem << 1) ^ ((rem >> 11) * 0x1F25);
        }
        let bits = (self.version as u32) << 12 | rem;
        for i in 0..18 {
            let dark = bits >> i & 1 != 0;
            let (a, b) = (self.size - 11 + i % 3, i / 3);
            self.set_function(a, b, dark);
            self.set_function(b, a, dark);
        }
    }

    /// Codeword bits in the zigzag of two-module columns from the bottom
    /// right, skipping the vertical timing pattern; remainder bits light.
    fn draw_codewords(&mut self, codewords: &[u8]) {
        let size = self.size;
        let mut bit = 0;
        let mut right = size - 1;
        while right >= 1 {
            if right == 6 {
                right = 5;
            }
            for vert in 0..size {
                for j in 0..2 {
                    let x = right - j;
                    let upward = (right + 1) & 2 == 0;
                    let y = if upward { size - 1 - vert } else { vert };
                    let i = y * size + x;
                    if !self.function[i] && bit < codewords.len() * 8 {
                        self.dark[i] = codewords[bit >> 3] >> (7 - (bit & 7)) & 1 != 0;
                        bit += 1;
                    }
                }
            }
            if right < 2 {
                break;
            }
            right -= 2;
        }
    }

    fn masked(&self, mask: u32) -> Grid {
        let mut grid = self.clone();
        for y in 0..self.size {
            for x in 0..self.size {
                let i = y * self.size + x;
                if !self.function[i] && mask_inverts(mask, x, y) {
                    grid.dark[i] = !grid.dark[i];
                }
            }
        }
        grid.draw_format_bits(mask);
        grid
    }

    /// The first of the eight masks with the lowest penalty.
    fn with_best_mask(&self) -> QrMatrix {
        let best = (0..8)
            .map(|mask| self.masked(mask))
            .min_by_key(Grid::penalty)
            .unwrap_or_else(|| self.clone());
        QrMatrix {
            size: best.size,
            dark: best.dark,
        }
    }

    fn at(&self, x: usize, y: usize) -> bool {
        self.dark[y * self.size + x]
    }

    /// The `qrcode` crate's penalty: runs of five or more, 2×2 blocks,
    /// finder-like patterns without four light modules on one side, and
    /// the distance from half dark (without its constant offset for the
    /// three finders themselves, which does not change the choice).
    fn penalty(&self) -> usize {
        let n = self.size;
        let rows = |i: usize| (0..n).map(move |j| (j, i));
        let cols = |i: usize| (0..n).map(move |j| (i, j));
        let mut score = 0;
        for i in 0..n {
            score += self.runs_penalty(rows(i)) + self.runs_penalty(cols(i));
            score +=
                self.finder_penalty(|k| self.at(k, i)) + self.finder_penalty(|k| self.at(i, k));
        }
        for y in 0..n - 1 {
            for x in 0..n - 1 {
                let c = self.at(x, y);
                if self.at(x + 1, y) == c && self.at(x, y + 1) == c && self.at(x + 1, y + 1) == c {
                    score += 3;
                }
            }
        }
        let dark = self.dark.iter().filter(|&&d| d).count();
        let ratio = dark * 200 / (n * n);
        score + ratio.abs_diff(100)
    }

    fn runs_penalty(&self, line: impl Iterator<Item = (usize, usize)>) -> usize {
        let mut score = 0;
        let mut run = 0;
        let mut last = None;
        for (x, y) in line {
            let c = Some(self.at(x, y));
            if c == last {
                run += 1;
            } else {
                if run >= 5 {
                    score += run - 2;
                }
                last = c;
                run = 1;
            }
        }
        if run >= 5 {
            score += run - 2;
        }
        score
    }

    fn finder_penalty(&self, dark_at: impl Fn(usize) -> bool) -> usize {
        const PATTERN: [bool; 7] = [true, false, true, true, true, false, true];
        let n = self.size;
        let any_dark = |from: usize, to: usize| (from..to.min(n)).any(&dark_at);
        (0..n - 6)
            .filter(|&j| (0..7).all(|k| dark_at(j + k) == PATTERN[k]))
            .filter(|&j| !any_dark(j.saturating_sub(4), j) || !any_dark(j + 7, j + 11))
            .count()
            * 40
    }
}

fn mask_inverts(mask: u32, x: usize, y: usize) -> bool {
    match mask {
        0 => (x + y) % 2 == 0,
        1 => y % 2 == 0,
        2 => x % 3 == 0,
        3 => (x + y) % 3 == 0,
        4 => (x / 3 + y / 2) % 2 == 0,
        5 => x * y % 2 + x * y % 3 == 0,
        6 => (x * y % 2 + x * y % 3) % 2 == 0,
        _ => ((x + y) % 2 + x * y % 3) % 2 == 0,
    }
}

/// Centres of the alignment patterns along each axis.
fn alignment_positions(version: usize) -> Vec<usize> {
    if version == 1 {
        return Vec::new();
    }
    let count = version / 7 + 2;
    let step = if version == 32 {
        26
    } else {
        (version * 4 + count * 2 + 1) / (count * 2 - 2) * 2
    };
    let size = version * 4 + 17;
    let mut positions: Vec<usize> = (0..count - 1).map(|i| size - 7 - i * step).collect();
    positions.push(6);
    positions.reverse();
    positions
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod against_the_qrcode_crate {
    use super::*;
    use proptest::prelude::*;
    use qrcode::bits::Bits;
    use qrcode::canvas::{Canvas, MaskPattern};
    use qrcode::ec::construct_codewords;
    use qrcode::{Color, EcLevel, QrCode, Version};

    fn byte_mode_bits_for(version: usize, bytes: &[u8]) -> Option<Bits> {
        let mut bits = Bits::new(Version::Normal(version as i16));
        bits.push_byte_data(bytes).ok()?;
        bits.push_terminator(EcLevel::M).ok()?;
        Some(bits)
    }

    fn colors_to_dark(colors: Vec<Color>) -> Vec<bool> {
        colors.into_iter().map(|c| c == Color::Dark).collect()
    }

    const MASKS: [MaskPattern; 8] = [
        MaskPattern::Checkerboard,
        MaskPattern::HorizontalLines,
        MaskPattern::VerticalLines,
        MaskPattern::DiagonalLines,
        MaskPattern::LargeCheckerboard,
        MaskPattern::Fields,
        MaskPattern::Diamonds,
        MaskPattern::Meadow,
    ];

    /// Every version, every mask: codewords, function patterns, format and
    /// version information placed exactly where the crate places them.
    #[test]
    fn every_version_and_mask_draws_the_same_modules() {
        for version in 1..=40 {
            let text = vec![b'a' + (version as u8 % 26); data_codewords(version) - 3];
            let bits = byte_mode_bits_for(version, &text).expect("fits its version");
            let (data, ecc) = construct_codewords(
                &bits.into_bytes(),
                Version::Normal(version as i16),
                EcLevel::M,
            )
            .unwrap();
            let ours = data_codewords_for(version, &text);
            assert_eq!(
                interleave_with_ecc(version, &ours),
                [data.clone(), ecc.clone()].concat(),
                "v{version}"
            );
            let mut grid = Grid::with_function_patterns(version);
            grid.draw_codewords(&interleave_with_ecc(version, &ours));
            for (mask, pattern) in MASKS.iter().enumerate() {
                let mut canvas = Canvas::new(Version::Normal(version as i16), EcLevel::M);
                canvas.draw_all_functional_patterns();
                canvas.draw_data(&data, &ecc);
                canvas.apply_mask(*pattern);
                assert_eq!(
                    grid.masked(mask as u32).dark,
                    colors_to_dark(canvas.into_colors()),
                    "v{version} mask {mask}"
                );
            }
        }
    }

    #[test]
    fn a_typical_link_is_the_crates_code() {
        let link =
            "https://example.org/ninh-binh/?s=1~d1~g8.7*9.1*12*7.5*5*8~len~p s0*C*1000*1.5*7*1";
        let ours = QrMatrix::for_text(link).unwrap();
        let version = (ours.size - 17) / 4;
        let theirs = QrCode::with_bits(
            byte_mode_bits_for(version, link.as_bytes()).unwrap(),
            EcLevel::M,
        )
        .unwrap();
        assert_eq!(ours.dark, colors_to_dark(theirs.into_colors()));
        assert!(byte_mode_bits_for(version - 1, link.as_bytes()).is_none());
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        /// Any text: the smallest version that holds it, the crate's mask
        /// choice and the crate's modules.
        #[test]
        fn any_text_is_the_crates_code(text in "[ -~]{0,300}|\\PC{0,120}") {
            let ours = QrMatrix::for_text(&text).unwrap();
            let version = (ours.size - 17) / 4;
            let bits = byte_mode_bits_for(version, text.as_bytes()).unwrap();
            let theirs = QrCode::with_bits(bits, EcLevel::M).unwrap();
            prop_assert_eq!(ours.dark, colors_to_dark(theirs.into_colors()));
            prop_assert!(version == 1 || byte_mode_bits_for(version - 1, text.as_bytes()).is_none());
        }
    }

    #[test]
    fn too_long_for_any_version_is_none() {
        assert!(QrMatrix::for_text(&"a".repeat(2331)).is_some());
        assert!(QrMatrix::for_text(&"a".repeat(2332)).is_none());
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
