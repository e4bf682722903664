"""Quote and speaker scores on PolNeAR (US political news with brat attribution annotations).

Layout of a split (``train/`` or ``dev/``)::

    text/NAME.txt                     the article; NAME is ``outlet_YYYY-MM-DD_slug``
    attributions/NAME_ANNOTATOR.ann   brat standoff: T lines (Source, Cue, Content, Attribution,
                                      Discard, Discuss; spans may be discontinuous) and E lines
                                      linking Attribution:Tx Content:Ty Cue:Tz Source:Tw
    ../metadata.tsv                   outlet and title per NAME

Scoring (the convention in ``shared/datasets/README.md``):

- A predicted quote matches a gold Content span when their characters overlap by at least half of
  the shorter of the two; pairs are made one to one, largest overlap first.
- Content precision / recall / F1 count those matches.
- Source: a matched pair is a *source hit* when the predicted speaker mention (not the longer
  source phrase) overlaps the gold Source span, or the resolved speaker name agrees with the
  gold Source text (same last word, case-insensitive, a possessive 's dropped). A gold
  attribution without a Source (brat ``Attribution-no-source``) is hit by a prediction without
  a speaker. Source precision / recall / F1 count matched pairs that are also source hits, over
  all predicted and all gold quotes.
- Direct quotes are reported apart: gold direct = Content opening with a quote mark, predicted
  direct = kind ``"direct"``. Direct recall = gold direct quotes matched (by a prediction of any
  kind) / gold direct; direct precision = predicted direct quotes matched to a gold direct one /
  predicted direct; direct speaker accuracy = share of matched gold direct quotes whose pair is
  a source hit.
- Articles annotated by several people: each annotation file is its own gold document, scored
  against the same predictions, so such an article's predictions count once per annotator.
- Beside these, Citron's *token overlap* scores (``citron/metrics.py`` in bbc/citron, the metric
  behind its published 0.832 / 0.853): tokens shared by every (predicted, gold) pair of Content
  spans, summed over the document, over all predicted Content tokens (precision) and all gold
  Content tokens (recall); the same for the predicted source phrase against the gold Source.
  Tokens are words and punctuation marks. The source phrase is ``speaker.phrase``, the whole
  phrase around the mention ("Larry Noble, an attorney with the Campaign Legal Center,", as a
  gold Source is marked), or the mention ("Noble") where there is none.
- Where the gold Source is "he" or "she", the source score cannot tell whether dateline named
  the right person. ``run`` adds how often it did for the pronouns annotated in
  ``data/polnear_referents.tsv`` (``dateline.eval.referents``).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from dateline.errors import InputError
from dateline.eval import referents
from dateline.eval.rates import f1, rates, ratio
from dateline.model import Article, Origin, Quote

QUOTE_MARKS = frozenset("\"“”‘’'«»„‚‹›「『")
Frags = tuple[tuple[int, int], ...]

_NAME = re.compile(r"^(?P<outlet>[^_]+)_(?P<date>\d{4}-\d{2}-\d{2})_(?P<slug>.*)$")
_ANN = re.compile(r"^(?P<name>.+)_(?P<annotator>[0-9a-f]+)\.ann$")
_T_LINE = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_TOKEN = re.compile(r"\w+|[^\w\s]")


# --- gold ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GoldQuote:
    """One gold attribution: its Content (possibly discontinuous), Source and Cue spans."""

    content: Frags
    source: Frags = ()
    cue: Frags = ()

    def content_text(self, text: str) -> str:
        return " ".join(text[s:e] for s, e in self.content)

    def source_text(self, text: str) -> str | None:
        return " ".join(text[s:e] for s, e in self.source) if self.source else None

    def is_direct(self, text: str) -> bool:
        """Direct when the content opens with a quote mark."""
        start = self.content[0][0] if self.content else 0
        return bool(self.content) and text[start : start + 1] in QUOTE_MARKS


@dataclass(frozen=True, slots=True)
class GoldDoc:
    """One annotation file: an article as one annotator marked it up."""

    name: str
    annotator: str
    text: str
    quotes: tuple[GoldQuote, ...]
    date: dt.date | None = None
    outlet: str | None = None
    title: str | None = None

    @property
    def key(self) -> str:
        return f"{self.name}_{self.annotator}"

    def article(self) -> Article:
        if self.date is None:
            raise InputError(self.name, "no date in the file name (outlet_YYYY-MM-DD_slug)")
        return Article(
            id=self.name,
            date=self.date,
            text=self.text,
            title=self.title,
            source=self.outlet,
            origin=Origin(self.name),
        )


def parse_ann(ann: str) -> tuple[GoldQuote, ...]:
    """The attributions of one brat ``.ann`` file (E lines with a Content; others ignored)."""
    spans: dict[str, tuple[str, Frags]] = {}
    events: list[dict[str, str]] = []
    for line in ann.split("\n"):
        if line.startswith("T"):
            m = _T_LINE.match(line)
            if m:
                frags = tuple(
                    (int(a), int(b))
                    for a, b in (f.split() for f in m[3].split(";"))  # "s e;s e"
                )
                spans[m[1]] = (m[2], frags)
        elif line.startswith("E"):
            parts = line.rstrip().split("\t")
            if len(parts) < 2:
                continue
            roles: dict[str, str] = {}
            for arg in parts[1].split():
                role, _, ref = arg.partition(":")
                roles.setdefault(role, ref)
            events.append(roles)
    quotes = []
    for roles in events:
        content: list[tuple[int, int]] = []
        for role in sorted(r for r in roles if r.startswith("Content")):
            ref = roles[role]
            if ref in spans:
                content.extend(spans[ref][1])
        if not content:
            continue
        source = spans[roles["Source"]][1] if roles.get("Source") in spans else ()
        cue = spans[roles["Cue"]][1] if roles.get("Cue") in spans else ()
        quotes.append(GoldQuote(tuple(sorted(content)), source, cue))
    return tuple(quotes)


def load_split(path: str, *, limit: int | None = None) -> list[GoldDoc]:
    """Every annotation file of a PolNeAR split (``train/``, ``dev/``) as a GoldDoc.

    ``path`` may also be the PolNeAR folder itself, meaning its ``dev/`` split. ``limit`` keeps
    the first N articles by name (with all their annotation files).
    """
    split = _split_dir(path)
    meta = _metadata(split)
    ann_dir = os.path.join(split, "attributions")
    by_name: dict[str, list[str]] = {}
    for file in sorted(os.listdir(ann_dir)):
        m = _ANN.match(file)
        if m:
            by_name.setdefault(m["name"], []).append(file)
    names = sorted(by_name)[:limit] if limit is not None else sorted(by_name)
    docs = []
    for name in names:
        text_path = os.path.join(split, "text", name + ".txt")
        try:
            with open(text_path, encoding="utf-8", newline="") as fh:
                text = fh.read()
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(text_path, f"cannot read the article text ({exc})") from exc
        nm = _NAME.match(name)
        date = _iso_date(nm["date"]) if nm else None
        outlet, title = meta.get(name, (nm["outlet"] if nm else None, None))
        for file in by_name[name]:
            with open(os.path.join(ann_dir, file), encoding="utf-8", newline="") as fh:
                quotes = parse_ann(fh.read())
            annotator = file[len(name) + 1 : -len(".ann")]
            docs.append(GoldDoc(name, annotator, text, quotes, date, outlet, title))
    return docs


def _split_dir(path: str) -> str:
    if os.path.isdir(os.path.join(path, "attributions")) and os.path.isdir(
        os.path.join(path, "text")
    ):
        return path
    if os.path.isdir(os.path.join(path, "dev", "attributions")):
        return os.path.join(path, "dev")
    raise InputError(
        path,
        "not a PolNeAR split: expected text/ and attributions/ folders (or a dev/ split) in it; "
        "point at shared/datasets/polnear/dev or .../train",
    )


def _metadata(split: str) -> dict[str, tuple[str | None, str | None]]:
    for folder in (split, os.path.dirname(os.path.abspath(split))):
        tsv = os.path.join(folder, "metadata.tsv")
        if os.path.exists(tsv):
            with open(tsv, encoding="utf-8", newline="") as fh:
                return {
                    row["filename"]: (row.get("publisher") or None, row.get("title") or None)
                    for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
                }
    return {}


def _iso_date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


# --- scoring -----------------------------------------------------------------------------------


def overlap(frags: Frags, start: int, end: int) -> int:
    """Characters of [start, end) that fall inside the fragments."""
    return sum(max(0, min(e, end) - max(s, start)) for s, e in frags)


def frags_length(frags: Frags) -> int:
    return sum(e - s for s, e in frags)


def matches(gold: GoldQuote, predicted: Quote, shared: int | None = None) -> bool:
    """Whether the two overlap by at least half of the shorter (``shared``: their overlap)."""
    if shared is None:
        shared = overlap(gold.content, predicted.start, predicted.end)
    shorter = min(frags_length(gold.content), predicted.end - predicted.start)
    return shared > 0 and 2 * shared >= shorter


def match(gold: Sequence[GoldQuote], predicted: Sequence[Quote]) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs overlapping by at least half of the
    shorter span, chosen greedily by overlap (ties: earlier gold, then earlier prediction)."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            shared = overlap(g.content, p.start, p.end)
            if matches(g, p, shared):
                candidates.append((-shared, gi, pi))
    pairs = []
    used_g: set[int] = set()
    used_p: set[int] = set()
    for _, gi, pi in sorted(candidates):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return sorted(pairs)


def _words(name: str) -> list[str]:
    words = [w.lower().replace("’", "'") for w in _WORD.findall(name)]
    return [w[:-2] if w.endswith("'s") else w for w in words]


def names_agree(predicted_name: str, gold_source: str) -> bool:
    """Whether a resolved speaker name refers to the same speaker as a gold Source text:
    the same last word ("Kaja Kallas" / "EU foreign policy chief Kallas"), case-insensitive."""
    # the name heads the Source; an apposition or a party tag may follow it ("Rendell, a Clinton
    # surrogate,", "Sen. David Perdue (R-Ga.)")
    head = re.split(r"[,(]", gold_source)[0]
    p, g = _words(predicted_name), _words(head)
    return bool(p and g) and p[-1] == g[-1]


def source_hit(gold: GoldQuote, predicted: Quote, text: str) -> bool:
    """Whether the predicted speaker is the gold Source (see the module docstring)."""
    speaker = predicted.speaker
    if not gold.source:
        return speaker is None
    if speaker is None:
        return False
    mention = speaker.mention
    if overlap(gold.source, mention.start, mention.end) > 0:
        return True
    gold_text = gold.source_text(text) or ""
    return names_agree(speaker.name, gold_text) or names_agree(mention.text, gold_text)


@dataclass
class DocErrors:
    """What went wrong in one gold document, for tuning the rules.

    ``spurious`` are unmatched predictions overlapping no gold quote enough to match; ``pieces``
    are unmatched predictions that would match a gold quote already paired with another
    prediction (mostly the second half of a quote split by its attribution, which PolNeAR
    annotates as one Content).
    """

    key: str
    text: str
    missed: list[GoldQuote] = field(default_factory=list)
    spurious: list[Quote] = field(default_factory=list)
    pieces: list[Quote] = field(default_factory=list)
    wrong_source: list[tuple[GoldQuote, Quote]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        t = self.text
        return {
            "document": self.key,
            "missed": [
                {
                    "content": g.content_text(t),
                    "start": g.content[0][0],
                    "source": g.source_text(t),
                    "direct": g.is_direct(t),
                }
                for g in self.missed
            ],
            "spurious": [
                {"content": p.text, "start": p.start, "kind": p.kind, "speaker": _speaker(p)}
                for p in self.spurious
            ],
            "pieces": [{"content": p.text, "start": p.start, "kind": p.kind} for p in self.pieces],
            "wrong_source": [
                {
                    "content": g.content_text(t),
                    "start": g.content[0][0],
                    "gold_source": g.source_text(t),
                    "predicted_speaker": _speaker(p),
                    "predicted_mention": p.speaker.mention.text if p.speaker else None,
                }
                for g, p in self.wrong_source
            ],
        }


def _speaker(q: Quote) -> str | None:
    return q.speaker.name if q.speaker else None


_PRONOUN_WORDS = "i me my we us our you your he him his she her they them their it its this that"
PRONOUNS = frozenset(_PRONOUN_WORDS.split())


@dataclass
class _Counts:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    source: int = 0
    gold_direct: int = 0
    predicted_direct: int = 0
    matched_gold_direct: int = 0
    matched_predicted_direct: int = 0
    direct_source: int = 0
    pieces: int = 0
    pronoun_sources: int = 0  # matched quotes whose gold Source is a pronoun ("he", "they")
    pronoun_named: int = 0  # … and whose predicted speaker is an entity with a name
    # Citron's token overlap: shared tokens of all (predicted, gold) pairs, and span lengths
    content_shared: int = 0
    content_predicted: int = 0
    content_gold: int = 0
    source_shared: int = 0
    source_predicted: int = 0
    source_gold: int = 0


def _tokens(text: str, frags: Frags) -> frozenset[int]:
    """Start offsets of the tokens (words, punctuation marks) inside ``frags``."""
    return frozenset(m.start() for s, e in frags for m in _TOKEN.finditer(text, s, e))


def _count_token_overlap(
    text: str, gold: Sequence[GoldQuote], predicted: Sequence[Quote], counts: _Counts
) -> None:
    """Add one document to Citron's token overlap counts (see the module docstring)."""
    pc = [_tokens(text, ((p.start, p.end),)) for p in predicted]
    sources = [p.speaker.as_written if p.speaker else None for p in predicted]
    ps = [_tokens(text, ((s.start, s.end),)) if s else frozenset() for s in sources]
    gc = [_tokens(text, g.content) for g in gold]
    gs = [_tokens(text, g.source) for g in gold]
    counts.content_predicted += sum(map(len, pc))
    counts.content_gold += sum(map(len, gc))
    counts.source_predicted += sum(map(len, ps))
    counts.source_gold += sum(map(len, gs))
    counts.content_shared += sum(len(a & b) for a in pc for b in gc)
    counts.source_shared += sum(len(a & b) for a in ps for b in gs)


def join_pieces(quotes: Sequence[Quote], text: str) -> list[Quote]:
    """PolNeAR marks a quote split by its attribution as one (discontinuous) Content; dateline
    reports the pieces, each naming the piece it ``continues``. For scoring, the linked pieces
    become one quote from the first piece's start to the last piece's end."""
    joined: list[Quote] = []
    where: dict[int, int] = {}
    for n, q in enumerate(quotes):
        head = q.continues
        if head is not None and head in where:
            k = where[head]
            first = joined[k]
            end = max(first.end, q.end)
            joined[k] = replace(first, text=text[first.start : end], end=end)
            where[n] = k
        else:
            where[n] = len(joined)
            joined.append(q)
    return joined


def _score_doc(doc: GoldDoc, predicted: Sequence[Quote], counts: _Counts) -> DocErrors:
    text = doc.text
    predicted = join_pieces(predicted, text)
    errors = DocErrors(doc.key, text)
    pairs = match(doc.quotes, predicted)
    direct = [g.is_direct(text) for g in doc.quotes]
    counts.gold += len(doc.quotes)
    counts.predicted += len(predicted)
    counts.matched += len(pairs)
    counts.gold_direct += sum(direct)
    counts.predicted_direct += sum(p.kind == "direct" for p in predicted)
    _count_token_overlap(text, doc.quotes, predicted, counts)
    for gi, pi in pairs:
        g, p = doc.quotes[gi], predicted[pi]
        hit = source_hit(g, p, text)
        counts.source += hit
        counts.matched_gold_direct += direct[gi]
        counts.matched_predicted_direct += direct[gi] and p.kind == "direct"
        counts.direct_source += direct[gi] and hit
        if (g.source_text(text) or "").lower() in PRONOUNS:
            counts.pronoun_sources += 1
            counts.pronoun_named += _named(p)
        if not hit:
            errors.wrong_source.append((g, p))
    matched_g = {gi for gi, _ in pairs}
    matched_p = {pi for _, pi in pairs}
    errors.missed = [g for gi, g in enumerate(doc.quotes) if gi not in matched_g]
    for pi, p in enumerate(predicted):
        if pi not in matched_p:
            piece = any(matches(g, p) for g in doc.quotes)
            (errors.pieces if piece else errors.spurious).append(p)
    counts.pieces += len(errors.pieces)
    return errors


def _named(q: Quote) -> bool:
    """Whether the speaker is resolved to an entity by name (not left as "he" or "they")."""
    return (
        q.speaker is not None
        and q.speaker.entity is not None
        and (q.speaker.name.lower() not in PRONOUNS)
    )


def _prf(
    hits: int, predicted: int, gold: int, names: tuple[str, str, str] = ("tp", "predicted", "gold")
) -> dict[str, float | int]:
    """Rounded precision, recall and F1, then the three counts under ``names``."""
    p, r, f = rates(hits, predicted, gold)
    counts = dict(zip(names, (hits, predicted, gold), strict=True))
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), **counts}


def score(
    gold_docs: Iterable[GoldDoc], predictions: Mapping[str, Sequence[Quote]]
) -> dict[str, Any]:
    """Content, source and direct-quote scores of ``predictions`` (quotes per article name)
    against ``gold_docs`` (one per annotation file). Pure: no model, no files."""
    return score_with_errors(gold_docs, predictions)[0]


def score_with_errors(
    gold_docs: Iterable[GoldDoc], predictions: Mapping[str, Sequence[Quote]]
) -> tuple[dict[str, Any], list[DocErrors]]:
    """``score`` and ``document_errors`` from one pass over the gold documents."""
    return score_pairs((doc, predictions.get(doc.name, ())) for doc in gold_docs)


def score_pairs(
    pairs: Iterable[tuple[GoldDoc, Sequence[Quote]]],
) -> tuple[dict[str, Any], list[DocErrors]]:
    """``score_with_errors`` over (gold document, predicted quotes) pairs: for scoring
    something other than one prediction per article, such as one annotator against another
    (:mod:`dateline.eval.agreement`)."""
    counts = _Counts()
    articles: set[str] = set()
    errors: list[DocErrors] = []
    for doc, predicted in pairs:
        articles.add(doc.name)
        errors.append(_score_doc(doc, predicted, counts))
    return _report(counts, len(errors), len(articles)), errors


#: The counts behind Citron's token overlap scores, by their names in the report.
_TOKEN_COUNTS = ("shared_tokens", "predicted_tokens", "gold_tokens")


def _report(c: _Counts, docs: int, articles: int) -> dict[str, Any]:
    dp = ratio(c.matched_predicted_direct, c.predicted_direct)
    dr = ratio(c.matched_gold_direct, c.gold_direct)
    direct = {
        "precision": round(dp, 4),
        "recall": round(dr, 4),
        "f1": round(f1(dp, dr), 4),
        "tp": c.matched_gold_direct,
        "matched_predicted": c.matched_predicted_direct,
        "predicted": c.predicted_direct,
        "gold": c.gold_direct,
        "speaker_correct": c.direct_source,
        "speaker_accuracy": round(ratio(c.direct_source, c.matched_gold_direct), 4),
    }
    return {
        "articles": articles,
        "gold_documents": docs,
        "content": _prf(c.matched, c.predicted, c.gold),
        "source": _prf(c.source, c.predicted, c.gold),
        "direct": direct,
        # Citron's metric, for comparing with its published figures (module docstring)
        "token_overlap": {
            "content": _prf(c.content_shared, c.content_predicted, c.content_gold, _TOKEN_COUNTS),
            "source": _prf(c.source_shared, c.source_predicted, c.source_gold, _TOKEN_COUNTS),
        },
        # unmatched predictions that would match a gold quote already paired with another
        # prediction: mostly one gold Content split into pieces by its attribution
        "unmatched_pieces": c.pieces,
        # where the annotator marked a pronoun as the source, how often dateline names the
        # speaker (an entity resolved from "he", "she", "they"); not whether the name is right
        "pronoun_sources": {
            "matched": c.pronoun_sources,
            "named": c.pronoun_named,
            "share": round(ratio(c.pronoun_named, c.pronoun_sources), 4),
        },
    }


def document_errors(
    gold_docs: Iterable[GoldDoc], predictions: Mapping[str, Sequence[Quote]]
) -> list[DocErrors]:
    """Per gold document: missed gold quotes, spurious predictions (and unmatched pieces of
    split quotes), matched pairs with the wrong source. ``e.to_json()`` gives a readable record.
    """
    return score_with_errors(gold_docs, predictions)[1]


def error_summary(errors: Iterable[DocErrors], *, top: int = 15) -> dict[str, Any]:
    """Where the errors concentrate, for deciding which rule to work on next: missed gold quotes
    by cue word and by kind, spurious predictions by cue and kind, wrong sources by the kind of
    gold Source (pronoun, or a name / noun phrase)."""
    missed_cue: Counter[str] = Counter()
    missed_kind: Counter[str] = Counter()
    spurious_cue: Counter[str] = Counter()
    spurious_kind: Counter[str] = Counter()
    wrong_kind: Counter[str] = Counter()
    errors = list(errors)
    for e in errors:
        t = e.text
        for g in e.missed:
            missed_cue[" ".join(t[s:x] for s, x in g.cue).lower() or "(none)"] += 1
            missed_kind["direct" if g.is_direct(t) else "other"] += 1
        for p in e.spurious:
            spurious_cue[p.cue.text.lower() if p.cue else "(none)"] += 1
            spurious_kind[p.kind] += 1
        for g, p in e.wrong_source:
            gold_source = (g.source_text(t) or "").lower()
            kind = (
                "no gold source"
                if not g.source
                else "gold pronoun"
                if gold_source in PRONOUNS
                else "gold name or phrase"
            )
            wrong_kind[kind + (", no predicted speaker" if p.speaker is None else "")] += 1
    return {
        "missed_by_cue": dict(missed_cue.most_common(top)),
        "missed_by_kind": dict(missed_kind),
        "spurious_by_cue": dict(spurious_cue.most_common(top)),
        "spurious_by_kind": dict(spurious_kind),
        "unmatched_pieces": sum(len(e.pieces) for e in errors),
        "wrong_source_by_kind": dict(wrong_kind.most_common()),
    }


# --- running dateline ------------------------------------------------------------------------


def predict(
    docs: Sequence[GoldDoc], *, model: str | None = None, batch_size: int = 16
) -> dict[str, list[Quote]]:
    """dateline's quotes for each article of ``docs`` (each article extracted once)."""
    from dateline.extract.pipeline import Extractor, Options

    articles: dict[str, Article] = {}
    for doc in docs:
        articles.setdefault(doc.name, doc.article())
    extractor = Extractor(Options(model=model, batch_size=batch_size))
    return {ex.article.id: list(ex.quotes) for ex in extractor.extract(articles.values())}


def run(path: str, *, model: str | None = None, limit: int | None = None) -> dict[str, Any]:
    """Extract quotes from a PolNeAR split and score them; ``limit`` caps the articles."""
    started = time.perf_counter()
    docs = load_split(path, limit=limit)
    predictions = predict(docs, model=model)
    report, found = score_with_errors(docs, predictions)
    report["pronoun_referents"] = referents.score(referents.load(), predictions)
    report["dataset"] = _split_dir(path)
    report["seconds"] = round(time.perf_counter() - started, 1)
    report["error_summary"] = error_summary(found)
    report["errors"] = [e.to_json() for e in found]  # `dateline eval … --json --errors`
    return report


def diagnose(
    path: str, *, model: str | None = None, limit: int | None = None
) -> Iterator[DocErrors]:
    """Per-document errors of dateline on a split (e.g. ``train/``), for tuning the rules."""
    docs = load_split(path, limit=limit)
    predictions = predict(docs, model=model)
    yield from document_errors(docs, predictions)


def format_report(report: dict[str, Any]) -> str:
    """A short human-readable table of :func:`run`'s report."""

    def row(label: str, m: Mapping[str, Any]) -> str:
        return (
            f"{label:<9} P={m['precision']:.3f} R={m['recall']:.3f} F1={m['f1']:.3f}"
            f"  (tp={m['tp']} predicted={m['predicted']} gold={m['gold']})"
        )

    lines = []
    if "dataset" in report:
        lines.append(f"PolNeAR {report['dataset']}")
    lines.append(
        f"articles={report['articles']} gold documents={report['gold_documents']} "
        "(each annotation file scored on its own)"
        + (f" time={report['seconds']}s" if "seconds" in report else "")
    )
    lines.append(row("content", report["content"]))
    lines.append(row("source", report["source"]))
    d = report["direct"]
    lines.append(
        f"direct    P={d['precision']:.3f} R={d['recall']:.3f} F1={d['f1']:.3f}"
        f"  (gold direct found={d['tp']} of {d['gold']}; predicted direct matching gold "
        f"direct={d['matched_predicted']} of {d['predicted']})"
    )
    lines.append(
        f"direct speaker accuracy={d['speaker_accuracy']:.3f} "
        f"({d['speaker_correct']} of {d['tp']} matched gold direct quotes)"
    )
    for part in ("content", "source"):
        o = report["token_overlap"][part]
        lines.append(
            f"{part} token overlap (Citron's metric) P={o['precision']:.3f} "
            f"R={o['recall']:.3f} F1={o['f1']:.3f}"
        )
    ps = report["pronoun_sources"]
    lines.append(
        f"speaker named where the gold source is a pronoun={ps['share']:.3f} "
        f"({ps['named']} of {ps['matched']} matched quotes)"
    )
    if report.get("pronoun_referents", {}).get("checked"):
        r = report["pronoun_referents"]
        lines.append(
            f"pronoun speakers resolved to the annotated person={r['accuracy']:.3f} "
            f"({r['right']} of {r['checked']}; {r['wrong']} someone else, {r['unresolved']} "
            f"unresolved; {r['no_quote']} annotated pronouns with no quote spoken by them)"
        )
    lines.append(
        f"unmatched pieces={report['unmatched_pieces']} (unmatched predictions overlapping a "
        "gold quote already matched, e.g. the second half of a quote split by its attribution)"
    )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m dateline.eval.polnear SPLIT [--limit N] [--errors | --summary]``."""
    import json

    ap = argparse.ArgumentParser(prog="python -m dateline.eval.polnear", description=__doc__)
    ap.add_argument("path", help="a PolNeAR split folder, e.g. ../shared/datasets/polnear/dev")
    ap.add_argument("--model", help="spaCy pipeline name (default: see dateline.extract.nlp)")
    ap.add_argument("--limit", type=int, help="score only the first N articles")
    ap.add_argument(
        "--errors", action="store_true", help="print per-document errors as JSON lines instead"
    )
    ap.add_argument(
        "--summary", action="store_true", help="print where the errors concentrate, as JSON"
    )
    args = ap.parse_args(argv)
    try:
        if args.summary:
            found = diagnose(args.path, model=args.model, limit=args.limit)
            print(json.dumps(error_summary(found), ensure_ascii=False, indent=1))
        elif args.errors:
            for errors in diagnose(args.path, model=args.model, limit=args.limit):
                print(json.dumps(errors.to_json(), ensure_ascii=False))
        else:
            print(format_report(run(args.path, model=args.model, limit=args.limit)))
    except BrokenPipeError:  # `... --errors | head`: stop quietly (see the Python signal docs)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
