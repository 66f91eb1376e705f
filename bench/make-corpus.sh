#!/usr/bin/env bash
# Generates the benchmark corpus (>= 10 MB, deterministic) into bench/out/corpus. See make-corpus.py.
set -euo pipefail
exec python3 "$(dirname "${BASH_SOURCE[0]}")/make-corpus.py" "$@"
