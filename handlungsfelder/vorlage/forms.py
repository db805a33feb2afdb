"""The form of "Als Vorlage übernehmen": which concept at which state, the municipality's name and hostname."""

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.models import Locale

from ..konzept.models import KonzeptStartPage
from ..versionen.models import Konzeptversion

AKTUELL = "aktuell"


def quellen() -> list[tuple[str, list[tuple[str, str]]]]:
    """Per live concept (in the default language, not its translations), a group named by its title: its current
    state and each adopted version."""
    start_pages = list(KonzeptStartPage.objects.live().filter(locale=Locale.get_default()).order_by("path"))
    versionen: dict[int, list] = {}
    for version in Konzeptversion.objects.filter(konzept__in=start_pages).order_by("-beschlossen_am", "-pk"):
        versionen.setdefault(version.konzept_id, []).append(version)
    return [
        (
            seite.title,
            [
                (f"{AKTUELL}-{seite.pk}", _("Aktueller veröffentlichter Stand")),
                *(
                    (
                        f"version-{version.pk}",
                        _("Version %(nummer)s vom %(datum)s")
                        % {
                            "nummer": version.nummer,
                            "datum": version.beschlossen_am.strftime("%d.%m.%Y"),
                        },
                    )
                    for version in versionen.get(seite.pk, [])
                ),
            ],
        )
        for seite in start_pages
    ]


class VorlageForm(forms.Form):
    quelle = forms.ChoiceField(
        label=gettext_lazy("Vorlage"),
        help_text=gettext_lazy("Der aktuelle Stand eines IT-Konzepts oder eine beschlossene Version."),
        error_messages={"invalid_choice": gettext_lazy("Diesen Stand oder diese Version gibt es nicht.")},
    )
    name = forms.CharField(
        label=gettext_lazy("Name der Kommune"),
        max_length=100,
        help_text=gettext_lazy("z. B. „Markt Peißenberg“; benennt das Konzept, seine Website und seine Gruppen."),
    )
    hostname = forms.CharField(
        label=gettext_lazy("Hostname"),
        max_length=253,
        help_text=gettext_lazy("Die Adresse der neuen Website ohne https://, z. B. „it-konzept.peissenberg.de“."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["quelle"].choices = quellen()

    def quelle_und_version(self) -> tuple[KonzeptStartPage, Konzeptversion | None]:
        art, pk = self.cleaned_data["quelle"].split("-", 1)
        if art == AKTUELL:
            return KonzeptStartPage.objects.get(pk=pk), None
        version = Konzeptversion.objects.select_related("konzept").get(pk=pk)
        return version.konzept, version
