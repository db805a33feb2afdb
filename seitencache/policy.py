"""Which requests the page cache may answer and which responses it may keep: only what every anonymous reader sees."""

from django.conf import settings
from django.utils.cache import cc_delim_re, patch_cache_control

CACHEABLE_STATUS = {200, 301, 302, 404}
# Cache-Control directives with which a view says its answer is not for everyone.
PERSONAL_DIRECTIVES = {"private", "no-store", "no-cache"}
# Vary values that do not make a public answer personal: the URL carries the language, and the cache keeps no
# compressed copies (cookies only matter with a session, which bypasses the cache).
HARMLESS_VARY = {"cookie", "accept-language", "accept-encoding"}


def is_anonymous(request) -> bool:
    """No session (logged-in users, previews, draft views, passwords of restricted pages), no pending message, no
    credentials: the request of a reader who sees what everyone sees."""
    cookies = request.COOKIES
    return (
        settings.SESSION_COOKIE_NAME not in cookies
        and "messages" not in cookies
        and "HTTP_AUTHORIZATION" not in request.META
    )


def is_public_path(request) -> bool:
    return not request.path.startswith(tuple(settings.SEITENCACHE_EXCLUDED_PATHS))


def may_answer(request) -> bool:
    return request.method in ("GET", "HEAD") and is_anonymous(request) and is_public_path(request)


def _directives(response) -> set[str]:
    return {part.split("=")[0].strip().lower() for part in cc_delim_re.split(response.get("Cache-Control", ""))}


def _vary(response) -> set[str]:
    return {part.strip().lower() for part in cc_delim_re.split(response.get("Vary", "")) if part.strip()}


def is_personal(request, response) -> bool:
    """The answer is for this visitor only: it sets a cookie, carries a CSRF token or says it is private."""
    return bool(
        response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or _directives(response) & PERSONAL_DIRECTIVES
    )


def may_keep(request, response) -> bool:
    return (
        may_answer(request)
        and response.status_code in CACHEABLE_STATUS
        and not is_personal(request, response)
        and _vary(response) <= HARMLESS_VARY
    )


def mark_public(request, response) -> None:
    """Let a proxy or CDN keep the answer: long when it can be purged by its address, else as short as for browsers
    (addresses with a query string, search and filters, cannot be listed for a purge)."""
    if "Cache-Control" in response:
        return
    max_age = settings.SEITENCACHE_MAX_AGE
    s_maxage = max_age if request.META.get("QUERY_STRING") else settings.SEITENCACHE_S_MAXAGE
    patch_cache_control(response, public=True, max_age=max_age, s_maxage=s_maxage)


def mark_personal(response) -> None:
    """Neither a browser's back-button store nor any shared cache keeps a personal answer (a view that already
    refused caching keeps its own header)."""
    if _directives(response) & {"private", "no-store"}:
        return
    if "Cache-Control" in response:
        patch_cache_control(response, private=True, no_store=True)
    else:
        response["Cache-Control"] = "private, no-store"
