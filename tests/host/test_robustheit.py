"""Odd input never breaks a public page: generated paths and query values on every public view answer below 500."""

import os
from urllib.parse import quote, urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

# Text as browsers and bots send it, control characters and NUL included; no lone surrogates (not valid UTF-8).
TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=40)
NUMBER = st.one_of(st.integers(min_value=-(2**70), max_value=2**70).map(str), TEXT)
SEGMENT = st.one_of(TEXT, NUMBER).map(lambda value: quote(value, safe=""))
PREFIX = st.sampled_from(["", "/en"])

PATHS = st.one_of(
    st.builds(lambda s: f"/{s}/", SEGMENT),
    st.builds(lambda s: f"/handlungsfelder/{s}/", SEGMENT),
    st.builds(lambda s: f"/handlungsfelder/wlan/versionen/{s}/", SEGMENT),
    st.builds(lambda a, b: f"/handlungsfelder/wlan/versionen/{a}/vergleich/{b}/", NUMBER, NUMBER),
    st.builds(lambda s: f"/versionen/{s}/", SEGMENT),
    st.builds(lambda a, b: f"/versionen/{a}/vergleich/{b}/", SEGMENT, SEGMENT),
    st.builds(lambda s: f"/schulen/{s}/", SEGMENT),
    st.builds(lambda s: f"/schlagwoerter/{s}/", SEGMENT),
    st.builds(lambda s: f"/api/v2/pages/{s}/", SEGMENT),
)
QUERIES = st.one_of(
    st.builds(
        lambda q, h, t, s, p: (
            "/suche/?" + urlencode({"q": q, "handlungsfeld": h, "schlagwort": t, "schule": s, "seite": p})
        ),
        TEXT,
        TEXT,
        TEXT,
        TEXT,
        NUMBER,
    ),
    st.builds(
        lambda h, s, z, v, o: (
            "/umsetzung/?"
            + urlencode({"handlungsfeld": h, "status": s, "zeitraum": z, "verantwortlich": v, "sortierung": o})
        ),
        TEXT,
        TEXT,
        TEXT,
        NUMBER,
        TEXT,
    ),
    st.builds(
        lambda a, b: "/handlungsfelder/wlan/versionen/vergleich/?" + urlencode({"alt": a, "neu": b}), NUMBER, NUMBER
    ),
    st.builds(
        lambda adresse, h, s, z, v, o, version: (
            adresse
            + urlencode(
                {
                    "handlungsfeld": h,
                    "status": s,
                    "zeitraum": z,
                    "verantwortlich": v,
                    "sortierung": o,
                    "version": version,
                }
            )
        ),
        st.sampled_from(["/api/v2/massnahmen/?", "/umsetzung/massnahmen.csv?", "/umsetzung/massnahmen.xlsx?"]),
        TEXT,
        TEXT,
        TEXT,
        NUMBER,
        TEXT,
        TEXT,
    ),
    st.builds(
        lambda adresse, name, wert: adresse + urlencode({name: wert}),
        st.sampled_from(["/api/v2/pages/?", "/api/v2/veroeffentlichungen/?", "/api/v2/schulen/?"]),
        st.sampled_from(["typ", "handlungsfeld", "seite"]),
        TEXT,
    ),
)
# 150 generated requests per run; ROBUSTHEIT_BEISPIELE=2000 for a thorough run.
ODD = settings(
    max_examples=int(os.environ.get("ROBUSTHEIT_BEISPIELE", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


@pytest.mark.django_db
@ODD
@given(prefix=PREFIX, path=st.one_of(PATHS, QUERIES))
def test_generated_paths_and_queries_never_give_a_server_error(client, konzept, prefix, path):
    response = client.get(prefix + path)
    assert response.status_code < 500, (prefix + path, response.status_code)
