"""`participates-actively`: a state takes part in organizations, said with an adverb or as a
beginning.

    ⟪New Zealand⟫ also actively participates as a member of the ⟪Commonwealth⟫
    It actively participates in the ⟪Central American Security Commission⟫ (⟪CASC⟫)
    In July 2000, it began participating in the ⟪ASEAN Regional Forum⟫ (⟪ARF⟫)

The older `member-of` reads "participates in" without an adverb. The state is the one the
sentence opens with (or "It": the document's subject outside a relations row); no other state,
negation or unreal mood comes between. A peacekeeping mission taken part in is not a membership
(the registry's kind routes it to the roles table).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.engine import Context, Needs, Rule
from pipeline.engine.rule import Found
from pipeline.rules.membership_such_as import opening_state_listed
from pipeline.rules.memberships import FILLS
from schemas import rules as R

PARTICIPATES = (
    r"^\s*@{LEAD}(?:(?:the\s+)?⟪(?P<state>\d+)⟫|(?P<it>it|the\s+country))\s+"
    r"(?P<between>@{ADVERBS}(?:(?:has|have)\s+)?(?:(?:actively|fully|directly|regularly)\s+"
    r"(?:participates|participated|takes\s+part|took\s+part|taken\s+part)"
    r"|(?:began|begun|started|begins|starts)\s+(?:participating|to\s+participate|taking\s+part|"
    r"to\s+take\s+part)))\s+(?:in|as\s+an?\s+(?:full\s+)?member\s+of)\s+(?:the\s+)?"
)


def read_participates(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """Every organization listed after "participates in" is the state's."""
    return opening_state_listed(ctx, m, R.PARTICIPATES_ACTIVELY)


PARTICIPATES_ACTIVELY = Rule(
    R.PARTICIPATES_ACTIVELY,
    Needs(words=("participates", "participated", "participating", "participate", "part")),
    PARTICIPATES,
    read_participates,
    FILLS,
    (("members", "one"),),
)
RULES: tuple[Rule, ...] = (PARTICIPATES_ACTIVELY,)
