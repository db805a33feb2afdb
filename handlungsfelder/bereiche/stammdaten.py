"""The reference data menus and choosers, each user seeing the data of the concepts they work in."""

from wagtail.snippets.views.chooser import ChooseResultsView, ChooseView, SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from .zugriff import stammdaten_fuer


class _KonzeptAuswahl:
    def get_object_list(self):
        return stammdaten_fuer(self.request.user, super().get_object_list())


class KonzeptChooseView(_KonzeptAuswahl, ChooseView):
    pass


class KonzeptChooseResultsView(_KonzeptAuswahl, ChooseResultsView):
    pass


class KonzeptChooserViewSet(SnippetChooserViewSet):
    choose_view_class = KonzeptChooseView
    choose_results_view_class = KonzeptChooseResultsView


class KonzeptStammdatenViewSet(SnippetViewSet):
    """A snippet view set whose list and chooser hold only the user's concepts' data (editing and deleting
    another concept's data are refused in `hooks.py`)."""

    chooser_viewset_class = KonzeptChooserViewSet

    def get_queryset(self, request):
        return stammdaten_fuer(request.user, self.model._default_manager.all())
