"""`make bench`: the production server under load (wrk), each page as a ratio to a constant view of the same bytes
served by the same gunicorn, warm (page cache on) and cold (off), with the queries per page and the PDF build time.

Three interleaved rounds (page, its constant view, next page, …) of `BENCH_SEKUNDEN` seconds each; the figures are the
medians. Ratios to a baseline of the same run compare across machines; the targets are those of issue 11.
"""

import json
import math
import os
import re
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from bench.last import Last, wrk

BASE_DIR = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
SEKUNDEN = int(os.environ.get("BENCH_SEKUNDEN", "2"))
RUNDEN = int(os.environ.get("BENCH_RUNDEN", "3"))
PORT = int(os.environ.get("BENCH_PORT", "8145"))
WORKERS = 2

# (name, address, cold ratio target); the diff address is found on the history page.
PAGES = [
    ("start", "/", None),
    ("handlungsfeld", "/handlungsfelder/netzwerk/", 0.06),
    ("suche", "/suche/?q=WLAN", 0.05),
    ("umsetzung", "/umsetzung/", 0.05),
    ("schule", "/schulen/gymnasium-weilheim/", None),
    ("verlauf", "/handlungsfelder/netzwerk/versionen/", None),
    ("vergleich", "vergleich:/handlungsfelder/netzwerk/versionen/", None),
    ("konzeptversionen", "/versionen/", None),
    ("feed", "/aenderungen.atom", None),
    ("sitemap", "/sitemap.xml", None),
    ("englisch", "/en/handlungsfelder/wlan/", None),
    ("pdf", "/konzept.pdf", 0.5),
    ("api_massnahmen", "/api/v2/massnahmen/", None),
    ("csv", "/umsetzung/massnahmen.csv", None),
]
WARM_RATIO = 0.85
MAX_QUERIES = 10


@dataclass
class Seite:
    name: str
    url: str
    ziel_kalt: float | None
    bytes: int = 0
    abfragen_kalt: int = 0
    abfragen_warm: int = 0
    laeufe: dict[str, list[Last]] = field(default_factory=dict)


def environment(folder: Path, database_url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_", "SEITENCACHE"))}
    env.pop("REDIS_URL", None)
    env.update(
        DJANGO_SETTINGS_MODULE="bench.settings",
        DATABASE_URL=database_url,
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
        SECURE_SSL_REDIRECT="false",
        SECURE_COOKIES="false",
        SECURE_HSTS_SECONDS="0",
        CACHE_DIR=str(folder / "cache"),
        BENCH_KONSTANT_DIR=str(folder / "konstant"),
        PYTHONPATH=str(BASE_DIR),
    )
    return env


def manage(env: dict[str, str], *args: str, settings: str = "bench.settings") -> float:
    """Runs a management command as an operator would; returns its wall time in seconds."""
    started = time.perf_counter()
    subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=BASE_DIR,
        env={**env, "DJANGO_SETTINGS_MODULE": settings},
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - started


@contextmanager
def gunicorn(env: dict[str, str], log: Path, seitencache: bool):
    """The production server with two sync workers on PORT, serving the site and the constant views."""
    server_env = {
        **env,
        "SEITENCACHE": "true" if seitencache else "false",
        "GUNICORN_WORKERS": str(WORKERS),
        "GUNICORN_BIND": f"127.0.0.1:{PORT}",
        "GUNICORN_ACCESS_LOG": str(log),
    }
    command = [PYTHON, "-m", "gunicorn", "-c", "site/deploy/gunicorn.conf.py", "itkonzept.wsgi"]
    with log.with_suffix(".err").open("w") as errors:
        process = subprocess.Popen(
            command, cwd=BASE_DIR, env=server_env | {"DJANGO_SETTINGS_MODULE": "bench.settings"}, stderr=errors
        )
    try:
        deadline = time.monotonic() + 60
        while socket.socket().connect_ex(("127.0.0.1", PORT)) != 0:
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(log.with_suffix(".err").read_text())
            time.sleep(0.2)
        yield f"http://127.0.0.1:{PORT}"
    finally:
        process.terminate()
        process.wait(timeout=30)


def capture(seiten: list[Seite], folder: Path) -> None:
    """Queries per page in this process against the same database (cold: the page cache emptied, the stored output
    built; warm: the repeat), and the bytes each constant view answers with."""
    import django

    django.setup()
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    folder.mkdir(exist_ok=True)
    for seite in seiten:
        if seite.url.startswith("vergleich:"):
            history = client.get(seite.url.removeprefix("vergleich:")).content.decode()
            seite.url = re.search(r'href="([^"]*/versionen/\d+/vergleich/\d+/)"', history).group(1)
        # What a publication builds once (the stored output of the page and the frame) is built by the first
        # requests; cold is every later request without the page cache.
        client.get(seite.url)
        client.get(seite.url)
        cache.clear()
        with CaptureQueriesContext(connection) as kalt:
            response = client.get(seite.url)
        assert response.status_code == 200, (seite.url, response.status_code)
        with CaptureQueriesContext(connection) as warm:
            response = client.get(seite.url)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        seite.abfragen_kalt, seite.abfragen_warm, seite.bytes = len(kalt), len(warm), len(body)
        (folder / f"{seite.name}.body").write_bytes(body)
        (folder / f"{seite.name}.type").write_text(response["Content-Type"])
    cache.clear()
    connection.close()


def load(seiten: list[Seite], env: dict[str, str], folder: Path, modus: str) -> None:
    with gunicorn(env, folder / f"access-{modus}.log", seitencache=modus == "warm") as url:
        for seite in seiten:
            # The first request of each worker may build what later ones reuse (stored output, connections).
            for _ in range(WORKERS):
                try:
                    urllib.request.urlopen(url + seite.url, timeout=300).read()
                except urllib.error.HTTPError as error:
                    print(f"{modus}: {seite.url} answered {error.code} (server log: {folder})", flush=True)
            wrk(url + seite.url, 2)
            wrk(f"{url}/_bench/konstant/{seite.name}/", 2)
        for _ in range(RUNDEN):
            for seite in seiten:
                seite.laeufe.setdefault(f"{modus}:seite", []).append(wrk(url + seite.url, SEKUNDEN))
                konstant = wrk(f"{url}/_bench/konstant/{seite.name}/", SEKUNDEN)
                seite.laeufe.setdefault(f"{modus}:konstant", []).append(konstant)


def median(laeufe: list[Last], attribute: str) -> float:
    """Median over the rounds that completed requests; NaN when none did."""
    values = [getattr(last, attribute) for last in laeufe if not math.isnan(getattr(last, attribute))]
    return statistics.median(values) if values else float("nan")


def ratio(seite: Seite, modus: str) -> float:
    page = median(seite.laeufe[f"{modus}:seite"], "requests_per_second")
    konstant = median(seite.laeufe[f"{modus}:konstant"], "requests_per_second")
    return page / konstant


def mark(ok: bool) -> str:
    return "ok" if ok else "**miss**"


def table(seiten: list[Seite], modus: str, vergleich: dict[str, dict] | None = None) -> list[str]:
    """One Markdown table; `vergleich` (the demo run's pages) adds the scale targets: ratio within 20 %, same count."""
    lines = [
        f"| {modus} | bytes | req/s | constant req/s | ratio | target | p50 ms | p99 ms | queries | target | errors |",
        "|---|---:|---:|---:|---:|---|---:|---:|---:|---|---:|",
    ]
    for seite in seiten:
        laeufe = seite.laeufe[f"{modus}:seite"]
        value = ratio(seite, modus)
        p50, p99 = median(laeufe, "p50_ms"), median(laeufe, "p99_ms")
        queries = seite.abfragen_warm if modus == "warm" else seite.abfragen_kalt
        basis = vergleich.get(seite.name) if vergleich else None
        if basis is not None:
            ziel = 0.8 * basis[modus]
            basis_queries = basis[f"abfragen_{modus}"]
            ratio_target = f">= {ziel:.3f} (0.8 x demo) {mark(value >= ziel)}"
            query_target = f"= {basis_queries} {mark(queries <= basis_queries)}"
        elif modus == "warm":
            ratio_target = f">= {WARM_RATIO}, p99 <= 2 p50 {mark(value >= WARM_RATIO and p99 <= 2 * p50)}"
            query_target = f"0 {mark(queries == 0)}"
        else:
            ratio_target = f">= {seite.ziel_kalt} {mark(value >= seite.ziel_kalt)}" if seite.ziel_kalt else "–"
            query_target = f"<= {MAX_QUERIES} {mark(queries <= MAX_QUERIES)}"
        lines.append(
            f"| `{seite.url}` | {seite.bytes:,} | {median(laeufe, 'requests_per_second'):,.0f} "
            f"| {median(seite.laeufe[f'{modus}:konstant'], 'requests_per_second'):,.0f} | {value:.3f} | {ratio_target} "
            f"| {p50:.1f} | {p99:.1f} | {queries} | {query_target} | {sum(last.errors for last in laeufe)} |"
        )
    return lines


def pdf_build(env: dict[str, str], limit: float | None = None) -> str:
    """The current PDF of every language, built in the foreground as the worker builds it."""
    seconds = manage(env, "pdf_erstellen", "--alle", "--ohne-versionen")
    target = f" (target <= {limit:.0f} s: {mark(seconds <= limit)})" if limit else ""
    return f"PDF build, German and English (`manage.py pdf_erstellen --alle --ohne-versionen`): {seconds:.1f} s{target}"


def _get(url: str) -> tuple[float, str | None]:
    """Milliseconds for one whole answer, and its Last-Modified."""
    started = time.perf_counter()
    with urllib.request.urlopen(url, timeout=120) as response:
        response.read()
        return (time.perf_counter() - started) * 1000, response.headers.get("Last-Modified")


def after_publication(env: dict[str, str], folder: Path, pdf_limit: float | None) -> list[str]:
    """A publication while the server (page cache on) and the PDF worker run: the first request of a page and of the
    PDF after it against their steady state, and how long until the worker's new PDF is served."""
    from django_tasks_db.models import DBTaskResult

    from handlungsfelder.models import HandlungsfeldPage

    # What loading the content queued (the versions' PDFs among it) is left out: the worker builds this publication.
    DBTaskResult.objects.ready().delete()
    command = [PYTHON, "manage.py", "db_worker", "--backend", "pdf", "--interval", "0.5", "--no-reload"]
    with (folder / "pdf-worker.log").open("w") as log:
        worker = subprocess.Popen(command, cwd=BASE_DIR, env=env, stdout=log, stderr=subprocess.STDOUT)
    paths = ("/handlungsfelder/netzwerk/", "/konzept.pdf")
    try:
        with gunicorn(env, folder / "access-nach.log", seitencache=True) as url:
            steady = {path: statistics.median(_get(url + path)[0] for _ in range(20)) for path in paths}
            before = _get(url + "/konzept.pdf")[1]
            page = HandlungsfeldPage.objects.get(slug="netzwerk", locale__language_code="de")
            page.summary += " (veröffentlicht während make bench)"
            published = time.monotonic()
            page.save_revision().publish()
            first = {path: _get(url + path)[0] for path in paths}
            while _get(url + "/konzept.pdf")[1] == before and time.monotonic() - published < 600:
                time.sleep(0.5)
            built = time.monotonic() - published
    finally:
        worker.terminate()
        worker.wait(timeout=60)
    lines = ["| after a publication | first request (ms) | steady median (ms) |", "|---|---:|---:|"]
    lines += [f"| `{path}` | {first[path]:.1f} | {steady[path]:.1f} |" for path in paths]
    target = f" (target <= {pdf_limit:.0f} s: {mark(built <= pdf_limit)})" if pdf_limit else ""
    return [*lines, "", f"The worker's new PDF served {built:.1f} s after the publication{target}."]


def measure(folder, seiten, env, titel: str, vergleich=None, pdf_limit=None, konstant="konstant") -> None:
    pdf = pdf_build(env, pdf_limit)
    capture(seiten, folder / konstant)
    for modus in ("warm", "kalt"):
        load(seiten, env, folder, modus)
    nach = after_publication(env, folder, pdf_limit)
    print(f"\n## {titel}\n", flush=True)
    print("\n".join(table(seiten, "warm", vergleich)) + "\n")
    print("\n".join(table(seiten, "kalt", vergleich)) + "\n")
    print(pdf + "\n")
    print("\n".join(nach), flush=True)


def pages() -> list[Seite]:
    return [Seite(name, url, ziel) for name, url, ziel in PAGES]


def summary(seiten: list[Seite]) -> dict[str, dict]:
    """What the scale run compares with: ratios and query counts of the demo run per page."""
    return {
        seite.name: {
            "warm": ratio(seite, "warm"),
            "kalt": ratio(seite, "kalt"),
            "abfragen_warm": seite.abfragen_warm,
            "abfragen_kalt": seite.abfragen_kalt,
        }
        for seite in seiten
    }


def scale_run(folder: Path) -> None:
    """In its own process (one Django setup per database): the county x10 generated, then the same measurements plus
    the history and a diff of its largest Handlungsfeld."""
    import django

    env = environment(folder, f"sqlite:///{folder / 'gross.sqlite3'}")
    env["BENCH_KONSTANT_DIR"] = str(folder / "konstant-gross")
    manage(env, "migrate", "--no-input")
    manage(env, "load_demo", settings="itkonzept.settings.dev")
    os.environ.update(env)
    django.setup()
    from bench.gross import generate

    started = time.perf_counter()
    print("\nCounty x10 is generated …", flush=True)
    groesste = generate(log=lambda line: print(line, flush=True))
    print(f"  generated in {time.perf_counter() - started:.0f} s", flush=True)
    manage(env, "update_index")
    seiten = pages()
    seiten += [
        Seite("verlauf_gross", f"{groesste}versionen/", None),
        Seite("vergleich_gross", f"vergleich:{groesste}versionen/", None),
    ]
    vergleich = json.loads((folder / "demo.json").read_text())
    vergleich |= {"verlauf_gross": vergleich["verlauf"], "vergleich_gross": vergleich["vergleich"]}
    (folder / "konstant-gross").mkdir()
    measure(folder, seiten, env, "County x10", vergleich=vergleich, pdf_limit=60, konstant="konstant-gross")


def main() -> int:
    started = time.monotonic()
    print(
        f"wrk -t2 -c8, {RUNDEN} rounds of {SEKUNDEN} s per page and constant view, gunicorn with {WORKERS} sync "
        "workers, production settings, SQLite",
        flush=True,
    )
    with tempfile.TemporaryDirectory(prefix="itkonzept-bench-", dir=BASE_DIR / "var") as tmp:
        folder = Path(tmp)
        env = environment(folder, f"sqlite:///{folder / 'demo.sqlite3'}")
        manage(env, "migrate", "--no-input")
        manage(env, "load_demo", settings="itkonzept.settings.dev")
        os.environ.update(env)
        demo = pages()
        measure(folder, demo, env, "Demo county")
        if os.environ.get("BENCH_GROSS", "1") != "0":
            (folder / "demo.json").write_text(json.dumps(summary(demo)))
            subprocess.run([PYTHON, "-m", "bench.run", "--gross", str(folder)], cwd=BASE_DIR, check=True)
    print(f"\n`make bench` took {time.monotonic() - started:.0f} s.")
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--gross"]:
        scale_run(Path(sys.argv[2]))
        sys.exit(0)
    sys.exit(main())
