"""What a Systembetreuer may not reach in the admin, through the real views: every admin-only view is closed to
him (each proven open to an administrator), and uploads that could carry script are refused for everyone."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.models import Site, Workflow

import pytest
import wagtail_factories

from handlungsfelder.freigabe.rollen import REDAKTION, SYSTEMBETREUER
from handlungsfelder.models import Dienstleister, Konzeptversion, Region

from ..factories import SitzungIndexPageFactory, SitzungPageFactory, document, publish
from .helpers import member

SNIPPETS = ("schule", "akteur", "dienstleister", "region", "kontakt")


def admin_only_urls(konzept) -> list[str]:
    """Admin views for the Redaktion or administrators only, with the objects they need."""
    sitzung = publish(SitzungPageFactory(parent=publish(SitzungIndexPageFactory(parent=konzept.start))))
    dokument = document()
    bild = wagtail_factories.ImageFactory()
    gruppe = Group.objects.get(name=REDAKTION)
    nutzer = get_user_model().objects.create_user("jemand", "jemand@lra.example", "pw")
    version = Konzeptversion.objects.create(
        konzept=konzept.start, nummer="3.0", beschlossen_am="2026-01-01", in_kraft_ab="2026-02-01"
    )
    objekte = {
        "schule": konzept.schulen[0].pk,
        "akteur": konzept.landkreis_it.pk,
        "dienstleister": Dienstleister.objects.create(name="Systemhaus", region=Region.objects.first()).pk,
        "region": Region.objects.first().pk,
        "kontakt": konzept.start.kontakt.pk,
    }
    urls = [
        reverse(f"wagtailsnippets_handlungsfelder_{model}:{view}", args=[objekte[model]] if view != "add" else [])
        for model in SNIPPETS
        for view in ("add", "edit", "delete")
    ]
    urls += [
        reverse("wagtailsnippets_handlungsfelder_konzeptversion:list"),
        reverse("wagtailsnippets_handlungsfelder_konzeptversion:add"),
        reverse("wagtailsnippets_handlungsfelder_konzeptversion:edit", args=[version.pk]),
        reverse("wagtailusers_users:index"),
        reverse("wagtailusers_users:add"),
        reverse("wagtailusers_users:edit", args=[nutzer.pk]),
        reverse("wagtailusers_users:delete", args=[nutzer.pk]),
        reverse("wagtailusers_groups:index"),
        reverse("wagtailusers_groups:add"),
        reverse("wagtailusers_groups:edit", args=[gruppe.pk]),
        reverse("wagtailsites:index"),
        reverse("wagtailsites:add"),
        reverse("wagtailsites:edit", args=[Site.objects.get().pk]),
        reverse("wagtailadmin_workflows:index"),
        reverse("wagtailadmin_workflows:add"),
        reverse("wagtailadmin_workflows:edit", args=[Workflow.objects.get(name="Freigabe IT-Konzept").pk]),
        reverse("wagtailadmin_workflows:task_index"),
        reverse("wagtailredirects:index"),
        reverse("wagtailredirects:add"),
        reverse("wagtaillocales:index"),
        reverse("wagtaillocales:add"),
        reverse("wagtailsettings:edit", args=["pages", "rechtlicheseiten", Site.objects.get().pk]),
        reverse("wagtaildocs:edit", args=[dokument.pk]),
        reverse("wagtaildocs:delete", args=[dokument.pk]),
        reverse("wagtailimages:edit", args=[bild.pk]),
        reverse("wagtailimages:delete", args=[bild.pk]),
        reverse("wagtailadmin_pages:delete", args=[konzept.wlan.pk]),
        reverse("wagtailadmin_pages:move", args=[konzept.wlan.pk]),
        reverse("wagtailadmin_pages:unpublish", args=[konzept.wlan.pk]),
        reverse("handlungsfelder_sitzung_vorbereiten", args=[sitzung.pk]),
        reverse("handlungsfelder_tagesordnung_drucken", args=[sitzung.pk]),
        reverse("wagtail_localize:submit_page_translation", args=[konzept.wlan.pk]),
    ]
    return urls


@pytest.mark.django_db
def test_every_admin_only_view_is_closed_to_a_systembetreuer_and_open_to_an_administrator(client, konzept):
    urls = admin_only_urls(konzept)
    assert len(urls) >= 38
    client.force_login(get_user_model().objects.create_superuser("admin", "admin@lra.example", "pw"))
    assert [url for url in urls if client.get(url).status_code != 200] == []

    client.force_login(member("systembetreuer", SYSTEMBETREUER))
    assert [url for url in urls if client.get(url).status_code == 200] == []
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("view", "field", "name", "inhalt"),
    [
        ("wagtaildocs:add", "file", "seite.html", b"<html><script>alert(1)</script></html>"),
        (
            "wagtaildocs:add",
            "file",
            "grafik.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        ),
        (
            "wagtailimages:add",
            "file",
            "grafik.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        ),
    ],
)
def test_uploads_that_could_carry_script_are_refused(client, view, field, name, inhalt):
    client.force_login(member("redakteurin", REDAKTION))
    response = client.post(
        reverse(view), {"title": "Anlage", field: SimpleUploadedFile(name, inhalt), "collection": 1, "tags": ""}
    )
    assert response.status_code == 200
    assert "errorlist" in response.content.decode() or "error-message" in response.content.decode()
    from wagtail.documents.models import Document
    from wagtail.images.models import Image

    assert not Document.objects.filter(title="Anlage").exists() and not Image.objects.filter(title="Anlage").exists()


@pytest.mark.django_db
def test_script_typed_into_a_paragraph_is_shown_as_text(client, konzept):
    import json

    from .helpers import edit_url, make_simple, simple_handlungsfeld_form

    wlan = make_simple(konzept.wlan)
    client.force_login(member("redakteurin", REDAKTION))
    data = simple_handlungsfeld_form(wlan, "x", "Test", **{"action-publish": "1"})
    contentstate = {
        "blocks": [
            {
                "key": "a1b2c",
                "type": "unstyled",
                "text": "<script>alert(1)</script> Text",
                "depth": 0,
                "inlineStyleRanges": [],
                "entityRanges": [],
            }
        ],
        "entityMap": {},
    }
    data["allgemeines-0-value"] = json.dumps(contentstate)
    client.post(edit_url(wlan), data)
    client.logout()
    body = client.get("/handlungsfelder/wlan/").content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Text" in body and "<script>alert" not in body
