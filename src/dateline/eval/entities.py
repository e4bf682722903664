"""Score entities (:func:`dateline.extract.entities.find_entities`) on MEANTIME.

Documents are read with :func:`dateline.eval.meantime.load_document`; only the annotated part
(title, dateline and the first sentences) is scored. MEANTIME marks every entity mention,
named or not, with a ``syntactic_type``, and links each to its entity (``REFERS_TO``), which
carries the type (PER, ORG, LOC, PRO for products, FIN for financial entities, MIX) and a
descriptive name (``TAG_DESCRIPTOR``, the canonical name: "Stephen Harper").

What is scored (dateline finds names, surnames, demonyms, seats of government, the third-person
pronouns it links to a person and the role descriptions it links to a person or a business; it
does not find other common-noun mentions, products or financial entities):

- **gold names**: mentions with ``syntactic_type`` NAM or PRE.NAM ("German" in "German
  carmaker" is a PRE.NAM LOC) of PER, ORG and LOC entities, plus names linked to no entity
  (span scores only). MEANTIME nests mentions: "JSA Research defence analysist Paul Nesbit"
  and "Paul Nesbit", "Airbus parent EADS" and "EADS" are both NAM of one entity; a name that
  contains a name of the same entity, or two or more other names (a coordination, "Boeing and
  Lockheed Martin"), is dropped so that the name itself is what is scored
  (``gold_dropped_containers``).
- **set aside**: names of PRO, FIN and MIX entities, which dateline does not type, are not
  scored; a prediction matching only such a name is neither right nor wrong
  (``predicted_set_aside``), and the recall of those names is shown for information. So is a
  prediction exactly on a common-noun mention (MEANTIME marks "American" in some places as a
  PRE.NOM LOC).
- **common-noun mentions** (NOM, PRE.NOM, APP, CONJ, ... and the untyped ones that are not
  pronouns) are not scored.
- **pronouns**: gold pronouns of PER entities that dateline resolves at all (he, him, his,
  himself, she, her, hers, herself), against the pronoun mentions dateline links, exact span.

Predictions: every mention of kind name, surname, metonym or demonym of a dateline entity, with
the type mapped PERSON -> PER, ORG -> ORG, GPE/LOC/FAC -> LOC, NORP -> LOC (MEANTIME types a
nationality as the LOC of its country), PRODUCT -> PRO.

Scores:

- **span (overlap)**: a prediction matches a gold name when they overlap by at least half of
  the shorter span, one to one, the closest pairs (exact, then highest overlap ratio) first.
- **span (strict)**: the same spans after dropping a leading "the" and a trailing possessive.
- **typed**: an overlap match whose types agree; a prediction matching an untyped gold name
  is left out of typed precision. Per-type P/R/F1 follow the same rule.
- **linking**: pairwise coreference over the gold mentions dateline found (overlap match for
  names, exact for pronouns): a gold pair is two mentions of the same MEANTIME entity, a
  predicted pair two whose matched predictions belong to the same dateline entity. Precision,
  recall and F1 over pairs; detection errors are not counted again here. Reported for names
  alone and for names plus pronouns.
- **descriptions**: gold definite common-noun mentions ("the company", "the minister") of a
  PER or ORG entity whose names dateline found, against dateline's role descriptions at the
  same span (strict); right when the description's dateline entity is the one dateline gave
  that entity's names. Appositions and predicates ("Ford is the world's third-largest
  automaker") count as gold, and dateline does not make them descriptions.
- **canonical name**: of the found gold names of PER entities, the share whose dateline entity
  name equals MEANTIME's ``TAG_DESCRIPTOR`` (case and a leading "the" aside): "Angers" and
  "Spokeswoman Sandy Angers" must both be "Sandy Angers".
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dateline.eval.meantime import MeantimeDocument, document_paths, load_document
from dateline.eval.rates import prf

if TYPE_CHECKING:
    from dateline.model import Entity

SCORED_TYPES = ("PER", "ORG", "LOC")
ASIDE_TYPES = ("PRO", "FIN", "MIX")
NAME_SYNTAX = frozenset({"NAM", "PRE.NAM"})
TYPE_MAP = {
    "PERSON": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "NORP": "LOC",
    "PRODUCT": "PRO",
}
NAME_KINDS = frozenset({"name", "surname", "metonym", "demonym"})
GOLD_PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
ANY_PRONOUN = GOLD_PRONOUNS | frozenset(
    {"it", "its", "itself", "they", "them", "their", "theirs", "themselves", "we", "us", "our"}
    | {"ours", "i", "me", "my", "you", "your", "who", "whom", "whose", "which", "that"}
)
MAX_ERRORS = 10_000


@dataclass(frozen=True, slots=True)
class ScoredMention:
    """One entity mention, gold (MEANTIME) or predicted (dateline): ``kind`` is name, pronoun
    or nominal; ``type`` is MEANTIME's (PER, ORG, LOC, …); ``entity`` is the entity's id
    (MEANTIME's m_id or dateline's), empty for a gold mention linked to no entity."""

    start: int
    end: int
    text: str
    kind: str
    type: str
    entity: str
    entity_name: str = ""


def gold_mentions(path: str | Path, doc: MeantimeDocument) -> list[ScoredMention]:
    """The entity mentions of ``doc`` (loaded from ``path``) in its annotated part, with their
    kind, entity, type and the entity's descriptive name."""
    root = ET.parse(path).getroot()
    entities: dict[str, tuple[str, str]] = {}
    for ent in root.iter("ENTITY"):
        entities[ent.get("m_id", "")] = (
            ent.get("ent_type", ""),
            " ".join(ent.get("TAG_DESCRIPTOR", "").split()),
        )
    refers: dict[str, str] = {}
    for rel in root.iter("REFERS_TO"):
        target = rel.find("target")
        if target is None:
            continue
        for src in rel.findall("source"):
            refers[src.get("m_id", "")] = target.get("m_id", "")
    out: list[ScoredMention] = []
    for ann in doc.entity_mentions:
        if not doc.in_annotated_part(ann.start, ann.end):
            continue
        entity = refers.get(ann.id, "")
        typ, name = entities.get(entity, ("", ""))
        if entity not in entities:
            entity = ""
        out.append(
            ScoredMention(
                ann.start,
                ann.end,
                ann.text,
                _gold_kind(ann.attrs.get("syntactic_type", ""), ann.text),
                typ,
                entity,
                name,
            )
        )
    return out


def _gold_kind(syntactic_type: str, text: str) -> str:
    if syntactic_type in NAME_SYNTAX:
        return "name"
    if syntactic_type == "PRO" or (not syntactic_type and text.lower() in ANY_PRONOUN):
        return "pronoun"
    return "nominal"


def minimal_names(names: Sequence[ScoredMention]) -> tuple[list[ScoredMention], int]:
    """Drop a name containing a name of the same entity or two or more other names; return the
    kept names and how many were dropped."""
    kept: list[ScoredMention] = []
    for g in names:
        inside = [
            h
            for h in names
            if h is not g
            and g.start <= h.start
            and h.end <= g.end
            and (h.end - h.start) < (g.end - g.start)
        ]
        same = any(g.entity and h.entity == g.entity for h in inside)
        if same or len(inside) >= 2:
            continue
        kept.append(g)
    return kept, len(names) - len(kept)


def predicted_mentions(entities: Sequence[Entity], end: int | None = None) -> list[ScoredMention]:
    """Every mention of ``entities`` (before ``end``), typed in MEANTIME's scheme."""
    out = [
        ScoredMention(m.start, m.end, m.text, m.kind, TYPE_MAP.get(e.type, e.type), e.id, e.name)
        for e in entities
        for m in e.mentions
        if end is None or m.end <= end
    ]
    out.sort(key=lambda p: (p.start, p.end))
    return out


# --- matching ----------------------------------------------------------------------------------


def _normal(text: str, start: int, end: int) -> tuple[int, int]:
    """``start, end`` without a leading "the " and a trailing possessive."""
    piece = text[start:end]
    low = piece.lower()
    if low.startswith("the "):
        start += 4
    for suffix in ("'s", "’s", "'", "’"):
        if piece.endswith(suffix) and end - len(suffix) > start:
            end -= len(suffix)
            break
    return start, end


def strict_same(a: tuple[int, int, str], b: tuple[int, int, str]) -> bool:
    """Two spans (start, end, text) are equal once "the" and a possessive are dropped."""
    sa, ea = _normal(a[2], 0, len(a[2]))
    sb, eb = _normal(b[2], 0, len(b[2]))
    return (a[0] + sa, a[0] + ea) == (b[0] + sb, b[0] + eb)


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """Overlap of at least half of the shorter span."""
    inter = min(a_end, b_end) - max(a_start, b_start)
    shorter = min(a_end - a_start, b_end - b_start)
    return inter > 0 and 2 * inter >= shorter


def match(
    gold: Sequence[ScoredMention],
    predicted: Sequence[ScoredMention],
    ok: Callable[[ScoredMention, ScoredMention], bool] | None = None,
) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs: candidates accepted by ``ok`` (default:
    :func:`overlaps`), strict-equal pairs first, then by overlap ratio, then text order."""
    if ok is None:

        def ok(g: ScoredMention, p: ScoredMention) -> bool:
            return overlaps(g.start, g.end, p.start, p.end)

    candidates: list[tuple[int, float, int, int]] = []
    for i, g in enumerate(gold):
        for j, p in enumerate(predicted):
            if p.end <= g.start or g.end <= p.start or not ok(g, p):
                continue
            inter = min(g.end, p.end) - max(g.start, p.start)
            union = max(g.end, p.end) - min(g.start, p.start)
            exact = strict_same((g.start, g.end, g.text), (p.start, p.end, p.text))
            candidates.append((0 if exact else 1, -inter / union, i, j))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, _, i, j in candidates:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        pairs.append((i, j))
    pairs.sort()
    return pairs


# --- tallies -----------------------------------------------------------------------------------


def pairwise(items: Sequence[tuple[str, str]]) -> tuple[int, int, int]:
    """(pairs linked in both, pairs linked by the prediction, pairs linked in gold) over
    items of (gold entity, predicted entity)."""
    both = pred = gold = 0
    for a in range(len(items)):
        for b in range(a + 1, len(items)):
            same_gold = items[a][0] == items[b][0]
            same_pred = items[a][1] == items[b][1]
            gold += same_gold
            pred += same_pred
            both += same_gold and same_pred
    return both, pred, gold


def _same_name(a: str, b: str) -> bool:
    """Names agree up to case, spacing, a leading "the" and parenthesised asides in MEANTIME's
    descriptors ("Noel Forgeard (CEO of EADS)")."""

    def norm(s: str) -> str:
        s = re.sub(r"\([^)]*\)", " ", s)
        s = " ".join(s.replace("’", "'").split()).lower()
        return s[4:] if s.startswith("the ") else s

    return norm(a) == norm(b)


@dataclass
class Tally:
    """Counts over documents; :meth:`add` scores one document."""

    documents: int = 0
    gold_dropped_containers: int = 0
    predicted_set_aside: int = 0
    counts: Counter[str] = field(default_factory=Counter)
    by_type: Counter[tuple[str, str]] = field(default_factory=Counter)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    errors: dict[str, list[dict[str, Any]]] = field(
        default_factory=lambda: {
            k: []
            for k in (
                "missed",
                "spurious",
                "type",
                "link_split",
                "link_merged",
                "canonical",
                "description",
            )
        }
    )

    def _error(self, kind: str, **item: Any) -> None:
        if len(self.errors[kind]) < MAX_ERRORS:
            self.errors[kind].append(item)

    def add(
        self,
        name: str,
        text: str,
        gold: Sequence[ScoredMention],
        predicted: Sequence[ScoredMention],
    ) -> None:
        self.documents += 1
        c = self.counts
        all_names = [g for g in gold if g.kind == "name"]
        names, dropped = minimal_names(all_names)
        self.gold_dropped_containers += dropped
        scored = [g for g in names if g.type in SCORED_TYPES or not g.type]
        aside = [g for g in names if g.type in ASIDE_TYPES]
        preds = [p for p in predicted if p.kind in NAME_KINDS]

        pairs = match(scored, preds)
        matched_p = {j for _, j in pairs}
        rest = [j for j in range(len(preds)) if j not in matched_p]
        aside_pairs = match(aside, [preds[j] for j in rest])
        set_aside = {rest[j] for _, j in aside_pairs}
        for t in ASIDE_TYPES:
            self.by_type[(t, "gold")] += sum(1 for g in aside if g.type == t)
        for i, _ in aside_pairs:
            self.by_type[(aside[i].type, "found")] += 1
        others = [g for g in gold if g.kind != "name"]
        for j in rest:
            p = preds[j]
            if j not in set_aside and any(
                strict_same((g.start, g.end, g.text), (p.start, p.end, p.text)) for g in others
            ):
                set_aside.add(j)
        self.predicted_set_aside += len(set_aside)
        n_pred = len(preds) - len(set_aside)

        c["gold"] += len(scored)
        c["predicted"] += n_pred
        c["tp_overlap"] += len(pairs)
        strict_pairs = match(
            scored,
            preds,
            lambda g, p: strict_same((g.start, g.end, g.text), (p.start, p.end, p.text)),
        )
        c["tp_strict"] += len(strict_pairs)

        # typed: untyped gold names and the predictions matched to them are left out
        untyped_pred = {j for i, j in pairs if not scored[i].type}
        c["gold_typed"] += sum(1 for g in scored if g.type)
        c["predicted_typed"] += n_pred - len(untyped_pred)
        for g in scored:
            if g.type:
                self.by_type[(g.type, "gold")] += 1
        for j, p in enumerate(preds):
            if j not in set_aside and j not in untyped_pred:
                self.by_type[(p.type, "predicted")] += 1
        for i, j in pairs:
            g, p = scored[i], preds[j]
            if not g.type:
                continue
            self.confusion[(g.type, p.type)] += 1
            if g.type == p.type:
                c["tp_typed"] += 1
                self.by_type[(g.type, "tp")] += 1
            else:
                self._error("type", doc=name, text=p.text, gold=g.type, predicted=p.type)
        found = {i for i, _ in pairs}
        for i, g in enumerate(scored):
            if i not in found:
                self._error("missed", doc=name, text=g.text, type=g.type, context=_ctx(text, g))
        for j, p in enumerate(preds):
            if j not in matched_p and j not in set_aside:
                self._error("spurious", doc=name, text=p.text, type=p.type, context=_ctx(text, p))

        # canonical names of people
        for i, j in pairs:
            g, p = scored[i], preds[j]
            if g.type != "PER" or not g.entity_name:
                continue
            c["canonical_gold"] += 1
            if _same_name(g.entity_name, p.entity_name):
                c["canonical_right"] += 1
            else:
                self._error(
                    "canonical", doc=name, text=g.text, gold=g.entity_name, predicted=p.entity_name
                )

        # pronouns dateline resolves
        gold_pron = [
            g
            for g in gold
            if g.kind == "pronoun" and g.type == "PER" and g.text.lower() in GOLD_PRONOUNS
        ]
        pred_pron = [p for p in predicted if p.kind == "pronoun"]
        pron_pairs = match(gold_pron, pred_pron, lambda g, p: (g.start, g.end) == (p.start, p.end))
        c["pronoun_gold"] += len(gold_pron)
        c["pronoun_predicted"] += len(pred_pron)
        c["pronoun_tp"] += len(pron_pairs)

        # definite descriptions ("the company", "the minister") linked to a named entity
        self._descriptions(name, text, gold, predicted, [(scored[i], preds[j]) for i, j in pairs])

        # linking: pairwise over the found gold mentions of linked entities
        name_items = [
            (scored[i].entity, preds[j].entity, scored[i].text, preds[j].entity_name)
            for i, j in pairs
            if scored[i].entity
        ]
        pron_items = [
            (gold_pron[i].entity, pred_pron[j].entity, gold_pron[i].text, pred_pron[j].entity_name)
            for i, j in pron_pairs
            if gold_pron[i].entity
        ]
        for key, items in (("link_names", name_items), ("link_all", name_items + pron_items)):
            both, pred, gl = pairwise([(a, b) for a, b, _, _ in items])
            c[key + "_both"] += both
            c[key + "_pred"] += pred
            c[key + "_gold"] += gl
        all_items = name_items + pron_items
        for a in range(len(all_items)):
            for b in range(a + 1, len(all_items)):
                ga, pa, ta, na = all_items[a]
                gb, pb, tb, nb = all_items[b]
                if ga == gb and pa != pb:
                    self._error("link_split", doc=name, mentions=[ta, tb], predicted=[na, nb])
                elif ga != gb and pa == pb:
                    self._error("link_merged", doc=name, mentions=[ta, tb], predicted=na)

    def _descriptions(
        self,
        name: str,
        text: str,
        gold: Sequence[ScoredMention],
        predicted: Sequence[ScoredMention],
        name_pairs: Sequence[tuple[ScoredMention, ScoredMention]],
    ) -> None:
        """Gold: definite common-noun mentions ("the company") of a PER or ORG entity the text
        names. Right: a dateline description at the same span (strict) whose entity is the one
        dateline gave that gold entity's names."""
        theirs: dict[str, set[str]] = {}  # gold entity -> the dateline entities of its names
        for g, p in name_pairs:
            theirs.setdefault(g.entity, set()).add(p.entity)
        gold_desc = [
            g
            for g in gold
            if g.kind == "nominal"
            and g.type in {"PER", "ORG"}
            and g.entity
            and g.entity in theirs
            and g.text.lower().startswith("the ")
        ]
        pred_desc = [p for p in predicted if p.kind == "role"]
        pairs = match(
            gold_desc,
            pred_desc,
            lambda g, p: strict_same((g.start, g.end, g.text), (p.start, p.end, p.text)),
        )
        gold_of = {j: gold_desc[i] for i, j in pairs}
        right = 0
        for j, p in enumerate(pred_desc):
            at = gold_of.get(j)
            if at is not None and p.entity in theirs.get(at.entity, set()):
                right += 1
                continue
            wrong = {"gold": at.entity_name} if at is not None else {}  # else matched no gold
            self._error(
                "description",
                doc=name,
                text=p.text,
                predicted=p.entity_name,
                context=_ctx(text, p),
                **wrong,
            )
        found = {i for i, _ in pairs}
        for i, g in enumerate(gold_desc):
            if i not in found:
                self._error(
                    "description",
                    doc=name,
                    missed=g.text,
                    gold=g.entity_name,
                    context=_ctx(text, g),
                )
        self.counts["desc_tp"] += right
        self.counts["desc_predicted"] += len(pred_desc)
        self.counts["desc_gold"] += len(gold_desc)

    def report(self) -> dict[str, Any]:
        c = self.counts
        per_type = {}
        for t in SCORED_TYPES:
            per_type[t] = prf(
                self.by_type[(t, "tp")], self.by_type[(t, "predicted")], self.by_type[(t, "gold")]
            )
        set_aside = {
            t: {
                "gold": self.by_type[(t, "gold")],
                "found": self.by_type[(t, "found")],
                "recall": (
                    self.by_type[(t, "found")] / self.by_type[(t, "gold")]
                    if self.by_type[(t, "gold")]
                    else 0.0
                ),
            }
            for t in ASIDE_TYPES
        }
        return {
            "corpus": "meantime",
            "documents": self.documents,
            "scored": "gold NAM/PRE.NAM mentions of PER/ORG/LOC entities (and unlinked names, "
            "span only), innermost of nested names; PRO/FIN/MIX names set aside; common-noun "
            "mentions not scored; pronouns he/him/his/himself/she/her/hers/herself of PER "
            "entities scored apart",
            "gold_dropped_containers": self.gold_dropped_containers,
            "predicted_set_aside": self.predicted_set_aside,
            "overlap": prf(c["tp_overlap"], c["predicted"], c["gold"]),
            "strict": prf(c["tp_strict"], c["predicted"], c["gold"]),
            "typed": prf(c["tp_typed"], c["predicted_typed"], c["gold_typed"]),
            "per_type": per_type,
            "set_aside_recall": set_aside,
            "confusion": {f"{g}->{p}": n for (g, p), n in sorted(self.confusion.items())},
            "pronouns": prf(c["pronoun_tp"], c["pronoun_predicted"], c["pronoun_gold"]),
            "linking": prf(c["link_names_both"], c["link_names_pred"], c["link_names_gold"]),
            "linking_with_pronouns": prf(
                c["link_all_both"], c["link_all_pred"], c["link_all_gold"]
            ),
            "descriptions": prf(c["desc_tp"], c["desc_predicted"], c["desc_gold"]),
            "canonical_person": {
                "gold": c["canonical_gold"],
                "right": c["canonical_right"],
                "accuracy": (
                    c["canonical_right"] / c["canonical_gold"] if c["canonical_gold"] else 0.0
                ),
            },
            "errors": self.errors,
        }


def _ctx(text: str, m: ScoredMention, width: int = 40) -> str:
    return (
        text[max(0, m.start - width) : m.start]
        + "["
        + text[m.start : m.end]
        + "]"
        + text[m.end : m.end + width]
    ).replace("\n", " ")


def score_parsed(tally: Tally, path: str | Path, gold_doc: MeantimeDocument, parsed: Any) -> None:
    """Score the entities of one parsed MEANTIME document (``parsed`` a spaCy Doc of its text)."""
    from dateline.extract.entities import find_entities

    table = find_entities(parsed)
    predicted = predicted_mentions(table.entities, gold_doc.annotated_end)
    tally.add(gold_doc.name, gold_doc.text, gold_mentions(path, gold_doc), predicted)


def run(path: str, *, model: str | None = None, limit: int | None = None) -> dict[str, Any]:
    """Score entity mentions, types and linking on the MEANTIME files under ``path``."""
    from dateline.extract import nlp as nlp_mod
    from dateline.extract.pipeline import parse

    paths = document_paths(path)
    if limit is not None:
        paths = paths[:limit]
    docs = [(p, load_document(p)) for p in paths]
    nlp = nlp_mod.load(model)
    tally = Tally()
    for parsed, (p, doc) in parse(nlp, ((d.text, (p, d)) for p, d in docs)):
        score_parsed(tally, p, doc, parsed)
    report = tally.report()
    report["path"] = str(path)
    return report


def _row(label: str, s: dict[str, Any]) -> str:
    return (
        f"{label:<22}{s['precision']:>8.3f}{s['recall']:>8.3f}{s['f1']:>8.3f}"
        f"{s['tp']:>7}{s['predicted']:>7}{s['gold']:>7}"
    )


def format_report(report: dict[str, Any]) -> str:
    lines = [
        f"MEANTIME entities: {report['documents']} documents; "
        f"{report['gold_dropped_containers']} nested gold containers dropped, "
        f"{report['predicted_set_aside']} predictions set aside",
        f"scored: {report['scored']}",
        f"{'score':<22}{'P':>8}{'R':>8}{'F1':>8}{'tp':>7}{'pred':>7}{'gold':>7}",
        _row("name span (overlap)", report["overlap"]),
        _row("name span (strict)", report["strict"]),
        _row("name span + type", report["typed"]),
    ]
    for t, s in report["per_type"].items():
        lines.append(_row(f"  {t}", s))
    lines.append(_row("pronouns (he/she...)", report["pronouns"]))
    lines.append(_row("linking, names (pairs)", report["linking"]))
    lines.append(_row("linking, +pronouns", report["linking_with_pronouns"]))
    lines.append(_row("descriptions linked", report["descriptions"]))
    canon = report["canonical_person"]
    lines.append(
        f"canonical name of found PER names: {canon['right']}/{canon['gold']} "
        f"({canon['accuracy']:.3f})"
    )
    lines.append(
        "set-aside names found (recall): "
        + ", ".join(
            f"{t} {v['found']}/{v['gold']} ({v['recall']:.2f})"
            for t, v in report["set_aside_recall"].items()
        )
    )
    return "\n".join(lines)
