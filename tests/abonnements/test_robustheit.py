"""Generated input at the form and the links: never a server error, never a mail for a malformed address."""

from urllib.parse import quote, urlencode

from django.core import mail
from django.core.cache import cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=60)
ODD = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.mark.django_db
@ODD
@given(prefix=st.sampled_from(["", "/en"]), art=st.sampled_from(["bestaetigen", "abmelden"]), token=TEXT)
def test_generated_links_never_give_a_server_error(client, konzept, prefix, art, token):
    segment = quote(token, safe="") or "x"
    response = client.get(f"{prefix}/abonnieren/{art}/{segment}/")
    assert response.status_code < 500


@pytest.mark.django_db
@ODD
@given(email=TEXT, auswahl=TEXT, handlungsfeld=TEXT, schule=TEXT)
def test_generated_form_input_never_gives_a_server_error_nor_a_mail_to_a_bad_address(
    client, konzept, email, auswahl, handlungsfeld, schule
):
    cache.clear()
    assert (
        client.get("/abonnieren/?" + urlencode({"handlungsfeld": handlungsfeld, "schule": schule})).status_code == 200
    )
    response = client.post("/abonnieren/", {"email": email, "auswahl": auswahl})
    assert response.status_code in (200, 400, 429)
    if response.status_code == 400:
        assert mail.outbox == []
