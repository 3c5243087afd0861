"""Country codes of other classifications beside every country column of a row."""

from __future__ import annotations

from dataclasses import fields

from pipeline.knowledge.codes import CountryCodes
from pipeline.records import Record
from schemas.codes import ISO3_SUFFIX, companions

Row = dict[str, object]
#: a column, and the columns of its COW and GW codes when it is a country column
Plan = tuple[tuple[str, tuple[str, str] | None], ...]


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


def coded_row(record: Record, codes: CountryCodes) -> Row:
    """`with_country_codes(record.as_row(), codes)` in one pass, from the columns of the
    record's class worked out once (`_plan`) instead of per record."""
    out: Row = {}
    cow_of, gw_of = codes.cow.get, codes.gw.get
    for name, coded in _plan(type(record)):
        value = getattr(record, name)
        out[name] = value
        if coded is not None:
            known = isinstance(value, str)
            out[coded[0]] = cow_of(value) if known else None
            out[coded[1]] = gw_of(value) if known else None
    return out


def _plan(kind: type[Record]) -> Plan:
    """The columns of a record class, each with its code columns if it is a country column:
    the same for every record of the class, so worked out once."""
    plan = _PLANS.get(kind)
    if plan is None:
        plan = _PLANS[kind] = tuple(
            (f.name, companions(f.name) if f.name.endswith(ISO3_SUFFIX) else None)
            for f in fields(kind)
        )
    return plan


_PLANS: dict[type[Record], Plan] = {}
