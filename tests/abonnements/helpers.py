"""Small helpers of the subscription tests: subscribing through the form, the links in a mail, publishing."""

import re

from django.core import mail
from django.test import TestCase

from handlungsfelder.models import Aenderungsnotiz, HandlungsfeldPage

from ..pdf.worker import pdf_worker

LINK = re.compile(r"https?://\S+")


def subscribe(client, email: str, auswahl: str = "konzept", prefix: str = ""):
    """Post the form as a reader does, then let the worker send what it queued (the confirmation mail)."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(f"{prefix}/abonnieren/", {"email": email, "auswahl": auswahl})
    pdf_worker()
    return response


def links(message) -> list[str]:
    return LINK.findall(message.body)


def path_of(url: str) -> str:
    return re.sub(r"^https?://[^/]+", "", url)


def link_containing(message, part: str) -> str:
    (url,) = [url for url in links(message) if part in url]
    return path_of(url)


def publish_paragraph(page, text: str, note: str = "Turnhallen ergänzt", user=None) -> HandlungsfeldPage:
    """Publish a changed paragraph directly (as the Redaktion may), with a change note."""
    page = HandlungsfeldPage.objects.get(pk=page.pk)
    page.allgemeines = [{"type": "paragraph", "value": f"<p>{text}</p>", "id": "0b7e1c1e-0000-4000-8000-00000000a001"}]
    revision = page.save_revision(user=user)
    Aenderungsnotiz.objects.create(revision=revision, text=note, autor=user)
    revision.publish(user=user)
    return HandlungsfeldPage.objects.get(pk=page.pk)


def digests(clear: bool = True) -> list:
    """Run the background worker, return the mails it sent."""
    mail.outbox.clear()
    pdf_worker()
    sent = list(mail.outbox)
    if clear:
        mail.outbox.clear()
    return sent
