"""The state a prose section is about, from its heading: "Both countries are members of the
Commonwealth" under a heading "Australia" (in "Bilateral relations") is the document's subject and
Australia, as in a relations row whose country cell names Australia (fixtures/README.md, M4: the
counterpart is taken where the text names it, never guessed)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.knowledge.gazetteer import Gazetteer

#: typographic forms of "and" in a country's name ("Trinidad & Tobago")
AMPERSAND = re.compile(r"\s*&\s*")


def heading_state(section: Sequence[str], gazetteer: Gazetteer, subject: str | None) -> str | None:
    """The one state the innermost heading is the name of, when it is not the subject; None
    when the heading is anything else (a region, a theme, two countries, an ambiguous name)."""
    if not section:
        return None
    name = AMPERSAND.sub(" and ", section[-1]).strip()
    codes = gazetteer.country(name)
    if len(codes) != 1:
        return None
    code = next(iter(codes))
    return None if code == subject else code
