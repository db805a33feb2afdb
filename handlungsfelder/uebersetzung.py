"""wagtail-localize under the concept's approval rule: only users who may publish a translation publish it.

wagtail-localize's translation editor already refuses "Publish" to users without publish permission on the page,
but its "Sync translated pages" view offers "Publish immediately" to everyone with `submit_translation`. The view
below is that view without the checkbox for such users; `wagtail_hooks.py` mounts it on wagtail-localize's
own address (admin URLs of this app are registered before wagtail-localize's), so the admin's links reach it.
"""

from wagtail.models import DraftStateMixin, Locale, Page
from wagtail.snippets.permissions import get_permission_name
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.views.update_translations import UpdateTranslationsView


def uebersetzen(instance, locale: Locale, texte: dict[str, str], *, user=None, publish: bool = True):
    """Translate a page or snippet the way a translator does in the admin: submit (or sync) it for translation,
    upload the strings as a PO file, then save the translation; pages as a draft that is published only if asked
    (with the user's publish permission checked). Strings missing from `texte` keep the original text.

    wagtail-localize saves a page translation into the page itself before making a revision, so a draft of a live
    translation would be public at once: that combination is refused."""
    ziel = instance.get_translation_or_none(locale)
    if isinstance(instance, Page) and not publish and ziel is not None and ziel.live:
        raise ValueError("Ein Entwurf einer veröffentlichten Übersetzung wäre sofort öffentlich.")
    source, created = TranslationSource.get_or_create_from_instance(instance)
    if not created:
        source.update_from_db()
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)
    po = translation.export_po()
    for entry in po:
        if entry.msgid in texte:
            entry.msgstr = texte[entry.msgid]
    translation.import_po(po, user=user)
    ist_seite = isinstance(instance, Page)
    translation.save_target(user=user, publish=not ist_seite)
    ziel = instance.get_translation(locale)
    if ist_seite and publish:
        ziel.get_latest_revision().publish(user=user)
        ziel.refresh_from_db()
    return ziel


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
