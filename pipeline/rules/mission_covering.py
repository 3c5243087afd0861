"""`covering-mission-listed-states`: a mission named with its sender and place that serves a list
of states, each of them after the first (the older construction reads the first only):

    The ⟪French⟫ embassy in ⟪Suva⟫ is accredited to ⟪Kiribati⟫, ⟪Nauru⟫, ⟪Tonga⟫ and ⟪Tuvalu⟫.

Each further state gets the first one's mission as that construction read it (its sender, kind,
place and status), anchored on the state's own mention; nothing is read where the construction
read nothing for the first state.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from pipeline.engine import Context
from pipeline.engine.rule import Found
from pipeline.extract.missions import MissionClaim
from schemas import rules as R

#: the verb of serving, the first state, and the states listed after it
LISTED_STATES = (
    r"(?:@{mission-serves})\s+(?:the\s+)?⟪(?P<first>\d+)⟫"
    r"(?P<rest>(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?⟪\d+⟫)+)"
)
MENTION = re.compile(r"⟪(\d+)⟫")


@dataclass(frozen=True, slots=True)
class ListedStates:
    """The rule's build over the claims the named-mission construction reads (`named`); a value,
    not a closure, so that the built extractors pickle."""

    named: Callable[[Context], list[MissionClaim]]

    def __call__(self, ctx: Context, match: re.Match[str] | None) -> Iterable[Found]:
        if match is None:
            return []
        grammar, sentence = ctx.res.grammar, ctx.sentence
        first = grammar.state_code(sentence.mention(match.group("first")))
        covering = [
            c
            for c in ctx.shared(self.named)
            if c.rule == R.COVERING_MISSION_ACCREDITED.name and c.host == first
        ]
        if first is None or len(covering) != 1:
            return []
        claim = covering[0]
        out: list[Found] = []
        offset = match.start("rest")
        for i, m in enumerate(MENTION.finditer(match.group("rest"))):
            mention = sentence.mention(m.group(1))
            host = grammar.state_code(mention) if mention.label == "COUNTRY" else None
            if host is None or host in (claim.sender, first):
                continue
            span = (offset + m.start(), offset + m.end())
            listed = replace(
                claim, rule=R.COVERING_MISSION_LISTED_STATES.name, span=span, host=host
            )
            out.append(Found(span, listed, (26, i)))
        return out
