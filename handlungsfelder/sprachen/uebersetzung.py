"""Translating through wagtail-localize from code, step by step as a translator does it in the admin.

Needs wagtail-localize installed as an app; import it only then.
"""

from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource


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
