"""The Redaktion's view of the subscriptions: how many addresses follow what, never the addresses themselves."""

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy

from ..freigabe.rollen import REDAKTION
from .models import Abonnement, Umfang


def darf_sehen(user) -> bool:
    return user.is_superuser or user.groups.filter(name=REDAKTION).exists()


def anzahlen() -> list[dict]:
    """Confirmed and waiting subscriptions per subject (the whole concept first), in one query."""
    zeilen = (
        Abonnement.objects.values("umfang", "handlungsfeld__title", "schule__name")
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
    zeilen = anzahlen()
    return TemplateResponse(
        request,
        "handlungsfelder/abonnements/admin_uebersicht.html",
        {
            "zeilen": zeilen,
            "adressen": Abonnement.objects.filter(bestaetigt_am__isnull=False).values("email").distinct().count(),
            "page_title": gettext_lazy("Abonnements"),
            "header_icon": "mail",
        },
    )
