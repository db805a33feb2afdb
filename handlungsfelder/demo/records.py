"""Demo records around the Handlungsfelder: start page, index pages, working-group meetings, committee decisions,
the host site's legal pages and the demo accounts.

Blocks use the (type, value) format documented in `handlungsfelder.demo`. A meeting's `teilnehmende` are
{"rolle": <akteur key>, "personen": "...", "anzahl": n} and its `tagesordnung` {"titel": "...", "erlaeuterung": "..."};
the builder wraps them into their stream blocks. Dates are ISO strings. People, addresses and e-mails are invented.
"""

from .bausteine import h as _h
from .bausteine import hinweis as _hinweis
from .bausteine import p as _p
from .bausteine import teilnahme as _t
from .bausteine import top as _top
from .bausteine import verweis as _verweis

HF_ALLE = [
    "netzwerk",
    "wlan",
    "it-sicherheit",
    "lizenzmanagement",
    "endgeraete",
    "praesentationstechnik",
    "server-und-dienste",
    "internetanbindung",
    "support",
    "datenschutz",
    "fortbildung",
    "beschaffung-und-finanzierung",
    "schulverwaltungs-it",
]


# Recurring participants of the Arbeitsgruppe.
PROJEKTLEITUNG = "Katharina Brandl (Projektleitung)"
SCHULVERWALTUNG = f"Martin Sedlmeier (Sachgebietsleitung Schulen), {PROJEKTLEITUNG}"
LANDKREIS_IT = "Florian Gschwendtner (Leitung IT-Abteilung)"
LANDKREIS_IT_NETZ = f"{LANDKREIS_IT}, Sabrina Kögl (Netzwerk und Schulen)"
MIB = "Johannes Wiedemann (MIB für die Gymnasien)"

ERSTFASSUNG_NOTIZ = "Erstfassung: vom Kreis- und Schulausschuss am 05.08.2019 beschlossene Version 1.0."
ERSTFASSUNG_AM = "2019-08-30T10:00:00+02:00"

SITE_NAME = "IT-Konzept Schulen Landkreis Weilheim-Schongau"

STARTSEITE = {
    "title": "IT-Konzept für die Schulen in Sachaufwandsträgerschaft des Landkreises Weilheim-Schongau",
    "slug": "it-konzept",
    "intro": (
        "<p>Der Landkreis Weilheim-Schongau ist Sachaufwandsträger von fünfzehn Schulen: Realschulen, Gymnasien, "
        "beruflichen Schulen und Förderzentren. Er stellt ihnen Gebäude und Ausstattung bereit und damit auch die "
        "gesamte Informationstechnik, vom Netzwerkschrank im Keller bis zum Display im Klassenzimmer. Die Lehrkräfte "
        "beschäftigt der Freistaat Bayern.</p>"
        "<p>Dieses IT-Konzept legt fest, wie der Landkreis die IT seiner Schulen plant, beschafft, betreibt und "
        "betreut. Es ist in <b>Handlungsfelder</b> gegliedert; jedes beschreibt den aktuellen Stand, die geplanten "
        "Maßnahmen, das Betriebsmodell und die Zuständigkeiten. Der Kreis- und Schulausschuss hat das Konzept am "
        "5. August 2019 einstimmig beschlossen; die Version 1.0 gilt seit dem 1. September 2019. Seitdem schreibt es "
        "eine Arbeitsgruppe aus Kreistag, Schulen und Verwaltung fort; der Ausschuss hat die Fortschreibungen 1.1 "
        "(2021) und 2.0 (2024) beschlossen.</p>"
    ),
    "version": "2.0",
    "in_kraft_seit": "2024-09-01",
    "body": [
        _h("Grundsätze"),
        _p(
            "<ol>"
            "<li><b>Die Pädagogik gibt die Richtung vor.</b> Welche Technik eine Schule braucht, ergibt sich aus "
            "ihrem Medienkonzept. Die Technik folgt dem Unterricht, nicht umgekehrt.</li>"
            "<li><b>Ein Standard für alle Schulen.</b> Netzwerk, WLAN, Geräte und Dienste folgen landkreisweit "
            "einheitlichen Standards. Das senkt Kosten, verkürzt Reparaturen und erleichtert Lehrkräften den "
            "Wechsel zwischen Schulen.</li>"
            "<li><b>Lehrkräfte unterrichten, statt Kabel zu ziehen.</b> Betrieb und Support übernehmen die "
            "IT-Abteilung des Landkreises und drei regionale IT-Dienstleister. Die Systembetreuung der Schulen "
            "bleibt pädagogische Ansprechpartnerin und erste Anlaufstelle.</li>"
            "<li><b>Klare Zuständigkeiten.</b> Für jede Aufgabe ist festgelegt, wer verantwortlich ist, wer "
            "unterstützt und wer informiert wird.</li>"
            "<li><b>Sicherheit und Datenschutz von Anfang an.</b> Getrennte Netze, aktuelle Systeme und "
            "datensparsame Dienste sind Voraussetzung, nicht Zusatz.</li>"
            "<li><b>Wirtschaftlich und planbar.</b> Rahmenverträge, feste Erneuerungszyklen und die Nutzung von "
            "Förderprogrammen machen die jährlich zwei bis vier Millionen Euro für die Schul-IT planbar.</li>"
            "</ol>"
        ),
        _hinweis(
            "info",
            "Aufbau der Handlungsfelder",
            "<p>Jedes Handlungsfeld hat vier Teile: <b>Allgemeines/Aktuelles</b> (Stand und Ziele), "
            "<b>Umsetzungsplan</b> (was bis wann geschieht), <b>Betriebsmodell</b> (wie Betrieb und Support "
            "organisiert sind) und <b>Zuständigkeiten</b> (wer wofür verantwortlich ist).</p>",
        ),
        _h("Wie das Konzept fortgeschrieben wird"),
        _p(
            "<p>Die Arbeitsgruppe IT-Konzept tagt zwei- bis dreimal im Jahr. Ihre Ergebnisse fließen in die "
            "Handlungsfelder ein. Größere Änderungen legt die Verwaltung dem Kreis- und Schulausschuss als "
            "Fortschreibung zum Beschluss vor. Die Protokolle der Sitzungen und alle Beschlüsse sind auf dieser "
            "Website veröffentlicht.</p>"
        ),
        _h("Für Städte, Märkte und Gemeinden im Landkreis"),
        _p(
            "<p>Die Kommunen im Landkreis sind Sachaufwandsträger ihrer Grund- und Mittelschulen. Wer die Standards "
            "und Verfahren dieses Konzepts für die eigenen Schulen übernehmen möchte, wendet sich an die "
            "Projektleitung im Landratsamt. Rahmenverträge und Musterunterlagen stellen wir gern zur Verfügung.</p>"
        ),
        _verweis("support", "So ist der IT-Support an den Schulen organisiert"),
    ],
}

HANDLUNGSFELD_INDEX = {
    "title": "Handlungsfelder",
    "slug": "handlungsfelder",
    "intro": (
        "<p>Das IT-Konzept ist in dreizehn Handlungsfelder gegliedert, von der Netzwerkinfrastruktur über den "
        "Support bis zur Finanzierung. Jedes Handlungsfeld beschreibt den Stand, den Umsetzungsplan, das "
        "Betriebsmodell und die Zuständigkeiten.</p>"
    ),
}

SITZUNG_INDEX = {
    "title": "Arbeitsgruppe",
    "slug": "arbeitsgruppe",
    "intro": (
        "<p>Die Arbeitsgruppe IT-Konzept wurde im Februar 2018 gebildet. Ihr gehören Kreisrätinnen und Kreisräte "
        "aller Fraktionen, die Systembetreuerinnen und Systembetreuer der Schularten sowie Mitarbeiterinnen und "
        "Mitarbeiter des Sachgebiets Schulen und der IT-Abteilung des Landratsamts an; die staatliche "
        "Medienpädagogisch-informationstechnische Beratung (MIB) berät sie. Bis Juli 2019 hat die Arbeitsgruppe "
        "in zehn Sitzungen den Entwurf des Konzepts erarbeitet. Seitdem trifft sie sich zwei- bis dreimal im Jahr, "
        "um das Konzept fortzuschreiben.</p>"
    ),
}

BESCHLUSS_INDEX = {
    "title": "Beschlüsse",
    "slug": "beschluesse",
    "intro": (
        "<p>Das IT-Konzept und seine Fortschreibungen beschließt der Kreis- und Schulausschuss des Kreistags. Hier "
        "finden Sie alle Beschlüsse zum Konzept mit Wortlaut und Begründung.</p>"
    ),
}

# ---------------------------------------------------------------------------------------------------------------------
# Meetings of the Arbeitsgruppe: ten in the drafting phase 2018-2019, then two to three a year.
# ---------------------------------------------------------------------------------------------------------------------

SITZUNGEN = [
    {
        "slug": "2018-02-27-auftaktveranstaltung",
        "title": "Auftaktveranstaltung zum IT-Konzept der Schulen",
        "datum": "2018-02-27",
        "ort": "Landratsamt Weilheim-Schongau, Großer Sitzungssaal",
        "teilnehmende": [
            _t("landkreis", "Dr. Franziska Haslinger (Landrätin)"),
            _t("schulverwaltung", SCHULVERWALTUNG),
            _t("landkreis-it", LANDKREIS_IT),
            _t("kreis-und-schulausschuss", anzahl=9),
            _t("schulleitung", anzahl=15),
            _t("systembetreuung", anzahl=17),
            _t("mib", MIB),
        ],
        "tagesordnung": [
            _top(
                "Begrüßung und Anlass",
                "Auftrag des Kreis- und Schulausschusses vom 24.07.2017, ein IT-Konzept für alle Schulen des "
                "Landkreises zu erarbeiten.",
            ),
            _top(
                "Impulsvortrag „Schule in der digitalen Welt“",
                "Prof. Dr. Ulrike Hallmayer, Lehrstuhl für Schulpädagogik: Was die digitale Transformation für "
                "Unterricht und Schulentwicklung bedeutet und was Sachaufwandsträger dazu beitragen können.",
            ),
            _top(
                "Medienkonzepte und Ausstattung aus Sicht der staatlichen Beratung",
                "Der MIB für die Gymnasien im westlichen Oberbayern erläutert die Medienkonzepte der Schulen und die "
                "Ausstattungsempfehlungen des Freistaats.",
            ),
            _top("Bildung einer Arbeitsgruppe IT-Konzept"),
            _top("Zeitplan bis zum Beschluss"),
        ],
        "ergebnisse": [
            _h("Arbeitsgruppe gebildet"),
            _p(
                "<p>Die Teilnehmenden bilden eine Arbeitsgruppe IT-Konzept. Ihr gehören an: je ein Mitglied der "
                "Kreistagsfraktionen, je eine Systembetreuerin oder ein Systembetreuer für Gymnasien, Realschulen, "
                "berufliche Schulen, FOS/BOS und Förderzentren sowie das Sachgebiet Schulen und die IT-Abteilung "
                "des Landratsamts. Der MIB nimmt beratend teil. Die Projektleitung liegt beim Sachgebiet "
                "Schulen.</p>"
            ),
            _p(
                "<p>Prof. Dr. Hallmayer betont in ihrem Vortrag, dass Technik nur dann im Unterricht ankommt, wenn "
                "sie verlässlich funktioniert und Lehrkräfte nicht mit ihrer Wartung belastet werden. Diese "
                "Forderung zieht sich durch die anschließende Aussprache.</p>"
            ),
            _hinweis(
                "info",
                "Zeitplan",
                "<p>Ziel ist ein beschlussreifer Entwurf bis Juli 2019, damit das Konzept zum Schuljahr 2019/20 in "
                "Kraft treten kann. Als erster Schritt folgt eine Bestandsaufnahme an allen fünfzehn Schulen.</p>",
            ),
        ],
        "handlungsfelder": ["support", "fortbildung"],
    },
    {
        "slug": "2018-04-19-konstituierende-sitzung",
        "title": "Konstituierende Sitzung der Arbeitsgruppe",
        "datum": "2018-04-19",
        "ort": "Landratsamt Weilheim-Schongau, Kleiner Sitzungssaal",
        "teilnehmende": [
            _t("kreis-und-schulausschuss", anzahl=6),
            _t("systembetreuung", anzahl=5),
            _t("schulverwaltung", SCHULVERWALTUNG),
            _t("landkreis-it", LANDKREIS_IT),
            _t("mib", MIB),
        ],
        "tagesordnung": [
            _top("Arbeitsweise der Arbeitsgruppe", "Sitzungsrhythmus, Protokolle, Umgang mit Zwischenergebnissen."),
            _top("Gliederung des Konzepts in Handlungsfelder"),
            _top("Fragebogen für die Bestandsaufnahme an den Schulen"),
            _top("Termine 2018"),
        ],
        "ergebnisse": [
            _h("Gliederung"),
            _p(
                "<p>Das Konzept wird in Handlungsfelder gegliedert. Jedes Handlungsfeld erhält dieselben vier Teile: "
                "Allgemeines/Aktuelles, Umsetzungsplan, Betriebsmodell und Zuständigkeiten. Als erste "
                "Handlungsfelder werden Netzwerk, WLAN, IT-Sicherheit und Lizenzmanagement festgelegt; weitere "
                "ergeben sich aus der Bestandsaufnahme.</p>"
            ),
            _h("Bestandsaufnahme"),
            _p(
                "<p>Die Verwaltung versendet bis Ende April einen Fragebogen an alle Schulen. Erhoben werden "
                "Verkabelung und aktive Netzkomponenten, Internetanbindung, Anzahl und Alter der Geräte, "
                "Präsentationstechnik, Software und Lizenzen sowie der Zeitaufwand der Systembetreuung. Die "
                "IT-Abteilung ergänzt den Fragebogen durch Begehungen vor Ort.</p>"
            ),
            _hinweis(
                "info",
                "Veröffentlichung",
                "<p>Die Sitzungen der Arbeitsgruppe sind nicht öffentlich. Die Ergebnisse werden nach jeder "
                "Sitzung veröffentlicht.</p>",
            ),
        ],
        "handlungsfelder": ["netzwerk", "wlan", "it-sicherheit", "lizenzmanagement"],
    },
    {
        "slug": "2018-06-21-bestandsaufnahme",
        "title": "Ergebnisse der Bestandsaufnahme an allen Schulen",
        "datum": "2018-06-21",
        "ort": "Landratsamt Weilheim-Schongau, Kleiner Sitzungssaal",
        "teilnehmende": [
            _t("kreis-und-schulausschuss", anzahl=6),
            _t("systembetreuung", anzahl=5),
            _t("schulverwaltung", SCHULVERWALTUNG),
            _t("landkreis-it", LANDKREIS_IT_NETZ),
        ],
        "tagesordnung": [
            _top(
                "Auswertung der Fragebögen und Begehungen",
                "Alle fünfzehn Schulen haben den Fragebogen beantwortet; die IT-Abteilung hat jede Schule besucht.",
            ),
            _top("Netzwerk und Internetanbindung"),
            _top("Endgeräte und Präsentationstechnik"),
            _top("Support heute: Aufwand der Systembetreuung"),
        ],
        "ergebnisse": [
            _h("Ein heterogenes Bild"),
            _p(
                "<p>Die Ausstattung der Schulen ist sehr unterschiedlich. Einige Schulen haben bei der letzten "
                "Sanierung eine strukturierte Verkabelung erhalten, andere betreiben über Jahre gewachsene Netze mit "
                "nicht verwaltbaren Switches. Die Internetanbindungen reichen von 16 bis 100 Mbit/s. An den Schulen "
                "stehen rund 2.400 PCs und Notebooks, etwa ein Drittel davon ist älter als sechs Jahre. In vielen "
                "Klassenzimmern hängen Beamer mit analogem Anschluss.</p>"
            ),
            _hinweis(
                "warnung",
                "Support an der Belastungsgrenze",
                "<p>Die Systembetreuerinnen und Systembetreuer wenden im Schnitt deutlich mehr Zeit für Wartung und "
                "Fehlersuche auf, als ihnen an Anrechnungsstunden zur Verfügung steht. Ohne professionellen Support "
                "ist der Betrieb nicht zu halten.</p>",
            ),
            _verweis("netzwerk", "Netzwerk: Ausgangslage und Standardnetz"),
            _verweis("internetanbindung"),
        ],
        "handlungsfelder": ["netzwerk", "internetanbindung", "endgeraete", "praesentationstechnik", "support"],
    },
    {
        "slug": "2018-07-19-modellschulen",
        "title": "Auswahl der Modellschulen",
        "datum": "2018-07-19",
        "ort": "Gymnasium Weilheim i. OB, Besprechungsraum",
        "teilnehmende": [
            _t("kreis-und-schulausschuss", anzahl=5),
            _t("systembetreuung", anzahl=5),
            _t("schulleitung", anzahl=3),
            _t("schulverwaltung", SCHULVERWALTUNG),
            _t("landkreis-it", LANDKREIS_IT),
            _t("mib", MIB),
        ],
        "tagesordnung": [
            _top("Kriterien für Modellschulen"),
            _top("Vorschlag der Verwaltung und Aussprache"),
            _top(
                "Vorbereitung des ersten Sachstandsberichts",
                "Bericht im Kreis- und Schulausschuss am 23.07.2018.",
            ),
        ],
        "ergebnisse": [
            _h("Drei Modellschulen"),
            _p(
                "<p>Standardnetz und Supportmodell werden vor der landkreisweiten Einführung an drei Modellschulen "
                "erprobt, die zusammen die Bandbreite der Schulen abbilden:</p>"
                "<ul>"
                "<li><b>Gymnasium Weilheim i. OB</b>: große Schule mit vielen Fachräumen und gewachsenem Netz,</li>"
                "<li><b>Heinrich-Campendonk-Realschule Penzberg</b>: mittelgroße Schule mit vielen mobilen "
                "Geräten,</li>"
                "<li><b>Schönachschule Altenstadt</b>: kleines Förderzentrum mit besonderen Anforderungen an "
                "einfache Bedienung und Barrierefreiheit.</li>"
                "</ul>"
            ),
            _p(
                "<p>Die Schulleitungen der drei Schulen haben ihre Bereitschaft erklärt. Die Umbauten beginnen in "
                "den Herbstferien 2018.</p>"
            ),
            _hinweis(
                "info",
                "Erster Sachstandsbericht",
                "<p>Die Verwaltung berichtet dem Kreis- und Schulausschuss am 23.07.2018 über die Bestandsaufnahme "
                "und die Auswahl der Modellschulen.</p>",
            ),
        ],
        "handlungsfelder": ["netzwerk", "support", "endgeraete"],
    },
    {
        "slug": "2018-10-18-netzwerkstandard",
        "title": "Netzwerkstandard und WLAN",
        "datum": "2018-10-18",
        "ort": "Heinrich-Campendonk-Realschule Penzberg, Medienraum",
        "teilnehmende": [
            _t("kreis-und-schulausschuss", anzahl=5),
            _t("systembetreuung", anzahl=6),
            _t("schulverwaltung", PROJEKTLEITUNG),
            _t("landkreis-it", LANDKREIS_IT_NETZ),
        ],
        "tagesordnung": [
            _top("Begehung des Netzes der Modellschule"),
            _top(
                "Entwurf des Standardnetzes",
                "Getrennte Netzsegmente für Verwaltung, Unterricht, Präsentation, Gäste und Haustechnik.",
            ),
            _top("Grundsätze für das WLAN"),
            _top("Firewall und Internetzugang"),
        ],
        "ergebnisse": [
            _p(
                "<p>Die Arbeitsgruppe stimmt dem Entwurf des Standardnetzes zu. Das Verwaltungsnetz wird streng vom "
                "pädagogischen Netz getrennt; private Geräte erhalten nur einen Internetzugang ohne Zugriff auf "
                "Schuldienste. Die Firewalls der Schulen werden von der IT-Abteilung zentral verwaltet.</p>"
            ),
            _p(
                "<p>Beim WLAN werden zunächst Fachräume und Bereiche mit mobilen Geräten ausgeleuchtet. Ein "
                "flächendeckendes WLAN wird in einem eigenen WLAN-Konzept geplant.</p>"
            ),
            _verweis("netzwerk"),
            _verweis("wlan"),
        ],
        "handlungsfelder": ["netzwerk", "wlan", "it-sicherheit"],
    },
    {
        "slug": "2018-11-29-supportmodell",
        "title": "Supportmodell und Supportregionen",
        "datum": "2018-11-29",
        "ort": "Landratsamt Weilheim-Schongau, Kleiner Sitzungssaal",
        "teilnehmende": [
            _t("kreis-und-schulausschuss", anzahl=6),
            _t("systembetreuung", anzahl=5),
            _t("schulverwaltung", SCHULVERWALTUNG),
            _t("landkreis-it", LANDKREIS_IT),
            _t("mib", MIB),
        ],
        "tagesordnung": [
            _top(
                "Varianten für den Vor-Ort-Support",
                "Eigene Technikerinnen und Techniker des Landkreises oder vertraglich gebundene Dienstleister.",
            ),
            _top("Einteilung in Supportregionen"),
            _top("Supportstufen und Ticketsystem"),
            _top("Ausschreibung und Pilotphase"),
        ],
        "ergebnisse": [
            _h("Empfehlung der Arbeitsgruppe"),
            _p(
                "<p>Der Vor-Ort-Support wird an drei regionale IT-Dienstleister vergeben, je einer für die "
                "Supportregionen <b>Weilheim</b>, <b>Schongau</b> und <b>Penzberg</b>. Die IT-Abteilung des "
                "Landkreises betreibt das Netzwerk und ist dritte Supportstufe. Die Systembetreuung der Schulen "
                "bleibt erste Anlaufstelle und kümmert sich um die pädagogischen Fragen.</p>"
            ),
            _hinweis(
                "wichtig",
                "Leitgedanke",
                "<p>Lehrkräfte sollen mit IT unterrichten und nicht Kabel ziehen.</p>",
            ),
            _p(
                "<p>Das Modell wird ab 01.09.2019 für zwei Jahre als Pilot betrieben und danach bewertet. Die "
                "Verwaltung bereitet die Ausschreibung für das Frühjahr 2019 vor.</p>"
            ),
            _verweis("support"),
        ],
        "handlungsfelder": ["support", "beschaffung-und-finanzierung"],
    },
    {
        "slug": "2019-01-24-sicherheit-datenschutz",
        "title": "IT-Sicherheit, Datenschutz und Schulverwaltungs-IT",
        "datum": "2019-01-24",
        "ort": "Schönachschule Altenstadt, Lehrerzimmer",
        "teilnehmende": [
            _t("kreis-und-schulausschuss", anzahl=5),
            _t("systembetreuung", anzahl=5),
            _t("datenschutz-schule", anzahl=2),
            _t("schulleitung", "Schulleitung der Schönachschule"),
            _t("schulverwaltung", PROJEKTLEITUNG),
            _t("landkreis-it", LANDKREIS_IT),
        ],
        "tagesordnung": [
            _top("Erfahrungen der Modellschule Altenstadt mit dem Standardnetz"),
            _top("Rollen- und Rechtekonzept, Passwortregeln"),
            _top("Datenschutz: Aufgaben von Schule und Sachaufwandsträger"),
            _top("Schulverwaltungs-IT im getrennten Verwaltungsnetz"),
        ],
        "ergebnisse": [
            _p(
                "<p>Die Modellschule berichtet von einem reibungslosen Umbau in den Herbstferien. Die "
                "Anmeldung an den Geräten ist für die Schülerinnen und Schüler einfacher geworden.</p>"
            ),
            _p(
                "<p>Für die IT-Sicherheit orientiert sich das Konzept am IT-Grundschutz des BSI. Die Arbeitsgruppe "
                "verabschiedet Grundsätze für Benutzerkonten, Passwörter und Administratorrechte. Die "
                "Schulverwaltungssoftware läuft ausschließlich im Verwaltungsnetz.</p>"
            ),
            _hinweis(
                "info",
                "Datenschutz bleibt Sache der Schule",
                "<p>Verantwortlich für die Verarbeitung personenbezogener Daten ist die Schulleitung. Der Landkreis "
                "unterstützt mit datenschutzfreundlichen Voreinstellungen und Musterunterlagen.</p>",
            ),
            _verweis("it-sicherheit"),
            _verweis("datenschutz"),
        ],
        "handlungsfelder": ["it-sicherheit", "datenschutz", "schulverwaltungs-it"],
    },
    {
        "slug": "2019-03-21-endgeraete-praesentation-lizenzen",
        "title": "Endgeräte, Präsentationstechnik und Lizenzen",
        "datum": "2019-03-21",
        "ort": "Landratsamt Weilheim-Schongau, Kleiner Sitzungssaal",
        "teilnehmende": [
            _t("kreis-und-schulausschuss", anzahl=6),
            _t("systembetreuung", anzahl=5),
            _t("schulverwaltung", SCHULVERWALTUNG),
            _t("landkreis-it", LANDKREIS_IT),
            _t("mib", MIB),
        ],
        "tagesordnung": [
            _top("Bericht über den zweiten Sachstandsbericht im Ausschuss am 11.03.2019"),
            _top("Ausstattungsstandard für Unterrichtsräume"),
            _top("Erneuerungszyklen für Endgeräte"),
            _top("Zentrales Lizenzmanagement"),
        ],
        "ergebnisse": [
            _h("Ausstattungsstandard"),
            _p(
                "<p>Jeder Unterrichtsraum erhält ein Präsentationssystem (Display oder Beamer mit digitalem "
                "Anschluss), eine Dokumentenkamera und einen Anschluss für das Lehrergerät. Fachräume erhalten "
                "zusätzlich Geräte nach dem Medienkonzept der Schule.</p>"
            ),
            _p(
                "<p>Für die Endgeräte gelten feste Erneuerungszyklen: stationäre PCs nach sechs Jahren, Notebooks "
                "und Tablets nach fünf Jahren. Lizenzen beschafft und verwaltet künftig der Landkreis zentral.</p>"
            ),
            _verweis("endgeraete"),
            _verweis("praesentationstechnik"),
            _verweis("lizenzmanagement"),
        ],
        "handlungsfelder": ["endgeraete", "praesentationstechnik", "lizenzmanagement"],
    },
    {
        "slug": "2019-05-16-finanzierung-zustaendigkeiten",
        "title": "Finanzierung, Fortbildung und Zuständigkeiten",
        "datum": "2019-05-16",
        "ort": "Landratsamt Weilheim-Schongau, Kleiner Sitzungssaal",
        "teilnehmende": [
            _t("kreis-und-schulausschuss", anzahl=6),
            _t("systembetreuung", anzahl=5),
            _t("schulverwaltung", SCHULVERWALTUNG),
            _t("landkreis-it", LANDKREIS_IT),
        ],
        "tagesordnung": [
            _top("Kostenrahmen und Haushalt 2020"),
            _top("DigitalPakt Schule", "Stand der Förderrichtlinien von Bund und Freistaat."),
            _top("Zuständigkeitsmatrix für alle Handlungsfelder"),
            _top("Fortbildung der Systembetreuung"),
            _top("Stand der Ausschreibung für den Vor-Ort-Support"),
        ],
        "ergebnisse": [
            _h("Kosten"),
            _p(
                "<p>Die Verwaltung schätzt den Aufwand für Ausstattung, Betrieb und Support auf jährlich rund zwei "
                "bis vier Millionen Euro. Ein Teil der Ausstattung kann über den DigitalPakt Schule gefördert "
                "werden; Betrieb und Support trägt der Landkreis.</p>"
            ),
            _h("Zuständigkeiten"),
            _p(
                "<p>Für jedes Handlungsfeld wird festgelegt, wer verantwortlich ist, wer unterstützt und wer "
                "informiert wird. Die Matrix wird in den Entwurf übernommen.</p>"
            ),
            _hinweis(
                "info",
                "Ausschreibung",
                "<p>Für alle drei Supportregionen sind Angebote eingegangen. Der Zuschlag soll im Juni erteilt "
                "werden, damit die Dienstleister zum Schuljahresbeginn starten können.</p>",
            ),
        ],
        "handlungsfelder": ["beschaffung-und-finanzierung", "fortbildung", "support"],
    },
    {
        "slug": "2019-07-11-abschliessende-beratung",
        "title": "Abschließende Beratung des Entwurfs",
        "datum": "2019-07-11",
        "ort": "Landratsamt Weilheim-Schongau, Großer Sitzungssaal",
        "teilnehmende": [
            _t("kreis-und-schulausschuss", anzahl=7),
            _t("systembetreuung", anzahl=5),
            _t("schulverwaltung", SCHULVERWALTUNG),
            _t("landkreis-it", LANDKREIS_IT),
            _t("mib", MIB),
        ],
        "tagesordnung": [
            _top("Entwurf des IT-Konzepts, Version 1.0", "Rund 44 Seiten, dreizehn Handlungsfelder."),
            _top("Rückmeldungen der Schulen zum Entwurf"),
            _top("Empfehlung an den Kreis- und Schulausschuss"),
            _top("Fortführung der Arbeitsgruppe nach dem Beschluss"),
        ],
        "ergebnisse": [
            _h("Entwurf abgeschlossen"),
            _p(
                "<p>Die Arbeitsgruppe berät den Entwurf abschließend. Aus den Rückmeldungen der Schulen werden "
                "Servicezeiten in den Ferien und die Ersatzgeräte bei Ausfällen ergänzt. Mit diesen Änderungen "
                "empfiehlt die Arbeitsgruppe einstimmig, das Konzept dem Kreis- und Schulausschuss zum Beschluss "
                "vorzulegen.</p>"
            ),
            _hinweis(
                "wichtig",
                "Beschlussempfehlung",
                "<p>Der Kreis- und Schulausschuss möge das IT-Konzept in der Fassung vom 11.07.2019 als Version 1.0 "
                "beschließen und zum 01.09.2019 in Kraft setzen.</p>",
            ),
            _p(
                "<p>Die Arbeitsgruppe bleibt nach dem Beschluss bestehen, trifft sich zwei- bis dreimal im Jahr "
                "und schreibt das Konzept fort.</p>"
            ),
        ],
        "handlungsfelder": HF_ALLE,
    },
    {
        "slug": "2020-02-13-wlan-konzept",
        "title": "WLAN-Konzept für alle Schulen",
        "datum": "2020-02-13",
        "ort": "Gymnasium Weilheim i. OB, Besprechungsraum",
        "teilnehmende": [
            _t("kreis-und-schulausschuss", anzahl=6),
            _t("systembetreuung", anzahl=5),
            _t("schulverwaltung", PROJEKTLEITUNG),
            _t("landkreis-it", LANDKREIS_IT_NETZ),
            _t("it-dienstleister", anzahl=3),
        ],
        "tagesordnung": [
            _top("Erste Erfahrungen mit dem Supportpiloten"),
            _top("Entwurf des WLAN-Konzepts", "Ausleuchtung, Netze und Anmeldung, zentrale Verwaltung."),
            _top("Kosten und Zeitplan"),
        ],
        "ergebnisse": [
            _p(
                "<p>Die drei Dienstleister berichten über das erste Halbjahr. Die Schulen melden Störungen "
                "inzwischen fast ausschließlich über das Ticketsystem.</p>"
            ),
            _h("WLAN in jedem Unterrichtsraum"),
            _p(
                "<p>Bis Ende 2022 erhält jeder Unterrichtsraum einen eigenen Access Point. Die Access Points werden "
                "zentral verwaltet und senden getrennte Netze für schuleigene Geräte, Lehrkräfte und Gäste. Vor dem "
                "Ausbau misst der Dienstleister jede Schule aus. Die Kosten werden auf rund 1,2 Millionen Euro "
                "geschätzt.</p>"
            ),
            _verweis("wlan"),
        ],
        "handlungsfelder": ["wlan", "netzwerk", "it-sicherheit"],
    },
    {
        "slug": "2020-07-02-distanzunterricht-leihgeraete",
        "title": "Distanzunterricht und Leihgeräte",
        "datum": "2020-07-02",
        "ort": "Videokonferenz",
        "teilnehmende": [
            _t("kreis-und-schulausschuss", anzahl=7),
            _t("systembetreuung", anzahl=5),
            _t("datenschutz-schule", anzahl=1),
            _t("schulverwaltung", SCHULVERWALTUNG),
            _t("landkreis-it", LANDKREIS_IT),
        ],
        "tagesordnung": [
            _top("Erfahrungen aus den Schulschließungen im Frühjahr"),
            _top(
                "Sofortausstattungsprogramm für Schülerleihgeräte",
                "Verteilung der Mittel auf die Schulen, Beschaffung und Ausgabe.",
            ),
            _top("Videokonferenzen und Lernplattform: Datenschutz"),
        ],
        "ergebnisse": [
            _p(
                "<p>Die Schulschließungen haben gezeigt, wie wichtig verlässliche Technik und klare Abläufe sind. "
                "Die Systembetreuung war in dieser Zeit besonders gefordert.</p>"
            ),
            _p(
                "<p>Aus dem Sofortausstattungsprogramm beschafft der Landkreis rund 1.700 Notebooks und Tablets als "
                "Leihgeräte für Schülerinnen und Schüler. Die Geräte werden zentral eingerichtet und über die "
                "Schulen ausgegeben; der Support läuft über die regionalen Dienstleister.</p>"
            ),
            _hinweis(
                "warnung",
                "Nur freigegebene Dienste",
                "<p>Für Videokonferenzen und den Austausch von Aufgaben sind ausschließlich die vom Freistaat "
                "bereitgestellten oder vom Landkreis freigegebenen Dienste zu nutzen.</p>",
            ),
            _verweis("endgeraete"),
            _verweis("datenschutz"),
        ],
        "handlungsfelder": ["endgeraete", "support", "datenschutz", "beschaffung-und-finanzierung"],
    },
    {
        "slug": "2020-11-19-digitalpakt-foerderantraege",
        "title": "DigitalPakt Schule: Förderanträge",
        "datum": "2020-11-19",
        "ort": "Videokonferenz",
        "teilnehmende": [
            _t("kreis-und-schulausschuss", anzahl=6),
            _t("systembetreuung", anzahl=5),
            _t("schulverwaltung", SCHULVERWALTUNG),
            _t("landkreis-it", LANDKREIS_IT),
            _t("mib", MIB),
        ],
        "tagesordnung": [
            _top("Medienkonzepte der Schulen als Fördervoraussetzung"),
            _top("Priorisierung der Fördermittel"),
            _top("Leihgeräte für Lehrkräfte"),
        ],
        "ergebnisse": [
            _p(
                "<p>Alle Schulen haben ihre Medienkonzepte aktualisiert. Auf dieser Grundlage stellt der Landkreis "
                "die Förderanträge für den DigitalPakt Schule.</p>"
            ),
            _p(
                "<p>Die Mittel werden vorrangig für das WLAN und für digitale Präsentationstechnik in den "
                "Klassenzimmern eingesetzt. Die Verwaltung beschafft außerdem Dienstgeräte für Lehrkräfte aus dem "
                "dafür aufgelegten Sonderprogramm.</p>"
            ),
            _verweis("beschaffung-und-finanzierung"),
        ],
        "handlungsfelder": ["beschaffung-und-finanzierung", "wlan", "praesentationstechnik", "endgeraete"],
    },
    {
        "slug": "2021-03-18-rahmenvertraege-hardware",
        "title": "Rahmenverträge für Hardware",
        "datum": "2021-03-18",
        "ort": "Videokonferenz",
        "teilnehmende": [
            _t("kreis-und-schulausschuss", anzahl=6),
            _t("systembetreuung", anzahl=5),
            _t("schulverwaltung", SCHULVERWALTUNG),
            _t("landkreis-it", LANDKREIS_IT),
        ],
        "tagesordnung": [
            _top("Ausschreibung von Rahmenverträgen", "Notebooks, Tablets, PCs, Displays und Netzwerkkomponenten."),
            _top("Warenkorb für die Schulen"),
            _top("Bestellweg und Lieferzeiten"),
        ],
        "ergebnisse": [
            _p(
                "<p>Der Landkreis schreibt Rahmenverträge mit vier Jahren Laufzeit aus. Die Schulen bestellen "
                "künftig aus einem abgestimmten Warenkorb; Einzelbeschaffungen außerhalb der Standards sind die "
                "Ausnahme und werden von der IT-Abteilung geprüft.</p>"
            ),
            _hinweis(
                "info",
                "Lieferengpässe",
                "<p>Wegen der angespannten Marktlage sind längere Lieferzeiten einzuplanen. Die Schulen melden "
                "ihren Bedarf für das kommende Schuljahr bis spätestens Ende April.</p>",
            ),
            _verweis("beschaffung-und-finanzierung"),
            _verweis("endgeraete"),
        ],
        "handlungsfelder": ["beschaffung-und-finanzierung", "endgeraete", "praesentationstechnik", "netzwerk"],
    },
    {
        "slug": "2021-07-15-zwischenbilanz-support",
        "title": "Zwischenbilanz des Supportpiloten",
        "datum": "2021-07-15",
        "ort": "Heinrich-Campendonk-Realschule Penzberg, Medienraum",
        "teilnehmende": [
            _t("kreis-und-schulausschuss", anzahl=6),
            _t("systembetreuung", anzahl=6),
            _t("it-dienstleister", anzahl=3),
            _t("schulverwaltung", PROJEKTLEITUNG),
            _t("landkreis-it", LANDKREIS_IT),
        ],
        "tagesordnung": [
            _top("Kennzahlen aus dem Ticketsystem"),
            _top("Befragung der Systembetreuung: Fragebogen und Zeitplan"),
            _top("Verlängerung der Verträge bis zur Entscheidung des Ausschusses"),
        ],
        "ergebnisse": [
            _p(
                "<p>Die Pilotphase endet am 31.08.2021. Damit der Support ohne Unterbrechung weiterläuft, werden die "
                "Verträge mit den drei Dienstleistern bis zum Ende des Jahres verlängert. Im Herbst wertet die "
                "Verwaltung Ticketsystem und Befragung aus und legt der Arbeitsgruppe eine Bewertung vor.</p>"
            ),
            _verweis("support"),
        ],
        "handlungsfelder": ["support"],
    },
    {
        "slug": "2021-10-21-evaluation-supportpilot",
        "title": "Evaluation des Supportpiloten nach zwei Jahren",
        "datum": "2021-10-21",
        "ort": "Landratsamt Weilheim-Schongau, Großer Sitzungssaal",
        "teilnehmende": [
            _t("kreis-und-schulausschuss", anzahl=7),
            _t("systembetreuung", anzahl=5),
            _t("schulleitung", anzahl=4),
            _t("schulverwaltung", SCHULVERWALTUNG),
            _t("landkreis-it", LANDKREIS_IT),
        ],
        "tagesordnung": [
            _top("Ergebnisse der Evaluation", "Auswertung des Ticketsystems und Befragung der Systembetreuung."),
            _top("Empfehlung zum dauerhaften Betrieb"),
            _top("Inhalte der Fortschreibung 1.1"),
        ],
        "ergebnisse": [
            _h("Ergebnisse"),
            _p(
                "<p>In den zwei Pilotjahren wurden rund 9.800 Tickets bearbeitet, gut vier von fünf davon innerhalb "
                "von zwei Arbeitstagen. Die Systembetreuerinnen und Systembetreuer geben an, deutlich weniger Zeit "
                "mit Fehlersuche zu verbringen und sich wieder stärker um die pädagogische Beratung ihrer Kollegien "
                "kümmern zu können.</p>"
            ),
            _hinweis(
                "wichtig",
                "Empfehlung",
                "<p>Die Arbeitsgruppe empfiehlt, das Supportmodell mit drei regionalen Dienstleistern dauerhaft "
                "einzuführen und die Servicezeiten in den Ferien zu erweitern.</p>",
            ),
            _p(
                "<p>Die Fortschreibung 1.1 soll das Supportmodell, das WLAN-Konzept und die Rahmenverträge in das "
                "Konzept übernehmen.</p>"
            ),
            _verweis("support"),
        ],
        "handlungsfelder": ["support", "wlan", "beschaffung-und-finanzierung"],
    },
    {
        "slug": "2022-03-24-hochschulkooperation",
        "title": "Kooperation mit der Universität",
        "datum": "2022-03-24",
        "ort": "Landratsamt Weilheim-Schongau, Kleiner Sitzungssaal",
        "teilnehmende": [
            _t("kreis-und-schulausschuss", anzahl=6),
            _t("systembetreuung", anzahl=5),
            _t("schulverwaltung", PROJEKTLEITUNG),
            _t("mib", MIB),
        ],
        "tagesordnung": [
            _top(
                "Vorstellung der Kooperation",
                "Prof. Dr. Ulrike Hallmayer stellt das Vorhaben ihres Lehrstuhls für Schulpädagogik vor.",
            ),
            _top("Wissenschaftliche Begleitung des Geräteeinsatzes im Unterricht"),
            _top("Gemeinsame Fortbildungsformate"),
        ],
        "ergebnisse": [
            _p(
                "<p>Der Landkreis schließt eine Kooperationsvereinbarung mit dem Lehrstuhl für Schulpädagogik. Der "
                "Lehrstuhl begleitet drei Jahre lang den Einsatz der digitalen Geräte im Unterricht an "
                "ausgewählten Schulen und wertet ihn aus. Studierende können dort Praktika und Abschlussarbeiten "
                "durchführen.</p>"
            ),
            _p(
                "<p>Gemeinsam mit dem MIB entwickelt der Lehrstuhl kurze Fortbildungsformate für Kollegien, die "
                "direkt an den Schulen stattfinden.</p>"
            ),
            _verweis("fortbildung"),
        ],
        "handlungsfelder": ["fortbildung", "endgeraete"],
    },
    {
        "slug": "2022-07-14-glasfaseranbindung",
        "title": "Glasfaseranbindung der Schulstandorte",
        "datum": "2022-07-14",
        "ort": "Staatliches Berufliches Schulzentrum Schongau, Konferenzraum",
        "teilnehmende": [
            _t("kreis-und-schulausschuss", anzahl=6),
            _t("systembetreuung", anzahl=5),
            _t("schulverwaltung", PROJEKTLEITUNG),
            _t("landkreis-it", LANDKREIS_IT_NETZ),
        ],
        "tagesordnung": [
            _top("Stand der Anbindungen", "Bandbreiten und Verträge je Schulstandort."),
            _top("Förderung des Glasfaserausbaus"),
            _top("Zeitplan für die verbleibenden Standorte"),
        ],
        "ergebnisse": [
            _p(
                "<p>Neun der fünfzehn Schulstandorte sind bereits mit Glasfaser angeschlossen. Für die übrigen "
                "Standorte nutzt der Landkreis die Förderprogramme für den Gigabitausbau; alle Schulen sollen bis "
                "Ende 2024 mindestens 1 Gbit/s erhalten.</p>"
            ),
            _hinweis(
                "info",
                "Übergangslösung",
                "<p>Bis zum Anschluss erhalten Standorte mit geringer Bandbreite eine zusätzliche Leitung, damit "
                "WLAN und Leihgeräte im Unterricht nutzbar bleiben.</p>",
            ),
            _verweis("internetanbindung"),
        ],
        "handlungsfelder": ["internetanbindung", "netzwerk"],
    },
    {
        "slug": "2022-11-17-backup-notfallplanung",
        "title": "IT-Sicherheit: Datensicherung und Notfallplanung",
        "datum": "2022-11-17",
        "ort": "Landratsamt Weilheim-Schongau, Kleiner Sitzungssaal",
        "teilnehmende": [
            _t("kreis-und-schulausschuss", anzahl=5),
            _t("systembetreuung", anzahl=5),
            _t("datenschutz-schule", anzahl=2),
            _t("schulverwaltung", PROJEKTLEITUNG),
            _t("landkreis-it", LANDKREIS_IT),
        ],
        "tagesordnung": [
            _top("Angriffe mit Schadsoftware auf öffentliche Einrichtungen: Lehren für die Schulen"),
            _top("Datensicherung der Schulserver"),
            _top("Notfallhandbuch und Meldewege"),
        ],
        "ergebnisse": [
            _p(
                "<p>Die IT-Abteilung richtet für alle Schulserver eine zusätzliche Sicherung ein, die vom Schulnetz "
                "getrennt aufbewahrt wird. Administrative Zugänge werden mit einem zweiten Faktor abgesichert.</p>"
            ),
            _p(
                "<p>Jede Schule erhält ein Notfallhandbuch mit Meldewegen, Ansprechpartnern und ersten Maßnahmen. "
                "Die Übergabe erfolgt in den Dienstbesprechungen der Systembetreuung.</p>"
            ),
            _verweis("it-sicherheit"),
            _verweis("server-und-dienste"),
        ],
        "handlungsfelder": ["it-sicherheit", "server-und-dienste", "datenschutz"],
    },
    {
        "slug": "2023-03-16-lizenzen-cloud-dienste",
        "title": "Lizenzen und Cloud-Dienste",
        "datum": "2023-03-16",
        "ort": "Landratsamt Weilheim-Schongau, Kleiner Sitzungssaal",
        "teilnehmende": [
            _t("kreis-und-schulausschuss", anzahl=6),
            _t("systembetreuung", anzahl=5),
            _t("datenschutz-schule", anzahl=1),
            _t("schulverwaltung", PROJEKTLEITUNG),
            _t("landkreis-it", LANDKREIS_IT),
            _t("mib", MIB),
        ],
        "tagesordnung": [
            _top("Übersicht der landkreisweiten Lizenzen"),
            _top("Staatliche Lernplattform und Cloud-Dienste"),
            _top("Datenschutzprüfung neuer Dienste"),
        ],
        "ergebnisse": [
            _p(
                "<p>Der Landkreis bündelt die Lizenzen für Betriebssysteme, Office-Anwendungen und "
                "Unterrichtssoftware in einer zentralen Übersicht. Doppelte Lizenzen an einzelnen Schulen werden "
                "bis zum Sommer aufgelöst.</p>"
            ),
            _p(
                "<p>Die Schulen nutzen vorrangig die vom Freistaat bereitgestellten Dienste. Neue Cloud-Dienste "
                "werden erst nach einer Datenschutzprüfung freigegeben; die Liste der freigegebenen Dienste "
                "veröffentlicht die Verwaltung.</p>"
            ),
            _verweis("lizenzmanagement"),
        ],
        "handlungsfelder": ["lizenzmanagement", "datenschutz", "server-und-dienste"],
    },
    {
        "slug": "2023-07-13-lebenszyklus-endgeraete",
        "title": "Lebenszyklus der Endgeräte",
        "datum": "2023-07-13",
        "ort": "Pfaffenwinkel-Realschule Schongau, Besprechungsraum",
        "teilnehmende": [
            _t("kreis-und-schulausschuss", anzahl=6),
            _t("systembetreuung", anzahl=5),
            _t("schulverwaltung", SCHULVERWALTUNG),
            _t("landkreis-it", LANDKREIS_IT),
        ],
        "tagesordnung": [
            _top("Altersstruktur der Geräte an den Schulen"),
            _top("Ersatzbeschaffung nach dem Auslaufen des DigitalPakts"),
            _top("Rücknahme und Wiederverwendung ausgemusterter Geräte"),
        ],
        "ergebnisse": [
            _p(
                "<p>Ab 2025 erreichen die ersten Geräte aus den Jahren 2019 und 2020 das Ende ihres "
                "Erneuerungszyklus. Da die Förderung aus dem DigitalPakt 2024 ausläuft, plant der Landkreis die "
                "Ersatzbeschaffung im eigenen Haushalt ein.</p>"
            ),
            _p(
                "<p>Ausgemusterte Geräte werden zertifiziert gelöscht und, soweit möglich, über einen Sozialbetrieb "
                "wiederverwendet.</p>"
            ),
            _verweis("endgeraete"),
        ],
        "handlungsfelder": ["endgeraete", "beschaffung-und-finanzierung"],
    },
    {
        "slug": "2023-11-23-vorbereitung-fortschreibung-2-0",
        "title": "Vorbereitung der Fortschreibung 2.0",
        "datum": "2023-11-23",
        "ort": "Landratsamt Weilheim-Schongau, Kleiner Sitzungssaal",
        "teilnehmende": [
            _t("kreis-und-schulausschuss", anzahl=7),
            _t("systembetreuung", anzahl=5),
            _t("schulverwaltung", SCHULVERWALTUNG),
            _t("landkreis-it", LANDKREIS_IT),
            _t("mib", MIB),
        ],
        "tagesordnung": [
            _top("Was seit 2019 umgesetzt wurde"),
            _top("Neue Themen für die Fortschreibung"),
            _top("Zeitplan bis zum Beschluss"),
        ],
        "ergebnisse": [
            _p(
                "<p>Die Arbeitsgruppe zieht Bilanz: Standardnetz und WLAN sind an allen Schulen aufgebaut, das "
                "Supportmodell hat sich bewährt, der Glasfaserausbau ist weit fortgeschritten. Die Fortschreibung "
                "2.0 soll die Datensicherung, die Erneuerungszyklen der Geräte und die Kooperation mit der "
                "Universität aufnehmen.</p>"
            ),
            _p(
                "<p>Die Verwaltung legt den Entwurf im Februar vor; der Beschluss ist für das Frühjahr 2024 "
                "geplant.</p>"
            ),
        ],
        "handlungsfelder": HF_ALLE,
    },
    {
        "slug": "2024-02-22-beratung-fortschreibung-2-0",
        "title": "Abschließende Beratung der Fortschreibung 2.0",
        "datum": "2024-02-22",
        "ort": "Landratsamt Weilheim-Schongau, Großer Sitzungssaal",
        "teilnehmende": [
            _t("kreis-und-schulausschuss", anzahl=7),
            _t("systembetreuung", anzahl=5),
            _t("schulleitung", anzahl=3),
            _t("schulverwaltung", SCHULVERWALTUNG),
            _t("landkreis-it", LANDKREIS_IT),
        ],
        "tagesordnung": [
            _top("Entwurf der Fortschreibung 2.0"),
            _top("Rückmeldungen der Schulen"),
            _top("Empfehlung an den Kreis- und Schulausschuss"),
        ],
        "ergebnisse": [
            _p(
                "<p>Die Arbeitsgruppe berät den Entwurf und übernimmt Hinweise der Schulen zur Präsentationstechnik "
                "und zum Notfallhandbuch. Sie empfiehlt dem Kreis- und Schulausschuss, die Fortschreibung als "
                "Version 2.0 zum Schuljahr 2024/25 in Kraft zu setzen.</p>"
            ),
            _hinweis(
                "info",
                "Wie geht es weiter?",
                "<p>Der Ausschuss berät die Fortschreibung in seiner Sitzung im April 2024.</p>",
            ),
        ],
        "handlungsfelder": HF_ALLE,
    },
    {
        "slug": "2024-07-11-praesentationstechnik",
        "title": "Erneuerung der Präsentationstechnik",
        "datum": "2024-07-11",
        "ort": "Staatliche Realschule Peißenberg, Lehrerzimmer",
        "teilnehmende": [
            _t("kreis-und-schulausschuss", anzahl=5),
            _t("systembetreuung", anzahl=5),
            _t("schulverwaltung", PROJEKTLEITUNG),
            _t("landkreis-it", LANDKREIS_IT),
            _t("it-dienstleister", "Ammertal IT-Service GmbH"),
        ],
        "tagesordnung": [
            _top("Erfahrungen mit interaktiven Displays"),
            _top("Ersatz der verbliebenen Beamer"),
            _top("Einweisung der Kollegien"),
        ],
        "ergebnisse": [
            _p(
                "<p>Die Rückmeldungen zu den interaktiven Displays sind überwiegend positiv. Die verbliebenen Beamer "
                "werden bis 2026 schrittweise durch Displays ersetzt, beginnend mit den ältesten Geräten.</p>"
            ),
            _p(
                "<p>Zu jeder Auslieferung gehört eine kurze Einweisung durch den Dienstleister. Die Systembetreuung "
                "bietet ergänzend schulinterne Fortbildungen an.</p>"
            ),
            _verweis("praesentationstechnik"),
        ],
        "handlungsfelder": ["praesentationstechnik", "beschaffung-und-finanzierung", "fortbildung"],
    },
    {
        "slug": "2024-11-14-digitalpakt-haushalt",
        "title": "Auslaufen des DigitalPakts und Haushalt 2025",
        "datum": "2024-11-14",
        "ort": "Landratsamt Weilheim-Schongau, Kleiner Sitzungssaal",
        "teilnehmende": [
            _t("kreis-und-schulausschuss", anzahl=7),
            _t("systembetreuung", anzahl=4),
            _t("schulverwaltung", SCHULVERWALTUNG),
            _t("landkreis-it", LANDKREIS_IT),
        ],
        "tagesordnung": [
            _top("Abrechnung des DigitalPakts Schule"),
            _top("Nachfolgeprogramm: Stand der Verhandlungen"),
            _top("Ansätze für die Schul-IT im Haushalt 2025"),
        ],
        "ergebnisse": [
            _p(
                "<p>Die Fördermittel aus dem DigitalPakt Schule sind vollständig abgerufen. Über ein "
                "Nachfolgeprogramm verhandeln Bund und Länder noch; bis dahin finanziert der Landkreis notwendige "
                "Ersatzbeschaffungen aus eigenen Mitteln.</p>"
            ),
            _hinweis(
                "warnung",
                "Priorisierung",
                "<p>Bis zur Klärung der Förderung haben Ersatz defekter Geräte und Sicherheitsmaßnahmen Vorrang vor "
                "zusätzlicher Ausstattung.</p>",
            ),
            _verweis("beschaffung-und-finanzierung"),
        ],
        "handlungsfelder": ["beschaffung-und-finanzierung", "endgeraete", "it-sicherheit"],
    },
    {
        "slug": "2025-03-20-server-und-dienste",
        "title": "Zentrale Server und Dienste",
        "datum": "2025-03-20",
        "ort": "Landratsamt Weilheim-Schongau, Kleiner Sitzungssaal",
        "teilnehmende": [
            _t("kreis-und-schulausschuss", anzahl=6),
            _t("systembetreuung", anzahl=5),
            _t("schulverwaltung", PROJEKTLEITUNG),
            _t("landkreis-it", LANDKREIS_IT_NETZ),
        ],
        "tagesordnung": [
            _top("Zustand der Schulserver"),
            _top("Verlagerung von Diensten in das Rechenzentrum des Landkreises"),
            _top("Voraussetzungen bei der Internetanbindung"),
        ],
        "ergebnisse": [
            _p(
                "<p>Mit der Glasfaseranbindung aller Schulen können Dateiablage, Benutzerverwaltung und "
                "Softwareverteilung im Rechenzentrum des Landkreises betrieben werden. An den Schulen bleibt nur "
                "ein kleiner Server für zeitkritische Dienste.</p>"
            ),
            _p("<p>Die Umstellung beginnt an den drei früheren Modellschulen und erfolgt jeweils in den Ferien.</p>"),
            _verweis("server-und-dienste"),
        ],
        "handlungsfelder": ["server-und-dienste", "netzwerk", "internetanbindung"],
    },
    {
        "slug": "2025-07-10-fortbildung-systembetreuung",
        "title": "Fortbildung und Systembetreuung",
        "datum": "2025-07-10",
        "ort": "Gymnasium Penzberg, Besprechungsraum",
        "teilnehmende": [
            _t("kreis-und-schulausschuss", anzahl=5),
            _t("systembetreuung", anzahl=7),
            _t("schulverwaltung", PROJEKTLEITUNG),
            _t("mib", MIB),
        ],
        "tagesordnung": [
            _top("Bericht aus der Kooperation mit der Universität"),
            _top("Fortbildungsprogramm 2025/26"),
            _top("Einarbeitung neuer Systembetreuerinnen und Systembetreuer"),
        ],
        "ergebnisse": [
            _p(
                "<p>Der Lehrstuhl stellt erste Ergebnisse der Begleitforschung vor: Geräte werden dort am "
                "häufigsten genutzt, wo Kollegien gemeinsam Unterricht planen und kurze Wege zur Unterstützung "
                "haben.</p>"
            ),
            _p(
                "<p>Neue Systembetreuerinnen und Systembetreuer erhalten künftig eine Einarbeitung durch die "
                "IT-Abteilung und einen erfahrenen Paten an einer anderen Schule.</p>"
            ),
            _verweis("fortbildung"),
        ],
        "handlungsfelder": ["fortbildung", "support"],
    },
    {
        "slug": "2025-11-20-schulverwaltungs-it",
        "title": "Schulverwaltungs-IT und Netztrennung",
        "datum": "2025-11-20",
        "ort": "Landratsamt Weilheim-Schongau, Kleiner Sitzungssaal",
        "teilnehmende": [
            _t("kreis-und-schulausschuss", anzahl=6),
            _t("systembetreuung", anzahl=5),
            _t("datenschutz-schule", anzahl=2),
            _t("schulverwaltung", SCHULVERWALTUNG),
            _t("landkreis-it", LANDKREIS_IT),
        ],
        "tagesordnung": [
            _top("Ausstattung der Sekretariate und Schulleitungen"),
            _top("Sicherer Fernzugriff für Schulleitungen"),
            _top("Haushalt 2026"),
        ],
        "ergebnisse": [
            _p(
                "<p>Die Verwaltungsarbeitsplätze werden 2026 einheitlich erneuert. Schulleitungen erhalten einen "
                "abgesicherten Fernzugriff auf das Verwaltungsnetz; eine Vermischung mit dem pädagogischen Netz "
                "bleibt ausgeschlossen.</p>"
            ),
            _verweis("schulverwaltungs-it"),
            _verweis("it-sicherheit"),
        ],
        "handlungsfelder": ["schulverwaltungs-it", "it-sicherheit", "datenschutz"],
    },
    {
        "slug": "2026-03-19-neuausschreibung-support",
        "title": "Neuausschreibung des Vor-Ort-Supports",
        "datum": "2026-03-19",
        "ort": "Landratsamt Weilheim-Schongau, Kleiner Sitzungssaal",
        "teilnehmende": [
            _t("kreis-und-schulausschuss", anzahl=6),
            _t("systembetreuung", anzahl=5),
            _t("schulverwaltung", SCHULVERWALTUNG),
            _t("landkreis-it", LANDKREIS_IT),
        ],
        "tagesordnung": [
            _top("Laufzeit der bestehenden Supportverträge"),
            _top("Anforderungen für die Neuausschreibung"),
            _top("Kennzahlen und Servicelevel"),
        ],
        "ergebnisse": [
            _p(
                "<p>Die Supportverträge laufen im Sommer 2027 aus. Die Neuausschreibung behält die drei "
                "Supportregionen bei und legt Servicelevel mit messbaren Reaktions- und Lösungszeiten fest.</p>"
            ),
            _verweis("support"),
        ],
        "handlungsfelder": ["support", "beschaffung-und-finanzierung"],
    },
    {
        "slug": "2026-07-09-wlan-erneuerung",
        "title": "Erneuerung der ersten WLAN-Generation",
        "datum": "2026-07-09",
        "ort": "Welfen-Gymnasium Schongau, Besprechungsraum",
        "teilnehmende": [
            _t("kreis-und-schulausschuss", anzahl=5),
            _t("systembetreuung", anzahl=5),
            _t("schulverwaltung", PROJEKTLEITUNG),
            _t("landkreis-it", LANDKREIS_IT_NETZ),
            _t("it-dienstleister", anzahl=2),
        ],
        "tagesordnung": [
            _top("Auslastung des WLAN an den Schulen"),
            _top("Erneuerung der Access Points aus den Jahren 2020 bis 2022"),
        ],
        "ergebnisse": [
            _p(
                "<p>Die Auslastung ist mit der Zahl der Geräte stark gestiegen. Die Access Points der ersten "
                "Generation werden ab 2027 in drei Jahresscheiben ersetzt, beginnend mit den Schulen mit der "
                "höchsten Gerätedichte.</p>"
            ),
            _verweis("wlan"),
        ],
        "handlungsfelder": ["wlan", "netzwerk"],
    },
    {
        "slug": "2026-11-12-bilanz-ausblick",
        "title": "Bilanz und Ausblick auf die nächste Fortschreibung",
        "datum": "2026-11-12",
        "ort": "Landratsamt Weilheim-Schongau, Großer Sitzungssaal",
        "teilnehmende": [
            _t("kreis-und-schulausschuss", anzahl=7),
            _t("systembetreuung", anzahl=5),
            _t("schulverwaltung", SCHULVERWALTUNG),
            _t("landkreis-it", LANDKREIS_IT),
            _t("mib", MIB),
        ],
        "tagesordnung": [
            _top("Stand der Umsetzung in allen Handlungsfeldern"),
            _top("Themen für die nächste Fortschreibung"),
            _top("Sitzungsplan 2027"),
        ],
        "ergebnisse": [
            _p(
                "<p>Die Verwaltung stellt den Stand aller Maßnahmen vor. Für die nächste Fortschreibung werden die "
                "neuen Supportverträge, die Erneuerung des WLAN und der Umgang mit KI-Anwendungen im Unterricht "
                "vorgemerkt.</p>"
            ),
            _p("<p>Die Arbeitsgruppe tagt 2027 im März, Juli und November.</p>"),
        ],
        "handlungsfelder": HF_ALLE,
    },
]

# ---------------------------------------------------------------------------------------------------------------------
# Decisions of the Kreis- und Schulausschuss.
# ---------------------------------------------------------------------------------------------------------------------

BESCHLUESSE = [
    {
        "slug": "2017-07-24-auftrag-it-konzept",
        "title": "Auftrag zur Erstellung eines IT-Konzepts",
        "datum": "2017-07-24",
        "gremium": "kreis_und_schulausschuss",
        "gegenstand": "Die Verwaltung wird beauftragt, ein IT-Konzept für die Schulen des Landkreises zu erarbeiten.",
        "abstimmungsergebnis": "einstimmig",
        "konzeptversion": "",
        "in_kraft_ab": None,
        "beschlusstext": [
            _h("Beschluss"),
            _p(
                "<ol>"
                "<li>Die Verwaltung wird beauftragt, ein IT-Konzept für die Schulen in Sachaufwandsträgerschaft des "
                "Landkreises zu erarbeiten.</li>"
                "<li>Das Konzept hält die Ausgangslage an den Schulen fest, beschreibt Ziele, Zuständigkeiten und "
                "die Betreuung der IT und legt dafür klare Regeln fest.</li>"
                "<li>Schulen, Kreistag und staatliche Beratung werden an der Erarbeitung beteiligt.</li>"
                "</ol>"
            ),
            _h("Begründung"),
            _p(
                "<p>Die IT-Ausstattung der Schulen ist in den vergangenen Jahren stark gewachsen, ohne dass es "
                "landkreisweite Standards gibt. Wartung und Support leisten überwiegend Lehrkräfte neben ihrem "
                "Unterricht. Ein gemeinsames Konzept schafft Planungssicherheit für Schulen und Haushalt.</p>"
            ),
        ],
    },
    {
        "slug": "2019-08-05-it-konzept-version-1-0",
        "title": "Beschluss des IT-Konzepts, Version 1.0",
        "datum": "2019-08-05",
        "gremium": "kreis_und_schulausschuss",
        "gegenstand": "Das IT-Konzept für die Schulen des Landkreises wird als Version 1.0 beschlossen.",
        "abstimmungsergebnis": "einstimmig",
        "konzeptversion": "1.0",
        "in_kraft_ab": "2019-09-01",
        "beschlusstext": [
            _h("Beschluss"),
            _p(
                "<ol>"
                "<li>Der Kreis- und Schulausschuss beschließt das IT-Konzept für die Schulen in "
                "Sachaufwandsträgerschaft des Landkreises Weilheim-Schongau in der Fassung vom 11.07.2019 als "
                "Version 1.0.</li>"
                "<li>Das Konzept tritt am 01.09.2019 in Kraft.</li>"
                "<li>Der Vor-Ort-Support wird für zwei Jahre als Pilot an je einen IT-Dienstleister in den "
                "Supportregionen Weilheim, Schongau und Penzberg vergeben. Nach Ablauf wird der Pilot bewertet.</li>"
                "<li>Die Arbeitsgruppe IT-Konzept wird fortgeführt. Sie schreibt das Konzept fort und berichtet dem "
                "Ausschuss mindestens einmal im Jahr.</li>"
                "<li>Städte, Märkte und Gemeinden im Landkreis können das Konzept für ihre Schulen nutzen.</li>"
                "</ol>"
            ),
            _h("Begründung"),
            _p(
                "<p>Die Arbeitsgruppe hat das Konzept in zehn Sitzungen auf Grundlage einer Bestandsaufnahme an "
                "allen Schulen und der Erfahrungen an drei Modellschulen erarbeitet und am 11.07.2019 abschließend "
                "beraten. Der Ausschuss wurde am 23.07.2018 und am 11.03.2019 über den Stand unterrichtet.</p>"
            ),
            _verweis("support", "Das Supportmodell im Handlungsfeld Support"),
        ],
    },
    {
        "slug": "2021-12-06-fortschreibung-1-1",
        "title": "Fortschreibung des IT-Konzepts, Version 1.1",
        "datum": "2021-12-06",
        "gremium": "kreis_und_schulausschuss",
        "gegenstand": "Die Fortschreibung 1.1 mit dauerhaftem Supportmodell, WLAN-Konzept und Rahmenverträgen "
        "wird beschlossen.",
        "abstimmungsergebnis": "einstimmig",
        "konzeptversion": "1.1",
        "in_kraft_ab": "2022-01-01",
        "beschlusstext": [
            _h("Beschluss"),
            _p(
                "<ol>"
                "<li>Der Kreis- und Schulausschuss beschließt die Fortschreibung des IT-Konzepts als Version 1.1. "
                "Sie tritt am 01.01.2022 in Kraft.</li>"
                "<li>Das Supportmodell mit drei regionalen IT-Dienstleistern wird nach erfolgreicher Pilotphase "
                "dauerhaft eingeführt.</li>"
                "<li>Das WLAN-Konzept und die Rahmenverträge für Hardware werden Bestandteil des Konzepts.</li>"
                "</ol>"
            ),
            _h("Begründung"),
            _p(
                "<p>Die Evaluation des Supportpiloten nach zwei Jahren hat gezeigt, dass Störungen schneller "
                "behoben werden und die Systembetreuung spürbar entlastet ist. Die Arbeitsgruppe hat die "
                "Fortschreibung am 21.10.2021 empfohlen.</p>"
            ),
            _verweis("support"),
            _verweis("wlan"),
        ],
    },
    {
        "slug": "2024-04-22-fortschreibung-2-0",
        "title": "Fortschreibung des IT-Konzepts, Version 2.0",
        "datum": "2024-04-22",
        "gremium": "kreis_und_schulausschuss",
        "gegenstand": "Die Fortschreibung 2.0 des IT-Konzepts wird beschlossen.",
        "abstimmungsergebnis": "12:1 Stimmen",
        "konzeptversion": "2.0",
        "in_kraft_ab": "2024-09-01",
        "beschlusstext": [
            _h("Beschluss"),
            _p(
                "<ol>"
                "<li>Der Kreis- und Schulausschuss beschließt die Fortschreibung des IT-Konzepts als Version 2.0. "
                "Sie tritt zum Schuljahr 2024/25 am 01.09.2024 in Kraft.</li>"
                "<li>Die Verwaltung wird beauftragt, die Ersatzbeschaffung der Endgeräte nach den festgelegten "
                "Erneuerungszyklen in den Haushalt einzuplanen.</li>"
                "</ol>"
            ),
            _h("Begründung"),
            _p(
                "<p>Seit 2019 sind Standardnetz, WLAN und Supportmodell an allen Schulen umgesetzt. Die "
                "Fortschreibung nimmt die Glasfaseranbindung, die Datensicherung und Notfallplanung, die "
                "Erneuerungszyklen der Geräte und die Kooperation mit der Universität auf. Die Arbeitsgruppe hat sie "
                "am 22.02.2024 abschließend beraten.</p>"
            ),
            _hinweis(
                "info",
                "Abstimmung",
                "<p>Eine Gegenstimme bezog sich auf die Höhe der künftigen Eigenmittel des Landkreises, nicht auf "
                "die Inhalte des Konzepts.</p>",
            ),
            _verweis("internetanbindung"),
            _verweis("it-sicherheit"),
        ],
    },
]

# ---------------------------------------------------------------------------------------------------------------------
# Legal pages of the host site (pages.ContentPage below the start page), with their RechtlicheSeiten field.
# ---------------------------------------------------------------------------------------------------------------------

ANSCHRIFT_LRA = "Landratsamt Weilheim-Schongau<br/>Stainhartstraße 7<br/>82362 Weilheim i. OB"

RECHTLICHE_SEITEN = [
    {
        "slug": "impressum",
        "title": "Impressum",
        "setting": "impressum",
        "body": [
            _h("Herausgeber"),
            _p(
                f"<p>{ANSCHRIFT_LRA}</p>"
                "<p>Telefon: 0881 681-0<br/>E-Mail: poststelle@lra-wm.example</p>"
                "<p>Der Landkreis Weilheim-Schongau ist eine Körperschaft des öffentlichen Rechts. Er wird vertreten "
                "durch die Landrätin Dr. Franziska Haslinger.</p>"
            ),
            _h("Zuständige Aufsichtsbehörde"),
            _p("<p>Regierung von Oberbayern</p>"),
            _h("Inhaltlich verantwortlich"),
            _p(
                "<p>Katharina Brandl, Projektleitung IT-Konzept Schulen<br/>"
                "Landratsamt Weilheim-Schongau, Sachgebiet Schulen<br/>"
                "E-Mail: it-konzept-schulen@lra-wm.example</p>"
            ),
            _h("Haftung für Inhalte und Links"),
            _p(
                "<p>Die Inhalte dieser Website werden sorgfältig erstellt und gepflegt. Für die Richtigkeit, "
                "Vollständigkeit und Aktualität übernehmen wir dennoch keine Gewähr. Maßgeblich sind die Beschlüsse "
                "des Kreis- und Schulausschusses. Für Inhalte verlinkter fremder Websites sind ausschließlich deren "
                "Betreiber verantwortlich.</p>"
            ),
            _h("Urheberrecht"),
            _p(
                "<p>Texte und Grafiken dieser Website stehen unter dem Urheberrecht des Landkreises. Städte, Märkte "
                "und Gemeinden im Landkreis dürfen die Inhalte des IT-Konzepts für ihre eigenen Schulen verwenden "
                "und anpassen.</p>"
            ),
            _hinweis(
                "info",
                "Demo-Inhalt",
                "<p>Diese Website ist eine Demonstration. Personen, Anschriften und E-Mail-Adressen sind frei "
                "erfunden.</p>",
            ),
        ],
    },
    {
        "slug": "datenschutz",
        "title": "Datenschutzerklärung",
        "setting": "datenschutz",
        "body": [
            _p(
                "<p>Der Schutz Ihrer personenbezogenen Daten ist uns wichtig. Hier informieren wir Sie nach "
                "Art. 13 der Datenschutz-Grundverordnung (DSGVO) darüber, welche Daten beim Besuch dieser Website "
                "verarbeitet werden.</p>"
            ),
            _h("Verantwortlicher"),
            _p(f"<p>{ANSCHRIFT_LRA}<br/>E-Mail: poststelle@lra-wm.example</p>"),
            _h("Behördlicher Datenschutzbeauftragter"),
            _p(
                f"<p>{ANSCHRIFT_LRA}<br/>E-Mail: datenschutz@lra-wm.example</p>"
                "<p>Bitte kennzeichnen Sie Post an den Datenschutzbeauftragten als persönlich.</p>"
            ),
            _h("Aufruf der Website"),
            _p(
                "<p>Bei jedem Aufruf speichert der Webserver vorübergehend die IP-Adresse, Datum und Uhrzeit, die "
                "aufgerufene Seite, den Statuscode und die Angaben des Browsers. Diese Daten dienen nur dazu, die "
                "Website sicher und störungsfrei zu betreiben, und werden nach sieben Tagen gelöscht. Eine "
                "Zusammenführung mit anderen Daten findet nicht statt.</p>"
                "<p>Rechtsgrundlage ist Art. 6 Abs. 1 Buchst. e DSGVO in Verbindung mit Art. 4 Abs. 1 des "
                "Bayerischen Datenschutzgesetzes (BayDSG).</p>"
            ),
            _h("Cookies und Reichweitenmessung"),
            _p(
                "<p>Für den öffentlichen Teil der Website setzen wir keine Cookies zur Analyse oder Werbung ein und "
                "messen keine Reichweite. Technisch notwendige Cookies werden nur gesetzt, wenn sich Mitarbeiterinnen "
                "und Mitarbeiter im Redaktionsbereich anmelden. Schriften und Skripte werden vom eigenen Server "
                "geladen, nicht von Drittanbietern.</p>"
            ),
            _h("Kontakt per E-Mail"),
            _p(
                "<p>Wenn Sie uns eine E-Mail schreiben, verarbeiten wir Ihre Angaben, um Ihr Anliegen zu bearbeiten. "
                "Die Daten werden nach den für Behörden geltenden Aufbewahrungsfristen gelöscht.</p>"
            ),
            _h("Ihre Rechte"),
            _p(
                "<p>Sie haben das Recht auf Auskunft (Art. 15 DSGVO), Berichtigung (Art. 16 DSGVO), Löschung "
                "(Art. 17 DSGVO), Einschränkung der Verarbeitung (Art. 18 DSGVO) und Widerspruch (Art. 21 DSGVO). "
                "Wenden Sie sich dazu an den Datenschutzbeauftragten.</p>"
            ),
            _hinweis(
                "info",
                "Beschwerderecht",
                "<p>Sie können sich beim Bayerischen Landesbeauftragten für den Datenschutz beschweren, der die "
                "öffentlichen Stellen in Bayern beaufsichtigt.</p>",
            ),
        ],
    },
    {
        "slug": "barrierefreiheit",
        "title": "Erklärung zur Barrierefreiheit",
        "setting": "barrierefreiheit",
        "body": [
            _p(
                "<p>Der Landkreis Weilheim-Schongau ist bemüht, seine Websites im Einklang mit Art. 13 des "
                "Bayerischen Behindertengleichstellungsgesetzes (BayBGG) und der Bayerischen Barrierefreien "
                "Informationstechnik-Verordnung (BayBITV) barrierefrei zugänglich zu machen. Diese Erklärung gilt "
                "für die Website des IT-Konzepts der Schulen.</p>"
            ),
            _h("Stand der Vereinbarkeit mit den Anforderungen"),
            _p(
                "<p>Die Website ist weitgehend mit den Anforderungen der BayBITV vereinbar. Die Seiten lassen sich "
                "mit der Tastatur bedienen, sind mit Screenreadern nutzbar und passen sich an kleine Bildschirme "
                "an.</p>"
            ),
            _h("Nicht barrierefreie Inhalte"),
            _p(
                "<ul>"
                "<li>Einige ältere PDF-Dokumente aus den Sitzungen der Arbeitsgruppe sind nicht vollständig "
                "barrierefrei. Wir stellen sie auf Anfrage in einer zugänglichen Form bereit.</li>"
                "<li>Tabellen in einzelnen Handlungsfeldern sind auf kleinen Bildschirmen nur eingeschränkt "
                "lesbar.</li>"
                "</ul>"
            ),
            _h("Erstellung dieser Erklärung"),
            _p(
                "<p>Die Erklärung beruht auf einer Selbstbewertung und wurde am 15.09.2025 erstellt und zuletzt am "
                "02.11.2026 überprüft.</p>"
            ),
            _h("Feedback und Kontakt"),
            _p(
                "<p>Sind Ihnen Mängel beim barrierefreien Zugang aufgefallen? Dann schreiben Sie uns an "
                "barrierefreiheit@lra-wm.example oder rufen Sie uns an unter 0881 681-1400.</p>"
            ),
            _h("Durchsetzungsverfahren"),
            _p(
                "<p>Erhalten Sie auf Ihre Rückmeldung innerhalb von sechs Wochen keine zufriedenstellende Antwort, "
                "können Sie sich an die Durchsetzungs- und Überwachungsstelle für barrierefreie "
                "Informationstechnik des Freistaats Bayern wenden.</p>"
            ),
        ],
    },
]

# ---------------------------------------------------------------------------------------------------------------------
# Demo accounts in the product's role groups (see roles.py); the password comes from DEMO_PASSWORD or is
# generated once by the builder.
# ---------------------------------------------------------------------------------------------------------------------

KONTEN = [
    {
        "username": "admin",
        "first_name": "Andreas",
        "last_name": "Huber",
        "email": "admin@lra-wm.example",
        "superuser": True,
        "gruppe": None,
    },
    {
        "username": "redaktion",
        "first_name": "Maria",
        "last_name": "Reindl",
        "email": "redaktion@lra-wm.example",
        "superuser": False,
        "gruppe": "Redaktion",
    },
    {
        "username": "arbeitsgruppe",
        "first_name": "Georg",
        "last_name": "Schmid",
        "email": "arbeitsgruppe@lra-wm.example",
        "superuser": False,
        "gruppe": "Arbeitsgruppe",
    },
    {
        "username": "systembetreuer",
        "first_name": "Stefan",
        "last_name": "Lechner",
        "email": "systembetreuer@lra-wm.example",
        "superuser": False,
        "gruppe": "Systembetreuer",
    },
]

# ---------------------------------------------------------------------------------------------------------------------
# An open proposal, so the approval workflow has something to show after `make run`: the Systembetreuer
# proposes an addition to WLAN, waiting for "Prüfung Arbeitsgruppe".
# ---------------------------------------------------------------------------------------------------------------------

OFFENER_VORSCHLAG = {
    "seite": "wlan",
    "autor": "systembetreuer",
    "teil": "allgemeines",
    "neue_bloecke": [
        _h("Sporthallen und Aulen"),
        _p(
            "<p>Auch Sporthallen und Aulen erhalten WLAN, damit Tablets im Sportunterricht und bei Veranstaltungen "
            "genutzt werden können. Wegen der Deckenhöhe werden dort Access Points mit Richtantennen eingesetzt.</p>"
        ),
    ],
    "aenderungsgrund": (
        "Sporthallen und Aulen ergänzt: Die Schulen nutzen Tablets inzwischen auch im Sportunterricht; "
        "Erfahrungen aus dem Gymnasium Weilheim."
    ),
}
