"""wagtail-localize under the concept's approval rule: only users who may publish a translation publish it.

wagtail-localize's translation editor already refuses "Publish" to users without publish permission on the page,
but its "Sync translated pages" view offers "Publish immediately" to everyone with `submit_translation`. The view
below is that view without the checkbox for such users; `hooks.py` mounts it on wagtail-localize's own address
(admin URLs of this app are registered before wagtail-localize's; `checks.py` verifies the order), so the admin's
links reach it. Needs wagtail-localize installed as an app; import it only then.
"""

from wagtail.models import DraftStateMixin, Page
from wagtail.snippets.permissions import get_permission_name
from wagtail_localize.models import TranslationSource
from wagtail_localize.views.update_translations import UpdateTranslationsView


def darf_uebersetzungen_veroeffentlichen(user, source: TranslationSource) -> bool:
    """True if the user may publish every existing translation of this source."""
    original = source.get_source_instance()
    for translation in source.translations.filter(enabled=True).select_related("target_locale"):
        ziel = original.get_translation_or_none(translation.target_locale)
        if isinstance(ziel, Page):
            if not ziel.permissions_for_user(user).can_publish():
                return False
        elif isinstance(ziel, DraftStateMixin) and not user.has_perm(get_permission_name("publish", type(ziel))):
            return False
    return True


class UebersetzungenSynchronisierenView(UpdateTranslationsView):
    """ "Sync translated pages": for translators without publish rights without "Publish immediately"."""

    def get_form(self):
        form = super().get_form()
        if not darf_uebersetzungen_veroeffentlichen(self.request.user, self.object):
            del form.fields["publish_translations"]
        return form

    def form_valid(self, form):
        form.cleaned_data.setdefault("publish_translations", False)
        return super().form_valid(form)
