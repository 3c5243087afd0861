"""The `states` lookup published with every version: each state or territory a country column
names, with the codes and identifiers other datasets join on (COW, GW, Wikidata), so that a
country column joins without the code."""

from __future__ import annotations

from pipeline.knowledge.codes import CountryCodes
from pipeline.knowledge.files import read_data
from pipeline.resolve.codes import with_country_codes

Row = dict[str, object]


def state_rows(codes: CountryCodes) -> list[Row]:
    """One row per ISO3 code that has a Wikidata item (`data/state_qids.csv`) or a COW code
    (`data/cow_codes.csv`: former states too), in code order, with today's COW and GW codes."""
    names: dict[str, str] = {}
    qids: dict[str, str] = {}
    for r in read_data("state_qids.csv"):
        names[r["iso3"]], qids[r["iso3"]] = r["name"], r["qid"]
    for r in read_data("cow_codes.csv"):
        if r["iso3"]:
            names.setdefault(r["iso3"], r["state_name"])
    return [
        with_country_codes({"state_iso3": iso3, "name": names[iso3], "qid": qids.get(iso3)}, codes)
        for iso3 in sorted(names)
    ]
