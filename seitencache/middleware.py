"""Anonymous GET and HEAD answered from Django's cache, before the session and the database are touched."""

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils import timezone

from . import generation, policy
from .speicher import prozessspeicher

# A streamed answer (a file) is kept up to this size; larger ones are served as they are.
MAX_STREAMED_BYTES = 20 * 1024 * 1024


def cache_key(request, token: str) -> str:
    """Host, path and query string (the path carries the language), the generation and today's date (pages say
    what is in force today, e.g. "noch nicht in Kraft"); the same for GET and HEAD."""
    heute = timezone.localdate().isoformat()
    return f"seitencache:{token}:{heute}:{request.get_host()}:{request.get_full_path()}"


def _head(response: HttpResponse) -> HttpResponse:
    """The stored GET answer without its body, as HEAD asks."""
    return HttpResponse(b"", status=response.status_code, headers=dict(response.items()))


def _in_memory(response):
    """A streamed answer read into one that can be pickled into the cache; None when too large to keep."""
    length = response.get("Content-Length")
    if not length or int(length) > MAX_STREAMED_BYTES:
        return None
    body = b"".join(response.streaming_content)
    response.close()
    return HttpResponse(body, status=response.status_code, headers=dict(response.items()))


class PageCacheMiddleware:
    """After WhiteNoise and before SessionMiddleware in MIDDLEWARE. The generation is read before the view renders, so
    an answer rendered while a change is committed is stored under the generation that change replaces."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not policy.may_answer(request):
            response = self.get_response(request)
            if not policy.is_anonymous(request) or policy.is_personal(request, response):
                policy.mark_personal(response)
            return response
        token = generation.current() if settings.SEITENCACHE else None
        key = cache_key(request, token) if token else None
        if key:
            cached = prozessspeicher.get(token, key)
            if cached is None:
                cached = cache.get(key)
                if cached is not None:
                    prozessspeicher.set(token, key, cached)
            if cached is not None:
                return _head(cached) if request.method == "HEAD" else cached
        response = self.get_response(request)
        if not policy.may_keep(request, response):
            if policy.is_personal(request, response):
                policy.mark_personal(response)
            return response
        policy.mark_public(request, response)
        if key and request.method == "GET":
            storable = _in_memory(response) if response.streaming else response
            if storable is not None:
                cache.set(key, storable, settings.SEITENCACHE_TIMEOUT)
                prozessspeicher.set(token, key, storable)
                response = storable
        return response
