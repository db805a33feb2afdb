"""The PDF cached per published state of the concept.

The cache key holds the latest publication time and the number of live pages, so a publication anywhere in the concept
(seen by every process through the database) gives a new PDF; a generation counter bumped by signals covers what
leaves no such trace: unpublishing, deleting or moving pages and editing the snippets the PDF shows.
"""

import hashlib

from django.core.cache import cache
from django.db.models import Count, Max
from django.utils import translation

from ..konzept.models import KonzeptStartPage
from ..konzept.queries import public_pages
from .rendering import render_pdf

GENERATION_KEY = "handlungsfelder:pdf:generation"
CACHE_TIMEOUT = 60 * 60 * 24 * 30


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


def konzept_pdf(request, start_page: KonzeptStartPage) -> bytes:
    """The cached PDF of the published state, rendered on the first request after a change."""
    key = cache_key(start_page)
    pdf = cache.get(key)
    if pdf is None:
        pdf = render_pdf(request, start_page)
        cache.set(key, pdf, CACHE_TIMEOUT)
    return pdf
