"""Membership readings added for recall: sentence adverbs before the subject, lists that go on
past an acronym the registry lacks. Sentences written for each shape, with traps that must not
read."""

from __future__ import annotations

import re

import pytest

from pipeline.engine.pieces import LEAD
from tests.conftest import facts


def uruguay(text: str) -> list[tuple[str, str, str]]:
    """(member, organization id or, unknown, its name as written, rule) read in a paragraph of
    "Foreign relations of Uruguay"."""
    tables = facts(f"Overview\n\n{text}\n", "Foreign_relations_of_Uruguay.md")
    return sorted((m.member_iso3, m.org_id or m.org_name, m.rule) for m in tables["memberships"])


def _urys(*orgs: str, rule: str = "member-of") -> list[tuple[str, str, str]]:
    return sorted(("URY", o, rule) for o in orgs)


@pytest.mark.parametrize(
    "text", ["Economically, ", "Historically , ", "Additionally outside the region, "]
)
def test_a_sentence_adverb_or_a_place_phrase_leads_a_clause(text):
    m = re.match(LEAD, text, re.I)
    assert m is not None and m.end() == len(text)


def test_a_month_is_no_sentence_adverb():
    m = re.match(LEAD, "July, ", re.I)
    assert m is None or m.end() == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Economically, Uruguay is a participant in the Asian Development Bank and the World "
            "Bank.",
            _urys("ADB", "World Bank"),
        ),
        (
            "Additionally outside the region, Uruguay is a member or participant of the ACP "
            "(Lomé Convention), the Asian Development Bank and the IMF.",
            _urys("ACP", "ADB", "IMF"),
        ),
    ],
)
def test_memberships_after_a_sentence_adverb(text, expected):
    assert uruguay(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an acronym the registry lacks, inside the list: kept by its name, the list goes on
        (
            "Uruguay is part of the UN, the WTO, the G6, G7, G8 and the Council of Europe.",
            _urys("UN", "WTO", "G6", "G7", "G8", "CoE"),
        ),
        ("Uruguay is a member of the ASEM and the XQZ.", _urys("ASEM", "XQZ")),
        (
            "Uruguay is a member of ABEDA, AfDB, EFTU, WHO and WIPO.",
            _urys("ABEDA", "AfDB", "EFTU", "WHO", "WIPO"),
        ),
    ],
)
def test_a_list_goes_on_past_an_unknown_acronym(text, expected):
    assert uruguay(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no list yet: an unknown acronym is no organization by itself
        ("Uruguay is a member of XQZ.", []),
        # a capitalised word or a name is no acronym
        ("Uruguay is a member of NATO and Finally the talks ended.", _urys("NATO")),
        ("Uruguay is a member of NATO and PM Sanguinetti said so.", _urys("NATO")),
        # an acronym used as a modifier of a noun is no item of the list
        ("Uruguay is a member of the UN, the OAS and XQZ talks.", _urys("UN", "OAS")),
    ],
)
def test_unknown_acronym_traps(text, expected):
    assert uruguay(text) == sorted(expected)


def _read_by(text: str, rule: str, name: str = "Foreign_relations_of_Uruguay.md"):
    tables = facts(f"Overview\n\n{text}\n", name)
    return sorted(
        (m.member_iso3, m.org_id or m.org_name) for m in tables["memberships"] if m.rule == rule
    )


def _ury(*orgs: str) -> list[tuple[str, str]]:
    return sorted(("URY", o) for o in orgs)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the document's subject when no state is named
        (
            "Other memberships include: ACP AfDB AFESD AL AMF UN.",
            _ury("ACP", "AFESD", "AfDB", "AMF", "Arab League", "UN"),
        ),
        (
            "Membership in international organizations includes the United Nations, the "
            "Organisation of African Unity and the African Development Bank.",
            _ury("AfDB", "OAU", "UN"),
        ),
        # the state whose memberships they are
        (
            "Ghana's memberships included the African Union and the Arab League.",
            [("GHA", "AU"), ("GHA", "Arab League")],
        ),
        # a bare acronym run is the Factbook's: IDB is the Islamic Development Bank there
        (
            "Other memberships include: ACP AfDB AFESD AMF IDB ICAO.",
            _ury("ACP", "AFESD", "AfDB", "AMF", "ICAO", "IsDB"),
        ),
        # a name given again after a dash is one item, and the list goes on
        (
            "Its membership includes the International Criminal Police Organization - Interpol, "
            "the Non-Aligned Movement and the Group of 77.",
            _ury("G-77", "Interpol", "NAM"),
        ),
    ],
)
def test_memberships_include(text, expected):
    assert _read_by(text, "memberships-include") == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        "The EAC's membership includes Kenya and Uganda.",  # an organization's members
        "Uruguay seeks memberships in other bodies, which include the AU.",
        "Ghana's membership includes a seat on the board.",
    ],
)
def test_memberships_include_traps(text):
    assert _read_by(text, "memberships-include") == []


def test_memberships_include_in_a_row_needs_a_state():
    from tests.conftest import row_facts

    tables = row_facts(["Other memberships include the AU and the UN."], country="Ghana")
    assert [m for m in tables["memberships"] if m.rule == "memberships-include"] == []


def test_a_bare_list_of_acronyms_is_the_subjects_participation_list():
    text = (
        "ACCT (associate), ACP, C, Caricom, CDB, FAO, G-77, IBRD, Intelsat (nonsignatory user), "
        "ISO (subscriber), OAS, UN, WTrO"
    )
    # qualified items are another standing (or one not known): no membership
    assert _read_by(text, "acronym-list") == _ury(
        "ACP", "CARICOM", "CDB", "Commonwealth", "FAO", "G-77", "IBRD", "OAS", "UN", "WTO"
    )


@pytest.mark.parametrize(
    "text",
    [
        # states, not organizations
        "Ghana, Kenya, Mali, Chad, Niger, Togo, Benin, Gabon, Senegal",
        # too few items
        "ACP, CDB, FAO, UN",
        # capitalised words that are not the registry's acronyms
        "ACP, Alpha, Beta, Gamma, Delta, Epsilon, Zeta, Eta, Theta, UN",
        # a sentence that goes on after the list
        "ACP, CDB, FAO, G-77, IBRD, OAS, UN, WHO, WIPO and others met in Geneva",
    ],
)
def test_acronym_list_traps(text):
    assert _read_by(text, "acronym-list") == []


def test_an_acronym_list_in_a_row_is_no_ones():
    from tests.conftest import row_facts

    tables = row_facts(["ACP, CDB, FAO, G-77, IBRD, OAS, UN, WHO, WIPO"], country="Ghana")
    assert [m for m in tables["memberships"] if m.rule == "acronym-list"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Uruguay occupied a nonpermanent seat in the Security Council from 1997 to 1999.", "URY"),
        (
            "Ghana holds a permanent seat, which grants it veto power, on the Security Council of "
            "the United Nations (UN).",
            "GHA",
        ),
        ("It served twice on the UN Security Council (1975–76 and 1982–83).", "URY"),
        (
            "Ghana was elected by the United Nations General Assembly to the United Nations "
            "Security Council, on 15 October 2004, as a non-permanent member.",
            "GHA",
        ),
        ("On 16 October 2007, Ghana was elected to serve on the UN Security Council.", "GHA"),
        ("Ghana's 2-year term as a nonpermanent member of the UN Security Council ended.", "GHA"),
        ("In 2001 Ghana began its two-year term in the United Nations Security Council.", "GHA"),
        (
            "As part of its role in the United Nations, Ghana held a rotational seat on the UN "
            "Security Council from 2001 to 2002.",
            "GHA",
        ),
        (
            "Ghana, a founding member of the United Nations, for the first time served as a "
            "non-permanent member of the United Nations Security Council.",
            "GHA",
        ),
    ],
)
def test_a_seat_on_a_council(text, expected):
    assert _read_by(text, "council-seat") == [(expected, "UNSC")]


@pytest.mark.parametrize(
    "text",
    [
        "Ghana is seeking a permanent seat on the UN Security Council.",
        "Ghana supports Uruguay's bid for a seat on the Security Council.",
        "Ghana has never served on the Security Council.",
        "China and Russia once vetoed a U.N. Security Council resolution.",
        "Ghana was elected to the United Nations in 1957.",  # no council
        "Ghana held talks with the Security Council.",  # no seat
    ],
)
def test_council_seat_traps(text):
    assert _read_by(text, "council-seat") == []


def test_once_again_between_a_subject_and_its_verb():
    text = "Ghana was once again a non-permanent member of the Security Council in 2010."
    assert _read_by(text, "member-of") == [("GHA", "UNSC")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Since then, Ghana, Kenya, and Mali also have joined the African Union.",
            [("GHA", "AU"), ("KEN", "AU"), ("MLI", "AU")],
        ),
        # a timeline's date before the subject
        (
            "21 September 1965 – Ghana is admitted into the United Nations as the 117th member.",
            [("GHA", "UN")],
        ),
        (
            "1973 – Ghana joins the General Agreement on Tariffs and Trade (GATT).",
            [("GHA", "GATT")],
        ),
        ("Ghana became a high-profile member of the Non-Aligned Movement.", [("GHA", "NAM")]),
        ("In November 1975, Ghana became the 143d member of the UN.", [("GHA", "UN")]),
        ("Ghana joined the Russian-led Eurasian Economic Union in 2015.", [("GHA", "EAEU")]),
    ],
)
def test_admitted_to(text, expected):
    assert _read_by(text, "admitted-to") == sorted(expected)


def test_a_list_of_organizations_goes_on_with_and_to_the():
    text = (
        "Ghana was admitted to the Commonwealth of Nations in 1979 and to the United Nations in "
        "1999."
    )
    assert [(m, o) for m, o, _ in uruguay(text)] == [("GHA", "Commonwealth"), ("GHA", "UN")]


@pytest.mark.parametrize(
    "text",
    [
        "Ghana joined Kenya in condemning the coup.",  # a state, not an organization
        "Ghana was not admitted to the United Nations until 1957.",
        "Ghana signed an agreement to join the African Union.",
        "Ghana seeks to join the European Union.",
        "Ghana was admitted as an observer to the Arab League.",
        "Ghana joined the African Union Mission to Somalia.",  # a mission, not the organization
        "Ghana entered the war in 1941.",
    ],
)
def test_admitted_to_traps(text):
    assert _read_by(text, "admitted-to") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name with "and" inside it, known by the acronym in brackets after it
        (
            "Uruguay is a member of the following international organizations: Colombo Plan, "
            "Economic and Social Commission for Asia and Pacific (ESCAP), Group of 77.",
            _urys("Colombo Plan", "ESCAP", "G-77"),
        ),
        (
            "Uruguay is a member of the Colombo Plan and the Food and Agriculture Organization "
            "(FAO).",
            _urys("Colombo Plan", "FAO"),
        ),
    ],
)
def test_a_name_with_and_inside_it(text, expected):
    assert uruguay(text) == sorted(expected)


def test_inducted_into_is_an_entry():
    """ "Was inducted into" is admitted (M26); negated, nothing."""
    assert _read_by("Ghana was inducted into the Rio Group in 1990.", "joined") == [
        ("GHA", "Rio Group")
    ]
    assert _read_by("Ghana was not inducted into the Rio Group.", "joined") == []
