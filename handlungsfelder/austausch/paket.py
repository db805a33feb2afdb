"""The package format: one ZIP archive with `konzept.json` (what is documented in the README under "Für Kommunen")
and the files of the documents and images it refers to. The schema number grows with every incompatible change;
an installation reads every schema up to its own and refuses newer ones with a clear message."""

import json
import zipfile
from dataclasses import dataclass

from django.utils.translation import gettext as _

FORMAT = "it-konzept-paket"
SCHEMA = 1
INHALT = "konzept.json"
# A package is read whole into memory: bounded, so a hostile archive cannot exhaust the server.
HOECHSTENS_BYTES = 200 * 1024 * 1024
HOECHSTENS_DATEIEN = 5000


class PaketFehler(ValueError):
    """A package this installation cannot read, with a message for the person who uploaded it."""


@dataclass
class Paket:
    inhalt: dict
    archiv: zipfile.ZipFile

    def datei(self, name: str) -> bytes:
        try:
            return self.archiv.read(name)
        except KeyError:
            raise PaketFehler(_("Im Paket fehlt die Datei „%(name)s“.") % {"name": name}) from None


def oeffnen(datei) -> Paket:
    """Check an uploaded package before anything is written: archive, size, format and schema."""
    try:
        archiv = zipfile.ZipFile(datei)
    except (zipfile.BadZipFile, OSError):
        raise PaketFehler(_("Die Datei ist kein IT-Konzept-Paket: erwartet wird ein ZIP-Archiv.")) from None
    eintraege = archiv.infolist()
    if len(eintraege) > HOECHSTENS_DATEIEN or sum(e.file_size for e in eintraege) > HOECHSTENS_BYTES:
        raise PaketFehler(_("Das Paket ist zu groß (höchstens 200 MB und 5000 Dateien)."))
    try:
        inhalt = json.loads(archiv.read(INHALT))
    except KeyError:
        raise PaketFehler(_("Im Archiv fehlt „%(name)s“: es ist kein IT-Konzept-Paket.") % {"name": INHALT}) from None
    except (ValueError, UnicodeDecodeError):
        raise PaketFehler(_("„%(name)s“ im Paket ist kein gültiges JSON.") % {"name": INHALT}) from None
    if not isinstance(inhalt, dict) or inhalt.get("format") != FORMAT:
        raise PaketFehler(_("Das Archiv ist kein IT-Konzept-Paket (Angabe „format“ fehlt oder ist falsch)."))
    schema = inhalt.get("schema")
    if not isinstance(schema, int) or isinstance(schema, bool) or schema < 1:
        raise PaketFehler(_("Das Paket nennt kein gültiges Schema: %(schema)r.") % {"schema": schema})
    if schema > SCHEMA:
        raise PaketFehler(
            _(
                "Das Paket hat das Schema %(schema)d, diese Installation liest nur Schemas bis %(unseres)d. "
                "Bitte aktualisieren Sie IT-Konzept, bevor Sie dieses Paket einlesen."
            )
            % {"schema": schema, "unseres": SCHEMA}
        )
    return Paket(inhalt=inhalt, archiv=archiv)
