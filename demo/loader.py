"""Builds the demo from its data files: accounts, snippets and published pages, through Wagtail's APIs.

Idempotent: everything is first looked up by a natural key (username, region slug, provider name, school slug,
akteur name, contact name, page slug under its parent); only what is missing is created, existing pages are skipped.
"""

import copy
import secrets
from collections.abc import Callable

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models

from wagtail.fields import RichTextField
from wagtail.models import Locale, Page, Revision, Site

from handlungsfelder.models import (
    Aenderungsnotiz,
    BeschlussIndexPage,
    BeschlussPage,
    HandlungsfeldIndexPage,
    HandlungsfeldPage,
    KonzeptStartPage,
    SitzungIndexPage,
    SitzungPage,
)
from pages.models import ContentPage, RechtlicheSeiten

from . import uebersetzungen
from .bloecke import Bloecke, editor_html, pruefe_seite
from .daten import HANDLUNGSFELDER_INDEX, DemoDataError, eintraege, lade, namen, ohne, pfad, pruefe
from .historie import Geschichte, Historie, date_publication, replay
from .plugin import ROLLEN
from .stammdaten import Stammdaten

Log = Callable[[str], None]
TEILE = [name for name, _label in HandlungsfeldPage.PARTS]


def _report(log: Log, label: str, created: int, existing: int) -> None:
    if created:
        log(f"{label}: {created} angelegt" + (f", {existing} bereits vorhanden" if existing else ""))
    else:
        log(f"{label}: bereits geladen ({existing})")


class DemoLoader:
    """Builds the demo county's IT-Konzept; `build()` is safe to run again on a loaded database."""

    def __init__(self, *, password: str = "", log: Log = lambda line: None) -> None:
        self.password = password
        self.log = log
        self.created_pages: list[int] = []
        self.password_note = ""
        self.bloecke = Bloecke()

    def build(self) -> None:
        self.locale = Locale.get_default()
        self.admin = self.build_accounts()
        self.build_snippets()
        self.build_pages()
        uebersetzungen.build(self)
        for page in Page.objects.filter(pk__in=self.created_pages).specific():
            pruefe_seite(page)
        if self.created_pages:
            self.log(
                f"Prüfung: {len(self.created_pages)} neue Seiten mit lesbaren StreamField-Inhalten "
                "und veröffentlichter Revision"
            )
        else:
            self.log("Demo-Inhalte sind bereits geladen; nichts geändert.")
        if self.password_note:
            self.log(self.password_note)

    # Accounts ---------------------------------------------------------------------------------------------------

    def build_accounts(self) -> models.Model:
        """The accounts of konten.yaml; returns the first superuser, who creates and publishes the pages."""
        user_model = get_user_model()
        new_password = self.password or secrets.token_urlsafe(12)
        created, admin = [], None
        for where, data in eintraege(lade("konten.yaml"), "konten", "konten.yaml"):
            pruefe(data, where, ("username", "first_name", "last_name", "email"), ("superuser", "gruppe"))
            if data.get("gruppe") not in (None, *ROLLEN):
                raise DemoDataError(f"{where}: gruppe muss eine der Rollen {list(ROLLEN)} sein")
            user = user_model.objects.filter(username=data["username"]).first()
            if user is None:
                fields = ohne(data, "superuser", "gruppe")
                create = (
                    user_model.objects.create_superuser if data.get("superuser") else user_model.objects.create_user
                )
                user = create(password=new_password, **fields)
                created.append(user.username)
            if data.get("gruppe"):
                group, _ = Group.objects.get_or_create(name=data["gruppe"])
                user.groups.add(group)
            if admin is None and data.get("superuser"):
                admin = user
        if admin is None:
            raise DemoDataError("konten.yaml: kein Konto mit superuser: true")
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
        return admin

    # Snippets ---------------------------------------------------------------------------------------------------

    def build_snippets(self) -> None:
        stammdaten = Stammdaten(self.locale)
        self.kontakt = stammdaten.build(self.bloecke.refs)
        for model, (created, existing) in stammdaten.counts.items():
            _report(self.log, str(model._meta.verbose_name_plural), created, existing)

    # Pages ------------------------------------------------------------------------------------------------------

    def child(self, parent: Page, slug: str) -> Page | None:
        page = parent.get_children().filter(slug=slug).first()
        return page.specific if page else None

    def add(self, parent: Page, page: Page, where: str) -> Page:
        """Create the page as a draft below parent; publish() makes it live with a real revision."""
        page.live = False
        page.owner = self.admin
        try:
            parent.add_child(instance=page)
        except ValidationError as error:
            raise DemoDataError(f"{where}: {error.message_dict}") from error
        self.created_pages.append(page.pk)
        return page

    def publish(self, page: Page, where: str, notiz: str = "") -> Revision:
        try:
            revision = page.save_revision(user=self.admin, log_action=True)
        except ValidationError as error:
            raise DemoDataError(f"{where}: {error.message_dict}") from error
        if notiz:
            Aenderungsnotiz.objects.create(revision=revision, text=notiz, autor=self.admin)
        revision.publish(user=self.admin)
        return revision

    def page(self, model: type[Page], data: dict, where: str, *, exclude=(), **fields) -> Page:
        """An unsaved page of `model` from the data's fields (rich text normalised, keys in `exclude` left out)."""
        values = ohne(data, *exclude) | fields
        for name in values:
            try:
                field = model._meta.get_field(name)
            except FieldDoesNotExist as error:
                raise DemoDataError(f"{where}: unbekanntes Feld {name!r} für {model.__name__}") from error
            if isinstance(field, RichTextField) and isinstance(values[name], str):
                values[name] = editor_html(values[name])
        return model(**values)

    def get_or_add(self, parent: Page, model: type[Page], datei: str, items_key: str) -> tuple[Page, bool, dict]:
        """The index page of data file `datei` below parent, created and published if missing."""
        data = pruefe(lade(datei), datei, ("title", "slug", "intro", items_key))
        existing = self.child(parent, data["slug"])
        if existing is not None:
            return existing, False, data
        page = self.add(parent, self.page(model, data, datei, exclude=[items_key]), datei)
        self.publish(page, datei)
        return page, True, data

    def build_pages(self) -> None:
        start, start_data = self.build_start_page()
        indexes, created = {}, 0
        for model, datei, items_key in (
            (HandlungsfeldIndexPage, HANDLUNGSFELDER_INDEX, "reihenfolge"),
            (SitzungIndexPage, "sitzungen.yaml", "sitzungen"),
            (BeschlussIndexPage, "beschluesse.yaml", "beschluesse"),
        ):
            page, is_new, data = self.get_or_add(start, model, datei, items_key)
            indexes[model] = (page, data)
            created += is_new
        _report(self.log, "Übersichtsseiten", created, len(indexes) - created)

        historie = Historie()
        self.build_handlungsfelder(*indexes[HandlungsfeldIndexPage], historie)

        if start_data is not None:
            # The start page links Handlungsfelder, so it is filled and published once they exist.
            start.body = self.bloecke.stream(KonzeptStartPage, "body", start_data["body"], "startseite.yaml, body")
            self.publish(start, "startseite.yaml")

        self.build_sitzungen(*indexes[SitzungIndexPage])
        self.build_beschluesse(*indexes[BeschlussIndexPage])
        self.build_legal_pages(start)
        if self.geschichte:
            replay(self.geschichte, start, self.handlungsfelder, self.log)
        self.build_open_proposal(indexes[HandlungsfeldIndexPage][0])

    def build_start_page(self) -> tuple[KonzeptStartPage, dict | None]:
        """The start page as root of the default site, replacing Wagtail's initial welcome page.

        Returns the page and, if it is new, its data (its body is filled in later)."""
        datei = "startseite.yaml"
        data = pruefe(lade(datei), datei, ("site_name", "title", "slug", "intro", "version", "in_kraft_seit", "body"))
        site = Site.objects.get(is_default_site=True)
        root = Page.get_first_root_node()
        start = self.child(root, data["slug"])
        is_new = start is None
        if is_new:
            start = self.page(KonzeptStartPage, data, datei, exclude=["site_name", "body"], kontakt=self.kontakt)
            self.add(root, start, datei)
        if site.root_page_id != start.pk or not site.site_name:
            site.root_page = start
            site.site_name = site.site_name or data["site_name"]
            site.save()
            self.log(f"Startseite ist jetzt die Wurzel der Site {site.hostname}")
        welcome = Page.objects.filter(
            depth=2, slug="home", numchild=0, content_type=ContentType.objects.get_for_model(Page)
        ).exclude(sites_rooted_here__isnull=False)
        for page in welcome:
            page.delete(user=self.admin)
            self.log("Wagtails Willkommensseite gelöscht")
        self.log("Startseite angelegt" if is_new else "Startseite: bereits geladen")
        return start, data if is_new else None

    def build_handlungsfelder(self, index: HandlungsfeldIndexPage, index_data: dict, historie: Historie) -> None:
        slugs = index_data["reihenfolge"]
        if not isinstance(slugs, list):
            raise DemoDataError(f"{HANDLUNGSFELDER_INDEX}: reihenfolge muss eine Liste sein")
        duplicates = sorted({slug for slug in slugs if slugs.count(slug) > 1})
        if duplicates:
            raise DemoDataError(f"{HANDLUNGSFELDER_INDEX}: Handlungsfelder doppelt in reihenfolge: {duplicates}")
        files = namen("handlungsfelder") - {"index"}
        if files - set(slugs):
            raise DemoDataError(f"{HANDLUNGSFELDER_INDEX}: reihenfolge fehlen {sorted(files - set(slugs))}")

        existing = {page.slug: page for page in HandlungsfeldPage.objects.child_of(index)}
        new = []
        for slug in slugs:
            if slug not in existing:
                name = pfad("handlungsfelder", f"{slug}.yaml")
                data = pruefe(lade(name), name, ("title", "summary"), ("kuerzel", "tags", *TEILE))
                page = self.page(HandlungsfeldPage, data, name, exclude=["tags", *TEILE], slug=slug)
                existing[slug] = self.add(index, page, name)
                new.append((page, data, name))
        self.bloecke.refs[HandlungsfeldPage] = {slug: page.pk for slug, page in existing.items()}

        # All pages exist now, so Verweise between Handlungsfelder resolve.
        final = {
            page.slug: {
                name: self.bloecke.stream(HandlungsfeldPage, name, data.get(name, []), f"{datei}, {name}")
                for name in TEILE
            }
            for page, data, datei in new
        }
        # On a fresh load the pages start as version 1.0 and their history is replayed later (historie.py).
        self.geschichte = Geschichte(historie, final) if len(new) == len(slugs) else None
        parts = self.geschichte.parts if self.geschichte else final
        for page, data, datei in new:
            for name, value in parts[page.slug].items():
                setattr(page, name, copy.deepcopy(value))
            page.tags.add(*data.get("tags", []))
            revision = self.publish(page, datei, notiz=historie.erstfassung_grund)
            if self.geschichte:
                date_publication(page, revision, historie.erstfassung_am)
        self.handlungsfelder = existing
        _report(self.log, "Handlungsfelder", len(new), len(slugs) - len(new))

    def build_sitzungen(self, index: SitzungIndexPage, data: dict) -> None:
        created, total = 0, 0
        for where, item in eintraege(data, "sitzungen", "sitzungen.yaml"):
            total += 1
            keys = ("slug", "title", "datum", "teilnehmende", "tagesordnung", "ergebnisse", "handlungsfelder")
            pruefe(item, where, keys, ("ort",))
            if self.child(index, item["slug"]) is not None:
                continue
            # A meeting's participants and agenda items are listed without their block type.
            blocks = {
                "teilnehmende": [{"teilnahme": value} for value in item["teilnehmende"]],
                "tagesordnung": [{"top": value} for value in item["tagesordnung"]],
                "ergebnisse": item["ergebnisse"],
            }
            streams = {
                name: self.bloecke.stream(SitzungPage, name, blocks[name], f"{where}, {name}") for name in blocks
            }
            page = self.page(SitzungPage, item, where, exclude=[*streams, "handlungsfelder"], **streams)
            self.add(index, page, where)
            page.handlungsfelder = self._handlungsfelder(item["handlungsfelder"], where)
            self.publish(page, where)
            created += 1
        _report(self.log, "Sitzungen der Arbeitsgruppe", created, total - created)

    def _handlungsfelder(self, slugs: list[str], where: str) -> list[HandlungsfeldPage]:
        refs = self.bloecke.refs[HandlungsfeldPage]
        unknown = [slug for slug in slugs if slug not in refs]
        if unknown:
            raise DemoDataError(f"{where}: unbekannte Handlungsfelder {unknown}")
        pages = HandlungsfeldPage.objects.in_bulk([refs[slug] for slug in slugs])
        return list(pages.values())

    def build_beschluesse(self, index: BeschlussIndexPage, data: dict) -> None:
        created, total = 0, 0
        for where, item in eintraege(data, "beschluesse", "beschluesse.yaml"):
            total += 1
            fields = ("gremium", "abstimmungsergebnis", "konzeptversion", "in_kraft_ab")
            pruefe(item, where, ("slug", "title", "datum", "gegenstand", "beschlusstext"), fields)
            if self.child(index, item["slug"]) is not None:
                continue
            beschlusstext = self.bloecke.stream(BeschlussPage, "beschlusstext", item["beschlusstext"], where)
            page = self.page(BeschlussPage, item, where, exclude=["beschlusstext"], beschlusstext=beschlusstext)
            self.add(index, page, where)
            self.publish(page, where)
            created += 1
        _report(self.log, "Beschlüsse", created, total - created)

    def build_legal_pages(self, start: KonzeptStartPage) -> None:
        """Impressum, Datenschutz and Barrierefreiheit of the host site, linked from the RechtlicheSeiten setting."""
        datei = "rechtliche_seiten.yaml"
        setting = RechtlicheSeiten.for_site(Site.objects.get(is_default_site=True))
        created, total, changed = 0, 0, []
        for where, item in eintraege(pruefe(lade(datei), datei, ("seiten",)), "seiten", datei):
            total += 1
            pruefe(item, where, ("slug", "title", "einstellung", "body"))
            if not self._is_legal_page_field(item["einstellung"]):
                raise DemoDataError(f"{where}: einstellung {item['einstellung']!r} ist kein Feld der Einstellung")
            if self.child(start, item["slug"]) is None:
                body = self.bloecke.stream(ContentPage, "body", item["body"], where)
                page = self.page(ContentPage, item, where, exclude=["einstellung", "body"], body=body)
                self.add(start, page, where)
                self.publish(page, where)
                created += 1
            if getattr(setting, f"{item['einstellung']}_id") is None:
                setattr(setting, item["einstellung"], self.child(start, item["slug"]))
                changed.append(item["einstellung"])
        if changed:
            setting.save()
        _report(self.log, "Rechtliche Seiten", created, total - created)
        if changed:
            self.log(f"Einstellung „Rechtliche Seiten“ gesetzt: {', '.join(changed)}")

    @staticmethod
    def _is_legal_page_field(name: str) -> bool:
        try:
            return RechtlicheSeiten._meta.get_field(name).related_model is Page
        except FieldDoesNotExist:
            return False

    def build_open_proposal(self, index: HandlungsfeldIndexPage) -> None:
        """A Systembetreuer's proposal waiting for the Arbeitsgruppe, submitted through the concept's workflow."""
        datei = "offener_vorschlag.yaml"
        data = pruefe(lade(datei), datei, ("seite", "teil", "autor", "aenderungsgrund", "neue_bloecke"))
        if data["teil"] not in TEILE:
            raise DemoDataError(f"{datei}: teil muss einer von {TEILE} sein")
        page = self.child(index, data["seite"])
        autor = get_user_model().objects.filter(username=data["autor"]).first()
        if autor is None:
            raise DemoDataError(f"{datei}: unbekannter autor {data['autor']!r} (siehe konten.yaml)")
        schon_eingereicht = Aenderungsnotiz.objects.filter(
            text=data["aenderungsgrund"], revision__object_id=str(page.pk) if page else ""
        ).exists()
        if page is None or schon_eingereicht:
            self.log("Offener Vorschlag: bereits vorhanden")
            return
        teil = getattr(page, data["teil"])
        neu = self.bloecke.stream(HandlungsfeldPage, data["teil"], data["neue_bloecke"], f"{datei}, neue_bloecke")
        setattr(page, data["teil"], [*teil.get_prep_value(), *neu])
        revision = page.save_revision(user=autor, log_action=True)
        Aenderungsnotiz.objects.create(revision=revision, text=data["aenderungsgrund"], autor=autor)
        page.get_workflow().start(page, autor)
        self.log(f"Offener Vorschlag zu „{page.title}“ wartet auf die Prüfung durch die Arbeitsgruppe")
