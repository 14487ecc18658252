//! The wasm's entry point and nothing else: how and when the app starts is
//! `ninh_binh_industry::start` (src/lib.rs), which the browser tests call
//! too, so they start the very app the page does.

fn main() {
    ninh_binh_industry::start();
}
