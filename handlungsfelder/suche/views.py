"""Full-text search at /suche/ over the concept's published pages, with filters, excerpts and pagination."""

from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import gettext as _

from taggit.models import Tag
from wagtail.models import Page

from ..konzept.models import SitzungPage
from ..konzept.queries import public_handlungsfelder, public_pages, start_page_or_404
from ..stammdaten.models import Schule
from ..umsetzung.massnahmen import sammeln
from .forms import SuchFilterForm
from .text import MAX_QUERY_LENGTH, ausschnitt, bereinigen, treffer_muster

RESULTS_PER_PAGE = 10


def _handlungsfeld_ids(form, handlungsfelder, locale_id: int) -> set[int] | None:
    """The Handlungsfelder the chosen filters allow, or None when no filter is set."""
    allowed = None
    data = form.cleaned_data if form.is_valid() else {}
    if data.get("handlungsfeld"):
        allowed = {page.pk for page in handlungsfelder if page.slug == data["handlungsfeld"]}
    if data.get("schlagwort"):
        tagged = set(handlungsfelder.filter(tags__slug=data["schlagwort"]).values_list("pk", flat=True))
        allowed = tagged if allowed is None else allowed & tagged
    if data.get("schule"):
        schule = Schule.objects.filter(slug=data["schule"], locale_id=locale_id).first()
        betroffen = {m.handlungsfeld.pk for m in sammeln(handlungsfelder) if schule and m.betrifft(schule)}
        allowed = betroffen if allowed is None else allowed & betroffen
    return allowed


def _page_ids(allowed: set[int]) -> set[int]:
    """The allowed Handlungsfelder and the meetings that dealt with them."""
    through = SitzungPage.handlungsfelder.through.objects.filter(handlungsfeldpage_id__in=allowed)
    return allowed | set(through.values_list("sitzungpage_id", flat=True))


def search(request):
    start_page = start_page_or_404(request)
    handlungsfelder = public_handlungsfelder(start_page).only("id", "title", "slug", "path", "depth")
    raw = request.GET.get("q", "")
    suchbegriff = bereinigen(raw)
    form = SuchFilterForm(
        request.GET,
        handlungsfelder=handlungsfelder,
        schlagwoerter=Tag.objects.filter(handlungsfelder_handlungsfeldpagetag_items__content_object__in=handlungsfelder)
        .distinct()
        .order_by("name"),
        schulen=Schule.objects.filter(locale_id=start_page.locale_id).order_by("kurzname"),
    )
    hinweise = []
    if suchbegriff.gekuerzt:
        hinweise.append(
            _("Die Suche wurde auf %(n)s Zeichen beziehungsweise zehn Wörter gekürzt.") % {"n": MAX_QUERY_LENGTH}
        )
    if raw.strip() and not suchbegriff.text:
        hinweise.append(_("Bitte geben Sie einen Suchbegriff aus Buchstaben oder Ziffern ein."))
    if form.is_bound and not form.is_valid():
        hinweise.append(_("Ein Filter enthielt einen unbekannten Wert und wurde nicht angewendet."))

    page_obj, ergebnisse = None, []
    if suchbegriff.text:
        pages = public_pages(start_page).filter(locale_id=start_page.locale_id)
        allowed = _handlungsfeld_ids(form, handlungsfelder, start_page.locale_id)
        if allowed is not None:
            pages = pages.filter(id__in=_page_ids(allowed))
        page_obj = Paginator(pages.search(suchbegriff.text, operator="and"), RESULTS_PER_PAGE).get_page(
            request.GET.get("seite")
        )
        ids = [result.pk for result in page_obj.object_list]
        specific = Page.objects.filter(id__in=ids).specific().in_bulk()
        muster = treffer_muster(suchbegriff.text)
        ergebnisse = [
            {"page": specific[pk], "ausschnitt": ausschnitt(specific[pk], muster)} for pk in ids if pk in specific
        ]
    return render(
        request,
        "handlungsfelder/suche/suche.html",
        {
            "form": form,
            "q": suchbegriff.text,
            "hinweise": hinweise,
            "page_obj": page_obj,
            "ergebnisse": ergebnisse,
        },
    )
