"""The demo's reference data (stammdaten.yaml): regions, providers, schools, akteure and the contact person."""

from django.core.exceptions import ValidationError
from django.db import models

from wagtail.models import Locale

from handlungsfelder.models import Akteur, Dienstleister, Kontakt, Region, Schule

from .daten import DemoDataError, eintraege, lade, ohne, pruefe

DATEI = "stammdaten.yaml"


class Stammdaten:
    """Finds each object by its natural key or creates it, validated; counts both for the report."""

    def __init__(self, locale: Locale) -> None:
        self.locale = locale
        self.counts: dict[type[models.Model], tuple[int, int]] = {}

    def get_or_create(self, model: type[models.Model], lookup: dict, fields: dict, where: str) -> models.Model:
        created, existing = self.counts.get(model, (0, 0))
        instance = model.objects.filter(**lookup).first()
        if instance is not None:
            self.counts[model] = (created, existing + 1)
            return instance
        try:
            instance = model(**lookup, **fields)
            instance.full_clean()
        except (TypeError, ValueError) as error:
            raise DemoDataError(f"{where}: {error}") from error
        except ValidationError as error:
            raise DemoDataError(f"{where}: {error.message_dict}") from error
        instance.save()
        self.counts[model] = (created + 1, existing)
        return instance

    def build(self, refs: dict) -> Kontakt:
        """Create what is missing, fill `refs` (school slug, akteur key -> pk) and return the contact person."""
        data = pruefe(lade(DATEI), DATEI, ("regionen", "dienstleister", "schulen", "akteure", "kontakt"))
        regions = {
            slug: self.get_or_create(Region, {"slug": slug}, {"name": name}, f"{DATEI}, regionen, {slug}")
            for slug, name in pruefe(data["regionen"], f"{DATEI}, regionen").items()
        }

        def region(item: dict, where: str) -> Region:
            if item.get("region") not in regions:
                raise DemoDataError(f"{where}: unbekannte Region {item.get('region')!r}")
            return regions[item["region"]]

        for where, item in eintraege(data, "dienstleister", DATEI):
            fields = ohne(pruefe(item, where), "name") | {"region": region(item, where)}
            self.get_or_create(Dienstleister, {"name": item.get("name")}, fields, where)
        refs[Schule] = {}
        for slug, item in pruefe(data["schulen"], f"{DATEI}, schulen").items():
            where = f"{DATEI}, schulen, {slug}"
            fields = pruefe(item, where) | {"region": region(item, where)}
            refs[Schule][slug] = self.get_or_create(Schule, {"slug": slug, "locale": self.locale}, fields, where).pk
        refs[Akteur] = {}
        for key, item in pruefe(data["akteure"], f"{DATEI}, akteure").items():
            where = f"{DATEI}, akteure, {key}"
            lookup = {"name": pruefe(item, where).get("name"), "locale": self.locale}
            refs[Akteur][key] = self.get_or_create(Akteur, lookup, ohne(item, "name"), where).pk
        item = pruefe(data["kontakt"], f"{DATEI}, kontakt")
        lookup = {"name": item.get("name"), "locale": self.locale}
        return self.get_or_create(Kontakt, lookup, ohne(item, "name"), f"{DATEI}, kontakt")
