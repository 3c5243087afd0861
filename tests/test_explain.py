"""`python -m pipeline explain`: a fact, the lines it was read from, its rules and evidence, on
a run of a small document written for these tests."""

from __future__ import annotations

import hashlib
import shutil

import pandas as pd
import pytest

from pipeline.cli import main
from pipeline.explain import DEFAULT_SEARCH, Fact, locate_source, rules_block
from schemas.rules import RULES
from schemas.tables import TABLES
from tests.conftest import REFERENCE
from tests.documents import article

ROWS = [
    ("Peru", "1990", "Chile has an embassy in Lima."),
    ("Bolivia", "1 May 1992", "Bolivia has an embassy in Santiago."),
    ("", "", "[3]"),
]
PROSE = "Chile was recognized by Spain on 25 April 1844."
FOOTNOTE = "[3] A note that names no state."


def write_document(folder):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "Foreign_relations_of_Chile.md"
    path.write_text(article("Chile", ROWS, PROSE) + "\n" + FOOTNOTE + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    """A published version of the document, and where the document is."""
    base = tmp_path_factory.mktemp("explain")
    document = write_document(base / "articles")
    out = base / "out"
    assert main(["run", "--output", str(out), "--quiet", "--workers", "0", str(document)]) == 0
    return out, document


def table(out, name):
    return pd.read_parquet(out / "latest" / f"{name}.parquet")


def line_number(document, text):
    lines = document.read_text(encoding="utf-8").split("\n")
    return next(i for i, line in enumerate(lines, start=1) if text in line)


def explain(capsys, out, document, *args):
    code = main(["explain", "--output", str(out), "--input", str(document.parent), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_mission_shows_every_column_its_line_its_rule_and_evidence(run, capsys):
    out, document = run
    missions = table(out, "missions")
    lima = missions[missions["city"] == "Lima"].iloc[0]
    code, text, err = explain(capsys, out, document, lima["fact_id"])
    assert code == 0, err
    lines = text.splitlines()
    for column in TABLES["missions"].names:
        assert any(line.split()[:1] == [column] for line in lines), column
    row = line_number(document, "Chile has an embassy in Lima.")
    assert f">{row:>6} | " in text  # the fact's line, marked
    assert f" {row - 1:>6} | " in text  # with its context, unmarked
    has_mission = next(r for r in RULES if r.name == "has-mission")
    assert f"rule = has-mission (missions, rank {has_mission.rank}): {has_mission.reads}" in text
    assert "the fact <- evidence: Chile has an embassy in Lima." in text


def test_a_relation_shows_its_counterpart_rule_and_the_date_as_written(run, capsys):
    out, document = run
    relations = table(out, "relations")
    bolivia = relations[relations["counterpart_iso3"] == "BOL"].iloc[0]
    code, text, _ = explain(capsys, out, document, bolivia["fact_id"])
    assert code == 0
    method = next(
        r for r in RULES if r.family == "counterpart" and r.name == bolivia["counterpart_method"]
    )
    assert f"counterpart_method = {method.name} (counterpart, rank {method.rank})" in text
    assert "began <- began_text (as written): 1 May 1992" in text
    assert f"counterpart <- counterpart_evidence: {bolivia['counterpart_evidence']}" in text


def test_a_row_without_counterpart_shows_why_and_the_footnote_it_cites(run, capsys):
    out, document = run
    relations = table(out, "relations")
    blank = relations[relations["counterpart_kind"].isna()].iloc[0]
    code, text, _ = explain(capsys, out, document, blank["fact_id"])
    assert code == 0
    assert f"counterpart <- counterpart_evidence: {blank['counterpart_evidence']}" in text
    assert "footnote [3]: A note that names no state." in text


def test_an_unknown_fact_is_one_line_and_exit_2(run, capsys):
    out, document = run
    code, text, err = explain(capsys, out, document, "0123456789abcdef")
    assert code == 2
    assert text == ""
    assert len(err.strip().splitlines()) == 1
    assert "0123456789abcdef" in err


def test_a_missing_source_is_said_in_one_line_and_the_fact_still_printed(
    run, capsys, tmp_path, monkeypatch
):
    out, _document = run
    monkeypatch.chdir(tmp_path)  # the recorded path is relative to where the run started
    fact_id = table(out, "recognitions").iloc[0]["fact_id"]
    code = main(["explain", "--output", str(out), "--input", str(tmp_path), fact_id])
    text = capsys.readouterr().out
    assert code == 0
    assert "recognizer_iso3" in text and "ESP" in text
    source = [line for line in text.splitlines() if line.startswith("source:")]
    assert len(source) == 1
    assert "Foreign_relations_of_Chile.md is not found" in source[0]
    assert " | " not in text.split("source:")[1].split("rules:")[0]  # no lines shown


def test_a_changed_source_is_not_shown_as_if_it_were_the_one_read(run, capsys, tmp_path):
    out, document = run
    changed = tmp_path / document.name
    changed.write_text("Foreign relations of Chile\n\nSomething else.\n", encoding="utf-8")
    fact_id = table(out, "recognitions").iloc[0]["fact_id"]
    code = main(["explain", "--output", str(out), "--input", str(tmp_path), fact_id])
    text = capsys.readouterr().out
    assert code == 0
    assert "has changed since this version read it" in text
    assert "Something else" not in text


def test_doc_and_line_list_the_facts_of_that_line(run, capsys):
    out, document = run
    row = line_number(document, "Chile has an embassy in Lima.")
    code, text, _ = explain(capsys, out, document, "--doc", document.stem, "--line", str(row))
    assert code == 0
    relations, missions = table(out, "relations"), table(out, "missions")
    expected = {
        *relations.loc[relations["source_line"] == row, "fact_id"],
        *missions.loc[missions["source_line"] == row, "fact_id"],
    }
    assert len(expected) == 2  # the row and the mission its notes state
    listed = {line.split()[0] for line in text.splitlines() if line.startswith("  ")}
    assert listed == expected
    assert "Chile has an embassy in Lima." in text.splitlines()[0]


def test_a_line_without_facts_says_so(run, capsys):
    out, document = run
    code, text, _ = explain(capsys, out, document, "--doc", document.stem, "--line", "2")
    assert code == 0
    assert "no fact was read from line 2" in text


@pytest.mark.parametrize(
    "args",
    [
        ["--doc", "Foreign_relations_of_Nowhere", "--line", "1"],
        ["--doc", "Foreign_relations_of_Chile", "--line", "100000"],
        ["--doc", "Foreign_relations_of_Chile"],
        [],
        ["--version", "20000101T000000000000Z-00000000", "0123456789abcdef"],
    ],
)
def test_usage_mistakes_are_one_line_and_exit_2(run, capsys, args):
    out, document = run
    code, _text, err = explain(capsys, out, document, *args)
    assert code == 2
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_the_reference_document_is_found_in_fixtures_without_input():
    """From a fresh clone, `make run` reads fixtures/: explain finds it there by default."""
    raw = REFERENCE.read_bytes()
    doc = {
        "doc_id": REFERENCE.stem,
        "file_name": REFERENCE.name,
        "sha256": hashlib.sha256(raw).hexdigest(),
    }
    source = locate_source(doc, DEFAULT_SEARCH)
    assert source.problem is None
    assert source.path == REFERENCE
    assert source.lines == raw.decode("utf-8").split("\n")
    assert locate_source({**doc, "sha256": "0" * 64}, DEFAULT_SEARCH).problem is not None


def test_rule_columns_added_later_are_explained_from_the_rule_table():
    """A `*_rule` column (a new rule family) is read from schemas/rules.py like the others."""
    some = RULES[-1]
    fact = Fact("relations", {"fact_id": "0" * 16, "new_kind_rule": some.name, "rule": None})
    assert rules_block(fact) == [
        "rules:",
        f"  new_kind_rule = {some.name} ({some.family}, rank {some.rank}): {some.reads}"
        f' - e.g. "{some.example}"',
    ]


def test_a_fact_history_row_is_shown_as_history_not_taken_for_the_fact(run, capsys, tmp_path):
    out, document = run
    copy = tmp_path / "out"
    shutil.copytree(out, copy, symlinks=True)
    lima = table(out, "missions").query("city == 'Lima'").iloc[0]["fact_id"]
    history = {"table": ["missions"], "fact_id": [lima], "first_rev_id": [12345]}
    pd.DataFrame(history).to_parquet(copy / "latest" / "fact_history.parquet")
    code, text, _ = explain(capsys, copy, document, lima)
    assert code == 0
    assert text.splitlines()[0].startswith(f"fact {lima}: missions,")
    assert "history:" in text and "12345" in text.split("history:")[1]


def test_the_input_is_found_from_the_path_the_documents_table_records(run, capsys):
    """No --input: the documents table records the input's path, relative to where the run
    was started (never a home directory), and explain opens it from there."""
    out, document = run
    (recorded,) = table(out, "documents")["path"]
    assert not recorded.startswith("/") and "home" not in recorded.split("/")
    fact_id = table(out, "missions").iloc[0]["fact_id"]
    code = main(["explain", "--output", str(out), fact_id])
    text = capsys.readouterr().out
    assert code == 0
    source = [line for line in text.splitlines() if line.startswith("source:")]
    assert source and document.name in source[0] and "not found" not in source[0]
    assert ">" in text.split("source:")[1]  # the fact's line is shown, marked


def test_a_file_named_after_its_page_carries_the_title_and_url(run):
    out, _document = run
    (doc,) = table(out, "documents").to_dict("records")
    assert doc["title"] == "Foreign relations of Chile"
    assert doc["url"] == "https://en.wikipedia.org/wiki/Foreign_relations_of_Chile"
    assert pd.isna(doc["rev_id"])  # the file does not record which revision it holds
    import json

    manifest = json.loads((out / "latest" / "manifest.json").read_text(encoding="utf-8"))
    (entry,) = manifest["inputs"]
    assert entry["source"]["revision"] == "unknown"
