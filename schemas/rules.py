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


# -- who a relations row is about (relations.counterpart_method) ------------------------
COUNTRY_CELL = RuleSpec(
    "counterpart", "country-cell", 1, "the row's country cell names a state", "Hungary"
)
LIST_ITEM = RuleSpec(
    "counterpart", "list-item", 1, "an item of a list of states names one", "Bhutan"
)
SEE_RELATIONS = RuleSpec(
    "counterpart",
    "see-relations",
    2,
    "a See/Main line names the pair's relations",
    "See Azerbaijan–Djibouti relations",
)
ORGANIZATION_MENTION = RuleSpec(
    "counterpart",
    "organization-mention",
    2,
    "a row of a table of organizations names its organization",
    "Azerbaijan has been a member of the OSCE since 1992",
)
SENTENCE_SUBJECT = RuleSpec(
    "counterpart",
    "sentence-subject",
    3,
    "a sentence naming the subject opens with another state",
    "Mexico has an embassy in Baku",
)
SUBJECT_SENTENCE = RuleSpec(
    "counterpart",
    "subject-sentence",
    3,
    "a sentence opening with the subject acts on another state",
    "Azerbaijan is represented in Nicaragua through its embassy in Havana",
)
RELATIONS_BETWEEN = RuleSpec(
    "counterpart",
    "relations-between",
    3,
    "relations between the subject and a state",
    "Relations between Kenya and Ethiopia date back to 1954",
)
SUBJECT_MISSION_CITY = RuleSpec(
    "counterpart",
    "subject-mission-city",
    4,
    "the subject's mission is in a city of one state",
    "Azerbaijan has an embassy in Lima",
)
SOLE_MENTION = RuleSpec(
    "counterpart",
    "sole-mention",
    5,
    "the only state the row's sentences about the subject name",
    "Azerbaijan and Bhutan signed an agreement",
)
FOOTNOTE = RuleSpec(
    "counterpart",
    "footnote",
    6,
    "the only state the row's footnotes name, in any language",
    "[12] Посольство Азербайджана в Египте",
)
FOOTNOTE_REGION = RuleSpec(
    "counterpart",
    "footnote-region",
    6,
    "the only footnote state in the section's continent",
    "[7] Benin, Togo (Africa)",
)
# -- missions ------------------------------------------------------------------------------
REPRESENTED_IN_THE_ROW = RuleSpec(
    "missions",
    "represented-in-the-row",
    1,
    "S is represented through its mission in C, no host named, in a row of two states: the host "
    "is the other state (open where C is in it)",
    "Denmark is represented through its embassy in Moscow",
)
REPRESENTED_IN_ITSELF = RuleSpec(
    "missions",
    "represented-in-itself",
    1,
    "S is represented in S through its mission in C (accredited to S from it), in a row of two "
    "states: a slip for the row's other state, read as represented-in-the-row",
    "Croatia is represented in Croatia through its embassy in New Delhi",
)
REPRESENTED_IN_MISNAMED_HOST = RuleSpec(
    "missions",
    "represented-in-misnamed-host",
    1,
    "S is represented in (accredited to) a name no gazetteer knows through (from) its mission in "
    "C, in a row of two states: a misprint of the row's other state, read as "
    "represented-in-the-row",
    "Croatia is represented in Tongo through its embassy in Paris",
)
REPRESENTED_BY_MISSION = RuleSpec(
    "missions",
    "represented-by-mission",
    1,
    "H is represented by S through its mission in C; in a row of two states, S is represented by "
    "the S mission in C (the host the row's other state)",
    "Armenia is represented by New Zealand through its embassy in Moscow",
)
IT_HAS_MISSION = RuleSpec(
    "missions",
    "it-has-mission",
    7,
    "It has missions in C..., in a row of two states: the missions of the state C is not in",
    "It has three honorary consulates in Chennai, Kolkata and Mumbai",
)
NAMED_MISSION_LIST = RuleSpec(
    "missions",
    "named-mission-list",
    7,
    "a list item '<Demonym> embassy in C and consulates in A, B': the missions after the first",
    "Russian embassy in Seoul and a consulate-general in Busan",
)
COORDINATED_NAMED_MISSION = RuleSpec(
    "missions",
    "coordinated-named-mission",
    7,
    "a mission named by its sender's demonym after 'and' that joins it to another mission at "
    "its place: the sender's mission at the place",
    "the Turkish Embassy in Dushanbe and the Tajik Embassy in Ankara were opened",
)
ACCREDITED_FROM = RuleSpec(
    "missions",
    "accredited-from",
    2,
    "S is accredited to H from its mission in C",
    "Uruguay is accredited to Azerbaijan from its embassy in Tehran, Iran",
)
REPRESENTED_VIA = RuleSpec(
    "missions",
    "represented-via",
    2,
    "S is represented in H through its mission in C",
    "Armenia is represented in Estonia through its embassy in Warsaw (Poland)",
)
INTERESTS_REPRESENTED_BY = RuleSpec(
    "missions",
    "interests-represented-by",
    2,
    "S's interests in H are represented by a mission in C",
    "Estonian interests in Egypt are represented by the Swedish embassy in Cairo",
)
REPRESENTATION_HANDLED_BY = RuleSpec(
    "missions",
    "representation-handled-by",
    2,
    "the representation of S in H is handled by a mission in C",
    "The diplomatic representation of Romania in Chad is handled by the Romanian embassy in "
    "Khartoum, Sudan",
)
REPRESENTED_THROUGH_MISSION = RuleSpec(
    "missions",
    "represented-through-mission",
    3,
    "S is represented in H consularly / via parallel accreditation of its mission in C; "
    "relations with H are maintained through S's mission in C; the plain wording misprinted "
    "(through it / by ts mission, is repreented in); further missions listed after C",
    "Japan is represented in Eswatini via parallel accreditation of its embassy in Pretoria, "
    "South Africa",
)
SERVING_MISSION = RuleSpec(
    "missions",
    "serving-mission",
    2,
    "S has a mission in C which serves H",
    "Sri Lanka has an embassy in Stockholm which serves Estonia",
)
COVERING_MISSION_ACCREDITED = RuleSpec(
    "missions",
    "covering-mission-accredited",
    2,
    "S's mission in C is accredited to H",
    "The Turkish Embassy in Oslo is accredited to Iceland",
)
COVERING_MISSION_LISTED_STATES = RuleSpec(
    "missions",
    "covering-mission-listed-states",
    2,
    "S's mission in C is accredited to H1, H2 and H3: the states after the first, each covered "
    "from C as the first is",
    "The French embassy in Suva is accredited to Kiribati, Nauru, Tonga and Tuvalu",
)
MISSION_CLOSED = RuleSpec(
    "missions",
    "mission-closed",
    3,
    "a mission the sentence names was closed",
    "In 1993, Mexico opened an embassy in Windhoek, however, the embassy was closed in 2002",
)
MISSION_LIST_WITH_COUNT = RuleSpec(
    "missions",
    "mission-list-with-count",
    4,
    "S has N missions in C1, C2 ... (the list is kept; a count that disagrees is noted)",
    "Estonia has six honorary consulates in Kotka, Mariehamn, Oulu, Tampere, Turku and Vaasa",
)
MISSION_LIST_CONTINUED = RuleSpec(
    "missions",
    "mission-list-continued",
    4,
    "S has missions in C1 and C2, and N missions (C3, C4) / with missions in C3 / in H (C3, C4)",
    "Spain has an embassy in Dublin and five honorary consulates (Cork, Limerick, Galway, "
    "Waterford and Sligo)",
)
MISSION_TO_HOLY_SEE = RuleSpec(
    "missions",
    "mission-to-holy-see",
    4,
    "S has a mission (in Rome) to the Holy See: the host is the Holy See, not Italy",
    "Chile has a resident embassy to the Holy See in Rome",
)
MISSION_WITHOUT_PLACE = RuleSpec(
    "missions",
    "mission-without-place",
    4,
    "S has a mission in C and N missions of a kind, the sentence ending there: one mission of "
    "that kind in C's country, its city unknown",
    "Germany has an embassy in Stockholm and 8 honorary consulates",
)
NON_RESIDENT_MISSION = RuleSpec(
    "missions",
    "non-resident-mission",
    4,
    "S has a non-resident embassy in C (covering the row's other state)",
    "Azerbaijan has a non-resident embassy in London",
)
HAS_MISSION = RuleSpec(
    "missions",
    "has-mission",
    5,
    "S has / maintains / operates a mission in C",
    "Belgium has an embassy in Kuala Lumpur",
)
OPENED_MISSION = RuleSpec(
    "missions",
    "opened-mission",
    5,
    "S opened / established a mission in C",
    "Kenya opened an embassy in Addis Ababa in 1967",
)
PLANNED_MISSION = RuleSpec(
    "missions",
    "planned-mission",
    5,
    "S will / plans to open a mission in C",
    "Azerbaijan will open a consulate-general in Yekaterinburg",
)
SENDERS_LISTED = RuleSpec(
    "missions",
    "senders-listed",
    6,
    "S1, S2 and S3 have missions in C",
    "Four nations maintain permanent embassies in the FSM: Australia, China, Japan and "
    "the United States",
)
RECIPROCAL_MISSIONS = RuleSpec(
    "missions",
    "reciprocal-missions",
    6,
    "the two states have missions in each other's capitals",
    "Both countries have embassies in each other's capitals",
)
MISSIONS_SHARING_A_PLACE = RuleSpec(
    "missions",
    "missions-sharing-a-place",
    6,
    "S has (both) a mission and another (and an office that is no mission)(, both) in C: each "
    "mission in C",
    "Croatia has both an embassy and an honorary consulate in Dublin",
)
EXISTENTIAL_MISSION = RuleSpec(
    "missions",
    "existential-mission",
    6,
    "there is an S mission in C",
    "There is a U.S. Embassy in Bamako",
)
NAMED_MISSION = RuleSpec(
    "missions",
    "named-mission",
    6,
    "the S mission in C (was opened ...)",
    "The Greek embassy in Baku was opened in the spring of 1993",
)
MISSIONS_OPENED_WITHOUT_SENDER = RuleSpec(
    "missions",
    "missions-opened-without-sender",
    7,
    "missions of no named sender opened in several places of a row's two states: each the "
    "mission of the state it is not in",
    "consulates-general were opened in Istanbul and Johannesburg respectively",
)
MISSIONS_IN_THE_OTHER_CAPITAL = RuleSpec(
    "missions",
    "missions-in-the-other-capital",
    7,
    "both countries / each country have a mission in the other('s) (one's) capital: one open "
    "mission each way",
    "Both countries have a resident embassy in the other's capital",
)
BARE_MISSION_ITEM = RuleSpec(
    "missions",
    "bare-mission-item",
    7,
    "a list item or a row's sentence that is only a mission and its places: one of the row's two "
    "states' missions, in the other",
    "- Consulate General in Vancouver",
)
MISSION_TABLE_ROW = RuleSpec(
    "missions",
    "mission-table-row",
    7,
    "a row of a table of the subject's missions (a City column, a heading naming the subject): "
    "its city, the state named or the city's, the kind in a cell or the heading",
    "Thai diplomatic missions | Argentine Republic | Buenos Aires | Embassy",
)
MISSION_WITHOUT_SENDER = RuleSpec(
    "missions",
    "mission-without-sender",
    7,
    "the mission in C (of the row's other state) was opened",
    "The embassy in Nairobi was opened on 12 December 1963",
)
# -- memberships and other roles in organizations ------------------------------------------
PARTICIPATION_LIST = RuleSpec(
    "memberships",
    "participation-list",
    1,
    "a list of organizations under a participation heading or lead-in",
    "AsDB, BSEC, CE, CIS, EAPC, EBRD, ...",
)
BOTH_MEMBERS_OF = RuleSpec(
    "memberships",
    "both-members-of",
    2,
    "both countries / both / they both / the two countries are members of (share membership of) O",
    "Both countries are full members of the Council of Europe",
)
MEMBERS_LISTED = RuleSpec(
    "memberships",
    "members-listed",
    2,
    "S1, S2 and S3 are members of O",
    "Kenya, Uganda and Tanzania are members of the East African Community",
)
MEMBER_OF = RuleSpec(
    "memberships",
    "member-of",
    2,
    "S is a member (observer, candidate ...) of [several international organizations, such as] "
    "O; S holds memberships in O",
    "Azerbaijan is a member of the United Nations",
)
JOINED = RuleSpec(
    "memberships",
    "joined",
    2,
    "S joined / acceded to / became a member of O",
    "Estonia joined NATO in 2004",
)
WITHDREW_FROM = RuleSpec(
    "memberships",
    "withdrew-from",
    2,
    "S (it, the country; S1 and S2) (formally, also ...) withdrew from / has withdrawn from / "
    "left / quit / dropped out of / pulled out of / resigned from / ceased to be a member of / was "
    "expelled from O1 and O2 (in DATE): a former membership, dated by its ending; not after "
    "'to' (a threat, vote or bill to leave), a negation or an unreal mood",
    "Venezuela withdrew from the Andean Community",
)
COMMON_MEMBERSHIP = RuleSpec(
    "memberships",
    "common-membership",
    3,
    "the states named work through common membership in O",
    "the three nations work toward integration through common membership in the East "
    "African Community",
)
MEMBERS_NAMED = RuleSpec(
    "memberships",
    "members-named",
    3,
    "the text names an organization's members: fellow/other O members A, B; members of O such "
    "as A, B; O, which includes A, B; the members of O are A, B; O member A",
    "Indonesia's relations with fellow ASEAN members - Malaysia, Singapore, and Vietnam",
)
AMONG_ORG_STATES = RuleSpec(
    "memberships",
    "among-org-states",
    3,
    "(From) among the O states (countries, members), S <ties> with (to) A, B and C: A, B and C are "
    "O's states (M8), S is not read; only the first list after S, as the other side of its "
    "relations (closeness, alliance), in S's clause",
    "From among the Arab League states, Syria continues to have good relations with Iraq, "
    "Egypt and Algeria",
)
BOTH_PARTNERS_IN = RuleSpec(
    "memberships",
    "both-share-membership",
    3,
    "both countries / A and B embrace membership of O; share ... memberships in O (being "
    "partners in, or cooperating within, an organization is not a membership: "
    "fixtures/README.md, M1)",
    "Both countries share the use of English as well as memberships in the Commonwealth",
)
MEMBERS_ALONG_WITH = RuleSpec(
    "memberships",
    "members-along-with",
    3,
    "S, along with (together with) A and B, is a member of O (an O member state)",
    "Lesotho, along with Brunei, Malaysia, Swaziland, and Tonga, is a Commonwealth member state",
)
AS_A_MEMBER = RuleSpec(
    "memberships",
    "as-a-member",
    3,
    "As a (founding) member of O(,) S ...: the state the sentence goes on with",
    "As a member of CARICOM Grenada strongly backs regional integration",
)
FOUNDED_WITH = RuleSpec(
    "memberships",
    "founded-with",
    3,
    "O, of which S was a founding member with A and B; S was a founding member of O with A and B",
    "ASEAN, of which it was a founding member in 1967 with Thailand, Malaysia and Singapore",
)
THEY_IN_ROW = RuleSpec(
    "memberships",
    "they-in-row",
    3,
    "in a relations row, they are (also) members of O, or take part in (other) organisations "
    "including O: the subject and the row's counterpart",
    "They are also members of the Non-Aligned Movement (NAM) and the OIC",
)
PAIR_MEMBERS = RuleSpec(
    "memberships",
    "pair-members",
    3,
    'a pair said to be members together where the clause does not open with it: "..., the two '
    'countries are members of O", "as both are members of O", "Both A and B, are members of O", '
    '"A and B, both being X, are founding members of O": the two states the sentence names, '
    "else the subject and the row's (the heading's) counterpart",
    "Despite wavering tensions, the two countries are members of the OIC and the Developing 8",
)
PAIR_ORG_MEMBERS = RuleSpec(
    "memberships",
    "pair-org-members",
    3,
    "a pair described by an organization's name (M15): between the two O members; both O "
    "nations; A & B are both O members: the two states the sentence names, else the subject and "
    "the row's (the heading's) counterpart",
    "Relations are quite close between the two Muslim-majority OIC members",
)
GROUP_NAMES_MEMBERS = RuleSpec(
    "memberships",
    "group-names-members",
    3,
    "a grouping named with the states that make it up, in words that say so (M3): O, an "
    "alliance among A, B and C; the grouping O involving (comprising) A and B; the N member "
    "states (A, B) of O; members of O (A, B)",
    "the G4, an alliance among Brazil, Germany, India, and Japan",
)
LIKE_A_MEMBER = RuleSpec(
    "memberships",
    "like-a-member",
    3,
    'Like A, B is a (full) member of O: both states ("Unlike A" is not read)',
    "Like Brunei, Canada is a full member of the Commonwealth of Nations",
)
AN_ORG_MEMBER = RuleSpec(
    "memberships",
    "an-org-member",
    3,
    "a state described by an organization's name as a modifier (M15): S, an O member state (S "
    "– a O member –); S "
    "is a (fully integrated) O member; S was the only (first) O country; S is one of the two O "
    "members (..., the other being B: B too) "
    '(not a region, language or people: "a Caribbean country")',
    "Slovenia, an EU member state, insisted that the border issues be dealt with first",
)
DESCRIBED_MEMBER = RuleSpec(
    "memberships",
    "described-member",
    3,
    "S is (was, became, has been) a <one to three words> member (state) of O, one of the N "
    'member states of O, also after a fronted clause of its own ("Although S became ..., S '
    'has been a member state of O"); not an associate, observer, candidate or non-member',
    "Brunei has been a fully independent member state of the Commonwealth of Nations",
)
MEMBERSHIPS_INCLUDE = RuleSpec(
    "memberships",
    "memberships-include",
    3,
    "(S's | its | other) memberships (in international organizations) include O1, O2 ...: the "
    "state named, else the document's subject",
    "Other memberships include: ACP AfDB AFESD AL AMF",
)
ACRONYM_LIST = RuleSpec(
    "memberships",
    "acronym-list",
    3,
    "a paragraph that is nothing but a list of organizations' acronyms (the Factbook's "
    "participation list, wherever it stands): the document's subject; a qualified item "
    "('(associate)', '(subscriber)') is no membership",
    "ACCT (associate), ACP, ALBA, C, Caricom, CDB, CELAC, ECLAC, FAO, G-77",
)
COUNCIL_SEAT = RuleSpec(
    "memberships",
    "council-seat",
    3,
    "S served on / held (a permanent, non-permanent) seat on / was elected to / began its term "
    "in a council of states (the UN Security Council, a commission, a board); S's term as a "
    "member of it",
    "Costa Rica occupied a nonpermanent seat in the Security Council from 1997 to 1999",
)
ADMITTED_TO = RuleSpec(
    "memberships",
    "admitted-to",
    3,
    "S (or S1, S2 and S3; It) joined / has joined / joins / acceded to / entered / was admitted "
    "(in)to / became a (high-profile, 143rd) member (state) of O1 (in 1979) and (to) O2, a "
    "timeline's 'DATE – S ...' included",
    "21 September 1965 – Singapore is admitted into the United Nations as the 117th member",
)
ENTERED_IN_CLAUSE = RuleSpec(
    "memberships",
    "entered-in-clause",
    3,
    "inside a sentence, after a comma or a conjunction (after, since, when, as, and ...): S (S1 "
    "and S2; it, the country, the nation) joined / acceded to / was admitted (in)to / gained "
    "admittance (entry) to / became a (Nth) member of O1 and O2; S joining O (not after 'opposed', "
    "'bid'); not 'joined O in doing', not 'the O coalition'",
    "relations were broken in 1990 after Egypt joined the United Nations",
)
JOINED_AS_PREDICATE = RuleSpec(
    "memberships",
    "joined-as-predicate",
    3,
    "a later predicate of the state the sentence opens with (or It): S did X, Y, and (in 2005) "
    "joined O; S ... after (since) joining O; no other state or relative clause between",
    "Italy enjoyed an economic miracle, promoted European unity, joined NATO",
)
FIRST_TO_JOIN = RuleSpec(
    "memberships",
    "first-to-join",
    3,
    "S (It) is / was / became the first (only, Nth) ... country (state, nation, member) to join "
    "/ accede to / be admitted to O",
    "In 1967, it became the first Commonwealth country to join the Organization of American States",
)
ACCESSION_OF = RuleSpec(
    "memberships",
    "accession-of",
    3,
    "the accession (admission, entry) of S1 and S2 to O, or S' accession to O, dated after O "
    "('in 1986') or after since / after / following / upon / with / before / until; not after "
    "'for', 'support', 'bid', nor before 'talks', 'negotiations'",
    "The accession of Spain and Portugal to the EU in 1986 has helped ease trade frictions",
)
ADMITTED_AS_MEMBER = RuleSpec(
    "memberships",
    "admitted-as-member",
    3,
    "O (the organization) admitted / welcomed / accepted S as its (Nth, new, full) member; A and "
    "B agreed to admit S as the fourth member of O: S is a member of O (the one named after "
    "'member of', else the admitting one), and so are the states that admit it (M26; not those "
    "that welcome it or are asked to); (being instrumental in) inducting S into O; refusal, "
    "negation, unreal mood read nothing",
    "the organization welcomed Kazakhstan as its 162nd Member",
)
THEIR_ENTRY = RuleSpec(
    "memberships",
    "their-entry",
    3,
    "their entry into (accession to, joining) O, where 'their' are the one list of states the "
    "sentence names before it (and no other state); not after a prospect ('support for their "
    "accession'), negation or unreal mood",
    "Relations with Vietnam and Cambodia have thawed in the 1990s after their entry into ASEAN",
)
HELD_PRESIDENCY = RuleSpec(
    "memberships",
    "held-presidency",
    3,
    "S (it, the country) held / holds / assumed / took over the (rotating, 6-month) presidency "
    "(chairmanship, chair) of (an organ of) O, the O presidency; S chaired / presided over O (its "
    "summit, meeting); S gained election as President of O (M13): the organization first named",
    "Malawi assumed the chair of the Southern African Development Community (SADC) in 2001",
)
SEAT_IN = RuleSpec(
    "memberships",
    "seat-in",
    3,
    "S (it) holds / uses / occupied / won its (a permanent, rotating) seat in (on, at) O; S was "
    "elected to a seat on O (M14: a state's seat in any body); a seat handed to S (M29: "
    "transferring A's seat on O to S (A too); O ... transferred A's seat to S; granted to a "
    "body A's seat in O (A); the seat of A is held by S); not a modifier ('a seat in the EU "
    "parliament'), negation or unreal mood",
    "In return, Nauru uses its seat in the United Nations to support the proposal",
)
WITHIN_ORGANIZATION = RuleSpec(
    "memberships",
    "within-organization",
    3,
    "S (it) became / was an independent (native) monarchy (a republic, a realm) within O; S "
    "became independent within O; '..., as a republic within O': the sentence's state (M1)",
    "Eswatini was a protectorate until 1968, when it became an independent monarchy within the "
    "Commonwealth of Nations",
)
OF_WHICH_PART = RuleSpec(
    "memberships",
    "of-which-part",
    3,
    "O, of which S (it) is a part (is part of) (M1)",
    "the Schengen Area, of which Switzerland is a part",
)
PART_ALONGSIDE = RuleSpec(
    "memberships",
    "part-alongside",
    3,
    "S is part (a member) of O, alongside (along with, together with) A and B: S, A and B",
    "South Africa is part of the IBSA Dialogue Forum, alongside Brazil and India",
)
ACTIVE_IN = RuleSpec(
    "memberships",
    "active-in",
    3,
    "S (It) is (very, particularly) active in (X and in) O1, O2 (M1: 'is active in'); not a "
    "modifier ('active in UN peacekeeping'), negation or unreal mood",
    "It is particularly active in West African regional affairs and in the African Union",
)
# -- memberships: s6-mem-none (shapes no rule read) -----------------------------------------
FORMED_WITH = RuleSpec(
    "memberships",
    "formed-with",
    3,
    "S joined A and B to form (found, establish, create) O; S formed (founded, established, "
    "created) O with A and B; Together with A and B, S formed O; S (along with A and B) formed "
    "(developed) an organization (a movement, group) named (called) O; O was established ... "
    "together with A and B (the list ending the clause): S, A and B founded O (M9, M17, M22); "
    "not a treaty, an agreement or a joint commission between states, nor a noun that names no "
    "body",
    "In 1947, New Zealand joined Australia, France, the United Kingdom, and the United States to "
    "form the South Pacific Commission",
)
CHAIRED_BY = RuleSpec(
    "memberships",
    "chaired-by",
    3,
    "O (its meeting, summit, session) is (co-)chaired (presided over) by A, B and C; As (the) "
    "chair (chairman, president) of O (O's committee), S ...: the states stand in O (M13); "
    "every name after 'by' a state, the state after 'As chair of' the clause's subject",
    "The Minsk Group is co-chaired by Russia, France, and the United States",
)
ALONG_WITH_STANDING = RuleSpec(
    "memberships",
    "along-with-standing",
    3,
    "S, along with (together with) A and B, remains part of / plays a role in / participates in "
    "/ is active in / is a member of O1, O2 (M1): S, and the states named with it; companions "
    "not named ('other Baltic countries') add none; the two states (in a row), along with A, "
    "were united in O",
    "Russia, along with China, remains part of the UN Security Council",
)
WITH_THE_REST_OF = RuleSpec(
    "memberships",
    "with-the-rest-of",
    3,
    "Together (along) with the rest of O, S ...; S, along with the rest of O, ...: the state set "
    "apart from the rest of O is its member (M20); the rest of a region or the world names none",
    "Together with the rest of the European Union, Finland enforces sanctions against Russia",
)
MEMBERS_ENUMERATED = RuleSpec(
    "memberships",
    "members-enumerated",
    3,
    "O and its member states, particularly A and B; members of O (including A); the O of 27, "
    "including A and B; the O economic giants (states, powers): A, B and C; other O states, of "
    "which A and B are ...: the states listed (M3, M15), every item a state; not a bare "
    "bracket, nor a series with no colon",
    "the European Union and its member states, particularly the United Kingdom and France",
)
MEMBER_APPOSITION = RuleSpec(
    "memberships",
    "member-apposition",
    3,
    "... A, an (active, founding) member of O1, O2; ... A and B, two of the (most important) "
    "members (both members) of O: the state(s) the apposition describes, named inside the "
    "clause; not after a copula (the subject's predicate), a possessive, or another standing",
    "the Soviet Union invaded Afghanistan, an active member of the Nonaligned Movement",
)
PAIR_ORG_LIST_MEMBERS = RuleSpec(
    "memberships",
    "pair-org-list-members",
    3,
    "Both countries (they, in a relations row; A and B) are O1 and O2 members (member states): "
    "both states, of every organization named (two or more, each one the registry knows)",
    "Also both countries are BLACKSEAFOR and BSEC members",
)
MEMBER_OF_QUOTED = RuleSpec(
    "memberships",
    "member-of-quoted",
    3,
    'S is a (founding) member of the "O"; S, as a member of "O", along with A and B, ...: a '
    "body named in quotation marks (a capitalised name of at most eight words); the states of "
    "the clause's subject and those 'along with' it",
    'India is a founding member of the "Community of Democracies"',
)
# -- recognitions --------------------------------------------------------------------------
NTH_TO_RECOGNIZE = RuleSpec(
    "recognitions",
    "nth-to-recognize",
    1,
    "S was the Nth state to recognize R (after T)",
    "Pakistan was the second country to recognize Azerbaijan after Turkey",
)
FIRST_TO_DO_SO = RuleSpec(
    "recognitions",
    "first-to-do-so",
    1,
    "the first state to do so was S",
    "the first country to do so was Iceland on 22 August 1991",
)
NTH_TO_DO_SO_AFTER = RuleSpec(
    "recognitions",
    "nth-to-do-so-after",
    1,
    "the Nth state to do so after T: T recognized the sentence's recognized state before",
    "India extended recognition to Bangladesh (the second country to do so after Bhutan)",
)
ONE_OF_THOSE_TO_RECOGNIZE = RuleSpec(
    "recognitions",
    "one-of-those-to-recognize",
    2,
    "S was one of many (of the few) states to recognize R: no rank",
    "India was also one of many countries to recognize the newly independent Turkey",
)
RECOGNIZED_BY = RuleSpec(
    "recognitions",
    "recognized-by",
    2,
    "R was recognized by S",
    "Azerbaijan was recognized by Romania on 11 December 1991",
)
RE_RECOGNIZED = RuleSpec(
    "recognitions",
    "re-recognized",
    2,
    "S re-recognized R",
    "Colombia re-recognised the restored Republic of Estonia on 23 March 1994",
)
RECOGNIZED = RuleSpec(
    "recognitions",
    "recognized",
    2,
    "S recognized R (the independence of R)",
    "Japan recognized Azerbaijan on 28 December 1991",
)
RECOGNIZED_WITHIN = RuleSpec(
    "recognitions",
    "recognized-within",
    2,
    "S recognized R, S the subject inside another clause (after a comma, 'and', 'since', 'with')",
    "Relations have been excellent since Turkey recognised Bangladesh in 1971",
)
THE_GOVERNMENT_RECOGNIZED = RuleSpec(
    "recognitions",
    "the-government-recognized",
    3,
    "the government (the foreign ministry) recognized R, no state named: the article's state's",
    "Despite this, the government officially recognised the Palestinian state on 25 August 2011",
)
ROW_STATE_RECOGNIZED = RuleSpec(
    "recognitions",
    "row-state-recognized",
    3,
    "in a relations row, a person or organ no state names recognized the article's state: the "
    "row's state did",
    "On June 27, 1824, Canning received the Mexican minister and recognized Mexico",
)
IT_RECOGNIZED = RuleSpec(
    "recognitions",
    "it-recognized",
    3,
    "It recognized R: 'it' opens the sentence and stands for the one state the sentence before "
    "has as its subject",
    "Egypt recognized the DPRK in 1963. It did not recognize South Korea until 1995.",
)
NOT_UNTIL = RuleSpec(
    "recognitions",
    "not-until",
    2,
    "S did not recognize R until D: S recognized R at D",
    "Liechtenstein did not recognize the Czech Republic until 2009",
)
RECOGNIZED_EACH_OTHER = RuleSpec(
    "recognitions",
    "recognized-each-other",
    2,
    "the two states recognized each other (each the other)",
    "the two republics recognised each other's independence on 12 February 1992",
)
RECOGNIZED_IT = RuleSpec(
    "recognitions",
    "recognized-it",
    3,
    "S recognized it (the new republic): the state whose independence the sentence declared; "
    "'the new(ly independent) country' also the row's state in a row, and in prose the one state "
    "the section's heading names",
    "Kosovo declared its independence from Serbia on 17 February 2008 and Ireland "
    "recognised it on 29 February 2008",
)
RECOGNITION_OF = RuleSpec(
    "recognitions",
    "recognition-of",
    3,
    "S's recognition of R / S granted recognition to R",
    "Mexico's recognition of Namibia on 17 April 1990",
)
ACT_SIGNIFIED_RECOGNITION = RuleSpec(
    "recognitions",
    "act-signified-recognition",
    3,
    "the two states exchanged notes (signed a treaty) that signified recognition of one of them:"
    " the other recognized it",
    "the two states exchanged notes that signified recognition of the independence of Lithuania",
)
RELATIONS_BEGAN_WITH_RECOGNITION = RuleSpec(
    "recognitions",
    "relations-began-with-recognition",
    3,
    "R's relations with S began (on D) with the recognition of R: S recognized R, on D",
    "Lithuania's relations with the United Kingdom started on 20 December 1921 with de jure "
    "recognition of Lithuania's statehood",
)
RECEIVED_RECOGNITION_FROM = RuleSpec(
    "recognitions",
    "received-recognition-from",
    3,
    "R received (diplomatic, formal, de jure) recognition from S (and T): S recognized R",
    "Ghana received formal recognition from Norway and Peru on 6 March 1957",
)
RECOGNITION_OF_BY = RuleSpec(
    "recognitions",
    "recognition-of-by",
    3,
    "(after) the recognition of R by S (came on D): S recognized R",
    "Following the formal recognition of Ghana by Norway on 6 March 1957",
)
RECOGNITION_TITLE = RuleSpec(
    "recognitions",
    "recognition-title",
    3,
    "a list item that is only a title naming a recognition (fixtures/README.md, R4): S('s) "
    "(official) recognition of R (in <language>), with no verb and nothing after it; no date "
    "(the title gives none)",
    "Cyprus recognition official recognition of Montenegro (in Montenegrin)",
)
OTHERS_DID_SO = RuleSpec(
    "recognitions",
    "others-did-so",
    2,
    "S1 recognized R (on D), followed by S2 / as did S2 / and S2 did so (on D2): S2 recognized R",
    "Norway recognized Ghana in 1957, followed by Peru and Chile in 1958",
)
# -- where relations stand (relations.status_rule) -----------------------------------------
NO_RELATIONS_LIST = RuleSpec(
    "relation-status",
    "no-relations-list",
    1,
    "the state is listed under a 'no relations' heading or lead-in",
    "Azerbaijan has not established diplomatic relations with: - Armenia",
)
RELATIONS_NONE = RuleSpec(
    "relation-status",
    "relations-none",
    2,
    "the two states have no relations",
    "Azerbaijan and Armenia do not have diplomatic relations",
)
RELATIONS_CHANGED = RuleSpec(
    "relation-status",
    "relations-changed",
    3,
    "the last change of state between the two: severed, suspended, restored",
    "Relations were severed in 1967 and restored in 1991",
)
RELATIONS_ESTABLISHED = RuleSpec(
    "relation-status",
    "relations-established",
    4,
    "relations are stated as established",
    "Both countries established diplomatic relations on 24 April 1995",
)
DATED_RELATIONS = RuleSpec(
    "relation-status",
    "dated-relations",
    5,
    "the row dates the start of relations",
    "| 1992-06-25 |",
)
RELATIONS_PRESENT = RuleSpec(
    "relation-status",
    "relations-present",
    3,
    "a sentence says in the present that relations hold: after the last break it outweighs "
    "the break; otherwise it decides only when no other rule does",
    "Currently, the Lithuania-Poland relations are excellent",
)
BREAK_THEN_LATER_EVENTS = RuleSpec(
    "relation-status",
    "break-then-later-events",
    3,
    "the last change is a break, but the row goes on to date later events: the break is "
    "history and today's state is not stated (status unknown)",
    "Venezuela broke off diplomatic ties with Japan in December 1941. In 1999, ...",
)
MISSIONS_IMPLY_RELATIONS = RuleSpec(
    "relation-status",
    "missions-imply-relations",
    6,
    "a mission or an accreditation between the two states (in the row)",
    "Mexico has an embassy in Baku",
)
# -- when relations began (relations.began_source) -----------------------------------------
TABLE_CELL = RuleSpec(
    "relation-began", "table-cell", 1, "the 'Formal relations began' cell", "1962-06-12"
)
BEGAN_SENTENCE_DATE = RuleSpec(
    "relation-began",
    "sentence",
    2,
    "the date a row sentence gives for establishing relations",
    "Both countries established diplomatic relations on 24 April 1995",
)
FOOTNOTE_DATE = RuleSpec(
    "relation-began",
    "footnote-date",
    3,
    "the publication date of the footnote the cell cites (relations began by then)",
    "[5] ... 12 March 2010",
)
# -- what the began date dates (relations.began_kind_rule) --------------------------------
BEGAN_CELL = RuleSpec(
    "began-kind",
    "began-cell",
    1,
    "a word of the began cell itself",
    "1991 (restored)",
)
BEGAN_SENTENCE = RuleSpec(
    "began-kind",
    "began-sentence",
    2,
    "the word nearest the date in the sentence the date was read from",
    "Diplomatic relations were restored on 20 August 1991",
)
ROW_SENTENCE = RuleSpec(
    "began-kind",
    "row-sentence",
    3,
    "a word near the date's year in a sentence of the row",
    "Relations were re-established in 1991",
)
BEGAN_HEADER = RuleSpec(
    "began-kind",
    "began-header",
    4,
    "the began column's header",
    "Period of recognition",
)
# -- counts the text claims ----------------------------------------------------------------
RELATIONS_COUNT = RuleSpec(
    "claims",
    "relations-count",
    1,
    "relations with N countries",
    "diplomatic relations with 158 countries",
)
NO_RELATIONS_COUNT = RuleSpec(
    "claims",
    "no-relations-count",
    1,
    "no relations with N countries",
    "has not established diplomatic relations with three countries",
)
RECOGNITIONS_COUNT = RuleSpec(
    "claims",
    "recognitions-count",
    1,
    "recognized by N states",
    "recognised by 112 UN member states",
)
MEMBERSHIPS_COUNT = RuleSpec(
    "claims",
    "memberships-count",
    1,
    "member of N organizations",
    "a member of 47 international organizations",
)
EMBASSIES_COUNT = RuleSpec("claims", "embassies-count", 1, "has N embassies", "has 64 embassies")

#: every rule, in the order declared above
# -- events between the row's two states (relation_events.rule) ---------------------------
EVENT_VERB = RuleSpec(
    "relation-event",
    "event-verb",
    1,
    "a verb of change governs relations, dated in its clause or by the sentence's opening",
    "Relations were severed in 1946 and were restored in 1970",
)
ESTABLISHED_NOT_UNTIL = RuleSpec(
    "relation-event",
    "established-not-until",
    1,
    "relations were not established (or resumed) until a date: an event of that date",
    "Washington did not establish diplomatic relations with Mexico until 1825",
)
RELATIONS_PERIOD = RuleSpec(
    "relation-event",
    "relations-period",
    1,
    "a span of relations or recognition with its end",
    "Chad and Taiwan had relations from 1962 to 1972",
)
RECOGNITION_SWITCHED = RuleSpec(
    "relation-event",
    "recognition-switched",
    1,
    "switching recognition to one of two rival governments ends relations with the other",
    "Chad switched diplomatic recognition to the People's Republic of China",
)
EVENT_NOUN = RuleSpec(
    "relation-event",
    "event-noun",
    2,
    "a noun of restoration: renewal, restoration, resumption, normalisation",
    "the last renewal was in March 1990",
)


ACTIVE_IN_SUCH_AS = RuleSpec(
    "memberships",
    "active-in-such-as",
    3,
    "S is active / takes part / participates / plays a role in (other) organisations (of a "
    "kind) such as / like / including O1, O2 ... (also such organisations as O1); 'In addition "
    "to O0, S ... other organisations such as' adds O0",
    "Cameroon is very active in other multilateral organisations such as the Francophonie",
)
THROUGH_MEMBERSHIP = RuleSpec(
    "memberships",
    "through-membership",
    3,
    "S (It) ... acts through / via / by virtue of membership of O, (its) participation in "
    "(groupings such as) O1, O2 ... or its (permanent) seat on O: S is a member of each (M14 "
    "for a seat); other states may be named between "
    "as its objects, not as the subject of a clause of their own",
    "Estonia established diplomatic relations with many countries via membership of the League "
    "of Nations",
)
ROLE_IN = RuleSpec(
    "memberships",
    "role-in",
    3,
    "S plays / played / takes a (very active, prominent, leading) role in O1, O2 ...: "
    "organizations named at "
    "once after 'role in' (not 'a role in the formation of O', 'in the O efforts')",
    "The country plays a prominent role in the International Monetary Fund, the World Bank",
)

ITS_MEMBERSHIP = RuleSpec(
    "memberships",
    "its-membership",
    3,
    "its membership of / in O, its O membership: the one state named before 'its', else the "
    "document's subject; not a membership lost, ended, restored, sought or applied for",
    "The foreign relations of Ireland are substantially influenced by its membership of the EU",
)
OF_WHICH_MEMBER = RuleSpec(
    "memberships",
    "of-which-member",
    3,
    "O (O'), of which S / it is (also) a (founding, full) member: the state of the relative "
    "clause ('it': the one state named before, else the document's subject); 'the O1 countries "
    "and the O2 states, two entities of which S is ...' gives both",
    "The Shanghai Cooperation Organisation, of which China is a founding member, is ...",
)
FRONTED_MEMBER = RuleSpec(
    "memberships",
    "fronted-member",
    3,
    "Although / While / Being a (full) member of O1 and O2, S ...: the state named right after "
    "the fronted phrase",
    "Although a member of the Non-Aligned Movement, Saudi Arabia was once described as ...",
)
COUNTRY_AND_MEMBER = RuleSpec(
    "memberships",
    "country-and-member",
    3,
    "S is a (Central European) country / nation / power ... and (a full) member of O1, O2 ...",
    "Germany is a Central European country and member of the European Union, G4, G8",
)
COUNTRY_COMMA_MEMBER = RuleSpec(
    "memberships",
    "country-comma-member",
    3,
    "S is a country / nation / state ... (on the Baltic Sea), a (full) member of O1, O2 ...",
    "Lithuania is a country on the south-eastern shore of the Baltic Sea, a member of the UN",
)
ITS_MEMBERS_ARE = RuleSpec(
    "memberships",
    "its-members-are",
    3,
    "the members of an organization named before them in the sentence: its / O's / the "
    "organization's (member states) are A, B and C; O, whose members are A, B; the member "
    "states of O are A, B; O has N members: A, B; the number of member states increased to N: "
    "A, B, ...",
    "SAARC was founded in 1985; its members are Afghanistan, Bangladesh and Bhutan",
)
PARTICIPATES_ACTIVELY = RuleSpec(
    "memberships",
    "participates-actively",
    3,
    "S (also) actively / fully participates in / as a member of O1, O2 ...; S began "
    "participating in O",
    "New Zealand also actively participates as a member of the Commonwealth",
)
# -- s5-mem-found: founding ----------------------------------------------------------------
FOUNDED = RuleSpec(
    "memberships",
    "founded",
    3,
    "S (co-)founded / helped create (found, establish, launch) / was instrumental in launching / "
    "was part of launching / played a role in the founding (creation, formation) of / became the "
    "founders of O1, O2: the state(s) the sentence opens with, 'It' (the document's subject), or "
    "'both countries' in a row (M9, M17, M21); not supporting or calling for its creation",
    "Nigeria helped create ECOWAS",
)
FOUNDED_BY = RuleSpec(
    "memberships",
    "founded-by",
    3,
    "O, which S (co-)founded; O (was) founded / established / initiated (in YEAR) by A, B and C: "
    "the states of the relative clause or the 'by' phrase (M9, M21)",
    "the Asia Cooperation Dialogue (ACD) initiated by Thailand in 2002",
)
FOUNDING_MEMBER = RuleSpec(
    "memberships",
    "founding-member",
    3,
    "S is (was, becomes) a founding member (one of the founders) of O1, O2 where the clause walk "
    "does not read it: O introduced ('the organization known as', 'what today is', 'several "
    "international organisations—'), the predicate joined by ', and' past other states, and a "
    "membership named after the list (', a member of O3', 'and is a member of O3'); 'As one of "
    "the founding members of O, <a comment>, S ...'",
    "Cuba is a founding member of the organization known as the Bolivarian Alternative for the "
    "Americas, a member of the Community of Latin American and Caribbean States",
)
MODEL_MEMBERSHIP_LR = RuleSpec(
    "memberships",
    "model:membership-lr",
    4,
    "a state and an organization in one sentence that the learned reader scores as a "
    "membership the rules did not read (docs/model-card-membership-lr.md)",
    "Angola is also active in the Southern African Development Community",
)
# -- memberships: s5-mem-lists (later predicates, participles, lists) ---------------------------
AND_MEMBER_OF = RuleSpec(
    "memberships",
    "and-member-of",
    3,
    "S (It; both countries; they in a row) <first predicate> and (is / are / was) (a, full) "
    "member(s) of O1, O2 ...: a later predicate of the sentence's subject; the first opens "
    "no clause of its own and holds no negation",
    "Nepal participates in a number of UN specialized agencies and is a member of the World Bank",
)
PARTICIPLE_MEMBER = RuleSpec(
    "memberships",
    "participle-member",
    3,
    "S (It; both countries) <predicate>, being / serving as / acting as a (full) member of O1, "
    "O2 ...: a participle phrase of the sentence's subject",
    "the Cayman Islands participate in some organisations, being a full member of the IOC",
)
AND_COUNCIL_SEAT = RuleSpec(
    "memberships",
    "and-council-seat",
    3,
    "S (It) <first predicate> and has served / sat (N terms) on / in a council of states (the "
    "UN Security Council, a commission, a board): a later predicate of the sentence's subject",
    "It is a member of the United Nations and has served one term in the UN Security Council",
)
IT_MEMBER_OF = RuleSpec(
    "memberships",
    "it-member-of",
    3,
    "..., (since 1945) it is / has become a (full) member of O1, O2 ...: 'it' in a later clause "
    "is the one state the sentence names before it (nothing else named before it)",
    "While historically the Netherlands was a neutral state, since 1945 it has become a member "
    "of NATO",
)
MEMBERS_RESPECTIVELY = RuleSpec(
    "memberships",
    "members-respectively",
    3,
    "A and B (are / as the largest) members of O1 and O2(,) respectively: A of O1, B of O2",
    "Germany and Indonesia, as the largest members of the EU and ASEAN, respectively, take",
)
SUSPENDED_FROM = RuleSpec(
    "memberships",
    "suspended-from",
    2,
    "S was / has been (temporarily) suspended from O1 and O2 (in DATE): a suspended membership "
    "(still a member), dated by the suspension",
    "Syria was suspended from the Arab League in 2011 and the Organisation of Islamic Cooperation "
    "in 2012",
)
FORMERLY_MEMBER = RuleSpec(
    "memberships",
    "formerly-member",
    2,
    "S (both, in a row) was formerly / once / previously a (founding) member of O1 and O2; S was "
    "a member of O until DATE (until its withdrawal): a former membership; not a plain 'was a "
    "member of O in 1988'",
    "It was formerly a member of the now-defunct Latin Union and the SEATO",
)
EXPELLED_BY = RuleSpec(
    "memberships",
    "expelled-by",
    2,
    "O expelled (suspended) S; S was expelled (suspended) by O: a former (suspended) membership; "
    "not 'expelled S's diplomats'",
    "In 1971, the UN expelled the ROC",
)
# -- memberships: second mentions (rank 4: a rule read before keeps its statement) --------
RANKED_ORG_MEMBER = RuleSpec(
    "memberships",
    "ranked-org-member",
    4,
    "a state ranked among an organization's members by its name as a modifier (M15): S is (was, "
    "became) the fifth (126th, very first, last) O member (country, republic), one of (only) six O "
    "members, the most pro-European of O member states; also as S's second predicate (S supports "
    "... and is the first O member; S was ... but remained a O realm)",
    "India became the very first Commonwealth republic on 26 January 1950",
)
PAIR_AS_MEMBERS = RuleSpec(
    "memberships",
    "pair-as-members",
    4,
    "a relations row's two states said in passing to be members (M4): As members of O, <a "
    "clause naming no state>; Although both member of O, ...; ... which the two countries share "
    "as members of O; they ... through membership of O; Both nations inherited ..., such as "
    "membership in O. A fronted As members of O, A and B ... gives A and B. Nothing outside a "
    "row, nothing in prospect",
    "As members of the Commonwealth, diplomatic relations are at a governmental level",
)
OTHER_ORG_MEMBERS = RuleSpec(
    "memberships",
    "other-org-members",
    4,
    "other (fellow) O members / states / countries said in a sentence whose subject is the state "
    "they are other than (M7, M15): the state opening it, an opening It (outside a row), the "
    "state after a fronted phrase holding them; also the states named by a following 'of which "
    "A, B and C are'. Not after 'S and' (an-org-member's), not after non- or former",
    "Qatar funded the opposition (which was opposed by other fellow GCC states)",
)
COMPLEMENT_LIST_MEMBER = RuleSpec(
    "memberships",
    "complement-list-member",
    4,
    "a membership as an item of a list of what a state is or became, after a joint: S is a "
    "dialogue partner with O1, a member of O2 and an active participant in O3; after S became a "
    "founding member of O1 in 1945, a recipient of aid and a member of O2 in 1952; S is a "
    "democracy ..., part of O1, O2 and others (items that are no membership, unknown names: "
    "nothing)",
    "New Zealand is a dialogue partner with ASEAN, a member of the East Asia Summit and an "
    "active participant in APEC",
)
NAMED_AND_OTHERS_SUCH_AS = RuleSpec(
    "memberships",
    "named-and-others-such-as",
    4,
    "S takes part in O (system) as well as other organizations such as O1, O2 and O3: O and every "
    "one listed (the state opening the sentence; no negation or prospect before the taking part)",
    "The Netherlands is an active participant in the United Nations system as well as other "
    "multilateral organizations such as the OSCE, OECD, WTO and IMF",
)
STATE_MEMBERSHIP_NOUN = RuleSpec(
    "memberships",
    "state-membership-noun",
    4,
    "a state's membership named as a noun with the state's name: S's O membership, Cypriot O "
    "membership, its O tenure (seat, term; M14), a fronted Notwithstanding its membership in O, "
    "S ...; not sought, supported, opposed, lost, negated, nor followed by bid / talks",
    "Spain's European Union membership represents an important part of its foreign policy",
)

# -- memberships: s6-mem-same (lists, subjects, names) ---------------------------------------
SUBJECTLESS_MEMBER = RuleSpec(
    "memberships",
    "subjectless-member",
    3,
    "Is (Was, Has been) also a member of (many regional groups, including) O1, O2 ...: a "
    "sentence of running text whose subject is left out is the document's subject's (not in a "
    "relations row)",
    "Is also a member of many regional groups, including the Rio Group and the Andean Pact",
)
BOTH_TAKE_PART = RuleSpec(
    "memberships",
    "both-take-part",
    3,
    "(In a relations row) both (countries) / the two countries participate in / take part in / "
    "are active in / belong to O1, O2 ...: the row's two states (M1); not outside a row, not "
    "negated or unreal",
    "Furthermore, both participate in the Nordic Council",
)
ORG_MEMBER_AND_LIST = RuleSpec(
    "memberships",
    "org-member-and-list",
    3,
    "S (It, The country, The government) is an O (ACRONYM) member(, a member of O2, and of O3): "
    "the organization's name as a modifier, its acronym in brackets allowed, and the "
    "memberships listed after it (M15); not negated",
    "The government is an Asian Development Bank (ADB) member, a member of ASEAN, and of the WTO",
)
WITH_OTHER_MEMBERS = RuleSpec(
    "memberships",
    "with-other-members",
    3,
    "S (It, The country, Its) ... with (along with, like) the other members of O / other O "
    "members (nations): the state the sentence is about is one of O's members; not 'A and other "
    "O members' (A's), not negated or unreal",
    "India is seeking a permanent seat in the UN Security Council, along with the other G4 nations",
)


RULES: tuple[RuleSpec, ...] = (
    COUNTRY_CELL,
    LIST_ITEM,
    SEE_RELATIONS,
    ORGANIZATION_MENTION,
    SENTENCE_SUBJECT,
    SUBJECT_SENTENCE,
    RELATIONS_BETWEEN,
    SUBJECT_MISSION_CITY,
    SOLE_MENTION,
    FOOTNOTE,
    FOOTNOTE_REGION,
    REPRESENTED_IN_THE_ROW,
    ACCREDITED_FROM,
    REPRESENTED_VIA,
    INTERESTS_REPRESENTED_BY,
    REPRESENTATION_HANDLED_BY,
    REPRESENTED_THROUGH_MISSION,
    SERVING_MISSION,
    COVERING_MISSION_ACCREDITED,
    COVERING_MISSION_LISTED_STATES,
    MISSION_CLOSED,
    MISSION_LIST_WITH_COUNT,
    MISSION_LIST_CONTINUED,
    MISSION_TO_HOLY_SEE,
    MISSION_WITHOUT_PLACE,
    NON_RESIDENT_MISSION,
    HAS_MISSION,
    OPENED_MISSION,
    PLANNED_MISSION,
    SENDERS_LISTED,
    RECIPROCAL_MISSIONS,
    MISSIONS_SHARING_A_PLACE,
    EXISTENTIAL_MISSION,
    NAMED_MISSION,
    MISSION_WITHOUT_SENDER,
    MISSIONS_OPENED_WITHOUT_SENDER,
    MISSIONS_IN_THE_OTHER_CAPITAL,
    BARE_MISSION_ITEM,
    MISSION_TABLE_ROW,
    REPRESENTED_IN_ITSELF,
    IT_HAS_MISSION,
    NAMED_MISSION_LIST,
    COORDINATED_NAMED_MISSION,
    REPRESENTED_IN_MISNAMED_HOST,
    REPRESENTED_BY_MISSION,
    PARTICIPATION_LIST,
    BOTH_MEMBERS_OF,
    MEMBERS_LISTED,
    MEMBER_OF,
    JOINED,
    WITHDREW_FROM,
    COMMON_MEMBERSHIP,
    MEMBERS_NAMED,
    BOTH_PARTNERS_IN,
    AMONG_ORG_STATES,
    MEMBERS_ALONG_WITH,
    AS_A_MEMBER,
    FOUNDED_WITH,
    THEY_IN_ROW,
    PAIR_MEMBERS,
    PAIR_ORG_MEMBERS,
    GROUP_NAMES_MEMBERS,
    LIKE_A_MEMBER,
    AN_ORG_MEMBER,
    DESCRIBED_MEMBER,
    MEMBERSHIPS_INCLUDE,
    ACRONYM_LIST,
    COUNCIL_SEAT,
    ADMITTED_TO,
    ENTERED_IN_CLAUSE,
    JOINED_AS_PREDICATE,
    FIRST_TO_JOIN,
    ACCESSION_OF,
    ADMITTED_AS_MEMBER,
    THEIR_ENTRY,
    HELD_PRESIDENCY,
    SEAT_IN,
    WITHIN_ORGANIZATION,
    OF_WHICH_PART,
    PART_ALONGSIDE,
    ACTIVE_IN,
    FORMED_WITH,
    CHAIRED_BY,
    ALONG_WITH_STANDING,
    WITH_THE_REST_OF,
    MEMBERS_ENUMERATED,
    MEMBER_APPOSITION,
    PAIR_ORG_LIST_MEMBERS,
    MEMBER_OF_QUOTED,
    ACTIVE_IN_SUCH_AS,
    THROUGH_MEMBERSHIP,
    ROLE_IN,
    ITS_MEMBERSHIP,
    OF_WHICH_MEMBER,
    FRONTED_MEMBER,
    COUNTRY_AND_MEMBER,
    COUNTRY_COMMA_MEMBER,
    ITS_MEMBERS_ARE,
    PARTICIPATES_ACTIVELY,
    FOUNDED,
    FOUNDED_BY,
    FOUNDING_MEMBER,
    MODEL_MEMBERSHIP_LR,
    AND_MEMBER_OF,
    PARTICIPLE_MEMBER,
    AND_COUNCIL_SEAT,
    IT_MEMBER_OF,
    MEMBERS_RESPECTIVELY,
    SUSPENDED_FROM,
    FORMERLY_MEMBER,
    EXPELLED_BY,
    RANKED_ORG_MEMBER,
    PAIR_AS_MEMBERS,
    OTHER_ORG_MEMBERS,
    COMPLEMENT_LIST_MEMBER,
    NAMED_AND_OTHERS_SUCH_AS,
    STATE_MEMBERSHIP_NOUN,
    SUBJECTLESS_MEMBER,
    BOTH_TAKE_PART,
    ORG_MEMBER_AND_LIST,
    WITH_OTHER_MEMBERS,
    NTH_TO_RECOGNIZE,
    FIRST_TO_DO_SO,
    NTH_TO_DO_SO_AFTER,
    ONE_OF_THOSE_TO_RECOGNIZE,
    RECOGNIZED_BY,
    RE_RECOGNIZED,
    RECOGNIZED,
    RECOGNIZED_WITHIN,
    THE_GOVERNMENT_RECOGNIZED,
    ROW_STATE_RECOGNIZED,
    IT_RECOGNIZED,
    NOT_UNTIL,
    RECOGNIZED_EACH_OTHER,
    RECOGNIZED_IT,
    RECOGNITION_OF,
    ACT_SIGNIFIED_RECOGNITION,
    RELATIONS_BEGAN_WITH_RECOGNITION,
    RECEIVED_RECOGNITION_FROM,
    RECOGNITION_OF_BY,
    RECOGNITION_TITLE,
    OTHERS_DID_SO,
    NO_RELATIONS_LIST,
    RELATIONS_NONE,
    RELATIONS_CHANGED,
    RELATIONS_ESTABLISHED,
    DATED_RELATIONS,
    RELATIONS_PRESENT,
    BREAK_THEN_LATER_EVENTS,
    MISSIONS_IMPLY_RELATIONS,
    EVENT_VERB,
    ESTABLISHED_NOT_UNTIL,
    RELATIONS_PERIOD,
    RECOGNITION_SWITCHED,
    EVENT_NOUN,
    TABLE_CELL,
    BEGAN_SENTENCE_DATE,
    FOOTNOTE_DATE,
    BEGAN_CELL,
    BEGAN_SENTENCE,
    ROW_SENTENCE,
    BEGAN_HEADER,
    RELATIONS_COUNT,
    NO_RELATIONS_COUNT,
    RECOGNITIONS_COUNT,
    MEMBERSHIPS_COUNT,
    EMBASSIES_COUNT,
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
