"""The Redaktion's view of the subscriptions: how many addresses follow what, never the addresses themselves."""

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy

from ..bereiche.zugriff import mit_eigenen_rollen, mit_recht
from ..konzept.models import KonzeptStartPage
from .models import Abonnement, Umfang


def _konzepte(user):
    """The concepts whose Redaktion `user` is: the subscriptions it may count."""
    return mit_eigenen_rollen(mit_recht(user, "publish", KonzeptStartPage.objects.all()))


def darf_sehen(user) -> bool:
    return user.is_superuser or _konzepte(user).exists()


def _abonnements_der(konzepte) -> Q:
    """Subscriptions of these concepts; those from before several concepts count for the county's."""
    konzepte = list(konzepte)
    bedingung = Q(konzept__translation_key__in=[start.translation_key for start in konzepte])
    if any(not start.hat_eigene_rollen for start in konzepte):
        bedingung |= Q(konzept__isnull=True)
    return bedingung


def anzahlen(user) -> list[dict]:
    """Confirmed and waiting subscriptions per subject (the whole concept first) in the user's concepts, in one
    query."""
    zeilen = (
        Abonnement.objects.filter(_abonnements_der(_konzepte(user)))
        .values("umfang", "handlungsfeld__title", "schule__name")
        .annotate(
            bestaetigt=Count("pk", filter=Q(bestaetigt_am__isnull=False)),
            offen=Count("pk", filter=Q(bestaetigt_am__isnull=True)),
        )
        .order_by("umfang", "handlungsfeld__title", "schule__name")
    )
    rang = {Umfang.KONZEPT: 0, Umfang.HANDLUNGSFELD: 1, Umfang.SCHULE: 2}
    return sorted(
        (
            {
                "umfang": Umfang(zeile["umfang"]).label,
                "gegenstand": zeile["handlungsfeld__title"] or zeile["schule__name"] or "",
                "bestaetigt": zeile["bestaetigt"],
                "offen": zeile["offen"],
                "rang": rang[zeile["umfang"]],
            }
            for zeile in zeilen
        ),
        key=lambda zeile: zeile["rang"],
    )


def uebersicht(request):
    if not darf_sehen(request.user):
        raise PermissionDenied
    sichtbar = Abonnement.objects.filter(_abonnements_der(_konzepte(request.user)))
    return TemplateResponse(
        request,
        "handlungsfelder/abonnements/admin_uebersicht.html",
        {
            "zeilen": anzahlen(request.user),
            "adressen": sichtbar.filter(bestaetigt_am__isnull=False).values("email").distinct().count(),
            "page_title": gettext_lazy("Abonnements"),
            "header_icon": "mail",
        },
    )
