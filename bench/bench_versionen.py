"""Issue 4's version history: the diff of two versions of a 40-block Handlungsfeld, in-process and as a request."""

import uuid

from django.db import connection
from django.test.utils import CaptureQueriesContext

from bench.run import Benchmark

BLOCKS = 40


def _version(akteur_pk: int, changed: bool) -> list[dict]:
    """Twenty paragraphs and twenty Maßnahmen; the changed version edits every fourth block."""
    blocks = []
    for i in range(BLOCKS):
        edited = changed and i % 4 == 0
        block_id = str(uuid.UUID(int=i + 1))
        if i % 2:
            status = "umgesetzt" if edited else "geplant"
            value = {
                "titel": f"Maßnahme {i}",
                "beschreibung": f"<p>Beschreibung der Maßnahme {i} mit einigen Sätzen Text.</p>",
                "status": status,
                "zeitraum": "Schuljahr 2026/27",
                "verantwortlich": akteur_pk,
                "alle_schulen": True,
                "schulen": [],
                "kosten": "1000.00",
            }
            blocks.append({"type": "massnahme", "value": value, "id": block_id})
        else:
            text = f"Absatz {i}: Das Netz wird zentral betrieben und regelmäßig erneuert."
            if edited:
                text += " Ein neuer Satz kommt hinzu."
            blocks.append({"type": "paragraph", "value": f"<p>{text}</p>", "id": block_id})
    return blocks


def benchmarks(client) -> list[Benchmark]:
    from handlungsfelder.models import Akteur, HandlungsfeldPage
    from handlungsfelder.versionen.diff import handlungsfeld_diff

    page = HandlungsfeldPage.objects.get(slug="netzwerk", locale__language_code="de")
    akteur = Akteur.objects.first()
    revisions = []
    for changed in (False, True):
        page.umsetzungsplan = _version(akteur.pk, changed)
        revision = page.save_revision()
        revision.publish()
        revisions.append(revision)
    old, new = revisions
    url = f"/handlungsfelder/netzwerk/versionen/{old.pk}/vergleich/{new.pk}/"

    def request(path: str):
        response = client.get(path)
        assert response.status_code == 200, (path, response.status_code)

    def queries(path: str) -> int:
        with CaptureQueriesContext(connection) as captured:
            request(path)
        return len(captured)

    def diff_in_process():
        # Fresh objects each time, so the stored block data is parsed as on a real request.
        handlungsfeld_diff(type(old).objects.get(pk=old.pk).as_object(), type(new).objects.get(pk=new.pk).as_object())

    return [
        Benchmark(f"Diff zweier Fassungen, {BLOCKS} Blöcke (ohne Seite)", diff_in_process),
        Benchmark(f"Vergleichsseite, {BLOCKS} Blöcke", lambda: request(url), queries=lambda: queries(url)),
        Benchmark(
            "Versionsliste eines Handlungsfelds",
            lambda: request("/handlungsfelder/netzwerk/versionen/"),
            queries=lambda: queries("/handlungsfelder/netzwerk/versionen/"),
        ),
        Benchmark("Konzeptvergleich 1.0 → 2.0", lambda: request("/versionen/1.0/vergleich/2.0/")),
    ]
