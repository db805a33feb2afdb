"""The Sachstandsbericht's admin form on a phone and a desktop: no sideways scrolling, axe-core clean, the preview's
wide tables scroll in their frame, and the PDF arrives as a download."""

import datetime

from django.urls import reverse

import pytest

from handlungsfelder.freigabe.rollen import REDAKTION

from ..freigabe.helpers import member
from .axe import serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

# The admin scrolls inside <main>, so the page itself never is wider than the window.
OVERFLOW = "document.querySelector('main').scrollWidth - document.querySelector('main').clientWidth"


def test_the_form_and_preview_fit_a_phone_and_a_desktop_and_the_pdf_downloads(browser, site, axe_script):
    member("bericht", REDAKTION)
    url = site + reverse("handlungsfelder_sachstandsbericht")
    for viewport in ({"width": 390, "height": 844}, {"width": 1366, "height": 900}):
        context = browser.new_context(locale="de-DE", viewport=viewport, accept_downloads=True, bypass_csp=True)
        page = context.new_page()
        page.goto(site + "/admin/login/")
        page.fill("#id_username", "bericht")
        page.fill("#id_password", "pw")
        page.click("button[type=submit]")
        page.wait_for_url("**/admin/")
        page.goto(url)
        assert page.evaluate(OVERFLOW) <= 0, viewport
        assert serious_violations(page, axe_script) == [], viewport

        # The form sends GET: a preview has an address (typing would race the date picker's pop-up).
        page.goto(f"{url}?stichtag={datetime.date.today():%Y-%m-%d}&vergleich=2021-06-01&format=vorschau")
        assert page.evaluate(OVERFLOW) <= 0, viewport
        assert page.locator("#aenderungen caption").first.inner_text().startswith("Neu umgesetzt")
        assert serious_violations(page, axe_script) == [], viewport

        page.check("input[name=format][value=pdf]")
        with page.expect_download() as download:
            page.get_by_role("button", name="Bericht erstellen").press("Enter")
        assert download.value.suggested_filename == f"sachstandsbericht-{datetime.date.today():%Y-%m-%d}.pdf"
        with open(download.value.path(), "rb") as pdf:
            assert pdf.read(4) == b"%PDF"
        context.close()
