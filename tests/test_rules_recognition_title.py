"""`recognition-title`: a table row's list item that is only a link's title naming a recognition
(fixtures/README.md, R4), and items that must not read as one."""

from __future__ import annotations

import pytest

from tests.conftest import row_facts

URUGUAY = "Foreign_relations_of_Uruguay.md"


def read(item: str) -> list[tuple[str, str, str | None, str]]:
    tables = row_facts([item], name=URUGUAY)
    return sorted(
        (r.recognizer_iso3, r.recognized_iso3, r.date_text, r.rule) for r in tables["recognitions"]
    )


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        # the corpus's shape (Cyprus, Montenegro row): "Cyprus recognition official recognition
        # of Montenegro (in Montenegrin)"
        (
            "Uruguay recognition official recognition of Montenegro (in Montenegrin)",
            [("URY", "MNE", None, "recognition-title")],
        ),
        (
            "Uruguay's official recognition of Montenegro",
            [("URY", "MNE", None, "recognition-title")],
        ),
        (
            "Uruguay's formal recognition of Kosovo's independence (in Spanish)",
            [("URY", "XKX", None, "recognition-title")],
        ),
    ],
)
def test_a_title_names_the_recognition(item, expected):
    assert read(item) == expected


@pytest.mark.parametrize(
    "item",
    [
        "Recognition of Montenegro (in Montenegrin)",  # no recognizer named
        "Uruguay's non-recognition of Kosovo",
        "Uruguay's recognition of Kosovo remains under review by the cabinet",
        "International recognition of Montenegro",
        "Montenegro official recognition",
    ],
)
def test_other_items_read_no_title(item):
    assert [r for r in read(item) if r[3] == "recognition-title"] == []
