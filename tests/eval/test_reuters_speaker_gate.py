"""Quality gate for speaker resolution in wire copy: Reuters-21578 quotes spoken through "it",
"he" or "the company" (374 annotated mentions in five batches of stories,
``dateline.eval.reuters_speakers``; about 30 s).

The pinned minimum sits a little below the measured score; a change that lowers it must say
so and move the pin. Full report: ``dateline eval reuters-speakers
../shared/datasets/reuters21578``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.eval import reuters_speakers

pytestmark = [pytest.mark.dataset, pytest.mark.model]

REUTERS = Path(__file__).resolve().parents[2] / ".." / "shared" / "datasets" / "reuters21578"

# measured: .898 overall (336 of 374); by batch .864 (57/66, held out), .883 (68/77, tuned on
# in stop 29, 58/77 before), 1.000 (73/73, held out in stop 29 at .904, tuned on in stop 30),
# .936 (73/78, held out in stop 30 at .808, tuned on in stop 31 from .821), .812 (65/80, held
# out, added in stop 31 at .800). The extractor of 10bbed0, before the company rules of stop
# 27, scores .773 on the first batch.
MINIMUM = 0.88
MINIMUM_PER_BATCH = 0.80


def test_reuters_speaker_gate() -> None:
    if not REUTERS.is_dir():
        pytest.skip(f"{REUTERS} is absent")
    report = reuters_speakers.run(str(REUTERS))
    print(reuters_speakers.format_report(report))
    assert report["checked"] + report["no_quote"] == 374
    assert report["accuracy"] >= MINIMUM
    for batch, scores in report["batches"].items():
        assert scores["accuracy"] >= MINIMUM_PER_BATCH, batch
