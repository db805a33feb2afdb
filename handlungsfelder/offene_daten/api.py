"""The read-only JSON API of the published concept at /api/v2/: pages with their parts as blocks, Maßnahmen,
schools, concept versions and the publication history, each answer with the data licence.

Own views rather than Wagtail's `PagesAPIViewSet`: that one reads view restrictions separately, serialises each
page's StreamFields with queries per page and hands out raw block data (snippet ids, link targets the public may
not see). These read only what `konzept.queries` gives the public, in a fixed number of queries per answer.
"""

import re
from functools import wraps

from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from django.http import Http404, JsonResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from wagtail.models import Page

from ..bereiche.zugriff import schulen_des_konzepts
from ..konzept.models import BeschlussPage, HandlungsfeldPage, KonzeptStartPage, SitzungPage
from ..konzept.queries import public_handlungsfelder, public_pages, start_page_for
from ..konzept.sichtbarkeit import oeffentlich
from ..umsetzung.auswahl import auswaehlen
from ..versionen.models import Veroeffentlichung
from . import serializers
from .lizenz import datenlizenz
from .versionen import VersionUnbekannt, massnahmen_der_version, versionen

# A page id as the database holds it (Wagtail's pages have 32-bit ids).
SEITEN_ID = re.compile(r"[0-9]{1,10}")
SEITEN_ID_MAX = 2**31 - 1
MASSNAHMEN_FILTER = ("handlungsfeld", "status", "zeitraum", "schule", "verantwortlich", "sortierung", "version")


class UngueltigeAnfrage(Exception):
    """A filter or id the API cannot use: answered 400 with the message."""


def _json(daten: dict, status: int = 200) -> JsonResponse:
    return JsonResponse(
        daten,
        status=status,
        encoder=DjangoJSONEncoder,
        json_dumps_params={"ensure_ascii": False},
        content_type="application/json; charset=utf-8",
    )


def api_view(erlaubt: tuple[str, ...] = ()):
    """A GET view of the API: unknown parameters, bad values and missing objects are JSON errors with a German
    message (400, 404), never an HTML page or a 500; every answer names the licence."""

    def decorator(view):
        @require_safe
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            unbekannt = sorted(set(request.GET) - set(erlaubt))
            try:
                if unbekannt:
                    raise UngueltigeAnfrage(
                        _("Unbekannter Parameter „%(name)s“. Erlaubt: %(erlaubt)s.")
                        % {"name": unbekannt[0], "erlaubt": ", ".join(erlaubt) or _("keine")}
                    )
                start_page = start_page_for(request)
                if start_page is None:
                    raise Http404(_("Kein veröffentlichtes IT-Konzept."))
                daten = view(request, start_page, *args, **kwargs)
            except UngueltigeAnfrage as fehler:
                return _json({"fehler": str(fehler), **getattr(fehler, "details", {})}, status=400)
            except Http404 as fehler:
                return _json({"fehler": str(fehler) or _("Nicht gefunden.")}, status=404)
            return _json({"lizenz": datenlizenz(), **daten})

        return wrapper

    return decorator


def _url(request, name: str, *args) -> str:
    return request.build_absolute_uri(reverse(f"handlungsfelder:{name}", args=args))


@api_view()
def index(request, start_page) -> dict:
    return {
        "konzept": {
            "titel": start_page.title,
            "version": start_page.version,
            "in_kraft_seit": start_page.in_kraft_seit,
        },
        "endpunkte": {
            "seiten": _url(request, "api_seiten"),
            "massnahmen": _url(request, "api_massnahmen"),
            "schulen": _url(request, "api_schulen"),
            "versionen": _url(request, "api_versionen"),
            "veroeffentlichungen": _url(request, "api_veroeffentlichungen"),
            "massnahmen_csv": _url(request, "massnahmen_csv"),
            "massnahmen_xlsx": _url(request, "massnahmen_xlsx"),
        },
        "status": serializers.status_werte(),
    }


@api_view(erlaubt=("typ",))
def seiten(request, start_page) -> dict:
    """Every public page of the concept in tree order; `typ` (e.g. handlungsfelder.HandlungsfeldPage) narrows."""
    pages = public_pages(start_page).select_related("locale", "content_type").order_by("path")
    if typ := request.GET.get("typ"):
        typen = {f"{ct.app_label}.{ct.model}".lower(): ct for ct in {page.content_type for page in pages}}
        if typ.lower() not in typen:
            raise UngueltigeAnfrage(
                _("Unbekannter Seitentyp „%(typ)s“. Vorhanden: %(typen)s.")
                % {"typ": typ, "typen": ", ".join(sorted(_typname(ct) for ct in typen.values()))}
            )
        pages = pages.filter(content_type=typen[typ.lower()])
    eintraege = [serializers.seite_kurz(request, page) for page in pages]
    return {"anzahl": len(eintraege), "seiten": eintraege}


def _typname(content_type) -> str:
    model = content_type.model_class()
    return model._meta.label if model else f"{content_type.app_label}.{content_type.model}"


def _oeffentliche_seite(start_page, roh_id: str) -> Page:
    """The public page with this id in any language version of the concept (a Handlungsfeld not yet translated
    is read as its original), else 404."""
    if not SEITEN_ID.fullmatch(roh_id) or int(roh_id) > SEITEN_ID_MAX:
        raise UngueltigeAnfrage(_("Die Seiten-ID „%(id)s“ ist keine Zahl.") % {"id": roh_id[:40]})
    darunter = KonzeptStartPage.objects.live().filter(
        translation_key=start_page.translation_key, path=Substr(OuterRef("path"), 1, Length("path"))
    )
    page = oeffentlich(Page.objects.live().filter(Exists(darunter), pk=int(roh_id))).select_related("locale").first()
    if page is None:
        raise Http404(_("Keine öffentliche Seite mit der ID %(id)s.") % {"id": roh_id})
    return page.specific


@api_view()
def seite(request, start_page, id: str) -> dict:
    """One public page; a Handlungsfeld with its four parts as structured blocks."""
    page = _oeffentliche_seite(start_page, id)
    daten = serializers.seite_kurz(request, page)
    if isinstance(page, HandlungsfeldPage):
        daten |= {
            "kurzbeschreibung": page.summary,
            "kuerzel": page.kuerzel,
            "schlagwoerter": [tag.name for tag in page.tags.all()],
            "teile": serializers.Bloecke(request, page).teile(),
            "versionen_url": serializers.absolut(request, page.subpage_url("versionen", request=request)),
            "massnahmen_api_url": _url(request, "api_massnahmen") + f"?handlungsfeld={page.slug}",
        }
    elif isinstance(page, KonzeptStartPage):
        daten |= {"version": page.version, "in_kraft_seit": page.in_kraft_seit}
    elif isinstance(page, BeschlussPage):
        daten |= {
            "datum": page.datum,
            "gremium": str(page.get_gremium_display()),
            "gegenstand": page.gegenstand,
            "abstimmungsergebnis": page.abstimmungsergebnis,
            "konzeptversion": page.konzeptversion,
            "in_kraft_ab": page.in_kraft_ab,
        }
    elif isinstance(page, SitzungPage):
        daten |= {"datum": page.datum, "ort": page.ort}
    return daten


def _filter_fehler(form) -> UngueltigeAnfrage:
    felder = {name: [str(meldung) for meldung in meldungen] for name, meldungen in form.errors.items()}
    name, (meldung, *_rest) = next(iter(felder.items()))
    fehler = UngueltigeAnfrage(_("Ungültiger Filter „%(name)s“: %(meldung)s") % {"name": name, "meldung": meldung})
    fehler.details = {"felder": felder}
    return fehler


@api_view(erlaubt=MASSNAHMEN_FILTER)
def massnahmen(request, start_page) -> dict:
    """The Maßnahmen with the overview's filters; `version` gives them as they stood in a concept version."""
    version = None
    if nummer := request.GET.get("version"):
        try:
            version, handlungsfelder, alle = massnahmen_der_version(start_page, nummer)
        except VersionUnbekannt as fehler:
            raise UngueltigeAnfrage(str(fehler)) from None
        auswahl = auswaehlen(start_page, request.GET, handlungsfelder, alle)
    else:
        auswahl = auswaehlen(start_page, request.GET)
    if not auswahl.form.is_valid():
        raise _filter_fehler(auswahl.form)
    filter_werte = {name: wert for name, wert in auswahl.form.cleaned_data.items() if wert}
    return {
        "anzahl": len(auswahl.gezeigt),
        "filter": {**filter_werte, **({"version": version.nummer} if version else {})},
        "massnahmen": [serializers.massnahme(request, m) for m in auswahl.gezeigt],
    }


@api_view()
def schulen(request, start_page) -> dict:
    alle = schulen_des_konzepts(start_page).select_related("region")
    eintraege = [serializers.schule(request, objekt) for objekt in alle]
    return {"anzahl": len(eintraege), "schulen": eintraege}


@api_view()
def konzeptversionen(request, start_page) -> dict:
    heute = timezone.localdate()
    eintraege = [
        {
            "nummer": version.nummer,
            "beschlossen_am": version.beschlossen_am,
            "gremium": version.gremium,
            "beschluss_referenz": version.beschluss_referenz,
            "in_kraft_ab": version.in_kraft_ab,
            "in_kraft": version.in_kraft_ab <= heute,
            "festgehalten_am": version.veroeffentlicht_am,
            "beschluss": serializers.seite_kurz(request, beschluss) if beschluss else None,
            "handlungsfelder": [{"id": page.pk, "titel": page.title} for page in seiten_der_version],
            "url": _url(request, "konzeptversion", version.nummer),
            "massnahmen_api_url": _url(request, "api_massnahmen") + f"?version={version.nummer}",
        }
        for version, beschluss, seiten_der_version in versionen(start_page)
    ]
    return {"anzahl": len(eintraege), "versionen": eintraege}


@api_view(erlaubt=("handlungsfeld",))
def veroeffentlichungen(request, start_page) -> dict:
    """Every publication of a public Handlungsfeld that changed what readers see, newest first."""
    handlungsfelder = {
        page.pk: page
        for page in public_handlungsfelder(start_page)
        .defer("allgemeines", "umsetzungsplan", "betriebsmodell")
        .defer("zustaendigkeiten")
    }
    if slug := request.GET.get("handlungsfeld"):
        handlungsfelder = {pk: page for pk, page in handlungsfelder.items() if page.slug == slug}
        if not handlungsfelder:
            raise UngueltigeAnfrage(_("Kein öffentliches Handlungsfeld „%(slug)s“.") % {"slug": slug[:80]})
    eintraege = [
        {
            "handlungsfeld": serializers.handlungsfeld_kurz(request, handlungsfelder[record.page_id]),
            "veroeffentlicht_am": record.veroeffentlicht_am,
            "veroeffentlicht_von": record.veroeffentlicht_von,
            "aenderungsgrund": record.aenderungsgrund,
            "freigaben": record.freigaben,
            "fassung_url": serializers.absolut(
                request, handlungsfelder[record.page_id].subpage_url("fassung", record.revision_id, request=request)
            ),
        }
        for record in Veroeffentlichung.objects.filter(page_id__in=handlungsfelder, inhaltlich_geaendert=True)
    ]
    return {"anzahl": len(eintraege), "veroeffentlichungen": eintraege}
