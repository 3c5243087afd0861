"""Country codes of other classifications beside every country column of a row.

A fact the text dates carries the COW codes of that date (`CountryCodes.cow_on`): a relation
by when it began (Germany's relations begun before 3 October 1990 are the Federal Republic's,
260); a relation event, a recognition, a membership or a mission by its `date` (when it
happened, was joined, opened or closed); undated facts carry today's. The state a recognition
recognizes is dated only where today's state continues the predecessor (`NEW_STATE_COLUMNS`).
A footnote's publication date is not the fact's date (`began_source` `footnote-date`): it
gives today's codes. The GW codes are today's throughout (Gleditsch and Ward code Germany and
Yemen as the continuations of the Federal Republic and North Yemen, so their codes do not
change there)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import fields

from pipeline.knowledge.codes import CountryCodes
from pipeline.records import Record
from schemas.codes import ISO3_SUFFIX, companions

Row = dict[str, object]
#: a column, and the columns of its COW and GW codes when it is a country column
Plan = tuple[tuple[str, tuple[str, str] | None], ...]
#: the columns that date a fact, in the tables whose codes follow the fact's date: a table has
#: at most one of them (relations `began`; relation events, recognitions, memberships `date`)
DATE_COLUMNS = ("began", "date")
#: where a `began` comes from that does not date the fact itself
NOT_THE_FACTS_DATE = frozenset({"footnote-date"})
#: the country columns naming a state the fact is about as new: its code is dated only where
#: today's state continues the predecessor (a recognition of Slovakia in 1992 is Slovakia's,
#: one of Germany in 1955 the Federal Republic's)
NEW_STATE_COLUMNS = frozenset({"recognized_iso3"})


def fact_date(get: Callable[[str], object]) -> dt.date | None:
    """The date the codes of a fact are taken at: its `began` (unless that is only a
    footnote's publication date) or its `date`; None (today's codes) for an undated fact."""
    began = get("began")
    if isinstance(began, dt.date):
        return began if get("began_source") not in NOT_THE_FACTS_DATE else None
    when = get("date")
    return when if isinstance(when, dt.date) else None


def with_country_codes(row: Row, codes: CountryCodes) -> Row:
    """The row with `X_cow` and `X_gw` after every `X_iso3` value (None where there is no
    code), the COW code as of the fact's date (`fact_date`). Lists of candidates
    (`counterpart_candidates`) get none: they are what the text allows, not a country the
    fact is about."""
    when = fact_date(row.get)
    out: Row = {}
    for name, value in row.items():
        out[name] = value
        if name.endswith(ISO3_SUFFIX):
            cow, gw = companions(name)
            out[cow] = codes.cow_on(value, when, continued_only=name in NEW_STATE_COLUMNS)
            out[gw] = codes.gw_of(value)
    return out


def coded_row(record: Record, codes: CountryCodes) -> Row:
    """`with_country_codes(record.as_row(), codes)` in one pass, from the columns of the
    record's class worked out once (`_plan`) instead of per record."""
    out: Row = {}
    plan = _plan(type(record))
    when = fact_date(lambda n: getattr(record, n, None)) if _dated(type(record)) else None
    cow_of, gw_of = codes.cow.get, codes.gw.get
    for name, coded in plan:
        value = getattr(record, name)
        out[name] = value
        if coded is not None:
            known = isinstance(value, str)
            if when is None:
                out[coded[0]] = cow_of(value) if known else None
            else:
                out[coded[0]] = codes.cow_on(value, when, continued_only=name in NEW_STATE_COLUMNS)
            out[coded[1]] = gw_of(value) if known else None
    return out


def _dated(kind: type[Record]) -> bool:
    return any(name in DATE_COLUMNS for name, _ in _plan(kind))


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
