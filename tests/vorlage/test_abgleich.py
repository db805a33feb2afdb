"""Following the county's concept from a municipality's: the county's publications appear in the municipality's
list with their diff, a take-over becomes a draft in the municipality's own workflow, local changes stay (conflicts
named), nothing is left to take over afterwards; the county's Redaktion, unknown pages and open proposals are refused.
"""

from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Page, PageLogEntry, Revision
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

import pytest
from bs4 import BeautifulSoup

from handlungsfelder.bereiche.anlegen import eigene_rollen_anlegen
from handlungsfelder.models import Aenderungsnotiz, HandlungsfeldPage, KonzeptHerkunft, SeitenHerkunft
from handlungsfelder.versionen.diff import plain_text
from handlungsfelder.vorlage.abgleich import LOG_ACTION
from handlungsfelder.vorlage.bereinigen import teil_bereinigen
from handlungsfelder.vorlage.uebernehmen import als_vorlage_uebernehmen

from ..client import soup
from ..factories import (
    AkteurFactory,
    HandlungsfeldIndexPageFactory,
    HandlungsfeldPageFactory,
    KonzeptStartPageFactory,
    massnahme,
    publish,
)
from ..freigabe.helpers import edit_url, member

ABSATZ_A = "00000000-0000-4000-8000-00000000000a"
ABSATZ_B = "00000000-0000-4000-8000-00000000000b"
MASSNAHME = "00000000-0000-4000-8000-00000000000c"
ALT_A = "Alle Unterrichtsräume haben WLAN."
ALT_B = "Die Controller betreibt die IT des Landkreises."


def absatz(block_id: str, text: str) -> dict:
    return {"type": "paragraph", "value": f"<p>{text}</p>", "id": block_id}


def landkreis_aendert(page, user, note: str, absaetze: dict | None = None, **massnahme_felder) -> Revision:
    """The county's Redaktion publishes a change (paragraphs by block id, fields of the Maßnahme) directly."""
    page = HandlungsfeldPage.objects.get(pk=page.pk)
    allgemeines = list(page.allgemeines.raw_data)
    for block in allgemeines:
        if block["id"] in (absaetze or {}):
            block["value"] = f"<p>{absaetze[block['id']]}</p>"
    umsetzungsplan = list(page.umsetzungsplan.raw_data)
    umsetzungsplan[0]["value"].update(massnahme_felder)
    page.allgemeines, page.umsetzungsplan = allgemeines, umsetzungsplan
    revision = page.save_revision(user=user)
    Aenderungsnotiz.objects.create(revision=revision, text=note, autor=user)
    revision.publish(user=user)
    return revision


def lokal_aendern(page, user, absaetze: dict) -> None:
    """The municipality's own edit of its page, published."""
    page = HandlungsfeldPage.objects.get(pk=page.pk)
    allgemeines = list(page.allgemeines.raw_data)
    for block in allgemeines:
        if block["id"] in absaetze:
            block["value"] = f"<p>{absaetze[block['id']]}</p>"
    page.allgemeines = allgemeines
    page.save_revision(user=user).publish(user=user)


@pytest.fixture
def landkreis(konzept, team):
    """The county's WLAN: two paragraphs and a Maßnahme with its own Akteur, schools and costs."""
    wlan = HandlungsfeldPage.objects.get(pk=konzept.wlan.pk)
    wlan.allgemeines = [absatz(ABSATZ_A, ALT_A), absatz(ABSATZ_B, ALT_B)]
    wlan.umsetzungsplan = [
        {
            **massnahme("Access Points", "geplant", konzept.landkreis_it, schulen=konzept.schulen, kosten="12000.00"),
            "id": MASSNAHME,
        }
    ]
    wlan.betriebsmodell = wlan.zustaendigkeiten = []
    wlan.save_revision(user=team["redaktion"]).publish(user=team["redaktion"])
    return konzept


@pytest.fixture
def uebernommen(landkreis):
    """Markt Peißenberg's concept adopted from the county's: its own roles, WLAN and Netzwerk without the county's
    data, and its own responsible party chosen for the Maßnahme."""
    start = KonzeptStartPageFactory(
        parent=Page.get_first_root_node(), title="IT-Konzept Markt Peißenberg", slug="peissenberg"
    )
    index = HandlungsfeldIndexPageFactory(parent=start)
    rollen = eigene_rollen_anlegen(start, "Markt Peißenberg")
    bauamt = AkteurFactory(name="Bauamt Markt Peißenberg", konzept=start)
    seiten = {}
    for quelle in (landkreis.netzwerk, landkreis.wlan):
        quelle = HandlungsfeldPage.objects.get(pk=quelle.pk)
        teile = {name: teil_bereinigen(list(getattr(quelle, name).raw_data)) for name, _label in quelle.PARTS}
        for block in teile["umsetzungsplan"]:
            block["value"]["verantwortlich"] = bauamt.pk
        kopie = publish(
            HandlungsfeldPageFactory(
                parent=index,
                title=quelle.title,
                slug=quelle.slug,
                summary=quelle.summary,
                kuerzel=quelle.kuerzel,
                **teile,
            )
        )
        SeitenHerkunft.objects.create(page=kopie, quelle=quelle, quelle_revision=quelle.live_revision)
        seiten[quelle.slug] = kopie
    publish(start)
    KonzeptHerkunft.objects.create(start_page=start, quelle=landkreis.start, quelle_titel=landkreis.start.title)
    return {
        "start": start,
        "wlan": seiten["wlan"],
        "netzwerk": seiten["netzwerk"],
        "rollen": rollen,
        "bauamt": bauamt,
        "redaktion": member("redaktion-peissenberg", rollen.redaktion.name),
        "systembetreuer": member("systembetreuer-peissenberg", rollen.systembetreuer.name),
    }


def liste_url(uebernommen) -> str:
    return reverse("handlungsfelder_vorlage_aenderungen", args=[uebernommen["start"].pk])


def uebernehmen_url(page) -> str:
    return reverse("handlungsfelder_vorlage_aenderung_uebernehmen", args=[page.pk])


def text_of(response) -> str:
    return BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)


def entwurf(page) -> HandlungsfeldPage:
    return HandlungsfeldPage.objects.get(pk=page.pk).get_latest_revision_as_object()


def absatztexte(page) -> dict[str, str]:
    """Each paragraph as the reader reads it (the editor's form adds block keys to the stored markup)."""
    return {child.id: plain_text(child.value.source) for child in page.allgemeines}


def editor_formular(page, aenderungsgrund: str, **actions) -> dict:
    """The editor's form of the page's newest draft as it stands (paragraphs and Maßnahmen with their block ids)."""
    stand = entwurf(page)

    def mit_ids(items: list, ids: list[str]) -> dict:
        data = streamfield(items)
        for index, block_id in enumerate(ids):
            data[str(index)]["id"] = block_id
        return data

    massnahmen = [
        (
            "massnahme",
            {
                "nummer": child.value["nummer"],
                "titel": child.value["titel"],
                "beschreibung": rich_text(child.value["beschreibung"].source),
                "status": child.value["status"],
                "zeitraum": child.value["zeitraum"],
                "verantwortlich": child.value["verantwortlich"].pk,
                "schulen": {"count": "0"},
                "kosten": "",
            },
        )
        for child in stand.umsetzungsplan
    ]
    return {
        **nested_form_data(
            {
                "title": stand.title,
                "slug": stand.slug,
                "summary": stand.summary,
                "kuerzel": stand.kuerzel,
                "tags": "",
                "allgemeines": mit_ids(
                    [("paragraph", rich_text(child.value.source)) for child in stand.allgemeines],
                    [child.id for child in stand.allgemeines],
                ),
                "umsetzungsplan": mit_ids(massnahmen, [child.id for child in stand.umsetzungsplan]),
                "betriebsmodell": streamfield([]),
                "zustaendigkeiten": streamfield([]),
                "comments": inline_formset([]),
                "aenderungsgrund": aenderungsgrund,
            }
        ),
        **actions,
    }


def test_a_county_publication_appears_with_its_diff_and_goes_into_a_draft_of_the_municipalitys_workflow(
    client, landkreis, uebernommen, team
):
    landkreis_aendert(
        landkreis.wlan,
        team["redaktion"],
        "Turnhallen ergänzt",
        {ABSATZ_A: "Alle Unterrichtsräume und Turnhallen haben WLAN."},
    )
    wlan = uebernommen["wlan"]
    live_vorher = wlan.live_revision_id
    client.force_login(uebernommen["redaktion"])

    liste = soup(client, liste_url(uebernommen))
    eintraege = liste.select("section.konzept-vorlage-aenderung")
    assert [e.find("h2").get_text(strip=True) for e in eintraege] == ["WLAN"]
    assert [ins.get_text() for ins in eintraege[0].select(".konzept-diff ins")] == ["und Turnhallen"]
    assert "Turnhallen ergänzt" in eintraege[0].get_text(" ", strip=True)
    assert eintraege[0].find("form", action=uebernehmen_url(wlan)).find("button", string="In einen Entwurf übernehmen")
    assert not eintraege[0].select(".konzept-vorlage-konflikte")

    response = client.post(uebernehmen_url(wlan))
    assert response.status_code == 302 and response["Location"] == edit_url(wlan)
    editor = soup(client, edit_url(wlan))
    assert "als neuer Entwurf von „WLAN“ gespeichert" in editor.get_text(" ", strip=True)
    note = "Übernommen aus „IT-Konzept für die Schulen“: Turnhallen ergänzt"
    assert editor.find("textarea", attrs={"name": "aenderungsgrund"}).get_text().strip() == note

    wlan = HandlungsfeldPage.objects.get(pk=wlan.pk)
    assert wlan.live_revision_id == live_vorher and wlan.has_unpublished_changes
    assert absatztexte(wlan)[ABSATZ_A] == ALT_A
    draft = wlan.get_latest_revision()
    neu = draft.as_object()
    assert absatztexte(neu) == {
        ABSATZ_A: "Alle Unterrichtsräume und Turnhallen haben WLAN.",
        ABSATZ_B: ALT_B,
    }
    assert neu.umsetzungsplan[0].value["verantwortlich"] == uebernommen["bauamt"]
    assert Aenderungsnotiz.objects.get(revision=draft).text == note
    assert PageLogEntry.objects.get(revision=draft, action=LOG_ACTION).user == uebernommen["redaktion"]
    verlauf = text_of(client.get(reverse("wagtailadmin_pages:history", args=[wlan.pk])))
    assert "Änderungen aus „IT-Konzept für die Schulen“ in einen Entwurf übernommen" in verlauf
    quelle = HandlungsfeldPage.objects.get(pk=landkreis.wlan.pk)
    assert SeitenHerkunft.objects.get(page=wlan).quelle_revision_id == quelle.live_revision_id

    response = client.post(edit_url(wlan), editor_formular(wlan, note, **{"action-submit": "1"}))
    assert response.status_code == 302
    wlan = HandlungsfeldPage.objects.get(pk=wlan.pk)
    assert wlan.current_workflow_state.workflow == uebernommen["rollen"].workflow
    assert wlan.current_workflow_task_state.task.specific.groups.get() == uebernommen["rollen"].arbeitsgruppe
    eingereicht = wlan.current_workflow_task_state.revision.as_object()
    assert absatztexte(eingereicht)[ABSATZ_A] == "Alle Unterrichtsräume und Turnhallen haben WLAN."
    assert wlan.live_revision_id == live_vorher


def test_a_concept_adopted_through_als_vorlage_uebernehmen_follows_its_source(
    client, landkreis, team, django_user_model
):
    admin = django_user_model.objects.create_superuser("admin", "admin@lra.example", "pw")
    start = als_vorlage_uebernehmen(landkreis.start, None, "Stadt Penzberg", "penzberg.example", admin)
    wlan = SeitenHerkunft.objects.get(page__in=Page.objects.descendant_of(start), quelle=landkreis.wlan).page.specific
    landkreis_aendert(landkreis.wlan, team["redaktion"], "Turnhallen ergänzt", {ABSATZ_A: "Auch die Turnhallen."})
    client.force_login(member("redaktion-penzberg", start.eigene_rollen.redaktion.name))

    liste = soup(client, reverse("handlungsfelder_vorlage_aenderungen", args=[start.pk]))
    assert "Turnhallen" in [ins.get_text() for ins in liste.select(".konzept-diff ins")]
    assert not liste.select(".konzept-vorlage-konflikte")
    assert client.post(uebernehmen_url(wlan)).status_code == 302

    stand = entwurf(wlan)
    assert absatztexte(stand) == {ABSATZ_A: "Auch die Turnhallen.", ABSATZ_B: ALT_B}
    assert stand.umsetzungsplan[0].value["verantwortlich"] is None
    assert not HandlungsfeldPage.objects.get(pk=wlan.pk).live
    assert wlan.get_workflow() == start.eigene_rollen.workflow


def test_county_data_the_municipality_does_not_hold_is_no_change_to_take_over(client, landkreis, uebernommen, team):
    landkreis_aendert(landkreis.wlan, team["redaktion"], "Kosten aktualisiert", kosten="15000.00", schulen=[])
    client.force_login(uebernommen["redaktion"])
    liste = soup(client, liste_url(uebernommen))
    assert not liste.select("section.konzept-vorlage-aenderung")
    assert "hat seit der letzten Übernahme nichts geändert" in liste.get_text(" ", strip=True)


def test_a_local_edit_of_the_same_paragraph_is_shown_as_a_conflict_and_the_local_text_stays(
    client, landkreis, uebernommen, team
):
    eigener_text = "Alle Unterrichtsräume und das Rathaus haben WLAN."
    lokal_aendern(uebernommen["wlan"], uebernommen["redaktion"], {ABSATZ_A: eigener_text})
    landkreis_aendert(
        landkreis.wlan,
        team["redaktion"],
        "Turnhallen ergänzt",
        {ABSATZ_A: "Auch die Turnhallen.", ABSATZ_B: "Die Controller stehen im Rechenzentrum."},
    )
    client.force_login(uebernommen["redaktion"])

    konflikte = soup(client, liste_url(uebernommen)).select_one(".konzept-vorlage-konflikte")
    assert f"Allgemeines/Aktuelles, Absatz „{eigener_text}“" in konflikte.get_text(" ", strip=True)

    response = client.post(uebernehmen_url(uebernommen["wlan"]), follow=True)
    assert response.redirect_chain[-1][0] == edit_url(uebernommen["wlan"])
    meldungen = text_of(response)
    assert "als neuer Entwurf" in meldungen
    assert "blieb Ihr Text stehen" in meldungen and f"Absatz „{eigener_text}“" in meldungen
    assert absatztexte(entwurf(uebernommen["wlan"])) == {
        ABSATZ_A: eigener_text,
        ABSATZ_B: "Die Controller stehen im Rechenzentrum.",
    }


def test_when_every_change_meets_a_local_one_no_draft_is_made_and_the_change_counts_as_taken_over(
    client, landkreis, uebernommen, team
):
    lokal_aendern(uebernommen["wlan"], uebernommen["redaktion"], {ABSATZ_A: "Eigener Text."})
    landkreis_aendert(landkreis.wlan, team["redaktion"], "Turnhallen ergänzt", {ABSATZ_A: "Auch die Turnhallen."})
    revisions = Revision.objects.count()
    client.force_login(uebernommen["redaktion"])

    meldungen = text_of(client.post(uebernehmen_url(uebernommen["wlan"]), follow=True))
    assert "Es wurde kein Entwurf angelegt" in meldungen and "blieb Ihr Text stehen" in meldungen
    assert Revision.objects.count() == revisions
    assert not soup(client, liste_url(uebernommen)).select("section.konzept-vorlage-aenderung")
    assert PageLogEntry.objects.filter(page=uebernommen["wlan"], action=LOG_ACTION, revision=None).exists()


def test_a_local_edit_of_another_block_and_the_countys_change_both_stay(client, landkreis, uebernommen, team):
    lokal_aendern(uebernommen["wlan"], uebernommen["redaktion"], {ABSATZ_B: "Die Controller betreibt das Bauamt."})
    landkreis_aendert(
        landkreis.wlan,
        team["redaktion"],
        "Turnhallen ergänzt",
        {ABSATZ_A: "Alle Unterrichtsräume und Turnhallen haben WLAN."},
        beschreibung="<p>Access Points in allen Klassenzimmern und Turnhallen.</p>",
    )
    client.force_login(uebernommen["redaktion"])
    assert not soup(client, liste_url(uebernommen)).select(".konzept-vorlage-konflikte")
    response = client.post(uebernehmen_url(uebernommen["wlan"]), follow=True)
    assert "blieb Ihr Text stehen" not in response.content.decode()

    stand = entwurf(uebernommen["wlan"])
    assert absatztexte(stand) == {
        ABSATZ_A: "Alle Unterrichtsräume und Turnhallen haben WLAN.",
        ABSATZ_B: "Die Controller betreibt das Bauamt.",
    }
    massnahme_neu = stand.umsetzungsplan[0].value
    assert massnahme_neu["beschreibung"].source == "<p>Access Points in allen Klassenzimmern und Turnhallen.</p>"
    assert massnahme_neu["verantwortlich"] == uebernommen["bauamt"]


def test_after_the_take_over_nothing_is_left_to_take_over(client, landkreis, uebernommen, team):
    landkreis_aendert(landkreis.wlan, team["redaktion"], "Turnhallen ergänzt", {ABSATZ_A: "Auch Turnhallen."})
    client.force_login(uebernommen["redaktion"])
    client.post(uebernehmen_url(uebernommen["wlan"]))
    revisions = Revision.objects.count()

    assert not soup(client, liste_url(uebernommen)).select("section.konzept-vorlage-aenderung")
    response = client.post(uebernehmen_url(uebernommen["wlan"]), follow=True)
    assert "ist auf dem Stand der Vorlage" in text_of(response)
    assert Revision.objects.count() == revisions


def test_the_countys_redaktion_is_refused_as_the_admin_refuses(client, landkreis, uebernommen, team):
    landkreis_aendert(landkreis.wlan, team["redaktion"], "Turnhallen ergänzt", {ABSATZ_A: "Auch Turnhallen."})
    revisions = Revision.objects.count()
    client.force_login(team["redaktion"])
    for response in (
        client.get(liste_url(uebernommen)),
        client.post(uebernehmen_url(uebernommen["wlan"])),
        client.get(reverse("handlungsfelder_vorlage_konzepte")),
    ):
        assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    assert "keinen Zugang" in text_of(client.post(uebernehmen_url(uebernommen["wlan"]), follow=True))
    assert Revision.objects.count() == revisions
    assert reverse("handlungsfelder_vorlage_konzepte") not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_someone_with_admin_access_only_is_refused_too(client, uebernommen, django_user_model):
    leser = django_user_model.objects.create_user("leser", "leser@markt.example", "pw")
    leser.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(leser)
    response = client.post(uebernehmen_url(uebernommen["wlan"]))
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


def test_unknown_pages_and_pages_not_adopted_are_404(client, landkreis, uebernommen, django_user_model):
    admin = django_user_model.objects.create_superuser("admin", "admin@lra.example", "pw")
    client.force_login(admin)
    assert client.post(reverse("handlungsfelder_vorlage_aenderung_uebernehmen", args=[2**31 - 1])).status_code == 404
    assert client.post(uebernehmen_url(landkreis.wlan)).status_code == 404
    assert client.get(reverse("handlungsfelder_vorlage_aenderungen", args=[landkreis.start.pk])).status_code == 404
    assert client.get(reverse("handlungsfelder_vorlage_aenderungen", args=[2**31 - 1])).status_code == 404
    assert client.get(uebernehmen_url(uebernommen["wlan"])).status_code == 405


def test_an_open_proposal_refuses_the_take_over_with_409_and_nothing_changes(client, landkreis, uebernommen, team):
    wlan = uebernommen["wlan"]
    client.force_login(uebernommen["systembetreuer"])
    formular = editor_formular(wlan, "Rathaus ergänzt", **{"action-submit": "1"})
    assert client.post(edit_url(wlan), formular).status_code == 302
    landkreis_aendert(landkreis.wlan, team["redaktion"], "Turnhallen ergänzt", {ABSATZ_A: "Auch Turnhallen."})
    revisions, basis = Revision.objects.count(), SeitenHerkunft.objects.get(page=wlan).quelle_revision_id
    client.force_login(uebernommen["redaktion"])

    response = client.post(uebernehmen_url(wlan))
    assert response.status_code == 409
    assert "offenen Vorschlag in der Freigabe" in text_of(response) and "Prüfung Arbeitsgruppe" in text_of(response)
    eintrag = soup(client, liste_url(uebernommen)).select_one("section.konzept-vorlage-aenderung")
    assert "offenen Vorschlag in der Freigabe" in eintrag.get_text(" ", strip=True)
    assert not eintrag.find("button", string="In einen Entwurf übernehmen")
    assert Revision.objects.count() == revisions
    assert SeitenHerkunft.objects.get(page=wlan).quelle_revision_id == basis
    assert HandlungsfeldPage.objects.get(pk=wlan.pk).current_workflow_state is not None


def test_a_page_locked_by_someone_else_refuses_the_take_over_with_409(client, landkreis, uebernommen, team):
    HandlungsfeldPage.objects.filter(pk=uebernommen["wlan"].pk).update(
        locked=True, locked_by=uebernommen["systembetreuer"], locked_at=timezone.now()
    )
    landkreis_aendert(landkreis.wlan, team["redaktion"], "Turnhallen ergänzt", {ABSATZ_A: "Auch Turnhallen."})
    revisions = Revision.objects.count()
    client.force_login(uebernommen["redaktion"])
    response = client.post(uebernehmen_url(uebernommen["wlan"]))
    assert response.status_code == 409 and "ist gesperrt" in text_of(response)
    assert Revision.objects.count() == revisions


def test_a_superuser_with_two_adopted_concepts_chooses_one(client, landkreis, uebernommen, django_user_model):
    zweite = KonzeptStartPageFactory(parent=Page.get_first_root_node(), title="IT-Konzept Stadt Penzberg", slug="pz")
    KonzeptHerkunft.objects.create(start_page=zweite, quelle=landkreis.start, quelle_titel=landkreis.start.title)
    client.force_login(django_user_model.objects.create_superuser("admin", "admin@lra.example", "pw"))
    auswahl = soup(client, reverse("handlungsfelder_vorlage_konzepte"))
    links = {a.get_text(strip=True): a["href"] for a in auswahl.select(".konzept-vorlage-konzepte a")}
    assert links == {
        "IT-Konzept Markt Peißenberg": liste_url(uebernommen),
        "IT-Konzept Stadt Penzberg": reverse("handlungsfelder_vorlage_aenderungen", args=[zweite.pk]),
    }


def test_the_municipalitys_redaktion_finds_the_list_in_the_menu_and_on_its_start_page(client, uebernommen):
    client.force_login(uebernommen["redaktion"])
    menu_url = reverse("handlungsfelder_vorlage_konzepte")
    assert menu_url in client.get(reverse("wagtailadmin_home")).content.decode()
    response = client.get(menu_url)
    assert response.status_code == 302 and response["Location"] == liste_url(uebernommen)
    assert soup(client, edit_url(uebernommen["start"])).find("a", href=liste_url(uebernommen))


def test_a_handlungsfeld_the_county_adds_later_is_offered_and_taken_over_as_a_new_draft(
    client, landkreis, uebernommen, team
):
    endgeraete = publish(
        HandlungsfeldPageFactory(
            parent=landkreis.index,
            title="Endgeräte",
            slug="endgeraete",
            kuerzel="EG",
            summary="Leihgeräte für Lehrkräfte.",
            allgemeines=[
                absatz(ABSATZ_A, "Jede Lehrkraft erhält ein Dienstgerät."),
                {"type": "handlungsfeld_verweis", "value": {"seite": landkreis.wlan.pk, "text": ""}},
            ],
            umsetzungsplan=[
                massnahme("Tablets", "geplant", landkreis.landkreis_it, schulen=landkreis.schulen, kosten="5000.00")
            ],
        )
    )
    client.force_login(uebernommen["redaktion"])
    liste = soup(client, liste_url(uebernommen))
    (neu,) = liste.select(".konzept-vorlage-neu li")
    assert "Endgeräte" in neu.get_text() and "Leihgeräte für Lehrkräfte." in neu.get_text()

    response = client.post(neu.select_one("form")["action"])
    seite = HandlungsfeldPage.objects.descendant_of(uebernommen["start"]).get(slug="endgeraete")
    assert response.status_code == 302 and response["Location"] == edit_url(seite)
    assert not seite.live
    stand = seite.get_latest_revision_as_object()
    absatz_hier = next(b for b in stand.allgemeines if b.id == ABSATZ_A)
    assert plain_text(absatz_hier.value.source) == "Jede Lehrkraft erhält ein Dienstgerät."
    verweis = next(b for b in stand.allgemeines if b.block_type == "handlungsfeld_verweis")
    assert verweis.value["seite"].pk == uebernommen["wlan"].pk
    (tablets,) = stand.umsetzungsplan
    assert (
        tablets.value["kosten"] is None
        and list(tablets.value["schulen"]) == []
        and tablets.value["verantwortlich"] is None
    )
    assert stand.kuerzel == "EG"
    assert Aenderungsnotiz.objects.get(revision=seite.latest_revision).text.startswith("Neues Handlungsfeld")
    assert SeitenHerkunft.objects.get(page=seite).quelle_revision_id == endgeraete.live_revision_id
    assert seite.get_workflow() == uebernommen["rollen"].workflow

    assert not soup(client, liste_url(uebernommen)).select(".konzept-vorlage-neu")
    client.post(neu.select_one("form")["action"], follow=True)
    assert HandlungsfeldPage.objects.descendant_of(uebernommen["start"]).filter(slug="endgeraete").count() == 1

    client.force_login(team["redaktion"])
    assert client.post(neu.select_one("form")["action"]).status_code == 302
    assert "Sie haben leider keinen Zugang" in text_of(client.get(reverse("wagtailadmin_home")))
