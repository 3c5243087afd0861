"""`formed-with`: states that form a body together are its founders and members (fixtures/README.md,
M9, M17, M22), said with the other founders named beside the forming, not as its subject list.

    ⟪New Zealand⟫ joined ⟪Australia⟫, ⟪France⟫ and the ⟪United States⟫ to form the ⟪SPC⟫
    The two also joined with the Central Asian countries of ⟪Kazakhstan⟫ and ⟪Uzbekistan⟫ to
        found the ⟪SCO⟫                                        (the states named: "the two" is none)
    ⟪Italy⟫ captured ⟪Rome⟫ in 1870 and later formed the Triple Alliance (1882) with ⟪Germany⟫
        and ⟪Austria⟫
    Together with ⟪Hungary⟫ and ⟪Italy⟫, ⟪Slovenia⟫ formed a ⟪Multinational Land Force⟫
    In 2002, ⟪Mexico⟫ formed a separate organization named ⟪LMMC⟫
    both partners, along with ⟪Colombia⟫, ⟪Italy⟫ and six other countries, developed a movement
        called ⟪UfC⟫                                    (in a relations row: its two states too)
    The ⟪ASEAN⟫ was established on 8 August 1967 in ⟪Bangkok⟫, with the signing of the ⟪Bangkok⟫
        Declaration together with ⟪Indonesia⟫, ⟪Malaysia⟫, ⟪Singapore⟫ and ⟪Thailand⟫
                                                (the states named; a city between is no state)

What is formed is a body named right after the verb (one the registry knows, or a capitalised
name with a body's head word: "the Triple Alliance"); a treaty, an agreement, a joint commission
between states (M9) or a noun that names no body ("formed a government with", "established
relations with", "the ⟪NATO⟫ operation") reads nothing. No other state stands between the
subject and its forming; negation and unreal mood ("planned to form") read nothing; joining
states "in" an act ("joined ⟪Peru⟫ in condemning") is not forming.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.engine import Context, Needs, Rule
from pipeline.engine.rule import Found
from pipeline.extract.missions import ROW
from pipeline.rules.membership_entry import states_of
from pipeline.rules.membership_such_as import NOT_SO
from pipeline.rules.memberships import FILLS, _claim, _org, reader
from schemas import rules as R

#: up to two fronted phrases set off by commas, naming no state ("In 1947,", "However,")
FRONTED = r"^\s*(?:[^⟪.;,]{1,80},\s*){0,2}"
#: states listed as one subject or as the founders named beside it
STATES = r"(?:the\s+)?⟪\d+⟫(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?⟪\d+⟫)*"
#: "⟪A⟫ joined ⟪B⟫ and ⟪C⟫ to form the ⟪O⟫", "joined with the Central Asian countries of ⟪B⟫ ...
#: to found the ⟪O⟫"; the subject, when it opens the sentence, is a founder too
JOINED_TO_FORM = (
    r"(?:" + FRONTED + r"(?:(?P<j_subject>" + STATES + r")|(?P<j_it>it|the\s+country))\s+"
    r"@{ADVERBS})?(?<![\w-])joined\s+(?:with\s+)?(?:the\s+(?:[\w-]+\s+){0,4}?of\s+)?"
    r"(?P<j_list>" + STATES + r")\s*,?\s+(?:(?:in|on)\s+@{DATE}\s*,?\s+)?to\s+"
    r"@{forming-infinitive}\s+(?:the\s+|an?\s+)?"
)
#: "⟪A⟫ ... formed the ⟪O⟫ (1882) with ⟪B⟫ and ⟪C⟫": the verb, the body after it read apart
FORMED_O_WITH = (
    FRONTED + r"(?:(?P<f_subject>(?:the\s+)?⟪\d+⟫)|(?P<f_it>it|the\s+country))"
    r"(?P<f_between>[^.;:]{0,120}?)(?<![\w-])@{forming-verb}\s+(?:the\s+|an?\s+)?"
)
#: "Together with ⟪B⟫ and ⟪C⟫, ⟪A⟫ formed a ⟪O⟫"
TOGETHER_FORMED = (
    FRONTED + r"(?:together|along)\s+with\s+(?P<t_list>" + STATES + r")\s*,\s*"
    r"(?P<t_subject>(?:the\s+)?⟪\d+⟫)\s+(?P<t_between>@{ADVERBS})@{forming-verb}\s+"
    r"(?:the\s+|an?\s+)?"
)
#: "⟪Mexico⟫ formed a separate organization named ⟪LMMC⟫", "both partners, along with ⟪A⟫, ⟪B⟫
#: and six other countries, developed a movement called ⟪UfC⟫": a new body said to be one by
#: name ("developed" only with such a body)
NAMED_BODY = (
    FRONTED + r"(?:(?P<n_subject>" + STATES + r")|(?P<n_it>it|the\s+country)"
    r"|(?P<n_pair>(?:both|the\s+two)\s+(?:partners|@{pair-noun})))"
    r"(?:\s*,\s*(?:along|together)\s+with\s+(?P<n_list>" + STATES + r")"
    r"(?:\s+and\s+(?:\w+\s+)?other\s+(?:countries|states|nations))?\s*,\s*|\s+)"
    r"(?P<n_between>@{ADVERBS})(?:@{forming-verb}|developed)\s+an?\s+"
    r"(?:(?:new|separate|regional|international|multilateral|informal)\s+)?"
    r"(?:organi[sz]ation|movement|group|grouping|alliance|bloc|forum|coalition|association)\s+"
    r"(?:called|named|known\s+as)\s+(?:the\s+)?(?=⟪)"
)
#: "The ⟪ASEAN⟫ (⟪ASEAN⟫) was established on 8 August 1967 in ⟪Bangkok⟫, with the signing of the
#: ⟪Bangkok⟫ Declaration together with ⟪Indonesia⟫, ⟪Malaysia⟫ ...": the states it was formed
#: "together with" (the list ends the sentence or its clause)
PASSIVE_WITH = (
    r"^\s*(?:the\s+)?⟪(?P<p_org>\d+)⟫(?:\s*\(\s*⟪\d+⟫\s*\))?\s+(?:was|were|had\s+been)\s+"
    r"(?:@{founding-passive})(?P<p_between>[^.;:]{0,120}?)\s(?:together|along)\s+with\s+"
    r"(?P<p_list>" + STATES + r")\s*(?:[.;]|$)"
)
FORMED = (
    rf"(?P<join_form>{JOINED_TO_FORM})|(?P<together>{TOGETHER_FORMED})|(?P<named>{NAMED_BODY})"
    rf"|(?P<passive>{PASSIVE_WITH})|(?P<formed>{FORMED_O_WITH})"
)
#: what may follow the body's name before "with": "(1882)", "(SCO)", "in June 2001"
WITH_AFTER = (
    r"^\s*(?:\([^()]{0,60}\)\s*)?(?:(?:in|on)\s+@{DATE}\s*)?,?\s*(?:together\s+|along\s+)?with\s+"
    r"(?P<list>" + STATES + r")(?!\s*(?:'s|’s|[-‐]))"
)
#: a body formed between states that is no body with members of its own (M9, M2)
NOT_A_BODY = re.compile(
    r"\b(?:Joint|Bilateral|Intergovernmental)\s+(?:Commission|Committee|Council)\b"
    r"|\b(?:Convention|Treaty|Agreement|Protocol|Accords?|Charter|Declaration)\b"
)


def _formed(ctx: Context, at: int, founders: list[str], m: re.Match[str]) -> list[Found]:
    """Every founder is a member of every body named from `at` on."""
    items, used = ctx.res.once(reader).org_list_end(
        ctx.masked[at:], ctx.sentence, "member", modifier=True
    )
    rest = ctx.masked[at:][used:]
    if not items or ctx.res.regex(r"^\s+(?:@{founding-not-body})\b").match(rest):
        return []
    orgs = [i.org_pair for i in items if i.status == "member" and not NOT_A_BODY.search(i.name)]
    claims = [
        _claim(ctx, R.FORMED_WITH, member, org)
        for org in orgs
        for member in dict.fromkeys(founders)
    ]
    return [Found((m.start(), m.end()), c, (i,)) for i, c in enumerate(claims)]


def _subject(ctx: Context, m: re.Match[str], key: str) -> list[str] | None:
    """The states of the subject, or the one an "It" stands for (the document's subject outside
    a row); [] when the sentence names none; None when a listed name is no state."""
    if m.group(f"{key}_subject"):
        return states_of(ctx, m.group(f"{key}_subject"))
    if m.group(f"{key}_it"):
        subject = ctx.implied_subject
        return [subject] if subject else None
    return []


def _joined_to_form(ctx: Context, m: re.Match[str]) -> list[Found]:
    """The subject (when it opens the sentence) and the states it joined formed the body."""
    subject = _subject(ctx, m, "j")
    listed = states_of(ctx, m.group("j_list"))
    if subject is None or listed is None:
        return []
    # ("to" is the irrealis's: only the words before the list are looked at)
    if ctx.res.regex(NOT_SO).search(ctx.masked[max(0, m.start() - 40) : m.start("j_list")]):
        return []
    return _formed(ctx, m.end(), [*subject, *listed], m)


def _no_state_between(ctx: Context, between: str) -> bool:
    """No state is named, and nothing is denied or unreal, between a subject and its verb."""
    sentence = ctx.sentence
    if any(
        sentence.mention(i).label in ("COUNTRY", "NONCOUNTRY")
        for i in re.findall(r"⟪(\d+)⟫", between)
    ):
        return False
    return ctx.res.regex(NOT_SO).search(between) is None


def _formed_o_with(ctx: Context, m: re.Match[str]) -> list[Found]:
    """The subject and the states the body was formed "with" formed it."""
    if not _no_state_between(ctx, m.group("f_between")):
        return []
    # the body's name, then "with" and the other founders
    items, used = ctx.res.once(reader).org_list_end(
        ctx.masked[m.end() :], ctx.sentence, "member", modifier=True
    )
    if not items:
        return []
    after = ctx.res.regex(WITH_AFTER).match(ctx.masked[m.end() + used :])
    subject = _subject(ctx, m, "f")
    if after is None or not subject:
        return []
    listed = states_of(ctx, after.group("list"))
    if listed is None:
        return []
    return _formed(ctx, m.end(), [*subject, *listed], m)


def _together_formed(ctx: Context, m: re.Match[str]) -> list[Found]:
    """The state after "Together with ⟪B⟫, ..." and the states named with it formed the body."""
    if not _no_state_between(ctx, m.group("t_between")):
        return []
    subject = states_of(ctx, m.group("t_subject"))
    listed = states_of(ctx, m.group("t_list"))
    if subject is None or listed is None:
        return []
    return _formed(ctx, m.end(), [*subject, *listed], m)


def _named_body(ctx: Context, m: re.Match[str]) -> list[Found]:
    """The subject (a state, "It", or the pair of a relations row) and the states "along with"
    it formed the body named."""
    if not _no_state_between(ctx, m.group("n_between")):
        return []
    if m.group("n_pair"):
        subject = ctx.where.subject
        founders = [subject, ROW] if ctx.where.in_row and subject else None
    else:
        founders = _subject(ctx, m, "n")
    listed = states_of(ctx, m.group("n_list")) if m.group("n_list") else []
    if not founders or listed is None:
        return []
    return _formed(ctx, m.end(), [*founders, *listed], m)


def _passive_with(ctx: Context, m: re.Match[str]) -> list[Found]:
    """The states a body was formed "together with" founded it (the one whose history the
    sentence tells is not named)."""
    if not _no_state_between(ctx, m.group("p_between")):
        return []
    org, listed = _org(ctx, m.group("p_org")), states_of(ctx, m.group("p_list"))
    if org is None or listed is None:
        return []
    return [
        Found((m.start(), m.end()), _claim(ctx, R.FORMED_WITH, member, org), (i,))
        for i, member in enumerate(dict.fromkeys(listed))
    ]


def read_formed_with(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """The founders of the shape that matched."""
    if m.group("passive"):
        return _passive_with(ctx, m)
    if m.group("join_form"):
        return _joined_to_form(ctx, m)
    if m.group("named"):
        return _named_body(ctx, m)
    if m.group("together"):
        return _together_formed(ctx, m)
    return _formed_o_with(ctx, m)


FORMED_WITH = Rule(
    R.FORMED_WITH,
    Needs(groups=("forming-verb", "forming-infinitive", "founding-passive"), words=("developed",)),
    FORMED,
    read_formed_with,
    FILLS,
    (("members", "listed"),),
    repeat=True,
)
RULES: tuple[Rule, ...] = (FORMED_WITH,)
