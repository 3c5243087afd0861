"""An organization's name read in its context: an acronym the registry gives to two bodies
("IDB": the Inter-American or the Islamic Development Bank, `ambiguous_acronyms.csv`) names one
only where the document spells it out, or where one reading's context holds (a list of bare
acronyms in the Factbook's style; the article's state's continent), and else nothing; a
generic name followed by another body's bracketed acronym ("the Economic and Monetary Union
(CEMAC)") names that body, while "the ACP (Lomé Convention)" and "the OECD (OSCE)" keep
their own."""

from __future__ import annotations

import pytest

from tests.conftest import extractors, facts

EGYPT = "Foreign_relations_of_Egypt.md"
URUGUAY = "Foreign_relations_of_Uruguay.md"
CAR = "Foreign_relations_of_the_Central_African_Republic.md"


def orgs(text: str, name: str) -> list[tuple[str, str | None]]:
    tables = facts(f"Overview\n\n{text}\n", name)
    return sorted((m.member_iso3, m.org_id) for m in tables["memberships"])


def test_the_registry_records_both_readings_and_looks_up_neither():
    registry = extractors().knowledge.organizations
    assert registry.ambiguous["IDB"] == {"IDB": "continent:America", "IsDB": "factbook"}
    assert registry.lookup("IDB") is None
    assert registry.lookup("Inter-American Development Bank").org_id == "IDB"  # its name is not


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a list in the Factbook's style, as Egypt's (Egypt:569, "Egypt is member of ABEDA,
        # ACC, ACCT (associate), AfDB, ..., IDA, IDB, IFAD, ...") and Saudi Arabia's: the
        # Factbook's IDB is the Islamic Development Bank
        (
            "Egypt is member of ABEDA, AfDB, AFESD, IAEA, IBRD, IDA, IDB, IFAD, IMF.",
            EGYPT,
            {("EGY", "IsDB")},
        ),
        # in prose of an American state: the Inter-American one, the body of its region
        ("Uruguay is a member of the IDB.", URUGUAY, {("URY", "IDB")}),
        # spelled out in the document: that body, whatever the state's continent
        (
            "Uruguay is a member of the Islamic Development Bank (IDB). Uruguay joined the IDB "
            "in 1975.",
            URUGUAY,
            {("URY", "IsDB")},
        ),
        (
            "Egypt is a member of the Inter-American Development Bank (IDB).",
            EGYPT,
            {("EGY", "IDB")},
        ),
    ],
)
def test_an_ambiguous_acronym_named_by_its_context(text, name, expected):
    assert {o for o in orgs(text, name) if o[1] in ("IDB", "IsDB")} == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # prose outside the Americas: no context says which bank
        ("Egypt is a member of the IDB.", EGYPT),
        # a Factbook-style list of an American state: both contexts hold
        (
            "Uruguay is member of the AfDB, IAEA, IBRD, ICAO, IDA, IDB, IFAD, IFC, ILO, IMF.",
            URUGUAY,
        ),
    ],
)
def test_an_ambiguous_acronym_no_context_decides_reads_nothing(text, name):
    found = orgs(text, name)
    assert all(org not in ("IDB", "IsDB") and org is not None for _, org in found)
    if "IMF" in text:  # the rest of the list is still read
        assert (found[0][0], "IMF") in found


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # the corpus's shape (Central African Republic:8)
        (
            "The Central African Republic is an active member in several Central African "
            "organizations, including the Economic and Monetary Union (CEMAC), the Economic "
            "Community of Central African States (CEEAC).",
            CAR,
            [("CAF", "CEMAC"), ("CAF", "ECCAS")],
        ),
        (
            "Uruguay is a member of the Economic and Monetary Union (CEMAC).",
            URUGUAY,
            [("URY", "CEMAC")],
        ),
        # the name's own acronym, or none: the name's body
        (
            "Uruguay is a member of the Economic and Monetary Union (EMU).",
            URUGUAY,
            [("URY", "EMU")],
        ),
        ("Uruguay is a member of the Economic and Monetary Union.", URUGUAY, [("URY", "EMU")]),
        # a full name that is not generic keeps defining the acronym for the document
        (
            "Uruguay is a member of the World Tourism Organization (WTO). Uruguay joined the WTO "
            "in 1975.",
            URUGUAY,
            [("URY", "UNWTO")],
        ),
    ],
)
def test_a_generic_name_takes_the_bracketed_acronyms_body(text, name, expected):
    assert orgs(text, name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an acronym before the brackets, or no acronym in them: each keeps its own body
        (
            "Uruguay is a member or participant of the ACP (Lomé Convention) and the Alliance of "
            "Small Island States.",
            [("URY", "ACP"), ("URY", "AOSIS")],
        ),
        # and "the OECD (OSCE)" does not make the document's OSCE the OECD
        (
            "Uruguay is a member of the OECD (OSCE). Uruguay joined the OSCE in 1990.",
            [("URY", "OECD"), ("URY", "OSCE")],
        ),
    ],
)
def test_brackets_that_name_no_generic_name_change_nothing(text, expected):
    assert orgs(text, URUGUAY) == expected
