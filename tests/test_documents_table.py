"""What the documents table says of each article: its subject, whether that is a state, and
whether the article is about a past period; where its text came from."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from pipeline.run import run
from tests.documents import article

ROW = [("", "1992", "Chile has an embassy in Lima.")]


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    folder = tmp_path_factory.mktemp("docs")
    names = {
        "Foreign_relations_of_Peru": "Peru",
        "Foreign_relations_of_the_Cayman_Islands": "the Cayman Islands",
        "Foreign_relations_of_Hong_Kong": "Hong Kong",
        "Foreign_relations_of_Libya_under_Muammar_Gaddafi": "Libya",
        "Foreign_relations_of_the_Syrian_Opposition": "the Syrian Opposition",
        "Foreign_relations_of_the_Soviet_Union": "the Soviet Union",
        "Foreign_relations_of_Peru_during_the_Cold_War": "Peru",
    }
    for stem, country in names.items():
        (folder / f"{stem}.md").write_text(article(country, ROW), encoding="utf-8")
    report = run([folder], tmp_path_factory.mktemp("out"), workers=0)
    assert report.published
    return pd.read_parquet(report.published.path / "documents.parquet").set_index("doc_id")


@pytest.mark.parametrize(
    ("doc", "is_state"),
    [
        ("Foreign_relations_of_Peru", True),
        ("Foreign_relations_of_the_Cayman_Islands", False),  # a British overseas territory
        ("Foreign_relations_of_Hong_Kong", False),  # a region of China
        ("Foreign_relations_of_the_Syrian_Opposition", False),  # not a state at all
    ],
)
def test_subject_is_state(documents: pd.DataFrame, doc: str, is_state: bool) -> None:
    assert documents.loc[doc, "subject_is_state"] == is_state


@pytest.mark.parametrize(
    ("doc", "past"),
    [
        ("Foreign_relations_of_Peru", False),
        ("Foreign_relations_of_Libya_under_Muammar_Gaddafi", True),  # "under" a past ruler
        ("Foreign_relations_of_Peru_during_the_Cold_War", True),  # "during" a past period
        ("Foreign_relations_of_the_Soviet_Union", True),  # a former state
    ],
)
def test_past_period(documents: pd.DataFrame, doc: str, past: bool) -> None:
    assert documents.loc[doc, "past_period"] == past


def test_a_file_records_its_name_and_no_revision(documents: pd.DataFrame) -> None:
    row = documents.loc["Foreign_relations_of_Peru"]
    assert row.source == "Foreign_relations_of_Peru.md"
    assert row.title == "Foreign relations of Peru"
    assert pd.isna(row.rev_id) and pd.isna(row.snapshot)
    assert row.licence == "CC BY-SA"


def test_a_file_outside_the_family_claims_no_licence(tmp_path: Path) -> None:
    doc = tmp_path / "notes.md"
    doc.write_text("Foreign relations of Peru\n\n" + article("Peru", ROW), encoding="utf-8")
    report = run([doc], tmp_path / "out", workers=0)
    assert report.published
    row = pd.read_parquet(report.published.path / "documents.parquet").iloc[0]
    assert row.licence is None or pd.isna(row.licence)


def test_a_fetched_file_carries_its_revision_until_it_is_edited(tmp_path: Path) -> None:
    """`fetch` writes fetch.json beside the files; run reads it for files still as fetched."""
    import hashlib
    import json

    folder = tmp_path / "articles"
    folder.mkdir()
    doc = folder / "Foreign_relations_of_Peru.wiki"
    doc.write_text("'''Peru''' is a member of the [[United Nations]].\n", encoding="utf-8")
    entry = {
        "title": "Foreign relations of Peru",
        "page_id": 22,
        "revision_id": 1234,
        "revision_timestamp": "2026-11-01T10:00:00Z",
        "url": "https://en.wikipedia.org/wiki/Foreign_relations_of_Peru",
        "licence": "CC BY-SA 4.0",
        "sha256": hashlib.sha256(doc.read_bytes()).hexdigest(),
    }
    (folder / "fetch.json").write_text(json.dumps({"files": {doc.name: entry}}))
    report = run([folder], tmp_path / "out", workers=0)
    assert report.published
    row = pd.read_parquet(report.published.path / "documents.parquet").iloc[0]
    assert (row.rev_id, row.page_id, row.licence) == (1234, 22, "CC BY-SA 4.0")
    assert str(row.snapshot) == "2026-11-01"
    doc.write_text(doc.read_text() + "Peru is a member of the Andean Community.\n")
    report = run([folder], tmp_path / "out", workers=0)
    assert report.published
    row = pd.read_parquet(report.published.path / "documents.parquet").iloc[0]
    assert pd.isna(row.rev_id)  # the text is no longer that revision's
