"""A stray full stop before a lowercase "and" does not end the sentence: the missions after it
are the same sender's ("has an embassy in Rome.[5] and an honorary consulate in Milan"), read
by the rule that reads the first (`has-mission`, `accredited-from` with "and maintains ...")."""

from __future__ import annotations

import pytest

from tests.conftest import extractors, row_facts

PERU = "Foreign_relations_of_Peru.md"


def missions(item: str, country: str) -> list[tuple[str, str, str | None, str, str, str]]:
    found = row_facts([f"-   {item}"], PERU, country)["missions"]
    return sorted((m.sender_iso3, m.host_iso3, m.city, m.kind, m.status, m.rule) for m in found)


def test_a_lowercase_and_after_a_full_stop_goes_on_with_the_sentence():
    spans = extractors().analyzer.spotter.sentences(
        "Chile has an embassy in Lima.[3] and a consulate in Cusco. The embassy opened in 1990."
    )
    assert [s.text.split()[0] for s in spans] == ["Chile", "The"]


@pytest.mark.parametrize(
    "text",
    [
        "Chile has an embassy in Lima. And a consulate opened in Cusco.",  # a capital And
        "Chile has an embassy in Lima. Andean trade grew.",  # a word starting with "and"
    ],
)
def test_other_sentences_after_a_full_stop_stay_apart(text):
    assert len(extractors().analyzer.spotter.sentences(text)) == 2


def test_the_mission_after_a_stray_stop_is_the_same_senders():
    assert missions("Chile has an embassy in Lima.[3] and a consulate in Cusco.[4]", "Chile") == [
        ("CHL", "PER", "Cusco", "consulate", "open", "has-mission"),
        ("CHL", "PER", "Lima", "embassy", "open", "has-mission"),
    ]


def test_more_missions_after_an_accreditation_and_a_stray_stop():
    found = missions(
        "Peru is accredited to Bolivia from its embassy in Quito, Ecuador.[7] and maintains an "
        "honorary consulate in Sucre.",
        "Bolivia",
    )
    assert ("PER", "BOL", "Sucre", "honorary-consulate", "open", "has-mission") in found


def test_a_stray_stop_before_a_new_subject_is_not_the_first_senders():
    found = missions("Chile has an embassy in Lima.[3] and Peru has one in Santiago.", "Chile")
    assert ("CHL", "PER", "Santiago", "embassy", "open", "has-mission") not in found
