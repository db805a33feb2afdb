"""The admin view "Als Vorlage übernehmen": an installation's administrator makes a municipality's concept."""

from django.conf import settings
from django.contrib import messages
from django.http.request import validate_host
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from wagtail.admin.auth import permission_denied

from .forms import AKTUELL, VorlageForm
from .uebernehmen import UebernahmeFehler, als_vorlage_uebernehmen


def darf_uebernehmen(user) -> bool:
    """A new concept gets its own Site and groups: the installation's administrator's job."""
    return user.is_active and user.is_superuser


def _meldung(start_page, hostname: str) -> str:
    meldung = _(
        "„%(titel)s“ angelegt, als Entwürfe: Aufbau und allgemeine Texte der Vorlage sind übernommen. Ausgelassen "
        "sind die Sitzungen und Beschlüsse, die Stammdaten (Schulen, Rollen, Dienstleister, Kontakt), in den "
        "Maßnahmen Schulen, Kosten und Verantwortliche, in Zuständigkeiten und Supportstufen die Rollen und die "
        "Erreichbarkeit, die gültige Version: bitte anpassen. Die Gruppen der Kommune (Systembetreuer, "
        "Arbeitsgruppe, Redaktion, Übersetzung) sind noch leer: bitte unter Einstellungen → Gruppen Mitglieder "
        "eintragen. Die Website hat den Hostnamen „%(hostname)s“."
    ) % {"titel": start_page.title, "hostname": hostname}
    if not validate_host(hostname, settings.ALLOWED_HOSTS):
        meldung += " " + _("Er steht noch nicht in ALLOWED_HOSTS der Installation.")
    return meldung


def uebernehmen(request):
    if not darf_uebernehmen(request.user):
        return permission_denied(request)
    quelle = request.GET.get("quelle", "")
    form = VorlageForm(request.POST or None, initial={"quelle": f"{AKTUELL}-{quelle}" if quelle.isdigit() else None})
    if request.method == "POST" and form.is_valid():
        start_page, version = form.quelle_und_version()
        try:
            neu = als_vorlage_uebernehmen(
                start_page, version, form.cleaned_data["name"], form.cleaned_data["hostname"], request.user
            )
        except UebernahmeFehler as fehler:
            form.add_error(None, str(fehler))
        else:
            messages.success(request, _meldung(neu, neu.sites_rooted_here.get().hostname))
            return redirect("wagtailadmin_explore", neu.pk)
    return TemplateResponse(
        request,
        "handlungsfelder/vorlage/uebernehmen.html",
        {"form": form, "page_title": _("Als Vorlage übernehmen"), "header_icon": "copy"},
        status=400 if form.errors else 200,
    )
