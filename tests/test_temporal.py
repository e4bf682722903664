"""Time expressions: the model-free normaliser on strings, and find_timexes on parsed text."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest

from dateline.extract.temporal import (
    find_candidates,
    normalise,
    parse_number,
    resolve_month_day,
    resolve_weekday,
    select,
    trim,
)

ANCHOR = dt.date(2025, 9, 4)  # a Thursday, ISO week 36


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        # calendar dates, with and without year
        ("Sept. 3", None, ("DATE", "2025-09-03")),
        ("Sept. 3", "past", ("DATE", "2025-09-03")),
        ("Sept. 5", "past", ("DATE", "2025-09-05")),
        ("Feb. 5", None, ("DATE", "2026-02-05")),
        ("Friday, Sept. 5", "past", ("DATE", "2025-09-05")),
        ("Saturday", "present", ("DATE", "2025-09-06")),
        ("Monday", "present", ("DATE", "2025-09-01")),
        ("Sept. 5", "future", ("DATE", "2025-09-05")),
        ("September 3, 2024", None, ("DATE", "2024-09-03")),
        ("3 September 2024", None, ("DATE", "2024-09-03")),
        ("Tuesday, Sept. 2", None, ("DATE", "2025-09-02")),
        ("March 01, 2008", None, ("DATE", "2008-03-01")),
        ("2024-02-29", None, ("DATE", "2024-02-29")),
        ("July 1997", None, ("DATE", "1997-07")),
        # months: the tense picks the direction
        ("in July", "past", ("DATE", "2025-07")),
        ("July", None, ("DATE", "2025-07")),
        ("in July", "future", ("DATE", "2026-07")),
        ("October", "past", ("DATE", "2024-10")),
        ("late-November", "past", ("DATE", "2024-11")),
        ("October", "future", ("DATE", "2025-10")),
        ("September", "future", ("DATE", "2025-09")),
        ("last April", None, ("DATE", "2025-04")),
        ("next January", None, ("DATE", "2026-01")),
        # years, decades, centuries
        ("2016", None, ("DATE", "2016")),
        ("fiscal 1989", None, ("DATE", "1989")),
        ("the 1990s", None, ("DATE", "199")),
        ("the '90s", None, ("DATE", "199")),
        ("the nineties", None, ("DATE", "199")),
        ("the 20th century", None, ("DATE", "19")),
        # relative to the article date
        ("today", None, ("DATE", "2025-09-04")),
        ("yesterday", None, ("DATE", "2025-09-03")),
        ("tomorrow", None, ("DATE", "2025-09-05")),
        ("earlier this year", None, ("DATE", "2025")),
        ("later this month", None, ("DATE", "2025-09")),
        ("last week", None, ("DATE", "2025-W35")),
        ("this week", None, ("DATE", "2025-W36")),
        ("next week", None, ("DATE", "2026-W37".replace("2026", "2025"))),
        ("last month", None, ("DATE", "2025-08")),
        ("next month", None, ("DATE", "2025-10")),
        ("last year", None, ("DATE", "2024")),
        ("next year", None, ("DATE", "2026")),
        ("the end of this year", None, ("DATE", "2025")),
        ("two days ago", None, ("DATE", "2025-09-02")),
        ("three weeks ago", None, ("DATE", "2025-08-14")),
        ("five months ago", None, ("DATE", "2025-04")),
        ("a year ago", None, ("DATE", "2024")),
        ("a decade ago", None, ("DATE", "2015")),
        ("a few years ago", None, ("DATE", "PAST_REF")),
        ("two years from now", None, ("DATE", "2027")),
        # weekdays: the nearest in the tense's direction
        ("Tuesday", "past", ("DATE", "2025-09-02")),
        ("Tuesday", None, ("DATE", "2025-09-02")),
        ("Tuesday", "future", ("DATE", "2025-09-09")),
        ("Thursday", "past", ("DATE", "2025-09-04")),
        ("Friday", "future", ("DATE", "2025-09-05")),
        ("last Friday", None, ("DATE", "2025-08-29")),
        ("next Monday", None, ("DATE", "2025-09-08")),
        # times of day
        ("Tuesday morning", "past", ("TIME", "2025-09-02TMO")),
        ("Tuesday night", "past", ("TIME", "2025-09-02TNI")),
        ("this morning", None, ("TIME", "2025-09-04TMO")),
        ("tonight", None, ("TIME", "2025-09-04TNI")),
        ("last night", None, ("TIME", "2025-09-03TNI")),
        ("3 p.m.", None, ("TIME", "2025-09-04T15:00")),
        ("10:30 a.m.", None, ("TIME", "2025-09-04T10:30")),
        ("12 a.m.", None, ("TIME", "2025-09-04T00:00")),
        ("noon", None, ("TIME", "2025-09-04T12:00")),
        ("18:00 UTC", None, ("TIME", "2025-09-04T18:00Z")),
        ("9 a.m. Tuesday", "past", ("TIME", "2025-09-02T09:00")),
        # durations
        ("within two years", None, ("DURATION", "P2Y")),
        ("three months", None, ("DURATION", "P3M")),
        ("a decade", None, ("DURATION", "P10Y")),
        ("two decades", None, ("DURATION", "P20Y")),
        ("the past two weeks", None, ("DURATION", "P2W")),
        ("the next 18 months", None, ("DURATION", "P18M")),
        ("almost two and a half years", None, ("DURATION", "P2.5Y")),
        ("two-year", None, ("DURATION", "P2Y")),
        ("30-day", None, ("DURATION", "P30D")),
        ("five hours", None, ("DURATION", "PT5H")),
        ("twenty four hours", None, ("DURATION", "PT24H")),
        ("several years", None, ("DURATION", "PXY")),
        ("a couple of weeks", None, ("DURATION", "P2W")),
        ("the nine months", None, ("DURATION", "P9M")),
        # quarters, halves, seasons
        ("the third quarter", None, ("DATE", "2025-Q3")),
        ("the fourth quarter", "past", ("DATE", "2024-Q4")),
        ("the fourth quarter", "future", ("DATE", "2025-Q4")),
        ("third-quarter", None, ("DATE", "2025-Q3")),
        ("the first half", None, ("DATE", "2025-H1")),
        ("the second quarter of 2023", None, ("DATE", "2023-Q2")),
        ("next year's first quarter", None, ("DATE", "2026-Q1")),
        ("the quarter", None, ("DATE", "2025-Q2")),
        ("last summer", None, ("DATE", "2024-SU")),
        ("this summer", None, ("DATE", "2025-SU")),
        ("next spring", None, ("DATE", "2026-SP")),
        ("summer", "past", ("DATE", "2025-SU")),
        ("winter", "future", ("DATE", "2025-WI")),
        ("the weekend", "past", ("DATE", "2025-W35-WE")),
        ("Christmas", "future", ("DATE", "2025-12-25")),
        # PRESENT_REF, PAST_REF, FUTURE_REF
        ("currently", None, ("DATE", "PRESENT_REF")),
        ("now", None, ("DATE", "PRESENT_REF")),
        ("at present", None, ("DATE", "PRESENT_REF")),
        ("these days", None, ("DATE", "PRESENT_REF")),
        ("recently", None, ("DATE", "PAST_REF")),
        ("in the past", None, ("DATE", "PAST_REF")),
        ("formerly", None, ("DATE", "PAST_REF")),
        ("in the future", None, ("DATE", "FUTURE_REF")),
        ("soon", None, ("DATE", "FUTURE_REF")),
        ("the coming months", None, ("DURATION", "PXM")),
        # sets
        ("every Thursday", None, ("SET", "XXXX-WXX-4")),
        ("each year", None, ("SET", "P1Y")),
        ("weekly", None, ("SET", "P1W")),
    ],
)
def test_normalise(text: str, tense: Any, expected: tuple[str, str]) -> None:
    assert normalise(text, ANCHOR, tense) == expected


@pytest.mark.parametrize(
    "text",
    ["the deal", "march on", "Jan", "a 6-year-old", "52 years old", "1,990", "hello"],
)
def test_normalise_rejects_non_time(text: str) -> None:
    assert normalise(text, ANCHOR) is None


def test_year_boundaries() -> None:
    new_year = dt.date(2026, 1, 2)
    assert normalise("last week", new_year) == ("DATE", "2025-W52")
    assert normalise("December", new_year, "past") == ("DATE", "2025-12")
    assert normalise("Dec. 30", new_year) == ("DATE", "2025-12-30")
    assert normalise("last month", new_year) == ("DATE", "2025-12")
    assert normalise("the fourth quarter", new_year) == ("DATE", "2025-Q4")


def test_resolvers() -> None:
    assert resolve_month_day(2, 30, ANCHOR, None) is None
    assert resolve_month_day(9, 10, ANCHOR, None) == dt.date(2025, 9, 10)
    assert resolve_month_day(3, 10, ANCHOR, "future") == dt.date(2026, 3, 10)
    # the article's own weekday is its day, also in the future tense ("will meet Thursday")
    assert resolve_weekday(3, ANCHOR, "future") == dt.date(2025, 9, 4)
    assert resolve_weekday(4, ANCHOR, "future") == dt.date(2025, 9, 5)


@pytest.mark.parametrize(
    ("text", "value"),
    [("two", 2), ("twenty four", 24), ("2 1/2", 2.5), ("a", 1), ("several", None), ("1,000", 1000)],
)
def test_parse_number(text: str, value: float | None) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("in July", "July"),
        ("within two years", "two years"),
        ("since 2016", "2016"),
        ("at least two years", "at least two years"),
        ("Friday's", "Friday"),
    ],
)
def test_trim_follows_timebank(text: str, kept: str) -> None:
    s, e = trim(text)
    assert text[s:e] == kept


def test_candidates_on_raw_text_prefer_the_longest_span() -> None:
    text = "Talks resumed on Tuesday morning, two days after the 2016 accord expired last week."
    spans = [text[c.start : c.end] for c in select(find_candidates(text))]
    assert spans == ["Tuesday morning", "two days", "2016", "last week"]


# --- with the spaCy model --------------------------------------------------------------------

SEED = "kallas-2025-09-04"


@pytest.fixture(scope="module")
def spacy_nlp() -> Any:
    from dateline.extract import nlp as nlp_mod

    return nlp_mod.load(None)


def _find(nlp: Any, text: str, anchor: dt.date = ANCHOR) -> list[tuple[str, str, str]]:
    from dateline.extract.temporal import find_timexes

    doc = nlp(text)
    out = find_timexes(doc, anchor)
    for t in out:
        assert doc.text[t.start : t.end] == t.text
    return [(t.text, t.type, t.value) for t in out]


@pytest.mark.model
def test_tense_decides_month_and_weekday(spacy_nlp: Any) -> None:
    assert _find(spacy_nlp, "The ministers met in July.") == [("July", "DATE", "2025-07")]
    assert _find(spacy_nlp, "The ministers will meet in July.") == [("July", "DATE", "2026-07")]
    assert _find(spacy_nlp, "She will travel to Kyiv on Tuesday.") == [
        ("Tuesday", "DATE", "2025-09-09")
    ]
    assert _find(spacy_nlp, "She travelled to Kyiv on Tuesday.") == [
        ("Tuesday", "DATE", "2025-09-02")
    ]


@pytest.mark.model
def test_parse_filters_false_friends(spacy_nlp: Any) -> None:
    found = _find(spacy_nlp, "Shares may fall 2,016 points, and 1990 workers lost jobs.")
    assert found == []
    assert _find(spacy_nlp, "The plant will reopen in the fall.") == [
        ("the fall", "DATE", "2025-FA")
    ]


@pytest.mark.model
def test_year_ago_in_earnings_sentence_means_quarter(spacy_nlp: Any) -> None:
    found = _find(
        spacy_nlp,
        "Profit rose 5% in the third quarter from a year earlier.",
        dt.date(1989, 10, 26),
    )
    assert found == [
        ("the third quarter", "DATE", "1989-Q3"),
        ("a year earlier", "DATE", "1988-Q3"),
    ]


@pytest.mark.model
def test_seed_article_timexes(shared: Path, spacy_nlp: Any) -> None:
    from dateline.extract.temporal import find_timexes

    folder = shared / "fixtures" / "seed"
    raw = (folder / f"{SEED}.txt").read_text(encoding="utf-8")
    header = re.match(r"\s*date\s+(\d{4}-\d\d-\d\d)\s", raw)
    assert header is not None
    anchor = dt.date.fromisoformat(header.group(1))
    text = raw[header.end() :].strip()
    expected = json.loads((folder / f"{SEED}.expected.json").read_text(encoding="utf-8"))
    found = find_timexes(spacy_nlp(text), anchor)
    for gold in expected["timexes"]:
        g_start = text.index(gold["text"])
        g_end = g_start + len(gold["text"])
        overlapping = [t for t in found if t.start < g_end and t.end > g_start]
        assert [t.value for t in overlapping] == [gold["value"]], (gold, found)


# --- rules added for TimeBank conventions ------------------------------------------------------

NOV_1989 = dt.date(1989, 11, 1)


def test_past_day_of_month_looks_back_unless_a_coming_date_is_much_nearer() -> None:
    # "the year ended March 31": the past one, though the coming one is nearer
    assert resolve_month_day(3, 31, NOV_1989, "past") == dt.date(1989, 3, 31)
    # "payable Nov. 20": three weeks ahead beats eleven months back
    assert resolve_month_day(11, 20, NOV_1989, "past") == dt.date(1989, 11, 20)
    assert normalise("Oct. 23", dt.date(1999, 5, 5), "past") == ("DATE", "1998-10-23")


def test_month_without_tense_is_the_nearest() -> None:
    assert normalise("January", NOV_1989) == ("DATE", "1990-01")
    assert normalise("August", NOV_1989) == ("DATE", "1989-08")
    assert normalise("January", NOV_1989, "past") == ("DATE", "1989-01")


@pytest.mark.model
def test_infinitives_and_schedules_look_forward(spacy_nlp: Any) -> None:
    assert _find(spacy_nlp, "The team planned to leave Nairobi on Friday.") == [
        ("Friday", "DATE", "2025-09-05")
    ]
    assert _find(spacy_nlp, "It announced an agreement to acquire the bank in January.") == [
        ("January", "DATE", "2026-01")
    ]
    assert _find(spacy_nlp, "The issue will dominate a summit scheduled for October.") == [
        ("October", "DATE", "2025-10")
    ]
    # a year modifying a noun is a date ("a 2024 interview"), a count of plural things is not
    assert _find(spacy_nlp, "In a 2024 interview, the senator said the border was open.") == [
        ("2024", "DATE", "2024")
    ]
    assert _find(spacy_nlp, "The 1990 workers went on strike.") == []
    # 'would' in reported speech looks forward from when it was said
    assert _find(spacy_nlp, "His lawyer said the father would be traveling Saturday.") == [
        ("Saturday", "DATE", "2025-09-06")
    ]
    # a participle takes the tense of its clause
    assert _find(spacy_nlp, "Gabelli began raising its stake in October.") == [
        ("October", "DATE", "2024-10")
    ]


@pytest.mark.model
def test_earnings_comparisons_mean_the_year_ago_quarter(spacy_nlp: Any) -> None:
    text = (
        "Aetna said third-quarter profit rose 5%. The division had a loss of $23 million, "
        "compared with earnings of $33 million last year. Net was $1.1 million, or four cents "
        "a share, a year ago. For the nine months, net rose to $9 million from $7 million a "
        "year earlier."
    )
    found = [(t, v) for t, _, v in _find(spacy_nlp, text, dt.date(1989, 10, 30))]
    assert found == [
        ("third-quarter", "1989-Q3"),
        ("last year", "1988-Q3"),
        ("a year ago", "1988-Q3"),
        ("the nine months", "P9M"),
        ("a year earlier", "1988"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the past/last/next" + a calendar unit is that unit, as TimeBank and MEANTIME mark it
        ("the past year", ("DATE", "2024")),
        ("the last decade", ("DATE", "201")),
        ("the last quarter", ("DATE", "2025-Q2")),
        ("the next year", ("DATE", "2026")),
        ("the past week", ("DATE", "2025-W36")),
        ("the past hour", ("DURATION", "PT1H")),
        # vague plurals are durations, except the past reference "recent years"
        ("recent weeks", ("DURATION", "PXW")),
        ("the coming weeks", ("DURATION", "PXW")),
        ("recent years", ("DATE", "PAST_REF")),
        # "the year", "the fiscal year", "the latest fiscal year", "the day"
        ("the year", ("DATE", "2025")),
        ("the fiscal year", ("DATE", "2025")),
        ("the full year", ("DATE", "2025")),
        ("the latest fiscal year", ("DATE", "2024")),
        ("the day", ("DATE", "2025-09-04")),
        # "this past" season is the latest one; "last" is the year before's, as TimeBank has it
        ("this past spring", ("DATE", "2025-SP")),
        ("last spring", ("DATE", "2024-SP")),
        # the last/final half or quarter of a year is its second half, its fourth quarter
        ("the last half of 2024", ("DATE", "2024-H2")),
        ("the final half", ("DATE", "2025-H2")),
        ("the last quarter of 2024", ("DATE", "2024-Q4")),
        # a clock's fraction counts in the unit below; years keep decimals (MEANTIME's P2.5Y)
        ("a minute and a half", ("DURATION", "PT1M30S")),
        ("5 1/2 hours", ("DURATION", "PT5H30M")),
        ("half an hour", ("DURATION", "PT30M")),
        ("two and a half years", ("DURATION", "P2.5Y")),
        ("mid-afternoon yesterday", ("TIME", "2025-09-03TAF")),
        # "two weeks ago" is a day, as both corpora mostly give it; "last year's quarter" the
        # reported quarter a year back; a century needs no "the" ("an 11th century temple")
        ("two weeks ago", ("DATE", "2025-08-21")),
        ("last year's quarter", ("DATE", "2024-Q2")),
        ("11th century", ("DATE", "10")),
        # counts off the calendar are a vague past, not a crash; thousands keep their commas
        ("1,000,000 days ago", ("DATE", "PAST_REF")),
        ("900,000 weeks ago", ("DATE", "PAST_REF")),
        ("50,000 years ago", ("DATE", "PAST_REF")),
        ("1,500 years", ("DURATION", "P1500Y")),
    ],
)
def test_period_conventions(text: str, expected: tuple[str, str]) -> None:
    assert normalise(text, ANCHOR) == expected


@pytest.mark.model
def test_the_day_and_the_year_only_where_they_frame_a_period(spacy_nlp: Any) -> None:
    assert _find(spacy_nlp, "The index fell 2% to end the day at 7,114.") == [
        ("the day", "DATE", "2025-09-04")
    ]
    assert _find(spacy_nlp, "He remembers the day he left.") == []
    assert _find(spacy_nlp, "Sales rose 4% for the year ended June 30.")[0] == (
        "the year",
        "DURATION",
        "P1Y",
    )
    assert _find(spacy_nlp, "It reached a high for the year in June.")[0] == (
        "the year",
        "DATE",
        "2025",
    )


@pytest.mark.model
def test_anaphoric_expressions_follow_the_last_date_mentioned(spacy_nlp: Any) -> None:
    found = _find(
        spacy_nlp,
        "The company was founded in 1996. Later that year it moved to Boston. "
        "On Monday the Dow fell 3% and ended the day at 7,114.",
    )
    assert found == [
        ("1996", "DATE", "1996"),
        ("Later that year", "DATE", "1996"),
        ("Monday", "DATE", "2025-09-01"),
        ("the day", "DATE", "2025-09-01"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("June last year", ("DATE", "2024-06")),
        ("January this year", ("DATE", "2025-01")),
        ("April next year", ("DATE", "2026-04")),
        # years as broadcast transcripts spell them
        ("nineteen ninety-six", ("DATE", "1996")),
        ("nineteen seventy-nine", ("DATE", "1979")),
        ("the year two thousand", ("DATE", "2000")),
        ("two thousand and one", ("DATE", "2001")),
        ("January nineteen ninety-seven", ("DATE", "1997-01")),
        ("the winter of nineteen ninety-four", ("DATE", "1994-WI")),
    ],
)
def test_month_with_relative_year_and_spoken_years(text: str, expected: tuple[str, str]) -> None:
    assert normalise(text, ANCHOR) == expected


def test_spoken_numbers_that_are_not_years() -> None:
    assert normalise("two thousand", ANCHOR) is None
    assert normalise("nineteen", ANCHOR) is None


@pytest.mark.model
def test_fractions_and_named_marches_are_not_times(spacy_nlp: Any) -> None:
    assert _find(spacy_nlp, "The rebels hold about three-quarters of the country.") == []
    assert _find(spacy_nlp, "Police watched the annual March for Life in Washington.") == [
        ("annual", "SET", "P1Y")
    ]


def test_next_weekday_is_never_today() -> None:
    assert normalise("next Thursday", ANCHOR) == ("DATE", "2025-09-11")


@pytest.mark.model
def test_deadlines_look_forward(spacy_nlp: Any) -> None:
    # a Monday article: "until"/"as early as" a weekday is the coming one
    monday = dt.date(2000, 4, 3)
    assert _find(spacy_nlp, "The INS extended its deadline until Tuesday.", monday) == [
        ("Tuesday", "DATE", "2000-04-04")
    ]
    assert _find(spacy_nlp, "The father could arrive as early as Thursday.", monday) == [
        ("Thursday", "DATE", "2000-04-06")
    ]


@pytest.mark.model
def test_what_is_scheduled_lies_ahead_of_the_scheduling(spacy_nlp: Any) -> None:
    friday = dt.date(2000, 1, 7)
    assert _find(spacy_nlp, "Protesters planned a large rally on Saturday.", friday) == [
        ("Saturday", "DATE", "2000-01-08")
    ]
    wednesday = dt.date(1999, 5, 5)
    assert _find(
        spacy_nlp, "The prosecutor has scheduled a news conference Thursday.", wednesday
    ) == [("Thursday", "DATE", "1999-05-06")]
    february = dt.date(1999, 2, 10)
    assert _find(spacy_nlp, "The official said the accession was planned for March.", february) == [
        ("March", "DATE", "1999-03")
    ]
    march = dt.date(1999, 3, 12)
    assert _find(
        spacy_nlp, "The issue will dominate a summit set for Washington in April.", march
    ) == [("April", "DATE", "1999-04")]


@pytest.mark.model
def test_past_perfect_looks_back_even_on_deadlines(spacy_nlp: Any) -> None:
    monday = dt.date(1989, 10, 30)
    assert _find(spacy_nlp, "The offer had been due to expire Friday evening.", monday) == [
        ("Friday evening", "TIME", "1989-10-27TEV")
    ]
    friday = dt.date(1999, 5, 7)
    assert _find(spacy_nlp, "Until Thursday, the police had not called him a suspect.", friday) == [
        ("Thursday", "DATE", "1999-05-06")
    ]


@pytest.mark.model
def test_short_forms_of_years_decades_and_dates(spacy_nlp: Any) -> None:
    day = dt.date(2008, 10, 27)
    assert _find(spacy_nlp, "Stocks hit their lowest level since '82.", day) == [
        ("'82", "DATE", "1982")
    ]
    assert _find(spacy_nlp, "It rid Detroit of the boxy cars of the 70s and 80s.", day) == [
        ("70s", "DATE", "197"),
        ("80s", "DATE", "198"),
    ]
    assert _find(spacy_nlp, "He is in his 70s.", day) == []  # an age
    assert _find(spacy_nlp, "The date, written the American way, is 7/8/07.", day) == [
        ("7/8/07", "DATE", "2007-07-08")
    ]
    assert _find(spacy_nlp, "Jets arrive in time for the 2008 Beijing Olympic Games.", day) == [
        ("2008", "DATE", "2008")
    ]
    # a weekday ends at the line break: the next line is the dateline, not its date
    assert _find(spacy_nlp, "Markets to stay closed until Friday\nSeptember 18, 2008\n", day)[
        0
    ] == ("Friday", "DATE", "2008-10-31")


@pytest.mark.model
def test_the_year_quarter_of_an_earnings_report(spacy_nlp: Any) -> None:
    text = "Net in the third quarter rose to $5 million from $3 million in the 1988 quarter."
    assert _find(spacy_nlp, text, dt.date(1989, 11, 1)) == [
        ("the third quarter", "DATE", "1989-Q3"),
        ("the 1988 quarter", "DATE", "1988-Q3"),  # not 1988 quarters
    ]


@pytest.mark.model
def test_election_day_and_the_week_of_a_date(spacy_nlp: Any) -> None:
    october_1998 = dt.date(1998, 10, 26)
    assert _find(spacy_nlp, "It will be our theme until Election Day.", october_1998) == [
        ("Election Day", "DATE", "1998-11-03")  # the Tuesday after the first Monday
    ]
    after = dt.date(2016, 11, 20)
    assert _find(spacy_nlp, "Turnout fell on Election Day.", after) == [
        ("Election Day", "DATE", "2016-11-08")
    ]
    february = dt.date(2000, 2, 24)
    assert _find(spacy_nlp, "Hearings are set for the week of March 6.", february) == [
        ("the week of March 6", "DATE", "2000-W10")
    ]


@pytest.mark.model
def test_capitalised_time_words_inside_a_sentence_are_titles(spacy_nlp: Any) -> None:
    assert _find(spacy_nlp, 'Baker said on ABC\'s "This Week" that peace was near.') == []
    assert _find(spacy_nlp, "The poster showed Gary Cooper from the film High Noon.") == []
    # the first word of a sentence or quote, a holiday and a Title Case headline stay times
    assert _find(spacy_nlp, '"Today, we have our suspect," the agent said.') == [
        ("Today", "DATE", "2025-09-04")
    ]
    assert _find(spacy_nlp, "The boy was found on Thanksgiving Day.")[0][0] == "Thanksgiving Day"
    assert _find(spacy_nlp, "Talks To Resume Next Week In Geneva") == [
        ("Next Week", "DATE", "2025-W37")
    ]


@pytest.mark.model
def test_clock_time_takes_the_day_named_in_its_sentence(spacy_nlp: Any) -> None:
    found = _find(
        spacy_nlp, "The blast occurred at 10:35 a.m. (0735 GMT) Friday.", dt.date(1998, 8, 8)
    )
    assert found == [
        ("10:35 a.m.", "TIME", "1998-08-07T10:35"),
        ("0735 GMT", "TIME", "1998-08-07T07:35Z"),
        ("Friday", "DATE", "1998-08-07"),
    ]


@pytest.mark.model
def test_the_same_period_a_year_before_is_one_expression(spacy_nlp: Any) -> None:
    assert _find(spacy_nlp, "Sales rose 4% in January from the same month a year ago.") == [
        ("January", "DATE", "2025-01"),
        ("the same month a year ago", "DATE", "2024-01"),
    ]
    assert _find(spacy_nlp, "Profit fell from the corresponding period last year.") == [
        ("the corresponding period last year", "DATE", "2024-Q2")
    ]


@pytest.mark.model
def test_days_later_count_from_the_story_not_from_the_article_date(spacy_nlp: Any) -> None:
    assert _find(spacy_nlp, "Three days later, he resigned.") == [("Three days", "DURATION", "P3D")]
    assert _find(spacy_nlp, "An hour earlier the police came.") == [("An hour", "DURATION", "PT1H")]
    assert _find(spacy_nlp, "Two years ago he left.") == [("Two years ago", "DATE", "2023")]
    assert _find(spacy_nlp, "A year earlier, it lost 3 cents a share.") == [
        ("A year earlier", "DATE", "2024")
    ]


@pytest.mark.model
def test_the_next_day_follows_the_story_date(spacy_nlp: Any) -> None:
    assert _find(spacy_nlp, "He was held on Aug. 20. The next day he was freed.") == [
        ("Aug. 20", "DATE", "2025-08-20"),
        ("The next day", "DATE", "2025-08-21"),
    ]
    assert _find(spacy_nlp, "He was held on Aug. 20 and freed the next morning.")[1] == (
        "the next morning",
        "DATE",
        "2025-08-21",
    )
    assert _find(spacy_nlp, "Prices may rise over the next day.") == [
        ("the next day", "DURATION", "P1D")
    ]


@pytest.mark.model
def test_a_part_of_day_is_on_the_story_date(spacy_nlp: Any) -> None:
    assert _find(spacy_nlp, "He was held on Aug. 20. In the morning he was freed.")[1] == (
        "the morning",
        "TIME",
        "2025-08-20TMO",
    )
    assert _find(spacy_nlp, "By mid afternoon the fighting was over.") == [
        ("mid afternoon", "TIME", "2025-09-04TAF")
    ]
    assert _find(spacy_nlp, "It ended at 7:30 in the evening.") == [
        ("7:30 in the evening", "TIME", "2025-09-04T19:30")
    ]
    assert _find(spacy_nlp, "She read the morning paper.") == []
    # spaCy's own entity ends at "morning"; the words after it still count
    assert _find(spacy_nlp, "It will file more material on the morning of March 9.") == [
        ("March 9", "DATE", "2026-03-09")
    ]


@pytest.mark.model
def test_a_month_of_next_year(spacy_nlp: Any) -> None:
    assert _find(spacy_nlp, "Franchises will not be renewed after October of next year.") == [
        ("October", "DATE", "2026-10"),
        ("next year", "DATE", "2026"),
    ]


@pytest.mark.model
def test_a_second_group_is_an_ordinal(spacy_nlp: Any) -> None:
    assert _find(spacy_nlp, "A second group of directors backed the bid.") == []
