#!/usr/bin/env bash
# The test command: installs what is missing, builds, runs every test with the server on its
# embedded SQLite store, then the server suites (FieldSyncCLITests) again on a throwaway PostgreSQL
# cluster (scripts/postgres.sh: a temporary directory, a free loopback port, stopped at the end),
# then a short Schemathesis run against a live server (scripts/schemathesis.sh; the full run is
# 1,000+ requests). Headless Chromium renders the reports and the dashboard's pages
# (scripts/install-chromium.sh installs it when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/install-chromium.sh
swift build --build-tests
eval "$(scripts/postgres.sh start)"
trap 'scripts/postgres.sh stop "$FIELDSYNC_PG_DIR"' EXIT
swift test --skip-build "$@"
if [ $# -eq 0 ]; then
    FIELDSYNC_TEST_STORE=postgres swift test --skip-build --filter FieldSyncCLITests
else
    FIELDSYNC_TEST_STORE=postgres swift test --skip-build "$@"
fi
bin="$(swift build --show-bin-path)"
scripts/schemathesis.sh --examples 15 --min-requests 100 --bin "$bin"
psql "$FIELDSYNC_TEST_PG/postgres" -q -c "CREATE DATABASE schemathesis"
scripts/schemathesis.sh --examples 10 --min-requests 60 --bin "$bin" --database "$FIELDSYNC_TEST_PG/schemathesis"
