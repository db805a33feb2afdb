"""A database built by the last release before the feature packages migrates to this code without loss.

The old code comes from git (`git archive` of BASELINE) and builds its demo; this code then migrates the same file.
Every table row must be unchanged, except the migrations this code adds, and the old content must still be served.
"""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tarfile
from io import BytesIO
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BASELINE = "9571752"  # main before issue 9: one flat plugin, demo inside it, roles created by migrations
# The migrations this code adds; SQLite's autoincrement counters, which every INSERT OR IGNORE moves (the roles'
# permissions are added that way after every migrate, as the old data migrations did).
CHANGED_BY_DESIGN = {"django_migrations", "sqlite_sequence"}
# Columns added since, with the value every existing row gets.
ADDED_COLUMNS = {
    "handlungsfelder_veroeffentlichung": {"inhaltlich_geaendert": 1},
    # Reference data of the county's concept: no concept of its own (0015_mehrere_konzepte).
    **{
        f"handlungsfelder_{model}": {"konzept_id": None}
        for model in ("schule", "akteur", "dienstleister", "region", "kontakt")
    },
}
# Tables a data migration rewrites on purpose: every Maßnahme gets its number (0012_massnahme_nummern) in the page
# rows and their revisions; the counter of numbers issued gets a row per Handlungsfeld.
NUMBERED = {"handlungsfelder_handlungsfeldpage", "wagtailcore_revision"}
FILLED_TABLES = {"handlungsfelder_massnahmenzaehler"}
ADDED_MIGRATIONS = {
    ("handlungsfelder", "0008_gemeinsame_basis"),
    ("handlungsfelder", "0009_veroeffentlichung_inhaltlich_geaendert"),
    ("handlungsfelder", "0010_pdf_im_hintergrund"),
    ("handlungsfelder", "0011_darstellung"),
    ("handlungsfelder", "0012_schlagwort_uebersetzung"),
    ("handlungsfelder", "0013_abonnements"),
    ("handlungsfelder", "0014_massnahme_nummern"),
    ("handlungsfelder", "0015_mehrere_konzepte"),
}
# Tables added since that hold only derived output (rebuilt on demand; `migrate` starts a new generation of it).
DERIVED_TABLES = {"handlungsfelder_darstellung"}
# Apps installed since then (the login hardening, the PDF queue) bring their own tables and migrations, empty after
# migrate; so do the plugin's new models.
NEW_APPS = ("axes", "otp_static", "otp_totp", "django_tasks_database")
NEW_MODELS = {
    "handlungsfelder_konzeptpdf",
    "handlungsfelder_schlagwortuebersetzung",
    "handlungsfelder_abonnement",
    "handlungsfelder_konzeptrollen",
    "handlungsfelder_konzeptherkunft",
    "handlungsfelder_seitenherkunft",
    *DERIVED_TABLES,
    *FILLED_TABLES,
}
NEW_TABLES = tuple(f"{app}_" for app in NEW_APPS) + tuple(NEW_MODELS)
SERVED = [
    "/",
    "/handlungsfelder/wlan/",
    "/handlungsfelder/wlan/versionen/",
    "/versionen/1.0/vergleich/2.0/",
    "/arbeitsgruppe/",
    "/en/handlungsfelder/wlan/",
    "/impressum/",
    "/abonnieren/",
]

pytestmark = pytest.mark.skipif(
    os.environ.get("TEST_DATABASE_URL", "sqlite").startswith("postgres"), reason="runs once, in the SQLite leg"
)


def manage(cwd: Path, database: Path, *args: str) -> str:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "DATABASE_"))}
    env.update(DJANGO_SETTINGS_MODULE="itkonzept.settings.dev", DATABASE_URL=f"sqlite:///{database}")
    env.update(DEMO_PASSWORD="upgrade-test", PYTHONPATH=str(cwd))
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-4000:]
    return result.stdout


def baseline_source(target: Path) -> Path:
    if shutil.which("git") is None:
        pytest.skip("git fehlt: der alte Stand lässt sich nicht auspacken")
    archive = subprocess.run(["git", "archive", BASELINE], cwd=ROOT, capture_output=True, timeout=60)
    if archive.returncode != 0:
        pytest.skip(f"Commit {BASELINE} ist in diesem Klon nicht vorhanden (flacher Klon?)")
    with tarfile.open(fileobj=BytesIO(archive.stdout)) as tar:
        tar.extractall(target, filter="data")
    return target


def rows(database: Path) -> dict[str, list]:
    """Every row of every table, as (column, value) pairs: a rebuilt table may order its columns anew."""
    connection = sqlite3.connect(database)
    connection.row_factory = sqlite3.Row
    tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    dump = {
        table: sorted((sorted(dict(row).items()) for row in connection.execute(f'SELECT * FROM "{table}"')), key=repr)
        for table in tables
    }
    connection.close()
    return dump


def is_new_type(row) -> bool:
    """A content type of a new app or of a model added since."""
    row = dict(row)
    return row["app_label"] in NEW_APPS or f"{row['app_label']}_{row['model']}" in NEW_MODELS


def without_new_apps(table: str, dump: dict[str, list]) -> list:
    """The rows of `table` less those the new apps and models add to Django's registries: content types, their
    permissions and the roles' rights on them."""
    new_types = {dict(row)["id"] for row in dump["django_content_type"] if is_new_type(row)}
    if table == "django_content_type":
        return [row for row in dump[table] if not is_new_type(row)]
    if table == "auth_permission":
        return [row for row in dump[table] if dict(row)["content_type_id"] not in new_types]
    if table == "auth_group_permissions":
        # The roles get their rights on the new models after migrate.
        new_permissions = {
            dict(row)["id"] for row in dump["auth_permission"] if dict(row)["content_type_id"] in new_types
        }
        return [row for row in dump[table] if dict(row)["permission_id"] not in new_permissions]
    return dump[table]


def _ohne_nummern(value):
    """A value (stream data, a revision's JSON) with the Maßnahme numbers and the Kürzel taken out again."""
    if isinstance(value, str) and value[:1] in "[{":
        try:
            return _ohne_nummern(json.loads(value))
        except ValueError:
            return value
    if isinstance(value, dict):
        return {key: _ohne_nummern(item) for key, item in value.items() if key not in ("nummer", "kuerzel")}
    if isinstance(value, list):
        return [_ohne_nummern(item) for item in value]
    return value


def _ohne_nummern_zeilen(rows: list) -> list:
    return sorted(
        ([(column, _ohne_nummern(value)) for column, value in row if column != "kuerzel"] for row in rows), key=repr
    )


def assert_numbered(before: dict, after: dict) -> None:
    """The numbered tables differ from before only by the numbers, and every Maßnahme now has one."""
    for table in NUMBERED:
        assert _ohne_nummern_zeilen(before[table]) == _ohne_nummern_zeilen(after[table]), table
    for row in after["handlungsfelder_handlungsfeldpage"]:
        page = dict(row)
        assert page["kuerzel"]
        for item in json.loads(page["umsetzungsplan"]):
            assert item["type"] != "massnahme" or item["value"]["nummer"], page["page_ptr_id"]


def test_a_database_of_the_previous_layout_migrates_without_loss(tmp_path):
    old = baseline_source(tmp_path / "alt")
    database = tmp_path / "db.sqlite3"
    manage(old, database, "migrate", "--no-input", "-v0")
    manage(old, database, "load_demo")
    before = rows(database)
    assert len(before["handlungsfelder_veroeffentlichung"]) > 60

    manage(ROOT, database, "migrate", "--no-input", "-v0")
    after = rows(database)
    for table, columns in ADDED_COLUMNS.items():
        assert all(dict(row).items() >= columns.items() for row in after[table])
        after[table] = sorted(([item for item in row if item[0] not in columns] for row in after[table]), key=repr)

    new_tables = set(after) - set(before)
    assert set(before) <= set(after)
    new_tables -= DERIVED_TABLES
    assert {table for table in new_tables if not table.startswith(NEW_TABLES)} == set()
    assert all(after[table] == [] for table in new_tables - FILLED_TABLES)
    assert len(after["handlungsfelder_massnahmenzaehler"]) == 13
    assert_numbered(before, after)
    changed = sorted(
        table
        for table in before
        if table not in CHANGED_BY_DESIGN | NUMBERED and before[table] != without_new_apps(table, after)
    )
    assert changed == []
    applied = [{(dict(row)["app"], dict(row)["name"]) for row in dump["django_migrations"]} for dump in (before, after)]
    added = {(app, name) for app, name in applied[1] - applied[0] if app not in NEW_APPS}
    assert added == ADDED_MIGRATIONS

    script = (
        "from django.test import Client; client = Client(HTTP_HOST='localhost'); "
        f"print([client.get(url).status_code for url in {SERVED!r}])"
    )
    assert manage(ROOT, database, "shell", "-c", script).strip().splitlines()[-1] == str([200] * len(SERVED))
