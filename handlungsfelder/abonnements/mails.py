"""The two kinds of mail: the confirmation of a new subscription and the digest of what was published.

Plain text through Django's mail framework (the host's EMAIL_BACKEND and DEFAULT_FROM_EMAIL), in the subscriber's
language, each with a one-click unsubscribe link in the text and in the List-Unsubscribe header (RFC 8058).
"""

from urllib.parse import urljoin

from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from .tokens import abmelden_token, bestaetigen_token

# Subject and body of each kind of mail.
VORLAGEN = {
    "bestaetigung": (
        "handlungsfelder/abonnements/bestaetigung_betreff.txt",
        "handlungsfelder/abonnements/bestaetigung.txt",
    ),
    "zusammenfassung": (
        "handlungsfelder/abonnements/zusammenfassung_betreff.txt",
        "handlungsfelder/abonnements/zusammenfassung.txt",
    ),
}


def abmelden_pfad(abonnements) -> str:
    return reverse("handlungsfelder:abonnement_abmelden", args=[abmelden_token(abonnements)])


def _senden(vorlage: str, abonnements, basis: str, kontext: dict) -> None:
    abmelden_url = urljoin(basis, abmelden_pfad(abonnements))
    kontext = {**kontext, "abonnements": abonnements, "abmelden_url": abmelden_url}
    betreff = " ".join(render_to_string(VORLAGEN[vorlage][0], kontext).split())
    text = render_to_string(VORLAGEN[vorlage][1], kontext)
    EmailMessage(
        betreff,
        text,
        to=[abonnements[0].email],
        headers={"List-Unsubscribe": f"<{abmelden_url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
    ).send()


def bestaetigung_senden(abonnement, basis: str) -> None:
    """The double opt-in mail: nothing else is sent to the address before its link is followed."""
    with translation.override(abonnement.sprache):
        pfad = reverse("handlungsfelder:abonnement_bestaetigen", args=[bestaetigen_token(abonnement)])
        _senden("bestaetigung", [abonnement], basis, {"bestaetigen_url": urljoin(basis, pfad)})


def zusammenfassung_senden(abonnements, eintraege, basis: str) -> None:
    """One digest for one address and language: every page published since its last mail, with the diffs."""
    with translation.override(abonnements[0].sprache):
        _senden("zusammenfassung", abonnements, basis, {"eintraege": eintraege})
