"""A backup of the demo restores into an empty SQLite and PostgreSQL database with everything in it, whichever engine
wrote it; a damaged or newer archive and a database with content are refused before anything is written."""

import hashlib
import io
import json
import os
import re
import shutil
import sqlite3
import tarfile
import tempfile
import time
from io import StringIO
from pathlib import Path
from unittest import mock

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.test import TestCase, override_settings
from django.urls import reverse

from wagtail.models import Collection, Page

import pytest

from betrieb import sicherung

from ..prozess import run_manage, run_python
from .datenbank import admin_sql, postgres_server
from .stand import stand

PDF_BYTES = b"%PDF-1.4\n% Netzplan der Schulen\n" + bytes(range(256)) * 64
# A migration nothing else depends on, to make an archive "from before it".
OLDER_MIGRATION = "0009_embed_cache_until"


def rewrite(archive: Path, target: Path, manifest=None, data=None, checksum: bool = False) -> Path:
    """A copy of `archive` with its manifest or data changed; the data's checksum follows only with `checksum`."""
    with tarfile.open(archive) as source:
        members = {member.name: (member, source.extractfile(member).read()) for member in source}
    content = json.loads(members[sicherung.MANIFEST][1])
    if manifest:
        content = manifest(content)
    if data:
        changed = data(members[sicherung.DATA][1])
        members[sicherung.DATA] = (members[sicherung.DATA][0], changed)
        if checksum:
            content["files"][sicherung.DATA]["sha256"] = hashlib.sha256(changed).hexdigest()
    members[sicherung.MANIFEST] = (members[sicherung.MANIFEST][0], json.dumps(content).encode())
    with tarfile.open(target, "w:gz") as out:
        for member, payload in members.values():
            member.size = len(payload)
            out.addfile(member, io.BytesIO(payload))
    return target


class SicherungTests(TestCase):
    """Demo + one uploaded document, backed up once, restored into an SQLite file and a PostgreSQL scratch database
    by `manage.py` in a separate process, as an operator would."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = Path(tempfile.mkdtemp(prefix="sicherung-test-"))
        cls.addClassCleanup(shutil.rmtree, cls.tmp, ignore_errors=True)
        cls.enterClassContext(override_settings(MEDIA_ROOT=str(cls.tmp / "quelle-medien"), DEMO_PASSWORD="demo"))
        super().setUpClass()

    @classmethod
    def setUpTestData(cls):
        call_command("load_demo", stdout=StringIO())
        client = cls.client_class()
        client.force_login(get_user_model().objects.get(username="admin"))
        upload = SimpleUploadedFile("netzplan.pdf", PDF_BYTES, content_type="application/pdf")
        response = client.post(
            reverse("wagtaildocs:add"),
            {"title": "Netzplan", "file": upload, "collection": Collection.get_first_root_node().pk},
        )
        assert response.status_code == 302, response.content.decode()[:2000]

        started = time.monotonic()
        cls.archive = sicherung.create(cls.tmp).path
        cls.timings = {f"Sicherung ({connection.vendor})": time.monotonic() - started}
        cls.quelle = stand()

        cls.ziele = {"sqlite": (f"sqlite:///{cls.tmp / 'ziel.sqlite3'}", cls.tmp / "ziel-medien")}
        if server := postgres_server(connection):
            name = f"sicherung_ziel_{os.getpid()}"
            admin_sql(server, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            admin_sql(server, f"CREATE DATABASE {name}")
            cls.addClassCleanup(admin_sql, server, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            cls.ziele["postgresql"] = (f"{server}/{name}", cls.tmp / "ziel-medien-pg")
        cls.ergebnisse = {}
        for engine, (url, medien) in cls.ziele.items():
            result = run_manage("sicherung_einspielen", str(cls.archive), DATABASE_URL=url, MEDIA_ROOT=str(medien))
            assert result.returncode == 0, result.stdout + result.stderr
            seconds = re.search(r"([\d.]+) s, davon ([\d.]+) s", result.stdout)
            cls.timings[f"Einspielen {connection.vendor} → {engine} (davon Tabellen anlegen)"] = seconds.groups()
            cls.ergebnisse[engine] = cls.stand_of(url, medien)
        print(f"\nZeiten der Demo: {cls.timings}")

    @staticmethod
    def stand_of(url: str, medien: Path) -> dict:
        result = run_python(
            "from tests.betrieb.stand import main\nmain()", DATABASE_URL=url, MEDIA_ROOT=str(medien), DEBUG="false"
        )
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)

    def assert_restored(self, part: str) -> None:
        assert self.quelle[part], part
        for engine, restored in self.ergebnisse.items():
            with self.subTest(engine=engine):
                assert restored[part] == self.quelle[part]

    def test_archive_is_versioned_with_migrations_engine_counts_and_checksums(self):
        with tarfile.open(self.archive) as tar:
            manifest = json.load(tar.extractfile(sicherung.MANIFEST))
            names = tar.getnames()
        assert manifest["format"] == "it-konzept-sicherung" and manifest["format_version"] == 1
        assert manifest["engine"] == connection.vendor and manifest["created_at"]
        assert "0008_gemeinsame_basis" in manifest["migrations"]["handlungsfelder"]
        assert manifest["counts"]["wagtailcore.page"] == Page.objects.count()
        assert names[0] == sicherung.MANIFEST and set(names[1:]) == set(manifest["files"])
        assert any(name.startswith("media/documents/netzplan") for name in names)
        assert all(len(entry["sha256"]) == 64 for entry in manifest["files"].values())

    def test_pages_come_back_with_path_title_state_and_content(self):
        assert len(self.quelle["pages"]) > 50
        self.assert_restored("pages")

    def test_publication_records_come_back(self):
        self.assert_restored("publications")

    def test_workflow_and_task_states_come_back(self):
        self.assert_restored("workflow_states")
        self.assert_restored("task_states")

    def test_documents_come_back_with_their_file_bytes(self):
        assert any(document["title"] == "Netzplan" for document in self.quelle["documents"])
        self.assert_restored("documents")

    def test_users_and_groups_come_back(self):
        self.assert_restored("users")
        self.assert_restored("groups")

    def test_restored_site_serves_start_page_and_wlan_with_the_same_main_text(self):
        for url, page in self.quelle["http"].items():
            assert page["status"] == 200 and len(page["text"]) > 200, url
        self.assert_restored("http")

    def test_restore_refuses_a_database_with_content_and_changes_nothing(self):
        url, medien = self.ziele["sqlite"]
        database = url.removeprefix("sqlite:///")
        before = sqlite3.connect(database).execute("SELECT count(*) FROM wagtailcore_revision").fetchone()
        result = run_manage("sicherung_einspielen", str(self.archive), DATABASE_URL=url, MEDIA_ROOT=str(medien))
        assert result.returncode != 0
        assert "Die Zieldatenbank ist nicht leer" in result.stderr and "--ersetzen" in result.stderr
        assert "Traceback" not in result.stderr
        assert sqlite3.connect(database).execute("SELECT count(*) FROM wagtailcore_revision").fetchone() == before

    def test_restore_with_ersetzen_replaces_the_whole_content_of_this_database(self):
        Page.objects.filter(slug="wlan").update(title="Überschrieben")
        get_user_model().objects.create_user("nicht-in-der-sicherung")
        with pytest.raises(CommandError, match="nicht leer"):
            call_command("sicherung_einspielen", str(self.archive), stdout=StringIO())
        call_command("sicherung_einspielen", str(self.archive), "--ersetzen", stdout=StringIO())
        assert stand() == self.quelle
        assert self.client.get("/suche/?q=WLAN").content.decode().count("suchergebnis") > 1

    def test_damaged_archive_is_refused_before_anything_is_written(self):
        damaged = rewrite(
            self.archive, self.tmp / "beschaedigt.tar.gz", data=lambda data: data.replace(b"WLAN", b"WLAM", 1)
        )
        title = Page.objects.get(slug="wlan", locale__language_code="de").title
        Page.objects.filter(slug="wlan").update(title="Vor dem Einspielen")
        with pytest.raises(CommandError, match="Prüfsumme von „data.jsonl“ stimmt nicht"):
            sicherung.restore(damaged, replace=True)
        assert Page.objects.get(slug="wlan", locale__language_code="de").title == "Vor dem Einspielen" != title

    def test_archive_failing_midway_leaves_the_database_as_it_was(self):
        def unknown_model_at_the_end(data: bytes) -> bytes:
            return data + b'{"model": "handlungsfelder.gibtesnicht", "pk": 1, "fields": {}}\n'

        broken = rewrite(self.archive, self.tmp / "kaputt.tar.gz", data=unknown_model_at_the_end, checksum=True)
        Page.objects.filter(slug="wlan").update(title="Vor dem Einspielen")
        with pytest.raises(CommandError, match="passen nicht zu dieser Installation"):
            sicherung.restore(broken, replace=True)
        assert Page.objects.get(slug="wlan", locale__language_code="de").title == "Vor dem Einspielen"
        assert Page.objects.count() == len(self.quelle["pages"])

    def test_archive_from_a_newer_migration_state_is_refused(self):
        def newer(manifest):
            manifest["migrations"]["handlungsfelder"].append("0099_aus_der_zukunft")
            return manifest

        newer_archive = rewrite(self.archive, self.tmp / "neuer.tar.gz", manifest=newer)
        with pytest.raises(CommandError, match=r"neueren Stand .*handlungsfelder\.0099_aus_der_zukunft"):
            sicherung.restore(newer_archive, replace=True)
        assert stand()["pages"] == self.quelle["pages"]

    def test_archive_from_an_older_migration_state_is_restored_at_that_state_and_migrated(self):
        """An archive from before Wagtail's `embed.cache_until` restores into a copy of the restored database."""

        def older(manifest):
            manifest["migrations"]["wagtailembeds"].remove(OLDER_MIGRATION)
            return manifest

        def without_cache_until(data: bytes) -> bytes:
            lines = [json.loads(line) for line in data.splitlines()]
            for line in lines:
                if line["model"] == "wagtailembeds.embed":
                    del line["fields"]["cache_until"]
            return b"\n".join(json.dumps(line).encode() for line in lines) + b"\n"

        archive = rewrite(
            self.archive, self.tmp / "aelter.tar.gz", manifest=older, data=without_cache_until, checksum=True
        )
        url, medien = self.ziele["sqlite"]
        copy = self.tmp / "ziel-aelter.sqlite3"
        with sqlite3.connect(url.removeprefix("sqlite:///")) as source, sqlite3.connect(copy) as target:
            source.backup(target)
        result = run_manage("sicherung_einspielen", str(archive), "--ersetzen", DATABASE_URL=f"sqlite:///{copy}")
        assert result.returncode == 0, result.stdout + result.stderr
        assert "älteren Stand" in result.stdout
        with sqlite3.connect(copy) as restored:
            assert restored.execute("SELECT 1 FROM django_migrations WHERE name = ?", [OLDER_MIGRATION]).fetchone()
            assert "cache_until" in {row[1] for row in restored.execute("PRAGMA table_info(wagtailembeds_embed)")}
            assert restored.execute("SELECT count(*) FROM wagtailcore_page").fetchone()[0] == len(self.quelle["pages"])


def test_backup_of_a_database_behind_its_migrations_is_refused_and_writes_no_file(db, tmp_path):
    with mock.patch.object(MigrationExecutor, "migration_plan", return_value=[("pending", False)]):
        with pytest.raises(CommandError, match="nicht auf dem Stand des Codes"):
            sicherung.create(tmp_path)
    assert list(tmp_path.iterdir()) == []
