"""Every named way of reading a fact, in precedence order: the one table that decides between
rules, and that the schemas' `rule`, `counterpart_method`, `status_rule` and `began_source`
enums are made from.

Within a family a lower rank wins: when two rules read the same words of a sentence (the same
mission noun, the same organization), the fact of the better-ranked rule is kept; when the same
fact is stated twice, its values come from the better-ranked statement. Rules of equal rank are
peers: for counterparts, peers must agree or the row stays undecided.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RuleSpec:
    family: str
    name: str
    rank: int
    reads: str
    example: str


RULES: tuple[RuleSpec, ...] = (
    # -- who a relations row is about (relations.counterpart_method) ------------------------
    RuleSpec("counterpart", "country-cell", 1, "the row's country cell names a state", "Hungary"),
    RuleSpec("counterpart", "list-item", 1, "an item of a list of states names one", "Bhutan"),
    RuleSpec(
        "counterpart",
        "see-relations",
        2,
        "a See/Main line names the pair's relations",
        "See Azerbaijan–Djibouti relations",
    ),
    RuleSpec(
        "counterpart",
        "organization-mention",
        2,
        "a row of a table of organizations names its organization",
        "Azerbaijan has been a member of the OSCE since 1992",
    ),
    RuleSpec(
        "counterpart",
        "sentence-subject",
        3,
        "a sentence naming the subject opens with another state",
        "Mexico has an embassy in Baku",
    ),
    RuleSpec(
        "counterpart",
        "subject-sentence",
        3,
        "a sentence opening with the subject acts on another state",
        "Azerbaijan is represented in Nicaragua through its embassy in Havana",
    ),
    RuleSpec(
        "counterpart",
        "relations-between",
        3,
        "relations between the subject and a state",
        "Relations between Kenya and Ethiopia date back to 1954",
    ),
    RuleSpec(
        "counterpart",
        "subject-mission-city",
        4,
        "the subject's mission is in a city of one state",
        "Azerbaijan has an embassy in Lima",
    ),
    RuleSpec(
        "counterpart",
        "sole-mention",
        5,
        "the only state the row's sentences about the subject name",
        "Azerbaijan and Bhutan signed an agreement",
    ),
    RuleSpec(
        "counterpart",
        "footnote",
        6,
        "the only state the row's footnotes name, in any language",
        "[12] Посольство Азербайджана в Египте",
    ),
    RuleSpec(
        "counterpart",
        "footnote-region",
        6,
        "the only footnote state in the section's continent",
        "[7] Benin, Togo (Africa)",
    ),
    # -- missions ------------------------------------------------------------------------------
    RuleSpec(
        "missions",
        "accredited-from",
        1,
        "S is accredited to H from its mission in C",
        "Uruguay is accredited to Azerbaijan from its embassy in Tehran, Iran",
    ),
    RuleSpec(
        "missions",
        "represented-via",
        1,
        "S is represented in H through its mission in C",
        "Armenia is represented in Estonia through its embassy in Warsaw (Poland)",
    ),
    RuleSpec(
        "missions",
        "interests-represented-by",
        1,
        "S's interests in H are represented by a mission in C",
        "Estonian interests in Egypt are represented by the Swedish embassy in Cairo",
    ),
    RuleSpec(
        "missions",
        "serving-mission",
        1,
        "S has a mission in C which serves H",
        "Sri Lanka has an embassy in Stockholm which serves Estonia",
    ),
    RuleSpec(
        "missions",
        "covering-mission-accredited",
        1,
        "S's mission in C is accredited to H",
        "The Turkish Embassy in Oslo is accredited to Iceland",
    ),
    RuleSpec(
        "missions",
        "mission-closed",
        2,
        "a mission the sentence names was closed",
        "In 1993, Mexico opened an embassy in Windhoek, however, the embassy was closed in 2002",
    ),
    RuleSpec(
        "missions",
        "mission-list-with-count",
        3,
        "S has N missions in C1, C2 ... (the list is kept; a count that disagrees is noted)",
        "Estonia has six honorary consulates in Kotka, Mariehamn, Oulu, Tampere, Turku and Vaasa",
    ),
    RuleSpec(
        "missions",
        "non-resident-mission",
        3,
        "S has a non-resident embassy in C (covering the row's other state)",
        "Azerbaijan has a non-resident embassy in London",
    ),
    RuleSpec(
        "missions",
        "has-mission",
        4,
        "S has / maintains / operates a mission in C",
        "Belgium has an embassy in Kuala Lumpur",
    ),
    RuleSpec(
        "missions",
        "opened-mission",
        4,
        "S opened / established a mission in C",
        "Kenya opened an embassy in Addis Ababa in 1967",
    ),
    RuleSpec(
        "missions",
        "planned-mission",
        4,
        "S will / plans to open a mission in C",
        "Azerbaijan will open a consulate-general in Yekaterinburg",
    ),
    RuleSpec(
        "missions",
        "senders-listed",
        5,
        "S1, S2 and S3 have missions in C",
        "Four nations maintain permanent embassies in the FSM: Australia, China, Japan and "
        "the United States",
    ),
    RuleSpec(
        "missions",
        "reciprocal-missions",
        5,
        "the two states have missions in each other's capitals",
        "Both countries have embassies in each other's capitals",
    ),
    RuleSpec(
        "missions",
        "existential-mission",
        5,
        "there is an S mission in C",
        "There is a U.S. Embassy in Bamako",
    ),
    RuleSpec(
        "missions",
        "named-mission",
        5,
        "the S mission in C (was opened ...)",
        "The Greek embassy in Baku was opened in the spring of 1993",
    ),
    RuleSpec(
        "missions",
        "mission-without-sender",
        6,
        "the mission in C (of the row's other state) was opened",
        "The embassy in Nairobi was opened on 12 December 1963",
    ),
    # -- memberships and other roles in organizations ------------------------------------------
    RuleSpec(
        "memberships",
        "participation-list",
        1,
        "a list of organizations under a participation heading or lead-in",
        "AsDB, BSEC, CE, CIS, EAPC, EBRD, ...",
    ),
    RuleSpec(
        "memberships",
        "both-members-of",
        2,
        "both countries are members of O",
        "Both countries are full members of the Council of Europe",
    ),
    RuleSpec(
        "memberships",
        "members-listed",
        2,
        "S1, S2 and S3 are members of O",
        "Kenya, Uganda and Tanzania are members of the East African Community",
    ),
    RuleSpec(
        "memberships",
        "member-of",
        2,
        "S is a member (observer, candidate ...) of O",
        "Azerbaijan is a member of the United Nations",
    ),
    RuleSpec(
        "memberships",
        "joined",
        2,
        "S joined / acceded to / became a member of O",
        "Estonia joined NATO in 2004",
    ),
    RuleSpec(
        "memberships",
        "withdrew-from",
        2,
        "S withdrew from / left O",
        "Venezuela withdrew from the Andean Community",
    ),
    RuleSpec(
        "memberships",
        "common-membership",
        3,
        "the states named work through common membership in O",
        "the three nations work toward integration through common membership in the East "
        "African Community",
    ),
    RuleSpec(
        "memberships",
        "model:membership-lr",
        4,
        "a state and an organization in one sentence that the learned reader scores as a "
        "membership the rules did not read (docs/model-card-membership-lr.md)",
        "Angola is also active in the Southern African Development Community",
    ),
    # -- recognitions --------------------------------------------------------------------------
    RuleSpec(
        "recognitions",
        "nth-to-recognize",
        1,
        "S was the Nth state to recognize R (after T)",
        "Pakistan was the second country to recognize Azerbaijan after Turkey",
    ),
    RuleSpec(
        "recognitions",
        "first-to-do-so",
        1,
        "the first state to do so was S",
        "the first country to do so was Iceland on 22 August 1991",
    ),
    RuleSpec(
        "recognitions",
        "recognized-by",
        2,
        "R was recognized by S",
        "Azerbaijan was recognized by Romania on 11 December 1991",
    ),
    RuleSpec(
        "recognitions",
        "re-recognized",
        2,
        "S re-recognized R",
        "Colombia re-recognised the restored Republic of Estonia on 23 March 1994",
    ),
    RuleSpec(
        "recognitions",
        "recognized",
        2,
        "S recognized R (the independence of R)",
        "Japan recognized Azerbaijan on 28 December 1991",
    ),
    RuleSpec(
        "recognitions",
        "recognized-each-other",
        2,
        "the two states recognized each other (each the other)",
        "the two republics recognised each other's independence on 12 February 1992",
    ),
    RuleSpec(
        "recognitions",
        "recognized-it",
        3,
        "S recognized it: the state whose independence the sentence declared",
        "Kosovo declared its independence from Serbia on 17 February 2008 and Ireland "
        "recognised it on 29 February 2008",
    ),
    RuleSpec(
        "recognitions",
        "recognition-of",
        3,
        "S's recognition of R / S granted recognition to R",
        "Mexico's recognition of Namibia on 17 April 1990",
    ),
    # -- where relations stand (relations.status_rule) -----------------------------------------
    RuleSpec(
        "relation-status",
        "no-relations-list",
        1,
        "the state is listed under a 'no relations' heading or lead-in",
        "Azerbaijan has not established diplomatic relations with: - Armenia",
    ),
    RuleSpec(
        "relation-status",
        "relations-none",
        2,
        "the two states have no relations",
        "Azerbaijan and Armenia do not have diplomatic relations",
    ),
    RuleSpec(
        "relation-status",
        "relations-changed",
        3,
        "the last change of state between the two: severed, suspended, restored",
        "Relations were severed in 1967 and restored in 1991",
    ),
    RuleSpec(
        "relation-status",
        "relations-established",
        4,
        "relations are stated as established",
        "Both countries established diplomatic relations on 24 April 1995",
    ),
    RuleSpec(
        "relation-status",
        "dated-relations",
        5,
        "the row dates the start of relations",
        "| 1992-06-25 |",
    ),
    RuleSpec(
        "relation-status",
        "missions-imply-relations",
        6,
        "a mission or an accreditation between the two states (in the row)",
        "Mexico has an embassy in Baku",
    ),
    # -- when relations began (relations.began_source) -----------------------------------------
    RuleSpec("relation-began", "table-cell", 1, "the 'Formal relations began' cell", "1962-06-12"),
    RuleSpec(
        "relation-began",
        "sentence",
        2,
        "the date a row sentence gives for establishing relations",
        "Both countries established diplomatic relations on 24 April 1995",
    ),
    RuleSpec(
        "relation-began",
        "footnote-date",
        3,
        "the publication date of the footnote the cell cites (relations began by then)",
        "[5] ... 12 March 2010",
    ),
    # -- what the began date dates (relations.began_kind_rule) --------------------------------
    RuleSpec(
        "began-kind",
        "began-cell",
        1,
        "a word of the began cell itself",
        "1991 (restored)",
    ),
    RuleSpec(
        "began-kind",
        "began-sentence",
        2,
        "the word nearest the date in the sentence the date was read from",
        "Diplomatic relations were restored on 20 August 1991",
    ),
    RuleSpec(
        "began-kind",
        "row-sentence",
        3,
        "a word near the date's year in a sentence of the row",
        "Relations were re-established in 1991",
    ),
    RuleSpec(
        "began-kind",
        "began-header",
        4,
        "the began column's header",
        "Period of recognition",
    ),
    # -- counts the text claims ----------------------------------------------------------------
    RuleSpec(
        "claims",
        "relations-count",
        1,
        "relations with N countries",
        "diplomatic relations with 158 countries",
    ),
    RuleSpec(
        "claims",
        "no-relations-count",
        1,
        "no relations with N countries",
        "has not established diplomatic relations with three countries",
    ),
    RuleSpec(
        "claims",
        "recognitions-count",
        1,
        "recognized by N states",
        "recognised by 112 UN member states",
    ),
    RuleSpec(
        "claims",
        "memberships-count",
        1,
        "member of N organizations",
        "a member of 47 international organizations",
    ),
    RuleSpec("claims", "embassies-count", 1, "has N embassies", "has 64 embassies"),
)


def family(name: str) -> tuple[RuleSpec, ...]:
    """The rules of a family, best first."""
    return tuple(sorted((r for r in RULES if r.family == name), key=lambda r: r.rank))


def names(name: str) -> tuple[str, ...]:
    """The rule names of a family, best first: the allowed values of its column."""
    return tuple(r.name for r in family(name))


def rank(family_name: str, rule: str) -> int:
    for r in RULES:
        if r.family == family_name and r.name == rule:
            return r.rank
    raise KeyError(f"no rule {rule!r} in family {family_name!r}")
