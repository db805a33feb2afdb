"""Citable Maßnahme numbers ("NW-4"): the Handlungsfeld's Kürzel and a running number, given once, never reused.

A number is stored in its Maßnahme's block, so it stays with the block through edits, copies and translations.
The highest number issued is kept per Handlungsfeld (all its translations share it) outside the page's revisions,
so neither a deleted Maßnahme nor the publication of an older revision gives a number out twice.
"""

import copy
import json
import re

from django.db import models, transaction
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

NUMMER = re.compile(r"^(?P<kuerzel>.+)-(?P<zahl>\d+)$")
KUERZEL_LAENGE = 10


class Massnahmenzaehler(models.Model):
    """The highest running number issued in one Handlungsfeld (by its translation key, shared by its languages)."""

    translation_key = models.UUIDField(_("Übersetzungsschlüssel"), unique=True)
    letzte_nummer = models.PositiveIntegerField(_("Letzte vergebene Nummer"), default=0)

    class Meta:
        verbose_name = _("Zähler der Maßnahmen")
        verbose_name_plural = _("Zähler der Maßnahmen")

    def __str__(self) -> str:
        return f"{self.translation_key}: {self.letzte_nummer}"


def kuerzel_vorschlag(slug: str, vergeben: set[str]) -> str:
    """A short prefix from the slug ("netzwerk" → "NW", "it-sicherheit" → "ITS"), made unique with a digit."""
    teile = [teil for teil in slugify(slug).upper().split("-") if teil]
    if len(teile) > 1:
        basis = "".join(teil[0] if len(teil) > 2 else teil for teil in teile)[:4]
    else:
        wort = teile[0] if teile else "M"
        konsonanten = [zeichen for zeichen in wort[1:] if zeichen not in "AEIOU"]
        basis = wort[0] + (konsonanten[0] if konsonanten else wort[1:2])
    kuerzel, zusatz = basis, 2
    while kuerzel in vergeben:
        kuerzel, zusatz = f"{basis}{zusatz}", zusatz + 1
    return kuerzel


def zahl(nummer: str) -> int:
    """The running number of "NW-4", or 0 for anything else."""
    match = NUMMER.match(nummer or "")
    return int(match["zahl"]) if match else 0


def _massnahmen(stream) -> list[dict]:
    """The Maßnahme blocks of stream data (raw, as stored)."""
    return [item for item in stream if item.get("type") == "massnahme"]


def nummern_vergeben(kuerzel: str, umsetzungsplan: list[dict], frueher: dict[str, str], naechste) -> bool:
    """Give every Maßnahme of raw `umsetzungsplan` data without a number of its own the next one (`naechste()`).

    `frueher` maps block ids to the numbers they had when last saved: a block keeps its number even if its data lost
    it, and a number two blocks carry (a duplicated block) stays with the block that had it. True when anything
    changed."""
    bloecke = _massnahmen(umsetzungsplan)

    def bestaetigt(block) -> bool:
        return frueher.get(block.get("id")) == (block["value"].get("nummer") or frueher.get(block.get("id")))

    vergeben, ohne, geaendert = set(), set(), False
    for block in sorted(bloecke, key=lambda block: not bestaetigt(block)):
        nummer = block["value"].get("nummer") or frueher.get(block.get("id"))
        if nummer and nummer not in vergeben:
            vergeben.add(nummer)
            geaendert |= block["value"].get("nummer") != nummer
            block["value"]["nummer"] = nummer
        else:
            ohne.add(id(block))
    for block in bloecke:
        if id(block) in ohne:
            block["value"]["nummer"] = f"{kuerzel}-{naechste()}"
    return geaendert or bool(ohne)


def seite_nummerieren(page) -> None:
    """Number the page's new Maßnahmen before it or its revision is stored (`HandlungsfeldPage.save`)."""
    raw = copy.deepcopy(list(page.umsetzungsplan.raw_data))
    nummern = [block["value"].get("nummer") for block in _massnahmen(raw)]
    if page.kuerzel and all(nummern) and len(set(nummern)) == len(nummern):
        return
    if not page.kuerzel:
        andere = page.andere_im_konzept().values_list("kuerzel", flat=True)
        page.kuerzel = kuerzel_vorschlag(page.slug or page.title, set(andere))
    if not nummern:
        return
    frueher = _frueher(page)
    hoechste = max(zahl(nummer) for nummer in [*nummern, *frueher.values(), ""])
    with transaction.atomic():
        zaehler, _neu = Massnahmenzaehler.objects.select_for_update().get_or_create(
            translation_key=page.translation_key
        )
        zaehler.letzte_nummer = max(zaehler.letzte_nummer, hoechste)

        def naechste() -> int:
            zaehler.letzte_nummer += 1
            return zaehler.letzte_nummer

        if nummern_vergeben(page.kuerzel, raw, frueher, naechste):
            page.umsetzungsplan = raw
        zaehler.save(update_fields=["letzte_nummer"])


def _frueher(page) -> dict[str, str]:
    """Block id → number as the page's row and its latest revision hold them."""
    if not page.pk:
        return {}
    gespeichert = type(page).objects.filter(pk=page.pk).first()
    revision = page.get_latest_revision()
    staende = [list(gespeichert.umsetzungsplan.raw_data) if gespeichert else []]
    if revision:
        inhalt = revision.content.get("umsetzungsplan") or []
        staende.append(json.loads(inhalt) if isinstance(inhalt, str) else inhalt)
    frueher = {}
    for stand in staende:
        for block in _massnahmen(stand):
            if block["value"].get("nummer"):
                frueher.setdefault(block.get("id"), block["value"]["nummer"])
    return frueher
