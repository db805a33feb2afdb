"""Reads the data files in `data/` (format in data/README.md) and checks their keys; errors name file and place."""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path, PurePosixPath

import polib
import yaml

DATEN = Path(__file__).resolve().parent / "data"
UEBERSETZUNGEN_INDEX = "uebersetzungen/index.yaml"
HANDLUNGSFELDER_INDEX = "handlungsfelder/index.yaml"


def pfad(ordner: str, name: str) -> str:
    """A data file's name below demo/data/, as error messages name it."""
    return str(PurePosixPath(ordner, name))


class DemoDataError(Exception):
    """The demo data does not fit the models or blocks; the message says where."""


def lade(name: str) -> dict:
    """The mapping in the data file `name`, a path relative to DATEN."""
    try:
        with (DATEN / name).open(encoding="utf-8") as file:
            data = yaml.safe_load(file)
    except OSError as error:
        raise DemoDataError(f"{name}: nicht lesbar ({error.strerror})") from error
    except yaml.YAMLError as error:
        raise DemoDataError(f"{name}: kein gültiges YAML: {error}") from error
    return pruefe(data, name)


def namen(ordner: str) -> set[str]:
    """The names (without .yaml) of the data files in a folder of DATEN."""
    return {path.stem for path in (DATEN / ordner).glob("*.yaml")}


def pruefe(data, where: str, pflicht: Iterable[str] | None = None, optional: Iterable[str] = ()) -> dict:
    """data, if it is a mapping with every key of `pflicht` and no key outside `pflicht` and `optional`."""
    if not isinstance(data, dict):
        raise DemoDataError(f"{where}: erwartet Angaben „Schlüssel: Wert“, nicht {data!r}")
    if pflicht is not None:
        pflicht = tuple(pflicht)
        fehlend = [key for key in pflicht if key not in data]
        if fehlend:
            raise DemoDataError(f"{where}: fehlende Angaben {fehlend}")
        unbekannt = sorted(set(data) - set(pflicht) - set(optional))
        if unbekannt:
            raise DemoDataError(f"{where}: unbekannte Angaben {unbekannt}")
    return data


def ohne(data: dict, *keys: str) -> dict:
    """data without the given keys."""
    return {key: value for key, value in data.items() if key not in keys}


def eintraege(data: dict, key: str, where: str) -> Iterator[tuple[str, object]]:
    """The items of the list data[key], each with its place for error messages."""
    items = data.get(key)
    if not isinstance(items, list):
        raise DemoDataError(f"{where}: {key} muss eine Liste sein")
    for position, item in enumerate(items, start=1):
        yield f"{where}, {key} Nr. {position}", item


def zeitpunkt(value, where: str) -> datetime:
    """A date and time with its UTC offset, as the story's publications need (2019-08-30T10:00:00+02:00)."""
    if not isinstance(value, datetime) or value.tzinfo is None:
        raise DemoDataError(f"{where}: erwartet Datum und Uhrzeit mit Zeitzone, nicht {value!r}")
    return value


def datum(value, where: str) -> date:
    if not isinstance(value, date) or isinstance(value, datetime):
        raise DemoDataError(f"{where}: erwartet ein Datum (2019-08-05), nicht {value!r}")
    return value


@dataclass(frozen=True)
class Uebersetzung:
    """What the demo translates into one language, and the texts (German msgid -> translation)."""

    sprache: str
    handlungsfelder: tuple[str, ...]
    veraltet: str
    texte: dict[str, str]


def uebersetzungen() -> dict[str, Uebersetzung]:
    """Per language code, from uebersetzungen/index.yaml and uebersetzungen/<code>.po."""
    ergebnis = {}
    for sprache, angaben in lade(UEBERSETZUNGEN_INDEX).items():
        where = f"{UEBERSETZUNGEN_INDEX}, {sprache}"
        pruefe(angaben, where, ("handlungsfelder", "veraltet"))
        if angaben["veraltet"] not in angaben["handlungsfelder"]:
            raise DemoDataError(f"{where}: veraltet muss eines der übersetzten Handlungsfelder sein")
        name = pfad("uebersetzungen", f"{sprache}.po")
        try:
            katalog = polib.pofile(str(DATEN / name))
        except (OSError, ValueError) as error:
            raise DemoDataError(f"{name}: {error}") from error
        texte = {entry.msgid: entry.msgstr for entry in katalog.translated_entries()}
        ergebnis[sprache] = Uebersetzung(sprache, tuple(angaben["handlungsfelder"]), angaben["veraltet"], texte)
    return ergebnis
