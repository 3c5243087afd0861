"""Knowledge is data with its source, built once and passed in: a test can swap in a tiny one."""

from __future__ import annotations

import pycountry
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.analysis.document import Analyzer
from pipeline.engine import Engine, Resources, Where
from pipeline.extract.grammar import Grammar
from pipeline.knowledge import Knowledge
from pipeline.knowledge.files import data_files, read_data, source_of
from pipeline.knowledge.gazetteer import Country, Gazetteer
from pipeline.knowledge.organizations import Registry
from pipeline.knowledge.vocabulary import Gate, Vocabulary
from pipeline.model import Paragraph
from pipeline.rules import DECIDERS, RULES, missions
from tests.conftest import extractors


def tiny_knowledge() -> Knowledge:
    """Two made-up states and one capital: the rules must not depend on real names."""
    gazetteer = Gazetteer(
        countries={
            "FRD": Country("FRD", "FD", "Freedonia", frozenset({"Europe"})),
            "SYL": Country("SYL", "SY", "Sylvania", frozenset({"Europe"})),
        },
        country_forms={"Freedonia": frozenset({"FRD"}), "Sylvania": frozenset({"SYL"})},
        cities_folded={"fredville": frozenset({"FRD"})},
        city_anywhere_folded={"fredville": frozenset({"FRD"})},
        strong_cities=frozenset({"fredville"}),
        capital_forms={"Fredville": frozenset({"FRD"})},
    )
    return Knowledge(gazetteer, Registry([]), Vocabulary(read_data("vocabulary.csv")))


def test_rules_run_on_a_tiny_knowledge_base():
    k = tiny_knowledge()
    (sentence,) = Analyzer(k).sentences([Paragraph("Sylvania has an embassy in Fredville.", 1, 1)])
    engine = Engine(RULES, DECIDERS, Resources(k.vocabulary, Grammar(k)))
    (claim,) = missions.claims(engine.read(sentence, Where(subject="FRD")))
    assert (claim.sender, claim.place.city, claim.place.city_countries, claim.rule) == (
        "SYL",
        "Fredville",
        frozenset({"FRD"}),
        "has-mission",
    )


@pytest.mark.parametrize("name", data_files())
def test_every_data_file_says_what_it_holds_and_its_source(name):
    assert "Source" in source_of(name) or "source" in source_of(name)
    assert read_data(name)  # and holds rows


def test_former_states_carry_their_iso_3166_3_code():
    historic = {c.alpha_3 for c in pycountry.historic_countries}
    codes = {r["former_iso3"] for r in read_data("non_country_entities.csv") if r["former_iso3"]}
    assert codes and codes <= historic


def test_organization_ids_are_unique_and_acronyms_are_common_ones():
    rows = read_data("organizations.csv")
    ids = [r["org_id"] for r in rows]
    assert len(ids) == len(set(ids))
    registry = extractors().knowledge.organizations
    # the Factbook's abbreviations are aliases of the common acronyms
    assert {registry.lookup(a).org_id for a in ("WTrO", "CE", "C", "WToO")} == {
        "WTO",
        "CoE",
        "Commonwealth",
        "UNWTO",
    }
    assert registry.lookup("who") is None  # an acronym in the wrong case is a word


def test_vocabulary_groups_the_rules_read_exist():
    groups = set(extractors().knowledge.vocabulary.groups())
    assert {
        "mission-kind",
        "mission-verb",
        "negation",
        "ordinal",
        "recognition-verb",
        "membership-noun",
        "membership-verb",
        "relation-change",
        "section",
        "template",
        "table-header",
    } <= groups


GATE_WORDS = ("member", "made up", "part of", "join", "ties")


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from([*GATE_WORDS, "MEMBER", "Join", "ſ", "K", "İ", "ı", "⟪0⟫", " ", "x", "é"]),
        max_size=8,
    ).map("".join)
)
def test_a_gate_answers_as_its_case_insensitive_pattern(text):
    gate = Gate(GATE_WORDS)
    assert gate.search(text) == (gate.pattern.search(text) is not None)


def test_a_gate_reads_the_case_twins_as_the_pattern_does():
    gate = Gate(("join", "ties"))
    # "JOİN".lower() is "joi̇n" and "tieſ".lower() "tieſ", yet the pattern matches both
    assert gate.search("JOIN") and gate.search("tieſ") and gate.search("JOİN")
    assert gate.search("joın") and not gate.search("jo n")


def test_a_capital_alias_ending_in_a_common_word_is_not_matched():
    # GeoNames' Danish "Mexico by" (Mexico City) would read "the independence of Mexico by
    # signing" as a city
    from pipeline.knowledge.gazetteer import _usable_alias

    assert not _usable_alias("Mexico by")
    assert not _usable_alias("Kuwait by")
    assert _usable_alias("Port of Spain")
    assert _usable_alias("Mexico City")
