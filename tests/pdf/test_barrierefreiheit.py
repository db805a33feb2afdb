"""The PDF is accessible (BITV 2.0): tagged as PDF/UA-1 with the document's language and title, bookmarks that follow
the headings, and a page counter in the reader's language."""

import io

from wagtail.models import Locale

from pypdf import PdfReader

from handlungsfelder.sprachen.uebersetzung import uebersetzen

from .test_versionen import record_version
from .worker import pdf_worker


def built(client, url: str) -> PdfReader:
    client.get(url)  # before the first build: queued
    pdf_worker()
    response = client.get(url)
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    return PdfReader(io.BytesIO(response.content))


def structure_types(reader: PdfReader) -> dict[str, list]:
    """Every structure element of the tag tree by its type (H1, P, Figure, ...)."""
    found: dict[str, list] = {}
    pending = [reader.trailer["/Root"]["/StructTreeRoot"].get_object()]
    while pending:
        element = pending.pop()
        if "/S" in element:
            found.setdefault(str(element["/S"]), []).append(element)
        kids = element.get("/K", [])
        for kid in kids if isinstance(kids, list) else [kids]:
            kid = kid.get_object() if hasattr(kid, "get_object") else kid
            if isinstance(kid, dict) and "/S" in kid:
                pending.append(kid)
    return found


def outline(reader: PdfReader, entries=None) -> list:
    """The bookmarks as nested (title, children) pairs."""
    tree = []
    for entry in reader.outline if entries is None else entries:
        if isinstance(entry, list):
            tree[-1] = (tree[-1][0], outline(reader, entry))
        else:
            tree.append((entry.title, []))
    return tree


def test_the_pdf_is_tagged_pdf_ua_in_german_with_its_title_and_bookmarks_from_the_headings(client, konzept):
    reader = built(client, "/konzept.pdf")
    catalog = reader.trailer["/Root"]
    assert catalog["/MarkInfo"]["/Marked"].value is True
    assert catalog["/Lang"] == "de"
    assert catalog["/ViewerPreferences"]["/DisplayDocTitle"].value is True, "viewers show the title, not the file name"
    assert reader.metadata.title == "IT-Konzept für die Schulen"
    assert b'pdfuaid:part="1"' in catalog["/Metadata"].get_object().get_data()
    tags = structure_types(reader)
    assert len(tags["/H1"]) == 1 and {"/H2", "/H3", "/P", "/Table", "/TH", "/L", "/Link"} <= tags.keys()
    assert all("/Alt" in figure for figure in tags.get("/Figure", [])), "every image has a text alternative"

    [(title, chapters)] = outline(reader)
    assert title == "IT-Konzept für die Schulen"
    chapters = dict(chapters)
    assert {"Inhalt", "Einleitung", "Stand der Umsetzung", "Netzwerk", "WLAN", "Kontakt"} <= chapters.keys()
    parts = dict(chapters["WLAN"])
    assert list(parts) == [
        "1. Allgemeines/Aktuelles",
        "2. Umsetzungsplan",
        "3. Betriebsmodell",
        "4. Zuständigkeiten",
    ]
    assert [title for title, _ in parts["2. Umsetzungsplan"]] == [
        "WL-1 Access Points in allen Klassenzimmern",
        "WL-2 WLAN in Turnhallen",
    ], "a Maßnahme's bookmark, with its number, sits under its part"


def test_the_english_pdf_is_tagged_english_and_counts_its_pages_in_english(client, konzept):
    englisch = Locale.objects.get(language_code="en")
    uebersetzen(konzept.start, englisch, {"IT-Konzept für die Schulen": "IT concept for the schools"})
    english, german = built(client, "/en/konzept.pdf"), built(client, "/konzept.pdf")
    assert english.trailer["/Root"]["/Lang"] == "en"
    assert english.metadata.title == "IT concept for the schools"
    cover, toc = (" ".join(page.extract_text().split()) for page in english.pages[:2])
    assert "Reading version, as of " in cover and "Lesefassung" not in cover
    assert f"Page 2 of {len(english.pages)}" in toc and "Seite" not in toc
    assert f"Seite 2 von {len(german.pages)}" in german.pages[1].extract_text()


def test_the_pdf_of_an_adopted_version_is_tagged_and_its_title_names_the_version(
    client, konzept, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        record_version(konzept)
    reader = built(client, "/versionen/1.0/konzept.pdf")
    catalog = reader.trailer["/Root"]
    assert catalog["/MarkInfo"]["/Marked"].value is True and catalog["/Lang"] == "de"
    assert reader.metadata.title == "IT-Konzept für die Schulen, Version 1.0"
    assert "/StructTreeRoot" in catalog and reader.outline
