"""Membership rules on short sentences written for them (corpus sentences where they show the
shape): the members, the organization (`org_id`), the rule and the membership's `standing`
(member, former, suspended); other standings in an organization go to `organization_roles`
with their status."""

from __future__ import annotations

import pytest

from tests.conftest import facts, row_facts


def prose(text: str, name: str = "Foreign_relations_of_Azerbaijan.md"):
    return facts(f"Overview\n\n{text}\n", name)


def members(tables) -> list[tuple[str, str | None, str]]:
    return sorted((m.member_iso3, m.org_id, m.rule) for m in tables["memberships"])


def roles(tables) -> list[tuple[str, str | None, str]]:
    return sorted((m.member_iso3, m.org_id, m.status) for m in tables["organization_roles"])


PROSE = [
    (
        "member-of, a list",  # Azerbaijan (corpus)
        "Foreign_relations_of_Azerbaijan.md",
        "Azerbaijan is a member of the United Nations, the Non-Aligned Movement and the "
        "Organization for Security and Cooperation in Europe.",
        [("AZE", "NAM", "member-of"), ("AZE", "OSCE", "member-of"), ("AZE", "UN", "member-of")],
    ),
    (
        "member-of, a count then a list of acronyms",  # Estonia (corpus)
        "Foreign_relations_of_Estonia.md",
        "Estonia is a party to 181 international organizations, including the BIS, CBSS, CE, EU "
        "(member since 1 May 2004), IOM (observer) and WTO.",
        [
            ("EST", "BIS", "member-of"),
            ("EST", "CBSS", "member-of"),
            ("EST", "CoE", "member-of"),
            ("EST", "EU", "member-of"),
            ("EST", "WTO", "member-of"),
        ],
    ),
    (
        "member-of, a second predicate",  # Luxembourg (corpus)
        "Foreign_relations_of_Luxembourg.md",
        "Luxembourg is a member of the Benelux Economic Union and was one of the founding members "
        "of the United Nations and the European Economic Community (now the European Union).",
        [("LUX", "Benelux", "member-of"), ("LUX", "EU", "member-of"), ("LUX", "UN", "member-of")],
    ),
    (
        "member-of, 'it' for the state of the clause before",  # Ecuador (corpus)
        "Foreign_relations_of_Ecuador.md",
        "Ecuador is a founding member of the UN; it is also a member of the OAS.",
        [("ECU", "OAS", "member-of"), ("ECU", "UN", "member-of")],
    ),
    (
        "member-of, an ordinal and a standing adjective",  # Namibia, Peru (corpus)
        "Foreign_relations_of_Namibia.md",
        "Namibia became the 160th member of the United Nations on 23 April 1990. Namibia is a "
        "standing member of the World Trade Organization.",
        [("NAM", "UN", "member-of"), ("NAM", "WTO", "member-of")],
    ),
    (
        "member-of, an organization's republic",  # Namibia (corpus)
        "Foreign_relations_of_Namibia.md",
        "Namibia has been a Commonwealth republic since 1990.",
        [("NAM", "Commonwealth", "member-of")],
    ),
    (
        "member-of, an apposition",  # Namibia (corpus)
        "Foreign_relations_of_Namibia.md",
        "A dynamic member of the Southern African Development Community, Namibia is a vocal "
        "advocate for greater regional integration.",
        [("NAM", "SADC", "member-of")],
    ),
    (
        "members-listed",
        "Foreign_relations_of_Kenya.md",
        "Kenya, Uganda and Tanzania are members of the East African Community.",
        [
            ("KEN", "EAC", "members-listed"),
            ("TZA", "EAC", "members-listed"),
            ("UGA", "EAC", "members-listed"),
        ],
    ),
    (
        "members-listed, the organization comprises them",  # Azerbaijan (corpus)
        "Foreign_relations_of_Azerbaijan.md",
        "The OSCE Minsk Group is currently co-chaired by the U.S., France, and Russia and comprises "
        "Armenia, Azerbaijan, Turkey, and several Western European nations.",
        # the co-chairs stand in the group too (fixtures/README.md, M13)
        [
            ("ARM", "OSCE Minsk Group", "members-listed"),
            ("AZE", "OSCE Minsk Group", "members-listed"),
            ("FRA", "OSCE Minsk Group", "chaired-by"),
            ("RUS", "OSCE Minsk Group", "chaired-by"),
            ("TUR", "OSCE Minsk Group", "members-listed"),
            ("USA", "OSCE Minsk Group", "chaired-by"),
        ],
    ),
    (
        "joined, with a date",
        "Foreign_relations_of_Estonia.md",
        "Estonia joined NATO in March 2004.",
        [("EST", "NATO", "joined")],
    ),
    (
        "joined, the founders of an organization",  # Luxembourg (corpus)
        "Foreign_relations_of_Luxembourg.md",
        "Luxembourg and Belgium in 1921 formed the Belgium-Luxembourg Economic Union (BLEU).",
        [("BEL", "BLEU", "members-listed"), ("LUX", "BLEU", "members-listed")],
    ),
    (
        "joined, an entry that happened",  # Azerbaijan (corpus)
        "Foreign_relations_of_Azerbaijan.md",
        "Since Azerbaijan's entry into the Council of Europe, deputies are invited each year.",
        [("AZE", "CoE", "joined")],
    ),
    (
        "common-membership",  # Kenya (corpus)
        "Foreign_relations_of_Kenya.md",
        "Relations with Uganda and Tanzania are generally strong, as the three nations work toward "
        "economic and social integration through common membership in the East African Community.",
        [
            ("KEN", "EAC", "common-membership"),
            ("TZA", "EAC", "common-membership"),
            ("UGA", "EAC", "common-membership"),
        ],
    ),
    (
        "an organization the registry knows by another name",  # Peru, Americas
        "Foreign_relations_of_Peru.md",
        "Peru is a member of the Association of Spanish Language Academies and the Rio Group.",
        [("PER", "ASALE", "member-of"), ("PER", "Rio Group", "member-of")],
    ),
    (
        "'has become a member of' after a lead phrase",
        "Foreign_relations_of_Chile.md",
        "Among them, Chile has become a member of the UN, the OAS, and the Non-Aligned Movement.",
        [("CHL", "NAM", "member-of"), ("CHL", "OAS", "member-of"), ("CHL", "UN", "member-of")],
    ),
    (
        "a participial phrase before the subject",
        "Foreign_relations_of_Chile.md",
        "Reflecting its status as a copper producer, Chile is a member of the International "
        "Bauxite Association.",
        [("CHL", "IBA", "member-of")],
    ),
    (
        "an organization within another is not listed beside it",
        "Foreign_relations_of_Chile.md",
        "Chile is a member of the Group of 77 in the United Nations and the Organization of "
        "American States.",
        [("CHL", "G-77", "member-of"), ("CHL", "OAS", "member-of")],
    ),
    (
        "states that share membership in organizations",
        "Foreign_relations_of_Chile.md",
        "Chile and Peru share membership in the Organization of American States.",
        [("CHL", "OAS", "common-membership"), ("PER", "OAS", "common-membership")],
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "expected"), [c[1:] for c in PROSE], ids=[c[0] for c in PROSE]
)
def test_membership_rules_in_prose(name, text, expected):
    assert members(prose(text, name)) == sorted(expected)


def test_both_members_of_gives_the_subject_and_the_rows_counterpart():
    # Peru, Americas (corpus)
    tables = row_facts(
        [
            "-   Both countries are full members of the Organization of American States and the "
            "Union of South American Nations."
        ],
        "Foreign_relations_of_Peru.md",
        country="Guyana",
    )
    assert members(tables) == [
        ("GUY", "OAS", "both-members-of"),
        ("GUY", "UNASUR", "both-members-of"),
        ("PER", "OAS", "both-members-of"),
        ("PER", "UNASUR", "both-members-of"),
    ]


def test_both_members_with_an_unknown_counterpart_keeps_the_subject():
    tables = row_facts(
        ["-   Both countries are full members of the OSCE."], "Foreign_relations_of_Estonia.md"
    )
    assert members(tables) == [("EST", "OSCE", "both-members-of")]


def test_both_countries_with_a_clause_before_the_membership():
    # Estonia, Europe (corpus)
    tables = row_facts(
        [
            "-   Both countries are situated in the Baltic region and are the full members of NATO "
            "and EU."
        ],
        "Foreign_relations_of_Estonia.md",
        country="Lithuania",
    )
    assert members(tables) == [
        ("EST", "EU", "both-members-of"),
        ("EST", "NATO", "both-members-of"),
        ("LTU", "EU", "both-members-of"),
        ("LTU", "NATO", "both-members-of"),
    ]


def test_both_with_the_pair_named_is_not_the_documents_state():
    # "Both A and B, are members of": the pair named after "Both" are the members; the document's
    # state is not one of them
    tables = prose(
        "Both India and Nigeria, are members of the Commonwealth of Nations and the G-77.",
        "Foreign_relations_of_Uruguay.md",
    )
    assert {m for m, _, _ in members(tables)} == {"IND", "NGA"}
    assert not [m for m in members(tables) if m[2] == "both-members-of"]
    # the unnamed pair still reads the document's state
    assert members(
        prose("Both countries are members of the OAS.", "Foreign_relations_of_Uruguay.md")
    ) == [("URY", "OAS", "both-members-of")]


def test_capacities_other_than_membership_are_roles():
    # Azerbaijan, Asia (corpus)
    tables = prose(
        "Azerbaijan is a full member of the Council of Europe (CoE) and the Organization for "
        "Security and Co-operation in Europe (OSCE), Japan is an observer member of the CoE and "
        "a partner for co-operation of the OSCE. Also Azerbaijan is a full member of the Council "
        "of Europe, Belarus is a candidate."
    )
    assert members(tables) == [("AZE", "CoE", "member-of"), ("AZE", "OSCE", "member-of")]
    assert roles(tables) == [
        ("BLR", "CoE", "candidate"),
        ("JPN", "CoE", "observer"),
        ("JPN", "OSCE", "partner"),
    ]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Azerbaijan is not a member of the European Union.", "not-member"),
        ("Azerbaijan is an observer of the Organization of American States.", "observer"),
        ("Azerbaijan is a candidate for membership of the WTO.", None),
        ("Azerbaijan is a prospective member of the OECD.", "candidate"),
        ("Azerbaijan is a potential member of the Pacific Alliance.", "candidate"),
        ("Azerbaijan is an aspiring member of the European Union.", "candidate"),
    ],
)
def test_negation_and_candidacy_are_not_memberships(text, status):
    tables = prose(text)
    assert members(tables) == []
    assert [r[2] for r in roles(tables)] == ([status] if status else [])


@pytest.mark.parametrize(
    ("text", "org", "standing"),
    [
        # the membership ended: a former membership, in `memberships` (it was one), not a role
        ("Azerbaijan is no longer a member of GUAM.", "GUAM", "former"),
        ("Azerbaijan withdrew from the Commonwealth of Independent States.", "CIS", "former"),
        ("Azerbaijan was expelled from the Organization of American States.", "OAS", "former"),
        # suspended: still a member (fixtures/README.md)
        ("Azerbaijan was suspended from the Council of Europe.", "CoE", "suspended"),
    ],
)
def test_an_ended_or_suspended_membership_is_a_membership_with_its_standing(text, org, standing):
    tables = prose(text)
    assert [(m.member_iso3, m.org_id, m.standing) for m in tables["memberships"]] == [
        ("AZE", org, standing)
    ]
    assert roles(tables) == []


def test_a_member_is_a_member_standing():
    tables = prose("Azerbaijan is a member of GUAM. It joined the OSCE in 1992.")
    assert {(m.org_id, m.standing) for m in tables["memberships"]} == {
        ("GUAM", "member"),
        ("OSCE", "member"),
    }


def test_joining_and_leaving_are_two_facts_each_with_its_date():
    """A state that joined and later left: a member fact dated by the entry, a former one
    dated by the ending; neither overwrites the other."""
    tables = prose(
        "Azerbaijan joined the Commonwealth of Independent States in 1993. "
        "Azerbaijan withdrew from the Commonwealth of Independent States in 2009."
    )
    got = sorted((m.org_id, m.standing, m.date_text) for m in tables["memberships"])
    assert got == [("CIS", "former", "2009"), ("CIS", "member", "1993")]
    assert len({m.fact_id for m in tables["memberships"]}) == 2


@pytest.mark.parametrize(
    "text",
    [
        # a prospect, not an entry (Estonia, Americas)
        "Colombia defines Estonia as a major ally and key player on Colombia's accession into the "
        "OECD.",
        # funding and talks are not membership
        "Azerbaijan received funding from the European Union.",
        "Azerbaijan started accession talks with the World Trade Organization.",
    ],
)
def test_mentions_that_are_not_membership(text):
    assert members(prose(text)) == []


def test_a_treaty_has_parties_and_a_peacekeeping_mission_participants():
    tables = prose(
        "Azerbaijan is a member of the CFE Treaty and the United Nations Mission in Liberia."
    )
    assert members(tables) == []
    assert roles(tables) == [("AZE", "CFE", "party"), ("AZE", "UNMIL", "participant")]


def test_leaving_a_treaty_is_a_former_party_not_a_former_member():
    tables = prose("Azerbaijan withdrew from the CFE Treaty in 2007.")
    assert members(tables) == []
    assert roles(tables) == [("AZE", "CFE", "former-party")]


def test_the_participation_list_reads_factbook_acronyms_and_qualifiers():
    text = (
        "International organization participation\n\n"
        "AsDB, BSEC, CE, CIS, EAPC, EBRD, ISO (correspondent), OAS (observer), OIC, WTrO, ZZZZ\n"
    )
    tables = facts(text)
    got = {(m.org_id, m.rule) for m in tables["memberships"]}
    assert ("CoE", "participation-list") in got and ("WTO", "participation-list") in got
    assert ("ADB", "participation-list") in got
    assert {(r.org_id, r.status) for r in tables["organization_roles"]} == {
        ("ISO", "correspondent"),
        ("OAS", "observer"),
    }
    unknown = [m for m in tables["memberships"] if not m.org_known]
    assert [(m.org_name, m.org_id) for m in unknown] == [("ZZZZ", None)]


def test_a_participation_list_of_acronyms_each_with_its_name_after_a_dash():
    """ "ACR – Full name" items, with dashes of any width: the registry knows the name or the
    acronym; a body it does not know keeps its full name, without the acronym and dash."""
    text = (
        "International organization participation\n\n"
        "-   AALCO – Asian–African Legal Consultative Organization\n"
        "-   IMF - International Monetary Fund\n"
        "-   UNAIDS- United Nations Programme on HIV/AIDS\n"
        "-   ZZQ — Zeta Zone Quorum\n"
    )
    tables = facts(text)
    got = sorted((m.org_id or "", m.org_name) for m in tables["memberships"])
    assert ("IMF", "International Monetary Fund") in got
    assert ("AALCO", "Asian–African Legal Consultative Organization") in got
    assert ("", "Zeta Zone Quorum") in got
    assert all(" – " not in name and " - " not in name for _, name in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kiribati is the only nation in the Pacific never to have been a member of the G-77.", []),
        ("Kiribati is the only country in the region not to have joined the Commonwealth.", []),
        (
            "Kiribati is the only nation in the Pacific to have been a member of the G-77.",
            [("KIR", "G-77", "member-of")],
        ),
    ],
)
def test_a_negation_in_the_relative_lead_negates_the_membership(text, expected):
    assert members(prose(text, "Foreign_relations_of_Kiribati.md")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2011, Djibouti joined the African Union Mission to Somalia.", []),
        (
            "Papua New Guinea is a member of the United Nations Special Committee on Decolonization.",
            [],
        ),
        ("In 2011, Djibouti joined the African Union.", [("DJI", "AU", "joined")]),
    ],
)
def test_a_body_named_after_an_organization_is_not_the_organization(text, expected):
    assert members(prose(text, "Foreign_relations_of_Kiribati.md")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Greece officially endorsed North Macedonia's accession to NATO in 2019.", []),
        ("Greece has long backed North Macedonia's accession to NATO.", []),
        ("Since North Macedonia's accession to NATO, relations have improved.",
         [("MKD", "NATO", "joined")]),
    ],
)  # fmt: skip
def test_support_for_an_accession_is_no_accession(text, expected):
    assert members(prose(text, "Foreign_relations_of_Kiribati.md")) == expected


def test_an_acronym_the_document_defines_for_another_body():
    # "WTO" is the World Trade Organization unless the text says otherwise
    tables = prose(
        "Azerbaijan is a member of the World Tourism Organization (WTO). Azerbaijan "
        "hosted a WTO conference."
    )
    assert members(tables) == [("AZE", "UNWTO", "member-of")]
    tables = prose("Azerbaijan is a member of the WTO.")
    assert members(tables) == [("AZE", "WTO", "member-of")]


def test_withdrew_from_is_a_former_membership():
    tables = prose(
        "Venezuela withdrew from the Andean Community in 2006.", "Foreign_relations_of_Peru.md"
    )
    assert [(r.member_iso3, r.org_id, r.standing, r.rule) for r in tables["memberships"]] == [
        ("VEN", "CAN", "former", "withdrew-from")
    ]
    assert tables["organization_roles"] == []


@pytest.mark.parametrize(
    ("text", "org", "date"),
    [
        ("Azerbaijan is active in the United Nations.", "UN", None),
        ("Peru is an active participant in the Pacific Alliance.", "Pacific Alliance", None),
        ("Estonia joined the European Union as a full member in 2004.", "EU", "2004"),
        ("Estonia joined NATO in March 2004.", "NATO", "March 2004"),
    ],
)
def test_participation_and_joining_are_memberships(text, org, date):
    (m,) = prose(text)["memberships"]
    assert (m.org_id, m.date_text) == (org, date)


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        # the states named with the member are members too (Slovenia, corpus)
        (
            "Foreign_relations_of_Slovenia.md",
            "Slovenia is a member of Central European Nations Cooperation on Peacekeeping (CENCOOP), "
            "together with Austria, Croatia and Switzerland.",
            [
                ("AUT", "CENCOOP", "members-listed"),
                ("CHE", "CENCOOP", "members-listed"),
                ("HRV", "CENCOOP", "members-listed"),
                ("SVN", "CENCOOP", "member-of"),
            ],
        ),
        # a slash between two names of one membership (Mozambique, corpus)
        (
            "Foreign_relations_of_Mozambique.md",
            "Mozambique also belongs to the Organisation of African Unity/African Union.",
            [("MOZ", "AU", "member-of"), ("MOZ", "OAU", "member-of")],
        ),
        # joined others in an organization (Mozambique, Slovenia, corpus)
        (
            "Foreign_relations_of_Mozambique.md",
            "Similarly, in early 1996 Mozambique joined its Anglophone neighbors in the Commonwealth.",
            [("MOZ", "Commonwealth", "joined")],
        ),
        (
            "Foreign_relations_of_Slovenia.md",
            "Slovenia joined 13 other nations in forming the brigade-sized Standby High-Readiness "
            "Brigade (SHIRBRIG), headquartered in Copenhagen.",
            [("SVN", "SHIRBRIG", "joined")],
        ),
        # the Government is the state's (Mozambique, corpus)
        (
            "Foreign_relations_of_Mozambique.md",
            "In 1994, the Government became a full member of the Organisation of the Islamic "
            "Conference (now the Organisation of Islamic Cooperation).",
            [("MOZ", "OIC", "member-of")],
        ),
        # a clause after a semicolon, with its own time phrase (Mozambique, corpus)
        (
            "Foreign_relations_of_Mozambique.md",
            "This began to change in 1983; in 1984 Mozambique joined the World Bank and "
            "International Monetary Fund.",
            [("MOZ", "IMF", "joined"), ("MOZ", "World Bank", "joined")],
        ),
    ],
)
def test_more_ways_of_saying_it(name, text, expected):
    assert members(prose(text, name)) == sorted(expected)


def test_a_lead_in_with_including_introduces_a_participation_list():
    # Nicaragua (corpus)
    text = (
        "International membership\n\nNicaragua belongs to the United Nations and several "
        "specialized and related agencies, including:\n\n-   World Bank\n-   International "
        "Monetary Fund (IMF)\n-   Central American Integration System (SICA)\n"
    )
    tables = facts(text, "Foreign_relations_of_Nicaragua.md")
    assert {(m.org_id, m.rule) for m in tables["memberships"]} >= {
        ("World Bank", "participation-list"),
        ("IMF", "participation-list"),
        ("SICA", "participation-list"),
    }


def _row(text: str, country: str = "Ghana") -> list[tuple[str, str | None, str]]:
    """The memberships of a relations-table row of "Foreign relations of Uruguay"."""
    return members(row_facts([f"-   {text}"], "Foreign_relations_of_Uruguay.md", country=country))


def _both(*orgs: str) -> list[tuple[str, str | None, str]]:
    return sorted((m, o, "both-members-of") for m in ("GHA", "URY") for o in orgs)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Both are members of the Andean Community and the Pacific Alliance.",
            _both("CAN", "Pacific Alliance"),
        ),
        ("They are both members of the Organization of American States.", _both("OAS")),
        ("Today both countries are members of the European Union and NATO.", _both("EU", "NATO")),
        ("The two countries share membership of the Nordic Council.", _both("Nordic Council")),
    ],
)
def test_both_members_of_without_a_noun_after_both_or_with_a_time_word(text, expected):
    assert _row(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Both countries applied for membership of the European Union.",
        "Both are candidates for EU membership.",
        "Both countries are observers in the Arab League.",
        "The two countries share a border with the European Union.",
        "Both countries oppose NATO membership for Ukraine.",
    ],
)
def test_both_shapes_that_are_not_membership(text):
    assert _row(text) == []


def uruguay(text: str) -> list[tuple[str, str | None, str]]:
    return members(prose(text, "Foreign_relations_of_Uruguay.md"))


def _urys(*orgs: str, rule: str = "member-of") -> list[tuple[str, str | None, str]]:
    return sorted(("URY", o, rule) for o in orgs)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a generic head before the list
        (
            "Uruguay is a member of various international and regional organizations, including "
            "the United Nations, the African Union and the Francophonie.",
            _urys("UN", "AU", "Francophonie"),
        ),
        (
            "Uruguay is a member of a number of international organizations, such as the United "
            "Nations, African Union, and Arab League.",
            _urys("UN", "AU", "Arab League"),
        ),
        (
            "Uruguay is a founding member of several multinational organizations, including OPEC, "
            "the United Nations and the Arab League.",
            _urys("OPEC", "UN", "Arab League"),
        ),
        (
            "Uruguay is active in international organizations such as the UN and the OAS.",
            _urys("UN", "OAS"),
        ),
        # list openings
        (
            "Uruguay is a member of the following international organizations: CAN, Pacific "
            "Alliance, UN and WHO.",
            _urys("CAN", "Pacific Alliance", "UN", "WHO"),
        ),
        (
            "Uruguay holds memberships in the World Bank, the IMF and Interpol.",
            _urys("World Bank", "IMF", "Interpol"),
        ),
        (
            "It maintains membership in several international financial institutions, including "
            "the World Bank, the Inter-American Development Bank, and the International Monetary "
            "Fund.",
            _urys("World Bank", "IDB", "IMF"),
        ),
        (
            "Uruguay is a member or participant of the ACP, the Asian Development Bank and the FAO.",
            _urys("ACP", "ADB", "FAO"),
        ),
        # a list that goes on past the organization's own agencies
        (
            "Uruguay is a member of the United Nations and several of its specialized agencies, "
            "the Organization of American States (OAS) and Mercosur.",
            _urys("UN", "OAS", "Mercosur"),
        ),
        (
            "Uruguay is a member of the United Nations along with most of its agencies as well as "
            "the Commonwealth of Nations, World Bank and Council of Europe.",
            _urys("UN", "Commonwealth", "World Bank", "CoE"),
        ),
        # founding members, joined in an elliptic second clause
        (
            "In 1969, Uruguay and Peru were among the founding members of the Andean Community.",
            sorted([("PER", "CAN", "members-listed"), ("URY", "CAN", "members-listed")]),
        ),
        (
            "Uruguay joined the Andean Community in 1999, while Peru joined in 2004.",
            sorted([("PER", "CAN", "joined"), ("URY", "CAN", "joined")]),
        ),
    ],
)
def test_lists_and_their_openings(text, expected):
    assert uruguay(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Uruguay seeks membership in several organizations, including the OECD.", []),
        ("Uruguay has observer status in several organizations, such as the OAS and the AU.", []),
        (
            "Uruguay is a member of the UN, the OAS, and an observer in the Arab League.",
            _urys("UN", "OAS"),
        ),
        ("Uruguay is a member of the UN and several of its agencies.", _urys("UN")),
        ("Uruguay applied to join the European Union, while Peru joined in 2004.", []),
        ("Uruguay joined Ghana in condemning the coup.", []),
        ("Uruguay has agreements with several organizations, including the European Union.", []),
    ],
)
def test_list_traps(text, expected):
    assert uruguay(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Both countries are NATO members.", _both("NATO")),
        (
            "Both countries are full members of both the OAS and the Andean Community.",
            _both("OAS", "CAN"),
        ),
    ],
)
def test_both_with_the_organization_as_a_modifier_or_both_organizations(text, expected):
    assert _row(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Uruguay has been an independent Commonwealth realm since 1974.", _urys("Commonwealth")),
        (
            "Uruguay and Ghana are both Commonwealth members.",
            sorted(("URY" if s == 0 else "GHA", "Commonwealth", "members-listed") for s in (0, 1)),
        ),
        ("Uruguay was one of the founders of the Non-Aligned Movement (NAM).", _urys("NAM")),
        (
            "In 2015, Uruguay also formed the Eurasian Economic Union with Armenia, Kazakhstan, "
            "and Belarus.",
            sorted(
                [("URY", "EAEU", "joined")]
                + [(s, "EAEU", "members-listed") for s in ("ARM", "KAZ", "BLR")]
            ),
        ),
        # traps: the organization modifies something that is not membership
        ("Uruguay is a major non-NATO ally.", []),
        ("Uruguay is an EU candidate country.", []),
        ("Uruguay formed a committee with Ghana.", []),
    ],
)
def test_founders_and_the_organization_as_a_modifier(text, expected):
    assert uruguay(text) == sorted(expected)


def test_the_organization_modifying_allies_is_a_membership():
    """ "NATO allies" (fixtures/gold/ADJUDICATION.md, Italy:136: 'NATO allies' kept)."""
    assert uruguay("Uruguay and Peru are NATO allies.") == [
        ("PER", "NATO", "members-listed"),
        ("URY", "NATO", "members-listed"),
    ]
    assert uruguay("Uruguay and Peru are not NATO allies.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acronyms with digits in a list
        (
            "Uruguay is a member of the Council of Europe, European Union, G4, G8, International "
            "Monetary Fund and NATO.",
            _urys("CoE", "EU", "G4", "G8", "IMF", "NATO"),
        ),
        # the agencies named in brackets do not end the list, and are listed too (labels:
        # Malawi 21)
        (
            "Uruguay is a member of the following international organizations: UN and some of its "
            "specialized and related agencies (i.e. UNCTAD, UNESCO, UNIDO), IMF, World Bank.",
            _urys("UN", "UNCTAD", "UNESCO", "UNIDO", "IMF", "World Bank"),
        ),
        (
            "Uruguay is affiliated with the United Nations and many of its specialised agencies, "
            "including UNESCO, World Bank, International Monetary Fund.",
            _urys("UN", "UNESCO", "World Bank", "IMF"),
        ),
        # a footnote after a semicolon, and an elected member
        (
            "Uruguay is a founding member of the United Nations;[2] an elected member of the "
            "Security Council[3] and participant in the FAO and UNESCO.",
            _urys("UN", "UNSC", "FAO", "UNESCO"),
        ),
        # a treaty the registry lacks is no membership, and the list goes on past it
        (
            "Uruguay is a member of the World Intellectual Property Organization (WIPO), Berne "
            "Convention, Universal Copyright Convention and the Organization of African Unity.",
            _urys("WIPO", "OAU"),
        ),
        ("Uruguay is affiliated with the Socialist International.", []),
    ],
)
def test_lists_with_digits_brackets_footnotes_and_treaties(text, expected):
    assert uruguay(text) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        # a bare list in brackets after an organization does not say what it names (M3)
        "Uruguay criticised the EU (France, Germany) for its stance.",
        "Talks with the GCC (Saudi Arabia, Bahrain, Qatar) resumed in 2010.",
    ],
)
def test_a_bare_bracketed_list_after_an_organization_is_not_its_members(text):
    assert members(prose(text, "Foreign_relations_of_Uruguay.md")) == []


def test_the_members_of_an_organization_in_brackets_are_its_members():
    tables = prose(
        "Uruguay met the members of the GCC (Saudi Arabia, Bahrain, Qatar).",
        "Foreign_relations_of_Uruguay.md",
    )
    assert members(tables) == [
        ("BHR", "GCC", "members-listed"),
        ("QAT", "GCC", "members-listed"),
        ("SAU", "GCC", "members-listed"),
    ]
