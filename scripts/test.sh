#!/usr/bin/env bash
# Runs every test of BoardRoom and ends with one line: "N passed, N failed".
#  1. the browser client's engine tests, with node's own runner (node --test wwwroot-assets/test/);
#  2. the .NET suite: Core unit tests, bunit component tests, integration tests against the app on Kestrel at
#     127.0.0.1, and browser tests in headless Chromium (/usr/bin/chromium), all on SQLite;
#  3. the layout of the C# sources against .editorconfig (dotnet format whitespace --verify-no-changes, one test);
#  4. the persistence and hub tests again on PostgreSQL: the test classes marked [Trait("Provider", "Both")], with
#     BOARDROOM_TEST_PROVIDER=PostgreSql (one provider matrix: the same tests, another engine).
# Needs: .NET 10 SDK, Node 20+, Debian packages chromium, poppler-utils, qpdf, fonts-dejavu-core, redis-server
# (the two-node tests start their own redis-server on a free port of 127.0.0.1) and postgresql (the PostgreSQL pass
# starts one throw-away server from /usr/lib/postgresql/*/bin on a free port of 127.0.0.1; as root it runs it as the
# postgres account, which the package creates).
set -uo pipefail
cd "$(dirname "$0")/.."

log_dir=$(mktemp -d)
trap 'rm -rf "$log_dir"' EXIT
passed=0
failed=0
status=0

if compgen -G "wwwroot-assets/test/*.test.mjs" > /dev/null; then
  echo "== node --test wwwroot-assets/test/"
  node --test wwwroot-assets/test/ 2>&1 | tee "$log_dir/node.log"
  node_status=${PIPESTATUS[0]}
  node_pass=$(grep -E '^(#|ℹ) pass [0-9]+' "$log_dir/node.log" | tail -1 | awk '{print $3}')
  node_fail=$(grep -E '^(#|ℹ) fail [0-9]+' "$log_dir/node.log" | tail -1 | awk '{print $3}')
  passed=$((passed + ${node_pass:-0}))
  failed=$((failed + ${node_fail:-0}))
  if [ "$node_status" -ne 0 ] && [ "${node_fail:-0}" -eq 0 ]; then failed=$((failed + 1)); fi
  [ "$node_status" -eq 0 ] || status=1
fi

# VSTest prints one summary per test assembly: "Passed!  - Failed:     0, Passed:    42, Skipped: ..."
count_dotnet() { # log exit-status
  local summaries dn_fail=0 dn_pass=0
  summaries=$(grep -E '(Passed|Failed)! +- Failed: +[0-9]+, Passed: +[0-9]+' "$1" || true)
  if [ -n "$summaries" ]; then
    dn_fail=$(echo "$summaries" | sed -E 's/.*Failed: +([0-9]+),.*/\1/' | awk '{s+=$1} END {print s+0}')
    dn_pass=$(echo "$summaries" | sed -E 's/.*Passed: +([0-9]+),.*/\1/' | awk '{s+=$1} END {print s+0}')
    passed=$((passed + dn_pass))
    failed=$((failed + dn_fail))
  fi
  if [ "$2" -ne 0 ]; then
    status=1
    # A build error or a crashed test host leaves no summary: count it as a failure so it cannot read green.
    if [ -z "$summaries" ] || [ "$dn_fail" -eq 0 ]; then failed=$((failed + 1)); fi
  fi
}

echo "== dotnet test BoardRoom.sln"
dotnet test BoardRoom.sln 2>&1 | tee "$log_dir/dotnet.log"
count_dotnet "$log_dir/dotnet.log" "${PIPESTATUS[0]}"

# The house style: the analysers run in the build (warnings are errors); layout is checked here, as one test.
echo "== dotnet format whitespace --verify-no-changes"
if dotnet format whitespace BoardRoom.sln --verify-no-changes 2>&1 | tail -20; [ "${PIPESTATUS[0]}" -eq 0 ]; then
  passed=$((passed + 1))
else
  echo "Layout differs from .editorconfig: run 'dotnet format whitespace BoardRoom.sln' and review the diff."
  failed=$((failed + 1))
  status=1
fi

echo "== dotnet test BoardRoom.sln on PostgreSQL (Provider=Both)"
started=$SECONDS
BOARDROOM_TEST_PROVIDER=PostgreSql dotnet test BoardRoom.sln --no-build --filter "Provider=Both" 2>&1 | tee "$log_dir/dotnet-postgresql.log"
count_dotnet "$log_dir/dotnet-postgresql.log" "${PIPESTATUS[0]}"
echo "PostgreSQL pass: $((SECONDS - started)) s"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]
