"""Headless Debian Chromium through Playwright against pytest-django's live server; axe-core from `make`.

Required with CI=true; elsewhere a missing Chromium or axe-core skips these tests with one line.
Playwright's sync API runs an event loop in the main thread, so Django's async-safety check is relaxed
(DJANGO_ALLOW_ASYNC_UNSAFE) only while a browser runs. The browser lives for one test: kept open across tests, it
breaks the serialized rollback that gives each transactional test Wagtail's root page and locale back.
"""

import os
from io import StringIO
from pathlib import Path

from django.core.management import call_command
from django.db import connections

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE_CORE_JS = Path(
    os.environ.get(
        "AXE_CORE_JS", Path(__file__).resolve().parents[2] / "var/node/axe-core-4.14.1/node_modules/axe-core/axe.min.js"
    )
)


def missing(what: str) -> None:
    message = f"Browsertests übersprungen: {what} fehlt (make test installiert es; mit CI=true Pflicht)."
    if os.environ.get("CI") == "true":
        pytest.fail(message.replace("übersprungen", "nicht möglich"))
    pytest.skip(message)


@pytest.fixture
def browser():
    if not CHROMIUM.exists():
        missing(str(CHROMIUM))
    from playwright.sync_api import sync_playwright

    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            yield chromium
            chromium.close()
            # Connections opened while the browser ran would keep PostgreSQL from dropping the test database.
            connections.close_all()
    finally:
        if previous is None:
            del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="de-DE", accept_downloads=True)
    yield context.new_page()
    context.close()


# Reports every Content-Security-Policy violation of a document (any frame, any tab) to the test.
CSP_REPORTER = """document.addEventListener("securitypolicyviolation", (event) => window.reportCspViolation(
    `${event.violatedDirective} blocked ${event.blockedURI || "inline"} in ${event.sourceFile}:${event.lineNumber}`
), true);"""


@pytest.fixture
def header_problems(page) -> list[str]:
    """What Chromium objects to in the security headers while the test runs: CSP violations (as events and as
    console messages) and Permissions-Policy errors, in every frame and tab of the page's context."""
    problems = []

    def report(text: str) -> None:
        problems.append(text)

    def read_console(message) -> None:
        if "Content Security Policy" in message.text or "Permissions-Policy" in message.text:
            problems.append(message.text)

    page.context.expose_function("reportCspViolation", report)
    page.context.add_init_script(CSP_REPORTER)
    page.context.on("console", read_console)
    return problems


@pytest.fixture(scope="session")
def axe_script() -> Path:
    if not AXE_CORE_JS.is_file():
        missing(f"axe-core ({AXE_CORE_JS})")
    return AXE_CORE_JS


@pytest.fixture
def site(live_server) -> str:
    """The demo concept behind the live server; its address."""
    call_command("load_demo", stdout=StringIO())
    return live_server.url
