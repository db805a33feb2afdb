"""Public views: the form, the confirmation link and the unsubscribe link (one click, also RFC 8058's POST).

None of them is cached (the form carries a CSRF token, the links act once), and the answers to the form are the
same whether or not an address is already subscribed.
"""

from django.db import IntegrityError, transaction
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from wagtail.models import Locale

from ..bereiche.zugriff import schulen_des_konzepts
from ..konzept.queries import public_handlungsfelder, start_page_or_404
from .begrenzung import erlaubt
from .forms import AbonnementForm
from .mails import abmelden_pfad
from .models import Abonnement
from .tasks import bestaetigung_anfordern
from .tokens import UngueltigerLink, abmelden_lesen, bestaetigen_lesen, passt
from .zusammenfassung import abgelaufene_loeschen, letzte_veroeffentlichung

VORLAGE = "handlungsfelder/abonnements/abonnieren.html"
ERGEBNIS = "handlungsfelder/abonnements/ergebnis.html"


def _handlungsfelder(start_page) -> list:
    """The Handlungsfelder a reader may choose: those of this language, then the originals not translated into it
    (the site shows them in German, and their digest comes from the German publications)."""
    felder = list(public_handlungsfelder(start_page).only("id", "title", "slug", "translation_key", "locale_id"))
    original = start_page.get_translation_or_none(Locale.get_default())
    if original is None or original.pk == start_page.pk or not original.live:
        return felder
    uebersetzt = {page.translation_key for page in felder}
    return felder + [
        page
        for page in public_handlungsfelder(original).only("id", "title", "slug", "translation_key", "locale_id")
        if page.translation_key not in uebersetzt
    ]


def _anmelden(email: str, gegenstand: dict) -> Abonnement | None:
    """The subscription for this address and subject, new or existing (None if entered at the same moment)."""
    try:
        with transaction.atomic():
            abonnement, _ = Abonnement.objects.get_or_create(
                email=email, **gegenstand, defaults={"sprache": get_language()}
            )
    except IntegrityError:  # the same address at the same moment
        return None
    if not abonnement.bestaetigt and abonnement.sprache != get_language():
        abonnement.sprache = get_language()
        abonnement.save(update_fields=["sprache"])
    return abonnement


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def abonnieren(request):
    start_page = start_page_or_404(request)
    handlungsfelder = _handlungsfelder(start_page)
    schulen = list(schulen_des_konzepts(start_page).only("id", "name", "slug").order_by("name"))
    auswahl = {"handlungsfelder": handlungsfelder, "schulen": schulen}
    if request.method != "POST":
        vorauswahl = AbonnementForm.vorauswahl(**auswahl, daten=request.GET)
        form = AbonnementForm(initial={"auswahl": vorauswahl}, locale_id=start_page.locale_id, **auswahl)
        return render(request, VORLAGE, {"form": form})
    form = AbonnementForm(request.POST, locale_id=start_page.locale_id, **auswahl)
    if not form.is_valid():
        form.fehler_verknuepfen()
        return render(request, VORLAGE, {"form": form}, status=400)
    email = form.cleaned_data["email"]
    if not erlaubt(email):
        return render(request, ERGEBNIS, {"ergebnis": "zu_viele"}, status=429)
    abgelaufene_loeschen()
    original = start_page.get_translation_or_none(Locale.get_default()) or start_page
    abonnement = _anmelden(email, {**form.gegenstand(), "konzept": original})
    if abonnement is not None:
        # Queued for a confirmed one too (the task sends nothing then): the same work for every address.
        bestaetigung_anfordern(abonnement, request.build_absolute_uri("/"))
    return render(request, ERGEBNIS, {"ergebnis": "gesendet", "email": email})


# Without HEAD: a link checker's HEAD request must not confirm or unsubscribe.
@never_cache
@require_http_methods(["GET"])
def bestaetigen(request, token: str):
    try:
        ids, fingerabdruck = bestaetigen_lesen(token)
    except UngueltigerLink:
        return render(request, ERGEBNIS, {"ergebnis": "ungueltig"}, status=400)
    abonnements = [a for a in Abonnement.objects.filter(pk__in=ids) if passt(a, fingerabdruck)]
    if not abonnements:
        return render(request, ERGEBNIS, {"ergebnis": "ungueltig"}, status=400)
    offen = [a.pk for a in abonnements if not a.bestaetigt]
    # Only what is published from now on: the first digest never repeats the history.
    Abonnement.objects.filter(pk__in=offen).update(
        bestaetigt_am=timezone.now(), gemeldet_bis=letzte_veroeffentlichung()
    )
    return render(
        request,
        ERGEBNIS,
        {"ergebnis": "bestaetigt", "abonnements": abonnements, "abmelden_url": abmelden_pfad(abonnements)},
    )


@csrf_exempt  # the signed token is the proof; mail programs post here without a form (RFC 8058)
@never_cache
@require_http_methods(["GET", "POST"])
def abmelden(request, token: str):
    try:
        ids, fingerabdruck = abmelden_lesen(token)
    except UngueltigerLink:
        return render(request, ERGEBNIS, {"ergebnis": "ungueltig"}, status=400)
    treffer = [a.pk for a in Abonnement.objects.filter(pk__in=ids) if passt(a, fingerabdruck)]
    Abonnement.objects.filter(pk__in=treffer).delete()
    return render(request, ERGEBNIS, {"ergebnis": "abgemeldet"})
