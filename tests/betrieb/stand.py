"""A comparable picture of an installation, for the backup tests: what a restore must bring back exactly.

Read in the test process for the source and through `main()` in a subprocess (printing JSON) for a restored
database, so both sides are read the same way whatever their engine.
"""

import hashlib
import json
import sys

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import serializers
from django.test import Client

from wagtail.documents import get_document_model
from wagtail.models import GroupPagePermission, Page, Revision, TaskState, WorkflowState

from bs4 import BeautifulSoup

from handlungsfelder.models import Veroeffentlichung

PAGES = ["/", "/handlungsfelder/wlan/"]


def _plain(value):
    """JSON text inside a field (StreamField data) as data: key order differs between jsonb and SQLite text."""
    if isinstance(value, str) and value[:1] in "[{":
        try:
            return _plain(json.loads(value))
        except ValueError:
            return value
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


def rows(objects) -> list[dict]:
    return _plain(json.loads(serializers.serialize("json", objects)))


def main_text(client: Client, url: str) -> dict:
    response = client.get(url)
    main = BeautifulSoup(response.content, "html.parser").find("main")
    return {"status": response.status_code, "text": main.get_text(" ", strip=True) if main else None}


def stand() -> dict:
    pages = Page.objects.order_by("path")
    documents = get_document_model().objects.order_by("pk")
    client = Client(SERVER_NAME="localhost")
    return {
        "pages": [
            {
                "url_path": page.url_path,
                "title": page.title,
                "live": page.live,
                "content": rows([page, page.specific]),
                "revisions": rows(Revision.page_revisions.filter(object_id=str(page.pk)).order_by("pk")),
            }
            for page in pages
        ],
        "publications": rows(Veroeffentlichung.objects.order_by("pk")),
        "workflow_states": rows(WorkflowState.objects.order_by("pk")),
        "task_states": rows(TaskState.objects.order_by("pk")),
        "documents": [
            {
                "title": document.title,
                "file": document.file.name,
                "sha256": hashlib.sha256(document.file.open("rb").read()).hexdigest(),
            }
            for document in documents
        ],
        "users": rows(get_user_model().objects.order_by("username")),
        "groups": rows(Group.objects.order_by("name")) + rows(GroupPagePermission.objects.order_by("pk")),
        "http": {url: main_text(client, url) for url in PAGES},
    }


def main() -> None:
    json.dump(stand(), sys.stdout)
