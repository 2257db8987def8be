#!/bin/sh
# What the browser test and the wasm benchmark need beyond `make wasm`: Debian's chromium
# (web/deps.sh browser) and the npm packages of web/package.json at web/package-lock.json's
# versions (npm ci, rerun only when the lockfile changes).
set -e
cd "$(dirname "$0")"
sh ./deps.sh browser
lock=$(sha256sum < package-lock.json)
if [ "$(cat node_modules/.regionclip-lock 2>/dev/null)" != "$lock" ]; then
    npm ci --no-audit --no-fund
    echo "$lock" > node_modules/.regionclip-lock
fi
