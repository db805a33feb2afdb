"""Downloads of the overview's table (/umsetzung/) with its filters and order: CSV and Excel."""

from django.http import HttpResponse, HttpResponseBadRequest
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from ..konzept.queries import start_page_or_404
from ..umsetzung.auswahl import auswaehlen
from .exporte import als_csv, als_xlsx
from .lizenz import datenlizenz

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _auswahl_oder_fehler(request):
    """The filtered Maßnahmen, or the 400 answer that says which filter was wrong (the overview shows all instead;
    a download must not silently hold other rows than asked for)."""
    start_page = start_page_or_404(request)
    auswahl = auswaehlen(start_page, request.GET)
    if auswahl.form.is_valid():
        return start_page, auswahl, None
    name, meldungen = next(iter(auswahl.form.errors.items()))
    meldung = _("Ungültiger Filter „%(name)s“: %(meldung)s") % {"name": name, "meldung": meldungen[0]}
    return start_page, auswahl, HttpResponseBadRequest(meldung, content_type="text/plain; charset=utf-8")


def _download(inhalt: bytes, content_type: str, dateiname: str) -> HttpResponse:
    response = HttpResponse(inhalt, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{dateiname}"'
    return response


@require_safe
def massnahmen_csv(request):
    _start_page, auswahl, fehler = _auswahl_oder_fehler(request)
    if fehler:
        return fehler
    inhalt = als_csv(request, auswahl.gezeigt, datenlizenz())
    return _download(inhalt, "text/csv; charset=utf-8", "massnahmen.csv")


@require_safe
def massnahmen_xlsx(request):
    start_page, auswahl, fehler = _auswahl_oder_fehler(request)
    if fehler:
        return fehler
    quelle = request.build_absolute_uri(reverse("handlungsfelder:umsetzung"))
    if query := request.GET.urlencode():
        quelle = f"{quelle}?{query}"
    inhalt = als_xlsx(request, auswahl.gezeigt, datenlizenz(), quelle=quelle, titel=start_page.title)
    return _download(inhalt, XLSX, "massnahmen.xlsx")
