"""Dates as the text gives them: a day, a month or a year, never more precise than written.

dateparser reads the words in any of the corpus's languages ("31 мая 2004 г.", "16 Сентября
2009", "December 25, 1991") and says what it found (its `period`); a year alone is kept as that
year (stored as 1 January, precision "year"), a season or "early/late" as its year with a note.
Relative expressions ("yesterday") are never read, and the reference point is fixed, so the same
text always gives the same date. Numeric dates with dots are read day first in the languages
that write them so ("12.03.2010" is 12 March in a Russian footnote); in English they are read
only when unambiguous.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from dateparser.date import DateDataParser

Precision = Literal["day", "month", "year"]
DAY_FIRST_LANGUAGES = frozenset({"ru", "uk", "az", "tr", "de", "fr", "es", "pt", "it"})
LANGUAGES = ["en", "ru", "uk", "az", "tr", "es", "pt", "fr", "de", "it"]
SETTINGS = {
    "PREFER_DAY_OF_MONTH": "first",
    "RELATIVE_BASE": dt.datetime(2000, 1, 1),
    "REQUIRE_PARTS": ["year"],
    "PARSERS": ["custom-formats", "absolute-time"],
    "RETURN_AS_TIMEZONE_AWARE": False,
}
YEAR = re.compile(r"^(?:in\s+)?(\d{4})$")
#: "1994-05": a year and a month (ISO 8601), not the range 1994-2005
YEAR_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
YEAR_RANGE = re.compile(r"^(\d{4})\s*[–—-]\s*(\d{2,4})$")
SEASON = re.compile(
    r"^(?:the\s+)?(?P<qual>early|late|mid|spring|summer|autumn|fall|winter)(?:\s+of)?[\s-]+"
    r"(?P<year>\d{4})$",
    re.I,
)
NUMERIC = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$")
YEAR_DIGITS = re.compile(r"\d{3,4}")
MONTH_NUMBERS = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
)
ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
DAY_MONTH_YEAR = re.compile(
    rf"^(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>\d{{4}})$", re.I
)
MONTH_DAY_YEAR = re.compile(
    rf"^{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})$", re.I
)
MONTH_YEAR = re.compile(rf"^{_MONTH},?\s+(?P<year>\d{{4}})$", re.I)
#: the Russian months, genitive ("мая") and nominative ("май"), by number
RU_MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        (
            ("января", "январь"),
            ("февраля", "февраль"),
            ("марта", "март"),
            ("апреля", "апрель"),
            ("мая", "май"),
            ("июня", "июнь"),
            ("июля", "июль"),
            ("августа", "август"),
            ("сентября", "сентябрь"),
            ("октября", "октябрь"),
            ("ноября", "ноябрь"),
            ("декабря", "декабрь"),
        ),
        1,
    )
    for name in names
}
_RU_MONTH = rf"(?P<month>{'|'.join(RU_MONTH_NUMBERS)})"
#: "31 мая 2004 г", "7 января, 2010", "16 Сентября 2009" (a full stop after "г" is trimmed first)
RU_DAY_MONTH_YEAR = re.compile(
    rf"^(?P<day>\d{{1,2}})\s+{_RU_MONTH},?\s+(?P<year>\d{{4}})(?:\s*г)?$", re.I
)
RU_MONTH_YEAR = re.compile(rf"^{_RU_MONTH},?\s+(?P<year>\d{{4}})(?:\s*г)?$", re.I)
TRAILING = re.compile(r"[\s,.;:]+$")
MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
)
RU_MONTHS = (
    r"(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|"
    r"январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь)"
)
#: a date phrase somewhere in running text, longest forms first; a decade ("the early 1990s")
#: is none: no year of it is the year
DATE_PHRASE = re.compile(
    rf"(?:(?:the\s+)?(?:early|late|mid|spring|summer|autumn|fall|winter)(?:\s+of)?[\s-]+\d{{4}}\b"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTHS},?\s+\d{{4}}"
    rf"|{MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|{MONTHS},?\s+\d{{4}}"
    rf"|\d{{1,2}}\s+{RU_MONTHS},?\s+\d{{4}}(?:\s*г\.?)?"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}"
    rf"|\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}}"
    rf"|\b\d{{4}}\s*[–—-]\s*\d{{2,4}}\b"
    rf"|\b(?:1[6-9]|20)\d{{2}}\b)",
    re.I,
)

#: a day of a month with no year after it ("on 27 December", "December 30"): its year is one
#: written before it, in its sentence or the one before
DAY_MONTH_PHRASE = re.compile(
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTHS}|{MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?)"
    rf"(?![\w-]|,?\s*\d)",
    re.I,
)


@dataclass(frozen=True, slots=True)
class ParsedDate:
    date: dt.date | None
    precision: Precision | None
    text: str
    note: str | None = None


def parse_date(text: str | None, lang: str | None = "en") -> ParsedDate:
    """The date `text` states, at the precision it states it; null when it cannot be read
    (also when its numbers name no day of the calendar: "0000", "1994-13", "31 June 2001")."""
    try:
        return _parse_date(text, lang)
    except (ValueError, OverflowError):
        return ParsedDate(None, None, (text or "").strip(), "not a date of the calendar")


def _parse_date(text: str | None, lang: str | None) -> ParsedDate:
    raw = (text or "").strip()
    phrase = TRAILING.sub("", raw)
    if not phrase:
        return ParsedDate(None, None, raw)
    if m := YEAR.match(phrase):
        return ParsedDate(dt.date(int(m.group(1)), 1, 1), "year", raw)
    if m := YEAR_MONTH.match(phrase):
        return ParsedDate(dt.date(int(m.group(1)), int(m.group(2)), 1), "month", raw)
    if m := YEAR_RANGE.match(phrase):
        return ParsedDate(dt.date(int(m.group(1)), 1, 1), "year", raw, f"range {phrase}")
    if m := SEASON.match(phrase):
        qual = m.group("qual").lower()
        return ParsedDate(dt.date(int(m.group("year")), 1, 1), "year", raw, f"{qual} of the year")
    if m := NUMERIC.match(phrase):
        return _numeric(m, raw, lang)
    if not YEAR_DIGITS.search(phrase):
        return ParsedDate(None, None, raw)  # "N/A", "|": no year, nothing dateparser could read
    if (common := _common_form(phrase)) is not None:
        return ParsedDate(*common, raw) if common[0] else ParsedDate(None, None, raw)
    data = _parser(day_first=lang in DAY_FIRST_LANGUAGES).get_date_data(phrase)
    if data.date_obj is None or data.period not in ("day", "month", "year"):
        return ParsedDate(None, None, raw)
    d = data.date_obj.date()
    if data.period == "year":
        d = d.replace(month=1, day=1)
    elif data.period == "month":
        d = d.replace(day=1)
    return ParsedDate(d, data.period, raw)


def _common_form(phrase: str) -> tuple[dt.date | None, Precision | None] | None:
    """The forms most dates take ("12 March 2010", "March 12, 2010", "March 2010",
    "2010-03-12", and in Russian "31 мая 2004 г", "мая 2004"), read without dateparser, whose
    first call in a process costs some 0.2 s (loading its languages, compiling its patterns);
    None for any other form."""
    if m := ISO_DAY.match(phrase):
        return _day(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if m := DAY_MONTH_YEAR.match(phrase) or MONTH_DAY_YEAR.match(phrase):
        return _day(
            int(m.group("year")), MONTH_NUMBERS[m.group("month").lower()[:3]], int(m.group("day"))
        )
    if m := MONTH_YEAR.match(phrase):
        month = MONTH_NUMBERS[m.group("month").lower()[:3]]
        return dt.date(int(m.group("year")), month, 1), "month"
    if m := RU_DAY_MONTH_YEAR.match(phrase):
        return _day(
            int(m.group("year")), RU_MONTH_NUMBERS[m.group("month").lower()], int(m.group("day"))
        )
    if m := RU_MONTH_YEAR.match(phrase):
        month = RU_MONTH_NUMBERS[m.group("month").lower()]
        return dt.date(int(m.group("year")), month, 1), "month"
    return None


def _day(year: int, month: int, day: int) -> tuple[dt.date | None, Precision | None]:
    try:
        return dt.date(year, month, day), "day"
    except ValueError:
        return None, None


def find_date(text: str, lang: str | None = "en") -> ParsedDate | None:
    """The first readable date phrase in running text."""
    for m in DATE_PHRASE.finditer(text):
        parsed = parse_date(m.group(), lang)
        if parsed.date is not None:
            return parsed
    return None


def _numeric(m: re.Match[str], raw: str, lang: str | None) -> ParsedDate:
    a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if lang in DAY_FIRST_LANGUAGES or a > 12 >= b:
        day, month = a, b
    elif b > 12 >= a:
        day, month = b, a
    else:
        return ParsedDate(None, None, raw, "day and month order ambiguous")
    try:
        return ParsedDate(dt.date(year, month, day), "day", raw)
    except ValueError:
        return ParsedDate(None, None, raw)


@cache
def _parser(day_first: bool) -> DateDataParser:
    """dateparser, imported at the first date no common form reads (0.05 s of imports)."""
    from dateparser.date import DateDataParser

    settings = dict(SETTINGS)
    if day_first:
        settings["DATE_ORDER"] = "DMY"
    return DateDataParser(languages=LANGUAGES, settings=settings)


def in_year_of(day_month: str, anchor: str | None) -> ParsedDate | None:
    """`day_month` ("27 December") in the year of the date `anchor` written before it ("in
    1991", "24 August 1991"); None when the anchor has no year, or when the day would come
    before the anchor's date (the next year's, or another event's: no guess)."""
    before = parse_date(anchor) if anchor else None
    text = TRAILING.sub("", day_month.strip())
    if before is None or before.date is None or not DAY_MONTH_PHRASE.fullmatch(text):
        return None
    day = parse_date(f"{text} {before.date.year}")
    if day.date is None or day.date < before.date:
        return None
    return ParsedDate(day.date, day.precision, text, f"year of {before.text}")
