"""What an adopted concept leaves out: the county's own data (schools, costs, responsible parties, providers, the
contact) in stored page content, as raw StreamField data. Structure, block ids and texts stay, so the adopted page
can later be compared block by block with its source."""

import copy

# Per block type: the fields that point at the county's reference data or hold its own figures, and what they
# become. Required choosers become empty, so the municipality's editor has to choose its own before publishing.
LEER: dict[str, dict] = {
    "massnahme": {"verantwortlich": None, "alle_schulen": False, "schulen": [], "kosten": None},
    "zustaendigkeit": {"verantwortlich": None, "unterstuetzt": [], "informiert": []},
    "support_level": {"wer": None, "erreichbarkeit": ""},
    "teilnahme": {"rolle": None},
}
# Page fields of the county's own: its contact person, the version it adopted.
SEITENFELDER_LEER: dict[str, object] = {"kontakt": None, "version": ""}


def _ist_stream(wert) -> bool:
    return isinstance(wert, list) and all(isinstance(b, dict) and "type" in b and "value" in b for b in wert)


def teil_bereinigen(raw: list[dict]) -> list[dict]:
    """A deep copy of one StreamField's raw data with the county's data left out (`LEER`), block ids kept."""
    bloecke = copy.deepcopy(list(raw or []))
    for block in bloecke:
        leer = LEER.get(block.get("type"))
        if leer and isinstance(block.get("value"), dict):
            block["value"].update(copy.deepcopy(leer))
    return bloecke


def felder_bereinigen(felder: dict) -> dict:
    """A page's content fields (as a package holds them) with every stream cleaned and the county's contact and
    version left out."""
    bereinigt = {}
    for name, wert in felder.items():
        if name in SEITENFELDER_LEER:
            bereinigt[name] = SEITENFELDER_LEER[name]
        elif _ist_stream(wert) and wert:
            bereinigt[name] = teil_bereinigen(wert)
        else:
            bereinigt[name] = copy.deepcopy(wert)
    return bereinigt
