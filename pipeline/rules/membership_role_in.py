"""`role-in`: a state plays a role in the organizations named right after it.

    ⟪Singapore⟫ ... plays an active role in the ⟪ASEAN⟫
    ⟪Trinidad⟫ has taken a leading role in the ⟪CARICOM⟫
    The country plays a prominent role in the ⟪IMF⟫, the ⟪World Bank⟫, and ...
    the country plays a very active role in ⟪SAARC⟫

Only organizations named at once after "role in" are read: a role in "the formation of", "the
negotiations", "the ⟪ECOWAS⟫ efforts" (the organization a modifier of another noun), "regional
affairs" is no membership. The state is the one the sentence opens with (or "It", "The country":
the document's subject outside a relations row), with no other state, negation or unreal mood
("seeking to play", "must play") between it and its role.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.engine import Context, Needs, Rule
from pipeline.engine.rule import Found
from pipeline.rules.membership_such_as import opening_state_listed
from pipeline.rules.memberships import FILLS
from schemas import rules as R

ROLE_IN = (
    r"^\s*(?:[^⟪.;,]{1,100},\s*)?"
    r"(?:(?:the\s+)?⟪(?P<state>\d+)⟫|(?P<it>it|the\s+country))"
    r"(?P<between>[^⟪.;:]{0,60}?\b(?:plays|played|play|playing|takes|took|taken|taking)\s+"
    r"(?:an?\s+)?"
    r"(?:[a-z-]+\s+(?:and\s+)?){0,3}?)role\s+(?:with)?in\s+(?:the\s+)?(?=⟪)"
)


def read_role_in(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """Every organization listed at once after "role in" is the state's."""
    return opening_state_listed(ctx, m, R.ROLE_IN)


ROLE_IN_RULE = Rule(
    R.ROLE_IN,
    Needs(words=("role",)),
    ROLE_IN,
    read_role_in,
    FILLS,
    (("members", "one"),),
)
RULES: tuple[Rule, ...] = (ROLE_IN_RULE,)
