"""Entry into organizations said inside a sentence (`entered-in-clause`, `joined-as-predicate`,
`first-to-join`, `accession-of`): short sentences written for each shape (a paragraph of
"Foreign relations of Uruguay"; facts as (member, organization, rule)), and traps that must
not read."""

from __future__ import annotations

import pytest

from tests.conftest import facts, row_facts

IN_CLAUSE = "entered-in-clause"
PREDICATE = "joined-as-predicate"
FIRST = "first-to-join"
ACCESSION = "accession-of"
ADMITTED_AS = "admitted-as-member"
THEIR = "their-entry"
OURS = {IN_CLAUSE, PREDICATE, FIRST, ACCESSION, ADMITTED_AS, THEIR}


def uruguay(text: str) -> list[tuple[str, str, str]]:
    tables = facts(f"Overview\n\n{text}\n", "Foreign_relations_of_Uruguay.md")
    return sorted((m.member_iso3, m.org_id or m.org_name, m.rule) for m in tables["memberships"])


def ours(text: str) -> list[tuple[str, str, str]]:
    return [f for f in uruguay(text) if f[2] in OURS]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Relations cooled in 1990 after Chile joined the Rio Group.",
            [("CHL", "Rio Group", IN_CLAUSE)],
        ),
        (
            "Since Peru and Bolivia joined Mercosur in 2012, trade has grown.",
            [("BOL", "Mercosur", IN_CLAUSE), ("PER", "Mercosur", IN_CLAUSE)],
        ),
        # "the nation", "the country": the state of the document, when no other is named
        (
            "The goal was met, as the nation joined NATO in 1999 and the European Union in 2004.",
            [("URY", "EU", IN_CLAUSE), ("URY", "NATO", IN_CLAUSE)],
        ),
        # ... or the one state named before it
        (
            "Few states recognized Chile at first, and the country gained admittance to the "
            "United Nations in the same year.",
            [("CHL", "UN", IN_CLAUSE)],
        ),
        (
            "Trade grew; before Chile was admitted to the World Trade Organization in 1995, "
            "tariffs were high.",
            [("CHL", "WTO", IN_CLAUSE)],
        ),
        ("Chile gained entry into the World Health Organization.", [("CHL", "WHO", IN_CLAUSE)]),
        # a gerund with its own subject
        (
            "The vote was crucial in Chile joining the United Nations.",
            [("CHL", "UN", IN_CLAUSE)],
        ),
        (
            "September 1995 – Chile is admitted into the Rio Group.",
            [("CHL", "Rio Group", IN_CLAUSE)],
        ),
        # the organization names the membership; a member described
        (
            "Trade grew after Chile became the 126th UN member on November 12, 1968.",
            [("CHL", "UN", IN_CLAUSE)],
        ),
        (
            "Relations improved after Chile became a high-profile member of the Rio Group.",
            [("CHL", "Rio Group", IN_CLAUSE)],
        ),
    ],
)
def test_an_entry_inside_a_sentence(text, expected):
    assert ours(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chile enjoyed an economic boom, promoted regional unity, joined the Rio Group and "
            "signed many treaties.",
            [("CHL", "Rio Group", PREDICATE)],
        ),
        (
            "Over the following decades, it opened new markets and joined the Non-Aligned "
            "Movement.",
            [("URY", "NAM", PREDICATE)],
        ),
        (
            "The country plays a role in the IMF, and in 2005 joined the World Trade Organization.",
            [("URY", "WTO", PREDICATE)],
        ),
        (
            "Chile has a long history of peacekeeping, starting just three years after joining "
            "the United Nations.",
            [("CHL", "UN", PREDICATE)],
        ),
        # a further entry joined by "and"
        (
            "Chile enjoyed a boom, promoted unity, joined NATO and became an active member of the "
            "European Union.",
            [("CHL", "EU", PREDICATE), ("CHL", "NATO", PREDICATE)],
        ),
        # the state by its adjective
        (
            "The Chilean Government is working to implement the treaty and on 2 February 2013 "
            "joined the World Trade Organization.",
            [("CHL", "WTO", PREDICATE)],
        ),
        # membership chosen or gained, "instead"; a fronted cause that names states
        (
            "Chile declared neutrality and instead chose membership in the Non-Aligned Movement "
            "throughout the Cold War.",
            [("CHL", "NAM", PREDICATE)],
        ),
        (
            "Chile opened its economy and in 1995 gained full membership of the WTO.",
            [("CHL", "WTO", PREDICATE)],
        ),
        (
            "Due to pressure from both Brazil and Peru, Chile left the talks and joined the Rio "
            "Group.",
            [("CHL", "Rio Group", PREDICATE)],
        ),
        # Foreign_relations_of_Sudan.md:137, the sentence as the corpus has it
        (
            "Due to solidarity with both the United States and with the Soviet Union and with the "
            "allies of the two nations, Sudan declared neutrality and instead chose membership in "
            "the Non-Aligned Movement throughout the Cold War.",
            [("SDN", "NAM", PREDICATE)],
        ),
    ],
)
def test_a_later_predicate_of_the_opening_state(text, expected):
    assert ours(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 1967, it became the first Commonwealth country to join the Organization of "
            "American States.",
            [("URY", "OAS", FIRST)],
        ),
        (
            "Chile was the only South American state to join the Colombo Plan.",
            [("CHL", "Colombo Plan", FIRST)],
        ),
    ],
)
def test_the_first_to_join(text, expected):
    assert ours(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The accession of Spain and Portugal to the EU in 1986 eased trade frictions.",
            [("ESP", "EU", ACCESSION), ("PRT", "EU", ACCESSION)],
        ),
        (
            "Trade has grown since the admission of Chile into the OECD.",
            [("CHL", "OECD", ACCESSION)],
        ),
        (
            "After Cyprus' accession to the European Union, the border was opened.",
            [("CYP", "EU", ACCESSION)],
        ),
    ],
)
def test_an_accession_that_happened(text, expected):
    assert ours(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Talks between Chile and the WTO lasted 20 years and on 30 November 2015, the "
            "organization welcomed Chile as its 162nd member.",
            [("CHL", "WTO", ADMITTED_AS)],
        ),
        # the admitting states are members too (M26)
        (
            "In 1985 Peru and Bolivia agreed to admit Chile as the fourth member of the Rio Group.",
            [
                ("BOL", "Rio Group", ADMITTED_AS),
                ("CHL", "Rio Group", ADMITTED_AS),
                ("PER", "Rio Group", ADMITTED_AS),
            ],
        ),
        (
            "Peru, Bolivia, and Ecuador unanimously admitted Chile as a new member of the Andean "
            "Community.",
            [
                ("BOL", "CAN", ADMITTED_AS),
                ("CHL", "CAN", ADMITTED_AS),
                ("ECU", "CAN", ADMITTED_AS),
                ("PER", "CAN", ADMITTED_AS),
            ],
        ),
        # inducted is admitted (M26); whoever was instrumental in it admits nobody
        (
            "The Peruvian government was instrumental in inducting Chile into the Rio Group.",
            [("CHL", "Rio Group", ADMITTED_AS)],
        ),
        # a state that welcomes a new member, or asks others to admit it, admits nobody
        (
            "Peru welcomed Chile as a new member of the Rio Group.",
            [("CHL", "Rio Group", ADMITTED_AS)],
        ),
        ("The Rio Group admitted Chile as a new member.", [("CHL", "Rio Group", ADMITTED_AS)]),
    ],
)
def test_admitted_as_a_member(text, expected):
    assert ours(text) == expected


def test_states_asked_to_admit_are_not_read_as_admitting():
    text = "Brazil asked Peru and Bolivia to admit Chile as the fourth member of the Rio Group."
    assert not {f[0] for f in ours(text)} & {"BRA", "PER", "BOL"}


@pytest.mark.parametrize(
    "text",
    [
        # refusal, hope, another standing, a member to be, no organization or two of them
        "The Rio Group refused to admit Chile as a member.",
        "Peru and Bolivia refused to admit Chile as the fourth member of the Rio Group.",
        "Peru and Bolivia voted to admit Chile as the fourth member of the Rio Group.",
        "Peru opposed inducting Chile into the Rio Group.",
        "Peru wants to induct Chile into the Rio Group.",
        "The Rio Group hopes to welcome Chile as a new member.",
        "The Rio Group welcomed Chile as a partner.",
        "Peru welcomed Chile as a future member of the Rio Group.",
        "Peru welcomed Chile as a new member.",
        "During the votes to admit Chile to the Rio Group as a member state, Peru abstained.",
        "The Rio Group and Mercosur met, and the organization welcomed Chile as a new member.",
    ],
)
def test_no_admission_read(text):
    assert ours(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # joining others in an act, not the organization
        "Relations cooled after Chile joined the European Union in imposing sanctions.",
        # another standing after "and": not an entry
        "Relations broke after Chile joined the UN coalition and became an observer of the OAS.",
        # the organization is a modifier
        "Relations broke in 1990 after Chile joined the UN coalition against Iraq.",
        # a body of the organization; a treaty the registry lacks
        "Relations grew after Chile joined the European Union's Nordic Battle Group.",
        "Relations grew after Chile joined the Inter-American Convention on Mutual Assistance.",
        # a condition
        "Talks began on condition that Chile joined the Rio Group.",
        # negation, unreal mood
        "Relations cooled after Chile had never joined the Rio Group.",
        "Relations would cool when Chile would have joined the Rio Group.",
        "Chile never promoted unity and joined the Rio Group.",
        "Chile was the first country not to join the Rio Group.",
        # an entry in prospect: opposed, supported, a bid
        "France opposed on several occasions the UK joining the European Economic Community.",
        "Chile declared its support for Turkey and Croatia joining the European Union.",
        "The accession of Turkey to the European Union is opposed by many.",
        "Chile backed the accession of Bolivia to Mercosur in 2012.",
        "The accession of Turkey to the European Union talks stalled.",
        # another state, another clause between the subject and its entry
        "Chile signed a treaty with Peru, joined the Rio Group and left.",
        "Chile praised the states which joined the Rio Group.",
        # membership sought, or not chosen; a cause whose state is not followed by the subject
        "Chile opened its economy and sought membership in the WTO.",
        "Chile opened its economy but never chose membership in the WTO.",
        "Due to pressure from Brazil, which joined the Rio Group, talks stalled.",
        # not said to be a state
        "Chile became the first European power to join the Rio Group.",
        # the first after another state: said of that state too
        "Chile was the first country after Peru to join the Rio Group.",
        # "it" with two states named before: undecided
        "After Chile gained independence from Spain, it soon joined the Rio Group.",
    ],
)
def test_no_entry_read(text):
    assert ours(text) == []


def test_in_a_relations_row_the_country_is_not_the_subject():
    found = row_facts(
        ["Talks went on, as the country joined the Rio Group."],
        "Foreign_relations_of_Uruguay.md",
        "Chile",
    )["memberships"]
    assert [m for m in found if m.rule in OURS] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Relations with Peru and Bolivia have thawed in the 1990s after their entry into "
            "Mercosur.",
            [("BOL", "Mercosur", THEIR), ("PER", "Mercosur", THEIR)],
        ),
        (
            "The two Andean states (Peru and Bolivia) signalled their choice, as is reflected by "
            "their joining the Rio Group in 2004.",
            [("BOL", "Rio Group", THEIR), ("PER", "Rio Group", THEIR)],
        ),
    ],
)
def test_their_entry(text, expected):
    assert ours(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # another state named: who "they" are is undecided
        "Chile welcomed Peru and Bolivia after their entry into Mercosur.",
        # a prospect
        "Peru and Bolivia hope for their accession to Mercosur.",
        "Peru and Bolivia would gain from their entry into Mercosur.",
    ],
)
def test_no_their_entry_read(text):
    assert ours(text) == []


def test_a_see_title_with_footnote_markers_is_cut_off_from_the_sentence():
    """ "See Foreign relations of Chile[2][3] Chile joined ...": the title is no subject."""
    tables = row_facts(
        ["See Foreign relations of Chile[2][3] Chile joined the Rio Group in 1990."],
        "Foreign_relations_of_Uruguay.md",
        country="Chile",
        region="Americas",
    )
    assert sorted((m.member_iso3, m.org_id or m.org_name) for m in tables["memberships"]) == [
        ("CHL", "Rio Group")
    ]
