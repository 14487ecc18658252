#!/usr/bin/env bash
# The release build of dist/ (Trunk), for size: on a pinned nightly that
# rebuilds the standard library optimised for size and aborts on panic
# without formatting a message (about 27 KB brotli less wasm than stable;
# see README, Performance). A panic then stops the wasm with a trap, which
# the page's loader turns into the on-page error message (post-build.mjs).
# Checks, tests and clippy stay on stable; this build has its own target
# directory so the two never invalidate each other.
#
# index.html tells wasm-opt a fact it cannot know (about 1.1 KB brotli
# less): `--low-memory-unused`, as the linker puts the 1 MiB stack first,
# so the lowest 1 KiB is touched only by a stack about to overflow (then
# a folded address traps instead); post-build.mjs checks the data still
# starts at 1 MiB. `--converge` repeats -Oz while it still shrinks (0.3 KB).
#
#   scripts/build.sh [trunk build options]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
export RUSTUP_TOOLCHAIN="$RELEASE_TOOLCHAIN"
export CARGO_TARGET_DIR=target/release-nightly
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort"
exec trunk build --release "$@"
