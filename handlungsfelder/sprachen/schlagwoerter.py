"""A tag's label in the reader's language: its translation (`SchlagwortUebersetzung`) where one exists, else its
name. Every list of tags a reader sees (menu, index, Handlungsfeld, tag pages, the tag index) takes it from here."""

from collections.abc import Iterable

from django.utils.translation import get_language

from .models import SchlagwortUebersetzung


def bezeichnungen(tags: Iterable, sprache: str | None = None) -> dict[int, str]:
    """Tag pk → label in `sprache` (default: the active language), for tags already loaded, in one query."""
    tags = list(tags)
    sprache = sprache or get_language()
    uebersetzt = dict(
        SchlagwortUebersetzung.objects.filter(
            tag__in=[tag.pk for tag in tags], locale__language_code=sprache
        ).values_list("tag_id", "name")
    )
    return {tag.pk: uebersetzt.get(tag.pk, tag.name) for tag in tags}


def bezeichnung(tag, sprache: str | None = None) -> str:
    """One tag's label in `sprache` (default: the active language)."""
    return bezeichnungen([tag], sprache)[tag.pk]


def eintraege(tags: Iterable, namen: dict[int, str]) -> list[dict]:
    """Tags as the stored output lists them: the name in the reader's language (from `bezeichnungen`), the slug for
    the address."""
    return [{"name": namen.get(tag.pk, tag.name), "slug": tag.slug} for tag in tags]
