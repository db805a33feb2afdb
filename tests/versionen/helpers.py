"""Publishing versions of a Handlungsfeld for the history's tests."""

from wagtail.models import Revision

from handlungsfelder.models import Aenderungsnotiz, HandlungsfeldPage

BLOCK_ID = "00000000-0000-4000-8000-000000000000"


def veroeffentlichen(page, user, text: str, note: str, title: str | None = None) -> Revision:
    """A direct publication by the Redaktion with its change note, the one paragraph keeping its block id."""
    page = HandlungsfeldPage.objects.get(pk=page.pk)
    page.allgemeines = [{"type": "paragraph", "value": f"<p>{text}</p>", "id": BLOCK_ID}]
    if title:
        page.title = title
    revision = page.save_revision(user=user)
    Aenderungsnotiz.objects.create(revision=revision, text=note, autor=user)
    revision.publish(user=user)
    return revision
