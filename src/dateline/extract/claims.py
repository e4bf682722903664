"""Numeric claims: every number with a unit or a counted noun (see docs/extract-contract.md).

The stage is a cascade of small rules over one parsed ``Doc``:

1. **Find number phrases lexically** (:func:`parse_number`, no model needed): digits with
   separators and decimals ("880,000", "3.44"), attached scales and signs ("$5bn", "~300"),
   number words ("twenty-five", "a dozen", "two hundred and fifty"), scale words
   ("1.2 million"), vague magnitudes ("tens of thousands", "hundreds" -> the magnitude, marked
   approximate), "half a ..." and ranges ("3-5", "3 to 5 million", "between three and seven":
   the lower value, marked approximate).
2. **Drop numbers that are not claims**: numbers inside a time expression (the ``timexes`` of the
   temporal stage and spaCy's DATE/TIME entities: "Sept. 3", "2016", "within two years"),
   numbers counting time units ("a 30-year-old", "three months": durations are time), ordinals
   and decades ("3rd", "1990s"), numbers inside names ("Boeing 747", "Chapter 11",
   "10 Downing Street": a number right after a capitalised word, or counting a proper noun), and
   bare numbers with no unit or counted noun ("rose to 9,000").  "one" counts only as a numeral
   modifying a noun that is not an idiom ("one person", not "one thing", "one of them").
3. **Find the unit**: percent ("24%", "24 percent", "per cent" -> ``"percent"``; "percentage
   points"), money (a currency symbol or code before the number, a currency word after it:
   ``"USD"``, ``"GBP"``, ``"EUR"`` ...), otherwise the counted noun as written ("troops"), found
   as the nearest noun after the number across adjectives and compounds ("600,000 Russian
   soldiers", "13,000 production jobs"), a unit of measure even before a noun ("a 30GB
   edition"), inches written as a double prime ('a 13.3" display'), a level ("the 5,000
   mark"), a hyphenated unit ("a 5-mile race") or an "of" phrase after a vague number ("tens
   of thousands of people"). A bare number borrows the unit of the number it is coordinated or
   listed with, and an index level that of the change in points before it ("lost 30 points,
   or 4%, closing at 682.60").
4. **Qualify it**: ``approximate`` from hedges before it ("roughly", "more than", "up to", "~"
   ...), after it ("or so", "or more") or from the number itself (vague or a range); ``about``
   from an entity modifying the counted noun ("Russian soldiers" -> Russia) or else the subject
   of the governing verb ("Ukraine fields 880,000 troops" -> Ukraine); ``source`` from the quote
   whose content contains the number, or "according to X" in the sentence; ``as_of`` from a dated
   timex attached to the same verb, else the article date.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from dateline.extract.lexicon import SPEAKER_LABELS
from dateline.model import Claim, Entity, Quote, Timex

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["find_claims", "parse_number", "normalize_unit", "NumberMatch"]

# --------------------------------------------------------------------------------------------
# Lexicon
# --------------------------------------------------------------------------------------------

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "dozen": 12,
}  # fmt: skip
# Abbreviated scales, as separate words ("5 bn") or glued to digits ("5bn", "3.5m", "10k").
_SCALE_ABBR = {
    "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "mil": 1_000_000,
    "b": 1_000_000_000, "bn": 1_000_000_000, "bln": 1_000_000_000, "tn": 1_000_000_000_000,
    "trn": 1_000_000_000_000, "million": 1_000_000, "billion": 1_000_000_000,
}  # fmt: skip
# Vague plurals: the value is the magnitude and the claim is approximate.
_VAGUE = {
    "tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1_000,
    "millions": 1_000_000, "billions": 1_000_000_000, "trillions": 1_000_000_000_000,
}  # fmt: skip
_FRACTIONS = {"half": 0.5, "quarter": 0.25, "third": 1 / 3}

_DIGITS = re.compile(
    r"^(?P<sign>[-+\u2212])?(?P<tilde>[~\u2248])?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
    r"(?P<suffix>[A-Za-z%]+)?$"
)
_ORDINAL_SUFFIXES = {"st", "nd", "rd", "th", "s"}  # "3rd", "1990s"

CURRENCY_SYMBOLS = {
    "$": "USD", "us$": "USD", "usd": "USD", "£": "GBP", "gbp": "GBP", "€": "EUR",
    "eur": "EUR", "¥": "JPY", "jpy": "JPY", "a$": "AUD", "au$": "AUD", "aud": "AUD",
    "c$": "CAD", "ca$": "CAD", "cad": "CAD", "nz$": "NZD", "nzd": "NZD", "hk$": "HKD",
    "hkd": "HKD", "s$": "SGD", "sgd": "SGD", "chf": "CHF", "cny": "CNY", "rmb": "CNY",
    "inr": "INR", "rs": "INR", "rs.": "INR", "₹": "INR", "₽": "RUB", "rub": "RUB",
    "₩": "KRW", "krw": "KRW",
}  # fmt: skip
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP",
    "pounds": "GBP", "sterling": "GBP", "yuan": "CNY", "renminbi": "CNY", "yen": "JPY",
    "rupee": "INR", "rupees": "INR", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB",
    "rubles": "RUB", "won": "KRW", "franc": "CHF", "francs": "CHF",
    "hryvnia": "UAH", "hryvnias": "UAH", "zloty": "PLN", "zlotys": "PLN",
    "dlr": "USD", "dlrs": "USD", "stg": "GBP",  # as wires write them: "50 mln dlrs"
}  # fmt: skip
_CURRENCY_CODES = frozenset(CURRENCY_WORDS.values())
# "Australian dollars", "US dollars": the word before a "dollar" names the currency.
_DOLLAR_QUALIFIERS = {
    "us": "USD", "u.s.": "USD", "american": "USD", "australian": "AUD", "canadian": "CAD",
    "hong": "HKD", "new": "NZD", "singapore": "SGD", "taiwan": "TWD",
}  # fmt: skip
_PERCENT_WORDS = {"%", "percent", "pct", "pct.", "per cent", "percentage"}

# Hedges before a number; the longest match wins. Multi-word hedges are tuples of lowercase words.
_HEDGES_BEFORE: tuple[tuple[str, ...], ...] = tuple(
    sorted(
        (
            tuple(h.split())
            for h in (
                "roughly", "about", "around", "nearly", "almost", "some", "approximately",
                "approx.", "approx", "circa", "ca.", "~", "≈", "estimated", "an estimated",
                "over", "under", "below", "above", "upwards of", "up to", "at least",
                "at most", "more than", "less than", "fewer than", "close to", "as many as",
                "as much as", "as few as", "as little as", "in excess of", "just over",
                "just under", "well over", "nearly half", "some estimated", "almost all",
                "an average of", "on average", "or so", "maybe", "perhaps", "possibly",
                "reportedly", "about half",
            )
        ),
        key=len,
        reverse=True,
    )
)  # fmt: skip
_HEDGES_AFTER = (("or", "so"), ("or", "more"), ("or", "less"), ("plus",), ("+",), ("-plus",))

_TIME_UNITS = {
    "year", "years", "yr", "yrs", "month", "months", "week", "weeks", "day", "days", "hour",
    "hours", "minute", "minutes", "min", "mins", "second", "seconds", "decade", "decades",
    "century", "centuries", "quarter", "quarters", "night", "nights", "weekend", "weekends",
    "am", "a.m.", "pm", "p.m.", "o'clock", "year-old", "years-old", "millennium",
}  # fmt: skip
# Nouns after "one" that make it an idiom rather than a count ("this can only mean one thing").
_ONE_IDIOMS = {
    "thing", "way", "another", "other", "point", "side", "hand", "time", "day", "reason",
    "question", "issue", "moment", "step", "example", "sense", "kind", "sort", "piece",
    "part", "place", "word", "end", "more", "last", "only", "option", "problem", "goal",
}  # fmt: skip
# Units of measure: taken as the unit even before a noun ("2 GHz models") and allowed glued to
# the digits ("60GB", "300km"); other glued letters make a designation ("3G", "150px", "300E").
_MEASURE_UNITS = {
    "km", "kilometre", "kilometres", "kilometer", "kilometers", "m", "metre", "metres",
    "meter", "meters", "cm", "mm", "mile", "miles", "mi", "ft", "foot", "feet", "inch",
    "inches", "yard", "yards", "kg", "kilogram", "kilograms", "g", "gram", "grams", "lb",
    "lbs", "pound", "pounds", "ounce", "ounces", "oz", "t", "tonne", "tonnes", "ton", "tons",
    "l", "litre", "litres", "liter", "liters", "gallon", "gallons", "barrel", "barrels",
    "bpd", "hectare", "hectares", "ha", "acre", "acres", "sq", "kb", "mb", "gb", "tb", "pb",
    "kbps", "mbps", "gbps", "hz", "khz", "mhz", "ghz", "w", "kw", "mw", "gw", "kwh", "mwh",
    "gwh", "twh", "v", "kv", "mph", "km/h", "kph", "knots", "mpg", "°c", "°f", "c", "f",
    "degrees", "points", "point", "bps", "basis", "calories", "mt", "mtpa", "bcm", "magnitude",
}  # fmt: skip
# Nouns that count in the singular form ("60 aircraft", "500 staff").
_INVARIANT_PLURALS = {
    "aircraft", "people", "personnel", "staff", "police", "cattle", "sheep", "fish", "deer",
    "offspring", "series", "species", "crew", "livestock", "spacecraft", "head", "troops",
    "military", "infantry", "artillery", "cavalry", "workforce", "percent", "cent",
}  # fmt: skip
# Singular nouns a number marks a level of ("the 5,000 mark", "the 9,000 level").
_LEVEL_NOUNS = {"mark", "level", "threshold", "barrier"}
_NAME_ENT_LABELS = {"PERSON", "ORG", "FAC", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT", "GPE"}
_TIME_ENT_LABELS = {"DATE", "TIME"}
_DATED_VALUE = re.compile(r"^\d{4}(?:-(?:\d{2}(?:-\d{2})?|W\d{2}|Q[1-4]|H[12]|SU|SP|FA|WI))?$")


#: Scale abbreviations that follow a spelled number too ("six mln units"); not "m" or "b".
_WIRE_SCALES = frozenset({"mln", "mn", "bln", "bn", "tn"})
_NUMBER_WORDS = {*_UNITS, *_TENS, *_SCALES, *_VAGUE, "a", "an", "and", "of", "half"}
_HEDGE_WORDS = {w for hedge in _HEDGES_BEFORE for w in hedge} | {"between", "to"}


@dataclass(frozen=True, slots=True)
class NumberMatch:
    """A number phrase found in a list of words: words ``[start, end)`` mean ``value``."""

    start: int
    end: int
    value: float | int
    approximate: bool
    currency: str | None = None
    percent: bool = False
    unit: str | None = None  # a unit glued to the digits ("60GB", "300km")


def _tidy(value: float) -> float | int:
    """An int when whole (880000, 1200000), else a float rounded past float noise."""
    if abs(value - round(value)) < 1e-9 * max(1.0, abs(value)):
        return int(round(value))
    return round(value, 10)


# --------------------------------------------------------------------------------------------
# Lexical number parsing (model free)
# --------------------------------------------------------------------------------------------


def _core_at(
    words: Sequence[str], i: int, money: bool = False
) -> tuple[int, float, bool, str | None, bool] | None:
    """The number core starting at ``words[i]``: (end, value, vague, glued unit, percent).

    ``money``: a currency symbol came first, so a lone "m", "b" or "k" is a scale ("€3.5 m").
    """
    n = len(words)
    low = words[i].lower()
    m = _DIGITS.match(words[i])
    if m:
        suffix = m.group("suffix") or ""
        if suffix.lower() in _ORDINAL_SUFFIXES:
            return None
        value = float(m.group("num").replace(",", ""))
        if m.group("sign") in ("-", "\u2212"):
            value = -value
        glued: str | None = None
        percent = False
        if suffix == "%":
            percent = True
        elif suffix.lower() in _SCALE_ABBR:
            value *= _SCALE_ABBR[suffix.lower()]
        elif len(suffix) > 1 and suffix.lower() in _MEASURE_UNITS:
            glued = suffix
        elif suffix:
            return None  # a designation: "3G", "150px", "A380" (letters first never match)
        j = i + 1
        # scale words: "1.2 million", "5 bn", "4 thousand"
        while j < n and not glued and not percent:
            w = words[j].lower()
            if w in _SCALES and w != "dozen":
                value *= _SCALES[w]
            elif w in _SCALE_ABBR and (w not in ("m", "b", "k", "mil") or money):
                value *= _SCALE_ABBR[w]
            else:
                break
            j += 1
        return j, value, bool(m.group("tilde")), glued, percent
    # vague magnitudes: "tens of thousands", "hundreds", "dozens of"
    if low in _VAGUE:
        value = float(_VAGUE[low])
        j = i + 1
        while j + 1 < n and words[j].lower() == "of" and words[j + 1].lower() in _VAGUE:
            value *= _VAGUE[words[j + 1].lower()]
            j += 2
        if low == "tens" and j == i + 1:
            return None  # "tens" alone is not a number
        return j, value, True, None, False
    # "half a million", "a third", "half a percent"
    if low in ("half", "a", "an", "one") and i + 1 < n:
        frac_i = i if low == "half" else i + 1
        frac = words[frac_i].lower()
        if frac in _FRACTIONS and frac_i + 2 < n and words[frac_i + 1].lower() in ("a", "an"):
            nxt = words[frac_i + 2].lower()
            if nxt in _SCALES and nxt != "hundred":
                return frac_i + 3, _FRACTIONS[frac] * _SCALES[nxt], False, None, False
            if nxt in ("percent", "%"):
                return frac_i + 2, _FRACTIONS[frac], False, None, False
    # number words: "twenty-five", "two hundred and fifty", "a dozen", "four thousand"
    total = 0.0
    current = 0.0
    j = i
    seen = False
    if low in ("a", "an") and i + 1 < n and words[i + 1].lower() in _SCALES:
        current = 1.0
        j = i + 1
        seen = True
    while j < n:
        w = words[j].lower()
        if w in _UNITS:
            if seen and current % 10 != 0 and current < 100:
                break  # "three four" is two numbers
            current += _UNITS[w]
        elif w in _TENS:
            if seen and current % 100 != 0:
                break
            current += _TENS[w]
        elif (w in _SCALES or w in _WIRE_SCALES) and seen:
            scale = _SCALES.get(w) or _SCALE_ABBR[w]  # "one mln dlrs" as a wire writes it
            if scale == 100 or scale == 12:
                current = (current or 1) * scale
            else:
                total += (current or 1) * scale
                current = 0
        elif w in ("-", "and") and seen and j + 1 < n:
            nxt = words[j + 1].lower()
            if not (nxt in _UNITS or (w == "and" and nxt in _TENS)):
                break
            if w == "and" and not (current >= 100 or total):
                break  # "three and seven" is a range, not 10
        else:
            break
        seen = True
        j += 1
    if not seen:
        return None
    return j, total + current, False, None, False


def _scale_of(words: Sequence[str], start: int, end: int) -> float:
    """The multiplier of the trailing scale words of a number core ("5 billion" -> 1e9)."""
    scale = 1.0
    k = end - 1
    while k > start and words[k].lower() in {**_SCALES, **_SCALE_ABBR}:
        scale *= {**_SCALES, **_SCALE_ABBR}[words[k].lower()]
        k -= 1
    return scale


def parse_number(words: Sequence[str], i: int = 0) -> NumberMatch | None:
    """Parse the number phrase that starts at ``words[i]`` (token texts), or None.

    A currency symbol or code may come first ("$", "US$", "EUR"); a range continues the match
    ("3-5", "3 to 5 million", "between three and seven" when ``words[i-1]`` is "between") and
    gives its lower value, marked approximate. Hedge words are not part of the match.

    >>> parse_number(["880,000", "troops"]).value
    880000
    >>> parse_number(["$", "5bn"]).currency
    'USD'
    """
    n = len(words)
    if i >= n:
        return None
    currency: str | None = None
    j = i
    sym = words[i].lower()
    if sym in CURRENCY_SYMBOLS and i + 1 < n:
        currency = CURRENCY_SYMBOLS[sym]
        j = i + 1
    elif len(sym) > 1 and sym[-1] == "$" and sym[:-1].isalpha() and i + 1 < n:
        currency = sym[:-1].upper() + "D"  # "SG$", "NT$": best effort
        j = i + 1
    core = _core_at(words, j, money=currency is not None)
    if core is None:
        return None
    end, value, approximate, glued, percent = core
    # a range: "3-5", "3 to 5", "$5-$7", "between three and seven"
    if end < n and not glued:
        conn = words[end].lower()
        between = i > 0 and words[i - 1].lower() == "between"
        from_to = i > 0 and words[i - 1].lower() == "from"
        is_conn = conn in ("-", "–", "—") or (conn == "to" and not from_to)
        is_conn = is_conn or (conn == "and" and between)
        if is_conn and end + 1 < n:
            k = end + 1
            if words[k].lower() in CURRENCY_SYMBOLS:
                k += 1
            second = _core_at(words, k, money=currency is not None) if k < n else None
            if second is not None and (second[1] >= value or second[1] > 0):
                s_end, s_value, _, s_glued, s_percent = second
                first_scale = _scale_of(words, j, end)
                second_scale = _scale_of(words, k, s_end)
                if first_scale == 1.0 and second_scale > 1.0:
                    value *= second_scale
                end, approximate, glued = s_end, True, s_glued
                percent = percent or s_percent
    return NumberMatch(i, end, _tidy(value), approximate, currency, percent, glued)


def normalize_unit(words: Sequence[str]) -> str | None:
    """The claim unit for a unit written as ``words``: percent, a currency code, or as written.

    >>> normalize_unit(["%"]), normalize_unit(["US", "dollars"]), normalize_unit(["troops"])
    ('percent', 'USD', 'troops')
    """
    if not words:
        return None
    low = [w.lower() for w in words]
    joined = " ".join(low)
    if joined in ("%", "percent", "pct", "pct.", "per cent", "percentage", "per-cent"):
        return "percent"
    if low[0] == "percentage" or joined.startswith("percentage point"):
        return "percentage points"
    if low[-1] in ("dollar", "dollars") and len(low) > 1 and low[-2] in _DOLLAR_QUALIFIERS:
        return _DOLLAR_QUALIFIERS[low[-2]]
    if low[-1] in CURRENCY_WORDS:
        return CURRENCY_WORDS[low[-1]]
    if joined in CURRENCY_SYMBOLS:
        return CURRENCY_SYMBOLS[joined]
    return " ".join(words)


# --------------------------------------------------------------------------------------------
# Doc rules
# --------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    """Demonym -> country from the package's curated place data ("Russian" -> "Russia")."""
    try:
        data = json.loads(resources.files("dateline").joinpath("data/places.json").read_text())
    except (OSError, ValueError):
        return {}
    table = data.get("demonyms", {})
    return {str(k): str(v) for k, v in table.items()} if isinstance(table, dict) else {}


_YEAR = re.compile(r"^'?\d{2}$|^(1[5-9]|20)\d{2}s?$")


def _looks_like_time(ent: Span) -> bool:
    """Whether a spaCy DATE/TIME entity has something of time in it: a word that is not a
    number or hedge (a month, "years", "ago", ...) or a year-like number. spaCy's small model
    also labels plain counts ("between 3 and 5 villages") as DATE."""
    for t in ent:
        if t.like_num:
            if _YEAR.match(t.text) or ":" in t.text:
                return True
            continue
        if t.is_alpha and t.lower_ not in _NUMBER_WORDS and t.lower_ not in _HEDGE_WORDS:
            return True
        if not t.is_alpha and not t.is_punct:
            return True
    return False


class _Context:
    """Per-article lookups: which characters are time, which entity covers an offset."""

    def __init__(
        self,
        doc: Doc,
        anchor: dt.date,
        entities: Sequence[Entity],
        quotes: Sequence[Quote],
        timexes: Sequence[Timex],
    ) -> None:
        self.doc = doc
        self.anchor = anchor
        self.entities = entities
        self.quotes = quotes
        self.timexes = timexes
        self.time_spans = [(t.start, t.end) for t in timexes]
        self.time_spans += [
            (e.start_char, e.end_char)
            for e in doc.ents
            if e.label_ in _TIME_ENT_LABELS and _looks_like_time(e)
        ]

        # numbers written right after a name are designations throughout the article
        # ("Boeing 777" makes "777 planes" a model, not a count)
        self.designations: set[float | int] = set()
        for t in doc:
            if t.i > 0 and t.like_num and _DIGITS.match(t.text) and doc[t.i - 1].pos_ == "PROPN":
                prev = doc[t.i - 1]
                if any(ch.isupper() for ch in prev.text) and prev.ent_type_ not in ("GPE", "NORP"):
                    value = parse_number([t.text])
                    if value is not None and not t.is_sent_start:
                        self.designations.add(value.value)

    def is_time(self, token: Token) -> bool:
        s, e = token.idx, token.idx + len(token.text)
        return any(a < e and s < b for a, b in self.time_spans)

    def is_person(self, token: Token) -> bool:
        """Whether ``token`` names a person: spaCy says so, or it is a mention of a person
        entity ("Papermaster" after "Mark Papermaster")."""
        if token.ent_type_ == "PERSON":
            return True
        start, end = token.idx, token.idx + len(token.text)
        return any(
            ent.type == "PERSON" and any(m.start < end and start < m.end for m in ent.mentions)
            for ent in self.entities
        )

    def entity_name(self, start: int, end: int) -> str | None:
        """The canonical name of the entity with a mention over ``[start, end)``; else a name
        from spaCy's entities (demonyms mapped to their country); else None."""
        best: tuple[int, str] | None = None
        for ent in self.entities:
            for m in ent.mentions:
                overlap = min(end, m.end) - max(start, m.start)
                if overlap > 0 and (best is None or overlap > best[0]):
                    best = (overlap, ent.name)
        if best is not None:
            return best[1]
        for ent_span in self.doc.ents:
            if ent_span.start_char < end and start < ent_span.end_char:
                if ent_span.label_ == "NORP" or ent_span.text in _demonyms():
                    place = _demonyms().get(ent_span.text)
                    return self._canonical(place) if place else None
                if ent_span.label_ in ("GPE", "ORG", "PERSON", "LOC"):
                    return self._canonical(ent_span.text)
        span = self.doc.char_span(start, end, alignment_mode="expand")
        place = _demonyms().get(span.text) if span is not None else None
        return self._canonical(place) if place else None

    def _canonical(self, name: str) -> str:
        for ent in self.entities:
            if ent.name == name or any(m.text == name for m in ent.mentions):
                return ent.name
        return name


def find_claims(
    doc: Doc,
    anchor: dt.date,
    entities: Sequence[Entity],
    quotes: Sequence[Quote],
    timexes: Sequence[Timex],
) -> list[Claim]:
    """Every number with a unit or counted noun in ``doc``, in text order (module docstring)."""
    ctx = _Context(doc, anchor, entities, quotes, timexes)
    claims: list[Claim] = []
    for sent in doc.sents:
        claims.extend(_sentence_claims(sent, ctx))
    return claims


def _sentence_claims(sent: Span, ctx: _Context) -> list[Claim]:
    """Claims of one sentence. A bare number borrows the unit of a number it is coordinated
    with ("102 and 21 people", "1.83 and 2 GHz models") or, in a list, of the claim before it
    ("4,300 jobs in France, 3,700 in Germany"; "fell 251.4 points to 7,114.3")."""
    words = [t.text for t in sent]
    found: list[tuple[NumberMatch, str | None, int]] = []
    i = 0
    while i < len(words):
        match = parse_number(words, i)
        if match is None:
            i += 1
            continue
        if _is_claim_number(sent, words, match, ctx):
            unit, unit_end = _unit(sent, words, match, ctx)
            found.append((match, unit, unit_end))
        i = max(match.end, i + 1)
    out: list[Claim] = []
    for n, (match, unit, unit_end) in enumerate(found):
        if unit is None:
            unit = _borrowed_unit(sent, words, found, n) or _index_points(sent, match)
            found[n] = (match, unit, match.end)
        if unit is None or not _keeps_unit(sent, words, match, unit, unit_end):
            continue
        out.append(_build_claim(sent, words, match, unit, unit_end, ctx))
    return out


#: A stock index as the subject of a move ("The Dow fell 344.65", "the Nikkei closed at 7,162.90").
_INDEX = re.compile(
    r"\b(?:Dow|Nasdaq|S&P|Nikkei|FTSE|DAX|CAC|Hang Seng|Kospi|Sensex|TSX|index|indexes|indices"
    r"|average|INDU)\b"
)
_NOT_A_STOCK_INDEX = re.compile(r"\b(?:heat|price|prices|confidence|sentiment)\b", re.IGNORECASE)
#: Verbs that move an index or leave it at a level.
_INDEX_VERBS = frozenset(
    {"fall", "rise", "drop", "climb", "gain", "lose", "close", "end", "finish", "open", "trade"}
    | {"jump", "slip", "slide", "tumble", "plunge", "surge", "soar", "sink", "dip", "rally"}
    | {"advance", "decline", "add", "shed", "hover", "stand", "reach", "hit", "go", "recover"}
)


def _index_points(sent: Span, match: NumberMatch) -> str | None:
    """A bare number moved or reached by a stock index is in points: "the Dow fell 344.65",
    "closing at 8,579.19", "has not closed above 8,000"."""
    number = sent[match.end - 1]
    verb = number.head
    if number.dep_ == "pobj":
        while verb.dep_ == "prep" and verb.head != verb:  # "fell to below 9,000"
            verb = verb.head
    elif number.dep_ not in ("dobj", "npadvmod", "attr"):
        return None
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _INDEX_VERBS:
        return None
    subject = _subject(verb)
    if subject is None:
        return None
    phrase = sent.doc[subject.left_edge.i : subject.right_edge.i + 1].text
    if _NOT_A_STOCK_INDEX.search(phrase):
        return None  # "the heat index reached 109", "the consumer price index rose 0.3"
    return "points" if _INDEX.search(phrase) else None


def _borrowed_unit(
    sent: Span, words: list[str], found: list[tuple[NumberMatch, str | None, int]], n: int
) -> str | None:
    match = found[n][0]
    low = [w.lower() for w in words]
    if low[match.start : match.end] == ["one"] and low[match.end : match.end + 1] == ["of"]:
        return None  # "a chain of 324 stores, was one of the key parts": no count
    if n + 1 < len(found):  # "102 and 21 people", "500 or 1,000 songs"
        nxt, unit, _ = found[n + 1]
        between = low[match.end : nxt.start]
        if unit and between in (["and"], ["or"], ["to"], [","], ["-"], ["and", "about"]):
            return unit
    if n > 0:  # "4,300 jobs in France, 3,700 in Germany"
        prev, unit, prev_end = found[n - 1]
        after = low[match.end] if match.end < len(low) else "."
        head = sent[match.end - 1]
        parallel = after in (",", ".", ";", "and", "in", "at", "for", "from", "of", ")")
        level = head.dep_ == "pobj" and head.head.lower_ in ("to", "at", "of", "below", "above")
        if level and unit in ("percent", "percentage points"):
            # "fell 678 points or 7.3% to 8,579": the level is in the points, not the percent
            earlier = [f for f in found[: n - 1] if f[1] and f[1] == "points" and f[2]]
            if earlier:
                prev, unit, prev_end = earlier[-1]
        if not unit or unit in ("percent", "percentage points", "years old") or not prev_end:
            return None  # an age is one person's: "Scott, 43, a father of seven"
        if match.start - prev_end > 12:
            return None
        if parallel or level:
            return unit
    return None


def _is_claim_number(sent: Span, words: list[str], match: NumberMatch, ctx: _Context) -> bool:
    """Not time, not an ordinal or rank, not part of a name."""
    num_tokens = [sent[k] for k in range(match.start, match.end)]
    if any(ctx.is_time(t) for t in num_tokens) and _age_end(sent, words, match, ctx) is None:
        return False
    if any(t.ent_type_ == "ORDINAL" for t in num_tokens):
        return False
    before = [w.lower() for w in words[max(0, match.start - 2) : match.start]]
    if before[-1:] in (["no."], ["#"], ["number"]) or before == ["no", "."]:
        return False  # a rank: "the No. 1 seller"
    after = [w.lower() for w in words[match.end : match.end + 2]]
    if after == ["-", "for"] or before == ["for", "-"]:
        return False  # a ratio: "a three-for-one split"
    if match.value in ctx.designations and not match.currency:
        return False  # "777" in a text about the Boeing 777
    return not _in_name(sent, match, num_tokens)


def _keeps_unit(sent: Span, words: list[str], match: NumberMatch, unit: str, end: int) -> bool:
    """Drop durations ("three months"), idioms ("one thing") and designations ("737 jet")."""
    low = unit.lower()
    if low in _TIME_UNITS or low.rstrip("s") in _TIME_UNITS:
        return False
    lone_one = words[match.start].lower() == "one" and match.end == match.start + 1
    if lone_one and low in _ONE_IDIOMS:
        return False
    last = sent[end - 1]
    if (
        end > match.end
        and last.tag_ == "NN"
        and isinstance(match.value, int)
        and match.value > 1
        and not match.approximate
        and low not in _INVARIANT_PLURALS
        and low not in _MEASURE_UNITS
        and low not in _LEVEL_NOUNS
        and not match.currency
        and unit not in _CURRENCY_CODES  # "50 mln dlrs", whatever the tagger calls "dlrs"
        and not (words[match.end] == "-" and (end - match.end == 2 or low == "percentage points"))
    ):
        return False  # "the 737 jet", "iPhone 4 antenna": a count needs a plural noun
    # "the 737 Max" is a name; "a 30 GB edition" is a size, whatever the tagger calls "GB"
    return not (
        end > match.end
        and last.tag_ == "NNP"
        and last.text[:1].isupper()
        and low not in _MEASURE_UNITS
        and not _DESIGNATION_PLURAL.match(last.text)  # "six more A350s" counts planes
    )


def _build_claim(
    sent: Span, words: list[str], match: NumberMatch, unit: str, unit_end: int, ctx: _Context
) -> Claim:
    doc = ctx.doc
    start = sent[match.start].idx
    last = sent[max(unit_end, match.end) - 1]
    end = last.idx + len(last.text)
    approximate = match.approximate or _hedged(words, match, max(unit_end, match.end))
    head = _unit_head(sent, match, max(unit_end, match.end))
    return Claim(
        value=match.value,
        unit=unit,
        approximate=approximate,
        about=_about(sent, match, head, ctx),
        source=_source(sent, start, end, ctx),
        as_of=_as_of(sent, head, ctx),
        text=doc.text[start:end],
        start=start,
        end=end,
    )


def _in_name(sent: Span, match: NumberMatch, num_tokens: list[Token]) -> bool:
    """A number inside a name, title or address ("Boeing 747", "Chapter 11", "Route 66")."""
    if match.currency:
        return False
    for t in num_tokens:
        if t.ent_type_ in _NAME_ENT_LABELS and t.ent_type_ != "GPE":
            return True
    if match.start > 0:
        prev = sent[match.start - 1]
        if (
            prev.pos_ == "PROPN"
            and any(ch.isupper() for ch in prev.text)
            and not prev.is_sent_start
            and prev.text.lower() not in CURRENCY_SYMBOLS
            and prev.ent_type_ not in ("NORP", "GPE")
            and prev.text not in _demonyms()
        ):
            return True  # "Boeing 747", "iPhone 4", "S&P 500", "Chapter 11"
    # a model designation: "737-800", "777-200LR"
    after = match.end
    return (
        after + 1 < len(sent)
        and sent[after].text == "-"
        and sent[after + 1].idx == sent[after].idx + 1
        and any(ch.isdigit() for ch in sent[after + 1].text)
    )


def _unit(
    sent: Span, words: list[str], match: NumberMatch, ctx: _Context
) -> tuple[str | None, int]:
    """The claim unit and the end (sentence word index) of the text it covers."""
    n = len(words)
    j = match.end
    low = [w.lower() for w in words]
    if match.percent:
        return "percent", j
    if match.unit:
        return match.unit, j
    if j < n and (low[j] in ("%", "percent", "pct", "pct.")):
        return "percent", j + 1
    if j + 1 < n and low[j] == "per" and low[j + 1] == "cent":
        return "percent", j + 2
    if j + 1 < n and low[j] == "percentage" and low[j + 1].startswith("point"):
        return "percentage points", j + 2
    if match.currency:
        if j < n and low[j] in CURRENCY_WORDS:  # "$5 dollars", "US$ 7 billion dollars"
            return match.currency, j + 1
        return match.currency, j
    # currency words after the number: "5 billion yuan", "20 US dollars"
    if j < n and low[j] in CURRENCY_WORDS and not (low[j] == "won" and sent[j].pos_ == "VERB"):
        if low[j] in ("pound", "pounds") and j + 1 < n and low[j + 1] == "of":
            return "pounds", j + 1  # "5 pounds of flour" is weight
        return CURRENCY_WORDS[low[j]], j + 1
    if j + 1 < n and low[j] in _DOLLAR_QUALIFIERS and low[j + 1] in ("dollar", "dollars"):
        return _DOLLAR_QUALIFIERS[low[j]], j + 2
    if match.start > 0 and low[match.start - 1] == "magnitude":
        return "magnitude", j  # "a magnitude 7.1 quake"
    if _inch_mark(sent, match, j):
        return "inches", j + 1  # 'a 13.3" display', "15'' or 17'' displays"
    # units of measure win over the noun they qualify: "2 GHz models", "300 km road"
    if (
        j < n
        and low[j] in _MEASURE_UNITS
        and low[j] not in ("pound", "pounds", "m", "t")
        and (len(low[j]) > 1 or words[j].islower())  # "5 g", not "3 G"
    ):
        return words[j], j + 1
    # ages: "aged 56", "at the age of 56", "Barra, 51,", "a 30-year-old", "56 years old"
    age = _age_end(sent, words, match, ctx)
    if age is not None:
        return "years old", age
    # hyphenated unit: "a 5-mile race", "10-year" (time, dropped by the caller)
    if j + 1 < n and low[j] == "-" and sent[j + 1].is_alpha and sent[j + 1].idx == sent[j].idx + 1:
        if low[j + 1] == "percentage" and low[j + 2 : j + 4] == ["-", "point"]:
            return "percentage points", j + 4  # "a three-percentage-point margin"
        return ("percent" if low[j + 1] in _PERCENT_WORDS else words[j + 1]), j + 2  # "5-pct"
    # "tens of thousands of people", "millions of dollars", "three of the victims"
    if j < n and low[j] == "of":
        return _of_unit(sent, words, match, j)
    return _counted_noun(sent, words, match, ctx)


_INCH_MARKS = frozenset({'"', "''", "″"})


def _inch_mark(sent: Span, match: NumberMatch, j: int) -> bool:
    """A double prime glued to the number and followed by the words of a noun phrase or a
    coordination ('a 13.3" widescreen display'), not a quote closing after a number."""
    if j + 1 >= len(sent) or sent[j].text not in _INCH_MARKS:
        return False
    if not (_after_number(sent[j]) and sent[match.end - 1].text[-1:].isdigit()):
        return False
    marks = [t for t in sent[:j] if t.text == sent[j].text and not _after_number(t)]
    if len(marks) % 2:
        return False  # it closes a quote opened before it: '"I am 15" and …'
    after = sent[j + 1]
    if after.lower_ in ("or", "and", "to"):
        return j + 3 < len(sent) and sent[j + 2].like_num and sent[j + 3].text == sent[j].text
    return after.is_alpha and after.is_lower


def _after_number(mark: Token) -> bool:
    """A mark glued to the number before it (an inch mark, not a quote)."""
    if mark.i == 0:
        return False
    prev = mark.doc[mark.i - 1]
    return prev.like_num and mark.idx == prev.idx + len(prev.text)


def _age_end(sent: Span, words: list[str], match: NumberMatch, ctx: _Context) -> int | None:
    """The end of an age expression around the number, or None when it is not an age."""
    n = len(words)
    j = match.end
    low = [w.lower() for w in words]
    if not isinstance(match.value, int) or not 0 < match.value < 130 or match.currency:
        return None
    rest = low[j : j + 4]
    if rest[:3] == ["-", "year", "-"] and len(rest) > 3 and rest[3] == "old":
        return j + 4  # "30-year-old"
    if rest[:1] == ["-year-old"] or rest[:2] in (["years", "old"], ["year", "old"]):
        return j + (1 if rest[:1] == ["-year-old"] else 2)
    before = low[max(0, match.start - 3) : match.start]
    if before[-1:] == ["aged"] or before[-2:] == ["age", "of"]:
        return j
    # an apposition to a person: "Mary Barra, 51, will ..."
    if (
        match.start >= 2
        and words[match.start - 1] == ","
        and ctx.is_person(sent[match.start - 2])
        and j < n
        and words[j] in (",", ".")
    ):
        return j
    return None


def _of_unit(sent: Span, words: list[str], match: NumberMatch, j: int) -> tuple[str | None, int]:
    """The plural noun after "of": "tens of thousands of people", "20 of Boeing's 777 planes";
    not "one of the largest" or "some of the money"."""
    if words[match.start].lower() == "one" and match.end == match.start + 1:
        return None, j
    vague = match.approximate and words[match.end - 1].lower() in _VAGUE
    head = _np_head(sent, j + 1, determiners=True)
    if head is None:
        return None, j
    noun = sent[head]
    if noun.lower_ in CURRENCY_WORDS:
        return CURRENCY_WORDS[noun.lower_], head + 1
    if not (vague or _is_plural(noun)):
        return None, j
    return noun.text, head + 1


_DESIGNATION_PLURAL = re.compile(r"^[A-Za-z-]*\d[\w-]*s$")  # "737s", "A320s", "777s"


def _is_plural(t: Token) -> bool:
    return (
        t.tag_ in ("NNS", "NNPS")
        or t.lower_ in _INVARIANT_PLURALS
        or bool(_DESIGNATION_PLURAL.match(t.text))
    )


def _np_head(sent: Span, k: int, determiners: bool = False) -> int | None:
    """The (sentence) index of the head noun of the noun phrase starting at ``k``: the last noun
    across adjectives, names, model numbers and compounds ("600,000 Russian soldiers",
    "five Boeing 737s", "twenty new Airbus A320 jets", "13,000 production jobs")."""
    n = len(sent)
    limit = min(n, k + 8)
    if determiners:
        while k < n and (sent[k].pos_ in ("DET", "PRON") or sent[k].tag_ == "POS"):
            k += 1
        limit = min(n, k + 8)
    head: int | None = None
    while k < limit:
        t = sent[k]
        if t.ent_type_ in _TIME_ENT_LABELS:
            break
        nxt = sent[k + 1] if k + 1 < n else None
        continues = nxt is not None and (
            nxt.pos_ == "NOUN" or bool(_DESIGNATION_PLURAL.match(nxt.text))
        )
        if (t.pos_ == "NOUN" and (t.is_alpha or "-" in t.text)) or _is_plural(t) and t.is_alpha:
            head = k
            # a modifier noun ("production jobs", "long-haul Airbus jets") hangs on a head
            # further right; the head noun itself ends the phrase
            if continues and t.dep_ == "compound" or k < t.head.i < limit:
                k += 1
                continue
            break
        if _DESIGNATION_PLURAL.match(t.text):
            head = k
            if continues:
                k += 1
                continue
            break
        designation = t.pos_ == "NOUN" and any(ch.isdigit() for ch in t.text)  # "A320"
        if t.pos_ in ("ADJ", "PROPN", "NUM") or designation or t.text == "-" or t.tag_ == "POS":
            k += 1
            continue
        if t.pos_ == "VERB" and t.tag_ in ("VBN", "VBG") and t.dep_ in ("amod", "compound"):
            k += 1
            continue
        break
    return head


def _counted_noun(
    sent: Span, words: list[str], match: NumberMatch, ctx: _Context
) -> tuple[str | None, int]:
    """The noun the number counts: the head of the noun phrase right after it."""
    head = _np_head(sent, match.end)
    if head is None:
        return None, match.end
    return words[head], head + 1


def _hedged(words: list[str], match: NumberMatch, end: int) -> bool:
    """A hedge before the number ("roughly 600") or after the claim ("600 soldiers or so")."""
    low = [w.lower() for w in words]
    for hedge in _HEDGES_BEFORE:
        s = match.start - len(hedge)
        if s >= 0 and tuple(low[s : match.start]) == hedge:
            return True
        # a hedge before a leading currency symbol is still a hedge ("about $5bn")
    for hedge in _HEDGES_AFTER:
        if hedge in (
            tuple(low[match.end : match.end + len(hedge)]),
            tuple(low[end : end + len(hedge)]),
        ):
            return True
    # "15 or 20 people"
    return match.start > 0 and low[match.start - 1] == "between"


def _unit_head(sent: Span, match: NumberMatch, unit_end: int) -> Token:
    """The token the claim hangs from in the parse: the counted noun, else the number."""
    last = sent[unit_end - 1]
    if last.pos_ in ("NOUN", "PROPN") and last.i > sent[match.end - 1].i:
        return last
    return sent[match.end - 1]


def _governing_verb(token: Token) -> Token | None:
    t = token
    for _ in range(12):
        if t.pos_ in ("VERB", "AUX") and t.dep_ != "amod":
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


_SUBJECTS = ("nsubj", "nsubjpass", "csubj")


def _subject(verb: Token) -> Token | None:
    v: Token | None = verb
    for _ in range(4):
        if v is None:
            return None
        for child in v.children:
            if child.dep_ in _SUBJECTS:
                return child
        # coordinated or open-complement verbs share the subject of the verb they hang from
        if v.dep_ in ("conj", "xcomp", "advcl") and v.head.i != v.i:
            v = v.head
        else:
            return None
    return None


def _about(sent: Span, match: NumberMatch, head: Token, ctx: _Context) -> str | None:
    """The entity the number is about: an entity modifying the counted noun ("Russian
    soldiers", "Ukraine's troops"), else the subject of the governing verb."""
    number_tokens = {sent[k].i for k in range(match.start, match.end)}
    if head.i not in number_tokens:
        for child in head.children:
            if child.i in number_tokens:
                continue
            if child.dep_ in ("amod", "compound", "poss", "nmod") or child.ent_type_ == "NORP":
                name = ctx.entity_name(child.idx, child.idx + len(child.text))
                if name:
                    return name
    verb = _governing_verb(head)
    if verb is None:
        return None
    subj = _subject(verb)
    if subj is None:
        return None
    # a subject that is the claim itself ("12 people died") says nothing about whom
    if subj.i == head.i or subj.i in number_tokens:
        return None
    # the subject's name: its compound/flat modifiers plus itself
    left = min([subj.i] + [c.i for c in subj.lefts if c.dep_ in ("compound", "amod")])
    span = ctx.doc[left : subj.i + 1]
    return ctx.entity_name(span.start_char, span.end_char)


def _source(sent: Span, start: int, end: int, ctx: _Context) -> str | None:
    """Who the text attributes the number to: the speaker of a quote whose content holds it,
    else X in "according to X" in the same sentence; None when the article states it."""
    best: Quote | None = None
    for q in ctx.quotes:
        inside = q.speaker is not None and q.start <= start and end <= q.end
        if inside and (best is None or (q.end - q.start) < (best.end - best.start)):
            best = q
    if best is not None and best.speaker is not None:
        return best.speaker.name
    for t in sent:
        if t.lower_ == "according" and t.i + 1 < sent.end and ctx.doc[t.i + 1].lower_ == "to":
            to = ctx.doc[t.i + 1]
            objs = [c for c in to.children if c.dep_ == "pobj"]
            if objs:
                obj = objs[0]
                sub = list(obj.subtree)
                s, e = sub[0].idx, sub[-1].idx + len(sub[-1].text)
                for ent in ctx.doc.ents:  # prefer a name inside "a spokesman for the ministry"
                    if s <= ent.start_char and ent.end_char <= e and ent.label_ in SPEAKER_LABELS:
                        return ctx.entity_name(ent.start_char, ent.end_char) or ent.text
                return ctx.entity_name(obj.idx, obj.idx + len(obj.text)) or obj.text
    return None


def _as_of(sent: Span, head: Token, ctx: _Context) -> str:
    """The value of a dated timex in the sentence attached to the claim's verb, else the
    article date."""
    verb = _governing_verb(head)
    for tx in ctx.timexes:
        if tx.type != "DATE" or not _DATED_VALUE.match(tx.value):
            continue
        if not (sent.start_char <= tx.start and tx.end <= sent.end_char):
            continue
        span = ctx.doc.char_span(tx.start, tx.end, alignment_mode="expand")
        if span is None:
            continue
        tx_verb = _governing_verb(span.root)
        same_verb = verb is not None and tx_verb is not None and tx_verb.i == verb.i
        if span.root.head.i == head.i or same_verb:
            return tx.value
    return ctx.anchor.isoformat()
