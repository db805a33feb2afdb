"""The concept with an English translation of part of it, as the tests of the English site need it."""

from wagtail.models import Locale

import pytest

from handlungsfelder.sprachen.uebersetzung import uebersetzen


@pytest.fixture
def englisch(db) -> Locale:
    return Locale.objects.get(language_code="en")


@pytest.fixture
def englisches_konzept(konzept, englisch):
    """Start page, index and Netzwerk translated and published; WLAN not translated."""
    uebersetzen(konzept.start, englisch, {"IT-Konzept für die Schulen": "IT concept for the schools"})
    uebersetzen(konzept.index, englisch, {"Handlungsfelder": "Fields of action"})
    uebersetzen(
        konzept.netzwerk,
        englisch,
        {"Netzwerk": "Network", "Ausgangslage, Ziele und Maßnahmen.": "Starting point, goals and measures."},
    )
    return konzept
