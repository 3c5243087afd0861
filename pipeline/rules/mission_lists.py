"""`mission-list-continued`: the missions of a list that goes on where the items after a verb of
having stop: a list joined again after a bracket, by "with" or after a semicolon, and cities
listed in brackets after their kind or after their country.

    ⟪Spain⟫ has an embassy in ⟪Dublin⟫ and five honorary consulates (Cork, ⟪Limerick⟫ and Sligo).
    ⟪Croatia⟫ has an embassy in ⟪Rome⟫, 2 general consulates (in ⟪Milan⟫ and ⟪Trieste⟫), and 5
        honorary consulates (in ⟪Bari⟫, ⟪Florence⟫ and ⟪Naples⟫).
    ⟪Netherlands⟫ maintains an embassy in ⟪Paris⟫ with consulates in ⟪Lyon⟫ and ⟪Nice⟫.
    ⟪Sweden⟫ has eight honorary consulates in ⟪Greece⟫ (⟪Rhodes⟫, ⟪Patras⟫, ⟪Corfu⟫).

The walk reads the items after the clause's verb as the older item reader does (the same item
head and place list of `pipeline.extract.grammar`), and reads on past the joints and shapes it
does not take; it states only the missions from the first of those on, so the two never state
one mission twice. A list in brackets without "in" is read only where every item is a place the
gazetteer knows; a negation, a mission that serves other states, or a later closing stops it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from pipeline.engine import Context
from pipeline.engine.rule import Found
from pipeline.extract.grammar import Clause, Place
from pipeline.extract.missions import MissionClaim
from schemas import rules as R

#: what a sentence the rule reads holds: a bracket, "with", a semicolon, or a kind followed by
#: no preposition ("an honorary consulate Galway"). Searched by `read_lists` itself, once, at
#: the first clause whose verb opens a list: most sentences with a mission noun have none, and
#: the search (a kind at every position of the sentence) costs more than the checks before it
LIST_WORDING = (
    r"[();]|\bwith\b|@{mission-kind}\s+(?!(?:in|at|of|and|to|for|which|that|was|is|are|were|has"
    r"|had|the|an?)\b)[^\W\d_]"
)
#: the verb of having or opening a clause's items follow
VERB = r"(?P<verb>@{mission-verb})\s+"
#: joints the older item reader does not read between two items: after a closing bracket, "with",
#: a semicolon
JOINT = (
    r"\s*\([^()⟪]{1,40}\)\s*,?\s*(?:and\s+|as\s+well\s+as\s+|plus\s+)?(?:also\s+)?"
    r"|\s*(?:\)\s*,?\s*(?:and\s+|as\s+well\s+as\s+|plus\s+)?|,?\s*(?:along\s+|together\s+)?"
    r"with\s+|;\s*(?:and\s+|as\s+well\s+as\s+|plus\s+)?(?:also\s+)?)"
)
#: a mission noun phrase: a count or determiner, adjectives, the kind
KIND = (
    r"\s*,?\s*(?:(?:and|as\s+well\s+as|plus|also)\s+)?(?:(?P<count>@{COUNT})\s+)?"
    r"(?:(?:its|their|the|another)\s+)?(?:@{mission-adjective}\s+)*?"
    r"(?P<kind>@{mission-kind})"
)
#: a note in brackets after a city of a list that goes on: "Trieste (General), Turin"
NOTE = r"\s*\([^()⟪]{1,30}\)\s*(?:,\s*(?:and\s+)?|and\s+)"
#: a city right after its kind, without "in": "an honorary consulate Galway"
BARE = r"\s+(?=@{UPPER})"
#: cities in brackets after their kind, without "in": "five honorary consulates (Cork, ..."
BRACKET = r"\s*\(\s*(?!in\b|at\b)"
#: where a bracket of places closes
CLOSE = r"\s*\)"
#: "in" before the places of an item, in brackets or not ("(in A, B)", "in (A, B)")
IN = r"\s*(?:\(\s*)?(?:in|at)\s+(?:\(\s*(?=[^()]*\)))?"
#: a state's postal abbreviation after its city ("Los Angeles, CA")
ABBREVIATION = re.compile(r"[A-Z]{2,3}")
#: a closing somewhere in the clause
CLOSED = r"\b(?:closed|shut)\b"
#: a word that stops the walk: the list is about something else from there
STOP = r"\b(?:@{mission-serves}|closed|shut|until|former|formerly|previously)\b"


@dataclass(frozen=True, slots=True)
class _Item:
    """One mission noun of the walk, its places, and whether the older reader reaches it."""

    kind_text: str
    span: tuple[int, int]
    places: list[Place]
    end: int
    new: bool


def _walk(ctx: Context, clause: Clause, at: int) -> list[_Item]:
    """The items from `at` (just after the verb) to where neither reader goes on."""
    grammar, masked, sentence = ctx.res.grammar, ctx.masked, ctx.sentence
    out: list[_Item] = []
    pos = at
    new = False
    while pos < clause.end:
        rest = masked[pos : clause.end]
        joined = False
        old = grammar.item_head.match(rest)
        if old is not None and not out and old.group("prep").strip(" (") == ":":
            return out  # "has the following embassies:": a list the reader reads otherwise
        if old is not None and (not old.group("kind2") or not new):
            kind_start, kind_end = pos + old.start("kind"), pos + old.end("kind")
            place_at = pos + old.end()
            shape_new = False
            places, end = grammar.places(masked, place_at, sentence)
            places, end, shape_new = _in_country(ctx, places, end)
        else:
            shape = _new_shape(ctx, clause, pos, rest, bool(out))
            if shape is None:
                break
            places, end, kind_start, kind_end, joined, shape_new = shape
            if not joined and not shape_new and old is None:
                shape_new = True  # an item head the older reader does not take
        # "New York City, NY and Los Angeles, CA": a postal code is not a city
        places = [p for p in places if not (p.city and ABBREVIATION.fullmatch(p.city))]
        if not places:
            break
        new = new or joined or shape_new
        tail = masked[end : min(clause.end, end + 60)]
        if ctx.res.regex(STOP).search(masked[kind_end:end]) or ctx.res.regex(STOP).match(
            tail.lstrip(" ,")
        ):
            break
        kind_text = masked[kind_start:kind_end]
        out.append(_Item(kind_text, (kind_start, kind_end), places, end, new))
        more, end = _noted(ctx, clause, end)
        new = new or bool(more)
        # each city after a note is a reading of its own, apart from the kind's: the older
        # reader's cities before the note stay its own
        out.extend(_Item(kind_text, (p.start, p.end), [p], p.end, True) for p in more)
        pos = end
    return out


def _new_shape(
    ctx: Context, clause: Clause, pos: int, rest: str, after_an_item: bool
) -> tuple[list[Place], int, int, int, bool, bool] | None:
    """An item the older reader's head does not take: a kind (after "and" or "with" when an
    item came before) followed by its places in brackets, after "in", or bare; (places, end,
    kind start, kind end, joined, a new shape), or None where no such item starts here."""
    grammar, masked, sentence = ctx.res.grammar, ctx.masked, ctx.sentence
    joint = ctx.res.regex(JOINT).match(rest) if after_an_item else None
    at_kind = pos + (joint.end() if joint else 0)
    kind = ctx.res.regex(KIND).match(masked, at_kind, clause.end)
    if kind is None:
        return None
    after = kind.end()
    bracket = ctx.res.regex(BRACKET).match(masked, after, clause.end)
    inside = ctx.res.regex(IN).match(masked, after, clause.end)
    bare = ctx.res.regex(BARE, flags=0).match(masked, after, clause.end)
    shape_new = False
    if bracket is not None:
        places, end = grammar.places(masked, bracket.end(), sentence)
        if (
            not places
            or not (all(_known(ctx, p) for p in places) or _as_counted(ctx, kind, places))
            or not _closes(ctx, end)
        ):
            return None
        shape_new = True
    elif inside is not None:
        places, end = grammar.places(masked, inside.end(), sentence)
        places, end, shape_new = _in_country(ctx, places, end)
    elif bare is not None:
        places, end = grammar.places(masked, bare.end(), sentence)
        if not places or not all(p.city and _known(ctx, p) for p in places):
            return None
        shape_new = True
    else:
        return None
    return places, end, kind.start("kind"), kind.end("kind"), joint is not None, shape_new


def _as_counted(ctx: Context, kind: re.Match[str], places: list[Place]) -> bool:
    """ "three honorary consulates (Crete, ⟪Rhodes⟫ and ⟪Thessaloniki⟫)": as many names as the
    count says, each a city name, stand for the cities even where the gazetteer does not know
    every one (a region named as a consulate's seat), so long as it knows one of them."""
    count = kind.group("count")
    if count is None:
        return False
    number = int(count) if count.isdigit() else ctx.res.vocabulary.value("number", count)
    return (
        str(number) == str(len(places))
        and len(places) > 1
        and all(p.city for p in places)
        and any(_known(ctx, p) for p in places)
    )


def _noted(ctx: Context, clause: Clause, end: int) -> tuple[list[Place], int]:
    """The known cities that go on after a note in brackets: "Trieste (General), Turin
    (General), Ancona, ..." (the place reader stops at the note)."""
    out: list[Place] = []
    while (note := ctx.res.regex(NOTE).match(ctx.masked, end, clause.end)) is not None:
        if ctx.res.regex(STOP).search(note.group()):
            break
        places, after = ctx.res.grammar.places(ctx.masked, note.end(), ctx.sentence)
        known = [p for p in places if p.city and _known(ctx, p)]
        if not known or len(known) < len(places) / 2:
            break
        out.extend(known)
        end = after
    return out, end


def _in_country(ctx: Context, places: list[Place], end: int) -> tuple[list[Place], int, bool]:
    """ "eight honorary consulates in ⟪Greece⟫ (Thessaloniki, ⟪Rhodes⟫, ...)": the cities in
    brackets after their country, each in it."""
    if len(places) != 1 or places[0].city is not None or places[0].country is None:
        return places, end, False
    bracket = ctx.res.regex(BRACKET).match(ctx.masked, end)
    if bracket is None:
        return places, end, False
    inner, inner_end = ctx.res.grammar.places(ctx.masked, bracket.end(), ctx.sentence)
    country = places[0].country
    if (
        not inner
        or not _closes(ctx, inner_end)
        or not all(p.city and _known(ctx, p) and p.country in (None, country) for p in inner)
    ):
        return places, end, False
    return [_placed(p, country) for p in inner], inner_end, True


def _closes(ctx: Context, end: int) -> bool:
    """Does a bracket close where a list of places ends (or just before: the place reader takes
    the bracket it opened)?"""
    return ctx.masked[:end].rstrip().endswith(")") or bool(
        ctx.res.regex(CLOSE).match(ctx.masked, end)
    )


def _placed(place: Place, country: str) -> Place:
    return Place(
        place.city,
        country,
        place.city_countries,
        place.city_anywhere,
        place.strong,
        place.count,
        place.start,
        place.end,
    )


def _known(ctx: Context, place: Place) -> bool:
    """A place the gazetteer knows (a state, or a city of some state)."""
    return bool(place.country or place.city_countries or place.city_anywhere)


def read_lists(ctx: Context, match: re.Match[str] | None) -> Iterable[Found]:
    """The missions of every clause's list past where the older item reader stops."""
    grammar, v = ctx.res.grammar, ctx.res.vocabulary
    out: list[Found] = []
    worded: bool | None = None  # does the sentence hold `LIST_WORDING` (searched when needed)
    for clause in grammar.clauses(ctx.sentence):
        sender = grammar.clause_state(ctx.sentence, clause)
        if sender is None:
            continue
        base = clause.start + clause.body
        verb = ctx.res.regex(VERB).match(ctx.masked, base, clause.end)
        if verb is None:
            continue
        status = v.value("mission-verb", verb.group("verb"))
        if status is None or grammar.negated(ctx.masked[base : clause.end]):
            continue
        if status != "closed" and ctx.res.regex(CLOSED).search(ctx.masked, base, clause.end):
            continue  # "..., the consulate in C was closed": the older reader's to state
        if worded is None:
            worded = ctx.res.regex(LIST_WORDING).search(ctx.masked) is not None
        if not worded:
            return out  # no list goes on past the older reader's in this sentence
        lead = grammar.date_lead.match(clause.text)
        for i, item in enumerate(_walk(ctx, clause, verb.end())):
            if not item.new:
                continue
            kind = v.value("mission-kind", item.kind_text) or "embassy"
            date = grammar.date_after(ctx.masked[item.end : clause.end]) or (
                lead.group("date") if lead else None
            )
            item_status = "opened" if status == "open" and date else status
            for place in item.places:
                claim = MissionClaim(
                    rule=R.MISSION_LIST_CONTINUED.name,
                    line=ctx.sentence.line,
                    text=ctx.sentence.evidence,
                    span=item.span,
                    sender=sender,
                    host=None,
                    place=place,
                    kind=kind,
                    kind_text=" ".join(item.kind_text.split()),
                    status=item_status,
                    date_text=date,
                )
                out.append(Found(item.span, claim, (1, 10_000 + item.span[0], i)))
    return out
