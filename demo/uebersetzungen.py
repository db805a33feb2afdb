"""The demo in other languages, translated through wagtail-localize as translators and the Redaktion do it.

The reference data (schools, roles, contact), the start page, the Handlungsfeld index and the Handlungsfelder named
in data/uebersetzungen/index.yaml are submitted for translation, get their strings through wagtail-localize's PO
import and are published; the tags' names come from the same catalogue. The German original of the `veraltet` one
is published again afterwards, so its translation shows the out-of-date notice.
"""

from taggit.models import Tag
from wagtail.models import Locale

from handlungsfelder.models import (
    Akteur,
    HandlungsfeldIndexPage,
    HandlungsfeldPage,
    Kontakt,
    KonzeptStartPage,
    SchlagwortUebersetzung,
    Schule,
)

from .daten import UEBERSETZUNGEN_INDEX, DemoDataError, uebersetzungen
from .plugin import uebersetzen


def build(loader) -> None:
    """Translate the demo once per language; where the start page has a translation already, do nothing."""
    start = KonzeptStartPage.objects.filter(locale=loader.locale).order_by("path").first()
    for uebersetzung in uebersetzungen().values():
        locale, _ = Locale.objects.get_or_create(language_code=uebersetzung.sprache)
        name = locale.get_display_name()
        if start is None or start.has_translation(locale):
            loader.log(f"Übersetzung {name}: bereits geladen")
            continue
        for model in (Kontakt, Akteur, Schule):
            for snippet in model.objects.filter(locale=loader.locale):
                uebersetzen(snippet, locale, uebersetzung.texte, user=loader.admin)
        # Tags are no objects of a locale (wagtail-localize cannot take them): translated in the admin's table.
        for tag in Tag.objects.filter(name__in=uebersetzung.texte):
            SchlagwortUebersetzung.objects.get_or_create(
                tag=tag, locale=locale, defaults={"name": uebersetzung.texte[tag.name]}
            )
        index = HandlungsfeldIndexPage.objects.child_of(start).first()
        handlungsfelder = list(HandlungsfeldPage.objects.child_of(index).filter(slug__in=uebersetzung.handlungsfelder))
        missing = set(uebersetzung.handlungsfelder) - {page.slug for page in handlungsfelder}
        if missing:
            raise DemoDataError(f"{UEBERSETZUNGEN_INDEX}, {uebersetzung.sprache}: unbekannt {sorted(missing)}")
        seiten = [start, index, *handlungsfelder]
        for seite in seiten:
            uebersetzen(seite.specific, locale, uebersetzung.texte, user=loader.admin)
        veraltet = HandlungsfeldPage.objects.child_of(index).get(slug=uebersetzung.veraltet)
        veraltet.save_revision(user=loader.admin, log_action=True).publish(user=loader.admin)
        loader.log(f"Übersetzung {name}: {len(seiten)} Seiten, davon „{veraltet.title}“ absichtlich veraltet")
