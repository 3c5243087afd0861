"""What a column allows, read back from its pandera checks, so that the data dictionary and the
Frictionless descriptor state the very constraints that validation enforces."""

from __future__ import annotations

from dataclasses import dataclass

import pandera.pandas as pa

#: the checks of `schemas.spec` that admit only country codes, and what they admit
CODE_CHECKS = {
    "iso3_exists": "an ISO 3166-1 alpha-3 code (Kosovo: XKX)",
    "iso3_or_former_exists": "an ISO 3166-1 alpha-3 code, or ISO 3166-3 for a former state",
    "iso3_list_exists": "ISO 3166-1 alpha-3 codes",
}
#: what an ISO alpha-3 code looks like, for tools that cannot run the check itself
ISO3_PATTERN = "[A-Z]{3}"


@dataclass(frozen=True, slots=True)
class Allowed:
    values: tuple[str, ...] = ()
    pattern: str | None = None
    minimum: int | None = None
    codes: str | None = None

    def describe(self) -> str:
        """One line for a person: the values, the pattern, the least value or the codes."""
        parts = []
        if self.values:
            parts.append(", ".join(f"`{v}`" for v in self.values))
        if self.codes:
            parts.append(self.codes)
        if self.pattern:
            parts.append(f"matches `{self.pattern}`")
        if self.minimum is not None:
            parts.append(f">= {self.minimum}")
        return "; ".join(parts)


def allowed(column: pa.Column) -> Allowed:
    """The constraints a pandera column's checks state."""
    values: tuple[str, ...] = ()
    pattern = codes = None
    minimum = None
    for check in column.checks:
        stats = check.statistics or {}
        if check.name == "isin":
            values = tuple(str(v) for v in stats["allowed_values"])
        elif check.name == "str_matches":
            pattern = str(stats["pattern"])
        elif check.name == "greater_than_or_equal_to":
            minimum = int(stats["min_value"])
        elif check.name in CODE_CHECKS:
            codes = CODE_CHECKS[check.name]
    return Allowed(values, pattern, minimum, codes)
