"""Beside every country column (`*_iso3`), the codes other datasets join on.

`X_iso3` is followed by `X_cow` (Correlates of War state code) and `X_gw` (Gleditsch-Ward
code), declared here once for every table so that none can have one without the others; the
values are filled from the knowledge (`pipeline.resolve.codes`). Importable without pandas or
pandera: the workers name the columns too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from schemas.columns import TableSpec

ISO3_SUFFIX = "_iso3"
COMPANION_SUFFIXES = ("_cow", "_gw")


def companions(column: str) -> tuple[str, str]:
    """The code columns beside a country column: `host_iso3` -> host_cow, host_gw."""
    base = column.removesuffix(ISO3_SUFFIX)
    return base + COMPANION_SUFFIXES[0], base + COMPANION_SUFFIXES[1]


def is_companion(column: str) -> bool:
    return column.endswith(COMPANION_SUFFIXES)


def with_country_codes(spec: TableSpec) -> TableSpec:
    """The table, each `*_iso3` column followed by its `*_cow` and `*_gw` companions. A list
    of codes (`counterpart_candidates`) gets none: it holds what the text allows, not a
    country the fact is about."""
    from dataclasses import replace

    from schemas.columns import Check, Col

    state_code = Check.in_range(1, 999)
    out: list[Col] = []
    for col in spec.columns:
        out.append(col)
        if col.name.endswith(ISO3_SUFFIX) and col.kind == "str":
            cow, gw = companions(col.name)
            out.append(
                Col(
                    cow,
                    "int",
                    nullable=True,
                    checks=(state_code,),
                    doc=f"Correlates of War state code (ccode) of {col.name}, from the COW "
                    "State System Membership list v2016; as of the fact's date where the fact "
                    "has one (a relation's began, unless only a footnote's date; the date of an "
                    "event, a recognition, a membership or a mission's opening or closing; a "
                    "recognized state only where today's state continues the predecessor): "
                    "the state the "
                    "code stood for then (pipeline/knowledge/data/cow_codes_by_date.csv: "
                    "Germany before 3 October 1990 is the German Federal Republic, 260, and "
                    "before 9 May 1945 Germany, 255; Yemen before 22 May 1990 the Yemen Arab "
                    "Republic, 678; the Czech Republic and Slovakia before 1993 "
                    "Czechoslovakia, 315); today's code for undated facts; null where it has "
                    "none (Palestine, Western Sahara, territories)",
                )
            )
            out.append(
                Col(
                    gw,
                    "int",
                    nullable=True,
                    checks=(state_code,),
                    doc=f"Gleditsch-Ward state code of {col.name} (country_converter's GWcode, "
                    "corrected and completed by pipeline/knowledge/data/gw_codes.csv); null "
                    "where it has none",
                )
            )
    return replace(spec, columns=tuple(out))
