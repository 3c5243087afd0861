"""`missions`: embassies, consulates and accreditations (see `schemas.rules` for the readings).

Each rule is declared here once, with its gate, its pattern (a wording every sentence it reads
holds: the rule reads only where it occurs; the rarest such word, so that the constructions run
on few sentences) and what it asserts. The sentence is read by the constructions
of `pipeline.extract.missions.MissionReader` (one per kind of sentence: "S is accredited to H
from ...", "S has / opened / will open ...", "the S embassy in C ...", "there is ...", "A, B and C
have ...", "both countries have ... in each other's capitals", "S's interests in H are
represented by ...", "an embassy was opened in C"), each computed at most once per sentence and
shared by the rules that read with it; a rule's readings are the claims labelled with its name.
Where two readings of one sentence overlap on a mission noun, the better-ranked rule wins
(`decide`), after every rule has read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from pipeline.analysis.text import Sentence
from pipeline.engine import Context, Needs, Reading, Rule
from pipeline.engine.engine import SentenceReadings
from pipeline.engine.rule import Found, Resources
from pipeline.extract.grammar import Clause
from pipeline.extract.missions import SENDERS_VERBS, MissionClaim, MissionReader
from pipeline.extract.missions import Context as MissionContext
from pipeline.rules.mission_coordinated import COORDINATED, COORDINATED_CUE, read_coordinated
from pipeline.rules.mission_covering import LISTED_STATES, ListedStates
from pipeline.rules.mission_holy_see import TO_HOLY_SEE, read_holy_see
from pipeline.rules.mission_items import BARE_ITEM, read_bare_item
from pipeline.rules.mission_lists import read_lists
from pipeline.rules.mission_misnamed_host import MISNAMED, read_misnamed
from pipeline.rules.mission_named_list import NAMED_HEAD, read_named_list
from pipeline.rules.mission_opened_plural import OPENED_PLURAL, read_opened_plural
from pipeline.rules.mission_placeless import PLACELESS, read_placeless
from pipeline.rules.mission_pronoun import IT_HAS, read_it_has
from pipeline.rules.mission_reciprocal import OTHER_CAPITAL, read_other_capital
from pipeline.rules.mission_representation import (
    HANDLED,
    REPRESENTED_IN_ROW,
    REPRESENTED_MISPRINTS,
    REPRESENTED_THROUGH,
    read_handled,
    read_represented,
    read_represented_in_row,
)
from pipeline.rules.mission_represented_by import REPRESENTED_BY, read_represented_by
from pipeline.rules.mission_self_represented import SELF_REPRESENTED, read_self_represented
from pipeline.rules.mission_shared_place import SHARING, read_sharing
from pipeline.rules.mission_table import read_table_row
from schemas import rules as R

FAMILY = R.HAS_MISSION.family
FILLS = ("sender_iso3", "host_iso3", "city", "kind", "kind_text", "status", "date_text")
#: no mission noun, no mission: every rule of the family needs one
KIND_WORD = ("mission-kind",)
KINDS = Needs(all_of=KIND_WORD)


def reader(res: Resources) -> MissionReader:
    """The process's mission constructions, compiled once."""
    return MissionReader(res.grammar)


def _clauses(ctx: Context) -> list[Clause]:
    clauses: list[Clause] = ctx.res.grammar.clauses(ctx.sentence)
    return clauses


def _context(ctx: Context) -> MissionContext:
    """What the constructions read besides the sentence (one per sentence, not per construction)."""
    return MissionContext(ctx.res.once(reader).grammar, ctx.where.subject)


Construction = Callable[[MissionReader, Sentence, list[Clause], MissionContext], list[MissionClaim]]


@dataclass(frozen=True, slots=True, eq=False)
class _Construction:
    """One of the reader's constructions, run at most once per sentence (`Context.shared`)."""

    index: int
    method: str

    def __call__(self, ctx: Context) -> list[MissionClaim]:
        constructions = ctx.res.once(reader)
        read: Construction = getattr(MissionReader, self.method)
        return read(constructions, ctx.sentence, ctx.shared(_clauses), ctx.shared(_context))


ACCREDITED = _Construction(0, "read_accredited")
HAS = _Construction(1, "read_has")
NAMED = _Construction(2, "read_named")
EXISTENTIAL = _Construction(3, "read_existential")
SENDERS = _Construction(4, "read_senders")
RECIPROCAL = _Construction(5, "read_reciprocal")
INTERESTS = _Construction(6, "read_interests")
OPENED_PASSIVE = _Construction(7, "read_opened_passive")


@dataclass(frozen=True, slots=True, eq=False)
class _Grouped:
    """A construction's claims of the sentence by the rule each is labelled with, each
    numbered in the order the construction wrote them (computed once per sentence). One per
    construction (`GROUPED`), compared by identity: a cheap key for the sentence's memo."""

    construction: _Construction

    def __call__(self, ctx: Context) -> dict[str, list[Found]]:
        out: dict[str, list[Found]] = {}
        index = self.construction.index
        for i, claim in enumerate(ctx.shared(self.construction)):
            out.setdefault(claim.rule, []).append(Found(claim.span, claim, (index, i)))
        return out


@dataclass(frozen=True, slots=True)
class _Labelled:
    """A rule's build: the claims its constructions label with its name."""

    spec: R.RuleSpec
    constructions: tuple[_Grouped, ...]

    def __call__(self, ctx: Context, match: re.Match[str] | None) -> Iterable[Found]:
        name = self.spec.name
        if len(self.constructions) == 1:
            return ctx.shared(self.constructions[0]).get(name, ())
        return [f for c in self.constructions for f in ctx.shared(c).get(name, ())]


CONSTRUCTIONS = (
    ACCREDITED,
    HAS,
    NAMED,
    EXISTENTIAL,
    SENDERS,
    RECIPROCAL,
    INTERESTS,
    OPENED_PASSIVE,
)
GROUPED = tuple(_Grouped(c) for c in CONSTRUCTIONS)
assert all(c.index == i for i, c in enumerate(CONSTRUCTIONS))
#: the constructions that read the missions a verb of having or opening introduces
ITEMS = (ACCREDITED, HAS)


def _rule(
    spec: R.RuleSpec,
    pattern: str | None,
    constructions: tuple[_Construction, ...],
    *asserts: tuple[str, str],
    needs: Needs = KINDS,
) -> Rule:
    build = _Labelled(spec, tuple(GROUPED[c.index] for c in constructions))
    return Rule(spec, needs, pattern, build, FILLS, tuple(asserts))


NON_RESIDENT = ("residence", "non-resident")
SUBJECT_SENDS = ("subject-mission", "sender")
#: the rules whose one necessary word is the mission noun: their gate is their whole pattern
KIND = None
REPRESENTED_IN_THE_ROW = Rule(
    R.REPRESENTED_IN_THE_ROW,
    Needs(words=("represented",), all_of=KIND_WORD),
    REPRESENTED_IN_ROW,
    read_represented_in_row,
    FILLS,
)
REPRESENTED_IN_ITSELF = Rule(
    R.REPRESENTED_IN_ITSELF,
    Needs(words=("represented", "accredited"), all_of=KIND_WORD),
    SELF_REPRESENTED,
    read_self_represented,
    FILLS,
)
REPRESENTED_IN_MISNAMED_HOST = Rule(
    R.REPRESENTED_IN_MISNAMED_HOST,
    Needs(words=("represented", "accredited"), all_of=KIND_WORD),
    MISNAMED,
    read_misnamed,
    FILLS,
)
REPRESENTED_BY_MISSION = Rule(
    R.REPRESENTED_BY_MISSION,
    Needs(words=("represented",), all_of=KIND_WORD),
    REPRESENTED_BY,
    read_represented_by,
    FILLS,
)
IT_HAS_MISSION = Rule(
    R.IT_HAS_MISSION,
    Needs(groups=("mission-holding",), words=("complemented", "supplemented"), all_of=KIND_WORD),
    IT_HAS,
    read_it_has,
    FILLS,
    (("status", "open"),),
)
NAMED_MISSION_LIST = Rule(
    R.NAMED_MISSION_LIST, KINDS, NAMED_HEAD, read_named_list, FILLS, (("status", "open"),)
)
COORDINATED_NAMED_MISSION = Rule(
    R.COORDINATED_NAMED_MISSION,
    KINDS,
    COORDINATED,
    read_coordinated,
    FILLS,
    (("status", "open"),),
    repeat=True,
    cue=COORDINATED_CUE,
)
ACCREDITED_FROM = _rule(
    R.ACCREDITED_FROM,
    r"accredited\s",
    (ACCREDITED,),
    ("status", "accredited-from"),
    NON_RESIDENT,
    needs=Needs(words=("accredited",), all_of=KIND_WORD),
)
REPRESENTED_VIA = _rule(
    R.REPRESENTED_VIA,
    r"represented\s",
    (ACCREDITED,),
    ("status", "represented-via"),
    NON_RESIDENT,
    needs=Needs(words=("represented",), all_of=KIND_WORD),
)
INTERESTS_REPRESENTED_BY = _rule(
    R.INTERESTS_REPRESENTED_BY,
    r"interests\s+in\s",
    (INTERESTS,),
    ("status", "represented-via"),
    NON_RESIDENT,
    ("via", "protecting-power"),
    needs=Needs(words=("interests",), all_of=KIND_WORD),
)
REPRESENTATION_HANDLED_BY = Rule(
    R.REPRESENTATION_HANDLED_BY,
    Needs(words=("handled",), all_of=KIND_WORD),
    HANDLED,
    read_handled,
    FILLS,
    (("status", "represented-via"), NON_RESIDENT, ("via", "protecting-power")),
)
REPRESENTED_THROUGH_MISSION = Rule(
    R.REPRESENTED_THROUGH_MISSION,
    Needs(
        words=("represented", "maintained", "maintains", *REPRESENTED_MISPRINTS), all_of=KIND_WORD
    ),
    REPRESENTED_THROUGH,
    read_represented,
    FILLS,
    (("status", "represented-via"), NON_RESIDENT),
)
SERVING_MISSION = _rule(
    R.SERVING_MISSION,
    r"@{mission-serves}",
    ITEMS,
    ("status", "accredited-from"),
    NON_RESIDENT,
    needs=Needs(groups=("mission-serves",), all_of=KIND_WORD),
)
COVERING_MISSION_ACCREDITED = _rule(
    R.COVERING_MISSION_ACCREDITED,
    r"@{mission-serves}",
    (NAMED,),
    ("status", "accredited-from"),
    NON_RESIDENT,
    needs=Needs(groups=("mission-serves",), all_of=KIND_WORD),
)
COVERING_MISSION_LISTED_STATES = Rule(
    R.COVERING_MISSION_LISTED_STATES,
    Needs(groups=("mission-serves",), all_of=KIND_WORD),
    LISTED_STATES,
    ListedStates(NAMED),
    FILLS,
    (("status", "accredited-from"), NON_RESIDENT),
)
MISSION_CLOSED = _rule(
    R.MISSION_CLOSED,
    r"@{mission-verb:closed}|closed|shut",
    ITEMS,
    ("status", "closed"),
    needs=Needs(groups=("mission-verb",), words=("closed", "shut"), all_of=KIND_WORD),
)
MISSION_LIST_WITH_COUNT = _rule(R.MISSION_LIST_WITH_COUNT, KIND, ITEMS, SUBJECT_SENDS)
#: a list read on where the items after the verb stop: a bracket, "with", a semicolon, a city
#: right after its kind
MISSION_LIST_CONTINUED = Rule(
    R.MISSION_LIST_CONTINUED,
    KINDS,
    None,  # its wording (`LIST_WORDING`) is searched by the build, past its cheaper checks
    read_lists,
    FILLS,
    (SUBJECT_SENDS,),
)
MISSION_TO_HOLY_SEE = Rule(
    R.MISSION_TO_HOLY_SEE,
    Needs(groups=("mission-holding",), all_of=KIND_WORD),
    TO_HOLY_SEE,
    read_holy_see,
    FILLS,
    (("status", "open"), SUBJECT_SENDS),
)
MISSION_WITHOUT_PLACE = Rule(
    R.MISSION_WITHOUT_PLACE,
    Needs(groups=("mission-holding",), all_of=KIND_WORD),
    PLACELESS,
    read_placeless,
    FILLS,
    (("status", "open"), SUBJECT_SENDS),
)
NON_RESIDENT_MISSION = _rule(
    R.NON_RESIDENT_MISSION,
    r"@{mission-kind:non-resident-embassy}",
    ITEMS,
    ("status", "accredited-from"),
    NON_RESIDENT,
)
HAS_MISSION = _rule(R.HAS_MISSION, KIND, ITEMS, ("status", "open"), SUBJECT_SENDS)
OPENED_MISSION = _rule(R.OPENED_MISSION, KIND, ITEMS, ("status", "opened"), SUBJECT_SENDS)
PLANNED_MISSION = _rule(R.PLANNED_MISSION, KIND, ITEMS, ("status", "planned"), SUBJECT_SENDS)
SENDERS_LISTED = _rule(
    R.SENDERS_LISTED,
    r"(?:have|has|maintain|operate|host)\s",
    (SENDERS,),
    ("status", "open"),
    needs=Needs(words=SENDERS_VERBS, all_of=KIND_WORD),
)
#: "in each other's capitals", "their respective embassies", "closed their embassies"
RECIPROCAL_WORDS = ("each", "another", "respective", "closed", "shut", "withdrew")
RECIPROCAL_MISSIONS = _rule(
    R.RECIPROCAL_MISSIONS,
    "|".join(RECIPROCAL_WORDS),
    (RECIPROCAL,),
    needs=Needs(words=RECIPROCAL_WORDS, all_of=KIND_WORD),
)
MISSIONS_SHARING_A_PLACE = Rule(
    R.MISSIONS_SHARING_A_PLACE,
    Needs(groups=("mission-holding",), all_of=KIND_WORD),
    SHARING,
    read_sharing,
    FILLS,
    (("status", "open"), SUBJECT_SENDS),
)
EXISTENTIAL_MISSION = _rule(
    R.EXISTENTIAL_MISSION,
    r"\bthere\s+(?:is|are|was|were)\s",
    (EXISTENTIAL,),
    ("status", "open"),
    needs=Needs(words=("there",), all_of=KIND_WORD),
)
NAMED_MISSION = _rule(R.NAMED_MISSION, KIND, (NAMED,))
MISSION_WITHOUT_SENDER = _rule(R.MISSION_WITHOUT_SENDER, KIND, (NAMED, OPENED_PASSIVE))
MISSIONS_OPENED_WITHOUT_SENDER = Rule(
    R.MISSIONS_OPENED_WITHOUT_SENDER,
    Needs(words=("opened", "established", "set", "inaugurated"), all_of=KIND_WORD),
    OPENED_PLURAL,
    read_opened_plural,
    FILLS,
    (("status", "opened"),),
)
MISSIONS_IN_THE_OTHER_CAPITAL = Rule(
    R.MISSIONS_IN_THE_OTHER_CAPITAL,
    Needs(words=("other", "another"), all_of=KIND_WORD),
    OTHER_CAPITAL,
    read_other_capital,
    FILLS,
    (("status", "open"),),
)
BARE_MISSION_ITEM = Rule(
    R.BARE_MISSION_ITEM, KINDS, BARE_ITEM, read_bare_item, FILLS, (("status", "open"),)
)
MISSION_TABLE_ROW = Rule(
    R.MISSION_TABLE_ROW, KINDS, None, read_table_row, FILLS, (("status", "open"),)
)
RULES: tuple[Rule, ...] = (
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
)
#: the statuses of a mission that covers its host from elsewhere (what the rules that read a
#: non-resident mission assert)
COVERING_STATUSES = frozenset(
    s for r in RULES if r.asserted("residence") == "non-resident" and (s := r.asserted("status"))
)
#: the rules whose mission is a third state's, representing the sender in its host (its `via`
#: is kept even where it is the host)
PROTECTING_POWER_RULES = frozenset(r.name for r in RULES if r.asserted("via") == "protecting-power")
#: the rules whose sentence has the subject as its grammatical subject, sending the mission
SUBJECT_MISSION_RULES = frozenset(r.name for r in RULES if r.asserted("subject-mission"))


def decide(readings: Sequence[Reading]) -> list[Reading]:
    """In the order the sentence writes them (the labels' order too), every reading but those
    overlapping a better-ranked reading's mission noun."""
    ordered = sorted(readings, key=lambda r: (r.span[0], r.order))
    return [
        r
        for r in ordered
        if not any(
            d.rule.rank < r.rule.rank and d.span[0] < r.span[1] and r.span[0] < d.span[1]
            for d in ordered
        )
    ]


def claims(readings: SentenceReadings) -> list[MissionClaim]:
    """The decided missions of a sentence."""
    return [r.claim for r in readings.decided.get(FAMILY, ())]
