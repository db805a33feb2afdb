"""The subscription form in Chromium without JavaScript: usable on a phone, accessible with errors, axe-clean."""

from django.core import mail

import pytest

from ..pdf.worker import pdf_worker

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def serious_violations(page, axe_script) -> list[str]:
    page.add_script_tag(path=str(axe_script))
    violations = page.evaluate("async () => (await axe.run(document)).violations")
    return [
        f"{v['id']}: {[n['target'] for n in v['nodes']][:3]}"
        for v in violations
        if v["impact"] in ("serious", "critical")
    ]


@pytest.mark.parametrize("width, height", [(390, 844), (1366, 900)])
def test_the_form_fits_the_screen_shows_linked_errors_and_has_no_serious_axe_violations(
    browser, live_server, konzept, axe_script, width, height
):
    # axe-core comes in as an inline script, which the site's policy rightly refuses; the form itself needs none.
    context = browser.new_context(
        locale="de-DE", viewport={"width": width, "height": height}, java_script_enabled=True, bypass_csp=True
    )
    page = context.new_page()
    problems = {}
    page.goto(live_server.url + "/abonnieren/?handlungsfeld=wlan")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    problems["form"] = serious_violations(page, axe_script)

    page.fill("#id_email", "keine-adresse")
    page.click("main button[type=submit]")
    page.wait_for_selector(".fehler-zusammenfassung")
    assert page.get_attribute("#id_email", "aria-describedby") == "id_email-fehler"
    assert "gültige" in page.inner_text("#id_email-fehler")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    problems["fehler"] = serious_violations(page, axe_script)

    page.fill("#id_email", "eltern@example.org")
    page.click("main button[type=submit]")
    page.wait_for_selector("h1:has-text('bestätigen')")
    problems["gesendet"] = serious_violations(page, axe_script)
    page.goto(live_server.url + "/en/abonnieren/")
    assert page.inner_text("h1") == "Subscribe to changes by e-mail"
    problems["en"] = serious_violations(page, axe_script)
    context.close()
    assert {key: value for key, value in problems.items() if value} == {}
    pdf_worker()
    assert len(mail.outbox) == 1
