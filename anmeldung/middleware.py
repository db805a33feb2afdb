"""A login is complete only with its second factor, where the account has one or must have one."""

from urllib.parse import urlencode

from django.contrib.auth.models import AnonymousUser
from django.shortcuts import redirect
from django.urls import reverse

from .zweifaktor import app_geraet, ist_pflicht

# Admin views a half-logged-in user may reach besides the step that completes the login.
OFFEN = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
}


class ZweiFaktorMiddleware:
    """After the password: in the admin, send the user to the code (or, where 2FA is required and not set up,
    to setting it up) before anything else; outside the admin, such a session counts as anonymous.

    Runs after django-otp's OTPMiddleware, which marks a session verified by a device."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return None
        if app_geraet(user):
            step = "anmeldung_bestaetigen"
        elif ist_pflicht(user):
            step = "anmeldung_einrichten"
        else:
            return None
        if not request.path_info.startswith(reverse("wagtailadmin_home")):
            request.user = AnonymousUser()
            return None
        if request.resolver_match.url_name in OFFEN | {step}:
            return None
        url = reverse(step)
        if request.method == "GET":
            url = f"{url}?{urlencode({'next': request.get_full_path()})}"
        return redirect(url)
