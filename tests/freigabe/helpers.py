"""Helpers for driving the approval workflow through the real admin views."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from bs4 import BeautifulSoup

from handlungsfelder.models import HandlungsfeldPage

ALTER_TEXT = "Alle Unterrichtsräume haben WLAN."


def member(username: str, group: str | None):
    user = get_user_model().objects.create_user(username, f"{username}@lra.example", "pw")
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


def stream(items) -> dict:
    """Wagtail's `streamfield` form data plus the block ids the editor posts, so an unchanged stream stays equal."""
    data = streamfield(items)
    for index in range(len(items)):
        data[str(index)]["id"] = f"00000000-0000-4000-8000-{index:012d}"
    return data


def massnahme_form(akteur, kosten: str) -> tuple:
    """A new Maßnahme as the editor posts it (its number, a read-only field, still empty)."""
    return (
        "massnahme",
        {
            "nummer": "",
            "titel": "WLAN in Turnhallen",
            "beschreibung": rich_text("<p>Access Points in allen Turnhallen.</p>"),
            "status": "geplant",
            "zeitraum": "Schuljahr 2027/28",
            "verantwortlich": akteur.pk,
            "alle_schulen": "on",
            "schulen": {"count": "0"},
            "kosten": kosten,
        },
    )


def simple_handlungsfeld_form(
    page: HandlungsfeldPage, text: str, aenderungsgrund: str = "", umsetzungsplan=(), **actions
) -> dict:
    """The edit form of a Handlungsfeld whose Allgemeines is one paragraph (and optionally some Maßnahmen)."""
    return {
        **nested_form_data(
            {
                "title": page.title,
                "slug": page.slug,
                "summary": page.summary,
                "kuerzel": page.kuerzel,
                "tags": "",
                "allgemeines": stream([("paragraph", rich_text(f"<p>{text}</p>"))]),
                "umsetzungsplan": stream(list(umsetzungsplan)),
                "betriebsmodell": streamfield([]),
                "zustaendigkeiten": streamfield([]),
                "comments": inline_formset([]),
                "aenderungsgrund": aenderungsgrund,
            }
        ),
        **actions,
    }


def make_simple(page: HandlungsfeldPage, text: str = ALTER_TEXT) -> HandlungsfeldPage:
    page.allgemeines = [{"type": "paragraph", "value": f"<p>{text}</p>"}]
    page.umsetzungsplan = page.betriebsmodell = page.zustaendigkeiten = []
    page.save_revision().publish()
    return HandlungsfeldPage.objects.get(pk=page.pk)


def edit_url(page) -> str:
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def submit(client, user, page, text: str, aenderungsgrund: str = "Turnhallen ergänzt"):
    client.force_login(user)
    return client.post(edit_url(page), simple_handlungsfeld_form(page, text, aenderungsgrund, **{"action-submit": "1"}))


def workflow_action(client, user, page, action: str, comment: str = ""):
    """Approve or reject ("approve" / "reject") the page's current step, as the dashboard's buttons do."""
    page = HandlungsfeldPage.objects.get(pk=page.pk)
    task_state = page.current_workflow_task_state
    client.force_login(user)
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
    return client.post(url, {"comment": comment})


def release_in_two_steps(client, arbeitsgruppe, redaktion, page, text: str) -> None:
    """Step 1 by the Arbeitsgruppe leaves `text` out of the public page; step 2 by the Redaktion publishes it."""
    url = HandlungsfeldPage.objects.get(pk=page.pk).url
    assert workflow_action(client, arbeitsgruppe, page, "approve").status_code == 302
    assert text not in public_text(client, url)
    assert workflow_action(client, redaktion, page, "approve").status_code == 302
    assert text in public_text(client, url)


def public_text(client, url: str) -> str:
    client.logout()
    response = client.get(url)
    return BeautifulSoup(response.content, "html.parser").find("main").get_text(" ", strip=True)
