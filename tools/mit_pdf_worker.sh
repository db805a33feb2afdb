#!/usr/bin/env bash
# Runs a server command ("$@") and the background PDF worker ($PDF_WORKER) side by side, for `make run` and
# `make serve`: when one of them ends or Ctrl-C is pressed, both stop. Without PDF_WORKER the server runs alone and
# /konzept.pdf stays at its last built state.
set -euo pipefail

pids=()
stop() {
    trap - INT TERM EXIT
    for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    wait
}
trap stop INT TERM EXIT

"$@" &
pids+=($!)
if [ -n "${PDF_WORKER:-}" ]; then
    bash -c "exec $PDF_WORKER" &
    pids+=($!)
else
    echo "Kein PDF-Worker (PDF_WORKER ist leer): /konzept.pdf wird nicht im Hintergrund erstellt."
fi
# The first of the two to end stops the other.
wait -n
