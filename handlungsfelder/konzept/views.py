"""Tag pages at /schlagwoerter/<slug>/: every live Handlungsfeld that carries the tag, tags named in the reader's
language."""

from django.shortcuts import get_object_or_404, render

from taggit.models import Tag

from ..sprachen.schlagwoerter import bezeichnung
from .queries import public_handlungsfelder, start_page_or_404
from .rahmen import rahmen


def schlagwort(request, slug: str):
    start_page = start_page_or_404(request)
    tag = get_object_or_404(Tag, slug=slug)
    handlungsfelder = list(public_handlungsfelder(start_page).filter(tags=tag).prefetch_related("tags"))
    # The names in the reader's language as the stored menu lists them (no query); a tag no menu entry carries
    # costs one.
    namen = {t["slug"]: t["name"] for eintrag in rahmen(request)["handlungsfelder"] for t in eintrag["tags"]}
    for seite in handlungsfelder:
        seite.schlagwoerter = [{"name": namen.get(t.slug, t.name), "slug": t.slug} for t in seite.tags.all()]
    return render(
        request,
        "handlungsfelder/schlagwort.html",
        {"tag": tag, "name": namen.get(tag.slug) or bezeichnung(tag), "handlungsfelder": handlungsfelder},
    )
