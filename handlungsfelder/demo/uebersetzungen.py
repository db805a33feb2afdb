"""Demo: the concept in English, translated through wagtail-localize as translators and the Redaktion do it.

The reference data (schools, roles, contact) and the start page, the Handlungsfeld index and three Handlungsfelder
are submitted for translation, get their English strings through wagtail-localize's PO import and are published.
The German original of Datenschutz is published again afterwards, so its English page shows the out-of-date notice.
Strings without an English text here keep the German text, as in wagtail-localize's editor.
"""

from django.apps import apps

from wagtail.models import Locale

from ..models import Akteur, HandlungsfeldIndexPage, HandlungsfeldPage, Kontakt, KonzeptStartPage, Schule

HANDLUNGSFELDER = ("wlan", "fortbildung", "datenschutz")
VERALTET = "datenschutz"

SNIPPET_TEXTE = {
    "Arbeitsgruppe IT-Konzept": "IT concept working group",
    "Arbeitsgruppe": "Working group",
    "Kreisrätinnen und Kreisräte, Systembetreuung und Verwaltung; schreibt das Konzept fort.": (
        "District councillors, system support and administration; keeps the concept up to date."
    ),
    "Datenschutzbeauftragte der Schule": "Data protection officer of the school",
    "DSB Schule": "School DPO",
    "Berät die Schulleitung in Fragen des Datenschutzes.": "Advises the head teacher on data protection.",
    "Hersteller und Lieferanten": "Manufacturers and suppliers",
    "Hersteller": "Manufacturers",
    "Gewährleistung, Garantie und Herstellersupport.": "Warranty, guarantee and manufacturer support.",
    "IT-Abteilung des Landkreises": "IT department of the district",
    "Landkreis-IT": "District IT",
    "Plant, baut und betreibt die standardisierte Netzwerkinfrastruktur der Schulen; 3rd Level.": (
        "Plans, builds and operates the schools' standardised network infrastructure; 3rd level."
    ),
    "Kreis- und Schulausschuss": "District and school committee",
    "Ausschuss": "Committee",
    "Beschließt das IT-Konzept und seine Fortschreibungen.": "Adopts the IT concept and its updates.",
    "Landkreis als Sachaufwandsträger": "District as maintaining body",
    "Landkreis": "District",
    "Trägt den Sachaufwand der Schulen: Gebäude, Ausstattung und IT.": (
        "Bears the schools' material costs: buildings, equipment and IT."
    ),
    "Landratsamt – Sachgebiet Schulen": "District office – schools department",
    "Schulverwaltung": "School administration",
    "Haushalt, Beschaffung und Verträge für die Schulen des Landkreises.": (
        "Budget, procurement and contracts for the district's schools."
    ),
    "Medienpädagogisch-informationstechnische Beratung (MIB)": "Media-education and IT advisory service (MIB)",
    "Staatliche Beratung der Schulen zu Medienbildung und IT-Ausstattung.": (
        "State advisory service for schools on media education and IT equipment."
    ),
    "Regionaler IT-Dienstleister": "Regional IT service provider",
    "IT-Dienstleister": "IT service provider",
    "Vertraglich gebundenes Systemhaus je Supportregion; 2nd Level vor Ort.": (
        "Contracted IT company per support region; 2nd level on site."
    ),
    "Schulleitung": "Head teacher",
    "Verantwortet den pädagogischen Einsatz der IT und die Medienkonzepte der Schule.": (
        "Responsible for the educational use of IT and the school's media concepts."
    ),
    "Systembetreuung der Schule": "System support of the school",
    "Systembetreuung": "System support",
    "Lehrkräfte, die die IT der Schule pädagogisch und organisatorisch betreuen; 1st Level.": (
        "Teachers who look after the school's IT educationally and organisationally; 1st level."
    ),
    "Projektleitung IT-Konzept Schulen": "Project lead IT concept for schools",
    "Landratsamt Weilheim-Schongau, Sachgebiet Schulen": "District office Weilheim-Schongau, schools department",
}

# Strings of the start page, the Handlungsfeld index and the three Handlungsfelder: German -> English.
TEXTE = {
    ("IT-Konzept für die Schulen in Sachaufwandsträgerschaft des Landkreises Weilheim-Schongau"): (
        "IT concept for the schools maintained by the district of Weilheim-Schongau"
    ),
    (
        "Der Landkreis Weilheim-Schongau ist Sachaufwandsträger von fünfzehn Schulen: "
        "Realschulen, Gymnasien, beruflichen Schulen und Förderzentren. Er stellt ihnen "
        "Gebäude und Ausstattung bereit und damit auch die gesamte Informationstechnik, "
        "vom Netzwerkschrank im Keller bis zum Display im Klassenzimmer. Die Lehrkräfte "
        "beschäftigt der Freistaat Bayern."
    ): (
        "The district of Weilheim-Schongau is the maintaining body (Sachaufwandsträger) "
        "of fifteen schools: secondary schools, grammar schools, vocational schools and "
        "special educational support centres. It provides their buildings and equipment "
        "and so all of their information technology, from the network cabinet in the "
        "basement to the display in the classroom. The teachers are employed by the Free "
        "State of Bavaria."
    ),
    (
        "Dieses IT-Konzept legt fest, wie der Landkreis die IT seiner Schulen plant, "
        "beschafft, betreibt und betreut. Es ist in <b>Handlungsfelder</b> gegliedert; "
        "jedes beschreibt den aktuellen Stand, die geplanten Maßnahmen, das "
        "Betriebsmodell und die Zuständigkeiten. Der Kreis- und Schulausschuss hat das "
        "Konzept am 5. August 2019 einstimmig beschlossen; die Version 1.0 gilt seit dem "
        "1. September 2019. Seitdem schreibt es eine Arbeitsgruppe aus Kreistag, Schulen "
        "und Verwaltung fort; der Ausschuss hat die Fortschreibungen 1.1 (2021) und 2.0 "
        "(2024) beschlossen."
    ): (
        "This IT concept sets out how the district plans, procures, operates and supports "
        "the IT of its schools. It is divided into <b>fields of action</b>; each "
        "describes the current state, the planned measures, the operating model and the "
        "responsibilities. The district and school committee adopted the concept "
        "unanimously on 5 August 2019; version 1.0 has been in force since 1 September "
        "2019. Since then a working group of district councillors, schools and "
        "administration has kept it up to date; the committee adopted the updates 1.1 "
        "(2021) and 2.0 (2024)."
    ),
    "Grundsätze": "Principles",
    (
        "<b>Die Pädagogik gibt die Richtung vor.</b> Welche Technik eine Schule braucht, "
        "ergibt sich aus ihrem Medienkonzept. Die Technik folgt dem Unterricht, nicht "
        "umgekehrt."
    ): (
        "<b>Teaching sets the direction.</b> The technology a school needs follows from "
        "its media concept. Technology follows teaching, not the other way round."
    ),
    (
        "<b>Ein Standard für alle Schulen.</b> Netzwerk, WLAN, Geräte und Dienste folgen "
        "landkreisweit einheitlichen Standards. Das senkt Kosten, verkürzt Reparaturen "
        "und erleichtert Lehrkräften den Wechsel zwischen Schulen."
    ): (
        "<b>One standard for all schools.</b> Network, WLAN, devices and services follow "
        "the same standards across the district. This lowers costs, shortens repairs and "
        "makes it easier for teachers to move between schools."
    ),
    (
        "<b>Lehrkräfte unterrichten, statt Kabel zu ziehen.</b> Betrieb und Support "
        "übernehmen die IT-Abteilung des Landkreises und drei regionale IT-Dienstleister. "
        "Die Systembetreuung der Schulen bleibt pädagogische Ansprechpartnerin und erste "
        "Anlaufstelle."
    ): (
        "<b>Teachers teach instead of pulling cables.</b> Operation and support are "
        "provided by the district's IT department and three regional IT service "
        "providers. The schools' system support stays the educational contact and first "
        "point of contact."
    ),
    (
        "<b>Klare Zuständigkeiten.</b> Für jede Aufgabe ist festgelegt, wer "
        "verantwortlich ist, wer unterstützt und wer informiert wird."
    ): (
        "<b>Clear responsibilities.</b> For every task it is defined who is responsible, "
        "who supports and who is informed."
    ),
    (
        "<b>Sicherheit und Datenschutz von Anfang an.</b> Getrennte Netze, aktuelle "
        "Systeme und datensparsame Dienste sind Voraussetzung, nicht Zusatz."
    ): (
        "<b>Security and data protection from the start.</b> Separate networks, "
        "up-to-date systems and data-minimising services are a precondition, not an "
        "extra."
    ),
    (
        "<b>Wirtschaftlich und planbar.</b> Rahmenverträge, feste Erneuerungszyklen und "
        "die Nutzung von Förderprogrammen machen die jährlich zwei bis vier Millionen "
        "Euro für die Schul-IT planbar."
    ): (
        "<b>Economical and predictable.</b> Framework contracts, fixed renewal cycles and "
        "the use of funding programmes make the two to four million euros a year for "
        "school IT predictable."
    ),
    "Aufbau der Handlungsfelder": "How the fields of action are structured",
    (
        "Jedes Handlungsfeld hat vier Teile: <b>Allgemeines/Aktuelles</b> (Stand und "
        "Ziele), <b>Umsetzungsplan</b> (was bis wann geschieht), <b>Betriebsmodell</b> "
        "(wie Betrieb und Support organisiert sind) und <b>Zuständigkeiten</b> (wer wofür "
        "verantwortlich ist)."
    ): (
        "Each field of action has four parts: <b>General/current</b> (state and goals), "
        "<b>Implementation plan</b> (what happens by when), <b>Operating model</b> (how "
        "operation and support are organised) and <b>Responsibilities</b> (who is "
        "responsible for what)."
    ),
    "Wie das Konzept fortgeschrieben wird": "How the concept is updated",
    (
        "Die Arbeitsgruppe IT-Konzept tagt zwei- bis dreimal im Jahr. Ihre Ergebnisse "
        "fließen in die Handlungsfelder ein. Größere Änderungen legt die Verwaltung dem "
        "Kreis- und Schulausschuss als Fortschreibung zum Beschluss vor. Die Protokolle "
        "der Sitzungen und alle Beschlüsse sind auf dieser Website veröffentlicht."
    ): (
        "The IT concept working group meets two to three times a year. Its results go "
        "into the fields of action. The administration submits larger changes to the "
        "district and school committee as an update for adoption. The minutes of the "
        "meetings and all decisions are published on this website."
    ),
    "Für Städte, Märkte und Gemeinden im Landkreis": ("For towns, markets and municipalities in the district"),
    (
        "Die Kommunen im Landkreis sind Sachaufwandsträger ihrer Grund- und "
        "Mittelschulen. Wer die Standards und Verfahren dieses Konzepts für die eigenen "
        "Schulen übernehmen möchte, wendet sich an die Projektleitung im Landratsamt. "
        "Rahmenverträge und Musterunterlagen stellen wir gern zur Verfügung."
    ): (
        "The municipalities in the district maintain their primary and middle schools. "
        "Anyone who wants to adopt the standards and procedures of this concept for their "
        "own schools can contact the project lead at the district office. We are glad to "
        "share framework contracts and templates."
    ),
    "So ist der IT-Support an den Schulen organisiert": "How IT support is organised at the schools",
    "Handlungsfelder": "Fields of action",
    (
        "Das IT-Konzept ist in dreizehn Handlungsfelder gegliedert, von der "
        "Netzwerkinfrastruktur über den Support bis zur Finanzierung. Jedes Handlungsfeld "
        "beschreibt den Stand, den Umsetzungsplan, das Betriebsmodell und die "
        "Zuständigkeiten."
    ): (
        "The IT concept is divided into thirteen fields of action, from the network "
        "infrastructure through support to funding. Each field of action describes the "
        "current state, the implementation plan, the operating model and the "
        "responsibilities."
    ),
    "WLAN": "WLAN",
    (
        "Alle Unterrichtsräume erhalten ein leistungsfähiges, zentral verwaltetes WLAN. "
        "Grundlage ist das von der Arbeitsgruppe erarbeitete WLAN-Konzept mit getrennten "
        "Netzen für schuleigene Geräte, Lehrkräfte und Gäste."
    ): (
        "All classrooms get a powerful, centrally managed WLAN. It is based on the WLAN "
        "concept drawn up by the working group, with separate networks for school "
        "devices, teachers and guests."
    ),
    "Ausgangslage": "Starting point",
    (
        "Vor Inkrafttreten des IT-Konzepts gab es an den meisten Schulen nur vereinzelte "
        "Funknetze, oft mit Geräten aus dem Heimbereich, ohne zentrale Verwaltung und "
        "ohne flächendeckende Ausleuchtung. Mit mobilen Klassensätzen und Dienstgeräten "
        "für Lehrkräfte ist ein verlässliches WLAN heute Voraussetzung für digital "
        "gestützten Unterricht."
    ): (
        "Before the IT concept came into force, most schools had only isolated wireless "
        "networks, often with consumer devices, without central management and without "
        "full coverage. With mobile class sets and work devices for teachers, reliable "
        "WLAN is now a precondition for digitally supported teaching."
    ),
    "WLAN-Konzept": "WLAN concept",
    "Das WLAN-Konzept der Arbeitsgruppe legt fest:": "The working group's WLAN concept specifies:",
    ("Ausleuchtung aller Unterrichts- und Fachräume, des Lehrerzimmers und der Aula,"): (
        "coverage of all classrooms and specialist rooms, the staff room and the assembly hall,"
    ),
    ("in der Regel ein Access Point je Unterrichtsraum, genaue Planung nach Ausleuchtungsmessung,"): (
        "as a rule one access point per classroom, planned in detail after a coverage survey,"
    ),
    ("Geräte nach aktuellem Standard (ab 2021 Wi-Fi 6), Anschluss an das Standardnetz über PoE,"): (
        "devices to the current standard (Wi-Fi 6 from 2021), connected to the standard network via PoE,"
    ),
    ("zentrale Verwaltung aller Access Points durch die Landkreis-IT,"): (
        "central management of all access points by the district IT,"
    ),
    "kein WLAN im Verwaltungsnetz.": "no WLAN in the administration network.",
    "Funknetze (SSIDs) an den Schulen": "Wireless networks (SSIDs) at the schools",
    "Funknetz": "Wireless network",
    "Zielgruppe": "Target group",
    "Anmeldung": "Sign-in",
    "Netzsegment": "Network segment",
    "Schule-Unterricht": "Schule-Unterricht",
    "schuleigene Tablets und Notebooks": "school-owned tablets and notebooks",
    "Gerätezertifikat": "device certificate",
    "Mobile Geräte": "Mobile devices",
    "Schule-Lehrkraft": "Schule-Lehrkraft",
    "Dienstgeräte der Lehrkräfte": "teachers' work devices",
    "persönliches Benutzerkonto": "personal user account",
    "Pädagogik": "Teaching",
    "Schule-Gast": "Schule-Gast",
    "Gäste, private Geräte nach Freigabe": "guests, private devices after approval",
    "zeitlich begrenzter Zugangscode": "time-limited access code",
    "Gäste": "Guests",
    "Sendeleistung und Betriebszeiten": "Transmit power and operating hours",
    (
        "Die Sendeleistung der Access Points wird automatisch an die Raumsituation "
        "angepasst. Das Gäste-WLAN kann von der Schule außerhalb der Unterrichtszeiten "
        "abgeschaltet werden."
    ): (
        "The transmit power of the access points adapts automatically to the room. The "
        "school can switch off the guest WLAN outside teaching hours."
    ),
    (
        "Der flächendeckende WLAN-Ausbau wird überwiegend aus Mitteln des DigitalPakts "
        "Schule finanziert und folgt dem Ausbau des Standardnetzes."
    ): (
        "The district-wide WLAN roll-out is funded mostly by the DigitalPakt Schule and "
        "follows the roll-out of the standard network."
    ),
    "WLAN-Ausleuchtung an den Modellschulen": "WLAN coverage at the model schools",
    ("Ausleuchtungsmessung, Installation und Erprobung der zentralen Verwaltung im Pilotbetrieb."): (
        "Coverage survey, installation and trial of central management in a pilot."
    ),
    "Schuljahr 2019/20": "School year 2019/20",
    "Erarbeitung des WLAN-Konzepts": "Drawing up the WLAN concept",
    (
        "Die Arbeitsgruppe hat aus den Erfahrungen der Modellschulen verbindliche "
        "Vorgaben für Planung, Funknetze und Anmeldung abgeleitet; das Konzept wurde in "
        "das IT-Konzept übernommen."
    ): (
        "From the model schools' experience the working group derived binding rules for "
        "planning, wireless networks and sign-in; the concept became part of the IT "
        "concept."
    ),
    "Schuljahr 2020/21": "School year 2020/21",
    "Flächendeckender WLAN-Ausbau an allen Schulen": "District-wide WLAN roll-out at all schools",
    (
        "Ausstattung aller Unterrichtsräume nach dem WLAN-Konzept, gefördert aus dem "
        "DigitalPakt Schule. Abgeschlossen sind die Realschulen und Gymnasien; die "
        "beruflichen Schulen folgen."
    ): (
        "Equipping all classrooms according to the WLAN concept, funded by the "
        "DigitalPakt Schule. The secondary and grammar schools are finished; the "
        "vocational schools follow."
    ),
    "Sommerferien 2021 bis Ende 2026": "Summer holidays 2021 to end of 2026",
    "Anmeldung mit Zertifikaten für schuleigene Geräte": "Certificate sign-in for school-owned devices",
    (
        "Umstellung von gemeinsamen Schlüsseln auf eine Anmeldung nach IEEE 802.1X, damit "
        "verlorene oder ausgesonderte Geräte gezielt gesperrt werden können."
    ): ("Moving from shared keys to IEEE 802.1X sign-in, so that lost or retired devices can be blocked individually."),
    "Schuljahr 2025/26": "School year 2025/26",
    "Ausleuchtung der Werkstätten und Lehrhallen": "Coverage of workshops and teaching halls",
    ("Metallische Einbauten und große Hallen erfordern eine gesonderte Planung mit Industrie-Access-Points."): (
        "Metal fittings and large halls need separate planning with industrial access points."
    ),
    "Schuljahr 2026/27": "School year 2026/27",
    "WLAN auf Pausenhöfen und Außenflächen": "WLAN in playgrounds and outdoor areas",
    (
        "Ein pädagogischer Bedarf ist derzeit nicht nachgewiesen; die Maßnahme wird "
        "zugunsten des Ausbaus in den Gebäuden zurückgestellt."
    ): (
        "An educational need has not been shown so far; the measure is postponed in "
        "favour of the roll-out inside the buildings."
    ),
    "frühestens Schuljahr 2027/28": "school year 2027/28 at the earliest",
    (
        "Das WLAN wird zentral über die Verwaltungsplattform der Landkreis-IT betrieben. "
        "Einstellungen an Funknetzen und Kennwörtern nimmt allein die Landkreis-IT vor."
    ): (
        "The WLAN is operated centrally through the district IT's management platform. "
        "Only the district IT changes settings of wireless networks and passwords."
    ),
    (
        "Ausgabe von Gast-Zugangscodes, Registrierung neuer schuleigener Geräte im "
        "Geräteportal, Meldung von Funklöchern und ausgefallenen Access Points mit "
        "Raumangabe."
    ): (
        "Issuing guest access codes, registering new school-owned devices in the device "
        "portal, reporting dead spots and failed access points with the room."
    ),
    "Systembetreuung der Schule": "System support of the school",
    "Unterrichtstage nach Regelung der Schule": "Teaching days as arranged by the school",
    (
        "Austausch defekter Access Points, Nachmessung der Ausleuchtung bei Beschwerden, "
        "Prüfung der Verkabelung und der Stromversorgung über PoE."
    ): (
        "Replacing faulty access points, re-measuring coverage after complaints, checking cabling and PoE power supply."
    ),
    ("Ticketsystem des Landkreises (Schulportal), Eskalation über die Hotline des Regionaldienstleisters"): (
        "District ticket system (school portal), escalation via the regional service provider's hotline"
    ),
    "Mo–Fr 7:30–16:00 Uhr": "Mon–Fri 7:30 am–4:00 pm",
    (
        "Verwaltung der Funknetze, Zertifikate und Zugangsregeln, "
        "Firmware-Aktualisierungen, Auswertung von Auslastung und Störungen."
    ): ("Managing wireless networks, certificates and access rules, firmware updates, analysing load and faults."),
    "Ticketsystem; Eskalation über den IT-Dienstleister": ("Ticket system; escalation via the IT service provider"),
    "Mo–Do 7:30–16:00 Uhr, Fr 7:30–12:30 Uhr": "Mon–Thu 7:30 am–4:00 pm, Fri 7:30 am–12:30 pm",
    ("Garantieaustausch von Access Points, Behebung von Softwarefehlern der Verwaltungsplattform."): (
        "Warranty replacement of access points, fixing software faults of the management platform."
    ),
    "Herstellersupport über die Landkreis-IT": "Manufacturer support via the district IT",
    "laut Wartungsvertrag": "as per maintenance contract",
    ("Für Planung und Betrieb des WLAN gelten folgende Zuständigkeiten:"): (
        "The following responsibilities apply to planning and operating the WLAN:"
    ),
    "Fortschreibung des WLAN-Konzepts": "Updating the WLAN concept",
    "Ausleuchtungsplanung und Installation": "Coverage planning and installation",
    "Freigabe privater Geräte für das Gäste-WLAN": "Approving private devices for the guest WLAN",
    ("Beantragung der Fördermittel aus dem DigitalPakt Schule"): "Applying for funding from the DigitalPakt Schule",
    "Fortbildung": "Training",
    (
        "Die pädagogische Fortbildung der Lehrkräfte ist Aufgabe des Freistaats. Der "
        "Landkreis ergänzt sie um Einweisungen in die bereitgestellte Technik, Schulungen "
        "für die Systembetreuung und eine Kooperation mit einer Universität."
    ): (
        "Teachers' educational training is the Free State's task. The district adds "
        "introductions to the technology it provides, training for system support and a "
        "cooperation with a university."
    ),
    (
        "Neue Technik wird nur genutzt, wenn das Kollegium sie sicher bedienen kann. "
        "Lehrkräfte werden über die staatlichen Fortbildungsangebote und die "
        "medienpädagogisch-informationstechnische Beratung erreicht. Für die Bedienung "
        "der vom Landkreis beschafften Geräte und für die Arbeit im Standardnetz fehlte "
        "bisher ein eigenes Angebot."
    ): (
        "New technology is only used if the staff can operate it confidently. Teachers "
        "are reached through the state's training offers and the media-education and IT "
        "advisory service. Until now there was no offer of its own for operating the "
        "devices procured by the district and for working in the standard network."
    ),
    "Ziele": "Goals",
    ("Jede Auslieferung von Geräten wird mit einer Einweisung verbunden."): (
        "Every delivery of devices comes with an introduction."
    ),
    ("Neue Systembetreuerinnen und Systembetreuer werden innerhalb ihres ersten Halbjahrs geschult."): (
        "New system support staff are trained within their first half-year."
    ),
    ("Ein jährlicher Systembetreuertag dient dem Austausch zwischen Schulen, Dienstleistern und Landkreis-IT."): (
        "An annual system support day serves the exchange between schools, service providers and district IT."
    ),
    ("Die Kooperation mit einer Universität bringt Forschung und Praxis zusammen."): (
        "The cooperation with a university brings research and practice together."
    ),
    "Fortbildungsangebote": "Training offers",
    "Angebot": "Offer",
    "Durchführung": "Given by",
    "Turnus": "Frequency",
    "Einführung in das Standardnetz": "Introduction to the standard network",
    "neue Systembetreuung": "new system support staff",
    "Landkreis-IT": "District IT",
    "zweimal jährlich": "twice a year",
    "Systembetreuertag": "System support day",
    "Systembetreuung aller Schulen": "system support of all schools",
    "Landkreis-IT mit Dienstleistern": "District IT with service providers",
    "jährlich im Herbst": "every autumn",
    "Geräteeinweisung": "Device introduction",
    "Kollegien der belieferten Schulen": "staff of the schools supplied",
    "IT-Dienstleister oder Lieferant": "IT service provider or supplier",
    "bei Auslieferung": "on delivery",
    "Ticketsystem und Supportwege": "Ticket system and support channels",
    "Schulleitungen, Systembetreuung": "head teachers, system support",
    "Schulverwaltung": "School administration",
    "zu Schuljahresbeginn": "at the start of the school year",
    "Datenschutz im Schulnetz": "Data protection in the school network",
    "Datenschutzbeauftragte, Systembetreuung": "data protection officers, system support",
    "jährlich": "yearly",
    "Medienbildung im Unterricht": "Media education in teaching",
    "Lehrkräfte": "Teachers",
    "MIB und staatliche Fortbildung": "MIB and state training",
    "nach staatlichem Programm": "according to the state programme",
    ("Einweisungen betreffen vor allem die Präsentationstechnik"): (
        "Introductions mainly concern presentation technology"
    ),
    ("Die Angebote wurden mit dem Supportmodell aufgebaut und werden jährlich in der Arbeitsgruppe geprüft."): (
        "The offers were set up together with the support model and are reviewed every year by the working group."
    ),
    "Schulung der Systembetreuung im Standardnetz": "Training system support in the standard network",
    ("Zweitägige Schulung zu Benutzerverwaltung, Ticketsystem und Supportwegen für alle Schulen."): (
        "Two-day training on user management, ticket system and support channels for all schools."
    ),
    "Jährlicher Systembetreuertag": "Annual system support day",
    ("Austausch, Vorstellung neuer Standards und Rückmeldungen an Landkreis und Dienstleister."): (
        "Exchange, presentation of new standards and feedback to the district and the service providers."
    ),
    "jährlich seit Herbst 2021": "every year since autumn 2021",
    "Kooperation mit einer Universität": "Cooperation with a university",
    (
        "Begleitung ausgewählter Schulen durch einen Lehrstuhl für digitale Bildung; "
        "gemeinsame Fortbildungsmodule und Auswertung des Medieneinsatzes."
    ): (
        "A chair for digital education accompanies selected schools; joint training "
        "modules and evaluation of media use."
    ),
    "Schuljahr 2023/24 bis 2025/26": "School years 2023/24 to 2025/26",
    "Kurze Lernvideos zu häufigen Fragen": "Short learning videos on frequent questions",
    ("Videos von wenigen Minuten zu Beamer, Dokumentenkamera und Drucken, abrufbar im Ticketportal."): (
        "Videos of a few minutes on projectors, document cameras and printing, available in the ticket portal."
    ),
    "Schulungen für Schulsekretariate": "Training for school offices",
    ("Einführung in die Verwaltungsarbeitsplätze und in sichere Abläufe bei E-Mail und Datenablage."): (
        "Introduction to the administration workstations and to safe procedures for e-mail and file storage."
    ),
    "Schuljahr 2027/28": "School year 2027/28",
    (
        "Fortbildung wird ebenfalls gestuft organisiert: Die Systembetreuung gibt Wissen "
        "ins Kollegium weiter, Dienstleister und Lieferanten weisen in Geräte ein, "
        "vertiefte Schulungen kommen von der Landkreis-IT oder vom Hersteller."
    ): (
        "Training is organised in levels as well: system support passes knowledge on to "
        "the staff, service providers and suppliers introduce devices, in-depth training "
        "comes from the district IT or the manufacturer."
    ),
    ("Schulinterne Kurzfortbildungen, Ansprechpartnerin für Fragen im Kollegium."): (
        "Short in-school training sessions, contact for questions from the staff."
    ),
    "nach Absprache in der Schule": "as arranged at the school",
    ("Einweisung bei Auslieferung und Installation neuer Geräte, Kurzanleitungen im Raum."): (
        "Introduction on delivery and installation of new devices, short guides in the room."
    ),
    "Terminvereinbarung über das Ticketsystem": "Appointment via the ticket system",
    ("Mo–Fr nach den Servicezeiten des regionalen Dienstleisters"): (
        "Mon–Fri during the regional service provider's service hours"
    ),
    ("Vertiefte Produktschulungen für Systembetreuung und Landkreis-IT, etwa bei neuen Displaygenerationen."): (
        "In-depth product training for system support and district IT, for example for new generations of displays."
    ),
    "über die Landkreis-IT": "via the district IT",
    "nach Vereinbarung": "by arrangement",
    ("Pädagogische Fortbildung bleibt staatliche Aufgabe; technische Einweisungen trägt der Landkreis."): (
        "Educational training remains a state task; the district covers technical introductions."
    ),
    "Pädagogische Fortbildung der Lehrkräfte": "Educational training of teachers",
    "Fortbildungsplanung an der Schule": "Training planning at the school",
    "Schulungen zum Standardnetz": "Training on the standard network",
    "Einweisungen bei Geräteauslieferung": "Introductions on delivery of devices",
    "Kooperation mit der Universität": "Cooperation with the university",
    "Datenschutz": "Data protection",
    (
        "Verantwortlich für die Verarbeitung personenbezogener Daten ist die jeweilige "
        "Schule. Der Landkreis sorgt als Sachaufwandsträger für eine Technik, die "
        "datenschutzkonform betrieben werden kann, und regelt den Zugriff der "
        "Dienstleister vertraglich."
    ): (
        "The school concerned is responsible for processing personal data. As maintaining "
        "body, the district provides technology that can be operated in compliance with "
        "data protection law and governs the service providers' access by contract."
    ),
    "Rollen": "Roles",
    (
        "Datenschutzrechtlich verantwortlich ist die Schule, vertreten durch die "
        "Schulleitung. Sie wird von der oder dem Datenschutzbeauftragten der Schule "
        "beraten. Der Landkreis und die von ihm beauftragten Dienstleister verarbeiten "
        "Daten nur, soweit dies für Betrieb und Support nötig ist; dies wird in "
        "<b>Verträgen zur Auftragsverarbeitung</b> geregelt."
    ): (
        "The school, represented by its head, is the controller under data protection "
        "law. It is advised by the school's data protection officer. The district and the "
        "service providers it commissions process data only as far as operation and "
        "support require; this is governed by <b>data processing agreements</b>."
    ),
    (
        "Die Technik des Standardnetzes ist so dokumentiert, dass die Schulen ihr "
        "Verzeichnis der Verarbeitungstätigkeiten ohne eigene Recherche ergänzen können."
    ): (
        "The technology of the standard network is documented so that schools can "
        "complete their record of processing activities without research of their own."
    ),
    ("Verwaltungsnetz und pädagogisches Netz sind getrennt."): (
        "The administration network and the teaching network are separate."
    ),
    ("Zugriffe von Dienstleistern sind nachvollziehbar und nur nach Freigabe möglich."): (
        "Access by service providers is traceable and possible only after approval."
    ),
    ("Altgeräte verlassen die Schule nur mit sicher gelöschten Datenträgern."): (
        "Old devices leave the school only with securely erased storage."
    ),
    "Technische und organisatorische Maßnahmen (Auszug)": "Technical and organisational measures (extract)",
    "Bereich": "Area",
    "Maßnahme": "Measure",
    "Zuständig": "Responsible",
    "Zutritt": "Physical access",
    "Serverräume verschlossen, Schlüsselliste": "server rooms locked, key list",
    "Schulleitung": "Head teacher",
    "Zugang": "Access",
    "persönliche Kennungen, Passwortrichtlinie": "personal accounts, password policy",
    "Systembetreuung": "System support",
    "Trennung": "Separation",
    "eigenes Verwaltungsnetz mit eigener Firewallzone": ("separate administration network with its own firewall zone"),
    "Fernwartung": "Remote maintenance",
    "nur nach Freigabe, Sitzungen protokolliert": "only after approval, sessions logged",
    "IT-Dienstleister": "IT service provider",
    "Entsorgung": "Disposal",
    "zertifizierte Vernichtung von Datenträgern": "certified destruction of storage media",
    "Keine Schülerdaten auf privaten Speichern": "No pupil data on private storage",
    (
        "Noten, Zeugnisse und Förderunterlagen dürfen nur auf den dafür vorgesehenen "
        "Systemen der Schule oder in staatlich bereitgestellten Diensten gespeichert "
        "werden."
    ): (
        "Marks, reports and support records may only be stored on the school's systems "
        "intended for them or in services provided by the state."
    ),
    ("Die vertraglichen Grundlagen wurden mit dem Start des Supportmodells geschaffen."): (
        "The contractual basis was created when the support model started."
    ),
    ("Verträge zur Auftragsverarbeitung mit den Dienstleistern"): (
        "Data processing agreements with the service providers"
    ),
    ("Abschluss mit allen drei regionalen Dienstleistern vor Vertragsbeginn; Muster für die Schulen."): (
        "Concluded with all three regional service providers before the contracts began; templates for the schools."
    ),
    "Sommerferien 2019": "Summer holidays 2019",
    "Musterdokumentation für das Standardnetz": "Template documentation for the standard network",
    (
        "Beschreibung von Systemen, Datenflüssen und Schutzmaßnahmen als Vorlage für das "
        "Verzeichnis der Verarbeitungstätigkeiten der Schulen."
    ): (
        "Description of systems, data flows and safeguards as a template for the schools' "
        "record of processing activities."
    ),
    "Sichere Löschung und Vernichtung von Datenträgern": "Secure erasure and destruction of storage media",
    ("Rahmenvertrag mit einem zertifizierten Entsorger; Abholung gesammelt pro Schuljahr."): (
        "Framework contract with a certified disposal company; collection once per school year."
    ),
    "seit Schuljahr 2022/23, jährlich": "since school year 2022/23, yearly",
    "Liste geprüfter Unterrichtsanwendungen": "List of reviewed teaching applications",
    (
        "Gemeinsame Übersicht der vom Landkreis bereitgestellten Anwendungen mit "
        "Hinweisen zur Datenschutzbewertung, als Hilfe für die Entscheidung der Schulen."
    ): (
        "A shared overview of the applications the district provides, with notes on their "
        "data protection assessment, to help schools decide."
    ),
    (
        "Bei einer Datenschutzverletzung zählt jede Stunde: Die Schule muss sie in der "
        "Regel binnen 72 Stunden der Aufsichtsbehörde melden. Die Supportstufen "
        "unterstützen sie dabei."
    ): (
        "In a data breach every hour counts: the school must as a rule report it to the "
        "supervisory authority within 72 hours. The support levels help it to do so."
    ),
    (
        "Verdacht erkennen, betroffene Geräte vom Netz trennen, Schulleitung und "
        "Datenschutzbeauftragte sofort informieren, Ticket mit Priorität 1 anlegen."
    ): (
        "Recognise the suspicion, disconnect affected devices from the network, inform "
        "the head teacher and the data protection officer at once, open a priority 1 "
        "ticket."
    ),
    "Unterrichtstage": "Teaching days",
    ("Spuren sichern, Geräte isolieren, Kennwörter zurücksetzen, Sachverhalt im Ticket dokumentieren."): (
        "Secure traces, isolate devices, reset passwords, document the facts in the ticket."
    ),
    "Ticketsystem und Telefon-Hotline": "Ticket system and phone hotline",
    ("Auswertung der Protokolle, Bewertung der technischen Ursache, Zuarbeit für die Meldung der Schule."): (
        "Analysing the logs, assessing the technical cause, supplying input for the school's report."
    ),
    ("Eskalation über den Dienstleister, in dringenden Fällen telefonisch"): (
        "Escalation via the service provider, by phone in urgent cases"
    ),
    "Meldepflicht liegt bei der Schule": "The duty to report lies with the school",
    (
        "Die Meldung an die Aufsichtsbehörde gibt die Schulleitung ab. Landkreis und "
        "Dienstleister liefern die technischen Angaben, melden aber nicht selbst."
    ): (
        "The head teacher makes the report to the supervisory authority. The district and "
        "the service providers supply the technical details but do not report themselves."
    ),
    ("Die Verantwortung folgt der Rolle: Schule für die Verarbeitung, Landkreis für die Technik."): (
        "Responsibility follows the role: the school for the processing, the district for the technology."
    ),
    ("Verzeichnis der Verarbeitungstätigkeiten der Schule"): "The school's record of processing activities",
    "Verträge zur Auftragsverarbeitung": "Data processing agreements",
    "Technische Schutzmaßnahmen im Standardnetz": "Technical safeguards in the standard network",
    "Freigabe von Fernwartungszugriffen": "Approving remote maintenance access",
    "Meldung von Datenschutzverletzungen": "Reporting data breaches",
}


def build(builder) -> None:
    """Translate the demo into English once; on a database that has the English start page, do nothing."""
    if not apps.is_installed("wagtail_localize"):
        return
    from ..sprachen.uebersetzung import uebersetzen

    englisch, _ = Locale.objects.get_or_create(language_code="en")
    start = KonzeptStartPage.objects.filter(locale=builder.locale).order_by("path").first()
    if start is None or start.has_translation(englisch):
        builder.log("Englische Übersetzung: bereits geladen")
        return
    for model in (Kontakt, Akteur, Schule):
        for snippet in model.objects.filter(locale=builder.locale):
            uebersetzen(snippet, englisch, SNIPPET_TEXTE, user=builder.admin)
    index = HandlungsfeldIndexPage.objects.child_of(start).first()
    seiten = [start, index, *HandlungsfeldPage.objects.child_of(index).filter(slug__in=HANDLUNGSFELDER)]
    for seite in seiten:
        uebersetzen(seite.specific, englisch, TEXTE, user=builder.admin)
    veraltet = HandlungsfeldPage.objects.child_of(index).get(slug=VERALTET)
    veraltet.save_revision(user=builder.admin, log_action=True).publish(user=builder.admin)
    builder.log(f"Englische Übersetzung: {len(seiten)} Seiten, davon „{veraltet.title}“ absichtlich veraltet")
