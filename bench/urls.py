"""The site's URLs plus `/_bench/konstant/<name>/`: the same bytes as a measured page, without rendering."""

from functools import cache
from pathlib import Path

from django.conf import settings
from django.http import Http404, HttpResponse
from django.urls import path

from itkonzept.urls import handler500
from itkonzept.urls import urlpatterns as site_urlpatterns


@cache
def stored(name: str) -> tuple[bytes, str] | None:
    """Body and content type of one measured page, read once per worker."""
    folder = Path(settings.BENCH_KONSTANT_DIR)
    body = folder / f"{name}.body"
    if not name.isidentifier() or not body.is_file():
        return None
    return body.read_bytes(), (folder / f"{name}.type").read_text()


def konstant(request, name: str) -> HttpResponse:
    """The stored answer of one measured page, as the baseline of its ratio."""
    answer = stored(name)
    if answer is None:
        raise Http404(name)
    return HttpResponse(answer[0], content_type=answer[1])


urlpatterns = [
    path("_bench/konstant/<str:name>/", konstant),
    *site_urlpatterns,
]
__all__ = ["handler500", "urlpatterns"]
