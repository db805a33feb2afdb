"""The licence under which the concept's data are offered (API and exports): a Django setting with a default."""

from django.conf import settings

# Germany's open-data licence for public bodies: reuse for any purpose with attribution.
STANDARD = {
    "name": "Datenlizenz Deutschland – Namensnennung – Version 2.0",
    "kennung": "dl-de/by-2-0",
    "url": "https://www.govdata.de/dl-de/by-2-0",
}
FELDER = ("name", "kennung", "url")


def datenlizenz() -> dict[str, str]:
    """`HANDLUNGSFELDER_DATENLIZENZ` (name, kennung, url; checked by `handlungsfelder.E011`), else the default."""
    eingestellt = getattr(settings, "HANDLUNGSFELDER_DATENLIZENZ", None) or STANDARD
    return {feld: str(eingestellt.get(feld, "")) for feld in FELDER}
