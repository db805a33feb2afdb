"""Demo content, part B: seven Handlungsfelder of the IT-Konzept (Server bis Schulverwaltungs-IT).

Plain data in the format documented in `handlungsfelder.demo`; the small helpers below only build
the documented (type, value) tuples so that the text stays readable.
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

SERVER_UND_DIENSTE = {
    "slug": "server-und-dienste",
    "title": "Server und Dienste",
    "summary": (
        "Jede Schule erhält einen standardisierten pädagogischen Schulserver, der von der IT-Abteilung des "
        "Landkreises vorbereitet und zentral überwacht wird. Datensicherung, Softwareverteilung und Monitoring "
        "werden im Rechenzentrum des Landratsamts gebündelt."
    ),
    "tags": ["Infrastruktur", "Betrieb"],
    "allgemeines": [
        _h("Ausgangslage"),
        _p(
            "<p>Bei der Bestandsaufnahme im Schuljahr 2018/19 fanden sich an den 15 Schulen des Landkreises "
            "elf unterschiedliche Serverlösungen. Mehrere Geräte waren älter als acht Jahre, die Datensicherung "
            "erfolgte teilweise auf USB-Festplatten, die von Lehrkräften mit nach Hause genommen wurden. "
            "Installation, Updates und Fehlersuche lagen fast vollständig bei der Systembetreuung.</p>"
        ),
        _h("Ziele"),
        _p(
            "<ul><li>Ein <b>einheitlicher Schulserver</b> pro Schule auf Basis einer vom Landkreis gepflegten "
            "Vorlage (virtualisiert, gleiche Dienste, gleiche Bedienung).</li>"
            "<li>Zentrale Dienste wie Datensicherung, Softwareverteilung und Überwachung laufen im Rechenzentrum "
            "des Landratsamts.</li>"
            "<li>Staatliche Angebote (Lernplattform, Messenger, Cloudspeicher) werden genutzt, statt eigene "
            "Parallelstrukturen aufzubauen.</li>"
            "<li>Die Systembetreuung pflegt nur noch Benutzer, Klassen und Freigaben, nicht mehr die Technik.</li>"
            "</ul>"
        ),
        _tabelle(
            "Dienste und ihr Betriebsort",
            ["Dienst", "Betrieb durch", "Standort"],
            [
                ["Benutzer- und Klassenverwaltung", "Systembetreuung (Pflege), Landkreis-IT (Vorlage)", "Schulserver"],
                ["Dateiablage für Klassen und Lehrkräfte", "Landkreis-IT", "Schulserver"],
                ["Softwareverteilung und Updates", "Landkreis-IT", "Rechenzentrum Landratsamt"],
                ["Datensicherung (Zweitkopie)", "Landkreis-IT", "Rechenzentrum Landratsamt"],
                ["Überwachung (Monitoring)", "Landkreis-IT", "Rechenzentrum Landratsamt"],
                ["Lernplattform, Messenger, Cloudspeicher", "Freistaat Bayern", "staatliche Rechenzentren"],
            ],
        ),
        _verweis("netzwerk", "Zum Handlungsfeld Netzwerk (Standardnetz und Serverräume)"),
    ],
    "umsetzungsplan": [
        _p(
            "<p>Die Standardisierung erfolgt schrittweise: Erprobung an den drei Modellschulen, danach Umstellung "
            "der übrigen Schulen, vorrangig dort, wo Altgeräte ersetzt werden müssen.</p>"
        ),
        _massnahme(
            "Bestandsaufnahme der Serverlandschaft",
            "<p>Erfassung aller Server, Dienste, Lizenzen und Sicherungsverfahren an den Schulen.</p>",
            "umgesetzt",
            "Schuljahr 2019/20",
            "landkreis-it",
        ),
        _massnahme(
            "Standardschulserver an den Modellschulen",
            "<p>Aufbau und Erprobung der Servervorlage an den drei Modellschulen; Auswertung der Erfahrungen "
            "in der Arbeitsgruppe.</p>",
            "umgesetzt",
            "Schuljahr 2019/20 bis 2020/21",
            "landkreis-it",
            MODELLSCHULEN,
            "96000.00",
        ),
        _massnahme(
            "Zentrale Datensicherung im Rechenzentrum",
            "<p>Nächtliche, verschlüsselte Sicherung aller Schulserver mit Zweitkopie im Rechenzentrum des "
            "Landratsamts; Aufbewahrung 30 Tage, Monatssicherungen ein Jahr.</p>",
            "umgesetzt",
            "Sommerferien 2021",
            "landkreis-it",
            None,
            "48000.00",
        ),
        _massnahme(
            "Umstellung der übrigen Schulen auf den Standardschulserver",
            "<p>Austausch der Altgeräte und Migration der Daten, jeweils in den Ferien und in Abstimmung mit "
            "der Schulleitung.</p>",
            "in_umsetzung",
            "Schuljahr 2023/24 bis 2025/26",
            "landkreis-it",
            None,
            "310000.00",
        ),
        _massnahme(
            "Eigene Cloudspeicherlösung des Landkreises",
            "<p>Zurückgestellt, da der Freistaat einen datenschutzkonformen Cloudspeicher für Schulen bereitstellt. "
            "Eine Neubewertung erfolgt, falls das staatliche Angebot eingestellt wird.</p>",
            "zurueckgestellt",
            "offen",
            "arbeitsgruppe",
        ),
    ],
    "betriebsmodell": [
        _p(
            "<p>Die Schulserver werden als Standardsystem betrieben. Änderungen an der Vorlage nimmt ausschließlich "
            "die IT-Abteilung des Landkreises vor; Updates werden zentral freigegeben und außerhalb der "
            "Unterrichtszeit eingespielt.</p>"
        ),
        _stufe(
            "1",
            "systembetreuung",
            "<ul><li>Benutzer, Klassen und Gruppen anlegen, Passwörter zurücksetzen</li>"
            "<li>Freigaben und Tauschordner verwalten</li><li>Störungen über das Ticketsystem melden</li></ul>",
            "Systembetreuung der Schule, vor Ort",
            "Unterrichtstage nach Stundenplan",
        ),
        _stufe(
            "2",
            "it-dienstleister",
            "<ul><li>Hardwaretausch und Fehlersuche vor Ort</li><li>Wiederherstellung einzelner Dateien "
            "aus der Sicherung</li><li>Einspielen freigegebener Softwarepakete</li></ul>",
            "Ticketsystem Schulsupport",
            "Mo–Fr nach den Servicezeiten des regionalen Dienstleisters",
        ),
        _stufe(
            "3",
            "landkreis-it",
            "<p>Pflege der Servervorlage, Virtualisierung, zentrale Sicherung, Monitoring und Updatefreigabe.</p>",
            "Ticketsystem, Eskalation durch den Dienstleister",
            "Mo–Do 7:30–16:00 Uhr, Fr 7:30–12:30 Uhr",
        ),
        _hinweis(
            "info",
            "Wartungsfenster",
            "<p>Updates werden dienstags ab 18:00 Uhr eingespielt. Die Schulserver können in dieser Zeit "
            "kurzzeitig nicht erreichbar sein.</p>",
        ),
    ],
    "zustaendigkeiten": [
        _p("<p>Der Landkreis stellt die Server bereit und betreibt sie; die Schulen pflegen die Inhalte.</p>"),
        _zust("Beschaffung und Ersatz der Schulserver", "schulverwaltung", ["landkreis-it"], ["schulleitung"]),
        _zust("Pflege der Servervorlage und Updatefreigabe", "landkreis-it", ["hersteller"], ["it-dienstleister"]),
        _zust("Benutzer- und Klassenverwaltung", "systembetreuung", [], ["schulleitung"]),
        _zust("Datensicherung und Wiederherstellung", "landkreis-it", ["it-dienstleister"], ["systembetreuung"]),
        _zust("Festlegung der pädagogisch benötigten Dienste", "schulleitung", ["systembetreuung", "mib"], []),
    ],
}


INTERNETANBINDUNG = {
    "slug": "internetanbindung",
    "title": "Internetanbindung und Glasfaser",
    "summary": (
        "Alle Schulen sollen bis Ende 2026 über einen Glasfaseranschluss mit mindestens 1 Gbit/s verfügen. "
        "Der Landkreis bündelt die Verträge und nutzt staatliche Förderprogramme für den Ausbau."
    ),
    "tags": ["Infrastruktur", "Finanzierung"],
    "allgemeines": [
        _h("Ausgangslage"),
        _p(
            "<p>Im Jahr 2019 waren die meisten Schulen über DSL- oder Kabelanschlüsse mit 50 bis 100 Mbit/s im "
            "Download und deutlich geringerem Upload angebunden. Sobald mehrere Klassen gleichzeitig mit Tablets "
            "arbeiteten, war die Leitung ausgelastet. Die Verträge waren zu unterschiedlichen Zeiten von den "
            "Schulen selbst abgeschlossen worden.</p>"
        ),
        _h("Ziele"),
        _p(
            "<p>Jede Schule erhält einen <b>Glasfaseranschluss</b> mit symmetrischer Bandbreite. Die Verträge "
            "werden durch die Schulverwaltung zentral geführt, der Internetzugang läuft über die Firewall des "
            "Landkreises. Schulen mit Prüfungsbetrieb an Rechnern erhalten zusätzlich eine Ausfallreserve.</p>"
        ),
        _tabelle(
            "Zielbandbreiten nach Schulgröße",
            ["Schulgröße", "Zielbandbreite", "Ausfallreserve"],
            [
                ["bis 300 Schülerinnen und Schüler", "500 Mbit/s symmetrisch", "Mobilfunk-Router"],
                ["300 bis 1.000 Schülerinnen und Schüler", "1 Gbit/s symmetrisch", "Mobilfunk-Router"],
                ["über 1.000 Schülerinnen und Schüler, berufliche Schulen", "1 Gbit/s symmetrisch", "Zweitleitung"],
            ],
        ),
        _verweis("wlan", "Zum Handlungsfeld WLAN"),
    ],
    "umsetzungsplan": [
        _p(
            "<p>Der Glasfaserausbau richtet sich nach der Verfügbarkeit im Ort und den Förderzusagen. Die "
            "Modellschulen wurden vorgezogen.</p>"
        ),
        _massnahme(
            "Erhebung von Bandbreiten und bestehenden Verträgen",
            "<p>Messung der tatsächlichen Bandbreiten, Erfassung von Laufzeiten und Kündigungsfristen.</p>",
            "umgesetzt",
            "Schuljahr 2019/20",
            "schulverwaltung",
        ),
        _massnahme(
            "Glasfaseranschluss der Modellschulen",
            "<p>Hausanschluss, Inhouse-Verkabelung bis zum Serverraum und Umstellung auf die zentrale Firewall.</p>",
            "umgesetzt",
            "Schuljahr 2020/21",
            "landkreis-it",
            MODELLSCHULEN,
            "165000.00",
        ),
        _massnahme(
            "Glasfaseranschluss der Gymnasien und beruflichen Schulen",
            "<p>Umsetzung mit Mitteln aus dem staatlichen Förderprogramm für Glasfaseranschlüsse von Schulen.</p>",
            "umgesetzt",
            "Schuljahr 2021/22 bis 2022/23",
            "landkreis-it",
            [
                "gymnasium-schongau",
                "gymnasium-penzberg",
                "realschule-weilheim",
                "berufsschule-weilheim",
                "bsz-schongau",
                "fos-bos-weilheim",
            ],
            "410000.00",
        ),
        _massnahme(
            "Glasfaseranschluss der übrigen Schulen",
            "<p>Die Anschlüsse sind beauftragt; an zwei Standorten verzögert sich der Tiefbau des Netzbetreibers.</p>",
            "in_umsetzung",
            "bis Ende 2026",
            "landkreis-it",
            [
                "realschule-schongau",
                "realschule-peissenberg",
                "landwirtschaftsschule-weilheim",
                "foerderzentrum-weilheim",
                "foerderzentrum-penzberg",
            ],
            "290000.00",
        ),
        _massnahme(
            "Redundante Zweitleitung für die beruflichen Schulen",
            "<p>Zweiter Anschluss über einen anderen Netzbetreiber, damit Prüfungen am Rechner auch bei einer "
            "Störung stattfinden können.</p>",
            "geplant",
            "Schuljahr 2026/27",
            "landkreis-it",
            ["berufsschule-weilheim", "bsz-schongau", "fos-bos-weilheim"],
            "36000.00",
        ),
        _massnahme(
            "Glasfaseranschluss der Jugendverkehrsschule",
            "<p>Zurückgestellt: Der Verkehrsübungsplatz benötigt nur wenige Geräte; ein Mobilfunkanschluss genügt "
            "derzeit. Neubewertung bei einer Sanierung des Gebäudes.</p>",
            "zurueckgestellt",
            "frühestens 2028",
            "schulverwaltung",
            ["jugendverkehrsschule-peissenberg"],
        ),
    ],
    "betriebsmodell": [
        _p(
            "<p>Die Anschlüsse werden vom jeweiligen Netzbetreiber betrieben. Router und Firewall gehören zum "
            "Standardnetz des Landkreises. Störungen meldet die Schule nicht direkt beim Netzbetreiber, sondern "
            "über das Ticketsystem.</p>"
        ),
        _stufe(
            "1",
            "systembetreuung",
            "<p>Prüfen, ob die Störung die ganze Schule betrifft; Neustart der Geräte nach Anleitung; "
            "Ticket mit Uhrzeit und Umfang der Störung anlegen.</p>",
            "Systembetreuung der Schule",
            "Unterrichtstage",
        ),
        _stufe(
            "2",
            "it-dienstleister",
            "<p>Fehlersuche an Router und Verkabelung vor Ort, Umschalten auf die Ausfallreserve.</p>",
            "Ticketsystem, bei Totalausfall Telefon-Hotline des Dienstleisters",
            "Mo–Fr nach den Servicezeiten des regionalen Dienstleisters",
        ),
        _stufe(
            "3",
            "landkreis-it",
            "<p>Störungsmeldung beim Netzbetreiber, Überwachung der Leitungen, Änderungen an der Firewall.</p>",
            "Eskalation durch den Dienstleister",
            "Mo–Do 7:30–16:00 Uhr, Fr 7:30–12:30 Uhr",
        ),
    ],
    "zustaendigkeiten": [
        _p("<p>Verträge und Förderanträge liegen beim Landkreis, der technische Betrieb bei der Landkreis-IT.</p>"),
        _zust("Abschluss und Kündigung der Anschlussverträge", "schulverwaltung", ["landkreis-it"], ["schulleitung"]),
        _zust(
            "Förderanträge für Glasfaseranschlüsse", "schulverwaltung", ["landkreis-it"], ["kreis-und-schulausschuss"]
        ),
        _zust("Betrieb von Router und zentraler Firewall", "landkreis-it", ["it-dienstleister"], ["systembetreuung"]),
        _zust("Meldung von Störungen", "systembetreuung", [], ["schulleitung"]),
        _zust("Abstimmung von Bauterminen an der Schule", "schulleitung", ["schulverwaltung"], ["systembetreuung"]),
    ],
}


SUPPORT = {
    "slug": "support",
    "title": "Support und IT-Betreuung",
    "summary": (
        "Die IT der Schulen wird in drei Stufen betreut: Systembetreuung an der Schule, regionale "
        "IT-Dienstleister vor Ort und die IT-Abteilung des Landkreises. Lehrkräfte sollen mit IT unterrichten, "
        "nicht Kabel ziehen."
    ),
    "tags": ["Betrieb", "Pädagogik"],
    "allgemeines": [
        _h("Ausgangslage"),
        _p(
            "<p>Bis 2019 wurde die IT der Schulen im Wesentlichen von Lehrkräften betreut, die dafür nur wenige "
            "Anrechnungsstunden erhielten. Sie verlegten Kabel, installierten Rechner und suchten Fehler im "
            "Netzwerk, oft am Nachmittag und in den Ferien. Externe Firmen wurden von Fall zu Fall beauftragt, "
            "ohne einheitliche Preise oder Reaktionszeiten.</p>"
        ),
        _h("Leitgedanke"),
        _p(
            "<p><b>Lehrkräfte sollen mit IT unterrichten, nicht Kabel ziehen.</b> Die Systembetreuung bleibt "
            "pädagogische Ansprechpartnerin an der Schule. Technische Arbeiten vor Ort übernehmen drei "
            "vertraglich gebundene IT-Dienstleister, je einer für die Regionen Weilheim, Schongau und Penzberg. "
            "Das Standardnetz plant und betreibt die IT-Abteilung des Landkreises.</p>"
        ),
        _tabelle(
            "Supportregionen",
            ["Region", "Dienstleister", "Schulen"],
            [
                [
                    "Weilheim",
                    "Ammertal IT-Service GmbH",
                    "Gymnasium, Realschule, Berufsschule, FOS/BOS, Landwirtschaftsschule und Schule am Gögerl "
                    "in Weilheim; Realschule und Jugendverkehrsschule Peißenberg",
                ],
                [
                    "Schongau",
                    "Lechrain Systemhaus KG",
                    "Welfen-Gymnasium, Pfaffenwinkel-Realschule, Berufliches Schulzentrum Schongau; "
                    "Schönachschule Altenstadt",
                ],
                [
                    "Penzberg",
                    "Loisach Netzwerk & Service GmbH",
                    "Gymnasium, Heinrich-Campendonk-Realschule und Janusz-Korczak-Schule Penzberg",
                ],
            ],
        ),
        _hinweis(
            "info",
            "Pilotphase abgeschlossen",
            "<p>Das Supportmodell wurde ab 01.09.2019 für zwei Jahre erprobt, zunächst an den Modellschulen "
            "Gymnasium Weilheim, Realschule Penzberg und Schönachschule Altenstadt. Nach der Auswertung im "
            "Sommer 2021 hat der Kreis- und Schulausschuss die Fortführung beschlossen.</p>",
        ),
        _verweis("server-und-dienste"),
    ],
    "umsetzungsplan": [
        _p(
            "<p>Das Supportmodell wurde in einer Pilotphase erprobt und danach auf alle Schulen übertragen. "
            "Die laufenden Maßnahmen verbessern vor allem die Erreichbarkeit und die Selbsthilfe.</p>"
        ),
        _massnahme(
            "Vergabe der Supportleistungen in drei regionalen Losen",
            "<p>Ausschreibung mit festen Stundensätzen, Reaktionszeiten und Berichtspflichten; Vertragsbeginn "
            "01.09.2019.</p>",
            "umgesetzt",
            "Frühjahr bis Sommer 2019",
            "schulverwaltung",
        ),
        _massnahme(
            "Pilotbetrieb an den Modellschulen",
            "<p>Erprobung der Supportstufen, des Ticketsystems und der Reaktionszeiten; je eine Modellschule "
            "pro Region.</p>",
            "umgesetzt",
            "Schuljahr 2019/20",
            "landkreis-it",
            MODELLSCHULEN,
            "85000.00",
        ),
        _massnahme(
            "Ticketsystem und Fernwartung für alle Schulen",
            "<p>Einführung des webbasierten Ticketsystems an allen Schulen; datenschutzkonforme Fernwartung mit "
            "Freigabe durch die Schule, vorgezogen wegen der Schulschließungen 2020.</p>",
            "umgesetzt",
            "Sommerferien 2020",
            "landkreis-it",
            None,
            "28000.00",
        ),
        _massnahme(
            "Auswertung der Pilotphase und Verstetigung",
            "<p>Befragung der Schulleitungen und der Systembetreuung, Auswertung der Tickets; Bericht an den "
            "Kreis- und Schulausschuss.</p>",
            "umgesetzt",
            "Sommer 2021",
            "arbeitsgruppe",
        ),
        _massnahme(
            "Wissensdatenbank und Selbsthilfe-Anleitungen",
            "<p>Kurze Anleitungen für häufige Anliegen (Beamer, Drucken, Passwort) direkt im Ticketportal.</p>",
            "in_umsetzung",
            "Schuljahr 2025/26",
            "landkreis-it",
            None,
            "12000.00",
        ),
        _massnahme(
            "Neuvergabe der Supportverträge",
            "<p>Vorbereitung der Neuausschreibung mit den Erfahrungen aus sechs Betriebsjahren; Vertragsbeginn "
            "zum Schuljahr 2027/28.</p>",
            "geplant",
            "Schuljahr 2026/27",
            "schulverwaltung",
        ),
    ],
    "betriebsmodell": [
        _p(
            "<p>Alle Anliegen werden im <b>Ticketsystem Schulsupport</b> erfasst. Lehrkräfte melden Störungen "
            "über ein einfaches Formular; die Systembetreuung prüft, löst selbst oder gibt an den Dienstleister "
            "weiter. Jedes Ticket erhält eine Priorität, aus der sich die Reaktionszeit ergibt. Die Dienstleister "
            "berichten quartalsweise über Anzahl, Dauer und Art der Tickets.</p>"
        ),
        _h("Supportstufen"),
        _stufe(
            "1",
            "systembetreuung",
            "<ul><li>Annahme und Prüfung von Meldungen aus dem Kollegium</li>"
            "<li>einfache Hilfe: Neustart, Kabel prüfen, Passwort zurücksetzen</li>"
            "<li>Ticket anlegen oder weiterleiten, Priorität festlegen</li>"
            "<li>pädagogische Beratung des Kollegiums zum Einsatz der Geräte</li></ul>",
            "Systembetreuung der Schule, Meldeformular im Ticketportal",
            "Unterrichtstage nach Stundenplan",
        ),
        _stufe(
            "2",
            "it-dienstleister",
            "<ul><li>Fehlerbehebung vor Ort oder per Fernwartung</li>"
            "<li>Austausch defekter Geräte und Abwicklung von Garantiefällen</li>"
            "<li>Installation neuer Geräte nach Standard</li>"
            "<li>Dokumentation im Ticket</li></ul>",
            "Ticketsystem; bei Priorität 1 zusätzlich Telefon-Hotline des Dienstleisters",
            "Mo–Fr etwa 7:30–16:00 Uhr, genaue Zeiten je Region laut Dienstleisterverzeichnis",
        ),
        _stufe(
            "3",
            "landkreis-it",
            "<p>Netzwerk, Firewall, Server und zentrale Dienste; Änderungen am Standard; Eskalation bei "
            "wiederkehrenden oder schulübergreifenden Störungen.</p>",
            "Eskalation durch den Dienstleister im Ticketsystem",
            "Mo–Do 7:30–16:00 Uhr, Fr 7:30–12:30 Uhr",
        ),
        _stufe(
            "3",
            "hersteller",
            "<p>Herstellersupport, Garantie und Ersatzteile für Geräte mit Herstellerfehlern.</p>",
            "über den IT-Dienstleister",
            "nach den Bedingungen des Herstellers",
        ),
        _tabelle(
            "Reaktionszeiten nach Priorität (innerhalb der Servicezeiten)",
            ["Priorität", "Beispiel", "Reaktionszeit", "Ziel für die Behebung"],
            [
                ["1 – kritisch", "Internet oder Server der ganzen Schule ausgefallen", "2 Stunden", "1 Arbeitstag"],
                ["2 – hoch", "Fachraum oder mehrere Klassenzimmer ohne Funktion", "4 Stunden", "2 Arbeitstage"],
                ["3 – normal", "einzelnes Gerät oder einzelner Beamer defekt", "1 Arbeitstag", "5 Arbeitstage"],
                ["4 – niedrig", "Änderungswunsch, neue Software nach Freigabe", "3 Arbeitstage", "nach Absprache"],
            ],
        ),
        _hinweis(
            "wichtig",
            "Nur über das Ticketsystem",
            "<p>Aufträge an die Dienstleister werden nur über das Ticketsystem erteilt. Direkt vereinbarte "
            "Arbeiten ohne Ticket können vom Landkreis nicht abgerechnet werden.</p>",
        ),
    ],
    "zustaendigkeiten": [
        _p("<p>Die Supportverträge schließt der Landkreis; die fachliche Steuerung liegt bei der Landkreis-IT.</p>"),
        _zust(
            "Vergabe und Abrechnung der Supportverträge",
            "schulverwaltung",
            ["landkreis-it"],
            ["kreis-und-schulausschuss"],
        ),
        _zust(
            "Steuerung der Dienstleister und Qualitätskontrolle", "landkreis-it", ["schulverwaltung"], ["schulleitung"]
        ),
        _zust("Betrieb des Ticketsystems", "landkreis-it", [], ["it-dienstleister", "systembetreuung"]),
        _zust("Erstannahme und Priorisierung von Störungen", "systembetreuung", [], ["schulleitung"]),
        _zust("Vor-Ort-Support in der Region", "it-dienstleister", ["hersteller"], ["systembetreuung"]),
        _zust(
            "Weiterentwicklung des Supportmodells",
            "arbeitsgruppe",
            ["landkreis-it", "systembetreuung"],
            ["kreis-und-schulausschuss"],
        ),
    ],
}


DATENSCHUTZ = {
    "slug": "datenschutz",
    "title": "Datenschutz",
    "summary": (
        "Verantwortlich für die Verarbeitung personenbezogener Daten ist die jeweilige Schule. Der Landkreis "
        "sorgt als Sachaufwandsträger für eine Technik, die datenschutzkonform betrieben werden kann, und regelt "
        "den Zugriff der Dienstleister vertraglich."
    ),
    "tags": ["Datenschutz", "Sicherheit", "Verwaltung"],
    "allgemeines": [
        _h("Rollen"),
        _p(
            "<p>Datenschutzrechtlich verantwortlich ist die Schule, vertreten durch die Schulleitung. Sie wird von "
            "der oder dem Datenschutzbeauftragten der Schule beraten. Der Landkreis und die von ihm beauftragten "
            "Dienstleister verarbeiten Daten nur, soweit dies für Betrieb und Support nötig ist; dies wird in "
            "<b>Verträgen zur Auftragsverarbeitung</b> geregelt.</p>"
        ),
        _h("Ziele"),
        _p(
            "<ul><li>Die Technik des Standardnetzes ist so dokumentiert, dass die Schulen ihr Verzeichnis der "
            "Verarbeitungstätigkeiten ohne eigene Recherche ergänzen können.</li>"
            "<li>Verwaltungsnetz und pädagogisches Netz sind getrennt.</li>"
            "<li>Zugriffe von Dienstleistern sind nachvollziehbar und nur nach Freigabe möglich.</li>"
            "<li>Altgeräte verlassen die Schule nur mit sicher gelöschten Datenträgern.</li></ul>"
        ),
        _tabelle(
            "Technische und organisatorische Maßnahmen (Auszug)",
            ["Bereich", "Maßnahme", "Zuständig"],
            [
                ["Zutritt", "Serverräume verschlossen, Schlüsselliste", "Schulleitung"],
                ["Zugang", "persönliche Kennungen, Passwortrichtlinie", "Systembetreuung"],
                ["Trennung", "eigenes Verwaltungsnetz mit eigener Firewallzone", "Landkreis-IT"],
                ["Fernwartung", "nur nach Freigabe, Sitzungen protokolliert", "IT-Dienstleister"],
                ["Entsorgung", "zertifizierte Vernichtung von Datenträgern", "Schulverwaltung"],
            ],
        ),
        _hinweis(
            "wichtig",
            "Keine Schülerdaten auf privaten Speichern",
            "<p>Noten, Zeugnisse und Förderunterlagen dürfen nur auf den dafür vorgesehenen Systemen der Schule "
            "oder in staatlich bereitgestellten Diensten gespeichert werden.</p>",
        ),
        _verweis("it-sicherheit"),
    ],
    "umsetzungsplan": [
        _p("<p>Die vertraglichen Grundlagen wurden mit dem Start des Supportmodells geschaffen.</p>"),
        _massnahme(
            "Verträge zur Auftragsverarbeitung mit den Dienstleistern",
            "<p>Abschluss mit allen drei regionalen Dienstleistern vor Vertragsbeginn; Muster für die Schulen.</p>",
            "umgesetzt",
            "Sommerferien 2019",
            "schulverwaltung",
        ),
        _massnahme(
            "Musterdokumentation für das Standardnetz",
            "<p>Beschreibung von Systemen, Datenflüssen und Schutzmaßnahmen als Vorlage für das Verzeichnis der "
            "Verarbeitungstätigkeiten der Schulen.</p>",
            "umgesetzt",
            "Schuljahr 2020/21",
            "landkreis-it",
        ),
        _massnahme(
            "Sichere Löschung und Vernichtung von Datenträgern",
            "<p>Rahmenvertrag mit einem zertifizierten Entsorger; Abholung gesammelt pro Schuljahr.</p>",
            "in_umsetzung",
            "seit Schuljahr 2022/23, jährlich",
            "schulverwaltung",
            None,
            "9500.00",
        ),
        _massnahme(
            "Liste geprüfter Unterrichtsanwendungen",
            "<p>Gemeinsame Übersicht der vom Landkreis bereitgestellten Anwendungen mit Hinweisen zur "
            "Datenschutzbewertung, als Hilfe für die Entscheidung der Schulen.</p>",
            "geplant",
            "Schuljahr 2026/27",
            "arbeitsgruppe",
        ),
    ],
    "betriebsmodell": [
        _p(
            "<p>Bei einer Datenschutzverletzung zählt jede Stunde: Die Schule muss sie in der Regel binnen "
            "72 Stunden der Aufsichtsbehörde melden. Die Supportstufen unterstützen sie dabei.</p>"
        ),
        _stufe(
            "1",
            "systembetreuung",
            "<p>Verdacht erkennen, betroffene Geräte vom Netz trennen, Schulleitung und Datenschutzbeauftragte "
            "sofort informieren, Ticket mit Priorität 1 anlegen.</p>",
            "Systembetreuung der Schule",
            "Unterrichtstage",
        ),
        _stufe(
            "2",
            "it-dienstleister",
            "<p>Spuren sichern, Geräte isolieren, Kennwörter zurücksetzen, Sachverhalt im Ticket dokumentieren.</p>",
            "Ticketsystem und Telefon-Hotline",
            "Mo–Fr nach den Servicezeiten des regionalen Dienstleisters",
        ),
        _stufe(
            "3",
            "landkreis-it",
            "<p>Auswertung der Protokolle, Bewertung der technischen Ursache, Zuarbeit für die Meldung der Schule.</p>",
            "Eskalation über den Dienstleister, in dringenden Fällen telefonisch",
            "Mo–Do 7:30–16:00 Uhr, Fr 7:30–12:30 Uhr",
        ),
        _hinweis(
            "warnung",
            "Meldepflicht liegt bei der Schule",
            "<p>Die Meldung an die Aufsichtsbehörde gibt die Schulleitung ab. Landkreis und Dienstleister liefern "
            "die technischen Angaben, melden aber nicht selbst.</p>",
        ),
    ],
    "zustaendigkeiten": [
        _p("<p>Die Verantwortung folgt der Rolle: Schule für die Verarbeitung, Landkreis für die Technik.</p>"),
        _zust("Verzeichnis der Verarbeitungstätigkeiten der Schule", "schulleitung", ["datenschutz-schule"], []),
        _zust("Verträge zur Auftragsverarbeitung", "schulverwaltung", ["landkreis-it"], ["datenschutz-schule"]),
        _zust(
            "Technische Schutzmaßnahmen im Standardnetz", "landkreis-it", ["it-dienstleister"], ["datenschutz-schule"]
        ),
        _zust("Freigabe von Fernwartungszugriffen", "systembetreuung", [], ["schulleitung"]),
        _zust(
            "Meldung von Datenschutzverletzungen",
            "schulleitung",
            ["datenschutz-schule", "landkreis-it"],
            ["schulverwaltung"],
        ),
    ],
}


FORTBILDUNG = {
    "slug": "fortbildung",
    "title": "Fortbildung",
    "summary": (
        "Die pädagogische Fortbildung der Lehrkräfte ist Aufgabe des Freistaats. Der Landkreis ergänzt sie um "
        "Einweisungen in die bereitgestellte Technik, Schulungen für die Systembetreuung und eine Kooperation "
        "mit einer Universität."
    ),
    "tags": ["Pädagogik", "Betrieb"],
    "allgemeines": [
        _h("Ausgangslage"),
        _p(
            "<p>Neue Technik wird nur genutzt, wenn das Kollegium sie sicher bedienen kann. Lehrkräfte werden über "
            "die staatlichen Fortbildungsangebote und die medienpädagogisch-informationstechnische Beratung "
            "erreicht. Für die Bedienung der vom Landkreis beschafften Geräte und für die Arbeit im Standardnetz "
            "fehlte bisher ein eigenes Angebot.</p>"
        ),
        _h("Ziele"),
        _p(
            "<ul><li>Jede Auslieferung von Geräten wird mit einer Einweisung verbunden.</li>"
            "<li>Neue Systembetreuerinnen und Systembetreuer werden innerhalb ihres ersten Halbjahrs geschult.</li>"
            "<li>Ein jährlicher Systembetreuertag dient dem Austausch zwischen Schulen, Dienstleistern und "
            "Landkreis-IT.</li>"
            "<li>Die Kooperation mit einer Universität bringt Forschung und Praxis zusammen.</li></ul>"
        ),
        _tabelle(
            "Fortbildungsangebote",
            ["Angebot", "Zielgruppe", "Durchführung", "Turnus"],
            [
                ["Einführung in das Standardnetz", "neue Systembetreuung", "Landkreis-IT", "zweimal jährlich"],
                [
                    "Systembetreuertag",
                    "Systembetreuung aller Schulen",
                    "Landkreis-IT mit Dienstleistern",
                    "jährlich im Herbst",
                ],
                [
                    "Geräteeinweisung",
                    "Kollegien der belieferten Schulen",
                    "IT-Dienstleister oder Lieferant",
                    "bei Auslieferung",
                ],
                [
                    "Ticketsystem und Supportwege",
                    "Schulleitungen, Systembetreuung",
                    "Schulverwaltung",
                    "zu Schuljahresbeginn",
                ],
                ["Datenschutz im Schulnetz", "Datenschutzbeauftragte, Systembetreuung", "Landkreis-IT", "jährlich"],
                [
                    "Medienbildung im Unterricht",
                    "Lehrkräfte",
                    "MIB und staatliche Fortbildung",
                    "nach staatlichem Programm",
                ],
            ],
        ),
        _verweis("praesentationstechnik", "Einweisungen betreffen vor allem die Präsentationstechnik"),
    ],
    "umsetzungsplan": [
        _p(
            "<p>Die Angebote wurden mit dem Supportmodell aufgebaut und werden jährlich in der Arbeitsgruppe "
            "geprüft.</p>"
        ),
        _massnahme(
            "Schulung der Systembetreuung im Standardnetz",
            "<p>Zweitägige Schulung zu Benutzerverwaltung, Ticketsystem und Supportwegen für alle Schulen.</p>",
            "umgesetzt",
            "Schuljahr 2019/20",
            "landkreis-it",
            None,
            "15000.00",
        ),
        _massnahme(
            "Jährlicher Systembetreuertag",
            "<p>Austausch, Vorstellung neuer Standards und Rückmeldungen an Landkreis und Dienstleister.</p>",
            "umgesetzt",
            "jährlich seit Herbst 2021",
            "landkreis-it",
            None,
            "4000.00",
        ),
        _massnahme(
            "Kooperation mit einer Universität",
            "<p>Begleitung ausgewählter Schulen durch einen Lehrstuhl für digitale Bildung; gemeinsame "
            "Fortbildungsmodule und Auswertung des Medieneinsatzes.</p>",
            "in_umsetzung",
            "Schuljahr 2023/24 bis 2025/26",
            "landkreis",
            ["gymnasium-penzberg", "realschule-schongau", "bsz-schongau", "foerderzentrum-weilheim"],
            "60000.00",
        ),
        _massnahme(
            "Kurze Lernvideos zu häufigen Fragen",
            "<p>Videos von wenigen Minuten zu Beamer, Dokumentenkamera und Drucken, abrufbar im Ticketportal.</p>",
            "geplant",
            "Schuljahr 2026/27",
            "landkreis-it",
            None,
            "8000.00",
        ),
        _massnahme(
            "Schulungen für Schulsekretariate",
            "<p>Einführung in die Verwaltungsarbeitsplätze und in sichere Abläufe bei E-Mail und Datenablage.</p>",
            "geplant",
            "Schuljahr 2027/28",
            "schulverwaltung",
        ),
    ],
    "betriebsmodell": [
        _p(
            "<p>Fortbildung wird ebenfalls gestuft organisiert: Die Systembetreuung gibt Wissen ins Kollegium "
            "weiter, Dienstleister und Lieferanten weisen in Geräte ein, vertiefte Schulungen kommen von der "
            "Landkreis-IT oder vom Hersteller.</p>"
        ),
        _stufe(
            "1",
            "systembetreuung",
            "<p>Schulinterne Kurzfortbildungen, Ansprechpartnerin für Fragen im Kollegium.</p>",
            "Systembetreuung der Schule",
            "nach Absprache in der Schule",
        ),
        _stufe(
            "2",
            "it-dienstleister",
            "<p>Einweisung bei Auslieferung und Installation neuer Geräte, Kurzanleitungen im Raum.</p>",
            "Terminvereinbarung über das Ticketsystem",
            "Mo–Fr nach den Servicezeiten des regionalen Dienstleisters",
        ),
        _stufe(
            "3",
            "hersteller",
            "<p>Vertiefte Produktschulungen für Systembetreuung und Landkreis-IT, etwa bei neuen "
            "Displaygenerationen.</p>",
            "über die Landkreis-IT",
            "nach Vereinbarung",
        ),
    ],
    "zustaendigkeiten": [
        _p("<p>Pädagogische Fortbildung bleibt staatliche Aufgabe; technische Einweisungen trägt der Landkreis.</p>"),
        _zust("Pädagogische Fortbildung der Lehrkräfte", "mib", ["schulleitung"], ["systembetreuung"]),
        _zust("Fortbildungsplanung an der Schule", "schulleitung", ["systembetreuung", "mib"], []),
        _zust("Schulungen zum Standardnetz", "landkreis-it", ["it-dienstleister"], ["schulleitung"]),
        _zust("Einweisungen bei Geräteauslieferung", "it-dienstleister", ["hersteller"], ["systembetreuung"]),
        _zust("Kooperation mit der Universität", "landkreis", ["schulverwaltung", "mib"], ["kreis-und-schulausschuss"]),
    ],
}


BESCHAFFUNG_UND_FINANZIERUNG = {
    "slug": "beschaffung-und-finanzierung",
    "title": "Beschaffung und Finanzierung",
    "summary": (
        "Als Sachaufwandsträger finanziert der Landkreis die IT-Ausstattung seiner Schulen. Jährlich stehen "
        "dafür rund 2 bis 4 Mio. Euro zur Verfügung, ergänzt durch Fördermittel, vor allem aus dem DigitalPakt "
        "Schule. Beschafft wird über Rahmenverträge."
    ),
    "tags": ["Finanzierung", "Ausstattung", "Verwaltung"],
    "allgemeines": [
        _h("Rechtlicher Rahmen"),
        _p(
            "<p>Nach Art. 3 BaySchFG trägt der Landkreis als <b>Sachaufwandsträger</b> alle Kosten seiner Schulen "
            "mit Ausnahme des Lehrpersonals, das der Freistaat anstellt. Dazu gehören Gebäude, Einrichtung und die "
            "gesamte IT einschließlich Support. Die Mittel werden im Kreishaushalt veranschlagt; über größere "
            "Vorhaben entscheidet der Kreis- und Schulausschuss.</p>"
        ),
        _h("Fördermittel"),
        _p(
            "<p>Der DigitalPakt Schule und die ergänzenden Sonderbudgets für Leihgeräte und Lehrerdienstgeräte "
            "haben vor allem Ausstattung und Vernetzung gefördert. Laufende Kosten wie Support, Lizenzen und "
            "Ersatzbeschaffungen trägt der Landkreis aus eigenen Mitteln. Grundlage der Förderanträge sind die "
            "Medienkonzepte der Schulen.</p>"
        ),
        _tabelle(
            "Haushaltsmittel für die Schul-IT (gerundet; bis 2024 Rechnungsergebnis, 2025 Ansatz)",
            ["Jahr", "Mittel gesamt", "davon Fördermittel", "Schwerpunkte"],
            [
                ["2019", "2,1 Mio. EUR", "0,2 Mio. EUR", "Bestandsaufnahme, Modellschulen, Supportverträge"],
                ["2020", "3,4 Mio. EUR", "1,6 Mio. EUR", "Verkabelung, WLAN, Leihgeräte"],
                ["2021", "3,9 Mio. EUR", "2,3 Mio. EUR", "DigitalPakt-Maßnahmen, Lehrerdienstgeräte"],
                ["2022", "3,3 Mio. EUR", "1,8 Mio. EUR", "Präsentationstechnik, Glasfaser"],
                ["2023", "2,7 Mio. EUR", "1,1 Mio. EUR", "Glasfaser, Standardschulserver"],
                ["2024", "2,9 Mio. EUR", "0,9 Mio. EUR", "Abschluss DigitalPakt, Ersatzbeschaffungen"],
                ["2025", "3,0 Mio. EUR", "0,4 Mio. EUR", "Ersatzbeschaffungen, Glasfaser, Support"],
            ],
        ),
        _hinweis(
            "warnung",
            "Spenden und Eigenbeschaffungen",
            "<p>Geräte, die Fördervereine spenden oder Schulen selbst beschaffen, können nur in das Standardnetz "
            "aufgenommen und betreut werden, wenn sie vorher mit der Schulverwaltung abgestimmt wurden.</p>",
        ),
        _verweis("endgeraete", "Ausstattungsstandards im Handlungsfeld Endgeräte"),
    ],
    "umsetzungsplan": [
        _p(
            "<p>Mit dem Auslaufen des DigitalPakts verlagert sich der Schwerpunkt auf planbare Ersatzbeschaffungen.</p>"
        ),
        _massnahme(
            "Medienkonzepte der Schulen als Grundlage der Förderanträge",
            "<p>Abstimmung der schulischen Medienkonzepte mit den Standards des IT-Konzepts.</p>",
            "umgesetzt",
            "Schuljahr 2019/20 bis 2020/21",
            "schulleitung",
        ),
        _massnahme(
            "Förderanträge DigitalPakt Schule",
            "<p>Anträge für alle Schulen, gebündelt durch die Schulverwaltung; Fördervolumen rund 6,5 Mio. Euro, "
            "Verwendungsnachweise bis 2025.</p>",
            "umgesetzt",
            "2020 bis 2024",
            "schulverwaltung",
            None,
            "6500000.00",
        ),
        _massnahme(
            "Rahmenverträge für Endgeräte, Displays und Netzwerkkomponenten",
            "<p>Europaweite Ausschreibung in Losen; Abrufe durch die Schulverwaltung zu festen Preisen.</p>",
            "umgesetzt",
            "2021",
            "schulverwaltung",
        ),
        _massnahme(
            "Ersatzbeschaffungsplan mit festen Nutzungsdauern",
            "<p>Planung der Ersatzbeschaffungen für fünf Jahre in der mittelfristigen Finanzplanung.</p>",
            "in_umsetzung",
            "ab Haushalt 2025",
            "landkreis",
        ),
        _massnahme(
            "Anträge im Nachfolgeprogramm des DigitalPakts",
            "<p>Vorbereitung der Anträge, sobald die Förderrichtlinie des Freistaats vorliegt.</p>",
            "geplant",
            "Schuljahr 2026/27 bis 2027/28",
            "schulverwaltung",
        ),
        _massnahme(
            "Leasing von Schülerendgeräten",
            "<p>Zurückgestellt: Die Wirtschaftlichkeitsuntersuchung ergab gegenüber dem Kauf keinen Vorteil.</p>",
            "zurueckgestellt",
            "Prüfung 2022, Neubewertung offen",
            "schulverwaltung",
        ),
    ],
    "betriebsmodell": [
        _p(
            "<p>Die Schule meldet ihren Bedarf, die Schulverwaltung ruft aus dem Rahmenvertrag ab, der Dienstleister "
            "installiert. Garantiefälle laufen über dieselben Stufen wie Störungen.</p>"
        ),
        _stufe(
            "1",
            "systembetreuung",
            "<p>Bedarfsmeldung mit der Schulleitung abstimmen, Lieferung auf Vollständigkeit prüfen, "
            "Defekte melden.</p>",
            "Bestellformular im Ticketportal",
            "Bedarfsmeldung bis 31. März für das folgende Schuljahr",
        ),
        _stufe(
            "2",
            "it-dienstleister",
            "<p>Installation, Inventarisierung und Abwicklung von Garantiefällen vor Ort.</p>",
            "Ticketsystem",
            "Mo–Fr nach den Servicezeiten des regionalen Dienstleisters",
        ),
        _stufe(
            "3",
            "hersteller",
            "<p>Garantie- und Gewährleistungsleistungen, Austauschgeräte und Ersatzteile.</p>",
            "über den IT-Dienstleister",
            "laut Rahmenvertrag",
        ),
        _tabelle(
            "Ablauf einer Beschaffung",
            ["Schritt", "Wer", "Zeitpunkt"],
            [
                ["Bedarfsmeldung", "Schulleitung mit Systembetreuung", "bis 31. März"],
                ["Prüfung und Haushaltsanmeldung", "Schulverwaltung mit Landkreis-IT", "bis 30. Juni"],
                ["Abruf aus dem Rahmenvertrag", "Schulverwaltung", "nach Haushaltsbeschluss"],
                ["Lieferung und Installation", "IT-Dienstleister", "bevorzugt in den Ferien"],
            ],
        ),
    ],
    "zustaendigkeiten": [
        _p(
            "<p>Über die Mittel entscheiden die Gremien des Landkreises, die Abwicklung liegt bei der "
            "Schulverwaltung.</p>"
        ),
        _zust(
            "Beschluss über Haushaltsmittel und größere Vorhaben",
            "kreis-und-schulausschuss",
            ["schulverwaltung"],
            ["schulleitung"],
        ),
        _zust("Ausschreibung und Rahmenverträge", "schulverwaltung", ["landkreis-it"], ["it-dienstleister"]),
        _zust(
            "Förderanträge und Verwendungsnachweise", "schulverwaltung", ["schulleitung"], ["kreis-und-schulausschuss"]
        ),
        _zust("Bedarfsmeldung der Schule", "schulleitung", ["systembetreuung", "mib"], ["schulverwaltung"]),
        _zust("Technische Standards für Beschaffungen", "landkreis-it", ["arbeitsgruppe"], ["schulverwaltung"]),
    ],
}


SCHULVERWALTUNGS_IT = {
    "slug": "schulverwaltungs-it",
    "title": "Schulverwaltungs-IT",
    "summary": (
        "Schulleitung und Sekretariat arbeiten in einem eigenen, vom pädagogischen Netz getrennten "
        "Verwaltungsnetz. Der Landkreis stellt Geräte, Netz und Datensicherung; die staatliche "
        "Schulverwaltungssoftware wird fachlich vom Freistaat betreut."
    ),
    "tags": ["Verwaltung", "Datenschutz", "Sicherheit"],
    "allgemeines": [
        _h("Ausgangslage"),
        _p(
            "<p>In der Schulverwaltung werden besonders schutzbedürftige Daten verarbeitet: Schülerstammdaten, "
            "Noten, Zeugnisse und Unterlagen zur Förderung. 2019 waren Verwaltungs- und Unterrichtsrechner an "
            "mehreren Schulen noch im selben Netz, Verwaltungs-PCs wurden teils von der Systembetreuung "
            "nebenher gepflegt.</p>"
        ),
        _h("Ziele"),
        _p(
            "<ul><li>Ein <b>getrenntes Verwaltungsnetz</b> an jeder Schule mit eigener Firewallzone.</li>"
            "<li>Einheitliche Verwaltungsarbeitsplätze mit zentraler Updateverteilung.</li>"
            "<li>Tägliche, verschlüsselte Sicherung der Verwaltungsdaten im Rechenzentrum.</li>"
            "<li>Die Systembetreuung wird von Verwaltungsaufgaben entlastet.</li></ul>"
        ),
        _tabelle(
            "Ausstattungsstandard Verwaltung",
            ["Komponente", "Standard", "Nutzungsdauer"],
            [
                ["Arbeitsplatz Sekretariat", "Business-PC aus dem Rahmenvertrag, zwei Monitore", "5 Jahre"],
                ["Arbeitsplatz Schulleitung", "Notebook mit Dockingstation, verschlüsselte Festplatte", "5 Jahre"],
                ["Drucken und Scannen", "Multifunktionsgerät im Verwaltungsnetz", "5 Jahre"],
                ["Datensicherung", "täglich, verschlüsselte Kopie im Rechenzentrum", "laufend"],
            ],
        ),
        _hinweis(
            "info",
            "Fachlicher Support für die Schulverwaltungssoftware",
            "<p>Fragen zur Bedienung der staatlichen Schulverwaltungssoftware beantworten die dafür zuständigen "
            "staatlichen Stellen. Der Landkreis betreut Geräte, Netz und Sicherung.</p>",
        ),
        _verweis("it-sicherheit"),
    ],
    "umsetzungsplan": [
        _p("<p>Die Trennung der Netze hatte Vorrang; danach folgten Geräte und Sicherung.</p>"),
        _massnahme(
            "Trennung von Verwaltungsnetz und pädagogischem Netz",
            "<p>Eigene Netzsegmente und Firewallregeln an allen Schulen; Umsetzung in den Ferien.</p>",
            "umgesetzt",
            "Sommerferien 2020",
            "landkreis-it",
        ),
        _massnahme(
            "Erneuerung der Verwaltungsarbeitsplätze",
            "<p>Austausch aller Verwaltungsrechner gegen Standardgeräte aus dem Rahmenvertrag.</p>",
            "umgesetzt",
            "Schuljahr 2021/22",
            "schulverwaltung",
            None,
            "185000.00",
        ),
        _massnahme(
            "Zentrale Sicherung der Verwaltungsdaten",
            "<p>Tägliche Sicherung mit Kopie im Rechenzentrum des Landratsamts; jährlicher Wiederherstellungstest.</p>",
            "umgesetzt",
            "Schuljahr 2021/22",
            "landkreis-it",
        ),
        _massnahme(
            "Umstellung auf ein aktuelles Betriebssystem",
            "<p>Aktualisierung aller Verwaltungsarbeitsplätze vor Ende des Herstellersupports.</p>",
            "umgesetzt",
            "Schuljahr 2024/25",
            "landkreis-it",
            None,
            "22000.00",
        ),
        _massnahme(
            "Zwei-Faktor-Anmeldung für Verwaltungszugänge",
            "<p>Anmeldung an Verwaltungsarbeitsplätzen und Fernzugängen mit zweitem Faktor; zunächst an den "
            "Modellschulen.</p>",
            "geplant",
            "Schuljahr 2026/27",
            "landkreis-it",
            MODELLSCHULEN,
            "18000.00",
        ),
    ],
    "betriebsmodell": [
        _p(
            "<p>Die Verwaltungsarbeitsplätze werden wie die übrige Technik in drei Stufen betreut. Arbeiten im "
            "Verwaltungsnetz erfolgen nur nach Absprache mit dem Sekretariat.</p>"
        ),
        _stufe(
            "1",
            "systembetreuung",
            "<p>Erste Hilfe bei Störungen, Ticket anlegen; keine Arbeiten mit Zugriff auf Verwaltungsdaten.</p>",
            "Systembetreuung der Schule oder direkt das Sekretariat über das Ticketportal",
            "Unterrichtstage",
        ),
        _stufe(
            "2",
            "it-dienstleister",
            "<p>Hardwaretausch, Druckerstörungen und Fernwartung nach Freigabe durch das Sekretariat.</p>",
            "Ticketsystem",
            "Mo–Fr nach den Servicezeiten des regionalen Dienstleisters",
        ),
        _stufe(
            "3",
            "landkreis-it",
            "<p>Netztrennung, Firewall, Updateverteilung und Sicherung der Verwaltungsdaten.</p>",
            "Eskalation durch den Dienstleister",
            "Mo–Do 7:30–16:00 Uhr, Fr 7:30–12:30 Uhr",
        ),
    ],
    "zustaendigkeiten": [
        _p("<p>Die Schule verantwortet die Daten, der Landkreis die Technik, der Freistaat die Fachsoftware.</p>"),
        _zust("Bereitstellung der Verwaltungsarbeitsplätze", "schulverwaltung", ["landkreis-it"], ["schulleitung"]),
        _zust("Betrieb von Verwaltungsnetz und Sicherung", "landkreis-it", ["it-dienstleister"], ["schulleitung"]),
        _zust("Berechtigungen in der Schulverwaltungssoftware", "schulleitung", ["datenschutz-schule"], []),
        _zust("Vor-Ort-Support im Sekretariat", "it-dienstleister", [], ["schulleitung"]),
        _zust("Datenschutzberatung zur Schulverwaltung", "datenschutz-schule", [], ["schulleitung"]),
    ],
}


HANDLUNGSFELDER = [
    SERVER_UND_DIENSTE,
    INTERNETANBINDUNG,
    SUPPORT,
    DATENSCHUTZ,
    FORTBILDUNG,
    BESCHAFFUNG_UND_FINANZIERUNG,
    SCHULVERWALTUNGS_IT,
]
