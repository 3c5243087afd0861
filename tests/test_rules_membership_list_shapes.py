"""Lists of organizations that stopped early where the sentence goes on naming bodies: items set
apart by semicolons with words of their own between them ("for regional integration;", ", which
seeks to ...;"), one item used as a modifier in such a list ("EC association under ..."), an
item said to be left ("; withdrew from the OPEC"), a name partly in lower case up to its acronym.
Sentences written for each shape, with traps that must read nothing."""

from __future__ import annotations

from tests.conftest import extractors, facts, row_facts


def uruguay(text: str) -> set[tuple[str, str, str]]:
    """(member, organization id or name as written, standing) read in a paragraph of "Foreign
    relations of Uruguay"."""
    tables = facts(f"Overview\n\n{text}\n", "Foreign_relations_of_Uruguay.md")
    return {(m.member_iso3, m.org_id or m.org_name, m.standing) for m in tables["memberships"]}


def orgs(text: str, standing: str = "member") -> set[str]:
    return {o for who, o, s in uruguay(text) if who == "URY" and s == standing}


# -- semicolons --------------------------------------------------------------------------------
def test_items_set_apart_by_semicolons_past_their_own_words():
    got = orgs(
        "It participates in the Organization of American States (OAS) for regional security; "
        "Mercosur, which seeks to integrate the economies of Brazil and Paraguay; the Rio Group; "
        "and the Latin American Integration Association (ALADI)."
    )
    assert got == {"OAS", "Mercosur", "Rio Group", "ALADI"}


def test_an_item_used_as_a_modifier_is_left_out_and_the_list_goes_on():
    got = uruguay(
        "Uruguay is a member of the OAS; the World Bank; EC association under Lome Convention; "
        "Non-Aligned Movement; withdrew from the Organization of Petroleum Exporting Countries."
    )
    assert {(o, s) for _, o, s in got} == {
        ("OAS", "member"),
        ("World Bank", "member"),
        ("NAM", "member"),
        ("OPEC", "former"),
    }


def test_a_name_in_lower_case_up_to_its_acronym():
    got = orgs(
        "Uruguay is a member of the OAS; the Permanent Interstate Committee for drought control "
        "in the Sahel (CILSS); and the Rio Group."
    )
    assert got == {"OAS", "CILSS", "Rio Group"}


def test_semicolon_traps():
    # after the semicolon a new clause: its subject is no item of the list
    got = orgs("Uruguay is a member of the OAS for regional security; the UN praised its role.")
    assert got == {"OAS"}
    # a new predicate before the semicolon ends the list
    got = orgs("Uruguay is a member of the OAS and has good ties to Chile; the Rio Group.")
    assert got == {"OAS"}
    # another state's membership after the semicolon
    got = uruguay("Uruguay is a member of the OAS for trade; Chile is a member of the Rio Group.")
    assert ("URY", "Rio Group", "member") not in got
    # a bracket that is no acronym of an organization
    got = orgs("Uruguay is a member of the OAS; the Committee for drought control (1973).")
    assert "CILSS" not in got
    # names used as modifiers with no semicolon: nothing (as before)
    assert not orgs("Uruguay takes part in the OAS and Mercosur training efforts.")


# -- brackets after a name ---------------------------------------------------------------------
def test_two_acronyms_in_a_bracket_name_two_bodies():
    got = orgs("Uruguay is a member of the OAS; Central African Customs Union (UDEAC/CEMAC).")
    assert got == {"OAS", "UDEAC", "CEMAC"}


def test_one_acronym_of_another_body_adds_nothing():
    # the same body's other name, or a slip of the writer's: the name before it is the item
    assert orgs("Uruguay is a member of the World Bank (IBRD) and the OAS.") == {
        "World Bank",
        "OAS",
    }
    got = orgs(
        "Uruguay is a member of the Organisation for Economic Co-operation and Development (OSCE)."
    )
    assert got == {"OECD"}


def test_an_acronym_is_the_documents_own_only_where_it_spells_the_name():
    # "World Tourism Organization (WTO)" defines the WTO for the document: the later WTO is it
    got = uruguay(
        "Uruguay is a member of the World Tourism Organization (WTO). Chile joined the WTO in 1975."
    )
    assert ("CHL", "UNWTO", "member") in got
    # "Economic and Monetary Union (CEMAC)" does not make every later CEMAC the EMU
    got = uruguay(
        "Uruguay is a member of the Economic and Monetary Union (CEMAC). Chad is a member of CEMAC."
    )
    assert ("TCD", "CEMAC", "member") in got
    assert ("TCD", "EMU", "member") not in got


# -- items of a participation list -------------------------------------------------------------
def participation(*items: str) -> list[tuple[str, str]]:
    """(organization id or "", name) of each membership read from a participation list."""
    text = "International organization participation\n\n" + "".join(f"-   {i}\n" for i in items)
    tables = facts(text, "Foreign_relations_of_Uruguay.md")
    return sorted((m.org_id or "", m.org_name) for m in tables["memberships"])


def test_an_items_leading_article_is_no_part_of_the_name():
    assert participation("The Arctic Council's Eastern Working Group") == [
        ("", "Arctic Council's Eastern Working Group")
    ]


def test_an_acronym_and_its_name_before_a_bracket_name_the_body():
    got = participation(
        "IBRD – International Bank for Reconstruction and Development (World Bank)",
        "Lomé Convention (ACP)",
    )
    assert [o for o, _ in got] == ["ACP", "IBRD"]


def test_a_long_item_that_opens_with_a_known_acronym():
    got = participation(
        "ITUC – International Trade Union Confederation (the successor to ICFTU (International "
        "Confederation of Free Trade Unions) and the WCL (World Confederation of Labour))"
    )
    assert [o for o, _ in got] == ["ITUC"]


def test_participation_item_traps():
    # a long item that opens with no acronym the registry knows is no organization's name
    assert not participation(
        "XQZ – a committee that the ministry set up in 1999 with several other agencies and bodies"
    )
    assert not participation(
        "Several working groups and committees of the regional councils on trade and development"
    )


# -- names as the registry and the articles write them -----------------------------------------
def test_the_registry_names_a_body_as_its_wikipedia_title_does():
    registry = extractors().knowledge.organizations
    for written, name in [
        ("Mekong-Ganga Cooperation", "Mekong–Ganga Cooperation"),
        (
            "Asian-African Legal Consultative Organization",
            "Asian–African Legal Consultative Organization",
        ),
        (
            "Forum for East Asia-Latin America Cooperation",
            "Forum for East Asia–Latin America Cooperation",
        ),
    ]:
        org = registry.lookup(written)
        assert org is not None and org.name == name


def test_forms_of_a_name_the_articles_write():
    registry = extractors().knowledge.organizations
    for written, org_id in [
        ("African Caribbean and Pacific Group", "ACP"),
        ("Multinational Peace Force Southeast Europe", "MPFSEE"),
    ]:
        org = registry.lookup(written)
        assert org is not None and org.org_id == org_id


def test_the_baltic_council_is_not_its_council_of_ministers():
    # the Baltic Council meets as the Baltic Assembly and the Baltic Council of Ministers together
    assert extractors().knowledge.organizations.lookup("Baltic Council") is None
    got = uruguay("Uruguay is a member of the Baltic Council and the Baltic Council of Ministers.")
    assert {o for _, o, _ in got} == {"Baltic Council", "Baltic Council of Ministers"}


def test_a_lead_phrase_with_through_before_the_subject():
    got = orgs("Through accession to the Cotonou Agreement, Uruguay is also a member of the OAS.")
    assert got == {"OAS"}
    # the phrase may not hide another state's membership
    got = uruguay("Through its ties to Uruguay, Chile is also a member of the OAS.")
    assert ("URY", "OAS", "member") not in got


# -- what may stand between two items ----------------------------------------------------------
def test_a_body_and_its_adjunct():
    got = orgs(
        "It is also a member of the OSCE, NATO and its adjunct NACC, and the Council of Europe."
    )
    assert got == {"OSCE", "NATO", "NACC", "CoE"}


def test_a_bracketed_since_before_the_next_membership():
    got = orgs(
        "Uruguay is a founding member of the OAS and (since the Lima summit in June 1997) a "
        "member of the Rio Group."
    )
    assert got == {"OAS", "Rio Group"}
    # a bracket saying the membership ended is no joint of the list
    got = orgs("Uruguay is a member of the OAS and (until 1991) a member of the Rio Group.")
    assert "Rio Group" not in got


def test_who_began_a_body_is_passed_over():
    got = orgs(
        "Uruguay is a member of the Rio Group initiated by Brazil in 1986 and of the Latin "
        "American Integration Association (ALADI), a group of thirteen countries."
    )
    assert got == {"Rio Group", "ALADI"}
    # the body that began it is no item of the list
    got = orgs("Uruguay is a member of the Rio Group launched by the OAS.")
    assert got == {"Rio Group"}


# -- words around a name -----------------------------------------------------------------------
def test_whose_body_it_is_and_what_kind_of_body_before_its_name():
    assert orgs("Uruguay also is a member of the South Atlantic's Rio Group (RG).") == {"Rio Group"}
    got = orgs(
        "In 2007 Uruguay became a formal member of the OAS and the regional trade bloc Mercosur."
    )
    assert got == {"OAS", "Mercosur"}
    # a state's name before a kind of body is no item of the list
    assert not orgs("Uruguay is a member of the regional alliance with Brazil.")


def test_the_process_a_body_runs():
    assert orgs(
        "It also is active in the Summit of the Americas process and backs free trade."
    ) == {"Summit of the Americas"}
    got = uruguay(
        "An active participant in the Summit of the Americas process, Uruguay chairs a working "
        "group on market access."
    )
    assert ("URY", "Summit of the Americas", "member") in got
    # an observer in it is no member
    got = uruguay("An observer in the Summit of the Americas process, Uruguay chairs a group.")
    assert ("URY", "Summit of the Americas", "member") not in got


def test_a_seat_on_a_commission_named_for_what_it_is_on():
    got = uruguay(
        "Uruguay was a member of the OAS in 1988. It was elected to the UN Commission on Human Rights in 1997."
    )
    assert ("URY", "UNCHR", "member") in got
    # not elected: no seat
    got = uruguay("It was not elected to the UN Commission on Human Rights in 1997.")
    assert ("URY", "UNCHR", "member") not in got


# -- a member described by where it is from ----------------------------------------------------
def test_the_only_member_from_a_region():
    got = uruguay("In addition, it was the only Latin American member of the OECD until 2010.")
    assert ("URY", "OECD", "member") in got
    got = in_row(
        "Both nations are founding members of the Rio Group and are the only two "
        "Latin-American nations to be members of the OECD."
    )
    assert {("URY", "OECD"), ("GHA", "OECD")} <= got
    # a nation "to be" something else is no member
    got = in_row(
        "Both nations are the only two Latin-American nations to be expelled from the OECD."
    )
    assert ("URY", "OECD") not in got
    # never to have been a member
    got = uruguay(
        "Uruguay is the only South American nation never to have been a member of the OECD."
    )
    assert ("URY", "OECD", "member") not in got


def in_row(text: str) -> set[tuple[str, str]]:
    """(member, organization) read in a Ghana row of "Foreign relations of Uruguay"."""
    tables = row_facts([text], "Foreign_relations_of_Uruguay.md", country="Ghana")
    return {(m.member_iso3, m.org_id or m.org_name) for m in tables["memberships"]}


def test_a_body_named_before_by_its_head_word_alone_is_no_name():
    assert not orgs("Uruguay is the first South American country to join the Committee.")
    assert not orgs("Uruguay is a member of the Council.")
    # a name of its own, the registry's or not, is read
    assert orgs("Uruguay is a member of the Contact Group and the Commonwealth.") == {
        "Contact Group",
        "Commonwealth",
    }


def test_what_the_state_is_set_before_it():
    assert orgs("A former Spanish colony, it is also a member of the Commonwealth.") == {
        "Commonwealth"
    }
    # a body set before "it" is no state: nothing is said of the document's subject
    assert not orgs("A former Spanish colony, it was later sold to the Rio Group as a base.")
    # another state named before "it": the sentence is not about the document's subject
    got = uruguay("A former Spanish colony like Chile, it is also a member of the Commonwealth.")
    assert ("URY", "Commonwealth", "member") not in got


def test_a_list_set_off_by_a_dash_and_a_name_begun_before_the_known_words():
    got = orgs(
        "Uruguay was one of the founding members of several international organisations—the "
        "United Nations, New Development BRICS Bank, and G-20—and the founder of the Rio Group."
    )
    assert {"UN", "NDB", "G20"} <= got
    # the name goes on after the known words: another body
    got = in_row("Both countries are members of the East ASEAN Growth Triangle.")
    assert ("URY", "ASEAN") not in got
