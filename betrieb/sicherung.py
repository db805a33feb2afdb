"""The backup archive: every table through Django's serializers and every media file, in one tar file with a manifest.

Database-neutral on purpose: rows keep their primary keys (revisions' JSON and StreamField blocks refer to pages,
snippets, documents and users by plain number), so an SQLite backup restores into PostgreSQL and back. Content types and
permissions travel too, with their ids, instead of being matched by natural keys. The search index is not copied
(its tables differ per database) but rebuilt, and sessions are left behind.
"""

import hashlib
import io
import json
import platform
import shutil
import tarfile
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from datetime import time as tageszeit
from pathlib import Path, PurePosixPath

import django
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.core.cache import caches
from django.core.files.base import File
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.base import CommandError
from django.core.management.color import no_style
from django.core.serializers.json import DjangoJSONEncoder
from django.core.serializers.jsonl import Deserializer
from django.db import DEFAULT_DB_ALIAS, IntegrityError, connections, transaction
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.recorder import MigrationRecorder

import wagtail

FORMAT = "it-konzept-sicherung"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DATA = "data.jsonl"
MEDIA = "media"
# Not copied: the search index (engine-specific tables, rebuilt after a restore) and the sessions.
NOT_BACKED_UP = {"wagtailsearch", "sessions"}
BATCH = 500
CHUNK = 1 << 20


def backed_up_models(registry=apps) -> list:
    """Content types first: restoring a page looks its type up (Wagtail's `Page.__init__`) and must find the copy."""
    models = [
        model
        for model in registry.get_models()
        if model._meta.managed and not model._meta.proxy and model._meta.app_label not in NOT_BACKED_UP
    ]
    return sorted(models, key=lambda model: model._meta.label_lower != "contenttypes.contenttype")


def _sha256(stream) -> str:
    digest = hashlib.sha256()
    while chunk := stream.read(CHUNK):
        digest.update(chunk)
    return digest.hexdigest()


def _media_files(storage, directory: str = "") -> list[str]:
    directories, files = storage.listdir(directory)
    names = [str(PurePosixPath(directory, name)) for name in files]
    for sub in directories:
        names += _media_files(storage, str(PurePosixPath(directory, sub)))
    return sorted(names)


def _migration_state(connection) -> dict[str, list[str]]:
    state: dict[str, list[str]] = {}
    for app_label, name in sorted(MigrationRecorder(connection).applied_migrations()):
        state.setdefault(app_label, []).append(name)
    return state


@dataclass
class Result:
    path: Path
    counts: dict[str, int]
    media: int
    seconds: float
    notes: list[str] = field(default_factory=list)
    migration_seconds: float = 0.0

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


# Writing ---------------------------------------------------------------------------------------------------------


class ExactJSONEncoder(DjangoJSONEncoder):
    """Django's encoder cuts times to milliseconds; a backup keeps the microseconds the database stored."""

    def default(self, o):
        if isinstance(o, datetime | tageszeit):
            return o.isoformat().replace("+00:00", "Z")
        return super().default(o)


def _dump(connection, workdir: Path) -> dict[str, int]:
    """Every backed-up table as JSON lines, read in one snapshot of the database."""
    counts = {}
    with (workdir / DATA).open("w", encoding="utf-8") as out, transaction.atomic(using=connection.alias):
        if connection.vendor == "postgresql" and len(connection.atomic_blocks) == 1:
            connection.cursor().execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        for model in backed_up_models():
            queryset = model._base_manager.using(connection.alias).order_by("pk")
            counts[model._meta.label_lower] = queryset.count()
            serializers.serialize("jsonl", queryset.iterator(chunk_size=BATCH), stream=out, cls=ExactJSONEncoder)
    return counts


def create(target: Path, using: str = DEFAULT_DB_ALIAS) -> Result:
    """Write the installation to `target` (a file, or a directory to put a dated file in); never a half archive."""
    started = time.monotonic()
    connection = connections[using]
    executor = MigrationExecutor(connection)
    if executor.migration_plan(executor.loader.graph.leaf_nodes()):
        raise CommandError(
            "Die Datenbank ist nicht auf dem Stand des Codes. Führen Sie zuerst „manage.py migrate“ aus."
        )
    created = datetime.now(UTC)
    if target.is_dir():
        target = target / f"it-konzept-{created:%Y%m%d-%H%M%S}.tar.gz"
    storage = default_storage
    with tempfile.TemporaryDirectory(prefix="sicherung-") as tmp:
        workdir = Path(tmp)
        counts = _dump(connection, workdir)
        media = _media_files(storage) if storage.exists("") else []
        files = {DATA: {"sha256": _sha256((workdir / DATA).open("rb")), "bytes": (workdir / DATA).stat().st_size}}
        for name in media:
            with storage.open(name, "rb") as stream:
                files[f"{MEDIA}/{name}"] = {"sha256": _sha256(stream), "bytes": storage.size(name)}
        manifest = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "created_at": created.isoformat(),
            "engine": connection.vendor,
            "versions": {
                "python": platform.python_version(),
                "django": django.__version__,
                "wagtail": wagtail.__version__,
            },
            "migrations": _migration_state(connection),
            "counts": counts,
            "not_backed_up": sorted(NOT_BACKED_UP),
            "files": files,
        }
        partial = target.with_name(target.name + ".part")
        with tarfile.open(partial, "w:gz") as tar:
            raw = json.dumps(manifest, indent=1, ensure_ascii=False).encode()
            info = tarfile.TarInfo(MANIFEST)
            info.size, info.mtime = len(raw), int(created.timestamp())
            tar.addfile(info, io.BytesIO(raw))
            tar.add(workdir / DATA, arcname=DATA)
            for name in media:
                info = tarfile.TarInfo(f"{MEDIA}/{name}")
                info.size, info.mtime = files[info.name]["bytes"], int(created.timestamp())
                with storage.open(name, "rb") as stream:
                    tar.addfile(info, stream)
        partial.replace(target)
    return Result(target, counts, len(media), time.monotonic() - started)


# Reading ---------------------------------------------------------------------------------------------------------


def _safe_member(name: str) -> bool:
    path = PurePosixPath(name)
    return not path.is_absolute() and ".." not in path.parts


def unpack(archive: Path, workdir: Path) -> dict:
    """The manifest, after every member was unpacked into `workdir` and matched its checksum; nothing is written
    to the installation before that."""
    try:
        tar = tarfile.open(archive, "r:*")
    except (OSError, tarfile.TarError) as error:
        raise CommandError(f"„{archive}“ ist kein lesbares Sicherungsarchiv: {error}") from error
    with tar:
        try:
            manifest = json.load(tar.extractfile(MANIFEST))
        except (KeyError, ValueError, TypeError) as error:
            raise CommandError(f"„{archive}“ ist kein Sicherungsarchiv des IT-Konzepts (kein {MANIFEST}).") from error
        if manifest.get("format") != FORMAT:
            raise CommandError(f"„{archive}“ ist kein Sicherungsarchiv des IT-Konzepts.")
        if manifest.get("format_version") != FORMAT_VERSION:
            raise CommandError(
                f"Die Sicherung hat das Format {manifest.get('format_version')}, diese Version liest nur Format "
                f"{FORMAT_VERSION}. Spielen Sie sie mit der Version des IT-Konzepts ein, die sie erstellt hat."
            )
        expected = manifest["files"]
        seen = set()
        for member in tar:
            if member.name == MANIFEST or not member.isfile():
                continue
            if member.name not in expected or not _safe_member(member.name):
                raise CommandError(f"Die Sicherung enthält die unerwartete Datei „{member.name}“; nichts eingespielt.")
            destination = workdir / member.name
            destination.parent.mkdir(parents=True, exist_ok=True)
            with tar.extractfile(member) as source, destination.open("wb") as out:
                shutil.copyfileobj(source, out, CHUNK)
            if _sha256(destination.open("rb")) != expected[member.name]["sha256"]:
                raise CommandError(
                    f"Die Prüfsumme von „{member.name}“ stimmt nicht: die Sicherung ist beschädigt; nichts eingespielt."
                )
            seen.add(member.name)
    if missing := sorted(set(expected) - seen):
        raise CommandError(f"Der Sicherung fehlen Dateien ({', '.join(missing[:5])}); nichts eingespielt.")
    return manifest


# Restoring -------------------------------------------------------------------------------------------------------


class _HistoricalDeserializer(Deserializer):
    """Django's JSON-lines deserializer, reading models of a given migration state instead of the current ones."""

    def __init__(self, stream, *, registry, **options):
        self.registry = registry
        super().__init__(stream, **options)

    def _get_model_from_node(self, model_identifier):
        try:
            return self.registry.get_model(model_identifier)
        except (LookupError, TypeError) as error:
            raise serializers.base.DeserializationError(f"Unbekanntes Modell: {model_identifier}") from error


def _targets(executor: MigrationExecutor, state: dict[str, list[str]]) -> list[tuple[str, str | None]]:
    """The migration nodes the archive was at, per app; refuses migrations this code does not know."""
    graph = executor.loader.graph
    known = set(graph.nodes) | set(executor.loader.disk_migrations)
    unknown = [f"{app}.{name}" for app, names in state.items() for name in names if (app, name) not in known]
    if unknown:
        raise CommandError(
            "Die Sicherung stammt von einem neueren Stand des IT-Konzepts (diese Version kennt die Migrationen "
            f"{', '.join(unknown[:5])}{' …' if len(unknown) > 5 else ''} nicht). Spielen Sie sie mit dieser oder einer "
            "neueren Version ein; nichts wurde geändert."
        )
    targets = []
    for app in sorted(executor.loader.migrated_apps):
        applied = [(app, name) for name in state.get(app, []) if (app, name) in graph.nodes]
        leaf = max(applied, key=lambda node: len(graph.forwards_plan(node)), default=None)
        targets.append((app, leaf[1] if leaf else None))
    return targets


def content(using: str = DEFAULT_DB_ALIAS) -> dict[str, int]:
    """What the target database holds beyond a fresh `migrate` (Wagtail's root and welcome page, roles, workflow)."""
    connection = connections[using]
    tables = set(connection.introspection.table_names())
    if "django_migrations" not in tables:
        return {}
    from django.contrib.auth import get_user_model

    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page, Revision

    counted = {}
    for label, queryset in (
        ("Benutzer", get_user_model()._base_manager.all()),
        ("Seiten", Page._base_manager.exclude(content_type__app_label="wagtailcore", content_type__model="page")),
        ("Revisionen", Revision._base_manager.all()),
        ("Dokumente", get_document_model()._base_manager.all()),
        ("Bilder", get_image_model()._base_manager.all()),
    ):
        if queryset.model._meta.db_table in tables and (number := queryset.using(using).count()):
            counted[label] = number
    return counted


def _flush(connection) -> None:
    if connection.vendor == "postgresql":
        # Fires the checks earlier writes of this transaction deferred: TRUNCATE refuses tables with pending ones.
        connection.check_constraints()
    tables = connection.introspection.django_table_names(only_existing=True, include_views=False)
    connection.ops.execute_sql_flush(connection.ops.sql_flush(no_style(), tables, allow_cascade=False))


def _load(connection, data: Path, registry) -> list:
    """Insert every row as it was (primary keys, raw values; no signals, no auto_now), batched per model.

    `_insert(raw=True)` is what `Model.save_base(raw=True)` does for one row, without the receivers loaddata would
    wake (search, reference index, PDF cache) while half the rows are still missing; constraints are checked at commit.
    """
    pending: dict = {}
    links: dict = {}

    def flush(model) -> None:
        fields = list(model._meta.local_concrete_fields)
        model._base_manager.using(connection.alias)._insert(pending[model], fields=fields, raw=True)
        pending[model] = []

    with data.open(encoding="utf-8") as stream:
        for item in _HistoricalDeserializer(stream, registry=registry, using=connection.alias):
            model = type(item.object)
            if model not in pending:
                # The rows come grouped by model: the previous model's last rows go in before the next begins.
                for previous, rows in pending.items():
                    if rows:
                        flush(previous)
            pending.setdefault(model, []).append(item.object)
            for name, targets in item.m2m_data.items():
                relation = model._meta.get_field(name)
                through = relation.remote_field.through
                source = through._meta.get_field(relation.m2m_field_name()).attname
                target = through._meta.get_field(relation.m2m_reverse_field_name()).attname
                links.setdefault(through, []).extend(through(**{source: item.object.pk, target: pk}) for pk in targets)
            if len(pending[model]) >= BATCH:
                flush(model)
    for model, rows in pending.items():
        if rows:
            flush(model)
    for through, rows in links.items():
        fields = [f for f in through._meta.local_concrete_fields if not f.primary_key]
        for start in range(0, len(rows), BATCH):
            through._base_manager.using(connection.alias)._insert(rows[start : start + BATCH], fields=fields, raw=True)
    return [*pending, *links]


def _write_media(files: list[str], workdir: Path, storage) -> list[str]:
    written = []
    try:
        for name in files:
            if storage.exists(name):
                storage.delete(name)
            with (workdir / MEDIA / name).open("rb") as stream:
                saved = storage.save(name, File(stream))
            written.append(saved)
            if saved != name:
                raise CommandError(f"Die Mediendatei „{name}“ konnte nicht unter ihrem Namen gespeichert werden.")
    except BaseException:
        for name in written:
            storage.delete(name)
        raise
    return written


def restore(archive: Path, *, replace: bool = False, using: str = DEFAULT_DB_ALIAS) -> Result:
    """Restore `archive` into this installation: all of it in one transaction, or nothing."""
    started = time.monotonic()
    connection = connections[using]
    with tempfile.TemporaryDirectory(prefix="sicherung-") as tmp:
        workdir = Path(tmp)
        manifest = unpack(archive, workdir)
        executor = MigrationExecutor(connection)
        targets = _targets(executor, manifest["migrations"])
        if (found := content(using)) and not replace:
            summary = ", ".join(f"{number} {label}" for label, number in found.items())
            raise CommandError(
                f"Die Zieldatenbank ist nicht leer ({summary}); nichts wurde geändert. Eine Sicherung wird in eine "
                "leere Installation eingespielt; mit --ersetzen ersetzt sie den gesamten Inhalt dieser Datenbank."
            )
        current = dict(targets) == dict(executor.loader.graph.leaf_nodes())
        plan = executor.migration_plan(targets)
        migration_started = time.monotonic()
        if plan:
            archived = {(app, name) for app, names in manifest["migrations"].items() for name in names}
            backwards = [(m.app_label, m.name) for m, undo in plan if undo]
            if backwards and (len(backwards) < len(plan) or archived & set(backwards)):
                raise CommandError(
                    "Der Migrationsstand der Zieldatenbank lässt sich nicht auf den der Sicherung bringen; spielen Sie "
                    "sie in eine leere Datenbank ein. Nichts wurde geändert."
                )
            executor.migrate(targets, plan=plan)
        migration_seconds = time.monotonic() - migration_started
        registry = apps if current else executor.loader.project_state([t for t in targets if t[1]]).apps
        media = sorted(name.removeprefix(f"{MEDIA}/") for name in manifest["files"] if name.startswith(f"{MEDIA}/"))
        written: list[str] = []
        try:
            with transaction.atomic(using=using):
                _flush(connection)
                ContentType.objects.clear_cache()
                try:
                    models = _load(connection, workdir / DATA, registry)
                    with connection.cursor() as cursor:
                        for statement in connection.ops.sequence_reset_sql(no_style(), models):
                            cursor.execute(statement)
                    connection.check_constraints()
                except (serializers.base.DeserializationError, IntegrityError) as error:
                    raise CommandError(
                        f"Die Daten der Sicherung passen nicht zu dieser Installation ({error}); nichts eingespielt."
                    ) from error
                counts = {
                    label: registry.get_model(label)._base_manager.using(using).count() for label in manifest["counts"]
                }
                if wrong := [label for label, number in counts.items() if number != manifest["counts"][label]]:
                    raise CommandError(
                        f"Nach dem Einspielen stimmen die Zeilen von {', '.join(wrong)} nicht; nichts eingespielt."
                    )
                written = _write_media(media, workdir, default_storage)
        except BaseException:
            for name in written:
                default_storage.delete(name)
            raise
    ContentType.objects.clear_cache()
    notes = []
    if not current:
        call_command("migrate", database=using, interactive=False, verbosity=0)
        notes.append("Die Sicherung stammte von einem älteren Stand und wurde danach migriert.")
    call_command("update_index", verbosity=0)
    for cache in caches.all():
        cache.clear()
    return Result(archive, counts, len(written), time.monotonic() - started, notes, migration_seconds)
