"""Demo content: a realistic German IT-Konzept for a Bavarian county, built by `manage.py load_demo`.

Data modules hold plain Python data; `builder.py` turns it into snippets and published pages.

Format of a Handlungsfeld (modules `handlungsfelder_a.py`, `handlungsfelder_b.py`, each exporting `HANDLUNGSFELDER`):
    {
        "slug": "netzwerk", "title": "Netzwerk", "summary": "Zwei bis drei Sätze.",
        "tags": ["Infrastruktur", "Sicherheit"],
        "allgemeines": [block, ...], "umsetzungsplan": [...], "betriebsmodell": [...], "zustaendigkeiten": [...],
    }
A block is a (type, value) tuple. Types and values:
    ("heading", {"text": "...", "level": "h3"})              # level h3 or h4
    ("paragraph", "<p>HTML with <b>, <i>, <ul>/<ol>/<li></p>")    # line breaks as <br/>: the editor rejects <br>
    ("hinweis", {"art": "info"|"warnung"|"wichtig", "titel": "...", "text": "<p>...</p>"})
    ("tabelle", {"beschriftung": "...", "spalte_1": "...", "spalte_2": "...", "spalte_3": "", "spalte_4": "",
                 "zeilen": [{"spalte_1": "...", "spalte_2": "...", "spalte_3": "", "spalte_4": ""}, ...]})
    ("handlungsfeld_verweis", {"seite": "<slug of another Handlungsfeld>", "text": ""})
    ("massnahme", {"titel": "...", "beschreibung": "<p>...</p>",
                   "status": "geplant"|"in_umsetzung"|"umgesetzt"|"zurueckgestellt",
                   "zeitraum": "Schuljahr 2019/20", "verantwortlich": "<akteur key>",
                   "alle_schulen": bool, "schulen": ["<schule slug>", ...], "kosten": "120000.00" or None})
    ("support_level", {"stufe": "1"|"2"|"3", "wer": "<akteur key>", "aufgaben": "<p>...</p>",
                       "erreichbarkeit": "...", "servicezeiten": "..."})
    ("zustaendigkeit", {"aufgabe": "...", "verantwortlich": "<akteur key>",
                        "unterstuetzt": ["<akteur key>", ...], "informiert": ["<akteur key>", ...]})
Akteur keys and school slugs are defined in `stammdaten.py` (AKTEURE, SCHULEN).
"""
