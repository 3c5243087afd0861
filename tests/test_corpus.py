"""Robustness over every article of ../shared/corpus (skipped on a fresh clone without it)."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.cli import main
from tests.conftest import CORPUS, needs_corpus

pytestmark = needs_corpus


@pytest.fixture(scope="module")
def corpus_output(tmp_path_factory):
    out = tmp_path_factory.mktemp("corpus")
    code = main(["run", "--output", str(out), "--quiet", str(CORPUS)])
    return code, out / "latest"


def test_every_document_runs_without_failure(corpus_output):
    code, latest = corpus_output
    assert code == 0
    docs = pd.read_parquet(latest / "documents.parquet")
    assert len(docs) == len(list(CORPUS.glob("Foreign_relations_of_*.md")))


def test_every_relations_row_points_at_a_table_row(corpus_output):
    _, latest = corpus_output
    rel = pd.read_parquet(latest / "relations.parquet")
    rel = rel[rel["table_kind"] != "no-relations-list"]
    assert len(rel) > 7000
    for doc_id, rows in rel.groupby("doc_id"):
        lines = (CORPUS / f"{doc_id}.md").read_text(encoding="utf-8").split("\n")
        for line in rows["source_line"]:
            assert lines[line - 1].startswith("|"), (doc_id, line)
            assert lines[line - 2].startswith("+"), (doc_id, line)


def test_no_row_resolves_to_its_own_subject(corpus_output):
    _, latest = corpus_output
    rel = pd.read_parquet(latest / "relations.parquet")
    assert not (rel["counterpart_iso3"] == rel["subject_iso3"]).fillna(False).any()


def test_most_rows_are_resolved_and_the_rest_say_why(corpus_output):
    _, latest = corpus_output
    rel = pd.read_parquet(latest / "relations.parquet")
    resolved = rel["counterpart_iso3"].notna() | rel["counterpart_kind"].notna()
    assert resolved.mean() > 0.75
    assert rel.loc[~resolved, "counterpart_evidence"].notna().all()


def test_every_fact_table_has_rows(corpus_output):
    _, latest = corpus_output
    for table in ("missions", "recognitions", "memberships", "claims", "references"):
        assert len(pd.read_parquet(latest / f"{table}.parquet")) > 10, table
