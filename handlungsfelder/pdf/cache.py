"""The PDF cached per published state of the concept.

The cache key holds the latest publication time and the number of live pages, so a publication anywhere in the concept
(seen by every process through the database) gives a new PDF; a generation counter bumped by signals covers what
leaves no such trace: unpublishing, deleting or moving pages and editing the snippets the PDF shows.
Every PDF rendered is also kept as the "last good" one per start page and language, served when rendering fails.
"""

import hashlib
import logging
from dataclasses import dataclass

from django.core.cache import cache
from django.db.models import Count, Max
from django.utils import translation

from ..konzept.models import KonzeptStartPage
from ..konzept.queries import public_pages
from .rendering import render_pdf

logger = logging.getLogger(__name__)

GENERATION_KEY = "handlungsfelder:pdf:generation"
CACHE_TIMEOUT = 60 * 60 * 24 * 30


class PdfUnavailable(Exception):
    """Rendering failed and no earlier PDF of this concept and language is cached."""


@dataclass(frozen=True)
class KonzeptPdf:
    content: bytes
    current: bool


def bump_generation(**kwargs) -> None:
    """Signal receiver: make every cached PDF stale."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 1, None)


def cache_key(start_page: KonzeptStartPage) -> str:
    state = public_pages(start_page).aggregate(latest=Max("last_published_at"), count=Count("id"))
    latest = state["latest"].isoformat() if state["latest"] else "-"
    raw = f"{start_page.pk}:{translation.get_language()}:{latest}:{state['count']}:{cache.get(GENERATION_KEY, 0)}"
    return "handlungsfelder:pdf:" + hashlib.sha256(raw.encode()).hexdigest()


def last_good_key(start_page: KonzeptStartPage) -> str:
    return f"handlungsfelder:pdf:last-good:{start_page.pk}:{translation.get_language()}"


def konzept_pdf(request, start_page: KonzeptStartPage) -> KonzeptPdf:
    """The cached PDF of the published state, rendered on the first request after a change; if that rendering fails,
    the last good PDF (not current), else `PdfUnavailable`."""
    key = cache_key(start_page)
    pdf = cache.get(key)
    if pdf is not None:
        return KonzeptPdf(pdf, current=True)
    try:
        pdf = render_pdf(request, start_page)
    except Exception as error:
        logger.exception("Das PDF des IT-Konzepts ließ sich nicht erzeugen.")
        last_good = cache.get(last_good_key(start_page))
        if last_good is None:
            raise PdfUnavailable from error
        return KonzeptPdf(last_good, current=False)
    cache.set_many({key: pdf, last_good_key(start_page): pdf}, CACHE_TIMEOUT)
    return KonzeptPdf(pdf, current=True)
