"""TempEval-3 style scoring of time expressions, shared by the TimeBank and MEANTIME evaluations.

A gold and a predicted timex match *strictly* when their character spans are equal and *relaxed*
when they overlap; pairs are made one to one, largest overlap first. The *value* score counts
relaxed matches whose normalised TIMEX3 values are equal; *type* accuracy is measured over the
relaxed matches.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from dateline.eval.rates import rates


class TimexLike(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def type(self) -> str: ...
    @property
    def value(self) -> str: ...


@dataclass
class Counts:
    """Running totals over a corpus."""

    gold: int = 0
    predicted: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0
    documents: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    def add(
        self,
        gold: Sequence[TimexLike],
        predicted: Sequence[TimexLike],
        text: str = "",
        doc_id: str = "",
        keep_errors: int = 0,
    ) -> None:
        """Score one document's timexes and add them to the totals."""
        self.documents += 1
        self.gold += len(gold)
        self.predicted += len(predicted)
        pairs = match(gold, predicted)
        matched_gold = {g for g, _ in pairs}
        matched_pred = {p for _, p in pairs}
        for gi, pi in pairs:
            g, p = gold[gi], predicted[pi]
            self.relaxed += 1
            self.strict += (g.start, g.end) == (p.start, p.end)
            self.value += g.value == p.value
            self.type += g.type == p.type
            if g.value != p.value:
                self._error(keep_errors, doc_id, "value", text, g, p)
        for gi, g in enumerate(gold):
            if gi not in matched_gold:
                self._error(keep_errors, doc_id, "missed", text, g, None)
        for pi, p in enumerate(predicted):
            if pi not in matched_pred:
                self._error(keep_errors, doc_id, "spurious", text, None, p)

    def _error(
        self,
        keep: int,
        doc_id: str,
        kind: str,
        text: str,
        g: TimexLike | None,
        p: TimexLike | None,
    ) -> None:
        if len(self.errors) >= keep:
            return
        self.errors.append(
            {
                "doc": doc_id,
                "kind": kind,
                "gold": _describe(g, text),
                "predicted": _describe(p, text),
            }
        )

    def report(self) -> dict[str, Any]:
        """Counts and precision/recall/F1 for strict span, relaxed span and value."""
        out: dict[str, Any] = {
            "documents": self.documents,
            "gold": self.gold,
            "predicted": self.predicted,
        }
        scores = (("strict", self.strict), ("relaxed", self.relaxed), ("value", self.value))
        for name, hits in scores:
            out[name] = prf(hits, self.predicted, self.gold)
        out["type_accuracy"] = round(self.type / self.relaxed, 4) if self.relaxed else 0.0
        if self.errors:
            out["errors"] = self.errors
        return out


def _describe(t: TimexLike | None, text: str) -> dict[str, Any] | None:
    if t is None:
        return None
    return {
        "text": text[t.start : t.end] if text else "",
        "start": t.start,
        "end": t.end,
        "type": t.type,
        "value": t.value,
    }


def prf(hits: int, predicted: int, gold: int) -> dict[str, float | int]:
    p, r, f = rates(hits, predicted, gold)
    return {"hits": hits, "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def match(gold: Sequence[TimexLike], predicted: Sequence[TimexLike]) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs of overlapping spans, largest overlap
    first (exact matches win ties)."""
    candidates: list[tuple[int, int, int, int]] = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            overlap = min(g.end, p.end) - max(g.start, p.start)
            if overlap > 0:
                exact = int((g.start, g.end) == (p.start, p.end))
                candidates.append((exact, overlap, gi, pi))
    candidates.sort(key=lambda c: (-c[0], -c[1], c[2], c[3]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, _, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return sorted(pairs)


def format_table(title: str, report: dict[str, Any]) -> str:
    """A short human table of a report made by :meth:`Counts.report`."""
    lines = [
        f"{title}: {report['documents']} documents, {report['gold']} gold timexes, "
        f"{report['predicted']} predicted",
        f"{'':<14}{'P':>8}{'R':>8}{'F1':>8}",
    ]
    for name in ("strict", "relaxed", "value"):
        s = report[name]
        label = f"{name} span" if name != "value" else "value"
        lines.append(f"{label:<14}{s['precision']:>8.3f}{s['recall']:>8.3f}{s['f1']:>8.3f}")
    lines.append(f"{'type accuracy':<14}{report['type_accuracy']:>24.3f}")
    return "\n".join(lines)
