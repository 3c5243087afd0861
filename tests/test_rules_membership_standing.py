"""A membership that ended or is suspended (`withdrew-from`, `suspended-from`,
`formerly-member`, `expelled-by`): short sentences written for each shape (a paragraph of
"Foreign relations of Uruguay"; facts as (member, organization, standing, rule, date)), and
traps that must not read: a threat, vote, bill or plan to leave, a negation, an unreal mood, a
hypothesis, a body or place of the organization, a plain past membership."""

from __future__ import annotations

import pytest

from tests.conftest import facts, row_facts

WITHDREW = "withdrew-from"
SUSPENDED = "suspended-from"
FORMERLY = "formerly-member"
EXPELLED = "expelled-by"

Fact = tuple[str, str, str, str, str | None]


def uruguay(text: str) -> list[Fact]:
    tables = facts(f"Overview\n\n{text}\n", "Foreign_relations_of_Uruguay.md")
    return sorted(
        (m.member_iso3, m.org_id or m.org_name, m.standing, m.rule, m.date_text)
        for m in tables["memberships"]
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chile withdrew from the Andean Community in 1976.",
            [("CHL", "CAN", "former", WITHDREW, "1976")],
        ),
        # an adverb, a set-off sentence adverb, an auxiliary between the state and its verb
        (
            "Albania formally withdrew from the Warsaw Pact in 1968 over the invasion.",
            [("ALB", "Warsaw Pact", "former", WITHDREW, "1968")],
        ),
        (
            "The OAU seated the SADR; Morocco, consequently, withdrew from the OAU.",
            [("MAR", "OAU", "former", WITHDREW, None)],
        ),
        (
            "Britain has also withdrawn from the Secretariat of the Pacific Community.",
            [("GBR", "SPC", "former", WITHDREW, None)],
        ),
        # other verbs of an ending, and a list of organizations
        (
            "South Africa quit the Commonwealth in 1961.",
            [("ZAF", "Commonwealth", "former", WITHDREW, "1961")],
        ),
        (
            "Mali dropped out of the Franc Zone shortly after independence.",
            [("MLI", "Franc Zone", "former", WITHDREW, None)],
        ),
        (
            # (a date after the last item is that item's: which it dates is not guessed)
            "Chile left the Andean Community and the Rio Group in 1976.",
            [
                ("CHL", "CAN", "former", WITHDREW, None),
                ("CHL", "Rio Group", "former", WITHDREW, "1976"),
            ],
        ),
        # inside a sentence: after a conjunction, and as a later predicate of the opening state
        (
            "After the revolution, when Cuba was expelled from the Organization of American "
            "States, Mexico abstained.",
            [("CUB", "OAS", "former", WITHDREW, None)],
        ),
        (
            "Relations are poor since the war, Georgia broke off relations with Russia and has "
            "left the Commonwealth of Independent States.",
            [("GEO", "CIS", "former", WITHDREW, None)],
        ),
        # a span of years: its end dates the ending
        (
            "Chile left the Andean Community from 1969 to 1976.",
            [("CHL", "CAN", "former", WITHDREW, "1976")],
        ),
        # suspended: still a member, dated by the suspension
        (
            "Syria was suspended from the Arab League in 2011 and the Organisation of Islamic "
            "Cooperation in 2012.",
            [
                ("SYR", "Arab League", "suspended", SUSPENDED, "2011"),
                ("SYR", "OIC", "suspended", SUSPENDED, "2012"),
            ],
        ),
        (
            "Nigeria was suspended from the Commonwealth of Nations from 1995 until 1999.",
            [("NGA", "Commonwealth", "suspended", SUSPENDED, "1995")],
        ),
        (
            "Syria has been temporarily suspended from the Arab League since the civil war.",
            [("SYR", "Arab League", "suspended", SUSPENDED, None)],
        ),
        # a membership the text places in the past as over
        (
            "It was formerly a member of the now-defunct Latin Union and the SEATO.",
            [
                ("URY", "Latin Union", "former", FORMERLY, None),
                ("URY", "SEATO", "former", FORMERLY, None),
            ],
        ),
        (
            "Iran and Turkey were once members of CENTO.",
            [
                ("IRN", "CENTO", "former", FORMERLY, None),
                ("TUR", "CENTO", "former", FORMERLY, None),
            ],
        ),
        (
            "Venezuela was a member of the Andean Community until 2006.",
            [("VEN", "CAN", "former", FORMERLY, "2006")],
        ),
        # the organization as the agent
        (
            "In 1971, the UN expelled the Republic of China and seated the PRC.",
            [("TWN", "UN", "former", EXPELLED, "1971")],
        ),
        (
            "The OAS suspended Honduras in 2009.",
            [("HND", "OAS", "suspended", EXPELLED, "2009")],
        ),
        # a date fronted before the subject dates its clause's ending
        (
            "In 1962, Cuba was expelled from the Organization of American States.",
            [("CUB", "OAS", "former", WITHDREW, "1962")],
        ),
        (
            "Cuba was expelled by the OAS in 1962.",
            [("CUB", "OAS", "former", EXPELLED, "1962")],
        ),
    ],
)
def test_endings_and_suspensions(text, expected):
    assert uruguay(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # prospective: a threat, a vote, a bill, a plan, a hypothesis
        "Chile threatened to withdraw from the Andean Community.",
        "Chile voted to leave the Andean Community in 2016.",
        "The Congress passed a bill to leave the Andean Community.",
        "Chile plans to quit the Rio Group.",
        "If Chile left the Andean Community, trade would fall.",
        "There were fears that Chile has left the Rio Group.",
        # negated, unreal
        "Chile did not leave the Andean Community.",
        "Chile never quit the Rio Group.",
        "Chile would have left the Andean Community.",
        # a body or a place of the organization, not the organization
        "Chile left the OAS summit early.",
        "Chile left the UN headquarters after the vote.",
        "Chile left the European Union's single market talks.",
        # troops withdrawn, diplomats expelled: not the state's membership
        "Chilean troops were withdrawn from the United Nations Mission in Haiti.",
        "The European Union expelled Russian diplomats in 2018.",
        # a plain past membership is no ending (it is a membership: no former standing)
        "Senegal was a member of the UN Security Council in 1988.",
        # another clause's subject between the opening state and the later predicate
        "Chile said that Peru broke off relations and has left the Andean Community.",
    ],
)
def test_traps_give_no_ending(text):
    assert [f for f in uruguay(text) if f[2] != "member"] == []


def test_a_plain_past_membership_stays_a_member():
    assert uruguay("Senegal was a member of the UN Security Council in 1988.") == [
        ("SEN", "UNSC", "member", "member-of", "1988")
    ]


def test_an_ending_supersedes_a_plain_membership_read_in_the_same_sentence():
    """One sentence, one fact per member and organization: the ending says more."""
    got = uruguay(
        "Britain has also withdrawn from the Secretariat of the Pacific Community, a regional "
        "organization of which it was a founding member."
    )
    assert got == [("GBR", "SPC", "former", WITHDREW, None)]


def test_in_a_relations_row_both_are_the_article_subject_and_the_row_state():
    row = ["Both countries are part of the ECO and both were once members of the CENTO alliance."]
    tables = row_facts(row, "Foreign_relations_of_Turkey.md", country="Iran")
    got = {(m.member_iso3, m.org_id, m.standing) for m in tables["memberships"]}
    assert {("TUR", "CENTO", "former"), ("IRN", "CENTO", "former")} <= got
    # outside a row, "both" names no one this rule reads
    assert [f for f in uruguay("Both were once members of CENTO.") if f[3] == FORMERLY] == []


def test_in_a_relations_row_an_it_is_left_undecided_and_a_named_state_read():
    """In a row "it" may be the row's country or the article's: not guessed."""
    row = ["Relations cooled after it was suspended from the Arab League."]
    tables = row_facts(row, "Foreign_relations_of_Uruguay.md", country="Syria")
    assert tables["memberships"] == []
    row = ["Relations cooled after Syria was suspended from the Arab League in 2011."]
    tables = row_facts(row, "Foreign_relations_of_Uruguay.md", country="Syria")
    assert [(m.member_iso3, m.standing, m.date_text) for m in tables["memberships"]] == [
        ("SYR", "suspended", "2011")
    ]
