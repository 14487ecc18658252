//! Base64url without padding (RFC 4648 §5), for names inside links and the
//! saved list. This project's own code, written from the RFC (not adapted
//! from another implementation); the `base64` crate, whose general engine
//! and tables cost about 2 KiB of the wasm's brotli for the few names a
//! scenario carries, is the reference it is tested against.
//!
//! Invariants: exactly the `base64` crate's `URL_SAFE_NO_PAD` engine
//! (checked against it by a property test): `decode` refuses padding,
//! characters outside the alphabet, a length of 1 mod 4 and non-zero
//! trailing bits, so every text has at most one decoding and every byte
//! string exactly one encoding.

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// The text's bytes are not base64url without padding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InvalidBase64;

pub fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        // 3 bytes make 4 characters; 2 make 3; 1 makes 2.
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
        }
    }
    out
}

pub fn decode(text: &str) -> Result<Vec<u8>, InvalidBase64> {
    let text = text.as_bytes();
    if text.len() % 4 == 1 {
        return Err(InvalidBase64);
    }
    let mut out = Vec::with_capacity(text.len() / 4 * 3 + 2);
    for chunk in text.chunks(4) {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            n |= u32::from(sextet(c)?) << (18 - 6 * i);
        }
        let bytes = n.to_be_bytes();
        let kept = chunk.len() - 1;
        // The bits past the last whole byte must be zero.
        if n << (8 * kept) & 0x00ff_ffff != 0 {
            return Err(InvalidBase64);
        }
        out.extend_from_slice(&bytes[1..=kept]);
    }
    Ok(out)
}

fn sextet(c: u8) -> Result<u8, InvalidBase64> {
    match c {
        b'A'..=b'Z' => Ok(c - b'A'),
        b'a'..=b'z' => Ok(c - b'a' + 26),
        b'0'..=b'9' => Ok(c - b'0' + 52),
        b'-' => Ok(62),
        b'_' => Ok(63),
        _ => Err(InvalidBase64),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_the_rfc_examples_in_the_url_alphabet() {
        // RFC 4648 §10, without padding.
        let cases = [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ];
        for (plain, encoded) in cases {
            assert_eq!(encode(plain.as_bytes()), encoded);
            assert_eq!(decode(encoded), Ok(plain.as_bytes().to_vec()));
        }
        // The two characters that differ from standard base64.
        assert_eq!(encode(&[0xfb, 0xff]), "-_8");
        assert_eq!(decode("-_8"), Ok(vec![0xfb, 0xff]));
        assert_eq!(encode("Nhà máy".as_bytes()), "TmjDoCBtw6F5");
    }

    #[test]
    fn refuses_what_has_no_single_decoding() {
        // "Zh" and "Zm9" end in bits that "Zg" (f) and "Zm8" (fo) leave zero.
        for text in [
            "Zg==", "Z", "Zm9vY", "Zh", "Zm9", "Zm+v", "Zm/v", "Zm9v\n", "Zm 9",
        ] {
            assert_eq!(decode(text), Err(InvalidBase64), "{text:?}");
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    use base64::Engine as _;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(5_000))]
        #[test]
        fn encodes_as_the_base64_crate(bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
            let ours = encode(&bytes);
            prop_assert_eq!(&ours, &URL_SAFE_NO_PAD.encode(&bytes));
            prop_assert_eq!(decode(&ours), Ok(bytes));
        }

        #[test]
        fn decodes_as_the_base64_crate(text in "[A-Za-z0-9_=+/ -]{0,24}") {
            prop_assert_eq!(decode(&text).ok(), URL_SAFE_NO_PAD.decode(&text).ok(), "{:?}", text);
        }

        #[test]
        fn decodes_near_valid_text_as_the_base64_crate(text in "[A-Za-z0-9_-]{0,24}") {
            prop_assert_eq!(decode(&text).ok(), URL_SAFE_NO_PAD.decode(&text).ok(), "{:?}", text);
        }
    }
}
