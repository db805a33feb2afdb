"""Language versions of a public page: switcher and hreflang links, the fallback notice and the out-of-date rule.

A translation counts as out of date when its original (the page in the default language) was published after the
original text the translation is based on. That basis is the later of two moments only when both happened: the last
sync of wagtail-localize's TranslationSource (`last_updated_at`, set when a translator submits or syncs) and the
translation's own publication. A sync that is not yet published, or a German publication after the sync, therefore
keeps the notice up; without a TranslationSource the translation's last publication is the basis.
"""

from dataclasses import dataclass
from datetime import datetime

from django.apps import apps
from django.conf import settings
from django.db.models import DateTimeField, OuterRef, Subquery, Value
from django.urls import reverse, translate_url
from django.utils.translation import get_language, get_language_info

from wagtail.coreutils import get_content_languages
from wagtail.models import Locale, Page, PageLogEntry

from ..konzept.darstellung import seiten_url


@dataclass(frozen=True)
class Sprachversion:
    code: str
    name: str
    url: str
    absolut: str
    aktiv: bool
    uebersetzt: bool


@dataclass(frozen=True)
class Sprachstand:
    """What the frame needs: one entry per language, and the notices for the page being read."""

    versionen: list[Sprachversion]
    original: Page | None = None
    nicht_uebersetzt: bool = False
    veraltet: bool = False
    inhalt_sprache: str = ""


def basis_der_uebersetzung(uebersetzung: Page, sync: datetime | None) -> datetime | None:
    """The moment of the original text the public translation is based on (see the module docstring)."""
    veroeffentlicht = uebersetzung.last_published_at
    if sync is None or veroeffentlicht is None:
        return veroeffentlicht
    return min(sync, veroeffentlicht)


def ist_veraltet(original: Page, uebersetzung: Page, sync: datetime | None) -> bool:
    basis = basis_der_uebersetzung(uebersetzung, sync)
    return bool(original.last_published_at and basis and original.last_published_at > basis)


def letzte_synchronisierung(original: Page) -> datetime | None:
    """When wagtail-localize last extracted the original's text for translators (None if never or not installed)."""
    if not apps.is_installed("wagtail_localize"):
        return None
    from wagtail_localize.models import TranslationSource

    return (
        TranslationSource.objects.filter(object_id=original.translation_key, locale_id=original.locale_id)
        .values_list("last_updated_at", flat=True)
        .first()
    )


def _mit_synchronisierung(seiten):
    """Each page with `sync`, the last sync of its text for translators (`letzte_synchronisierung`), in the same
    query."""
    if not apps.is_installed("wagtail_localize"):
        return seiten.annotate(sync=Value(None, output_field=DateTimeField()))
    from wagtail_localize.models import TranslationSource

    quellen = TranslationSource.objects.filter(object_id=OuterRef("translation_key"), locale_id=OuterRef("locale_id"))
    return seiten.annotate(sync=Subquery(quellen.order_by("pk").values("last_updated_at")[:1]))


def _sprachen() -> list[tuple[str, str]]:
    """The content languages, each named in itself; none on a site without Wagtail's i18n."""
    if not getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        return []
    return [(code, get_language_info(code)["name_local"]) for code in get_content_languages()]


def _version(request, code: str, name: str, url: str, aktiv: bool, uebersetzt: bool) -> Sprachversion:
    return Sprachversion(code, name, url, request.build_absolute_uri(url), aktiv, uebersetzt)


def fuer_ansicht(request) -> Sprachstand:
    """For views that are not Wagtail pages: the same address in every language (no query)."""
    aktiv = get_language()
    return Sprachstand(
        versionen=[
            _version(request, code, name, translate_url(request.path, code), code == aktiv, True)
            for code, name in _sprachen()
        ]
    )


def fuer_seite(request, page: Page) -> Sprachstand:
    """For a Wagtail page: its live translations with their languages and the original's last sync, in one
    query."""
    aktiv = get_language()
    default = settings.LANGUAGE_CODE
    seiten = _mit_synchronisierung(
        Page.objects.filter(translation_key=page.translation_key)
        .live()
        .select_related("locale")
        .only("id", "url_path", "path", "depth", "locale", "last_published_at", "translation_key", "alias_of_id")
    )
    uebersetzungen = {seite.locale.language_code: seite for seite in seiten}
    seiten_sprache = next((code for code, seite in uebersetzungen.items() if seite.pk == page.pk), None)
    if seiten_sprache is None:
        seiten_sprache = Locale.objects.values_list("language_code", flat=True).get(pk=page.locale_id)
    uebersetzungen[seiten_sprache] = page
    versionen = []
    for code, name in _sprachen():
        seite = uebersetzungen.get(code)
        if code == aktiv:
            url = request.path
        elif seite is not None:
            url = seiten_url(request, seite) or translate_url(request.path, code)
        else:
            url = translate_url(request.path, code)
        # wagtail-localize creates missing parents of a translated page as aliases of the original: not translated.
        uebersetzt = seite is not None and (code == default or seite.alias_of_id is None)
        versionen.append(_version(request, code, name, url, code == aktiv, uebersetzt))

    original = uebersetzungen.get(default) if seiten_sprache != default else None
    if seiten_sprache != aktiv:
        # Served as the fallback for a page not (yet) translated into the active language.
        return Sprachstand(versionen, original=page, nicht_uebersetzt=True, inhalt_sprache=seiten_sprache)
    if original is not None and page.alias_of_id is not None:
        return Sprachstand(versionen, original=original, nicht_uebersetzt=True, inhalt_sprache=default)
    veraltet = original is not None and ist_veraltet(original, page, original.sync)
    return Sprachstand(versionen, original=original, veraltet=veraltet)


def aenderungen_seit_synchronisierung(uebersetzung: Page) -> str | None:
    """Admin address comparing the original as it was live at the last sync with its live version now, for a
    translation that is out of date; None otherwise."""
    default = Locale.get_default()
    if uebersetzung.locale_id == default.pk:
        return None
    original = uebersetzung.get_translation_or_none(default)
    if original is None or original.live_revision_id is None:
        return None
    sync = letzte_synchronisierung(original)
    if not ist_veraltet(original, uebersetzung, sync):
        return None
    basis = basis_der_uebersetzung(uebersetzung, sync)
    damals = (
        PageLogEntry.objects.filter(page=original, action="wagtail.publish", timestamp__lte=basis)
        .exclude(revision=None)
        .order_by("-timestamp")
        .values_list("revision_id", flat=True)
        .first()
    )
    if damals is None or damals == original.live_revision_id:
        return None
    return reverse("wagtailadmin_pages:revisions_compare", args=[original.pk, damals, original.live_revision_id])
