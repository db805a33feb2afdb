"""The content of the two-process test, created in its own process on the database the servers use."""

from django.contrib.auth import get_user_model

from wagtail.models import Page

from handlungsfelder.models import HandlungsfeldPage

from ..factories import (
    HandlungsfeldIndexPageFactory,
    HandlungsfeldPageFactory,
    KonzeptStartPageFactory,
    make_site_root,
    publish,
)
from ..freigabe.helpers import make_simple

SUMMARY = "WLAN in allen Unterrichtsräumen."


def main(text: str, password: str) -> None:
    start = publish(KonzeptStartPageFactory(parent=Page.get_first_root_node()))
    make_site_root(start)
    index = publish(HandlungsfeldIndexPageFactory(parent=start))
    wlan = make_simple(HandlungsfeldPageFactory(parent=index, title="WLAN", slug="wlan", summary=SUMMARY), text)
    get_user_model().objects.create_superuser("redaktion", "redaktion@example.org", password)
    print(HandlungsfeldPage.objects.get(pk=wlan.pk).pk)
