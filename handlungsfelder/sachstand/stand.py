"""The Handlungsfelder of a concept as they were published at a moment, read from the publication history.

Each Handlungsfeld counts with the revision of its last publication before that moment, so a report for a past date
shows what the public read then: never a draft, a proposal in moderation or a revision published later. A page
unpublished after that publication and before the moment was not public then and is left out.
"""

from datetime import date, datetime, time, timedelta

from django.conf import settings
from django.db.models import Exists, F, Min, OuterRef, Subquery
from django.utils import timezone

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import PageLogEntry

from ..konzept.models import HandlungsfeldPage, KonzeptStartPage
from ..versionen.models import Veroeffentlichung


def konzepte():
    """The concepts a report can be about: the originals (a translation's Maßnahmen are the original's)."""
    original = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    return KonzeptStartPage.objects.filter(locale__language_code=original).order_by("path")


def ende_des_tages(tag: date) -> datetime:
    """The first moment after `tag` in the site's time zone: a report for a date includes all of that day."""
    return timezone.make_aware(datetime.combine(tag + timedelta(days=1), time.min))


def _seiten(start_page: KonzeptStartPage):
    return HandlungsfeldPage.objects.descendant_of(start_page)


def erste_veroeffentlichung(start_page: KonzeptStartPage) -> date | None:
    """The day the first Handlungsfeld of the concept was published, in the site's time zone."""
    erste = Veroeffentlichung.objects.filter(page__in=_seiten(start_page).values("pk")).aggregate(
        erste=Min("veroeffentlicht_am")
    )["erste"]
    return timezone.localdate(erste) if erste else None


def _wie_veroeffentlicht(veroeffentlichung: Veroeffentlichung) -> HandlungsfeldPage:
    """What the report reads of a Handlungsfeld as published (title, slug, Umsetzungsplan), at its place in today's
    tree; built from the revision's content without the queries `Revision.as_object()` makes per page."""
    content = veroeffentlichung.revision.content
    return HandlungsfeldPage(
        id=veroeffentlichung.page_id,
        page_ptr_id=veroeffentlichung.page_id,
        path=veroeffentlichung.pfad,
        locale_id=veroeffentlichung.locale_id,
        title=content["title"],
        slug=content["slug"],
        umsetzungsplan=content.get("umsetzungsplan") or "[]",
        last_published_at=veroeffentlichung.veroeffentlicht_am,
    )


def handlungsfelder_am(start_page: KonzeptStartPage, bis: datetime) -> list[HandlungsfeldPage]:
    """Every Handlungsfeld of the concept public just before `bis`, as its then live revision, in tree order; each
    page's `last_published_at` is the time of that publication. One query, however many pages and publications."""
    vorher = Veroeffentlichung.objects.filter(veroeffentlicht_am__lt=bis)
    letzte = vorher.filter(page=OuterRef("page")).order_by("-veroeffentlicht_am", "-pk").values("pk")[:1]
    zurueckgezogen = PageLogEntry.objects.filter(
        page=OuterRef("page"),
        action="wagtail.unpublish",
        timestamp__gt=OuterRef("veroeffentlicht_am"),
        timestamp__lt=bis,
    )
    veroeffentlichungen = (
        vorher.filter(page__in=_seiten(start_page).values("pk"), pk=Subquery(letzte))
        .exclude(Exists(zurueckgezogen))
        .annotate(pfad=F("page__path"), locale_id=F("page__locale_id"))
        .select_related("revision")
        .order_by("pfad")
    )
    return [_wie_veroeffentlicht(v) for v in veroeffentlichungen]
