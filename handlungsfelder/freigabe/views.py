"""Admin views of the approval: a proposal compared with the live page; for the Redaktion, a meeting's agenda
prepared from waiting proposals, printed with their changes, and its outcomes recorded."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from wagtail.models import Page

from ..konzept.models import SitzungPage
from .choices import BeratungsErgebnis
from .panels import compare_with_live_url
from .sitzung import PERMISSION, ergebnis_eintragen, fand_statt, tagesordnung_uebernehmen
from .vergleich import may_compare, proposal_comparison, wagtail_compare_url


class ErgebnisForm(forms.Form):
    ergebnis = forms.ChoiceField(label=gettext_lazy("Ergebnis"), choices=BeratungsErgebnis.choices)
    kommentar = forms.CharField(
        label=gettext_lazy("Kommentar"), required=False, max_length=1000, widget=forms.Textarea(attrs={"rows": 2})
    )


def _sitzung_for(request, sitzung_id: int) -> SitzungPage:
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied
    return get_object_or_404(SitzungPage, pk=sitzung_id)


def _agenda(sitzung: SitzungPage) -> list[dict]:
    beratungen = sitzung.vorschlagsberatungen.select_related(
        "page", "revision__aenderungsnotiz", "task_state__workflow_state__requested_by", "entschieden_von"
    )
    return [
        {
            "beratung": beratung,
            "autor": beratung.task_state.workflow_state.requested_by if beratung.task_state else None,
            "notiz": getattr(beratung.revision, "aenderungsnotiz", None) if beratung.revision else None,
            "compare_url": compare_with_live_url(beratung.page, beratung.revision_id) if beratung.revision_id else None,
            "form": ErgebnisForm(
                prefix=f"b{beratung.pk}", initial={"ergebnis": beratung.ergebnis, "kommentar": beratung.kommentar}
            ),
        }
        for beratung in beratungen
    ]


def sitzung_vorbereiten(request, sitzung_id: int):
    """Agenda of proposals for one meeting: take over waiting proposals (POST) and record the outcomes (POST)."""
    sitzung = _sitzung_for(request, sitzung_id)
    uebernehmen = request.method == "POST" and "uebernehmen" in request.POST
    # A meeting in the past: nothing is added until the Redaktion confirms on the page shown again.
    vergangen_bestaetigen = uebernehmen and fand_statt(sitzung) and request.POST.get("vergangen_bestaetigt") != "1"
    if uebernehmen and not vergangen_bestaetigen:
        count = tagesordnung_uebernehmen(sitzung)
        messages.success(
            request,
            ngettext(
                "%(count)d wartender Vorschlag auf die Tagesordnung übernommen.",
                "%(count)d wartende Vorschläge auf die Tagesordnung übernommen.",
                count,
            )
            % {"count": count},
        )
        return redirect("handlungsfelder_sitzung_vorbereiten", sitzung_id=sitzung.pk)

    agenda = _agenda(sitzung)
    if request.method == "POST" and "ergebnisse" in request.POST:
        entschieden, ungueltig = 0, 0
        for row in agenda:
            form = ErgebnisForm(request.POST, prefix=f"b{row['beratung'].pk}")
            if not form.is_valid():
                ungueltig += 1
                continue
            entschieden += ergebnis_eintragen(
                row["beratung"], form.cleaned_data["ergebnis"], form.cleaned_data["kommentar"], request.user
            )
        if ungueltig:
            messages.error(
                request,
                ngettext(
                    "%(count)d Eintrag war ungültig und wurde nicht gespeichert.",
                    "%(count)d Einträge waren ungültig und wurden nicht gespeichert.",
                    ungueltig,
                )
                % {"count": ungueltig},
            )
        messages.success(
            request,
            ngettext("%(count)d Ergebnis eingetragen.", "%(count)d Ergebnisse eingetragen.", entschieden)
            % {"count": entschieden},
        )
        return redirect("handlungsfelder_sitzung_vorbereiten", sitzung_id=sitzung.pk)

    return TemplateResponse(
        request,
        "handlungsfelder/freigabe/sitzung_vorbereiten.html",
        {
            "sitzung": sitzung,
            "agenda": agenda,
            "vergangen_bestaetigen": vergangen_bestaetigen,
            "offen": BeratungsErgebnis.OFFEN,
            "page_title": _("Tagesordnung: Vorschläge"),
            "page_subtitle": sitzung.title,
            "header_icon": "list-ol",
        },
    )


def tagesordnung_drucken(request, sitzung_id: int):
    """The agenda as a printable handout: per proposal its author, reason and changes, and boxes for the outcome."""
    sitzung = _sitzung_for(request, sitzung_id)
    agenda = _agenda(sitzung)
    for row in agenda:
        beratung = row["beratung"]
        row["compare_url"] = request.build_absolute_uri(row["compare_url"]) if row["compare_url"] else None
        row["vergleich"] = proposal_comparison(beratung.page, beratung.revision) if beratung.revision else None
    return TemplateResponse(
        request, "handlungsfelder/freigabe/tagesordnung_druck.html", {"sitzung": sitzung, "agenda": agenda}
    )


def vorschlag_vergleich(request, page_id: int, revision_id: int):
    """A revision of a page against its live version, changed parts only unless `?vollstaendig=1`."""
    page = get_object_or_404(Page, pk=page_id)
    revision = page.revisions.filter(pk=revision_id).first()
    if revision is None:
        raise Http404(_("Diese Revision gehört nicht zu dieser Seite."))
    if not may_compare(page, request.user):
        raise PermissionDenied
    vergleich = proposal_comparison(page, revision)
    if vergleich["teile"] is None:
        return redirect(wagtail_compare_url(page, revision.pk))
    vollstaendig = request.GET.get("vollstaendig") == "1"
    return TemplateResponse(
        request,
        "handlungsfelder/freigabe/vorschlag_vergleich.html",
        {
            "vergleich": vergleich,
            "vollstaendig": vollstaendig,
            "page_title": _("Vergleich mit Live-Version"),
            "page_subtitle": vergleich["page"].get_admin_display_title(),
            "header_icon": "history",
        },
    )
