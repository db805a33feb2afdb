"""Runs every benchmark module bench/bench_*.py against the demo concept in a fresh SQLite database.

Each module defines `benchmarks(client) -> list[Benchmark]`. Every timing is printed with its ratio to the baseline,
the start page served in the same run, so results compare across machines. Targets belong here, not in timed tests.
"""

import importlib
import os
import pkgutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from io import StringIO
from pathlib import Path

REPEAT = 5


@dataclass
class Benchmark:
    name: str
    run: Callable[[], object]
    repeat: int = REPEAT
    queries: Callable[[], int] | None = None


def measure(run: Callable[[], object], repeat: int) -> float:
    """Median wall time of `repeat` runs, in seconds."""
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def setup_django(database: Path) -> None:
    os.environ["DJANGO_SETTINGS_MODULE"] = "itkonzept.settings.test"
    os.environ["TEST_DATABASE_URL"] = f"sqlite:///{database}"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("load_demo", stdout=StringIO())


def main() -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    with tempfile.TemporaryDirectory() as tmp:
        print("Demo-Inhalt wird geladen …", flush=True)
        setup_django(Path(tmp) / "bench.sqlite3")
        from django.test import Client

        client = Client()
        client.get("/")
        baseline = measure(lambda: client.get("/"), 20)
        print(f"{'Messung':<52} {'Median':>10} {'× Basis':>9} {'Abfragen':>9}")
        print(f"{'Basis: Startseite':<52} {baseline * 1000:>8.1f}ms {1:>9.1f}")
        import bench

        for module_info in pkgutil.iter_modules(bench.__path__):
            if not module_info.name.startswith("bench_"):
                continue
            module = importlib.import_module(f"bench.{module_info.name}")
            for benchmark in module.benchmarks(client):
                seconds = measure(benchmark.run, benchmark.repeat)
                queries = benchmark.queries() if benchmark.queries else ""
                print(f"{benchmark.name:<52} {seconds * 1000:>8.1f}ms {seconds / baseline:>9.1f} {queries:>9}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
