"""Who works in which concept, and which reference data belongs to a concept.

A user works in the concepts whose pages their groups have rights on (Wagtail's page permissions, as the roles
set them on each start page). Reference data without a concept belongs to the concept of the installation-wide
roles (the county's); a concept with its own roles owns the reference data that names it.
"""

from dataclasses import dataclass

from django.core.exceptions import FieldDoesNotExist
from django.db.models import Exists, OuterRef, Q

from wagtail.models import GroupPagePermission
from wagtail.permissions import page_permission_policy

from ..konzept.models import KonzeptStartPage
from ..stammdaten.models import Schule
from .models import Konzeptrollen


@dataclass(frozen=True)
class Zugriff:
    alle: bool
    landkreis: bool
    eigene: frozenset


def zugriff(user) -> Zugriff:
    """The concepts `user` works in, worked out once per request (kept on the user object)."""
    vorhanden = getattr(user, "_konzept_zugriff", None)
    if vorhanden is not None:
        return vorhanden
    if user.is_superuser:
        ergebnis = Zugriff(alle=True, landkreis=True, eigene=frozenset())
    else:
        pfade = set(GroupPagePermission.objects.filter(group__user=user).values_list("page__path", flat=True))
        if not pfade:  # rights on no page at all: installation-wide staff, as before there were several concepts
            ergebnis = Zugriff(alle=False, landkreis=True, eigene=frozenset())
        else:
            landkreis, eigene = False, set()
            for pfad, schluessel, hat_eigene in KonzeptStartPage.objects.annotate(
                hat_eigene=_hat_eigene_rollen()
            ).values_list("path", "translation_key", "hat_eigene"):
                if any(pfad.startswith(p) or p.startswith(pfad) for p in pfade):
                    if hat_eigene:
                        eigene.add(schluessel)
                    else:
                        landkreis = True
            ergebnis = Zugriff(alle=False, landkreis=landkreis, eigene=frozenset(eigene))
    user._konzept_zugriff = ergebnis
    return ergebnis


def _hat_eigene_rollen():
    return Exists(Konzeptrollen.objects.filter(start_page__translation_key=OuterRef("translation_key")))


def mit_eigenen_rollen(start_pages):
    """Annotate `hat_eigene_rollen` on a queryset of start pages (one query, however many)."""
    return start_pages.annotate(hat_eigene_rollen=_hat_eigene_rollen())


def _bedingung(z: Zugriff) -> Q | None:
    if z.alle:
        return None
    bedingung = Q(konzept__translation_key__in=z.eigene)
    if z.landkreis:
        eigene_rollen = Konzeptrollen.objects.values("start_page__translation_key")
        bedingung |= Q(konzept__isnull=True) | ~Q(konzept__translation_key__in=eigene_rollen)
    return bedingung


def stammdaten_fuer(user, queryset):
    """The objects bound to a concept (reference data, concept versions) of the concepts `user` works in."""
    bedingung = _bedingung(zugriff(user))
    return queryset if bedingung is None else queryset.filter(bedingung)


def darf_stammdaten(user, objekt) -> bool:
    z = zugriff(user)
    if z.alle:
        return True
    if objekt.konzept_id is None:
        return z.landkreis
    schluessel = objekt.konzept.translation_key
    if schluessel in z.eigene:
        return True
    return z.landkreis and not Konzeptrollen.objects.filter(start_page__translation_key=schluessel).exists()


def konzeptgebunden(model) -> bool:
    """A model of the plugin with a `konzept` field pointing at a concept start page."""
    try:
        feld = model._meta.get_field("konzept")
    except FieldDoesNotExist:
        return False
    return feld.is_relation and feld.related_model is KonzeptStartPage


def eigenes_konzept(user) -> KonzeptStartPage | None:
    """The one concept with own roles `user` works in, where it is their only one: new reference data they
    create belongs to it."""
    z = zugriff(user)
    if z.alle or z.landkreis or len(z.eigene) != 1:
        return None
    return (
        KonzeptStartPage.objects.filter(translation_key__in=z.eigene, eigene_rollen__isnull=False)
        .order_by("path")
        .first()
    )


def stammdaten_des_konzepts(queryset, start_page):
    """The reference data a concept's public pages show: its own, or those without a concept for the county's.
    `start_page` from `konzept.queries.start_page_for` carries `hat_eigene_rollen`; otherwise it is looked up."""
    eigene = getattr(start_page, "hat_eigene_rollen", None)
    if eigene is None:
        eigene = Konzeptrollen.objects.filter(start_page__translation_key=start_page.translation_key).exists()
    if eigene:
        return queryset.filter(konzept__translation_key=start_page.translation_key)
    return queryset.filter(konzept__isnull=True)


def schulen_des_konzepts(start_page):
    """The concept's schools in the start page's language."""
    return stammdaten_des_konzepts(Schule.objects.filter(locale_id=start_page.locale_id), start_page)


def mit_recht(user, aktion: str, start_pages):
    """The start pages among `start_pages` on which `user` may `aktion` ("publish": the concept's Redaktion)."""
    return start_pages.filter(
        pk__in=page_permission_policy.instances_user_has_permission_for(user, aktion).values("pk")
    )
