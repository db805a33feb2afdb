"""No text that is not public reaches the open data: every unpublished state (a draft of a live page, a proposal
in each review step through the real workflow, a rejected proposal, an unpublished page, a scheduled publication of
a new and of a live page, a view-restricted page) against every endpoint of the API and both exports, in both
languages, with a concept version recorded after all of them (it freezes the restricted page too)."""

import datetime
import io
import zipfile

from django.utils import timezone

from wagtail.models import PageViewRestriction

import pytest

from handlungsfelder.freigabe.rollen import ARBEITSGRUPPE, SYSTEMBETREUER
from handlungsfelder.models import HandlungsfeldPage, Konzeptversion, Schule

from ..factories import publish
from ..freigabe.helpers import member
from ..freigabe.test_keine_entwuerfe import geheim_machen, vorschlag

pytestmark = pytest.mark.django_db

GEHEIM = {
    "entwurf": "Okapientwurf",
    "pruefung": "Okapipruefung",
    "freigabe": "Okapifreigabe",
    "abgelehnt": "Okapiablehnung",
    "zurueckgezogen": "Okapirueckzug",
    "geplant_neu": "Okapigeplantneu",
    "geplant_live": "Okapigeplantlive",
    "privat": "Okapiprivat",
}
OEFFENTLICH = "Okapioeffentlich"


def morgen():
    return timezone.now() + datetime.timedelta(days=1)


@pytest.fixture
def geheimnisse(konzept):
    autor = member("autor", SYSTEMBETREUER)
    pruefer = member("pruefer", ARBEITSGRUPPE)
    felder = {name: konzept.add_handlungsfeld(title=f"Feld {name}", slug=f"feld-{name}") for name in GEHEIM}

    geheim_machen(felder["entwurf"], GEHEIM["entwurf"], konzept).save_revision(user=autor)
    vorschlag(felder["pruefung"], GEHEIM["pruefung"], konzept, autor)
    vorschlag(felder["freigabe"], GEHEIM["freigabe"], konzept, autor).current_workflow_task_state.approve(user=pruefer)
    vorschlag(felder["abgelehnt"], GEHEIM["abgelehnt"], konzept, autor).current_workflow_task_state.reject(user=pruefer)
    publish(geheim_machen(felder["zurueckgezogen"], GEHEIM["zurueckgezogen"], konzept)).unpublish()

    # A new page whose first publication is scheduled, and a new version of a live page approved for tomorrow.
    felder["geplant_neu"].unpublish()
    neu = geheim_machen(felder["geplant_neu"], GEHEIM["geplant_neu"], konzept)
    neu.go_live_at = morgen()
    neu.save_revision(user=autor).publish()
    live = geheim_machen(felder["geplant_live"], GEHEIM["geplant_live"], konzept)
    live.go_live_at = morgen()
    live.save_revision(user=autor).publish()

    privat = publish(geheim_machen(felder["privat"], GEHEIM["privat"], konzept))
    PageViewRestriction.objects.create(page=privat, restriction_type=PageViewRestriction.PASSWORD, password="x")

    publish(geheim_machen(konzept.add_handlungsfeld(title="Feld offen", slug="feld-offen"), OEFFENTLICH, konzept))
    Konzeptversion.objects.create(
        konzept=konzept.start,
        nummer="2.0",
        beschlossen_am=datetime.date(2026, 1, 1),
        in_kraft_ab=datetime.date(2026, 2, 1),
    )
    return {name: HandlungsfeldPage.objects.get(pk=page.pk) for name, page in felder.items()}


def adressen(konzept) -> list[str]:
    urls = [
        "/api/v2/",
        "/api/v2/pages/",
        "/api/v2/pages/?typ=handlungsfelder.HandlungsfeldPage",
        "/api/v2/massnahmen/",
        "/api/v2/massnahmen/?status=geplant",
        "/api/v2/massnahmen/?version=2.0",
        "/api/v2/massnahmen/?version=2.0&status=geplant",
        "/api/v2/schulen/",
        "/api/v2/versionen/",
        "/api/v2/veroeffentlichungen/",
        "/umsetzung/massnahmen.csv",
        "/umsetzung/massnahmen.xlsx",
        "/umsetzung/massnahmen.csv?status=geplant",
        "/umsetzung/massnahmen.xlsx?status=geplant",
    ]
    urls += [f"/api/v2/massnahmen/?schule={schule.slug}" for schule in Schule.objects.all()]
    for page in HandlungsfeldPage.objects.all():
        urls += [
            f"/api/v2/pages/{page.pk}/",
            f"/api/v2/massnahmen/?handlungsfeld={page.slug}",
            f"/api/v2/veroeffentlichungen/?handlungsfeld={page.slug}",
            f"/umsetzung/massnahmen.csv?handlungsfeld={page.slug}",
            f"/umsetzung/massnahmen.xlsx?handlungsfeld={page.slug}",
        ]
    return urls


def text(response) -> str:
    """What the answer holds; of a workbook every part of the file (cells are in its XML parts)."""
    if response["Content-Type"].startswith("application/vnd.openxmlformats"):
        with zipfile.ZipFile(io.BytesIO(response.content)) as archiv:
            return " ".join(archiv.read(name).decode() for name in archiv.namelist())
    return response.content.decode("utf-8-sig")


def test_no_endpoint_gives_text_that_is_not_public(client, konzept, geheimnisse):
    assert all(page.live for name, page in geheimnisse.items() if name in ("entwurf", "pruefung", "geplant_live"))
    assert not geheimnisse["geplant_neu"].live and geheimnisse["geplant_neu"].go_live_at > timezone.now()
    urls = adressen(konzept)
    leaks, checked, seen = [], 0, set()
    for prefix in ("", "/en"):
        for url in urls:
            response = client.get(prefix + url)
            assert response.status_code in (200, 400, 404), (prefix + url, response.status_code)
            body = text(response)
            for state, wort in GEHEIM.items():
                checked += 1
                if wort in body:
                    leaks.append((prefix + url, state))
            if OEFFENTLICH in body:
                seen.add(prefix + url)
    assert leaks == []
    assert checked == 2 * len(urls) * len(GEHEIM)
    offen = HandlungsfeldPage.objects.get(slug="feld-offen")
    for url in (
        "/api/v2/massnahmen/",
        "/api/v2/massnahmen/?version=2.0",
        f"/api/v2/pages/{offen.pk}/",
        "/umsetzung/massnahmen.csv",
        "/umsetzung/massnahmen.xlsx",
    ):
        assert url in seen and f"/en{url}" in seen, url


def test_pages_the_public_may_not_see_are_not_found(client, konzept, geheimnisse):
    for name in ("zurueckgezogen", "geplant_neu", "privat"):
        response = client.get(f"/api/v2/pages/{geheimnisse[name].pk}/")
        assert response.status_code == 404, name
        assert response.json()["fehler"] == f"Keine öffentliche Seite mit der ID {geheimnisse[name].pk}."
    listed = {seite["slug"] for seite in client.get("/api/v2/pages/").json()["seiten"]}
    assert {"feld-entwurf", "feld-pruefung", "feld-offen"} <= listed
    assert not {"feld-zurueckgezogen", "feld-geplant_neu", "feld-privat"} & listed
    [version] = client.get("/api/v2/versionen/").json()["versionen"]
    assert "Feld privat" not in {hf["titel"] for hf in version["handlungsfelder"]}
