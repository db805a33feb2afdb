"""Which pages the public may see, each in the query that reads them: Wagtail reads every view restriction first
(`PageQuerySet.public()`, `Page.get_view_restrictions()`), one more query each time."""

from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Length, Substr

from wagtail.models import Page, PageViewRestriction


def oeffentlich(pages):
    """`pages.public()` as a subquery: the pages below no view restriction (the restricted page included)."""
    darueber = PageViewRestriction.objects.filter(page__path=Substr(OuterRef("path"), 1, Length("page__path")))
    return pages.exclude(Exists(darueber))


class SichtbarkeitMixin:
    """View restrictions of the page and its ancestors (through an alias to its source, as Wagtail does) in one
    query instead of two."""

    def get_view_restrictions(self):
        pfade = [self.path[:ende] for ende in range(Page.steplen, len(self.path) + 1, Page.steplen)]
        return PageViewRestriction.objects.filter(
            Q(page__path__in=pfade, page__alias_of__isnull=True) | Q(page__aliases__path__in=pfade)
        ).distinct()
