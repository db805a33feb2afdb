"""The host's part of the concept's stored frame: the footer's legal links in the reader's language."""

from django.utils.translation import gettext as _

from wagtail import hooks
from wagtail.models import Page, Site

from handlungsfelder.konzept.darstellung import url_in_sprache

from .models import RechtlicheSeiten

# The setting's fields, in footer order, with the label a link gets where its page is not translated.
FELDER = {
    "impressum": lambda: _("Impressum"),
    "datenschutz": lambda: _("Datenschutzerklärung"),
    "barrierefreiheit": lambda: _("Erklärung zur Barrierefreiheit"),
}


@hooks.register("konzept_rahmen")
def rechtliche_seiten(request, start_page, rahmen: dict) -> dict:
    """Each legal page as the footer links it: its live translation into the start page's language (title and
    address), else the original at its fallback address with the link's label in that language, marked as the
    original's language. Built with the frame, so a page costs no query for them."""
    if request is None:
        return {}
    setting = RechtlicheSeiten.for_site(Site.find_for_request(request))
    seiten = {feld: getattr(setting, feld) for feld in FELDER if getattr(setting, feld) is not None}
    sprache = start_page.locale.language_code
    uebersetzungen = {
        seite.translation_key: seite
        for seite in Page.objects.live()
        .filter(
            translation_key__in=[seite.translation_key for seite in seiten.values()],
            locale_id=start_page.locale_id,
            alias_of__isnull=True,
        )
        .only("id", "title", "url_path", "path", "depth", "translation_key")
    }
    links = []
    for feld, original in seiten.items():
        if not original.live:
            continue
        seite = uebersetzungen.get(original.translation_key)
        if seite is not None:
            links.append({"title": seite.title, "url": seite.get_url(request), "hreflang": None})
        else:
            url = url_in_sprache(rahmen["startseiten"], original.url_path, sprache) or original.get_url(request)
            links.append({"title": FELDER[feld](), "url": url, "hreflang": original.locale.language_code})
    return {"rechtliches": links}
