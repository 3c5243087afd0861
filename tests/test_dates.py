"""Dates keep the precision the text gives, in every language the footnotes use."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.dates import find_date, parse_date

EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
RU_GENITIVE = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]
DATES = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2030, 12, 31))


@settings(max_examples=200, deadline=None)
@given(DATES, st.sampled_from(["dmy", "mdy", "iso", "ru", "ru_cap", "dotted_ru"]))
def test_any_written_day_parses_back_to_itself(day, style):
    text, lang = {
        "dmy": (f"{day.day} {EN_MONTHS[day.month - 1]} {day.year}", "en"),
        "mdy": (f"{EN_MONTHS[day.month - 1]} {day.day}, {day.year}", "en"),
        "iso": (day.isoformat(), "en"),
        "ru": (f"{day.day} {RU_GENITIVE[day.month - 1]} {day.year} г.", "ru"),
        "ru_cap": (f"{day.day} {RU_GENITIVE[day.month - 1].capitalize()} {day.year}", "ru"),
        "dotted_ru": (f"{day.day:02d}.{day.month:02d}.{day.year}", "ru"),
    }[style]
    parsed = parse_date(text, lang)
    assert (parsed.date, parsed.precision) == (day, "day")


@settings(max_examples=100, deadline=None)
@given(st.integers(1900, 2030), st.integers(1, 12))
def test_month_and_year_keep_their_precision(year, month):
    assert parse_date(f"{EN_MONTHS[month - 1]} {year}") == parse_date(
        f"{EN_MONTHS[month - 1]} {year}"
    )
    parsed = parse_date(f"{EN_MONTHS[month - 1]} {year}")
    assert (parsed.date, parsed.precision) == (dt.date(year, month, 1), "month")
    parsed = parse_date(str(year))
    assert (parsed.date, parsed.precision) == (dt.date(year, 1, 1), "year")


@pytest.mark.parametrize(
    ("text", "lang", "date", "precision", "note"),
    [
        ("31 мая 2004 г.", "ru", dt.date(2004, 5, 31), "day", None),
        ("16 Сентября 2009", "ru", dt.date(2009, 9, 16), "day", None),
        ("12.03.2010", "ru", dt.date(2010, 3, 12), "day", None),
        ("2014", "en", dt.date(2014, 1, 1), "year", None),
        ("September 2004", "en", dt.date(2004, 9, 1), "month", None),
        ("the spring of 1993", "en", dt.date(1993, 1, 1), "year", "spring of the year"),
        ("1918–1921", "en", dt.date(1918, 1, 1), "year", "range 1918–1921"),
    ],
)
def test_corpus_dates(text, lang, date, precision, note):
    parsed = parse_date(text, lang)
    assert (parsed.date, parsed.precision, parsed.note) == (date, precision, note)


def test_unreadable_and_ambiguous_dates_stay_null_with_their_text():
    assert parse_date("12.03.2010", "en").date is None  # March or December: cannot tell
    assert parse_date("12.03.2010", "en").text == "12.03.2010"
    assert parse_date("yesterday").date is None  # nothing relative, nothing invented
    assert parse_date("sometime").date is None


def test_find_date_in_a_sentence():
    # -   Kazakhstan has an embassy in Baku since 16 December 1994.
    found = find_date("Kazakhstan has an embassy in Baku since 16 December 1994.")
    assert (found.date, found.precision) == (dt.date(1994, 12, 16), "day")
    assert find_date("Exports US$269.5 million.") is None


MONTH_NAMES = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@settings(max_examples=300, deadline=None)
@given(
    st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2030, 12, 31)),
    st.sampled_from(
        [
            "{d} {M} {y}",
            "{M} {d}, {y}",
            "{M} {y}",
            "{y}-{m:02d}-{d:02d}",
            "{d}th {M}, {y}",
            "{Mab} {d}, {y}",
            "{d} {Mab}. {y}",
        ]
    ),
    st.booleans(),
)
def test_common_forms_are_read_as_dateparser_reads_them(date, form, day_first):
    from pipeline.dates import _common_form, _parser

    name = MONTH_NAMES[date.month - 1]
    text = form.format(d=date.day, m=date.month, y=date.year, M=name, Mab=name[:3])
    data = _parser(day_first).get_date_data(text)
    expected = {"day": data.date_obj.date(), "month": data.date_obj.date().replace(day=1)}[
        data.period
    ]
    assert _common_form(text) == (expected, data.period)


RU_NOMINATIVE = [
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
]


@settings(max_examples=300, deadline=None)
@given(
    st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2030, 12, 31)),
    st.sampled_from(
        ["{d} {M} {y}", "{d} {M}, {y}", "{d} {M} {y} г", "{d}  {M} {y}г", "{M} {y}", "{M}, {y}"]
    ),
    st.sampled_from([RU_GENITIVE, RU_NOMINATIVE]),
    st.sampled_from([str.lower, str.capitalize, str.upper]),
    st.booleans(),
)
def test_russian_forms_are_read_as_dateparser_reads_them(date, form, names, case, day_first):
    from pipeline.dates import _common_form, _parser

    text = form.format(d=date.day, y=date.year, M=case(names[date.month - 1]))
    data = _parser(day_first).get_date_data(text)
    expected = {"day": data.date_obj.date(), "month": data.date_obj.date().replace(day=1)}[
        data.period
    ]
    assert _common_form(text) == (expected, data.period)


@settings(max_examples=100, deadline=None)
@given(st.integers(0, 39), st.integers(1, 12), st.integers(1800, 2030), st.booleans())
def test_a_russian_day_not_of_the_calendar_is_none_as_for_dateparser(day, month, year, day_first):
    from pipeline.dates import _common_form, _parser

    text = f"{day} {RU_GENITIVE[month - 1]} {year}"
    data = _parser(day_first).get_date_data(text)
    expected = data.date_obj.date() if data.date_obj else None
    assert _common_form(text) == (expected, "day" if expected else None)


def test_a_decade_is_no_date():
    from pipeline.dates import DATE_PHRASE

    assert DATE_PHRASE.search("in the early 1990s when") is None
    assert DATE_PHRASE.search("in the early 1990, when").group(0) == "the early 1990"


def test_a_day_without_its_year_takes_the_year_of_the_date_before_it():
    from pipeline.dates import in_year_of

    day = in_year_of("27 December.", "in 1991")
    assert day is not None and (str(day.date), day.text) == ("1991-12-27", "27 December")
    later = in_year_of("September 6", "24 August 1991")
    assert later is not None and str(later.date) == "1991-09-06"
    assert in_year_of("6 March", "24 August 1991") is None  # before it: which year is unsure
    assert in_year_of("6 March", None) is None
    assert in_year_of("6 March", "the summit") is None
    assert in_year_of("6 March 1992", "1991") is None  # not a day without its year


@settings(max_examples=200, deadline=None)
@given(DATES, DATES, st.sampled_from(["%d %B", "%B %d", "%d %B.", "%d %b"]))
def test_a_day_without_its_year_never_comes_before_the_date_it_takes_its_year_from(
    day, anchor, form
):
    from pipeline.dates import in_year_of

    found = in_year_of(day.strftime(form), anchor.strftime("%d %B %Y"))
    if found is not None:
        assert found.date is not None and found.date >= anchor
        assert (found.date.month, found.date.day, found.date.year) == (
            day.month,
            day.day,
            anchor.year,
        )


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40), st.one_of(st.none(), st.text(max_size=40)))
def test_a_day_without_its_year_from_any_text_is_a_date_or_none(day, anchor):
    from pipeline.dates import in_year_of

    found = in_year_of(day, anchor)
    assert found is None or found.date is not None
