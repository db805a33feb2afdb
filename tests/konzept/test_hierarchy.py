"""Page-type rules keep editors from building a broken concept tree."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from handlungsfelder.models import (
    BeschlussIndexPage,
    BeschlussPage,
    HandlungsfeldIndexPage,
    HandlungsfeldPage,
    KonzeptStartPage,
    SitzungIndexPage,
    SitzungPage,
)
from pages.models import ContentPage


class PageTreeRulesTests(WagtailPageTestCase):
    def test_start_page_sits_at_the_root_and_holds_the_indexes_and_content_pages(self):
        self.assertAllowedParentPageTypes(KonzeptStartPage, {Page})
        self.assertAllowedSubpageTypes(
            KonzeptStartPage, {HandlungsfeldIndexPage, SitzungIndexPage, BeschlussIndexPage, ContentPage}
        )

    def test_handlungsfeld_lives_only_under_the_handlungsfeld_index_and_has_no_children(self):
        self.assertAllowedParentPageTypes(HandlungsfeldPage, {HandlungsfeldIndexPage})
        self.assertAllowedSubpageTypes(HandlungsfeldPage, set())
        self.assertAllowedSubpageTypes(HandlungsfeldIndexPage, {HandlungsfeldPage})
        self.assertCanNotCreateAt(KonzeptStartPage, HandlungsfeldPage)
        self.assertCanNotCreateAt(SitzungIndexPage, HandlungsfeldPage)

    def test_meetings_and_decisions_live_under_their_own_index(self):
        self.assertAllowedParentPageTypes(SitzungPage, {SitzungIndexPage})
        self.assertAllowedParentPageTypes(BeschlussPage, {BeschlussIndexPage})
        self.assertAllowedSubpageTypes(SitzungIndexPage, {SitzungPage})
        self.assertAllowedSubpageTypes(BeschlussIndexPage, {BeschlussPage})
        self.assertCanNotCreateAt(HandlungsfeldIndexPage, SitzungPage)
        self.assertCanNotCreateAt(SitzungIndexPage, BeschlussPage)

    def test_indexes_hang_below_a_start_page_only(self):
        for index_model in (HandlungsfeldIndexPage, SitzungIndexPage, BeschlussIndexPage):
            self.assertAllowedParentPageTypes(index_model, {KonzeptStartPage})
            self.assertCanNotCreateAt(Page, index_model)

    def test_content_pages_nest_below_the_start_page_and_each_other(self):
        self.assertAllowedParentPageTypes(ContentPage, {KonzeptStartPage, ContentPage})
        self.assertCanNotCreateAt(HandlungsfeldIndexPage, ContentPage)


def test_a_start_page_takes_only_one_handlungsfeld_index(konzept):
    assert not HandlungsfeldIndexPage.can_create_at(konzept.start)
    assert SitzungIndexPage.can_create_at(konzept.start)


def test_every_page_type_declares_search_fields():
    for model in (
        KonzeptStartPage,
        HandlungsfeldIndexPage,
        HandlungsfeldPage,
        SitzungIndexPage,
        SitzungPage,
        BeschlussIndexPage,
        BeschlussPage,
        ContentPage,
    ):
        own_fields = {field.field_name for field in model.search_fields} - {f.field_name for f in Page.search_fields}
        assert own_fields, f"{model.__name__} adds no search fields of its own"
