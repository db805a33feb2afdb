"""Demo content, part A: Netzwerk, WLAN, IT-Sicherheit, Lizenzmanagement, Endgeräte, Präsentationstechnik.

Plain data in the format documented in `handlungsfelder.demo`; the small helpers below only build those tuples.
"""

from .bausteine import MODELLSCHULEN
from .bausteine import h as _h
from .bausteine import hinweis as _hinweis
from .bausteine import massnahme as _massnahme
from .bausteine import p as _p
from .bausteine import stufe as _stufe
from .bausteine import tabelle as _tabelle
from .bausteine import verweis as _verweis
from .bausteine import zust as _zust

TICKETSYSTEM = "Ticketsystem des Landkreises (Schulportal), Eskalation über die Hotline des Regionaldienstleisters"

NETZWERK = {
    "slug": "netzwerk",
    "title": "Netzwerk",
    "summary": (
        "Der Landkreis baut an allen Schulen eine einheitliche, strukturierte Netzwerkinfrastruktur auf und "
        "betreibt sie zentral. Getrennte Netzsegmente für Verwaltung, Unterricht, Präsentation, Haustechnik und "
        "Gäste bilden die Grundlage für WLAN, Serverdienste und einen sicheren Betrieb."
    ),
    "tags": ["Infrastruktur", "Betrieb", "Sicherheit"],
    "allgemeines": [
        _h("Ausgangslage"),
        _p(
            "<p>Die Bestandsaufnahme der Jahre 2018 und 2019 hat gezeigt, dass die Schulnetze über viele Jahre "
            "gewachsen sind. Neben managebaren Switches verschiedener Hersteller waren einfache, nicht verwaltbare "
            "Geräte im Einsatz, die Verkabelung entsprach teilweise nur der Kategorie 5, und eine aktuelle "
            "Netzdokumentation lag nur an wenigen Schulen vor. Vieles wurde von engagierten Systembetreuerinnen "
            "und Systembetreuern in ihrer Freizeit aufgebaut und ist ohne sie kaum zu warten.</p>"
        ),
        _h("Ziele"),
        _p(
            "<p>Der Landkreis als Sachaufwandsträger stellt an allen Schulen ein <b>Standardnetz</b> bereit, "
            "das von der IT-Abteilung des Landkreises geplant, aufgebaut und zentral betrieben wird:</p>"
            "<ul><li>strukturierte Verkabelung mindestens der Kategorie 6A, Glasfaser zwischen den Verteilern,</li>"
            "<li>managebare Switches aus dem Rahmenvertrag mit Stromversorgung über das Netzwerkkabel (PoE) für "
            "Access Points und Displays,</li>"
            "<li>logische Trennung der Nutzergruppen in eigene Netzsegmente (VLANs),</li>"
            "<li>zentrales Monitoring und Fernwartung durch die Landkreis-IT,</li>"
            "<li>eine vollständige, laufend gepflegte Netzdokumentation je Schule.</li></ul>"
        ),
        _tabelle(
            "Netzsegmente des Standardnetzes",
            ["Segment", "VLAN", "Zweck", "Zugang"],
            [
                ["Verwaltung", "10", "Sekretariat, Schulleitung, Schulverwaltungssoftware", "nur Verwaltungsgeräte"],
                [
                    "Pädagogik",
                    "20",
                    "Schüler- und Lehrerarbeitsplätze in Unterrichtsräumen",
                    "Anmeldung am Schulserver",
                ],
                ["Präsentation", "30", "Displays, Beamer, Dokumentenkameras", "nur registrierte Geräte"],
                ["Mobile Geräte", "40", "schuleigene Tablets und Notebooks im WLAN", "Zertifikat"],
                ["Gäste / private Geräte", "50", "Internetzugang ohne Zugriff auf Schuldienste", "Zugangscode"],
                ["Haustechnik", "60", "Gebäudeleittechnik, Zutrittskontrolle, Kopierer", "nur Landkreis-IT"],
                ["Management", "99", "Verwaltung der aktiven Netzkomponenten", "nur Landkreis-IT"],
            ],
        ),
        _hinweis(
            "warnung",
            "Keine eigenen Netzkomponenten",
            "<p>Router, Switches und Access Points dürfen ausschließlich von der Landkreis-IT oder dem beauftragten "
            "IT-Dienstleister eingebaut werden. Private Geräte werden nicht an das kabelgebundene Schulnetz "
            "angeschlossen.</p>",
        ),
        _verweis("it-sicherheit"),
    ],
    "umsetzungsplan": [
        _p(
            "<p>Das Standardnetz wurde zunächst an den drei Modellschulen erprobt und wird seitdem schrittweise, "
            "vorzugsweise in den Sommerferien, an allen Schulen eingeführt. Bauliche Sanierungen werden genutzt, "
            "um die Verkabelung zu erneuern.</p>"
        ),
        _massnahme(
            "Bestandsaufnahme und Netzdokumentation aller Schulen",
            "<p>Erfassung von Verkabelung, Verteilern und aktiven Komponenten an allen Standorten; Ergebnis ist "
            "je Schule ein Netzplan als Grundlage für die Ausbauplanung.</p>",
            "umgesetzt",
            "Herbst 2018 bis Sommer 2019",
            "landkreis-it",
        ),
        _massnahme(
            "Aufbau des Standardnetzes an den Modellschulen",
            "<p>Austausch der aktiven Komponenten, Einführung der Netzsegmente und Anbindung an das zentrale "
            "Monitoring. Die Erfahrungen sind in den Standard eingeflossen.</p>",
            "umgesetzt",
            "Sommerferien 2019 bis Schuljahr 2019/20",
            "landkreis-it",
            MODELLSCHULEN,
            "285000.00",
        ),
        _massnahme(
            "Umstellung der übrigen Realschulen und Gymnasien",
            "<p>Einbau der Standardkomponenten, Nachverkabelung einzelner Gebäudeteile mit Kategorie 6A und "
            "Glasfaserverbindungen zwischen den Etagenverteilern.</p>",
            "umgesetzt",
            "Sommerferien 2020 und 2021",
            "landkreis-it",
            [
                "realschule-weilheim",
                "realschule-schongau",
                "realschule-peissenberg",
                "gymnasium-schongau",
                "gymnasium-penzberg",
            ],
            "640000.00",
        ),
        _massnahme(
            "Umstellung der beruflichen Schulen und Förderzentren",
            "<p>Die weitläufigen Gebäude der beruflichen Schulen mit Werkstätten und Außenstellen werden "
            "abschnittsweise umgestellt, abgestimmt auf die laufenden Sanierungsmaßnahmen.</p>",
            "in_umsetzung",
            "bis Ende 2026",
            "landkreis-it",
            [
                "berufsschule-weilheim",
                "bsz-schongau",
                "landwirtschaftsschule-weilheim",
                "fos-bos-weilheim",
                "foerderzentrum-weilheim",
                "foerderzentrum-penzberg",
            ],
            "910000.00",
        ),
        _massnahme(
            "Erneuerung der Switches der ersten Generation",
            "<p>Die 2019 und 2020 beschafften Switches erreichen das Ende ihrer Nutzungsdauer von acht Jahren und "
            "werden im Rahmen des Lebenszyklus ersetzt.</p>",
            "geplant",
            "Schuljahr 2027/28",
            "landkreis-it",
            None,
            "420000.00",
        ),
        _massnahme(
            "Anbindung der Jugendverkehrsschule an das Schulnetz",
            "<p>Der Bedarf wird derzeit über einen Mobilfunkanschluss gedeckt. Eine Anbindung an das Standardnetz "
            "wird erst bei einer baulichen Maßnahme am Verkehrsübungsplatz erneut geprüft.</p>",
            "zurueckgestellt",
            "offen, Prüfung bei nächster Baumaßnahme",
            "landkreis-it",
            ["jugendverkehrsschule-peissenberg"],
            None,
        ),
    ],
    "betriebsmodell": [
        _p(
            "<p>Das Netz wird von der IT-Abteilung des Landkreises zentral konfiguriert und überwacht. Arbeiten "
            "vor Ort übernimmt der regionale IT-Dienstleister (Weilheim, Schongau, Penzberg). Die Systembetreuung "
            "der Schule nimmt Störungen auf, verändert aber keine Konfigurationen. So können sich Lehrkräfte auf "
            "den Unterricht konzentrieren.</p>"
        ),
        _stufe(
            "1",
            "systembetreuung",
            "<ul><li>Aufnahme von Störungsmeldungen aus dem Kollegium</li>"
            "<li>einfache Prüfungen: Patchkabel, Stromversorgung, Neustart des Endgeräts</li>"
            "<li>Meldung im Ticketsystem mit Raum und Fehlerbild</li>"
            "<li>Zugang zu Technikräumen für den Dienstleister ermöglichen</li></ul>",
            "Systembetreuung der Schule, Sprechzeiten laut Aushang",
            "Unterrichtstage nach Regelung der Schule",
        ),
        _stufe(
            "2",
            "it-dienstleister",
            "<p>Fehlersuche vor Ort, Austausch defekter Komponenten nach Vorgabe der Landkreis-IT, Patcharbeiten, "
            "Messung und Nachdokumentation der Verkabelung.</p>",
            TICKETSYSTEM,
            "Mo–Fr 7:30–16:00 Uhr",
        ),
        _stufe(
            "3",
            "landkreis-it",
            "<p>Konfiguration der Switches und Netzsegmente, Firmware-Aktualisierungen, Monitoring, Auswertung von "
            "Störungen über mehrere Schulen hinweg und Eskalation an den Hersteller.</p>",
            "Ticketsystem; Eskalation ausschließlich über den IT-Dienstleister",
            "Mo–Do 7:30–16:00 Uhr, Fr 7:30–12:30 Uhr",
        ),
        _tabelle(
            "Störungsklassen und Reaktionszeiten im Pilotbetrieb",
            ["Klasse", "Beispiel", "Reaktionszeit", "Behebungsziel"],
            [
                ["Hoch", "Ausfall des gesamten Schulnetzes oder Gebäudeteils", "2 Stunden", "1 Arbeitstag"],
                ["Mittel", "Ausfall eines Raums oder einer Etage", "1 Arbeitstag", "3 Arbeitstage"],
                ["Niedrig", "einzelne Datendose, Änderungswunsch", "3 Arbeitstage", "nach Absprache"],
            ],
        ),
    ],
    "zustaendigkeiten": [
        _p("<p>Für das Netz gelten folgende Zuständigkeiten:</p>"),
        _zust(
            "Planung der passiven Verkabelung bei Neubau und Sanierung",
            "landkreis",
            ["landkreis-it"],
            ["schulleitung"],
        ),
        _zust(
            "Konfiguration und Betrieb der aktiven Netzkomponenten",
            "landkreis-it",
            ["it-dienstleister"],
            ["systembetreuung"],
        ),
        _zust("Pflege der Netzdokumentation", "landkreis-it", ["it-dienstleister", "systembetreuung"]),
        _zust(
            "Meldung von Störungen und Zugang zu Technikräumen",
            "systembetreuung",
            ["schulleitung"],
            ["it-dienstleister"],
        ),
        _zust(
            "Bereitstellung der Haushaltsmittel für den Netzausbau",
            "kreis-und-schulausschuss",
            ["schulverwaltung"],
            ["arbeitsgruppe"],
        ),
    ],
}

WLAN = {
    "slug": "wlan",
    "title": "WLAN",
    "summary": (
        "Alle Unterrichtsräume erhalten ein leistungsfähiges, zentral verwaltetes WLAN. Grundlage ist das von der "
        "Arbeitsgruppe erarbeitete WLAN-Konzept mit getrennten Netzen für schuleigene Geräte, Lehrkräfte und Gäste."
    ),
    "tags": ["Infrastruktur", "Pädagogik", "Ausstattung"],
    "allgemeines": [
        _h("Ausgangslage"),
        _p(
            "<p>Vor Inkrafttreten des IT-Konzepts gab es an den meisten Schulen nur vereinzelte Funknetze, oft mit "
            "Geräten aus dem Heimbereich, ohne zentrale Verwaltung und ohne flächendeckende Ausleuchtung. Mit "
            "mobilen Klassensätzen und Dienstgeräten für Lehrkräfte ist ein verlässliches WLAN heute Voraussetzung "
            "für digital gestützten Unterricht.</p>"
        ),
        _h("WLAN-Konzept"),
        _p(
            "<p>Das WLAN-Konzept der Arbeitsgruppe legt fest:</p>"
            "<ul><li>Ausleuchtung aller Unterrichts- und Fachräume, des Lehrerzimmers und der Aula,</li>"
            "<li>in der Regel ein Access Point je Unterrichtsraum, genaue Planung nach Ausleuchtungsmessung,</li>"
            "<li>Geräte nach aktuellem Standard (ab 2021 Wi-Fi 6), Anschluss an das Standardnetz über PoE,</li>"
            "<li>zentrale Verwaltung aller Access Points durch die Landkreis-IT,</li>"
            "<li>kein WLAN im Verwaltungsnetz.</li></ul>"
        ),
        _tabelle(
            "Funknetze (SSIDs) an den Schulen",
            ["Funknetz", "Zielgruppe", "Anmeldung", "Netzsegment"],
            [
                ["Schule-Unterricht", "schuleigene Tablets und Notebooks", "Gerätezertifikat", "Mobile Geräte"],
                ["Schule-Lehrkraft", "Dienstgeräte der Lehrkräfte", "persönliches Benutzerkonto", "Pädagogik"],
                ["Schule-Gast", "Gäste, private Geräte nach Freigabe", "zeitlich begrenzter Zugangscode", "Gäste"],
            ],
        ),
        _hinweis(
            "info",
            "Sendeleistung und Betriebszeiten",
            "<p>Die Sendeleistung der Access Points wird automatisch an die Raumsituation angepasst. Das Gäste-WLAN "
            "kann von der Schule außerhalb der Unterrichtszeiten abgeschaltet werden.</p>",
        ),
        _verweis("netzwerk"),
    ],
    "umsetzungsplan": [
        _p(
            "<p>Der flächendeckende WLAN-Ausbau wird überwiegend aus Mitteln des DigitalPakts Schule finanziert "
            "und folgt dem Ausbau des Standardnetzes.</p>"
        ),
        _massnahme(
            "WLAN-Ausleuchtung an den Modellschulen",
            "<p>Ausleuchtungsmessung, Installation und Erprobung der zentralen Verwaltung im Pilotbetrieb.</p>",
            "umgesetzt",
            "Schuljahr 2019/20",
            "landkreis-it",
            MODELLSCHULEN,
            "96000.00",
        ),
        _massnahme(
            "Erarbeitung des WLAN-Konzepts",
            "<p>Die Arbeitsgruppe hat aus den Erfahrungen der Modellschulen verbindliche Vorgaben für Planung, "
            "Funknetze und Anmeldung abgeleitet; das Konzept wurde in das IT-Konzept übernommen.</p>",
            "umgesetzt",
            "Schuljahr 2020/21",
            "arbeitsgruppe",
        ),
        _massnahme(
            "Flächendeckender WLAN-Ausbau an allen Schulen",
            "<p>Ausstattung aller Unterrichtsräume nach dem WLAN-Konzept, gefördert aus dem DigitalPakt Schule. "
            "Abgeschlossen sind die Realschulen und Gymnasien; die beruflichen Schulen folgen.</p>",
            "in_umsetzung",
            "Sommerferien 2021 bis Ende 2026",
            "landkreis-it",
            None,
            "1150000.00",
        ),
        _massnahme(
            "Anmeldung mit Zertifikaten für schuleigene Geräte",
            "<p>Umstellung von gemeinsamen Schlüsseln auf eine Anmeldung nach IEEE 802.1X, damit verlorene oder "
            "ausgesonderte Geräte gezielt gesperrt werden können.</p>",
            "in_umsetzung",
            "Schuljahr 2025/26",
            "landkreis-it",
        ),
        _massnahme(
            "Ausleuchtung der Werkstätten und Lehrhallen",
            "<p>Metallische Einbauten und große Hallen erfordern eine gesonderte Planung mit Industrie-Access-"
            "Points.</p>",
            "geplant",
            "Schuljahr 2026/27",
            "landkreis-it",
            ["berufsschule-weilheim", "bsz-schongau"],
            "140000.00",
        ),
        _massnahme(
            "WLAN auf Pausenhöfen und Außenflächen",
            "<p>Ein pädagogischer Bedarf ist derzeit nicht nachgewiesen; die Maßnahme wird zugunsten des Ausbaus "
            "in den Gebäuden zurückgestellt.</p>",
            "zurueckgestellt",
            "frühestens Schuljahr 2027/28",
            "arbeitsgruppe",
        ),
    ],
    "betriebsmodell": [
        _p(
            "<p>Das WLAN wird zentral über die Verwaltungsplattform der Landkreis-IT betrieben. Einstellungen an "
            "Funknetzen und Kennwörtern nimmt allein die Landkreis-IT vor.</p>"
        ),
        _stufe(
            "1",
            "systembetreuung",
            "<p>Ausgabe von Gast-Zugangscodes, Registrierung neuer schuleigener Geräte im Geräteportal, Meldung "
            "von Funklöchern und ausgefallenen Access Points mit Raumangabe.</p>",
            "Systembetreuung der Schule",
            "Unterrichtstage nach Regelung der Schule",
        ),
        _stufe(
            "2",
            "it-dienstleister",
            "<p>Austausch defekter Access Points, Nachmessung der Ausleuchtung bei Beschwerden, Prüfung der "
            "Verkabelung und der Stromversorgung über PoE.</p>",
            TICKETSYSTEM,
            "Mo–Fr 7:30–16:00 Uhr",
        ),
        _stufe(
            "3",
            "landkreis-it",
            "<p>Verwaltung der Funknetze, Zertifikate und Zugangsregeln, Firmware-Aktualisierungen, Auswertung "
            "von Auslastung und Störungen.</p>",
            "Ticketsystem; Eskalation über den IT-Dienstleister",
            "Mo–Do 7:30–16:00 Uhr, Fr 7:30–12:30 Uhr",
        ),
        _stufe(
            "3",
            "hersteller",
            "<p>Garantieaustausch von Access Points, Behebung von Softwarefehlern der Verwaltungsplattform.</p>",
            "Herstellersupport über die Landkreis-IT",
            "laut Wartungsvertrag",
        ),
    ],
    "zustaendigkeiten": [
        _p("<p>Für Planung und Betrieb des WLAN gelten folgende Zuständigkeiten:</p>"),
        _zust(
            "Fortschreibung des WLAN-Konzepts",
            "arbeitsgruppe",
            ["landkreis-it", "systembetreuung"],
            ["kreis-und-schulausschuss"],
        ),
        _zust("Ausleuchtungsplanung und Installation", "landkreis-it", ["it-dienstleister"], ["schulleitung"]),
        _zust(
            "Freigabe privater Geräte für das Gäste-WLAN", "schulleitung", ["systembetreuung"], ["datenschutz-schule"]
        ),
        _zust(
            "Beantragung der Fördermittel aus dem DigitalPakt Schule",
            "schulverwaltung",
            ["landkreis-it"],
            ["kreis-und-schulausschuss"],
        ),
    ],
}

IT_SICHERHEIT = {
    "slug": "it-sicherheit",
    "title": "IT-Sicherheit",
    "summary": (
        "Schulen verarbeiten sensible Daten von Schülerinnen, Schülern und Beschäftigten. Der Landkreis setzt "
        "einheitliche technische Schutzmaßnahmen um; Schulen und Landkreis regeln gemeinsam den Umgang mit "
        "Sicherheitsvorfällen."
    ),
    "tags": ["Sicherheit", "Betrieb", "Datenschutz"],
    "allgemeines": [
        _h("Ausgangslage"),
        _p(
            "<p>Die Angriffe auf öffentliche Einrichtungen, insbesondere durch Schadsoftware, die Daten "
            "verschlüsselt, haben in den letzten Jahren deutlich zugenommen. Bis 2019 war der Schutz der "
            "Schulnetze sehr unterschiedlich: Virenschutz und Updates wurden teilweise von Hand gepflegt, "
            "Datensicherungen lagen oft im selben Raum wie der Server.</p>"
        ),
        _h("Grundsätze"),
        _p(
            "<ol><li>Verwaltungsnetz und pädagogisches Netz sind strikt getrennt.</li>"
            "<li>Jede Schule ist über eine zentral verwaltete Firewall mit Jugendschutzfilter an das Internet "
            "angebunden.</li>"
            "<li>Betriebssysteme und Anwendungen werden automatisch aktualisiert.</li>"
            "<li>Jede Person erhält nur die Rechte, die sie für ihre Aufgaben braucht.</li>"
            "<li>Daten der Verwaltung werden täglich gesichert; eine Kopie liegt außerhalb der Schule.</li></ol>"
        ),
        _tabelle(
            "Schutzmaßnahmen nach Netzsegment",
            ["Maßnahme", "Verwaltungsnetz", "Pädagogisches Netz"],
            [
                ["Firewall und Inhaltsfilter", "ja, eigene Regeln", "ja, mit Jugendschutzfilter"],
                ["Virenschutz, zentral verwaltet", "ja", "ja"],
                ["Automatische Updates", "ja, nach Freigabe", "ja"],
                ["Datensicherung", "täglich, Kopie im Rechenzentrum", "wöchentlich (Schulserver)"],
                ["Wiederherstellung der Arbeitsplätze", "aus Sicherung", "Neuinstallation per Standardimage"],
            ],
        ),
        _hinweis(
            "wichtig",
            "Sicherheitsvorfälle sofort melden",
            "<p>Ungewöhnliches Verhalten von Geräten, verdächtige E-Mails mit Anhängen oder gesperrte Dateien sind "
            "unverzüglich der Systembetreuung zu melden. Eine frühe Meldung begrenzt den Schaden.</p>",
        ),
        _verweis("datenschutz"),
    ],
    "umsetzungsplan": [
        _p(
            "<p>Die technischen Grundmaßnahmen sind umgesetzt. Der Schwerpunkt liegt jetzt auf organisatorischen "
            "Maßnahmen und der Absicherung von Zugängen.</p>"
        ),
        _massnahme(
            "Zentrale Firewall mit Jugendschutzfilter an allen Schulen",
            "<p>Einheitliche Firewalls mit zentral gepflegten Regeln ersetzen die bisherigen Einzellösungen.</p>",
            "umgesetzt",
            "Schuljahr 2019/20 bis Schuljahr 2020/21",
            "landkreis-it",
            None,
            "78000.00",
        ),
        _massnahme(
            "Zentral verwalteter Virenschutz und Patchmanagement",
            "<p>Alle Arbeitsplätze in Verwaltung und Unterricht werden über eine zentrale Konsole geschützt und "
            "aktualisiert; der Stand ist für die Landkreis-IT jederzeit einsehbar.</p>",
            "umgesetzt",
            "Schuljahr 2020/21",
            "landkreis-it",
            None,
            "31000.00",
        ),
        _massnahme(
            "Datensicherung des Verwaltungsnetzes mit externer Kopie",
            "<p>Tägliche Sicherung der Verwaltungsserver mit verschlüsselter Kopie im Rechenzentrum des "
            "Landratsamts; die Wiederherstellung wird jährlich geprobt.</p>",
            "umgesetzt",
            "Sommerferien 2021",
            "landkreis-it",
            None,
            "45000.00",
        ),
        _massnahme(
            "Notfallplan für IT-Sicherheitsvorfälle",
            "<p>Ein kurzer, an jeder Schule ausgehängter Ablaufplan mit Meldewegen, Erstmaßnahmen und "
            "Ansprechpersonen; abgestimmt mit den Datenschutzbeauftragten der Schulen.</p>",
            "in_umsetzung",
            "Schuljahr 2025/26",
            "landkreis-it",
        ),
        _massnahme(
            "Mehr-Faktor-Anmeldung für administrative Zugänge",
            "<p>Alle Konten mit Administrationsrechten sowie die Fernwartungszugänge der Dienstleister werden "
            "zusätzlich mit einem zweiten Faktor abgesichert.</p>",
            "geplant",
            "bis Ende 2026",
            "landkreis-it",
        ),
        _massnahme(
            "Externe Sicherheitsüberprüfung der Schulnetze",
            "<p>Ein Penetrationstest durch ein externes Unternehmen ist wünschenswert, wird aber bis zum Abschluss "
            "der Netzumstellung an allen Schulen zurückgestellt.</p>",
            "zurueckgestellt",
            "frühestens 2027",
            "schulverwaltung",
            None,
            "25000.00",
        ),
    ],
    "betriebsmodell": [
        _p(
            "<p>Die technischen Schutzmaßnahmen werden zentral betrieben. Bei einem Vorfall arbeiten alle drei "
            "Supportstufen eng zusammen; die Schulleitung entscheidet über Meldungen nach der "
            "Datenschutz-Grundverordnung.</p>"
        ),
        _stufe(
            "1",
            "systembetreuung",
            "<p>Verdachtsfälle aufnehmen, betroffene Geräte vom Netz trennen, Vorfall melden, Benutzerkonten in "
            "der Schule sperren.</p>",
            "Systembetreuung der Schule; außerhalb der Sprechzeiten Schulleitung",
            "Unterrichtstage",
        ),
        _stufe(
            "2",
            "it-dienstleister",
            "<p>Untersuchung und Bereinigung betroffener Geräte, Neuinstallation mit dem Standardimage, "
            "Wiederherstellung von Daten aus der Sicherung.</p>",
            TICKETSYSTEM,
            "Mo–Fr 7:30–16:00 Uhr, bei Vorfällen nach Vereinbarung auch außerhalb",
        ),
        _stufe(
            "3",
            "landkreis-it",
            "<p>Pflege von Firewall- und Filterregeln, Auswertung der Protokolle, Koordination bei schulübergreifenden "
            "Vorfällen, Unterstützung der Schulleitung bei Meldungen an Behörden.</p>",
            "Ticketsystem; bei Sicherheitsvorfällen telefonisch über die IT-Hotline des Landratsamts",
            "Mo–Do 7:30–16:00 Uhr, Fr 7:30–12:30 Uhr",
        ),
        _hinweis(
            "warnung",
            "Verdacht auf Verschlüsselungstrojaner",
            "<p>Das Gerät sofort vom Netz trennen (Netzwerkkabel ziehen, WLAN ausschalten), aber <b>nicht</b> "
            "herunterfahren. Danach unverzüglich die Systembetreuung informieren.</p>",
        ),
    ],
    "zustaendigkeiten": [
        _p("<p>Für die IT-Sicherheit gelten folgende Zuständigkeiten:</p>"),
        _zust(
            "Betrieb von Firewall, Inhaltsfilter und Virenschutz",
            "landkreis-it",
            ["it-dienstleister"],
            ["systembetreuung"],
        ),
        _zust("Freigabe von Ausnahmen im Jugendschutzfilter", "schulleitung", ["systembetreuung"], ["landkreis-it"]),
        _zust("Nutzungsordnung für die IT der Schule", "schulleitung", ["datenschutz-schule", "systembetreuung"]),
        _zust(
            "Meldung von Datenschutzverletzungen an die Aufsichtsbehörde",
            "schulleitung",
            ["datenschutz-schule", "landkreis-it"],
            ["schulverwaltung"],
        ),
        _zust("Verwaltung der Benutzerkonten im pädagogischen Netz", "systembetreuung", ["it-dienstleister"]),
    ],
}

LIZENZMANAGEMENT = {
    "slug": "lizenzmanagement",
    "title": "Lizenzmanagement",
    "summary": (
        "Software wird zentral und rechtssicher lizenziert. Der Landkreis nutzt Rahmen- und Volumenverträge, "
        "pflegt eine gemeinsame Lizenzdatenbank und stellt einen Katalog freigegebener Programme bereit."
    ),
    "tags": ["Betrieb", "Verwaltung", "Finanzierung"],
    "allgemeines": [
        _h("Ausgangslage"),
        _p(
            "<p>Bisher haben die Schulen Software meist selbst und einzeln beschafft. Laufzeiten, Lizenzbedingungen "
            "und Aktivierungsschlüssel waren nicht zentral erfasst, ein Nachweis gegenüber Herstellern war nur mit "
            "großem Aufwand möglich. Gleichzeitig wurden für dieselben Programme an mehreren Schulen "
            "unterschiedliche Preise bezahlt.</p>"
        ),
        _h("Ziele"),
        _p(
            "<ul><li>Alle Lizenzen sind in einer gemeinsamen Lizenzdatenbank erfasst.</li>"
            "<li>Grundsoftware wird über Volumen- und Rahmenverträge für alle Schulen beschafft.</li>"
            "<li>Staatlich bereitgestellte Angebote wie die BayernCloud Schule werden vorrangig genutzt.</li>"
            "<li>Freie Software wird eingesetzt, wenn sie pädagogisch gleichwertig ist.</li>"
            "<li>Neue Programme werden vor dem Einsatz technisch und datenschutzrechtlich geprüft.</li></ul>"
        ),
        _tabelle(
            "Lizenzarten und Kostentragung",
            ["Lizenzart", "Beispiele", "Beschaffung", "Kostentragung"],
            [
                ["Grundsoftware", "Betriebssystem, Office-Paket", "Landkreis, Volumenvertrag", "Landkreis"],
                ["Sicherheit und Verwaltung", "Virenschutz, Geräteverwaltung", "Landkreis-IT", "Landkreis"],
                ["Pädagogische Fachsoftware", "Mathematik, Musik, CAD", "Antrag der Schule", "Schulbudget"],
                ["Staatliche Angebote", "Lernplattform, Schulverwaltung", "Freistaat Bayern", "Freistaat"],
                ["Freie Software", "Bildbearbeitung, Programmierumgebungen", "Softwarekatalog", "keine Lizenzkosten"],
            ],
        ),
        _hinweis(
            "info",
            "Nur freigegebene Software",
            "<p>Auf Geräten des Landkreises wird nur Software aus dem Softwarekatalog installiert. Wünsche nach "
            "weiteren Programmen meldet die Systembetreuung über das Ticketsystem.</p>",
        ),
        _verweis("beschaffung-und-finanzierung"),
    ],
    "umsetzungsplan": [
        _p(
            "<p>Das Lizenzmanagement wird schrittweise zentralisiert, ohne laufende Verträge der Schulen zu "
            "kündigen.</p>"
        ),
        _massnahme(
            "Erfassung aller Lizenzen in einer Lizenzdatenbank",
            "<p>Alle Schulen haben ihre Lizenzen, Laufzeiten und Nachweise gemeldet; die Daten werden von der "
            "Landkreis-IT gepflegt.</p>",
            "umgesetzt",
            "Schuljahr 2019/20",
            "schulverwaltung",
        ),
        _massnahme(
            "Umstellung der Grundsoftware auf einen Volumenvertrag",
            "<p>Einzellizenzen für Betriebssystem und Office-Paket wurden in einen gemeinsamen Volumenvertrag "
            "überführt. Lehrkräfte erhalten darüber zusätzlich Nutzungsrechte für Dienstgeräte.</p>",
            "umgesetzt",
            "Schuljahr 2020/21",
            "schulverwaltung",
            None,
            "64000.00",
        ),
        _massnahme(
            "Softwarekatalog mit freigegebenen Programmen",
            "<p>Ein gemeinsamer Katalog mit geprüften und paketierten Programmen, der von der Arbeitsgruppe "
            "fortgeschrieben wird.</p>",
            "in_umsetzung",
            "fortlaufend seit Schuljahr 2021/22",
            "landkreis-it",
        ),
        _massnahme(
            "Gemeinsame Lizenz für Konstruktionssoftware",
            "<p>Bündelung der bisherigen Einzelverträge der beruflichen Schulen in einer gemeinsamen "
            "Bildungslizenz.</p>",
            "geplant",
            "Schuljahr 2026/27",
            "schulverwaltung",
            ["berufsschule-weilheim", "bsz-schongau", "fos-bos-weilheim"],
            "38000.00",
        ),
        _massnahme(
            "Automatischer Soll-Ist-Abgleich der Installationen",
            "<p>Die Softwareverteilung meldet installierte Programme an die Lizenzdatenbank, sodass Über- und "
            "Unterlizenzierung frühzeitig erkannt werden.</p>",
            "geplant",
            "bis Ende 2027",
            "landkreis-it",
        ),
    ],
    "betriebsmodell": [
        _p(
            "<p>Lizenzen werden zentral verwaltet; Installation und Aktivierung erfolgen über die automatische "
            "Softwareverteilung.</p>"
        ),
        _stufe(
            "1",
            "systembetreuung",
            "<p>Meldung des Softwarebedarfs, Prüfung der Nutzung im Unterricht, Hinweise auf nicht mehr benötigte "
            "Lizenzen.</p>",
            "Systembetreuung der Schule",
            "Unterrichtstage",
        ),
        _stufe(
            "2",
            "it-dienstleister",
            "<p>Installation und Aktivierung von Fachsoftware, die nicht automatisch verteilt werden kann; "
            "Fehleranalyse bei Lizenzproblemen vor Ort.</p>",
            TICKETSYSTEM,
            "Mo–Fr 7:30–16:00 Uhr",
        ),
        _stufe(
            "3",
            "hersteller",
            "<p>Klärung von Aktivierungs- und Lizenzfragen, Bereitstellung neuer Versionen, Auskunft zu "
            "Bildungslizenzen.</p>",
            "Lizenzportal des Herstellers, Zugang über die Landkreis-IT",
            "laut Vertrag",
        ),
    ],
    "zustaendigkeiten": [
        _p("<p>Für das Lizenzmanagement gelten folgende Zuständigkeiten:</p>"),
        _zust(
            "Abschluss und Verlängerung von Volumen- und Rahmenverträgen",
            "schulverwaltung",
            ["landkreis-it"],
            ["arbeitsgruppe"],
        ),
        _zust("Anmeldung des Softwarebedarfs der Schule", "schulleitung", ["systembetreuung"], ["schulverwaltung"]),
        _zust(
            "Beratung zur datenschutzrechtlichen Bewertung neuer Programme",
            "datenschutz-schule",
            ["landkreis-it"],
            ["schulleitung"],
        ),
        _zust(
            "Pflege der Lizenzdatenbank und des Softwarekatalogs",
            "landkreis-it",
            ["schulverwaltung"],
            ["systembetreuung"],
        ),
    ],
}

ENDGERAETE = {
    "slug": "endgeraete",
    "title": "Endgeräte und Ausstattung",
    "summary": (
        "Für jede Raumart gilt ein verbindlicher Ausstattungsstandard mit festen Ersatzzyklen. Beschafft wird über "
        "Rahmenverträge; Grundlage für den Bedarf ist das Medienkonzept der jeweiligen Schule."
    ),
    "tags": ["Ausstattung", "Finanzierung", "Pädagogik"],
    "allgemeines": [
        _h("Ausgangslage"),
        _p(
            "<p>Die Bestandsaufnahme hat sehr unterschiedliche Ausstattungen ergeben: Neben gut ausgestatteten "
            "Computerräumen gab es Geräte, die älter als sieben Jahre waren, und kaum mobile Geräte. Modelle "
            "verschiedenster Hersteller erschwerten Wartung und Ersatzteilhaltung.</p>"
        ),
        _h("Ziele"),
        _p(
            "<p>Der Landkreis stattet alle Schulen nach einem gemeinsamen Standard aus. Geräte werden über "
            "<b>Rahmenverträge</b> beschafft, mit einem einheitlichen Standardimage betrieben und nach Ablauf ihres "
            "Lebenszyklus planmäßig ersetzt. Schulen können im Rahmen des Standards Schwerpunkte setzen, etwa "
            "mehr mobile Geräte statt eines zweiten Computerraums.</p>"
        ),
        _tabelle(
            "Ausstattungsstandard nach Raumart",
            ["Raumart", "Ausstattung", "Ersatzzyklus"],
            [
                ["Klassenzimmer", "Lehrerarbeitsplatz, Präsentationsmedium, Dokumentenkamera", "6 Jahre"],
                ["Computerraum", "bis zu 30 Schülerarbeitsplätze, Lehrerplatz, Drucker", "5 Jahre"],
                ["Mobiler Klassensatz", "16 Tablets oder Notebooks mit Ladeschrank", "5 Jahre"],
                ["Lehrerzimmer", "Arbeitsplätze, Netzwerkdrucker mit Scanfunktion", "6 Jahre"],
                ["Verwaltung", "ein PC-Arbeitsplatz je Beschäftigten", "5 Jahre"],
            ],
        ),
        _hinweis(
            "info",
            "Medienkonzept als Voraussetzung",
            "<p>Fördermittel aus dem DigitalPakt Schule können nur für Schulen beantragt werden, die ein "
            "Medienkonzept vorgelegt haben. Die MIB unterstützt die Schulen bei dessen Erstellung.</p>",
        ),
        _verweis("beschaffung-und-finanzierung"),
    ],
    "umsetzungsplan": [
        _p(
            "<p>Neben den planmäßigen Ersatzbeschaffungen wurden seit 2020 mehrere Sonderprogramme von Bund und "
            "Freistaat umgesetzt.</p>"
        ),
        _massnahme(
            "Standardarbeitsplätze an den Modellschulen",
            "<p>Erprobung von Standardimage, Softwareverteilung und Geräteverwaltung im Pilotbetrieb.</p>",
            "umgesetzt",
            "Schuljahr 2019/20",
            "landkreis-it",
            MODELLSCHULEN,
            "180000.00",
        ),
        _massnahme(
            "Leihgeräte für Schülerinnen und Schüler",
            "<p>Beschaffung von Notebooks und Tablets aus dem Sofortausstattungsprogramm, die bedürftigen "
            "Schülerinnen und Schülern für den Distanzunterricht ausgeliehen werden.</p>",
            "umgesetzt",
            "Sommerferien 2020 bis Herbst 2020",
            "schulverwaltung",
            None,
            "610000.00",
        ),
        _massnahme(
            "Dienstgeräte für Lehrkräfte",
            "<p>Beschaffung, Einrichtung und Ausgabe von Dienstnotebooks aus staatlichen Fördermitteln; die "
            "Geräte werden zentral verwaltet.</p>",
            "umgesetzt",
            "Schuljahr 2021/22",
            "schulverwaltung",
            None,
            "890000.00",
        ),
        _massnahme(
            "Rahmenverträge für PCs, Notebooks und Tablets",
            "<p>Europaweite Ausschreibung von Rahmenverträgen mit vier Jahren Laufzeit und Vor-Ort-Garantie.</p>",
            "umgesetzt",
            "Schuljahr 2022/23",
            "schulverwaltung",
        ),
        _massnahme(
            "Mobile Klassensätze und Ersatz nach Lebenszyklus",
            "<p>Ausstattung aller Schulen mit mobilen Klassensätzen nach Medienkonzept und Ersatz der Geräte der "
            "Jahre 2019 bis 2021.</p>",
            "in_umsetzung",
            "Schuljahr 2024/25 bis Schuljahr 2026/27",
            "schulverwaltung",
            None,
            "1450000.00",
        ),
        _massnahme(
            "Erneuerung der Computerräume",
            "<p>Ersatz der Schülerarbeitsplätze der ersten Generation in den Computerräumen.</p>",
            "geplant",
            "Sommerferien 2027",
            "landkreis-it",
            ["realschule-weilheim", "realschule-schongau", "gymnasium-schongau", "berufsschule-weilheim"],
            "520000.00",
        ),
    ],
    "betriebsmodell": [
        _p(
            "<p>Alle Geräte werden mit einem Standardimage ausgeliefert und über die zentrale Software- und "
            "Geräteverwaltung betrieben. Defekte Geräte werden getauscht, nicht aufwendig vor Ort repariert.</p>"
        ),
        _stufe(
            "1",
            "systembetreuung",
            "<p>Erste Fehleranalyse, Neustart und Zurücksetzen von Geräten, Ausgabe von Ersatzgeräten aus dem "
            "Pool der Schule, Meldung von Defekten.</p>",
            "Systembetreuung der Schule",
            "Unterrichtstage nach Regelung der Schule",
        ),
        _stufe(
            "2",
            "it-dienstleister",
            "<p>Fehlerbehebung vor Ort, Neuinstallation per Standardimage, Abwicklung von Garantiefällen, "
            "Aufbau und Aussonderung von Geräten.</p>",
            TICKETSYSTEM,
            "Mo–Fr 7:30–16:00 Uhr",
        ),
        _stufe(
            "3",
            "hersteller",
            "<p>Reparatur oder Austausch im Rahmen der Vor-Ort-Garantie, Klärung von Serienfehlern.</p>",
            "Garantieportal des Herstellers, Meldung durch den IT-Dienstleister",
            "nächster Arbeitstag nach Meldung",
        ),
        _hinweis(
            "info",
            "Private Geräte",
            "<p>Private Geräte von Lehrkräften sowie Schülerinnen und Schülern werden nicht betreut. Sie können "
            "das Gäste-WLAN nutzen.</p>",
        ),
    ],
    "zustaendigkeiten": [
        _p("<p>Für Endgeräte und Ausstattung gelten folgende Zuständigkeiten:</p>"),
        _zust(
            "Festlegung und Fortschreibung des Ausstattungsstandards",
            "arbeitsgruppe",
            ["landkreis-it", "systembetreuung"],
            ["kreis-und-schulausschuss"],
        ),
        _zust(
            "Bedarfsmeldung auf Grundlage des Medienkonzepts",
            "schulleitung",
            ["systembetreuung", "mib"],
            ["schulverwaltung"],
        ),
        _zust("Beschaffung über Rahmenverträge", "schulverwaltung", ["landkreis-it"], ["schulleitung"]),
        _zust("Inventarisierung und Aussonderung", "schulverwaltung", ["it-dienstleister", "systembetreuung"]),
        _zust("Ausgabe und Rücknahme von Leihgeräten", "schulleitung", ["systembetreuung"], ["schulverwaltung"]),
    ],
}

PRAESENTATIONSTECHNIK = {
    "slug": "praesentationstechnik",
    "title": "Präsentationstechnik",
    "summary": (
        "Jeder Unterrichtsraum erhält ein fest installiertes Präsentationsmedium mit Dokumentenkamera und "
        "drahtloser Bildübertragung. Die Schulen wählen je Raum zwischen wenigen standardisierten Varianten."
    ),
    "tags": ["Ausstattung", "Pädagogik"],
    "allgemeines": [
        _h("Ausgangslage"),
        _p(
            "<p>In vielen Räumen wurden Beamer auf Rollwagen, Overheadprojektoren und vereinzelt interaktive "
            "Tafeln eingesetzt. Auf- und Abbau kosteten Unterrichtszeit, Anschlüsse und Bedienung unterschieden "
            "sich von Raum zu Raum.</p>"
        ),
        _h("Ziele"),
        _p(
            "<p>In jedem Unterrichtsraum soll ohne Vorbereitung präsentiert werden können. Dazu gehören ein fest "
            "installiertes Präsentationsmedium, eine Dokumentenkamera, Lautsprecher, ein Kabelanschluss (HDMI) "
            "und die drahtlose Bildübertragung von Dienstgeräten.</p>"
        ),
        _tabelle(
            "Standardvarianten",
            ["Variante", "Einsatz", "Vorteile", "Hinweise"],
            [
                [
                    "Interaktives Display 75 bis 86 Zoll",
                    "Klassenzimmer",
                    "hell, berührungsempfindlich",
                    "auf Wandschiene neben der Tafel",
                ],
                ["Kurzdistanzbeamer", "große Räume, Fachräume", "große Bildfläche", "Lampenwechsel entfällt (Laser)"],
                [
                    "Display auf fahrbarem Ständer",
                    "Förderzentren, Gruppenräume",
                    "höhenverstellbar",
                    "nur Stromanschluss",
                ],
            ],
        ),
        _hinweis(
            "info",
            "Tafelfläche bleibt erhalten",
            "<p>Die Präsentationstechnik ergänzt die klassische Tafel. Bei der Montage bleibt in jedem Raum "
            "ausreichend Schreibfläche erhalten.</p>",
        ),
        _verweis("fortbildung"),
    ],
    "umsetzungsplan": [
        _p("<p>Die Ausstattung erfolgt nach Erprobung an den Modellschulen schulweise in den Ferien.</p>"),
        _massnahme(
            "Erprobung der Varianten an den Modellschulen",
            "<p>Je Variante wurden mehrere Räume ausgestattet und von den Lehrkräften bewertet; das Ergebnis "
            "bildet die Grundlage der Standardvarianten.</p>",
            "umgesetzt",
            "Schuljahr 2019/20",
            "arbeitsgruppe",
            MODELLSCHULEN,
            "120000.00",
        ),
        _massnahme(
            "Einheitliche drahtlose Bildübertragung",
            "<p>Einführung eines einheitlichen Systems, mit dem Dienstgeräte im Präsentationsnetz das Bild an das "
            "Display des Raums übertragen.</p>",
            "umgesetzt",
            "Schuljahr 2022/23",
            "landkreis-it",
        ),
        _massnahme(
            "Ausstattung der Klassenzimmer an Realschulen und Gymnasien",
            "<p>Fest installierte Präsentationsmedien mit Dokumentenkamera in allen Klassenzimmern, gefördert aus "
            "dem DigitalPakt Schule.</p>",
            "in_umsetzung",
            "Sommerferien 2021 bis Sommerferien 2026",
            "schulverwaltung",
            [
                "realschule-weilheim",
                "realschule-schongau",
                "realschule-penzberg",
                "realschule-peissenberg",
                "gymnasium-weilheim",
                "gymnasium-schongau",
                "gymnasium-penzberg",
            ],
            "1900000.00",
        ),
        _massnahme(
            "Höhenverstellbare Displays an den Förderzentren",
            "<p>Fahrbare, höhenverstellbare Displays für die Arbeit mit kleinen Gruppen und für Schülerinnen und "
            "Schüler im Rollstuhl.</p>",
            "geplant",
            "Schuljahr 2026/27",
            "schulverwaltung",
            ["foerderzentrum-weilheim", "foerderzentrum-penzberg", "foerderzentrum-altenstadt"],
            "260000.00",
        ),
        _massnahme(
            "Medientechnik und Beschallung in Aulen und Mehrzweckräumen",
            "<p>Die Ausstattung der Veranstaltungsräume wird zugunsten der Unterrichtsräume zurückgestellt und "
            "nach Haushaltslage neu bewertet.</p>",
            "zurueckgestellt",
            "frühestens Schuljahr 2027/28",
            "schulverwaltung",
            None,
            "350000.00",
        ),
    ],
    "betriebsmodell": [
        _p(
            "<p>Präsentationsmedien sind im Präsentationsnetz registriert und werden, soweit möglich, zentral "
            "verwaltet. Die Einweisung der Lehrkräfte übernimmt die Systembetreuung.</p>"
        ),
        _stufe(
            "1",
            "systembetreuung",
            "<p>Einweisung der Lehrkräfte, Prüfung von Eingangsquelle und Kabeln, Neustart des Displays, Meldung "
            "von Defekten.</p>",
            "Systembetreuung der Schule",
            "Unterrichtstage nach Regelung der Schule",
        ),
        _stufe(
            "2",
            "it-dienstleister",
            "<p>Fehlersuche vor Ort, Austausch von Dokumentenkameras und Zubehör, Abwicklung von Garantiefällen.</p>",
            TICKETSYSTEM,
            "Mo–Fr 7:30–16:00 Uhr",
        ),
        _stufe(
            "3",
            "hersteller",
            "<p>Reparatur oder Austausch von Displays und Beamern im Rahmen der Garantie, Firmware-Aktualisierungen "
            "bei Serienfehlern.</p>",
            "Herstellersupport, Meldung durch den IT-Dienstleister",
            "laut Garantiebedingungen",
        ),
    ],
    "zustaendigkeiten": [
        _p("<p>Für die Präsentationstechnik gelten folgende Zuständigkeiten:</p>"),
        _zust("Auswahl der Variante je Raum", "schulleitung", ["systembetreuung", "mib"], ["schulverwaltung"]),
        _zust("Montage und Elektroinstallation", "landkreis", ["it-dienstleister"], ["schulleitung"]),
        _zust("Einbindung in das Präsentationsnetz", "landkreis-it", ["it-dienstleister"], ["systembetreuung"]),
        _zust("Einweisung der Lehrkräfte", "systembetreuung", ["hersteller"], ["schulleitung"]),
    ],
}

HANDLUNGSFELDER = [NETZWERK, WLAN, IT_SICHERHEIT, LIZENZMANAGEMENT, ENDGERAETE, PRAESENTATIONSTECHNIK]
