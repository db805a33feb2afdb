"""Another concept's reference data and versions can be neither edited nor deleted; new reference data belongs to
the creator's concept."""

from wagtail import hooks
from wagtail.admin.auth import permission_denied

from .zugriff import darf_stammdaten, eigenes_konzept, konzeptgebunden


@hooks.register("before_edit_snippet")
def fremde_stammdaten_nicht_bearbeiten(request, instance):
    if konzeptgebunden(type(instance)) and not darf_stammdaten(request.user, instance):
        return permission_denied(request)
    return None


@hooks.register("before_delete_snippet")
def fremde_stammdaten_nicht_loeschen(request, instances):
    if any(konzeptgebunden(type(objekt)) and not darf_stammdaten(request.user, objekt) for objekt in instances):
        return permission_denied(request)
    return None


@hooks.register("after_create_snippet")
def neue_stammdaten_dem_konzept_zuordnen(request, instance):
    if konzeptgebunden(type(instance)) and instance.konzept_id is None:
        konzept = eigenes_konzept(request.user)
        if konzept is not None:
            instance.konzept = konzept
            instance.save(update_fields=["konzept"])
    return None
