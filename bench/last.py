"""One wrk load run (`wrk -t2 -c8 --latency`) and what `make bench` reads from its report."""

import re
import subprocess
from dataclasses import dataclass

UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


@dataclass
class Last:
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    errors: int


def milliseconds(value: str | None) -> float:
    """A wrk duration in ms; NaN when wrk completed no request in the run (it prints no distribution then)."""
    if value is None:
        return float("nan")
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", value).groups()
    return float(number) * UNITS[unit]


def wrk(url: str, seconds: int, threads: int = 2, connections: int = 8) -> Last:
    report = subprocess.run(
        ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    percentiles = dict(re.findall(r"^\s+(50|99)%\s+(\S+)$", report, re.MULTILINE))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", report)
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", report)
    return Last(
        # No completed request in the run (every answer slower than the run): no figure rather than zero.
        requests_per_second=float(re.search(r"Requests/sec:\s+([\d.]+)", report).group(1)) or float("nan"),
        p50_ms=milliseconds(percentiles.get("50")),
        p99_ms=milliseconds(percentiles.get("99")),
        errors=(int(errors.group(1)) if errors else 0)
        + (sum(map(int, socket_errors.groups())) if socket_errors else 0),
    )
