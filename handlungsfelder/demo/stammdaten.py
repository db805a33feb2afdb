"""Reference data of the demo county: regions, providers, the 15 schools, actors and the contact person.

Provider names, people and contact details are invented; schools and regions follow the public list.
"""

REGIONEN = {
    "weilheim": "Weilheim",
    "schongau": "Schongau",
    "penzberg": "Penzberg",
}

DIENSTLEISTER = [
    {
        "name": "Ammertal IT-Service GmbH",
        "region": "weilheim",
        "anschrift": "Pollinger Straße 12\n82362 Weilheim i. OB",
        "telefon": "0881 4190-200",
        "email": "schulsupport@ammertal-it.example",
        "servicezeiten": "Mo–Fr 7:30–16:30 Uhr, in den Ferien Mo–Do 8:00–12:00 Uhr",
        "vertrag_seit": "2019-09-01",
    },
    {
        "name": "Lechrain Systemhaus KG",
        "region": "schongau",
        "anschrift": "Am Lechufer 5\n86956 Schongau",
        "telefon": "08861 2377-10",
        "email": "support@lechrain-systemhaus.example",
        "servicezeiten": "Mo–Fr 7:30–16:00 Uhr",
        "vertrag_seit": "2019-09-01",
    },
    {
        "name": "Loisach Netzwerk & Service GmbH",
        "region": "penzberg",
        "anschrift": "Bahnhofstraße 40\n82377 Penzberg",
        "telefon": "08856 80 44-0",
        "email": "schulen@loisach-service.example",
        "servicezeiten": "Mo–Fr 7:15–16:15 Uhr",
        "vertrag_seit": "2019-09-01",
    },
]

# slug -> fields. Schulart keys are those of handlungsfelder.choices.Schulart.
SCHULEN = {
    "realschule-weilheim": {
        "name": "Staatliche Realschule Weilheim i. OB",
        "kurzname": "Realschule Weilheim",
        "schulart": "realschule",
        "ort": "Weilheim i. OB",
        "region": "weilheim",
    },
    "realschule-schongau": {
        "name": "Pfaffenwinkel-Realschule Schongau",
        "kurzname": "Realschule Schongau",
        "schulart": "realschule",
        "ort": "Schongau",
        "region": "schongau",
    },
    "realschule-penzberg": {
        "name": "Heinrich-Campendonk-Realschule Penzberg",
        "kurzname": "Realschule Penzberg",
        "schulart": "realschule",
        "ort": "Penzberg",
        "region": "penzberg",
    },
    "realschule-peissenberg": {
        "name": "Staatliche Realschule Peißenberg",
        "kurzname": "Realschule Peißenberg",
        "schulart": "realschule",
        "ort": "Peißenberg",
        "region": "weilheim",
    },
    "gymnasium-weilheim": {
        "name": "Gymnasium Weilheim i. OB",
        "kurzname": "Gymnasium Weilheim",
        "schulart": "gymnasium",
        "ort": "Weilheim i. OB",
        "region": "weilheim",
    },
    "gymnasium-schongau": {
        "name": "Welfen-Gymnasium Schongau",
        "kurzname": "Gymnasium Schongau",
        "schulart": "gymnasium",
        "ort": "Schongau",
        "region": "schongau",
    },
    "gymnasium-penzberg": {
        "name": "Gymnasium Penzberg",
        "kurzname": "Gymnasium Penzberg",
        "schulart": "gymnasium",
        "ort": "Penzberg",
        "region": "penzberg",
    },
    "berufsschule-weilheim": {
        "name": "Staatliche Berufsschule Weilheim i. OB",
        "kurzname": "Berufsschule Weilheim",
        "schulart": "berufliche_schule",
        "ort": "Weilheim i. OB",
        "region": "weilheim",
    },
    "bsz-schongau": {
        "name": "Staatliches Berufliches Schulzentrum Schongau",
        "kurzname": "BSZ Schongau",
        "schulart": "berufliche_schule",
        "ort": "Schongau",
        "region": "schongau",
    },
    "landwirtschaftsschule-weilheim": {
        "name": "Landwirtschaftsschule Weilheim i. OB (Abteilungen Landwirtschaft und Hauswirtschaft)",
        "kurzname": "Landwirtschaftsschule Weilheim",
        "schulart": "berufliche_schule",
        "ort": "Weilheim i. OB",
        "region": "weilheim",
    },
    "fos-bos-weilheim": {
        "name": "Staatliche Fachoberschule und Berufsoberschule Weilheim i. OB",
        "kurzname": "FOS/BOS Weilheim",
        "schulart": "fos_bos",
        "ort": "Weilheim i. OB",
        "region": "weilheim",
    },
    "foerderzentrum-weilheim": {
        "name": "Sonderpädagogisches Förderzentrum Weilheim i. OB – Schule am Gögerl",
        "kurzname": "Schule am Gögerl",
        "schulart": "foerderzentrum",
        "ort": "Weilheim i. OB",
        "region": "weilheim",
    },
    "foerderzentrum-penzberg": {
        "name": "Sonderpädagogisches Förderzentrum Penzberg – Janusz-Korczak-Schule",
        "kurzname": "Janusz-Korczak-Schule",
        "schulart": "foerderzentrum",
        "ort": "Penzberg",
        "region": "penzberg",
    },
    "foerderzentrum-altenstadt": {
        "name": "Sonderpädagogisches Förderzentrum Altenstadt – Schönachschule",
        "kurzname": "Schönachschule",
        "schulart": "foerderzentrum",
        "ort": "Altenstadt",
        "region": "schongau",
    },
    "jugendverkehrsschule-peissenberg": {
        "name": "Jugendverkehrsschule mit Verkehrsübungsplatz Peißenberg",
        "kurzname": "Jugendverkehrsschule",
        "schulart": "sonstige",
        "ort": "Peißenberg",
        "region": "weilheim",
    },
}

# key -> fields. Art keys are those of handlungsfelder.choices.AkteurArt.
AKTEURE = {
    "landkreis": {
        "name": "Landkreis als Sachaufwandsträger",
        "kurzname": "Landkreis",
        "art": "sachaufwandstraeger",
        "beschreibung": "Trägt den Sachaufwand der Schulen: Gebäude, Ausstattung und IT.",
    },
    "schulverwaltung": {
        "name": "Landratsamt – Sachgebiet Schulen",
        "kurzname": "Schulverwaltung",
        "art": "sachaufwandstraeger",
        "beschreibung": "Haushalt, Beschaffung und Verträge für die Schulen des Landkreises.",
    },
    "landkreis-it": {
        "name": "IT-Abteilung des Landkreises",
        "kurzname": "Landkreis-IT",
        "art": "sachaufwandstraeger",
        "beschreibung": "Plant, baut und betreibt die standardisierte Netzwerkinfrastruktur der Schulen; 3rd Level.",
    },
    "schulleitung": {
        "name": "Schulleitung",
        "kurzname": "Schulleitung",
        "art": "schule",
        "beschreibung": "Verantwortet den pädagogischen Einsatz der IT und die Medienkonzepte der Schule.",
    },
    "systembetreuung": {
        "name": "Systembetreuung der Schule",
        "kurzname": "Systembetreuung",
        "art": "schule",
        "beschreibung": "Lehrkräfte, die die IT der Schule pädagogisch und organisatorisch betreuen; 1st Level.",
    },
    "datenschutz-schule": {
        "name": "Datenschutzbeauftragte der Schule",
        "kurzname": "DSB Schule",
        "art": "schule",
        "beschreibung": "Berät die Schulleitung in Fragen des Datenschutzes.",
    },
    "it-dienstleister": {
        "name": "Regionaler IT-Dienstleister",
        "kurzname": "IT-Dienstleister",
        "art": "dienstleister",
        "beschreibung": "Vertraglich gebundenes Systemhaus je Supportregion; 2nd Level vor Ort.",
    },
    "hersteller": {
        "name": "Hersteller und Lieferanten",
        "kurzname": "Hersteller",
        "art": "dienstleister",
        "beschreibung": "Gewährleistung, Garantie und Herstellersupport.",
    },
    "mib": {
        "name": "Medienpädagogisch-informationstechnische Beratung (MIB)",
        "kurzname": "MIB",
        "art": "staat",
        "beschreibung": "Staatliche Beratung der Schulen zu Medienbildung und IT-Ausstattung.",
    },
    "kreis-und-schulausschuss": {
        "name": "Kreis- und Schulausschuss",
        "kurzname": "Ausschuss",
        "art": "gremium",
        "beschreibung": "Beschließt das IT-Konzept und seine Fortschreibungen.",
    },
    "arbeitsgruppe": {
        "name": "Arbeitsgruppe IT-Konzept",
        "kurzname": "Arbeitsgruppe",
        "art": "gremium",
        "beschreibung": "Kreisrätinnen und Kreisräte, Systembetreuung und Verwaltung; schreibt das Konzept fort.",
    },
}

KONTAKT = {
    "name": "Katharina Brandl",
    "funktion": "Projektleitung IT-Konzept Schulen",
    "organisation": "Landratsamt Weilheim-Schongau, Sachgebiet Schulen",
    "anschrift": "Stainhartstraße 7\n82362 Weilheim i. OB",
    "telefon": "0881 681-1400",
    "email": "it-konzept-schulen@lra-wm.example",
}
