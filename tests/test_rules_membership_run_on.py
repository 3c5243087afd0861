"""`participation-list`: a list of acronyms with a comma missing between two of them (a misprint
of the kind "..., OPCW, PMAESA SADC, UN, ..."); words of one name are never split."""

from __future__ import annotations

from tests.conftest import facts

HEAD = "International organization participation\n\n"


def orgs(text: str) -> list[tuple[str | None, str, str]]:
    tables = facts(HEAD + text + "\n")
    return sorted((m.org_id, m.org_name, m.rule) for m in tables["memberships"])


def test_two_known_acronyms_without_their_comma_are_two_organizations():
    got = orgs("AU, ACP, AfDB, OPCW, PMAESA SADC, UN, UNESCO")
    ids = [o for o, _, _ in got]
    assert "PMAESA" in ids and "SADC" in ids
    assert all(rule == "participation-list" for _, _, rule in got)
    assert all(name != "PMAESA SADC" for _, name, _ in got)


def test_a_name_of_several_words_is_not_split():
    got = orgs("AU, ACP, Paris Club, World Bank, Australia Group, UN")
    names = {o for o, _, _ in got}
    assert {"Paris Club", "World Bank", "Australia Group"} <= names


def test_an_unknown_acronym_beside_a_known_one_is_not_split():
    got = orgs("AU, ACP, ZZQX SADC, UN")
    assert "SADC" not in {o for o, _, _ in got}
