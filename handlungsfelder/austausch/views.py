"""Admin views: the Redaktion downloads its concept as a package; an administrator reads a package in."""

from django import forms
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.admin.auth import permission_denied
from wagtail.models import Page

from ..konzept.models import KonzeptStartPage
from .exportieren import konzept_exportieren
from .importieren import konzept_importieren
from .paket import HOECHSTENS_BYTES, PaketFehler, oeffnen


def darf_exportieren(user, start_page: Page) -> bool:
    """The package holds only what the public reads, so whoever may publish in the concept may export it."""
    return start_page.permissions_for_user(user).can_publish()


def darf_importieren(user) -> bool:
    """A concept is a new page at the tree's root: Wagtail leaves that to whom may add pages there."""
    return Page.get_first_root_node().permissions_for_user(user).can_add_subpage()


def exportieren(request, page_id: int):
    """GET without a choice: which state to export; with `stand=aktuell` or `version=<id>`: the download."""
    start_page = get_object_or_404(KonzeptStartPage, pk=page_id)
    if not darf_exportieren(request.user, start_page):
        return permission_denied(request)
    versionen = start_page.versionen.order_by("-beschlossen_am", "-pk")
    version = None
    if request.GET.get("version"):
        if not request.GET["version"].isdigit():
            return _auswahl(request, start_page, versionen, _("Diese Version gibt es nicht."), status=400)
        version = versionen.filter(pk=request.GET["version"]).first()
        if version is None:
            return _auswahl(request, start_page, versionen, _("Diese Version gibt es nicht."), status=404)
    elif request.GET.get("stand") != "aktuell":
        return _auswahl(request, start_page, versionen)
    if not start_page.live:
        return _auswahl(request, start_page, versionen, _("Das Konzept ist nicht veröffentlicht."), status=409)
    teil = f"version-{version.nummer}" if version else timezone.localdate().isoformat()
    response = HttpResponse(konzept_exportieren(start_page, version), content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="it-konzept-{start_page.slug}-{teil}.zip"'
    return response


def _auswahl(request, start_page, versionen, fehler: str = "", status: int = 200):
    return TemplateResponse(
        request,
        "handlungsfelder/austausch/exportieren.html",
        {
            "start_page": start_page,
            "versionen": versionen,
            "fehler": fehler,
            "page_title": _("Als Paket exportieren"),
            "header_icon": "download",
        },
        status=status,
    )


class ImportForm(forms.Form):
    paket = forms.FileField(
        label=gettext_lazy("Paket"), help_text=gettext_lazy("Eine mit „Als Paket exportieren“ erstellte ZIP-Datei.")
    )
    veroeffentlichen = forms.BooleanField(
        label=gettext_lazy("Gleich veröffentlichen"),
        required=False,
        help_text=gettext_lazy("Sonst entstehen Entwürfe, die über die Freigabe dieser Installation gehen."),
    )

    def clean_paket(self):
        datei = self.cleaned_data["paket"]
        if datei.size > HOECHSTENS_BYTES:
            raise forms.ValidationError(_("Das Paket ist zu groß (höchstens 200 MB)."))
        try:
            return oeffnen(datei)
        except PaketFehler as fehler:
            raise forms.ValidationError(str(fehler)) from None


def importieren(request):
    if not darf_importieren(request.user):
        return permission_denied(request)
    form = ImportForm(request.POST or None, request.FILES or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        wurzel = Page.get_first_root_node()
        veroeffentlichen = form.cleaned_data["veroeffentlichen"]
        if veroeffentlichen and not wurzel.permissions_for_user(request.user).can_publish_subpage():
            form.add_error("veroeffentlichen", _("Sie dürfen hier nicht veröffentlichen."))
        else:
            try:
                ergebnis = konzept_importieren(form.cleaned_data["paket"], wurzel, request.user, veroeffentlichen)
            except PaketFehler as fehler:
                form.add_error("paket", str(fehler))
            else:
                messages.success(
                    request,
                    _("„%(titel)s“ eingelesen: %(seiten)d Seiten, %(stammdaten)d Stammdaten, %(dateien)d Dateien.")
                    % {
                        "titel": ergebnis.start_page.title,
                        "seiten": ergebnis.seiten,
                        "stammdaten": ergebnis.stammdaten,
                        "dateien": ergebnis.dateien,
                    },
                )
                return redirect("wagtailadmin_explore", ergebnis.start_page.pk)
    if form.errors:
        status = 400
    return TemplateResponse(
        request,
        "handlungsfelder/austausch/importieren.html",
        {"form": form, "page_title": _("IT-Konzept einlesen"), "header_icon": "upload"},
        status=status,
    )
