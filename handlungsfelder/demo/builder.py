"""Turns the demo data modules into snippets, users and published pages through Wagtail's APIs.

Idempotent: everything is first looked up by a natural key (username, region slug, provider name, school slug,
akteur name, contact name, page slug under its parent); only what is missing is created, existing pages are skipped.
"""

import copy
import json
import secrets
from collections.abc import Callable, Iterable
from datetime import date, datetime

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models

from wagtail import blocks
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, Revision, Site
from wagtail.rich_text import features as feature_registry

from ..models import (
    Aenderungsnotiz,
    Akteur,
    BeschlussIndexPage,
    BeschlussPage,
    Dienstleister,
    HandlungsfeldIndexPage,
    HandlungsfeldPage,
    Kontakt,
    KonzeptStartPage,
    Region,
    Schule,
    SitzungIndexPage,
    SitzungPage,
)
from . import handlungsfelder_a, handlungsfelder_b, records, stammdaten, uebersetzungen
from .geschichte import Geschichte, date_publication, replay

Log = Callable[[str], None]


class DemoDataError(Exception):
    """The demo data does not fit the models or blocks; the message says where."""


def _datum(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _without(data: dict, *keys: str) -> dict:
    return {key: value for key, value in data.items() if key not in keys}


def _report(log: Log, label: str, created: int, existing: int) -> None:
    if created:
        log(f"{label}: {created} angelegt" + (f", {existing} bereits vorhanden" if existing else ""))
    else:
        log(f"{label}: bereits geladen ({existing})")


def editor_html(html: str, features=None) -> str:
    """Rich text as the editor stores it (with data-block-key), so opening and saving a demo page changes nothing.

    Otherwise every save from the editor would differ from the demo data and count as a content change,
    which sends a proposal under review back to its first step.
    """
    converter = ContentstateConverter(features=features or feature_registry.get_default_features())
    return converter.to_database_format(converter.from_database_format(html))


def _json(value) -> object:
    """The value as it comes back from the JSON column, to compare stored and re-serialised stream data."""
    return json.loads(json.dumps(value, cls=DjangoJSONEncoder))


class DemoBuilder:
    """Builds the demo county's IT-Konzept; `build()` is safe to run again on a loaded database."""

    def __init__(self, *, password: str = "", log: Log = lambda line: None) -> None:
        self.password = password
        self.log = log
        self.created_pages: list[int] = []
        self.password_note = ""
        self.snippet_counts: dict[type[models.Model], tuple[int, int]] = {}
        # model -> natural key -> pk, used to turn keys in block values into chooser values.
        self.refs: dict[type[models.Model], dict[str, int]] = {}

    def build(self) -> None:
        self.locale = Locale.get_default()
        self.admin = self.build_accounts()
        self.build_snippets()
        self.build_pages()
        uebersetzungen.build(self)
        if self.created_pages:
            checked = self.validate(self.created_pages)
            self.log(f"Prüfung: {checked} neue Seiten mit lesbaren StreamField-Inhalten und veröffentlichter Revision")
        else:
            self.log("Demo-Inhalte sind bereits geladen; nichts geändert.")
        if self.password_note:
            self.log(self.password_note)

    # Accounts ---------------------------------------------------------------------------------------------------

    def build_accounts(self) -> models.Model:
        user_model = get_user_model()
        new_password = self.password or secrets.token_urlsafe(12)
        created = []
        for data in records.KONTEN:
            user = user_model.objects.filter(username=data["username"]).first()
            if user is None:
                fields = {key: data[key] for key in ("username", "first_name", "last_name", "email")}
                if data["superuser"]:
                    user = user_model.objects.create_superuser(password=new_password, **fields)
                else:
                    user = user_model.objects.create_user(password=new_password, **fields)
                created.append(user.username)
            if data["gruppe"]:
                group, _ = Group.objects.get_or_create(name=data["gruppe"])
                user.groups.add(group)
        if created:
            self.log(f"Benutzerkonten angelegt: {', '.join(created)}")
            # Shown at the end of build(), so a run that fails and rolls back does not show a useless password.
            self.password_note = (
                "Passwort der neuen Konten: aus DEMO_PASSWORD"
                if self.password
                else f"Passwort der neuen Konten (wird nur jetzt angezeigt): {new_password}"
            )
        else:
            self.log("Benutzerkonten sind bereits vorhanden; Passwörter bleiben unverändert.")
        return user_model.objects.get(username="admin")

    # Snippets ---------------------------------------------------------------------------------------------------

    def _get_or_create(self, model: type[models.Model], lookup: dict, fields: dict) -> models.Model:
        """The object found by its natural key `lookup`, or a new, validated one; counted for the report."""
        created, existing = self.snippet_counts.get(model, (0, 0))
        instance = model.objects.filter(**lookup).first()
        if instance is not None:
            self.snippet_counts[model] = (created, existing + 1)
            return instance
        instance = model(**lookup, **fields)
        try:
            instance.full_clean()
        except ValidationError as error:
            raise DemoDataError(f"{model.__name__} {lookup}: {error.message_dict}") from error
        instance.save()
        self.snippet_counts[model] = (created + 1, existing)
        return instance

    def build_snippets(self) -> None:
        regions = {
            slug: self._get_or_create(Region, {"slug": slug}, {"name": name})
            for slug, name in stammdaten.REGIONEN.items()
        }
        for data in stammdaten.DIENSTLEISTER:
            fields = _without(data, "name") | {
                "region": regions[data["region"]],
                "vertrag_seit": _datum(data["vertrag_seit"]),
            }
            self._get_or_create(Dienstleister, {"name": data["name"]}, fields)
        self.refs[Schule] = {
            slug: self._get_or_create(
                Schule, {"slug": slug, "locale": self.locale}, data | {"region": regions[data["region"]]}
            ).pk
            for slug, data in stammdaten.SCHULEN.items()
        }
        self.refs[Akteur] = {
            key: self._get_or_create(Akteur, {"name": data["name"], "locale": self.locale}, _without(data, "name")).pk
            for key, data in stammdaten.AKTEURE.items()
        }
        data = stammdaten.KONTAKT
        self.kontakt = self._get_or_create(
            Kontakt, {"name": data["name"], "locale": self.locale}, _without(data, "name")
        )
        for model, (created, existing) in self.snippet_counts.items():
            _report(self.log, str(model._meta.verbose_name_plural), created, existing)

    # StreamField data -------------------------------------------------------------------------------------------

    def stream(self, model: type[models.Model], field_name: str, items: Iterable, where: str) -> list[dict]:
        """Turn (type, value) tuples into the JSON Wagtail itself stores, after validating them with the blocks."""
        stream_block = model._meta.get_field(field_name).stream_block
        raw = []
        for position, item in enumerate(items, start=1):
            try:
                type_name, value = item
            except (TypeError, ValueError) as error:
                raise DemoDataError(f"{where}, Block {position}: kein (Typ, Wert)-Paar: {item!r}") from error
            child_block = stream_block.child_blocks.get(type_name)
            if child_block is None:
                raise DemoDataError(f"{where}, Block {position}: unbekannter Blocktyp {type_name!r}")
            raw.append({"type": type_name, "value": self._resolve(child_block, value, f"{where}, {type_name}")})
        try:
            value = stream_block.clean(stream_block.to_python(raw))
        except ValidationError as error:
            detail = error.as_json_data() if hasattr(error, "as_json_data") else error.messages
            detail = json.dumps(detail, ensure_ascii=False, default=str)
            raise DemoDataError(f"{where} (Blocknummern ab 0): {detail}") from error
        # get_prep_value adds the ids Wagtail gives stream children and ListBlock items ({"type": "item", ...}).
        return stream_block.get_prep_value(value)

    def _resolve(self, block: blocks.Block, value, where: str):
        """Replace akteur keys, school slugs and Handlungsfeld slugs by primary keys, following the block tree."""
        if isinstance(block, blocks.StructBlock):
            if not isinstance(value, dict):
                raise DemoDataError(f"{where}: erwartet ein dict, nicht {value!r}")
            unknown = set(value) - set(block.child_blocks)
            if unknown:
                raise DemoDataError(f"{where}: unbekannte Felder {sorted(unknown)}")
            return {
                name: self._resolve(block.child_blocks[name], child_value, f"{where}.{name}")
                for name, child_value in value.items()
            }
        if isinstance(block, blocks.RichTextBlock) and isinstance(value, str):
            return editor_html(value, block.features)
        if isinstance(block, blocks.ListBlock):
            return [self._resolve(block.child_block, item, where) for item in value or []]
        if isinstance(block, blocks.ChooserBlock) and value not in (None, ""):
            keys = self.refs.get(block.target_model)
            if keys is None:
                raise DemoDataError(f"{where}: Verweise auf {block.target_model.__name__} sind nicht vorgesehen")
            if value not in keys:
                raise DemoDataError(f"{where}: unbekannter Schlüssel {value!r} für {block.target_model.__name__}")
            return keys[value]
        return value

    # Pages ------------------------------------------------------------------------------------------------------

    def child(self, parent: Page, slug: str) -> Page | None:
        page = parent.get_children().filter(slug=slug).first()
        return page.specific if page else None

    def add(self, parent: Page, page: Page) -> Page:
        """Create the page as a draft below parent; publish() makes it live with a real revision."""
        page.live = False
        page.owner = self.admin
        parent.add_child(instance=page)
        self.created_pages.append(page.pk)
        return page

    def publish(self, page: Page, notiz: str = "") -> Revision:
        revision = page.save_revision(user=self.admin, log_action=True)
        if notiz:
            Aenderungsnotiz.objects.create(revision=revision, text=notiz, autor=self.admin)
        revision.publish(user=self.admin)
        return revision

    def get_or_add(self, parent: Page, page: Page) -> tuple[Page, bool]:
        """The existing page with page.slug below parent, or page created and published there."""
        existing = self.child(parent, page.slug)
        if existing is not None:
            return existing, False
        self.add(parent, page)
        self.publish(page)
        return page, True

    def build_pages(self) -> None:
        start, start_is_new = self.build_start_page()
        index_data = [
            (HandlungsfeldIndexPage, records.HANDLUNGSFELD_INDEX),
            (SitzungIndexPage, records.SITZUNG_INDEX),
            (BeschlussIndexPage, records.BESCHLUSS_INDEX),
        ]
        indexes, created = {}, 0
        for model, data in index_data:
            fields = {**data, "intro": editor_html(data["intro"])} if data.get("intro") else data
            indexes[model], is_new = self.get_or_add(start, model(**fields))
            created += is_new
        _report(self.log, "Übersichtsseiten", created, len(indexes) - created)

        self.build_handlungsfelder(indexes[HandlungsfeldIndexPage])

        if start_is_new:
            # The start page links Handlungsfelder, so it is filled and published once they exist.
            start.body = self.stream(KonzeptStartPage, "body", records.STARTSEITE["body"], "Startseite, body")
            self.publish(start)

        self.build_sitzungen(indexes[SitzungIndexPage])
        self.build_beschluesse(indexes[BeschlussIndexPage])
        self.build_legal_pages(start)
        if self.geschichte:
            replay(self.geschichte, start, self.handlungsfelder, self.log)
        self.build_open_proposal(indexes[HandlungsfeldIndexPage])

    def build_start_page(self) -> tuple[KonzeptStartPage, bool]:
        """The start page as root of the default site, replacing Wagtail's initial welcome page."""
        site = Site.objects.get(is_default_site=True)
        data = records.STARTSEITE
        start = self.child(Page.get_first_root_node(), data["slug"])
        is_new = start is None
        if is_new:
            start = KonzeptStartPage(
                title=data["title"],
                slug=data["slug"],
                intro=editor_html(data["intro"]),
                version=data["version"],
                in_kraft_seit=_datum(data["in_kraft_seit"]),
                kontakt=self.kontakt,
            )
            self.add(Page.get_first_root_node(), start)
        if site.root_page_id != start.pk or not site.site_name:
            site.root_page = start
            site.site_name = site.site_name or records.SITE_NAME
            site.save()
            self.log(f"Startseite ist jetzt die Wurzel der Site {site.hostname}")
        welcome = Page.objects.filter(
            depth=2, slug="home", numchild=0, content_type=ContentType.objects.get_for_model(Page)
        ).exclude(sites_rooted_here__isnull=False)
        for page in welcome:
            page.delete(user=self.admin)
            self.log("Wagtails Willkommensseite gelöscht")
        self.log("Startseite angelegt" if is_new else "Startseite: bereits geladen")
        return start, is_new

    def build_handlungsfelder(self, index: HandlungsfeldIndexPage) -> None:
        data = [*handlungsfelder_a.HANDLUNGSFELDER, *handlungsfelder_b.HANDLUNGSFELDER]
        slugs = [item["slug"] for item in data]
        duplicates = sorted({slug for slug in slugs if slugs.count(slug) > 1})
        if duplicates:
            raise DemoDataError(f"Handlungsfelder doppelt: {duplicates}")

        existing = {page.slug: page for page in HandlungsfeldPage.objects.child_of(index)}
        new = []
        for item in data:
            if item["slug"] not in existing:
                page = HandlungsfeldPage(title=item["title"], slug=item["slug"], summary=item["summary"])
                existing[item["slug"]] = self.add(index, page)
                new.append((page, item))
        self.refs[HandlungsfeldPage] = {slug: page.pk for slug, page in existing.items()}

        # All pages exist now, so Verweise between Handlungsfelder resolve.
        final = {
            page.slug: {
                name: self.stream(HandlungsfeldPage, name, item.get(name, []), f"Handlungsfeld {page.slug}, {name}")
                for name, _label in HandlungsfeldPage.PARTS
            }
            for page, item in new
        }
        # On a fresh load the pages start as version 1.0 and their history is replayed later (geschichte.py).
        self.geschichte = Geschichte(final) if len(new) == len(data) else None
        parts = self.geschichte.parts if self.geschichte else final
        for page, item in new:
            for name, value in parts[page.slug].items():
                setattr(page, name, copy.deepcopy(value))
            page.tags.add(*item.get("tags", []))
            revision = self.publish(page, notiz=records.ERSTFASSUNG_NOTIZ)
            if self.geschichte:
                date_publication(page, revision, datetime.fromisoformat(records.ERSTFASSUNG_AM))
        self.handlungsfelder = existing
        _report(self.log, "Handlungsfelder", len(new), len(data) - len(new))

    def build_sitzungen(self, index: SitzungIndexPage) -> None:
        created = 0
        for item in records.SITZUNGEN:
            if self.child(index, item["slug"]) is not None:
                continue
            where = f"Sitzung {item['slug']}"
            page = SitzungPage(
                title=item["title"],
                slug=item["slug"],
                datum=_datum(item["datum"]),
                ort=item["ort"],
                teilnehmende=self.stream(
                    SitzungPage, "teilnehmende", [("teilnahme", t) for t in item["teilnehmende"]], where
                ),
                tagesordnung=self.stream(
                    SitzungPage, "tagesordnung", [("top", t) for t in item["tagesordnung"]], where
                ),
                ergebnisse=self.stream(SitzungPage, "ergebnisse", item["ergebnisse"], where),
            )
            self.add(index, page)
            page.handlungsfelder = self._handlungsfelder(item["handlungsfelder"], where)
            self.publish(page)
            created += 1
        _report(self.log, "Sitzungen der Arbeitsgruppe", created, len(records.SITZUNGEN) - created)

    def _handlungsfelder(self, slugs: list[str], where: str) -> list[HandlungsfeldPage]:
        unknown = [slug for slug in slugs if slug not in self.refs[HandlungsfeldPage]]
        if unknown:
            raise DemoDataError(f"{where}: unbekannte Handlungsfelder {unknown}")
        pages = HandlungsfeldPage.objects.in_bulk([self.refs[HandlungsfeldPage][slug] for slug in slugs])
        return list(pages.values())

    def build_beschluesse(self, index: BeschlussIndexPage) -> None:
        created = 0
        for item in records.BESCHLUESSE:
            if self.child(index, item["slug"]) is not None:
                continue
            page = BeschlussPage(
                **_without(item, "datum", "in_kraft_ab", "beschlusstext"),
                datum=_datum(item["datum"]),
                in_kraft_ab=_datum(item["in_kraft_ab"]),
                beschlusstext=self.stream(
                    BeschlussPage, "beschlusstext", item["beschlusstext"], f"Beschluss {item['slug']}"
                ),
            )
            self.add(index, page)
            self.publish(page)
            created += 1
        _report(self.log, "Beschlüsse", created, len(records.BESCHLUESSE) - created)

    def build_legal_pages(self, start: KonzeptStartPage) -> None:
        """Impressum, Datenschutz and Barrierefreiheit of the host site, if its `pages` app is installed."""
        try:
            content_page = apps.get_model("pages", "ContentPage")
            rechtliche_seiten = apps.get_model("pages", "RechtlicheSeiten")
        except LookupError:
            self.log("Rechtliche Seiten übersprungen: App „pages“ ist nicht installiert")
            return
        setting = rechtliche_seiten.for_site(Site.objects.get(is_default_site=True))
        created, changed = 0, []
        for item in records.RECHTLICHE_SEITEN:
            if self.child(start, item["slug"]) is None:
                body = self.stream(content_page, "body", item["body"], f"Seite {item['slug']}")
                page = self.add(start, content_page(title=item["title"], slug=item["slug"], body=body))
                self.publish(page)
                created += 1
            if getattr(setting, f"{item['setting']}_id") is None:
                setattr(setting, item["setting"], self.child(start, item["slug"]))
                changed.append(item["setting"])
        if changed:
            setting.save()
        _report(self.log, "Rechtliche Seiten", created, len(records.RECHTLICHE_SEITEN) - created)
        if changed:
            self.log(f"Einstellung „Rechtliche Seiten“ gesetzt: {', '.join(changed)}")

    def build_open_proposal(self, index: HandlungsfeldIndexPage) -> None:
        """A Systembetreuer's proposal waiting for the Arbeitsgruppe, submitted through the concept's workflow."""
        data = records.OFFENER_VORSCHLAG
        page = self.child(index, data["seite"])
        autor = get_user_model().objects.get(username=data["autor"])
        schon_eingereicht = Aenderungsnotiz.objects.filter(
            text=data["aenderungsgrund"], revision__object_id=str(page.pk) if page else ""
        ).exists()
        if page is None or schon_eingereicht:
            self.log("Offener Vorschlag: bereits vorhanden")
            return
        teil = getattr(page, data["teil"])
        neu = self.stream(HandlungsfeldPage, data["teil"], data["neue_bloecke"], f"Vorschlag {page.slug}")
        setattr(page, data["teil"], [*teil.get_prep_value(), *neu])
        revision = page.save_revision(user=autor, log_action=True)
        Aenderungsnotiz.objects.create(revision=revision, text=data["aenderungsgrund"], autor=autor)
        page.get_workflow().start(page, autor)
        self.log(f"Offener Vorschlag zu „{page.title}“ wartet auf die Prüfung durch die Arbeitsgruppe")

    # Validation -------------------------------------------------------------------------------------------------

    def validate(self, page_ids: list[int]) -> int:
        """Re-read the given pages and convert each stream child, so broken raw data raises.

        A chooser whose object is missing converts to None and so no longer matches the stored pk.
        """
        checked = 0
        for page in Page.objects.filter(pk__in=page_ids).specific():
            if not page.live or page.live_revision_id is None:
                raise DemoDataError(f"Seite {page.url_path} ist nicht mit einer Revision veröffentlicht")
            for field in page._meta.get_fields():
                if isinstance(field, StreamField):
                    self._check_stream(page, field.name)
            checked += 1
        return checked

    def _check_stream(self, page: Page, field_name: str) -> None:
        stream = getattr(page, field_name)
        stored = _json(copy.deepcopy(stream.get_prep_value()))
        for position, child in enumerate(stream):
            if _json(child.get_prep_value()) != stored[position]:
                raise DemoDataError(
                    f"Seite {page.url_path}, {field_name}, Block {position + 1} ({child.block_type}): "
                    "gespeicherte Daten lassen sich nicht verlustfrei lesen"
                )
