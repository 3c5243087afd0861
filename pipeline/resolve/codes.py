"""Country codes of other classifications beside every country column of a row."""

from __future__ import annotations

from pipeline.knowledge.codes import CountryCodes
from schemas.codes import ISO3_SUFFIX, companions

Row = dict[str, object]


def with_country_codes(row: Row, codes: CountryCodes) -> Row:
    """The row with `X_cow` and `X_gw` after every `X_iso3` value (None where there is no
    code). Lists of candidates (`counterpart_candidates`) get none: they are what the text
    allows, not a country the fact is about."""
    out: Row = {}
    for name, value in row.items():
        out[name] = value
        if name.endswith(ISO3_SUFFIX):
            cow, gw = companions(name)
            out[cow] = codes.cow_of(value)
            out[gw] = codes.gw_of(value)
    return out
