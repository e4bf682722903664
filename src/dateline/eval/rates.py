"""Precision, recall and F1 from counts: the arithmetic every scorer here shares."""

from __future__ import annotations


def ratio(part: int, whole: int) -> float:
    """``part / whole``, 0.0 when ``whole`` is 0."""
    return part / whole if whole else 0.0


def f1(precision: float, recall: float) -> float:
    """The harmonic mean of the two, 0.0 when both are 0."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def rates(hits: int, predicted: int, gold: int) -> tuple[float, float, float]:
    """(precision, recall, F1) of ``hits`` among ``predicted`` and ``gold`` items."""
    p, r = ratio(hits, predicted), ratio(hits, gold)
    return p, r, f1(p, r)


def prf(tp: int, predicted: int, gold: int) -> dict[str, float | int]:
    """The counts with their unrounded precision, recall and F1."""
    p, r, f = rates(tp, predicted, gold)
    return {"tp": tp, "predicted": predicted, "gold": gold, "precision": p, "recall": r, "f1": f}
