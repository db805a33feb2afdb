"""Security headers of the host: the public Content-Security-Policy with the admin's exceptions, Permissions-Policy."""

from django.conf import settings
from django.http import HttpRequest, HttpResponseBase
from django.urls import reverse

from csp.constants import NONE, SELF
from csp.middleware import CSPMiddleware, PolicyParts


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware with `ADMIN_CONTENT_SECURITY_POLICY` replacing directives below the Wagtail admin.

    Only what Wagtail lets its own origin frame (X-Frame-Options SAMEORIGIN: previews, block previews,
    wagtail-localize's preview) gets `frame-ancestors 'self'`. A preview is the public page, run through the middleware
    again on Wagtail's dummy request: it keeps the public policy. A view's own `csp_replace` wins over both.
    """

    def get_policy_parts(
        self, request: HttpRequest, response: HttpResponseBase, report_only: bool = False
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if getattr(request, "is_preview", False):
            replace = {"frame-ancestors": [SELF]}
        elif request.path.startswith(reverse("wagtailadmin_home")):
            framed = response.get("X-Frame-Options") == "SAMEORIGIN"
            replace = {**settings.ADMIN_CONTENT_SECURITY_POLICY, "frame-ancestors": [SELF] if framed else [NONE]}
        else:
            return parts
        parts.replace = {**replace, **(parts.replace or {})}
        return parts


class PermissionsPolicyMiddleware:
    """Sets `PERMISSIONS_POLICY` (feature: allowed origins, empty for none) as the Permissions-Policy header."""

    def __init__(self, get_response) -> None:
        self.get_response = get_response
        self.header = ", ".join(
            f"{feature}=({' '.join(origins)})" for feature, origins in settings.PERMISSIONS_POLICY.items()
        )

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.header)
        return response
