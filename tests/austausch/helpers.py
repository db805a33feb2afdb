"""Reading packages in tests: the JSON inside, and its content with every installation-specific id replaced by the
referenced object's position in the package, so two installations' packages compare equal when their content is."""

import io
import json
import zipfile

from wagtail.models import Page

from handlungsfelder.austausch import inhalt, verweise
from handlungsfelder.austausch.paket import INHALT


def json_of(paket: bytes) -> dict:
    return json.loads(zipfile.ZipFile(io.BytesIO(paket)).read(INHALT))


def files_of(paket: bytes) -> dict[str, bytes]:
    archiv = zipfile.ZipFile(io.BytesIO(paket))
    daten = json.loads(archiv.read(INHALT))
    return {e["titel"]: archiv.read(e["datei"]) for e in daten["dokumente"] + daten["bilder"]}


def content_of(paket: bytes) -> dict:
    """Pages (type, fields, tags), reference data and document titles, ids replaced by positions."""
    daten = json_of(paket)
    position: dict[tuple[str, int], int] = {}
    for nummer, seite in enumerate(daten["seiten"]):
        position[("page", seite["id"])] = nummer
    for name, eintraege in daten["stammdaten"].items():
        for nummer, eintrag in enumerate(eintraege):
            position[(name, eintrag["id"])] = nummer
    for schluessel, name in (("dokumente", "wagtaildocs.document"), ("bilder", "wagtailimages.image")):
        for nummer, eintrag in enumerate(daten[schluessel]):
            position[(name, eintrag["id"])] = nummer

    def abbilden(model, alt):
        name = "page" if issubclass(model, Page) else inhalt.modellname(model)
        return position.get((name, alt), f"fehlt:{name}:{alt}")

    def felder(model, werte: dict) -> dict:
        return {
            name: verweise.feld_umschreiben(model._meta.get_field(name), wert, abbilden) for name, wert in werte.items()
        }

    return {
        "seiten": [
            {
                "typ": seite["typ"],
                "eltern": position.get(("page", seite["eltern"])),
                "felder": felder(inhalt.modell(seite["typ"]), seite["felder"]),
                "schlagwoerter": seite["schlagwoerter"],
            }
            for seite in daten["seiten"]
        ],
        "stammdaten": {
            name: [felder(inhalt.modell(name), e["felder"]) for e in eintraege]
            for name, eintraege in daten["stammdaten"].items()
        },
        "dokumente": [e["titel"] for e in daten["dokumente"]],
    }
