"""`mission-table-row`: a row of a table that lists the subject's missions, one per row, with
a column saying where each is ("City", "City and Country", "Location"), under a heading that
names the subject and its missions:

    Thai diplomatic missions > Royal Thai embassies and consulates
    | Country | Official name             | City         | Type      |
    |         | Argentine Republic        | Buenos Aires | Embassy   |
    | Sydney  | Consulate                 |              |           |

    Thai diplomatic missions > Permanent missions
    | Organization | Official name            | City and Country   |
    |              | United Nations           | Geneva, Switzerland |

Each row is read as one text: the heading path, then the row's cells that hold anything, joined
by " | " (`row_sentences`). The rule reads the cells by what they hold, not by their column, as
a rendered table may shift a row's cells left (a merged cell dropped): the one cell that is a
place with its city (the mission's city), the one cell that is a state's name (the host; else
the city's state), the one cell that is a mission kind (else the one kind the last heading
names). The sender is the subject, which the heading must name. Anything doubtful (two places,
two states, a state the city is not in, no kind) reads nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from pipeline.analysis.entities import Spotter
from pipeline.analysis.tables import classify
from pipeline.analysis.text import Sentence
from pipeline.engine import Context
from pipeline.engine.rule import Found
from pipeline.extract.grammar import Place
from pipeline.knowledge.vocabulary import Vocabulary
from pipeline.model import GridTable, Layout
from pipeline.rules.mission_claim import mission_claim
from schemas import rules as R

#: the part of a document a mission table's row is (`Where.part`)
PART = "mission-table"
#: what separates the heading and the cells in a row's text
CELL = " | "
#: between the headings of the path
LEVEL = " > "
#: a cell that is nothing but a mission kind: "Embassy", "Consulate-General"
KIND_CELL = r"(?:the\s+)?(?:@{mission-adjective}\s+)*(?P<kind>@{mission-kind})"
#: a mention of a state
MENTION = re.compile(r"⟪(\d+)⟫")
#: footnote markers a cell may end with
MARKERS = re.compile(r"\s*(?:\[\d+\])+\s*$")


def row_sentences(layout: Layout, spotter: Spotter, vocabulary: Vocabulary) -> Iterator[Sentence]:
    """The text of each body row of each table that may list missions: not a relations table,
    a column headed by a place word (the vocabulary's `table-header` `place` terms), under a
    heading. Whether it lists the subject's missions is the rule's to read."""
    place = re.compile(rf"^{vocabulary.pattern('table-header', 'place')}\b", re.I)
    for _index, table, section in layout.tables():
        if not section or not _place_column(table, place):
            continue
        if classify(table, vocabulary).kind != "other":
            continue
        heading = LEVEL.join(" ".join(h.split()) for h in section)
        for row in table.rows:
            cells = [" ".join(MARKERS.sub("", c.text).split()) for c in row.cells]
            filled = [c.replace("|", " ") for c in cells if c]
            if not filled:
                continue
            text = CELL.join([heading.replace("|", " "), *filled])
            yield Sentence.of(text, row.line, tuple(spotter.mentions(text)))


def _place_column(table: GridTable, place: re.Pattern[str]) -> bool:
    return any(place.match(" ".join(h.split())) for h in table.header_texts)


def read_table_row(ctx: Context, _match: re.Match[str] | None) -> Iterable[Found]:
    subject = ctx.where.subject
    if ctx.where.part != PART or subject is None:
        return []
    masked, sentence = ctx.masked, ctx.sentence
    pieces = _pieces(masked)
    if len(pieces) < 2:
        return []
    (h_start, h_end), cells = pieces[0], pieces[1:]
    grammar = ctx.res.grammar
    heading = masked[h_start:h_end]
    if not any(subject in sentence.mention(m.group(1)).codes for m in MENTION.finditer(heading)):
        return []
    kind_cell = ctx.res.regex(KIND_CELL)
    kinds: list[tuple[int, int]] = []
    places: list[Place] = []
    states: list[str] = []
    for start, end in cells:
        m = kind_cell.fullmatch(masked, start, end)
        if m is not None:
            kinds.append(m.span("kind"))
            continue
        place = grammar.place(masked, start, sentence)
        if place is None or place.end != end:
            continue
        if place.city is not None:
            places.append(place)
        elif place.country is not None:
            states.append(place.country)
    if len(places) != 1 or len(states) > 1 or len(kinds) > 1:
        return []
    place = places[0]
    host = _host(place, states)
    if host is None or host == subject:
        return []
    if kinds:
        span = kinds[0]
    else:
        last = heading.rfind(LEVEL.strip())
        found = list(ctx.res.regex(r"@{mission-kind}").finditer(masked, h_start + last + 1, h_end))
        values = {ctx.res.vocabulary.value("mission-kind", k.group(0)) for k in found}
        if len(values) != 1:
            return []
        span = found[0].span()
    return [
        Found(
            span,
            mission_claim(
                ctx,
                R.MISSION_TABLE_ROW,
                masked[span[0] : span[1]],
                span,
                sender=subject,
                host=host,
                place=place,
                status="open",
            ),
        )
    ]


def _pieces(masked: str) -> list[tuple[int, int]]:
    """The (start, end) of the heading and of each cell in a row's masked text."""
    out: list[tuple[int, int]] = []
    start = 0
    while True:
        end = masked.find(CELL, start)
        out.append((start, len(masked) if end < 0 else end))
        if end < 0:
            return out
        start = end + len(CELL)


def _host(place: Place, states: list[str]) -> str | None:
    """The state the row names, where the city may be in it; else the city's one state."""
    countries = {place.country} if place.country else set(place.city_countries)
    if states:
        return states[0] if not countries or states[0] in countries else None
    return next(iter(countries)) if len(countries) == 1 else None
