"""The overview's Maßnahmen as a table for spreadsheets: CSV (UTF-8 with BOM, semicolons, as Excel in German
expects) and Excel (.xlsx, with a sheet "Lizenz"). Text that a spreadsheet would read as a formula is escaped."""

import csv
import io
from decimal import Decimal

from django.utils import formats, timezone
from django.utils.translation import gettext as _

from openpyxl import Workbook
from openpyxl.styles import Font

from ..umsetzung.massnahmen import Massnahme
from . import serializers

# A cell starting with one of these is a formula to Excel and LibreOffice (tab and CR as OWASP lists them).
FORMEL_ANFANG = ("=", "+", "-", "@", "\t", "\r")


def sicher(wert):
    """Text as text: a leading apostrophe before a formula's first character, so no cell is ever evaluated."""
    if isinstance(wert, str) and wert.startswith(FORMEL_ANFANG):
        return f"'{wert}"
    return wert


def spalten() -> list[str]:
    return [
        _("Nummer"),
        _("Handlungsfeld"),
        _("Maßnahme"),
        _("Beschreibung"),
        _("Status"),
        _("Zeitraum"),
        _("Verantwortlich"),
        _("Schulen"),
        _("Kostenschätzung (EUR)"),
        _("Adresse"),
    ]


def zeile(request, m: Massnahme) -> list:
    daten = serializers.massnahme(request, m)
    schulen = _("alle Schulen") if m.alle_schulen else ", ".join(s.kurzname for s in m.schulen)
    return [
        m.nummer,
        m.handlungsfeld.title,
        m.titel,
        daten["beschreibung"],
        str(m.status_label),
        m.zeitraum,
        m.verantwortlich.name if m.verantwortlich else "",
        schulen,
        m.kosten,
        daten["url"] or "",
    ]


def als_csv(request, massnahmen: list[Massnahme], lizenz: dict) -> bytes:
    """One row per Maßnahme; the licence in the last two columns of every row, so the table stays rectangular."""
    puffer = io.StringIO()
    schreiber = csv.writer(puffer, delimiter=";", lineterminator="\r\n")
    schreiber.writerow([*spalten(), _("Lizenz"), _("Lizenz-URL")])
    for m in massnahmen:
        werte = [formats.number_format(w, 2) if isinstance(w, Decimal) else (w or "") for w in zeile(request, m)]
        schreiber.writerow([sicher(w) for w in werte] + [lizenz["name"], lizenz["url"]])
    return puffer.getvalue().encode("utf-8-sig")


def als_xlsx(request, massnahmen: list[Massnahme], lizenz: dict, quelle: str, titel: str) -> bytes:
    """Sheet "Maßnahmen" (amounts as numbers) and sheet "Lizenz": licence, source address and date of the export."""
    mappe = Workbook()
    tabelle = mappe.active
    tabelle.title = _("Maßnahmen")
    tabelle.append(spalten())
    for zelle in tabelle[1]:
        zelle.font = Font(bold=True)
    tabelle.freeze_panes = "A2"
    for m in massnahmen:
        tabelle.append([sicher(w) if w is not None else None for w in zeile(request, m)])
    for zelle in tabelle["I"][1:]:
        zelle.number_format = "#,##0.00"
    blatt = mappe.create_sheet(_("Lizenz"))
    for beschriftung, wert in (
        (_("Lizenz"), lizenz["name"]),
        (_("Kennung"), lizenz["kennung"]),
        (_("Lizenztext"), lizenz["url"]),
        (_("Quelle"), titel),
        (_("Adresse"), quelle),
        (_("Stand"), timezone.localtime().strftime("%d.%m.%Y %H:%M")),
    ):
        blatt.append([beschriftung, sicher(wert)])
    puffer = io.BytesIO()
    mappe.save(puffer)
    return puffer.getvalue()
