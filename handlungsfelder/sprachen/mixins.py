"""Routing of translated pages: what the reader gets where a translation is missing."""

from django.http import Http404

from wagtail.models import Locale, Page


class UebersetzungsFallbackMixin:
    """Below a translated page, a child that is missing or only a draft in this language is routed through the
    original (default-language) tree, so /en/... serves the German page with a notice instead of a 404."""

    def route(self, request, path_components):
        try:
            return super().route(request, path_components)
        except Http404:
            original = self._original_zum_ausweichen() if path_components else None
            if original is None:
                raise
            return original.specific.route(request, path_components)

    def _original_zum_ausweichen(self) -> Page | None:
        default = Locale.get_default()
        if self.locale_id == default.pk:
            return None
        return self.get_translation_or_none(default)
