#!/usr/bin/env bash
# The test command: installs what is missing, builds, and runs every test, then a short
# Schemathesis run against a live server (scripts/schemathesis.sh; the full run is 1,000+ requests).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
swift build --build-tests
swift test "$@"
scripts/schemathesis.sh --examples 15 --min-requests 100 --bin "$(swift build --show-bin-path)"
