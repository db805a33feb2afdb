"""Builders for the demo data's (type, value) tuples, shared by the data modules so the text stays readable."""

MODELLSCHULEN = ["gymnasium-weilheim", "realschule-penzberg", "foerderzentrum-altenstadt"]


def h(text, level="h3"):
    return ("heading", {"text": text, "level": level})


def p(html):
    return ("paragraph", html)


def hinweis(art, titel, text):
    return ("hinweis", {"art": art, "titel": titel, "text": text})


def tabelle(beschriftung, kopf, zeilen):
    keys = ["spalte_1", "spalte_2", "spalte_3", "spalte_4"]
    kopf = list(kopf) + [""] * (4 - len(kopf))
    value = {"beschriftung": beschriftung, **dict(zip(keys, kopf, strict=True))}
    value["zeilen"] = [dict(zip(keys, list(z) + [""] * (4 - len(z)), strict=True)) for z in zeilen]
    return ("tabelle", value)


def verweis(seite, text=""):
    return ("handlungsfeld_verweis", {"seite": seite, "text": text})


def massnahme(titel, beschreibung, status, zeitraum, verantwortlich, schulen=None, kosten=None):
    """schulen=None means the measure concerns all schools."""
    return (
        "massnahme",
        {
            "titel": titel,
            "beschreibung": beschreibung,
            "status": status,
            "zeitraum": zeitraum,
            "verantwortlich": verantwortlich,
            "alle_schulen": schulen is None,
            "schulen": list(schulen or []),
            "kosten": kosten,
        },
    )


def stufe(stufe, wer, aufgaben, erreichbarkeit, servicezeiten=""):
    return (
        "support_level",
        {
            "stufe": stufe,
            "wer": wer,
            "aufgaben": aufgaben,
            "erreichbarkeit": erreichbarkeit,
            "servicezeiten": servicezeiten,
        },
    )


def zust(aufgabe, verantwortlich, unterstuetzt=(), informiert=()):
    return (
        "zustaendigkeit",
        {
            "aufgabe": aufgabe,
            "verantwortlich": verantwortlich,
            "unterstuetzt": list(unterstuetzt),
            "informiert": list(informiert),
        },
    )


def teilnahme(rolle, personen="", anzahl=None):
    return {"rolle": rolle, "personen": personen, "anzahl": anzahl}


def top(titel, erlaeuterung=""):
    return {"titel": titel, "erlaeuterung": erlaeuterung}
