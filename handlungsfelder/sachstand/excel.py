"""The Sachstandsbericht as an Excel workbook: sheets "Maßnahmen", "Änderungen" and "Kosten", one header row each,
so the committee's staff can filter and sum without retyping."""

import io

from django.utils.dateformat import format as date_format
from django.utils.translation import gettext as _

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from ..umsetzung.massnahmen import Massnahme
from .bericht import Bericht

EURO = '#,##0.00 "€"'
BREITE = {"titel": 60, "schmal": 14, "mittel": 28}


def schulen(massnahme: Massnahme) -> str:
    if massnahme.alle_schulen:
        return _("alle Schulen")
    return ", ".join(schule.kurzname or schule.name for schule in massnahme.schulen)


def _status(massnahme: Massnahme | None) -> str:
    return str(massnahme.status_label) if massnahme else ""


def _blatt(workbook: Workbook, titel: str, kopf: list[str], zeilen: list[list], breiten: list[int], euro=()):
    sheet = workbook.create_sheet(titel)
    sheet.append(kopf)
    for zelle in sheet[1]:
        zelle.font = Font(bold=True)
    for zeile in zeilen:
        sheet.append(zeile)
    for spalte, breite in enumerate(breiten, start=1):
        sheet.column_dimensions[get_column_letter(spalte)].width = breite
    for spalte in euro:
        for (zelle,) in sheet.iter_rows(min_row=2, min_col=spalte, max_col=spalte):
            zelle.number_format = EURO
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions


def excel(bericht: Bericht) -> bytes:
    stichtag, vergleich = date_format(bericht.stichtag, "d.m.Y"), date_format(bericht.vergleich, "d.m.Y")
    workbook = Workbook()
    workbook.remove(workbook.active)
    _blatt(
        workbook,
        _("Maßnahmen"),
        [
            _("Nummer"),
            _("Handlungsfeld"),
            _("Titel"),
            _("Status am %(datum)s") % {"datum": stichtag},
            _("Status am %(datum)s") % {"datum": vergleich},
            _("Änderung"),
            _("Zeitraum"),
            _("Verantwortlich"),
            _("Schulen"),
            _("Kostenschätzung (EUR)"),
        ],
        [
            [
                z.massnahme.nummer,
                z.massnahme.handlungsfeld.title,
                z.massnahme.titel,
                _status(z.jetzt),
                _status(z.vorher),
                str(z.aenderung.label) if z.aenderung else "",
                z.massnahme.zeitraum,
                z.massnahme.verantwortlich.name if z.massnahme.verantwortlich else "",
                schulen(z.massnahme),
                z.massnahme.kosten,
            ]
            for z in bericht.zeilen
        ],
        [10, 24, BREITE["titel"], 16, 16, 24, 24, BREITE["mittel"], BREITE["mittel"], 16],
        euro=(10,),
    )
    _blatt(
        workbook,
        _("Änderungen"),
        [_("Änderung"), _("Nummer"), _("Handlungsfeld"), _("Titel"), _("Status vorher"), _("Status jetzt")],
        [
            [str(art.label), z.massnahme.nummer, z.massnahme.handlungsfeld.title, z.massnahme.titel]
            + [_status(z.vorher), _status(z.jetzt)]
            for art, zeilen in bericht.aenderungen
            for z in zeilen
        ],
        [24, 10, 24, BREITE["titel"], 16, 16],
    )
    kosten = bericht.kosten
    jahre = [str(j) if j else _("ohne Jahresangabe") for j in kosten.jahre]
    _blatt(
        workbook,
        _("Kosten"),
        [_("Handlungsfeld"), *jahre, _("Summe")],
        [[zeile.titel, *zeile.je_jahr, zeile.summe] for zeile in kosten.zeilen]
        + [[_("Summe"), *kosten.summen, kosten.gesamt]],
        [BREITE["mittel"]] + [BREITE["schmal"]] * (len(jahre) + 1),
        euro=range(2, len(jahre) + 3),
    )
    datei = io.BytesIO()
    workbook.save(datei)
    return datei.getvalue()
