"""Score numeric claims (:func:`dateline.extract.claims.find_claims`) on MEANTIME.

MEANTIME marks numbers as ``VALUE`` markables of type QUANTITY ("13,000", "251.4 points"),
MONEY ("US$ 78 million") and PERCENT ("nearly 24 %"); the counted noun of a QUANTITY is usually
outside the span ("13,000" in "13,000 jobs"). Documents are read with
:func:`dateline.eval.meantime.load_document`.

Gold values come from the span text, read with the claims stage's own number parser
(:func:`dateline.extract.claims.parse_number`); the few VALUE markables with no number in them
("the amount", "substantially less") are left out and counted in ``gold_without_number``, and
so is a markable that contains another of the same value ("$381 million, or $0.67" around
"$381 million"), counted in ``gold_duplicates``.
Gold units: ``percent`` for PERCENT, the currency code of a MONEY span's symbol or currency word
(none for a bare "200 million"), and the words after the number inside a QUANTITY span
("points", "GB", "cents"), when there are any.

MEANTIME annotates only the title, the dateline and the first sentences of each article (up to
the sixth sentence in the XML); predictions after the last annotated sentence are not scored
(:func:`annotated_end`).

Scores (one to one, in text order, best first):

- **value**: a predicted claim matches a gold number when their spans overlap and the values
  agree (relative difference under 1e-6).
- **value+unit**: as value, and when the gold gives a unit the claim's unit must agree too
  (case-insensitive, singular or plural). ``unit_accuracy`` is the share of value matches with a
  gold unit whose unit agrees.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dateline.eval.meantime import Annotation, document_paths, load_document
from dateline.eval.rates import prf
from dateline.extract.claims import find_claims, normalize_unit, parse_number
from dateline.extract.entities import find_entities

if TYPE_CHECKING:
    from dateline.model import Claim, Timex

_WORD = re.compile(r"[A-Za-z]{1,3}\$|[$£€¥~]|-?\d[\d,.]*[A-Za-z%]*|[A-Za-z][A-Za-z.'-]*|%|\S")


@dataclass(frozen=True, slots=True)
class GoldNumber:
    start: int
    end: int
    text: str
    type: str
    value: float | int
    unit: str | None


def gold_number(ann: Annotation) -> GoldNumber | None:
    """The gold number of a VALUE markable, or None when its text holds no number."""
    words = _WORD.findall(ann.text)
    for i in range(len(words)):
        match = parse_number(words, i)
        if match is None:
            continue
        rest = [w for w in words[match.end :] if w[:1].isalpha() or w == "%"]
        while rest and rest[0].lower() == "of":  # "hundreds of points"
            rest = rest[1:]
        unit: str | None = None
        if ann.type == "PERCENT":
            unit = "percent"
        elif ann.type == "MONEY":
            unit = match.currency or (normalize_unit(rest[-1:]) if rest else None)
            if unit is not None and unit.upper() != unit:
                unit = None  # "200 million" with no currency written: no gold unit
        elif match.percent:
            unit = "percent"
        elif match.unit:
            unit = match.unit
        elif rest:
            unit = normalize_unit(rest)
        return GoldNumber(ann.start, ann.end, ann.text, ann.type, match.value, unit)
    return None


def annotated_end(path: str | Path, token_spans: tuple[tuple[int, int], ...]) -> int:
    """The character offset where the annotated part of a MEANTIME document ends: the end of
    the last sentence holding any markable (``token_spans`` as given by ``load_document``)."""
    root = ET.parse(path).getroot()
    sentence_of: dict[str, str] = {}
    order: list[str] = []
    for tok in root.iter("token"):
        sentence_of[tok.get("t_id", "")] = tok.get("sentence", "")
        order.append(tok.get("sentence", ""))
    annotated = {
        sentence_of[a.get("t_id", "")]
        for a in root.iter("token_anchor")
        if a.get("t_id", "") in sentence_of
    }
    end = 0
    for (_, tok_end), sentence in zip(token_spans, order, strict=True):
        if sentence in annotated:
            end = tok_end
    return end


def _without_duplicate_containers(gold: list[GoldNumber]) -> list[GoldNumber]:
    """Drop a markable that contains another one with the same value: MEANTIME marks both
    "$381 million" and "$381 million, or $0.67" (whose value is again 381 million)."""
    return [
        g
        for g in gold
        if not any(
            o is not g
            and g.start <= o.start
            and o.end <= g.end
            and (o.end - o.start) < (g.end - g.start)
            and _same_value(float(o.value), float(g.value))
            for o in gold
        )
    ]


def _same_value(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def _unit_key(unit: str | None) -> str:
    u = (unit or "").lower().strip()
    return u[:-1] if u.endswith("s") and len(u) > 3 else u


def same_unit(predicted: str | None, gold: str | None) -> bool:
    """Units agree: equal up to case and a plural s ("points" ~ "point", "GB" ~ "gb")."""
    return _unit_key(predicted) == _unit_key(gold)


@dataclass
class _Tally:
    gold: int = 0
    gold_with_unit: int = 0
    gold_without_number: int = 0
    gold_duplicates: int = 0
    predicted: int = 0
    tp_value: int = 0
    tp_value_unit: int = 0
    matched_with_unit: int = 0
    unit_right: int = 0

    def __post_init__(self) -> None:
        self.by_type: Counter[str] = Counter()
        self.by_type_found: Counter[str] = Counter()
        self.false_positives: list[dict[str, Any]] = []
        self.false_negatives: list[dict[str, Any]] = []
        self.unit_errors: list[dict[str, Any]] = []

    def add(self, name: str, text: str, gold: list[GoldNumber], predicted: list[Claim]) -> None:
        self.gold += len(gold)
        self.gold_with_unit += sum(1 for g in gold if g.unit)
        self.predicted += len(predicted)
        for g in gold:
            self.by_type[g.type] += 1
        used: set[int] = set()
        matched_pred: set[int] = set()
        for g in gold:
            best: int | None = None
            for k, c in enumerate(predicted):
                if k in matched_pred or not (c.start < g.end and g.start < c.end):
                    continue
                if _same_value(float(c.value), float(g.value)):
                    best = k
                    if not g.unit or same_unit(c.unit, g.unit):
                        break
            if best is None:
                self.false_negatives.append(
                    {"doc": name, "gold": g.text, "type": g.type, "context": _ctx(text, g)}
                )
                continue
            c = predicted[best]
            matched_pred.add(best)
            used.add(id(g))
            self.tp_value += 1
            self.by_type_found[g.type] += 1
            if g.unit:
                self.matched_with_unit += 1
                if same_unit(c.unit, g.unit):
                    self.unit_right += 1
                else:
                    self.unit_errors.append(
                        {"doc": name, "gold": g.text, "gold_unit": g.unit, "unit": c.unit}
                    )
            if not g.unit or same_unit(c.unit, g.unit):
                self.tp_value_unit += 1
        for k, c in enumerate(predicted):
            if k not in matched_pred:
                overl = [g.text for g in gold if c.start < g.end and g.start < c.end]
                self.false_positives.append(
                    {"doc": name, "claim": c.text, "value": c.value, "unit": c.unit, "gold": overl}
                )

    def report(self) -> dict[str, Any]:
        return {
            "documents": 0,
            "gold_without_number": self.gold_without_number,
            "gold_duplicates": self.gold_duplicates,
            "gold_with_unit": self.gold_with_unit,
            "value": prf(self.tp_value, self.predicted, self.gold),
            "value_unit": prf(self.tp_value_unit, self.predicted, self.gold),
            "unit_accuracy": (
                self.unit_right / self.matched_with_unit if self.matched_with_unit else 0.0
            ),
            "recall_by_type": {
                t: {"gold": n, "found": self.by_type_found[t], "recall": self.by_type_found[t] / n}
                for t, n in sorted(self.by_type.items())
            },
            "false_positives": self.false_positives,
            "false_negatives": self.false_negatives,
            "unit_errors": self.unit_errors,
        }


def _ctx(text: str, g: GoldNumber, width: int = 40) -> str:
    return (
        text[max(0, g.start - width) : g.start]
        + "["
        + text[g.start : g.end]
        + "]"
        + text[g.end : g.end + width]
    ).replace("\n", " ")


def _find_timexes() -> Any:
    """The temporal stage when it is installed, else None (spaCy DATE/TIME still apply)."""
    try:
        from dateline.extract.temporal import find_timexes
    except ImportError:
        return None
    return find_timexes


def run(path: str, *, model: str | None = None, limit: int | None = None) -> dict[str, Any]:
    """Score numeric claims on the MEANTIME files under ``path`` (see the module docstring).

    Claims are found with no entities or quotes (they only set ``about``/``source``) and with
    the temporal stage's timexes when that stage is available (``report["timexes"]``).
    """
    from dateline.extract import nlp as nlp_mod
    from dateline.extract.pipeline import parse

    paths = document_paths(path)
    if limit is not None:
        paths = paths[:limit]
    docs = [load_document(p) for p in paths]
    ends = {d.name: annotated_end(p, d.tokens) for p, d in zip(paths, docs, strict=True)}
    nlp = nlp_mod.load(model)
    find_timexes = _find_timexes()
    tally = _Tally()
    for parsed, doc in parse(nlp, ((d.text, d) for d in docs), batch_size=16):
        gold: list[GoldNumber] = []
        for ann in doc.values:
            g = gold_number(ann)
            if g is None:
                tally.gold_without_number += 1
            else:
                gold.append(g)
        kept = _without_duplicate_containers(gold)
        tally.gold_duplicates += len(gold) - len(kept)
        gold = kept
        timexes: list[Timex] = list(find_timexes(parsed, doc.date)) if find_timexes else []
        entities = find_entities(parsed).entities  # as the pipeline gives them
        predicted = [
            c
            for c in find_claims(parsed, doc.date, entities, [], timexes)
            if c.start < ends[doc.name]
        ]
        tally.add(doc.name, doc.text, gold, predicted)
    report = tally.report()
    report["documents"] = len(docs)
    report["corpus"] = "meantime"
    report["path"] = str(path)
    report["timexes"] = "dateline.extract.temporal" if find_timexes else "spaCy DATE/TIME only"
    return report


def format_report(report: dict[str, Any]) -> str:
    """A short table: value and value+unit precision/recall/F1, unit accuracy, recall by type."""
    lines = [
        f"MEANTIME numbers: {report['documents']} documents, {report['value']['gold']} gold "
        f"numbers ({report['gold_with_unit']} with a unit; left out: "
        f"{report['gold_without_number']} markables without a number, "
        f"{report['gold_duplicates']} duplicate containers); timexes from {report['timexes']}",
        f"{'score':<12}{'P':>8}{'R':>8}{'F1':>8}{'tp':>6}{'pred':>6}{'gold':>6}",
    ]
    for key, label in (("value", "value"), ("value_unit", "value+unit")):
        s = report[key]
        lines.append(
            f"{label:<12}{s['precision']:>8.3f}{s['recall']:>8.3f}{s['f1']:>8.3f}"
            f"{s['tp']:>6}{s['predicted']:>6}{s['gold']:>6}"
        )
    lines.append(f"unit accuracy on value matches with a gold unit: {report['unit_accuracy']:.3f}")
    lines.append(
        "recall by type: "
        + ", ".join(
            f"{t} {v['found']}/{v['gold']} ({v['recall']:.2f})"
            for t, v in report["recall_by_type"].items()
        )
    )
    return "\n".join(lines)
