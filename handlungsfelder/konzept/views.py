"""Tag pages: the index at /schlagwoerter/ and, at /schlagwoerter/<slug>/, every live Handlungsfeld with the tag;
tags named in the reader's language."""

from collections import Counter

from django.shortcuts import get_object_or_404, render

from taggit.models import Tag

from ..sprachen.schlagwoerter import bezeichnung
from .queries import public_handlungsfelder, start_page_or_404
from .rahmen import rahmen


def schlagwoerter(request):
    """Every tag of the public Handlungsfelder with their number, from the stored menu (no query of its own)."""
    start_page_or_404(request)
    anzahl, namen = Counter(), {}
    for handlungsfeld in rahmen(request)["handlungsfelder"]:
        for tag in handlungsfeld["tags"]:
            anzahl[tag["slug"]] += 1
            namen[tag["slug"]] = tag["name"]
    eintraege = sorted(
        ({"slug": slug, "name": namen[slug], "anzahl": zahl} for slug, zahl in anzahl.items()),
        key=lambda eintrag: eintrag["name"].casefold(),
    )
    return render(request, "handlungsfelder/schlagwoerter.html", {"schlagwoerter": eintraege})


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
