"""The organization registry is published with every version (`organizations.parquet`) and its
ids are the common acronyms, the CIA World Factbook's abbreviations kept as aliases."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from pipeline.cli import main
from pipeline.knowledge.organizations import Registry
from pipeline.organizations import organization_rows
from tests.documents import article


def test_a_row_per_organization_with_its_aliases_but_not_its_own_names():
    registry = Registry(
        [
            {
                "org_id": "WTO",
                "acronym": "WTO",
                "name": "World Trade Organization",
                "kind": "intergovernmental-organization",
                "aliases": "World Trade Organisation|WTO",
                "factbook": "WTrO",
                "source": "test",
            }
        ]
    )
    assert organization_rows(registry) == [
        {
            "org_id": "WTO",
            "acronym": "WTO",
            "full_name": "World Trade Organization",
            "kind": "intergovernmental-organization",
            "aliases": ["World Trade Organisation", "WTrO"],
            "factbook": "WTrO",
            "source": "test",
            "qid": None,
        }
    ]
    assert organization_rows(registry, {"WTO": "Q7825"})[0]["qid"] == "Q7825"


def test_factbook_abbreviations_name_the_common_ids():
    registry = Registry.from_data()
    found = {a: registry.lookup(a) for a in ("WTrO", "CE", "C", "AsDB")}
    assert {a: o.org_id for a, o in found.items() if o} == {
        "WTrO": "WTO",
        "CE": "CoE",
        "C": "Commonwealth",
        "AsDB": "ADB",
    }


def test_memberships_join_the_published_organizations(tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    doc = folder / "Foreign_relations_of_Chile.md"
    prose = "International organization participation\n\nAsDB, BSEC, CE, CIS, OIC, WTrO, ZZZZ"
    rows = [("Peru", "1990", "Chile has an embassy in Lima.")]
    doc.write_text(article("Chile", rows, prose), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", "--output", str(out), "--quiet", "--workers", "0", str(doc)]) == 0
    orgs = pd.read_parquet(out / "latest" / "organizations.parquet")
    assert orgs.org_id.is_unique
    members = pd.read_parquet(out / "latest" / "memberships.parquet")
    known = members[members.org_known]
    assert {"WTO", "CoE"} <= set(known.org_id)
    joined = known.merge(orgs, on="org_id", how="left", validate="many_to_one")
    assert joined.full_name.notna().all()
    wto = orgs.set_index("org_id").loc["WTO"]
    assert "WTrO" in list(wto.aliases) and wto.factbook == "WTrO"
    unknown = members[~members.org_known]
    assert list(unknown.org_name) == ["ZZZZ"] and unknown.org_id.isna().all()


def test_every_state_has_its_wikidata_item_and_none_is_shared():
    from pipeline.knowledge.codes import CountryCodes
    from pipeline.states import state_rows
    from schemas.iso3 import iso3_codes

    rows = {r["state_iso3"]: r for r in state_rows(CountryCodes.from_data())}
    states = [r for r in rows.values() if r["state_cow"] is not None]  # COW's states
    assert len(states) > 190 and all(r["qid"] for r in states if r["state_iso3"] in iso3_codes())
    assert {i: rows[i]["qid"] for i in ("DEU", "USA", "NLD", "XKX", "CHN", "TWN")} == {
        "DEU": "Q183", "USA": "Q30", "NLD": "Q55", "XKX": "Q1246", "CHN": "Q148", "TWN": "Q865",
    }  # fmt: skip
    by_qid: dict[str, list[str]] = {}
    for code, row in rows.items():
        if row["qid"]:
            by_qid.setdefault(str(row["qid"]), []).append(code)
    shared = {q: codes for q, codes in by_qid.items() if len(codes) > 1}
    # one item, two codes, only where a former code (TMP) and today's code (TLS) are one COW state
    assert shared == {"Q574": ["TLS", "TMP"]}
    assert rows["TMP"]["state_cow"] == rows["TLS"]["state_cow"] is not None


def test_former_states_have_the_item_of_the_state_under_that_name():
    from pipeline.knowledge.codes import CountryCodes
    from pipeline.states import state_rows
    from schemas.iso3 import historic_iso3_codes

    rows = {r["state_iso3"]: r for r in state_rows(CountryCodes.from_data())}
    former = {code: row for code, row in rows.items() if code in historic_iso3_codes()}
    assert {"DDR", "YUG", "SCG", "ZAR", "BUR"} <= set(former)
    assert all(row["qid"] for row in former.values())
    # the GDR is not Germany, Zaire not today's DR Congo, Burma (1974-1989) not today's Myanmar
    assert rows["DDR"]["qid"] not in (rows["DEU"]["qid"], None)
    assert rows["ZAR"]["qid"] != rows["COD"]["qid"] and rows["BUR"]["qid"] != rows["MMR"]["qid"]
    assert {rows[c]["qid"] for c in ("YUG", "SCG", "SRB")} == {"Q36704", "Q37024", "Q403"}


def test_organization_qids_name_known_organizations_once_each():
    from pipeline.knowledge.files import read_data
    from pipeline.organizations import organization_qids

    qids = organization_qids()
    known = {r["org_id"] for r in read_data("organizations.csv")}
    assert set(qids) <= known
    assert all(r["matched_in"] for r in read_data("organization_qids.csv"))  # each says where
    assert len(set(qids.values())) == len(qids)
    assert (qids["UN"], qids["EU"], qids["NATO"], qids["AU"]) == ("Q1065", "Q458", "Q7184", "Q7159")
