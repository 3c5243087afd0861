"""The learned membership reader: candidates, the threshold gate, what it must never add,
reproducible training, and the candidate generator on hostile text."""

from __future__ import annotations

import dataclasses
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.document import Tables, extract_layout
from pipeline.learned.candidates import SentenceSource, membership_candidates
from pipeline.learned.features import features
from pipeline.learned.model import LinearModel, load_model
from pipeline.learned.reader import MEMBERSHIP_MODEL, MembershipModelReader
from pipeline.model import Paragraph
from tests.conftest import extractors, layout_of

RULE = "model:membership-lr"
#: a sentence of membership the rules do not read ("takes part in")
MISSED = "Azerbaijan takes part in the work of the Organisation of Islamic Cooperation."


def model(bias: float, threshold: float, weights: dict[str, float] | None = None) -> LinearModel:
    return LinearModel(MEMBERSHIP_MODEL, bias, weights or {}, threshold, True)


def run(text: str, with_model: LinearModel | None) -> Tables:
    ex = extractors()
    reader = MembershipModelReader.build(ex.knowledge, with_model) if with_model else None
    return extract_layout(
        layout_of(f"Overview\n\n{text}\n"), dataclasses.replace(ex, learned=reader)
    )


def added(tables: Tables) -> list[tuple[str, str | None]]:
    return sorted((m.member_iso3, m.org_id) for m in tables["memberships"] if m.rule == RULE)


def test_the_rule_is_named_after_the_model():
    assert RULE == "model:" + MEMBERSHIP_MODEL
    assert MembershipModelReader.build(extractors().knowledge, model(0.0, 0.5)).rule == RULE


def test_rules_miss_the_sentence_the_model_tests_use():
    assert not [m for m in run(MISSED, None)["memberships"] if m.org_id == "OIC"]


def test_threshold_gate():
    # bias 0 and no weights: every candidate scores 0.5
    assert added(run(MISSED, model(0.0, 0.5))) == [("AZE", "OIC")]
    assert added(run(MISSED, model(0.0, 0.5001))) == []


def test_added_fact_carries_rule_score_and_lines():
    tables = run(MISSED + " " + MISSED.replace("Azerbaijan", "It"), model(2.0, 0.5))
    [fact] = [m for m in tables["memberships"] if m.rule == RULE]
    assert fact.score == pytest.approx(0.8808, abs=1e-4)
    assert fact.extractor == "memberships.prose"
    assert fact.org_known and fact.org_name
    assert all(m.score is None for m in tables["memberships"] if m.rule != RULE)


def test_weights_decide():
    feature = "ref=named"
    assert added(run(MISSED, model(-5.0, 0.5, {feature: 10.0}))) == [("AZE", "OIC")]
    assert added(run(MISSED, model(-5.0, 0.5, {feature: 1.0}))) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Azerbaijan is an observer in the Organization of American States.",
        "Azerbaijan is not a member of NATO.",
        "Azerbaijan is no longer a member of GUAM.",
        "Azerbaijan withdrew from the Commonwealth of Independent States.",
        "Azerbaijan is a candidate for membership of the World Trade Organization.",
        "Azerbaijan has applied for membership of the World Trade Organization.",
        "Azerbaijan, a non-member, takes part in the work of the OECD.",
        "Azerbaijan has never joined NATO.",
        "Azerbaijan isn't part of the European Union.",
        "Azerbaijan is an observer state of the Organisation of Islamic Cooperation.",
        "Azerbaijan announced its bid for a non-permanent seat on the UN Security Council.",
        "Turkey supports the accession of Azerbaijan to the European Union.",
        "Azerbaijan seeks to deepen its ties with NATO.",
    ],
)
def test_never_adds_where_a_sentence_reads_another_standing(sentence):
    eager = run(sentence, model(20.0, 0.5))  # a model that says yes to everything
    assert added(eager) == []
    assert not [m for m in eager["memberships"] if m.rule == RULE]


def test_a_rule_role_blocks_its_pair_and_line_only():
    ex = extractors()
    reader = MembershipModelReader.build(ex.knowledge, model(20.0, 0.5))
    [candidate] = _candidates(MISSED)
    assert not reader.blocked(candidate, [], [])
    role = next(
        r
        for r in run("Azerbaijan is an observer of the OIC.", None)["organization_roles"]
        if r.org_id == "OIC"
    )
    same_line = dataclasses.replace(role, source_lines=[candidate.line])
    assert reader.blocked(candidate, [], [same_line])
    elsewhere = dataclasses.replace(role, source_lines=[candidate.line + 40])
    assert not reader.blocked(candidate, [], [elsewhere])


def test_never_adds_a_fact_a_rule_made():
    sentence = "Azerbaijan is a member of the United Nations."
    eager = run(sentence, model(20.0, 0.5))
    assert [m.rule for m in eager["memberships"] if m.org_id == "UN"] == ["member-of"]


def test_switched_off_model_adds_nothing():
    ex = extractors()
    shipped = load_model(MEMBERSHIP_MODEL)
    assert shipped is not None
    assert (ex.learned is not None) == shipped.enabled


def test_model_file_round_trips():
    shipped = load_model(MEMBERSHIP_MODEL)
    assert shipped is not None
    again = LinearModel.from_json(shipped.to_json())
    assert again.to_json() == shipped.to_json()
    assert 0.0 < shipped.threshold <= 1.0
    cv = shipped.info["cv"]
    assert isinstance(cv, dict) and len(cv["folds"]) == shipped.info["folds"]


def _candidates(text: str):
    ex = extractors()
    reader = MembershipModelReader.build(ex.knowledge)
    sentences = ex.analyzer.sentences([Paragraph(text, 1, 1)])
    sources = [SentenceSource(s, "", False, None) for s in sentences]
    return membership_candidates(sources, "AZE", reader.orgs, reader.states)


def test_candidates_of_a_sentence():
    found = {(c.member, c.org_id, c.reference) for c in _candidates(MISSED)}
    assert found == {("AZE", "OIC", "named")}
    both = _candidates("Both countries are members of the OSCE. Kenya and Turkey joined the UN.")
    refs = {(c.member, c.org_id, c.reference) for c in both}
    assert ("AZE", "OSCE", "subject") in refs
    assert {("KEN", "UN", "named"), ("TUR", "UN", "named"), ("AZE", "UN", "subject")} <= refs


def test_an_organization_within_another_or_renamed_is_no_candidate():
    within = _candidates(
        "Both countries are members of the Organisation of Islamic Cooperation and the Group "
        "of 77 in the United Nations."
    )
    assert {c.org_id for c in within} == {"OIC", "G-77"}
    renamed = _candidates(
        "Azerbaijan was a founding member of the European Economic Community (now the European "
        "Union)."
    )
    assert {c.org_id for c in renamed} == {"EU"}


def test_features_mark_the_pair_not_the_names():
    [c] = _candidates(MISSED)
    feats = features(c)
    assert "b:takes" in feats and "ref=named" in feats
    assert not any("azerbaijan" in f or "islamic" in f for f in feats)
    assert feats == sorted(set(feats))


def test_training_is_reproducible():
    pytest.importorskip("sklearn")
    from pipeline.learned.train import choose_threshold, fit

    texts = [
        "Kenya is a member of the United Nations.",
        "Kenya takes part in the work of the African Union.",
        "Kenya is an observer in the Organization of American States.",
        "Kenya is not a member of NATO.",
        "Uganda joined the Commonwealth.",
        "Uganda and Kenya criticised the World Bank.",
        "Tanzania is a founding member of the East African Community.",
        "Tanzania received a loan from the IMF.",
    ]
    cands = [c for t in texts for c in _candidates(t) if c.member != "AZE"]
    positive = ("member of", "takes part", "joined", "founding member")
    labels = [
        any(p in c.source.sentence.text for p in positive) and "not a" not in c.source.sentence.text
        for c in cands
    ]
    feats = [features(c) for c in cands]
    first, second = fit(feats, labels, seed=7), fit(feats, labels, seed=7)
    assert first.to_json() == second.to_json()
    scores = [first.score(f) for f in feats]
    assert scores == [second.score(f) for f in feats]
    right = [s for s, y in zip(scores, labels, strict=True) if y]
    wrong = [s for s, y in zip(scores, labels, strict=True) if not y]
    assert min(right) > max(wrong)  # it learns the training set
    threshold = choose_threshold(list(zip(scores, labels, strict=True)), 0.97)
    assert threshold is not None and max(wrong) < threshold <= min(right)


def test_choose_threshold():
    from pipeline.learned.train import choose_threshold

    assert choose_threshold([(0.9, True), (0.8, True), (0.7, False), (0.6, True)], 0.97) == 0.8
    assert choose_threshold([(0.9, True), (0.8, True), (0.7, False), (0.6, True)], 0.7) == 0.6
    assert choose_threshold([(0.9, False)], 0.97) is None
    assert choose_threshold([(0.9, True), (0.9, False)], 0.97) is None  # ties go together
    # a margin of one more wrong: 0.97 needs 33 right in a row
    run_ = [(1 - i / 100, True) for i in range(40)]
    assert choose_threshold(run_, 0.97, margin=1) == run_[-1][0]
    assert choose_threshold(run_[:20], 0.97, margin=1) is None


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None
)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(
                [
                    "Azerbaijan",
                    "both countries",
                    "It",
                    " is a member of ",
                    "the United Nations",
                    "NATO",
                    "OSCE",
                    ",",
                    " and ",
                    "(",
                    ")",
                    "⟪0⟫",
                    "⟫",
                    "[1]",
                    ".",
                    "_",
                    "\u200b",
                    "\n",
                ]
            ),
            st.text(max_size=20),
        ),
        max_size=25,
    )
)
def test_candidates_never_crash_on_hostile_text(parts):
    text = "".join(parts)
    for c in _candidates(text):
        sentence = c.source.sentence
        assert sentence.mentions[c.org_at].label == "ORG"
        assert c.state_at is None or sentence.mentions[c.state_at].label == "COUNTRY"
        feats = features(c)
        assert all(isinstance(f, str) for f in feats)
        json.dumps(feats)


def test_train_command_names_what_is_missing(tmp_path, capsys):
    from pipeline.learned.__main__ import main

    assert main(["train", "--gold", str(tmp_path)]) == 2
    assert "no membership labels" in capsys.readouterr().err
    (tmp_path / "X.memberships.jsonl").write_text("", encoding="utf-8")
    assert main(["train", "--gold", str(tmp_path), "--corpus", str(tmp_path / "none")]) == 2
    err = capsys.readouterr().err
    assert "none: no such folder" in err and "Traceback" not in err
    (tmp_path / "X.memberships.jsonl").write_text("{not json\n", encoding="utf-8")
    assert main(["train", "--gold", str(tmp_path), "--corpus", str(tmp_path)]) == 2
    assert "labels cannot be read" in capsys.readouterr().err
