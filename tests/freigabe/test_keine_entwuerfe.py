"""No text that is not public reaches the public: every public answer, in both languages, checked for the text of a
proposal in step 1, one in step 2, a rejected one, a plain draft, an unpublished page and a view-restricted page."""

import io
import re

from django.contrib.auth import get_user_model

from wagtail.models import PageViewRestriction

import pytest
from bs4 import BeautifulSoup
from pypdf import PdfReader

from handlungsfelder.freigabe.rollen import ARBEITSGRUPPE, SYSTEMBETREUER
from handlungsfelder.models import HandlungsfeldPage, Schule

from ..factories import block, massnahme, publish
from ..pdf.worker import pdf_worker
from .helpers import member

# One word per state, so the search can look for each; it stands in the summary, a paragraph and a Maßnahme.
GEHEIM = {
    "pruefung": "Zebrapruefung",
    "freigabe": "Zebrafreigabe",
    "abgelehnt": "Zebraablehnung",
    "entwurf": "Zebraentwurf",
    "zurueckgezogen": "Zebrarueckzug",
    "privat": "Zebraprivat",
}
# The same kind of text, published: the checks would see it (the matrix is not vacuous).
OEFFENTLICH = "Zebraoeffentlich"


def geheim_machen(page, wort: str, konzept) -> HandlungsfeldPage:
    page = HandlungsfeldPage.objects.get(pk=page.pk)
    page.summary = f"{page.summary} {wort}"
    page.allgemeines = [block("paragraph", f"<p>Der Text {wort} ist nicht öffentlich.</p>")]
    page.umsetzungsplan = [massnahme(f"Maßnahme {wort}", "geplant", konzept.landkreis_it, schulen=konzept.schulen)]
    return page


def vorschlag(page, wort, konzept, autor):
    """Save the secret text as a revision of the live page and submit it through the workflow engine."""
    page = geheim_machen(page, wort, konzept)
    page.save_revision(user=autor)
    page.get_workflow().start(page, autor)
    return HandlungsfeldPage.objects.get(pk=page.pk)


@pytest.fixture
def geheimnisse(konzept):
    autor = member("autor", SYSTEMBETREUER)
    pruefer = member("pruefer", ARBEITSGRUPPE)
    felder = {name: konzept.add_handlungsfeld(title=f"Feld {name}", slug=f"feld-{name}") for name in GEHEIM}
    felder["pruefung"] = konzept.wlan
    felder["freigabe"] = konzept.netzwerk

    vorschlag(felder["pruefung"], GEHEIM["pruefung"], konzept, autor)
    vorschlag(felder["freigabe"], GEHEIM["freigabe"], konzept, autor).current_workflow_task_state.approve(user=pruefer)
    vorschlag(felder["abgelehnt"], GEHEIM["abgelehnt"], konzept, autor).current_workflow_task_state.reject(user=pruefer)
    geheim_machen(felder["entwurf"], GEHEIM["entwurf"], konzept).save_revision(user=autor)
    publish(geheim_machen(felder["zurueckgezogen"], GEHEIM["zurueckgezogen"], konzept)).unpublish()
    privat = publish(geheim_machen(felder["privat"], GEHEIM["privat"], konzept))
    privat.tags.add("nur-intern")
    publish(privat)
    PageViewRestriction.objects.create(page=privat, restriction_type=PageViewRestriction.PASSWORD, password="x")
    publish(geheim_machen(konzept.add_handlungsfeld(title="Feld offen", slug="feld-offen"), OEFFENTLICH, konzept))
    return felder


def text(url: str, response) -> str:
    """What the answer shows; of a search only its hits, since the page repeats the query the reader typed."""
    if response["Content-Type"].startswith("application/pdf"):
        return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    if "/suche/" in url:
        hits = BeautifulSoup(response.content, "html.parser").select(".suchergebnis")
        return " ".join(str(hit) for hit in hits)
    return response.content.decode()


def public_urls(client, konzept) -> list[str]:
    """Every public address of the concept, and what the history pages link."""
    urls = ["/", "/handlungsfelder/", "/umsetzung/", "/schulen/", "/versionen/", "/aenderungen.atom", "/sitemap.xml"]
    urls += [f"/schulen/{schule.slug}/" for schule in Schule.objects.all()]
    urls += ["/schlagwoerter/nur-intern/", "/schlagwoerter/infrastruktur/", "/konzept.pdf"]
    urls += [f"/suche/?q={wort}" for wort in [*GEHEIM.values(), OEFFENTLICH]] + ["/suche/?q=Text"]
    for page in HandlungsfeldPage.objects.all():
        urls += [
            page.get_url(),
            f"/handlungsfelder/{page.slug}/versionen/",
        ]
    history = [u for u in urls if u.endswith("/versionen/") and u.startswith("/handlungsfelder/")]
    for url in history:
        urls += re.findall(r'href="(/handlungsfelder/[^"]+/versionen/[^"]+)"', client.get(url).content.decode())
    return sorted(set(urls))


@pytest.mark.django_db
def test_no_public_answer_contains_text_that_is_not_public(client, konzept, geheimnisse):
    urls = public_urls(client, konzept)
    assert len(urls) > 30
    client.get("/konzept.pdf"), client.get("/en/konzept.pdf")  # queue the first builds
    pdf_worker()
    leaks, checked, seen = [], 0, set()
    for prefix in ("", "/en"):
        for url in urls:
            response = client.get(prefix + url)
            assert response.status_code in (200, 302, 404), (prefix + url, response.status_code)
            body = text(url, response) if response.status_code == 200 else ""
            for state, wort in GEHEIM.items():
                checked += 1
                if wort in body:
                    leaks.append((prefix + url, state))
            if OEFFENTLICH in body:
                seen.add(prefix + url)
    assert leaks == []
    assert checked >= 2 * len(urls) * len(GEHEIM)
    for url in (f"/suche/?q={OEFFENTLICH}", "/umsetzung/", "/konzept.pdf", "/handlungsfelder/feld-offen/"):
        assert url in seen and f"/en{url}" in seen, url
    # Someone entitled to see the secret text sees it.
    client.force_login(get_user_model().objects.create_superuser("admin", "a@example.org", "pw"))
    editor = client.get(f"/admin/pages/{geheimnisse['entwurf'].pk}/edit/").content.decode()
    assert GEHEIM["entwurf"] in editor
