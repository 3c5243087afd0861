"""`among-org-states`: "(From) among the O states, S <ties> with A and B" names A and B as O's
states, not S (M8) (short sentences written for it, the corpus line, and traps)."""

from __future__ import annotations

import pytest

from tests.conftest import rule_memberships

RULE = "among-org-states"


def read(text: str) -> list[tuple[str, str]]:
    return rule_memberships(text, RULE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Among the Mercosur countries, Uruguay is closest to Brazil and Paraguay.",
            [("BRA", "Mercosur"), ("PRY", "Mercosur")],
        ),
        (
            "Amongst the other ASEAN members, Chile keeps friendly ties with Vietnam and "
            "Singapore.",
            [("SGP", "ASEAN"), ("VNM", "ASEAN")],
        ),
        # Foreign_relations_of_Syria.md:3, the sentence as the corpus has it
        (
            "From among the Arab League states, Syria continues to have good relations with "
            "Iraq, Egypt (after 3 July 2013), Algeria,[30] Lebanon,, Mauritania,[31] "
            "Oman,[32][33][34][35] Sudan,[36] and The State of Palestine.",
            [
                ("DZA", "Arab League"),
                ("EGY", "Arab League"),
                ("IRQ", "Arab League"),
                ("LBN", "Arab League"),
                ("MRT", "Arab League"),
                ("OMN", "Arab League"),
                ("PSE", "Arab League"),
                ("SDN", "Arab League"),
            ],
        ),
        # the list stops at the clause that sets Chile apart
        (
            "Among the Mercosur countries, Uruguay has good relations with Brazil, while it is "
            "closest to Chile.",
            [("BRA", "Mercosur")],
        ),
    ],
)
def test_the_states_the_subject_has_ties_with_are_members(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no set of members: a rank
        "Among the first Western countries to recognize Chile were Spain and Sweden.",
        # not ties with peers: what the subject does to another state
        "Among the EU states, Spain does not recognise Kosovo.",
        "Among the EU states, Germany is the largest trading partner of China.",
        # the subject is a list: undecided
        "Among the EU members, Cyprus, Greece and Spain have close ties with Serbia.",
        # no "among the O states" phrase: the neighbours are not said to be members
        "Uruguay is closest to Brazil and Paraguay, its large neighbours in South America.",
        # an organization in the list: the list is not one of states
        "Among the Mercosur states, Uruguay has close ties with Brazil, Paraguay and the "
        "European Union.",
        # a region is no organization
        "Among the South American states, Uruguay is closest to Brazil and Paraguay.",
    ],
)
def test_traps_read_nothing(text):
    assert read(text) == []
