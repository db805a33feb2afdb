"""Tag pages at /schlagwoerter/<slug>/: every live Handlungsfeld that carries the tag."""

from django.shortcuts import get_object_or_404, render

from taggit.models import Tag

from .queries import public_handlungsfelder, start_page_or_404


def schlagwort(request, slug: str):
    start_page = start_page_or_404(request)
    tag = get_object_or_404(Tag, slug=slug)
    handlungsfelder = public_handlungsfelder(start_page).filter(tags=tag).prefetch_related("tags")
    return render(
        request,
        "handlungsfelder/schlagwort.html",
        {"tag": tag, "handlungsfelder": handlungsfelder},
    )
