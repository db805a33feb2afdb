"""Replays the demo concept's history (historie.py) through real revisions, the approval workflow and
concept versions, then dates each step to the day it stands for in the story."""

import copy
from datetime import datetime, timedelta

from django.contrib.auth import get_user_model

from wagtail.models import PageLogEntry, Revision, TaskState, WorkflowState

from ..models import Aenderungsnotiz, BeschlussPage, HandlungsfeldPage, Konzeptversion, Veroeffentlichung
from . import historie


class GeschichteError(Exception):
    """historie.py does not fit the Handlungsfelder' current content."""


def _massnahme(blocks: list[dict], titel: str) -> dict:
    for block in blocks:
        if block["type"] == "massnahme" and block["value"]["titel"] == titel:
            return block
    raise GeschichteError(f"Maßnahme „{titel}“ nicht gefunden")


def _set_satz(blocks: list[dict], index: int, satz: str, vorhanden: bool) -> None:
    html = blocks[index]["value"]
    if vorhanden:
        blocks[index]["value"] = html.replace("</p>", f"{satz}</p>", 1)
    elif satz not in html:
        raise GeschichteError(f"Satz nicht gefunden: {satz!r}")
    else:
        blocks[index]["value"] = html.replace(satz, "", 1)


class Geschichte:
    """Holds each Handlungsfeld's parts while the changes are undone (to version 1.0) and replayed."""

    def __init__(self, final_parts: dict[str, dict[str, list]]):
        self.final = copy.deepcopy(final_parts)
        self.parts = copy.deepcopy(final_parts)
        self.entfernt: dict[tuple[str, str], tuple[int, dict]] = {}
        for change in reversed(historie.AENDERUNGEN):
            for op in reversed(change["ops"]):
                self._undo(change["seite"], op)

    def _undo(self, slug: str, op: tuple) -> None:
        parts = self.parts[slug]
        if op[0] == "status":
            _massnahme(parts["umsetzungsplan"], op[1])["value"]["status"] = op[2]
        elif op[0] == "massnahme_neu":
            block = _massnahme(parts["umsetzungsplan"], op[1])
            index = parts["umsetzungsplan"].index(block)
            self.entfernt[(slug, op[1])] = (index, parts["umsetzungsplan"].pop(index))
        elif op[0] == "satz":
            _set_satz(parts[op[1]], op[2], op[3], vorhanden=False)

    def apply(self, slug: str, op: tuple) -> None:
        parts = self.parts[slug]
        if op[0] == "status":
            _massnahme(parts["umsetzungsplan"], op[1])["value"]["status"] = op[3]
        elif op[0] == "massnahme_neu":
            index, block = self.entfernt.pop((slug, op[1]))
            parts["umsetzungsplan"].insert(index, block)
        elif op[0] == "satz":
            _set_satz(parts[op[1]], op[2], op[3], vorhanden=True)

    def complete(self) -> bool:
        return self.parts == self.final


def date_publication(page, revision: Revision, when: datetime) -> None:
    """Give a publication, its revision, approvals and log entries the date it has in the story."""
    Revision.objects.filter(pk=revision.pk).update(created_at=when)
    PageLogEntry.objects.filter(revision=revision).update(timestamp=when)
    approvals = TaskState.objects.filter(revision=revision, status=TaskState.STATUS_APPROVED).order_by("pk")
    for offset, state in enumerate(reversed(list(approvals))):
        TaskState.objects.filter(pk=state.pk).update(finished_at=when - timedelta(days=7 * offset))
    WorkflowState.objects.filter(task_states__revision=revision).update(created_at=when - timedelta(days=21))
    for record in Veroeffentlichung.objects.filter(revision=revision):
        freigaben = record.freigaben
        for offset, freigabe in enumerate(reversed(freigaben)):
            freigabe["am"] = (when - timedelta(days=7 * offset)).isoformat()
        Veroeffentlichung.objects.filter(pk=record.pk).update(veroeffentlicht_am=when, freigaben=freigaben)
    fields = {"last_published_at": when, "latest_revision_created_at": when}
    if page.first_published_at is None or page.first_published_at > when:
        fields["first_published_at"] = when
    type(page).objects.filter(pk=page.pk).update(**fields)


def replay(geschichte: Geschichte, start_page, pages: dict[str, HandlungsfeldPage], log) -> None:
    """Publish every change through the workflow and freeze each concept version at its date."""
    users = get_user_model().objects.in_bulk(["systembetreuer", "arbeitsgruppe", "redaktion"], field_name="username")
    versionen = [dict(v, festgehalten_am=datetime.fromisoformat(v["festgehalten_am"])) for v in historie.VERSIONEN]
    for change in historie.AENDERUNGEN:
        when = datetime.fromisoformat(change["am"])
        while versionen and versionen[0]["festgehalten_am"] < when:
            _freeze(start_page, versionen.pop(0), log)
        page = HandlungsfeldPage.objects.get(pk=pages[change["seite"]].pk)
        for op in change["ops"]:
            geschichte.apply(change["seite"], op)
        for name, value in geschichte.parts[change["seite"]].items():
            setattr(page, name, copy.deepcopy(value))
        revision = page.save_revision(user=users["systembetreuer"], log_action=True)
        Aenderungsnotiz.objects.create(revision=revision, text=change["aenderungsgrund"], autor=users["systembetreuer"])
        page.get_workflow().start(page, users["systembetreuer"])
        page.current_workflow_task_state.approve(user=users["arbeitsgruppe"])
        HandlungsfeldPage.objects.get(pk=page.pk).current_workflow_task_state.approve(user=users["redaktion"])
        date_publication(page, revision, when)
    for version in versionen:
        _freeze(start_page, version, log)
    if not geschichte.complete():
        raise GeschichteError("Nach allen Änderungen stimmt der Inhalt nicht mit den Handlungsfeldern überein")
    log(f"Versionsgeschichte: {len(historie.AENDERUNGEN)} Änderungen über den Freigabeweg veröffentlicht")


def _freeze(start_page, version: dict, log) -> None:
    if Konzeptversion.objects.filter(konzept=start_page, nummer=version["nummer"]).exists():
        return
    konzeptversion = Konzeptversion(
        konzept=start_page,
        nummer=version["nummer"],
        beschlossen_am=version["beschlossen_am"],
        in_kraft_ab=version["in_kraft_ab"],
        beschluss_referenz=version["beschluss_referenz"],
        beschluss=BeschlussPage.objects.filter(konzeptversion=version["nummer"]).first(),
        veroeffentlicht_am=version["festgehalten_am"],
    )
    konzeptversion.save()
    log(f"Konzeptversion {version['nummer']} festgehalten ({konzeptversion.seiten.count()} Seiten)")
