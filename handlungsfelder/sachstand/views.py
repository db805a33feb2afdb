"""The admin view "Sachstandsbericht": the Redaktion picks the dates and gets a PDF, an Excel file or a preview.

The report is built for the request: it reads one revision per Handlungsfeld and date, a few pages of PDF.
"""

from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy

from ..bereiche.zugriff import mit_recht
from ..versionen.models import Konzeptversion
from .bericht import bericht_erstellen
from .excel import excel
from .forms import SachstandForm
from .rendering import kontext, render_pdf
from .stand import erste_veroeffentlichung, konzepte

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def berichtbare_konzepte(user):
    """The concepts whose Redaktion `user` is (who may publish there reports on it)."""
    return mit_recht(user, "publish", konzepte())


def darf_berichten(user) -> bool:
    return user.is_superuser or berichtbare_konzepte(user).exists()


def _vorschlag(start_page) -> dict:
    """Today, compared with the last adopted version, or with the first publication when none was recorded."""
    heute = timezone.localdate()
    version = Konzeptversion.objects.filter(konzept=start_page, beschlossen_am__lt=heute).first()
    vergleich = version.beschlossen_am if version else erste_veroeffentlichung(start_page)
    return {"konzept": start_page, "stichtag": heute, "vergleich": vergleich, "format": "pdf"}


def _datei(inhalt: bytes, content_type: str, dateiname: str) -> HttpResponse:
    response = HttpResponse(inhalt, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{dateiname}"'
    return response


def sachstandsbericht(request):
    kontext_seite = {"page_title": gettext_lazy("Sachstandsbericht"), "header_icon": "doc-full"}
    if not darf_berichten(request.user):
        # A 403 that says why, not Wagtail's redirect to the dashboard.
        return TemplateResponse(request, "handlungsfelder/sachstand/keine_berechtigung.html", kontext_seite, status=403)
    berichtbar = berichtbare_konzepte(request.user)
    if not request.GET:
        start_page = berichtbar.first()
        form = SachstandForm(initial=_vorschlag(start_page) if start_page else {}, konzepte=berichtbar)
        return TemplateResponse(request, "handlungsfelder/sachstand/admin.html", {**kontext_seite, "form": form})
    form = SachstandForm(request.GET, konzepte=berichtbar)
    if not form.is_valid():
        return TemplateResponse(
            request, "handlungsfelder/sachstand/admin.html", {**kontext_seite, "form": form}, status=400
        )
    daten = form.cleaned_data
    bericht = bericht_erstellen(daten["konzept"], daten["stichtag"], daten["vergleich"])
    if daten["format"] == "pdf":
        return _datei(render_pdf(bericht), "application/pdf", f"{bericht.dateiname}.pdf")
    if daten["format"] == "excel":
        with translation.override(bericht.start_page.locale.language_code):
            return _datei(excel(bericht), XLSX, f"{bericht.dateiname}.xlsx")
    return TemplateResponse(
        request,
        "handlungsfelder/sachstand/admin.html",
        {**kontext_seite, "form": form, **kontext(bericht), "tabelle": "listing"},
    )
