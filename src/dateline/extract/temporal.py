"""Time expressions: find them in a parsed article and normalise them to TimeML TIMEX3 values.

The cascade:

1. **Rules** (:data:`RULES`): regular expressions over the raw text, one per kind of
   expression (calendar dates, weekdays, "last week", "two days ago", durations, quarters,
   seasons, clock times, PRESENT/PAST/FUTURE_REF, sets). Each rule has a normaliser that turns
   its match into ``(type, value)`` against the article date.
2. **spaCy DATE/TIME entities** are further candidates: each is trimmed of the words TimeML
   leaves outside a timex (prepositions such as "in", "on", "within", "since") and kept when the
   rules can normalise the trimmed text as a whole.
3. Overlapping candidates are resolved longest first. Expressions whose direction is open
   ("July", "Tuesday", "summer") are resolved with the tense of the governing verb from the
   parse: past looks back from the article date, future (will, shall, going to, to-infinitive)
   looks forward.

Spans follow TimeBank: determiners and modifiers belong to the timex ("the past two weeks",
"nearly two years", "earlier this year"), prepositions do not ("in July" -> "July",
"within two years" -> "two years").

:func:`normalise` is the model-free entry point used by the tests: it normalises one string.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from dateline.model import Timex

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

Tense = Literal["past", "present", "future"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Result = tuple[TimexType, str]

# --- vocabulary -------------------------------------------------------------------------------

MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
PARTS_OF_DAY = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
}
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "final": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}
UNITS = {
    "second": "S",
    "minute": "M",
    "hour": "H",
    "day": "D",
    "week": "W",
    "month": "M",
    "quarter": "Q",
    "year": "Y",
    "decade": "DE",
    "century": "CE",
    "centurie": "CE",
}
SMALL_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "dozen": 12,
    "couple": 2,
    "single": 1,
    "half": 0.5,
}
VAGUE_NUMBERS = {"few", "several", "some", "many", "couple of", "number of", "dozens of"}

# --- regular expression pieces (used with re.IGNORECASE; names of months and days must be
# capitalised, which keeps the modal "may" and the verb "march" out) ---------------------------

MONTH = (
    r"(?-i:(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?"
    r"|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?"
    r"|JAN(?:UARY)?|FEB(?:RUARY)?|MARCH|APRIL|MAY|JUNE?|JULY?|AUG(?:UST)?|SEPT?(?:EMBER)?"
    r"|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?))"
)
MONTH_NAME = (
    r"(?-i:(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\."
    r"|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER))"
)
WEEKDAY = (
    r"(?-i:(?:Mon(?:day)?|Tue(?:s|sday)?|Wed(?:nesday)?|Thu(?:r|rs|rsday)?|Fri(?:day)?"
    r"|Sat(?:urday)?|Sun(?:day)?|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)"
    r"(?<![a-z])\.?)"
)
WEEKDAY_FULL = r"(?-i:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))"
DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[6-9]\d\d|20\d\d)"
NUMWORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety|hundred|dozen|single)"
)
#: A number in digits: with thousands separators ("1,000,000", read whole) or without.
DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?"
NUMBER = (
    rf"(?:(?:{DIGITS})(?:\s+\d/\d)?|{NUMWORD}(?:[\s-]+{NUMWORD})*(?:\s+and\s+a\s+half)?"
    rf"|an?(?:\s+half)?|half\s+an?|(?:an?\s+)?couple\s+of|a\s+few|a\s+number\s+of|few|several|some|many"
    rf"|dozens\s+of)"
)
DIGIT_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine)"
TEENS_WORD = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
TENS_WORD = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
SPOKEN_YEAR = (  # broadcast transcripts: "nineteen ninety-six", "the year two thousand"
    rf"(?:nineteen|eighteen)[\s-](?:oh[\s-]{DIGIT_WORD}|{TEENS_WORD}|{TENS_WORD}(?:[\s-]{DIGIT_WORD})?)"
    rf"|two\s+thousand(?:\s+and)?[\s-](?:{TEENS_WORD}|{DIGIT_WORD})"
    r"|(?<=the\syear\s)two\s+thousand"
)
UNIT = r"(?:second|minute|hour|day|week|month|quarter|year|decade|centur(?:y|ie))"
UNITS_RE = rf"{UNIT}s?"
PART = r"(?:morning|afternoon|evening|night)"
#: A part of day on its own ("in the morning", "by mid afternoon", "at 4 in the morning"): the
#: rule that finds it and the anaphoric pass that dates it share this pattern.
PART_OF_DAY = (
    r"(?:(?P<hh>1[0-2]|[1-9])(?::(?P<mm>[0-5]\d))?\s+in\s+)?(?:the\s+|mid[\s-]?)"
    r"(?P<part>morning|afternoon|evening)(?!-)"
)
MODIFIER = (
    r"(?:(?:about|around|nearly|almost|roughly|approximately|some|only|just|at\s+least|"
    r"at\s+most|more\s+than|less\s+than|fewer\s+than|over|under|up\s+to|barely|a\s+full|"
    r"another|the\s+first|the\s+last|the\s+past|the\s+next|the\s+previous|the\s+following"
    r"|the\s+coming|the\s+final|the\s+latest|the|past|last|next|first|coming)\s+)"
)
REL = r"(?:this|last|next|past|previous|coming|that|the\s+same|the\s+current|the\s+previous)"
EDGE = r"(?:early|late|mid|earlier|later)"
TZ = r"(?:\s*\(?(?-i:UTC|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|ET|PT)\)?)"
CLOCK = (
    r"(?:(?:[01]?\d|2[0-3])(?::[0-5]\d)?\s*(?:a\.?m\.?|p\.?m\.?)(?![a-z])"
    r"|(?:[01]?\d|2[0-3]):[0-5]\d|noon|midnight|midday)"
)


@dataclass(frozen=True, slots=True)
class Rule:
    """One kind of time expression: a pattern and the function that normalises its match."""

    name: str
    pattern: re.Pattern[str]
    normalise: Callable[[re.Match[str], dt.date, Tense | None], Result | None]


# --- small helpers ---------------------------------------------------------------------------


def _month(word: str) -> int:
    return MONTHS[word.lower()[:3]]


def _weekday(word: str) -> int:
    return WEEKDAYS[word.lower()[:3]]


def _ymd(d: dt.date) -> str:
    return d.isoformat()


def _week(d: dt.date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _quarter(month: int) -> int:
    return (month - 1) // 3 + 1


def parse_number(text: str) -> float | None:
    """The value of a count written in digits or words; ``None`` for vague counts ("several")."""
    s = re.sub(r"\s+", " ", text.lower().replace("-", " ")).strip()
    if s in VAGUE_NUMBERS or s.startswith(("dozens", "a few", "a number")):
        return None
    if s in ("a couple of", "an couple of", "couple of"):
        return 2
    if s in ("a half", "an half", "half a", "half an"):
        return 0.5
    m = re.fullmatch(rf"({DIGITS})(?: (\d)/(\d))?", s)
    if m:
        value = float(m.group(1).replace(",", ""))
        if m.group(2):
            value += int(m.group(2)) / int(m.group(3))
        return value
    half = s.endswith(" and a half")
    if half:
        s = s[: -len(" and a half")]
    total = 0.0
    current = 0.0
    for word in s.split():
        if word not in SMALL_NUMBERS:
            return None
        n = SMALL_NUMBERS[word]
        if word == "hundred":
            current = (current or 1) * 100
        elif word == "dozen":
            current = (current or 1) * 12
        else:
            current += n
    total += current
    return total + (0.5 if half else 0)


def _fmt_number(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


def duration_value(count: float | None, unit: str) -> str:
    """TIMEX3 duration for ``count`` ``unit``s: P2Y, P3M, PT5H, P10Y for a decade, PXY."""
    u = UNITS[unit.lower().rstrip("s") if unit.lower() != "centuries" else "centurie"]
    if count is None:
        letter = {"DE": "Y", "CE": "Y"}.get(u, u)
        return (
            f"PT{'X'}{letter}"
            if unit.lower().startswith(("hour", "minute", "second"))
            else f"PX{letter}"
        )
    if u == "DE":
        count, u = count * 10, "Y"
    elif u == "CE":
        count, u = count * 100, "Y"
    if unit.lower().startswith(("hour", "minute", "second")):
        whole, rest = divmod(count, 1)
        if u in ("H", "M") and rest and (rest * 60).is_integer():
            # a clock's fraction is counted in the unit below: "5 1/2 hours" is PT5H30M
            below = {"H": "M", "M": "S"}[u]
            head = f"{int(whole)}{u}" if whole else ""
            return f"PT{head}{int(rest * 60)}{below}"
        return f"PT{_fmt_number(count)}{u}"
    return f"P{_fmt_number(count)}{u}"


_DAYS_IN = {"day": 1, "week": 7, "month": 30, "quarter": 91, "year": 365, "decade": 3650}


def shift(anchor: dt.date, count: float | None, unit: str, sign: int) -> str | None:
    """The date ``count`` ``unit``s before (sign -1) or after (+1) the anchor, at the unit's
    granularity: "two days ago" -> a day, "three weeks ago" -> a week, "a year ago" -> a year."""
    if count is None or count != int(count):
        return "PAST_REF" if sign < 0 else "FUTURE_REF"
    n = int(count) * sign
    u = unit.lower().rstrip("s")
    if u in ("second", "minute", "hour"):
        return _ymd(anchor)
    days = abs(n) * _DAYS_IN.get(u, 36_500)
    if days > 365_000:
        return "PAST_REF" if sign < 0 else "FUTURE_REF"  # "a million days ago": off the calendar
    if u == "day":
        return _ymd(anchor + dt.timedelta(days=n))
    if u == "week":
        return _week(anchor + dt.timedelta(weeks=n))
    if u == "month":
        y, m = _add_months(anchor.year, anchor.month, n)
        return f"{y}-{m:02d}"
    if u == "quarter":
        y, m = _add_months(anchor.year, anchor.month, 3 * n)
        return f"{y}-Q{_quarter(m)}"
    if u == "year":
        return str(anchor.year + n)
    if u == "decade":
        return str(anchor.year + 10 * n)
    if u in ("century", "centurie"):
        return str(anchor.year + 100 * n)[:2]
    return None


def _direction(tense: Tense | None) -> int:
    return 1 if tense == "future" else -1


def resolve_month_day(month: int, day: int, anchor: dt.date, tense: Tense | None) -> dt.date | None:
    """A day of a month without a year: the next one for the future tense, the nearest one
    otherwise (news reports dates close to the dateline, and tense is often misread)."""
    options: list[dt.date] = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            options.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not options:
        return None
    if tense == "future":
        future = [d for d in options if d >= anchor]
        return min(future) if future else None
    if tense == "past":  # the past, unless a coming date is much nearer ("payable Nov. 20")
        return min(options, key=lambda d: (d - anchor).days * (2 if d > anchor else -1))
    return min(options, key=lambda d: (abs((d - anchor).days), d > anchor))


def resolve_month(month: int, anchor: dt.date, tense: Tense | None) -> str:
    """A month without a year: the last one up to the anchor's month for the past tense, the
    next one from the anchor's month on for the future, the nearest for the present or an
    unknown tense ("the vote is scheduled for April", "an agreement to buy it in January")."""
    year = anchor.year
    if tense == "future":
        if month < anchor.month:
            year += 1
    elif tense in ("present", None):
        ahead = (month - anchor.month) % 12
        if month < anchor.month and ahead <= 6:
            year += 1
        elif month > anchor.month and ahead > 6:
            year -= 1
    elif month > anchor.month:
        year -= 1
    return f"{year}-{month:02d}"


def resolve_weekday(weekday: int, anchor: dt.date, tense: Tense | None) -> dt.date:
    """A weekday name: the nearest such day on or before the anchor, on or after it for the
    future tense, and in the present tense ("meets Tuesday") the nearest one, up to three days
    ahead."""
    delta = weekday - anchor.weekday()
    if tense == "present" and 0 < delta % 7 <= 3:
        tense = "future"
    if tense == "future":  # the article's own weekday is its day ("will meet Thursday")
        return anchor + dt.timedelta(days=delta if delta >= 0 else delta + 7)
    return anchor + dt.timedelta(days=delta if delta <= 0 else delta - 7)


def resolve_season(season: str, anchor: dt.date, tense: Tense | None) -> str:
    start = SEASON_START[season]
    year = anchor.year
    if tense == "future":
        if anchor.month >= start + 3 and season != "WI":
            year += 1
    elif anchor.month < start or (season == "WI" and anchor.month <= 2):
        year -= 1
    return f"{year}-{season}"


def _relative_unit(word: str, unit: str, anchor: dt.date) -> str | None:
    """ "this/last/next week|month|year|quarter|decade|century|weekend"."""
    w = re.sub(r"\s+", " ", word.lower())
    sign = {
        "last": -1,
        "past": -1,
        "previous": -1,
        "the previous": -1,
        "next": 1,
        "coming": 1,
        "this": 0,
        "that": 0,
        "the same": 0,
        "the current": 0,
    }.get(w)
    if sign is None:
        return None
    u = unit.lower()
    if u == "weekend":
        base = anchor + dt.timedelta(weeks=sign)
        return _week(base) + "-WE"
    if u == "decade":
        return str(anchor.year // 10 + sign)
    if u == "century":
        return str(anchor.year // 100 + sign)
    return shift(anchor, abs(sign), u, sign if sign else 1) if sign else shift(anchor, 0, u, 1)


# --- rule normalisers ------------------------------------------------------------------------


def _n_full_date(m: re.Match[str], anchor: dt.date, tense: Tense | None) -> Result | None:
    d = _dated_day(m, anchor, tense)
    return ("DATE", _ymd(d)) if d else None


def _n_week_of(m: re.Match[str], anchor: dt.date, tense: Tense | None) -> Result | None:
    """'the week of March 6': the week that day falls in."""
    d = _dated_day(m, anchor, tense)
    return ("DATE", _week(d)) if d else None


def _dated_day(m: re.Match[str], anchor: dt.date, tense: Tense | None) -> dt.date | None:
    """The day a match's month, day and optional year (and weekday) name."""
    month = _month(m.group("month"))
    day = int(re.sub(r"\D", "", m.group("day")))
    year = m.group("year")
    if year:
        try:
            return dt.date(int(year), month, day)
        except ValueError:
            return None
    if m.groupdict().get("wd"):  # "Monday, Oct. 26": the year whose Oct. 26 is a Monday
        weekday = _weekday(m.group("wd"))
        for y in (anchor.year, anchor.year - 1, anchor.year + 1):
            try:
                named = dt.date(y, month, day)
            except ValueError:
                continue
            if named.weekday() == weekday:
                return named
    return resolve_month_day(month, day, anchor, tense)


def _n_iso_date(m: re.Match[str], anchor: dt.date, tense: Tense | None) -> Result | None:
    year = int(m.group("y"))
    if year < 100:  # "7/8/07": the century that puts it nearest the article
        year += anchor.year // 100 * 100
        if year > anchor.year + 20:
            year -= 100
    try:
        return "DATE", _ymd(dt.date(year, int(m.group("m")), int(m.group("d"))))
    except ValueError:
        return None


def _n_month_year(m: re.Match[str], anchor: dt.date, tense: Tense | None) -> Result | None:
    return "DATE", f"{m.group('year')}-{_month(m.group('month')):02d}"


def _n_month(m: re.Match[str], anchor: dt.date, tense: Tense | None) -> Result | None:
    month = _month(m.group("month"))
    rel = (m.group("rel") or "").lower()
    if rel in ("last", "past", "previous"):
        year = anchor.year if month < anchor.month else anchor.year - 1
        return "DATE", f"{year}-{month:02d}"
    if rel in ("next", "coming"):
        year = anchor.year if month > anchor.month else anchor.year + 1
        return "DATE", f"{year}-{month:02d}"
    if rel == "this":
        return "DATE", f"{anchor.year}-{month:02d}"
    of_year = _OF_RELATIVE_YEAR.match(m.string, m.end())
    if of_year:  # "October of next year" (the year is its own expression, as MEANTIME has it)
        year = anchor.year + _YEAR_OFFSET[of_year.group(1).lower()]
        return "DATE", f"{year}-{month:02d}"
    return "DATE", resolve_month(month, anchor, tense)


_OF_RELATIVE_YEAR = re.compile(r"\s+of\s+(last|this|next)\s+year\b", re.IGNORECASE)
#: Which year "last year", "this year" and "next year" name, from the article's.
_YEAR_OFFSET = {"last": -1, "this": 0, "next": 1}


def _n_weekday(m: re.Match[str], anchor: dt.date, tense: Tense | None) -> Result | None:
    rel = (m.group("rel") or "").lower()
    wd = _weekday(m.group("weekday"))
    if rel in ("last", "past", "previous"):
        d = resolve_weekday(wd, anchor - dt.timedelta(days=1), "past")
    elif rel in ("next", "coming"):
        d = resolve_weekday(wd, anchor + dt.timedelta(days=1), "future")
    elif rel == "this":
        d = resolve_weekday(wd, anchor, tense)
    else:
        d = resolve_weekday(wd, anchor, tense)
    part = m.group("part")
    if part:
        return "TIME", f"{_ymd(d)}T{PARTS_OF_DAY[part.lower()]}"
    return "DATE", _ymd(d)


def _n_relative(m: re.Match[str], anchor: dt.date, tense: Tense | None) -> Result | None:
    value = _relative_unit(m.group("rel"), m.group("unit"), anchor)
    return ("DATE", value) if value else None


def _n_edge_relative(m: re.Match[str], anchor: dt.date, tense: Tense | None) -> Result | None:
    """ "earlier this year", "late last month", "later today", "earlier Sunday"."""
    if m.group("unit"):
        value = _relative_unit(m.group("rel"), m.group("unit"), anchor)
        return ("DATE", value) if value else None
    if m.group("day"):
        word = m.group("day").lower()
        offset = {"today": 0, "yesterday": -1, "tomorrow": 1}[word]
        return "DATE", _ymd(anchor + dt.timedelta(days=offset))
    edge = m.group("edge").lower()
    t: Tense = "future" if edge in ("later", "late") else "past"
    return "DATE", _ymd(resolve_weekday(_weekday(m.group("weekday")), anchor, t))


def _n_ago(m: re.Match[str], anchor: dt.date, tense: Tense | None) -> Result | None:
    count = parse_number(m.group("num"))
    direction = m.group("dir").lower()
    sign = -1 if direction in ("ago", "earlier", "before", "previously") else 1
    weeks = m.group("unit").lower().startswith("week")
    if weeks and count is not None and count == int(count) and count <= 520:
        # "two weeks ago" is the day (TimeBank and MEANTIME mostly give it so), not its week
        return "DATE", _ymd(anchor + dt.timedelta(weeks=int(count) * sign))
    value = shift(anchor, count, m.group("unit"), sign)
    return ("DATE", value) if value else None


def _n_duration(m: re.Match[str], anchor: dt.date, tense: Tense | None) -> Result | None:
    count = parse_number(m.group("num")) if m.group("num") else 1
    if count is not None and m.group("half"):  # "a minute and a half"
        count += 0.5
    return "DURATION", duration_value(count, m.group("unit"))


def _n_vague_duration(m: re.Match[str], anchor: dt.date, tense: Tense | None) -> Result | None:
    return "DURATION", duration_value(None, m.group("unit"))


def _n_year(m: re.Match[str], anchor: dt.date, tense: Tense | None) -> Result | None:
    return "DATE", m.group("year")


def _n_short_year(m: re.Match[str], anchor: dt.date, tense: Tense | None) -> Result | None:
    year = anchor.year // 100 * 100 + int(m.group("yy"))
    return "DATE", str(year if year <= anchor.year else year - 100)


def _n_decade(m: re.Match[str], anchor: dt.date, tense: Tense | None) -> Result | None:
    if m.group("full"):
        return "DATE", m.group("full")[:3]
    if m.group("word"):
        tens = [
            "twenties",
            "thirties",
            "forties",
            "fifties",
            "sixties",
            "seventies",
            "eighties",
            "nineties",
        ].index(m.group("word").lower()) + 2
        century = anchor.year // 100 if tens * 10 <= anchor.year % 100 else anchor.year // 100 - 1
        return "DATE", f"{century}{tens}"
    short = int(m.group("short") or m.group("bare") or m.group("bare2"))
    century = anchor.year // 100 if short * 1 <= anchor.year % 100 else anchor.year // 100 - 1
    return "DATE", f"{century}{short // 10}"


def _n_the_quarter(m: re.Match[str], anchor: dt.date, tense: Tense | None) -> Result | None:
    """ "the quarter", "the latest quarter", "the year-ago quarter": financial news reports on
    the last completed quarter."""
    y, mo = _add_months(anchor.year, anchor.month, -3)
    which = (m.group("which") or m.group("which2") or "").lower()
    if which in ("current", "this"):
        y, mo = anchor.year, anchor.month
    elif which in ("next", "coming"):
        y, mo = _add_months(anchor.year, anchor.month, 3)
    elif which.startswith(("year", "last year")):
        y -= 1
    return "DATE", f"{y}-Q{_quarter(mo)}"


def _n_season(m: re.Match[str], anchor: dt.date, tense: Tense | None) -> Result | None:
    season = SEASONS[m.group("season").lower()]
    rel = (m.group("rel") or "").lower()
    if m.group("year"):
        return "DATE", f"{m.group('year')}-{season}"
    if rel.startswith("this") and rel.endswith("past"):  # "this past spring": the latest one
        return "DATE", resolve_season(season, anchor, "past")
    if rel in ("last", "past", "previous"):
        return "DATE", f"{anchor.year - 1}-{season}"
    if rel == "next":
        return "DATE", f"{anchor.year + 1}-{season}"
    if rel == "this":
        return "DATE", f"{anchor.year}-{season}"
    return "DATE", resolve_season(season, anchor, tense)


def _n_clock(m: re.Match[str], anchor: dt.date, tense: Tense | None) -> Result | None:
    clock = m.group("clock").lower().replace(" ", "")
    if clock in ("noon", "midday"):
        hh, mm = 12, 0
    elif clock == "midnight":
        hh, mm = 24, 0
    else:
        cm = re.fullmatch(r"(\d{1,2})(?::(\d\d))?(a\.?m\.?|p\.?m\.?)?", clock)
        if not cm:
            return None
        hh, mm = int(cm.group(1)), int(cm.group(2) or 0)
        ampm = (cm.group(3) or "").replace(".", "")
        if ampm == "pm" and hh < 12:
            hh += 12
        elif ampm == "am" and hh == 12:
            hh = 0
    day = anchor
    if m.group("weekday"):
        day = resolve_weekday(_weekday(m.group("weekday")), anchor, tense)
    elif m.group("deictic"):
        day = anchor + dt.timedelta(
            days={"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[
                m.group("deictic").lower()
            ]
        )
    zone = "Z" if m.group("tz") and re.search(r"UTC|GMT", m.group("tz")) else ""
    return "TIME", f"{_ymd(day)}T{hh:02d}:{mm:02d}{zone}"


def _n_military(m: re.Match[str], anchor: dt.date, tense: Tense | None) -> Result | None:
    hh, mm = int(m.group("hh")), int(m.group("mm"))
    return "TIME", f"{_ymd(anchor)}T{hh:02d}:{mm:02d}Z"


def _constant(kind: TimexType, value: str) -> Callable[..., Result | None]:
    def normalise(m: re.Match[str], anchor: dt.date, tense: Tense | None) -> Result | None:
        return kind, value

    return normalise


def _n_set(m: re.Match[str], anchor: dt.date, tense: Tense | None) -> Result | None:
    word = m.group(0).lower()
    if m.group("weekday"):
        return "SET", f"XXXX-WXX-{_weekday(m.group('weekday')) + 1}"
    for key, value in (
        ("daily", "P1D"),
        ("nightly", "P1D"),
        ("weekly", "P1W"),
        ("monthly", "P1M"),
        ("quarterly", "P3M"),
        ("annual", "P1Y"),
        ("yearly", "P1Y"),
        ("hourly", "PT1H"),
    ):
        if key in word:
            return "SET", value
    unit = m.group("unit")
    if unit:
        return "SET", duration_value(1, unit)
    return None


# --- the rules -------------------------------------------------------------------------------


def _rule(name: str, pattern: str, normaliser: Callable[..., Result | None]) -> Rule:
    compiled = re.compile(rf"(?<![\w-])(?:{pattern})(?![\w])", re.IGNORECASE)
    return Rule(name, compiled, normaliser)


WEEKDAY_PREFIX = rf"(?:(?P<wd>{WEEKDAY_FULL}),?[^\S\n]+)?"  # not across a line break
RULES: tuple[Rule, ...] = (
    _rule(
        "week_of",
        rf"the\s+week\s+of\s+(?P<month>{MONTH})\s+(?P<day>{DAYNUM})(?:,?\s+(?P<year>{YEAR}))?"
        r"(?!\s*(?:[%$]|\d))",
        lambda m, a, t: _n_week_of(m, a, t),
    ),
    _rule(
        "year_period",  # "the 1988 quarter": that year's quarter, fixed by the report's quarter
        rf"the\s+(?P<year>{YEAR})\s+(?:quarter|period)",
        lambda m, a, t: ("DATE", m.group("year")),
    ),
    _rule(
        "month_day",
        rf"{WEEKDAY_PREFIX}(?P<month>{MONTH})\s+(?P<day>{DAYNUM})(?:,?\s+(?P<year>{YEAR}))?"
        r"(?!\s*(?:[%$]|\d))",
        _n_full_date,
    ),
    _rule(
        "day_month",
        rf"{WEEKDAY_PREFIX}(?:the\s+)?(?P<day>{DAYNUM})(?:\s+of)?\s+(?P<month>{MONTH})"
        rf"(?:,?\s+(?P<year>{YEAR}))?",
        _n_full_date,
    ),
    _rule("iso_date", r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)", _n_iso_date),
    _rule(
        "numeric_date",
        r"(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<y>(?:19|20)\d\d|\d\d)(?![\d/])",
        _n_iso_date,
    ),
    _rule(
        "month_rel_year",
        rf"(?:(?:early|late|mid-?)\s*)?(?P<month>{MONTH_NAME})\s+(?P<rel>this|last|next)\s+year",
        lambda m, a, t: _n_month_rel_year(m, a, t),
    ),
    _rule(
        "month_year",
        rf"(?:(?:early|late|mid-?|the\s+end\s+of|the\s+beginning\s+of)\s*)?"
        rf"(?P<month>{MONTH})(?:\s+of)?,?\s+(?P<year>{YEAR})",
        _n_month_year,
    ),
    _rule(
        "month",
        rf"(?:(?P<rel>this|last|next|past|coming|early|late|mid)[\s-]*)?(?P<month>{MONTH_NAME})"
        r"(?!\s+\d)",
        _n_month,
    ),
    _rule(
        "clock",
        rf"(?:(?:about|around|at|approximately)\s+)?(?P<clock>{CLOCK})(?P<tz>{TZ})?"
        rf"(?:,?\s+(?:on\s+)?(?:(?P<weekday>{WEEKDAY_FULL})|(?P<deictic>today|tonight|yesterday"
        r"|tomorrow)))?",
        _n_clock,
    ),
    _rule(
        "military",
        r"(?P<hh>[01]\d|2[0-3])(?::)?(?P<mm>[0-5]\d)\s*(?-i:UTC|GMT)",
        _n_military,
    ),
    _rule(
        "weekday",
        rf"(?:(?P<rel>last|next|this|past|coming|early|late)\s+)?(?P<weekday>{WEEKDAY_FULL})"
        rf"(?:\s+(?P<part>{PART}))?",
        _n_weekday,
    ),
    _rule(
        "deictic_day",
        rf"(?P<word>today|tonight|yesterday|tomorrow)(?:\s+(?:mid-?)?(?P<part>{PART}))?"
        rf"|(?P<word2>this|last)\s+(?P<part2>{PART})"
        rf"|mid-?(?P<part3>{PART})\s+(?P<word3>today|yesterday|tomorrow)",
        lambda m, a, t: _n_deictic_day_any(m, a, t),
    ),
    _rule(
        "edge_relative",
        rf"(?P<edge>{EDGE})(?:\s+in)?\s+(?:(?:(?P<rel>{REL})\s+(?P<unit>week|month|year|quarter"
        rf"|decade|century))|(?P<day>today|yesterday|tomorrow)|(?P<weekday>{WEEKDAY_FULL}))",
        _n_edge_relative,
    ),
    _rule(
        "relative",
        rf"(?:the\s+(?:end|beginning|start|middle|rest|remainder)\s+of\s+)?"
        rf"(?P<rel>{REL})\s+(?P<unit>week|month|year|quarter|decade|century|weekend)"
        r"(?!\s*-)",
        _n_relative,
    ),
    _rule(
        "ago",
        rf"(?:{MODIFIER})?(?P<num>{NUMBER})[\s-]+(?:more\s+)?(?P<unit>{UNITS_RE})\s+(?:or\s+so\s+)?"
        # "three days later" counts from the story's last event, not from the article date:
        # a duration (TimeML's reading). "A year earlier" in earnings is the year-ago period.
        r"(?P<dir>ago|(?<=year\s)(?:earlier|later)|from\s+now|hence)(?!\s+than)",
        _n_ago,
    ),
    _rule(
        "year_ago",
        r"(?P<dir>year)-(?:ago|earlier)",
        lambda m, a, t: ("DATE", str(a.year - 1)),
    ),
    _rule(
        "quarter",
        rf"(?:(?P<year1>(?:this|last|next)\s+year's|{YEAR}|the\s+year-(?:ago|earlier))\s+)?"
        rf"(?:the\s+(?:(?:fiscal|calendar|latest|current|same)\s+)*"
        rf"(?:(?:{YEAR}|year-(?:ago|earlier))\s+)?(?=\w+\s))?"
        rf"(?P<ord>first|second|third|fourth|final|1st|2nd|3rd|4th"
        rf"|last(?=\s+(?:quarter|half)\s+of\s+(?:the\s+)?(?:{YEAR}|(?:this|last|next)\s+year|year\b)))"
        r"[\s-](?P<kind>quarter|half)"
        rf"(?:\s+of\s+(?:the\s+)?(?P<year2>{YEAR}|this\s+year|last\s+year|next\s+year"
        r"|the\s+year))?",
        lambda m, a, t: _n_quarter_any(m, a, t),
    ),
    _rule(
        "the_quarter",
        r"(?:the\s+(?:(?P<which>latest|current|recent|same|corresponding|comparable|year-ago|"
        r"year-earlier|previous|last\s+year's|this|next|coming|most\s+recent)\s+)?"
        r"|(?P<which2>last\s+year's)\s+)(?:fiscal\s+)?(?:quarter|period)"
        r"(?!\s+(?:of|ended|ending|from|to|in|before|through))(?!-)",
        _n_the_quarter,
    ),
    _rule(
        "season",
        rf"(?:(?P<rel>this\s+past|last|this|next|past|early|late|mid-?|the)\s*)?(?P<season>spring|summer"
        rf"|fall|autumn|winter)(?:\s+(?:of\s+)?(?P<year>{YEAR}))?(?!\s+(?:school|session|games"
        r"|olympics|semester|term|collection|meeting|months|of|in|from|to))",
        _n_season,
    ),
    _rule(
        "decade",
        r"(?:the\s+)?(?:(?:early|late|mid)[\s-]?)?(?:(?P<full>1[6-9]\d0|20[0-9]0)'?s|'(?P<short>\d0)s"
        r"|(?<=the )(?P<bare>[2-9]0)s(?![\w'])|(?<=0s and )(?P<bare2>[2-9]0)s(?![\w'])"
        r"|the\s+(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))",
        _n_decade,
    ),
    _rule(
        "short_year",  # "the lowest level since '82"
        r"(?:(?<=since )|(?<=until )|(?<=in )|(?<=of )|(?<=from )|(?<=class )|(?<=to ))"
        r"['’](?P<yy>\d\d)(?![\w%'’])",
        lambda m, a, t: _n_short_year(m, a, t),
    ),
    _rule(
        "century",
        r"(?:the\s+)?(?:(?:early|late|mid)[\s-])?(?P<n>1\d(?:st|nd|rd|th)|2[01](?:st|nd|rd|th)"
        r"|twentieth|twenty-first)\s+century",
        lambda m, a, t: _n_century_any(m, a, t),
    ),
    _rule(
        "year",
        rf"(?:(?:fiscal|calendar|early|late|mid-?|the\s+end\s+of|the\s+beginning\s+of"
        rf"|the\s+year|the\s+first\s+half\s+of)\s*)?(?P<year>{YEAR})"
        r"(?!\s*(?:[%$]|-\d|\.\d|,\d|\s+(?:percent|per\s+cent)))(?![\w'-])",
        _n_year,
    ),
    _rule(
        "past_period",
        rf"(?:(?:at\s+least|nearly|almost|about|more\s+than|in|for|over|during|within|"
        rf"throughout)\s+)?(?:the\s+)?(?P<rel>past|last|next|coming|previous|following|first"
        rf"|final|recent)\s+(?P<num>{NUMBER})\s+(?P<unit>{UNITS_RE})",
        lambda m, a, t: _n_past_period(m, a, t),
    ),
    _rule(
        "duration",
        rf"(?:{MODIFIER})?(?P<num>{NUMBER})[\s-]+(?:more\s+|full\s+|straight\s+"
        rf"|consecutive\s+|long\s+|trading\s+|business\s+|working\s+)?(?P<unit>{UNITS_RE})"
        r"(?:-long)?(?P<half>\s+and\s+a\s+half)?(?![\s-]+old)(?!\s+of\b)",
        _n_duration,
    ),
    _rule(
        "hyphen_duration",
        rf"(?P<num>\d+|{NUMWORD}(?:-{NUMWORD})?)-(?P<unit>{UNIT})(?:-long)?(?!-old)(?![\s-]+old)",
        _n_duration,
    ),
    _rule(
        "part_of_day",  # on the story's last day (see _anaphoric), else the article's
        PART_OF_DAY,
        lambda m, a, t: _n_part_of_day(m, a, t),
    ),
    _rule(
        "next_morning",  # the day after the story's date (see _anaphoric), as TimeBank has it
        r"the\s+(?:next|following)\s+morning",
        lambda m, a, t: ("DATE", _ymd(a + dt.timedelta(days=1))),
    ),
    _rule(
        "the_past_unit",
        rf"(?:(?P<rel>the\s+(?:past|last|next|coming|previous|following))\s+)"
        rf"(?P<unit>{UNIT})(?!s)(?!\s+of\b)",
        lambda m, a, t: _n_the_past_unit(m, a, t),
    ),
    _rule(
        "the_unit",
        r"the\s+(?:(?P<which>full|entire|(?:full\s+|current\s+|latest\s+)?fiscal|latest)\s+)?"
        r"(?P<unit>day|year)(?![\w-])(?!\s+(?:before|after|of|when|that|earlier|ago|two|three"
        r"|four|five|six|seven|eight|nine|ten|\d))(?!'s)",
        lambda m, a, t: _n_the_unit(m, a, t),
    ),
    _rule(
        "vague_plural",
        r"(?:(?:for|over|in)\s+)?(?:the\s+)?(?:past|last|next|coming|recent)\s+"
        r"(?:few\s+|several\s+)?(?P<unit>days|weeks|months|years|decades)",
        lambda m, a, t: _n_vague_plural(m, a, t),
    ),
    _rule(
        "vague_span",
        r"(?:for|over|in|within|after|took|take|takes|lasted|last)\s+(?P<unit>minutes|hours|days|weeks"
        r"|months|years|decades)(?!\s+(?:of|to|ago|earlier|later|before|after|old))(?![\w'-])",
        _n_vague_duration,
    ),
    _rule(
        "weekend",
        r"(?P<rel>the|this|last|next|past)\s+weekend",
        lambda m, a, t: _n_weekend(m, a, t),
    ),
    _rule(
        "spoken_year",
        rf"(?:(?P<month>{MONTH_NAME})\s+|the\s+(?P<season>spring|summer|fall|autumn|winter)\s+of\s+"
        rf"|the\s+year\s+)?(?P<spoken>{SPOKEN_YEAR})",
        lambda m, a, t: _n_spoken_year(m, a, t),
    ),
    _rule(
        "holiday",
        r"(?P<name>Christmas(?:\s+Day|\s+Eve)?|New\s+Year's(?:\s+Day|\s+Eve)|Thanksgiving"
        r"(?:\s+Day)?|Independence\s+Day|Halloween|Valentine's\s+Day|(?-i:Election\s+Day))",
        lambda m, a, t: _n_holiday(m, a, t),
    ),
    _rule(
        "period_edge",
        r"the\s+(?:end|beginning|start|middle|rest|remainder)\s+of\s+the\s+(?P<unit>year|month"
        r"|week|day)",
        lambda m, a, t: ("DATE", shift(a, 0, m.group("unit"), 1) or ""),
    ),
    _rule(
        "decades_long",
        r"(?P<unit>decade|year|month|centurie|week)s(?:-long)?(?=-long|\s+(?:ago|of|later))",
        _n_vague_duration,
    ),
    _rule(
        "present",
        r"at\s+present|now|currently|current|presently|nowadays|these\s+days"
        r"|the\s+present|the\s+time\s+being",
        _constant("DATE", "PRESENT_REF"),
    ),
    _rule(
        "past",
        r"(?:more\s+|most\s+|very\s+|until\s+)?recently|recent|lately|formerly"
        r"|the\s+past(?!\s+(?:few|several|two|three|four|five|six|\d))",
        _constant("DATE", "PAST_REF"),
    ),
    _rule(
        "future",
        r"(?:very\s+)?soon(?!\s+as|\s+after|\s+be)|the\s+(?:near\s+|distant\s+)?future"
        r"|the\s+near\s+term|the\s+coming\s+(?:days|weeks|months|years)",
        _constant("DATE", "FUTURE_REF"),
    ),
    _rule(
        "set",
        rf"daily|nightly|weekly|monthly|annual(?:ly)?|yearly|hourly"
        rf"|(?:each|every|per)\s+(?:(?P<weekday>{WEEKDAY_FULL})|(?P<unit>day|week|month|quarter"
        r"|year))",
        _n_set,
    ),
)


def _n_deictic_day_any(m: re.Match[str], anchor: dt.date, tense: Tense | None) -> Result | None:
    word = m.group("word") or m.group("word2") or m.group("word3")
    part = m.group("part") or m.group("part2") or m.group("part3")
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "this": 0}
    w = word.lower()
    if w == "last":
        if (part or "").lower() != "night":
            return None
        return "TIME", f"{_ymd(anchor - dt.timedelta(days=1))}TNI"
    d = anchor + dt.timedelta(days=offset[w])
    p = "night" if w == "tonight" else (part or "").lower()
    if p:
        return "TIME", f"{_ymd(d)}T{PARTS_OF_DAY[p]}"
    return "DATE", _ymd(d)


def _n_quarter_any(m: re.Match[str], anchor: dt.date, tense: Tense | None) -> Result | None:
    year = m.group("year1") or m.group("year2") or ""
    inner = re.search(rf"{YEAR}|year-(?:ago|earlier)", m.group(0)[: m.start("ord") - m.start()])
    if not year and inner:
        year = inner.group(0)
    half = m.group("kind").lower() == "half"
    ordinal = m.group("ord").lower()
    q = (2 if half else 4) if ordinal in ("last", "final") else ORDINALS[ordinal]
    y = year.lower()
    if re.fullmatch(YEAR, y):
        year_n = int(y)
    elif "last" in y or "year-" in y:
        year_n = anchor.year - 1
    elif "next" in y:
        year_n = anchor.year + 1
    elif "this" in y or "the year" in y:
        year_n = anchor.year
    else:
        current = (anchor.month - 1) // 6 + 1 if half else _quarter(anchor.month)
        year_n = anchor.year
        if tense == "future":
            if q < current - 1:
                year_n += 1
        elif q > current:
            year_n -= 1
    return "DATE", f"{year_n}-{'H' if half else 'Q'}{q}"


def _n_century_any(m: re.Match[str], anchor: dt.date, tense: Tense | None) -> Result | None:
    n = m.group("n").lower()
    number = {"twentieth": 20, "twenty-first": 21}.get(n) or int(re.sub(r"\D", "", n))
    return "DATE", f"{number - 1:02d}"


def _n_weekend(m: re.Match[str], anchor: dt.date, tense: Tense | None) -> Result | None:
    rel = m.group("rel").lower()
    weekend_started = anchor.weekday() >= 5
    if rel in ("last", "past") or (rel == "the" and tense != "future"):
        base = anchor if weekend_started and rel == "the" else anchor - dt.timedelta(weeks=1)
    elif rel == "next":
        base = anchor + dt.timedelta(weeks=1)
    else:
        base = anchor
    return "DATE", _week(base) + "-WE"


def _n_holiday(m: re.Match[str], anchor: dt.date, tense: Tense | None) -> Result | None:
    name = re.sub(r"\s+", " ", m.group("name").lower())
    fixed = {
        "christmas": (12, 25),
        "christmas day": (12, 25),
        "christmas eve": (12, 24),
        "new year's day": (1, 1),
        "new year's eve": (12, 31),
        "independence day": (7, 4),
        "halloween": (10, 31),
        "valentine's day": (2, 14),
    }
    if name in fixed:
        d = resolve_month_day(*fixed[name], anchor, tense)
        return ("DATE", _ymd(d)) if d else None
    if name == "election day":
        # the US general election, the Tuesday after the first Monday of November of an even
        # year: the last one for the past tense, otherwise the next
        days = [_election_day(y) for y in range(anchor.year - 3, anchor.year + 4) if y % 2 == 0]
        if tense == "past":
            return "DATE", _ymd(max(d for d in days if d <= anchor))
        return "DATE", _ymd(min(d for d in days if d >= anchor))
    thanksgiving = _thanksgiving(anchor.year)
    if tense != "future" and thanksgiving > anchor:
        thanksgiving = _thanksgiving(anchor.year - 1)
    return "DATE", _ymd(thanksgiving)


def _thanksgiving(year: int) -> dt.date:
    first = dt.date(year, 11, 1)
    return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)  # fourth Thursday


def _election_day(year: int) -> dt.date:
    first = dt.date(year, 11, 1)
    return first + dt.timedelta(days=(0 - first.weekday()) % 7 + 1)  # after the first Monday


def _n_past_period(m: re.Match[str], anchor: dt.date, tense: Tense | None) -> Result | None:
    count = parse_number(m.group("num"))
    return "DURATION", duration_value(count, m.group("unit"))


def spoken_year(text: str) -> int | None:
    """ "nineteen ninety-six" -> 1996, "two thousand" -> 2000, "two thousand and one" -> 2001."""
    words = re.sub(r"[\s-]+", " ", text.lower()).replace(" and ", " ").replace(" oh ", " ").split()
    if words[:2] == ["two", "thousand"]:
        rest = parse_number(" ".join(words[2:])) if words[2:] else 0
        return None if rest is None else 2000 + int(rest)
    century = SMALL_NUMBERS.get(words[0])
    rest = parse_number(" ".join(words[1:]))
    if century is None or rest is None:
        return None
    return int(century) * 100 + int(rest)


def _n_spoken_year(m: re.Match[str], anchor: dt.date, tense: Tense | None) -> Result | None:
    year = spoken_year(m.group("spoken"))
    if year is None:
        return None
    if m.group("month"):
        return "DATE", f"{year}-{_month(m.group('month')):02d}"
    if m.group("season"):
        return "DATE", f"{year}-{SEASONS[m.group('season').lower()]}"
    return "DATE", str(year)


def _n_month_rel_year(m: re.Match[str], anchor: dt.date, tense: Tense | None) -> Result | None:
    """ "June last year", "January this year", "April next year"."""
    year = anchor.year + _YEAR_OFFSET[m.group("rel").lower()]
    return "DATE", f"{year}-{_month(m.group('month')):02d}"


#: Words before "the next day" that make it a stretch of time ("over the next day").
_DURING = re.compile(r"\b(?:over|within|during|for|in|throughout)\s+$", re.IGNORECASE)


def _n_the_past_unit(m: re.Match[str], anchor: dt.date, tense: Tense | None) -> Result | None:
    """ "the past year" is the year before this one, "the last decade" the 1990s of a 2000s
    article, "the next quarter" the coming one (TimeBank and MEANTIME mark them as dates);
    "the past hour" and "over the next day" stay durations, but "the next day he …" is the day
    after the story's date."""
    unit = m.group("unit").lower()
    rel = m.group("rel").lower().split()[-1]
    sign = 1 if rel in ("next", "coming", "following") else -1
    if (
        unit == "day"
        and rel in ("next", "following", "previous")
        and not _DURING.search(m.string[: m.start()])
    ):
        # "The next day he was released": the day after the story's date (see _anaphoric)
        return "DATE", _ymd(anchor + dt.timedelta(days=sign))
    if unit in ("second", "minute", "hour", "day"):
        return "DURATION", duration_value(1, unit)
    if unit == "decade":
        return "DATE", str(anchor.year // 10 + sign)
    if unit in ("century", "centurie"):
        return "DATE", str(anchor.year // 100 + sign)
    if unit == "week":  # the seven days before or after the article: the week of their middle
        return "DATE", _week(anchor + dt.timedelta(days=3 * sign))
    value = shift(anchor, 1, unit, sign)
    return ("DATE", value) if value else None


def _n_part_of_day(m: re.Match[str], anchor: dt.date, tense: Tense | None) -> Result | None:
    """ "in the morning", "by mid afternoon", "at 4 in the morning" (04:00)."""
    part = m.group("part").lower()
    if m.group("hh") is None:
        return "TIME", f"{_ymd(anchor)}T{PARTS_OF_DAY[part]}"
    hh = int(m.group("hh")) % 12 + (12 if part != "morning" else 0)
    return "TIME", f"{_ymd(anchor)}T{hh:02d}:{m.group('mm') or '00'}"


def _n_the_unit(m: re.Match[str], anchor: dt.date, tense: Tense | None) -> Result | None:
    """ "the day" (of the article: "the Dow ended the day up 2%"), "the year" ("a high for the
    year"), "the fiscal year", "the latest fiscal year"; "the year ended Sept. 30" is a
    year-long period."""
    if m.group("unit").lower() == "day":
        return "DATE", _ymd(anchor)
    which = (m.group("which") or "").lower()
    if "latest" in which:
        return "DATE", str(anchor.year - 1)
    if re.match(r"\s+(?:ended|ending)\b", m.string[m.end() :]):
        return "DURATION", "P1Y"
    return "DATE", str(anchor.year)


def _n_vague_plural(m: re.Match[str], anchor: dt.date, tense: Tense | None) -> Result | None:
    """ "recent years" is a past reference; "recent weeks", "the past few months", "the coming
    weeks" are durations of unspecified length, as TimeBank marks them."""
    text = m.group(0).lower()
    if "recent" in text and m.group("unit").lower() == "years":
        return "DATE", "PAST_REF"
    return "DURATION", duration_value(None, m.group("unit"))


# --- public API ------------------------------------------------------------------------------

LEADING_WORDS = re.compile(
    r"^(?:(?:the(?=\s+(?:early\s+|late\s+|mid-?)?(?:\d{4}'?s|'?\d0s))|in|on|at(?!\s+(?:least|most))|by|since|until|till|from|to|for|during|within|through|throughout|"
    r"before|after|over|of|as\s+of|between|into|beginning|starting|ending|"
    r"and|or|as|than|with|all|only|even|just|still|also|since)\s+)+",
    re.IGNORECASE,
)
TRAILING_WORDS = re.compile(r"(?:'s|’s|,|\.(?<!\b[A-Z][a-z]\.)(?<!\b[a-z]\.[a-z]\.))$")


def trim(text: str) -> tuple[int, int]:
    """Offsets of the part of ``text`` TimeML would mark: without leading prepositions and
    conjunctions, a trailing possessive or comma."""
    start = 0
    m = LEADING_WORDS.match(text)
    if m and m.end() < len(text):
        start = m.end()
    end = len(text)
    while end > start:
        t = TRAILING_WORDS.search(text[start:end])
        if not t:
            break
        end = start + t.start()
    return start, end


def normalise(
    text: str, anchor: dt.date, tense: Tense | None = None
) -> tuple[TimexType, str] | None:
    """Type and TIMEX3 value of one time expression, resolved against ``anchor``.

    ``tense`` (of the verb governing the expression) picks the direction of expressions such as
    "July" or "Tuesday". Leading prepositions are ignored ("in July" == "July"). Returns ``None``
    when no rule recognises the whole text.

    >>> normalise("in July", dt.date(2025, 9, 4), "past")
    ('DATE', '2025-07')
    """
    whole = text.strip()
    s, e = trim(whole)
    for core in dict.fromkeys((whole, whole[s:e])):
        for rule in RULES:
            m = rule.pattern.fullmatch(core)
            if m:
                result = rule.normalise(m, anchor, tense)
                if result is not None:
                    return result
    return None


def _whole_match(text: str, anchor: dt.date) -> tuple[str | None, re.Match[str] | None]:
    """The first rule that matches all of ``text`` and normalises it."""
    for rule in RULES:
        m = rule.pattern.fullmatch(text)
        if m and rule.normalise(m, anchor, None) is not None:
            return rule.name, m
    return None, None


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    rule: str
    match: re.Match[str] | None


def find_candidates(text: str) -> list[Candidate]:
    """Every rule match in ``text``, overlapping ones included (no model needed)."""
    found: list[Candidate] = []
    for rule in RULES:
        for m in rule.pattern.finditer(text):
            s, e = trim(m.group(0))
            if e > s:
                found.append(Candidate(m.start() + s, m.start() + e, rule.name, m))
    return found


def select(candidates: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates, longest first, then leftmost, then by rule order."""
    order = {r.name: i for i, r in enumerate(RULES)}
    ranked = sorted(
        candidates, key=lambda c: (-(c.end - c.start), c.start, order.get(c.rule, len(order)))
    )
    chosen: list[Candidate] = []
    for c in ranked:
        if all(c.end <= o.start or c.start >= o.end for o in chosen):
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


FUTURE_HEADS = frozenset(
    [
        "plan",
        "expect",
        "intend",
        "aim",
        "hope",
        "schedule",
        "want",
        "set",
        "due",
        "likely",
        "need",
        "seek",
        "promise",
        "vow",
        "slate",
        "prepare",
        "ready",
        "agree",
        "decide",
        "propose",
        "offer",
        "threaten",
        "try",
        "begin",
        "start",
    ]
)
FORWARD_CUE = re.compile(  # "a deadline until Tuesday", "could come as early as Tuesday"
    r"\b(?:until|till|as\s+early\s+as|as\s+soon\s+as|as\s+late\s+as)\s+$", re.IGNORECASE
)
SCHEDULED = frozenset(["schedule", "slate", "plan", "reschedule"])
NER_LABELS = {"DATE", "TIME"}
SEASON_CONTEXT = {
    "in",
    "the",
    "this",
    "last",
    "next",
    "by",
    "until",
    "since",
    "early",
    "late",
    "during",
    "before",
    "after",
    "of",
    "that",
    "each",
    "every",
    "through",
}
NUMERIC_LABELS = {"MONEY", "CARDINAL", "QUANTITY", "PERCENT", "ORDINAL"}
FUTURE_AUX = {"will", "'ll", "shall", "wo", "’ll"}
PAST_AUX = {"had", "has", "have", "'ve", "'d", "did"}


def find_timexes(doc: Doc, anchor: dt.date) -> list[Timex]:
    """Every time expression in ``doc``, normalised against the article date ``anchor``."""
    text = doc.text
    candidates = find_candidates(text)
    for ent in doc.ents:
        if ent.label_ not in NER_LABELS:
            continue
        s, e = trim(ent.text)
        rule, m = _whole_match(ent.text[s:e], anchor)
        if rule is not None:
            candidates.append(Candidate(ent.start_char + s, ent.start_char + e, rule, m))
    candidates = [c for c in candidates if _plausible(c, doc)]
    rules = {r.name: r for r in RULES}
    out: list[Timex] = []
    for c in select(candidates):
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        tense = tense_of(span) if span is not None else None
        if FORWARD_CUE.search(text[max(0, c.start - 20) : c.start]) and not _looks_back(span):
            tense = "future"
        if c.match is not None:
            result = rules[c.rule].normalise(c.match, anchor, tense)
        else:
            result = normalise(text[c.start : c.end], anchor, tense)
        if result is None:
            continue
        kind, value = result
        out.append(Timex(text[c.start : c.end], c.start, c.end, kind, value))
    dated = _year_ago_quarters(_anaphoric(_clock_days(out, doc, anchor)), doc, anchor)
    return _a_year_before(dated, text)


CLOCK_ONLY = re.compile(
    rf"(?:(?:about|around|at|approximately)\s+)?{CLOCK}{TZ}?|(?:[01]\d|2[0-3]):?[0-5]\d\s*(?-i:UTC|GMT)",
    re.IGNORECASE,
)


def _clock_days(timexes: list[Timex], doc: Doc, anchor: dt.date) -> list[Timex]:
    """A clock time without a day ("at 10:35 a.m. (0735 GMT) Friday", "at 18:00 UTC" in a
    sentence about Tuesday) is on the nearest day named in its sentence, else the article's."""
    days = [(t, REF_DAY.match(t.value)) for t in timexes if t.type in ("DATE", "TIME")]
    dated = [(t, m.group(0)) for t, m in days if m and not CLOCK_ONLY.fullmatch(t.text)]
    if not dated:
        return timexes
    out: list[Timex] = []
    for t in timexes:
        if t.type == "TIME" and CLOCK_ONLY.fullmatch(t.text) and t.value.startswith(_ymd(anchor)):
            span = doc.char_span(t.start, t.end, alignment_mode="expand")
            if span is not None:
                sent = span.sent
                near = [
                    (min(abs(o.start - t.end), abs(t.start - o.end)), day)
                    for o, day in dated
                    if sent.start_char <= o.start < sent.end_char
                ]
                if near:
                    day = min(near)[1]
                    t = Timex(t.text, t.start, t.end, t.type, day + t.value[10:])
        out.append(t)
    return out


ANAPHORIC = re.compile(
    r"(?:(?:earlier|later)\s+)?(?:that|the\s+same|that\s+same)\s+(?P<unit>day|month|year)"
    r"|the\s+(?P<unit3>day)"
    r"|the\s+(?P<dir>following|previous|next)\s+(?P<unit2>day|month|year|morning)",
    re.IGNORECASE,
)
PART_ONLY = re.compile(PART_OF_DAY, re.IGNORECASE)
REF_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)")
REF_MONTH = re.compile(r"^(\d{4})-(\d\d)(?!\d)")
REF_YEAR = re.compile(r"^(\d{4})(?![\dW])|^(\d{4})-(?:\d\d|Q\d|H\d|SP|SU|FA|WI)")


def _anaphoric(timexes: list[Timex]) -> list[Timex]:
    """Resolve "the day", "that year", "the same month", "the following year" against the
    last date of that granularity mentioned before them (the reference time of narrative
    news), rather than the article date; left alone when nothing was mentioned."""
    last: dict[str, str] = {}
    out: list[Timex] = []
    for t in timexes:
        m = ANAPHORIC.fullmatch(t.text)
        part = PART_ONLY.fullmatch(t.text)
        if part and t.type == "TIME" and "day" in last:
            t = Timex(t.text, t.start, t.end, t.type, f"{last['day']}{t.value[10:]}")
        elif m and t.type == "DATE":
            unit = (m.group("unit") or m.group("unit2") or m.group("unit3")).lower()
            unit = "day" if unit == "morning" else unit
            ref = last.get(unit)
            if ref is not None:
                sign = {"following": 1, "next": 1, "previous": -1}.get(
                    (m.group("dir") or "").lower(), 0
                )
                value = _shift_value(ref, unit, sign)
                if value is not None:
                    t = Timex(t.text, t.start, t.end, t.type, value)
        if t.type in ("DATE", "TIME"):
            day, month, year = REF_DAY.match(t.value), REF_MONTH.match(t.value), None
            ym = REF_YEAR.match(t.value)
            if ym:
                year = ym.group(1) or ym.group(2)
            if day:
                last["day"] = day.group(0)
            if month:
                last["month"] = month.group(0)
            if year:
                last["year"] = year
        out.append(t)
    return out


def _shift_value(ref: str, unit: str, sign: int) -> str | None:
    if unit == "day":
        try:
            return _ymd(dt.date.fromisoformat(ref) + dt.timedelta(days=sign))
        except ValueError:
            return None
    if unit == "month":
        y, mo = _add_months(int(ref[:4]), int(ref[5:7]), sign)
        return f"{y}-{mo:02d}"
    return str(int(ref) + sign)


YEAR_AGO = re.compile(r"(?:a\s+year\s+(?:ago|earlier)|year-(?:ago|earlier))", re.IGNORECASE)
LAST_YEAR = re.compile(r"last\s+year", re.IGNORECASE)
YEAR_PERIOD = re.compile(r"the\s+(\d{4})\s+(?:quarter|period)", re.IGNORECASE)
QUARTER_VALUE = re.compile(r"^(\d{4})-Q([1-4])$")
FINANCIAL = re.compile(
    r"[$%#]|\b(?:cents?|shares?|net|earn\w*|profits?|loss|revenues?|sales|income)\b", re.IGNORECASE
)
COMPARED = re.compile(
    r"\b(?:compared\s+with|compared\s+to|from|than|versus|vs\.)\s[^.;,]*$", re.IGNORECASE
)
LONGER_PERIOD = re.compile(
    r"\b(?:nine|six)\s+months|\bfirst\s+half|\b(?:this|the|fiscal|full)\s+year\b", re.IGNORECASE
)


def _previous_quarter(anchor: dt.date) -> tuple[int, int]:
    """The (year, quarter) before the article's: what a report without a named quarter is
    about."""
    y, mo = _add_months(anchor.year, anchor.month, -3)
    return y, _quarter(mo)


def _year_ago_quarters(timexes: list[Timex], doc: Doc, anchor: dt.date) -> list[Timex]:
    """In earnings reports "a year ago" / "year-earlier" compare quarters: in a sentence about
    a quarter, or a sentence of figures in a report about a quarter, it means the same quarter
    of the year before the last quarter mentioned; so does "last year" when the figures are
    compared with it ("compared with $33 million last year")."""
    last_quarter: tuple[int, int] | None = None
    seen_quarter = False
    out: list[Timex] = []
    for t in timexes:
        qm = QUARTER_VALUE.match(t.value)
        yp = YEAR_PERIOD.fullmatch(t.text)
        if yp:  # "the 1988 quarter": the quarter the report is about, in that year
            last_quarter = last_quarter or _previous_quarter(anchor)
            t = Timex(t.text, t.start, t.end, t.type, f"{yp.group(1)}-Q{last_quarter[1]}")
        elif qm:
            seen_quarter = True
            if "year" not in t.text.lower():
                last_quarter = int(qm.group(1)), int(qm.group(2))
        elif t.type == "DATE" and (YEAR_AGO.fullmatch(t.text) or LAST_YEAR.fullmatch(t.text)):
            span = doc.char_span(t.start, t.end, alignment_mode="expand")
            if span is None:
                out.append(t)
                continue
            sentence = span.sent.text.lower()
            before = doc.text[span.sent.start_char : t.start]
            about_quarter = "quarter" in sentence or (
                last_quarter is not None and "period" in sentence
            )
            figures = (
                seen_quarter
                and FINANCIAL.search(sentence) is not None
                and LONGER_PERIOD.search(sentence) is None
            )
            if LAST_YEAR.fullmatch(t.text):
                quarterly = (about_quarter or figures) and COMPARED.search(before) is not None
            else:
                quarterly = about_quarter or figures
            if quarterly:
                last_quarter = last_quarter or _previous_quarter(anchor)
                year, q = last_quarter
                t = Timex(t.text, t.start, t.end, t.type, f"{year - 1}-Q{q}")
        out.append(t)
    return out


SAME_PERIOD = re.compile(
    r"the\s+(?:(?:same|corresponding|comparable)\s+)?(?:period|quarter|month|week)", re.IGNORECASE
)
A_YEAR_BACK = re.compile(
    r"a\s+year\s+(?:ago|earlier|before)|last\s+year|the\s+(?:previous|prior)\s+year", re.IGNORECASE
)


def _a_year_before(timexes: list[Timex], text: str) -> list[Timex]:
    """ "the same month a year ago", "the corresponding period last year", "the quarter a year
    ago": one expression, the period a year before the one it names (when that period was
    resolved to a quarter for an earnings comparison, the year-ago quarter)."""
    out: list[Timex] = []
    for t in timexes:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.type == "DATE"
            and t.type == "DATE"
            and SAME_PERIOD.fullmatch(prev.text)
            and A_YEAR_BACK.fullmatch(t.text)
            and text[prev.end : t.start] == " "
        ):
            year = REF_YEAR.match(prev.value)
            if year is not None:
                value = t.value if QUARTER_VALUE.match(t.value) else _year_back(prev.value)
                out[-1] = Timex(text[prev.start : t.end], prev.start, t.end, "DATE", value)
                continue
        out.append(t)
    return out


def _year_back(value: str) -> str:
    day = REF_DAY.match(value)
    if day is not None and value[5:10] == "02-29":
        return f"{int(value[:4]) - 1}-02-28{value[10:]}"
    return f"{int(value[:4]) - 1}{value[4:]}"


#: What follows "the morning" when it is not a time of its own (checked on the document, so
#: spaCy's entity spans, which end at "morning", are caught too).
NOT_A_PART_OF_DAY = re.compile(
    r"[\s-]+(?:of|paper|papers|show|news|edition|session|rush|commute|star|after|before|prayers?"
    r"|sun|hours)\b",
    re.IGNORECASE,
)


def _plausible(c: Candidate, doc: Doc) -> bool:
    """Reject rule matches the parse contradicts: a bare year that spaCy reads as an amount,
    "May" and "March" used as verbs, "now" that is not temporal, "current" as a noun."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None:
        return True
    if c.rule != "holiday" and any(_capitalised_midsentence(t) for t in span):
        return False  # a title: ABC's "This Week", CBS's "60 Minutes", "High Noon"
    if (
        c.rule in ("duration", "hyphen_duration")
        and c.match is not None
        and not _duration_plausible(c, span)
    ):
        return False
    if c.rule == "year" and len(span) == 1:
        tok = span[0]
        if tok.dep_ == "nummod" and tok.head.tag_ == "NNS":
            return False  # "1990 workers", but "the 2008 Olympic Games"
        if tok.dep_ in ("nummod", "compound", "amod") and tok.head.tag_ in ("NN", "NNP"):
            return True  # "a 2024 interview", "the 1989 budget"
        return not (tok.ent_type_ in NUMERIC_LABELS or tok.ent_type_ in {"ORG", "PRODUCT"})
    if (
        c.rule == "season"
        and c.match is not None
        and not c.match.group("rel")
        and not c.match.group("year")
    ):
        before = doc.text[max(0, c.start - 12) : c.start].lower().split()
        return bool(before) and before[-1] in SEASON_CONTEXT
    if c.rule == "part_of_day" and NOT_A_PART_OF_DAY.match(doc.text, c.end):
        return False  # "the morning paper", "the morning of March 9" (that day's, not today's)
    if c.rule == "the_unit" and c.match is not None and not c.match.group("which"):
        return _the_unit_plausible(c, doc)
    if c.rule == "month" and len(span) == 1:
        if re.match(r"\s+(?:of|for)\s+[A-Z]", doc.text[c.end : c.end + 12]):
            return False  # "the annual March for Life", "the March of the Mothers"
        return span[0].pos_ in ("PROPN", "NOUN")
    if c.rule == "present" and span.text.lower() == "current":
        return span[0].pos_ == "ADJ" and span[0].dep_ == "amod"
    if c.rule == "past" and span.text.lower() == "recent":
        return span[0].dep_ == "amod"
    if c.rule == "future" and span.text.lower() == "future":
        return span[0].dep_ == "amod" or span[0].pos_ == "NOUN"
    return True


COMMON_TIME_WORDS = frozenset(
    [
        "second",
        "seconds",
        "minute",
        "minutes",
        "hour",
        "hours",
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
        "decade",
        "decades",
        "century",
        "centuries",
        "morning",
        "afternoon",
        "evening",
        "night",
        "noon",
        "midnight",
        "today",
        "tonight",
        "tomorrow",
        "yesterday",
        "now",
    ]
)
DAY_BEFORE = frozenset(
    [
        "end",
        "ended",
        "ending",
        "ends",
        "finish",
        "finished",
        "finishing",
        "close",
        "closed",
        "closing",
        "for",
        "in",
        "during",
    ]
)
DAY_AFTER = frozenset(["and", "or", "but", "as", "at", "with", "down", "up"])
YEAR_BEFORE = frozenset(["for", "in", "during", "through", "throughout"])
PERIOD_WORDS = frozenset(
    ["months", "weeks", "days", "quarter", "quarters", "half", "rest", "remainder"]
)


def _capitalised_midsentence(token: Token) -> bool:
    """A common time word ("week", "noon", "today") capitalised after the first word of its
    sentence, as in a name or title."""
    if not (token.is_title and token.lower_ in COMMON_TIME_WORDS):
        return False
    if token.i == 0 or token.is_sent_start:
        return False
    previous = token.doc[token.i - 1]
    if previous.is_quote or previous.is_space or previous.text in (".", ":", "--"):
        return False
    words = [t for t in token.sent if t.is_alpha]
    capitals = sum(1 for t in words if t.is_title or t.is_upper)
    return len(words) < 4 or capitals < 0.75 * len(words)  # not a Title Case headline


def _the_unit_plausible(c: Candidate, doc: Doc) -> bool:
    """A bare "the day" / "the year" is a time expression after words that frame a period:
    "ended the day", "later in the day", "for the year", "the first nine months of the year",
    or before "ended"/"ending" ("the year ended March 31"); not in "the day he left"."""
    before = doc.text[max(0, c.start - 40) : c.start].lower().split()
    after = re.findall(r"[a-z]+", doc.text[c.end : c.end + 12].lower())
    assert c.match is not None
    if c.match.group("unit").lower() == "day":
        return (
            bool(before)
            and before[-1] in DAY_BEFORE
            and not (
                after
                and after[0].isalpha()
                and after[0] not in ("and", "or", "but", "as", "at", "with", "down", "up")
            )
        )
    if after and after[0] in ("ended", "ending"):
        return True
    if not before:
        return False
    if before[-1] in YEAR_BEFORE:
        return True
    return before[-1] == "of" and len(before) > 1 and before[-2] in PERIOD_WORDS


def _duration_plausible(c: Candidate, span: Span) -> bool:
    """Not a fraction ("about three-quarters") nor an ordinal ("a second group")."""
    assert c.match is not None
    unit = c.match.group("unit").lower()
    if unit == "second" and span.end < len(span.doc):
        after = span.doc[span.end]
        if after.pos_ in ("NOUN", "ADJ", "PROPN") or after.lower_ in ("time", "round"):
            return False
    return not (unit.startswith("quarter") and re.search(r"\w-quarters?$", c.match.group(0)))


def tense_of(span: Span) -> Tense | None:
    """The tense of the verb governing ``span``: future for will/shall/'ll, "going to" and
    to-infinitives, past for past tense and perfects, present otherwise; ``None`` without a
    governing verb."""
    if span.root.dep_ == "poss":
        return None  # "Wednesday's ruling": the tense of the sentence is not the ruling's
    verb = _governing_verb(span.root)
    if verb is None:
        return None
    return verb_tense(verb)


def _governing_verb(token: Token) -> Token | None:
    current = token
    for _ in range(6):
        if current.pos_ in ("VERB", "AUX") and current.i != token.i:
            return current
        if current.head.i == current.i:
            return current if current.pos_ in ("VERB", "AUX") else None
        current = current.head
    return None


def _pluperfect(word: Token) -> bool:
    """``word`` (or the verb its adjective complements: "had been due") is in the past
    perfect, which looks back from a past moment."""
    if word.dep_ == "acomp":
        word = word.head
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in word.children)


def _looks_back(span: Span | None) -> bool:
    """``span`` hangs on a past perfect ("Until Thursday, they had not called him")."""
    verb = _governing_verb(span.root) if span is not None else None
    return verb is not None and _pluperfect(verb)


def _scheduling(verb: Token) -> bool:
    """A verb that puts something on the calendar ("planned a rally on Saturday", "a summit
    set for April"): what it schedules lies ahead of the scheduling, whatever its tense."""
    if verb.lemma_ in SCHEDULED:
        return verb.tag_ == "VBN" or any(c.dep_ == "dobj" for c in verb.children)
    return verb.lemma_ == "set" and any(
        c.dep_ == "prep" and c.lower_ == "for" for c in verb.children
    )


def verb_tense(verb: Token, depth: int = 0) -> Tense | None:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & FUTURE_AUX:
        return "future"
    if "going" in words or any(a.lower_ == "to" and a.tag_ == "TO" for a in auxes):
        head = verb.head
        if head.lemma_ in ("go",) and head.tag_ == "VBG":
            return "future"
        if _pluperfect(head):
            return "past"  # "had been scheduled to expire Friday": the plan is behind us
        if head.lemma_ in FUTURE_HEADS or (head.lemma_ == "be" and head.tag_ in ("VBZ", "VBP")):
            return "future"  # "planned to leave Thursday", "is to resume Tuesday"
        if head.pos_ not in ("VERB", "AUX"):
            return "future"  # "an agreement to acquire it in January"
        if head.tag_ == "VBD" or any(c.tag_ == "VBD" for c in head.children if c.dep_ == "aux"):
            return "past"
        return None
    if (
        verb.tag_ == "VBG"
        and not auxes
        and depth < 3
        and verb.head.i != verb.i
        and verb.head.pos_ in ("VERB", "AUX")
    ):
        return verb_tense(verb.head, depth + 1)  # a participle clause: "began raising it in July"
    if verb.tag_ == "VBN" and not auxes and verb.lemma_ in SCHEDULED:
        return "future"  # "a summit scheduled for April"
    if _scheduling(verb) and not words & {"had", "'d"}:
        return "future"  # "has scheduled a news conference Thursday", "was planned for March"
    if words & {"would", "could", "might", "should", "may", "can", "must"}:
        if words & {"have"}:
            return "past"
        return "future" if words & {"may", "can", "must", "should", "would"} else None
    if verb.tag_ in ("VBD",) or words & PAST_AUX:
        return "past"
    if verb.tag_ == "VBN":
        if words & {"was", "were"}:
            return "past"
        if words & {"is", "are", "be"}:
            return "present"
        return "past"
    if verb.tag_ in ("VBZ", "VBP") or words & {"is", "are", "am"}:
        return "present"
    if words & {"was", "were"}:
        return "past"
    return None
