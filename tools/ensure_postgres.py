"""Decide whether the PostgreSQL leg of `make test` runs.

Exit 0: TEST_DATABASE_URL's server answers (the local cluster is started once if it is down).
Exit 2: unreachable outside CI, skip with one clear line. Exit 1: unreachable with CI=true, where the leg is required.
"""

import os
import shutil
import subprocess
import sys
import time

import psycopg

URL = os.environ.get("TEST_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/test")


def reachable() -> bool:
    try:
        with psycopg.connect(URL, connect_timeout=3) as conn:
            conn.execute("SELECT 1")
        return True
    except psycopg.OperationalError:
        return False


def try_start_local_cluster() -> None:
    if not shutil.which("pg_ctlcluster") or not os.path.isdir("/etc/postgresql"):
        return
    for version in os.listdir("/etc/postgresql"):
        subprocess.run(
            ["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "start"],
            capture_output=True,
            check=False,
        )
    for _ in range(20):
        if reachable():
            return
        time.sleep(0.5)


def main() -> int:
    if reachable():
        return 0
    try_start_local_cluster()
    if reachable():
        return 0
    if os.environ.get("CI") == "true":
        print(f"PostgreSQL unter {URL} ist nicht erreichbar; mit CI=true ist dieser Testlauf Pflicht.", file=sys.stderr)
        return 1
    print(f"PostgreSQL-Testlauf übersprungen: {URL} ist nicht erreichbar (mit CI=true wäre das ein Fehler).")
    return 2


if __name__ == "__main__":
    sys.exit(main())
