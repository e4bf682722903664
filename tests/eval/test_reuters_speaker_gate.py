"""Quality gate for speaker resolution in wire copy: Reuters-21578 quotes spoken through "it",
"he" or "the company" (66 annotated mentions, ``dateline.eval.reuters_speakers``; about 10 s).

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

# measured: .864 (57 of 66; 3 someone else, 6 unresolved); the extractor of 10bbed0, before
# the company rules of stop 27, scores .773 on the same file
MINIMUM = 0.80


def test_reuters_speaker_gate() -> None:
    if not REUTERS.is_dir():
        pytest.skip(f"{REUTERS} is absent")
    report = reuters_speakers.run(str(REUTERS))
    print(reuters_speakers.format_report(report))
    assert report["checked"] + report["no_quote"] == 66
    assert report["accuracy"] >= MINIMUM
