"""A proposal for the comparison tests: WLAN live with blocks that change and blocks that stay, and the edit
form that changes one paragraph and finishes the Maßnahme, as the admin editor posts it."""

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from handlungsfelder.freigabe.rollen import ARBEITSGRUPPE, REDAKTION, SYSTEMBETREUER
from handlungsfelder.models import HandlungsfeldPage

from .helpers import edit_url, member, stream

ALT = "Alle Unterrichtsräume haben WLAN."
NEU = "Alle Unterrichtsräume haben WLAN. Neu: auch die Turnhallen."
UNVERAENDERT = "Die Serverräume bleiben verschlossen."
GRUND = "Turnhallen aufnehmen, Maßnahme abgeschlossen"


def block_id(index: int) -> str:
    """The ids `helpers.stream` posts, so the live blocks and the proposal's match."""
    return f"00000000-0000-4000-8000-{index:012d}"


def massnahme_value(akteur, status: str, kosten: str) -> dict:
    return {
        "nummer": "WL-1",
        "titel": "WLAN in Turnhallen",
        "beschreibung": "<p>Access Points in allen Turnhallen.</p>",
        "status": status,
        "zeitraum": "Schuljahr 2027/28",
        "verantwortlich": akteur.pk,
        "alle_schulen": False,
        "schulen": [],
        "kosten": kosten,
    }


def publish_live(page: HandlungsfeldPage, akteur) -> HandlungsfeldPage:
    """The live WLAN page: a changing paragraph, a heading and a paragraph that stay, one Maßnahme, one tag."""
    page.kuerzel = "WL"
    page.allgemeines = [
        {"type": "paragraph", "value": f"<p>{ALT}</p>", "id": block_id(0)},
        {"type": "heading", "value": {"text": "Ausblick", "level": "h3"}, "id": block_id(1)},
        {"type": "paragraph", "value": f"<p>{UNVERAENDERT}</p>", "id": block_id(2)},
    ]
    page.umsetzungsplan = [
        {"type": "massnahme", "value": massnahme_value(akteur, "in_umsetzung", "640000.00"), "id": block_id(0)}
    ]
    page.betriebsmodell = page.zustaendigkeiten = []
    page.tags.set(["Netz"])
    page.save_revision().publish()
    return HandlungsfeldPage.objects.get(pk=page.pk)


def proposal_form(page, akteur, **actions) -> dict:
    """The editor's form: the first paragraph extended, the Maßnahme finished at a new cost, the rest untouched."""
    massnahme = massnahme_value(akteur, "umgesetzt", "700000.00")
    massnahme.update(beschreibung=rich_text(massnahme["beschreibung"]), alle_schulen="", schulen={"count": "0"})
    return {
        **nested_form_data(
            {
                "title": page.title,
                "slug": page.slug,
                "summary": page.summary,
                "kuerzel": page.kuerzel,
                "tags": "Netz",
                "allgemeines": stream(
                    [
                        ("paragraph", rich_text(f"<p>{NEU}</p>")),
                        ("heading", {"text": "Ausblick", "level": "h3"}),
                        ("paragraph", rich_text(f"<p>{UNVERAENDERT}</p>")),
                    ]
                ),
                "umsetzungsplan": stream([("massnahme", massnahme)]),
                "betriebsmodell": streamfield([]),
                "zustaendigkeiten": streamfield([]),
                "comments": inline_formset([]),
                "aenderungsgrund": GRUND,
            }
        ),
        **actions,
    }


def submit_proposal(client, konzept, autorin) -> HandlungsfeldPage:
    """WLAN live, and the author's proposal waiting for the Arbeitsgruppe."""
    page = publish_live(konzept.wlan, konzept.landkreis_it)
    client.force_login(autorin)
    response = client.post(edit_url(page), proposal_form(page, konzept.landkreis_it, **{"action-submit": "1"}))
    assert response.status_code == 302
    return HandlungsfeldPage.objects.get(pk=page.pk)


def team_members() -> dict:
    return {
        "autorin": member("autorin", SYSTEMBETREUER),
        "arbeitsgruppe": member("arbeitsgruppe", ARBEITSGRUPPE),
        "redaktion": member("redaktion", REDAKTION),
    }
