#!/usr/bin/env bash
# `npm test`: every check — types, lint, unit and API tests on PGlite, the database tests again on
# PostgreSQL, and the browser journeys in Chromium. Installs Debian's chromium, postgresql and fonts-noto-cjk when
# run as root and they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
mkdir -p .tmp

# fonts-noto-cjk: the journeys render Japanese with real glyphs (widths, line breaks, contrast), as users see it.
scripts/ensure-system-packages.sh chromium postgresql fonts-noto-cjk

echo "== types"
npx tsc --noEmit
echo "== lint"
npx biome check .
echo "== unit and API tests (PGlite)"
npx vitest run --reporter=default --reporter=json --outputFile=.tmp/vitest-pglite.json
echo "== database tests (PostgreSQL)"
scripts/with-postgres.sh npx vitest run src/server tests --reporter=default --reporter=json --outputFile=.tmp/vitest-postgres.json
echo "== browser tests (Chromium)"
npx vite build --logLevel warn
PLAYWRIGHT_JSON_OUTPUT_NAME=.tmp/playwright.json npx playwright test --reporter=list,json
node scripts/summarize-tests.mjs
