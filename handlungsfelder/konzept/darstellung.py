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
