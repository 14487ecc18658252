//! Sharing a scenario: the link format (`code`). The only place that reads
//! or writes it; older formats are migrated here, with fixtures in `tests/`.

pub mod base64url;
pub mod code;
pub mod export;
pub mod qr;
pub mod store;
