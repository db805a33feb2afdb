"""Replays the demo concept's history (data/historie.yaml) through real revisions, the approval workflow and
concept versions, then dates each step to the day it stands for in the story."""

import copy
from datetime import datetime, timedelta

from django.contrib.auth import get_user_model

from wagtail.models import PageLogEntry, Revision, TaskState, WorkflowState

from handlungsfelder.models import Aenderungsnotiz, BeschlussPage, HandlungsfeldPage, Konzeptversion, Veroeffentlichung

from .daten import DemoDataError, datum, eintraege, lade, pruefe, zeitpunkt

DATEI = "historie.yaml"
TEILE = [name for name, _label in HandlungsfeldPage.PARTS]


def _schritt(item, where: str) -> tuple:
    """A step as a tuple: ("status", titel, alt, neu), ("massnahme_neu", titel) or ("satz", teil, index, satz)."""
    if not isinstance(item, dict) or len(item) != 1:
        raise DemoDataError(f"{where}: erwartet „- <Schritt>: <Angaben>“, nicht {item!r}")
    [(art, value)] = item.items()
    if art == "status":
        pruefe(value, where, ("massnahme", "alt", "neu"))
        return ("status", value["massnahme"], value["alt"], value["neu"])
    if art == "massnahme_neu" and isinstance(value, str):
        return ("massnahme_neu", value)
    if art == "satz":
        pruefe(value, where, ("teil", "block", "text"))
        if value["teil"] not in TEILE or not isinstance(value["block"], int) or value["block"] < 1:
            raise DemoDataError(f"{where}: teil muss einer von {TEILE} sein, block eine Nummer ab 1")
        return ("satz", value["teil"], value["block"] - 1, f" {value['text']}")
    raise DemoDataError(f"{where}: unbekannter Schritt {art!r}")


class Historie:
    """The contents of historie.yaml, checked: the first version's publication, versions and changes."""

    def __init__(self) -> None:
        data = pruefe(lade(DATEI), DATEI, ("erstfassung", "autor", "freigaben", "versionen", "aenderungen"))
        erstfassung = pruefe(data["erstfassung"], f"{DATEI}, erstfassung", ("am", "aenderungsgrund"))
        self.erstfassung_am = zeitpunkt(erstfassung["am"], f"{DATEI}, erstfassung.am")
        self.erstfassung_grund = erstfassung["aenderungsgrund"]
        self.autor, self.freigaben = data["autor"], data["freigaben"]
        self.versionen = []
        for where, version in eintraege(data, "versionen", DATEI):
            keys = ("nummer", "beschlossen_am", "in_kraft_ab", "festgehalten_am", "beschluss_referenz")
            pruefe(version, where, keys)
            self.versionen.append(
                version
                | {
                    "beschlossen_am": datum(version["beschlossen_am"], where),
                    "in_kraft_ab": datum(version["in_kraft_ab"], where),
                    "festgehalten_am": zeitpunkt(version["festgehalten_am"], where),
                }
            )
        self.aenderungen = []
        for where, change in eintraege(data, "aenderungen", DATEI):
            pruefe(change, where, ("seite", "am", "aenderungsgrund", "schritte"))
            schritte = [_schritt(item, here) for here, item in eintraege(change, "schritte", where)]
            self.aenderungen.append(change | {"am": zeitpunkt(change["am"], where), "ops": schritte, "where": where})


def _massnahme(blocks: list[dict], titel: str, where: str) -> dict:
    for block in blocks:
        if block["type"] == "massnahme" and block["value"]["titel"] == titel:
            return block
    raise DemoDataError(f"{where}: Maßnahme „{titel}“ nicht gefunden")


def _set_satz(blocks: list[dict], index: int, satz: str, vorhanden: bool, where: str) -> None:
    if index >= len(blocks) or blocks[index]["type"] != "paragraph":
        raise DemoDataError(f"{where}: Block {index + 1} ist kein Absatz")
    html = blocks[index]["value"]
    if vorhanden:
        blocks[index]["value"] = html.replace("</p>", f"{satz}</p>", 1)
    elif satz not in html:
        raise DemoDataError(f"{where}: Satz nicht gefunden: {satz!r}")
    else:
        blocks[index]["value"] = html.replace(satz, "", 1)


class Geschichte:
    """Holds each Handlungsfeld's parts while the changes are undone (to version 1.0) and replayed."""

    def __init__(self, historie: Historie, final_parts: dict[str, dict[str, list]]):
        self.historie = historie
        self.final = copy.deepcopy(final_parts)
        self.parts = copy.deepcopy(final_parts)
        self.entfernt: dict[tuple[str, str], tuple[int, dict]] = {}
        for change in reversed(historie.aenderungen):
            if change["seite"] not in self.parts:
                raise DemoDataError(f"{change['where']}: unbekanntes Handlungsfeld {change['seite']!r}")
            for op in reversed(change["ops"]):
                self._undo(change["seite"], op, change["where"])

    def _undo(self, slug: str, op: tuple, where: str) -> None:
        parts = self.parts[slug]
        if op[0] == "status":
            _massnahme(parts["umsetzungsplan"], op[1], where)["value"]["status"] = op[2]
        elif op[0] == "massnahme_neu":
            block = _massnahme(parts["umsetzungsplan"], op[1], where)
            index = parts["umsetzungsplan"].index(block)
            self.entfernt[(slug, op[1])] = (index, parts["umsetzungsplan"].pop(index))
        elif op[0] == "satz":
            _set_satz(parts[op[1]], op[2], op[3], vorhanden=False, where=where)

    def apply(self, slug: str, op: tuple, where: str) -> None:
        parts = self.parts[slug]
        if op[0] == "status":
            _massnahme(parts["umsetzungsplan"], op[1], where)["value"]["status"] = op[3]
        elif op[0] == "massnahme_neu":
            index, block = self.entfernt.pop((slug, op[1]))
            parts["umsetzungsplan"].insert(index, block)
        elif op[0] == "satz":
            _set_satz(parts[op[1]], op[2], op[3], vorhanden=True, where=where)

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


def _benutzer(usernames: list[str]) -> dict:
    users = get_user_model().objects.in_bulk(usernames, field_name="username")
    missing = sorted(set(usernames) - set(users))
    if missing:
        raise DemoDataError(f"{DATEI}: unbekannte Benutzer {missing} (siehe konten.yaml)")
    return users


def replay(geschichte: Geschichte, start_page, pages: dict[str, HandlungsfeldPage], log) -> None:
    """Publish every change through the workflow (proposed by `autor`, each step approved by the next of
    `freigaben`) and freeze each concept version at its date."""
    historie = geschichte.historie
    users = _benutzer([historie.autor, *historie.freigaben])
    autor = users[historie.autor]
    versionen = list(historie.versionen)
    for change in historie.aenderungen:
        when = change["am"]
        while versionen and versionen[0]["festgehalten_am"] < when:
            _freeze(start_page, versionen.pop(0), log)
        page = HandlungsfeldPage.objects.get(pk=pages[change["seite"]].pk)
        for op in change["ops"]:
            geschichte.apply(change["seite"], op, change["where"])
        for name, value in geschichte.parts[change["seite"]].items():
            setattr(page, name, copy.deepcopy(value))
        revision = page.save_revision(user=autor, log_action=True)
        Aenderungsnotiz.objects.create(revision=revision, text=change["aenderungsgrund"], autor=autor)
        page.get_workflow().start(page, autor)
        for username in [*historie.freigaben, None]:
            task_state = HandlungsfeldPage.objects.get(pk=page.pk).current_workflow_task_state
            if (task_state is None) != (username is None):
                raise DemoDataError(f"{DATEI}: freigaben muss für jeden Schritt des Freigabewegs eine Person nennen")
            if task_state is not None:
                task_state.approve(user=users[username])
        date_publication(page, revision, when)
    for version in versionen:
        _freeze(start_page, version, log)
    if not geschichte.complete():
        raise DemoDataError(f"{DATEI}: nach allen Änderungen stimmt der Inhalt nicht mit den Handlungsfeldern überein")
    log(f"Versionsgeschichte: {len(historie.aenderungen)} Änderungen über den Freigabeweg veröffentlicht")


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
