"""The demo concept's history: the adopted versions and the published changes between them.

The Handlungsfelder in handlungsfelder_a/_b describe today's state. Undoing every change below (newest first)
gives the state adopted as version 1.0; the builder publishes that, then replays the changes in order through
the approval workflow, freezing each concept version when its date is reached.

A change is published as one revision on its date ("am"). Operations:
    ("status", titel, alt, neu)        the Maßnahme with this title changed status
    ("massnahme_neu", titel)           the Maßnahme with this title was added (with the status it had then)
    ("satz", teil, block_index, satz)  this sentence was appended to the paragraph at that position
"""

VERSIONEN = [
    {
        "nummer": "1.0",
        "beschlossen_am": "2019-08-05",
        "in_kraft_ab": "2019-09-01",
        "festgehalten_am": "2019-09-01T08:00:00+02:00",
        "beschluss_referenz": "Kreis- und Schulausschuss, Sitzung vom 05.08.2019, TOP 4",
    },
    {
        "nummer": "1.1",
        "beschlossen_am": "2021-12-06",
        "in_kraft_ab": "2022-01-01",
        "festgehalten_am": "2022-01-03T08:00:00+01:00",
        "beschluss_referenz": "Kreis- und Schulausschuss, Sitzung vom 06.12.2021, TOP 6",
    },
    {
        "nummer": "2.0",
        "beschlossen_am": "2024-04-22",
        "in_kraft_ab": "2024-09-01",
        "festgehalten_am": "2024-09-02T08:00:00+02:00",
        "beschluss_referenz": "Kreis- und Schulausschuss, Sitzung vom 22.04.2024, TOP 3",
    },
]

AENDERUNGEN = [
    # Between 1.0 and 1.1: pilot phase at the model schools, first fibre connections, support pilot evaluated.
    {
        "seite": "netzwerk",
        "am": "2020-09-14T10:00:00+02:00",
        "aenderungsgrund": (
            "Standardnetz an den Modellschulen fertiggestellt; Umstellung der weiteren Schulen begonnen."
        ),
        "ops": [
            ("status", "Aufbau des Standardnetzes an den Modellschulen", "in_umsetzung", "umgesetzt"),
            ("status", "Umstellung der übrigen Realschulen und Gymnasien", "geplant", "in_umsetzung"),
        ],
    },
    {
        "seite": "wlan",
        "am": "2021-03-22T10:00:00+01:00",
        "aenderungsgrund": (
            "Ergebnis der Ausleuchtung an den Modellschulen und WLAN-Konzept der Arbeitsgruppe aufgenommen."
        ),
        "ops": [
            ("status", "WLAN-Ausleuchtung an den Modellschulen", "in_umsetzung", "umgesetzt"),
            ("status", "Erarbeitung des WLAN-Konzepts", "geplant", "umgesetzt"),
            ("massnahme_neu", "Flächendeckender WLAN-Ausbau an allen Schulen"),
            (
                "satz",
                "allgemeines",
                1,
                " Mit mobilen Klassensätzen und Dienstgeräten für Lehrkräfte ist ein verlässliches WLAN heute "
                "Voraussetzung für digital gestützten Unterricht.",
            ),
        ],
    },
    {
        "seite": "support",
        "am": "2021-09-20T10:00:00+02:00",
        "aenderungsgrund": "Pilotphase des Supportmodells ausgewertet; Betrieb an allen Schulen verstetigt.",
        "ops": [
            ("status", "Pilotbetrieb an den Modellschulen", "in_umsetzung", "umgesetzt"),
            ("status", "Ticketsystem und Fernwartung für alle Schulen", "in_umsetzung", "umgesetzt"),
            ("status", "Auswertung der Pilotphase und Verstetigung", "geplant", "umgesetzt"),
        ],
    },
    {
        "seite": "internetanbindung",
        "am": "2021-11-08T10:00:00+01:00",
        "aenderungsgrund": (
            "Glasfaser an den Modellschulen in Betrieb; Ausbau für Gymnasien und berufliche Schulen beauftragt."
        ),
        "ops": [
            ("status", "Glasfaseranschluss der Modellschulen", "in_umsetzung", "umgesetzt"),
            ("status", "Glasfaseranschluss der Gymnasien und beruflichen Schulen", "geplant", "in_umsetzung"),
        ],
    },
    # Between 1.1 and 2.0: rollout to the remaining schools, framework contracts, WLAN everywhere.
    {
        "seite": "netzwerk",
        "am": "2022-10-10T10:00:00+02:00",
        "aenderungsgrund": "Realschulen und Gymnasien vollständig auf das Standardnetz umgestellt.",
        "ops": [("status", "Umstellung der übrigen Realschulen und Gymnasien", "in_umsetzung", "umgesetzt")],
    },
    {
        "seite": "endgeraete",
        "am": "2023-02-13T10:00:00+01:00",
        "aenderungsgrund": "Dienstgeräte ausgegeben; Rahmenverträge für PCs, Notebooks und Tablets aufgenommen.",
        "ops": [
            ("status", "Dienstgeräte für Lehrkräfte", "in_umsetzung", "umgesetzt"),
            ("massnahme_neu", "Rahmenverträge für PCs, Notebooks und Tablets"),
        ],
    },
    {
        "seite": "internetanbindung",
        "am": "2023-07-17T10:00:00+02:00",
        "aenderungsgrund": "Gymnasien und berufliche Schulen an das Glasfasernetz angeschlossen.",
        "ops": [("status", "Glasfaseranschluss der Gymnasien und beruflichen Schulen", "in_umsetzung", "umgesetzt")],
    },
    {
        "seite": "wlan",
        "am": "2024-03-04T10:00:00+01:00",
        "aenderungsgrund": "Ausbau an allen Schulen begonnen; zertifikatsbasierte Anmeldung als nächster Schritt.",
        "ops": [
            ("status", "Flächendeckender WLAN-Ausbau an allen Schulen", "geplant", "in_umsetzung"),
            ("massnahme_neu", "Anmeldung mit Zertifikaten für schuleigene Geräte"),
        ],
    },
    # After 2.0: published changes that are not yet part of an adopted version.
    {
        "seite": "wlan",
        "am": "2025-10-06T10:00:00+02:00",
        "aenderungsgrund": "Umstellung auf Zertifikate an den ersten Schulen gestartet.",
        "ops": [("status", "Anmeldung mit Zertifikaten für schuleigene Geräte", "geplant", "in_umsetzung")],
    },
]
