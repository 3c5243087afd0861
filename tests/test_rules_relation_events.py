"""Relation events (`relation_events`) and where relations stand today (`relations.status`):
a past break followed by later events or present relations is history, not today's status.
Each case is a row written for its rule."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import facts, relations_doc


def row_tables(notes: str, name: str, country: str):
    tables = facts(relations_doc([notes], country=country), name)
    (relation,) = tables["relations"]
    return relation, tables["relation_events"]


STATUS = [
    # (article, country cell, notes, status, status_rule)
    (
        "Foreign_relations_of_Lithuania.md",
        "Poland",
        "Lithuania and Poland share a long history, up to the period when all diplomatic ties "
        "were cut. Currently, the Lithuania-Poland relations are excellent.",
        "established",
        "relations-present",
    ),
    (
        "Foreign_relations_of_Japan.md",
        "Venezuela",
        "Venezuela broke off diplomatic ties with Japan in December 1941. In 1999, the "
        "Venezuelan President made a three-day trip to Japan.",
        "unknown",
        "break-then-later-events",
    ),
    (
        "Foreign_relations_of_Mexico.md",
        "United States",
        "Washington did not establish diplomatic relations formally with Mexico until 1825.",
        "established",
        "relations-established",
    ),
    (
        "Foreign_relations_of_Jordan.md",
        "Qatar",
        "During the crisis, Jordan downgraded diplomatic ties with Qatar.",
        "established",
        "relations-changed",
    ),
    (
        "Foreign_relations_of_Chad.md",
        "Taiwan",
        "Chad and Taiwan had relations from 1962 to 1972.",
        "severed",
        "relations-changed",
    ),
    (
        "Foreign_relations_of_Chad.md",
        "Taiwan",
        "In 1972 Chad switched diplomatic recognition to the People's Republic of China.",
        "severed",
        "relations-changed",
    ),
    # the later verb has another object: the break is still the last change
    (
        "Foreign_relations_of_Qatar.md",
        "Comoros",
        "After Comoros severed ties, two charities suspended their activities in the country.",
        "severed",
        "relations-changed",
    ),
    # prevented: no establishment
    (
        "Foreign_relations_of_Ireland.md",
        "South Africa",
        "A stand against apartheid came to prevent the establishment of diplomatic relations "
        "between the two countries.",
        "unknown",
        None,
    ),
    # a present statement decides only when nothing else does
    (
        "Foreign_relations_of_Gabon.md",
        "United States",
        "Relations between the United States and Gabon are excellent.",
        "established",
        "relations-present",
    ),
    # "relations are" followed by a break is no statement of present relations
    (
        "Foreign_relations_of_Panama.md",
        "Peru",
        "Relations are suspended since 2013.",
        "suspended",
        "relations-changed",
    ),
    # dates order the changes, whatever the order of the text
    (
        "Foreign_relations_of_Chad.md",
        "Taiwan",
        "Chad re-established bilateral ties with Taiwan in 1997, after relations were severed in "
        "1972.",
        "established",
        "relations-changed",
    ),
]


@pytest.mark.parametrize(("name", "country", "notes", "status", "rule"), STATUS)
def test_status_at_the_snapshot(name, country, notes, status, rule):
    relation, _ = row_tables(notes, name, country)
    assert (relation.status, relation.status_rule) == (status, rule)


def events_of(notes: str, name: str, country: str) -> list[tuple[str, dt.date | None, str]]:
    _, events = row_tables(notes, name, country)
    return [(e.event, e.date, e.rule) for e in events]


def test_a_break_and_a_restoration_are_two_dated_events():
    assert events_of(
        "Relations were severed in 1946 and were restored in 1970.",
        "Foreign_relations_of_Spain.md",
        "Bulgaria",
    ) == [
        ("severed", dt.date(1946, 1, 1), "event-verb"),
        ("restored", dt.date(1970, 1, 1), "event-verb"),
    ]


def test_a_fronted_date_dates_the_first_change_only():
    assert events_of(
        "In 1999, Indonesia and Portugal restored diplomatic relations, which were broken off "
        "after the invasion.",
        "Foreign_relations_of_Indonesia.md",
        "Portugal",
    ) == [
        ("restored", dt.date(1999, 1, 1), "event-verb"),
        ("severed", None, "event-verb"),
    ]


def test_not_established_until_a_year_is_an_establishment_that_year():
    assert events_of(
        "Washington did not establish diplomatic relations formally with Mexico until 1825.",
        "Foreign_relations_of_Mexico.md",
        "United States",
    ) == [("established", dt.date(1825, 1, 1), "established-not-until")]


def test_a_span_of_relations_gives_its_start_and_its_end():
    assert events_of(
        "Chad and Taiwan had relations from 1962 to 1972.",
        "Foreign_relations_of_Chad.md",
        "Taiwan",
    ) == [
        ("established", dt.date(1962, 1, 1), "relations-period"),
        ("severed", dt.date(1972, 1, 1), "relations-period"),
    ]


def test_a_period_of_recognition_ends_in_recognition_ended():
    events = events_of(
        "Period of recognition: 1949 – January 1998.",
        "Foreign_relations_of_South_Africa.md",
        "Taiwan",
    )
    assert events[-1] == ("recognition-ended", dt.date(1998, 1, 1), "relations-period")


def test_switching_recognition_ends_relations_with_the_rival_only():
    sentence = "In 1972 Chad switched diplomatic recognition to the People's Republic of China."
    assert events_of(sentence, "Foreign_relations_of_Chad.md", "Taiwan") == [
        ("recognition-ended", dt.date(1972, 1, 1), "recognition-switched")
    ]
    # in the row of the state it switched to, it is no break
    assert events_of(sentence, "Foreign_relations_of_Chad.md", "China") == []


def test_a_switch_it_only_announced_is_no_event():
    assert (
        events_of(
            "South Africa announced that it would switch recognition from Taipei to the "
            "People's Republic of China.",
            "Foreign_relations_of_South_Africa.md",
            "Taiwan",
        )
        == []
    )


def test_a_downgrade_is_an_event_not_a_suspension():
    assert events_of(
        "During the crisis, Jordan downgraded diplomatic ties with Qatar.",
        "Foreign_relations_of_Jordan.md",
        "Qatar",
    ) == [("downgraded", None, "event-verb")]


def test_events_of_a_row_whose_counterpart_is_undecided_are_not_kept():
    assert events_of("Relations were severed in 1946.", "Foreign_relations_of_Spain.md", "") == []


def rules_read(text: str) -> tuple[list[str], list[str]]:
    """The rules of a sentence's decided changes, in the order it states them, and of every
    reading the status rules made (the engine keeps the losing ones)."""
    from pipeline.rules import status
    from tests.conftest import extractors, sentences

    (sentence,) = sentences(text)
    found = extractors().engine.read(sentence)
    read = [r.rule.name for r in found.readings if r.family in (status.FAMILY, status.EVENT_FAMILY)]
    return [c.rule for c in status.changes([found])], read


def test_each_construction_is_read_by_its_own_rule():
    assert rules_read("Relations were severed in 1946 and were restored in 1970.")[0] == [
        "event-verb",
        "event-verb",
    ]
    assert rules_read("The last renewal of diplomatic relations was in March 1990.")[0] == [
        "event-noun"
    ]
    assert rules_read("Chad and Taiwan had relations from 1962 to 1972.")[0] == [
        "relations-period",
        "relations-period",
    ]
    assert rules_read("There are no diplomatic relations between the two countries.")[0] == [
        "relations-none"
    ]


def test_a_suspension_for_a_closed_period_is_followed_by_its_end():
    changes, _ = rules_read(
        "From September 1961 to June 1963, diplomatic relations were suspended by Pakistan."
    )
    assert changes == ["event-verb", "relations-period"]


def test_of_two_statements_of_present_relations_the_first_is_kept():
    changes, read = rules_read(
        "Relations between the two countries are excellent and ties remain strong."
    )
    assert changes == ["relations-present"]
    assert read.count("relations-present") == 2


@pytest.mark.parametrize(
    "notes",
    [
        # a threat or plan is no change (vocabulary `change-negation`)
        "Qatar threatened to sever diplomatic relations with Jordan.",
        "Jordan plans to suspend diplomatic relations with Qatar.",
        # other ties than diplomatic relations (vocabulary `other-tie`)
        "Jordan suspended economic ties with Qatar in 2017.",
    ],
)
def test_a_negated_or_other_change_is_no_event(notes):
    assert events_of(notes, "Foreign_relations_of_Jordan.md", "Qatar") == []


def test_a_break_that_leaves_a_state_out_is_no_break_with_it():
    # vocabulary `change-exception`
    assert (
        events_of(
            "In 1967 Jordan severed diplomatic relations with every state in the region apart "
            "from Qatar.",
            "Foreign_relations_of_Jordan.md",
            "Qatar",
        )
        == []
    )


@pytest.mark.parametrize(
    "notes",
    [
        "Ireland does not maintain diplomatic relations with Benin.",
        "Armenia and South Sudan have not yet established diplomatic relations.",
        "Saudi Arabia does not have diplomatic relations with Israel.",
        "Diplomatic ties were not severed though, and on 18 January 2017 an ambassador presented "
        "his credentials.",
        "Diplomatic ties between both countries are not indefinitely severed.",
    ],
)
def test_a_negated_verb_without_until_is_no_event(notes):
    """'not' before a verb of change makes a late change only with an 'until' after it."""
    assert events_of(notes, "Foreign_relations_of_Ireland.md", "Benin") == []


def test_not_until_without_a_date_is_a_late_restoration():
    assert events_of(
        "Relations were broken off in 1923 and were not restored until after the war.",
        "Foreign_relations_of_Russia.md",
        "Albania",
    ) == [
        ("severed", dt.date(1923, 1, 1), "event-verb"),
        ("restored", None, "event-verb"),
    ]


def began_dates(text: str) -> list[str]:
    """The began dates the `sentence` rule reads in a sentence, as written."""
    from pipeline.rules import status
    from tests.conftest import extractors, sentences

    (sentence,) = sentences(text)
    return [b.date.text for b in status.began([extractors().engine.read(sentence)])]


def test_a_began_date_is_read_where_the_year_is_written_in_digits_only():
    assert began_dates("Diplomatic relations were established on 5 May 1992.") == ["5 May 1992"]
    assert began_dates("Relations were established in 1992, ties since then.") == ["1992"]
    # no digit, no date: the sentence's dated patterns are not searched
    assert began_dates("Diplomatic relations were established in the same year.") == []
    assert began_dates("Diplomatic relations were established on the fifth of May.") == []
