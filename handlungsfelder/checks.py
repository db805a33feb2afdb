"""What the plugin needs from its host, as system checks: each says what to set and why.

Registered in `apps.py`; `manage.py check` (and every other command) runs them.
"""

from django.apps import apps
from django.conf import settings
from django.core import checks
from django.urls import NoReverseMatch, Resolver404, resolve, reverse
from django.utils import translation


def _error(number: str, message: str, hint: str) -> list[checks.CheckMessage]:
    return [checks.Error(message, hint=hint, id=f"handlungsfelder.{number}")]


def reapproval_on_edit(app_configs, **kwargs) -> list[checks.CheckMessage]:
    if getattr(settings, "WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT", False) is True:
        return []
    return _error(
        "E001",
        "WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT ist nicht True.",
        "Setzen Sie WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True: sonst behält ein Vorschlag, der während "
        "der Prüfung geändert wird, die Freigaben der früheren Fassung, und Text erreicht die Öffentlichkeit ohne "
        "zwei Freigaben.",
    )


def autosave_off(app_configs, **kwargs) -> list[checks.CheckMessage]:
    if getattr(settings, "WAGTAIL_AUTOSAVE_INTERVAL", 500) == 0:
        return []
    return _error(
        "E008",
        "Wagtails automatisches Speichern ist eingeschaltet (WAGTAIL_AUTOSAVE_INTERVAL ist nicht 0).",
        "Setzen Sie WAGTAIL_AUTOSAVE_INTERVAL = 0: jede automatisch gespeicherte Revision einer Seite in der "
        "Freigabe startet die Prüfschritte neu, überholt eine Einreichung oder hinterlässt nach der "
        "Veröffentlichung einen leeren Entwurf.",
    )


def localize_keeps_translations_as_drafts(app_configs, **kwargs) -> list[checks.CheckMessage]:
    if not apps.is_installed("wagtail_localize"):
        return []
    if getattr(settings, "WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE", True) is False:
        return []
    return _error(
        "E002",
        "WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE ist nicht False.",
        "Setzen Sie WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False: sonst veröffentlicht wagtail-localize "
        "jede zur Übersetzung eingereichte Seite sofort, an der Freigabe vorbei.",
    )


def app_precedes_localize(app_configs, **kwargs) -> list[checks.CheckMessage]:
    if not apps.is_installed("wagtail_localize"):
        return []
    order = [config.name for config in apps.get_app_configs()]
    if order.index("handlungsfelder") < order.index("wagtail_localize"):
        return []
    return _error(
        "E003",
        "„handlungsfelder“ steht in INSTALLED_APPS nach „wagtail_localize“.",
        "Tragen Sie „handlungsfelder“ vor „wagtail_localize“ ein: nur dann ersetzt seine Ansicht „Übersetzte Seiten "
        "synchronisieren“ die von wagtail-localize, die Übersetzern ohne Veröffentlichungsrecht „Sofort "
        "veröffentlichen“ anbietet.",
    )


def routable_pages_installed(app_configs, **kwargs) -> list[checks.CheckMessage]:
    if apps.is_installed("wagtail.contrib.routable_page"):
        return []
    return _error(
        "E004",
        "„wagtail.contrib.routable_page“ fehlt in INSTALLED_APPS.",
        "Tragen Sie „wagtail.contrib.routable_page“ ein: die Versionsgeschichte eines Handlungsfelds sind Routen "
        "der Seite, ihre Vorlagen verlinken sie mit {% routablepageurl %}.",
    )


def urls_before_wagtail_pages(app_configs, **kwargs) -> list[checks.CheckMessage]:
    with translation.override(settings.LANGUAGE_CODE):
        try:
            match = resolve(reverse("handlungsfelder:suche"))
        except (NoReverseMatch, Resolver404):
            return _error(
                "E005",
                "Die Adressen des Plugins sind nicht eingebunden.",
                'Nehmen Sie path("", include("handlungsfelder.urls")) in die URL-Konfiguration auf, vor '
                'path("", include(wagtail_urls)): sonst fehlen Suche, Schulen, Umsetzung, PDF und Versionen.',
            )
    if "handlungsfelder" in match.namespaces:
        return []
    return _error(
        "E006",
        "Wagtails Seitenauslieferung steht in der URL-Konfiguration vor den Adressen des Plugins.",
        'Binden Sie path("", include("handlungsfelder.urls")) vor path("", include(wagtail_urls)) ein: sonst '
        "antwortet Wagtail auf /suche/, /schulen/ usw. mit 404.",
    )


def extra_subpage_types_exist(app_configs, **kwargs) -> list[checks.CheckMessage]:
    from wagtail.models import Page

    errors = []
    for name in getattr(settings, "HANDLUNGSFELDER_START_PAGE_EXTRA_SUBPAGE_TYPES", []):
        try:
            model = apps.get_model(name)
        except (LookupError, ValueError):
            model = None
        if model is None or not issubclass(model, Page):
            errors += _error(
                "E007",
                f"HANDLUNGSFELDER_START_PAGE_EXTRA_SUBPAGE_TYPES nennt „{name}“, keinen Seitentyp.",
                "Geben Sie Seitentypen als „app_label.Modell“ an, z. B. „pages.ContentPage“.",
            )
    return errors


def rich_text_editor_refuses_raw_input(app_configs, **kwargs) -> list[checks.CheckMessage]:
    widget = getattr(settings, "WAGTAILADMIN_RICH_TEXT_EDITORS", {}).get("default", {}).get("WIDGET")
    if widget == "handlungsfelder.freigabe.widgets.DraftailEditor":
        return []
    return [
        checks.Warning(
            "Der Rich-Text-Editor der Seiten ist nicht handlungsfelder.freigabe.widgets.DraftailEditor.",
            hint='Setzen Sie WAGTAILADMIN_RICH_TEXT_EDITORS = {"default": {"WIDGET": '
            '"handlungsfelder.freigabe.widgets.DraftailEditor"}}: sonst antwortet das Speichern einer Seite mit 500, '
            "wenn ein Textfeld etwas anderes als die Daten des Editors enthält.",
            id="handlungsfelder.W002",
        )
    ]


def _arbeitet_im_hintergrund(alias: str) -> bool:
    """Whether TASKS has a backend `alias` that runs its tasks outside the request (the immediate backend would
    build a PDF or send mail inside the request that published)."""
    from django_tasks import task_backends
    from django_tasks.backends.immediate import ImmediateBackend
    from django_tasks.exceptions import InvalidTaskBackendError

    try:
        return not isinstance(task_backends[alias], ImmediateBackend)
    except InvalidTaskBackendError:
        return False


def pdf_task_backend(app_configs, **kwargs) -> list[checks.CheckMessage]:
    alias = getattr(settings, "HANDLUNGSFELDER_PDF_TASK_BACKEND", "pdf")
    if _arbeitet_im_hintergrund(alias):
        return []
    return _error(
        "E009",
        f"TASKS hat kein Backend „{alias}“ für die Warteschlange der PDFs, das im Hintergrund arbeitet.",
        f'Tragen Sie in TASKS ein Backend „{alias}“ ein, z. B. {{"BACKEND": "django_tasks_db.DatabaseBackend"}} '
        f"(„django_tasks_db“ in INSTALLED_APPS), und starten Sie einen Worker: manage.py db_worker --backend {alias}. "
        "Das PDF wird nie während einer Anfrage erstellt; ohne Worker bleibt es beim letzten erstellten Stand.",
    )


def subscription_sender(app_configs, **kwargs) -> list[checks.CheckMessage]:
    from django.conf import global_settings

    if settings.DEFAULT_FROM_EMAIL != global_settings.DEFAULT_FROM_EMAIL:
        return []
    return [
        checks.Warning(
            f"DEFAULT_FROM_EMAIL ist Djangos Vorgabe „{global_settings.DEFAULT_FROM_EMAIL}“.",
            hint="Setzen Sie DEFAULT_FROM_EMAIL auf die Absenderadresse der Redaktion: mit ihr gehen die "
            "Bestätigungen und Zusammenfassungen der E-Mail-Abonnements hinaus; viele Mailserver weisen "
            "Nachrichten von „webmaster@localhost“ ab.",
            id="handlungsfelder.W003",
        )
    ]


def subscription_task_backend(app_configs, **kwargs) -> list[checks.CheckMessage]:
    alias = getattr(settings, "HANDLUNGSFELDER_ABONNEMENT_TASK_BACKEND", None)
    # Without it the PDF's backend is used, checked by E009.
    if alias is None or _arbeitet_im_hintergrund(alias):
        return []
    return _error(
        "E010",
        f"TASKS hat kein Backend „{alias}“ (HANDLUNGSFELDER_ABONNEMENT_TASK_BACKEND), das im Hintergrund arbeitet.",
        f"Tragen Sie in TASKS ein Backend „{alias}“ ein, z. B. django_tasks_db.DatabaseBackend, und starten Sie "
        f"einen Worker dafür (manage.py db_worker --backend {alias}), oder lassen Sie die Einstellung weg: dann "
        "gehen die Zusammenfassungen der Abonnements über die Warteschlange der PDFs. Nie während der Anfrage, "
        "die veröffentlicht.",
    )


def data_licence(app_configs, **kwargs) -> list[checks.CheckMessage]:
    lizenz = getattr(settings, "HANDLUNGSFELDER_DATENLIZENZ", None)
    if lizenz is None or (
        isinstance(lizenz, dict)
        and str(lizenz.get("name") or "").strip()
        and str(lizenz.get("url") or "").startswith(("https://", "http://"))
    ):
        return []
    return _error(
        "E011",
        "HANDLUNGSFELDER_DATENLIZENZ nennt keine Lizenz mit Name und Adresse.",
        'Setzen Sie HANDLUNGSFELDER_DATENLIZENZ = {"name": "…", "kennung": "…", "url": "https://…"} oder lassen Sie '
        "die Einstellung weg (dann gilt die Datenlizenz Deutschland – Namensnennung – Version 2.0): die Lizenz steht "
        "in jeder Antwort der API, in den Exporten und neben ihren Links.",
    )


def request_in_template_context(app_configs, **kwargs) -> list[checks.CheckMessage]:
    processor = "django.template.context_processors.request"
    for engine in settings.TEMPLATES:
        if engine["BACKEND"] == "django.template.backends.django.DjangoTemplates":
            if processor in engine.get("OPTIONS", {}).get("context_processors", []):
                return []
    return [
        checks.Warning(
            f"„{processor}“ fehlt in den context_processors der Django-Vorlagen.",
            hint="Tragen Sie ihn ein: Navigation, Sprachwahl und Brotkrumen der Seiten des Plugins brauchen die "
            "Anfrage im Vorlagenkontext.",
            id="handlungsfelder.W001",
        )
    ]


CHECKS = [
    (reapproval_on_edit, [checks.Tags.compatibility]),
    (autosave_off, [checks.Tags.compatibility]),
    (localize_keeps_translations_as_drafts, [checks.Tags.compatibility]),
    (app_precedes_localize, [checks.Tags.compatibility]),
    (routable_pages_installed, [checks.Tags.compatibility]),
    (urls_before_wagtail_pages, [checks.Tags.urls]),
    (extra_subpage_types_exist, [checks.Tags.models]),
    (request_in_template_context, [checks.Tags.templates]),
    (pdf_task_backend, [checks.Tags.compatibility]),
    (rich_text_editor_refuses_raw_input, [checks.Tags.compatibility]),
    (subscription_sender, [checks.Tags.compatibility]),
    (subscription_task_backend, [checks.Tags.compatibility]),
    (data_licence, [checks.Tags.compatibility]),
]
