"""What public pages show that only a change of the public state alters, built once and kept in the database.

Rendering a Handlungsfeld's four parts (with its links, schools and roles), the menu and the contact cost dozens of
queries; a reader gets them in one. Every entry carries the generation it was built in, a reserved entry holds the
current one, and every change of the public state renews it inside its own transaction
(`oeffentlicher_stand_aendert_sich`): an entry built from data read before a change committed is never served after
it. The database, not a per-process cache, so that every server process sees the same state.
"""

from collections.abc import Callable

from django.db import connections, models
from django.db.models.signals import post_migrate
from django.utils.encoding import escape_uri_path
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.models import Site

# The reserved entry whose `generation` is the current one.
STAND = "stand"
# The frame's builder (`konzept.rahmen`, registered in `ready()`: it reads the pages, whose models use this module).
RAHMEN_BAUEN: list[Callable] = []


class Darstellung(models.Model):
    """One stored piece of public output (JSON), under a key that names what it is and what it was built from."""

    schluessel = models.CharField(_("Schlüssel"), max_length=255, unique=True)
    generation = models.PositiveBigIntegerField(_("Generation"), default=0)
    inhalt = models.JSONField(_("Inhalt"), default=dict)

    class Meta:
        verbose_name = _("Darstellung")
        verbose_name_plural = _("Darstellungen")

    def __str__(self) -> str:
        return self.schluessel


def abrufen(bauplaene: dict[str, Callable[[], dict]]) -> dict[str, dict]:
    """The stored content for each key, built by its function where missing or out of date: one query when all
    are stored, two more when something was built."""
    zeilen = {
        schluessel: (generation, inhalt)
        for schluessel, generation, inhalt in Darstellung.objects.filter(
            schluessel__in=[STAND, *bauplaene]
        ).values_list("schluessel", "generation", "inhalt")
    }
    aktuell = zeilen.get(STAND, (0, None))[0]
    ergebnis, neu = {}, []
    for schluessel, bauen in bauplaene.items():
        generation, inhalt = zeilen.get(schluessel, (None, None))
        if generation != aktuell:
            inhalt = bauen()
            neu.append(Darstellung(schluessel=schluessel, generation=aktuell, inhalt=inhalt))
        ergebnis[schluessel] = inhalt
    if neu:
        Darstellung.objects.bulk_create(
            neu, update_conflicts=True, unique_fields=["schluessel"], update_fields=["generation", "inhalt"]
        )
    return ergebnis


def schluessel(request, art: str, *teile) -> str:
    """The key of stored output: what it is and was built from, in the active language, for the request's site
    (links are relative to it)."""
    site = Site.find_for_request(request) if request is not None else None
    return ":".join([art, *map(str, teile), get_language() or "", str(site.pk if site else 0)])


def mit_rahmen(request, bauplaene: dict[str, Callable[[], dict]] | None = None) -> dict[str, dict]:
    """The stored content of `bauplaene` and the frame, in one query; the frame is kept on the request for the
    template tags."""
    bauplaene = dict(bauplaene or {})
    rahmen = schluessel(request, "rahmen")
    if not hasattr(request, "_konzept_rahmen"):
        (bauen,) = RAHMEN_BAUEN
        bauplaene[rahmen] = lambda: bauen(request)
    inhalte = abrufen(bauplaene) if bauplaene else {}
    if rahmen in inhalte:
        request._konzept_rahmen = inhalte.pop(rahmen)
    return inhalte


def seiten_url(request, page, route: str | None = None, *args) -> str | None:
    """The address of a page of the concept (and of one of its `RoutablePageMixin` routes): the stored address of
    its start page (in its language) and the rest of its `url_path`, as Wagtail builds it from the site's root
    paths; pages outside the concept and requests without a frame get Wagtail's `get_url`."""
    url = None
    if request is not None:
        mit_rahmen(request)
        for start in request._konzept_rahmen.get("startseiten", []):
            if start["url"] is not None and page.url_path.startswith(start["url_path"]):
                # A slug's letters beyond ASCII quoted, as `reverse("wagtail_serve")` quotes them.
                url = start["url"] + escape_uri_path(page.url_path[len(start["url_path"]) :])
                break
    if url is None:
        url = page.get_url(request)
    if route is None or url is None:
        return url
    return url + page.reverse_subpage(route, args=args)


def url_in_sprache(startseiten: list[dict], url_path: str, sprache: str) -> str | None:
    """The address under the start page of `sprache` of a page below another language's start page (the fallback
    routing serves the original there, with its notice); None when either start page is unknown."""
    eigene = next((start for start in startseiten if url_path.startswith(start["url_path"])), None)
    ziel = next((start for start in startseiten if start.get("sprache") == sprache), None)
    if eigene is None or ziel is None or ziel["url"] is None:
        return None
    return ziel["url"] + escape_uri_path(url_path[len(eigene["url_path"]) :])


def lese_url(request, page, route: str | None = None, *args) -> str | None:
    """The address at which a reader of the active language reads a page: `seiten_url` for a page in that
    language, the fallback address under its start page for an original not (yet) translated (the menu, lists and
    Maßnahmen of /en/ link there, so the reader stays in the English frame)."""
    sprache = getattr(page, "sprache", None)
    if request is None or sprache is None or sprache == get_language():
        return seiten_url(request, page, route, *args)
    mit_rahmen(request)
    url = url_in_sprache(request._konzept_rahmen.get("startseiten", []), page.url_path, get_language())
    if url is None:
        return seiten_url(request, page, route, *args)
    return url if route is None else url + page.reverse_subpage(route, args=args)


def verwerfen(**kwargs) -> None:
    """Start a new generation and drop everything built before it."""
    updated = Darstellung.objects.filter(schluessel=STAND).update(generation=models.F("generation") + 1)
    if not updated:
        Darstellung.objects.get_or_create(schluessel=STAND, defaults={"generation": 1})
    Darstellung.objects.exclude(schluessel=STAND).delete()


def nach_migration(using: str = "default", **kwargs) -> None:
    """A deploy runs `migrate`: output rendered by the previous templates is not served after it (unless the
    database was migrated to a state before this model)."""
    if Darstellung._meta.db_table in connections[using].introspection.table_names():
        verwerfen()


def connect(app_config) -> None:
    from .aenderungen import oeffentlicher_stand_aendert_sich

    oeffentlicher_stand_aendert_sich.connect(verwerfen, dispatch_uid="handlungsfelder.darstellung.verwerfen")
    post_migrate.connect(nach_migration, sender=app_config, dispatch_uid="handlungsfelder.darstellung.migriert")
