"""`accession-of` with its date after a verb of completion: "the accession of S to O took place
on DATE" (short sentences written for it; facts as (member, organization, rule)), and traps."""

from __future__ import annotations

import pytest

from tests.conftest import rule_memberships

RULE = "accession-of"


def read(text: str) -> list[tuple[str, str]]:
    return rule_memberships(text, RULE)


@pytest.mark.parametrize(
    "text",
    [
        "The accession of Chile to the EU took place on 1 July 2013.",
        "After the vote, the accession of Chile to the EU was completed in 2013.",
    ],
)
def test_an_accession_dated_by_its_completion(text):
    assert read(text) == [("CHL", "EU")]


@pytest.mark.parametrize(
    "text",
    [
        # still to come; no date
        "The accession of Chile to the EU will take place on 1 July 2033.",
        "The accession of Chile to the EU took place under pressure.",
    ],
)
def test_no_accession_read(text):
    assert read(text) == []
