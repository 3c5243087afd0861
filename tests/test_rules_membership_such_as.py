"""`active-in-such-as`: short sentences written for it (a paragraph of "Foreign relations of
Uruguay"; facts as (member, organization, rule)), and traps that must not read."""

from __future__ import annotations

import pytest

from tests.conftest import facts

RULE = "active-in-such-as"


def uruguay(text: str) -> list[tuple[str, str, str]]:
    tables = facts(f"Overview\n\n{text}\n", "Foreign_relations_of_Uruguay.md")
    return sorted((m.member_iso3, m.org_id or m.org_name, m.rule) for m in tables["memberships"])


def _read(*orgs: str, member: str = "URY") -> list[tuple[str, str, str]]:
    return sorted((member, o, RULE) for o in orgs)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Uruguay is very active in other multilateral organisations or global institutions "
            "such as the Francophonie, the Non-Aligned Movement and the African Union.",
            _read("Francophonie", "NAM", "AU"),
        ),
        (
            "Uruguay has also played an important and influential role in other international "
            "organisations like the World Trade Organization and the International Monetary "
            "Fund.",
            _read("WTO", "IMF"),
        ),
        (
            "As a small trading nation, Uruguay plays an active role in such international "
            "organisations as the World Trade Organization (WTO) and the Asia-Pacific Economic "
            "Cooperation (APEC).",
            _read("WTO", "APEC"),
        ),
        (
            "It takes part in some regional bodies, including the Rio Group and Mercosur.",
            _read("Rio Group", "Mercosur"),
        ),
        (
            "Kenya does directly participate in some regional organisations like the East "
            "African Community.",
            _read("EAC", member="KEN"),
        ),
    ],
)
def test_the_organizations_of_the_kind_named_are_the_states(text, expected):
    assert [f for f in uruguay(text) if f[2] == RULE] == expected


def test_the_organization_it_is_in_addition_to_is_one_too():
    assert [
        f
        for f in uruguay(
            "In addition to the United Nations, Uruguay is very active in other regional "
            "organisations such as the Organization of American States."
        )
        if f[2] == RULE
    ] == _read("UN", "OAS")


@pytest.mark.parametrize(
    "text",
    [
        # partners, observers, cooperation, presence, influence: not taking part
        "Uruguay and Chile are partners in multilateral organizations such as the WTO and APEC.",
        "Uruguay is an observer of several regional organizations such as the African Union.",
        "Uruguay works together with Chile in international organizations such as the WTO.",
        "Uruguay cooperates with regional organizations such as the Andean Community.",
        "Uruguay has a presence in major economic groups such as the G-20.",
        "Uruguay used its influence in international forums such as the United Nations.",
        # negated, wished for
        "Uruguay does not take part in regional organisations such as the African Union.",
        "Uruguay wants to participate in organisations such as the African Union.",
        "Uruguay would play a role in organisations such as the African Union.",
        # another state takes part
        "Uruguay supports Chile, which participates in organisations such as the APEC.",
        # a UN mission is no organization one belongs to
        "Uruguay took part in UN missions such as MINUSTAH.",
    ],
)
def test_no_taking_part_read(text):
    assert [f for f in uruguay(text) if f[2] == RULE] == []


def test_in_a_relations_row_it_is_not_the_subject():
    # "It" in a row may be the row's country: the rule does not guess
    from tests.conftest import row_facts

    found = row_facts(
        ["It is active in other organisations such as the African Union."],
        "Foreign_relations_of_Uruguay.md",
        "Chile",
    )["memberships"]
    assert [m for m in found if m.rule == RULE] == []


def test_a_clause_of_its_own_after_although():
    """The state of a clause after "although" (a clause of its own) takes part."""
    text = (
        "Peru is represented abroad by Spain, although Peru does participate in some Andean "
        "organisations like the Andean Community and the Andean Development Corporation."
    )
    got = [f for f in uruguay(text) if f[2] == RULE]
    assert ("PER", "CAN", RULE) in got and all(f[0] == "PER" for f in got)


@pytest.mark.parametrize(
    "text",
    [
        "Peru is represented abroad by Spain, although Peru does not participate in "
        "organisations like the Andean Community.",
        "Peru is represented abroad by Spain, but Chile would take part in organisations like "
        "the Andean Community.",
    ],
)
def test_a_clause_of_its_own_traps(text):
    assert [f for f in uruguay(text) if f[2] == RULE] == []


def test_belongs_to_after_what_the_state_is():
    """ "As the largest economy in <place>," before the state; "belongs to" is a taking part."""
    text = (
        "As the largest economy in South America, Brazil also belongs to another economic "
        "groupings such as the G20 and the D-8."
    )
    assert [f for f in uruguay(text) if f[2] == RULE] == [
        ("BRA", "D-8", RULE),
        ("BRA", "G20", RULE),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "As the largest economy in South America, Brazil would belong to groupings such as the "
        "G20.",
        "Brazil wants to belong to another grouping such as the G20.",
        "Brazil does not belong to other groupings such as the G20.",
    ],
)
def test_belongs_to_traps(text):
    assert [f for f in uruguay(text) if f[2] == RULE] == []
