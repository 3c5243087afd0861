"""Stage 1: decoding, fingerprint, subject country, and clear errors for unusable files."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from pipeline.errors import InputError
from pipeline.formats import read_document
from tests.conftest import REFERENCE, extractors


def GAZETTEER():
    return extractors().knowledge.gazetteer


def test_reference_document_is_read_with_id_sha_and_subject():
    doc = read_document(REFERENCE, GAZETTEER())
    assert doc.doc_id == "Foreign_relations_of_Azerbaijan"
    assert doc.sha256 == hashlib.sha256(REFERENCE.read_bytes()).hexdigest()
    assert doc.subject_iso3 == "AZE"
    assert doc.format == "plain"
    assert doc.lines[0].startswith("Azerbaijan is a member of the United Nations")


@pytest.mark.parametrize(
    ("file_name", "name", "iso3"),
    [
        ("Foreign_relations_of_the_Czech_Republic.md", "Czech Republic", "CZE"),
        ("Foreign_relations_of_Libya_under_Muammar_Gaddafi.md", "Libya", "LBY"),
        (
            "Foreign_relations_of_the_Federated_States_of_Micronesia.md",
            "Federated States of Micronesia",
            "FSM",
        ),
        ("Foreign_relations_of_Eswatini.md", "Eswatini", "SWZ"),
        ("Foreign_relations_of_Hong_Kong.md", "Hong Kong", "HKG"),
        ("Foreign_relations_of_the_Syrian_Opposition.md", "Syrian Opposition", None),
    ],
)
def test_subject_comes_from_the_file_name(tmp_path, file_name, name, iso3):
    path = tmp_path / file_name
    path.write_text("Some text.\n", encoding="utf-8")
    doc = read_document(path, GAZETTEER())
    assert (doc.subject_name, doc.subject_iso3) == (name, iso3)


def test_newlines_and_bom_are_normalised_so_line_numbers_hold(tmp_path):
    path = tmp_path / "Foreign_relations_of_Peru.md"
    path.write_bytes(b"\xef\xbb\xbfFirst line.\r\nSecond line.\rThird line.\n")
    doc = read_document(path, GAZETTEER())
    assert doc.lines[:3] == ["First line.", "Second line.", "Third line."]


def test_wikitext_is_recognised_by_suffix_and_by_content(tmp_path):
    wiki = tmp_path / "Foreign_relations_of_Peru.txt"
    wiki.write_text("==Africa==\n{| class=wikitable\n|}\n==Asia==\n", encoding="utf-8")
    assert read_document(wiki, GAZETTEER()).format == "wikitext"


@pytest.mark.parametrize(
    ("content", "message", "line"),
    [
        (b"", "empty file", None),
        (b"  \n\n", "empty file", None),
        (b"line one\nline two \x00\x01\x02", "binary file", 2),
        (b"Azerbaijan\nG\xf6teborg is in Sweden\n", "not UTF-8", 2),
    ],
)
def test_unusable_files_name_file_and_line(tmp_path, content, message, line):
    path = tmp_path / "Foreign_relations_of_Peru.md"
    path.write_bytes(content)
    with pytest.raises(InputError) as err:
        read_document(path, GAZETTEER())
    assert message in str(err.value)
    assert err.value.line == line
    assert str(err.value).startswith(str(path))


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_document(tmp_path / "Foreign_relations_of_Nowhere.md", GAZETTEER())
    with pytest.raises(InputError, match="directory"):
        read_document(tmp_path, GAZETTEER())


def test_file_that_does_not_say_its_country(tmp_path):
    path = tmp_path / "notes.md"
    path.write_text("Just some text.\n", encoding="utf-8")
    with pytest.raises(InputError, match="which country"):
        read_document(path, GAZETTEER())
    path.write_text("Text.\n\nForeign_relations_of_Peru\n", encoding="utf-8")
    assert read_document(Path(path), GAZETTEER()).subject_iso3 == "PER"
