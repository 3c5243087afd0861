"""A fact named as a noun phrase whose predicate says it has not happened ("... is not
expected", "... has yet to come", "... is unlikely", "... remains pending") reads nothing, in
every family that reads such a phrase: the words are one vocabulary group (`to-come`) that the
recognition (`recognition-of`), membership (`joined`, `state-membership-noun`) and mission
(`named-mission`) rules share. The same phrases stated as done still read."""

from __future__ import annotations

import pytest

from tests.conftest import facts, row_facts

URUGUAY = "Foreign_relations_of_Uruguay.md"


def prose(text: str):
    return facts(f"Overview\n\n{text}\n", URUGUAY)


def recognitions(text: str) -> list[tuple[str, str, str | None, str]]:
    return sorted(
        (r.recognizer_iso3, r.recognized_iso3, r.date_text, r.rule)
        for r in prose(text)["recognitions"]
    )


def memberships(text: str) -> list[tuple[str, str | None, str]]:
    return sorted((m.member_iso3, m.org_id, m.rule) for m in prose(text)["memberships"])


def missions(text: str) -> list[tuple[str, str, str | None, str]]:
    found = row_facts([text], URUGUAY, "Chile")["missions"]
    return sorted((m.sender_iso3, m.host_iso3, m.city, m.rule) for m in found)


@pytest.mark.parametrize(
    "text",
    [
        # the shape a review found read as a recognition (an article without labels)
        "Cyprus's recognition of Kosovo is not expected.",
        "Chile's recognition of Kosovo is unlikely.",
        "Chile's recognition of Kosovo has yet to come.",
        "Chile's recognition of Kosovo remains pending.",
        "Chile's recognition of Kosovo is not expected before 2030.",
        "Chile's recognition of Kosovo would anger Serbia.",
        "Chile's eventual recognition of Kosovo was discussed.",
        "Chile's possible recognition of Kosovo was discussed.",
    ],
)
def test_a_recognition_still_to_come_reads_nothing(text):
    assert recognitions(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chile's recognition of Kosovo came on 5 March 2009.",
            [("CHL", "XKX", "5 March 2009", "recognition-of")],
        ),
        (
            "Chile's recognition of Kosovo on 5 March 2009 was welcomed by Albania.",
            [("CHL", "XKX", "5 March 2009", "recognition-of")],
        ),
        (
            # a word of prospect in another clause is not the recognition's predicate
            "Chile's recognition of Kosovo, which came in 2009, is final and will stand.",
            [("CHL", "XKX", "2009", "recognition-of")],
        ),
    ],
)
def test_a_recognition_named_as_done_still_reads(text, expected):
    assert recognitions(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Chile's membership of the OECD is not expected.",
        "Chile's accession to the OECD is not expected before 2030.",
        "Chile's membership in the OECD has yet to come.",
        "Chilean OECD membership is not expected soon.",
        "Chile's OECD membership remains pending.",
    ],
)
def test_a_membership_still_to_come_reads_nothing(text):
    assert memberships(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile's accession to the OECD took effect in 2010.", [("CHL", "OECD", "joined")]),
        ("Chile's membership of the OECD was welcomed by Peru.", [("CHL", "OECD", "joined")]),
        (
            "Chile's OECD membership represents an important part of its policy.",
            [("CHL", "OECD", "state-membership-noun")],
        ),
    ],
)
def test_a_membership_named_as_held_still_reads(text, expected):
    assert memberships(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "An embassy of Uruguay in Santiago is not expected.",
        "The Uruguayan embassy in Santiago is not expected to open before 2030.",
        "The Uruguayan embassy in Santiago is unlikely to reopen.",
        "The Uruguayan embassy in Santiago will be opened in 2030.",
    ],
)
def test_a_mission_still_to_come_reads_nothing(text):
    assert missions(text) == []


def test_a_mission_named_as_opened_still_reads():
    assert missions("The Uruguayan embassy in Santiago was opened in 1990.") == [
        ("URY", "CHL", "Santiago", "named-mission")
    ]
