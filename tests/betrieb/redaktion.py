"""The Redaktion of the load test, in its own process: publishes change after change of the WLAN page and reads each
back at once, on the page and in the search, through the server the readers use."""

import json
import sys
import time

import requests

from handlungsfelder.models import HandlungsfeldPage


def main(base_url: str, seconds: float) -> None:
    wlan = HandlungsfeldPage.objects.get(slug="wlan", locale__language_code="de")
    session = requests.Session()
    result = {"publications": 0, "requests": 0, "errors": [], "not_visible": []}
    started = time.monotonic()
    while time.monotonic() - started < seconds:
        number = result["publications"] + 1
        token = f"lastprobe{number:04d}"
        page = HandlungsfeldPage.objects.get(pk=wlan.pk)
        page.summary = f"Flächendeckendes WLAN, Stand {token}."
        page.save_revision().publish()
        result["publications"] = number
        for url, expected in (
            ("/handlungsfelder/wlan/", token),
            (f"/suche/?q={token}", 'href="/handlungsfelder/wlan/"'),
        ):
            response = session.get(base_url + url, timeout=30)
            result["requests"] += 1
            if response.status_code != 200:
                result["errors"].append(f"{url}: {response.status_code}")
            elif expected not in response.text:
                result["not_visible"].append(url)
    json.dump(result, sys.stdout)
