"""Each role against each action, through the real admin views (the README's permission matrix)."""

from django.urls import reverse

from wagtail.models import Page

import pytest

from handlungsfelder.freigabe.rollen import ARBEITSGRUPPE, REDAKTION, SYSTEMBETREUER
from handlungsfelder.models import HandlungsfeldPage
from pages.models import ContentPage

from ..factories import block, publish
from .helpers import (
    edit_url,
    make_simple,
    member,
    public_text,
    simple_handlungsfeld_form,
    submit,
    workflow_action,
)

NEU = "Alle Unterrichtsräume haben WLAN. Neuer Satz."

EXPECTED = {
    "bearbeiten": {SYSTEMBETREUER: True, ARBEITSGRUPPE: True, REDAKTION: True},
    "einreichen": {SYSTEMBETREUER: True, ARBEITSGRUPPE: True, REDAKTION: True},
    "pruefung_arbeitsgruppe": {SYSTEMBETREUER: False, ARBEITSGRUPPE: True, REDAKTION: False},
    "freigabe_redaktion": {SYSTEMBETREUER: False, ARBEITSGRUPPE: False, REDAKTION: True},
    "veroeffentlichen": {SYSTEMBETREUER: False, ARBEITSGRUPPE: False, REDAKTION: True},
    "loeschen": {SYSTEMBETREUER: False, ARBEITSGRUPPE: False, REDAKTION: True},
    "verschieben": {SYSTEMBETREUER: False, ARBEITSGRUPPE: False, REDAKTION: True},
}


def content_page(parent, slug: str, live: bool = True) -> ContentPage:
    page = ContentPage(title=slug.title(), slug=slug, body=[block("paragraph", "<p>Text</p>")], live=live)
    parent.add_child(instance=page)
    return publish(page) if live else page


def bearbeiten(client, user, wlan, konzept) -> bool:
    client.force_login(user)
    before = wlan.revisions.count()
    client.post(edit_url(wlan), simple_handlungsfeld_form(wlan, NEU))
    return client.get(edit_url(wlan)).status_code == 200 and wlan.revisions.count() == before + 1


def einreichen(client, user, wlan, konzept) -> bool:
    submit(client, user, wlan, NEU)
    return HandlungsfeldPage.objects.get(pk=wlan.pk).workflow_in_progress


def pruefung_arbeitsgruppe(client, user, wlan, konzept) -> bool:
    submit(client, member("autor", SYSTEMBETREUER), wlan, NEU)
    workflow_action(client, user, wlan, "approve")
    return HandlungsfeldPage.objects.get(pk=wlan.pk).current_workflow_task.name == "Freigabe Redaktion"


def freigabe_redaktion(client, user, wlan, konzept) -> bool:
    submit(client, member("autor", SYSTEMBETREUER), wlan, NEU)
    workflow_action(client, member("pruefer", ARBEITSGRUPPE), wlan, "approve")
    workflow_action(client, user, wlan, "approve")
    return "Neuer Satz" in public_text(client, "/handlungsfelder/wlan/")


def veroeffentlichen(client, user, wlan, konzept) -> bool:
    client.force_login(user)
    client.post(edit_url(wlan), simple_handlungsfeld_form(wlan, NEU, "Satz ergänzt", **{"action-publish": "1"}))
    return "Neuer Satz" in public_text(client, "/handlungsfelder/wlan/")


def loeschen(client, user, wlan, konzept) -> bool:
    draft = content_page(konzept.start, "entwurf", live=False)
    client.force_login(user)
    client.post(reverse("wagtailadmin_pages:delete", args=[draft.pk]))
    return not Page.objects.filter(pk=draft.pk).exists()


def verschieben(client, user, wlan, konzept) -> bool:
    ziel = content_page(konzept.start, "ziel")
    seite = content_page(konzept.start, "seite")
    client.force_login(user)
    client.post(reverse("wagtailadmin_pages:move_confirm", args=[seite.pk, ziel.pk]))
    return Page.objects.get(pk=seite.pk).get_parent().pk == ziel.pk


ACTIONS = {
    f.__name__: f
    for f in (
        bearbeiten,
        einreichen,
        pruefung_arbeitsgruppe,
        freigabe_redaktion,
        veroeffentlichen,
        loeschen,
        verschieben,
    )
}


@pytest.mark.parametrize("role", [SYSTEMBETREUER, ARBEITSGRUPPE, REDAKTION])
@pytest.mark.parametrize("action", list(EXPECTED))
def test_role_may_do_exactly_what_the_matrix_says(client, konzept, role, action):
    wlan = make_simple(konzept.wlan)
    user = member(f"nutzer-{role.lower()}", role)
    assert ACTIONS[action](client, user, wlan, konzept) is EXPECTED[action][role]
