"""The county ten times over for the scale run of `make bench`: 150 Handlungsfelder, 5,000 Maßnahmen, 100 published
revisions per Handlungsfeld and 20 concept versions, on top of the demo.

Pages are copied from a demo Handlungsfeld and published through Wagtail (so they are live, searchable content that
renders); the 99 older revisions per page and their publication records are bulk-created rows of Wagtail's `Revision`
and the plugin's `Veroeffentlichung`, each a valid state of the page with one Maßnahme's status changed.
"""

import copy
import json
import uuid
from datetime import date, timedelta

from django.db import transaction
from django.utils import timezone

HANDLUNGSFELDER = 150
MASSNAHMEN = 5000
REVISIONEN = 100
KONZEPTVERSIONEN = 20
VORLAGE = "netzwerk"
STATUS = ["geplant", "in_umsetzung", "umgesetzt", "zurueckgestellt"]


def massnahmen(vorlage: dict, anzahl: int, nummer: int) -> list[dict]:
    blocks = []
    for i in range(anzahl):
        value = copy.deepcopy(vorlage["value"])
        value.update(titel=f"Maßnahme {nummer}.{i + 1}", status=STATUS[i % len(STATUS)])
        blocks.append({"type": "massnahme", "value": value, "id": str(uuid.uuid4())})
    return blocks


def generate(log=print) -> str:
    """Builds the county; returns the address of the largest Handlungsfeld."""
    from wagtail.models import Revision

    from handlungsfelder.models import HandlungsfeldPage, KonzeptStartPage, Konzeptversion, Veroeffentlichung

    vorlage = HandlungsfeldPage.objects.live().get(slug=VORLAGE, locale__language_code="de")
    raw = json.loads(json.dumps(vorlage.umsetzungsplan.get_prep_value()))
    massnahme = next(block for block in raw if block["type"] == "massnahme")
    vorhanden = HandlungsfeldPage.objects.filter(locale=vorlage.locale).count()
    neu = HANDLUNGSFELDER - vorhanden
    je_seite = MASSNAHMEN // neu
    for nummer in range(1, neu + 1):
        page = vorlage.copy(
            to=vorlage.get_parent(),
            update_attrs={"title": f"Handlungsfeld {nummer:03d}", "slug": f"handlungsfeld-{nummer:03d}"},
            keep_live=False,
            copy_revisions=False,
            log_action=None,
        ).specific
        anzahl = je_seite + (MASSNAHMEN - je_seite * neu if nummer == neu else 0)
        page.umsetzungsplan = json.dumps(
            [b for b in raw if b["type"] != "massnahme"] + massnahmen(massnahme, anzahl, nummer)
        )
        page.save_revision(log_action=False).publish(log_action=False)
        if nummer % 25 == 0:
            log(f"  {nummer} von {neu} Handlungsfeldern")
    pages = list(HandlungsfeldPage.objects.live().filter(locale=vorlage.locale))
    log(f"  {len(pages)} Handlungsfelder; ältere Revisionen werden angelegt")
    start = timezone.now() - timedelta(days=REVISIONEN * 7)
    for page in pages:
        latest = page.latest_revision
        fehlend = REVISIONEN - Veroeffentlichung.objects.filter(page=page).count()
        revisions = []
        for n in range(max(fehlend, 0)):
            content = copy.deepcopy(latest.content)
            plan = (
                json.loads(content["umsetzungsplan"])
                if isinstance(content["umsetzungsplan"], str)
                else content["umsetzungsplan"]
            )
            targets = [block for block in plan if block["type"] == "massnahme"]
            if targets:
                targets[n % len(targets)]["value"]["status"] = STATUS[n % len(STATUS)]
            content["umsetzungsplan"] = json.dumps(plan) if isinstance(content["umsetzungsplan"], str) else plan
            revisions.append(
                Revision(
                    content_type_id=latest.content_type_id,
                    base_content_type_id=latest.base_content_type_id,
                    object_id=latest.object_id,
                    object_str=latest.object_str,
                    content=content,
                    created_at=start + timedelta(days=7 * n),
                )
            )
        with transaction.atomic():
            created = Revision.objects.bulk_create(revisions)
            Veroeffentlichung.objects.bulk_create(
                Veroeffentlichung(
                    page=page,
                    revision=revision,
                    veroeffentlicht_am=revision.created_at,
                    aenderungsgrund=f"Fortschreibung {n + 1}",
                    freigaben=[],
                )
                for n, revision in enumerate(created)
            )
    konzept = KonzeptStartPage.objects.live().get(locale=vorlage.locale)
    for n in range(Konzeptversion.objects.filter(konzept=konzept).count(), KONZEPTVERSIONEN):
        Konzeptversion(
            konzept=konzept,
            nummer=f"9.{n}",
            beschlossen_am=date(2025, 1, 1) + timedelta(days=n),
            in_kraft_ab=date(2025, 1, 1) + timedelta(days=n),
            beschluss_referenz=f"Skalierung {n}",
        ).save()
    groesste = max(pages, key=lambda page: len(page.umsetzungsplan))
    log(f"  {Revision.objects.count()} Revisionen, {Konzeptversion.objects.count()} Konzeptversionen")
    return groesste.url
