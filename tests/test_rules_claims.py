"""Count claims and footnote references, on sentences and footnotes written for them."""

from __future__ import annotations

import datetime as dt

import mwparserfromhell
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.references import clean_markup, language_identifier, parse_reference
from tests.conftest import facts


def claims(text: str, name: str = "Foreign_relations_of_Azerbaijan.md"):
    return facts(f"Overview\n\n{text}\n", name)["claims"]


@pytest.mark.parametrize(
    ("text", "rule", "value", "qualifier"),
    [
        (
            "Azerbaijan has diplomatic relations with 158 countries.",
            "relations-count",
            158,
            "exact",
        ),
        (
            "Azerbaijan has diplomatic relations with more than 150 states.",
            "relations-count",
            150,
            "more-than",
        ),
        (
            "Azerbaijan has not established diplomatic relations with 3 countries.",
            "no-relations-count",
            3,
            "exact",
        ),
        ("Kosovo is recognised by 112 UN member states.", "recognitions-count", 112, "exact"),
        (
            "Azerbaijan is a member of 47 international organizations.",
            "memberships-count",
            47,
            "exact",
        ),
        ("Azerbaijan has about 60 embassies.", "embassies-count", 60, "about"),
    ],
)
def test_count_rules(text, rule, value, qualifier):
    (c,) = claims(text)
    assert (c.rule, c.claim_kind, c.value, c.qualifier) == (rule, rule, value, qualifier)


def test_unofficial_relations_are_not_counted():
    assert (
        claims("Taiwan has unofficial relations with 57 states.", "Foreign_relations_of_Taiwan.md")
        == []
    )


def test_a_claim_is_checked_against_the_list_it_introduces():
    (c,) = claims(
        "As of 2017, Azerbaijan has diplomatic relations with 4 countries: Albania, "
        "Algeria and Angola."
    )
    assert (c.listed_count, c.listed_basis, c.consistency) == (
        3,
        "list after the claim",
        "document-lists-fewer",
    )
    assert (c.as_of, c.as_of_precision) == (dt.date(2017, 1, 1), "year")


def test_a_membership_count_is_checked_against_the_organizations_the_subject_still_belongs_to():
    """A suspended member still belongs; an organization the text says it left does not."""
    (c,) = claims(
        "Azerbaijan is a member of 5 international organizations. Azerbaijan is a member of "
        "the OSCE. Azerbaijan was suspended from the Council of Europe. Azerbaijan withdrew "
        "from the Commonwealth of Independent States."
    )
    assert (c.listed_count, c.consistency) == (2, "document-lists-fewer")


def test_counts_and_their_absence_are_read_by_their_own_rules_in_the_sentence_order():
    """One pattern, two rules: the count of relations, and of none where a negation precedes
    it; each claim carries the rule that read it, in the order the sentence states them."""
    from pipeline.rules import claims as claim_rules
    from tests.conftest import extractors, sentences

    (sentence,) = sentences(
        "Azerbaijan has diplomatic relations with 158 countries and has not established "
        "relations with 3 states; it is a member of 47 international organizations."
    )
    found = claim_rules.claims(extractors().engine.read(sentence))
    assert [(c.rule, c.value) for c in found] == [
        ("relations-count", 158),
        ("no-relations-count", 3),
        ("memberships-count", 47),
    ]


@pytest.fixture(scope="module")
def identify():
    return language_identifier()


def test_references_in_other_languages(identify):
    ref = parse_reference(
        "Азербайджан установил дипломатические отношения с Буркина-Фасо '' \"Рол\"'' 31 мая 2004 г.",
        identify,
    )
    assert (ref.publisher, ref.date.date, ref.language) == ("Рол", dt.date(2004, 5, 31), "ru")
    ref = parse_reference(
        "Azərbaycan ilə Toqo arasında diplomatik əlaqələr qurulub. _Trend_. 29 December 2010.",
        identify,
    )
    assert (ref.publisher, ref.date.date, ref.language) == ("Trend", dt.date(2010, 12, 29), "az")


def test_leftover_markup_and_access_dates(identify):
    ref = parse_reference(" JPost.com|access-date=2017-05-03}}", identify)
    assert ref.title == "JPost.com" and ref.date is None
    assert ref.access_date.date == dt.date(2017, 5, 3)
    assert "|" not in ref.clean_text and "}}" not in ref.clean_text
    ref = parse_reference(
        "Aserbaidschan: Die Kaviar-Diplomatie (German). Der Tagesspiegel. Retrieved August 3, 2013",
        identify,
    )
    assert ref.date is None and ref.access_date.date == dt.date(2013, 8, 3)


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("ab Ä1.,()?\t\r\u00a0\u200bé{}[]<>|=&'\"#*;:/-!\n_~")))
)
def test_clean_markup_skips_the_parser_only_where_it_would_find_no_markup(text):
    parsed = mwparserfromhell.parse(text.strip()).strip_code(
        normalize=True, collapse=True, keep_template_params=False
    )
    if "}}" not in text:
        assert clean_markup(text) == " ".join(parsed.split())
